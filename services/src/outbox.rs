//! The mail outbox: mail Guestlist sends itself is queued in the database, in the same
//! transaction as the audit row of the change that asked for it, and delivered by the worker.
//!
//! # Using it
//!
//! - A service composes the mail ([`crate::mail`]) and calls [`queue`] with its audit entry: both
//!   rows are written, or neither. The page shows [`status`] ("queued", "sent", "not sent: why").
//! - The worker's "outbox" task calls [`deliver_due`] every few seconds; [`depth`] counts what
//!   waits (for metrics). A page whose person waits for one mail calls [`deliver_one`].
//!
//! # Delivery
//!
//! [`deliver_due`] claims one due mail at a time with a lease (on PostgreSQL with `SELECT … FOR
//! UPDATE SKIP LOCKED`, so several instances never claim the same mail; on SQLite with one
//! `UPDATE … RETURNING`), hands it to the SMTP server and marks it sent. A failed attempt is
//! tried again after [`retry_delay`] (30 s, 1 min, 2 min… at most an hour); after
//! [`MAX_ATTEMPTS`] it is marked failed with the last error. An address that cannot be written
//! fails at once.
//!
//! A mail marked sent is never sent again. If an instance dies while sending, the mail's lease
//! ([`MAIL_LEASE`], longer than an SMTP exchange may take) expires and another instance sends it:
//! delivery is at least once, since the first instance may have died just after the SMTP server
//! took the mail.

use std::time::Duration;

use serde::{Deserialize, Serialize};

#[cfg(feature = "server")]
pub(crate) use server::release;
#[cfg(feature = "server")]
pub use server::{deliver_due, deliver_one, depth, queue, status};

/// Attempts before a mail is given up.
pub const MAX_ATTEMPTS: i64 = 8;
/// The wait after the first failed attempt; it doubles after each further one.
pub const FIRST_RETRY: Duration = Duration::from_secs(30);
/// The longest wait between attempts.
pub const LONGEST_RETRY: Duration = Duration::from_secs(60 * 60);
/// How long one instance may take to send one mail before another may try it.
pub const MAIL_LEASE: Duration = Duration::from_secs(5 * 60);
/// Most mails one [`deliver_due`] call sends.
pub const BATCH: usize = 20;

/// The wait before the next attempt, after `failed_attempts` failed ones (1 for the first).
pub fn retry_delay(failed_attempts: i64) -> Duration {
    let doublings = u32::try_from(failed_attempts.saturating_sub(1)).unwrap_or(0).min(16);
    FIRST_RETRY.saturating_mul(1 << doublings).min(LONGEST_RETRY)
}

crate::jobs::stored_states! {
    /// Where a queued mail is.
    MailState {
        Pending = "pending", "Queued";
        Sent = "sent", "Sent";
        /// Given up: `last_error` says why.
        Failed = "failed", "Not sent";
    }
}

/// A queued mail, as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailStatus {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub state: MailState,
    pub attempts: i64,
    /// RFC 3339, UTC (as are the other times).
    pub created_at: String,
    /// When it is tried next, while pending.
    pub next_attempt_at: Option<String>,
    pub sent_at: Option<String>,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
}

impl MailStatus {
    /// In plain words, in `locale` (the stored times and errors as they are).
    pub fn describe(&self, locale: i18n::Locale) -> String {
        use i18n::tr;
        match (self.state, &self.last_error) {
            (MailState::Sent, _) => {
                let at = self.sent_at.clone().unwrap_or_else(|| tr!(locale, "mail-status-unknown-time"));
                tr!(locale, "mail-status-sent", at = at)
            }
            (MailState::Failed, error) => {
                let error = error.clone().unwrap_or_else(|| tr!(locale, "mail-status-given-up"));
                tr!(locale, "mail-status-not-sent", error = error)
            }
            (MailState::Pending, None) => tr!(locale, "mail-status-queued"),
            (MailState::Pending, Some(error)) => {
                let next = self.next_attempt_at.clone().unwrap_or_else(|| tr!(locale, "mail-status-soon"));
                tr!(locale, "mail-status-retrying", attempt = self.attempts, error = error, next = next)
            }
        }
    }
}

