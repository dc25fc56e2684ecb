//! Applying campaigns and rules, the same way for both: the dry run, the cap, the kill switch,
//! "end" as disable now and delete after the grace period (through `guest_lifecycle`, whose due
//! rows the worker's end-grace task deletes), undo (enable again, or restore from deleted items
//! within 30 days), and an audit row for every step naming the campaign or rule.

use chrono::{DateTime, Duration, Utc};
use graph::{ErrorCode, ObjectId, UserRef, UserUpdate};

use super::store::{self, CampaignRow, ItemRow};
use super::{report, Decision, Plan, PlanLine, Unreviewed};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::directory::{Answer, Refused};
use crate::guests::details::{protected, read};
use crate::sponsors::store::{self as lifecycle, GuestName};
use crate::sponsors::REVIEW_EVERY_DAYS;
use crate::{Actor, Context, Error, Result, Role};
use i18n::{tr, Locale};

/// The campaign or rule that causes a change, as the audit trail and `guest_lifecycle` name it.
#[derive(Clone, Debug)]
pub(crate) struct Cause {
    /// `campaign` or `rule`.
    pub kind: &'static str,
    pub id: i64,
    pub name: String,
}

impl Cause {
    pub fn options(&self) -> serde_json::Value {
        let mut options = serde_json::Map::new();
        options.insert(self.kind.to_owned(), self.name.clone().into());
        options.insert(format!("{}Id", self.kind), self.id.into());
        options.into()
    }

    /// `campaign:3`, stored as the lifecycle row's `end_cause_id`.
    fn key(&self) -> String {
        format!("{}:{}", self.kind, self.id)
    }
}

/// A guest to change, as stored.
pub(crate) struct Target<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub mail: Option<&'a str>,
}

impl Target<'_> {
    fn who(&self) -> String {
        self.mail.map(str::to_owned).unwrap_or_else(|| self.id.to_owned())
    }
}

async fn record(ctx: &Context, actor: &Actor, action: AuditAction, target: &Target<'_>, outcome: AuditOutcome, cause: &Cause, extra: serde_json::Value, request_id: Option<&str>) -> Result<()> {
    let mut options = cause.options();
    options["userId"] = target.id.into();
    if let (Some(map), Some(extra)) = (options.as_object_mut(), extra.as_object()) {
        map.extend(extra.clone());
    }
    audit::record(&ctx.db, actor, Entry::new(action, target.who(), outcome).options(&options).request_id(request_id)).await
}

/// Blocks the guest's sign-in now; with `end`, they are deleted after the grace period. Returns
/// what happened, in words. A guest already blocked, protected or gone is skipped (and says so).
pub(crate) async fn disable(ctx: &Context, actor: &Actor, cause: &Cause, target: &Target<'_>, end: bool) -> Result<(bool, String)> {
    let action = if end { AuditAction::EndGuestAccess } else { AuditAction::DisableAccount };
    let Ok(id) = target.id.parse::<ObjectId>() else { return Ok((false, "Skipped: not a directory object id".into())) };
    let full = match read(&ctx.app(), id, actor.locale()).await {
        Ok(full) => full,
        Err(Error::Graph { status: 404, .. }) => return Ok((false, "Skipped: no longer in the directory".into())),
        Err(error) => return Err(error),
    };
    if full.user.account_enabled == Some(false) {
        return Ok((false, "Skipped: sign-in is blocked already".into()));
    }
    if let Some(why) = protected(actor, &full) {
        record(ctx, actor, action, target, AuditOutcome::Refused, cause, serde_json::json!({ "why": why }), None).await?;
        return Ok((false, format!("Skipped: {why}")));
    }
    let update = UserUpdate { account_enabled: Some(false), ..UserUpdate::default() };
    let sent = match ctx.app().update_user(&UserRef::Id(id), &update).await {
        Ok(sent) => sent,
        Err(error) => {
            record(ctx, actor, action, target, AuditOutcome::Failed, cause, serde_json::json!({}), error.request_id()).await?;
            return Ok((false, format!("Failed: {}", Error::from(error))));
        }
    };
    let now = ctx.clock.now();
    let mut extra = serde_json::json!({});
    let words = if end {
        let delete_after = now + Duration::days(i64::from(ctx.settings.end_grace_days));
        let guest = GuestName { id: target.id, name: target.name, mail: target.mail };
        lifecycle::set_ending(&ctx.db, &guest, &actor.audit_name(), cause.kind, now, delete_after).await?;
        store::set_end_cause_id(&ctx.db, target.id, &cause.key()).await?;
        extra["deleteAfter"] = delete_after.to_rfc3339().into();
        // Stored as the item's outcome (sealed in the report's hash chain): in English.
        format!("{BLOCKED}; deleted on {} unless undone", i18n::date(Locale::En, delete_after))
    } else {
        BLOCKED.to_owned()
    };
    record(ctx, actor, action, target, AuditOutcome::Changed, cause, extra, sent.request_id.as_deref()).await?;
    Ok((true, words))
}

