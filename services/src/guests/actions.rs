//! What an Admin does to one guest from their details page: add to or remove from a group, set
//! sponsors, block or allow sign-in, delete. Each Graph call is audited on its own (what, on whom,
//! the outcome, Graph's request id), and each refusal in plain words. Resend, reset redemption,
//! user type and e-mail address are the Directory's (`crate::directory`).

use serde::{Deserialize, Serialize};

use super::details::{Linked, LinkedKind};

/// Graph keeps at most five sponsors per user ("Add sponsors", Microsoft Graph).
pub const MAX_SPONSORS: usize = 5;

/// A sponsor as the sponsors form posts it: `user:{id}` or `group:{id}`, so the `$ref` names the
/// right collection without another lookup.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SponsorRef {
    pub kind: LinkedKind,
    pub id: String,
}

impl SponsorRef {
    pub fn of(linked: &Linked) -> SponsorRef {
        SponsorRef { kind: linked.kind, id: linked.id.clone() }
    }

    /// As the form posts it.
    pub fn value(&self) -> String {
        let kind = match self.kind {
            LinkedKind::User => "user",
            LinkedKind::Group => "group",
        };
        format!("{kind}:{}", self.id)
    }

    pub fn parse(value: &str) -> Option<SponsorRef> {
        let (kind, id) = value.trim().split_once(':')?;
        let kind = match kind {
            "user" => LinkedKind::User,
            "group" => LinkedKind::Group,
            _ => return None,
        };
        (!id.is_empty()).then(|| SponsorRef { kind, id: id.to_owned() })
    }
}

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use std::collections::BTreeSet;

    use futures::{StreamExt as _, TryStreamExt as _};
    use graph::{Filter, ObjectId, Principal, Query, UserRef, UserUpdate};

    use super::*;
    use crate::audit::{self, AuditAction, AuditOutcome, Entry};
    use crate::directory::{Answer, Refused};
    use crate::guests::details::{read, sponsors_of, Read};
    pub use crate::guests::details::protected;
    use crate::{Actor, Context, Error, Result, Role};
    use i18n::{tr, Locale};

    /// Most matches a picker shows.
    const PICKER_LIMIT: usize = 20;

    fn name(read: &Read) -> String {
        read.user.display_name.clone().unwrap_or_else(|| read.who())
    }

    fn id_of(read: &Read, locale: Locale) -> Result<ObjectId> {
        read.user.id.ok_or_else(|| Error::NotFound(tr!(locale, "guests-action-no-id")))
    }

    /// Records `entry` for `read`'s person, with their object id among the options.
    async fn record(ctx: &Context, actor: &Actor, read: &Read, action: AuditAction, outcome: AuditOutcome, mut options: serde_json::Value, request_id: Option<&str>) -> Result<()> {
        if let (Some(map), Some(id)) = (options.as_object_mut(), read.user.id) {
            map.insert("userId".into(), id.to_string().into());
        }
        audit::record(&ctx.db, actor, Entry::new(action, read.who(), outcome).options(&options).request_id(request_id)).await
    }

    /// Records the refusal and answers it.
    async fn refuse<T>(ctx: &Context, actor: &Actor, read: &Read, action: AuditAction, options: serde_json::Value, why: String) -> Answer<T> {
        record(ctx, actor, read, action, AuditOutcome::Refused, options, None).await?;
        Ok(Err(Refused(vec![why])))
    }

    /// Blocks (`enabled` false) or allows sign-in for `id` (Admins).
    pub async fn set_enabled(ctx: &Context, actor: &Actor, id: ObjectId, enabled: bool) -> Answer<Vec<String>> {
        actor.require(Role::Admin)?;
        let read = read(&ctx.app(), id, actor.locale()).await?;
        set_enabled_of(ctx, actor, &read, enabled).await
    }

    pub(crate) async fn set_enabled_of(ctx: &Context, actor: &Actor, read: &Read, enabled: bool) -> Answer<Vec<String>> {
        let locale = actor.locale();
        let action = if enabled { AuditAction::EnableAccount } else { AuditAction::DisableAccount };
        let options = serde_json::json!({ "accountEnabled": enabled });
        let who = name(read);
        // Allowing sign-in again is not dangerous for the portal's own admins; blocking is.
        let protected = if enabled { read.synced().then(|| protected(actor, read)).flatten() } else { protected(actor, read) };
        if let Some(why) = protected {
            return refuse(ctx, actor, read, action, options, why).await;
        }
        if (read.user.account_enabled != Some(false)) == enabled {
            let why = if enabled { tr!(locale, "guests-action-already-allowed", who = who) } else { tr!(locale, "guests-action-already-blocked", who = who) };
            return refuse(ctx, actor, read, action, options, why).await;
        }
        let update = UserUpdate { account_enabled: Some(enabled), ..UserUpdate::default() };
        match ctx.callers(actor).acting.update_user(&UserRef::Id(id_of(read, actor.locale())?), &update).await {
            Ok(sent) => {
                record(ctx, actor, read, action, AuditOutcome::Changed, options, sent.request_id.as_deref()).await?;
                Ok(Ok(if enabled {
                    vec![tr!(locale, "guests-action-allowed", who = who), tr!(locale, "guests-action-allowed-more")]
                } else {
                    vec![tr!(locale, "guests-action-blocked", who = who), tr!(locale, "guests-action-blocked-more")]
                }))
            }
            Err(error) => {
                record(ctx, actor, read, action, AuditOutcome::Failed, options, error.request_id()).await?;
                Ok(Err(Error::from(error).into()))
            }
        }
    }

    /// Deletes `id` (Admins), once `confirmed` on the confirmation page. Microsoft keeps the
    /// account in deleted items for 30 days ("Restore deleted item").
    pub async fn delete(ctx: &Context, actor: &Actor, id: ObjectId, confirmed: bool) -> Answer<Vec<String>> {
        actor.require(Role::Admin)?;
        let read = read(&ctx.app(), id, actor.locale()).await?;
        if !confirmed {
            let why = tr!(actor.locale(), "guests-action-delete-unconfirmed");
            return refuse(ctx, actor, &read, AuditAction::DeleteUser, serde_json::json!({}), why).await;
        }
        delete_of(ctx, actor, &read).await
    }

    pub(crate) async fn delete_of(ctx: &Context, actor: &Actor, read: &Read) -> Answer<Vec<String>> {
        let options = serde_json::json!({ "userPrincipalName": read.user.user_principal_name });
        if let Some(why) = protected(actor, read) {
            return refuse(ctx, actor, read, AuditAction::DeleteUser, options, why).await;
        }
        let who = name(read);
        match ctx.callers(actor).acting.delete_user(&UserRef::Id(id_of(read, actor.locale())?)).await {
            Ok(()) => {
                record(ctx, actor, read, AuditAction::DeleteUser, AuditOutcome::Changed, options, None).await?;
                Ok(Ok(vec![tr!(actor.locale(), "guests-action-deleted", who = who), tr!(actor.locale(), "guests-action-deleted-more")]))
            }
            Err(error) => {
                record(ctx, actor, read, AuditAction::DeleteUser, AuditOutcome::Failed, options, error.request_id()).await?;
                Ok(Err(Error::from(error).into()))
            }
        }
    }

    /// Groups whose name starts with `text`, for the group picker (Admins).
    pub async fn find_groups(ctx: &Context, actor: &Actor, text: &str) -> Result<Vec<Linked>> {
        actor.require(Role::Admin)?;
        let text = text.trim();
        if text.is_empty() {
            return Ok(Vec::new());
        }
        let query = Query::new().filter(Filter::starts_with("displayName", text)).select(&["id", "displayName", "mail", "groupTypes", "membershipRule"]);
        let groups: Vec<graph::Group> = ctx.app().groups(query).take(PICKER_LIMIT).try_collect().await.map_err(Error::from)?;
        Ok(groups
            .into_iter()
            .filter_map(|g| Some(Linked { id: g.id?.to_string(), name: g.display_name.unwrap_or_default(), kind: LinkedKind::Group, detail: g.mail }))
            .collect())
    }

    /// People (members, by name or e-mail address) and groups (by name) starting with `text`,
    /// for the sponsor picker (Admins).
    pub async fn find_sponsors(ctx: &Context, actor: &Actor, text: &str) -> Result<Vec<Linked>> {
        actor.require(Role::Admin)?;
        let text = text.trim();
        if text.is_empty() {
            return Ok(Vec::new());
        }
        let starts = Filter::starts_with("displayName", text).or(Filter::starts_with("mail", text));
        let query = Query::new().filter(starts.and(Filter::eq("userType", "Member"))).select(&["id", "displayName", "mail", "userPrincipalName"]);
        let people: Vec<graph::User> = ctx.app().users(query).take(PICKER_LIMIT).try_collect().await.map_err(Error::from)?;
        let mut found: Vec<Linked> = people
            .into_iter()
            .filter_map(|u| {
                let detail = u.mail.or(u.user_principal_name);
                Some(Linked { id: u.id?.to_string(), name: u.display_name.unwrap_or_default(), kind: LinkedKind::User, detail })
            })
            .collect();
        found.extend(find_groups(ctx, actor, text).await?);
        Ok(found)
    }

    /// Why Graph will not change this group's members, if it will not.
    fn unmanageable(group: &graph::Group, locale: Locale) -> Option<String> {
        let name = group.display_name.clone().unwrap_or_else(|| tr!(locale, "guests-group-this"));
        if group.group_types.iter().flatten().any(|t| t == "DynamicMembership") || group.membership_rule.is_some() {
            return Some(tr!(locale, "guests-group-dynamic", group = name));
        }
        if group.mail_enabled == Some(true) && group.security_enabled != Some(false) && !group.group_types.iter().flatten().any(|t| t == "Unified") {
            return Some(tr!(locale, "guests-group-mail-security", group = name));
        }
        if group.mail_enabled == Some(true) && group.security_enabled == Some(false) && !group.group_types.iter().flatten().any(|t| t == "Unified") {
            return Some(tr!(locale, "guests-group-distribution", group = name));
        }
        if group.is_assignable_to_role == Some(true) {
            return Some(tr!(locale, "guests-group-role-assignable", group = name));
        }
        None
    }

    /// Adds `id` to `group` (`add` true) or removes them from it (Admins). Audited.
    pub async fn change_group(ctx: &Context, actor: &Actor, id: ObjectId, group: ObjectId, add: bool) -> Answer<Vec<String>> {
        actor.require(Role::Admin)?;
        let read = read(&ctx.app(), id, actor.locale()).await?;
        let action = if add { AuditAction::AddToGroup } else { AuditAction::RemoveFromGroup };
        let select = Query::new().select(&["id", "displayName", "groupTypes", "membershipRule", "mailEnabled", "securityEnabled", "isAssignableToRole"]);
        let group_read = match ctx.app().group(group, &select).await {
            Ok(group) => group,
            Err(error) if error.code() == Some(&graph::ErrorCode::ResourceNotFound) => {
                let why = tr!(actor.locale(), "guests-group-gone");
                return refuse(ctx, actor, &read, action, serde_json::json!({ "groupId": group.to_string() }), why).await;
            }
            Err(error) => return Err(error.into()),
        };
        let group_name = group_read.display_name.clone().unwrap_or_else(|| group.to_string());
        let options = serde_json::json!({ "groupId": group.to_string(), "group": group_name });
        let who = name(&read);
        let member = read.member_of.value.iter().any(|m| m.id == Some(group));
        if member == add {
            let why = if add {
                tr!(actor.locale(), "guests-group-already-member", who = who, group = group_name)
            } else {
                tr!(actor.locale(), "guests-group-not-member", who = who, group = group_name)
            };
            return refuse(ctx, actor, &read, action, options, why).await;
        }
        if let Some(why) = unmanageable(&group_read, actor.locale()) {
            return refuse(ctx, actor, &read, action, options, why).await;
        }
        let acting = ctx.callers(actor).acting;
        let done = if add { acting.add_group_member(group, id).await } else { acting.remove_group_member(group, id).await };
        match done {
            Ok(()) => {
                record(ctx, actor, &read, action, AuditOutcome::Changed, options, None).await?;
                Ok(Ok(vec![if add {
                    tr!(actor.locale(), "guests-group-added", who = who, group = group_name)
                } else {
                    tr!(actor.locale(), "guests-group-removed", who = who, group = group_name)
                }]))
            }
            Err(error) => {
                record(ctx, actor, &read, action, AuditOutcome::Failed, options, error.request_id()).await?;
                Ok(Err(Error::from(error).into()))
            }
        }
    }

    /// The sponsors form: who should sponsor the guest after saving.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct SponsorsChange {
        pub sponsors: Vec<SponsorRef>,
        /// Removing every sponsor was confirmed.
        pub confirm_none: bool,
    }

    /// Sets `id`'s sponsors to exactly `change.sponsors` (Admins): at most five; never none when
    /// they had some, unless confirmed. Each added and removed sponsor is a Graph call and an
    /// audit entry of its own.
    pub async fn set_sponsors(ctx: &Context, actor: &Actor, id: ObjectId, change: &SponsorsChange) -> Answer<Vec<String>> {
        actor.require(Role::Admin)?;
        let read = read(&ctx.app(), id, actor.locale()).await?;
        let locale = actor.locale();
        let current = match sponsors_of(&read, locale) {
            Ok(current) => current,
            Err(why) => return Ok(Err(Refused(vec![why]))),
        };
        let wanted: BTreeSet<SponsorRef> = change.sponsors.iter().cloned().collect();
        let had: BTreeSet<SponsorRef> = current.iter().map(SponsorRef::of).collect();
        let who = name(&read);
        let options = serde_json::json!({ "sponsors": wanted.iter().map(SponsorRef::value).collect::<Vec<_>>() });
        if wanted.len() > MAX_SPONSORS {
            let why = tr!(locale, "guests-sponsors-too-many", most = MAX_SPONSORS, chosen = wanted.len());
            return refuse(ctx, actor, &read, AuditAction::AddSponsor, options, why).await;
        }
        if wanted.is_empty() && !had.is_empty() && !change.confirm_none {
            let why = tr!(locale, "guests-sponsors-none-left", who = who.as_str());
            return refuse(ctx, actor, &read, AuditAction::RemoveSponsor, options, why).await;
        }
        if wanted == had {
            return Ok(Err(Refused(vec![tr!(locale, "guests-sponsors-unchanged", who = who)])));
        }
        let mut lines = Vec::new();
        let mut failed = Vec::new();
        // Additions first, so a guest never drops to fewer sponsors than asked for on the way.
        for sponsor in wanted.difference(&had) {
            match add_sponsor_of(ctx, actor, &read, sponsor).await? {
                Ok(line) => lines.push(line),
                Err(Refused(why)) => failed.extend(why),
            }
        }
        for sponsor in current.iter().filter(|c| !wanted.contains(&SponsorRef::of(c))) {
            match remove_sponsor_of(ctx, actor, &read, sponsor).await? {
                Ok(line) => lines.push(line),
                Err(Refused(why)) => failed.extend(why),
            }
        }
        if failed.is_empty() {
            Ok(Ok(lines))
        } else {
            lines.extend(failed);
            Ok(Err(Refused(lines)))
        }
    }

    /// Adds one sponsor, audited; the line to show, or why not.
    pub(crate) async fn add_sponsor_of(ctx: &Context, actor: &Actor, read: &Read, sponsor: &SponsorRef) -> Answer<String> {
        let locale = actor.locale();
        let who = name(read);
        let options = |label: &str| serde_json::json!({ "sponsor": sponsor.value(), "name": label });
        let Ok(sponsor_id) = sponsor.id.parse::<ObjectId>() else {
            return refuse(ctx, actor, read, AuditAction::AddSponsor, options(&sponsor.id), tr!(locale, "guests-sponsor-not-in-directory")).await;
        };
        // The sponsor's name for the sentence and the trail; also checks they exist.
        let label = match sponsor.kind {
            LinkedKind::User => ctx.app().user(&UserRef::Id(sponsor_id), &Query::new().select(&["id", "displayName"])).await.map(|u| u.display_name),
            LinkedKind::Group => ctx.app().group(sponsor_id, &Query::new().select(&["id", "displayName"])).await.map(|g| g.display_name),
        };
        let label = match label {
            Ok(name) => name.unwrap_or_else(|| sponsor.id.clone()),
            Err(error) if error.code() == Some(&graph::ErrorCode::ResourceNotFound) => {
                return refuse(ctx, actor, read, AuditAction::AddSponsor, options(&sponsor.id), tr!(locale, "guests-sponsor-gone")).await;
            }
            Err(error) => return Err(error.into()),
        };
        if read.user.id == Some(sponsor_id) {
            return refuse(ctx, actor, read, AuditAction::AddSponsor, options(&label), tr!(locale, "guests-sponsor-self", who = who)).await;
        }
        let principal = match sponsor.kind {
            LinkedKind::User => Principal::User(sponsor_id),
            LinkedKind::Group => Principal::Group(sponsor_id),
        };
        match ctx.callers(actor).acting.add_sponsor(&UserRef::Id(id_of(read, actor.locale())?), principal).await {
            Ok(()) => {
                record(ctx, actor, read, AuditAction::AddSponsor, AuditOutcome::Changed, options(&label), None).await?;
                Ok(Ok(tr!(locale, "guests-sponsor-added", sponsor = label, who = who)))
            }
            Err(error) => {
                record(ctx, actor, read, AuditAction::AddSponsor, AuditOutcome::Failed, options(&label), error.request_id()).await?;
                Ok(Err(Refused(vec![tr!(locale, "guests-sponsor-add-failed", sponsor = label, problem = Error::from(error).to_string())])))
            }
        }
    }

    /// Removes one of `read`'s sponsors, audited; the line to show, or why not.
    async fn remove_sponsor_of(ctx: &Context, actor: &Actor, read: &Read, sponsor: &Linked) -> Answer<String> {
        let locale = actor.locale();
        let who = name(read);
        let options = serde_json::json!({ "sponsor": SponsorRef::of(sponsor).value(), "name": sponsor.name });
        let Ok(sponsor_id) = sponsor.id.parse::<ObjectId>() else {
            return refuse(ctx, actor, read, AuditAction::RemoveSponsor, options, tr!(locale, "guests-sponsor-named-not-in-directory", sponsor = &sponsor.name)).await;
        };
        match ctx.callers(actor).acting.remove_sponsor(&UserRef::Id(id_of(read, actor.locale())?), sponsor_id).await {
            Ok(()) => {
                record(ctx, actor, read, AuditAction::RemoveSponsor, AuditOutcome::Changed, options, None).await?;
                Ok(Ok(tr!(locale, "guests-sponsor-removed", sponsor = &sponsor.name, who = who)))
            }
            Err(error) => {
                record(ctx, actor, read, AuditAction::RemoveSponsor, AuditOutcome::Failed, options, error.request_id()).await?;
                Ok(Err(Refused(vec![tr!(locale, "guests-sponsor-remove-failed", sponsor = &sponsor.name, problem = Error::from(error).to_string())])))
            }
        }
    }

    /// Hands `read`'s sponsorship over from `replace` to `sponsor`: adds `sponsor` (unless they
    /// sponsor the guest already), then removes those of `replace` who are the guest's sponsors.
    /// The guest is never left without a sponsor: at Microsoft's limit of five, one leaving
    /// sponsor makes room first and is put back if the addition fails.
    pub(crate) async fn hand_over_of(ctx: &Context, actor: &Actor, read: &Read, sponsor: &SponsorRef, replace: &[SponsorRef]) -> Answer<Vec<String>> {
        let locale = actor.locale();
        let current = match sponsors_of(read, locale) {
            Ok(current) => current,
            Err(why) => return Ok(Err(Refused(vec![why]))),
        };
        let mut leaving = current.iter().filter(|c| c.id != sponsor.id && replace.iter().any(|r| r.id == c.id));
        let mut lines = Vec::new();
        let added = !current.iter().any(|c| c.id == sponsor.id);
        let mut room = None;
        if added {
            room = if current.len() >= MAX_SPONSORS { leaving.next() } else { None };
            if let Some(first) = room {
                match remove_sponsor_of(ctx, actor, read, first).await? {
                    Ok(line) => lines.push(line),
                    Err(refused) => return Ok(Err(refused)),
                }
            }
            match add_sponsor_of(ctx, actor, read, sponsor).await? {
                Ok(line) => lines.insert(0, line),
                Err(Refused(mut why)) => {
                    if let Some(first) = room {
                        if let Err(Refused(back)) = add_sponsor_of(ctx, actor, read, &SponsorRef::of(first)).await? {
                            why.extend(back);
                        }
                    }
                    return Ok(Err(Refused(why)));
                }
            }
        }
        let mut gone_names: Vec<String> = room.iter().map(|r| r.name.clone()).collect();
        for gone in leaving {
            match remove_sponsor_of(ctx, actor, read, gone).await? {
                Ok(line) => lines.push(line),
                Err(Refused(why)) => {
                    lines.extend(why);
                    return Ok(Err(Refused(lines)));
                }
            }
            gone_names.push(gone.name.clone());
        }
        if added && !gone_names.is_empty() {
            let new = (sponsor.id.parse::<ObjectId>().map_err(|_| Error::Invalid(tr!(locale, "guests-sponsor-not-in-directory-short")))?, sponsor.kind == LinkedKind::Group);
            let guest = name(read);
            // The hand-over is done; a mail that cannot be queued must not undo or fail it.
            match crate::sponsors::mails::succeeded(ctx, actor, new, (&guest, &read.who()), &gone_names.join(", ")).await {
                Ok(0) => {}
                Ok(_) => lines.push(tr!(locale, "guests-sponsor-told")),
                Err(error) => tracing::warn!(%error, "the new sponsor of a guest could not be told by mail"),
            }
        }
        Ok(Ok(lines))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn sponsors_round_trip_through_the_form() {
            let user = SponsorRef { kind: LinkedKind::User, id: "b416e28c-d9f2-47a0-9b12-37c40629e5bd".into() };
            assert_eq!(user.value(), "user:b416e28c-d9f2-47a0-9b12-37c40629e5bd");
            assert_eq!(SponsorRef::parse(&user.value()), Some(user));
            assert_eq!(SponsorRef::parse("group:x").map(|s| s.kind), Some(LinkedKind::Group));
            for bad in ["", "user:", "device:x", "x"] {
                assert_eq!(SponsorRef::parse(bad), None, "{bad}");
            }
        }

        #[test]
        fn groups_graph_will_not_change_are_explained() {
            let group = |v: serde_json::Value| serde_json::from_value::<graph::Group>(v).unwrap();
            let dynamic = group(serde_json::json!({"displayName": "All partners", "groupTypes": ["DynamicMembership"], "membershipRule": "(user.userType -eq \"Guest\")"}));
            assert!(unmanageable(&dynamic, Locale::En).unwrap().contains("dynamic membership"));
            let list = group(serde_json::json!({"displayName": "News", "mailEnabled": true, "securityEnabled": false, "groupTypes": []}));
            assert!(unmanageable(&list, Locale::En).unwrap().contains("distribution list"));
            let admins = group(serde_json::json!({"displayName": "Admins", "isAssignableToRole": true, "securityEnabled": true}));
            assert!(unmanageable(&admins, Locale::En).unwrap().contains("Privileged Role Administrator"));
            let team = group(serde_json::json!({"displayName": "Project X", "mailEnabled": true, "securityEnabled": false, "groupTypes": ["Unified"]}));
            assert_eq!(unmanageable(&team, Locale::En), None);
            let plain = group(serde_json::json!({"displayName": "Partners", "securityEnabled": true, "mailEnabled": false}));
            assert_eq!(unmanageable(&plain, Locale::En), None);
        }
    }
}
