//! The Directory: anyone in the directory with their "B2B collaboration" card as Entra shows it
//! (not invited / invitation pending since … / accepted on … with which account), and the
//! actions on it: resend the invitation, reset the redemption (to a new address), change the user
//! type after Microsoft's questions, change the e-mail address. Administrators only.

use i18n::{tr, Locale};
use serde::{Deserialize, Serialize};

/// The account an identity provider stands for, in words ("signs in with …"), in `locale`.
pub fn provider_words(locale: Locale, issuer: &str) -> String {
    let id = match issuer.to_ascii_lowercase().replace(' ', "").as_str() {
        "externalazuread" => "directory-provider-entra",
        "google.com" => "directory-provider-google",
        "microsoftaccount" => "directory-provider-microsoft",
        "mail" => "directory-provider-mail",
        "facebook.com" => "directory-provider-facebook",
        other => return tr!(locale, "directory-provider-other", issuer = other),
    };
    i18n::translate(locale, id, &[])
}

/// A user type as Graph spells it (`Member`, `Guest`), in `locale`.
pub fn user_type_words(locale: Locale, user_type: &str) -> String {
    match user_type {
        "Member" => tr!(locale, "directory-user-type-member"),
        "Guest" => tr!(locale, "directory-user-type-guest"),
        other => other.to_owned(),
    }
}

/// Where someone stands with B2B collaboration (Graph's `externalUserState` and `identities`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum B2bState {
    /// Never invited: signs in with an account of this organisation.
    NotInvited,
    /// Invited, not yet accepted; `since` is the date in words.
    Pending { since: Option<String> },
    /// Accepted; `provider` says, in words, which account they sign in with.
    Accepted { on: Option<String>, provider: Option<String> },
}

/// One account as the Directory shows it: who, and their "B2B collaboration" card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonCard {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Member` or `Guest` as Graph spells it.
    pub user_type: String,
    pub state: B2bState,
    /// The tenant's name, for "signs in with a Northwind Traders account".
    pub organisation: String,
    pub account_enabled: bool,
    /// Synced from on-premises Active Directory: Graph cannot change it.
    pub synced: bool,
    /// Has an Exchange Online mailbox: Exchange owns the e-mail address.
    pub mailbox: bool,
    pub created: Option<String>,
    pub company: Option<String>,
    pub job_title: Option<String>,
}

impl PersonCard {
    pub fn is_guest(&self) -> bool {
        self.user_type == "Guest"
    }

    /// Whether this account was invited to B2B collaboration (it signs in with an outside account).
    pub fn is_external(&self) -> bool {
        !matches!(self.state, B2bState::NotInvited)
    }

    /// The card's one line, in words for someone who is not an Entra expert.
    pub fn state_words(&self, locale: Locale) -> String {
        match &self.state {
            B2bState::NotInvited => tr!(locale, "directory-state-not-invited", organisation = &self.organisation),
            B2bState::Pending { since: Some(since) } => tr!(locale, "directory-state-pending-since", since = since),
            B2bState::Pending { since: None } => tr!(locale, "directory-state-pending"),
            B2bState::Accepted { on, provider } => match (on, provider) {
                (Some(on), Some(provider)) => tr!(locale, "directory-state-accepted-on-with", on = on, provider = provider),
                (Some(on), None) => tr!(locale, "directory-state-accepted-on", on = on),
                (None, Some(provider)) => tr!(locale, "directory-state-accepted-with", provider = provider),
                (None, None) => tr!(locale, "directory-state-accepted"),
            },
        }
    }

    /// The user type in `locale`.
    pub fn user_type_name(&self, locale: Locale) -> String {
        user_type_words(locale, &self.user_type)
    }

    /// Resend: only while the invitation is pending.
    pub fn can_resend(&self) -> bool {
        matches!(self.state, B2bState::Pending { .. })
    }

    /// Reset redemption: for anyone invited, pending or accepted.
    pub fn can_reset(&self) -> bool {
        self.is_external()
    }

    /// Graph refuses to change accounts mastered by on-premises Active Directory.
    pub fn can_edit(&self) -> bool {
        !self.synced
    }

    /// The e-mail address of external users: where their invitations go. (An internal account's
    /// address belongs to the organisation; the Convert page sets an external one first.)
    pub fn can_change_mail(&self) -> bool {
        self.is_external() && self.can_edit()
    }

    /// Internal accounts never invited can be moved to B2B (the Convert page).
    pub fn can_convert(&self) -> bool {
        !self.is_external()
    }

    /// The user type a change would give.
    pub fn other_user_type(&self) -> &'static str {
        if self.is_guest() { "Member" } else { "Guest" }
    }

    pub fn first_name(&self) -> &str {
        self.display_name.split_whitespace().next().unwrap_or(&self.display_name)
    }

    /// What the guest experiences after a reset of their redemption to `address`, in plain sentences.
    pub fn reset_what_next(&self, locale: Locale, address: &str, new_address: bool) -> Vec<String> {
        let name = self.first_name();
        let before = match &self.state {
            B2bState::Accepted { provider: Some(provider), .. } => {
                tr!(locale, "directory-reset-before-provider", name = name, provider = provider)
            }
            B2bState::Accepted { provider: None, .. } => tr!(locale, "directory-reset-before-account", name = name),
            _ => tr!(locale, "directory-reset-before-link", name = name),
        };
        let to = if new_address {
            tr!(locale, "directory-reset-to-new", address = address)
        } else {
            tr!(locale, "directory-reset-to", address = address)
        };
        vec![
            before,
            to,
            tr!(locale, "directory-reset-accepts", name = name, address = address),
            tr!(locale, "directory-reset-stays", upn = &self.user_principal_name),
        ]
    }

    /// What a user type change does and does not change, for the confirmation page.
    pub fn user_type_consequences(&self, locale: Locale) -> Vec<String> {
        let name = self.first_name();
        let mut lines = if self.is_guest() {
            vec![
                tr!(locale, "directory-to-member-permissions", name = name),
                tr!(locale, "directory-to-member-settings"),
                tr!(locale, "directory-to-member-licensing"),
            ]
        } else {
            vec![
                tr!(locale, "directory-to-guest-permissions", name = name),
                tr!(locale, "directory-to-guest-settings"),
                tr!(locale, "directory-to-guest-licensing"),
            ]
        };
        lines.extend([
            tr!(locale, "directory-type-upn-stays", upn = &self.user_principal_name),
            tr!(locale, "directory-type-sign-in-stays", state = self.state_words(locale)),
            tr!(locale, "directory-type-groups-stay"),
        ]);
        lines
    }
}

/// The search page's answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResults {
    pub people: Vec<PersonCard>,
    /// More matched than are shown.
    pub more: bool,
}

/// Most people a search shows; a narrower search finds the rest.
pub const SEARCH_LIMIT: u16 = 25;

/// The answers to Microsoft's questions before a user type change ("Convert UserType" in
/// "Properties of a Microsoft Entra B2B collaboration user"). Text as posted; checked on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserTypeForm {
    pub user_id: String,
    /// The type asked for (`Member` or `Guest`), so a change in between is not applied blindly.
    pub target: String,
    /// `changed` or `unchanged`: has their relationship to the organisation changed?
    pub relationship: String,
    /// `keep` or `change`: should the user principal name change?
    pub upn: String,
    /// `keep` or `review`: should they keep access to the same resources?
    pub access: String,
    /// `no` or `yes`: should they get a mailbox?
    pub mailbox: String,
    /// Present when "I have read what changes" is ticked.
    pub confirm: Option<String>,
}

#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub use service::*;