/// Gives the guest their access back: restored from deleted items first when the grace period
/// has passed and they were deleted, then allowed to sign in again.
pub(crate) async fn undo(ctx: &Context, actor: &Actor, cause: &Cause, target: &Target<'_>) -> Answer<Vec<String>> {
    let locale = actor.locale();
    let Ok(id) = target.id.parse::<ObjectId>() else { return Ok(Err(Refused(vec![tr!(locale, "reviews-undo-no-id")]))) };
    let now = ctx.clock.now();
    let mut lines = Vec::new();
    let row = lifecycle::row(&ctx.db, target.id).await?;
    if row.as_ref().is_some_and(|r| r.state == "deleted") {
        match ctx.app().restore_deleted_user(id).await {
            Ok(_) => {
                record(ctx, actor, AuditAction::RestoreDeletedUser, target, AuditOutcome::Changed, cause, serde_json::json!({}), None).await?;
                lines.push(tr!(locale, "reviews-undo-restored", name = target.name));
            }
            Err(error) => {
                record(ctx, actor, AuditAction::RestoreDeletedUser, target, AuditOutcome::Failed, cause, serde_json::json!({}), error.request_id()).await?;
                let why = if error.code() == Some(&ErrorCode::ResourceNotFound) {
                    tr!(locale, "reviews-undo-gone", name = target.name)
                } else {
                    Error::from(error).to_string()
                };
                return Ok(Err(Refused(vec![why])));
            }
        }
    }
    let update = UserUpdate { account_enabled: Some(true), ..UserUpdate::default() };
    match ctx.app().update_user(&UserRef::Id(id), &update).await {
        Ok(sent) => {
            lifecycle::clear_ending(&ctx.db, target.id, now).await?;
            record(ctx, actor, AuditAction::UndoEndGuestAccess, target, AuditOutcome::Changed, cause, serde_json::json!({}), sent.request_id.as_deref()).await?;
            lines.push(tr!(locale, "reviews-undo-done", name = target.name));
            Ok(Ok(lines))
        }
        Err(error) => {
            record(ctx, actor, AuditAction::UndoEndGuestAccess, target, AuditOutcome::Failed, cause, serde_json::json!({}), error.request_id()).await?;
            Ok(Err(Error::from(error).into()))
        }
    }
}

/// Whether the kill switch is on: no rule, campaign or grace period changes any account.
pub async fn kill_switch(ctx: &Context) -> Result<bool> {
    store::kill_switch(&ctx.db).await
}

/// Turns the kill switch on or off (Admins; audited).
pub async fn set_kill_switch(ctx: &Context, actor: &Actor, on: bool) -> Result<Vec<String>> {
    actor.require(Role::Admin)?;
    store::set_kill_switch(&ctx.db, on, &actor.audit_name(), ctx.clock.now()).await?;
    let entry = Entry::new(AuditAction::SetKillSwitch, "review campaigns and lifecycle rules", AuditOutcome::Changed).options(&serde_json::json!({ "on": on }));
    audit::record(&ctx.db, actor, entry).await?;
    Ok(vec![if on { tr!(actor.locale(), "reviews-kill-switch-on") } else { tr!(actor.locale(), "reviews-kill-switch-off") }])
}

pub(crate) fn cause_of(campaign: &CampaignRow) -> Cause {
    Cause { kind: "campaign", id: campaign.id, name: campaign.name.clone() }
}

/// How a block is recorded as an item's outcome (and so recognised for undo).
const BLOCKED: &str = "Sign-in blocked";

/// Whether an item's recorded outcome is a block that undo can reverse.
pub(crate) fn blocked(outcome: Option<&str>) -> bool {
    outcome.is_some_and(|o| o.starts_with(BLOCKED))
}

pub(crate) fn stored_time(at: &str) -> Option<DateTime<Utc>> {
    lifecycle::parse(at)
}

