//! Every page's path, named once: the router, the navigation, links and redirects use these.

pub const HOME: &str = "/";
pub const INVITE: &str = "/invite";
pub const INVITE_DONE: &str = "/invite/done";
pub const DIRECTORY: &str = "/directory";
pub const CONVERT: &str = "/convert";
pub const AUDIT: &str = "/audit";
pub const RULES: &str = "/rules";
/// Every external user (filters in the query string).
pub const GUESTS: &str = "/guests";
/// Recently deleted guests (restorable for 30 days).
pub const GUESTS_DELETED: &str = "/guests/deleted";
/// The list's view as CSV (a server route, not a page).
pub const GUESTS_EXPORT: &str = "/guests/export.csv";
/// The preview of an action on several guests.
pub const GUESTS_SELECTION: &str = "/guests/selection";
/// Counts and charts of the tenant's guests (the Admins' home).
pub const DASHBOARD: &str = "/dashboard";
/// The audit trail as CSV (a server route, not a page).
pub const AUDIT_CSV: &str = "/audit.csv";
pub const SIGN_IN: &str = "/auth/sign-in";
pub const SIGN_OUT: &str = "/auth/sign-out";

/// A person's page in the Directory.
pub fn person(id: &str) -> String {
    format!("{DIRECTORY}/{id}")
}

/// One of the Directory's action pages for a person (`reset`, `user-type`, `e-mail`).
pub fn person_action(id: &str, action: &str) -> String {
    format!("{DIRECTORY}/{id}/{action}")
}

/// The Convert assistant for one account.
pub fn convert_account(id: &str) -> String {
    format!("{CONVERT}/{id}")
}

/// A guest's details page.
pub fn guest(id: &str) -> String {
    format!("{GUESTS}/{id}")
}

/// The page that deletes one recently deleted guest for good, after confirming.
pub fn deleted_guest(id: &str) -> String {
    format!("{GUESTS_DELETED}/{id}")
}
