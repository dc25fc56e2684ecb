//! Starting jobs and looking after them: what pages and commands call.

use chrono::Utc;
use serde_json::Value;
use sqlx::types::Json;

use super::lease::{on_db, timestamp};
use super::{Job, JobActor, JobDetail, JobId, JobKind, JobRow, JobState, RowCounts, RowState};
use crate::{Actor, Db, Error, Role};
use i18n::tr;

/// Most inputs one job takes.
pub const MAX_INPUTS: usize = 10_000;

/// Rows per INSERT when a job is created (SQLite takes at most 32,766 bound values a statement).
const INSERT_CHUNK: usize = 500;

/// Newest first, each with its row counts; `$1` only the jobs this actor started (none: all),
/// `$2` only this job (none: all).
const SELECT_JOBS: &str = "SELECT j.id, j.kind, j.actor, j.created_at, j.updated_at, j.finished_at, j.state, j.total, \
     COALESCE(SUM(CASE WHEN r.state = 'pending' THEN 1 ELSE 0 END), 0) AS pending, \
     COALESCE(SUM(CASE WHEN r.state = 'in_flight' THEN 1 ELSE 0 END), 0) AS in_flight, \
     COALESCE(SUM(CASE WHEN r.state = 'done' THEN 1 ELSE 0 END), 0) AS done, \
     COALESCE(SUM(CASE WHEN r.state = 'failed' THEN 1 ELSE 0 END), 0) AS failed, \
     COALESCE(SUM(CASE WHEN r.state = 'cancelled' THEN 1 ELSE 0 END), 0) AS cancelled, \
     MIN(CASE WHEN r.state = 'pending' THEN COALESCE(r.not_before, '') END) AS next_start \
     FROM jobs j LEFT JOIN job_rows r ON r.job_id = j.id \
     WHERE ($1 IS NULL OR j.actor_id = $1) AND ($2 IS NULL OR j.id = $2) \
     GROUP BY j.id ORDER BY j.id DESC LIMIT $3";

const SELECT_ROWS: &str = "SELECT row_number, input, state, result, error, attempts, lease_owner, lease_until, updated_at \
     FROM job_rows WHERE job_id = $1 ORDER BY row_number";

#[derive(sqlx::FromRow)]
struct JobRecord {
    id: i64,
    kind: String,
    actor: Json<JobActor>,
    created_at: String,
    updated_at: String,
    finished_at: Option<String>,
    state: String,
    total: i64,
    pending: i64,
    in_flight: i64,
    done: i64,
    failed: i64,
    cancelled: i64,
    next_start: Option<String>,
}

#[derive(sqlx::FromRow)]
struct RowRecord {
    row_number: i64,
    input: Json<Value>,
    state: String,
    result: Option<Json<Value>>,
    error: Option<String>,
    attempts: i64,
    lease_owner: Option<String>,
    lease_until: Option<String>,
    updated_at: String,
}

fn unknown_state(state: &str) -> Error {
    Error::Unavailable(format!("The portal's database holds a job in an unknown state {state:?}."))
}

impl TryFrom<JobRecord> for Job {
    type Error = Error;

    fn try_from(r: JobRecord) -> Result<Job, Error> {
        Ok(Job {
            id: JobId(r.id),
            kind: r.kind,
            started_by: r.actor.0,
            created_at: r.created_at,
            updated_at: r.updated_at,
            finished_at: r.finished_at,
            state: JobState::parse(&r.state).ok_or_else(|| unknown_state(&r.state))?,
            total: r.total,
            rows: RowCounts { pending: r.pending, in_flight: r.in_flight, done: r.done, failed: r.failed, cancelled: r.cancelled },
            // '' stands for a pending row that may start at once.
            next_start: r.next_start.filter(|at| !at.is_empty()),
        })
    }
}

impl TryFrom<RowRecord> for JobRow {
    type Error = Error;

    fn try_from(r: RowRecord) -> Result<JobRow, Error> {
        Ok(JobRow {
            number: r.row_number,
            input: r.input.0,
            state: RowState::parse(&r.state).ok_or_else(|| unknown_state(&r.state))?,
            result: r.result.map(|json| json.0),
            error: r.error,
            attempts: r.attempts,
            worker: r.lease_owner,
            lease_until: r.lease_until,
            updated_at: r.updated_at,
        })
    }
}

