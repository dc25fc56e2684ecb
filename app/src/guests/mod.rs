//! Guests: every external user in one list (filters in the URL, pages from Graph, CSV export),
//! each guest's page with the actions on them, actions on several guests through a preview, and
//! recently deleted guests. Administrators; Helpdesk Administrators see the list and details and
//! may resend and reset invitations.

pub mod deleted;
pub mod details;
mod list;
pub mod selection;

pub use list::{guests_list, GuestsPage};
#[cfg(feature = "ssr")]
pub use list::csv_export;
