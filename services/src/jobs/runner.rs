//! Claiming rows with a lease, running them, and writing down how they ended.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt as _;
use serde_json::Value;
use sqlx::types::Json;
use tracing::Instrument as _;

use super::lease::{on_db, time_of_day, timestamp, timestamp_after};
use super::{JobActor, JobId, JobInfo, Registry, RowState, MAX_ATTEMPTS, MAX_THROTTLED};
use crate::{Context, Error};

/// The claim, one statement: rows still to run (of a job that may run, of a kind this instance
/// knows, not waiting out throttling) and rows whose worker's lease ran out (whatever their job's
/// state: a row that started is finished). Marks them in flight for `$1` until `$2` and counts the
/// attempt. `$3` is now, `$4` the limit of interrupted attempts, `$5` the kinds as a JSON array,
/// `$6` how many.
///
/// `MATERIALIZED` makes the database pick the rows once (PostgreSQL documentation, "WITH Queries
/// (Common Table Expressions)"); on PostgreSQL `FOR UPDATE OF r SKIP LOCKED` passes over rows
/// another instance is claiming at the same moment instead of waiting for them (PostgreSQL
/// documentation, "SELECT", The Locking Clause). SQLite runs the statement as one write
/// transaction, which is the lock there.
macro_rules! claim_sql {
    ($kinds:literal, $lock:literal) => {
        concat!(
            "WITH due AS MATERIALIZED (SELECT r.id FROM job_rows r JOIN jobs j ON j.id = r.job_id \
               WHERE ((r.state = 'pending' AND j.state IN ('queued', 'running') AND (r.not_before IS NULL OR r.not_before <= $3)) \
                   OR (r.state = 'in_flight' AND r.lease_until <= $3)) \
                 AND r.attempts - r.throttled < $4 AND j.kind IN ",
            $kinds,
            " ORDER BY r.job_id, r.row_number LIMIT $6 ",
            $lock,
            ") \
             UPDATE job_rows SET state = 'in_flight', attempts = attempts + 1, lease_owner = $1, lease_until = $2, \
               updated_at = $3 \
             WHERE id IN (SELECT id FROM due) \
             RETURNING id, job_id, row_number, input, attempts, throttled"
        )
    };
}
const CLAIM_SQLITE: &str = claim_sql!("(SELECT value FROM json_each($5))", "");
const CLAIM_POSTGRES: &str = claim_sql!("(SELECT jsonb_array_elements_text($5))", "FOR UPDATE OF r SKIP LOCKED");

/// Rows that used up their attempts (each time their worker died or stopped mid-row; attempts
/// Graph throttled do not count) are failed instead of claimed again. `$1` now, `$2` the limit,
/// `$3` the error.
const GIVE_UP: &str = "UPDATE job_rows SET state = 'failed', error = $3, lease_until = NULL, updated_at = $1 \
     WHERE attempts - throttled >= $2 AND (state = 'pending' OR (state = 'in_flight' AND lease_until <= $1)) \
     RETURNING job_id";

/// The outcome, only while this instance still holds the row. A row Graph throttled goes back to
/// pending with `$7` = 1 and waits until `$8` (its attempt stays counted, so the next run checks
/// before repeating anything); otherwise `$7` = 0 and `$8` is NULL.
const FINISH: &str = "UPDATE job_rows SET state = $1, result = $2, error = $3, lease_until = NULL, updated_at = $4, \
       throttled = throttled + $7, not_before = $8 \
     WHERE id = $5 AND lease_owner = $6 AND state = 'in_flight'";

/// The job of a row that met Graph busy or out of reach pauses: none of its pending rows starts
/// before `$1` (the tenant's limit and Graph's health are the same for every row). `$2` the job.
const PAUSE_JOB: &str = "UPDATE job_rows SET not_before = $1 \
     WHERE job_id = $2 AND state = 'pending' AND (not_before IS NULL OR not_before < $1)";

/// When the soonest row waiting out throttling may run (of a job that may run). `$1` now.
const NEXT_WAKE: &str = "SELECT MIN(r.not_before) FROM job_rows r JOIN jobs j ON j.id = r.job_id \
     WHERE r.state = 'pending' AND j.state IN ('queued', 'running') AND r.not_before > $1";

