//! The Directory: anyone in the directory with their "B2B collaboration" card as Entra shows it
//! (not invited / invitation pending since … / accepted on … with which account), and the
//! actions on it: resend the invitation, reset the redemption (to a new address), change the user
//! type after Microsoft's questions, change the e-mail address. Administrators only.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// "3 March 2026".
pub fn date_words(at: DateTime<Utc>) -> String {
    at.format("%-d %B %Y").to_string()
}

/// The account an identity provider stands for, in words ("signs in with …").
pub fn provider_words(issuer: &str) -> String {
    match issuer.to_ascii_lowercase().replace(' ', "").as_str() {
        "externalazuread" => "a work or school account of another Microsoft Entra organisation".to_owned(),
        "google.com" => "a Google account".to_owned(),
        "microsoftaccount" => "a personal Microsoft account".to_owned(),
        "mail" => "a one-time passcode sent by e-mail".to_owned(),
        "facebook.com" => "a Facebook account".to_owned(),
        other => format!("their organisation's own identity provider ({other})"),
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
    pub fn state_words(&self) -> String {
        match &self.state {
            B2bState::NotInvited => format!("Not invited — signs in with a {} account", self.organisation),
            B2bState::Pending { since: Some(since) } => format!("Invitation pending since {since}"),
            B2bState::Pending { since: None } => "Invitation pending".to_owned(),
            B2bState::Accepted { on, provider } => {
                let on = on.as_ref().map(|on| format!(" on {on}")).unwrap_or_default();
                let with = provider.as_ref().map(|p| format!(", signs in with {p}")).unwrap_or_default();
                format!("Accepted{on}{with}")
            }
        }
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
    pub fn reset_what_next(&self, address: &str, new_address: bool) -> Vec<String> {
        let name = self.first_name();
        let before = match &self.state {
            B2bState::Accepted { provider: Some(provider), .. } => format!(
                "{name} can no longer sign in with {provider} until they accept the new invitation. Any earlier invitation link stops working."
            ),
            B2bState::Accepted { provider: None, .. } => {
                format!("{name} can no longer sign in with their current account until they accept the new invitation.")
            }
            _ => format!("The invitation link {name} has now stops working."),
        };
        let to = if new_address {
            format!("Microsoft e-mails a new invitation to the new address, {address}.")
        } else {
            format!("Microsoft e-mails a new invitation to {address}.")
        };
        vec![
            before,
            to,
            format!("When {name} accepts, they sign in with the account that belongs to {address} — or, if that address has no account, with a one-time passcode sent to it."),
            format!("Their groups, apps, sponsors and user name ({}) stay as they are; only the account they sign in with changes.", self.user_principal_name),
        ]
    }

    /// What a user type change does and does not change, for the confirmation page.
    pub fn user_type_consequences(&self) -> Vec<String> {
        let name = self.first_name();
        let mut lines = if self.is_guest() {
            vec![
                format!("{name} gets member permissions: they can read your whole directory — people, groups and apps — like your own staff."),
                "Settings for guests no longer apply to them: guest access restrictions, Conditional Access policies for guests and external users, and guest access reviews.".to_owned(),
                "Licensing: members are licensed like your staff, so they may need a licence for the apps they use.".to_owned(),
            ]
        } else {
            vec![
                format!("{name} gets guest permissions: by default a limited view of your directory — their own profile and only basic details of others, not the full list of people, groups and apps."),
                "Settings for guests apply to them: guest access restrictions, Conditional Access policies for guests and external users, and guest access reviews.".to_owned(),
                "Licensing: external users with the Guest type are billed by monthly active users (MAU) under Microsoft Entra External ID.".to_owned(),
            ]
        };
        lines.extend([
            format!("Their user name stays {}: changing the user type does not change it.", self.user_principal_name),
            format!("How they sign in does not change ({}).", self.state_words()),
            "Their groups, apps and sponsors stay as they are.".to_owned(),
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