impl JobActor {
    /// The actor the worker runs this job's rows as.
    pub fn actor(&self) -> Actor {
        Actor::Job { name: self.name.clone(), object_id: self.object_id.clone(), roles: self.roles.clone(), locale: self.locale }
    }

    /// `actor` as stored with the jobs they start.
    pub fn of(actor: &Actor) -> JobActor {
        JobActor {
            name: actor.audit_name(),
            object_id: actor.object_id().map(str::to_owned),
            roles: Role::ALL.into_iter().filter(|role| actor.has(*role)).collect(),
            locale: actor.locale(),
        }
    }
}

/// Starts a job of `kind` with one row per input (all stored in one transaction, so a job is
/// never half created) and returns its number; the worker runs it. Refused unless the kind lets
/// `actor` start it, and for no inputs or more than [`MAX_INPUTS`].
pub async fn create(db: &Db, actor: &Actor, kind: &dyn JobKind, inputs: Vec<Value>) -> Result<JobId, Error> {
    kind.may_start(actor)?;
    if inputs.is_empty() {
        return Err(Error::Invalid(tr!(actor.locale(), "jobs-no-rows")));
    }
    if inputs.len() > MAX_INPUTS {
        return Err(Error::Invalid(tr!(actor.locale(), "jobs-too-many-rows", max = MAX_INPUTS, rows = inputs.len())));
    }
    let started_by = JobActor::of(actor);
    let now = timestamp(Utc::now());
    let total = inputs.len() as i64;
    let id = on_db!(db, pool => {
        let mut tx = pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO jobs (kind, actor, actor_id, created_at, updated_at, state, total) \
             VALUES ($1, $2, $3, $4, $4, 'queued', $5) RETURNING id",
        )
        .bind(kind.name())
        .bind(Json(&started_by))
        .bind(&started_by.object_id)
        .bind(&now)
        .bind(total)
        .fetch_one(&mut *tx)
        .await?;
        for (chunk_index, chunk) in inputs.chunks(INSERT_CHUNK).enumerate() {
            let mut insert = sqlx::QueryBuilder::new("INSERT INTO job_rows (job_id, row_number, input, updated_at) ");
            insert.push_values(chunk.iter().enumerate(), |mut row, (index, input)| {
                let number = (chunk_index * INSERT_CHUNK + index + 1) as i64;
                row.push_bind(id).push_bind(number).push_bind(Json(input)).push_bind(&now);
            });
            insert.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        id
    });
    tracing::info!(job = id, kind = kind.name(), rows = total, by = %started_by.name, "job created");
    Ok(JobId(id))
}

/// Only the jobs `actor` started, unless they may see every job (administrators, the command line).
fn visible_to(actor: &Actor) -> Option<&str> {
    if actor.has(Role::Admin) {
        None
    } else {
        Some(actor.object_id().unwrap_or_default())
    }
}

async fn select_jobs(db: &Db, actor: &Actor, id: Option<JobId>, limit: i64) -> Result<Vec<Job>, Error> {
    let owner = visible_to(actor);
    let id = id.map(|id| id.0);
    let records: Vec<JobRecord> = on_db!(db, pool => {
        sqlx::query_as(SELECT_JOBS).bind(owner).bind(id).bind(limit).fetch_all(pool).await?
    });
    records.into_iter().map(Job::try_from).collect()
}

/// The newest `limit` jobs the actor may see (all for administrators, else their own), newest first.
pub async fn list(db: &Db, actor: &Actor, limit: usize) -> Result<Vec<Job>, Error> {
    select_jobs(db, actor, None, limit.try_into().unwrap_or(i64::MAX)).await
}

/// One job the actor may see, with how many of its rows are in each state: the rows are counted
/// in SQL, none is read (what a progress bar polls, however many rows the job has).
pub async fn summary(db: &Db, actor: &Actor, id: JobId) -> Result<Job, Error> {
    let found = select_jobs(db, actor, Some(id), 1).await?.pop();
    found.ok_or_else(|| Error::NotFound(tr!(actor.locale(), "jobs-no-such-job", job = id.to_string())))
}

