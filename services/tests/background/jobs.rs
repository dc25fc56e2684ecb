//! The job runner: rows done exactly once, re-run after their worker died, paused, resumed,
//! cancelled, handed over on shutdown, and shared by two instances on PostgreSQL.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use services::jobs::{self, JobId, JobInfo, JobKind, JobState, Registry, RowState, Runner};
use services::worker::{Worker, WorkerOptions};
use services::{Actor, Clock, Context, Db, Error, Role};
use tokio::sync::{mpsc, Semaphore};

use crate::common::{context, eventually, operator, person, postgres_url, sqlite, TempDir, TestClock, LEASE};

/// Every run of a row: (job, row, attempt).
#[derive(Clone, Default)]
struct Calls(Arc<Mutex<Vec<(i64, i64, i64)>>>);

impl Calls {
    fn record(&self, job: &JobInfo) {
        self.0.lock().unwrap().push((job.id.0, job.row, job.attempt));
    }

    fn all(&self) -> Vec<(i64, i64, i64)> {
        let mut calls = self.0.lock().unwrap().clone();
        calls.sort();
        calls
    }
}

/// Answers with the row's number and attempt; fails rows whose input says `"fail": true`.
struct Echo(Calls);

#[async_trait::async_trait]
impl JobKind for Echo {
    fn name(&self) -> &'static str {
        "echo"
    }

    fn may_start(&self, actor: &Actor) -> Result<(), Error> {
        actor.require_inviter()
    }

    async fn run_row(&self, _ctx: &Context, job: &JobInfo, input: &Value) -> Result<Value, Error> {
        self.0.record(job);
        if input["fail"] == json!(true) {
            return Err(Error::Invalid("The row asked to fail.".into()));
        }
        Ok(json!({ "row": job.row, "attempt": job.attempt, "rerun": job.is_rerun() }))
    }
}

/// Says when a row starts, then waits for the test to let it finish.
#[derive(Clone)]
struct Gate {
    started: mpsc::UnboundedSender<i64>,
    open: Arc<Semaphore>,
}

impl Gate {
    fn new() -> (Gate, mpsc::UnboundedReceiver<i64>) {
        let (started, receiver) = mpsc::unbounded_channel();
        (Gate { started, open: Arc::new(Semaphore::new(0)) }, receiver)
    }
}

#[async_trait::async_trait]
impl JobKind for Gate {
    fn name(&self) -> &'static str {
        "gate"
    }

    async fn run_row(&self, _ctx: &Context, job: &JobInfo, _input: &Value) -> Result<Value, Error> {
        let _ = self.started.send(job.row);
        self.open.acquire().await.expect("the gate stays").forget();
        Ok(json!({ "attempt": job.attempt }))
    }
}

/// A job of `rows` [`Gate`] rows in a fresh SQLite database, with what runs it.
struct Gated {
    db: Db,
    _dir: TempDir,
    gate: Gate,
    started: mpsc::UnboundedReceiver<i64>,
    id: JobId,
    registry: Registry,
    ctx: Context,
}

async fn gated_job(rows: usize) -> Gated {
    let (db, _dir) = sqlite().await;
    let (gate, started) = Gate::new();
    let id = jobs::create(&db, &operator(), &gate, inputs(rows)).await.unwrap();
    let registry = Registry::new().with(gate.clone());
    let ctx = context(db.clone(), None, Clock::system());
    Gated { db, _dir, gate, started, id, registry, ctx }
}

fn inputs(count: usize) -> Vec<Value> {
    (1..=count).map(|n| json!({ "n": n })).collect()
}

fn runner(ctx: &Context, registry: &Registry, owner: &str) -> Runner {
    Runner::new(ctx.clone(), registry.clone(), owner, LEASE)
}

async fn state(db: &Db, id: JobId) -> JobState {
    jobs::show(db, &operator(), id).await.unwrap().job.state
}

async fn row_states(db: &Db, id: JobId) -> Vec<RowState> {
    jobs::show(db, &operator(), id).await.unwrap().rows.iter().map(|r| r.state).collect()
}

fn quick_options(concurrency: usize, grace: Duration) -> WorkerOptions {
    WorkerOptions {
        lease: LEASE,
        concurrency,
        job_poll: Duration::from_millis(10),
        mail_poll: Duration::from_millis(10),
        grace,
        ..WorkerOptions::default()
    }
}

