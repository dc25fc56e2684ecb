//! Invitation requests: people who may not invite directly (members without an inviter role, or
//! anyone but an Admin for a partner domain whose rule needs approval) fill in the Invite form with
//! a business reason; an approver approves it (optionally changing groups or sponsors) or denies it
//! with a comment; an approved request is sent with the application's identity and the requester
//! as sponsor; requests nobody answers expire after `GUESTLIST_REQUEST_EXPIRY_DAYS`. The requester
//! hears of each answer by mail and on My requests.

use serde::{Deserialize, Serialize};

use crate::invite::InviteForm;

crate::jobs::stored_states! {
    /// Where a request is.
    RequestState {
        Pending = "pending", "Waiting for approval";
        Approved = "approved", "Approved: invited";
        Denied = "denied", "Denied";
        Expired = "expired", "Expired: nobody answered in time";
    }
}

impl RequestState {
    /// The state's name in `locale`, for pages (the database and the audit trail keep
    /// [`RequestState::as_str`]).
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            RequestState::Pending => "requests-state-pending",
            RequestState::Approved => "requests-state-approved",
            RequestState::Denied => "requests-state-denied",
            RequestState::Expired => "requests-state-expired",
        };
        i18n::translate(locale, id, &[])
    }
}

/// One request, as the Approvals and My requests pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationRequest {
    pub id: i64,
    /// As the audit trail names the requester ("Sofia Marquez <sofia@…>").
    pub requester: String,
    pub requester_id: String,
    pub email: String,
    pub domain: String,
    pub form: InviteForm,
    pub reason: String,
    /// Which rule made this a request, in words.
    pub why_request: String,
    pub state: RequestState,
    /// RFC 3339, UTC (as are the other times).
    pub asked_at: String,
    pub expires_at: String,
    pub decided_at: Option<String>,
    pub decided_by: Option<String>,
    pub comment: Option<String>,
    /// The invited guest's object id, once approved.
    pub guest_id: Option<String>,
    /// Whether the person looking may approve or deny it (an approver, and not the requester).
    pub can_decide: bool,
}

/// How a filled-in Invite form goes on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Route {
    /// The person may send it themselves.
    Direct,
    /// It becomes a request for an approver; the text says which rule decided.
    Request(String),
}

#[cfg(feature = "server")]
mod mails;
#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
mod store;
#[cfg(feature = "server")]
pub use service::*;
