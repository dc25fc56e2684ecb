//! The background worker: named tasks that run beside the portal (or alone, as `guestlist
//! worker`) and stop gracefully.
//!
//! - "outbox": delivers due mail every [`WorkerOptions::mail_poll`] ([`crate::outbox`]) through
//!   the mail server in force (the Settings page's over the variables'), while there is one.
//! - "jobs": claims and runs job rows, at most [`WorkerOptions::concurrency`] at a time
//!   ([`crate::jobs`]), when the registry has kinds.
//! - "dashboard": computes the Dashboard's figures every [`WorkerOptions::dashboard_every`], and
//!   soon after an Admin asks ([`crate::guests::dashboard`]).
//! - "end-grace": every [`WorkerOptions::end_grace_every`], mails the sponsors of ended guests
//!   whose deletion is a few days away ([`crate::sponsors::warn_due`]) and deletes those whose
//!   grace period has passed ([`crate::sponsors::delete_due`]); deletes nobody while the kill
//!   switch of review campaigns and lifecycle rules is on.
//! - "reviews": every [`WorkerOptions::reviews_every`], sends the review campaigns' due
//!   reminders and runs the lifecycle rules not run for a day ([`crate::reviews`]).
//! - "request-expiry": every [`WorkerOptions::request_expiry_every`], expires the invitation
//!   requests nobody answered in time and tells their requesters ([`crate::requests::expire_due`]).
//! - "audit-archive": every [`WorkerOptions::audit_archive`] period, moves the audit rows past the
//!   Settings page's retention into a file in its folder ([`crate::archive::archive_due`]).
//!
//! ```ignore
//! let worker = Worker::spawn(ctx.clone(), Registry::guestlist(), WorkerOptions::default());
//! shutdown_signal().await; // SIGTERM or Ctrl-C
//! worker.shutdown().await;
//! ```
//!
//! [`WorkerHandle::shutdown`] stops claiming at once, gives the rows and the mail in progress
//! [`WorkerOptions::grace`] to finish, then cuts them off and releases their leases, so that
//! another instance takes them over at once instead of after the lease. Any number of instances
//! may run workers on one PostgreSQL database; on SQLite, run one.

use std::future::Future;
use std::time::Duration;

use tokio::task::{JoinError, JoinSet};
use tokio_util::sync::CancellationToken;
use tracing::Instrument as _;

use crate::jobs::{Registry, Runner};
use crate::mail::Mailer;
use crate::guests::dashboard;
use crate::{archive, outbox, requests, reviews, sponsors, Context};

/// How the worker runs.
#[derive(Clone, Debug)]
pub struct WorkerOptions {
    /// This instance's name in the leases; unique per process ([`instance_id`]).
    pub owner: String,
    /// How long a claim on a job row holds unless renewed (renewed every half lease).
    pub lease: Duration,
    /// Job rows run at the same time.
    pub concurrency: usize,
    /// How often to look for job rows when there was nothing to do.
    pub job_poll: Duration,
    /// How often to look for due mail.
    pub mail_poll: Duration,
    /// How long shutdown waits for the work in progress to finish.
    pub grace: Duration,
    /// How often the Dashboard's figures are computed anew; `None` (the default) leaves it to
    /// other instances.
    pub dashboard_every: Option<Duration>,
    /// How often to look whether an Admin asked for new Dashboard figures.
    pub dashboard_poll: Duration,
    /// How often to delete the ended guests whose grace period has passed; `None` (the default)
    /// leaves it to other instances.
    pub end_grace_every: Option<Duration>,
    /// How often to send the campaigns' due reminders and run the lifecycle rules that are due
    /// (each rule runs once a day); `None` (the default) leaves it to other instances.
    pub reviews_every: Option<Duration>,
    /// How often to expire unanswered invitation requests; `None` (the default) leaves it to
    /// other instances.
    pub request_expiry_every: Option<Duration>,
    /// Where audit archives go and how often to look for rows past the retention; `None` (the
    /// default) leaves it to other instances.
    pub audit_archive: Option<(std::path::PathBuf, Duration)>,
}

