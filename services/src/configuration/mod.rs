//! The Settings page's document: partner rules, who invites directly (everyone else asks), who
//! approves requests and how long requests wait, allowed redirect prefixes, blocked domains, the
//! default invitation message per language, the mail server and sender, and the audit trail's
//! retention. Stored in the
//! database as versions (who saved what, when; any earlier version can be viewed and restored),
//! exported and imported as JSON. The `GUESTLIST_*` variables stay the defaults: a setting the
//! page leaves unset (`None`) follows its variable, one it sets wins.

use serde::{Deserialize, Serialize};

use crate::partners::{Effective, PartnerRule};

/// The document the Settings page saves; every field optional, so an empty document changes
/// nothing against the variables.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PortalSettings {
    /// The partner rules, the default rule (`*`) among them.
    pub partner_rules: Vec<PartnerRule>,
    /// Who may approve any request besides the Admins (`GUESTLIST_REQUEST_APPROVERS`).
    pub request_approvers: Option<Vec<String>>,
    /// Days before an unanswered request expires (`GUESTLIST_REQUEST_EXPIRY_DAYS`).
    pub request_expiry_days: Option<u32>,
    /// https prefixes a guest's redirect URL must start with (`GUESTLIST_INVITE_REDIRECT_PREFIXES`).
    pub redirect_prefixes: Option<Vec<String>>,
    /// Domains Guestlist never invites (`GUESTLIST_BLOCKED_DOMAINS`).
    pub blocked_domains: Option<Vec<String>>,
    /// Days the audit trail keeps rows in the database before archiving them to a file
    /// (`None`: keep them all).
    pub audit_retention_days: Option<u32>,
    /// Who invites directly (`GUESTLIST_INVITER_APP_ROLE`, `GUESTLIST_INVITER_GROUP_ID` and Entra's
    /// Guest Inviter role); every other member asks.
    pub inviters: Option<InviterPolicy>,
    /// The invitation's personal message per language, when neither the inviter nor the partner
    /// rule for the domain wrote one.
    pub message_templates: Vec<MessageTemplate>,
    /// The mail server (`GUESTLIST_SMTP_URL`). A password in it is stored, never shown back,
    /// exported or summarised.
    pub smtp_url: Option<String>,
    /// The sender of Guestlist's mail (`GUESTLIST_MAIL_FROM`).
    pub mail_from: Option<String>,
}

/// Who gets the Inviter role: may invite directly. Administrators always may; every other member
/// of the organisation asks, with a reason, and an approver answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InviterPolicy {
    /// Every member of the organisation.
    pub all_members: bool,
    /// Holders of Entra's Guest Inviter directory role.
    pub guest_inviter_role: bool,
    /// Holders of this app role of Guestlist's app registration (its value).
    pub app_role: Option<String>,
    /// Members of these groups (object ids, lower case).
    pub group_ids: Vec<String>,
}

impl InviterPolicy {
    /// Who invites directly, in words, in `locale`.
    pub fn describe(&self, locale: i18n::Locale) -> String {
        if self.all_members {
            return i18n::tr!(locale, "settings-inviters-everyone");
        }
        let mut who = vec![i18n::tr!(locale, "settings-inviters-administrators")];
        if self.guest_inviter_role {
            who.push(i18n::tr!(locale, "settings-inviters-guest-inviter-role"));
        }
        if let Some(role) = &self.app_role {
            who.push(i18n::tr!(locale, "settings-inviters-app-role", role = role));
        }
        match self.group_ids.as_slice() {
            [] => {}
            [one] => who.push(i18n::tr!(locale, "settings-inviters-group", group = one)),
            many => who.push(i18n::tr!(locale, "settings-inviters-groups", groups = list_in(locale, many))),
        }
        match who.split_last() {
            Some((last, rest)) if !rest.is_empty() => i18n::tr!(locale, "settings-list-and", first = list_in(locale, rest), last = last),
            _ => who.join(""),
        }
    }

    /// Who must request instead, as a sentence, in `locale`.
    pub fn who_must_request(&self, locale: i18n::Locale) -> String {
        if self.all_members {
            i18n::tr!(locale, "settings-inviters-everyone-invites")
        } else {
            i18n::tr!(locale, "settings-inviters-others-request", who = self.describe(locale))
        }
    }
}

/// `items` joined with the language's list separator ("a, b, c").
pub fn list_in(locale: i18n::Locale, items: &[String]) -> String {
    items.join(&i18n::tr!(locale, "settings-list-separator"))
}

/// A stored time (RFC 3339, UTC) as `locale` writes a day and time; the text as it is when it is
/// not one.
pub fn date_time_of(locale: i18n::Locale, stored: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stored)
        .map(|at| i18n::date_time(locale, at.with_timezone(&chrono::Utc)))
        .unwrap_or_else(|_| stored.to_owned())
}

/// The default personal message of invitations in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MessageTemplate {
    /// One of [`crate::invite::LANGUAGES`] (`de-DE`).
    pub language: String,
    pub message: String,
}

