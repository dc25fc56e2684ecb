//! Lifecycle rules (Admins): evaluated every day by the worker's "reviews" task, or at once by
//! an Admin. Rules go in order of priority and a guest is handled by the first rule that matches
//! them. A rule acts once per guest: a second run skips the guests it told or blocked already,
//! and those an Admin brought back. Over the cap nothing happens until an Admin confirms; with
//! the kill switch on, nothing happens at all.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use graph::{DirectoryObjectKind, User};

use super::apply::{self, stored_time, Cause, Target};
use super::evidence::{pending_for, Guests};
use super::store::{self, RuleRow};
use super::{inactivity, Inactivity, Plan, PlanLine, Rule, RuleAction, RuleChange, RuleForm, RuleKind, Rules, Scope};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::directory::{Answer, Refused};
use crate::mail::OutgoingMail;
use crate::sponsors::store::{self as lifecycle, LifecycleRow};
use crate::{outbox, Actor, Context, Error, Result, Role};
use i18n::{tr, Locale};

/// A date in what is stored (a rule's evidence and summary): in English, as the audit trail.
fn stored_date(at: DateTime<Utc>) -> String {
    i18n::date(Locale::En, at)
}

/// Saves a new rule (Admins; audited). Returns its id.
pub async fn save_rule(ctx: &Context, actor: &Actor, form: &RuleForm) -> Answer<i64> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let name = form.name.trim();
    let checked = (|| -> std::result::Result<_, String> {
        if name.is_empty() || name.len() > 200 {
            return Err(tr!(locale, "reviews-rule-name"));
        }
        let kind = RuleKind::parse(&form.kind).ok_or_else(|| tr!(locale, "reviews-rule-choose-kind"))?;
        let range = if kind == RuleKind::Sponsors { 1..=5 } else { 1..=3650 };
        let threshold = form.threshold.trim().parse::<i64>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
            if kind == RuleKind::Sponsors { tr!(locale, "reviews-rule-enter-sponsors") } else { tr!(locale, "reviews-rule-enter-days") }
        })?;
        let action = RuleAction::parse(&form.action).ok_or_else(|| tr!(locale, "reviews-rule-choose-action"))?;
        if !["all", "domain", "group"].contains(&form.scope.as_str()) {
            return Err(tr!(locale, "reviews-rule-choose-scope"));
        }
        let scope = Scope::from_parts(&form.scope, &form.value, locale)?;
        let priority =
            if form.priority.trim().is_empty() { Ok(100) } else { form.priority.trim().parse::<i64>().map_err(|_| tr!(locale, "reviews-rule-enter-priority")) }?;
        Ok((kind, threshold, action, scope, priority))
    })();
    let (kind, threshold, action, scope, priority) = match checked {
        Ok(checked) => checked,
        Err(why) => {
            audit::record(&ctx.db, actor, Entry::new(AuditAction::SaveLifecycleRule, name, AuditOutcome::Refused).options(&serde_json::json!({ "why": why }))).await?;
            return Ok(Err(Refused(vec![why])));
        }
    };
    let (scope_kind, scope_value) = scope.parts();
    let by = actor.audit_name();
    let rule = store::NewRule { name, kind: kind.as_str(), threshold, action: action.as_str(), scope_kind, scope_value: &scope_value, priority, created_by: &by, now: ctx.clock.now() };
    let id = store::insert_rule(&ctx.db, &rule).await?;
    let en = Locale::En;
    let options = serde_json::json!({ "ruleId": id, "condition": kind.words(en, threshold), "action": action.words(en), "scope": scope.words(en), "priority": priority });
    audit::record(&ctx.db, actor, Entry::new(AuditAction::SaveLifecycleRule, name, AuditOutcome::Changed).options(&options)).await?;
    Ok(Ok(id))
}

