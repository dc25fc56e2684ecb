//! The sessions, kept in the portal's database (tower-sessions with its sqlx store), sealed with
//! an AEAD so the delegated tokens they hold are not readable in the database, and indexed by
//! the identity provider's sign-in session (`sid`) so a front-channel sign-out can end them.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use axum::{Extension, Router};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use services::Db;
use tower_sessions::cookie::time;
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion};
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use crate::config::Config;

/// The session cookie's name.
pub const COOKIE_NAME: &str = "guestlist_session";
/// Sessions end after this long without a request, as a work day with a margin.
const INACTIVITY_EXPIRY: time::Duration = time::Duration::hours(8);
/// How often expired sessions are deleted from the store.
const CLEANUP_PERIOD: Duration = Duration::from_secs(15 * 60);
/// The file in the data folder holding the generated key when `GUESTLIST_SESSION_KEY` is unset.
pub const KEY_FILE: &str = "session.key";
/// The one entry of a sealed record's data: nonce and ciphertext, in base64.
const SEALED: &str = "sealed";
/// Where the server keeps the identity provider's `sid` in a session (written at sign-in).
pub const SID_POINTER: &str = "/signed_in/sid";

/// Wraps `router` in the session layer backed by the portal's database: creates the session
/// table (the store's own schema), starts deleting expired sessions in the background, and sets
/// the cookie's flags. Handlers reach the store as an `Extension<SealedStore>`.
pub async fn with_sessions(db: &Db, router: Router, config: &Config) -> anyhow::Result<Router> {
    let key = match config.sessions.key {
        Some(key) => key,
        None => key_in(&config.data_dir)?,
    };
    let store = SealedStore::open(db, key).await?;
    Ok(router.layer(Extension(store.clone())).layer(
        SessionManagerLayer::new(store)
            .with_name(COOKIE_NAME)
            .with_http_only(true)
            // Lax, not Strict: the identity provider's redirect back to /auth/callback is a
            // cross-site navigation and must carry the cookie that holds the pending sign-in.
            .with_same_site(SameSite::Lax)
            .with_secure(config.is_https())
            .with_expiry(Expiry::OnInactivity(INACTIVITY_EXPIRY)),
    ))
}

fn delete_expired<S: ExpiredDeletion>(store: S) {
    tokio::spawn(async move {
        if let Err(error) = store.continuously_delete_expired(CLEANUP_PERIOD).await {
            tracing::error!("deleting expired sessions stopped: {error}");
        }
    });
}

/// The session key kept in `data_dir`, created (readable by this user only) on first use.
fn key_in(data_dir: &Path) -> anyhow::Result<[u8; 32]> {
    use std::io::Write as _;
    let path = data_dir.join(KEY_FILE);
    let unreadable = |e: &dyn std::fmt::Display| {
        anyhow::anyhow!("The session key in {} cannot be used ({e}). Delete the file to make a new one (everyone signs in again), or set GUESTLIST_SESSION_KEY.", path.display())
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let bytes = STANDARD.decode(text.trim()).map_err(|e| unreadable(&e))?;
            <[u8; 32]>::try_from(bytes).map_err(|_| unreadable(&"it does not hold 32 bytes"))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(data_dir)?;
            let key: [u8; 32] = XChaCha20Poly1305::generate_key(&mut OsRng).into();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path).map_err(|e| unreadable(&e))?;
            file.write_all(STANDARD.encode(key).as_bytes())?;
            tracing::info!("created the session key {}", path.display());
            Ok(key)
        }
        Err(error) => Err(unreadable(&error)),
    }
}

/// A session store that seals each record's data (XChaCha20-Poly1305, bound to the session id,
/// so a row cannot be moved to another session) before the database store sees it. A record
/// that does not open (another key, tampered) is no session at all: its owner signs in again.
#[derive(Clone)]
pub struct SealedStore {
    inner: Arc<dyn SessionStore>,
    db: Db,
    cipher: Arc<XChaCha20Poly1305>,
}

impl std::fmt::Debug for SealedStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedStore").field("inner", &self.inner).finish_non_exhaustive()
    }
}

impl SealedStore {
    /// The store in `db` (its table created), sealing with `key`; expired sessions are deleted
    /// in the background.
    pub async fn open(db: &Db, key: [u8; 32]) -> anyhow::Result<SealedStore> {
        let inner: Arc<dyn SessionStore> = match db {
            Db::Sqlite(pool) => {
                let store = SqliteStore::new(pool.clone());
                store.migrate().await?;
                delete_expired(store.clone());
                Arc::new(store)
            }
            Db::Postgres(pool) => {
                let store = PostgresStore::new(pool.clone());
                store.migrate().await?;
                delete_expired(store.clone());
                Arc::new(store)
            }
        };
        Ok(SealedStore { inner, db: db.clone(), cipher: Arc::new(XChaCha20Poly1305::new(&key.into())) })
    }

    fn seal(&self, record: &Record) -> session_store::Result<Record> {
        let plain = serde_json::to_vec(&record.data).map_err(|e| session_store::Error::Encode(e.to_string()))?;
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let id = record.id.to_string();
        let sealed = self
            .cipher
            .encrypt(&nonce, Payload { msg: &plain, aad: id.as_bytes() })
            .map_err(|_| session_store::Error::Encode("sealing the session failed".into()))?;
        let text = STANDARD.encode([nonce.as_slice(), &sealed].concat());
        Ok(Record { id: record.id, data: HashMap::from([(SEALED.to_owned(), text.into())]), expiry_date: record.expiry_date })
    }

