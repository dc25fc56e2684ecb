//! The schema from empty, and re-applied as a no-op, on both databases.

use services::Db;

use crate::common::{postgres_url, TempDir};

const TABLES: [&str; 20] = [
    "audit_events",
    "jobs",
    "job_rows",
    "outbox",
    "settings",
    "session_sids",
    "dashboard_snapshots",
    "guest_selections",
    "guest_lifecycle",
    "extension_requests",
    "bulk_invites",
    "review_campaigns",
    "review_items",
    "review_reviewers",
    "lifecycle_rules",
    "lifecycle_rule_actions",
    "invitation_requests",
    "settings_versions",
    "audit_archives",
    "languages",
];

async fn migrates_once(db: &Db) {
    let first = db.migrate().await.unwrap();
    assert_eq!(first.applied, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19], "an empty database gets every migration");
    assert_eq!(first.current, Some(19));
    let again = db.migrate().await.unwrap();
    assert!(again.applied.is_empty(), "re-applying is a no-op");
    assert_eq!(again.current, Some(19));
    for table in TABLES {
        let count = format!("SELECT COUNT(*) FROM {table}");
        let rows: i64 = match db {
            Db::Sqlite(pool) => sqlx::query_scalar(&count).fetch_one(pool).await.unwrap(),
            Db::Postgres(pool) => sqlx::query_scalar(&count).fetch_one(pool).await.unwrap(),
        };
        assert_eq!(rows, 0, "{table} exists, empty");
    }
    // The kill switch's one row is there from the start (off).
    let controls = "SELECT COUNT(*) FROM review_controls";
    let rows: i64 = match db {
        Db::Sqlite(pool) => sqlx::query_scalar(controls).fetch_one(pool).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(controls).fetch_one(pool).await.unwrap(),
    };
    assert_eq!(rows, 1, "review_controls holds its one row");
}

#[tokio::test]
async fn the_schema_is_created_from_empty_and_reapplying_it_does_nothing_on_sqlite() {
    let dir = TempDir::new();
    let db = Db::connect(&format!("sqlite://{}/fresh.db", dir.path().display())).await.unwrap();
    migrates_once(&db).await;
}

#[tokio::test]
async fn the_schema_is_created_from_empty_and_reapplying_it_does_nothing_on_postgres() {
    let Some(url) = postgres_url("migrations").await else { return };
    migrates_once(&Db::connect(&url).await.unwrap()).await;
}