/// Turns a rule on or off (Admins; audited).
pub async fn set_rule_enabled(ctx: &Context, actor: &Actor, id: i64, enabled: bool) -> Result<()> {
    actor.require(Role::Admin)?;
    if store::set_rule_enabled(&ctx.db, id, enabled).await? == 0 {
        return Err(Error::NotFound(tr!(actor.locale(), "reviews-no-rule")));
    }
    let entry = Entry::new(AuditAction::SaveLifecycleRule, format!("rule {id}"), AuditOutcome::Changed).options(&serde_json::json!({ "ruleId": id, "enabled": enabled }));
    audit::record(&ctx.db, actor, entry).await
}

fn rule_view(r: &RuleRow, locale: Locale) -> Rule {
    Rule {
        id: r.id,
        name: r.name.clone(),
        condition: RuleKind::parse(&r.kind).map(|k| k.words(locale, r.threshold)).unwrap_or_default(),
        action: RuleAction::parse(&r.action).map(|a| a.words(locale)).unwrap_or_default(),
        scope: Scope::from_parts(&r.scope_kind, &r.scope_value, locale).map(|s| s.words(locale)).unwrap_or_default(),
        priority: r.priority,
        enabled: r.enabled != 0,
        last_run: r.last_run_at.as_deref().and_then(stored_time).map(|at| i18n::date_time(locale, at)),
        last_changed: r.last_changed,
        last_skipped: r.last_skipped,
        last_summary: r.last_summary.clone(),
    }
}

/// The rules page (Admins): the rules with their last run, and what they did lately.
pub async fn rules(ctx: &Context, actor: &Actor) -> Result<Rules> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let rows = store::rules(&ctx.db).await?;
    let names: BTreeMap<i64, String> = rows.iter().map(|r| (r.id, r.name.clone())).collect();
    let recent = store::recent_rule_actions(&ctx.db, 100)
        .await?
        .into_iter()
        .map(|a| RuleChange {
            id: a.id,
            rule: names.get(&a.rule_id).cloned().unwrap_or_default(),
            guest_id: a.guest_id,
            guest: a.guest_name,
            undoable: a.undone_at.is_none() && a.action != "notified",
            action: {
                let done = done_words(&a.action, locale);
                if a.undone_at.is_some() { tr!(locale, "reviews-rule-done-undone", what = done) } else { done }
            },
            at: stored_time(&a.at).map(|at| i18n::date(locale, at)).unwrap_or_default(),
            evidence: a.evidence,
        })
        .collect();
    Ok(Rules { rules: rows.iter().map(|r| rule_view(r, locale)).collect(), recent, kill_switch: store::kill_switch(&ctx.db).await?, cap: ctx.settings.bulk_cap, grace_days: ctx.settings.end_grace_days })
}

/// Sponsors who can act: enabled people, and groups with an enabled member.
fn live_sponsors(guests: &Guests, user: &User) -> usize {
    user.sponsors
        .iter()
        .flatten()
        .filter(|s| match s.kind() {
            DirectoryObjectKind::User => s.account_enabled != Some(false),
            DirectoryObjectKind::Group => s.id.is_some_and(|g| guests.group_people.get(&g.to_string()).is_some_and(|p| !p.is_empty())),
            DirectoryObjectKind::Other(_) => false,
        })
        .count()
}