    fn unseal(&self, record: Record) -> Option<Record> {
        let bytes = STANDARD.decode(record.data.get(SEALED)?.as_str()?).ok()?;
        let (nonce, sealed) = bytes.split_at_checked(24)?;
        let id = record.id.to_string();
        let plain = self.cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: id.as_bytes() }).ok()?;
        let data = serde_json::from_slice(&plain).ok()?;
        Some(Record { data, ..record })
    }

    /// Ends every portal session belonging to the identity provider's sign-in session `sid`.
    pub async fn end_sid(&self, sid: &str) -> anyhow::Result<usize> {
        let ids: Vec<String> = match &self.db {
            Db::Sqlite(pool) => sqlx::query_scalar("SELECT session_id FROM session_sids WHERE sid = ?").bind(sid).fetch_all(pool).await?,
            Db::Postgres(pool) => sqlx::query_scalar("SELECT session_id FROM session_sids WHERE sid = $1").bind(sid).fetch_all(pool).await?,
        };
        for id in &ids {
            if let Ok(id) = id.parse::<Id>() {
                self.delete(&id).await?;
            }
        }
        Ok(ids.len())
    }

    /// Notes which `sid` a new session belongs to (sessions get a new id at sign-in, so a new
    /// record is where a sign-in's `sid` first appears), and forgets those of sessions that
    /// expired meanwhile.
    async fn remember_sid(&self, record: &Record) -> session_store::Result<()> {
        let Some(sid) = serde_json::to_value(&record.data).ok().and_then(|d| d.pointer(SID_POINTER)?.as_str().map(str::to_owned))
        else {
            return Ok(());
        };
        let (id, at) = (record.id.to_string(), chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        let done = match &self.db {
            Db::Sqlite(pool) => async {
                sqlx::query("DELETE FROM session_sids WHERE session_id NOT IN (SELECT id FROM tower_sessions)").execute(pool).await?;
                sqlx::query("INSERT INTO session_sids (session_id, sid, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .bind(id).bind(sid).bind(at).execute(pool).await
            }
            .await
            .map(drop),
            Db::Postgres(pool) => async {
                sqlx::query("DELETE FROM session_sids WHERE session_id NOT IN (SELECT id FROM tower_sessions.session)").execute(pool).await?;
                sqlx::query("INSERT INTO session_sids (session_id, sid, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(id).bind(sid).bind(at).execute(pool).await
            }
            .await
            .map(drop),
        };
        done.map_err(backend)
    }

    async fn forget_sid(&self, id: &Id) -> session_store::Result<()> {
        let id = id.to_string();
        let done = match &self.db {
            Db::Sqlite(pool) => sqlx::query("DELETE FROM session_sids WHERE session_id = ?").bind(id).execute(pool).await.map(drop),
            Db::Postgres(pool) => sqlx::query("DELETE FROM session_sids WHERE session_id = $1").bind(id).execute(pool).await.map(drop),
        };
        done.map_err(backend)
    }
}

fn backend(error: sqlx::Error) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

#[async_trait]
impl SessionStore for SealedStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let mut sealed = self.seal(record)?;
        self.inner.create(&mut sealed).await?;
        if sealed.id != record.id {
            // The database store picked another id (a collision): the seal is bound to the id.
            record.id = sealed.id;
            self.inner.save(&self.seal(record)?).await?;
        }
        self.remember_sid(record).await
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.inner.save(&self.seal(record)?).await
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let Some(record) = self.inner.load(id).await? else { return Ok(None) };
        let opened = self.unseal(record);
        if opened.is_none() {
            tracing::warn!("a session could not be opened (another session key, or altered in the database); its owner signs in again");
        }
        Ok(opened)
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.inner.delete(id).await?;
        self.forget_sid(id).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(key: [u8; 32]) -> SealedStore {
        let pool = sqlx::sqlite::SqlitePoolOptions::new().connect_lazy("sqlite::memory:").unwrap();
        SealedStore {
            inner: Arc::new(tower_sessions::MemoryStore::default()),
            db: Db::Sqlite(pool),
            cipher: Arc::new(XChaCha20Poly1305::new(&key.into())),
        }
    }

    fn record() -> Record {
        Record {
            id: Id::default(),
            data: HashMap::from([("graph_token".to_owned(), serde_json::json!({"access_token": "eyJ-secret"}))]),
            expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
        }
    }

    #[tokio::test]
    async fn sealed_data_opens_only_with_its_key_and_its_id() {
        let (store, record) = (store([7; 32]), record());
        let sealed = store.seal(&record).unwrap();
        assert!(!serde_json::to_string(&sealed.data).unwrap().contains("eyJ-secret"));
        assert_eq!(store.unseal(sealed.clone()).unwrap().data, record.data);
        assert!(self::store([8; 32]).unseal(sealed.clone()).is_none(), "another key");
        assert!(store.unseal(Record { id: Id::default(), ..sealed.clone() }).is_none(), "moved to another session");
        let mut tampered = sealed;
        let text = tampered.data[SEALED].as_str().unwrap().to_owned();
        let flipped = if text.ends_with('A') { "B" } else { "A" };
        tampered.data.insert(SEALED.into(), format!("{}{flipped}", &text[..text.len() - 1]).into());
        assert!(store.unseal(tampered).is_none(), "altered");
    }

    #[test]
    fn a_generated_key_is_kept_private_and_reused() {
        let dir = std::env::temp_dir().join(format!("guestlist-key-{}", uuid::Uuid::new_v4()));
        let key = key_in(&dir).unwrap();
        assert_eq!(key_in(&dir).unwrap(), key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            assert_eq!(std::fs::metadata(dir.join(KEY_FILE)).unwrap().permissions().mode() & 0o777, 0o600);
        }
        std::fs::write(dir.join(KEY_FILE), "not a key").unwrap();
        assert!(key_in(&dir).unwrap_err().to_string().contains("GUESTLIST_SESSION_KEY"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
