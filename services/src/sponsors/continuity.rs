//! Sponsor continuity (Admins): guests whose sponsors can no longer act for them, sponsor groups
//! with nobody in them, and members who left but still sponsor guests; each with a suggested
//! successor (the leaver's manager, else who invited the guest through Guestlist).
//!
//! Read with the application's token in few calls: the guests page by page with their sponsors
//! (`$expand=sponsors`, "List users"), then `$batch`es of twenty for the sponsor groups' members
//! and the leavers' managers ("List manager") together. Handing over goes through the Guests page's
//! preview and job (adding the successor as a sponsor, then removing the sponsors who left),
//! which checks and audits each guest.

use std::collections::{BTreeMap, BTreeSet};

use futures::TryStreamExt as _;
use graph::{ApiVersion, Batch, BatchRequest, DirectoryObject, DirectoryObjectKind, Filter, GraphError, ObjectId, Page, Query, User, UserType};
use http::Method;
use i18n::tr;

use super::{Continuity, DepartedSponsor, EmptySponsorGroup, OrphanedGuest, Successor};
use crate::audit::{self, AuditAction, AuditOutcome};
use crate::{Actor, Context, Error, Result, Role};

fn name(object: &DirectoryObject) -> String {
    object.display_name.clone().unwrap_or_else(|| object.id.map(|id| id.to_string()).unwrap_or_default())
}

/// Runs `requests` (id, path segments, query) in `$batch`es of twenty; answers by id, `None`
/// for a request Graph refused (a manager that is not set answers 404).
async fn batched(ctx: &Context, requests: Vec<(String, Vec<String>, Query)>) -> Result<BTreeMap<String, Option<serde_json::Value>>> {
    let mut answers = BTreeMap::new();
    for chunk in requests.chunks(graph::MAX_BATCH_REQUESTS) {
        let mut batch = Batch::new(ApiVersion::V1);
        for (id, segments, query) in chunk {
            batch.push(BatchRequest::new(id.clone(), Method::GET, segments, query)).map_err(|e| Error::Invalid(e.to_string()))?;
        }
        let mut responses = ctx.app().batch(&batch).await?;
        for (id, _, _) in chunk {
            let value = responses.take(id).map(|r| r.into_result::<serde_json::Value>());
            match value {
                Some(Ok(value)) => answers.insert(id.clone(), Some(value)),
                Some(Err(error)) if error.code() == Some(&graph::ErrorCode::ResourceNotFound) => answers.insert(id.clone(), None),
                Some(Err(error)) => return Err(error.into()),
                None => return Err(GraphError::Decode { url: "$batch".into(), reason: format!("no answer for {id}") }.into()),
            };
        }
    }
    Ok(answers)
}