/// Whether `rule` matches `user`: the evidence, in words.
fn matches(rule: &RuleRow, guests: &Guests, user: &User, row: Option<&LifecycleRow>, now: DateTime<Utc>) -> Option<String> {
    let scope = Scope::from_parts(&rule.scope_kind, &rule.scope_value, Locale::En).ok()?;
    guests.in_scope(user, &scope, now).ok()??;
    let days = u32::try_from(rule.threshold).unwrap_or(u32::MAX);
    match RuleKind::parse(&rule.kind)? {
        RuleKind::Attestation => {
            let limit = now - Duration::days(rule.threshold);
            let confirmed = row.and_then(|r| r.confirmed_at.as_deref()).and_then(stored_time);
            match confirmed {
                Some(at) if at < limit => Some(format!("last confirmed {} by {}", stored_date(at), row.and_then(|r| r.confirmed_by.clone()).unwrap_or_default())),
                Some(_) => None,
                // Never confirmed: only once the account is older than N days.
                None => user.created_date_time.filter(|c| *c < limit).map(|c| format!("never confirmed by a sponsor; account created {}", stored_date(c))),
            }
        }
        RuleKind::Inactivity => match inactivity(user, guests.sign_in_known, now, days) {
            Inactivity::Inactive(words) => Some(words),
            Inactivity::Active | Inactivity::CannotTell(_) => None,
        },
        RuleKind::Sponsors => {
            let live = live_sponsors(guests, user);
            (live < usize::try_from(rule.threshold).unwrap_or(usize::MAX)).then(|| format!("{live} sponsor(s) who can act"))
        }
        RuleKind::Unredeemed => pending_for(user, now, days),
    }
}

/// A guest a rule matched, and whether (and why) it skips them.
struct Hit<'a> {
    user: &'a User,
    id: String,
    name: String,
    evidence: String,
    skip: Option<String>,
}

/// The guests each enabled rule takes, first rule by priority wins; with why each one is skipped.
async fn evaluate<'a>(ctx: &Context, rules: &[RuleRow], guests: &'a Guests, now: DateTime<Utc>, locale: Locale) -> Result<BTreeMap<i64, Vec<Hit<'a>>>> {
    let ids: Vec<String> = guests.users.iter().filter_map(|u| u.id.map(|id| id.to_string())).collect();
    let rows: BTreeMap<String, LifecycleRow> = lifecycle::rows(&ctx.db, &ids).await?.into_iter().map(|r| (r.guest_id.clone(), r)).collect();
    let mut hits: BTreeMap<i64, Vec<Hit<'a>>> = BTreeMap::new();
    for user in &guests.users {
        let Some(id) = user.id.map(|id| id.to_string()) else { continue };
        let row = rows.get(&id);
        let Some((rule, evidence)) = rules.iter().filter(|r| r.enabled != 0).find_map(|r| matches(r, guests, user, row, now).map(|e| (r, e))) else { continue };
        let action = RuleAction::parse(&rule.action).unwrap_or(RuleAction::Notify);
        let done = store::rule_actions_on(&ctx.db, rule.id, &id).await?;
        let day = |at: Option<&str>| at.and_then(stored_time).map(|at| i18n::date(locale, at)).unwrap_or_default();
        let skip = if let Some(undone) = done.iter().find(|a| a.undone_at.is_some()) {
            Some(tr!(locale, "reviews-skip-undone", date = day(undone.undone_at.as_deref())))
        } else if let Some(before) = done.first() {
            Some(tr!(locale, "reviews-skip-done", what = done_words(&before.action, locale), date = day(Some(&before.at))))
        } else if user.account_enabled == Some(false) {
            Some(tr!(locale, "reviews-skip-blocked"))
        } else if action != RuleAction::Notify && row.is_some_and(LifecycleRow::ending) {
            Some(tr!(locale, "reviews-skip-ending"))
        } else if action == RuleAction::Notify && guests.reviewers(user).iter().all(|r| r.2.is_none()) {
            Some(tr!(locale, "reviews-skip-no-sponsor"))
        } else {
            None
        };
        // Stored with the rule's change: in English.
        let name = user.display_name.clone().unwrap_or_else(|| "A guest".into());
        hits.entry(rule.id).or_default().push(Hit { user, id, name, evidence, skip });
    }
    Ok(hits)
}

/// What a rule did to a guest, as stored (`notified`, `disabled`, `ending`), in words.
fn done_words(action: &str, locale: Locale) -> String {
    match action {
        "notified" => tr!(locale, "reviews-rule-done-notified"),
        "disabled" => tr!(locale, "reviews-rule-done-disabled"),
        "ending" => tr!(locale, "reviews-rule-done-ending"),
        other => other.to_owned(),
    }
}

