//! Reading, saving, restoring, exporting and importing the Settings page's document; the
//! settings in force; the tenant's own settings and the effective result for a domain.

use std::collections::BTreeSet;

use graph::{AllowInvitesFrom, DomainRestriction};

use super::{GeneralForm, InviterPolicy, InvitersForm, MailForm, MessageForm, MessageTemplate, PortalSettings, RuleForm, SettingsPage, TenantSettings, VersionInfo};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::jobs::lease::{on_db, timestamp};
use crate::mail::{Mailer, OutgoingMail};
use crate::partners::{self, Decision, Effective, PartnerRule, TenantFacts, DEFAULT_DOMAIN};
use crate::settings::{https_url, InviteSettings};
use crate::{outbox, Actor, Context, Db, Error, Result, Role};
use i18n::{tr, Locale};

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

async fn version_row(db: &Db, id: i64, locale: Locale) -> Result<VersionRow> {
    let row = on_db!(db, pool => sqlx::query_as::<_, VersionRow>(&format!("{COLUMNS} WHERE id = $1")).bind(id).fetch_optional(pool).await?);
    row.ok_or_else(|| Error::NotFound(tr!(locale, "settings-problem-no-version", id = id.to_string())))
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
    if let Some(inviters) = &document.inviters {
        settings.inviters = inviters.clone();
    }
    settings
}

/// Who invites directly now: the Settings page's choice, else `env` (the variables'). Read at
/// sign-in and at each check of a session, so a change applies without a restart.
pub async fn inviters(db: &Db, env: &InviterPolicy) -> Result<InviterPolicy> {
    Ok(current(db).await?.inviters.unwrap_or_else(|| env.clone()))
}

/// `url` without its password, and whether it had one (the page and exports never show it).
fn without_password(url: &str) -> (String, bool) {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(None);
            (parsed.to_string(), true)
        }
        Ok(_) => (url.to_owned(), false),
        Err(_) => (String::new(), false),
    }
}

/// The document as the page and exports show it: the mail server without its password.
fn redacted(mut document: PortalSettings) -> PortalSettings {
    document.smtp_url = document.smtp_url.map(|url| without_password(&url).0);
    document
}

/// `typed` (a mail server URL as typed, without a password or with a new one) with `password`
/// (new), else with the password of `stored` when the server and user name are the same: a
/// password is never handed to another server.
fn keep_password(typed: &str, password: &str, stored: Option<&str>, locale: Locale) -> Result<String> {
    let invalid = || Error::Invalid(tr!(locale, "settings-problem-mail-server"));
    let mut url = url::Url::parse(typed.trim()).map_err(|_| invalid())?;
    let stored = stored.and_then(|s| url::Url::parse(s).ok());
    let new = match (password.is_empty(), url.password(), &stored) {
        // The URL leaves `%` as it is, and the mailer decodes the password: encode it first.
        (false, _, _) => Some(password.replace('%', "%25")),
        (true, None, Some(old)) if old.host_str() == url.host_str() && old.username() == url.username() => {
            // Already percent-encoded, which setting it again leaves as it is.
            old.password().map(str::to_owned)
        }
        _ => None,
    };
    if let Some(new) = new {
        url.set_password(Some(&new)).map_err(|_| invalid())?;
    }
    Ok(url.to_string())
}

/// The mailer in force: the Settings page's server and sender over the variables' (or, in
/// sandbox mode, the sandbox's own receiver); `None` when no server is set up anywhere.
pub fn mailer_in_force(ctx: &Context, document: &PortalSettings) -> Result<Option<Mailer>> {
    let unusable = |what: &str| Error::Unavailable(format!("The {what} on the Settings page cannot be used. Correct it there."));
    let base = match &document.smtp_url {
        Some(url) => Some(Mailer::new(url, &ctx.settings.mail_from).map_err(|_| unusable("mail server"))?),
        None => ctx.mailer.clone(),
    };
    match (base, &document.mail_from) {
        (Some(mailer), Some(from)) => Ok(Some(mailer.with_from(from).map_err(|_| unusable("sender"))?)),
        (base, _) => Ok(base),
    }
}

/// The mailer in force now (see [`mailer_in_force`]), read from the database.
pub async fn mailer(ctx: &Context) -> Result<Option<Mailer>> {
    mailer_in_force(ctx, &current(&ctx.db).await?)
}

/// Whether Guestlist can send mail now (a server set up by variable, sandbox or Settings page).
pub async fn can_mail(ctx: &Context) -> Result<bool> {
    Ok(ctx.mailer.is_some() || current(&ctx.db).await?.smtp_url.is_some())
}

/// The settings in force and the document, read from the database (so a change on the Settings
/// page applies at once in every instance).
pub async fn in_force(ctx: &Context) -> Result<(InviteSettings, PortalSettings)> {
    let document = current(&ctx.db).await?;
    Ok((overlay(&ctx.settings, &document), document))
}