#[tokio::test]
async fn the_worker_does_every_row_exactly_once_and_the_job_ends_done() {
    let (db, _dir) = sqlite().await;
    let calls = Calls::default();
    let registry = Registry::new().with(Echo(calls.clone()));
    let mut rows = inputs(30);
    rows[4] = json!({ "fail": true });
    rows[20] = json!({ "fail": true });
    let id = jobs::create(&db, &operator(), &Echo(calls.clone()), rows).await.unwrap();
    assert_eq!(state(&db, id).await, JobState::Queued);

    let worker = Worker::spawn(context(db.clone(), None, Clock::system()), registry, quick_options(4, Duration::from_secs(30)));
    assert_eq!(worker.tasks(), ["outbox", "jobs"], "no mailer yet, but the Settings page may set one: the outbox runs");
    eventually("the job is done", || async { state(&db, id).await == JobState::Done }).await;
    worker.shutdown().await;

    let expected: Vec<_> = (1..=30).map(|row| (id.0, row, 1)).collect();
    assert_eq!(calls.all(), expected, "each row once, first attempt");
    let detail = jobs::show(&db, &operator(), id).await.unwrap();
    assert_eq!((detail.job.rows.done, detail.job.rows.failed, detail.job.total), (28, 2, 30));
    assert!(detail.job.finished_at.is_some());
    let failed = &detail.rows[4];
    assert_eq!((failed.number, failed.state), (5, RowState::Failed));
    assert_eq!(failed.error.as_deref(), Some("The row asked to fail."));
    let done = &detail.rows[0];
    assert_eq!(done.result, Some(json!({ "row": 1, "attempt": 1, "rerun": false })));
    assert_eq!((done.input.clone(), done.attempts, done.lease_until.clone()), (json!({ "n": 1 }), 1, None));
}

/// A worker claims rows and dies: the rows stay its own until the lease runs out, then another
/// worker runs them, told that it is the second attempt.
async fn worker_died(db: Db) {
    let clock = TestClock::new();
    let ctx = context(db.clone(), None, clock.clock());
    let calls = Calls::default();
    let registry = Registry::new().with(Echo(calls.clone()));
    let id = jobs::create(&db, &operator(), &Echo(calls.clone()), inputs(3)).await.unwrap();

    let dying = runner(&ctx, &registry, "dying");
    let claimed = dying.claim(2).await.unwrap();
    assert_eq!(claimed.iter().map(|c| (c.info.row, c.info.attempt)).collect::<Vec<_>>(), [(1, 1), (2, 1)]);
    assert_eq!(claimed[0].info.started_by.name, "ops (command line)");
    assert_eq!(claimed[0].input, json!({ "n": 1 }));
    assert_eq!(state(&db, id).await, JobState::Running);
    drop(claimed); // the worker is gone

    let survivor = runner(&ctx, &registry, "survivor");
    assert_eq!(survivor.run_due(4).await.unwrap(), 1, "only row 3 is free while the leases hold");
    assert_eq!(row_states(&db, id).await, [RowState::InFlight, RowState::InFlight, RowState::Done]);
    assert_eq!(state(&db, id).await, JobState::Running);

    clock.advance(LEASE + Duration::from_secs(1));
    assert_eq!(survivor.run_due(4).await.unwrap(), 2);
    assert_eq!(calls.all(), [(id.0, 1, 2), (id.0, 2, 2), (id.0, 3, 1)]);
    let detail = jobs::show(&db, &operator(), id).await.unwrap();
    assert_eq!(detail.job.state, JobState::Done);
    let first = &detail.rows[0];
    assert_eq!((first.attempts, first.worker.as_deref()), (2, Some("survivor")));
    assert_eq!(first.result, Some(json!({ "row": 1, "attempt": 2, "rerun": true })));
}

on_both_databases!(
    worker_died:
    a_row_whose_worker_died_is_run_again_by_another_as_attempt_2_on_sqlite,
    a_row_whose_worker_died_is_run_again_by_another_as_attempt_2_on_postgres
);

