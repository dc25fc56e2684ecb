//! The campaign and rule tables (migration 0012). Written only by the services, after their checks.

use chrono::{DateTime, Utc};

use crate::jobs::lease::{on_db, timestamp};
use crate::{Db, Error};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CampaignRow {
    pub id: i64,
    pub name: String,
    pub scope_kind: String,
    pub scope_value: String,
    pub fallback_id: String,
    pub fallback_name: String,
    pub fallback_mail: Option<String>,
    pub starts_at: String,
    pub ends_at: String,
    pub unreviewed: String,
    pub cannot_tell: String,
    pub state: String,
    pub applied_by: Option<String>,
    pub applied_at: Option<String>,
    pub reminded_half_at: Option<String>,
    pub reminded_last_at: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ItemRow {
    pub id: i64,
    pub campaign_id: i64,
    pub guest_id: String,
    pub guest_name: String,
    pub guest_mail: Option<String>,
    pub evidence: String,
    pub routed: Option<String>,
    pub decision: Option<String>,
    pub extend_until: Option<String>,
    pub justification: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    pub outcome: Option<String>,
    pub undone_at: Option<String>,
    pub row_hash: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReviewerRow {
    pub item_id: i64,
    pub reviewer_id: String,
    pub reviewer_name: String,
    pub reviewer_mail: Option<String>,
    pub via: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RuleRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub threshold: i64,
    pub action: String,
    pub scope_kind: String,
    pub scope_value: String,
    pub priority: i64,
    pub enabled: i64,
    pub last_run_at: Option<String>,
    pub last_changed: i64,
    pub last_skipped: i64,
    pub last_summary: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RuleActionRow {
    pub id: i64,
    pub rule_id: i64,
    pub guest_id: String,
    pub guest_name: String,
    pub action: String,
    pub evidence: String,
    pub at: String,
    pub undone_at: Option<String>,
}

const CAMPAIGNS: &str = "SELECT id, name, scope_kind, scope_value, fallback_id, fallback_name, fallback_mail, starts_at, ends_at, unreviewed, cannot_tell, state, \
     applied_by, applied_at, reminded_half_at, reminded_last_at FROM review_campaigns";
const ITEMS: &str = "SELECT id, campaign_id, guest_id, guest_name, guest_mail, evidence, routed, decision, extend_until, justification, decided_by, \
     decided_at, outcome, undone_at, row_hash FROM review_items";
const RULES: &str = "SELECT id, name, kind, threshold, action, scope_kind, scope_value, priority, enabled, last_run_at, last_changed, last_skipped, \
     last_summary FROM lifecycle_rules";
const RULE_ACTIONS: &str = "SELECT id, rule_id, guest_id, guest_name, action, evidence, at, undone_at FROM lifecycle_rule_actions";

/// A campaign to store.
pub struct NewCampaign<'a> {
    pub name: &'a str,
    pub scope_kind: &'a str,
    pub scope_value: &'a str,
    pub fallback: (&'a str, &'a str, Option<&'a str>),
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub unreviewed: &'a str,
    pub cannot_tell: &'a str,
    pub created_by: &'a str,
    pub now: DateTime<Utc>,
}

pub async fn insert_campaign(db: &Db, c: &NewCampaign<'_>) -> Result<i64, Error> {
    Ok(on_db!(db, pool => {
        sqlx::query_scalar(
            "INSERT INTO review_campaigns (name, scope_kind, scope_value, fallback_id, fallback_name, fallback_mail, starts_at, ends_at, unreviewed, \
             cannot_tell, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(c.name)
        .bind(c.scope_kind)
        .bind(c.scope_value)
        .bind(c.fallback.0)
        .bind(c.fallback.1)
        .bind(c.fallback.2)
        .bind(timestamp(c.starts_at))
        .bind(timestamp(c.ends_at))
        .bind(c.unreviewed)
        .bind(c.cannot_tell)
        .bind(c.created_by)
        .bind(timestamp(c.now))
        .fetch_one(pool)
        .await?
    }))
}

pub async fn insert_item(db: &Db, campaign: i64, guest: (&str, &str, Option<&str>), evidence: &str) -> Result<i64, Error> {
    Ok(on_db!(db, pool => {
        sqlx::query_scalar("INSERT INTO review_items (campaign_id, guest_id, guest_name, guest_mail, evidence) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(campaign)
            .bind(guest.0)
            .bind(guest.1)
            .bind(guest.2)
            .bind(evidence)
            .fetch_one(pool)
            .await?
    }))
}

pub async fn insert_reviewer(db: &Db, item: i64, reviewer: (&str, &str, Option<&str>), via: &str) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("INSERT INTO review_reviewers (item_id, reviewer_id, reviewer_name, reviewer_mail, via) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
            .bind(item)
            .bind(reviewer.0)
            .bind(reviewer.1)
            .bind(reviewer.2)
            .bind(via)
            .execute(pool)
            .await?;
    });
    Ok(())
}

pub async fn campaigns(db: &Db) -> Result<Vec<CampaignRow>, Error> {
    let sql = format!("{CAMPAIGNS} ORDER BY id DESC");
    Ok(on_db!(db, pool => sqlx::query_as::<_, CampaignRow>(&sql).fetch_all(pool).await?))
}

pub async fn campaign(db: &Db, id: i64) -> Result<Option<CampaignRow>, Error> {
    let sql = format!("{CAMPAIGNS} WHERE id = $1");
    Ok(on_db!(db, pool => sqlx::query_as::<_, CampaignRow>(&sql).bind(id).fetch_optional(pool).await?))
}

pub async fn items(db: &Db, campaign: i64) -> Result<Vec<ItemRow>, Error> {
    let sql = format!("{ITEMS} WHERE campaign_id = $1 ORDER BY id");
    Ok(on_db!(db, pool => sqlx::query_as::<_, ItemRow>(&sql).bind(campaign).fetch_all(pool).await?))
}

pub async fn item(db: &Db, id: i64) -> Result<Option<ItemRow>, Error> {
    let sql = format!("{ITEMS} WHERE id = $1");
    Ok(on_db!(db, pool => sqlx::query_as::<_, ItemRow>(&sql).bind(id).fetch_optional(pool).await?))
}

/// The reviewers of every item of `campaign`.
pub async fn reviewers(db: &Db, campaign: i64) -> Result<Vec<ReviewerRow>, Error> {
    let sql = "SELECT r.item_id, r.reviewer_id, r.reviewer_name, r.reviewer_mail, r.via FROM review_reviewers r \
               JOIN review_items i ON i.id = r.item_id WHERE i.campaign_id = $1 ORDER BY r.reviewer_name, r.item_id";
    Ok(on_db!(db, pool => sqlx::query_as::<_, ReviewerRow>(sql).bind(campaign).fetch_all(pool).await?))
}

pub async fn item_reviewers(db: &Db, item: i64) -> Result<Vec<ReviewerRow>, Error> {
    let sql = "SELECT item_id, reviewer_id, reviewer_name, reviewer_mail, via FROM review_reviewers WHERE item_id = $1";
    Ok(on_db!(db, pool => sqlx::query_as::<_, ReviewerRow>(sql).bind(item).fetch_all(pool).await?))
}

/// The items `reviewer` may decide in campaigns not yet applied, oldest first.
pub async fn items_of_reviewer(db: &Db, reviewer: &str) -> Result<Vec<ItemRow>, Error> {
    let sql = format!(
        "{ITEMS} WHERE id IN (SELECT item_id FROM review_reviewers WHERE reviewer_id = $1) \
         AND campaign_id IN (SELECT id FROM review_campaigns WHERE state = 'open') ORDER BY id"
    );
    Ok(on_db!(db, pool => sqlx::query_as::<_, ItemRow>(&sql).bind(reviewer).fetch_all(pool).await?))
}

pub async fn decide(db: &Db, item: i64, decision: &str, until: Option<DateTime<Utc>>, justification: &str, by: &str, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE review_items SET decision = $1, extend_until = $2, justification = $3, decided_by = $4, decided_at = $5 WHERE id = $6")
            .bind(decision)
            .bind(until.map(timestamp))
            .bind(justification)
            .bind(by)
            .bind(timestamp(now))
            .bind(item)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Hands the item to the fallback reviewer alone, saying why.
pub async fn route(db: &Db, item: i64, fallback: (&str, &str, Option<&str>), note: &str) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("DELETE FROM review_reviewers WHERE item_id = $1").bind(item).execute(pool).await?;
        sqlx::query("UPDATE review_items SET routed = $1 WHERE id = $2").bind(note).bind(item).execute(pool).await?;
    });
    insert_reviewer(db, item, fallback, "fallback").await
}

pub async fn set_outcome(db: &Db, item: i64, outcome: &str, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE review_items SET outcome = $1, applied_at = $2 WHERE id = $3").bind(outcome).bind(timestamp(now)).bind(item).execute(pool).await?;
    });
    Ok(())
}

