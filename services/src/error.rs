//! The one error type below the pages: every service fails with an [`Error`] whose text a person
//! can act on, and which says what HTTP status it stands for.

use i18n::{tr, Locale};
use serde::{Deserialize, Serialize};

use crate::Role;

/// Why an operation did not happen, in plain words. Its `Display` is in English (for logs);
/// people see [`Error::message`], in their language.
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
    /// `message` is in English (with the advice added); `problem` and `advice` give it in
    /// another language (see [`Error::message`]).
    #[error("{message}")]
    Graph {
        message: String,
        status: u16,
        request_id: Option<String>,
        sign_in_again: bool,
        outage: bool,
        /// What went wrong, for the message in a person's language; none for a message made
        /// elsewhere.
        #[serde(default)]
        problem: Option<GraphProblem>,
        /// What [`Error::with_advice`] added, as given.
        #[serde(default)]
        advice: Vec<String>,
    },
    /// A part of the portal itself (database, session store, mail server) is not available.
    #[error("{0}")]
    Unavailable(String),
    /// The server is missing a setting; only an administrator of the server can fix it.
    #[error("{0}")]
    NotConfigured(String),
}

/// What went wrong with Microsoft Graph, as a person is told it (see [`Error::message`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GraphProblem {
    NotAllowed,
    BadRequest,
    UnsupportedQuery,
    NotFound,
    Busy,
    Expired,
    Temporary,
    FailedDependency,
    Other,
    PortalSignIn,
    TimedOut,
    Unreachable,
    Undecodable,
}

impl GraphProblem {
    /// The message that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            GraphProblem::NotAllowed => "errors-graph-not-allowed",
            GraphProblem::BadRequest => "errors-graph-bad-request",
            GraphProblem::UnsupportedQuery => "errors-graph-unsupported-query",
            GraphProblem::NotFound => "errors-graph-not-found",
            GraphProblem::Busy => "errors-graph-busy",
            GraphProblem::Expired => "errors-graph-expired",
            GraphProblem::Temporary => "errors-graph-temporary",
            GraphProblem::FailedDependency => "errors-graph-failed-dependency",
            GraphProblem::Other => "errors-graph-other",
            GraphProblem::PortalSignIn => "errors-graph-portal-sign-in",
            GraphProblem::TimedOut => "errors-graph-timed-out",
            GraphProblem::Unreachable => "errors-graph-unreachable",
            GraphProblem::Undecodable => "errors-graph-undecodable",
        }
    }

    /// In `locale`, with Graph's request id as a reference for Microsoft support.
    pub fn text(self, locale: Locale, request_id: Option<&str>) -> String {
        let text = i18n::translate(locale, self.message_id(), &[]);
        match request_id {
            Some(id) => tr!(locale, "errors-graph-reference", text = text, id = id),
            None => text,
        }
    }
}

/// Texts the services make without knowing who reads them (the database's failure, a request
/// the portal refused to send), recognised in [`Error::message`] to be put in a language.
const DATABASE_DOWN: &str = "The portal's database did not answer. Nothing was changed in it; try again in a moment, and tell \
     an administrator if it keeps happening.";
const CANNOT_SEND: &str = "This request cannot be sent: ";

