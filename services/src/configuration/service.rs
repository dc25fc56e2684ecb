//! Reading, saving, restoring, exporting and importing the Settings page's document; the
//! settings in force; the tenant's own settings and the effective result for a domain.

use std::collections::BTreeSet;

use graph::{AllowInvitesFrom, DomainRestriction};

use super::{GeneralForm, PortalSettings, RuleForm, SettingsPage, TenantSettings, VersionInfo};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::jobs::lease::{on_db, timestamp};
use crate::mail::OutgoingMail;
use crate::partners::{self, Decision, Effective, PartnerRule, TenantFacts, DEFAULT_DOMAIN};
use crate::settings::{https_url, InviteSettings};
use crate::{outbox, Actor, Context, Db, Error, Result, Role};

#[derive(sqlx::FromRow)]
struct VersionRow {
    id: i64,
    document: String,
    changed_at: String,
    changed_by: String,
    summary: String,
}

impl VersionRow {
    fn info(&self) -> VersionInfo {
        VersionInfo { id: self.id, changed_at: self.changed_at.clone(), changed_by: self.changed_by.clone(), summary: self.summary.clone() }
    }

    fn document(&self) -> Result<PortalSettings> {
        serde_json::from_str(&self.document).map_err(|e| Error::Unavailable(format!("Settings version {} cannot be read ({e}).", self.id)))
    }
}

const COLUMNS: &str = "SELECT id, document, changed_at, changed_by, summary FROM settings_versions";

async fn newest(db: &Db) -> Result<Option<VersionRow>> {
    Ok(on_db!(db, pool => sqlx::query_as::<_, VersionRow>(&format!("{COLUMNS} ORDER BY id DESC LIMIT 1")).fetch_optional(pool).await?))
}

async fn version_row(db: &Db, id: i64) -> Result<VersionRow> {
    let row = on_db!(db, pool => sqlx::query_as::<_, VersionRow>(&format!("{COLUMNS} WHERE id = $1")).bind(id).fetch_optional(pool).await?);
    row.ok_or_else(|| Error::NotFound(format!("There is no settings version {id}.")))
}

/// The document in force: the newest saved version, or an empty one.
pub async fn current(db: &Db) -> Result<PortalSettings> {
    newest(db).await?.map(|row| row.document()).transpose().map(Option::unwrap_or_default)
}

/// The settings in force: the variables, with what the Settings page set in their place.
pub fn overlay(env: &InviteSettings, document: &PortalSettings) -> InviteSettings {
    let mut settings = env.clone();
    if let Some(approvers) = &document.request_approvers {
        settings.request_approvers = approvers.clone();
    }
    if let Some(days) = document.request_expiry_days {
        settings.request_expiry_days = days;
    }
    if let Some(prefixes) = &document.redirect_prefixes {
        settings.allowed_redirect_prefixes = prefixes.clone();
    }
    if let Some(blocked) = &document.blocked_domains {
        settings.blocked_domains = blocked.iter().cloned().collect::<BTreeSet<_>>();
    }
    settings
}

/// The settings in force and the document, read from the database (so a change on the Settings
/// page applies at once in every instance).
pub async fn in_force(ctx: &Context) -> Result<(InviteSettings, PortalSettings)> {
    let document = current(&ctx.db).await?;
    Ok((overlay(&ctx.settings, &document), document))
}