/// What applying does to one item: the decision, else what the campaign says for unreviewed guests.
fn item_change(item: &ItemRow, unreviewed: Unreviewed, now: DateTime<Utc>, grace_days: u32, locale: Locale) -> (String, String, bool) {
    let decision = item.decision.as_deref().and_then(Decision::parse);
    let why = match (&item.decided_by, &item.justification) {
        (Some(by), Some(justification)) => tr!(locale, "reviews-plan-why-decided", by = by, why = justification),
        _ => match unreviewed {
            Unreviewed::NoChange => tr!(locale, "reviews-plan-why-unreviewed-no-change"),
            Unreviewed::End => tr!(locale, "reviews-plan-why-unreviewed-end"),
            Unreviewed::Keep => tr!(locale, "reviews-plan-why-unreviewed-keep"),
        },
    };
    let end = tr!(locale, "reviews-plan-end", date = i18n::date(locale, now + Duration::days(i64::from(grace_days))));
    let keep = tr!(locale, "reviews-plan-keep", date = i18n::date(locale, now + Duration::days(REVIEW_EVERY_DAYS)));
    let change = match (decision, unreviewed) {
        (Some(Decision::Keep), _) | (None, Unreviewed::Keep) => (keep, false),
        (Some(Decision::Extend), _) => {
            let until = item.extend_until.as_deref().and_then(stored_time).map(|at| i18n::date(locale, at)).unwrap_or_default();
            (tr!(locale, "reviews-plan-extend", date = until), false)
        }
        (Some(Decision::End), _) | (None, Unreviewed::End) => (end, true),
        (None, Unreviewed::NoChange) => (tr!(locale, "reviews-plan-no-change"), false),
    };
    (change.0, why, change.1)
}

fn unreviewed_of(campaign: &CampaignRow) -> Unreviewed {
    Unreviewed::parse(&campaign.unreviewed).unwrap_or(Unreviewed::NoChange)
}

async fn load(ctx: &Context, id: i64, locale: Locale) -> Result<CampaignRow> {
    store::campaign(&ctx.db, id).await?.ok_or_else(|| Error::NotFound(tr!(locale, "reviews-no-campaign-open")))
}

/// The dry run of a campaign: what applying it now does to whom, and why (Admins).
pub async fn plan_campaign(ctx: &Context, actor: &Actor, id: i64) -> Result<Plan> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let campaign = load(ctx, id, locale).await?;
    let now = ctx.clock.now();
    let unreviewed = unreviewed_of(&campaign);
    let lines: Vec<PlanLine> = store::items(&ctx.db, id)
        .await?
        .iter()
        .map(|item| {
            let (change, why, changes_account) = item_change(item, unreviewed, now, ctx.settings.end_grace_days, locale);
            PlanLine { guest_id: item.guest_id.clone(), guest: item.guest_name.clone(), change, why, evidence: item.evidence.clone(), changes_account }
        })
        .collect();
    let kill = store::kill_switch(&ctx.db).await?;
    let ends = stored_time(&campaign.ends_at).unwrap_or(now);
    let blocked = if campaign.state == "applied" {
        let on = campaign.applied_at.as_deref().and_then(stored_time).map(|at| i18n::date(locale, at)).unwrap_or_default();
        Some(tr!(locale, "reviews-blocked-applied", date = on))
    } else if now < ends {
        Some(tr!(locale, "reviews-blocked-running", date = i18n::date(locale, ends)))
    } else if kill {
        Some(tr!(locale, "reviews-blocked-kill-switch"))
    } else {
        None
    };
    Ok(Plan {
        title: campaign.name.clone(),
        changes: lines.iter().filter(|l| l.changes_account).count(),
        lines,
        cap: ctx.settings.bulk_cap,
        kill_switch: kill,
        blocked,
    })
}

