//! The `invitation_requests` table. Written only by the services, after their checks; a decision
//! is taken only while the request is pending, so two approvers never both decide one.

use chrono::{DateTime, Utc};

use super::{InvitationRequest, RequestState};
use crate::invite::InviteForm;
use crate::jobs::lease::{on_db, timestamp};
use crate::{Db, Error};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    requester_id: String,
    requester_name: String,
    requester_mail: String,
    email: String,
    domain: String,
    form: String,
    reason: String,
    why_request: String,
    state: String,
    asked_at: String,
    expires_at: String,
    decided_at: Option<String>,
    decided_by: Option<String>,
    comment: Option<String>,
    guest_id: Option<String>,
}

/// A stored request with where to mail its requester.
pub(crate) struct Stored {
    pub request: InvitationRequest,
    pub requester_mail: String,
}

impl TryFrom<Row> for Stored {
    type Error = Error;

    fn try_from(row: Row) -> Result<Stored, Error> {
        let state = RequestState::parse(&row.state).ok_or_else(|| Error::Unavailable(format!("Request {} has an unknown state {:?}.", row.id, row.state)))?;
        let form: InviteForm = serde_json::from_str(&row.form).map_err(|e| Error::Unavailable(format!("Request {} cannot be read ({e}).", row.id)))?;
        Ok(Stored {
            requester_mail: row.requester_mail,
            request: InvitationRequest {
                id: row.id,
                requester: row.requester_name,
                requester_id: row.requester_id,
                email: row.email,
                domain: row.domain,
                form,
                reason: row.reason,
                why_request: row.why_request,
                state,
                asked_at: row.asked_at,
                expires_at: row.expires_at,
                decided_at: row.decided_at,
                decided_by: row.decided_by,
                comment: row.comment,
                guest_id: row.guest_id,
                can_decide: false,
            },
        })
    }
}

const COLUMNS: &str = "SELECT id, requester_id, requester_name, requester_mail, email, domain, form, reason, why_request, state, \
     asked_at, expires_at, decided_at, decided_by, comment, guest_id FROM invitation_requests";

/// What a new request holds.
pub(crate) struct NewRequest<'a> {
    pub requester_id: &'a str,
    pub requester_name: &'a str,
    pub requester_mail: &'a str,
    pub email: &'a str,
    pub domain: &'a str,
    pub form: &'a InviteForm,
    pub reason: &'a str,
    pub why_request: &'a str,
    pub asked_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

pub(crate) async fn insert(db: &Db, new: &NewRequest<'_>) -> Result<i64, Error> {
    let form = serde_json::to_string(new.form).map_err(|e| Error::Invalid(format!("The form cannot be stored ({e}).")))?;
    const SQL: &str = "INSERT INTO invitation_requests (requester_id, requester_name, requester_mail, email, domain, form, reason, \
         why_request, state, asked_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10) RETURNING id";
    Ok(on_db!(db, pool => {
        sqlx::query_scalar(SQL)
            .bind(new.requester_id)
            .bind(new.requester_name)
            .bind(new.requester_mail)
            .bind(new.email)
            .bind(new.domain)
            .bind(&form)
            .bind(new.reason)
            .bind(new.why_request)
            .bind(timestamp(new.asked_at))
            .bind(timestamp(new.expires_at))
            .fetch_one(pool)
            .await?
    }))
}

async fn select(db: &Db, sql: &str, bind: Option<&str>) -> Result<Vec<Stored>, Error> {
    let rows: Vec<Row> = on_db!(db, pool => {
        let query = sqlx::query_as::<_, Row>(sql);
        let query = match bind { Some(value) => query.bind(value), None => query };
        query.fetch_all(pool).await?
    });
    rows.into_iter().map(Stored::try_from).collect()
}

pub(crate) async fn one(db: &Db, id: i64) -> Result<Option<Stored>, Error> {
    let rows: Vec<Row> = on_db!(db, pool => sqlx::query_as::<_, Row>(&format!("{COLUMNS} WHERE id = $1")).bind(id).fetch_all(pool).await?);
    rows.into_iter().next().map(Stored::try_from).transpose()
}

/// A requester's requests, newest first.
pub(crate) async fn of_requester(db: &Db, requester_id: &str) -> Result<Vec<Stored>, Error> {
    select(db, &format!("{COLUMNS} WHERE requester_id = $1 ORDER BY id DESC LIMIT 200"), Some(requester_id)).await
}

/// The pending requests, oldest first, then the last decided ones, newest first.
pub(crate) async fn for_approvers(db: &Db) -> Result<(Vec<Stored>, Vec<Stored>), Error> {
    let pending = select(db, &format!("{COLUMNS} WHERE state = 'pending' ORDER BY id"), None).await?;
    let decided = select(db, &format!("{COLUMNS} WHERE state <> 'pending' ORDER BY id DESC LIMIT 50"), None).await?;
    Ok((pending, decided))
}

/// The pending requests whose time ran out at `now`.
pub(crate) async fn due(db: &Db, now: DateTime<Utc>) -> Result<Vec<Stored>, Error> {
    select(db, &format!("{COLUMNS} WHERE state = 'pending' AND expires_at <= $1 ORDER BY id LIMIT 100"), Some(&timestamp(now))).await
}

/// The answer to a pending request; `false` when it was not pending any more (someone else
/// answered first, or it expired).
pub(crate) async fn decide(db: &Db, id: i64, state: RequestState, by: &str, comment: Option<&str>, now: DateTime<Utc>) -> Result<bool, Error> {
    const SQL: &str = "UPDATE invitation_requests SET state = $1, decided_by = $2, comment = $3, decided_at = $4 \
         WHERE id = $5 AND state = 'pending'";
    let done = on_db!(db, pool => {
        sqlx::query(SQL).bind(state.as_str()).bind(by).bind(comment).bind(timestamp(now)).bind(id).execute(pool).await?.rows_affected()
    });
    Ok(done == 1)
}

/// Back to pending, after an approval whose invitation did not go through.
pub(crate) async fn reopen(db: &Db, id: i64) -> Result<(), Error> {
    const SQL: &str = "UPDATE invitation_requests SET state = 'pending', decided_by = NULL, comment = NULL, decided_at = NULL WHERE id = $1";
    on_db!(db, pool => { sqlx::query(SQL).bind(id).execute(pool).await?; });
    Ok(())
}

/// The approved request's guest and the form as approved.
pub(crate) async fn invited(db: &Db, id: i64, guest_id: &str, form: &InviteForm) -> Result<(), Error> {
    let form = serde_json::to_string(form).map_err(|e| Error::Invalid(format!("The form cannot be stored ({e}).")))?;
    on_db!(db, pool => {
        sqlx::query("UPDATE invitation_requests SET guest_id = $1, form = $2 WHERE id = $3").bind(guest_id).bind(&form).bind(id).execute(pool).await?;
    });
    Ok(())
}
