//! My guests: whom the person sponsors (Graph's `/me/sponsorOf`, read with their own token), then
//! the evidence about exactly those guests, read with the application's token in `$batch`es of
//! four requests per guest (the user with their sponsors, sign-in activity, groups, apps), the
//! first of them also reading the person's own groups: a page costs one call for the list and
//! one per five guests.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use futures::{StreamExt as _, TryStreamExt as _};
use graph::{
    ApiVersion, AppRoleAssignment, Batch, BatchRequest, BatchResponses, DirectoryObject, DirectoryObjectKind, ExternalUserState, GraphError, ObjectId,
    Page, Query, User, UserRef, UserType,
};
use http::Method;

use super::relation::{self, groups_of, Sponsored, FIELDS};
use super::store::{self, LifecycleRow, RequestRow};
use super::{Ending, ExtensionRequest, Lifecycle, MyGuest, MyGuests};
use crate::audit::{self, AuditAction, AuditEvent, AuditOutcome};
use i18n::{tr, Locale};
use crate::guests::details::{linked, sign_ins, SignIns};
use crate::guests::status::{classify, INACTIVE_AFTER_DAYS};
use crate::{Actor, Context, Error, Result};

/// Guests whose evidence one `$batch` reads (four requests each; Graph takes twenty).
const GUESTS_PER_BATCH: usize = graph::MAX_BATCH_REQUESTS / 4;
/// Batches read at the same time for one page.
const BATCHES_AT_ONCE: usize = 2;

/// Whether a sponsored object is a guest (external) rather than a colleague someone sponsors.
fn is_guest(object: &DirectoryObject) -> bool {
    object.user_type == Some(UserType::Guest) || object.user_principal_name.as_deref().is_some_and(|upn| upn.to_ascii_uppercase().contains("#EXT#"))
}

/// The guests the person sponsors, by Graph's own answer with their token. Groups in the answer
/// ("List sponsorOf" returns users and groups) stand for their guest members, read with the
/// application's token.
async fn sponsored_ids(ctx: &Context, actor: &Actor) -> Result<Vec<ObjectId>> {
    let select = Query::new().select(&["id", "displayName", "userType", "userPrincipalName"]);
    let objects: Vec<DirectoryObject> = ctx.as_actor(actor).sponsor_of(&UserRef::Me, select.clone()).try_collect().await?;
    let mut ids = BTreeSet::new();
    for object in &objects {
        match object.kind() {
            DirectoryObjectKind::User if is_guest(object) => ids.extend(object.id),
            DirectoryObjectKind::Group => {
                let Some(group) = object.id else { continue };
                let members: Vec<DirectoryObject> = ctx.app().group_members(group, select.clone()).try_collect().await?;
                ids.extend(members.iter().filter(|m| m.kind() == DirectoryObjectKind::User && is_guest(m)).filter_map(|m| m.id));
            }
            _ => {}
        }
    }
    Ok(ids.into_iter().collect())
}

/// Every guest the actor sponsors, with the evidence (Sponsors: every member).
pub async fn my_guests(ctx: &Context, actor: &Actor) -> Result<MyGuests> {
    let me = relation::me(actor)?;
    let ids = sponsored_ids(ctx, actor).await?;
    let (mut guests, notes) = evidence(ctx, me, MyGroups::Read, &ids, actor.locale()).await?;
    guests.sort_by(|a, b| a.display_name.to_lowercase().cmp(&b.display_name.to_lowercase()));
    Ok(MyGuests { guests, grace_days: ctx.settings.end_grace_days, notes })
}

/// One guest the actor sponsors, checked now (for the confirmation page of an action). An id
/// that is not theirs is refused and audited.
pub async fn my_guest(ctx: &Context, actor: &Actor, id: &str) -> Result<MyGuest> {
    let sponsored = relation::check(ctx, actor, id, AuditAction::ViewSponsoredGuest).await?;
    one(ctx, actor, &sponsored).await
}

pub(crate) async fn one(ctx: &Context, actor: &Actor, sponsored: &Sponsored) -> Result<MyGuest> {
    let me = relation::me(actor)?;
    let groups: Vec<ObjectId> = sponsored.through_groups.iter().filter_map(|g| g.id).collect();
    let (guests, _) = evidence(ctx, me, MyGroups::Known(groups), &[sponsored.id], actor.locale()).await?;
    let mut guest = guests.into_iter().next().ok_or_else(|| relation::not_yours(actor.locale()))?;
    if !sponsored.direct && guest.through_groups.is_empty() {
        guest.through_groups = sponsored.through_groups.iter().filter_map(|g| g.display_name.clone()).collect();
    }
    Ok(guest)
}

