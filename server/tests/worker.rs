//! Killed processes and the jobs they leave behind. Two `guestlist worker` processes on one
//! PostgreSQL database share a job of many invitations; one is killed with SIGKILL in the middle.
//! A bulk invitation survives its killed `guestlist bulk-invite`, and the killed portal itself.
//! Every row must end done exactly once, and every address must be invited exactly once in the
//! sandbox's directory. The bulk-invite command is also run to its end here.
//!
//! The first test needs a PostgreSQL server (`scripts/test-postgres` provides one, as `make test`
//! does); without GUESTLIST_TEST_DATABASE_URL it says it was skipped.

use std::collections::BTreeMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use graph::{Filter, Query};
use services::bulk;
use services::invite::{InviteForm, InviteJob};
use services::jobs::{self, JobId, JobState, RowState};
use services::{Actor, Db};
use sqlx::Connection;

const ROWS: usize = 120;
const PREFIX: &str = "kill-test-";

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn guestlist(args: &[&str], vars: &[(&str, &str)]) -> Killed {
    let mut command = Command::new(env!("CARGO_BIN_EXE_guestlist"));
    command.args(args).env("RUST_LOG", "warn").stdout(Stdio::null());
    for (name, value) in vars {
        command.env(name, value);
    }
    Killed(command.spawn().unwrap())
}

