//! Review campaigns: an Admin starts one over a scope; each guest's sponsors (or the fallback
//! reviewer) decide in My guests; reminders go half-way and two days before the end, only to
//! reviewers with open items; an Admin follows the progress per reviewer.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::apply::{cause_of, stored_time};
use super::evidence::Guests;
use super::store::{self, CampaignRow, ReviewerRow};
use super::{Campaign, CampaignForm, CampaignSummary, Decision, ReviewerProgress, Scope, ToReview, Unreviewed};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::directory::{Answer, Refused};
use crate::mail::OutgoingMail;
use crate::sponsors::{check_sponsor, colleague, extension_date};
use crate::{outbox, Actor, Context, Error, Result, Role};
use i18n::{tr, Locale};

/// Longest campaign: a year.
const LONGEST_DAYS: i64 = 366;

/// `error`: the message saying what to enter (the start or the end date).
fn date(input: &str, error: &str, locale: Locale) -> std::result::Result<DateTime<Utc>, String> {
    NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
        .ok_or_else(|| i18n::translate(locale, error, &[]))
}

fn state_words(c: &CampaignRow, now: DateTime<Utc>, locale: Locale) -> String {
    match (c.state.as_str(), c.applied_at.as_deref().and_then(stored_time), stored_time(&c.ends_at)) {
        ("applied", Some(at), _) => tr!(locale, "reviews-state-applied", date = i18n::date(locale, at)),
        (_, _, Some(ends)) if now >= ends => tr!(locale, "reviews-state-ended"),
        _ => tr!(locale, "reviews-state-running"),
    }
}

fn summary(c: &CampaignRow, items: usize, decided: usize, now: DateTime<Utc>, locale: Locale) -> CampaignSummary {
    let day = |at: &str| stored_time(at).map(|at| i18n::date(locale, at)).unwrap_or_default();
    CampaignSummary {
        id: c.id,
        name: c.name.clone(),
        scope: Scope::from_parts(&c.scope_kind, &c.scope_value, locale).map(|s| s.words(locale)).unwrap_or_default(),
        starts: day(&c.starts_at),
        ends: day(&c.ends_at),
        state: state_words(c, now, locale),
        items,
        decided,
    }
}

