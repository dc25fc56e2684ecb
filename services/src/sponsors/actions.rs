//! What a sponsor does to a guest from My guests. Each action first checks, now, that Graph names
//! them as the guest's sponsor ([`super::relation::check`]); then acts with the application's
//! token (sponsors hold no directory rights) and audits the change, the refusal or the failure.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use futures::TryStreamExt as _;
use graph::{Filter, ObjectId, Principal, Query, UserRef, UserType, UserUpdate};

use super::mails::{self, Notice};
use super::relation::{self, Sponsored};
use super::store::{self, GuestName};
use super::{LONGEST_EXTENSION_DAYS, REVIEW_EVERY_DAYS};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::directory::{date_words, Answer, Refused};
use crate::guests::actions::MAX_SPONSORS;
use crate::guests::details::{protected, read};
use crate::{Actor, Context, Error, Result};

async fn record(ctx: &Context, actor: &Actor, guest: &Sponsored, action: AuditAction, outcome: AuditOutcome, mut options: serde_json::Value, request_id: Option<&str>) -> Result<()> {
    if let Some(map) = options.as_object_mut() {
        map.insert("userId".into(), guest.id.to_string().into());
    }
    audit::record(&ctx.db, actor, Entry::new(action, guest.who(), outcome).options(&options).request_id(request_id)).await
}

/// Records the refusal and answers it.
async fn refuse<T>(ctx: &Context, actor: &Actor, guest: &Sponsored, action: AuditAction, options: serde_json::Value, why: String) -> Answer<T> {
    record(ctx, actor, guest, action, AuditOutcome::Refused, options, None).await?;
    Ok(Err(Refused(vec![why])))
}

fn name_of(guest: &Sponsored) -> (String, Option<String>) {
    (guest.name(), guest.user.mail.clone())
}

/// Whether their access is being ended now (disabled, deleted after the grace period).
async fn ending(ctx: &Context, guest: &Sponsored) -> Result<Option<store::LifecycleRow>> {
    Ok(store::row(&ctx.db, &guest.id.to_string()).await?.filter(store::LifecycleRow::ending))
}

/// Keep: the sponsor confirms the guest still needs access; the next review is in
/// [`REVIEW_EVERY_DAYS`].
pub async fn keep(ctx: &Context, actor: &Actor, id: &str) -> Answer<Vec<String>> {
    let guest = relation::check(ctx, actor, id, AuditAction::ConfirmGuestAccess).await?;
    if ending(ctx, &guest).await?.is_some() {
        let why = format!("{}'s access is being ended. Undo that first if they still need access.", guest.name());
        return refuse(ctx, actor, &guest, AuditAction::ConfirmGuestAccess, serde_json::json!({}), why).await;
    }
    let now = ctx.clock.now();
    let next = now + Duration::days(REVIEW_EVERY_DAYS);
    let (name, mail) = name_of(&guest);
    let row = GuestName { id: &guest.id.to_string(), name: &name, mail: mail.as_deref() };
    store::confirm(&ctx.db, &row, &actor.audit_name(), now, next, None).await?;
    record(ctx, actor, &guest, AuditAction::ConfirmGuestAccess, AuditOutcome::Changed, serde_json::json!({ "nextReview": next.to_rfc3339() }), None).await?;
    Ok(Ok(vec![format!("Thank you: {name} keeps their access. You will be asked again by {}.", date_words(next))]))
}

/// The date the extend form posts (`YYYY-MM-DD`), checked: after today, at most a year ahead.
pub(crate) fn extension_date(input: &str, now: DateTime<Utc>) -> std::result::Result<DateTime<Utc>, String> {
    let date = NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| "Enter the date their access should run until, such as 2027-06-30.".to_owned())?;
    let until = date.and_hms_opt(0, 0, 0).map(|d| d.and_utc()).ok_or("That date cannot be used.")?;
    if until <= now {
        return Err(format!("{} has passed: choose a day after today.", date_words(until)));
    }
    if until > now + Duration::days(LONGEST_EXTENSION_DAYS) {
        return Err(format!("Extend by at most a year at a time (until {} at the latest); you can extend again later.", date_words(now + Duration::days(LONGEST_EXTENSION_DAYS))));
    }
    Ok(until)
}

