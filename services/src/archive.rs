//! The audit trail's retention: rows older than the Settings page's retention are written to a
//! file (JSON Lines, one event a line, as the export writes them) and only then removed from the
//! database, in one transaction with the record of the archive; the database refuses to delete any
//! row that no recorded archive holds. Nothing is ever dropped silently. The worker's
//! "audit-archive" task runs it.

use serde::{Deserialize, Serialize};

/// One archive, for the Audit page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sqlx::FromRow))]
pub struct Archive {
    pub first_id: i64,
    pub last_id: i64,
    pub row_count: i64,
    pub archived_before: String,
    pub file: String,
    pub archived_at: String,
}

#[cfg(feature = "server")]
pub use server::{archive_due, archives};

#[cfg(feature = "server")]
mod server {
    use std::io::Write as _;
    use std::path::{Path, PathBuf};

    use chrono::{Duration, SecondsFormat};

    use crate::audit::{self, AuditAction, AuditOutcome, Entry};
    use crate::jobs::lease::{on_db, timestamp};
    use super::Archive;
    use crate::{configuration, Actor, Context, Db, Error, Result, Role};

    /// Most rows one file holds; the next run takes the rest.
    const PER_FILE: i64 = 10_000;

    /// Archives the rows past the retention in force into a new file under `dir`; the archive, or
    /// `None` when no retention is set or nothing is old enough.
    pub async fn archive_due(ctx: &Context, dir: &Path) -> Result<Option<Archive>> {
        let (_, document) = configuration::in_force(ctx).await?;
        let Some(days) = document.audit_retention_days else { return Ok(None) };
        let now = ctx.clock.now();
        // As the audit trail writes its times (whole seconds), so the text compares as time.
        let before = (now - Duration::days(days.into())).to_rfc3339_opts(SecondsFormat::Secs, true);
        let events = audit::older_than(&ctx.db, &before, PER_FILE).await?;
        let (Some(first), Some(last)) = (events.first(), events.last()) else { return Ok(None) };
        let (first_id, last_id) = (first.id, last.id);
        let file = write(dir, first_id, last_id, &events)?;
        let archive = Archive {
            first_id,
            last_id,
            row_count: i64::try_from(events.len()).unwrap_or(i64::MAX),
            archived_before: before,
            file: file.display().to_string(),
            archived_at: timestamp(now),
        };
        record_and_remove(&ctx.db, &archive).await?;
        let actor = Actor::Job { name: "Guestlist (audit retention)".into(), object_id: None, roles: Vec::new(), locale: i18n::Locale::default() };
        audit::record(&ctx.db, &actor, Entry::new(AuditAction::ArchiveAuditRows, &archive.file, AuditOutcome::Changed).options(&archive)).await?;
        Ok(Some(archive))
    }

    /// Writes the events to a new file and makes sure it is on disk before anything is deleted.
    fn write(dir: &Path, first: i64, last: i64, events: &[audit::AuditEvent]) -> Result<PathBuf> {
        let failed = |e: std::io::Error| Error::Unavailable(format!("The audit archive could not be written in {} ({e}); nothing was removed.", dir.display()));
        std::fs::create_dir_all(dir).map_err(failed)?;
        let path = dir.join(format!("audit-{first:010}-{last:010}.jsonl"));
        let partial = path.with_extension("jsonl.partial");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&partial).map_err(failed)?);
        for event in events {
            let line = serde_json::to_string(event).map_err(|e| Error::Unavailable(format!("An audit row could not be archived ({e}).")))?;
            writeln!(out, "{line}").map_err(failed)?;
        }
        let file = out.into_inner().map_err(|e| failed(e.into_error()))?;
        file.sync_all().map_err(failed)?;
        std::fs::rename(&partial, &path).map_err(failed)?;
        Ok(path)
    }

    /// Records the archive and removes its rows, both or neither.
    async fn record_and_remove(db: &Db, a: &Archive) -> Result<()> {
        const INSERT: &str = "INSERT INTO audit_archives (first_id, last_id, row_count, archived_before, file, archived_at) VALUES ($1, $2, $3, $4, $5, $6)";
        const DELETE: &str = "DELETE FROM audit_events WHERE id BETWEEN $1 AND $2 AND at < $3";
        on_db!(db, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(INSERT).bind(a.first_id).bind(a.last_id).bind(a.row_count).bind(&a.archived_before).bind(&a.file).bind(&a.archived_at).execute(&mut *tx).await?;
            sqlx::query(DELETE).bind(a.first_id).bind(a.last_id).bind(&a.archived_before).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Every archive, newest first (Admins).
    pub async fn archives(db: &Db, actor: &Actor) -> Result<Vec<Archive>> {
        actor.require(Role::Admin)?;
        const SQL: &str = "SELECT first_id, last_id, row_count, archived_before, file, archived_at FROM audit_archives ORDER BY id DESC LIMIT 100";
        Ok(on_db!(db, pool => sqlx::query_as::<_, Archive>(SQL).fetch_all(pool).await?))
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::configuration::{self, PortalSettings};
        use crate::settings::InviteSettings;

        fn admin() -> Actor {
            Actor::Operator { name: "ops".into() }
        }

        #[tokio::test]
        async fn rows_past_the_retention_go_to_a_file_first_and_only_they_leave_the_database() {
            let config = graph::GraphConfig::new("http://127.0.0.1:9/graph", "http://127.0.0.1:9/token", "c", "s").unwrap();
            let graph = graph::GraphClient::new(reqwest::Client::new(), config);
            let mut ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, InviteSettings::from_vars(|_| None).unwrap());
            let dir = std::env::temp_dir().join(format!("guestlist-archive-{}", uuid::Uuid::new_v4()));
            for n in 0..3 {
                audit::record(&ctx.db, &admin(), Entry::new(AuditAction::Invite, format!("guest{n}@fabrikam.example"), AuditOutcome::Invited)).await.unwrap();
            }
            assert_eq!(archive_due(&ctx, &dir).await.unwrap(), None, "no retention set: everything stays");
            let retention = PortalSettings { audit_retention_days: Some(30), ..PortalSettings::default() };
            configuration::save(&ctx, &admin(), retention, None).await.unwrap();
            assert_eq!(archive_due(&ctx, &dir).await.unwrap(), None, "nothing is 30 days old yet");

            let later = chrono::Utc::now() + chrono::Duration::days(31);
            ctx.clock = crate::Clock::from_fn(move || later);
            let archive = archive_due(&ctx, &dir).await.unwrap().expect("an archive");
            assert_eq!(archive.row_count, 4, "the three invitations and the settings change");
            let lines: Vec<audit::AuditEvent> = std::fs::read_to_string(&archive.file).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
            assert_eq!(lines.len(), 4);
            assert_eq!(lines[0].target, "guest0@fabrikam.example");
            let left = audit::list(&ctx.db, &admin(), &Default::default()).await.unwrap();
            assert_eq!(left.len(), 1, "only the archive's own row: {left:?}");
            assert_eq!(left[0].action, AuditAction::ArchiveAuditRows);
            assert_eq!(archives(&ctx.db, &admin()).await.unwrap(), [archive]);
            // A row no archive holds still cannot be deleted.
            let Db::Sqlite(pool) = &ctx.db else { unreachable!() };
            assert!(sqlx::query("DELETE FROM audit_events").execute(pool).await.is_err());
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }
}