/// Starts a campaign (Admins): reads the guests in scope with their evidence and sponsors, and
/// gives each an item for their sponsors to decide, or for the fallback reviewer. Returns its id.
pub async fn start(ctx: &Context, actor: &Actor, form: &CampaignForm) -> Answer<i64> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let now = ctx.clock.now();
    let name = form.name.trim();
    let checked = (|| -> std::result::Result<_, String> {
        if name.is_empty() || name.len() > 200 {
            return Err(tr!(locale, "reviews-start-name"));
        }
        let scope = Scope::from_parts(&form.scope, &form.value, locale)?;
        let starts = if form.starts.trim().is_empty() { now } else { date(&form.starts, "reviews-start-enter-start", locale)? };
        let ends = date(&form.ends, "reviews-start-enter-end", locale)?;
        if ends <= starts.max(now) {
            return Err(tr!(locale, "reviews-start-end-after"));
        }
        if ends > starts + Duration::days(LONGEST_DAYS) {
            return Err(tr!(locale, "reviews-start-too-long"));
        }
        let unreviewed = Unreviewed::parse(&form.unreviewed).ok_or_else(|| tr!(locale, "reviews-start-unreviewed"))?;
        Ok((scope, starts, ends, unreviewed))
    })();
    let refuse = |why: String| async move {
        let entry = Entry::new(AuditAction::StartReviewCampaign, name, AuditOutcome::Refused).options(&serde_json::json!({ "why": why }));
        audit::record(&ctx.db, actor, entry).await?;
        Answer::<i64>::Ok(Err(Refused(vec![why])))
    };
    let (scope, starts, ends, unreviewed) = match checked {
        Ok(checked) => checked,
        Err(why) => return refuse(why).await,
    };
    let fallback = if form.fallback.trim().is_empty() {
        let Some(id) = actor.object_id() else { return refuse(tr!(locale, "reviews-start-fallback-enter")).await };
        (id.to_owned(), actor.name().to_owned(), actor.principal().map(|p| p.email.clone().unwrap_or_else(|| p.user_principal_name.clone())))
    } else {
        match colleague(ctx, &form.fallback, locale).await {
            Ok(person) => (
                person.id.map(|id| id.to_string()).unwrap_or_default(),
                person.display_name.clone().unwrap_or_default(),
                person.mail.clone().or(person.user_principal_name.clone()),
            ),
            Err(why) => return refuse(tr!(locale, "reviews-start-fallback", why = why)).await,
        }
    };
    let groups: Vec<String> = match &scope {
        Scope::Group(g) => vec![g.clone()],
        _ => Vec::new(),
    };
    let guests = Guests::read(ctx, &groups).await?;
    let mut picked = Vec::new();
    let mut cannot_tell = Vec::new();
    for user in guests.users.iter().filter(|u| u.account_enabled != Some(false)) {
        let label = user.display_name.clone().unwrap_or_default();
        match guests.in_scope(user, &scope, now) {
            Ok(Some(evidence)) => picked.push((user, evidence)),
            Ok(None) => {}
            Err(why) => cannot_tell.push(format!("{label}: {why}")),
        }
    }
    let (kind, value) = scope.parts();
    let by = actor.audit_name();
    let new = store::NewCampaign {
        name,
        scope_kind: kind,
        scope_value: &value,
        fallback: (fallback.0.as_str(), fallback.1.as_str(), fallback.2.as_deref()),
        starts_at: starts,
        ends_at: ends,
        unreviewed: unreviewed.as_str(),
        cannot_tell: &cannot_tell.join("\n"),
        created_by: &by,
        now,
    };
    let id = store::insert_campaign(&ctx.db, &new).await?;
    let mut routed = 0;
    for (user, evidence) in &picked {
        let Some(guest_id) = user.id.map(|id| id.to_string()) else { continue };
        let item = store::insert_item(&ctx.db, id, (guest_id.as_str(), user.display_name.as_deref().unwrap_or("A guest"), user.mail.as_deref()), evidence).await?;
        let reviewers = guests.reviewers(user);
        if reviewers.is_empty() {
            routed += 1;
            store::insert_reviewer(&ctx.db, item, (fallback.0.as_str(), fallback.1.as_str(), fallback.2.as_deref()), "fallback").await?;
        }
        for (rid, rname, rmail) in &reviewers {
            store::insert_reviewer(&ctx.db, item, (rid.as_str(), rname.as_str(), rmail.as_deref()), "sponsor").await?;
        }
    }
    let options = serde_json::json!({
        "campaignId": id, "scope": scope.words(Locale::En), "ends": ends.to_rfc3339(), "unreviewed": unreviewed.as_str(),
        "guests": picked.len(), "toFallback": routed, "cannotTell": cannot_tell.len(), "fallback": fallback.1,
    });
    audit::record(&ctx.db, actor, Entry::new(AuditAction::StartReviewCampaign, name, AuditOutcome::Changed).options(&options)).await?;
    Ok(Ok(id))
}

/// A stored decision (`keep`, `extend`, `end`) in words.
pub(crate) fn decision_words(decision: &str, locale: Locale) -> String {
    match Decision::parse(decision) {
        Some(Decision::Keep) => tr!(locale, "reviews-decision-keep"),
        Some(Decision::Extend) => tr!(locale, "reviews-decision-extend"),
        Some(Decision::End) => tr!(locale, "reviews-decision-end"),
        None => decision.to_owned(),
    }
}

/// Every campaign, newest first (Admins).
pub async fn campaigns(ctx: &Context, actor: &Actor) -> Result<Vec<CampaignSummary>> {
    actor.require(Role::Admin)?;
    let now = ctx.clock.now();
    let mut out = Vec::new();
    for c in store::campaigns(&ctx.db).await? {
        let items = store::items(&ctx.db, c.id).await?;
        out.push(summary(&c, items.len(), items.iter().filter(|i| i.decision.is_some()).count(), now, actor.locale()));
    }
    Ok(out)
}

