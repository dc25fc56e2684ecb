//! The append-only audit table, in the portal's database (SQLite or PostgreSQL). The portal
//! only ever inserts and reads; the database itself refuses updates and deletes.

use sqlx::postgres::PgPool;
use sqlx::sqlite::SqlitePool;
use sqlx::Row;

use super::{AuditEvent, AuditFilter};

/// The audit log over the portal's connection pool.
#[derive(Clone, Debug)]
pub enum AuditLog {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// An attempt to record.
pub struct NewEvent<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    /// The options chosen, as JSON.
    pub options: String,
    pub outcome: &'a str,
    pub request_id: Option<&'a str>,
}

const SQLITE_SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS audit_events (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, \
     actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, options TEXT NOT NULL, \
     outcome TEXT NOT NULL, request_id TEXT)",
    "CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
];

const POSTGRES_SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS audit_events (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, \
     actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, options TEXT NOT NULL, \
     outcome TEXT NOT NULL, request_id TEXT)",
    "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS \
     $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events",
    "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events \
     FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
];

const INSERT_SQLITE: &str =
    "INSERT INTO audit_events (at, actor, action, target, options, outcome, request_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
const INSERT_POSTGRES: &str =
    "INSERT INTO audit_events (at, actor, action, target, options, outcome, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7)";
/// Newest first; `text` matches who or to whom, `outcome` the outcome exactly (empty: any).
const SELECT_SQLITE: &str = "SELECT id, at, actor, action, target, options, outcome, request_id FROM audit_events \
     WHERE (actor LIKE ? OR target LIKE ?) AND (? = '' OR outcome = ?) ORDER BY id DESC LIMIT ?";
const SELECT_POSTGRES: &str = "SELECT id, at, actor, action, target, options, outcome, request_id FROM audit_events \
     WHERE (actor ILIKE $1 OR target ILIKE $1) AND ($2 = '' OR outcome = $2) ORDER BY id DESC LIMIT $3";

/// Most rows one page or export shows.
pub const MAX_ROWS: i64 = 5000;

fn event<R: Row>(row: &R) -> Result<AuditEvent, sqlx::Error>
where
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'a> &'a str: sqlx::ColumnIndex<R>,
{
    Ok(AuditEvent {
        id: row.try_get("id")?,
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        target: row.try_get("target")?,
        options: row.try_get("options")?,
        outcome: row.try_get("outcome")?,
        request_id: row.try_get("request_id")?,
    })
}

/// `%text%` for LIKE, with the wildcards in `text` taken literally.
fn contains_pattern(text: &str) -> String {
    format!("%{}%", text.trim().replace(['%', '_', '\\'], ""))
}

impl AuditLog {
    /// Creates the table and its append-only guards if they are missing.
    pub async fn migrate(&self) -> Result<(), sqlx::Error> {
        match self {
            AuditLog::Sqlite(pool) => {
                for statement in SQLITE_SCHEMA {
                    sqlx::query(statement).execute(pool).await?;
                }
            }
            AuditLog::Postgres(pool) => {
                for statement in POSTGRES_SCHEMA {
                    sqlx::query(statement).execute(pool).await?;
                }
            }
        }
        Ok(())
    }

    pub async fn append(&self, event: &NewEvent<'_>) -> Result<(), sqlx::Error> {
        let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        macro_rules! bind_all {
            ($query:expr) => {
                $query
                    .bind(&at)
                    .bind(event.actor)
                    .bind(event.action)
                    .bind(event.target)
                    .bind(&event.options)
                    .bind(event.outcome)
                    .bind(event.request_id)
            };
        }
        match self {
            AuditLog::Sqlite(pool) => bind_all!(sqlx::query(INSERT_SQLITE)).execute(pool).await.map(drop),
            AuditLog::Postgres(pool) => bind_all!(sqlx::query(INSERT_POSTGRES)).execute(pool).await.map(drop),
        }
    }

    pub async fn list(&self, filter: &AuditFilter) -> Result<Vec<AuditEvent>, sqlx::Error> {
        let pattern = contains_pattern(&filter.text);
        match self {
            AuditLog::Sqlite(pool) => {
                let query = sqlx::query(SELECT_SQLITE).bind(&pattern).bind(&pattern).bind(&filter.outcome).bind(&filter.outcome);
                query.bind(MAX_ROWS).fetch_all(pool).await?.iter().map(event).collect()
            }
            AuditLog::Postgres(pool) => {
                let query = sqlx::query(SELECT_POSTGRES).bind(&pattern).bind(&filter.outcome).bind(MAX_ROWS);
                query.fetch_all(pool).await?.iter().map(event).collect()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn log() -> AuditLog {
        let pool = sqlx::sqlite::SqlitePoolOptions::new().max_connections(1).connect("sqlite::memory:").await.unwrap();
        let log = AuditLog::Sqlite(pool);
        log.migrate().await.unwrap();
        log.migrate().await.unwrap();
        log
    }

    fn new<'a>(actor: &'a str, target: &'a str, outcome: &'a str) -> NewEvent<'a> {
        NewEvent { actor, action: "Invite", target, options: "{}".into(), outcome, request_id: None }
    }

    #[tokio::test]
    async fn events_are_listed_newest_first_and_filtered() {
        let log = log().await;
        log.append(&new("Priya", "ann@fabrikam.example", "Invited")).await.unwrap();
        log.append(&new("Grace", "bob@contoso.example", "Refused")).await.unwrap();
        let all = log.list(&AuditFilter::default()).await.unwrap();
        assert_eq!(all.iter().map(|e| e.target.as_str()).collect::<Vec<_>>(), ["bob@contoso.example", "ann@fabrikam.example"]);
        let filter = AuditFilter { text: "FABRIKAM".into(), outcome: String::new() };
        assert_eq!(log.list(&filter).await.unwrap().len(), 1);
        let filter = AuditFilter { text: String::new(), outcome: "Refused".into() };
        assert_eq!(log.list(&filter).await.unwrap()[0].actor, "Grace");
        let filter = AuditFilter { text: "%".into(), outcome: String::new() };
        assert_eq!(log.list(&filter).await.unwrap().len(), 2, "wildcards typed in match nothing special");
    }

    #[tokio::test]
    async fn the_database_refuses_changes_and_deletions() {
        let log = log().await;
        log.append(&new("Priya", "ann@fabrikam.example", "Invited")).await.unwrap();
        let AuditLog::Sqlite(pool) = &log else { unreachable!() };
        assert!(sqlx::query("UPDATE audit_events SET outcome = 'Refused'").execute(pool).await.is_err());
        assert!(sqlx::query("DELETE FROM audit_events").execute(pool).await.is_err());
        assert_eq!(log.list(&AuditFilter::default()).await.unwrap()[0].outcome, "Invited");
    }
}
