//! The end of the grace period: guests whose access a sponsor ended, and who were not brought
//! back, are deleted once `delete_after` has passed (the worker's "end-grace" task). Microsoft
//! then keeps them 30 days in deleted items, from where an Admin can still restore them.
//! [`WARN_DAYS_BEFORE`] days ahead, their sponsors are mailed once that the deletion is near.

use chrono::Duration;
use graph::{ErrorCode, Query, UserRef};

use super::mails::{self, Notice};
use super::store;
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::{Actor, Context, Result};

/// Most guests one run deletes (or warns about); the rest wait for the next run.
const PER_RUN: i64 = 50;

/// How many days before the deletion the sponsors are reminded: enough for a sponsor who is away
/// a day or two to still undo it, close enough to the end to be a reminder, not a second notice.
/// (Microsoft's own guest lifecycle policies also notify ahead of their action.) With a shorter
/// grace period, the reminder goes out at the worker's next run.
pub const WARN_DAYS_BEFORE: i64 = 3;

/// Who deletes, in the audit trail.
fn worker() -> Actor {
    Actor::Job { name: "Guestlist (end of the grace period after a sponsor ended access)".into(), object_id: None, roles: Vec::new(), locale: i18n::Locale::default() }
}

/// Deletes the guests whose grace period has passed at the context's clock; how many.
/// A guest whose account was enabled again meanwhile (in Entra, not through Guestlist) is not
/// deleted: their ending is dropped and the refusal audited.
pub async fn delete_due(ctx: &Context) -> Result<usize> {
    let now = ctx.clock.now();
    let actor = worker();
    let mut deleted = 0;
    for row in store::due(&ctx.db, now, PER_RUN).await? {
        let target = row.guest_mail.clone().unwrap_or_else(|| row.guest_id.clone());
        let options = serde_json::json!({ "userId": row.guest_id, "name": row.guest_name, "endedBy": row.ended_by, "cause": row.end_cause });
        let entry = |outcome| Entry::new(AuditAction::DeleteUser, target.clone(), outcome).options(&options);
        let Ok(id) = row.guest_id.parse() else {
            store::set_deleted(&ctx.db, &row.guest_id, now).await?;
            continue;
        };
        let user = match ctx.app().user(&UserRef::Id(id), &Query::new().select(&["id", "accountEnabled"])).await {
            Ok(user) => user,
            Err(error) if error.code() == Some(&ErrorCode::ResourceNotFound) => {
                // Deleted already, by someone else.
                store::set_deleted(&ctx.db, &row.guest_id, now).await?;
                continue;
            }
            Err(error) => return Err(error.into()),
        };
        if user.account_enabled != Some(false) {
            store::clear_ending(&ctx.db, &row.guest_id, now).await?;
            audit::record(&ctx.db, &actor, entry(AuditOutcome::Refused)).await?;
            continue;
        }
        match ctx.app().delete_user(&UserRef::Id(id)).await {
            Ok(()) => {
                store::set_deleted(&ctx.db, &row.guest_id, now).await?;
                audit::record(&ctx.db, &actor, entry(AuditOutcome::Changed)).await?;
                deleted += 1;
            }
            Err(error) => {
                audit::record(&ctx.db, &actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
                tracing::warn!(guest = %row.guest_id, %error, "could not delete a guest whose grace period ended; trying again next run");
            }
        }
    }
    Ok(deleted)
}

/// Mails the sponsors of each guest whose deletion is at most [`WARN_DAYS_BEFORE`] days away,
/// once per ending (in each sponsor's language, through the outbox); how many guests.
pub async fn warn_due(ctx: &Context) -> Result<usize> {
    let now = ctx.clock.now();
    let actor = worker();
    let mut warned = 0;
    for row in store::to_warn(&ctx.db, now, now + Duration::days(WARN_DAYS_BEFORE), PER_RUN).await? {
        let sponsors = match row.guest_id.parse() {
            Ok(id) => match ctx.app().sponsors(&UserRef::Id(id)).await {
                Ok(sponsors) => sponsors,
                // Deleted already, by someone else: nobody to warn; the deletion run notes it.
                Err(error) if error.code() == Some(&ErrorCode::ResourceNotFound) => Vec::new(),
                Err(error) => return Err(error.into()),
            },
            Err(_) => Vec::new(),
        };
        let to = mails::recipients(ctx, &sponsors, None).await?;
        // Claimed before queuing, so that two workers (or a second run) never mail twice.
        if !store::claim_warning(&ctx.db, &row.guest_id, now).await? {
            continue;
        }
        // A job: English, as the mails' dates were before (the mails are written in their
        // recipients' language there).
        let delete_on = row.delete_after.as_deref().and_then(store::parse).map(|at| i18n::date(actor.locale(), at)).unwrap_or_default();
        let by = row.ended_by.clone().unwrap_or_else(|| i18n::tr!(actor.locale(), "sponsors-a-sponsor"));
        let notice = Notice::AboutToEnd { guest: &row.guest_name, by: &by, delete_on: &delete_on };
        let target = row.guest_mail.clone().unwrap_or_else(|| row.guest_id.clone());
        mails::send(ctx, &actor, &to, &notice, AuditAction::EndGuestAccess, &target).await?;
        warned += 1;
    }
    Ok(warned)
}