/// One campaign with its progress per reviewer (Admins).
pub async fn campaign(ctx: &Context, actor: &Actor, id: i64) -> Result<Campaign> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let c = store::campaign(&ctx.db, id).await?.ok_or_else(|| Error::NotFound(tr!(locale, "reviews-no-campaign-open")))?;
    let now = ctx.clock.now();
    let items = store::items(&ctx.db, id).await?;
    let decided: BTreeMap<i64, bool> = items.iter().map(|i| (i.id, i.decision.is_some())).collect();
    let ended = stored_time(&c.ends_at).is_some_and(|ends| now >= ends);
    let mut reviewers: BTreeMap<String, ReviewerProgress> = BTreeMap::new();
    for r in store::reviewers(&ctx.db, id).await? {
        let entry = reviewers.entry(r.reviewer_id.clone()).or_insert_with(|| ReviewerProgress {
            id: r.reviewer_id.clone(),
            name: r.reviewer_name.clone(),
            fallback: r.via == "fallback",
            decided: 0,
            open: 0,
            overdue: 0,
        });
        if decided.get(&r.item_id).copied().unwrap_or(false) {
            entry.decided += 1;
        } else {
            entry.open += 1;
            entry.overdue += usize::from(ended);
        }
    }
    let mut reviewers: Vec<ReviewerProgress> = reviewers.into_values().collect();
    reviewers.sort_by(|a, b| b.open.cmp(&a.open).then(a.name.cmp(&b.name)));
    Ok(Campaign {
        summary: summary(&c, items.len(), decided.values().filter(|d| **d).count(), now, locale),
        fallback: format!("{}{}", c.fallback_name, c.fallback_mail.as_deref().map(|m| format!(" <{m}>")).unwrap_or_default()),
        unreviewed: Unreviewed::parse(&c.unreviewed).unwrap_or(Unreviewed::NoChange).words(locale),
        applied: c.state == "applied",
        ended,
        reviewers,
        cannot_tell: c.cannot_tell.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect(),
    })
}

/// The guests the signed-in person is asked to review, in campaigns not yet applied.
pub async fn to_review(ctx: &Context, actor: &Actor) -> Result<Vec<ToReview>> {
    actor.require(Role::Sponsor)?;
    let locale = actor.locale();
    let Some(me) = actor.object_id() else { return Ok(Vec::new()) };
    let mut campaigns: BTreeMap<i64, Option<CampaignRow>> = BTreeMap::new();
    let mut out = Vec::new();
    for item in store::items_of_reviewer(&ctx.db, me).await? {
        if !campaigns.contains_key(&item.campaign_id) {
            campaigns.insert(item.campaign_id, store::campaign(&ctx.db, item.campaign_id).await?);
        }
        let Some(Some(c)) = campaigns.get(&item.campaign_id) else { continue };
        let decided = item.decision.as_deref().map(|d| {
            let by = item.decided_by.clone().unwrap_or_default();
            let why = item.justification.clone().unwrap_or_default();
            let decision = decision_words(d, locale);
            match item.extend_until.as_deref().and_then(stored_time) {
                Some(until) => tr!(locale, "reviews-decided-until", by = by, decision = decision, date = i18n::date(locale, until), why = why),
                None => tr!(locale, "reviews-decided", by = by, decision = decision, why = why),
            }
        });
        out.push(ToReview {
            item_id: item.id,
            campaign: c.name.clone(),
            ends: stored_time(&c.ends_at).map(|at| i18n::date(locale, at)).unwrap_or_default(),
            guest_id: item.guest_id,
            guest_name: item.guest_name,
            guest_mail: item.guest_mail,
            evidence: item.evidence,
            routed: item.routed,
            decided,
        });
    }
    Ok(out)
}

/// The item, its campaign and the actor's place among its reviewers; refused (and audited) when
/// it is not theirs to decide. A sponsor is checked against Graph again, now.
async fn reviewable(ctx: &Context, actor: &Actor, item_id: i64, action: AuditAction) -> Result<(store::ItemRow, CampaignRow, ReviewerRow)> {
    let not_yours = || Error::NotYours(tr!(actor.locale(), "reviews-not-yours"));
    let refuse = |target: String| async move {
        let entry = Entry::new(action, target, AuditOutcome::Refused).options(&serde_json::json!({ "item": item_id, "why": "not their review item" }));
        audit::record(&ctx.db, actor, entry).await?;
        Result::<(store::ItemRow, CampaignRow, ReviewerRow)>::Err(not_yours())
    };
    actor.require(Role::Sponsor)?;
    let me = actor.object_id().unwrap_or_default().to_owned();
    let Some(item) = store::item(&ctx.db, item_id).await? else { return refuse(item_id.to_string()).await };
    let campaign = store::campaign(&ctx.db, item.campaign_id).await?.filter(|c| c.state == "open");
    let mine = store::item_reviewers(&ctx.db, item_id).await?.into_iter().find(|r| r.reviewer_id == me);
    let (Some(campaign), Some(mine)) = (campaign, mine) else { return refuse(item.guest_mail.clone().unwrap_or(item.guest_id.clone())).await };
    if mine.via == "sponsor" {
        // Still their sponsor at this moment (refusals are audited by the check itself).
        check_sponsor(ctx, actor, &item.guest_id, action).await?;
    }
    Ok((item, campaign, mine))
}

