//! The one error type below the pages: every service fails with an [`Error`] whose text a person
//! can act on, and which says what HTTP status it stands for.

use serde::{Deserialize, Serialize};

use crate::Role;

/// Why an operation did not happen, in plain words. Shown to people as is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Error {
    #[error("You are not signed in (or your session has ended). Sign in and try again.")]
    SignedOut,
    #[error("This needs the {needed} role, which you do not have. Ask an administrator if you need it.")]
    NotAllowed { needed: Role },
    /// The input cannot be used; the text says why and what to enter instead.
    #[error("{0}")]
    Invalid(String),
    /// What was asked for does not exist (or is not the actor's to see).
    #[error("{0}")]
    NotFound(String),
    /// The person asked about someone who is not theirs to see or change (a guest they do not
    /// sponsor, whatever id was put in the address or form). Refused and audited.
    #[error("{0}")]
    NotYours(String),
    /// Microsoft Graph or Entra refused or failed; `request_id` is Graph's, for Microsoft support.
    /// `outage`: Graph was busy or out of reach (throttled, failing, timed out, the connection
    /// lost), so the same call may well work later.
    #[error("{message}")]
    Graph { message: String, status: u16, request_id: Option<String>, sign_in_again: bool, outage: bool },
    /// A part of the portal itself (database, session store, mail server) is not available.
    #[error("{0}")]
    Unavailable(String),
    /// The server is missing a setting; only an administrator of the server can fix it.
    #[error("{0}")]
    NotConfigured(String),
}

impl Error {
    /// Not signed in, or not allowed: a refusal to answer as such (401 or 403), never folded into
    /// a page's "what went wrong" message.
    pub fn is_refusal(&self) -> bool {
        matches!(self, Error::SignedOut | Error::NotAllowed { .. } | Error::NotYours(_))
    }

    /// The HTTP status a page or API answer carries for this error.
    pub fn status(&self) -> u16 {
        match self {
            Error::SignedOut => 401,
            Error::NotAllowed { .. } | Error::NotYours(_) => 403,
            Error::Invalid(_) => 400,
            Error::NotFound(_) => 404,
            // Graph's own client errors are the request's fault; its failures are a bad gateway.
            Error::Graph { status, .. } if (400..500).contains(status) && *status != 401 => *status,
            Error::Graph { status: 429, .. } => 429,
            Error::Graph { .. } => 502,
            Error::Unavailable(_) => 503,
            Error::NotConfigured(_) => 500,
        }
    }

    /// Graph's `request-id` of the failed call, if Graph answered.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Graph { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// The same error, its message followed by `advice`: what to do about it where it happened.
    pub fn with_advice(mut self, advice: &str) -> Error {
        match &mut self {
            Error::Graph { message, .. }
            | Error::Invalid(message)
            | Error::NotFound(message)
            | Error::NotYours(message)
            | Error::Unavailable(message)
            | Error::NotConfigured(message) => {
                message.push(' ');
                message.push_str(advice);
            }
            Error::SignedOut | Error::NotAllowed { .. } => {}
        }
        self
    }

    /// Whether Microsoft Graph was busy or out of reach: worth trying again later, unchanged.
    pub fn is_graph_outage(&self) -> bool {
        matches!(self, Error::Graph { outage: true, .. })
    }

    /// Whether the person has to sign in again before anything works.
    pub fn needs_sign_in(&self) -> bool {
        matches!(self, Error::SignedOut | Error::Graph { sign_in_again: true, .. })
    }
}

#[cfg(feature = "server")]
pub use server::explain;

#[cfg(feature = "server")]
mod server {
    use super::Error;
    use graph::{ApiError, ErrorCode, GraphError};

    const EXPIRED: &str = "Your sign-in has expired. Please sign in again.";
    const TEMPORARY: &str = "Microsoft Entra had a temporary problem. Please try again in a moment.";

    /// Graph's answer in plain words, with its request id as a reference for Microsoft support.
    fn api_message(error: &ApiError) -> String {
        let reference = error.request_id.as_deref().map(|id| format!(" (reference {id})")).unwrap_or_default();
        let text = match error.code {
            ErrorCode::Unauthorized | ErrorCode::AuthorizationRequestDenied => {
                "You, or this portal, are not allowed to do this in Microsoft Entra. Ask an administrator for the \
                 needed role or permission."
            }
            ErrorCode::BadRequest => "Microsoft Entra rejected the request as invalid. Check the values entered.",
            ErrorCode::UnsupportedQuery => "Microsoft Entra cannot run this search or filter. Try a simpler one.",
            ErrorCode::ResourceNotFound => "The user or group was not found. It may have been deleted.",
            ErrorCode::TooManyRequests => {
                "Microsoft Entra is busy with too many requests. Please wait a minute and try again."
            }
            ErrorCode::InvalidAuthenticationToken => EXPIRED,
            // A gateway's 502 or 504 too, whatever its code.
            ErrorCode::ServiceUnavailable | ErrorCode::InternalServerError => TEMPORARY,
            ErrorCode::Other(_) if error.status.is_server_error() => TEMPORARY,
            ErrorCode::FailedDependency => "This step was skipped because an earlier step in the same request failed.",
            ErrorCode::Other(_) => "Microsoft Entra could not complete the request.",
        };
        format!("{text}{reference}")
    }