fn change_words(action: RuleAction, now: DateTime<Utc>, grace_days: u32, locale: Locale) -> String {
    match action {
        RuleAction::Notify => tr!(locale, "reviews-action-notify"),
        RuleAction::Disable => tr!(locale, "reviews-change-disable"),
        RuleAction::DisableThenDelete => tr!(locale, "reviews-plan-end", date = i18n::date(locale, now + Duration::days(i64::from(grace_days)))),
    }
}

fn plan_of(rule: &RuleRow, hits: &[Hit<'_>], now: DateTime<Utc>, ctx: &Context, kill: bool, locale: Locale) -> Plan {
    let action = RuleAction::parse(&rule.action).unwrap_or(RuleAction::Notify);
    let condition = RuleKind::parse(&rule.kind).map(|k| k.words(locale, rule.threshold)).unwrap_or_default();
    let lines: Vec<PlanLine> = hits
        .iter()
        .map(|h| PlanLine {
            guest_id: h.id.clone(),
            guest: h.name.clone(),
            change: h
                .skip
                .as_ref()
                .map(|s| tr!(locale, "reviews-skipped", why = s))
                .unwrap_or_else(|| change_words(action, now, ctx.settings.end_grace_days, locale)),
            why: tr!(locale, "reviews-plan-why-rule", rule = rule.name.as_str(), condition = condition.as_str()),
            evidence: h.evidence.clone(),
            changes_account: h.skip.is_none() && action != RuleAction::Notify,
        })
        .collect();
    Plan {
        title: rule.name.clone(),
        changes: lines.iter().filter(|l| l.changes_account).count(),
        lines,
        cap: ctx.settings.bulk_cap,
        kill_switch: kill,
        blocked: (rule.enabled == 0).then(|| tr!(locale, "reviews-blocked-rule-off")).or_else(|| kill.then(|| tr!(locale, "reviews-blocked-rule-kill-switch"))),
    }
}

/// The dry run of every rule (Admins): what each would do now, to whom and why.
pub async fn plan_rules(ctx: &Context, actor: &Actor) -> Result<Vec<Plan>> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let rules = store::rules(&ctx.db).await?;
    let groups = rule_groups(&rules);
    let guests = Guests::read(ctx, &groups).await?;
    let now = ctx.clock.now();
    let hits = evaluate(ctx, &rules, &guests, now, locale).await?;
    let kill = store::kill_switch(&ctx.db).await?;
    Ok(rules.iter().map(|r| plan_of(r, hits.get(&r.id).map(Vec::as_slice).unwrap_or(&[]), now, ctx, kill, locale)).collect())
}

fn rule_groups(rules: &[RuleRow]) -> Vec<String> {
    rules.iter().filter(|r| r.scope_kind == "group").map(|r| r.scope_value.clone()).collect()
}

/// Tells a guest's sponsors that a rule found them, through the outbox (each mail audited).
async fn notify(ctx: &Context, actor: &Actor, cause: &Cause, guests: &Guests, hit: &Hit<'_>, condition: &str) -> Result<usize> {
    let portal = ctx.settings.portal_url.clone().unwrap_or_default();
    let mut queued = 0;
    for (_, name, mail) in guests.reviewers(hit.user) {
        let Some(address) = mail else { continue };
        // The sponsor's language is not known here: in English, as the mail's `language` says
        // (and as `condition` and the evidence are).
        let locale = Locale::En;
        let mail = OutgoingMail {
            to: address.clone(),
            subject: tr!(locale, "reviews-mail-notify-subject", name = hit.name.as_str()),
            body: format!(
                "{}\n\n{}\n\n{}\n{portal}/my-guests\n",
                tr!(locale, "reviews-mail-hello", name = name.as_str()),
                tr!(locale, "reviews-mail-notify-body", name = hit.name.as_str(), rule = cause.name.as_str(), condition = condition, evidence = hit.evidence.as_str()),
                tr!(locale, "reviews-mail-notify-action"),
            ),
            language: locale.tag().into(),
        };
        let mut options = cause.options();
        options["userId"] = hit.id.clone().into();
        let entry = Entry::new(AuditAction::NotifySponsors, address, AuditOutcome::Queued).options(&options);
        match outbox::queue(&ctx.db, actor, &mail, entry).await {
            Ok(_) => queued += 1,
            Err(error) => tracing::warn!(%error, "a rule's mail to a sponsor could not be queued"),
        }
    }
    Ok(queued)
}