async fn pause_resume_cancel(db: Db) {
    let ctx = context(db.clone(), None, Clock::system());
    let calls = Calls::default();
    let registry = Registry::new().with(Echo(calls.clone()));
    let runner = runner(&ctx, &registry, "instance");
    let ops = operator();

    // Paused before any row started: nothing runs; resumed, it is queued again.
    let id = jobs::create(&db, &ops, &Echo(calls.clone()), inputs(4)).await.unwrap();
    assert_eq!(jobs::pause(&db, &ops, id).await.unwrap().state, JobState::Paused);
    assert!(matches!(jobs::pause(&db, &ops, id).await, Err(Error::Invalid(_))));
    assert_eq!(runner.run_due(4).await.unwrap(), 0);
    assert_eq!(jobs::resume(&db, &ops, id).await.unwrap().state, JobState::Queued);

    // Paused with a row running: that row finishes, the rest waits; resumed, it runs.
    let row1 = runner.claim(1).await.unwrap().pop().unwrap();
    assert_eq!(jobs::pause(&db, &ops, id).await.unwrap().state, JobState::Paused);
    assert_eq!(runner.run(row1).await.unwrap(), Some(RowState::Done));
    assert_eq!(state(&db, id).await, JobState::Paused);
    assert_eq!(runner.run_due(4).await.unwrap(), 0);
    assert_eq!(jobs::resume(&db, &ops, id).await.unwrap().state, JobState::Running);

    // Cancelled with a row running: the pending rows are cancelled, the running one finishes.
    let row2 = runner.claim(1).await.unwrap().pop().unwrap();
    let cancelled = jobs::cancel(&db, &ops, id).await.unwrap();
    assert_eq!((cancelled.state, cancelled.rows.cancelled, cancelled.rows.in_flight), (JobState::Cancelled, 2, 1));
    assert!(cancelled.finished_at.is_some());
    assert_eq!(runner.run(row2).await.unwrap(), Some(RowState::Done));
    assert_eq!(row_states(&db, id).await, [RowState::Done, RowState::Done, RowState::Cancelled, RowState::Cancelled]);
    assert_eq!(state(&db, id).await, JobState::Cancelled);
    assert!(matches!(jobs::resume(&db, &ops, id).await, Err(Error::Invalid(_))));
    assert!(matches!(jobs::cancel(&db, &ops, id).await, Err(Error::Invalid(_))));
    assert_eq!(runner.run_due(4).await.unwrap(), 0);
    assert_eq!(calls.all().len(), 2);
}

on_both_databases!(
    pause_resume_cancel:
    jobs_are_paused_resumed_and_cancelled_on_sqlite,
    jobs_are_paused_resumed_and_cancelled_on_postgres
);

#[tokio::test]
async fn people_see_and_manage_their_own_jobs_and_administrators_all() {
    let (db, _dir) = sqlite().await;
    let kind = Echo(Calls::default());
    let sponsor = person("s-1", &[Role::Sponsor]);
    let ann = person("ann", &[Role::Inviter, Role::Sponsor]);
    let bob = person("bob", &[Role::Inviter]);
    let admin = person("adm", &[Role::Admin]);

    assert_eq!(jobs::create(&db, &sponsor, &kind, inputs(1)).await, Err(Error::NotAllowed { needed: Role::Inviter }));
    assert!(matches!(jobs::create(&db, &ann, &kind, Vec::new()).await, Err(Error::Invalid(_))));
    let too_many = inputs(jobs::MAX_INPUTS + 1);
    assert!(matches!(jobs::create(&db, &ann, &kind, too_many).await, Err(Error::Invalid(_))));

    let id = jobs::create(&db, &ann, &kind, inputs(2)).await.unwrap();
    let listed = jobs::list(&db, &ann, 10).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].started_by.object_id.as_deref(), Some("ann"));
    assert_eq!(listed[0].started_by.roles, [Role::Inviter, Role::Sponsor]);
    assert_eq!((listed[0].kind.as_str(), listed[0].rows.pending), ("echo", 2));

    assert!(jobs::list(&db, &bob, 10).await.unwrap().is_empty());
    assert!(matches!(jobs::show(&db, &bob, id).await, Err(Error::NotFound(_))));
    assert!(matches!(jobs::cancel(&db, &bob, id).await, Err(Error::NotFound(_))));
    assert_eq!(jobs::list(&db, &admin, 10).await.unwrap().len(), 1);
    assert_eq!(jobs::show(&db, &admin, id).await.unwrap().rows.len(), 2);
    assert_eq!(jobs::pause(&db, &ann, id).await.unwrap().state, JobState::Paused);
    assert_eq!(jobs::cancel(&db, &operator(), id).await.unwrap().state, JobState::Cancelled);
}