/// The document with its lists cleaned (trimmed, lower case where they are addresses or
/// domains), or why it cannot be saved.
fn validated(mut document: PortalSettings) -> Result<PortalSettings> {
    let clean = |list: &mut Vec<String>| {
        *list = list.iter().map(|v| v.trim().to_lowercase()).filter(|v| !v.is_empty()).collect();
    };
    let mut domains = BTreeSet::new();
    for rule in &mut document.partner_rules {
        rule.domain = rule.domain.trim().trim_start_matches("*.").trim_start_matches('@').to_lowercase();
        if rule.domain.is_empty() {
            rule.domain = DEFAULT_DOMAIN.into();
        }
        if !rule.is_default() && (!rule.domain.contains('.') || rule.domain.chars().any(|c| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))) {
            return Err(Error::Invalid(format!("“{}” is not a domain. Write it like fabrikam.com (it covers its subdomains too), or * for the default rule.", rule.domain)));
        }
        if !domains.insert(rule.domain.clone()) {
            return Err(Error::Invalid(format!("There are two rules for {}. Keep one.", rule.domain)));
        }
        clean(&mut rule.approvers);
        rule.default_groups = rule.default_groups.iter().map(|g| g.trim().to_owned()).filter(|g| !g.is_empty()).collect();
        if rule.approvers.iter().any(|a| !a.contains('@')) {
            return Err(Error::Invalid(format!("The approvers for {} must be e-mail addresses or user names (name@domain).", rule.domain)));
        }
        if rule.required_sponsors > graph::MAX_INVITATION_SPONSORS {
            return Err(Error::Invalid(format!("A guest can have at most {} sponsors; lower the count for {}.", graph::MAX_INVITATION_SPONSORS, rule.domain)));
        }
        if !rule.redirect_url.trim().is_empty() && https_url(&rule.redirect_url).is_none() {
            return Err(Error::Invalid(format!("The redirect URL for {} must be an https:// address.", rule.domain)));
        }
        if !rule.language.is_empty() && !crate::invite::LANGUAGES.iter().any(|(code, _)| *code == rule.language) {
            return Err(Error::Invalid(format!("Pick the language for {} from the list.", rule.domain)));
        }
    }
    document.partner_rules.sort_by(|a, b| (!a.is_default(), &a.domain).cmp(&(!b.is_default(), &b.domain)));
    if let Some(approvers) = &mut document.request_approvers {
        clean(approvers);
        if approvers.iter().any(|a| !a.contains('@')) {
            return Err(Error::Invalid("Approvers must be e-mail addresses or user names (name@domain).".into()));
        }
    }
    if let Some(blocked) = &mut document.blocked_domains {
        clean(blocked);
    }
    if let Some(prefixes) = &mut document.redirect_prefixes {
        *prefixes = prefixes.iter().map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect();
        if let Some(bad) = prefixes.iter().find(|p| https_url(p).is_none()) {
            return Err(Error::Invalid(format!("“{bad}” is not an https:// address; redirect prefixes must be.")));
        }
        if prefixes.is_empty() {
            return Err(Error::Invalid("Keep at least one redirect prefix, or clear the setting to use GUESTLIST_INVITE_REDIRECT_PREFIXES.".into()));
        }
    }
    if document.request_expiry_days.is_some_and(|d| !(1..=90).contains(&d)) {
        return Err(Error::Invalid("Requests expire after 1 to 90 days.".into()));
    }
    if document.audit_retention_days.is_some_and(|d| d < 30) {
        return Err(Error::Invalid("Keep audit rows at least 30 days.".into()));
    }
    Ok(document)
}

/// What changed between two documents, in words (for the version list and the audit trail).
fn summary(before: &PortalSettings, after: &PortalSettings) -> String {
    let mut changed = Vec::new();
    let domains = |d: &PortalSettings| d.partner_rules.iter().map(|r| (r.domain.clone(), r.clone())).collect::<std::collections::BTreeMap<_, _>>();
    let (old, new) = (domains(before), domains(after));
    for (domain, rule) in &new {
        match old.get(domain) {
            None => changed.push(format!("rule for {domain} added")),
            Some(previous) if previous != rule => changed.push(format!("rule for {domain} changed")),
            Some(_) => {}
        }
    }
    changed.extend(old.keys().filter(|d| !new.contains_key(*d)).map(|d| format!("rule for {d} removed")));
    let mut field = |name: &str, differs: bool| {
        if differs {
            changed.push(format!("{name} changed"));
        }
    };
    field("approvers", before.request_approvers != after.request_approvers);
    field("request expiry", before.request_expiry_days != after.request_expiry_days);
    field("redirect prefixes", before.redirect_prefixes != after.redirect_prefixes);
    field("blocked domains", before.blocked_domains != after.blocked_domains);
    field("audit retention", before.audit_retention_days != after.audit_retention_days);
    if changed.is_empty() { "nothing changed".into() } else { changed.join(", ") }
}