/// The document with its lists cleaned (trimmed, lower case where they are addresses or
/// domains), or why it cannot be saved.
fn validated(mut document: PortalSettings, local_mail_only: bool, locale: Locale) -> Result<PortalSettings> {
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
            return Err(Error::Invalid(tr!(locale, "settings-problem-not-a-domain", domain = &rule.domain)));
        }
        if !domains.insert(rule.domain.clone()) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-two-rules", domain = &rule.domain)));
        }
        clean(&mut rule.approvers);
        rule.default_groups = rule.default_groups.iter().map(|g| g.trim().to_owned()).filter(|g| !g.is_empty()).collect();
        if rule.approvers.iter().any(|a| !a.contains('@')) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-rule-approvers", domain = &rule.domain)));
        }
        if rule.required_sponsors > graph::MAX_INVITATION_SPONSORS {
            return Err(Error::Invalid(tr!(locale, "settings-problem-too-many-sponsors", count = graph::MAX_INVITATION_SPONSORS, domain = &rule.domain)));
        }
        if !rule.redirect_url.trim().is_empty() && https_url(&rule.redirect_url).is_none() {
            return Err(Error::Invalid(tr!(locale, "settings-problem-rule-redirect", domain = &rule.domain)));
        }
        if !rule.language.is_empty() && !crate::invite::LANGUAGES.iter().any(|(code, _)| *code == rule.language) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-rule-language", domain = &rule.domain)));
        }
    }
    document.partner_rules.sort_by(|a, b| (!a.is_default(), &a.domain).cmp(&(!b.is_default(), &b.domain)));
    if let Some(approvers) = &mut document.request_approvers {
        clean(approvers);
        if approvers.iter().any(|a| !a.contains('@')) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-approvers")));
        }
    }
    if let Some(blocked) = &mut document.blocked_domains {
        clean(blocked);
    }
    if let Some(prefixes) = &mut document.redirect_prefixes {
        *prefixes = prefixes.iter().map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect();
        if let Some(bad) = prefixes.iter().find(|p| https_url(p).is_none()) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-prefix", prefix = bad)));
        }
        if prefixes.is_empty() {
            return Err(Error::Invalid(tr!(locale, "settings-problem-no-prefix")));
        }
    }
    if document.request_expiry_days.is_some_and(|d| !(1..=90).contains(&d)) {
        return Err(Error::Invalid(tr!(locale, "settings-problem-expiry")));
    }
    if document.audit_retention_days.is_some_and(|d| d < 30) {
        return Err(Error::Invalid(tr!(locale, "settings-problem-retention")));
    }
    if let Some(inviters) = &mut document.inviters {
        inviters.app_role = inviters.app_role.as_deref().map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned);
        inviters.group_ids = inviters.group_ids.iter().map(|g| g.trim().to_lowercase()).filter(|g| !g.is_empty()).collect();
        inviters.group_ids.dedup();
        if let Some(bad) = inviters.group_ids.iter().find(|g| g.parse::<graph::ObjectId>().is_err()) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-group-id", group = bad)));
        }
    }
    let mut languages = BTreeSet::new();
    for template in &mut document.message_templates {
        template.message = template.message.trim().to_owned();
        if !crate::invite::LANGUAGES.iter().any(|(code, _)| *code == template.language) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-message-language")));
        }
        if template.message.is_empty() {
            return Err(Error::Invalid(tr!(locale, "settings-problem-message-empty", language = &template.language)));
        }
        if !languages.insert(template.language.clone()) {
            return Err(Error::Invalid(tr!(locale, "settings-problem-two-messages", language = &template.language)));
        }
    }
    document.message_templates.sort_by(|a, b| a.language.cmp(&b.language));
    document.mail_from = document.mail_from.as_deref().map(str::trim).filter(|f| !f.is_empty()).map(str::to_owned);
    if let Some(from) = &document.mail_from {
        if from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(Error::Invalid(tr!(locale, "settings-problem-sender", sender = from)));
        }
    }
    document.smtp_url = document.smtp_url.as_deref().map(str::trim).filter(|u| !u.is_empty()).map(str::to_owned);
    if let Some(smtp) = &document.smtp_url {
        // The error never repeats the URL: it may hold a password.
        let usable = url::Url::parse(smtp).is_ok_and(|u| matches!(u.scheme(), "smtp" | "smtps") && u.host_str().is_some())
            && Mailer::new(smtp, crate::settings::DEFAULT_MAIL_FROM).is_ok();
        if !usable {
            return Err(Error::Invalid(tr!(locale, "settings-problem-mail-server")));
        }
        if local_mail_only {
            if let Err(host) = crate::mail::on_this_machine(smtp) {
                return Err(Error::Invalid(tr!(locale, "settings-problem-sandbox-mail", host = host)));
            }
        }
    }
    Ok(document)
}

/// One difference between two documents.
enum Change {
    RuleAdded(String),
    RuleChanged(String),
    RuleRemoved(String),
    /// The message id naming the setting that changed.
    Setting(&'static str),
}

/// What changed between two documents.
fn changes(before: &PortalSettings, after: &PortalSettings) -> Vec<Change> {
    let mut changed = Vec::new();
    let domains = |d: &PortalSettings| d.partner_rules.iter().map(|r| (r.domain.clone(), r.clone())).collect::<std::collections::BTreeMap<_, _>>();
    let (old, new) = (domains(before), domains(after));
    for (domain, rule) in &new {
        match old.get(domain) {
            None => changed.push(Change::RuleAdded(domain.clone())),
            Some(previous) if previous != rule => changed.push(Change::RuleChanged(domain.clone())),
            Some(_) => {}
        }
    }
    changed.extend(old.keys().filter(|d| !new.contains_key(*d)).map(|d| Change::RuleRemoved(d.clone())));
    let mut field = |id: &'static str, differs: bool| {
        if differs {
            changed.push(Change::Setting(id));
        }
    };
    field("settings-changed-approvers", before.request_approvers != after.request_approvers);
    field("settings-changed-request-expiry", before.request_expiry_days != after.request_expiry_days);
    field("settings-changed-redirect-prefixes", before.redirect_prefixes != after.redirect_prefixes);
    field("settings-changed-blocked-domains", before.blocked_domains != after.blocked_domains);
    field("settings-changed-audit-retention", before.audit_retention_days != after.audit_retention_days);
    field("settings-changed-inviters", before.inviters != after.inviters);
    field("settings-changed-default-messages", before.message_templates != after.message_templates);
    // Never the URL itself: it may hold a password.
    field("settings-changed-mail-server", before.smtp_url != after.smtp_url);
    field("settings-changed-mail-sender", before.mail_from != after.mail_from);
    changed
}

