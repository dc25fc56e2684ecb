//! The `guest_lifecycle` and `extension_requests` tables: until when a guest's access runs, when
//! it is reviewed next, who last confirmed it, whether it is being ended, and the guests' requests
//! for more time. Written only by the services, after their checks.

use chrono::{DateTime, Utc};

use crate::jobs::lease::{on_db, timestamp};
use crate::{Db, Error};

/// A guest's row.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct LifecycleRow {
    pub guest_id: String,
    pub guest_name: String,
    pub guest_mail: Option<String>,
    pub access_until: Option<String>,
    pub next_review_at: Option<String>,
    pub confirmed_at: Option<String>,
    pub confirmed_by: Option<String>,
    /// `active`, `ending` or `deleted`.
    pub state: String,
    pub ended_at: Option<String>,
    pub ended_by: Option<String>,
    pub delete_after: Option<String>,
    pub end_cause: Option<String>,
    pub end_cause_id: Option<String>,
    pub updated_at: String,
}

impl LifecycleRow {
    pub fn ending(&self) -> bool {
        self.state == "ending"
    }
}

/// An open request for more time.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub guest_id: String,
    pub asked_at: String,
    pub wanted_until: Option<String>,
    pub reason: String,
}

const COLUMNS: &str = "SELECT guest_id, guest_name, guest_mail, access_until, next_review_at, confirmed_at, confirmed_by, state, \
     ended_at, ended_by, delete_after, end_cause, end_cause_id, updated_at FROM guest_lifecycle";

/// Makes sure the guest has a row (with their current name and address).
const ENSURE: &str = "INSERT INTO guest_lifecycle (guest_id, guest_name, guest_mail, updated_at) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (guest_id) DO UPDATE SET guest_name = excluded.guest_name, guest_mail = excluded.guest_mail";

/// The rows of `ids` (those that have one).
pub async fn rows(db: &Db, ids: &[String]) -> Result<Vec<LifecycleRow>, Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let places = (1..=ids.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ");
    let sql = format!("{COLUMNS} WHERE guest_id IN ({places})");
    Ok(on_db!(db, pool => {
        ids.iter().fold(sqlx::query_as::<_, LifecycleRow>(&sql), |q, id| q.bind(id)).fetch_all(pool).await?
    }))
}

pub async fn row(db: &Db, id: &str) -> Result<Option<LifecycleRow>, Error> {
    Ok(rows(db, &[id.to_owned()]).await?.into_iter().next())
}

/// Who the guest is, for the row.
pub struct GuestName<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub mail: Option<&'a str>,
}

async fn ensure(db: &Db, guest: &GuestName<'_>, now: &str) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query(ENSURE).bind(guest.id).bind(guest.name).bind(guest.mail).bind(now).execute(pool).await?;
    });
    Ok(())
}

/// "Still needed": confirmed now by `by`, next review at `next_review`, and the access end date
/// `until` when one is given (an extension). Closes the guest's open requests as granted.
pub async fn confirm(db: &Db, guest: &GuestName<'_>, by: &str, now: DateTime<Utc>, next_review: DateTime<Utc>, until: Option<DateTime<Utc>>) -> Result<(), Error> {
    let now = timestamp(now);
    ensure(db, guest, &now).await?;
    let until = until.map(timestamp);
    on_db!(db, pool => {
        sqlx::query(
            "UPDATE guest_lifecycle SET confirmed_at = $1, confirmed_by = $2, next_review_at = $3, \
             access_until = COALESCE($4, access_until), updated_at = $1 WHERE guest_id = $5",
        )
        .bind(&now)
        .bind(by)
        .bind(timestamp(next_review))
        .bind(&until)
        .bind(guest.id)
        .execute(pool)
        .await?;
        if until.is_some() {
            sqlx::query("UPDATE extension_requests SET state = 'granted', decided_at = $1, decided_by = $2 WHERE guest_id = $3 AND state = 'open'")
                .bind(&now)
                .bind(by)
                .bind(guest.id)
                .execute(pool)
                .await?;
        }
    });
    Ok(())
}

