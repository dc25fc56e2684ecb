//! Injected failures, so clients' behaviour can be tested against the sandbox itself: the next N
//! Graph requests (each request inside a `$batch` counts too), or the next N to one path, fail as
//! Graph fails (Microsoft Graph documentation, "Microsoft Graph error responses and resource
//! types", and "Microsoft Graph throttling guidance"): 429 with `Retry-After`, 500, 502, 503 or
//! 504 in Graph's error envelope, or 403 as when the app's permission is taken away meanwhile;
//! stall before answering; lose the connection without an answer; or are carried out and then
//! fail or lose their answer. "Graph is down" is a count larger than a test sends.
//!
//! Control: `POST /_sandbox/faults` with `{"status":429,"count":50,"retryAfter":2}`,
//! `{"delayMs":10000,"count":1}`, `{"dropConnection":true,"count":3}` or
//! `{"status":504,"count":1,"path":"/invitations","afterHandling":true}`,
//! `GET` to read what is left, `DELETE` to clear; or
//! [`Faults`] from Rust through `Sandbox::faults`. Kept in memory: a restart clears them.

use std::sync::Mutex;
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::GraphError;
use crate::Sandbox;

/// The longest stall accepted: longer than any sensible client timeout, short enough not to hang a test run.
pub const MAX_DELAY_MS: u64 = 120_000;

/// What the next `count` Graph requests suffer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultPlan {
    /// Answer 403, 429, 500, 502, 503 or 504 instead of handling the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Close the connection without an answer (the client sees it reset mid-answer).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drop_connection: bool,
    /// `Retry-After` seconds sent with the failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Stall this long before answering (with the failure, or else the real answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_ms: Option<u64>,
    /// How many of the next Graph requests are affected; when read back, how many are left.
    pub count: u32,
    /// Only requests whose path (after the version) ends with this suffer it, e.g. `/invitations`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Carry the request out, then answer with the failure: the work is done but its answer is
    /// lost, as when Graph's gateway gives up on a backend that finished anyway.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub after_handling: bool,
}

/// Why a fault plan was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FaultError {
    #[error("status {0} cannot be injected; use 403, 429, 500, 502, 503 or 504")]
    UnsupportedStatus(u16),
    #[error("a fault needs a status, a delayMs or dropConnection")]
    NothingToInject,
    #[error("a dropped connection has no status")]
    StatusWithDrop,
    #[error("count must be at least 1")]
    ZeroCount,
    #[error("delayMs may be at most {MAX_DELAY_MS}")]
    DelayTooLong,
    #[error("retryAfter only makes sense with a status")]
    RetryAfterWithoutStatus,
    #[error("afterHandling only makes sense with a status or dropConnection")]
    AfterHandlingWithoutStatus,
}

impl FaultPlan {
    fn check(&self) -> Result<(), FaultError> {
        match self {
            FaultPlan { count: 0, .. } => Err(FaultError::ZeroCount),
            FaultPlan { status: None, delay_ms: None, drop_connection: false, .. } => Err(FaultError::NothingToInject),
            FaultPlan { status: Some(s), .. } if !matches!(s, 403 | 429 | 500 | 502 | 503 | 504) => Err(FaultError::UnsupportedStatus(*s)),
            FaultPlan { status: Some(_), drop_connection: true, .. } => Err(FaultError::StatusWithDrop),
            FaultPlan { status: None, retry_after: Some(_), .. } => Err(FaultError::RetryAfterWithoutStatus),
            FaultPlan { status: None, drop_connection: false, after_handling: true, .. } => Err(FaultError::AfterHandlingWithoutStatus),
            FaultPlan { delay_ms: Some(ms), .. } if *ms > MAX_DELAY_MS => Err(FaultError::DelayTooLong),
            _ => Ok(()),
        }
    }
}

/// The fault that one request suffers.
pub struct Injected {
    pub delay: Option<Duration>,
    pub failure: Option<Failure>,
    /// The failure replaces the answer of the request carried out, instead of the request.
    pub after_handling: bool,
}

/// How an injected request fails.
pub enum Failure {
    /// Graph's error envelope with this status.
    Error(GraphError),
    /// No answer: the connection is lost.
    Dropped,
}

/// The tenant's pending faults.
#[derive(Default)]
pub struct Faults {
    plan: Mutex<Option<FaultPlan>>,
}

impl Faults {
    /// Replaces any pending faults with `plan`.
    pub fn inject(&self, plan: FaultPlan) -> Result<(), FaultError> {
        plan.check()?;
        *self.lock() = Some(plan);
        Ok(())
    }

    /// What is left to inject.
    pub fn pending(&self) -> Option<FaultPlan> {
        self.lock().clone()
    }

    pub fn clear(&self) {
        *self.lock() = None;
    }

