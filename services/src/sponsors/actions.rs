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
use crate::directory::{Answer, Refused};
use crate::guests::actions::MAX_SPONSORS;
use crate::guests::details::{protected, read};
use crate::{Actor, Context, Error, Result};
use i18n::{tr, Locale};

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

fn name_of(guest: &Sponsored, locale: Locale) -> (String, Option<String>) {
    (guest.name(locale), guest.user.mail.clone())
}

/// Whether their access is being ended now (disabled, deleted after the grace period).
async fn ending(ctx: &Context, guest: &Sponsored) -> Result<Option<store::LifecycleRow>> {
    Ok(store::row(&ctx.db, &guest.id.to_string()).await?.filter(store::LifecycleRow::ending))
}

/// Keep: the sponsor confirms the guest still needs access; the next review is in
/// [`REVIEW_EVERY_DAYS`].
pub async fn keep(ctx: &Context, actor: &Actor, id: &str) -> Answer<Vec<String>> {
    let locale = actor.locale();
    let guest = relation::check(ctx, actor, id, AuditAction::ConfirmGuestAccess).await?;
    if ending(ctx, &guest).await?.is_some() {
        let why = tr!(locale, "sponsors-keep-ending", name = guest.name(locale));
        return refuse(ctx, actor, &guest, AuditAction::ConfirmGuestAccess, serde_json::json!({}), why).await;
    }
    let now = ctx.clock.now();
    let next = now + Duration::days(REVIEW_EVERY_DAYS);
    let (name, mail) = name_of(&guest, locale);
    let row = GuestName { id: &guest.id.to_string(), name: &name, mail: mail.as_deref() };
    store::confirm(&ctx.db, &row, &actor.audit_name(), now, next, None).await?;
    record(ctx, actor, &guest, AuditAction::ConfirmGuestAccess, AuditOutcome::Changed, serde_json::json!({ "nextReview": next.to_rfc3339() }), None).await?;
    Ok(Ok(vec![tr!(locale, "sponsors-keep-done", name = name, date = i18n::date(locale, next))]))
}

/// The date the extend form posts (`YYYY-MM-DD`), checked: after today, at most a year ahead.
pub(crate) fn extension_date(input: &str, now: DateTime<Utc>, locale: Locale) -> std::result::Result<DateTime<Utc>, String> {
    let date = NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| tr!(locale, "sponsors-date-format"))?;
    let until = date.and_hms_opt(0, 0, 0).map(|d| d.and_utc()).ok_or_else(|| tr!(locale, "sponsors-date-unusable"))?;
    if until <= now {
        return Err(tr!(locale, "sponsors-date-passed", date = i18n::date(locale, until)));
    }
    if until > now + Duration::days(LONGEST_EXTENSION_DAYS) {
        return Err(tr!(locale, "sponsors-date-too-far", date = i18n::date(locale, now + Duration::days(LONGEST_EXTENSION_DAYS))));
    }
    Ok(until)
}

/// Extend to a date: their access runs (and is reviewed next) until then. Grants their open
/// requests for more time.
pub async fn extend(ctx: &Context, actor: &Actor, id: &str, until: &str) -> Answer<Vec<String>> {
    let locale = actor.locale();
    let guest = relation::check(ctx, actor, id, AuditAction::ExtendGuestAccess).await?;
    let options = serde_json::json!({ "until": until });
    if ending(ctx, &guest).await?.is_some() {
        let why = tr!(locale, "sponsors-extend-ending", name = guest.name(locale));
        return refuse(ctx, actor, &guest, AuditAction::ExtendGuestAccess, options, why).await;
    }
    let now = ctx.clock.now();
    let until = match extension_date(until, now, locale) {
        Ok(until) => until,
        Err(why) => return refuse(ctx, actor, &guest, AuditAction::ExtendGuestAccess, options, why).await,
    };
    let (name, mail) = name_of(&guest, locale);
    let row = GuestName { id: &guest.id.to_string(), name: &name, mail: mail.as_deref() };
    store::confirm(&ctx.db, &row, &actor.audit_name(), now, until, Some(until)).await?;
    record(ctx, actor, &guest, AuditAction::ExtendGuestAccess, AuditOutcome::Changed, options, None).await?;
    Ok(Ok(vec![tr!(locale, "sponsors-extend-done", name = name, date = i18n::date(locale, until))]))
}