/// A reviewer's decision on one guest: keep, extend to a date, or end, with a justification.
/// They may change it until the campaign is applied.
pub async fn decide(ctx: &Context, actor: &Actor, item_id: i64, decision: &str, until: &str, justification: &str) -> Answer<Vec<String>> {
    let (item, campaign, _) = reviewable(ctx, actor, item_id, AuditAction::DecideReview).await?;
    let locale = actor.locale();
    let now = ctx.clock.now();
    let cause = cause_of(&campaign);
    let mut options = cause.options();
    options["userId"] = item.guest_id.clone().into();
    options["decision"] = decision.into();
    let target = item.guest_mail.clone().unwrap_or(item.guest_id.clone());
    let checked = (|| -> std::result::Result<_, String> {
        let decision = Decision::parse(decision).ok_or_else(|| tr!(locale, "reviews-decide-choose"))?;
        let justification = justification.trim();
        if justification.is_empty() || justification.len() > 1000 {
            return Err(tr!(locale, "reviews-decide-why"));
        }
        let until = match decision {
            Decision::Extend => Some(extension_date(until, now, locale)?),
            _ => None,
        };
        Ok((decision, until, justification.to_owned()))
    })();
    let (decision, until, justification) = match checked {
        Ok(checked) => checked,
        Err(why) => {
            options["why"] = why.clone().into();
            audit::record(&ctx.db, actor, Entry::new(AuditAction::DecideReview, target, AuditOutcome::Refused).options(&options)).await?;
            return Ok(Err(Refused(vec![why])));
        }
    };
    store::decide(&ctx.db, item.id, decision.as_str(), until, &justification, &actor.audit_name(), now).await?;
    options["justification"] = justification.into();
    audit::record(&ctx.db, actor, Entry::new(AuditAction::DecideReview, target, AuditOutcome::Changed).options(&options)).await?;
    let ends = stored_time(&campaign.ends_at).map(|at| i18n::date(locale, at)).unwrap_or_default();
    let (name, campaign) = (item.guest_name.as_str(), campaign.name.as_str());
    let recorded = match decision {
        Decision::Keep => tr!(locale, "reviews-recorded-keep", name = name, campaign = campaign, ends = ends),
        Decision::Extend => {
            let until = until.map(|at| i18n::date(locale, at)).unwrap_or_default();
            tr!(locale, "reviews-recorded-extend", name = name, until = until, campaign = campaign, ends = ends)
        }
        Decision::End => tr!(locale, "reviews-recorded-end", name = name, campaign = campaign, ends = ends),
    };
    Ok(Ok(vec![recorded]))
}

/// "I don't know this person": the item goes to the campaign's fallback reviewer.
pub async fn dont_know(ctx: &Context, actor: &Actor, item_id: i64) -> Answer<Vec<String>> {
    let (item, campaign, mine) = reviewable(ctx, actor, item_id, AuditAction::RouteReviewToFallback).await?;
    let target = item.guest_mail.clone().unwrap_or(item.guest_id.clone());
    let mut options = cause_of(&campaign).options();
    options["userId"] = item.guest_id.clone().into();
    if mine.via == "fallback" {
        let why = tr!(actor.locale(), "reviews-dont-know-fallback");
        options["why"] = why.clone().into();
        audit::record(&ctx.db, actor, Entry::new(AuditAction::RouteReviewToFallback, target, AuditOutcome::Refused).options(&options)).await?;
        return Ok(Err(Refused(vec![why])));
    }
    let note = format!("{} does not know them", actor.name());
    store::route(&ctx.db, item.id, (campaign.fallback_id.as_str(), campaign.fallback_name.as_str(), campaign.fallback_mail.as_deref()), &note).await?;
    options["to"] = campaign.fallback_name.clone().into();
    audit::record(&ctx.db, actor, Entry::new(AuditAction::RouteReviewToFallback, target, AuditOutcome::Changed).options(&options)).await?;
    Ok(Ok(vec![tr!(actor.locale(), "reviews-dont-know-done", name = item.guest_name.as_str(), fallback = campaign.fallback_name.as_str())]))
}