/// Runs one rule over its hits: what it changed, skipped, and the summary (stored in English;
/// returned in the actor's language).
async fn execute(ctx: &Context, actor: &Actor, rule: &RuleRow, guests: &Guests, hits: &[Hit<'_>], confirm_over_cap: bool) -> Result<(i64, i64, String)> {
    let now = ctx.clock.now();
    let locale = actor.locale();
    let plan = plan_of(rule, hits, now, ctx, false, locale);
    let skipped = i64::try_from(hits.iter().filter(|h| h.skip.is_some()).count()).unwrap_or(0);
    let cause = Cause { kind: "rule", id: rule.id, name: rule.name.clone() };
    if plan.over_cap() && !confirm_over_cap {
        let summary = format!("Held: it would block {} accounts, more than the {} one run may change. Nothing changed until an Admin confirms.", plan.changes, plan.cap);
        let entry = Entry::new(AuditAction::RunLifecycleRule, rule.name.clone(), AuditOutcome::Refused).options(&serde_json::json!({ "ruleId": rule.id, "why": summary }));
        audit::record(&ctx.db, actor, entry).await?;
        store::set_rule_run(&ctx.db, rule.id, now, 0, skipped, &summary).await?;
        return Ok((0, skipped, tr!(locale, "reviews-rule-held", changes = plan.changes, cap = plan.cap)));
    }
    let action = RuleAction::parse(&rule.action).unwrap_or(RuleAction::Notify);
    // The sponsors' mails and the evidence are in English (see `notify`).
    let condition = RuleKind::parse(&rule.kind).map(|k| k.words(Locale::En, rule.threshold)).unwrap_or_default();
    let (mut changed, mut more_skipped) = (0i64, 0i64);
    for hit in hits.iter().filter(|h| h.skip.is_none()) {
        let target = Target { id: &hit.id, name: &hit.name, mail: hit.user.mail.as_deref() };
        let done = match action {
            RuleAction::Notify => (notify(ctx, actor, &cause, guests, hit, &condition).await? > 0).then_some("notified"),
            RuleAction::Disable => apply::disable(ctx, actor, &cause, &target, false).await?.0.then_some("disabled"),
            RuleAction::DisableThenDelete => apply::disable(ctx, actor, &cause, &target, true).await?.0.then_some("ending"),
        };
        match done {
            Some(what) => {
                store::insert_rule_action(&ctx.db, rule.id, (hit.id.as_str(), hit.name.as_str()), what, &hit.evidence, now).await?;
                changed += 1;
            }
            None => more_skipped += 1,
        }
    }
    let skipped = skipped + more_skipped;
    let summary = format!("{changed} guest(s): {}; {skipped} skipped.", action.words(Locale::En).to_lowercase());
    let entry = Entry::new(AuditAction::RunLifecycleRule, rule.name.clone(), AuditOutcome::Changed)
        .options(&serde_json::json!({ "ruleId": rule.id, "changed": changed, "skipped": skipped, "overCapConfirmed": plan.over_cap() }));
    audit::record(&ctx.db, actor, entry).await?;
    store::set_rule_run(&ctx.db, rule.id, now, changed, skipped, &summary).await?;
    let what = match action {
        RuleAction::Notify => tr!(locale, "reviews-rule-ran-notify", count = changed),
        RuleAction::Disable => tr!(locale, "reviews-rule-ran-disable", count = changed),
        RuleAction::DisableThenDelete => tr!(locale, "reviews-rule-ran-disable-delete", count = changed),
    };
    Ok((changed, skipped, tr!(locale, "reviews-rule-ran", what = what, skipped = skipped)))
}

/// Runs one rule now (Admins), confirming a run over the cap with `confirm_over_cap`.
pub async fn run_rule(ctx: &Context, actor: &Actor, id: i64, confirm_over_cap: bool) -> Answer<Vec<String>> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    if store::kill_switch(&ctx.db).await? {
        return Ok(Err(Refused(vec![tr!(locale, "reviews-run-kill-switch")])));
    }
    let rules = store::rules(&ctx.db).await?;
    let rule = rules.iter().find(|r| r.id == id && r.enabled != 0).ok_or_else(|| Error::NotFound(tr!(locale, "reviews-no-rule-on")))?;
    let guests = Guests::read(ctx, &rule_groups(&rules)).await?;
    let hits = evaluate(ctx, &rules, &guests, ctx.clock.now(), locale).await?;
    let (_, _, summary) = execute(ctx, actor, rule, &guests, hits.get(&id).map(Vec::as_slice).unwrap_or(&[]), confirm_over_cap).await?;
    Ok(Ok(vec![tr!(locale, "reviews-run-done", rule = rule.name.as_str(), summary = summary)]))
}

