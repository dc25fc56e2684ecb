//! The portal's database and the sessions kept in it (tower-sessions with its sqlx store).

use std::str::FromStr;
use std::time::Duration;

use axum::Router;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};
use tower_sessions::cookie::time;
use tower_sessions::cookie::SameSite;
use tower_sessions::session_store::ExpiredDeletion;
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// The session cookie's name.
pub const COOKIE_NAME: &str = "guestlist_session";
/// Sessions end after this long without a request, as a work day with a margin.
const INACTIVITY_EXPIRY: time::Duration = time::Duration::hours(8);
/// How often expired sessions are deleted from the store.
const CLEANUP_PERIOD: Duration = Duration::from_secs(15 * 60);

/// The portal's own database (not the sandbox's).
#[derive(Clone, Debug)]
pub enum Database {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    #[error("Could not create the folder for the database at {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("Could not open the database {url}: {source}. Check GUESTLIST_DATABASE_URL.")]
    Connect { url: String, source: sqlx::Error },
    #[error("Could not create the session tables: {0}")]
    Migrate(sqlx::Error),
}

impl Database {
    /// Opens `url` (`sqlite://…`, created when missing, or `postgres://…`).
    pub async fn connect(url: &str) -> Result<Database, DatabaseError> {
        let connect_error = |source| DatabaseError::Connect { url: redact(url), source };
        if url.starts_with("postgres") {
            let pool = PgPoolOptions::new().max_connections(10).connect(url).await.map_err(connect_error)?;
            return Ok(Database::Postgres(pool));
        }
        let options = SqliteConnectOptions::from_str(url).map_err(connect_error)?.create_if_missing(true);
        if let Some(folder) = options.get_filename().parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|source| DatabaseError::Folder { path: folder.display().to_string(), source })?;
        }
        let pool = SqlitePoolOptions::new().max_connections(5).connect_with(options).await.map_err(connect_error)?;
        Ok(Database::Sqlite(pool))
    }

    /// A trivial query, for the readiness check.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        match self {
            Database::Sqlite(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
            Database::Postgres(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
        }
    }

    /// Wraps `router` in the session layer backed by this database: creates the session table,
    /// starts deleting expired sessions in the background, and sets the cookie's flags.
    pub async fn with_sessions(&self, router: Router, secure_cookie: bool) -> Result<Router, DatabaseError> {
        Ok(match self {
            Database::Sqlite(pool) => {
                let store = SqliteStore::new(pool.clone());
                store.migrate().await.map_err(DatabaseError::Migrate)?;
                router.layer(session_layer(store, secure_cookie))
            }
            Database::Postgres(pool) => {
                let store = PostgresStore::new(pool.clone());
                store.migrate().await.map_err(DatabaseError::Migrate)?;
                router.layer(session_layer(store, secure_cookie))
            }
        })
    }
}

fn session_layer<S>(store: S, secure_cookie: bool) -> SessionManagerLayer<S>
where
    S: SessionStore + ExpiredDeletion + Clone,
{
    let cleanup = store.clone();
    tokio::spawn(async move {
        if let Err(error) = cleanup.continuously_delete_expired(CLEANUP_PERIOD).await {
            tracing::error!("deleting expired sessions stopped: {error}");
        }
    });
    SessionManagerLayer::new(store)
        .with_name(COOKIE_NAME)
        .with_http_only(true)
        // Lax, not Strict: the identity provider's redirect back to /auth/callback is a
        // cross-site navigation and must carry the cookie that holds the pending sign-in.
        .with_same_site(SameSite::Lax)
        .with_secure(secure_cookie)
        .with_expiry(Expiry::OnInactivity(INACTIVITY_EXPIRY))
}

/// `url` without its password, for error messages.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_not_shown_in_errors() {
        assert_eq!(redact("postgres://app:s3cret@db/guestlist"), "postgres://app:***@db/guestlist");
        assert_eq!(redact("sqlite://./data/guestlist.db"), "sqlite://./data/guestlist.db");
    }

    #[tokio::test]
    async fn sqlite_database_is_created_with_its_folder() {
        let dir = std::env::temp_dir().join(format!("guestlist-db-{}", uuid::Uuid::new_v4()));
        let url = format!("sqlite://{}/nested/guestlist.db", dir.display());
        let db = Database::connect(&url).await.unwrap();
        db.ping().await.unwrap();
        assert!(dir.join("nested/guestlist.db").exists());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