/// What changed between two documents, in words in `locale` (English for the version list as
/// stored and the audit trail; the page shows it in each reader's language).
fn summary(before: &PortalSettings, after: &PortalSettings, locale: Locale) -> String {
    let changed: Vec<String> = changes(before, after)
        .into_iter()
        .map(|change| match change {
            Change::RuleAdded(domain) => tr!(locale, "settings-changed-rule-added", domain = domain),
            Change::RuleChanged(domain) => tr!(locale, "settings-changed-rule-changed", domain = domain),
            Change::RuleRemoved(domain) => tr!(locale, "settings-changed-rule-removed", domain = domain),
            Change::Setting(id) => tr!(locale, id),
        })
        .collect();
    if changed.is_empty() { tr!(locale, "settings-changed-nothing") } else { super::list_in(locale, &changed) }
}

/// How a version came about, besides a plain save.
#[derive(Clone, Copy)]
enum How {
    Restored(i64),
    Imported,
}

impl How {
    /// The summary with how the version came about before it ("Restored version 3: …").
    fn put_before(self, locale: Locale, summary: &str) -> String {
        match self {
            How::Restored(id) => tr!(locale, "settings-summary-restored", id = id.to_string(), summary = summary),
            How::Imported => tr!(locale, "settings-summary-imported", summary = summary),
        }
    }

    /// How a version came about, read back from its stored (English) summary.
    fn of_stored(summary: &str) -> Option<How> {
        if summary.starts_with("Imported: ") {
            return Some(How::Imported);
        }
        let rest = summary.strip_prefix("Restored version ")?;
        rest.split(':').next()?.parse().ok().map(How::Restored)
    }
}

/// Saves `document` as the newest version (Admins); returns it with its summary. `how` is put
/// before the summary ("Restored version 3: …", "Imported: …").
pub async fn save(ctx: &Context, actor: &Actor, document: PortalSettings, how: Option<&str>) -> Result<VersionInfo> {
    let how = how.map(str::to_owned);
    save_as(ctx, actor, document, move |_, what: &str| match &how {
        Some(how) => format!("{how}: {what}"),
        None => what.to_owned(),
    })
    .await
}

/// Saves `document` as the newest version (Admins): the summary is stored in English, `with_how`
/// putting how the version came about before it; the version returned has it in the actor's
/// language.
async fn save_as(ctx: &Context, actor: &Actor, document: PortalSettings, with_how: impl Fn(Locale, &str) -> String) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let document = match validated(document, ctx.local_mail_only, locale) {
        Ok(document) => document,
        Err(error) => {
            audit::record(&ctx.db, actor, Entry::new(AuditAction::ChangeSettings, "settings", AuditOutcome::Refused).options(&serde_json::json!({ "why": error.to_string() }))).await?;
            return Err(error);
        }
    };
    let before = current(&ctx.db).await?;
    let summary_text = with_how(Locale::En, &summary(&before, &document, Locale::En));
    let shown = with_how(locale, &summary(&before, &document, locale));
    let summary = summary_text;
    let json = serde_json::to_string(&document).map_err(|e| Error::Invalid(tr!(locale, "settings-problem-not-stored", error = e.to_string())))?;
    let (at, by) = (timestamp(ctx.clock.now()), actor.audit_name());
    const SQL: &str = "INSERT INTO settings_versions (document, changed_at, changed_by, summary) VALUES ($1, $2, $3, $4) RETURNING id";
    let id: i64 = on_db!(&ctx.db, pool => sqlx::query_scalar(SQL).bind(&json).bind(&at).bind(&by).bind(&summary).fetch_one(pool).await?);
    let options = serde_json::json!({ "version": id, "summary": summary });
    audit::record(&ctx.db, actor, Entry::new(AuditAction::ChangeSettings, "settings", AuditOutcome::Changed).options(&options)).await?;
    Ok(VersionInfo { id, changed_at: at, changed_by: by, summary: shown })
}

/// The lines of a list field, trimmed, without empty ones.
fn lines(text: &str) -> Vec<String> {
    text.split(['\n', ',', ';']).map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect()
}

/// A whole number field; empty is `None`.
/// `problem`: the id of the message saying the field must be a whole number.
fn number<T: std::str::FromStr>(text: &str, problem: &str, locale: Locale) -> Result<Option<T>> {
    match text.trim() {
        "" => Ok(None),
        n => n.parse().map(Some).map_err(|_| Error::Invalid(tr!(locale, problem))),
    }
}