impl Default for WorkerOptions {
    fn default() -> WorkerOptions {
        WorkerOptions {
            owner: instance_id(),
            lease: Duration::from_secs(60),
            concurrency: 4,
            job_poll: Duration::from_secs(1),
            mail_poll: Duration::from_secs(5),
            // Within the 30 seconds container platforms wait between SIGTERM and SIGKILL.
            grace: Duration::from_secs(20),
            dashboard_every: None,
            dashboard_poll: Duration::from_secs(10),
            end_grace_every: None,
            reviews_every: None,
            request_expiry_every: None,
            audit_archive: None,
        }
    }
}

/// A name for this process in leases: host name, process id and a random part (so a restarted
/// process, or one in a container that reuses a pid, never takes over its predecessor's leases).
pub fn instance_id() -> String {
    let host = std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "guestlist".into());
    let random = uuid::Uuid::new_v4().simple().to_string();
    format!("{host}-{}-{}", std::process::id(), &random[..8])
}

/// Starts the worker's tasks.
pub struct Worker;

/// The running worker: call [`WorkerHandle::shutdown`] to stop it (dropping it aborts the tasks
/// without releasing anything).
pub struct WorkerHandle {
    token: CancellationToken,
    tasks: JoinSet<&'static str>,
    names: Vec<&'static str>,
}

impl Worker {
    /// Starts the tasks that have something to do (must be called inside a Tokio runtime).
    pub fn spawn(ctx: Context, registry: Registry, options: WorkerOptions) -> WorkerHandle {
        let token = CancellationToken::new();
        let mut handle = WorkerHandle { token: token.clone(), tasks: JoinSet::new(), names: Vec::new() };
        // Always: the Settings page may set a mail server at any time.
        handle.start("outbox", deliver_mail(ctx.clone(), options.clone(), token.clone()));
        if registry.is_empty() {
            tracing::info!(task = "jobs", "no kinds of job are registered");
        } else {
            let runner = Runner::new(ctx.clone(), registry, options.owner.clone(), options.lease);
            handle.start("jobs", run_jobs(runner, options.clone(), token.clone()));
        }
        match options.end_grace_every {
            Some(every) => handle.start("end-grace", delete_after_grace(ctx.clone(), every, token.clone())),
            None => tracing::info!(task = "end-grace", "deleting ended guests is left to other instances"),
        }
        match options.reviews_every {
            Some(every) => handle.start("reviews", run_reviews(ctx.clone(), every, token.clone())),
            None => tracing::info!(task = "reviews", "review reminders and lifecycle rules are left to other instances"),
        }
        match options.request_expiry_every {
            Some(every) => handle.start("request-expiry", expire_requests(ctx.clone(), every, token.clone())),
            None => tracing::info!(task = "request-expiry", "expiring invitation requests is left to other instances"),
        }
        match options.audit_archive.clone() {
            Some((dir, every)) => handle.start("audit-archive", archive_audit(ctx.clone(), dir, every, token.clone())),
            None => tracing::info!(task = "audit-archive", "archiving old audit rows is left to other instances"),
        }
        match options.dashboard_every {
            Some(every) => handle.start("dashboard", refresh_dashboard(ctx, options.clone(), every, token)),
            None => tracing::info!(task = "dashboard", "the dashboard's figures are left to other instances"),
        }
        tracing::info!(owner = %options.owner, tasks = ?handle.names, "worker started");
        handle
    }
}

impl WorkerHandle {
    fn start(&mut self, name: &'static str, task: impl Future<Output = ()> + Send + 'static) {
        self.names.push(name);
        let named = async move {
            task.await;
            name
        };
        self.tasks.spawn(named.instrument(tracing::info_span!("worker", task = name)));
    }

    /// The tasks that run ("outbox", "jobs").
    pub fn tasks(&self) -> &[&'static str] {
        &self.names
    }

    /// Stops the worker: no more claims from the moment this is called (before the future is
    /// awaited); the future ends once the work in progress finished or, after the grace period,
    /// was cut off and its leases released.
    pub fn shutdown(mut self) -> impl Future<Output = ()> {
        self.token.cancel();
        async move {
            while let Some(joined) = self.tasks.join_next().await {
                match joined {
                    Ok(name) => tracing::info!(task = name, "stopped"),
                    Err(error) => log_failed_task(error),
                }
            }
        }
    }
}

