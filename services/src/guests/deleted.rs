//! Recently deleted guests: external users in Graph's deleted items, where a deleted user stays
//! for 30 days before Entra deletes it for good ("List deletedItems"). Admins may restore one —
//! Graph brings back its group memberships ("Restore deleted item") — or delete it for good at
//! once ("Permanently delete an item"). Every attempt is audited.

use i18n::{tr, Locale};
use serde::{Deserialize, Serialize};

/// Days a deleted user stays restorable ("Restore deleted item": "within 30 days").
pub const RETENTION_DAYS: i64 = 30;

/// One deleted external user as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedGuest {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Guest` or `Member` as Graph spells it.
    pub user_type: String,
    /// "3 March 2026"; empty when Graph did not say.
    pub deleted_on: String,
    /// The day Entra deletes it for good, in words.
    pub purged_on: String,
    /// Whole days left to restore it (0 on the last day).
    pub days_left: i64,
}

impl DeletedGuest {
    /// Who, as the audit trail records them: the e-mail address, else the user name (as the
    /// Directory's actions do, so a person's trail finds them).
    pub fn audit_target(&self) -> &str {
        self.mail.as_deref().unwrap_or(&self.user_principal_name)
    }

    /// Who, as the messages name them.
    pub fn who(&self) -> String {
        match &self.mail {
            Some(mail) => format!("{} ({mail})", self.display_name),
            None => format!("{} ({})", self.display_name, self.user_principal_name),
        }
    }

    /// "Deleted for good on 2 April 2026 (12 days left)", in `locale` (the dates are in the
    /// language of whoever the list was read for).
    pub fn purge_words(&self, locale: Locale) -> String {
        tr!(locale, "guests-deleted-purge-on", date = self.purged_on.as_str(), days = self.days_left)
    }
}

/// The page's list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedGuests {
    /// Most recently deleted first.
    pub guests: Vec<DeletedGuest>,
    /// More were deleted than are shown.
    pub more: bool,
}