/// Queues a reminder to one reviewer about their open items; false when they have none.
async fn remind_one(ctx: &Context, actor: &Actor, campaign: &CampaignRow, reviewer: &ReviewerRow, open: usize) -> Result<bool> {
    let Some(address) = reviewer.reviewer_mail.clone() else { return Ok(false) };
    if open == 0 {
        return Ok(false);
    }
    let portal = ctx.settings.portal_url.clone().unwrap_or_default();
    // In the reviewer's language: the one they last used the portal in, else the portal's.
    let locale = crate::languages::for_mail(&ctx.db, ctx.language, Some(&reviewer.reviewer_id), Some(&address), None).await;
    let ends = stored_time(&campaign.ends_at).map(|at| i18n::date(locale, at)).unwrap_or_default();
    let (name, review) = (reviewer.reviewer_name.as_str(), campaign.name.as_str());
    let mail = OutgoingMail {
        to: address.clone(),
        subject: tr!(locale, "reviews-mail-remind-subject", count = open, ends = ends.as_str()),
        body: format!(
            "{}\n\n{}\n\n{}\n{portal}/my-guests\n",
            tr!(locale, "reviews-mail-hello", name = name),
            tr!(locale, "reviews-mail-remind-body", campaign = review, count = open, ends = ends.as_str()),
            tr!(locale, "reviews-mail-remind-action"),
        ),
        language: locale.tag().into(),
    };
    let mut options = cause_of(campaign).options();
    options["open"] = open.into();
    options["subject"] = mail.subject.clone().into();
    outbox::queue(&ctx.db, actor, &mail, Entry::new(AuditAction::RemindReviewers, address, AuditOutcome::Queued).options(&options)).await?;
    Ok(true)
}

/// Every reviewer of `campaign` with their number of open items.
async fn open_by_reviewer(ctx: &Context, campaign: i64) -> Result<Vec<(ReviewerRow, usize)>> {
    let open: BTreeMap<i64, bool> = store::items(&ctx.db, campaign).await?.into_iter().map(|i| (i.id, i.decision.is_none())).collect();
    let mut by: BTreeMap<String, (ReviewerRow, usize)> = BTreeMap::new();
    for r in store::reviewers(&ctx.db, campaign).await? {
        let n = usize::from(open.get(&r.item_id).copied().unwrap_or(false));
        by.entry(r.reviewer_id.clone()).or_insert((r, 0)).1 += n;
    }
    Ok(by.into_values().collect())
}

/// The reminder button (Admins): mails one reviewer about their open items now.
pub async fn remind(ctx: &Context, actor: &Actor, campaign_id: i64, reviewer: &str) -> Answer<Vec<String>> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let campaign = store::campaign(&ctx.db, campaign_id).await?.ok_or_else(|| Error::NotFound(tr!(locale, "reviews-no-campaign")))?;
    let Some((r, open)) = open_by_reviewer(ctx, campaign_id).await?.into_iter().find(|(r, _)| r.reviewer_id == reviewer) else {
        return Ok(Err(Refused(vec![tr!(locale, "reviews-remind-not-reviewer")])));
    };
    if campaign.state == "open" && remind_one(ctx, actor, &campaign, &r, open).await? {
        Ok(Ok(vec![tr!(locale, "reviews-remind-done", count = open, name = r.reviewer_name.as_str())]))
    } else {
        Ok(Err(Refused(vec![tr!(locale, "reviews-remind-nothing", name = r.reviewer_name.as_str())])))
    }
}

/// The worker's reminders: half-way through each running campaign, and two days before its end,
/// to the reviewers who still have open items (each reminder once). How many mails were queued.
pub async fn send_due_reminders(ctx: &Context) -> Result<usize> {
    let now = ctx.clock.now();
    let mut sent = 0;
    for c in store::campaigns(&ctx.db).await?.into_iter().filter(|c| c.state == "open") {
        let (Some(starts), Some(ends)) = (stored_time(&c.starts_at), stored_time(&c.ends_at)) else { continue };
        if now >= ends || now < starts {
            continue;
        }
        let last = now >= ends - Duration::days(2) && c.reminded_last_at.is_none();
        let half = now >= starts + (ends - starts) / 2 && c.reminded_half_at.is_none();
        if !last && !half {
            continue;
        }
        let actor = Actor::Job { name: format!("Guestlist (reminders of the review “{}”)", c.name), object_id: None, roles: Vec::new(), locale: i18n::Locale::default() };
        for (reviewer, open) in open_by_reviewer(ctx, c.id).await? {
            sent += usize::from(remind_one(ctx, &actor, &c, &reviewer, open).await?);
        }
        // The last reminder stands for the half-way one when both are due at once.
        store::set_reminded(&ctx.db, c.id, false, now).await?;
        if last {
            store::set_reminded(&ctx.db, c.id, true, now).await?;
        }
    }
    Ok(sent)
}
