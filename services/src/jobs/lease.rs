//! What the job runner and the outbox share: stored times, leases, and writing a query once for
//! both databases.
//!
//! A lease is a claim on one piece of queued work (a job row, a mail): `lease_owner` names the
//! worker instance, `lease_until` says until when the claim holds. A worker that dies stops
//! renewing it; once `lease_until` has passed, any other instance may claim the work again.

use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};

/// A time as the tables store it: RFC 3339, UTC, milliseconds (`2026-11-23T17:00:00.000Z`).
/// The width is fixed, so comparing the text compares the times.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The time of day of a stored time, for people: `17:00:00 UTC`.
pub(crate) fn time_of_day(stored: &str) -> String {
    format!("{} UTC", stored.get(11..19).unwrap_or(stored))
}

/// `timestamp(at + duration)`; durations past a century count as a century (no overflow).
pub(crate) fn timestamp_after(at: DateTime<Utc>, duration: Duration) -> String {
    let century = chrono::Duration::days(36_525);
    timestamp(at + chrono::Duration::from_std(duration).map_or(century, |d| d.min(century)))
}

/// Runs `$body` with `$pool` bound to the pool of either database: written once, type-checked for
/// each. Its SQL must read the same to both (sqlx binds `$1`, `$2`… on SQLite too).
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::Db::Sqlite($pool) => $body,
            $crate::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_db;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_sort_as_text() {
        let at = DateTime::parse_from_rfc3339("2026-11-23T17:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(timestamp(at), "2026-11-23T17:00:00.000Z");
        assert_eq!(timestamp_after(at, Duration::from_millis(1500)), "2026-11-23T17:00:01.500Z");
        assert!(timestamp(at) < timestamp_after(at, Duration::from_millis(1)));
    }
}