#[cfg(feature = "server")]
mod server {
    use std::time::Instant;

    use chrono::{DateTime, Utc};
    use sqlx::types::Json;

    use super::{retry_delay, MailState, MailStatus, BATCH, MAIL_LEASE, MAX_ATTEMPTS};
    use crate::audit::{self, InTransaction as _};
    use crate::jobs::lease::{on_db, timestamp, timestamp_after};
    use crate::mail::{MailError, Mailer, OutgoingMail};
    use crate::{Actor, Db, Error};

    /// One due mail (`$5`, with `$only`) for `$1` until `$2`, counting the attempt (`$3` now, `$4`
    /// the attempt limit). See [`crate::jobs`] for why the statement reads so.
    macro_rules! claim_sql {
        ($only:literal, $lock:literal) => {
            concat!(
                "WITH due AS MATERIALIZED (SELECT id FROM outbox \
                   WHERE state = 'pending' AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3) \
                     AND attempts < $4 ",
                $only,
                "ORDER BY next_attempt_at, id LIMIT 1 ",
                $lock,
                ") \
                 UPDATE outbox SET lease_owner = $1, lease_until = $2, attempts = attempts + 1 \
                 WHERE id IN (SELECT id FROM due) RETURNING id, mail, attempts"
            )
        };
    }
    const CLAIM_SQLITE: &str = claim_sql!("", "");
    const CLAIM_POSTGRES: &str = claim_sql!("", "FOR UPDATE SKIP LOCKED");
    const CLAIM_ONE_SQLITE: &str = claim_sql!("AND id = $5 ", "");
    const CLAIM_ONE_POSTGRES: &str = claim_sql!("AND id = $5 ", "FOR UPDATE SKIP LOCKED");

    /// Marks sent whoever holds it: the mail went out, that is what counts.
    const SENT: &str = "UPDATE outbox SET state = 'sent', sent_at = $1, lease_owner = NULL, lease_until = NULL \
         WHERE id = $2 AND state <> 'sent'";

    /// The outcome of a failed attempt, only while `$5` still holds the mail.
    const NOT_SENT: &str = "UPDATE outbox SET state = $1, next_attempt_at = $2, last_error = $3, lease_owner = NULL, \
         lease_until = NULL WHERE id = $4 AND lease_owner = $5 AND state = 'pending'";

    /// Mails whose last attempt was cut off (the instance died or stopped) with no attempt left.
    const GIVE_UP: &str = "UPDATE outbox SET state = 'failed', last_error = $1, lease_owner = NULL, lease_until = NULL \
         WHERE state = 'pending' AND attempts >= $2 AND (lease_until IS NULL OR lease_until <= $3)";

    const RELEASE: &str = "UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1 AND state = 'pending'";

    #[derive(sqlx::FromRow)]
    struct ClaimRecord {
        id: i64,
        mail: Json<serde_json::Value>,
        attempts: i64,
    }

    #[derive(sqlx::FromRow)]
    struct StatusRecord {
        id: i64,
        created_at: String,
        mail: Json<serde_json::Value>,
        state: String,
        attempts: i64,
        next_attempt_at: String,
        last_error: Option<String>,
        sent_at: Option<String>,
    }