fn log_failed_task(error: JoinError) {
    tracing::error!(%error, "a worker task failed");
}

/// The mail server in force for the "outbox" task, built again only when the Settings page's
/// server or sender changed (so the SMTP connection pool lasts).
#[derive(Default)]
struct MailerInForce {
    built_for: Option<(Option<String>, Option<String>)>,
    mailer: Option<Mailer>,
}

impl MailerInForce {
    async fn get(&mut self, ctx: &Context) -> Option<Mailer> {
        let document = match crate::configuration::current(&ctx.db).await {
            Ok(document) => document,
            Err(error) => {
                tracing::warn!(%error, "could not read the mail settings; using the last ones");
                return self.mailer.clone();
            }
        };
        let key = Some((document.smtp_url.clone(), document.mail_from.clone()));
        if key != self.built_for {
            self.mailer = crate::configuration::mailer_in_force(ctx, &document).unwrap_or_else(|error| {
                tracing::warn!(%error, "queued mail waits");
                None
            });
            if self.mailer.is_none() {
                tracing::info!(task = "outbox", "no mail server is configured; queued mail waits");
            }
            self.built_for = key;
        }
        self.mailer.clone()
    }
}

/// The "outbox" task.
async fn deliver_mail(ctx: Context, options: WorkerOptions, token: CancellationToken) {
    let mut in_force = MailerInForce::default();
    loop {
        let Some(mailer) = in_force.get(&ctx).await else {
            tokio::select! {
                () = token.cancelled() => return,
                () = tokio::time::sleep(options.mail_poll) => continue,
            }
        };
        let delivery = outbox::deliver_due(&ctx.db, &mailer, &options.owner, ctx.clock.now());
        let cut_off = async {
            token.cancelled().await;
            tokio::time::sleep(options.grace).await;
        };
        tokio::select! {
            delivered = delivery => match delivered {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "mail delivered"),
                Err(error) => tracing::warn!(%error, "could not deliver the outbox"),
            },
            () = cut_off => {
                match outbox::release(&ctx.db, &options.owner).await {
                    Ok(released) => tracing::warn!(released, "sending was cut off at shutdown; the mail is due again"),
                    Err(error) => tracing::error!(%error, "could not release the mail being sent; it is due again after its lease"),
                }
                return;
            }
        }
        tokio::select! {
            () = token.cancelled() => return,
            () = tokio::time::sleep(options.mail_poll) => {}
        }
    }
}

/// The "dashboard" task. Shutdown cuts a computation off at once (it only reads) and hands its
/// claim back, so another instance can start over.
async fn refresh_dashboard(ctx: Context, options: WorkerOptions, every: Duration, token: CancellationToken) {
    loop {
        tokio::select! {
            refreshed = dashboard::refresh_if_due(&ctx, &options.owner, every) => {
                if let Err(error) = refreshed {
                    tracing::warn!(%error, "could not compute the dashboard's figures; trying again later");
                }
            }
            () = token.cancelled() => {
                if let Err(error) = dashboard::release(&ctx.db, &options.owner).await {
                    tracing::warn!(%error, "could not hand back the dashboard's computation; another instance takes it after its lease");
                }
                return;
            }
        }
        tokio::select! {
            () = token.cancelled() => return,
            () = tokio::time::sleep(options.dashboard_poll) => {}
        }
    }
}

/// The "end-grace" task. A run is never cut off (a deletion must not lose its audit row); it
/// deletes at most a few dozen guests, and shutdown waits for it.
async fn delete_after_grace(ctx: Context, every: Duration, token: CancellationToken) {
    while !token.is_cancelled() {
        match sponsors::warn_due(&ctx).await {
            Ok(0) => {}
            Ok(warned) => tracing::info!(warned, "sponsors told that their ended guests are deleted soon"),
            Err(error) => tracing::warn!(%error, "could not tell sponsors about the coming deletions; trying again later"),
        }
        let deleting = match reviews::kill_switch(&ctx).await {
            Ok(false) => sponsors::delete_due(&ctx).await,
            Ok(true) => Ok(0),
            Err(error) => Err(error),
        };
        match deleting {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "ended guests deleted after their grace period"),
            Err(error) => tracing::warn!(%error, "could not delete the ended guests whose grace period passed; trying again later"),
        }
        tokio::select! {
            () = token.cancelled() => return,
            () = tokio::time::sleep(every) => {}
        }
    }
}

