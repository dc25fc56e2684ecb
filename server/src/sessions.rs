//! The sessions, kept in the portal's database (tower-sessions with its sqlx store).

use std::time::Duration;

use axum::Router;
use services::Db;
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

/// Wraps `router` in the session layer backed by the portal's database: creates the session
/// table (the store's own schema), starts deleting expired sessions in the background, and sets
/// the cookie's flags.
pub async fn with_sessions(db: &Db, router: Router, secure_cookie: bool) -> Result<Router, sqlx::Error> {
    Ok(match db {
        Db::Sqlite(pool) => {
            let store = SqliteStore::new(pool.clone());
            store.migrate().await?;
            router.layer(session_layer(store, secure_cookie))
        }
        Db::Postgres(pool) => {
            let store = PostgresStore::new(pool.clone());
            store.migrate().await?;
            router.layer(session_layer(store, secure_cookie))
        }
    })
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
