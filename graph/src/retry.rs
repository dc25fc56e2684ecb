//! When and how long to wait before repeating a failed call.

use std::time::Duration;

use chrono::{DateTime, Utc};
use http::{HeaderMap, Method, StatusCode};
use rand::Rng;

/// Retry limits for throttling (429), unavailability (503/504) and, for idempotent calls, network errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The longest one call may take, its attempts and the waits between them included: a person
    /// gets an answer (or a clear failure) in this time however Graph behaves. A `Retry-After`
    /// that would end past it ends retrying, and each attempt is cut short where it runs out.
    pub budget: Duration,
    /// First backoff step when Graph gives no `Retry-After`; doubled each retry, with jitter.
    pub base_delay: Duration,
    /// Largest single backoff step.
    pub max_delay: Duration,
    /// Timeout for each HTTP attempt: shorter than the budget, so that one stalled attempt leaves
    /// time for another.
    pub attempt_timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::within(Duration::from_secs(20))
    }
}

impl RetryPolicy {
    /// The default policy for a call `budget`: each attempt may take half of it.
    pub fn within(budget: Duration) -> Self {
        Self {
            max_retries: 4,
            budget,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(16),
            attempt_timeout: budget / 2,
        }
    }

    /// Whether a retry after `delay` still fits: fewer than `max_retries` so far, and the next
    /// attempt would start before the budget runs out, with at least a tenth of it left to run.
    pub(crate) fn may_retry(&self, retry: u32, elapsed: Duration, delay: Duration) -> bool {
        retry < self.max_retries && elapsed + delay + self.budget / 10 <= self.budget
    }

    /// How long the next attempt may take, `elapsed` into the call.
    pub(crate) fn attempt_limit(&self, elapsed: Duration) -> Duration {
        self.attempt_timeout.min(self.budget.saturating_sub(elapsed))
    }

    /// Exponential backoff with "equal jitter": half the step fixed, half random, so clients spread out.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let step = self.base_delay.saturating_mul(2u32.saturating_pow(retry)).min(self.max_delay);
        let half = step / 2;
        half + half.mul_f64(rand::thread_rng().gen::<f64>())
    }
}

/// Whether repeating the method cannot apply a change twice.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS)
}

/// Whether a status may be retried: 429 always (Graph did not process the request), 503/504 only
/// when repeating is safe because a gateway timeout may hide a request that went through.
pub(crate) fn retryable_status(status: StatusCode, idempotent: bool) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS
        || (idempotent && matches!(status, StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT))
}

/// `Retry-After` as delay-seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap, now: DateTime<Utc>) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = DateTime::parse_from_rfc2822(value).ok()?.with_timezone(&Utc);
    Some((at - now).to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z").unwrap().with_timezone(&Utc);
        let mut h = HeaderMap::new();
        h.insert(http::header::RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(7)));
        h.insert(http::header::RETRY_AFTER, "Wed, 21 Oct 2015 07:28:30 GMT".parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(30)));
        h.insert(http::header::RETRY_AFTER, "Wed, 21 Oct 2015 07:27:00 GMT".parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::ZERO));
        h.insert(http::header::RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&h, now), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
            ..Default::default()
        };
        for retry in 0..8 {
            let step = Duration::from_millis(100 * 2u64.pow(retry)).min(Duration::from_millis(1000));
            let d = p.backoff(retry);
            assert!(d >= step / 2 && d <= step, "retry {retry}: {d:?}");
        }
    }

    #[test]
    fn which_failures_are_retried() {
        assert!(retryable_status(StatusCode::TOO_MANY_REQUESTS, false));
        assert!(retryable_status(StatusCode::SERVICE_UNAVAILABLE, true));
        assert!(!retryable_status(StatusCode::SERVICE_UNAVAILABLE, false));
        assert!(!retryable_status(StatusCode::GATEWAY_TIMEOUT, false));
        assert!(!retryable_status(StatusCode::INTERNAL_SERVER_ERROR, true));
        assert!(is_idempotent(&Method::DELETE) && !is_idempotent(&Method::POST) && !is_idempotent(&Method::PATCH));
    }
}