impl Error {
    /// What a person reads, in `locale`. Texts the services wrote for the person (the variants
    /// that carry their own) are as they were written, in the language of whoever they were
    /// written for.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            Error::SignedOut => tr!(locale, "errors-signed-out"),
            Error::NotAllowed { needed } => tr!(locale, "errors-not-allowed", role = needed.name(locale)),
            Error::Graph { request_id, problem: Some(problem), advice, .. } => {
                std::iter::once(problem.text(locale, request_id.as_deref())).chain(advice.iter().cloned()).collect::<Vec<_>>().join(" ")
            }
            Error::Graph { message, .. } => message.clone(),
            Error::Unavailable(text) => match text.strip_prefix(DATABASE_DOWN) {
                Some(rest) => format!("{}{rest}", tr!(locale, "errors-database")),
                None => text.clone(),
            },
            Error::Invalid(text) => match text.strip_prefix(CANNOT_SEND).and_then(|rest| rest.strip_suffix('.')) {
                Some(reason) => tr!(locale, "errors-cannot-send", reason = reason),
                None => text.clone(),
            },
            Error::NotFound(text) | Error::NotYours(text) | Error::NotConfigured(text) => text.clone(),
        }
    }

    /// The same error with its text in `locale` (for [`Error::message`]'s words where only its
    /// `Display` is shown, as in the browser). Refusals keep their English `Display`.
    pub fn localized(self, locale: Locale) -> Error {
        let text = self.message(locale);
        match self {
            Error::Graph { status, request_id, sign_in_again, outage, problem, advice, .. } => {
                Error::Graph { message: text, status, request_id, sign_in_again, outage, problem, advice }
            }
            Error::Invalid(_) => Error::Invalid(text),
            Error::Unavailable(_) => Error::Unavailable(text),
            other => other,
        }
    }

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
            Error::Graph { message, advice: added, .. } => {
                message.push(' ');
                message.push_str(advice);
                added.push(advice.to_owned());
            }
            Error::Invalid(message)
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
    use super::{Error, GraphProblem, CANNOT_SEND, DATABASE_DOWN};
    use graph::{ApiError, ErrorCode, GraphError};
    use i18n::Locale;

    /// What Graph's answer means for a person.
    fn api_problem(error: &ApiError) -> GraphProblem {
        match error.code {
            ErrorCode::Unauthorized | ErrorCode::AuthorizationRequestDenied => GraphProblem::NotAllowed,
            ErrorCode::BadRequest => GraphProblem::BadRequest,
            ErrorCode::UnsupportedQuery => GraphProblem::UnsupportedQuery,
            ErrorCode::ResourceNotFound => GraphProblem::NotFound,
            ErrorCode::TooManyRequests => GraphProblem::Busy,
            ErrorCode::InvalidAuthenticationToken => GraphProblem::Expired,
            // A gateway's 502 or 504 too, whatever its code.
            ErrorCode::ServiceUnavailable | ErrorCode::InternalServerError => GraphProblem::Temporary,
            ErrorCode::Other(_) if error.status.is_server_error() => GraphProblem::Temporary,
            ErrorCode::FailedDependency => GraphProblem::FailedDependency,
            ErrorCode::Other(_) => GraphProblem::Other,
        }
    }

    /// Graph's failure for a person, and the HTTP status it stands for; `Err` with the reason
    /// for a request the portal refused to send.
    fn describe(error: &GraphError) -> Result<(GraphProblem, u16), &str> {
        Ok(match error {
            GraphError::Api(api) => (api_problem(api), api.status.as_u16()),
            GraphError::Token { error, .. } if error == "invalid_grant" => (GraphProblem::Expired, 401),
            GraphError::Token { .. } => (GraphProblem::PortalSignIn, 502),
            GraphError::SignInRequired => (GraphProblem::Expired, 401),
            GraphError::Transport(e) if e.is_timeout() => (GraphProblem::TimedOut, 504),
            GraphError::Transport(_) => (GraphProblem::Unreachable, 502),
            GraphError::Decode { .. } => (GraphProblem::Undecodable, 502),
            GraphError::InvalidRequest(reason) => return Err(reason),
        })
    }

    /// Graph's failure in plain words in `locale`, for sentences that say more around it.
    pub fn explain(error: &GraphError, locale: Locale) -> String {
        match describe(error) {
            Ok((problem, _)) => problem.text(locale, error.request_id()),
            Err(reason) => i18n::tr!(locale, "errors-cannot-send", reason = reason),
        }
    }

    impl From<GraphError> for Error {
        fn from(error: GraphError) -> Error {
            let (problem, status) = match describe(&error) {
                Ok(described) => described,
                // The portal's own checks should have caught this before Graph was called.
                Err(reason) => return Error::Invalid(format!("{CANNOT_SEND}{reason}.")),
            };
            tracing::debug!(%error, "Graph call failed");
            let unavailable = |status: http::StatusCode| status.as_u16() == 429 || status.is_server_error();
            let outage = match &error {
                GraphError::Api(api) => unavailable(api.status),
                GraphError::Token { status, .. } => unavailable(*status),
                GraphError::Transport(_) => true,
                _ => false,
            };
            Error::Graph {
                message: problem.text(Locale::En, error.request_id()),
                status,
                request_id: error.request_id().map(str::to_owned),
                sign_in_again: error.needs_sign_in(),
                outage,
                problem: Some(problem),
                advice: Vec::new(),
            }
        }
    }

    impl From<sqlx::Error> for Error {
        fn from(error: sqlx::Error) -> Error {
            tracing::error!(%error, "database error");
            Error::Unavailable(DATABASE_DOWN.into())
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

        #[test]
        fn people_read_errors_in_their_language_and_logs_stay_english() {
            let busy = Error::from(GraphError::SignInRequired).with_advice("Then try again.");
            assert_eq!(busy.message(Locale::En), busy.to_string());
            assert_eq!(busy.to_string(), "Your sign-in has expired. Please sign in again. Then try again.");
            let german = busy.message(Locale::De);
            assert!(german != busy.to_string() && german.ends_with(" Then try again."), "{german}");
            assert_eq!(busy.clone().localized(Locale::De).to_string(), german);
            let refused = Error::NotAllowed { needed: crate::Role::Admin };
            assert_eq!(refused.message(Locale::En), refused.to_string());
            assert!(refused.message(Locale::Fr).contains(&crate::Role::Admin.name(Locale::Fr)));
            assert_eq!(Error::SignedOut.message(Locale::En), Error::SignedOut.to_string());
            let database = Error::from(sqlx::Error::PoolTimedOut);
            assert_eq!(database.message(Locale::En), database.to_string());
            assert_ne!(database.message(Locale::Es), database.to_string());
            let unsent = Error::from(GraphError::InvalidRequest("too many sponsors".into()));
            assert_eq!(unsent.message(Locale::En), unsent.to_string());
        }

        fn http_status(code: u16) -> http::StatusCode {
            http::StatusCode::from_u16(code).unwrap()
        }
    }
}
