//! The portal's database: SQLite by default, PostgreSQL by URL (for several instances). One
//! handle for both, and the schema as migrations in files (`migrations/sqlite`,
//! `migrations/postgres`), applied at start and by `guestlist migrate`.

use std::str::FromStr;

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// The portal's own database (not the sandbox tenant's).
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Why the database could not be opened or brought up to date.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("Could not create the folder for the database at {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("Could not open the database {url}: {source}. Check GUESTLIST_DATABASE_URL.")]
    Connect { url: String, source: sqlx::Error },
    #[error("Could not bring the database up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// What `migrate` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Migrated {
    /// Versions applied by this call, in order (empty when the database was up to date).
    pub applied: Vec<i64>,
    /// The newest version the database is at now.
    pub current: Option<i64>,
}

impl Db {
    /// Opens `url` (`sqlite://…`, created with its folder when missing, or `postgres://…`).
    /// Does not migrate: call [`Db::migrate`].
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        let connect_error = |source| DbError::Connect { url: redact(url), source };
        if url.starts_with("postgres") {
            let pool = PgPoolOptions::new().max_connections(10).connect(url).await.map_err(connect_error)?;
            return Ok(Db::Postgres(pool));
        }
        // WAL lets the worker write while pages read; busy_timeout waits for a writer instead of failing.
        let options = SqliteConnectOptions::from_str(url)
            .map_err(connect_error)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(std::time::Duration::from_secs(10));
        if let Some(folder) = options.get_filename().parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|source| DbError::Folder { path: folder.display().to_string(), source })?;
        }
        let pool = SqlitePoolOptions::new().max_connections(5).connect_with(options).await.map_err(connect_error)?;
        Ok(Db::Sqlite(pool))
    }

    /// An in-memory SQLite database, migrated, for tests and one-off commands.
    pub async fn in_memory() -> Result<Db, DbError> {
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .map_err(|source| DbError::Connect { url: "sqlite::memory:".into(), source })?;
        let db = Db::Sqlite(pool);
        db.migrate().await?;
        Ok(db)
    }

    /// Applies the migrations the database does not have yet; a no-op when it is up to date.
    pub async fn migrate(&self) -> Result<Migrated, DbError> {
        let before = self.applied_versions().await?;
        match self {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        let after = self.applied_versions().await?;
        let applied = after.iter().copied().filter(|v| !before.contains(v)).collect();
        Ok(Migrated { applied, current: after.last().copied() })
    }

    /// Versions recorded in sqlx's migrations table, oldest first (none before the first run).
    async fn applied_versions(&self) -> Result<Vec<i64>, sqlx::migrate::MigrateError> {
        const QUERY: &str = "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version";
        let rows = match self {
            Db::Sqlite(pool) => sqlx::query_scalar::<_, i64>(QUERY).fetch_all(pool).await,
            Db::Postgres(pool) => sqlx::query_scalar::<_, i64>(QUERY).fetch_all(pool).await,
        };
        match rows {
            Ok(versions) => Ok(versions),
            // The table does not exist before the first migration.
            Err(sqlx::Error::Database(_)) => Ok(Vec::new()),
            Err(error) => Err(error.into()),
        }
    }

    /// A trivial query, for the readiness check.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        match self {
            Db::Sqlite(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
            Db::Postgres(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Db::Postgres(_))
    }
}

/// `url` without its password, for error messages.
pub fn redact(url: &str) -> String {
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
    async fn a_new_sqlite_database_is_created_with_its_folder_and_migrated_once() {
        let dir = std::env::temp_dir().join(format!("guestlist-db-{}", std::process::id()));
        let url = format!("sqlite://{}/nested/guestlist.db", dir.display());
        let db = Db::connect(&url).await.unwrap();
        let first = db.migrate().await.unwrap();
        assert!(!first.applied.is_empty(), "an empty database gets every migration");
        assert_eq!(first.current, first.applied.last().copied());
        let again = db.migrate().await.unwrap();
        assert!(again.applied.is_empty(), "re-applying is a no-op");
        assert_eq!(again.current, first.current);
        db.ping().await.unwrap();
        assert!(dir.join("nested/guestlist.db").exists());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