/// Most deleted guests the page lists.
pub const LIST_LIMIT: usize = 500;

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use chrono::{DateTime, Duration, Utc};
    use futures::{StreamExt, TryStreamExt};
    use graph::{Caller, ErrorCode, GraphError, ObjectId, Query, User};

    use super::{DeletedGuest, DeletedGuests, LIST_LIMIT, RETENTION_DAYS};
    use crate::audit::{self, AuditAction, AuditOutcome, Entry};
    use crate::directory::{Answer, Refused};
    use i18n::{tr, Locale};
    use crate::guests::status::is_external;
    use crate::{Actor, Context, Error, Result, Role};

    /// What the page needs of a deleted user, and what tells an external one apart.
    const FIELDS: &[&str] = &[
        "id",
        "displayName",
        "userPrincipalName",
        "mail",
        "userType",
        "creationType",
        "externalUserState",
        "identities",
        "deletedDateTime",
    ];

    fn not_found(locale: Locale) -> Error {
        Error::NotFound(tr!(locale, "guests-deleted-not-found"))
    }

    /// The page's view of a deleted user at `now`, its dates in `locale`.
    pub fn deleted_guest(user: User, now: DateTime<Utc>, locale: Locale) -> DeletedGuest {
        let deleted = user.deleted_date_time;
        // Graph keeps a deleted user for 30 days from its deletion ("Restore deleted item").
        let purged = deleted.map(|at| at + Duration::days(RETENTION_DAYS));
        // Calendar days, as the purge day is shown as a date.
        let days_left = purged.map(|at| (at.date_naive() - now.date_naive()).num_days().max(0)).unwrap_or(0);
        DeletedGuest {
            id: user.id.map(|id| id.to_string()).unwrap_or_default(),
            display_name: user.display_name.unwrap_or_default(),
            user_principal_name: user.user_principal_name.unwrap_or_default(),
            mail: user.mail,
            user_type: user.user_type.map(|t| t.as_str().to_owned()).unwrap_or_else(|| "Member".into()),
            deleted_on: deleted.map(|at| i18n::date(locale, at)).unwrap_or_default(),
            purged_on: purged.map(|at| i18n::date(locale, at)).unwrap_or_default(),
            days_left,
        }
    }

    /// External users in deleted items, most recently deleted first (Admins only). Deleted items
    /// hold only the last 30 days, so the list is read through, keeping at most [`LIST_LIMIT`].
    pub async fn list(ctx: &Context, actor: &Actor) -> Result<DeletedGuests> {
        actor.require(Role::Admin)?;
        let graph = ctx.callers(actor).acting;
        let organisation = graph.organization().await?;
        let mut users: Vec<User> = graph
            .deleted_users(Query::new().select(FIELDS))
            .try_filter(|user| std::future::ready(is_external(user, &organisation)))
            .take(LIST_LIMIT + 1)
            .try_collect()
            .await?;
        let more = users.len() > LIST_LIMIT;
        users.truncate(LIST_LIMIT);
        users.sort_by(|a, b| b.deleted_date_time.cmp(&a.deleted_date_time));
        let now = ctx.clock.now();
        Ok(DeletedGuests { guests: users.into_iter().map(|user| deleted_guest(user, now, actor.locale())).collect(), more })
    }

    /// One deleted external user, for the confirmation page (Admins only).
    pub async fn get(ctx: &Context, actor: &Actor, id: ObjectId) -> Result<DeletedGuest> {
        actor.require(Role::Admin)?;
        let graph = ctx.callers(actor).acting;
        Ok(deleted_guest(external(&graph, id, actor.locale()).await?, ctx.clock.now(), actor.locale()))
    }

    /// The deleted user `id` if it is an external one; anyone else is "not found" here.
    async fn external(graph: &Caller, id: ObjectId, locale: Locale) -> Result<User> {
        let organisation = graph.organization().await?;
        match graph.deleted_user(id, &Query::new().select(FIELDS)).await {
            Ok(user) if is_external(&user, &organisation) => Ok(user),
            Ok(_) => Err(not_found(locale)),
            Err(error) if matches!(error.code(), Some(ErrorCode::ResourceNotFound)) => Err(not_found(locale)),
            Err(error) => Err(error.into()),
        }
    }

    /// Why Graph refused a restore, in words.
    fn restore_refused(guest: &DeletedGuest, error: GraphError, locale: Locale) -> String {
        match error.code() {
            // The one rule Graph enforces on a restore: the user name must be free.
            Some(ErrorCode::BadRequest) => {
                tr!(locale, "guests-deleted-name-taken", who = guest.display_name.as_str(), upn = guest.user_principal_name.as_str())
            }
            _ => Error::from(error).to_string(),
        }
    }

    /// Brings a deleted external user back, with their group memberships (Admins only; audited).
    /// Returns what happened, in sentences for the page.
    pub async fn restore(ctx: &Context, actor: &Actor, id: ObjectId) -> Answer<Vec<String>> {
        actor.require(Role::Admin)?;
        let graph = ctx.callers(actor).acting;
        let locale = actor.locale();
        let guest = deleted_guest(external(&graph, id, locale).await?, ctx.clock.now(), locale);
        let entry = |outcome| Entry::new(AuditAction::RestoreDeletedUser, guest.audit_target(), outcome).options(&serde_json::json!({ "id": guest.id }));
        match graph.restore_deleted_user(id).await {
            Ok(_) => {
                audit::record(&ctx.db, actor, entry(AuditOutcome::Changed)).await?;
                Ok(Ok(vec![tr!(locale, "guests-deleted-restored", who = guest.who()), tr!(locale, "guests-deleted-restored-more")]))
            }
            Err(error) => {
                audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
                Ok(Err(Refused(vec![restore_refused(&guest, error, locale)])))
            }
        }
    }

    /// Deletes a deleted external user for good, once `confirmed` (Admins only; audited). Cannot
    /// be undone: the confirmation page says so, and without the confirmation nothing happens.
    pub async fn purge(ctx: &Context, actor: &Actor, id: ObjectId, confirmed: bool) -> Answer<Vec<String>> {
        actor.require(Role::Admin)?;
        let graph = ctx.callers(actor).acting;
        let locale = actor.locale();
        let guest = deleted_guest(external(&graph, id, locale).await?, ctx.clock.now(), locale);
        let entry = |outcome| Entry::new(AuditAction::PurgeDeletedUser, guest.audit_target(), outcome).options(&serde_json::json!({ "id": guest.id }));
        if !confirmed {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Refused)).await?;
            return Ok(Err(Refused(vec![tr!(locale, "guests-deleted-purge-unconfirmed", who = guest.display_name.as_str())])));
        }
        match graph.purge_deleted_user(id).await {
            Ok(()) => {
                audit::record(&ctx.db, actor, entry(AuditOutcome::Changed)).await?;
                Ok(Ok(vec![tr!(locale, "guests-deleted-purged", who = guest.who())]))
            }
            Err(error) => {
                audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
                Ok(Err(Refused(vec![Error::from(error).to_string()])))
            }
        }
    }
}