    /// Takes the share of the plan of one request to `path`.
    pub fn next(&self, path: &str) -> Option<Injected> {
        let mut plan = self.lock();
        let current = plan.as_mut().filter(|p| p.path.as_deref().is_none_or(|only| path.ends_with(only)))?;
        current.count -= 1;
        let failure = match current.status {
            Some(status) => Some(Failure::Error(failing(status, current.retry_after))),
            None if current.drop_connection => Some(Failure::Dropped),
            None => None,
        };
        let injected =
            Injected { delay: current.delay_ms.map(Duration::from_millis), failure, after_handling: current.after_handling };
        if current.count == 0 {
            *plan = None;
        }
        Some(injected)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<FaultPlan>> {
        self.plan.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Graph's answer when it refuses, is throttling, fails or its gateway gives up, with the codes Graph's
/// error documentation lists (`serviceNotAvailable` for 503, `generalException` for 500).
fn failing(status: u16, retry_after: Option<u64>) -> GraphError {
    let error = match status {
        403 => GraphError::new(StatusCode::FORBIDDEN, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
        429 => GraphError::throttled(0),
        500 => GraphError::new(StatusCode::INTERNAL_SERVER_ERROR, "generalException", "An unspecified error has occurred."),
        502 => GraphError::new(StatusCode::BAD_GATEWAY, "BadGateway", "The gateway received an invalid response."),
        504 => GraphError::new(StatusCode::GATEWAY_TIMEOUT, "GatewayTimeout", "The gateway did not receive a response in time."),
        _ => GraphError::new(StatusCode::SERVICE_UNAVAILABLE, "serviceNotAvailable", "The service is temporarily unavailable."),
    };
    GraphError { retry_after, ..error }
}

/// An answer that never comes: its body fails before the first byte, so the server closes the
/// connection and the client sees it reset.
pub fn dropped() -> Response {
    let lost = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "the connection was dropped by an injected fault");
    axum::body::Body::from_stream(futures::stream::once(std::future::ready(Err::<axum::body::Bytes, _>(lost)))).into_response()
}

fn pending(sandbox: &Sandbox) -> Response {
    Json(json!({ "pending": sandbox.faults().pending() })).into_response()
}

pub async fn show(State(sandbox): State<Sandbox>) -> Response {
    pending(&sandbox)
}

pub async fn set(State(sandbox): State<Sandbox>, body: axum::body::Bytes) -> Response {
    let outcome = serde_json::from_slice::<FaultPlan>(&body)
        .map_err(|e| {
            format!(
                "expected {{\"status\":403|429|500|502|503|504,\"retryAfter\":s,\"delayMs\":ms,\"dropConnection\":b,\"count\":n,\"path\":p,\"afterHandling\":b}}: {e}"
            )
        })
        .and_then(|plan| sandbox.faults().inject(plan).map_err(|e| e.to_string()));
    match outcome {
        Ok(()) => pending(&sandbox),
        Err(message) => (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response(),
    }
}

pub async fn clear(State(sandbox): State<Sandbox>) -> Response {
    sandbox.faults().clear();
    pending(&sandbox)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(status: Option<u16>, delay_ms: Option<u64>, count: u32) -> FaultPlan {
        FaultPlan { status, delay_ms, count, ..FaultPlan::default() }
    }

    #[test]
    fn plans_are_checked() {
        let faults = Faults::default();
        assert_eq!(faults.inject(plan(Some(501), None, 1)), Err(FaultError::UnsupportedStatus(501)));
        let dropped_with_status = FaultPlan { drop_connection: true, ..plan(Some(503), None, 1) };
        assert_eq!(faults.inject(dropped_with_status), Err(FaultError::StatusWithDrop));
        assert_eq!(faults.inject(plan(None, None, 1)), Err(FaultError::NothingToInject));
        assert_eq!(faults.inject(plan(Some(503), None, 0)), Err(FaultError::ZeroCount));
        assert_eq!(faults.inject(plan(None, Some(MAX_DELAY_MS + 1), 1)), Err(FaultError::DelayTooLong));
        let retry_alone = FaultPlan { retry_after: Some(1), ..plan(None, Some(10), 1) };
        assert_eq!(faults.inject(retry_alone), Err(FaultError::RetryAfterWithoutStatus));
        let after_alone = FaultPlan { after_handling: true, ..plan(None, Some(10), 1) };
        assert_eq!(faults.inject(after_alone), Err(FaultError::AfterHandlingWithoutStatus));
        assert_eq!(faults.pending(), None);
    }

    #[test]
    fn each_request_takes_one_until_none_are_left() {
        let faults = Faults::default();
        faults.inject(FaultPlan { retry_after: Some(2), ..plan(Some(504), Some(5), 2) }).unwrap();
        let first = faults.next("/users").unwrap();
        assert_eq!(first.delay, Some(Duration::from_millis(5)));
        let Some(Failure::Error(error)) = first.failure else { panic!("no error injected") };
        assert_eq!(
            (error.status, error.code, error.retry_after),
            (StatusCode::GATEWAY_TIMEOUT, "GatewayTimeout", Some(2))
        );
        assert_eq!(faults.pending().map(|p| p.count), Some(1));
        assert!(faults.next("/users").is_some());
        assert!(faults.next("/users").is_none() && faults.pending().is_none());
        faults.inject(FaultPlan { path: Some("/invitations".into()), ..plan(Some(503), None, 1) }).unwrap();
        assert!(faults.next("/users").is_none(), "other paths pass");
        assert!(faults.next("/invitations").is_some() && faults.pending().is_none());
        faults.inject(FaultPlan { drop_connection: true, ..plan(None, None, 1) }).unwrap();
        assert!(matches!(faults.next("/users").and_then(|i| i.failure), Some(Failure::Dropped)));
        faults.inject(FaultPlan { retry_after: Some(3), ..plan(Some(429), None, 1) }).unwrap();
        let Some(Failure::Error(throttled)) = faults.next("/users").and_then(|i| i.failure) else { panic!("no 429") };
        assert_eq!((throttled.status, throttled.code, throttled.retry_after), (StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", Some(3)));
        faults.inject(plan(Some(503), None, 3)).unwrap();
        faults.clear();
        assert!(faults.next("/users").is_none());
    }
}
