//! Guests: every external user of the tenant — the list with its filters and export, one guest's
//! details and the actions on them, actions on a selection, recently deleted guests and the
//! Admins' dashboard. Administrators act on all of it; Helpdesk Administrators see the list and
//! details and may resend and reset invitations.

pub mod actions;
pub mod dashboard;
pub mod deleted;
pub mod details;
#[cfg(feature = "server")]
pub mod export;
pub mod filter;
pub mod list;
pub mod selection;
pub mod status;

pub use filter::GuestFilter;
pub use list::{Guest, GuestPage};
pub use status::GuestStatus;
