//! Entra-shaped OAuth errors: an OAuth `error` code plus an `AADSTS…` number and message, sent
//! as JSON by the token endpoint and as redirect parameters (or a page) by the authorize endpoint.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};

/// The OAuth 2.0 / OIDC `error` values the sandbox uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OAuthError {
    InvalidRequest,
    InvalidClient,
    InvalidGrant,
    InvalidScope,
    InvalidResource,
    InvalidTenant,
    UnauthorizedClient,
    UnsupportedGrantType,
    UnsupportedResponseType,
    ConsentRequired,
    LoginRequired,
}

impl OAuthError {
    pub fn as_str(self) -> &'static str {
        match self {
            OAuthError::InvalidRequest => "invalid_request",
            OAuthError::InvalidClient => "invalid_client",
            OAuthError::InvalidGrant => "invalid_grant",
            OAuthError::InvalidScope => "invalid_scope",
            OAuthError::InvalidResource => "invalid_resource",
            OAuthError::InvalidTenant => "invalid_tenant",
            OAuthError::UnauthorizedClient => "unauthorized_client",
            OAuthError::UnsupportedGrantType => "unsupported_grant_type",
            OAuthError::UnsupportedResponseType => "unsupported_response_type",
            OAuthError::ConsentRequired => "consent_required",
            OAuthError::LoginRequired => "login_required",
        }
    }
}

/// One Entra error: `AADSTS{code}: {message}` under an OAuth `error` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AadError {
    pub error: OAuthError,
    pub code: u32,
    pub message: String,
}

impl AadError {
    pub fn new(error: OAuthError, code: u32, message: impl Into<String>) -> AadError {
        AadError { error, code, message: message.into() }
    }

    /// AADSTS900144, Entra's error for an absent parameter.
    pub fn missing(parameter: &str) -> AadError {
        AadError::new(
            OAuthError::InvalidRequest,
            900144,
            format!("The request body must contain the following parameter: '{parameter}'."),
        )
    }

    pub fn unknown_tenant(tenant: &str) -> AadError {
        AadError::new(
            OAuthError::InvalidTenant,
            90002,
            format!(
                "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing \
                 into the correct cloud."
            ),
        )
    }

    pub fn unknown_client(client_id: &str, tenant_id: &str) -> AadError {
        AadError::new(
            OAuthError::UnauthorizedClient,
            700016,
            format!(
                "Application with identifier '{client_id}' was not found in the directory '{tenant_id}'. This can \
                 happen if the application has not been installed by the administrator of the tenant or consented \
                 to by any user in the tenant. You may have sent your authentication request to the wrong tenant."
            ),
        )
    }

    /// `AADSTS{code}: {message}`, the `error_description` without Entra's trace lines.
    pub fn description(&self) -> String {
        format!("AADSTS{}: {}", self.code, self.message)
    }

    /// The token endpoint's answer: 401 for client authentication failures, else 400.
    pub fn into_json_response(self, now: DateTime<Utc>) -> Response {
        let status =
            if self.error == OAuthError::InvalidClient { StatusCode::UNAUTHORIZED } else { StatusCode::BAD_REQUEST };
        let trace_id = uuid::Uuid::new_v4().to_string();
        let correlation_id = uuid::Uuid::new_v4().to_string();
        let timestamp = entra_timestamp(now);
        let body = serde_json::json!({
            "error": self.error.as_str(),
            "error_description": format!(
                "{}\r\nTrace ID: {trace_id}\r\nCorrelation ID: {correlation_id}\r\nTimestamp: {timestamp}",
                self.description()
            ),
            "error_codes": [self.code],
            "timestamp": timestamp,
            "trace_id": trace_id,
            "correlation_id": correlation_id,
            "error_uri": format!("https://login.microsoftonline.com/error?code={}", self.code),
        });
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Basic realm=\"sandbox\""),
            );
        }
        response
    }

    /// The query/form parameters of an error sent back to the client's redirect URI.
    pub fn redirect_params(&self, now: DateTime<Utc>) -> Vec<(&'static str, String)> {
        vec![
            ("error", self.error.as_str().to_owned()),
            ("error_description", format!("{}\r\nTimestamp: {}", self.description(), entra_timestamp(now))),
            ("error_uri", format!("https://login.microsoftonline.com/error?code={}", self.code)),
        ]
    }
}

/// Entra's timestamp format in errors, e.g. `2026-11-23 15:04:05Z`.
fn entra_timestamp(now: DateTime<Utc>) -> String {
    now.format("%Y-%m-%d %H:%M:%SZ").to_string()
}
