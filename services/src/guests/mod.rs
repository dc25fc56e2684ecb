//! Guests: every external user of the tenant in one list, with a plain status for each, the
//! filters an administrator reviews them by, and the view exported as CSV.
//!
//! - [`status`]: who is external, and Pending / Active / Inactive / Never signed in / Disabled /
//!   Unknown from Graph's user.
//! - [`filter`]: the list's view ([`filter::GuestFilter`]), which lives in the URL.
//! - `list`: one page of the view, paged with Graph's nextLink, or the whole view as a stream.
//! - `export`: the view as CSV, page by page in constant memory.
//! - [`dashboard`]: the Dashboard's figures, counted live or from the worker's snapshot.
//! - [`deleted`]: recently deleted guests, to restore or delete for good.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub mod dashboard;
pub mod deleted;
pub mod filter;
pub mod status;

pub use filter::{Column, GuestFilter, GuestForm, StatusFilter};
pub use status::GuestStatus;

/// A sponsor as the list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sponsor {
    pub id: String,
    pub display_name: String,
}

/// One external user: a row of the list and of the export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guest {
    pub id: String,
    pub display_name: String,
    /// For invited users `alias_domain#EXT#@tenant.onmicrosoft.com`.
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Member` or `Guest` as Graph spells it.
    pub user_type: String,
    pub status: GuestStatus,
    /// The identity providers they sign in with, as Graph's `identities` name the issuers
    /// (`ExternalAzureAD`, `google.com`, `mail`, …); the tenant's own entries left out.
    pub identity_providers: Vec<String>,
    /// Synced from on-premises Active Directory.
    pub synced: bool,
    pub enabled: bool,
    /// Graph's `externalUserState` (`PendingAcceptance`, `Accepted`), none if never invited.
    pub invitation_state: Option<String>,
    pub created: Option<DateTime<Utc>>,
    /// When the invitation state last changed.
    pub state_changed: Option<DateTime<Utc>>,
    /// The latest of the interactive, non-interactive and successful sign-ins, when known.
    pub last_sign_in: Option<DateTime<Utc>>,
    pub company: Option<String>,
    /// `None` when the view did not read sponsors.
    pub sponsors: Option<Vec<Sponsor>>,
}

/// How a cell writes dates: words on the page, ISO 8601 in CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dates {
    Words,
    Iso,
}

impl Guest {
    /// The text of one column for this guest.
    pub fn cell(&self, column: Column, dates: Dates) -> String {
        let date = |at: &Option<DateTime<Utc>>| match (at, dates) {
            (None, _) => String::new(),
            (Some(at), Dates::Words) => crate::directory::date_words(*at),
            (Some(at), Dates::Iso) => at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        };
        let yes_no = |b: bool| if b { "Yes" } else { "No" }.to_owned();
        match column {
            Column::Name => self.display_name.clone(),
            Column::Upn => self.user_principal_name.clone(),
            Column::Mail => self.mail.clone().unwrap_or_default(),
            Column::UserType => self.user_type.clone(),
            Column::Identities => self.identity_providers.join("; "),
            Column::Synced => yes_no(self.synced),
            Column::Invitation => match (&self.invitation_state, date(&self.state_changed)) {
                (None, _) => "Not invited".to_owned(),
                (Some(state), changed) if changed.is_empty() => state.clone(),
                (Some(state), changed) => format!("{state} ({changed})"),
            },
            Column::Status => self.status.words(),
            Column::LastSignIn => date(&self.last_sign_in),
            Column::Created => date(&self.created),
            Column::Company => self.company.clone().unwrap_or_default(),
            Column::Sponsors => match &self.sponsors {
                None => String::new(),
                Some(sponsors) if sponsors.is_empty() => "None".to_owned(),
                Some(sponsors) => sponsors.iter().map(|s| s.display_name.as_str()).collect::<Vec<_>>().join("; "),
            },
            Column::Enabled => yes_no(self.enabled),
        }
    }
}

/// One page of the list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuestPage {
    pub rows: Vec<Guest>,
    /// The cursor of the next page (`after=`), if there is one.
    pub next_after: Option<String>,
    /// How many rows this page shows.
    pub shown: usize,
    /// How many external users match the part of the view Graph filters, when Graph counts them.
    pub total: Option<u64>,
    /// What the page should say about how it was built (filters applied page by page, sign-in
    /// data unavailable, …), in plain sentences.
    pub notes: Vec<String>,
}

#[cfg(feature = "server")]
pub mod list;
#[cfg(feature = "server")]
pub mod export;

/// Who may see the Guests list and a guest's details: Admins (and Helpdesk Administrators).
#[cfg(feature = "server")]
pub fn require_viewer(actor: &crate::Actor) -> crate::Result<()> {
    actor.require(crate::Role::Admin)
}