const RENEW: &str = "UPDATE job_rows SET lease_until = $1 WHERE id = $2 AND lease_owner = $3 AND state = 'in_flight'";

/// Every row this instance holds goes back to pending (its attempt stays counted, so the next
/// run knows it is a re-run).
const RELEASE: &str = "UPDATE job_rows SET state = 'pending', lease_until = NULL, updated_at = $1 \
     WHERE lease_owner = $2 AND state = 'in_flight'";

/// A job whose rows have all ended is done (a cancelled job stays cancelled).
const DONE_WHEN_FINISHED: &str = "UPDATE jobs SET state = 'done', finished_at = $1, updated_at = $1 \
     WHERE id = $2 AND state IN ('queued', 'running', 'paused') \
       AND NOT EXISTS (SELECT 1 FROM job_rows WHERE job_id = $2 AND state IN ('pending', 'in_flight'))";

/// The longest a job pauses before its next try.
const MAX_PAUSE: Duration = Duration::from_secs(300);

/// When a row that met Graph busy or out of reach `waits` times before may run again (5 s the
/// first time, doubling each time, at most [`MAX_PAUSE`]), and the note the row shows meanwhile.
fn outage_wait(error: &Error, waits: i64, now: chrono::DateTime<chrono::Utc>, locale: i18n::Locale) -> (String, String) {
    let pause = Duration::from_secs(5u64.saturating_mul(1 << waits.clamp(0, 6))).min(MAX_PAUSE);
    let until = timestamp_after(now, pause);
    let at = time_of_day(&until);
    let note = if error.status() == 429 {
        i18n::tr!(locale, "jobs-graph-throttled", at = at)
    } else {
        i18n::tr!(locale, "jobs-graph-silent", error = error.to_string(), at = at)
    };
    (until, note)
}


#[derive(sqlx::FromRow)]
struct ClaimRecord {
    id: i64,
    job_id: i64,
    row_number: i64,
    input: Json<Value>,
    attempts: i64,
    throttled: i64,
}

#[derive(sqlx::FromRow)]
struct JobRecord {
    id: i64,
    kind: String,
    actor: Json<JobActor>,
}

/// A row this instance has claimed: run it with [`Runner::run`].
#[derive(Clone, Debug)]
pub struct Claimed {
    pub info: JobInfo,
    pub input: Value,
    /// The row's key in `job_rows`.
    id: i64,
    /// How many times Graph's throttling sent the row back to wait.
    throttled: i64,
}

/// Runs the rows of the jobs `registry` knows, as worker instance `owner` (cheap to clone).
#[derive(Clone)]
pub struct Runner {
    ctx: Context,
    registry: Registry,
    owner: Arc<str>,
    lease: Duration,
}

impl Runner {
    /// `owner` names this instance in the leases (unique per process, e.g.
    /// [`crate::worker::instance_id`]); a claim holds for `lease` unless renewed.
    pub fn new(ctx: Context, registry: Registry, owner: impl Into<String>, lease: Duration) -> Runner {
        Runner { ctx, registry, owner: owner.into().into(), lease }
    }

    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// Claims up to `limit` rows that are due, oldest job first, as of the context's clock.
    pub async fn claim(&self, limit: usize) -> Result<Vec<Claimed>, Error> {
        if limit == 0 || self.registry.is_empty() {
            return Ok(Vec::new());
        }
        let now = self.ctx.clock.now();
        let at = timestamp(now);
        self.give_up_worn_out_rows(&at).await?;
        let lease_until = timestamp_after(now, self.lease);
        let sql = if self.ctx.db.is_postgres() { CLAIM_POSTGRES } else { CLAIM_SQLITE };
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let records: Vec<ClaimRecord> = on_db!(&self.ctx.db, pool => {
            sqlx::query_as(sql)
                .bind(&*self.owner)
                .bind(&lease_until)
                .bind(&at)
                .bind(MAX_ATTEMPTS)
                .bind(Json(self.registry.names()))
                .bind(limit)
                .fetch_all(pool)
                .await?
        });
        let mut jobs = BTreeMap::new();
        for job_id in records.iter().map(|r| r.job_id) {
            if let std::collections::btree_map::Entry::Vacant(entry) = jobs.entry(job_id) {
                entry.insert(self.job_started(job_id, &at).await?);
            }
        }
        let mut claimed: Vec<Claimed> = records
            .into_iter()
            .map(|r| {
                let job: &JobRecord = &jobs[&r.job_id];
                let info = JobInfo {
                    id: JobId(job.id),
                    kind: job.kind.clone(),
                    started_by: job.actor.0.clone(),
                    row: r.row_number,
                    attempt: r.attempts,
                };
                Claimed { info, input: r.input.0, id: r.id, throttled: r.throttled }
            })
            .collect();
        claimed.sort_by_key(|c| (c.info.id, c.info.row));
        Ok(claimed)
    }