pub async fn set_hash(db: &Db, item: i64, hash: &str) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE review_items SET row_hash = $1 WHERE id = $2").bind(hash).bind(item).execute(pool).await?;
    });
    Ok(())
}

pub async fn set_undone(db: &Db, item: i64, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE review_items SET undone_at = $1 WHERE id = $2").bind(timestamp(now)).bind(item).execute(pool).await?;
    });
    Ok(())
}

pub async fn set_applied(db: &Db, campaign: i64, by: &str, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE review_campaigns SET state = 'applied', applied_by = $1, applied_at = $2 WHERE id = $3")
            .bind(by)
            .bind(timestamp(now))
            .bind(campaign)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Records that a reminder went out (`last`: the one two days before the end).
pub async fn set_reminded(db: &Db, campaign: i64, last: bool, now: DateTime<Utc>) -> Result<(), Error> {
    let sql = if last { "UPDATE review_campaigns SET reminded_last_at = $1 WHERE id = $2" } else { "UPDATE review_campaigns SET reminded_half_at = $1 WHERE id = $2" };
    on_db!(db, pool => {
        sqlx::query(sql).bind(timestamp(now)).bind(campaign).execute(pool).await?;
    });
    Ok(())
}

/// Names the campaign or rule that ended a guest in their `guest_lifecycle` row.
pub async fn set_end_cause_id(db: &Db, guest: &str, cause_id: &str) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE guest_lifecycle SET end_cause_id = $1 WHERE guest_id = $2").bind(cause_id).bind(guest).execute(pool).await?;
    });
    Ok(())
}