    /// Graph's failure in plain words, and the HTTP status it stands for.
    fn describe(error: &GraphError) -> (String, u16) {
        match error {
            GraphError::Api(api) => (api_message(api), api.status.as_u16()),
            GraphError::Token { error, .. } if error == "invalid_grant" => (EXPIRED.to_owned(), 401),
            GraphError::Token { .. } => (
                "Microsoft Entra did not let this portal sign in. An administrator should check the app registration \
                 (client id, secret and permissions)."
                    .to_owned(),
                502,
            ),
            GraphError::SignInRequired => (EXPIRED.to_owned(), 401),
            GraphError::Transport(e) if e.is_timeout() => ("Microsoft did not answer in time. Please try again in a moment.".to_owned(), 504),
            GraphError::Transport(_) => ("Microsoft could not be reached. Check the network and try again.".to_owned(), 502),
            GraphError::Decode { .. } => (
                "Microsoft sent an answer this portal could not understand. Please try again; if it keeps happening, \
                 report it to an administrator."
                    .to_owned(),
                502,
            ),
            GraphError::InvalidRequest(reason) => (format!("This request cannot be sent: {reason}."), 400),
        }
    }

    /// Graph's failure in plain words, for sentences that say more around it.
    pub fn explain(error: &GraphError) -> String {
        describe(error).0
    }

    impl From<GraphError> for Error {
        fn from(error: GraphError) -> Error {
            let (message, status) = describe(&error);
            // The portal's own checks should have caught this before Graph was called.
            if let GraphError::InvalidRequest(_) = error {
                return Error::Invalid(message);
            }
            tracing::debug!(%error, "Graph call failed");
            let unavailable = |status: http::StatusCode| status.as_u16() == 429 || status.is_server_error();
            let outage = match &error {
                GraphError::Api(api) => unavailable(api.status),
                GraphError::Token { status, .. } => unavailable(*status),
                GraphError::Transport(_) => true,
                _ => false,
            };
            Error::Graph {
                message,
                status,
                request_id: error.request_id().map(str::to_owned),
                sign_in_again: error.needs_sign_in(),
                outage,
            }
        }
    }

    impl From<sqlx::Error> for Error {
        fn from(error: sqlx::Error) -> Error {
            tracing::error!(%error, "database error");
            Error::Unavailable(
                "The portal's database did not answer. Nothing was changed in it; try again in a moment, and tell \
                 an administrator if it keeps happening."
                    .into(),
            )
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn graph_refusals_are_explained_with_their_reference() {
            let api = ApiError {
                status: http_status(403),
                code: ErrorCode::AuthorizationRequestDenied,
                message: "Insufficient privileges to complete the operation.".into(),
                request_id: Some("r-1".into()),
                client_request_id: None,
                date: None,
            };
            let error = Error::from(GraphError::Api(Box::new(api)));
            assert!(error.to_string().contains("not allowed"));
            assert!(error.to_string().ends_with("(reference r-1)"));
            assert_eq!(error.request_id(), Some("r-1"));
            assert_eq!(error.status(), 403);
            assert!(!error.needs_sign_in());
        }

        #[test]
        fn throttling_and_outages_say_to_wait() {
            let api = |status: u16, code| ApiError {
                status: http_status(status),
                code,
                message: String::new(),
                request_id: None,
                client_request_id: None,
                date: None,
            };
            let busy = Error::from(GraphError::Api(Box::new(api(429, ErrorCode::TooManyRequests))));
            assert!(busy.to_string().contains("too many requests"));
            assert_eq!(busy.status(), 429);
            let down = Error::from(GraphError::Api(Box::new(api(503, ErrorCode::ServiceUnavailable))));
            assert!(down.to_string().contains("temporary problem"));
            assert_eq!(down.status(), 502);
            assert!(busy.is_graph_outage() && down.is_graph_outage());
            let refused = Error::from(GraphError::Api(Box::new(api(403, ErrorCode::AuthorizationRequestDenied))));
            assert!(!refused.is_graph_outage());
            let expired = Error::from(GraphError::SignInRequired);
            assert!(expired.needs_sign_in());
        }

        #[test]
        fn the_portals_own_checks_are_not_dressed_as_graph_errors() {
            let error = Error::from(GraphError::InvalidRequest("too many sponsors".into()));
            assert_eq!(error, Error::Invalid("This request cannot be sent: too many sponsors.".into()));
        }

        fn http_status(code: u16) -> http::StatusCode {
            http::StatusCode::from_u16(code).unwrap()
        }
    }
}
