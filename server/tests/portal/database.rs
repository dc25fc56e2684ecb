//! The portal's database, SQLite by default or PostgreSQL (`scripts/test-postgres` runs this
//! suite again against a real PostgreSQL server): sessions and the audit trail live there, and
//! the database itself keeps the audit trail append-only.

use sqlx::Connection;

use crate::common::*;

const PRIYA: &str = "priya.natarajan@northwind.example";

/// Runs `sql` on the portal's database; returns the first column of the first row as text, or the error.
async fn query(url: &str, sql: &str) -> Result<Option<String>, sqlx::Error> {
    use sqlx::Row;
    if url.starts_with("postgres") {
        let mut db = sqlx::PgConnection::connect(url).await?;
        let row = sqlx::query(sql).fetch_optional(&mut db).await?;
        Ok(row.map(|r| r.try_get::<String, _>(0)).transpose()?)
    } else {
        let mut db = sqlx::SqliteConnection::connect(url).await?;
        let row = sqlx::query(sql).fetch_optional(&mut db).await?;
        Ok(row.map(|r| r.try_get::<String, _>(0)).transpose()?)
    }
}

#[tokio::test]
async fn sessions_and_the_audit_trail_live_in_the_configured_database_which_refuses_edits() {
    let portal = sandbox_portal().await;
    let expected = if std::env::var("GUESTLIST_TEST_DATABASE_URL").is_ok() { "postgres://" } else { "sqlite:" };
    assert!(portal.database_url.starts_with(expected), "{}", portal.database_url);
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, PRIYA).await;

    let sessions = if portal.database_url.starts_with("postgres") {
        "SELECT count(*)::text FROM tower_sessions.session"
    } else {
        "SELECT CAST(count(*) AS TEXT) FROM tower_sessions"
    };
    assert_eq!(query(&portal.database_url, sessions).await.unwrap().as_deref(), Some("1"));

    // A refused invitation is an audited attempt.
    let base = &portal.base;
    let form = [("form[email]".to_owned(), "ann+work@fabrikam.example".to_owned())];
    let headers = [("accept", "text/html"), ("referer", &format!("{base}/invite")[..]), ("origin", &base[..])];
    let response = browser.post_form(&format!("{base}/api/invite/send"), &form, &headers).await;
    assert_redirect(&response);
    let outcome = query(&portal.database_url, "SELECT outcome FROM audit_events WHERE target = 'ann+work@fabrikam.example'");
    assert_eq!(outcome.await.unwrap().as_deref(), Some("Refused"));

    for edit in ["UPDATE audit_events SET outcome = 'Invited'", "DELETE FROM audit_events"] {
        let error = query(&portal.database_url, edit).await.expect_err(edit).to_string();
        assert!(error.contains("append-only"), "{edit}: {error}");
    }
}
