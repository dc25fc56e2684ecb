//! Every page's path, named once: the router, the navigation, links and redirects use these.

pub const HOME: &str = "/";
pub const INVITE: &str = "/invite";
pub const INVITE_DONE: &str = "/invite/done";
pub const DIRECTORY: &str = "/directory";
pub const CONVERT: &str = "/convert";
pub const AUDIT: &str = "/audit";
pub const RULES: &str = "/rules";
pub const GUESTS: &str = "/guests";
pub const GUESTS_DELETED: &str = "/guests/deleted";
/// The Guests list's view as CSV (a server route, not a page).
pub const GUESTS_EXPORT: &str = "/guests/export.csv";
pub const DASHBOARD: &str = "/dashboard";
/// Where the Guests list posts an action on several guests (a server route), and the page
/// that says what went wrong with one.
pub const GUESTS_SELECTION: &str = "/guests/selection";
/// The audit trail as CSV (a server route, not a page).
pub const AUDIT_CSV: &str = "/audit.csv";
/// The guests the signed-in member sponsors.
pub const MY_GUESTS: &str = "/my-guests";
/// A guest's own access: their sponsors, until when, asking for more time.
pub const MY_ACCESS: &str = "/my-access";
/// Bulk invite: the upload page, and where its form posts (a server route).
pub const BULK_INVITE: &str = "/bulk-invite";
/// Guestlist's bulk invite template (a server route).
pub const BULK_INVITE_TEMPLATE: &str = "/bulk-invite/template.csv";
/// Guests whose sponsors cannot act for them, and who should take over (Admins).
pub const SPONSOR_CONTINUITY: &str = "/sponsors/continuity";
/// Review campaigns (Admins), and the lifecycle rules with their dry run.
pub const REVIEWS: &str = "/reviews";
pub const REVIEW_RULES: &str = "/reviews/rules";
pub const REVIEW_RULES_PLAN: &str = "/reviews/rules/dry-run";
/// Invitation requests waiting for an approver's answer, and one request (the mail's link).
pub const APPROVALS: &str = "/approvals";
/// The signed-in member's invitation requests and their answers.
pub const MY_REQUESTS: &str = "/my-requests";
/// The organisation's rules: partner rules, requests, versions (Admins).
pub const SETTINGS: &str = "/settings";
/// The settings in force as a JSON file (a server route).
pub const SETTINGS_EXPORT: &str = "/settings/export.json";
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

/// The page that deletes one recently deleted guest for good, after confirming.
pub fn deleted_guest(id: &str) -> String {
    format!("{GUESTS_DELETED}/{id}")
}

/// A guest's details page.
pub fn guest(id: &str) -> String {
    format!("{GUESTS}/{id}")
}

/// One of the pages before an action on a guest (`groups`, `sponsors`, `delete`).
pub fn guest_action(id: &str, action: &str) -> String {
    format!("{GUESTS}/{id}/{action}")
}

/// The preview of an action on several guests, then its results.
pub fn guest_selection(id: &str) -> String {
    format!("{GUESTS_SELECTION}/{id}")
}

/// The confirmation before a sponsor ends a guest's access.
pub fn my_guest_end(id: &str) -> String {
    format!("{MY_GUESTS}/{id}/end")
}

/// One invitation request, to approve or deny.
pub fn approval(id: i64) -> String {
    format!("{APPROVALS}/{id}")
}

/// A bulk invitation's preview, then its progress and results.
pub fn bulk_invite(id: &str) -> String {
    format!("{BULK_INVITE}/{id}")
}

/// The page that fixes one row of a bulk invitation (`?row=N`).
pub fn bulk_invite_fix(id: &str) -> String {
    format!("{BULK_INVITE}/{id}/fix")
}

/// A bulk invitation's preview as CSV (a server route).
pub fn bulk_invite_preview_csv(id: &str) -> String {
    format!("{BULK_INVITE}/{id}/preview.csv")
}

/// A bulk invitation's results as CSV (a server route).
pub fn bulk_invite_results_csv(id: &str) -> String {
    format!("{BULK_INVITE}/{id}/results.csv")
}

/// A bulk invitation's progress as server-sent events (a server route).
pub fn bulk_invite_events(id: &str) -> String {
    format!("{BULK_INVITE}/{id}/events")
}

/// A review campaign's progress.
pub fn review_campaign(id: &str) -> String {
    format!("{REVIEWS}/{id}")
}

/// A review campaign's dry run, and Apply.
pub fn review_plan(id: &str) -> String {
    format!("{REVIEWS}/{id}/dry-run")
}

/// A review campaign's report.
pub fn review_report(id: &str) -> String {
    format!("{REVIEWS}/{id}/report")
}

/// A review campaign's report as CSV (a server route).
pub fn review_report_csv(id: &str) -> String {
    format!("{REVIEWS}/{id}/report.csv")
}