/// The worker's daily evaluation: every enabled rule not run in the last day. Nothing at all
/// while the kill switch is on. How many rules ran.
pub async fn run_due(ctx: &Context) -> Result<usize> {
    if store::kill_switch(&ctx.db).await? {
        return Ok(0);
    }
    let now = ctx.clock.now();
    let rules = store::rules(&ctx.db).await?;
    let due: Vec<&RuleRow> =
        rules.iter().filter(|r| r.enabled != 0 && r.last_run_at.as_deref().and_then(stored_time).map_or(true, |at| at <= now - Duration::days(1))).collect();
    if due.is_empty() {
        return Ok(0);
    }
    let guests = Guests::read(ctx, &rule_groups(&rules)).await?;
    let hits = evaluate(ctx, &rules, &guests, now, Locale::En).await?;
    for rule in &due {
        let actor = Actor::Job { name: format!("Guestlist (lifecycle rule “{}”)", rule.name), object_id: None, roles: Vec::new(), locale: i18n::Locale::default() };
        execute(ctx, &actor, rule, &guests, hits.get(&rule.id).map(Vec::as_slice).unwrap_or(&[]), false).await?;
    }
    Ok(due.len())
}

/// Undoes what a rule did to one guest (Admins): they can sign in again (restored first when
/// they were deleted), and the rule leaves them alone from then on.
pub async fn undo_rule_change(ctx: &Context, actor: &Actor, change_id: i64) -> Answer<Vec<String>> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let change = store::rule_action(&ctx.db, change_id).await?.ok_or_else(|| Error::NotFound(tr!(locale, "reviews-no-change")))?;
    if change.undone_at.is_some() || change.action == "notified" {
        return Ok(Err(Refused(vec![tr!(locale, "reviews-undo-rule-nothing", name = change.guest_name.as_str())])));
    }
    let rule = store::rules(&ctx.db).await?.into_iter().find(|r| r.id == change.rule_id);
    let cause = Cause { kind: "rule", id: change.rule_id, name: rule.map(|r| r.name).unwrap_or_default() };
    let answer = apply::undo(ctx, actor, &cause, &Target { id: &change.guest_id, name: &change.guest_name, mail: None }).await?;
    if answer.is_ok() {
        store::set_rule_action_undone(&ctx.db, change.id, ctx.clock.now()).await?;
    }
    Ok(answer)
}