/// Saves `document` as the newest version (Admins); returns it with its summary. `how` is put
/// before the summary ("Restored version 3: …", "Imported: …").
pub async fn save(ctx: &Context, actor: &Actor, document: PortalSettings, how: Option<&str>) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let document = match validated(document) {
        Ok(document) => document,
        Err(error) => {
            audit::record(&ctx.db, actor, Entry::new(AuditAction::ChangeSettings, "settings", AuditOutcome::Refused).options(&serde_json::json!({ "why": error.to_string() }))).await?;
            return Err(error);
        }
    };
    let before = current(&ctx.db).await?;
    let what = summary(&before, &document);
    let summary = how.map(|how| format!("{how}: {what}")).unwrap_or(what);
    let json = serde_json::to_string(&document).map_err(|e| Error::Invalid(format!("The settings cannot be stored ({e}).")))?;
    let (at, by) = (timestamp(ctx.clock.now()), actor.audit_name());
    const SQL: &str = "INSERT INTO settings_versions (document, changed_at, changed_by, summary) VALUES ($1, $2, $3, $4) RETURNING id";
    let id: i64 = on_db!(&ctx.db, pool => sqlx::query_scalar(SQL).bind(&json).bind(&at).bind(&by).bind(&summary).fetch_one(pool).await?);
    let options = serde_json::json!({ "version": id, "summary": summary });
    audit::record(&ctx.db, actor, Entry::new(AuditAction::ChangeSettings, "settings", AuditOutcome::Changed).options(&options)).await?;
    Ok(VersionInfo { id, changed_at: at, changed_by: by, summary })
}

/// The lines of a list field, trimmed, without empty ones.
fn lines(text: &str) -> Vec<String> {
    text.split(['\n', ',', ';']).map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect()
}

/// A whole number field; empty is `None`.
fn number<T: std::str::FromStr>(text: &str, what: &str) -> Result<Option<T>> {
    match text.trim() {
        "" => Ok(None),
        n => n.parse().map(Some).map_err(|_| Error::Invalid(format!("{what} must be a whole number (or empty)."))),
    }
}

/// Adds a partner rule, or changes the one for `form.original` (Admins).
pub async fn save_rule(ctx: &Context, actor: &Actor, form: &RuleForm) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let decision = match form.decision.as_str() {
        "allow" | "" => Decision::Allow,
        "approval_required" => Decision::ApprovalRequired,
        "block" => Decision::Block,
        other => return Err(Error::Invalid(format!("“{other}” is not a decision: pick allow, approval required or block."))),
    };
    let rule = PartnerRule {
        domain: form.domain.clone(),
        decision,
        default_groups: lines(&form.default_groups),
        default_sponsor: form.default_sponsor.trim().to_owned(),
        required_sponsors: number(&form.required_sponsors, "The required number of sponsors")?.unwrap_or(0),
        max_lifetime_days: number(&form.max_lifetime_days, "The maximum guest lifetime")?.unwrap_or(0),
        redirect_url: form.redirect_url.trim().to_owned(),
        message: form.message.trim().to_owned(),
        language: form.language.trim().to_owned(),
        approvers: lines(&form.approvers),
    };
    let mut document = current(&ctx.db).await?;
    let original = form.original.trim().to_lowercase();
    document.partner_rules.retain(|r| original.is_empty() || r.domain != original);
    document.partner_rules.push(rule);
    save(ctx, actor, document, None).await
}

/// Removes the partner rule for `domain` (Admins).
pub async fn remove_rule(ctx: &Context, actor: &Actor, domain: &str) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let mut document = current(&ctx.db).await?;
    let before = document.partner_rules.len();
    document.partner_rules.retain(|r| r.domain != domain);
    if document.partner_rules.len() == before {
        return Err(Error::NotFound(format!("There is no rule for {domain}.")));
    }
    save(ctx, actor, document, None).await
}

/// Saves the other settings (Admins); an empty field follows its variable again.
pub async fn save_general(ctx: &Context, actor: &Actor, form: &GeneralForm) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let list = |text: &str| Some(lines(text)).filter(|l| !l.is_empty());
    let mut document = current(&ctx.db).await?;
    document.request_approvers = list(&form.request_approvers);
    document.request_expiry_days = number(&form.request_expiry_days, "The days before a request expires")?;
    document.redirect_prefixes = list(&form.redirect_prefixes);
    document.blocked_domains = list(&form.blocked_domains);
    document.audit_retention_days = number(&form.audit_retention_days, "The audit retention")?;
    save(ctx, actor, document, None).await
}