    /// Marks job `id` as running (if it was queued) and returns what the rows need of it.
    async fn job_started(&self, id: i64, at: &str) -> Result<JobRecord, Error> {
        on_db!(&self.ctx.db, pool => {
            sqlx::query("UPDATE jobs SET state = 'running', updated_at = $1 WHERE id = $2 AND state = 'queued'")
                .bind(at)
                .bind(id)
                .execute(pool)
                .await?;
            Ok(sqlx::query_as("SELECT id, kind, actor FROM jobs WHERE id = $1").bind(id).fetch_one(pool).await?)
        })
    }

    async fn give_up_worn_out_rows(&self, at: &str) -> Result<(), Error> {
        let error = format!(
            "This row was started {MAX_ATTEMPTS} times and each time its worker stopped before it finished, so it \
             was not tried again. It may be partly done: check it before running it again."
        );
        let jobs: Vec<i64> = on_db!(&self.ctx.db, pool => {
            sqlx::query_scalar(GIVE_UP).bind(at).bind(MAX_ATTEMPTS).bind(&error).fetch_all(pool).await?
        });
        for job in jobs {
            tracing::warn!(job, "a row was given up after {MAX_ATTEMPTS} interrupted attempts");
            self.done_when_finished(job, at).await?;
        }
        Ok(())
    }

    /// Runs one claimed row and records its outcome: `Some(Done | Failed)`, `Some(Pending)` when
    /// Graph throttled it and it waits to run again, or `None` when this instance lost the row
    /// meanwhile (its lease ran out and another instance claimed it; that one's outcome counts).
    pub async fn run(&self, row: Claimed) -> Result<Option<RowState>, Error> {
        let span =
            tracing::info_span!("job row", job = row.info.id.0, kind = %row.info.kind, row = row.info.row, attempt = row.info.attempt);
        async {
            let outcome = match self.registry.get(&row.info.kind) {
                Some(kind) => self.run_handler(kind.as_ref(), &row).await,
                // Only kinds in the registry are claimed.
                None => Err(Error::NotConfigured(i18n::tr!(row.info.started_by.actor().locale(), "jobs-unknown-kind", kind = format!("{:?}", row.info.kind)))),
            };
            self.finish(&row, outcome).await
        }
        .instrument(span)
        .await
    }