#[tokio::test]
async fn shutdown_stops_claiming_and_lets_running_rows_finish() {
    let Gated { db, _dir, gate, mut started, id, registry, ctx } = gated_job(3).await;
    let worker = Worker::spawn(ctx, registry, quick_options(1, Duration::from_secs(60)));
    assert_eq!(started.recv().await, Some(1));

    let stopped = worker.shutdown(); // no claims from here on
    gate.open.add_permits(1);
    stopped.await;
    assert_eq!(row_states(&db, id).await, [RowState::Done, RowState::Pending, RowState::Pending]);
    assert!(started.try_recv().is_err(), "no row started after shutdown");
}

#[tokio::test]
async fn shutdown_releases_rows_that_outlast_the_grace_period() {
    let Gated { db, _dir, gate, mut started, id, registry, ctx } = gated_job(2).await;
    let worker = Worker::spawn(ctx.clone(), registry.clone(), quick_options(2, Duration::from_millis(50)));
    for _ in 0..2 {
        started.recv().await.unwrap();
    }
    worker.shutdown().await;

    let detail = jobs::show(&db, &operator(), id).await.unwrap();
    for row in &detail.rows {
        assert_eq!((row.state, row.attempts, row.lease_until.as_deref()), (RowState::Pending, 1, None));
    }
    // Another instance takes them over at once, told they are re-runs.
    gate.open.add_permits(2);
    assert_eq!(runner(&ctx, &registry, "next").run_due(2).await.unwrap(), 2);
    let detail = jobs::show(&db, &operator(), id).await.unwrap();
    assert_eq!(detail.job.state, JobState::Done);
    assert_eq!(detail.rows[0].result, Some(json!({ "attempt": 2 })));
}

#[tokio::test]
async fn a_long_row_keeps_its_lease() {
    let Gated { db, _dir, gate, mut started, id, registry, ctx } = gated_job(1).await;
    let runner = runner(&ctx, &registry, "instance");
    let row = runner.claim(1).await.unwrap().pop().unwrap();
    let lease_until = || async { jobs::show(&db, &operator(), id).await.unwrap().rows[0].lease_until.clone().unwrap() };
    let first = lease_until().await;
    let running = tokio::spawn({
        let runner = runner.clone();
        async move { runner.run(row).await }
    });
    started.recv().await.unwrap();
    // Renewed after half the lease (a second), while the handler still runs.
    eventually("the lease is renewed", || async { lease_until().await > first }).await;
    gate.open.add_permits(1);
    assert_eq!(running.await.unwrap().unwrap(), Some(RowState::Done));
}

#[tokio::test]
async fn two_instances_share_one_job_without_doing_a_row_twice_on_postgres() {
    let Some(url) = postgres_url("jobs shared").await else { return };
    let calls = Calls::default();
    let registry = Registry::new().with(Echo(calls.clone()));
    let mut runners = Vec::new();
    for owner in ["instance-a", "instance-b"] {
        // Each instance with its own pool, as two processes would have.
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        runners.push(runner(&context(db, None, Clock::system()), &registry, owner));
    }
    let db = Db::connect(&url).await.unwrap();
    let id = jobs::create(&db, &operator(), &Echo(calls.clone()), inputs(200)).await.unwrap();

    let tasks: Vec<_> = runners.into_iter().map(|runner| tokio::spawn(async move { runner.run_due(8).await.unwrap() })).collect();
    let mut ran = 0;
    for task in tasks {
        ran += task.await.unwrap();
    }
    assert_eq!(ran, 200);
    assert_eq!(calls.all(), (1..=200).map(|row| (id.0, row, 1)).collect::<Vec<_>>(), "every row once");
    let detail = jobs::show(&db, &operator(), id).await.unwrap();
    assert_eq!((detail.job.state, detail.job.rows.done), (JobState::Done, 200));
    let mut by_worker = BTreeMap::new();
    for row in &detail.rows {
        *by_worker.entry(row.worker.clone().unwrap()).or_insert(0) += 1;
    }
    eprintln!("rows per instance: {by_worker:?}");
}