/// Adds a partner rule, or changes the one for `form.original` (Admins).
pub async fn save_rule(ctx: &Context, actor: &Actor, form: &RuleForm) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let decision = match form.decision.as_str() {
        "allow" | "" => Decision::Allow,
        "approval_required" => Decision::ApprovalRequired,
        "block" => Decision::Block,
        other => return Err(Error::Invalid(tr!(actor.locale(), "settings-problem-decision", decision = other))),
    };
    let rule = PartnerRule {
        domain: form.domain.clone(),
        decision,
        default_groups: lines(&form.default_groups),
        default_sponsor: form.default_sponsor.trim().to_owned(),
        required_sponsors: number(&form.required_sponsors, "settings-problem-number-sponsors", actor.locale())?.unwrap_or(0),
        max_lifetime_days: number(&form.max_lifetime_days, "settings-problem-number-lifetime", actor.locale())?.unwrap_or(0),
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
        return Err(Error::NotFound(tr!(actor.locale(), "settings-problem-no-rule", domain = domain)));
    }
    save(ctx, actor, document, None).await
}

/// Saves the other settings (Admins); an empty field follows its variable again.
pub async fn save_general(ctx: &Context, actor: &Actor, form: &GeneralForm) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let list = |text: &str| Some(lines(text)).filter(|l| !l.is_empty());
    let mut document = current(&ctx.db).await?;
    document.request_approvers = list(&form.request_approvers);
    document.request_expiry_days = number(&form.request_expiry_days, "settings-problem-number-expiry", actor.locale())?;
    document.redirect_prefixes = list(&form.redirect_prefixes);
    document.blocked_domains = list(&form.blocked_domains);
    document.audit_retention_days = number(&form.audit_retention_days, "settings-problem-number-retention", actor.locale())?;
    save(ctx, actor, document, None).await
}

/// Saves who invites directly (Admins): everyone, the ticked kinds, or the variables again.
pub async fn save_inviters(ctx: &Context, actor: &Actor, form: &InvitersForm) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let mut document = current(&ctx.db).await?;
    document.inviters = match form.who.as_str() {
        "variables" | "" => None,
        "everyone" => Some(InviterPolicy { all_members: true, ..InviterPolicy::default() }),
        "some" => Some(InviterPolicy {
            all_members: false,
            guest_inviter_role: form.guest_inviter_role.is_some(),
            app_role: Some(form.app_role.trim().to_owned()).filter(|r| !r.is_empty()),
            group_ids: lines(&form.group_ids),
        }),
        other => return Err(Error::Invalid(tr!(actor.locale(), "settings-problem-inviters-choice", choice = other))),
    };
    save(ctx, actor, document, None).await
}

/// Sets, changes or (with an empty message) removes the default message of one language (Admins).
pub async fn save_message(ctx: &Context, actor: &Actor, form: &MessageForm) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let mut document = current(&ctx.db).await?;
    document.message_templates.retain(|t| t.language != form.language);
    if !form.message.trim().is_empty() {
        document.message_templates.push(MessageTemplate { language: form.language.clone(), message: form.message.clone() });
    }
    save(ctx, actor, document, None).await
}

/// Saves the mail server and sender (Admins); an empty field follows its variable again. The
/// stored password is kept when the form leaves the password empty (see [`keep_password`]).
pub async fn save_mail(ctx: &Context, actor: &Actor, form: &MailForm) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let mut document = current(&ctx.db).await?;
    document.smtp_url = match form.smtp_url.trim() {
        "" => None,
        typed => Some(keep_password(typed, &form.smtp_password, document.smtp_url.as_deref(), actor.locale())?),
    };
    document.mail_from = Some(form.mail_from.trim().to_owned()).filter(|f| !f.is_empty());
    save(ctx, actor, document, None).await
}

/// One saved version's document (Admins), without the mail server's password.
pub async fn version(ctx: &Context, actor: &Actor, id: i64) -> Result<(VersionInfo, PortalSettings)> {
    actor.require(Role::Admin)?;
    let row = version_row(&ctx.db, id, actor.locale()).await?;
    let document = row.document()?;
    let mut info = row.info();
    info.summary = shown_summary(actor.locale(), &row, None);
    Ok((info, redacted(document)))
}

/// Makes version `id` the one in force again, as a new version (Admins), its password included.
pub async fn restore(ctx: &Context, actor: &Actor, id: i64) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let document = version_row(&ctx.db, id, actor.locale()).await?.document()?;
    save_as(ctx, actor, document, |locale, what: &str| How::Restored(id).put_before(locale, what)).await
}

/// The document in force as JSON, for a file (Admins); the mail server's password stays here.
pub async fn export(ctx: &Context, actor: &Actor) -> Result<String> {
    actor.require(Role::Admin)?;
    serde_json::to_string_pretty(&redacted(current(&ctx.db).await?)).map_err(|e| Error::Unavailable(tr!(actor.locale(), "settings-problem-not-written", error = e.to_string())))
}

/// A document exported before (from here or another Guestlist), saved as the newest version.
/// Exports hold no password: the one stored here is kept for the same server and user name.
pub async fn import(ctx: &Context, actor: &Actor, json: &str) -> Result<VersionInfo> {
    actor.require(Role::Admin)?;
    let mut document: PortalSettings = serde_json::from_str(json)
        .map_err(|e| Error::Invalid(tr!(actor.locale(), "settings-problem-not-a-settings-file", error = e.to_string())))?;
    if let Some(url) = &document.smtp_url {
        document.smtp_url = Some(keep_password(url, "", current(&ctx.db).await?.smtp_url.as_deref(), actor.locale())?);
    }
    save_as(ctx, actor, document, |locale, what: &str| How::Imported.put_before(locale, what)).await
}