/// Extend to a date: their access runs (and is reviewed next) until then. Grants their open
/// requests for more time.
pub async fn extend(ctx: &Context, actor: &Actor, id: &str, until: &str) -> Answer<Vec<String>> {
    let guest = relation::check(ctx, actor, id, AuditAction::ExtendGuestAccess).await?;
    let options = serde_json::json!({ "until": until });
    if ending(ctx, &guest).await?.is_some() {
        let why = format!("{}'s access is being ended. Undo that first, then extend it.", guest.name());
        return refuse(ctx, actor, &guest, AuditAction::ExtendGuestAccess, options, why).await;
    }
    let now = ctx.clock.now();
    let until = match extension_date(until, now) {
        Ok(until) => until,
        Err(why) => return refuse(ctx, actor, &guest, AuditAction::ExtendGuestAccess, options, why).await,
    };
    let (name, mail) = name_of(&guest);
    let row = GuestName { id: &guest.id.to_string(), name: &name, mail: mail.as_deref() };
    store::confirm(&ctx.db, &row, &actor.audit_name(), now, until, Some(until)).await?;
    record(ctx, actor, &guest, AuditAction::ExtendGuestAccess, AuditOutcome::Changed, options, None).await?;
    Ok(Ok(vec![format!("{name}'s access now runs until {}. You will be asked again then.", date_words(until))]))
}

/// End access (`confirmed` on the confirmation page): disabled now, deleted after the grace period
/// (`GUESTLIST_END_GRACE_DAYS`) unless a sponsor undoes it. The other sponsors are mailed.
pub async fn end(ctx: &Context, actor: &Actor, id: &str, confirmed: bool) -> Answer<Vec<String>> {
    let guest = relation::check(ctx, actor, id, AuditAction::EndGuestAccess).await?;
    let options = serde_json::json!({ "graceDays": ctx.settings.end_grace_days });
    if !confirmed {
        return refuse(ctx, actor, &guest, AuditAction::EndGuestAccess, options, "Tick “I understand” to confirm ending their access.".into()).await;
    }
    if ending(ctx, &guest).await?.is_some() {
        return refuse(ctx, actor, &guest, AuditAction::EndGuestAccess, options, format!("{}'s access is being ended already.", guest.name())).await;
    }
    if guest.user.user_type != Some(UserType::Guest) {
        let why = format!("{} is a member of your organisation, not a guest: their access ends with their employment, not in My guests.", guest.name());
        return refuse(ctx, actor, &guest, AuditAction::EndGuestAccess, options, why).await;
    }
    // Synced accounts, the portal's own administrators and the sponsor themselves stay.
    let full = read(&ctx.app(), guest.id).await?;
    if let Some(why) = protected(actor, &full) {
        return refuse(ctx, actor, &guest, AuditAction::EndGuestAccess, options, why).await;
    }
    let update = UserUpdate { account_enabled: Some(false), ..UserUpdate::default() };
    let sent = match ctx.app().update_user(&UserRef::Id(guest.id), &update).await {
        Ok(sent) => sent,
        Err(error) => {
            record(ctx, actor, &guest, AuditAction::EndGuestAccess, AuditOutcome::Failed, options, error.request_id()).await?;
            return Ok(Err(Error::from(error).into()));
        }
    };
    let now = ctx.clock.now();
    let delete_after = now + Duration::days(i64::from(ctx.settings.end_grace_days));
    let (name, mail) = name_of(&guest);
    let row = GuestName { id: &guest.id.to_string(), name: &name, mail: mail.as_deref() };
    store::set_ending(&ctx.db, &row, actor.name(), "sponsor", now, delete_after).await?;
    let mut options = options;
    options["deleteAfter"] = delete_after.to_rfc3339().into();
    record(ctx, actor, &guest, AuditAction::EndGuestAccess, AuditOutcome::Changed, options, sent.request_id.as_deref()).await?;
    let delete_on = date_words(delete_after);
    let others = mails::recipients(ctx, &guest.sponsors, actor.object_id()).await.unwrap_or_default();
    let notice = Notice::Ending { guest: &name, by: actor.name(), delete_on: &delete_on };
    let mailed = mails::send(ctx, actor, &others, &notice, AuditAction::EndGuestAccess, &guest.who()).await?;
    let mut lines = vec![
        format!("{name} can no longer sign in. Their account is deleted on {delete_on}."),
        format!("Until then you (or another sponsor) can undo it in My guests: they get their access back as it was."),
    ];
    if mailed > 0 {
        lines.push(format!("Their other sponsors were told by e-mail ({mailed})."));
    }
    Ok(Ok(lines))
}