/// Ended now by `by` (the person's name as pages show it; `cause`: `sponsor`, or a campaign or
/// rule later): deleted after `delete_after`.
/// Closes the guest's open requests.
pub async fn set_ending(db: &Db, guest: &GuestName<'_>, by: &str, cause: &str, now: DateTime<Utc>, delete_after: DateTime<Utc>) -> Result<(), Error> {
    let now = timestamp(now);
    ensure(db, guest, &now).await?;
    on_db!(db, pool => {
        sqlx::query(
            "UPDATE guest_lifecycle SET state = 'ending', ended_at = $1, ended_by = $2, delete_after = $3, end_cause = $4, \
             end_cause_id = NULL, warned_at = NULL, updated_at = $1 WHERE guest_id = $5",
        )
        .bind(&now)
        .bind(by)
        .bind(timestamp(delete_after))
        .bind(cause)
        .bind(guest.id)
        .execute(pool)
        .await?;
        sqlx::query("UPDATE extension_requests SET state = 'closed', decided_at = $1, decided_by = $2 WHERE guest_id = $3 AND state = 'open'")
            .bind(&now)
            .bind(by)
            .bind(guest.id)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Back to active (an undo, or the account was enabled again elsewhere).
pub async fn clear_ending(db: &Db, id: &str, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE guest_lifecycle SET state = 'active', ended_at = NULL, ended_by = NULL, delete_after = NULL, end_cause = NULL, \
             end_cause_id = NULL, warned_at = NULL, updated_at = $1 WHERE guest_id = $2")
            .bind(timestamp(now))
            .bind(id)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Deleted for good by the grace period's end.
pub async fn set_deleted(db: &Db, id: &str, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE guest_lifecycle SET state = 'deleted', updated_at = $1 WHERE guest_id = $2").bind(timestamp(now)).bind(id).execute(pool).await?;
    });
    Ok(())
}

/// Guests being ended whose grace period has passed at `now`, oldest first, at most `limit`.
pub async fn due(db: &Db, now: DateTime<Utc>, limit: i64) -> Result<Vec<LifecycleRow>, Error> {
    let sql = format!("{COLUMNS} WHERE state = 'ending' AND delete_after <= $1 ORDER BY delete_after LIMIT $2");
    Ok(on_db!(db, pool => {
        sqlx::query_as::<_, LifecycleRow>(&sql).bind(timestamp(now)).bind(limit).fetch_all(pool).await?
    }))
}

/// Guests being ended whose account is deleted by `by` (but not yet at `now`) and whose sponsors
/// were not warned yet, soonest first, at most `limit`.
pub async fn to_warn(db: &Db, now: DateTime<Utc>, by: DateTime<Utc>, limit: i64) -> Result<Vec<LifecycleRow>, Error> {
    let sql = format!("{COLUMNS} WHERE state = 'ending' AND warned_at IS NULL AND delete_after > $1 AND delete_after <= $2 ORDER BY delete_after LIMIT $3");
    Ok(on_db!(db, pool => {
        sqlx::query_as::<_, LifecycleRow>(&sql).bind(timestamp(now)).bind(timestamp(by)).bind(limit).fetch_all(pool).await?
    }))
}

/// Records that `id`'s sponsors are being warned; false when someone (another worker) did already.
pub async fn claim_warning(db: &Db, id: &str, now: DateTime<Utc>) -> Result<bool, Error> {
    let done = on_db!(db, pool => {
        sqlx::query("UPDATE guest_lifecycle SET warned_at = $1 WHERE guest_id = $2 AND state = 'ending' AND warned_at IS NULL")
            .bind(timestamp(now))
            .bind(id)
            .execute(pool)
            .await?
            .rows_affected()
    });
    Ok(done == 1)
}

/// A guest's request for more time; its id.
pub async fn add_request(db: &Db, guest: &GuestName<'_>, now: DateTime<Utc>, wanted_until: Option<DateTime<Utc>>, reason: &str) -> Result<i64, Error> {
    let at = timestamp(now);
    ensure(db, guest, &at).await?;
    Ok(on_db!(db, pool => {
        sqlx::query_scalar("INSERT INTO extension_requests (guest_id, asked_at, wanted_until, reason) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(guest.id)
            .bind(&at)
            .bind(wanted_until.map(timestamp))
            .bind(reason)
            .fetch_one(pool)
            .await?
    }))
}

/// The open requests of `ids`, oldest first.
pub async fn open_requests(db: &Db, ids: &[String]) -> Result<Vec<RequestRow>, Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let places = (1..=ids.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ");
    let sql = format!("SELECT id, guest_id, asked_at, wanted_until, reason FROM extension_requests WHERE state = 'open' AND guest_id IN ({places}) ORDER BY id");
    Ok(on_db!(db, pool => {
        ids.iter().fold(sqlx::query_as::<_, RequestRow>(&sql), |q, id| q.bind(id)).fetch_all(pool).await?
    }))
}

/// A stored time, read back.
pub fn parse(at: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(at).ok().map(|at| at.with_timezone(&Utc))
}