    /// Queues `mail` and records `audit` in one transaction: a queued mail is always audited, and
    /// an audited mail always queued. The audit row's options get the mail's `outbox_id` (when
    /// they are an object or empty), so the audit trail leads to its [`status`]. Returns that id.
    pub async fn queue(db: &Db, actor: &Actor, mail: &OutgoingMail, mut audit: audit::Entry) -> Result<i64, Error> {
        if mail.to.parse::<lettre::message::Mailbox>().is_err() {
            return Err(Error::Invalid(format!("{:?} is not an e-mail address Guestlist can send to.", mail.to)));
        }
        let now = timestamp(Utc::now());
        let id = on_db!(db, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar("INSERT INTO outbox (created_at, mail, next_attempt_at) VALUES ($1, $2, $1) RETURNING id")
                .bind(&now)
                .bind(Json(mail))
                .fetch_one(&mut *tx)
                .await?;
            with_outbox_id(&mut audit.options, id);
            tx.record_audit(actor, &audit).await?;
            tx.commit().await?;
            id
        });
        tracing::info!(outbox = id, "mail queued");
        Ok(id)
    }

    /// `now` moved on by the time since `started`: later steps of one call get later times, also
    /// when `now` is a test's.
    fn moved_on(now: DateTime<Utc>, started: Instant) -> DateTime<Utc> {
        now + chrono::Duration::from_std(started.elapsed()).unwrap_or_default()
    }

    fn with_outbox_id(options: &mut serde_json::Value, id: i64) {
        if options.is_null() {
            *options = serde_json::json!({});
        }
        if let Some(object) = options.as_object_mut() {
            object.insert("outbox_id".into(), id.into());
        }
    }

    /// Sends the mails that are due at `now`, at most [`BATCH`], one claim at a time as
    /// instance `owner`; returns how many the SMTP server took.
    pub async fn deliver_due(db: &Db, mailer: &Mailer, owner: &str, now: DateTime<Utc>) -> Result<usize, Error> {
        let started = Instant::now();
        give_up_interrupted(db, &timestamp(now)).await?;
        let mut sent = 0;
        for _ in 0..BATCH {
            let Some(claim) = claim(db, owner, moved_on(now, started), None).await? else { break };
            if deliver(db, mailer, owner, &claim, started, now).await? {
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// Sends queued mail `id` now, if it is due and no other instance is sending it, as instance
    /// `owner`: for a person waiting on the page, who should not wait on everyone else's mail.
    /// Returns whether the SMTP server took it.
    pub async fn deliver_one(db: &Db, mailer: &Mailer, owner: &str, id: i64, now: DateTime<Utc>) -> Result<bool, Error> {
        let started = Instant::now();
        match claim(db, owner, now, Some(id)).await? {
            Some(claim) => deliver(db, mailer, owner, &claim, started, now).await,
            None => Ok(false),
        }
    }

    /// Hands a claimed mail to the SMTP server and records how it went; true when it was taken.
    async fn deliver(db: &Db, mailer: &Mailer, owner: &str, claim: &ClaimRecord, started: Instant, now: DateTime<Utc>) -> Result<bool, Error> {
        let outcome = match serde_json::from_value::<OutgoingMail>(claim.mail.0.clone()) {
            Ok(mail) => mailer.deliver(&mail).await,
            Err(error) => Err(MailError::Build(format!("the queued mail cannot be read ({error})"))),
        };
        let at = moved_on(now, started);
        match outcome {
            Ok(()) => {
                on_db!(db, pool => {
                    sqlx::query(SENT).bind(timestamp(at)).bind(claim.id).execute(pool).await?;
                });
                tracing::info!(outbox = claim.id, attempt = claim.attempts, "mail sent");
                Ok(true)
            }
            Err(error) => {
                not_sent(db, owner, claim, at, &error).await?;
                Ok(false)
            }
        }
    }

    /// Claims the next due mail, or only mail `only`.
    async fn claim(db: &Db, owner: &str, now: DateTime<Utc>, only: Option<i64>) -> Result<Option<ClaimRecord>, Error> {
        let sql = match (db.is_postgres(), only.is_some()) {
            (true, false) => CLAIM_POSTGRES,
            (false, false) => CLAIM_SQLITE,
            (true, true) => CLAIM_ONE_POSTGRES,
            (false, true) => CLAIM_ONE_SQLITE,
        };
        let lease_until = timestamp_after(now, MAIL_LEASE);
        Ok(on_db!(db, pool => {
            let query = sqlx::query_as(sql).bind(owner).bind(&lease_until).bind(timestamp(now)).bind(MAX_ATTEMPTS);
            let query = match only {
                Some(id) => query.bind(id),
                None => query,
            };
            query.fetch_optional(pool).await?
        }))
    }

    /// Schedules the next attempt, or gives up: after the last attempt, or at once when the mail
    /// itself cannot be written (trying again would not help).
    async fn not_sent(db: &Db, owner: &str, claim: &ClaimRecord, at: DateTime<Utc>, error: &MailError) -> Result<(), Error> {
        let give_up = claim.attempts >= MAX_ATTEMPTS || matches!(error, MailError::Build(_));
        let state = if give_up { MailState::Failed } else { MailState::Pending };
        let next = timestamp_after(at, retry_delay(claim.attempts));
        tracing::warn!(outbox = claim.id, attempt = claim.attempts, %error, given_up = give_up, "mail not sent");
        on_db!(db, pool => {
            sqlx::query(NOT_SENT)
                .bind(state.as_str())
                .bind(&next)
                .bind(error.to_string())
                .bind(claim.id)
                .bind(owner)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    async fn give_up_interrupted(db: &Db, now: &str) -> Result<(), Error> {
        let error = format!(
            "Guestlist stopped while sending it, {MAX_ATTEMPTS} times, so it was not tried again. It may have \
             arrived: ask the recipient before sending it again."
        );
        on_db!(db, pool => {
            sqlx::query(GIVE_UP).bind(&error).bind(MAX_ATTEMPTS).bind(now).execute(pool).await?;
        });
        Ok(())
    }

    /// Lets go of the mails instance `owner` is sending (after its sending was cut off on
    /// shutdown): they are due again at once, for any instance, their attempt counted.
    pub(crate) async fn release(db: &Db, owner: &str) -> Result<u64, Error> {
        Ok(on_db!(db, pool => sqlx::query(RELEASE).bind(owner).execute(pool).await?.rows_affected()))
    }

    /// How many mails wait to be sent.
    pub async fn depth(db: &Db) -> Result<i64, Error> {
        const COUNT: &str = "SELECT COUNT(*) FROM outbox WHERE state = 'pending'";
        Ok(on_db!(db, pool => sqlx::query_scalar(COUNT).fetch_one(pool).await?))
    }

    /// Where queued mail `id` is.
    pub async fn status(db: &Db, id: i64) -> Result<MailStatus, Error> {
        const SELECT: &str = "SELECT id, created_at, mail, state, attempts, next_attempt_at, last_error, sent_at \
             FROM outbox WHERE id = $1";
        let record: Option<StatusRecord> = on_db!(db, pool => sqlx::query_as(SELECT).bind(id).fetch_optional(pool).await?);
        let r = record.ok_or_else(|| Error::NotFound(format!("There is no queued mail {id}.")))?;
        let state = MailState::parse(&r.state)
            .ok_or_else(|| Error::Unavailable(format!("The outbox holds a mail in an unknown state {:?}.", r.state)))?;
        let field = |name: &str| r.mail.0.get(name).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        Ok(MailStatus {
            id: r.id,
            to: field("to"),
            subject: field("subject"),
            state,
            attempts: r.attempts,
            created_at: r.created_at,
            next_attempt_at: (state == MailState::Pending).then_some(r.next_attempt_at),
            sent_at: r.sent_at,
            last_error: r.last_error,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_exponentially_up_to_an_hour() {
        let minutes = |attempts| retry_delay(attempts).as_secs_f64() / 60.0;
        assert_eq!([1, 2, 3, 4].map(minutes), [0.5, 1.0, 2.0, 4.0]);
        assert_eq!(minutes(8), 60.0);
        assert_eq!(minutes(1000), 60.0);
        assert_eq!(minutes(0), 0.5);
    }

    #[test]
    fn statuses_are_explained() {
        let mut status = MailStatus {
            id: 1,
            to: "ann@fabrikam.example".into(),
            subject: "Hi".into(),
            state: MailState::Pending,
            attempts: 1,
            created_at: "2026-11-23T17:00:00.000Z".into(),
            next_attempt_at: Some("2026-11-23T17:00:30.000Z".into()),
            sent_at: None,
            last_error: Some("The mail server did not take the e-mail: busy.".into()),
        };
        assert!(status.describe(i18n::Locale::En).contains("attempt 1 failed"));
        status.state = MailState::Failed;
        assert!(status.describe(i18n::Locale::En).starts_with("Not sent: The mail server"));
        status.state = MailState::Sent;
        status.sent_at = Some("2026-11-23T17:01:00.000Z".into());
        assert_eq!(status.describe(i18n::Locale::En), "Sent at 2026-11-23T17:01:00.000Z.");
    }
}