async fn fresh_database(server: &str) -> String {
    let mut admin = sqlx::PgConnection::connect(server).await.expect("the test PostgreSQL server answers");
    let name = format!("guestlist_worker_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
    let mut url = url::Url::parse(server).unwrap();
    url.set_path(&name);
    url.into()
}

async fn until<T>(what: &str, timeout: Duration, mut check: impl AsyncFnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The sandbox tenant in a process of its own on a free port, with its data in `data_dir`;
/// returns the process and its URL once it answers.
async fn served_sandbox(data_dir: &str) -> (Killed, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let sandbox = guestlist(&["sandbox", "serve", "--addr", &addr], &[("GUESTLIST_DATA_DIR", data_dir)]);
    let public_url = format!("http://{addr}");
    until("the sandbox answers", Duration::from_secs(60), async || {
        reqwest::get(format!("{public_url}/_sandbox/tenant.json")).await.ok().filter(|r| r.status().is_success())
    })
    .await;
    (sandbox, public_url)
}

async fn healthy(url: &str) -> Option<reqwest::Response> {
    reqwest::get(format!("{url}/healthz")).await.ok().filter(|r| r.status().is_success())
}

/// How many guests of the directory have an address starting with `prefix`, and how many
/// different addresses they have, read over Graph as the portal would.
async fn guests_with_prefix(ctx: &services::Context, prefix: &str) -> (usize, usize) {
    let query = Query::new().select(&["mail"]).filter(Filter::starts_with("mail", prefix)).top(999);
    let guests: Vec<graph::User> = ctx.app().users(query).try_collect().await.unwrap();
    let mut mails: Vec<String> = guests.into_iter().filter_map(|u| u.mail).collect();
    let all = mails.len();
    mails.sort();
    mails.dedup();
    (all, mails.len())
}

#[tokio::test]
async fn a_job_survives_a_killed_worker_with_every_row_done_exactly_once() {
    let Ok(server) = std::env::var("GUESTLIST_TEST_DATABASE_URL") else {
        eprintln!("skipped: GUESTLIST_TEST_DATABASE_URL is not set (scripts/test-postgres sets it)");
        return;
    };
    let database_url = fresh_database(&server).await;
    let data = std::env::temp_dir().join(format!("guestlist-worker-{}", uuid::Uuid::new_v4()));
    let data_dir = data.display().to_string();

    // The tenant: the sandbox in a process of its own, reached by the workers over HTTP.
    let (_sandbox, public_url) = served_sandbox(&data_dir).await;

    let db = Db::connect(&database_url).await.unwrap();
    db.migrate().await.unwrap();
    let forms: Vec<serde_json::Value> = (0..ROWS)
        .map(|n| {
            let form = InviteForm {
                email: format!("{PREFIX}{n}@fabrikam.example"),
                sponsors: "grace.okafor@northwind.example".into(),
                redirect_url: "https://myapps.microsoft.com/".into(),
                ..InviteForm::default()
            };
            serde_json::to_value(form).unwrap()
        })
        .collect();
    let job = jobs::create(&db, &Actor::operator(), &InviteJob, forms).await.unwrap();

    let worker_vars = [
        ("GUESTLIST_DATABASE_URL", database_url.as_str()),
        ("GUESTLIST_PUBLIC_URL", public_url.as_str()),
        ("GUESTLIST_DATA_DIR", data_dir.as_str()),
        ("GUESTLIST_JOB_LEASE_SECONDS", "3"),
    ];
    let mut first = guestlist(&["worker"], &worker_vars);
    let _second = guestlist(&["worker"], &worker_vars);

    let ops = Actor::operator();
    let show = async |id: JobId| jobs::show(&db, &ops, id).await.unwrap();
    let done_at_kill = until("a part of the job is done", Duration::from_secs(120), async || {
        let detail = show(job).await;
        (detail.job.rows.done >= 20).then_some(detail.job.rows.done)
    })
    .await;
    first.0.kill().unwrap(); // SIGKILL: no chance to release its leases.
    first.0.wait().unwrap();
    assert!(done_at_kill < ROWS as i64, "the worker was killed in the middle of the job");

    let detail = until("the job is done", Duration::from_secs(180), async || {
        let detail = show(job).await;
        (detail.job.state == JobState::Done).then_some(detail)
    })
    .await;
    assert_eq!((detail.job.rows.done, detail.job.rows.failed), (ROWS as i64, 0), "{:?}", detail.job);
    assert!(detail.rows.iter().all(|row| row.state == RowState::Done), "every row done");
    let workers: std::collections::BTreeSet<_> = detail.rows.iter().filter_map(|r| r.worker.clone()).collect();
    assert_eq!(workers.len(), 2, "both workers did rows: {workers:?}");
    let rerun = detail.rows.iter().filter(|r| r.attempts > 1).count();
    eprintln!("{done_at_kill} rows were done when the worker was killed; {rerun} ran again after it");

    // Exactly one guest per address in the directory, read over Graph as the portal would.
    let vars = BTreeMap::from([("GUESTLIST_PUBLIC_URL", public_url.clone()), ("GUESTLIST_DATABASE_URL", database_url.clone())]);
    let config = server::config::Config::from_vars(|name| vars.get(name).cloned()).unwrap();
    let ctx = server::standalone_context(&config).await.unwrap();
    assert_eq!(guests_with_prefix(&ctx, PREFIX).await, (ROWS, ROWS), "each address invited exactly once");
    let _ = std::fs::remove_dir_all(&data);
}

const BULK_ROWS: usize = 60;
const BULK_PREFIX: &str = "bulk-kill-";

/// `guestlist bulk-invite` is killed with SIGKILL in the middle of its job; `guestlist worker`
/// on the same (SQLite) database takes the job over. Every row ends done exactly once, and every
/// address is in the sandbox's directory exactly once: the rows in flight at the kill were
/// looked up before being sent again.
#[tokio::test]
async fn a_bulk_invitation_survives_its_killed_command_with_nobody_lost_or_invited_twice() {
    let data = std::env::temp_dir().join(format!("guestlist-bulk-kill-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data).unwrap();
    let data_dir = data.display().to_string();
    let database_url = format!("sqlite://{}/guestlist.db", data.display());
    let (_sandbox, public_url) = served_sandbox(&data_dir).await;

    let file = data.join("team.csv");
    let lines: String = (0..BULK_ROWS).map(|n| format!("{BULK_PREFIX}{n}@fabrikam.example\n")).collect();
    std::fs::write(&file, lines).unwrap();
    let vars = [
        ("GUESTLIST_DATABASE_URL", database_url.as_str()),
        ("GUESTLIST_PUBLIC_URL", public_url.as_str()),
        ("GUESTLIST_DATA_DIR", data_dir.as_str()),
        ("GUESTLIST_JOB_LEASE_SECONDS", "3"),
    ];
    let file_arg = file.display().to_string();
    // First a dry run: the preview as CSV beside the file, nothing sent, no job.
    let mut dry = Command::new(env!("CARGO_BIN_EXE_guestlist"));
    dry.args(["bulk-invite", &file_arg, "--dry-run", "--as", "grace.okafor@northwind.example"]).env("RUST_LOG", "warn");
    for (name, value) in &vars {
        dry.env(name, value);
    }
    let out = dry.output().unwrap();
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{printed} {}", String::from_utf8_lossy(&out.stderr));
    assert!(printed.contains("60 rows: 60 to invite") && printed.contains("Nothing was sent (--dry-run)"), "{printed}");
    let preview = std::fs::read_to_string(data.join("team-preview.csv")).unwrap();
    assert_eq!(preview.matches("\"New\",\"Invite\"").count(), BULK_ROWS, "{preview}");
    let mut command = guestlist(&["bulk-invite", &file_arg, "--as", "grace.okafor@northwind.example"], &vars);

    let ops = Actor::operator();
    let db = until("the command created its database", Duration::from_secs(60), async || {
        let db = Db::connect(&database_url).await.ok()?;
        jobs::list(&db, &ops, 1).await.ok().filter(|jobs| !jobs.is_empty()).map(|_| db)
    })
    .await;
    let job = jobs::list(&db, &ops, 1).await.unwrap()[0].id;
    let done_at_kill = until("a part of the job is done", Duration::from_secs(120), async || {
        let detail = jobs::show(&db, &ops, job).await.unwrap();
        (detail.job.rows.done >= 10).then_some(detail.job.rows.done)
    })
    .await;
    command.0.kill().unwrap(); // SIGKILL: its rows in flight keep their leases until they run out.
    command.0.wait().unwrap();
    assert!(done_at_kill < BULK_ROWS as i64, "the command was killed in the middle of the job");

    let _worker = guestlist(&["worker"], &vars);
    let detail = until("the job is done", Duration::from_secs(180), async || {
        let detail = jobs::show(&db, &ops, job).await.unwrap();
        (detail.job.state == JobState::Done).then_some(detail)
    })
    .await;
    assert_eq!((detail.job.rows.done, detail.job.rows.failed), (BULK_ROWS as i64, 0), "{:?}", detail.job);
    assert_eq!(detail.job.kind, "bulk-invite");
    let rerun = detail.rows.iter().filter(|r| r.attempts > 1).count();
    eprintln!("{done_at_kill} rows were done when the command was killed; {rerun} ran again after it");

    let config_vars = BTreeMap::from([("GUESTLIST_PUBLIC_URL", public_url.clone()), ("GUESTLIST_DATABASE_URL", database_url.clone())]);
    let config = server::config::Config::from_vars(|name| config_vars.get(name).cloned()).unwrap();
    let ctx = server::standalone_context(&config).await.unwrap();
    assert_eq!(guests_with_prefix(&ctx, BULK_PREFIX).await, (BULK_ROWS, BULK_ROWS), "each address invited exactly once");
    let _ = std::fs::remove_dir_all(&data);
}

/// `guestlist bulk-invite` run to its end on Entra's template while Graph refuses one invitation
/// (a 403, as when the app's permission was taken away): the progress bar reaches 100 %, the results CSV beside the file says what became
/// of every row (the failure with Graph's words), and the command exits with 1.
#[tokio::test]
async fn a_bulk_invitation_from_the_command_line_writes_its_results_and_exits_1_when_a_row_failed() {
    let data = std::env::temp_dir().join(format!("guestlist-bulk-cli-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data).unwrap();
    let data_dir = data.display().to_string();
    let (_sandbox, public_url) = served_sandbox(&data_dir).await;
    let failure = serde_json::json!({ "status": 403, "count": 1, "path": "/invitations" });
    let injected = reqwest::Client::new().post(format!("{public_url}/_sandbox/faults")).json(&failure).send().await.unwrap();
    assert!(injected.status().is_success());

    let file = data.join("partners.csv");
    std::fs::write(
        &file,
        "version:v1.0\r\n\
         Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]\r\n\
         cli.one@fabrikam.example,https://myapps.microsoft.com,true,\"Welcome, One\"\r\n\
         cli.two@fabrikam.example,https://myapps.microsoft.com,false,\r\n\
         cli.three@fabrikam.example,https://myapps.microsoft.com,true,\r\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_guestlist"))
        .args(["bulk-invite", &file.display().to_string(), "--as", "grace.okafor@northwind.example"])
        .env("GUESTLIST_DATABASE_URL", format!("sqlite://{}/guestlist.db", data.display()))
        .env("GUESTLIST_PUBLIC_URL", &public_url)
        .env("GUESTLIST_DATA_DIR", &data_dir)
        .env("GUESTLIST_WORKER_CONCURRENCY", "1")
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    let (printed, progress) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{printed} {progress}");
    assert!(printed.contains("3 rows: 3 to invite") && printed.contains("Job 1 started: 3 rows to send."), "{printed}");
    assert!(printed.contains("1 row failed: see why there."), "{printed}");
    assert!(progress.contains("[####################] 100 % 2 of 3 done, 1 failed, 0 remaining."), "{progress}");

    // One row at a time (GUESTLIST_WORKER_CONCURRENCY=1): the first invitation met the 403.
    let results = std::fs::read_to_string(data.join("partners-results.csv")).unwrap();
    let row = |mail: &str| results.lines().find(|l| l.contains(mail)).unwrap_or_else(|| panic!("{mail} in {results}")).to_owned();
    assert_eq!(results.lines().count(), 4, "{results}");
    let one = row("cli.one@fabrikam.example");
    assert!(one.starts_with("\"3\",\"cli.one@fabrikam.example\",\"\",\"Failed\",\"\",\"\",\""), "{one}");
    assert!(!one.ends_with(",\"\",\"\""), "the failure is explained: {one}");
    let two = row("cli.two@fabrikam.example");
    assert!(two.contains("\"Invited\"") && two.contains("/redeem?"), "no mail to cli.two: the link is in the file: {two}");
    assert!(row("cli.three@fabrikam.example").contains("\"Invited\""), "{results}");
    let _ = std::fs::remove_dir_all(&data);
}

const PORTAL_ROWS: usize = 40;
const PORTAL_PREFIX: &str = "portal-kill-";

/// The portal itself (`guestlist serve`: its worker and its sandbox tenant in one process) is
/// killed with SIGKILL while its worker runs a bulk invitation, with rows held up right after
/// Graph created their guest (the group step stalls); the portal started again on the same data
/// takes the job over. Every row ends done, every address is in the directory exactly once, and
/// the rows cut off after their invitation were found there instead of being invited again.
#[tokio::test]
async fn a_bulk_invitation_survives_a_killed_portal_started_again_on_the_same_data() {
    let data = std::env::temp_dir().join(format!("guestlist-portal-kill-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data).unwrap();
    let data_dir = data.display().to_string();
    let database_url = format!("sqlite://{}/guestlist.db", data.display());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let public_url = format!("http://{addr}");
    let vars = [
        ("GUESTLIST_ADDR", addr.as_str()),
        ("GUESTLIST_DATA_DIR", data_dir.as_str()),
        ("GUESTLIST_DATABASE_URL", database_url.as_str()),
        ("GUESTLIST_JOB_LEASE_SECONDS", "3"),
    ];
    let mut portal = guestlist(&["serve"], &vars);
    until("the portal answers", Duration::from_secs(120), async || healthy(&public_url).await).await;
    // Faults live in the sandbox's memory: the portal started again has none.
    let stall = serde_json::json!({ "delayMs": 30_000, "count": 1000, "path": "/members/$ref" });
    let injected = reqwest::Client::new().post(format!("{public_url}/_sandbox/faults")).json(&stall).send().await.unwrap();
    assert!(injected.status().is_success());

    let config_vars = BTreeMap::from([("GUESTLIST_PUBLIC_URL", public_url.clone()), ("GUESTLIST_DATABASE_URL", database_url.clone())]);
    let config = server::config::Config::from_vars(|name| config_vars.get(name).cloned()).unwrap();
    let ctx = server::standalone_context(&config).await.unwrap();
    let ops = Actor::operator();
    let file: String = std::iter::once("email,sponsors,groups\n".to_owned())
        .chain((0..PORTAL_ROWS).map(|n| format!("{PORTAL_PREFIX}{n}@fabrikam.example,grace.okafor@northwind.example,Project Alpha\n")))
        .collect();
    let invite = bulk::preview(&ctx, &ops, "team.csv", file.as_bytes(), &BTreeMap::new()).await.unwrap();
    assert_eq!(invite.totals().to_send, PORTAL_ROWS, "{}", invite.summary(i18n::Locale::En));
    let job = bulk::confirm(&ctx, &ops, &invite.id, "").await.unwrap().expect("a job for the invitations");

    // Kill it once some guests exist whose rows are still held up in the group step.
    let invited_at_kill = until("the portal's worker invited some of them", Duration::from_secs(120), async || {
        let (invited, _) = guests_with_prefix(&ctx, PORTAL_PREFIX).await;
        (invited >= 5).then_some(invited)
    })
    .await;
    let at_kill = jobs::show(&ctx.db, &ops, job).await.unwrap().job.rows;
    portal.0.kill().unwrap();
    portal.0.wait().unwrap();
    assert!(at_kill.done < PORTAL_ROWS as i64 && at_kill.in_flight > 0, "killed in the middle of the job: {at_kill:?}");

    let _again = guestlist(&["serve"], &vars);
    until("the portal answers again", Duration::from_secs(120), async || healthy(&public_url).await).await;
    let detail = until("the job is done", Duration::from_secs(180), async || {
        let detail = jobs::show(&ctx.db, &ops, job).await.unwrap();
        (detail.job.state == JobState::Done).then_some(detail)
    })
    .await;
    assert_eq!((detail.job.rows.done, detail.job.rows.failed), (PORTAL_ROWS as i64, 0), "{:?}", detail.job);
    let found = detail.rows.iter().filter(|r| r.result.as_ref().is_some_and(|v| v["foundAfterInterruption"] == true)).count();
    eprintln!("{invited_at_kill} guests existed when the portal was killed ({at_kill:?}); {found} rows found them afterwards");
    assert!(found >= 1, "the rows cut off after their invitation were looked up, not sent again");
    assert_eq!(guests_with_prefix(&ctx, PORTAL_PREFIX).await, (PORTAL_ROWS, PORTAL_ROWS), "each address invited exactly once");
    let _ = std::fs::remove_dir_all(&data);
}
