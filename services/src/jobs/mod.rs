//! Durable background jobs: a bulk operation (say, invite 200 guests from a file) becomes one job
//! with one row per input, stored in the database, and run row by row by the worker of any
//! instance, surviving restarts.
//!
//! # Using it
//!
//! - A page or command starts one: [`create`]`(db, actor, &BulkInvite, inputs)` returns its
//!   [`JobId`] at once; [`list`], [`show`], [`cancel`], [`pause`] and [`resume`] serve the jobs
//!   page and `guestlist jobs list|show|cancel|resume`. Each checks the actor: administrators
//!   (and the command line) see and manage every job, anyone else only the jobs they started.
//! - A kind of job implements [`JobKind`]: a name and `run_row`, which does one row through the
//!   services (which check permissions and audit, as for a page). Every kind Guestlist ships is
//!   listed in [`Registry::guestlist`], the registry `guestlist worker` and the portal run.
//! - [`crate::worker::Worker`] runs the rows in the background; [`Runner`] is the same engine
//!   driven by hand (one pass with [`Runner::run_due`], e.g. from a command or a test).
//!
//! # How rows run
//!
//! A worker claims rows with a lease (its instance id and an expiry time) in one statement:
//! on PostgreSQL `SELECT … FOR UPDATE SKIP LOCKED`, so several instances share one job without
//! taking the same row (PostgreSQL documentation, "SELECT", The Locking Clause); on SQLite the
//! claim is a single `UPDATE … RETURNING`, which SQLite runs as one write transaction.
//! The claim itself marks the row `in_flight` and counts the attempt; the handler runs after
//! that, and its outcome is written after it (`done` with its result, or `failed` with the error
//! in plain words). While a handler runs longer than half the lease, the lease is renewed.
//!
//! If the worker dies, its rows stay `in_flight` until their lease expires; then any instance
//! claims them again and the handler sees `attempt > 1` ([`JobInfo::is_rerun`]): the first run
//! may have done its side effect, so the handler should check before repeating it. A row is given
//! up (failed) after [`MAX_ATTEMPTS`] interrupted claims. Rows are run at least once, never
//! knowingly twice. A row that fails because Graph was busy or out of reach (throttled, failing,
//! timed out, the connection lost; after the Graph client's own retries) goes back to `pending`
//! and its whole job pauses until a later time (5 s, doubling up to 5 minutes), then goes on by
//! itself; after [`MAX_THROTTLED`] such waits for one row (about 40 minutes) the row fails.
//!
//! A job is `queued` until a row starts, then `running`, and `done` once no row is pending or in
//! flight. [`pause`] stops new rows from starting; [`cancel`] turns the pending rows to
//! `cancelled`; rows already running finish either way.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Role;

#[cfg(feature = "server")]
mod kind;
#[cfg(feature = "server")]
pub(crate) mod lease;
#[cfg(feature = "server")]
mod runner;
#[cfg(feature = "server")]
mod store;

#[cfg(feature = "server")]
pub use kind::{JobInfo, JobKind, Registry};
#[cfg(feature = "server")]
pub use runner::{Claimed, Runner};
#[cfg(feature = "server")]
pub use store::{cancel, create, list, pause, resume, row_counts_by_state, show, summary, MAX_INPUTS};

/// How many times a row is claimed (its worker died or stopped each time) before it is given up.
pub const MAX_ATTEMPTS: i64 = 5;

/// How many times a row goes back to wait because Graph was busy or out of reach (after the Graph
/// client's own retries) before it fails: about 40 minutes of waiting in all.
pub const MAX_THROTTLED: i64 = 12;

/// A job's number, as people and URLs use it (`guestlist jobs show 12`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct JobId(pub i64);

impl std::fmt::Display for JobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for JobId {
    type Err = std::num::ParseIntError;

    fn from_str(text: &str) -> Result<JobId, Self::Err> {
        text.trim().trim_start_matches('#').parse().map(JobId)
    }
}

/// Declares a state enum stored as text: its variants with their stored and shown names.
macro_rules! stored_states {
    ($(#[$meta:meta])* $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $stored:literal, $label:literal;)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// As stored in the database.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $stored,)*
                }
            }

            /// The stored name back; `None` for anything else.
            pub fn parse(stored: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|state| state.as_str() == stored)
            }

            /// As shown to people.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)*
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}
pub(crate) use stored_states;