/// Applies an ended campaign's decisions (Admins). Over the cap (`GUESTLIST_BULK_ACTION_CAP`)
/// nothing happens unless `confirm_over_cap`. Then the report's hash chain is sealed.
pub async fn apply_campaign(ctx: &Context, actor: &Actor, id: i64, confirm_over_cap: bool) -> Answer<Vec<String>> {
    let plan = plan_campaign(ctx, actor, id).await?;
    let locale = actor.locale();
    let campaign = load(ctx, id, locale).await?;
    let cause = cause_of(&campaign);
    let name = campaign.name.as_str();
    let refuse = |why: String| async move {
        let entry = Entry::new(AuditAction::ApplyReviewCampaign, name, AuditOutcome::Refused).options(&serde_json::json!({ "campaignId": id, "why": why }));
        audit::record(&ctx.db, actor, entry).await?;
        Answer::<Vec<String>>::Ok(Err(Refused(vec![why])))
    };
    if let Some(why) = plan.blocked.clone() {
        return refuse(why).await;
    }
    if plan.over_cap() && !confirm_over_cap {
        let why = tr!(locale, "reviews-apply-over-cap", changes = plan.changes, cap = plan.cap);
        return refuse(why).await;
    }
    let now = ctx.clock.now();
    let unreviewed = unreviewed_of(&campaign);
    let (mut changed, mut kept) = (0, 0);
    for item in store::items(&ctx.db, id).await? {
        let target = Target { id: &item.guest_id, name: &item.guest_name, mail: item.guest_mail.as_deref() };
        let guest = GuestName { id: &item.guest_id, name: &item.guest_name, mail: item.guest_mail.as_deref() };
        let by = item.decided_by.clone().unwrap_or_else(|| format!("{} (campaign “{}”)", actor.audit_name(), campaign.name));
        let decision = item.decision.as_deref().and_then(Decision::parse);
        let outcome = match (decision, unreviewed) {
            (Some(Decision::End), _) | (None, Unreviewed::End) => {
                let (done, words) = disable(ctx, actor, &cause, &target, true).await?;
                changed += usize::from(done);
                words
            }
            (Some(Decision::Extend), _) => {
                let until = item.extend_until.as_deref().and_then(stored_time).unwrap_or(now);
                lifecycle::confirm(&ctx.db, &guest, &by, now, until, Some(until)).await?;
                record(ctx, actor, AuditAction::ExtendGuestAccess, &target, AuditOutcome::Changed, &cause, serde_json::json!({ "until": until.to_rfc3339(), "decidedBy": by }), None).await?;
                kept += 1;
                // Stored (and sealed in the report's hash chain): in English.
                format!("Access until {}", i18n::date(Locale::En, until))
            }
            (Some(Decision::Keep), _) | (None, Unreviewed::Keep) => {
                let next = now + Duration::days(REVIEW_EVERY_DAYS);
                lifecycle::confirm(&ctx.db, &guest, &by, now, next, None).await?;
                record(ctx, actor, AuditAction::ConfirmGuestAccess, &target, AuditOutcome::Changed, &cause, serde_json::json!({ "decidedBy": by }), None).await?;
                kept += 1;
                format!("Kept; next review {}", i18n::date(Locale::En, next))
            }
            (None, Unreviewed::NoChange) => "No change".to_owned(),
        };
        store::set_outcome(&ctx.db, item.id, &outcome, now).await?;
    }
    store::set_applied(&ctx.db, id, &actor.audit_name(), now).await?;
    report::seal(&ctx.db, id).await?;
    let entry = Entry::new(AuditAction::ApplyReviewCampaign, campaign.name.clone(), AuditOutcome::Changed)
        .options(&serde_json::json!({ "campaignId": id, "changed": changed, "kept": kept, "overCapConfirmed": plan.over_cap() }));
    audit::record(&ctx.db, actor, entry).await?;
    Ok(Ok(vec![
        tr!(locale, "reviews-applied", campaign = campaign.name.as_str(), changed = changed, kept = kept),
        tr!(locale, "reviews-applied-report"),
    ]))
}

/// Undoes what applying a campaign did to one guest (Admins).
pub async fn undo_campaign_item(ctx: &Context, actor: &Actor, item_id: i64) -> Answer<Vec<String>> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let item = store::item(&ctx.db, item_id).await?.ok_or_else(|| Error::NotFound(tr!(locale, "reviews-no-item")))?;
    let campaign = load(ctx, item.campaign_id, locale).await?;
    if item.undone_at.is_some() || !blocked(item.outcome.as_deref()) {
        return Ok(Err(Refused(vec![tr!(locale, "reviews-undo-item-nothing", name = item.guest_name.as_str())])));
    }
    let target = Target { id: &item.guest_id, name: &item.guest_name, mail: item.guest_mail.as_deref() };
    let answer = undo(ctx, actor, &cause_of(&campaign), &target).await?;
    if answer.is_ok() {
        store::set_undone(&ctx.db, item.id, ctx.clock.now()).await?;
    }
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn item(decision: Option<&str>) -> ItemRow {
        ItemRow {
            id: 1,
            campaign_id: 1,
            guest_id: "g".into(),
            guest_name: "Olivia Chen".into(),
            guest_mail: None,
            evidence: String::new(),
            routed: None,
            decision: decision.map(str::to_owned),
            extend_until: None,
            justification: decision.map(|_| "Project ended".to_owned()),
            decided_by: decision.map(|_| "Amara Diallo".to_owned()),
            decided_at: None,
            outcome: None,
            undone_at: None,
            row_hash: None,
        }
    }

    #[test]
    fn a_decision_wins_over_what_the_campaign_says_for_unreviewed_guests() {
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 0, 0, 0).unwrap();
        let en = Locale::En;
        let (change, why, account) = item_change(&item(Some("end")), Unreviewed::Keep, now, 30, en);
        assert!(change.starts_with("Block sign-in now, delete on 5 January 2027") && account, "{change}");
        assert_eq!(why, "Amara Diallo: Project ended");
        assert!(!item_change(&item(Some("keep")), Unreviewed::End, now, 30, en).2);
        assert!(item_change(&item(None), Unreviewed::End, now, 30, en).2);
        assert_eq!(item_change(&item(None), Unreviewed::NoChange, now, 30, en).0, "No change");
    }
}
