//! The checks before an invitation, one module for every flow that invites (Invite, the
//! Directory's actions, Convert, and the bulk and request flows): is the address usable, is it
//! our own domain, do the tenant's and Guestlist's domain lists allow it, does the tenant let this
//! person invite, is the person already in the directory, and are the form's other fields right.
//! Each problem is a sentence that says what to do instead.

use serde::{Deserialize, Serialize};

/// Which field a problem belongs next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Email,
    Cc,
    Language,
    RedirectUrl,
    UserType,
    UsageLocation,
    Sponsors,
    Groups,
    App,
    /// Not a field: whether the person may invite at all.
    Permission,
    /// The business reason of an invitation request.
    Reason,
}

/// Why an invitation would fail, and what to do instead, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub field: Field,
    pub text: String,
}

/// Someone already in the directory under the address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExistingUser {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub is_guest: bool,
    /// `PendingAcceptance` or `Accepted` for invited guests.
    pub state: Option<String>,
    /// Who they are, in a sentence in the language of whoever asked ("Ann Lee (ann@…), guest,
    /// PendingAcceptance."), for the Invite form (whose browser side has no messages).
    #[serde(default)]
    pub description: String,
}

/// The result of the checks before sending.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub problems: Vec<Problem>,
    pub existing: Option<ExistingUser>,
}

impl Review {
    pub fn can_send(&self) -> bool {
        self.problems.is_empty() && self.existing.is_none()
    }

    pub fn about(&self, field: Field) -> Vec<String> {
        self.problems.iter().filter(|p| p.field == field).map(|p| p.text.clone()).collect()
    }
}

#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub use service::*;
