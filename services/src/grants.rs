//! What an invitation may give the guest: the groups and enterprise app roles an Admin has put on
//! the list of what Inviters may grant (empty until then). Admins may give any group or app role;
//! nobody may give Guestlist's own app roles or add a guest to its inviter group, which would let
//! an outside account invite (or more) through the portal. Checked by the services for every
//! invitation, whichever credential sends it: the portal's rule on top of Entra's.
//!
//! The list lives in the `settings` table, one row per entry (`grants.group.{id}`,
//! `grants.app.{servicePrincipalId}/{appRoleId}`), so two Admins changing it at once never
//! overwrite each other's change.

use serde::{Deserialize, Serialize};

use crate::invite::{AppChoice, Suggestion};

/// A group or an app role Inviters may give a guest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Grant {
    #[serde(rename_all = "camelCase")]
    Group { id: String, name: String },
    #[serde(rename_all = "camelCase")]
    AppRole {
        service_principal_id: String,
        app_role_id: String,
        /// "App — Role", as the Invite form lists it.
        label: String,
    },
}

impl Grant {
    /// What names the entry in forms: `group.{id}` or `app.{servicePrincipalId}/{appRoleId}`.
    pub fn key(&self) -> String {
        match self {
            Grant::Group { id, .. } => format!("group.{id}"),
            Grant::AppRole { service_principal_id, app_role_id, .. } => format!("app.{service_principal_id}/{app_role_id}"),
        }
    }

    /// The entry's name as the audit trail records it (English).
    pub fn label(&self) -> String {
        self.name(i18n::Locale::En)
    }

    /// The entry's name in `locale`, for pages.
    pub fn name(&self, locale: i18n::Locale) -> String {
        match self {
            Grant::Group { name, .. } => i18n::tr!(locale, "rules-grant-group", name = name),
            Grant::AppRole { label, .. } => label.clone(),
        }
    }
}