/// The tenant's own settings, read with the application's token, in words in `locale`.
async fn tenant(ctx: &Context, locale: Locale) -> Result<(TenantSettings, graph::AuthorizationPolicy, Vec<DomainRestriction>)> {
    let app = ctx.app();
    let policy = app.authorization_policy().await?;
    let restrictions = app
        .b2b_management_policies()
        .await?
        .iter()
        .map(|p| p.domain_restriction().map_err(|e| Error::Invalid(tr!(locale, "settings-problem-tenant-list", error = e.to_string()))))
        .collect::<Result<Vec<_>>>()?;
    let allow_invites_from = match &policy.allow_invites_from {
        Some(AllowInvitesFrom::None) => tr!(locale, "settings-tenant-invites-nobody"),
        Some(AllowInvitesFrom::AdminsAndGuestInviters) => tr!(locale, "settings-tenant-invites-admins"),
        Some(AllowInvitesFrom::AdminsGuestInvitersAndAllMembers) => tr!(locale, "settings-tenant-invites-members"),
        Some(AllowInvitesFrom::Everyone) => tr!(locale, "settings-tenant-invites-everyone"),
        other => tr!(locale, "settings-tenant-not-read-value", value = format!("{other:?}")),
    };
    // Role template ids from "Restrict guest access permissions in Microsoft Entra ID".
    let guest_access = match policy.guest_user_role_id.map(|id| id.to_string()).as_deref() {
        Some("a0b1b346-4d3e-4e8b-98f8-753987be4970") => tr!(locale, "settings-tenant-access-members"),
        Some("10dae51f-b6af-4016-8d66-8c2a99b929b3") => tr!(locale, "settings-tenant-access-limited"),
        Some("2af84b1e-32c8-42b7-82bc-daa82404023b") => tr!(locale, "settings-tenant-access-restricted"),
        _ => tr!(locale, "settings-tenant-not-read"),
    };
    let list = |set: &BTreeSet<String>| super::list_in(locale, &set.iter().cloned().collect::<Vec<_>>());
    let domain_list = restrictions
        .iter()
        .map(|r| match r {
            DomainRestriction::Unrestricted => tr!(locale, "settings-tenant-domains-any"),
            DomainRestriction::AllowOnly(domains) => tr!(locale, "settings-tenant-domains-only", domains = list(domains)),
            DomainRestriction::Block(domains) => tr!(locale, "settings-tenant-domains-blocked", domains = list(domains)),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let domain_list = if domain_list.is_empty() { tr!(locale, "settings-tenant-domains-any") } else { domain_list };
    Ok((TenantSettings { allow_invites_from, guest_access, domain_list }, policy, restrictions))
}

/// The effective result for `domain` under the tenant's settings and the settings in force
/// (`settings`, `document`); the tenant's are read with the application's token.
pub async fn effective_for(ctx: &Context, settings: &InviteSettings, document: &PortalSettings, domain: &str, locale: Locale) -> Result<Effective> {
    let (_, policy, restrictions) = tenant(ctx, locale).await?;
    facts_and_rule(ctx, settings, document, &policy, &restrictions, domain, locale).await
}

async fn facts_and_rule(
    ctx: &Context,
    settings: &InviteSettings,
    document: &PortalSettings,
    policy: &graph::AuthorizationPolicy,
    restrictions: &[DomainRestriction],
    domain: &str,
    locale: Locale,
) -> Result<Effective> {
    let domain = domain.trim().trim_start_matches('@').to_lowercase();
    let facts = TenantFacts {
        own_domain: ctx.app().organization().await?.owns_domain(&domain),
        invitations_off: policy.allow_invites_from == Some(AllowInvitesFrom::None),
        list_permits: restrictions.iter().all(|r| r.permits(&domain)),
        blocked_by_guestlist: settings.blocked_domains.contains(&domain),
    };
    Ok(partners::evaluate(&facts, &document.partner_rules, &domain, locale))
}

/// The variables' values where the document is silent, in words in `locale` (the names stay as
/// they are: the page finds the values by them).
fn defaults(env: &InviteSettings, sandbox_mail: bool, locale: Locale) -> Vec<(String, String)> {
    let or_none = |list: Vec<String>| if list.is_empty() { tr!(locale, "settings-default-none") } else { super::list_in(locale, &list) };
    let smtp = match (&env.smtp_url, sandbox_mail) {
        (Some(url), _) => without_password(url).0,
        (None, true) => tr!(locale, "settings-default-sandbox-mailbox"),
        (None, false) => tr!(locale, "settings-default-none"),
    };
    vec![
        ("Who invites directly".into(), env.inviters.describe(locale)),
        ("GUESTLIST_SMTP_URL".into(), smtp),
        ("GUESTLIST_MAIL_FROM".into(), env.mail_from.clone()),
        ("GUESTLIST_REQUEST_APPROVERS".into(), or_none(env.request_approvers.clone())),
        ("GUESTLIST_REQUEST_EXPIRY_DAYS".into(), env.request_expiry_days.to_string()),
        ("GUESTLIST_INVITE_REDIRECT_PREFIXES".into(), or_none(env.allowed_redirect_prefixes.clone())),
        ("GUESTLIST_BLOCKED_DOMAINS".into(), or_none(env.blocked_domains.iter().cloned().collect())),
        ("Audit retention".into(), tr!(locale, "settings-default-keep-every-row")),
        ("Default messages".into(), tr!(locale, "settings-default-no-messages")),
    ]
}

/// A version as `locale` reads it: its summary made again from its document and `before` (the
/// version before it; `None`: unknown, the stored summary is shown), the stored one if that fails.
fn shown_summary(locale: Locale, row: &VersionRow, before: Option<Option<&VersionRow>>) -> String {
    if locale == Locale::En {
        return row.summary.clone();
    }
    let before = match before {
        Some(Some(previous)) => previous.document().ok(),
        Some(None) => Some(PortalSettings::default()),
        None => None,
    };
    match (before, row.document()) {
        (Some(before), Ok(after)) => {
            let what = summary(&before, &after, locale);
            match How::of_stored(&row.summary) {
                Some(how) => how.put_before(locale, &what),
                None => what,
            }
        }
        _ => row.summary.clone(),
    }
}

/// The Settings page (Admins): the document in force, its versions, the variables behind it,
/// the tenant's own settings and, for `domain` if given, the effective result.
pub async fn page(ctx: &Context, actor: &Actor, domain: &str) -> Result<SettingsPage> {
    actor.require(Role::Admin)?;
    let (settings, document) = in_force(ctx).await?;
    const LIMIT: usize = 200;
    let versions: Vec<VersionRow> = on_db!(&ctx.db, pool => sqlx::query_as::<_, VersionRow>(&format!("{COLUMNS} ORDER BY id DESC LIMIT {LIMIT}")).fetch_all(pool).await?);
    let locale = actor.locale();
    let (tenant, policy, restrictions) = tenant(ctx, locale).await?;
    let effective = match domain.trim() {
        "" => None,
        domain => Some(facts_and_rule(ctx, &settings, &document, &policy, &restrictions, domain, locale).await?),
    };
    // The summaries in the reader's language, from each version and the one before it (the
    // oldest listed has none before it unless the list was cut).
    let versions: Vec<VersionInfo> = versions
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let before = match versions.get(i + 1) {
                Some(previous) => Some(Some(previous)),
                None if versions.len() < LIMIT => Some(None),
                None => None,
            };
            VersionInfo { summary: shown_summary(locale, row, before), ..row.info() }
        })
        .collect();
    let smtp_password_set = document.smtp_url.as_deref().is_some_and(|url| without_password(url).1);
    Ok(SettingsPage {
        can_mail: ctx.mailer.is_some() || document.smtp_url.is_some(),
        inviters: settings.inviters.clone(),
        document: redacted(document),
        current: versions.first().cloned(),
        versions,
        defaults: defaults(&ctx.settings, ctx.mailer.is_some() && ctx.local_mail_only, locale),
        tenant,
        effective,
        smtp_password_set,
    })
}