/// The Sponsor continuity page (Admins).
pub async fn continuity(ctx: &Context, actor: &Actor) -> Result<Continuity> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let query = Query::new()
        .filter(Filter::eq("userType", UserType::Guest))
        .select(&["id", "displayName", "mail", "userPrincipalName"])
        .expand("sponsors($select=id,displayName,accountEnabled)")
        .top(999);
    let guests: Vec<User> = ctx.app().users(query).try_collect().await?;

    // The leavers among the sponsors (disabled accounts).
    let mut departed: BTreeMap<ObjectId, DepartedSponsor> = BTreeMap::new();
    for guest in &guests {
        for sponsor in guest.sponsors.iter().flatten().filter(|s| s.kind() == DirectoryObjectKind::User && s.account_enabled == Some(false)) {
            let Some(id) = sponsor.id else { continue };
            let entry = departed.entry(id).or_insert_with(|| DepartedSponsor { id: id.to_string(), name: name(sponsor), manager: None, guests: Vec::new() });
            if let Some(guest_id) = guest.id {
                entry.guests.push((guest_id.to_string(), guest.display_name.clone().unwrap_or_default()));
            }
        }
    }
    // Every sponsor group's members and every leaver's manager, in the same $batches (directory
    // object ids are unique across groups and users, so they name the answers).
    let groups: BTreeSet<ObjectId> =
        guests.iter().flat_map(|g| g.sponsors.iter().flatten()).filter(|s| s.kind() == DirectoryObjectKind::Group).filter_map(|s| s.id).collect();
    let member_query = Query::new().select(&["id", "accountEnabled"]).top(999);
    let manager_query = Query::new().select(&["id", "displayName", "accountEnabled"]);
    let requests = groups
        .iter()
        .map(|g| (g.to_string(), vec!["groups".to_string(), g.to_string(), "members".to_string()], member_query.clone()))
        .chain(departed.keys().map(|id| (id.to_string(), vec!["users".to_string(), id.to_string(), "manager".to_string()], manager_query.clone())))
        .collect();
    let answers = batched(ctx, requests).await?;
    let live_group = |id: &ObjectId| {
        answers.get(&id.to_string()).and_then(|a| a.clone()).and_then(|v| serde_json::from_value::<Page<DirectoryObject>>(v).ok()).is_some_and(|page| {
            page.value.iter().any(|m| m.kind() == DirectoryObjectKind::User && m.account_enabled != Some(false))
        })
    };
    let alive = |s: &DirectoryObject| match s.kind() {
        DirectoryObjectKind::User => s.account_enabled != Some(false),
        DirectoryObjectKind::Group => s.id.as_ref().is_some_and(&live_group),
        DirectoryObjectKind::Other(_) => false,
    };
    for (id, leaver) in departed.iter_mut() {
        let manager = answers.get(&id.to_string()).and_then(|a| a.clone()).and_then(|v| serde_json::from_value::<DirectoryObject>(v).ok());
        leaver.manager = manager.filter(|m| m.kind() == DirectoryObjectKind::User && m.account_enabled != Some(false)).and_then(|m| {
            Some(Successor { id: m.id?.to_string(), name: name(&m), why: tr!(locale, "continuity-why-manager", name = leaver.name.as_str()) })
        });
    }

    // Who invited each listed guest through Guestlist, from its audit trail.
    let min = ctx.settings.min_sponsors;
    let listed: Vec<&User> = guests.iter().filter(|g| g.sponsors.iter().flatten().filter(|s| alive(s)).count() < min).collect();
    let targets: Vec<String> = listed.iter().flat_map(|g| [g.mail.clone(), g.user_principal_name.clone()]).flatten().collect();
    let target_refs: Vec<&str> = targets.iter().map(String::as_str).collect();
    let trail = audit::about(&ctx.db, &target_refs, 20 * i64::try_from(listed.len()).unwrap_or(1000).max(1)).await?;
    let inviter = |guest: &User| {
        let addresses: Vec<String> = [guest.mail.clone(), guest.user_principal_name.clone()].into_iter().flatten().map(|a| a.to_lowercase()).collect();
        // Newest first: the first invitation is the last one.
        let event = trail
            .iter()
            .filter(|e| addresses.contains(&e.target.to_lowercase()))
            .filter(|e| matches!(e.action, AuditAction::Invite) && matches!(e.outcome, AuditOutcome::Invited | AuditOutcome::InvitedStepFailed))
            .last()?;
        let id = event.actor_id.clone()?;
        // A leaver who invited them cannot take over.
        (!departed.keys().any(|d| d.to_string() == id)).then(|| Successor {
            id,
            name: event.actor.split(" <").next().unwrap_or(&event.actor).to_string(),
            why: tr!(locale, "continuity-why-inviter"),
        })
    };

    let mut orphans: Vec<OrphanedGuest> = listed
        .iter()
        .filter_map(|guest| {
            let sponsors: Vec<&DirectoryObject> = guest.sponsors.iter().flatten().collect();
            let live = sponsors.iter().filter(|s| alive(s)).count();
            let why = if sponsors.is_empty() {
                tr!(locale, "continuity-no-sponsor")
            } else if live == 0 {
                tr!(locale, "continuity-no-live-sponsor")
            } else {
                tr!(locale, "continuity-too-few-sponsors", count = live, min = min)
            };
            let words = sponsors
                .iter()
                .map(|s| match (s.kind(), alive(s)) {
                    (DirectoryObjectKind::User, false) => tr!(locale, "continuity-sponsor-disabled", name = name(s)),
                    (DirectoryObjectKind::Group, false) => tr!(locale, "continuity-sponsor-empty-group", name = name(s)),
                    (DirectoryObjectKind::Group, true) => tr!(locale, "continuity-sponsor-group", name = name(s)),
                    _ => name(s),
                })
                .collect();
            let gone: Vec<ObjectId> = sponsors.iter().filter(|s| s.kind() == DirectoryObjectKind::User && !alive(s)).filter_map(|s| s.id).collect();
            let manager = gone.iter().filter_map(|id| departed.get(id).and_then(|d| d.manager.clone())).next();
            Some(OrphanedGuest {
                id: guest.id?.to_string(),
                display_name: guest.display_name.clone().unwrap_or_else(|| tr!(locale, "continuity-a-guest")),
                mail: guest.mail.clone(),
                why,
                sponsors: words,
                departed: gone.iter().map(ObjectId::to_string).collect(),
                successor: manager.or_else(|| inviter(guest)),
            })
        })
        .collect();
    orphans.sort_by(|a, b| a.display_name.to_lowercase().cmp(&b.display_name.to_lowercase()));

    let mut empty_groups: Vec<EmptySponsorGroup> = groups
        .iter()
        .filter(|g| !live_group(g))
        .map(|g| {
            let sponsored = guests.iter().filter(|u| u.sponsors.iter().flatten().any(|s| s.id == Some(*g)));
            let group = sponsored.clone().flat_map(|u| u.sponsors.iter().flatten()).find(|s| s.id == Some(*g));
            EmptySponsorGroup {
                id: g.to_string(),
                name: group.map(name).unwrap_or_else(|| g.to_string()),
                guests: sponsored.filter_map(|u| u.display_name.clone()).collect(),
            }
        })
        .collect();
    empty_groups.sort_by(|a, b| a.name.cmp(&b.name));
    let mut departed: Vec<DepartedSponsor> = departed.into_values().collect();
    departed.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Continuity { guests: orphans, departed, empty_groups, min_sponsors: min })
}
