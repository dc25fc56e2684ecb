//! The page a guest sees about their own access: who their sponsors are and how to reach them
//! (Graph's `/me/sponsors`, read with their own token: everyone may read their own sponsors),
//! until when their access runs, and a request for more time that reaches their sponsors.

use chrono::{DateTime, NaiveDate, Utc};

use super::mails::{self, Notice};
use super::mine::{lifecycle, request_words};
use super::store::{self, GuestName};
use super::{MyAccess, SponsorContact};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::directory::{Answer, Refused};
use crate::{Actor, Context, Error, Result};
use i18n::{tr, Locale};

/// The longest reason a guest may give.
const LONGEST_REASON: usize = 2000;

fn person(actor: &Actor) -> Result<&crate::Principal> {
    actor.principal().ok_or_else(|| Error::Invalid(tr!(actor.locale(), "sponsors-access-person-only")))
}

/// The signed-in person's own access (anyone signed in; meant for guests).
pub async fn my_access(ctx: &Context, actor: &Actor) -> Result<MyAccess> {
    let principal = person(actor)?;
    let sponsors = ctx.as_actor(actor).sponsors(&graph::UserRef::Me).await?;
    let locale = actor.locale();
    let organisation = ctx.app().organization().await?.display_name.unwrap_or_else(|| tr!(locale, "sponsors-the-organisation"));
    let id = principal.object_id.clone();
    let row = store::row(&ctx.db, &id).await?;
    let facts = lifecycle(row.as_ref(), ctx.clock.now(), locale);
    let open = store::open_requests(&ctx.db, std::slice::from_ref(&id)).await?;
    Ok(MyAccess {
        display_name: principal.name.clone(),
        organisation,
        sponsors: sponsors
            .iter()
            .map(|s| SponsorContact {
                name: s.display_name.clone().unwrap_or_default(),
                mail: s.mail.clone().or_else(|| s.user_principal_name.clone().filter(|u| !u.contains("#EXT#"))),
                group: s.kind() == graph::DirectoryObjectKind::Group,
            })
            .collect(),
        access_until: facts.access_until,
        next_review: row.as_ref().and(facts.next_review),
        open_requests: open.into_iter().map(|r| request_words(r, locale)).collect(),
    })
}

fn wanted(input: &str, now: DateTime<Utc>, locale: Locale) -> std::result::Result<Option<DateTime<Utc>>, String> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    let date = NaiveDate::parse_from_str(input, "%Y-%m-%d").map_err(|_| tr!(locale, "sponsors-wanted-format"))?;
    let at = date.and_hms_opt(0, 0, 0).map(|d| d.and_utc()).ok_or_else(|| tr!(locale, "sponsors-date-unusable"))?;
    if at <= now {
        return Err(tr!(locale, "sponsors-wanted-passed", date = i18n::date(locale, at)));
    }
    Ok(Some(at))
}

async fn refused(ctx: &Context, actor: &Actor, target: &str, options: &serde_json::Value, why: String) -> Answer<Vec<String>> {
    audit::record(&ctx.db, actor, Entry::new(AuditAction::RequestExtension, target, AuditOutcome::Refused).options(options)).await?;
    Ok(Err(Refused(vec![why])))
}

/// A guest asks their sponsors for more time, with a reason (and a date, if they like). It lands
/// in the sponsors' My guests and is mailed to each of them. One open request at a time.
pub async fn ask_extension(ctx: &Context, actor: &Actor, until: &str, reason: &str) -> Answer<Vec<String>> {
    let principal = person(actor)?;
    let locale = actor.locale();
    let target = principal.email.clone().unwrap_or_else(|| principal.user_principal_name.clone());
    let options = serde_json::json!({ "userId": principal.object_id, "until": until.trim(), "reason": reason.trim() });
    let refuse = |why: String| refused(ctx, actor, &target, &options, why);
    let reason = reason.trim();
    if reason.is_empty() {
        return refuse(tr!(locale, "sponsors-ask-no-reason")).await;
    }
    if reason.chars().count() > LONGEST_REASON {
        return refuse(tr!(locale, "sponsors-ask-too-long", max = LONGEST_REASON.to_string())).await;
    }
    let now = ctx.clock.now();
    let until = match wanted(until, now, locale) {
        Ok(until) => until,
        Err(why) => return refuse(why).await,
    };
    let id = principal.object_id.clone();
    if let Some(open) = store::open_requests(&ctx.db, std::slice::from_ref(&id)).await?.into_iter().next() {
        let on = store::parse(&open.asked_at).map(|at| i18n::date(locale, at)).unwrap_or(open.asked_at);
        return refuse(tr!(locale, "sponsors-ask-already", date = on)).await;
    }
    let sponsors = ctx.as_actor(actor).sponsors(&graph::UserRef::Me).await?;
    if sponsors.is_empty() {
        return refuse(tr!(locale, "sponsors-ask-no-sponsor")).await;
    }
    let name = GuestName { id: &id, name: &principal.name, mail: principal.email.as_deref() };
    store::add_request(&ctx.db, &name, now, until, reason).await?;
    audit::record(&ctx.db, actor, Entry::new(AuditAction::RequestExtension, target.clone(), AuditOutcome::Changed).options(&options)).await?;
    let to = mails::recipients(ctx, &sponsors, None).await?;
    // The mail's date as before (the mails are written in their recipients' language there).
    let until_words = until.map(|at| i18n::date(Locale::En, at));
    let notice = Notice::ExtensionAsked { guest: &principal.name, until: until_words.as_deref(), reason };
    let mailed = mails::send(ctx, actor, &to, &notice, AuditAction::RequestExtension, &target).await?;
    Ok(Ok(vec![
        tr!(locale, "sponsors-ask-sent"),
        tr!(locale, "sponsors-ask-mailed", count = mailed),
    ]))
}