/// Undo an ending during the grace period: the account can sign in again.
pub async fn undo_end(ctx: &Context, actor: &Actor, id: &str) -> Answer<Vec<String>> {
    let guest = relation::check(ctx, actor, id, AuditAction::UndoEndGuestAccess).await?;
    let now = ctx.clock.now();
    let Some(row) = ending(ctx, &guest).await? else {
        return refuse(ctx, actor, &guest, AuditAction::UndoEndGuestAccess, serde_json::json!({}), format!("{}'s access is not being ended: nothing to undo.", guest.name())).await;
    };
    if row.delete_after.as_deref().and_then(store::parse).is_some_and(|at| at <= now) {
        let why = format!("The grace period for {} has passed and the account is being deleted. An administrator can restore it from Recently deleted guests within 30 days.", guest.name());
        return refuse(ctx, actor, &guest, AuditAction::UndoEndGuestAccess, serde_json::json!({}), why).await;
    }
    let update = UserUpdate { account_enabled: Some(true), ..UserUpdate::default() };
    match ctx.app().update_user(&UserRef::Id(guest.id), &update).await {
        Ok(sent) => {
            store::clear_ending(&ctx.db, &guest.id.to_string(), now).await?;
            record(ctx, actor, &guest, AuditAction::UndoEndGuestAccess, AuditOutcome::Changed, serde_json::json!({}), sent.request_id.as_deref()).await?;
            Ok(Ok(vec![format!("{} can sign in again; their groups, apps and sponsors are as they were.", guest.name())]))
        }
        Err(error) => {
            record(ctx, actor, &guest, AuditAction::UndoEndGuestAccess, AuditOutcome::Failed, serde_json::json!({}), error.request_id()).await?;
            Ok(Err(Error::from(error).into()))
        }
    }
}

/// Resend a pending invitation: Microsoft never mails an address twice, so this is a fresh link
/// for the sponsor to pass on.
pub async fn resend(ctx: &Context, actor: &Actor, id: &str) -> Answer<Vec<String>> {
    let guest = relation::check(ctx, actor, id, AuditAction::ResendInvitation).await?;
    let pending = guest.user.external_user_state.as_ref().is_some_and(|s| *s != graph::ExternalUserState::Accepted);
    if !pending {
        let why = format!("{} has accepted their invitation already: there is nothing to resend.", guest.name());
        return refuse(ctx, actor, &guest, AuditAction::ResendInvitation, serde_json::json!({}), why).await;
    }
    match crate::invite::reinvite(&ctx.app(), &ctx.settings, actor, guest.id, false, None).await {
        Ok(outcome) => {
            record(ctx, actor, &guest, AuditAction::ResendInvitation, AuditOutcome::Invited, serde_json::json!({}), outcome.request_id.as_deref()).await?;
            let mut lines = vec![format!("A new invitation link for {}:", guest.name())];
            lines.extend(outcome.redeem_url.clone());
            lines.push("Microsoft does not e-mail an address it has invited already: pass this link on yourself.".into());
            Ok(Ok(lines))
        }
        Err(error) => {
            record(ctx, actor, &guest, AuditAction::ResendInvitation, AuditOutcome::Failed, serde_json::json!({}), error.request_id()).await?;
            Ok(Err(error.into()))
        }
    }
}

