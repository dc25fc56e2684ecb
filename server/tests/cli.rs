//! The `guestlist` command line, run as a process: help, usage errors, migrations, the audit
//! export, jobs, the worker's start and the sandbox commands. (The worker's work is tested in
//! `worker.rs`, two of them on PostgreSQL.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use services::audit::{self, AuditAction, AuditOutcome, Entry};
use services::{Actor, Db};

struct Dir(PathBuf);

impl Dir {
    fn new() -> Dir {
        let dir = std::env::temp_dir().join(format!("guestlist-cli-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        Dir(dir)
    }

    fn database_url(&self) -> String {
        format!("sqlite://{}/guestlist.db", self.0.display())
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn guestlist(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guestlist"))
        .args(args)
        .env("GUESTLIST_DATA_DIR", dir)
        .env("GUESTLIST_DATABASE_URL", format!("sqlite://{}/guestlist.db", dir.display()))
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_subcommand_has_help_and_mistakes_exit_with_2() {
    let dir = Dir::new();
    for args in [&["--help"][..], &["serve", "--help"], &["migrate", "--help"], &["worker", "--help"], &["jobs", "--help"], &["jobs", "show", "--help"], &["audit", "export", "--help"], &["sandbox", "--help"], &["sandbox", "seed", "--help"], &["guests", "export", "--help"], &["bulk-invite", "--help"]] {
        let out = guestlist(&dir.0, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Usage: guestlist"), "{args:?}");
    }
    for args in [&["frobnicate"][..], &["sandbox", "seed", "--guests", "many"], &["audit", "export", "--format", "xml"], &["bulk-invite"]] {
        let out = guestlist(&dir.0, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!text(&out.stderr).is_empty());
    }
    let bad_setting = Command::new(env!("CARGO_BIN_EXE_guestlist"))
        .arg("migrate")
        .env("GUESTLIST_INVITE_CREDENTIAL", "both")
        .output()
        .unwrap();
    assert_eq!(bad_setting.status.code(), Some(2));
    assert!(text(&bad_setting.stderr).contains("GUESTLIST_INVITE_CREDENTIAL"));
}

#[test]
fn migrate_applies_the_migrations_once() {
    let dir = Dir::new();
    let first = guestlist(&dir.0, &["migrate"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).starts_with("Applied migrations"), "{}", text(&first.stdout));
    let again = guestlist(&dir.0, &["migrate"]);
    assert!(again.status.success());
    assert!(text(&again.stdout).starts_with("The database is up to date"), "{}", text(&again.stdout));
    let broken = Command::new(env!("CARGO_BIN_EXE_guestlist")).arg("migrate").env("GUESTLIST_DATABASE_URL", "postgres://127.0.0.1:1/none").output().unwrap();
    assert_eq!(broken.status.code(), Some(1));
    assert!(text(&broken.stderr).contains("Could not open the database"), "{}", text(&broken.stderr));
}

#[tokio::test]
async fn the_audit_trail_exports_as_csv_and_json_lines() {
    let dir = Dir::new();
    let db = Db::connect(&dir.database_url()).await.unwrap();
    db.migrate().await.unwrap();
    let ops = Actor::Operator { name: "ops".into() };
    for (target, outcome) in [("=cmd@fabrikam.example", AuditOutcome::Refused), ("ann@fabrikam.example", AuditOutcome::Invited)] {
        audit::record(&db, &ops, Entry::new(AuditAction::Invite, target, outcome)).await.unwrap();
    }
    let csv = guestlist(&dir.0, &["audit", "export"]);
    assert!(csv.status.success(), "{}", text(&csv.stderr));
    let lines: Vec<String> = text(&csv.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("\"id\",\"at\",\"actor\""));
    assert!(lines[1].contains("\"'=cmd@fabrikam.example\"") && lines[1].contains("\"Refused\""), "formula cells are neutralised");
    assert!(text(&csv.stderr).contains("Exported 2 audit events."));

    let file = dir.0.join("audit.jsonl");
    let json = guestlist(&dir.0, &["audit", "export", "--format", "json", "--output", file.to_str().unwrap()]);
    assert!(json.status.success(), "{}", text(&json.stderr));
    let events: Vec<serde_json::Value> =
        std::fs::read_to_string(&file).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(events.len(), 2);
    assert_eq!(events[1]["target"], "ann@fabrikam.example");
    assert_eq!(events[1]["outcome"], "Invited");

    let none = guestlist(&dir.0, &["audit", "export", "--since", "2999-01-01"]);
    assert_eq!(text(&none.stdout).lines().count(), 1, "only the header");
}

#[tokio::test]
async fn the_sandbox_is_seeded_reset_and_served() {
    let dir = Dir::new();
    let seed = guestlist(&dir.0, &["sandbox", "seed", "--guests", "60"]);
    assert!(seed.status.success(), "{}", text(&seed.stderr));
    assert_eq!(text(&seed.stdout).trim(), "The sandbox tenant now has at least 60 guests.");
    let reset = guestlist(&dir.0, &["sandbox", "reset"]);
    assert!(reset.status.success(), "{}", text(&reset.stderr));
    assert!(text(&reset.stdout).contains("was reset to its seed"));

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let mut served = Command::new(env!("CARGO_BIN_EXE_guestlist"))
        .args(["sandbox", "serve", "--addr", &addr])
        .env("GUESTLIST_DATA_DIR", &dir.0)
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://{addr}/_sandbox/tenant.json");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let tenant = loop {
        match reqwest::get(&url).await {
            Ok(response) if response.status().is_success() => break response.json::<serde_json::Value>().await.unwrap(),
            _ if std::time::Instant::now() < deadline => tokio::time::sleep(std::time::Duration::from_millis(200)).await,
            other => panic!("the sandbox did not start: {other:?}"),
        }
    };
    // The Guests list's view exported from the served tenant, page by page.
    let export = |filter: &str| {
        Command::new(env!("CARGO_BIN_EXE_guestlist"))
            .args(["guests", "export", "--filter", filter])
            .env("GUESTLIST_DATA_DIR", &dir.0)
            .env("GUESTLIST_DATABASE_URL", dir.database_url())
            .env("GUESTLIST_PUBLIC_URL", format!("http://{addr}"))
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let pending = export("status=pending&cols=name,status");
    let bad = export("pending_days=many");
    served.kill().unwrap();
    served.wait().unwrap();
    assert!(pending.status.success(), "{}", text(&pending.stderr));
    let lines: Vec<String> = text(&pending.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines[0], "\"Name\",\"Status\"");
    assert!(lines.len() > 1 && lines[1..].iter().all(|l| l.contains("\"Pending")), "{lines:?}");
    assert!(text(&pending.stderr).contains(&format!("Exported {} external users.", lines.len() - 1)), "{}", text(&pending.stderr));
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("is not a number of days"), "{}", text(&bad.stderr));
    assert!(tenant["tenantId"].is_string(), "{tenant}");
    assert!(tenant["people"].as_array().is_some_and(|p| !p.is_empty()));
}

#[tokio::test]
async fn jobs_are_listed_shown_paused_resumed_and_cancelled() {
    let dir = Dir::new();
    let db = Db::connect(&dir.database_url()).await.unwrap();
    db.migrate().await.unwrap();
    let forms = ["ann@fabrikam.example", "bob@fabrikam.example"]
        .map(|email| serde_json::json!({ "email": email, "sponsors": "grace.okafor@northwind.example" }));
    let id = services::jobs::create(&db, &Actor::operator(), &services::invite::InviteJob, forms.to_vec()).await.unwrap();
    assert_eq!(id.0, 1);

    let list = guestlist(&dir.0, &["jobs", "list"]);
    assert!(list.status.success(), "{}", text(&list.stderr));
    let line = text(&list.stdout);
    assert!(line.starts_with("#1") && line.contains("invite") && line.contains("2 to do"), "{line}");
    let paused = guestlist(&dir.0, &["jobs", "pause", "1"]);
    assert!(text(&paused.stdout).contains("Paused"), "{}", text(&paused.stdout));
    let resumed = guestlist(&dir.0, &["jobs", "resume", "#1"]);
    assert!(!text(&resumed.stdout).contains("Paused"), "{}", text(&resumed.stdout));
    let shown = guestlist(&dir.0, &["jobs", "show", "1"]);
    let rows: Vec<String> = text(&shown.stdout).lines().skip(1).map(str::to_owned).collect();
    assert_eq!(rows.len(), 2, "{}", text(&shown.stdout));
    let cancelled = guestlist(&dir.0, &["jobs", "cancel", "1"]);
    assert!(text(&cancelled.stdout).contains("2 cancelled"), "{}", text(&cancelled.stdout));
    let missing = guestlist(&dir.0, &["jobs", "show", "99"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).starts_with("guestlist: "), "{}", text(&missing.stderr));
}

#[test]
fn a_worker_without_its_tenant_says_where_it_looked() {
    let dir = Dir::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let out = Command::new(env!("CARGO_BIN_EXE_guestlist"))
        .arg("worker")
        .env("GUESTLIST_DATA_DIR", &dir.0)
        .env("GUESTLIST_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&format!("The sandbox tenant is not served at http://127.0.0.1:{port}/_sandbox/tenant.json")), "{}", text(&out.stderr));
}
