//! SQLite persistence: one `(id, data)` JSON table per record kind and one `(source, target)`
//! table per relationship. The in-memory [`State`] is the source of truth while running.

use std::path::Path;
use std::str::FromStr;

use serde::de::DeserializeOwned;
use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{QueryBuilder, Row, Sqlite, SqlitePool};

use super::model::{Settings, UserRecord};
use super::State;

pub const SETTINGS_ID: &str = "tenant";

/// Record tables. Names are fixed here, never taken from input, so formatting them into SQL is safe.
#[derive(Clone, Copy)]
pub enum Table {
    Users,
    DeletedUsers,
    Groups,
    ServicePrincipals,
    AppRoleAssignments,
    Mail,
    Redemptions,
    Settings,
}

impl Table {
    const ALL: [Table; 8] = [
        Table::Users,
        Table::DeletedUsers,
        Table::Groups,
        Table::ServicePrincipals,
        Table::AppRoleAssignments,
        Table::Mail,
        Table::Redemptions,
        Table::Settings,
    ];

    fn name(self) -> &'static str {
        match self {
            Table::Users => "users",
            Table::DeletedUsers => "deleted_users",
            Table::Groups => "groups",
            Table::ServicePrincipals => "service_principals",
            Table::AppRoleAssignments => "app_role_assignments",
            Table::Mail => "mail",
            Table::Redemptions => "redemptions",
            Table::Settings => "settings",
        }
    }
}

#[derive(Clone, Copy)]
pub enum Link {
    /// (user, sponsor)
    Sponsors,
    /// (group, member)
    GroupMembers,
}

impl Link {
    const ALL: [Link; 2] = [Link::Sponsors, Link::GroupMembers];

    fn name(self) -> &'static str {
        match self {
            Link::Sponsors => "sponsors",
            Link::GroupMembers => "group_members",
        }
    }
}

pub struct Store {
    pool: SqlitePool,
}

/// Rows per multi-row INSERT: 2 or 3 bound values each stays far below SQLite's variable limit.
const BULK_ROWS: usize = 500;