    /// The handler's outcome, renewing the lease every half lease while it runs. A panic fails
    /// the row (rather than leaving it to be claimed again and again).
    async fn run_handler(&self, kind: &dyn super::JobKind, row: &Claimed) -> Result<Value, Error> {
        let handler = AssertUnwindSafe(kind.run_row(&self.ctx, &row.info, &row.input)).catch_unwind();
        tokio::pin!(handler);
        let period = self.lease / 2;
        let mut renew = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        renew.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                outcome = &mut handler => {
                    return outcome.unwrap_or_else(|_| {
                        tracing::error!("the job's handler panicked");
                        Err(Error::Unavailable(i18n::tr!(row.info.started_by.actor().locale(), "jobs-row-panicked")))
                    });
                }
                _ = renew.tick() => self.renew(row.id).await,
            }
        }
    }

    async fn renew(&self, id: i64) {
        let lease_until = timestamp_after(self.ctx.clock.now(), self.lease);
        let renewed = on_db!(&self.ctx.db, pool => {
            sqlx::query(RENEW).bind(&lease_until).bind(id).bind(&*self.owner).execute(pool).await.map(|done| done.rows_affected())
        });
        match renewed {
            Ok(0) => tracing::warn!("the row's lease ran out and another worker took it over"),
            Ok(_) => tracing::debug!(until = %lease_until, "lease renewed"),
            Err(error) => tracing::warn!(%error, "could not renew the row's lease"),
        }
    }

    async fn finish(&self, row: &Claimed, outcome: Result<Value, Error>) -> Result<Option<RowState>, Error> {
        let now = self.ctx.clock.now();
        let at = timestamp(now);
        let (state, result, error, not_before) = match outcome {
            Ok(result) => (RowState::Done, Some(Json(result)), None, None),
            // Graph's throttling or outage outlasted the client's own retries: the row waits and
            // runs again later, rather than failing for Graph being busy or down (up to a limit,
            // so it still ends).
            Err(error) if error.is_graph_outage() && row.throttled < MAX_THROTTLED => {
                let (until, note) = outage_wait(&error, row.throttled, now, row.info.started_by.actor().locale());
                (RowState::Pending, None, Some(note), Some(until))
            }
            Err(error) => (RowState::Failed, None, Some(error.to_string()), None),
        };
        let written = on_db!(&self.ctx.db, pool => {
            sqlx::query(FINISH)
                .bind(state.as_str())
                .bind(&result)
                .bind(&error)
                .bind(&at)
                .bind(row.id)
                .bind(&*self.owner)
                .bind(i64::from(not_before.is_some()))
                .bind(&not_before)
                .execute(pool)
                .await?
                .rows_affected()
        });
        if written == 0 {
            tracing::warn!("the row was taken over by another worker; this run's outcome was not recorded");
            return Ok(None);
        }
        if let Some(until) = &not_before {
            on_db!(&self.ctx.db, pool => {
                sqlx::query(PAUSE_JOB).bind(until).bind(row.info.id.0).execute(pool).await?.rows_affected()
            });
        }
        match (&error, &not_before) {
            (Some(_), Some(until)) => tracing::info!(until, "Graph was busy or out of reach; the job pauses"),
            (Some(error), None) => tracing::info!(%error, "row failed"),
            (None, _) => tracing::debug!("row done"),
        }
        self.done_when_finished(row.info.id.0, &at).await?;
        Ok(Some(state))
    }

    /// How long until the soonest throttled row may run again, if one waits.
    async fn next_wake(&self) -> Result<Option<Duration>, Error> {
        let now = self.ctx.clock.now();
        let soonest: Option<String> = on_db!(&self.ctx.db, pool => {
            sqlx::query_scalar(NEXT_WAKE).bind(timestamp(now)).fetch_one(pool).await?
        });
        Ok(soonest
            .and_then(|at| chrono::DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| (at.with_timezone(&chrono::Utc) - now).to_std().unwrap_or(Duration::ZERO)))
    }

    async fn done_when_finished(&self, job: i64, at: &str) -> Result<(), Error> {
        let done = on_db!(&self.ctx.db, pool => {
            sqlx::query(DONE_WHEN_FINISHED).bind(at).bind(job).execute(pool).await?.rows_affected()
        });
        if done > 0 {
            tracing::info!(job, "job done");
        }
        Ok(())
    }

    /// Claims and runs rows, up to `concurrency` at a time, until none is due or waiting out
    /// throttling; returns how many runs there were. For a command or a test; the worker runs rows
    /// continuously instead.
    pub async fn run_due(&self, concurrency: usize) -> Result<usize, Error> {
        let mut ran = 0;
        loop {
            let rows = self.claim(concurrency.max(1)).await?;
            if rows.is_empty() {
                match self.next_wake().await? {
                    Some(pause) => {
                        tokio::time::sleep(pause).await;
                        continue;
                    }
                    None => return Ok(ran),
                }
            }
            ran += rows.len();
            for outcome in futures::future::join_all(rows.into_iter().map(|row| self.run(row))).await {
                outcome?;
            }
        }
    }

    /// Puts every row this instance holds back to pending, for another instance to run (on
    /// shutdown, once the grace period is over). Returns how many.
    pub async fn release(&self) -> Result<u64, Error> {
        let at = timestamp(self.ctx.clock.now());
        Ok(on_db!(&self.ctx.db, pool => {
            sqlx::query(RELEASE).bind(&at).bind(&*self.owner).execute(pool).await?.rows_affected()
        }))
    }
}