/// What one `$batch` answers about one guest.
struct Read {
    user: User,
    sign_ins: std::result::Result<Option<graph::SignInActivity>, GraphError>,
    groups: Vec<DirectoryObject>,
    apps: Vec<AppRoleAssignment>,
}

fn take<T: serde::de::DeserializeOwned>(answers: &mut BatchResponses, id: &str) -> std::result::Result<T, GraphError> {
    let answer = answers.take(id).ok_or_else(|| GraphError::Decode { url: "$batch".into(), reason: format!("no answer for {id}") })?;
    answer.into_result()
}

/// The groups of the person whose guests are read: known, or read with the first `$batch`.
enum MyGroups {
    Known(Vec<ObjectId>),
    Read,
}

/// The groups' query, for the person's own and each guest's.
fn groups_query() -> Query {
    Query::new().select(&["id", "displayName"]).top(999)
}

/// Reads `ids` (at most [`GUESTS_PER_BATCH`], one fewer with `groups_of`) in one `$batch` with the
/// application's token, and the groups of `groups_of` with them. Guests that vanished in between
/// are left out.
async fn read_batch(ctx: &Context, ids: &[ObjectId], groups_of: Option<ObjectId>) -> Result<(Vec<Read>, Vec<DirectoryObject>)> {
    let mut batch = Batch::new(ApiVersion::V1);
    if let Some(me) = groups_of {
        let me = me.to_string();
        batch.push(BatchRequest::new("mine", Method::GET, &["users", me.as_str(), "memberOf"], &groups_query())).map_err(|e| Error::Invalid(e.to_string()))?;
    }
    let user_query = Query::new().select(FIELDS).expand("sponsors($select=id,displayName,mail,userPrincipalName)");
    for (n, id) in ids.iter().enumerate() {
        let id = id.to_string();
        let requests = [
            BatchRequest::new(format!("u{n}"), Method::GET, &["users", id.as_str()], &user_query),
            // Apart, so that Graph refusing sign-in activity (no licence, no permission) leaves the rest.
            BatchRequest::new(format!("s{n}"), Method::GET, &["users", id.as_str()], &Query::new().select(&["id", "signInActivity"])),
            BatchRequest::new(format!("g{n}"), Method::GET, &["users", id.as_str(), "memberOf"], &groups_query()),
            BatchRequest::new(format!("a{n}"), Method::GET, &["users", id.as_str(), "appRoleAssignments"], &Query::new()),
        ];
        for request in requests {
            batch.push(request).map_err(|e| Error::Invalid(e.to_string()))?;
        }
    }
    let mut answers = ctx.app().batch(&batch).await?;
    let mut mine = Vec::new();
    if groups_of.is_some() {
        // Followed past the first page, which the batch answered: someone in more than 999 groups.
        let mut page: Page<DirectoryObject> = take(&mut answers, "mine")?;
        loop {
            mine.append(&mut page.value);
            match page.next_link {
                Some(next) => page = ctx.app().next_page(&next, false).await?,
                None => break,
            }
        }
    }
    let mut reads = Vec::new();
    for n in 0..ids.len() {
        let user: User = match take(&mut answers, &format!("u{n}")) {
            Ok(user) => user,
            Err(error) if error.code() == Some(&graph::ErrorCode::ResourceNotFound) => continue,
            Err(error) => return Err(error.into()),
        };
        let sign_ins = take::<User>(&mut answers, &format!("s{n}")).map(|u| u.sign_in_activity);
        let groups = take::<Page<DirectoryObject>>(&mut answers, &format!("g{n}")).map(|p| p.value).unwrap_or_default();
        let apps = take::<Page<AppRoleAssignment>>(&mut answers, &format!("a{n}")).map(|p| p.value).unwrap_or_default();
        reads.push(Read { user, sign_ins, groups, apps });
    }
    Ok((reads, mine))
}