impl Store {
    pub async fn open(path: &Path) -> anyhow::Result<Store> {
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal);
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        for table in Table::ALL {
            sqlx::query(&format!("CREATE TABLE IF NOT EXISTS {} (id TEXT PRIMARY KEY, data TEXT NOT NULL)", table.name()))
                .execute(&pool)
                .await?;
        }
        for link in Link::ALL {
            sqlx::query(&format!(
                "CREATE TABLE IF NOT EXISTS {} (source TEXT NOT NULL, target TEXT NOT NULL, PRIMARY KEY (source, target))",
                link.name()
            ))
            .execute(&pool)
            .await?;
        }
        Ok(Store { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    async fn rows<T: DeserializeOwned>(&self, table: Table) -> anyhow::Result<Vec<T>> {
        let rows = sqlx::query(&format!("SELECT data FROM {} ORDER BY rowid", table.name())).fetch_all(&self.pool).await?;
        rows.iter().map(|r| Ok(serde_json::from_str(r.get::<&str, _>(0))?)).collect()
    }

    async fn links(&self, link: Link) -> anyhow::Result<Vec<(String, String)>> {
        let rows = sqlx::query(&format!("SELECT source, target FROM {}", link.name())).fetch_all(&self.pool).await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Everything persisted; `settings` is `None` for a database that was never seeded.
    pub async fn load(&self) -> anyhow::Result<State> {
        let settings: Vec<Settings> = self.rows(Table::Settings).await?;
        Ok(State {
            users: self.rows::<UserRecord>(Table::Users).await?.into_iter().map(|u| (u.id.clone(), u)).collect(),
            deleted_users: self
                .rows::<super::model::DeletedUser>(Table::DeletedUsers)
                .await?
                .into_iter()
                .map(|d| (d.user.id.clone(), d))
                .collect(),
            groups: self.rows::<super::model::GroupRecord>(Table::Groups).await?.into_iter().map(|g| (g.id.clone(), g)).collect(),
            group_members: self.links(Link::GroupMembers).await?.into_iter().collect(),
            sponsors: self.links(Link::Sponsors).await?.into_iter().collect(),
            service_principals: self
                .rows::<super::model::ServicePrincipalRecord>(Table::ServicePrincipals)
                .await?
                .into_iter()
                .map(|s| (s.id.clone(), s))
                .collect(),
            assignments: self
                .rows::<super::model::AppRoleAssignmentRecord>(Table::AppRoleAssignments)
                .await?
                .into_iter()
                .map(|a| (a.id.clone(), a))
                .collect(),
            mail: self.rows(Table::Mail).await?,
            redemptions: self
                .rows::<super::model::Redemption>(Table::Redemptions)
                .await?
                .into_iter()
                .map(|r| (r.ticket.clone(), r))
                .collect(),
            settings: settings.into_iter().next(),
            ..State::default()
        })
    }

    pub async fn put<T: Serialize>(&self, table: Table, id: &str, value: &T) -> anyhow::Result<()> {
        sqlx::query(&format!(
            "INSERT INTO {} (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
            table.name()
        ))
        .bind(id)
        .bind(serde_json::to_string(value)?)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn delete_object(&self, table: Table, id: &str) -> anyhow::Result<()> {
        sqlx::query(&format!("DELETE FROM {} WHERE id = ?", table.name())).bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn link(&self, link: Link, source: &str, target: &str) -> anyhow::Result<()> {
        sqlx::query(&format!("INSERT OR IGNORE INTO {} (source, target) VALUES (?, ?)", link.name()))
            .bind(source)
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn unlink(&self, link: Link, source: &str, target: &str) -> anyhow::Result<()> {
        sqlx::query(&format!("DELETE FROM {} WHERE source = ? AND target = ?", link.name()))
            .bind(source)
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Removes an object from every relationship, on either side.
    pub async fn unlink_everywhere(&self, id: &str) -> anyhow::Result<()> {
        for link in Link::ALL {
            sqlx::query(&format!("DELETE FROM {} WHERE source = ?1 OR target = ?1", link.name()))
                .bind(id)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Replaces the whole database with `state` in one transaction (reset / first seed).
    pub async fn replace_all(&self, state: &State) -> anyhow::Result<()> {
        let mut tx = self.pool.begin().await?;
        for table in Table::ALL {
            sqlx::query(&format!("DELETE FROM {}", table.name())).execute(&mut *tx).await?;
        }
        for link in Link::ALL {
            sqlx::query(&format!("DELETE FROM {}", link.name())).execute(&mut *tx).await?;
        }
        let mut objects: Vec<(Table, String, String)> = Vec::new();
        for u in state.users.values() {
            objects.push((Table::Users, u.id.clone(), serde_json::to_string(u)?));
        }
        for g in state.groups.values() {
            objects.push((Table::Groups, g.id.clone(), serde_json::to_string(g)?));
        }
        for s in state.service_principals.values() {
            objects.push((Table::ServicePrincipals, s.id.clone(), serde_json::to_string(s)?));
        }
        for a in state.assignments.values() {
            objects.push((Table::AppRoleAssignments, a.id.clone(), serde_json::to_string(a)?));
        }
        objects.push((Table::Settings, SETTINGS_ID.to_string(), serde_json::to_string(state.settings())?));
        for (table, id, data) in objects {
            sqlx::query(&format!("INSERT INTO {} (id, data) VALUES (?, ?)", table.name()))
                .bind(id)
                .bind(data)
                .execute(&mut *tx)
                .await?;
        }
        insert_links(&mut tx, Link::Sponsors, state.sponsors.iter()).await?;
        insert_links(&mut tx, Link::GroupMembers, state.group_members.iter()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Inserts many users and their sponsor links in one transaction with multi-row INSERTs.
    pub async fn insert_users_bulk(&self, users: &[UserRecord], sponsors: &[(String, String)]) -> anyhow::Result<()> {
        let mut tx = self.pool.begin().await?;
        for chunk in users.chunks(BULK_ROWS) {
            let rows: Vec<(String, String)> =
                chunk.iter().map(|u| Ok((u.id.clone(), serde_json::to_string(u)?))).collect::<anyhow::Result<_>>()?;
            let mut q: QueryBuilder<Sqlite> = QueryBuilder::new("INSERT INTO users (id, data) ");
            q.push_values(rows, |mut b, (id, data)| {
                b.push_bind(id).push_bind(data);
            });
            q.build().execute(&mut *tx).await?;
        }
        insert_links(&mut tx, Link::Sponsors, sponsors.iter()).await?;
        tx.commit().await?;
        Ok(())
    }
}

async fn insert_links<'a>(
    tx: &mut sqlx::Transaction<'_, Sqlite>,
    link: Link,
    pairs: impl Iterator<Item = &'a (String, String)>,
) -> anyhow::Result<()> {
    let pairs: Vec<&(String, String)> = pairs.collect();
    for chunk in pairs.chunks(BULK_ROWS) {
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!("INSERT OR IGNORE INTO {} (source, target) ", link.name()));
        q.push_values(chunk, |mut b, (s, t)| {
            b.push_bind(s.clone()).push_bind(t.clone());
        });
        q.build().execute(&mut **tx).await?;
    }
    Ok(())
}