/// The colleague named by e-mail address or user name: an enabled member of the organisation.
pub(crate) async fn colleague(ctx: &Context, input: &str) -> std::result::Result<graph::User, String> {
    let address = input.trim();
    if address.is_empty() || !address.contains('@') {
        return Err("Enter your colleague's e-mail address, such as jonas.lindqvist@northwind.example.".into());
    }
    let filter = Filter::eq("mail", address).or(Filter::eq("userPrincipalName", address));
    let query = Query::new().filter(filter).select(&["id", "displayName", "mail", "userPrincipalName", "userType", "accountEnabled"]);
    let found: Vec<graph::User> = ctx.app().users(query).try_collect().await.map_err(|e| Error::from(e).to_string())?;
    let Some(person) = found.into_iter().next() else {
        return Err(format!("Nobody in your organisation has the address {address}. Check it and try again."));
    };
    if person.user_type != Some(UserType::Member) {
        return Err(format!("{} is a guest, and only members of your organisation can sponsor guests.", person.display_name.clone().unwrap_or_default()));
    }
    if person.account_enabled == Some(false) {
        return Err(format!("{}'s account is disabled: choose someone who is still with the organisation.", person.display_name.clone().unwrap_or_default()));
    }
    Ok(person)
}

/// Adds `input` (a colleague's address) as a co-sponsor beside the actor: at most five sponsors.
pub async fn add_co_sponsor(ctx: &Context, actor: &Actor, id: &str, input: &str) -> Answer<Vec<String>> {
    let guest = relation::check(ctx, actor, id, AuditAction::AddSponsor).await?;
    add(ctx, actor, &guest, input, false).await
}

/// Hands the actor's sponsorship to `input`: the new sponsor is added first, then the actor
/// removed, so the guest never goes without one.
pub async fn hand_over(ctx: &Context, actor: &Actor, id: &str, input: &str) -> Answer<Vec<String>> {
    let guest = relation::check(ctx, actor, id, AuditAction::HandOverSponsorship).await?;
    if !guest.direct {
        let groups: Vec<String> = guest.through_groups.iter().filter_map(|g| g.display_name.clone()).collect();
        let why = format!(
            "You sponsor {} through the group {}, not yourself, so there is no sponsorship of yours to hand over. Add a co-sponsor instead, or ask an administrator to change the group.",
            guest.name(),
            groups.join(", ")
        );
        return refuse(ctx, actor, &guest, AuditAction::HandOverSponsorship, serde_json::json!({ "to": input }), why).await;
    }
    add(ctx, actor, &guest, input, true).await
}

