//! The Settings page's document: partner rules, who approves requests and how long requests wait,
//! allowed redirect prefixes, blocked domains and the audit trail's retention. Stored in the
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
}

#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub use service::*;
