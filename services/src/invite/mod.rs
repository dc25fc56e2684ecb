//! Inviting one person: the form as typed, the invitation and its follow-up steps (properties,
//! groups, app), and what happened, for the result page. Also new links and redemption resets
//! for people already invited.

use serde::{Deserialize, Serialize};

/// The language the Invite form starts with.
pub const DEFAULT_LANGUAGE: &str = "en-US";

/// The languages Microsoft's invitation mail is offered in here (`messageLanguage`).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en-US", "English"),
    ("de-DE", "Deutsch (German)"),
    ("fr-FR", "Français (French)"),
    ("es-ES", "Español (Spanish)"),
    ("nl-NL", "Nederlands (Dutch)"),
    ("it-IT", "Italiano (Italian)"),
    ("pt-BR", "Português (Portuguese, Brazil)"),
    ("pl-PL", "Polski (Polish)"),
    ("sv-SE", "Svenska (Swedish)"),
    ("da-DK", "Dansk (Danish)"),
    ("fi-FI", "Suomi (Finnish)"),
    ("nb-NO", "Norsk (Norwegian)"),
    ("ja-JP", "日本語 (Japanese)"),
    ("zh-CN", "中文 (Chinese, Simplified)"),
    ("ko-KR", "한국어 (Korean)"),
];

/// Everything the inviter fills in. Every field is text as typed, so a refused form can be
/// shown again exactly; the service validates. Checkboxes are present (`Some`) when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub display_name: String,
    pub message: String,
    pub language: String,
    pub cc: String,
    pub send_mail: Option<String>,
    pub redirect_url: String,
    pub as_member: Option<String>,
    pub given_name: String,
    pub surname: String,
    pub job_title: String,
    pub company: String,
    pub department: String,
    pub usage_location: String,
    /// Sponsors, one a line: a person's e-mail address or a group's name. Empty: the inviter.
    pub sponsors: String,
    /// Groups to add the guest to, one name (or group e-mail) a line.
    pub groups: String,
    /// `{servicePrincipalId}/{appRoleId}` of the enterprise app to assign, or empty.
    pub app: String,
}

impl InviteForm {
    pub fn send_mail(&self) -> bool {
        self.send_mail.is_some()
    }

    pub fn as_member(&self) -> bool {
        self.as_member.is_some()
    }
}

/// A step after the invitation itself (Graph's invitation cannot do these).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FollowUp {
    /// Set the form's name, job and location properties.
    Properties,
    AddToGroup { group_id: String },
    AssignApp { service_principal_id: String, app_role_id: String },
}

/// One follow-up step and how it went; `error` says why it failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub what: String,
    pub action: FollowUp,
    pub error: Option<String>,
}

/// An enterprise app role the guest can be given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppChoice {
    /// `{servicePrincipalId}/{appRoleId}`.
    pub value: String,
    pub label: String,
}

/// What happened, for the result page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteOutcome {
    pub display_name: String,
    pub email: String,
    pub user_id: String,
    pub user_principal_name: String,
    pub state: String,
    pub mail_sent: bool,
    pub redeem_url: Option<String>,
    /// The redeem link as a QR code (inline SVG made on the server), for phones.
    pub redeem_qr_svg: Option<String>,
    pub sponsors: Vec<String>,
    pub steps: Vec<Step>,
    /// The language and personal message chosen, for "Send it from Guestlist".
    pub language: String,
    pub message: Option<String>,
    /// Whether the portal can mail the link itself (SMTP configured, or the sandbox).
    pub can_mail_link: bool,
    /// Where Guestlist mailed the link, once it did; or why it could not.
    pub link_mailed_to: Option<String>,
    pub link_mail_error: Option<String>,
    /// The page's heading when this was not a plain invitation (a conversion, a reset).
    pub heading: Option<String>,
    /// What the guest will experience next, and what changes then, in plain sentences.
    pub what_next: Vec<String>,
    /// Graph's request id of the invitation, for the audit trail and Microsoft support.
    pub request_id: Option<String>,
    /// Why the guest's details could not be read back after the invitation, if they could not.
    pub read_error: Option<String>,
    /// The form again when a follow-up step failed, so it can be retried (its properties).
    pub retry_form: Option<InviteForm>,
    /// What the inviter should know about how it went, in plain sentences (e.g. the chosen
    /// language unused, or Microsoft's answer lost but the guest found).
    pub notes: Vec<String>,
    /// Graph's error when the invitation went through but its answer was lost (for the audit trail).
    pub lost_answer: Option<String>,
}

/// A person or group offered by the type-ahead pickers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// What goes into the list: a person's address or a group's name.
    pub value: String,
    pub label: String,
}

#[cfg(feature = "server")]
mod job;
#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub use job::InviteJob;
#[cfg(feature = "server")]
pub use service::*;