/// Puts a test mail to `to` in the outbox and hands it to the mail server in force at once
/// (Admins); says how it went, so the Admin sees whether the mail settings work.
pub async fn send_test_mail(ctx: &Context, actor: &Actor, to: &str) -> Result<String> {
    actor.require(Role::Admin)?;
    let locale = actor.locale();
    let Some(mailer) = &mailer(ctx).await? else {
        return Err(Error::NotConfigured(tr!(locale, "settings-problem-no-mail-server")));
    };
    let mail = OutgoingMail {
        to: to.trim().to_owned(),
        subject: tr!(locale, "settings-test-mail-subject"),
        body: tr!(locale, "settings-test-mail-body", name = actor.name()),
        language: locale.tag().into(),
    };
    let entry = Entry::new(AuditAction::SendTestMail, to.trim(), AuditOutcome::Queued);
    let id = outbox::queue(&ctx.db, actor, &mail, entry).await?;
    let owner = format!("test-mail-{id}");
    let sent = outbox::deliver_one(&ctx.db, mailer, &owner, id, ctx.clock.now()).await?;
    let status = outbox::status(&ctx.db, id).await?;
    Ok(if sent {
        tr!(locale, "settings-test-mail-sent", to = &mail.to)
    } else {
        tr!(locale, "settings-test-mail-not-sent", to = &mail.to, status = status.describe(locale))
    })
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
            inviters: Some(InviterPolicy { all_members: true, ..InviterPolicy::default() }),
            message_templates: vec![MessageTemplate { language: "de-DE".into(), message: " Willkommen! ".into() }],
            mail_from: Some("Guests <guests@northwind.example>".into()),
            ..PortalSettings::default()
        };
        let v1 = save(&ctx, &admin(), first, None).await.unwrap();
        assert_eq!(v1.summary, "rule for fabrikam.example added, request expiry changed, who invites directly changed, default messages changed, mail sender changed");
        assert_eq!(v1.changed_by, "ops (command line)");
        let (settings, document) = in_force(&ctx).await.unwrap();
        assert_eq!(settings.request_expiry_days, 5, "the page wins over the variable");
        assert!(settings.inviters.all_members && document.message_templates[0].message == "Willkommen!");
        assert!(inviters(&ctx.db, &ctx.settings.inviters).await.unwrap().all_members);
        assert!(needs_approval(&document, "sales.fabrikam.example"));

        let second = PortalSettings { request_approvers: Some(vec!["Grace@Northwind.example".into()]), ..PortalSettings::default() };
        let v2 = save(&ctx, &admin(), second, None).await.unwrap();
        assert_eq!(v2.summary, "rule for fabrikam.example removed, approvers changed, request expiry changed, who invites directly changed, default messages changed, mail sender changed");
        let (settings, document) = in_force(&ctx).await.unwrap();
        assert_eq!(settings.request_expiry_days, crate::settings::DEFAULT_REQUEST_EXPIRY_DAYS, "unset again: the variable's value");
        assert_eq!(settings.inviters, ctx.settings.inviters, "unset again: the variables' inviters");
        assert_eq!(inviters(&ctx.db, &ctx.settings.inviters).await.unwrap(), ctx.settings.inviters);
        assert_eq!(settings.request_approvers, ["grace@northwind.example"]);
        assert!(!needs_approval(&document, "fabrikam.example"));

        let (info, old) = version(&ctx, &admin(), v1.id).await.unwrap();
        assert_eq!((info.id, old.request_expiry_days), (v1.id, Some(5)));
        assert!(old.inviters.as_ref().is_some_and(|i| i.all_members) && old.mail_from.is_some() && old.message_templates.len() == 1);
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
        let job = Actor::Job { name: "x".into(), object_id: None, roles: vec![Role::Inviter], locale: i18n::Locale::En };
        assert!(matches!(save(&ctx, &job, PortalSettings::default(), None).await, Err(Error::NotAllowed { .. })));
        let trail = audit::list(&ctx.db, &admin(), &Default::default()).await.unwrap();
        let outcomes: Vec<AuditOutcome> = trail.iter().filter(|e| e.action == AuditAction::ChangeSettings).map(|e| e.outcome).collect();
        assert_eq!(outcomes, [AuditOutcome::Refused, AuditOutcome::Changed, AuditOutcome::Changed, AuditOutcome::Changed, AuditOutcome::Changed, AuditOutcome::Changed]);
    }

    #[tokio::test]
    async fn a_versions_summary_is_stored_in_english_and_shown_in_the_readers_language() {
        let ctx = ctx().await;
        let v1 = save(&ctx, &admin(), PortalSettings { request_expiry_days: Some(5), ..PortalSettings::default() }, None).await.unwrap();
        restore(&ctx, &admin(), v1.id).await.unwrap();
        let rows: Vec<VersionRow> =
            on_db!(&ctx.db, pool => sqlx::query_as::<_, VersionRow>(&format!("{COLUMNS} ORDER BY id DESC")).fetch_all(pool).await.unwrap());
        assert_eq!((rows[1].summary.as_str(), rows[0].summary.as_str()), ("request expiry changed", "Restored version 1: nothing changed"));
        assert_eq!(shown_summary(Locale::De, &rows[1], Some(None)), "Ablauf von Anfragen geändert");
        assert_eq!(shown_summary(Locale::De, &rows[0], Some(Some(&rows[1]))), "Version 1 wiederhergestellt: nichts geändert");
        assert_eq!(shown_summary(Locale::Fr, &rows[0], None), "Restored version 1: nothing changed", "unknown before: as stored");
    }

    #[tokio::test]
    async fn who_invites_directly_is_checked_and_its_groups_are_protected() {
        let ctx = ctx().await;
        let form = |who: &str, groups: &str| InvitersForm { who: who.into(), guest_inviter_role: Some("on".into()), app_role: " ".into(), group_ids: groups.into() };
        let refused = save_inviters(&ctx, &admin(), &form("some", "not-a-group")).await.unwrap_err();
        assert!(refused.to_string().contains("is not a group's object id"), "{refused}");
        let group = "5A1F0E6D-7C2B-4E93-8D14-6B2C9A0F3E71";
        save_inviters(&ctx, &admin(), &form("some", group)).await.unwrap();
        let (settings, document) = in_force(&ctx).await.unwrap();
        let expected = InviterPolicy { all_members: false, guest_inviter_role: true, app_role: None, group_ids: vec![group.to_lowercase()] };
        assert_eq!(document.inviters.as_ref(), Some(&expected), "trimmed, lower case, no empty app role");
        assert!(crate::grants::is_inviter_group(&settings, group.parse().unwrap()), "guests cannot be added to the page's inviter groups");
        assert_eq!(InvitersForm::of(document.inviters.as_ref()), InvitersForm { app_role: String::new(), group_ids: group.to_lowercase(), ..form("some", "") });
        assert!(expected.who_must_request(Locale::En).contains("Members who are not administrators, holders of Entra's Guest Inviter role and members of the group"));
        save_inviters(&ctx, &admin(), &form("everyone", "")).await.unwrap();
        assert!(inviters(&ctx.db, &ctx.settings.inviters).await.unwrap().all_members);
        assert!(matches!(save_inviters(&ctx, &admin(), &form("guests", "")).await, Err(Error::Invalid(_))));
        save_inviters(&ctx, &admin(), &form("variables", "")).await.unwrap();
        assert_eq!(current(&ctx.db).await.unwrap().inviters, None);
    }

    #[tokio::test]
    async fn the_default_message_fills_an_invitation_without_one_in_its_language() {
        let ctx = ctx().await;
        let message = |language: &str, message: &str| MessageForm { language: language.into(), message: message.into() };
        assert!(matches!(save_message(&ctx, &admin(), &message("xx-XX", "Hi")).await, Err(Error::Invalid(_))));
        save_message(&ctx, &admin(), &message("de-DE", "Willkommen im Projekt.")).await.unwrap();
        save_message(&ctx, &admin(), &message("en-US", "Welcome to the project.")).await.unwrap();
        let rule = PartnerRule { domain: "fabrikam.example".into(), message: "Welcome, Fabrikam.".into(), ..PartnerRule::default() };
        save(&ctx, &admin(), PortalSettings { partner_rules: vec![rule], ..current(&ctx.db).await.unwrap() }, None).await.unwrap();

        let form = |email: &str, language: &str, text: &str| crate::invite::InviteForm { email: email.into(), language: language.into(), message: text.into(), ..Default::default() };
        let filled = |f: crate::invite::InviteForm| {
            let ctx = &ctx;
            async move { crate::invite::ruled(ctx, &f).await.unwrap().form.message }
        };
        assert_eq!(filled(form("ann@tailspin.example", "de-DE", "")).await, "Willkommen im Projekt.");
        assert_eq!(filled(form("ann@tailspin.example", "en-GB", "")).await, "Welcome to the project.", "the same primary language");
        assert_eq!(filled(form("ann@tailspin.example", "fr-FR", "")).await, "", "no message for French: Microsoft's text");
        assert_eq!(filled(form("ann@tailspin.example", "de-DE", "Hallo Ann")).await, "Hallo Ann", "the inviter's own message wins");
        assert_eq!(filled(form("ann@fabrikam.example", "de-DE", "")).await, "Welcome, Fabrikam.", "the partner rule's message wins");

        save_message(&ctx, &admin(), &message("de-DE", "  ")).await.unwrap();
        assert_eq!(current(&ctx.db).await.unwrap().message_templates.iter().map(|t| t.language.as_str()).collect::<Vec<_>>(), ["en-US"], "an empty message removes it");
        let twice = PortalSettings { message_templates: vec![MessageTemplate { language: "en-US".into(), message: "a".into() }; 2], ..PortalSettings::default() };
        assert!(matches!(save(&ctx, &admin(), twice, None).await, Err(Error::Invalid(_))));
    }

    #[tokio::test]
    async fn the_mail_servers_password_is_kept_but_never_shown_exported_or_summarised() {
        let mut ctx = ctx().await;
        let mail = |url: &str, password: &str| MailForm { smtp_url: url.into(), smtp_password: password.into(), mail_from: "Guests <guests@northwind.example>".into() };
        let v1 = save_mail(&ctx, &admin(), &mail("smtp://relay@127.0.0.1:2525?tls=required", "p@ss:w/rd%")).await.unwrap();
        assert_eq!(v1.summary, "mail server changed, mail sender changed");
        let stored = current(&ctx.db).await.unwrap().smtp_url.unwrap();
        assert_eq!(url::Url::parse(&stored).unwrap().password(), Some("p%40ss%3Aw%2Frd%25"));
        let shown = "smtp://relay@127.0.0.1:2525?tls=required";
        assert_eq!(version(&ctx, &admin(), v1.id).await.unwrap().1.smtp_url.as_deref(), Some(shown));
        let json = export(&ctx, &admin()).await.unwrap();
        assert!(json.contains(shown) && !json.contains("p%40ss"), "{json}");

        // The form as shown, password left empty: kept. Another server: dropped.
        save_mail(&ctx, &admin(), &mail(shown, "")).await.unwrap();
        assert_eq!(current(&ctx.db).await.unwrap().smtp_url.as_deref(), Some(stored.as_str()));
        import(&ctx, &admin(), &json).await.unwrap();
        assert_eq!(current(&ctx.db).await.unwrap().smtp_url.as_deref(), Some(stored.as_str()), "an export from here keeps the password");
        save_mail(&ctx, &admin(), &mail("smtp://relay@127.0.0.2:2525", "")).await.unwrap();
        assert_eq!(current(&ctx.db).await.unwrap().smtp_url.as_deref(), Some("smtp://relay@127.0.0.2:2525"), "never sent to another server");
        let trail = serde_json::to_string(&audit::list(&ctx.db, &admin(), &Default::default()).await.unwrap()).unwrap();
        assert!(!trail.contains("p%40ss") && !trail.contains("p@ss"), "{trail}");

        // The page's server and sender are the ones in force; an unusable one is refused.
        assert!(mailer(&ctx).await.unwrap().is_some(), "set on the page, though no variable is");
        assert!(matches!(save_mail(&ctx, &admin(), &mail("http://127.0.0.1:25", "")).await, Err(Error::Invalid(_))));
        let bad_from = MailForm { mail_from: "not a sender".into(), ..mail("", "") };
        assert!(matches!(save_mail(&ctx, &admin(), &bad_from).await, Err(Error::Invalid(_))));
        ctx.local_mail_only = true;
        let outside = save_mail(&ctx, &admin(), &mail("smtps://mail.contoso.com:465", "")).await.unwrap_err();
        assert!(outside.to_string().contains("only to a server on this machine, not mail.contoso.com"), "{outside}");
        save_mail(&ctx, &admin(), &mail("", "")).await.unwrap();
        assert!(mailer(&ctx).await.unwrap().is_none(), "cleared: the variables' (none here)");
    }
}