/// The evidence about `ids`, whom `me` (in groups `my_groups`) sponsors.
async fn evidence(ctx: &Context, me: ObjectId, my_groups: MyGroups, ids: &[ObjectId], locale: Locale) -> Result<(Vec<MyGuest>, Vec<String>)> {
    let read_mine = matches!(my_groups, MyGroups::Read);
    // The first batch has a place less for guests when it also reads the person's groups.
    let (first, rest) = ids.split_at(ids.len().min(GUESTS_PER_BATCH - usize::from(read_mine)));
    let chunks: Vec<(Vec<ObjectId>, Option<ObjectId>)> = std::iter::once((first.to_vec(), read_mine.then_some(me)))
        .chain(rest.chunks(GUESTS_PER_BATCH).map(|chunk| (chunk.to_vec(), None)))
        .filter(|(chunk, _)| !chunk.is_empty())
        .collect();
    let reads: Vec<(Vec<Read>, Vec<DirectoryObject>)> =
        futures::stream::iter(chunks).map(|(chunk, mine)| async move { read_batch(ctx, &chunk, mine).await }).buffered(BATCHES_AT_ONCE).try_collect().await?;
    let (reads, mine): (Vec<Vec<Read>>, Vec<Vec<DirectoryObject>>) = reads.into_iter().unzip();
    let reads: Vec<Read> = reads.into_iter().flatten().collect();
    let my_groups = match my_groups {
        MyGroups::Known(groups) => groups,
        MyGroups::Read => groups_of(&mine.concat()),
    };
    let my_groups = my_groups.as_slice();
    let id_strings: Vec<String> = reads.iter().filter_map(|r| r.user.id.map(|id| id.to_string())).collect();
    let rows: BTreeMap<String, LifecycleRow> = store::rows(&ctx.db, &id_strings).await?.into_iter().map(|r| (r.guest_id.clone(), r)).collect();
    let mut requests: BTreeMap<String, Vec<RequestRow>> = BTreeMap::new();
    for request in store::open_requests(&ctx.db, &id_strings).await? {
        requests.entry(request.guest_id.clone()).or_default().push(request);
    }
    let targets: Vec<String> = reads.iter().flat_map(|r| [r.user.mail.clone(), r.user.user_principal_name.clone()]).flatten().collect();
    let target_refs: Vec<&str> = targets.iter().map(String::as_str).collect();
    let trail = audit::about(&ctx.db, &target_refs, 20 * i64::try_from(reads.len()).unwrap_or(1000).max(1)).await?;
    let now = ctx.clock.now();
    let mut notes = BTreeSet::new();
    let guests = reads
        .into_iter()
        .filter_map(|read| {
            let id = read.user.id?;
            let (sign_ins, known) = sign_ins(&read.sign_ins, locale);
            if let SignIns::Unavailable(why) = &sign_ins {
                notes.insert(why.clone());
            }
            let mut user = read.user.clone();
            user.sign_in_activity = read.sign_ins.as_ref().ok().cloned().flatten();
            let sponsors = read.user.sponsors.clone().unwrap_or_default();
            let through = relation::relation(me, my_groups, &sponsors).map(|(_, through)| through).unwrap_or_default();
            let addresses: Vec<String> = [user.mail.clone(), user.user_principal_name.clone()].into_iter().flatten().map(|a| a.to_lowercase()).collect();
            let theirs: Vec<&AuditEvent> = trail.iter().filter(|e| addresses.contains(&e.target.to_lowercase())).collect();
            Some(MyGuest {
                id: id.to_string(),
                display_name: user.display_name.clone().unwrap_or_else(|| tr!(locale, "sponsors-a-guest")),
                mail: user.mail.clone(),
                company: user.company_name.clone(),
                status: classify(&user, known, now, INACTIVE_AFTER_DAYS).words(locale),
                invitation: invitation_words(&user, locale),
                pending: user.external_user_state.as_ref().is_some_and(|s| *s != ExternalUserState::Accepted),
                enabled: user.account_enabled != Some(false),
                sign_ins,
                groups: read.groups.iter().filter(|g| g.kind() == DirectoryObjectKind::Group).filter_map(|g| g.display_name.clone()).collect(),
                apps: apps_words(&read.apps, locale),
                invited_by: invited_by(&theirs, locale),
                through_groups: through.iter().filter_map(|g| g.display_name.clone()).collect(),
                co_sponsors: sponsors.iter().filter(|s| s.id != Some(me)).filter_map(linked).collect(),
                sponsor_count: sponsors.len(),
                lifecycle: lifecycle(rows.get(&id.to_string()), now, locale),
                requests: requests.remove(&id.to_string()).unwrap_or_default().into_iter().map(|r| request_words(r, locale)).collect(),
            })
        })
        .collect();
    Ok((guests, notes.into_iter().collect()))
}