/// End access (`confirmed` on the confirmation page): disabled now, deleted after the grace period
/// (`GUESTLIST_END_GRACE_DAYS`) unless a sponsor undoes it. The other sponsors are mailed.
pub async fn end(ctx: &Context, actor: &Actor, id: &str, confirmed: bool) -> Answer<Vec<String>> {
    let locale = actor.locale();
    let guest = relation::check(ctx, actor, id, AuditAction::EndGuestAccess).await?;
    let options = serde_json::json!({ "graceDays": ctx.settings.end_grace_days });
    if !confirmed {
        return refuse(ctx, actor, &guest, AuditAction::EndGuestAccess, options, tr!(locale, "sponsors-end-unconfirmed")).await;
    }
    if ending(ctx, &guest).await?.is_some() {
        return refuse(ctx, actor, &guest, AuditAction::EndGuestAccess, options, tr!(locale, "sponsors-end-already", name = guest.name(locale))).await;
    }
    if guest.user.user_type != Some(UserType::Guest) {
        let why = tr!(locale, "sponsors-end-member", name = guest.name(locale));
        return refuse(ctx, actor, &guest, AuditAction::EndGuestAccess, options, why).await;
    }
    // Synced accounts, the portal's own administrators and the sponsor themselves stay.
    let full = read(&ctx.app(), guest.id, locale).await?;
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
    let (name, mail) = name_of(&guest, locale);
    let row = GuestName { id: &guest.id.to_string(), name: &name, mail: mail.as_deref() };
    store::set_ending(&ctx.db, &row, actor.name(), "sponsor", now, delete_after).await?;
    let mut options = options;
    options["deleteAfter"] = delete_after.to_rfc3339().into();
    record(ctx, actor, &guest, AuditAction::EndGuestAccess, AuditOutcome::Changed, options, sent.request_id.as_deref()).await?;
    // The mail's date as before (the mails are written in their recipients' language there).
    let delete_on = i18n::date(Locale::En, delete_after);
    let others = mails::recipients(ctx, &guest.sponsors, actor.object_id()).await.unwrap_or_default();
    let notice = Notice::Ending { guest: &name, by: actor.name(), delete_on: &delete_on };
    let mailed = mails::send(ctx, actor, &others, &notice, AuditAction::EndGuestAccess, &guest.who()).await?;
    let mut lines = vec![
        tr!(locale, "sponsors-end-done", name = name.as_str(), date = i18n::date(locale, delete_after)),
        tr!(locale, "sponsors-end-undo-hint"),
    ];
    if mailed > 0 {
        lines.push(tr!(locale, "sponsors-end-mailed", count = mailed));
    }
    Ok(Ok(lines))
}