stored_states! {
    /// Where a job is.
    JobState {
        Queued = "queued", "Queued";
        Running = "running", "Running";
        Paused = "paused", "Paused";
        Cancelled = "cancelled", "Cancelled";
        Done = "done", "Done";
    }
}

stored_states! {
    /// Where one row of a job is.
    RowState {
        Pending = "pending", "Waiting";
        InFlight = "in_flight", "Running";
        Done = "done", "Done";
        Failed = "failed", "Failed";
        Cancelled = "cancelled", "Cancelled";
    }
}

impl JobState {
    /// Whether rows may still start (a paused job's may after [`resume`]).
    pub fn is_open(self) -> bool {
        matches!(self, JobState::Queued | JobState::Running | JobState::Paused)
    }

    /// [`JobState::label`] in `locale`.
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            JobState::Queued => "jobs-state-queued",
            JobState::Running => "jobs-state-running",
            JobState::Paused => "jobs-state-paused",
            JobState::Cancelled => "jobs-state-cancelled",
            JobState::Done => "jobs-state-done",
        };
        i18n::translate(locale, id, &[])
    }
}

impl RowState {
    /// [`RowState::label`] in `locale`.
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            RowState::Pending => "jobs-row-pending",
            RowState::InFlight => "jobs-row-in-flight",
            RowState::Done => "jobs-row-done",
            RowState::Failed => "jobs-row-failed",
            RowState::Cancelled => "jobs-row-cancelled",
        };
        i18n::translate(locale, id, &[])
    }
}

/// Who started a job, as stored with it: the worker runs the rows on their behalf later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobActor {
    /// As the audit trail names them ("Priya Natarajan <priya@contoso.com>", "ops (command line)").
    pub name: String,
    /// Their directory object id; none for the command line.
    pub object_id: Option<String>,
    /// Their roles when they started it.
    pub roles: Vec<Role>,
    /// Their language: what the job reports is in it (English for jobs stored before it was kept).
    #[serde(default)]
    pub locale: i18n::Locale,
}

/// How many rows of a job are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowCounts {
    pub pending: i64,
    pub in_flight: i64,
    pub done: i64,
    pub failed: i64,
    pub cancelled: i64,
}

/// A job, as the jobs list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    pub id: JobId,
    /// The [`JobKind`] name.
    pub kind: String,
    pub started_by: JobActor,
    /// RFC 3339, UTC (as are the other times).
    pub created_at: String,
    pub updated_at: String,
    /// When it became done or was cancelled.
    pub finished_at: Option<String>,
    pub state: JobState,
    /// Rows in all.
    pub total: i64,
    pub rows: RowCounts,
    /// When the first of its pending rows may start, if none may start at once: after Graph was
    /// busy or out of reach, the job pauses by itself until then.
    pub next_start: Option<String>,
}

impl Job {
    /// Until when the job waits for Graph, if it does at `now` (both stored times, which compare
    /// as text).
    pub fn paused_until(&self, now: &str) -> Option<&str> {
        self.next_start.as_deref().filter(|at| self.state.is_open() && self.rows.in_flight == 0 && *at > now)
    }
}

/// One row of a job, as the job's page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobRow {
    /// 1 for the first input.
    pub number: i64,
    pub input: Value,
    pub state: RowState,
    /// What the handler returned, once done.
    pub result: Option<Value>,
    /// Why it failed, in plain words.
    pub error: Option<String>,
    /// How many times it was started.
    pub attempts: i64,
    /// The worker instance that runs it (or ran it last).
    pub worker: Option<String>,
    /// Until when that worker's claim holds, while it runs.
    pub lease_until: Option<String>,
    pub updated_at: String,
}

/// A job with all its rows, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobDetail {
    pub job: Job,
    pub rows: Vec<JobRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip_through_their_stored_names() {
        for state in JobState::ALL {
            assert_eq!(JobState::parse(state.as_str()), Some(*state));
        }
        for state in RowState::ALL {
            assert_eq!(RowState::parse(state.as_str()), Some(*state));
        }
        assert_eq!(RowState::InFlight.as_str(), "in_flight");
        assert_eq!(serde_json::to_value(RowState::InFlight).unwrap(), "in_flight");
        assert_eq!(JobState::parse("sleeping"), None);
    }

    #[test]
    fn job_numbers_are_read_as_people_write_them() {
        assert_eq!(" #12".parse::<JobId>(), Ok(JobId(12)));
        assert!("twelve".parse::<JobId>().is_err());
        assert_eq!(JobId(7).to_string(), "7");
    }
}