/// What the Rules page's search found to add to the list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidates {
    pub groups: Vec<Suggestion>,
    pub apps: Vec<AppChoice>,
}

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use std::time::Duration;

    use graph::{Caller, ObjectId};
    use sqlx::types::Json;

    use super::{Candidates, Grant};
    use crate::audit::{AuditAction, AuditOutcome, Entry, InTransaction};
    use crate::checks::{one_group, Access, Field, Problem};
    use crate::context::AppListing;
    use crate::invite::{app_choices, suggestions, AppChoice};
    use crate::jobs::lease::on_db;
    use crate::settings::InviteSettings;
    use crate::{audit, Actor, Context, Error, Result, Role};

    /// The `settings` keys of the list's entries start with this.
    const PREFIX: &str = "grants.";
    /// How long an Admin's listing of the tenant's app roles is reused.
    pub const APP_LISTING_TTL: Duration = Duration::from_secs(5 * 60);

    /// The list as stored, without a permission check: the invitation checks read it for everyone.
    pub async fn stored(db: &crate::Db) -> Result<Vec<Grant>> {
        let pattern = format!("{PREFIX}%");
        let mut grants: Vec<Grant> = on_db!(db, pool => {
            let rows: Vec<Json<Grant>> = sqlx::query_scalar("SELECT value FROM settings WHERE key LIKE $1").bind(&pattern).fetch_all(pool).await?;
            rows.into_iter().map(|Json(grant)| grant).collect()
        });
        grants.sort_by_key(Grant::label);
        Ok(grants)
    }

    /// What Inviters may grant (Admins only).
    pub async fn list(ctx: &Context, actor: &Actor) -> Result<Vec<Grant>> {
        actor.require(Role::Admin)?;
        stored(&ctx.db).await
    }

    /// Groups whose name starts with `text`, and app roles whose label contains it, to add to the
    /// list (Admins only).
    pub async fn find(ctx: &Context, actor: &Actor, text: &str) -> Result<Candidates> {
        actor.require(Role::Admin)?;
        let text = text.trim();
        if text.chars().count() < 2 {
            return Ok(Candidates::default());
        }
        let lower = text.to_lowercase();
        let apps = listed_apps(ctx, actor).await?.into_iter().filter(|app| app.label.to_lowercase().contains(&lower)).collect();
        Ok(Candidates { groups: suggestions(&ctx.callers(actor).acting, text, true, actor.locale()).await?, apps })
    }

    /// Every app role of the tenant that people can be given, except Guestlist's own; listed
    /// again after [`APP_LISTING_TTL`] (Admins only).
    pub async fn listed_apps(ctx: &Context, actor: &Actor) -> Result<Vec<AppChoice>> {
        actor.require(Role::Admin)?;
        let now = ctx.clock.now();
        let fresh = |listing: &AppListing| now - listing.listed_at < chrono::Duration::from_std(APP_LISTING_TTL).unwrap_or_default();
        if let Some(listing) = ctx.apps.lock().unwrap_or_else(|e| e.into_inner()).as_ref().filter(|l| fresh(l)) {
            return Ok(listing.choices.clone());
        }
        let choices = app_choices(&ctx.callers(actor).acting).await?;
        *ctx.apps.lock().unwrap_or_else(|e| e.into_inner()) = Some(AppListing { listed_at: now, choices: choices.clone() });
        Ok(choices)
    }

    /// Puts the group called `name` (or with that e-mail address) on the list (Admins only).
    pub async fn allow_group(ctx: &Context, actor: &Actor, name: &str) -> Result<Grant> {
        actor.require(Role::Admin)?;
        let found = one_group(&ctx.callers(actor).acting, name.trim(), actor.locale()).await?;
        let (settings, _) = crate::configuration::in_force(ctx).await?;
        let grant = match found {
            Ok((id, name)) if is_inviter_group(&settings, id) => Err(inviter_group_refusal(actor.locale(), &name)),
            Ok((id, name)) => Ok(Grant::Group { id: id.to_string(), name }),
            Err(text) => Err(text),
        };
        allow(ctx, actor, name, grant).await
    }

    /// Puts the app role `value` (`{servicePrincipalId}/{appRoleId}`) on the list (Admins only).
    pub async fn allow_app_role(ctx: &Context, actor: &Actor, value: &str) -> Result<Grant> {
        actor.require(Role::Admin)?;
        let grant = app_role(&ctx.callers(actor).acting, actor.locale(), value).await?.map(|(sp, role, label)| Grant::AppRole {
            service_principal_id: sp.to_string(),
            app_role_id: role,
            label,
        });
        allow(ctx, actor, value, grant).await
    }

    /// Stores `grant`, or audits why it was refused; `asked` is what the Admin chose.
    async fn allow(ctx: &Context, actor: &Actor, asked: &str, grant: Result<Grant, String>) -> Result<Grant> {
        let grant = match grant {
            Ok(grant) => grant,
            Err(text) => {
                audit::record(&ctx.db, actor, Entry::new(AuditAction::AllowGrant, asked.trim(), AuditOutcome::Refused)).await?;
                return Err(Error::Invalid(text));
            }
        };
        let key = format!("{PREFIX}{}", grant.key());
        let entry = Entry::new(AuditAction::AllowGrant, grant.label(), AuditOutcome::Changed).options(&grant);
        let (now, by) = (timestamp(ctx), actor.audit_name());
        on_db!(&ctx.db, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            )
            .bind(&key)
            .bind(Json(&grant))
            .bind(&now)
            .bind(&by)
            .execute(&mut *tx)
            .await?;
            tx.record_audit(actor, &entry).await?;
            tx.commit().await?;
        });
        Ok(grant)
    }

    /// Takes the entry `key` (see [`Grant::key`]) off the list (Admins only); returns it.
    pub async fn remove(ctx: &Context, actor: &Actor, key: &str) -> Result<Grant> {
        actor.require(Role::Admin)?;
        let key = format!("{PREFIX}{key}");
        let gone = || Error::NotFound(i18n::tr!(actor.locale(), "rules-problem-gone"));
        on_db!(&ctx.db, pool => {
            let mut tx = pool.begin().await?;
            let removed: Option<Json<Grant>> =
                sqlx::query_scalar("DELETE FROM settings WHERE key = $1 RETURNING value").bind(&key).fetch_optional(&mut *tx).await?;
            let Json(grant) = removed.ok_or_else(gone)?;
            let entry = Entry::new(AuditAction::RemoveAllowedGrant, grant.label(), AuditOutcome::Changed).options(&grant);
            tx.record_audit(actor, &entry).await?;
            tx.commit().await?;
            Ok(grant)
        })
    }

    fn timestamp(ctx: &Context) -> String {
        ctx.clock.now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    /// Why the form may not give what it asks for: for an Inviter, each group and app not on the
    /// list. Admins may give anything but Guestlist's own roles, which [`app_role`] and
    /// [`is_inviter_group`] refuse for everyone.
    pub fn refusals(actor: &Actor, allowed: &[Grant], access: &Access) -> Vec<Problem> {
        if actor.has(Role::Admin) {
            return Vec::new();
        }
        let locale = actor.locale();
        let groups = access.groups.iter().filter(|(id, _)| !allowed.iter().any(|g| matches!(g, Grant::Group { id: allowed, .. } if *allowed == id.to_string())));
        let mut problems: Vec<Problem> = groups
            .map(|(_, name)| Problem { field: Field::Groups, text: i18n::tr!(locale, "rules-problem-group-not-allowed", group = name) })
            .collect();
        if let Some((sp, role, label)) = &access.app {
            let on_list = allowed.iter().any(|g| {
                matches!(g, Grant::AppRole { service_principal_id, app_role_id, .. } if *service_principal_id == sp.to_string() && app_role_id == role)
            });
            if !on_list {
                problems.push(Problem { field: Field::App, text: i18n::tr!(locale, "rules-problem-app-not-allowed", app = label) });
            }
        }
        problems
    }

    /// Whether `group` is one whose members are Inviters (`GUESTLIST_INVITER_GROUP_ID`, or the
    /// Settings page's groups in `settings` in force).
    pub fn is_inviter_group(settings: &InviteSettings, group: ObjectId) -> bool {
        settings.inviters.group_ids.iter().any(|id| id.eq_ignore_ascii_case(&group.to_string()))
    }

    /// Why a guest cannot be added to the inviter group `name`, in `locale`.
    pub fn inviter_group_refusal(locale: i18n::Locale, name: &str) -> String {
        i18n::tr!(locale, "rules-problem-inviter-group", group = name)
    }

    /// The refusal of Guestlist's own app roles (English; the pages use the message
    /// `rules-problem-own-app`).
    pub const OWN_APP_REFUSAL: &str =
        "Guestlist's own roles cannot be given with an invitation: they would let an outside account use this portal. Pick another app.";

    /// Whether `app` is Guestlist's own: its roles make the holder an Inviter (or more).
    pub fn is_portal_app(caller: &Caller, app: &graph::ServicePrincipal) -> bool {
        app.app_id.is_some_and(|id| id.to_string().eq_ignore_ascii_case(caller.client().client_id()))
    }

    /// [`app_role`], the reason it cannot be given in `locale`.
    pub async fn app_role(checks: &Caller, locale: i18n::Locale, value: &str) -> Result<Result<(ObjectId, String, String), String>> {
        let not_offered = || Ok(Err(i18n::tr!(locale, "rules-problem-app-gone")));
        let Some((Ok(sp), role)) = value.split_once('/').map(|(sp, role)| (sp.parse::<ObjectId>(), role)) else { return not_offered() };
        let app = match checks.service_principal(sp).await {
            Ok(app) => app,
            Err(error) if error.code() == Some(&graph::ErrorCode::ResourceNotFound) => return not_offered(),
            Err(error) => return Err(error.into()),
        };
        if is_portal_app(checks, &app) {
            return Ok(Err(i18n::tr!(locale, "rules-problem-own-app")));
        }
        let for_people = app.app_roles.iter().find(|r| {
            r.id.is_some_and(|id| id.to_string() == role)
                && r.is_enabled != Some(false)
                && r.allowed_member_types.as_ref().is_some_and(|types| types.iter().any(|t| t == "User"))
        });
        match for_people {
            Some(found) => {
                let label = format!("{} — {}", app.display_name.clone().unwrap_or_default(), found.display_name.clone().unwrap_or_default());
                Ok(Ok((sp, role.to_owned(), label)))
            }
            None => not_offered(),
        }
    }
}
