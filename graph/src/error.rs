//! Errors from Graph and the token endpoint, typed by Graph's `code` (the portal words them for people).

use std::fmt;

use http::StatusCode;
use serde::Deserialize;

/// Graph's error `code`, with the spellings different Graph workloads use folded together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// `Unauthorized`: the app or user lacks the permission (the invitation API uses this).
    Unauthorized,
    /// `Authorization_RequestDenied`: insufficient privileges in the directory.
    AuthorizationRequestDenied,
    /// `Request_BadRequest` / `BadRequest` / `invalidRequest`.
    BadRequest,
    /// `Request_UnsupportedQuery`: the filter/search/order combination is not supported.
    UnsupportedQuery,
    /// `Request_ResourceNotFound` / `ResourceNotFound` / `itemNotFound`.
    ResourceNotFound,
    /// `TooManyRequests`: throttled.
    TooManyRequests,
    /// `InvalidAuthenticationToken`: the access token is missing, expired or invalid.
    InvalidAuthenticationToken,
    /// `ServiceUnavailable` / `serviceNotAvailable`.
    ServiceUnavailable,
    /// `InternalServerError` / `generalException`.
    InternalServerError,
    /// A `$batch` request that depended on a failed one (status 424).
    FailedDependency,
    /// Any other code, verbatim.
    Other(String),
}

impl ErrorCode {
    /// Maps Graph's `code` string.
    pub fn from_code(code: &str) -> Self {
        match code {
            "Unauthorized" => Self::Unauthorized,
            "Authorization_RequestDenied" | "accessDenied" => Self::AuthorizationRequestDenied,
            "Request_BadRequest" | "BadRequest" | "invalidRequest" => Self::BadRequest,
            "Request_UnsupportedQuery" => Self::UnsupportedQuery,
            "Request_ResourceNotFound" | "ResourceNotFound" | "itemNotFound" => Self::ResourceNotFound,
            "TooManyRequests" | "activityLimitReached" => Self::TooManyRequests,
            "InvalidAuthenticationToken" => Self::InvalidAuthenticationToken,
            "ServiceUnavailable" | "serviceNotAvailable" => Self::ServiceUnavailable,
            "InternalServerError" | "generalException" => Self::InternalServerError,
            "FailedDependency" => Self::FailedDependency,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The code to assume when a response carries no Graph error envelope (e.g. a proxy's HTML page).
    pub fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            400 => Self::BadRequest,
            401 => Self::InvalidAuthenticationToken,
            403 => Self::AuthorizationRequestDenied,
            404 => Self::ResourceNotFound,
            424 => Self::FailedDependency,
            429 => Self::TooManyRequests,
            503 => Self::ServiceUnavailable,
            500 => Self::InternalServerError,
            other => Self::Other(format!("HTTP {other}")),
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Other(code) => f.write_str(code),
            known => write!(f, "{known:?}"),
        }
    }
}

/// An error response from Graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Graph's error code.
    pub code: ErrorCode,
    /// Graph's message (English, may change; for logs and support, not for branching).
    pub message: String,
    /// Graph's `request-id`, for Microsoft support.
    pub request_id: Option<String>,
    /// The `client-request-id` this client sent.
    pub client_request_id: Option<String>,
    /// `innerError.date` as Graph sent it.
    pub date: Option<String>,
}