/// A rule to store.
pub struct NewRule<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub threshold: i64,
    pub action: &'a str,
    pub scope_kind: &'a str,
    pub scope_value: &'a str,
    pub priority: i64,
    pub created_by: &'a str,
    pub now: DateTime<Utc>,
}

pub async fn insert_rule(db: &Db, r: &NewRule<'_>) -> Result<i64, Error> {
    Ok(on_db!(db, pool => {
        sqlx::query_scalar(
            "INSERT INTO lifecycle_rules (name, kind, threshold, action, scope_kind, scope_value, priority, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(r.name)
        .bind(r.kind)
        .bind(r.threshold)
        .bind(r.action)
        .bind(r.scope_kind)
        .bind(r.scope_value)
        .bind(r.priority)
        .bind(r.created_by)
        .bind(timestamp(r.now))
        .fetch_one(pool)
        .await?
    }))
}

/// Every rule, in order of priority.
pub async fn rules(db: &Db) -> Result<Vec<RuleRow>, Error> {
    let sql = format!("{RULES} ORDER BY priority, id");
    Ok(on_db!(db, pool => sqlx::query_as::<_, RuleRow>(&sql).fetch_all(pool).await?))
}

pub async fn set_rule_enabled(db: &Db, id: i64, enabled: bool) -> Result<u64, Error> {
    Ok(on_db!(db, pool => {
        sqlx::query("UPDATE lifecycle_rules SET enabled = $1 WHERE id = $2").bind(i64::from(enabled)).bind(id).execute(pool).await?.rows_affected()
    }))
}

pub async fn set_rule_run(db: &Db, id: i64, now: DateTime<Utc>, changed: i64, skipped: i64, summary: &str) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE lifecycle_rules SET last_run_at = $1, last_changed = $2, last_skipped = $3, last_summary = $4 WHERE id = $5")
            .bind(timestamp(now))
            .bind(changed)
            .bind(skipped)
            .bind(summary)
            .bind(id)
            .execute(pool)
            .await?;
    });
    Ok(())
}

pub async fn insert_rule_action(db: &Db, rule: i64, guest: (&str, &str), action: &str, evidence: &str, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("INSERT INTO lifecycle_rule_actions (rule_id, guest_id, guest_name, action, evidence, at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(rule)
            .bind(guest.0)
            .bind(guest.1)
            .bind(action)
            .bind(evidence)
            .bind(timestamp(now))
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// What `rule` did to `guest`, undone or not, newest first.
pub async fn rule_actions_on(db: &Db, rule: i64, guest: &str) -> Result<Vec<RuleActionRow>, Error> {
    let sql = format!("{RULE_ACTIONS} WHERE rule_id = $1 AND guest_id = $2 ORDER BY id DESC");
    Ok(on_db!(db, pool => sqlx::query_as::<_, RuleActionRow>(&sql).bind(rule).bind(guest).fetch_all(pool).await?))
}

pub async fn recent_rule_actions(db: &Db, limit: i64) -> Result<Vec<RuleActionRow>, Error> {
    let sql = format!("{RULE_ACTIONS} ORDER BY id DESC LIMIT $1");
    Ok(on_db!(db, pool => sqlx::query_as::<_, RuleActionRow>(&sql).bind(limit).fetch_all(pool).await?))
}

pub async fn rule_action(db: &Db, id: i64) -> Result<Option<RuleActionRow>, Error> {
    let sql = format!("{RULE_ACTIONS} WHERE id = $1");
    Ok(on_db!(db, pool => sqlx::query_as::<_, RuleActionRow>(&sql).bind(id).fetch_optional(pool).await?))
}

pub async fn set_rule_action_undone(db: &Db, id: i64, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE lifecycle_rule_actions SET undone_at = $1 WHERE id = $2").bind(timestamp(now)).bind(id).execute(pool).await?;
    });
    Ok(())
}

pub async fn kill_switch(db: &Db) -> Result<bool, Error> {
    let on: Option<i64> = on_db!(db, pool => sqlx::query_scalar("SELECT kill_switch FROM review_controls WHERE id = 1").fetch_optional(pool).await?);
    Ok(on.unwrap_or(0) != 0)
}

pub async fn set_kill_switch(db: &Db, on: bool, by: &str, now: DateTime<Utc>) -> Result<(), Error> {
    on_db!(db, pool => {
        sqlx::query("UPDATE review_controls SET kill_switch = $1, changed_by = $2, changed_at = $3 WHERE id = 1")
            .bind(i64::from(on))
            .bind(by)
            .bind(timestamp(now))
            .execute(pool)
            .await?;
    });
    Ok(())
}