/// The template for `language`: the same code, else the same primary language (`de` for `de-AT`).
pub fn template_for<'a>(templates: &'a [MessageTemplate], language: &str) -> Option<&'a MessageTemplate> {
    let primary = |code: &str| code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    templates
        .iter()
        .find(|t| t.language.eq_ignore_ascii_case(language))
        .or_else(|| templates.iter().find(|t| primary(&t.language) == primary(language)))
}

/// One partner rule as the Settings page's form sends it: text as typed, lists one a line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleForm {
    /// The domain the rule had before (empty: a new rule).
    pub original: String,
    pub domain: String,
    /// `allow`, `approval_required` or `block`.
    pub decision: String,
    pub default_groups: String,
    pub default_sponsor: String,
    pub required_sponsors: String,
    pub max_lifetime_days: String,
    pub redirect_url: String,
    pub message: String,
    pub language: String,
    pub approvers: String,
}

impl RuleForm {
    /// The form for an existing rule.
    pub fn of(rule: &PartnerRule) -> RuleForm {
        let number = |n: u64| if n == 0 { String::new() } else { n.to_string() };
        RuleForm {
            original: rule.domain.clone(),
            domain: rule.domain.clone(),
            decision: serde_json::to_value(rule.decision).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
            default_groups: rule.default_groups.join("\n"),
            default_sponsor: rule.default_sponsor.clone(),
            required_sponsors: number(rule.required_sponsors as u64),
            max_lifetime_days: number(rule.max_lifetime_days.into()),
            redirect_url: rule.redirect_url.clone(),
            message: rule.message.clone(),
            language: rule.language.clone(),
            approvers: rule.approvers.join("\n"),
        }
    }
}

/// The Settings page's other settings as its form sends them; an empty field means "follow the
/// variable".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GeneralForm {
    pub request_approvers: String,
    pub request_expiry_days: String,
    pub redirect_prefixes: String,
    pub blocked_domains: String,
    pub audit_retention_days: String,
}

/// Who invites directly, as the Settings page's form sends it. Boxes are present (`Some`) when
/// ticked; `follow_variables` ticked drops the setting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvitersForm {
    /// `variables` (follow GUESTLIST_INVITER_*), `everyone` or `some`.
    pub who: String,
    pub guest_inviter_role: Option<String>,
    pub app_role: String,
    /// Group object ids, one a line.
    pub group_ids: String,
}

impl InvitersForm {
    pub fn of(policy: Option<&InviterPolicy>) -> InvitersForm {
        let tick = |on: bool| on.then(|| "on".to_owned());
        match policy {
            None => InvitersForm { who: "variables".into(), ..InvitersForm::default() },
            Some(p) => InvitersForm {
                who: if p.all_members { "everyone" } else { "some" }.into(),
                guest_inviter_role: tick(p.guest_inviter_role),
                app_role: p.app_role.clone().unwrap_or_default(),
                group_ids: p.group_ids.join("\n"),
            },
        }
    }
}

/// The default messages and the mail server, as the Settings page's form sends them: one
/// message field per language (empty: none), the server without its password.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MailForm {
    /// `smtp://user@host:587?tls=required`; a password typed into it is taken too.
    pub smtp_url: String,
    /// A new password (empty: keep the stored one).
    pub smtp_password: String,
    pub mail_from: String,
}

/// The default message of one language, as typed; an empty message removes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MessageForm {
    pub language: String,
    pub message: String,
}

impl GeneralForm {
    pub fn of(document: &PortalSettings) -> GeneralForm {
        let lines = |list: &Option<Vec<String>>| list.as_ref().map(|l| l.join("\n")).unwrap_or_default();
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        GeneralForm {
            request_approvers: lines(&document.request_approvers),
            request_expiry_days: number(document.request_expiry_days),
            redirect_prefixes: lines(&document.redirect_prefixes),
            blocked_domains: lines(&document.blocked_domains),
            audit_retention_days: number(document.audit_retention_days),
        }
    }
}

/// A saved version, without its document (the list).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionInfo {
    pub id: i64,
    /// RFC 3339, UTC.
    pub changed_at: String,
    pub changed_by: String,
    pub summary: String,
}

/// The tenant's own settings that bear on inviting, read from Graph, in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantSettings {
    /// `authorizationPolicy.allowInvitesFrom`.
    pub allow_invites_from: String,
    /// `authorizationPolicy.guestUserRoleId`, as the access level Entra's settings page names it.
    pub guest_access: String,
    /// The B2B allow/deny list.
    pub domain_list: String,
}

/// What the Settings page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsPage {
    /// The document in force (the newest version, or empty).
    pub document: PortalSettings,
    /// The version in force, if any was saved.
    pub current: Option<VersionInfo>,
    /// Every version, newest first.
    pub versions: Vec<VersionInfo>,
    /// What applies where the document is silent: the variables' values, in words.
    pub defaults: Vec<(String, String)>,
    pub tenant: TenantSettings,
    /// The effective result for the domain asked about, if one was.
    pub effective: Option<Effective>,
    /// Whether a mail server is configured (for "Send a test mail").
    pub can_mail: bool,
    /// Whether the document's mail server has a password (never sent to the page).
    pub smtp_password_set: bool,
    /// Who invites directly now (the document over the variables).
    pub inviters: InviterPolicy,
}

#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub use service::*;