/// Everything a Graph call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// Graph answered with an error.
    #[error("Graph returned {} {}: {}", .0.status.as_u16(), .0.code, .0.message)]
    Api(Box<ApiError>),
    /// The token endpoint refused to issue a token (OAuth `error`, e.g. `invalid_grant`).
    #[error("the token endpoint returned {status} {error}: {description}")]
    Token {
        /// HTTP status.
        status: StatusCode,
        /// OAuth error code.
        error: String,
        /// `error_description`.
        description: String,
    },
    /// The delegated token expired and there is no refresh token to renew it.
    #[error("the signed-in session expired and cannot be renewed")]
    SignInRequired,
    /// Graph could not be reached, or did not answer in time.
    #[error("could not reach Microsoft Graph: {0}")]
    Transport(#[source] reqwest::Error),
    /// Graph answered with something this client could not read.
    #[error("unexpected response from {url}: {reason}")]
    Decode {
        /// The URL called.
        url: String,
        /// What was wrong.
        reason: String,
    },
    /// The request was rejected before sending (e.g. too many requests in one batch).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

impl GraphError {
    /// The Graph error code, if Graph answered with one.
    pub fn code(&self) -> Option<&ErrorCode> {
        match self {
            Self::Api(e) => Some(&e.code),
            _ => None,
        }
    }

    /// Graph's `request-id` of the failed call, if Graph answered.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Api(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// Whether a write may have been carried out although no success came back: the answer was
    /// lost (connection dropped, timed out) or Graph failed after receiving it (5xx). Look before
    /// repeating a write that is not idempotent.
    pub fn may_have_gone_through(&self) -> bool {
        match self {
            Self::Transport(_) => true,
            Self::Api(e) => e.status.is_server_error(),
            _ => false,
        }
    }

    /// Whether Graph refused to add what the object has already: a member or sponsor reference
    /// ("One or more added object references already exist…", Microsoft Graph documentation,
    /// "Add members") or an app role assignment ("Permission being assigned already exists on
    /// the object"). Graph has no error code of its own for these, only 400 and the message.
    pub fn is_already_there(&self) -> bool {
        match self {
            Self::Api(e) => {
                e.status == StatusCode::BAD_REQUEST
                    && (e.message.contains("added object references already exist") || e.message.contains("already exists on the object"))
            }
            _ => false,
        }
    }

    /// Whether the caller should send the user through sign-in again.
    pub fn needs_sign_in(&self) -> bool {
        match self {
            Self::SignInRequired => true,
            Self::Token { error, .. } => error == "invalid_grant",
            Self::Api(e) => e.code == ErrorCode::InvalidAuthenticationToken,
            _ => false,
        }
    }
}

/// Graph's error envelope: `{"error":{"code","message","innerError":{…}}}`.
#[derive(Deserialize)]
pub(crate) struct Envelope {
    error: EnvelopeError,
}

#[derive(Deserialize)]
struct EnvelopeError {
    code: String,
    #[serde(default)]
    message: String,
    #[serde(rename = "innerError", alias = "innererror")]
    inner: Option<InnerError>,
}

#[derive(Deserialize)]
struct InnerError {
    #[serde(rename = "request-id")]
    request_id: Option<String>,
    #[serde(rename = "client-request-id")]
    client_request_id: Option<String>,
    date: Option<String>,
}

impl ApiError {
    /// Builds the error from a response body, falling back to the status when the body is not an envelope.
    /// `request_id`/`client_request_id` from the response headers fill gaps in the body.
    pub(crate) fn from_body(
        status: StatusCode,
        body: &[u8],
        request_id: Option<String>,
        client_request_id: Option<String>,
    ) -> Self {
        match serde_json::from_slice::<Envelope>(body) {
            Ok(Envelope { error }) => {
                let inner = error.inner;
                let (inner_request_id, inner_client_id, date) =
                    inner.map(|i| (i.request_id, i.client_request_id, i.date)).unwrap_or_default();
                Self {
                    status,
                    code: ErrorCode::from_code(&error.code),
                    message: error.message,
                    request_id: inner_request_id.or(request_id),
                    client_request_id: inner_client_id.or(client_request_id),
                    date,
                }
            }
            Err(_) => Self {
                status,
                code: ErrorCode::from_status(status),
                message: String::from_utf8_lossy(&body[..body.len().min(300)]).into_owned(),
                request_id,
                client_request_id,
                date: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_envelope() {
        let body = br#"{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.",
            "innerError":{"date":"2025-02-13T10:17:06","request-id":"r-1","client-request-id":"c-1"}}}"#;
        let e = ApiError::from_body(StatusCode::FORBIDDEN, body, Some("header-id".into()), None);
        assert_eq!(e.code, ErrorCode::AuthorizationRequestDenied);
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
        assert_eq!(e.client_request_id.as_deref(), Some("c-1"));
        assert_eq!(e.date.as_deref(), Some("2025-02-13T10:17:06"));
        let err = GraphError::Api(Box::new(e));
        assert_eq!(err.request_id(), Some("r-1"));
        assert!(!err.needs_sign_in());
    }

    #[test]
    fn a_reference_or_assignment_already_there_is_told_apart_from_other_bad_requests() {
        let answer = |status: StatusCode, message: &str| {
            let body = serde_json::json!({ "error": { "code": "Request_BadRequest", "message": message } }).to_string();
            GraphError::Api(Box::new(ApiError::from_body(status, body.as_bytes(), None, None)))
        };
        let member = "One or more added object references already exist for the following modified properties: 'members'.";
        assert!(answer(StatusCode::BAD_REQUEST, member).is_already_there());
        assert!(answer(StatusCode::BAD_REQUEST, "Permission being assigned already exists on the object").is_already_there());
        assert!(!answer(StatusCode::BAD_REQUEST, "Invalid object identifier 'x'.").is_already_there());
        assert!(!answer(StatusCode::INTERNAL_SERVER_ERROR, member).is_already_there());
    }

    #[test]
    fn non_envelope_bodies_fall_back_to_the_status() {
        let e = ApiError::from_body(
            StatusCode::BAD_GATEWAY,
            b"<html>bad gateway</html>",
            Some("h".into()),
            Some("c".into()),
        );
        assert_eq!(e.code, ErrorCode::Other("HTTP 502".into()));
        assert_eq!(e.message, "<html>bad gateway</html>");
        assert_eq!(e.request_id.as_deref(), Some("h"));
        assert_eq!(ErrorCode::from_status(StatusCode::NOT_FOUND), ErrorCode::ResourceNotFound);
    }

    #[test]
    fn codes_fold_workload_spellings() {
        assert_eq!(ErrorCode::from_code("Request_ResourceNotFound"), ErrorCode::ResourceNotFound);
        assert_eq!(ErrorCode::from_code("itemNotFound"), ErrorCode::ResourceNotFound);
        assert_eq!(ErrorCode::from_code("Request_UnsupportedQuery"), ErrorCode::UnsupportedQuery);
        assert_eq!(ErrorCode::from_code("FailedDependency"), ErrorCode::FailedDependency);
        assert_eq!(ErrorCode::from_code("Something_New"), ErrorCode::Other("Something_New".into()));
        assert_eq!(ErrorCode::from_code("Something_New").to_string(), "Something_New");
        assert_eq!(ErrorCode::TooManyRequests.to_string(), "TooManyRequests");
    }
}