/// Undo an ending during the grace period: the account can sign in again.
pub async fn undo_end(ctx: &Context, actor: &Actor, id: &str) -> Answer<Vec<String>> {
    let locale = actor.locale();
    let guest = relation::check(ctx, actor, id, AuditAction::UndoEndGuestAccess).await?;
    let now = ctx.clock.now();
    let Some(row) = ending(ctx, &guest).await? else {
        return refuse(ctx, actor, &guest, AuditAction::UndoEndGuestAccess, serde_json::json!({}), tr!(locale, "sponsors-undo-nothing", name = guest.name(locale))).await;
    };
    if row.delete_after.as_deref().and_then(store::parse).is_some_and(|at| at <= now) {
        let why = tr!(locale, "sponsors-undo-too-late", name = guest.name(locale));
        return refuse(ctx, actor, &guest, AuditAction::UndoEndGuestAccess, serde_json::json!({}), why).await;
    }
    let update = UserUpdate { account_enabled: Some(true), ..UserUpdate::default() };
    match ctx.app().update_user(&UserRef::Id(guest.id), &update).await {
        Ok(sent) => {
            store::clear_ending(&ctx.db, &guest.id.to_string(), now).await?;
            record(ctx, actor, &guest, AuditAction::UndoEndGuestAccess, AuditOutcome::Changed, serde_json::json!({}), sent.request_id.as_deref()).await?;
            Ok(Ok(vec![tr!(locale, "sponsors-undo-done", name = guest.name(locale))]))
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
    let locale = actor.locale();
    let guest = relation::check(ctx, actor, id, AuditAction::ResendInvitation).await?;
    let pending = guest.user.external_user_state.as_ref().is_some_and(|s| *s != graph::ExternalUserState::Accepted);
    if !pending {
        let why = tr!(locale, "sponsors-resend-accepted", name = guest.name(locale));
        return refuse(ctx, actor, &guest, AuditAction::ResendInvitation, serde_json::json!({}), why).await;
    }
    match crate::invite::reinvite(&ctx.app(), &ctx.settings, actor, guest.id, false, None).await {
        Ok(outcome) => {
            record(ctx, actor, &guest, AuditAction::ResendInvitation, AuditOutcome::Invited, serde_json::json!({}), outcome.request_id.as_deref()).await?;
            let mut lines = vec![tr!(locale, "sponsors-resend-link", name = guest.name(locale))];
            lines.extend(outcome.redeem_url.clone());
            lines.push(tr!(locale, "sponsors-resend-pass-on"));
            Ok(Ok(lines))
        }
        Err(error) => {
            record(ctx, actor, &guest, AuditAction::ResendInvitation, AuditOutcome::Failed, serde_json::json!({}), error.request_id()).await?;
            Ok(Err(error.into()))
        }
    }
}

/// The colleague named by e-mail address or user name: an enabled member of the organisation.
pub(crate) async fn colleague(ctx: &Context, input: &str, locale: Locale) -> std::result::Result<graph::User, String> {
    let address = input.trim();
    if address.is_empty() || !address.contains('@') {
        return Err(tr!(locale, "sponsors-colleague-enter"));
    }
    let filter = Filter::eq("mail", address).or(Filter::eq("userPrincipalName", address));
    let query = Query::new().filter(filter).select(&["id", "displayName", "mail", "userPrincipalName", "userType", "accountEnabled"]);
    let found: Vec<graph::User> = ctx.app().users(query).try_collect().await.map_err(|e| Error::from(e).to_string())?;
    let Some(person) = found.into_iter().next() else {
        return Err(tr!(locale, "sponsors-colleague-nobody", address = address));
    };
    if person.user_type != Some(UserType::Member) {
        return Err(tr!(locale, "sponsors-colleague-guest", name = person.display_name.clone().unwrap_or_default()));
    }
    if person.account_enabled == Some(false) {
        return Err(tr!(locale, "sponsors-colleague-disabled", name = person.display_name.clone().unwrap_or_default()));
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
    let locale = actor.locale();
    let guest = relation::check(ctx, actor, id, AuditAction::HandOverSponsorship).await?;
    if !guest.direct {
        let groups: Vec<String> = guest.through_groups.iter().filter_map(|g| g.display_name.clone()).collect();
        let why = tr!(locale, "sponsors-hand-over-group", name = guest.name(locale), groups = groups.join(", "));
        return refuse(ctx, actor, &guest, AuditAction::HandOverSponsorship, serde_json::json!({ "to": input }), why).await;
    }
    add(ctx, actor, &guest, input, true).await
}

async fn add(ctx: &Context, actor: &Actor, guest: &Sponsored, input: &str, hand_over: bool) -> Answer<Vec<String>> {
    let locale = actor.locale();
    let action = if hand_over { AuditAction::HandOverSponsorship } else { AuditAction::AddSponsor };
    let options = serde_json::json!({ "to": input.trim() });
    let person = match colleague(ctx, input, locale).await {
        Ok(person) => person,
        Err(why) => return refuse(ctx, actor, guest, action, options, why).await,
    };
    let Some(new_id) = person.id else { return refuse(ctx, actor, guest, action, options, tr!(locale, "sponsors-add-no-id")).await };
    let new_name = person.display_name.clone().unwrap_or_else(|| input.trim().to_owned());
    let who = guest.name(locale);
    if guest.sponsors.iter().any(|s| s.id == Some(new_id)) {
        return refuse(ctx, actor, guest, action, options, tr!(locale, "sponsors-add-already", new = new_name.as_str(), name = who.as_str())).await;
    }
    let me: Option<ObjectId> = actor.object_id().and_then(|id| id.parse().ok());
    // Handing over swaps one sponsor for another: only a plain addition can exceed the limit.
    if !hand_over && guest.sponsors.len() >= MAX_SPONSORS {
        let why = tr!(locale, "sponsors-add-full", name = who.as_str(), max = MAX_SPONSORS);
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
        return Ok(Err(Refused(vec![tr!(locale, "sponsors-add-failed", new = new_name.as_str(), error = Error::from(error).to_string())])));
    }
    record(ctx, actor, guest, AuditAction::AddSponsor, AuditOutcome::Changed, serde_json::json!({ "sponsor": new_id.to_string(), "name": new_name }), None).await?;
    let mut lines = vec![tr!(locale, "sponsors-add-done", new = new_name.as_str(), name = who.as_str())];
    if hand_over {
        if let (Some(me), false) = (me, full) {
            if let Err(error) = app.remove_sponsor(&user, me).await {
                record(ctx, actor, guest, AuditAction::RemoveSponsor, AuditOutcome::Failed, serde_json::json!({ "sponsor": me.to_string() }), error.request_id()).await?;
                lines.push(tr!(locale, "sponsors-hand-over-not-removed", error = Error::from(error).to_string()));
                return Ok(Ok(lines));
            }
        }
        if let Some(me) = me {
            record(ctx, actor, guest, AuditAction::RemoveSponsor, AuditOutcome::Changed, serde_json::json!({ "sponsor": me.to_string(), "name": actor.name() }), None).await?;
        }
        record(ctx, actor, guest, AuditAction::HandOverSponsorship, AuditOutcome::Changed, options, None).await?;
        lines.push(tr!(locale, "sponsors-hand-over-done", name = who.as_str()));
    }
    let to: Vec<mails::Recipient> = [person]
        .into_iter()
        .filter_map(|p| Some(mails::Recipient { id: p.id?.to_string(), mail: p.mail.or(p.user_principal_name)?, language: p.preferred_language }))
        .collect();
    let notice = Notice::HandedOver { guest: &who, by: actor.name(), co_sponsor: !hand_over };
    if mails::send(ctx, actor, &to, &notice, action, &guest.who()).await? > 0 {
        lines.push(tr!(locale, "sponsors-add-mailed", new = new_name.as_str()));
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
        assert_eq!(extension_date("2027-06-30", now, Locale::En).unwrap(), Utc.with_ymd_and_hms(2027, 6, 30, 0, 0, 0).unwrap());
        assert!(extension_date("2026-12-05", now, Locale::En).unwrap_err().contains("has passed"));
        assert!(extension_date("2028-06-30", now, Locale::En).unwrap_err().contains("at most a year"));
        assert!(extension_date("30/06/2027", now, Locale::En).unwrap_err().contains("such as"));
    }
}