async fn add(ctx: &Context, actor: &Actor, guest: &Sponsored, input: &str, hand_over: bool) -> Answer<Vec<String>> {
    let action = if hand_over { AuditAction::HandOverSponsorship } else { AuditAction::AddSponsor };
    let options = serde_json::json!({ "to": input.trim() });
    let person = match colleague(ctx, input).await {
        Ok(person) => person,
        Err(why) => return refuse(ctx, actor, guest, action, options, why).await,
    };
    let Some(new_id) = person.id else { return refuse(ctx, actor, guest, action, options, "That colleague has no id in the directory.".into()).await };
    let new_name = person.display_name.clone().unwrap_or_else(|| input.trim().to_owned());
    let who = guest.name();
    if guest.sponsors.iter().any(|s| s.id == Some(new_id)) {
        return refuse(ctx, actor, guest, action, options, format!("{new_name} sponsors {who} already.")).await;
    }
    let me: Option<ObjectId> = actor.object_id().and_then(|id| id.parse().ok());
    // Handing over swaps one sponsor for another: only a plain addition can exceed the limit.
    if !hand_over && guest.sponsors.len() >= MAX_SPONSORS {
        let why = format!("{who} has {MAX_SPONSORS} sponsors already, the most Microsoft Entra allows. Hand over your sponsorship instead, or ask a co-sponsor to hand over theirs.");
        return refuse(ctx, actor, guest, action, options, why).await;
    }
    let app = ctx.app();
    let user = UserRef::Id(guest.id);
    // At the limit, a hand-over removes the actor first and puts them back if the addition fails;
    // below it, the addition comes first. Either way the guest keeps at least one sponsor.
    let full = guest.sponsors.len() >= MAX_SPONSORS;
    if hand_over && full {
        if let Some(me) = me {
            app.remove_sponsor(&user, me).await?;
        }
    }
    if let Err(error) = app.add_sponsor(&user, Principal::User(new_id)).await {
        if hand_over && full {
            if let Some(me) = me {
                app.add_sponsor(&user, Principal::User(me)).await?;
            }
        }
        record(ctx, actor, guest, action, AuditOutcome::Failed, options, error.request_id()).await?;
        return Ok(Err(Refused(vec![format!("{new_name} could not be added: {}", Error::from(error))])));
    }
    record(ctx, actor, guest, AuditAction::AddSponsor, AuditOutcome::Changed, serde_json::json!({ "sponsor": new_id.to_string(), "name": new_name }), None).await?;
    let mut lines = vec![format!("{new_name} now sponsors {who}.")];
    if hand_over {
        if let (Some(me), false) = (me, full) {
            if let Err(error) = app.remove_sponsor(&user, me).await {
                record(ctx, actor, guest, AuditAction::RemoveSponsor, AuditOutcome::Failed, serde_json::json!({ "sponsor": me.to_string() }), error.request_id()).await?;
                lines.push(format!("You could not be removed as their sponsor ({}); you sponsor them together now.", Error::from(error)));
                return Ok(Ok(lines));
            }
        }
        if let Some(me) = me {
            record(ctx, actor, guest, AuditAction::RemoveSponsor, AuditOutcome::Changed, serde_json::json!({ "sponsor": me.to_string(), "name": actor.name() }), None).await?;
        }
        record(ctx, actor, guest, AuditAction::HandOverSponsorship, AuditOutcome::Changed, options, None).await?;
        lines.push(format!("You no longer sponsor {who}: they are no longer in your My guests."));
    }
    let to: Vec<mails::Recipient> = [person]
        .into_iter()
        .filter_map(|p| Some(mails::Recipient { id: p.id?.to_string(), mail: p.mail.or(p.user_principal_name)?, language: p.preferred_language }))
        .collect();
    let notice = Notice::HandedOver { guest: &who, by: actor.name(), co_sponsor: !hand_over };
    if mails::send(ctx, actor, &to, &notice, action, &guest.who()).await? > 0 {
        lines.push(format!("{new_name} was told by e-mail."));
    }
    Ok(Ok(lines))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_extension_is_a_day_after_today_and_at_most_a_year_ahead() {
        let now = Utc.with_ymd_and_hms(2026, 12, 5, 12, 0, 0).unwrap();
        assert_eq!(extension_date("2027-06-30", now).unwrap(), Utc.with_ymd_and_hms(2027, 6, 30, 0, 0, 0).unwrap());
        assert!(extension_date("2026-12-05", now).unwrap_err().contains("has passed"));
        assert!(extension_date("2028-06-30", now).unwrap_err().contains("at most a year"));
        assert!(extension_date("30/06/2027", now).unwrap_err().contains("such as"));
    }
}