/// A job with every row: its input, state, result or error, attempts and worker.
pub async fn show(db: &Db, actor: &Actor, id: JobId) -> Result<JobDetail, Error> {
    let job = summary(db, actor, id).await?;
    let records: Vec<RowRecord> = on_db!(db, pool => {
        sqlx::query_as(SELECT_ROWS).bind(id.0).fetch_all(pool).await?
    });
    let rows = records.into_iter().map(JobRow::try_from).collect::<Result<_, _>>()?;
    Ok(JobDetail { job, rows })
}

/// Moves job `id` from one of `from` to `to` (for the actor, who must be able to see it);
/// refuses with `refusal` when it is in another state.
async fn change_state(db: &Db, actor: &Actor, id: JobId, from: &[JobState], to: JobState, refusal: &str) -> Result<Job, Error> {
    let current = summary(db, actor, id).await?;
    let locale = actor.locale();
    let refused = || {
        Error::Invalid(tr!(
            locale,
            "jobs-cannot-change",
            job = id.to_string(),
            state = current.state.name(locale).to_lowercase(),
            refusal = i18n::translate(locale, refusal, &[])
        ))
    };
    if !from.contains(&current.state) {
        return Err(refused());
    }
    let now = timestamp(Utc::now());
    let finished_at = (to == JobState::Cancelled).then_some(&now);
    // The states are our own constants, so they can stand in the SQL text.
    let from = from.iter().map(|state| format!("'{}'", state.as_str())).collect::<Vec<_>>().join(", ");
    // A resumed job is queued again if none of its rows has started yet.
    let update = format!(
        "UPDATE jobs SET updated_at = $1, finished_at = $2, state = CASE \
           WHEN $3 = 'running' AND NOT EXISTS (SELECT 1 FROM job_rows WHERE job_id = $4 AND attempts > 0) THEN 'queued' \
           ELSE $3 END \
         WHERE id = $4 AND state IN ({from})"
    );
    let changed = on_db!(db, pool => {
        let mut tx = pool.begin().await?;
        let changed = sqlx::query(&update)
        .bind(&now)
        .bind(finished_at)
        .bind(to.as_str())
        .bind(id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if to == JobState::Cancelled {
            sqlx::query("UPDATE job_rows SET state = 'cancelled', updated_at = $1 WHERE job_id = $2 AND state = 'pending'")
                .bind(&now)
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        changed
    });
    // Another instance (or person) changed it in between.
    if changed == 0 {
        return Err(refused());
    }
    tracing::info!(job = id.0, state = to.as_str(), by = %actor.audit_name(), "job state changed");
    summary(db, actor, id).await
}

/// Cancels job `id`: rows that have not started are cancelled; rows already running finish.
pub async fn cancel(db: &Db, actor: &Actor, id: JobId) -> Result<Job, Error> {
    let open = [JobState::Queued, JobState::Running, JobState::Paused];
    change_state(db, actor, id, &open, JobState::Cancelled, "jobs-cancel-refused").await
}

/// Pauses job `id`: no more rows start until [`resume`]; rows already running finish.
pub async fn pause(db: &Db, actor: &Actor, id: JobId) -> Result<Job, Error> {
    let running = [JobState::Queued, JobState::Running];
    change_state(db, actor, id, &running, JobState::Paused, "jobs-pause-refused").await
}

/// Resumes paused job `id`.
pub async fn resume(db: &Db, actor: &Actor, id: JobId) -> Result<Job, Error> {
    change_state(db, actor, id, &[JobState::Paused], JobState::Running, "jobs-resume-refused").await
}

/// How many job rows are in each state, across all jobs (every state, zero included), for the
/// portal's metrics: no actor, as nothing about any one job or person is shown.
pub async fn row_counts_by_state(db: &Db) -> Result<Vec<(RowState, i64)>, Error> {
    const COUNT: &str = "SELECT state, COUNT(*) FROM job_rows GROUP BY state";
    let counted: Vec<(String, i64)> = on_db!(db, pool => sqlx::query_as(COUNT).fetch_all(pool).await?);
    let count = |state: RowState| counted.iter().find(|(stored, _)| stored == state.as_str()).map_or(0, |(_, n)| *n);
    Ok(RowState::ALL.iter().map(|&state| (state, count(state))).collect())
}
