//! What the tests share: databases (SQLite in a temporary folder, PostgreSQL when a server is
//! given), a clock the tests move, a Context and actors.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig};
use services::mail::Mailer;
use services::settings::InviteSettings;
use services::{Actor, Clock, Context, Db, Principal, Role};
use sqlx::Connection as _;

/// Set by `scripts/test-postgres` to its throwaway server (a URL whose user may create databases).
pub const POSTGRES_VAR: &str = "GUESTLIST_TEST_DATABASE_URL";

/// The lease the tests use: short, for the tests that wait for a renewal in real time.
pub const LEASE: Duration = Duration::from_secs(2);

/// A folder removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        let path = std::env::temp_dir().join(format!("guestlist-services-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A migrated SQLite database in a file (WAL and several connections, as the portal runs it).
pub async fn sqlite() -> (Db, TempDir) {
    let dir = TempDir::new();
    let db = Db::connect(&format!("sqlite://{}/guestlist.db", dir.path().display())).await.unwrap();
    db.migrate().await.unwrap();
    (db, dir)
}

/// A new, empty database on the PostgreSQL server named by [`POSTGRES_VAR`] (each test its own);
/// `None`, after saying so, when the variable is not set.
pub async fn postgres_url(test: &str) -> Option<String> {
    let Ok(server) = std::env::var(POSTGRES_VAR) else {
        eprintln!("{test}: skipped, {POSTGRES_VAR} is not set (scripts/test-postgres sets it)");
        return None;
    };
    let mut admin = sqlx::PgConnection::connect(&server).await.expect("the test PostgreSQL server answers");
    let name = format!("guestlist_services_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("a test database can be created");
    let mut url = url::Url::parse(&server).expect("the PostgreSQL server URL is a URL");
    url.set_path(&name);
    Some(url.into())
}

/// A migrated PostgreSQL database of its own, or `None` (skipped) without a server.
pub async fn postgres(test: &str) -> Option<Db> {
    let url = postgres_url(test).await?;
    let db = Db::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    Some(db)
}

/// A clock that stands still unless a test moves it.
#[derive(Clone)]
pub struct TestClock {
    start: DateTime<Utc>,
    offset_ms: Arc<AtomicI64>,
}

impl TestClock {
    pub fn new() -> TestClock {
        TestClock { start: Utc::now(), offset_ms: Arc::default() }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.start + chrono::Duration::milliseconds(self.offset_ms.load(Ordering::SeqCst))
    }

    pub fn advance(&self, by: Duration) {
        self.offset_ms.fetch_add(by.as_millis() as i64, Ordering::SeqCst);
    }

    pub fn clock(&self) -> Clock {
        let this = self.clone();
        Clock::from_fn(move || this.now())
    }
}

/// A Context on `db` whose Graph client points nowhere (the tests' handlers do not call Graph).
pub fn context(db: Db, mailer: Option<Mailer>, clock: Clock) -> Context {
    let config = GraphConfig::new("http://127.0.0.1:9/graph", "http://127.0.0.1:9/token", "test-client", "test-secret").unwrap();
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let settings = InviteSettings::from_vars(|_| None).unwrap();
    let mut ctx = Context::new(graph, db, mailer, settings);
    ctx.clock = clock;
    ctx
}

pub fn operator() -> Actor {
    Actor::Operator { name: "ops".into() }
}

/// A signed-in person with `roles`.
pub fn person(object_id: &str, roles: &[Role]) -> Actor {
    let principal = Principal {
        object_id: object_id.into(),
        tenant_id: "tenant".into(),
        name: format!("Person {object_id}"),
        user_principal_name: format!("{object_id}@contoso.example"),
        email: None,
        roles: roles.to_vec(),
    };
    let token = DelegatedToken {
        access_token: "token".into(),
        refresh_token: None,
        expires_at: Utc::now() + chrono::Duration::hours(1),
        scope: None,
    };
    Actor::Person { principal, token: DelegatedSession::new(token), locale: i18n::Locale::En }
}

/// Waits until `check` holds, looking every few milliseconds; fails the test after a minute
/// (a hang, not a timing assertion).
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while !check().await {
        assert!(tokio::time::Instant::now() < deadline, "gave up waiting until {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Declares two tests running `$scenario` (an async fn taking a migrated [`Db`]): `$sqlite` on
/// SQLite, `$postgres` on PostgreSQL when a server is given (else it says it was skipped).
macro_rules! on_both_databases {
    ($scenario:ident: $sqlite:ident, $postgres:ident) => {
        #[tokio::test]
        async fn $sqlite() {
            let (db, _dir) = $crate::common::sqlite().await;
            $scenario(db).await;
        }

        #[tokio::test]
        async fn $postgres() {
            if let Some(db) = $crate::common::postgres(stringify!($postgres)).await {
                $scenario(db).await;
            }
        }
    };
}
