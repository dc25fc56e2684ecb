//! Graph's error envelope (graph-b2b.md §4): `{"error":{"code","message","innerError":{date,
//! request-id, client-request-id}}}`. Handlers return a [`GraphError`]; the envelope middleware
//! renders it once the request ids are known.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::RequestIds;
use crate::oidc::TokenError;

#[derive(Clone, Debug)]
pub struct GraphError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    /// `Retry-After` seconds (429, and injected 503/504).
    pub retry_after: Option<u64>,
}

impl GraphError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> GraphError {
        GraphError { status, code, message: message.into(), retry_after: None }
    }

    /// 400 `Request_BadRequest`, the directory's generic validation error.
    pub fn bad_request(message: String) -> GraphError {
        GraphError::new(StatusCode::BAD_REQUEST, "Request_BadRequest", message)
    }

    /// 400 `Request_UnsupportedQuery`.
    pub fn unsupported_query(message: impl Into<String>) -> GraphError {
        GraphError::new(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery", message)
    }

    /// 400 `BadRequest`, the code of the invitation service and of OData syntax errors.
    pub fn invalid(message: impl Into<String>) -> GraphError {
        GraphError::new(StatusCode::BAD_REQUEST, "BadRequest", message)
    }

    pub fn denied() -> GraphError {
        GraphError::new(StatusCode::FORBIDDEN, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
    }

    pub fn not_found(id: &str) -> GraphError {
        GraphError::new(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            format!("Resource '{id}' does not exist or one of its queried reference-property objects are not present."),
        )
    }

    pub fn unknown_property(property: &str, type_name: &str) -> GraphError {
        GraphError::bad_request(format!("Could not find a property named '{property}' on type 'microsoft.graph.{type_name}'."))
    }

    pub fn throttled(retry_after: u64) -> GraphError {
        GraphError {
            retry_after: Some(retry_after),
            ..GraphError::new(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Please retry again later.")
        }
    }

    pub fn internal(message: &str) -> GraphError {
        GraphError::new(StatusCode::INTERNAL_SERVER_ERROR, "InternalServerError", message)
    }

    /// The envelope, with Graph's offset-less `innerError.date`.
    pub fn render(&self, ids: &RequestIds, now: DateTime<Utc>) -> Response {
        let date = now.format("%Y-%m-%dT%H:%M:%S").to_string();
        let inner = match self.status {
            // The invitation manager's 429 carries its own inner error (graph-b2b.md §5).
            StatusCode::TOO_MANY_REQUESTS => json!({"code": "429", "date": date, "message": "Please retry after",
                              "request-id": ids.request_id, "client-request-id": ids.client_request_id, "status": "429"}),
            _ => json!({"date": date, "request-id": ids.request_id, "client-request-id": ids.client_request_id}),
        };
        let body = json!({"error": {"code": self.code, "message": self.message, "innerError": inner}});
        let mut response = (self.status, Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response.headers_mut().insert("retry-after", HeaderValue::from(seconds));
        }
        response
    }
}

/// Marks the response; the envelope middleware renders it with the request ids.
impl IntoResponse for GraphError {
    fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

impl From<TokenError> for GraphError {
    fn from(e: TokenError) -> GraphError {
        GraphError::new(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", e.to_string())
    }
}

impl From<anyhow::Error> for GraphError {
    fn from(e: anyhow::Error) -> GraphError {
        tracing::error!(error = %e, "sandbox Graph request failed");
        GraphError::internal("The sandbox directory could not complete the request.")
    }
}