/// The "reviews" task. Like "end-grace", a run is never cut off: each change writes its audit row.
async fn run_reviews(ctx: Context, every: Duration, token: CancellationToken) {
    while !token.is_cancelled() {
        match reviews::send_due_reminders(&ctx).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "review reminders queued"),
            Err(error) => tracing::warn!(%error, "could not send the review reminders; trying again later"),
        }
        match reviews::run_due(&ctx).await {
            Ok(0) => {}
            Ok(ran) => tracing::info!(ran, "lifecycle rules ran"),
            Err(error) => tracing::warn!(%error, "could not run the lifecycle rules; trying again later"),
        }
        tokio::select! {
            () = token.cancelled() => return,
            () = tokio::time::sleep(every) => {}
        }
    }
}

/// The "request-expiry" task; like "end-grace", a run is never cut off (each expiry writes its
/// audit row and mail).
async fn expire_requests(ctx: Context, every: Duration, token: CancellationToken) {
    while !token.is_cancelled() {
        match requests::expire_due(&ctx).await {
            Ok(0) => {}
            Ok(expired) => tracing::info!(expired, "invitation requests expired"),
            Err(error) => tracing::warn!(%error, "could not expire the unanswered invitation requests; trying again later"),
        }
        tokio::select! {
            () = token.cancelled() => return,
            () = tokio::time::sleep(every) => {}
        }
    }
}

/// The "audit-archive" task; a run is never cut off (its file and its deletion go together).
async fn archive_audit(ctx: Context, dir: std::path::PathBuf, every: Duration, token: CancellationToken) {
    while !token.is_cancelled() {
        match archive::archive_due(&ctx, &dir).await {
            Ok(None) => {}
            Ok(Some(done)) => tracing::info!(rows = done.row_count, file = %done.file, "old audit rows archived"),
            Err(error) => tracing::warn!(%error, "could not archive the old audit rows; trying again later"),
        }
        tokio::select! {
            () = token.cancelled() => return,
            () = tokio::time::sleep(every) => {}
        }
    }
}

/// The "jobs" task.
async fn run_jobs(runner: Runner, options: WorkerOptions, token: CancellationToken) {
    let concurrency = options.concurrency.max(1);
    let mut running = JoinSet::new();
    loop {
        let free = concurrency.saturating_sub(running.len());
        if free > 0 {
            match runner.claim(free).await {
                Ok(rows) => {
                    for row in rows {
                        let runner = runner.clone();
                        let run = async move {
                            if let Err(error) = runner.run(row).await {
                                tracing::warn!(%error, "could not record how a row ended; it runs again after its lease");
                            }
                        };
                        running.spawn(run.in_current_span());
                    }
                }
                Err(error) => tracing::warn!(%error, "could not claim job rows"),
            }
        }
        // Claim again when a row ends, when it is time to look again, or stop.
        tokio::select! {
            biased;
            () = token.cancelled() => break,
            Some(joined) = running.join_next(), if !running.is_empty() => {
                if let Err(error) = joined {
                    log_failed_task(error);
                }
            }
            () = tokio::time::sleep(options.job_poll) => {}
        }
    }
    let finished = tokio::time::timeout(options.grace, async {
        while let Some(joined) = running.join_next().await {
            if let Err(error) = joined {
                log_failed_task(error);
            }
        }
    })
    .await;
    if finished.is_err() {
        running.abort_all();
        while running.join_next().await.is_some() {}
        match runner.release().await {
            Ok(released) => tracing::warn!(released, "rows still running after the grace period were released for another instance"),
            Err(error) => tracing::error!(%error, "could not release the rows; another instance takes them after their lease"),
        }
    }
}