/// One saved version's document (Admins).
pub async fn version(ctx: &Context, actor: &Actor, id: i64) -> Result<(VersionInfo, PortalSettings)> {
    actor.require(Role::Admin)?;
    let row = version_row(&ctx.db, id).await?;
    Ok((row.info(), row.document()?))
}

/// Makes version `id` the one in force again, as a new version (Admins).
pub async fn restore(ctx: &Context, actor: &Actor, id: i64) -> Result<VersionInfo> {
    let (_, document) = version(ctx, actor, id).await?;
    save(ctx, actor, document, Some(&format!("Restored version {id}"))).await
}

/// The document in force as JSON, for a file (Admins).
pub async fn export(ctx: &Context, actor: &Actor) -> Result<String> {
    actor.require(Role::Admin)?;
    serde_json::to_string_pretty(&current(&ctx.db).await?).map_err(|e| Error::Unavailable(format!("The settings cannot be written ({e}).")))
}

/// A document exported before (from here or another Guestlist), saved as the newest version.
pub async fn import(ctx: &Context, actor: &Actor, json: &str) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let document: PortalSettings = serde_json::from_str(json)
        .map_err(|e| Error::Invalid(format!("This is not a Guestlist settings file ({e}). Export one from the Settings page to see its shape.")))?;
    save(ctx, actor, document, Some("Imported")).await
}