/// The invitation in words.
pub(crate) fn invitation_words(user: &User, locale: Locale) -> String {
    match &user.external_user_state {
        Some(ExternalUserState::Accepted) => match user.external_user_state_change_date_time {
            Some(at) => tr!(locale, "sponsors-accepted-on", date = i18n::date(locale, at)),
            None => tr!(locale, "sponsors-accepted"),
        },
        Some(_) => match user.external_user_state_change_date_time {
            Some(since) => tr!(locale, "sponsors-invitation-pending-since", date = i18n::date(locale, since)),
            None => tr!(locale, "sponsors-invitation-pending"),
        },
        None => tr!(locale, "sponsors-not-invited-b2b"),
    }
}

fn apps_words(assignments: &[AppRoleAssignment], locale: Locale) -> Vec<String> {
    let names: BTreeSet<String> = assignments.iter().map(|a| a.resource_display_name.clone().unwrap_or_else(|| tr!(locale, "sponsors-an-app"))).collect();
    names.into_iter().collect()
}

/// Who invited them through Guestlist and the message they gave, from its audit trail (newest
/// first: the first invitation is the last one in it).
fn invited_by(trail: &[&AuditEvent], locale: Locale) -> String {
    let invited = |e: &&&AuditEvent| {
        matches!(e.action, AuditAction::Invite | AuditAction::ConvertToExternalUser) && matches!(e.outcome, AuditOutcome::Invited | AuditOutcome::InvitedStepFailed)
    };
    let Some(event) = trail.iter().filter(invited).last() else {
        return tr!(locale, "sponsors-invited-not-through");
    };
    let day = store::parse(&event.at).map(|at| i18n::date(locale, at)).unwrap_or_else(|| event.at.clone());
    let reason = serde_json::from_str::<serde_json::Value>(&event.options)
        .ok()
        .and_then(|o| o.get("message").and_then(|m| m.as_str()).map(str::trim).filter(|m| !m.is_empty()).map(str::to_owned));
    match reason {
        Some(reason) => tr!(locale, "sponsors-invited-by-reason", by = event.actor.as_str(), date = day, reason = reason),
        None => tr!(locale, "sponsors-invited-by", by = event.actor.as_str(), date = day),
    }
}

fn day(at: &Option<String>, locale: Locale) -> Option<String> {
    at.as_deref().and_then(store::parse).map(|at| i18n::date(locale, at))
}

/// The stored facts in words; with no row, the next review is the usual interval from now.
pub(crate) fn lifecycle(row: Option<&LifecycleRow>, now: DateTime<Utc>, locale: Locale) -> Lifecycle {
    let day = |at: &Option<String>| day(at, locale);
    // A row written by an ending (or a request) has no review date until someone confirms.
    let unconfirmed = || tr!(locale, "sponsors-unconfirmed", date = i18n::date(locale, now));
    let Some(row) = row else {
        return Lifecycle { next_review: Some(unconfirmed()), ..Lifecycle::default() };
    };
    let ending = row.ending().then(|| Ending {
        ended_on: day(&row.ended_at).unwrap_or_default(),
        ended_by: row.ended_by.clone().unwrap_or_default(),
        delete_after: day(&row.delete_after).unwrap_or_default(),
    });
    Lifecycle {
        access_until: day(&row.access_until),
        access_until_date: row.access_until.as_deref().and_then(store::parse).map(|d| d.format("%Y-%m-%d").to_string()),
        next_review: day(&row.next_review_at).or_else(|| Some(unconfirmed())),
        last_confirmed: row
            .confirmed_at
            .as_ref()
            .map(|_| tr!(locale, "sponsors-confirmed-by", date = day(&row.confirmed_at).unwrap_or_default(), name = row.confirmed_by.clone().unwrap_or_default())),
        ending,
    }
}

pub(crate) fn request_words(row: RequestRow, locale: Locale) -> ExtensionRequest {
    ExtensionRequest { id: row.id, asked_on: day(&Some(row.asked_at), locale).unwrap_or_default(), wanted_until: day(&row.wanted_until, locale), reason: row.reason }
}