/// The tenant's own settings, read with the application's token.
async fn tenant(ctx: &Context) -> Result<(TenantSettings, graph::AuthorizationPolicy, Vec<DomainRestriction>)> {
    let app = ctx.app();
    let policy = app.authorization_policy().await?;
    let restrictions = app
        .b2b_management_policies()
        .await?
        .iter()
        .map(|p| p.domain_restriction().map_err(|e| Error::Invalid(format!("The tenant's allow/deny list cannot be read ({e})."))))
        .collect::<Result<Vec<_>>>()?;
    let allow_invites_from = match &policy.allow_invites_from {
        Some(AllowInvitesFrom::None) => "Nobody (not even administrators) may invite guests.".to_owned(),
        Some(AllowInvitesFrom::AdminsAndGuestInviters) => "Only administrators and Guest Inviters may invite guests.".to_owned(),
        Some(AllowInvitesFrom::AdminsGuestInvitersAndAllMembers) => "Administrators, Guest Inviters and all members may invite guests.".to_owned(),
        Some(AllowInvitesFrom::Everyone) => "Everyone, guests included, may invite guests.".to_owned(),
        other => format!("Not read ({other:?})."),
    };
    // Role template ids from "Restrict guest access permissions in Microsoft Entra ID".
    let guest_access = match policy.guest_user_role_id.map(|id| id.to_string()).as_deref() {
        Some("a0b1b346-4d3e-4e8b-98f8-753987be4970") => "Same as members (most inclusive).",
        Some("10dae51f-b6af-4016-8d66-8c2a99b929b3") => "Limited access (the default).",
        Some("2af84b1e-32c8-42b7-82bc-daa82404023b") => "Restricted access (most restrictive).",
        _ => "Not read.",
    }
    .to_owned();
    let list = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(", ");
    let domain_list = restrictions
        .iter()
        .map(|r| match r {
            DomainRestriction::Unrestricted => "Any domain may be invited.".to_owned(),
            DomainRestriction::AllowOnly(domains) => format!("Only these domains may be invited: {}.", list(domains)),
            DomainRestriction::Block(domains) => format!("These domains may not be invited: {}.", list(domains)),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let domain_list = if domain_list.is_empty() { "Any domain may be invited.".to_owned() } else { domain_list };
    Ok((TenantSettings { allow_invites_from, guest_access, domain_list }, policy, restrictions))
}

/// The effective result for `domain` under the tenant's settings and the settings in force
/// (`settings`, `document`); the tenant's are read with the application's token.
pub async fn effective_for(ctx: &Context, settings: &InviteSettings, document: &PortalSettings, domain: &str) -> Result<Effective> {
    let (_, policy, restrictions) = tenant(ctx).await?;
    facts_and_rule(ctx, settings, document, &policy, &restrictions, domain).await
}

async fn facts_and_rule(
    ctx: &Context,
    settings: &InviteSettings,
    document: &PortalSettings,
    policy: &graph::AuthorizationPolicy,
    restrictions: &[DomainRestriction],
    domain: &str,
) -> Result<Effective> {
    let domain = domain.trim().trim_start_matches('@').to_lowercase();
    let facts = TenantFacts {
        own_domain: ctx.app().organization().await?.owns_domain(&domain),
        invitations_off: policy.allow_invites_from == Some(AllowInvitesFrom::None),
        list_permits: restrictions.iter().all(|r| r.permits(&domain)),
        blocked_by_guestlist: settings.blocked_domains.contains(&domain),
    };
    Ok(partners::evaluate(&facts, &document.partner_rules, &domain))
}

/// The variables' values where the document is silent, in words.
fn defaults(env: &InviteSettings) -> Vec<(String, String)> {
    let or_none = |list: Vec<String>| if list.is_empty() { "none".to_owned() } else { list.join(", ") };
    vec![
        ("GUESTLIST_REQUEST_APPROVERS".into(), or_none(env.request_approvers.clone())),
        ("GUESTLIST_REQUEST_EXPIRY_DAYS".into(), env.request_expiry_days.to_string()),
        ("GUESTLIST_INVITE_REDIRECT_PREFIXES".into(), or_none(env.allowed_redirect_prefixes.clone())),
        ("GUESTLIST_BLOCKED_DOMAINS".into(), or_none(env.blocked_domains.iter().cloned().collect())),
        ("Audit retention".into(), "keep every row".into()),
    ]
}

/// The Settings page (Admins): the document in force, its versions, the variables behind it,
/// the tenant's own settings and, for `domain` if given, the effective result.
pub async fn page(ctx: &Context, actor: &Actor, domain: &str) -> Result<SettingsPage> {
    actor.require(Role::Admin)?;
    let (settings, document) = in_force(ctx).await?;
    let versions: Vec<VersionRow> = on_db!(&ctx.db, pool => sqlx::query_as::<_, VersionRow>(&format!("{COLUMNS} ORDER BY id DESC LIMIT 200")).fetch_all(pool).await?);
    let (tenant, policy, restrictions) = tenant(ctx).await?;
    let effective = match domain.trim() {
        "" => None,
        domain => Some(facts_and_rule(ctx, &settings, &document, &policy, &restrictions, domain).await?),
    };
    let versions: Vec<VersionInfo> = versions.iter().map(VersionRow::info).collect();
    Ok(SettingsPage {
        document,
        current: versions.first().cloned(),
        versions,
        defaults: defaults(&ctx.settings),
        tenant,
        effective,
        can_mail: ctx.mailer.is_some(),
    })
}

/// Puts a test mail to `to` in the outbox and hands it to the mail server at once (Admins); says
/// how it went, so the Admin sees whether the mail settings work.
pub async fn send_test_mail(ctx: &Context, actor: &Actor, to: &str) -> Result<String> {
    actor.require(Role::Admin)?;
    let Some(mailer) = &ctx.mailer else {
        return Err(Error::NotConfigured("No mail server is set up: set GUESTLIST_SMTP_URL and GUESTLIST_MAIL_FROM.".into()));
    };
    let mail = OutgoingMail {
        to: to.trim().to_owned(),
        subject: "Guestlist test mail".into(),
        body: format!("Hello,\n\n{} sent this test from Guestlist's Settings page: the mail settings work.\n", actor.name()),
        language: "en".into(),
    };
    let entry = Entry::new(AuditAction::SendTestMail, to.trim(), AuditOutcome::Queued);
    let id = outbox::queue(&ctx.db, actor, &mail, entry).await?;
    let owner = format!("test-mail-{id}");
    let sent = outbox::deliver_one(&ctx.db, mailer, &owner, id, ctx.clock.now()).await?;
    let status = outbox::status(&ctx.db, id).await?;
    Ok(if sent { format!("The test mail to {} went out.", mail.to) } else { format!("The test mail to {} did not go out yet. {}", mail.to, status.describe()) })
}

/// The approvers of requests for `domain`: the partner rule's and the global ones.
pub fn approvers_for(settings: &InviteSettings, document: &PortalSettings, domain: &str) -> Vec<String> {
    let rule: PartnerRule = partners::rule_for(&document.partner_rules, domain);
    let mut all: Vec<String> = settings.request_approvers.iter().chain(&rule.approvers).cloned().collect();
    all.sort();
    all.dedup();
    all
}

/// Whether a rule for `domain` makes every non-Admin ask first.
pub fn needs_approval(document: &PortalSettings, domain: &str) -> bool {
    partners::rule_for(&document.partner_rules, domain).decision == Decision::ApprovalRequired
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admin() -> Actor {
        Actor::Operator { name: "ops".into() }
    }

    async fn ctx() -> Context {
        let config = graph::GraphConfig::new("http://127.0.0.1:9/graph", "http://127.0.0.1:9/token", "c", "s").unwrap();
        let graph = graph::GraphClient::new(reqwest::Client::new(), config);
        Context::new(graph, Db::in_memory().await.unwrap(), None, InviteSettings::from_vars(|_| None).unwrap())
    }

    #[tokio::test]
    async fn every_save_is_a_version_that_can_be_viewed_restored_exported_and_imported() {
        let ctx = ctx().await;
        assert_eq!(current(&ctx.db).await.unwrap(), PortalSettings::default(), "nothing saved: the variables apply");
        let first = PortalSettings {
            partner_rules: vec![PartnerRule { domain: " Fabrikam.example ".into(), decision: Decision::ApprovalRequired, ..PartnerRule::default() }],
            request_expiry_days: Some(5),
            ..PortalSettings::default()
        };
        let v1 = save(&ctx, &admin(), first, None).await.unwrap();
        assert_eq!(v1.summary, "rule for fabrikam.example added, request expiry changed");
        assert_eq!(v1.changed_by, "ops (command line)");
        let (settings, document) = in_force(&ctx).await.unwrap();
        assert_eq!(settings.request_expiry_days, 5, "the page wins over the variable");
        assert!(needs_approval(&document, "sales.fabrikam.example"));

        let second = PortalSettings { request_approvers: Some(vec!["Grace@Northwind.example".into()]), ..PortalSettings::default() };
        let v2 = save(&ctx, &admin(), second, None).await.unwrap();
        assert_eq!(v2.summary, "rule for fabrikam.example removed, approvers changed, request expiry changed");
        let (settings, document) = in_force(&ctx).await.unwrap();
        assert_eq!(settings.request_expiry_days, crate::settings::DEFAULT_REQUEST_EXPIRY_DAYS, "unset again: the variable's value");
        assert_eq!(settings.request_approvers, ["grace@northwind.example"]);
        assert!(!needs_approval(&document, "fabrikam.example"));

        let (info, old) = version(&ctx, &admin(), v1.id).await.unwrap();
        assert_eq!((info.id, old.request_expiry_days), (v1.id, Some(5)));
        let v3 = restore(&ctx, &admin(), v1.id).await.unwrap();
        assert!(v3.summary.starts_with(&format!("Restored version {}: rule for fabrikam.example added", v1.id)), "{}", v3.summary);
        assert_eq!(current(&ctx.db).await.unwrap(), old);

        let json = export(&ctx, &admin()).await.unwrap();
        save(&ctx, &admin(), PortalSettings::default(), None).await.unwrap();
        let v5 = import(&ctx, &admin(), &json).await.unwrap();
        assert!(v5.summary.starts_with("Imported: "), "{}", v5.summary);
        assert_eq!(current(&ctx.db).await.unwrap(), old);
        assert!(matches!(import(&ctx, &admin(), "{\"surprise\": 1}").await, Err(Error::Invalid(_))));

        let bad = PortalSettings { partner_rules: vec![PartnerRule { domain: "not a domain".into(), ..PartnerRule::default() }], ..PortalSettings::default() };
        assert!(matches!(save(&ctx, &admin(), bad, None).await, Err(Error::Invalid(_))));
        let job = Actor::Job { name: "x".into(), object_id: None, roles: vec![Role::Inviter] };
        assert!(matches!(save(&ctx, &job, PortalSettings::default(), None).await, Err(Error::NotAllowed { .. })));
        let trail = audit::list(&ctx.db, &admin(), &Default::default()).await.unwrap();
        let outcomes: Vec<AuditOutcome> = trail.iter().filter(|e| e.action == AuditAction::ChangeSettings).map(|e| e.outcome).collect();
        assert_eq!(outcomes, [AuditOutcome::Refused, AuditOutcome::Changed, AuditOutcome::Changed, AuditOutcome::Changed, AuditOutcome::Changed, AuditOutcome::Changed]);
    }
}
