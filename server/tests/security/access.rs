//! Every route and server function × every role, with the answer each must get. The routes come
//! from the portal's own router (`server::route_inventory`): a new route without a row here fails.

use std::collections::BTreeMap;

use reqwest::StatusCode;

use crate::common::*;

/// What a role gets from a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Served (any answer but a refusal: a page, a result, or a "not found" for a made-up id).
    S,
    /// Refused: 403.
    R,
    /// Sent to sign in: 401, or a redirect to the sign-in page.
    I,
}
use Answer::*;

/// The roles, in the order of a row's answers.
pub const ROLES: [&str; 6] = ["signed out", "guest", "member", "Helpdesk Administrator", "Inviter", "Admin"];

const ANYONE: [Answer; 6] = [S, S, S, S, S, S];
const MEMBERS: [Answer; 6] = [I, R, S, S, S, S];
const INVITERS: [Answer; 6] = [I, R, R, R, S, S];
const ADMINS: [Answer; 6] = [I, R, R, R, R, S];
/// Admins and Helpdesk Administrators (who see guests and resend or reset their invitations).
const HELPDESK: [Answer; 6] = [I, R, R, S, R, S];
/// The Invite result page, where Helpdesk Administrators' resends and resets end too.
const INVITERS_AND_HELPDESK: [Answer; 6] = [I, R, R, S, S, S];
/// Only the guest's own sponsors, whose relation the services check in Graph at each request:
/// [`NOBODY`] is no one's guest, so every role is refused (tests/portal/my_guests.rs shows a
/// sponsor served and another sponsor refused).
const SPONSORS_OF_THE_ID: [Answer; 6] = [I, R, R, R, R, R];
/// Pages that a signed-out visitor is sent to sign in for.
const SIGNED_IN_PAGE: [Answer; 6] = [I, S, S, S, S, S];

/// An object id no one in the directory has: services must refuse by role before looking it up,
/// so a refusal here is the permission check and not a "not found".
pub const NOBODY: &str = "00000000-0000-4000-8000-00000000dead";

/// One row: the route, the request's form (server functions) or the path's parameters (pages),
/// and the answer of each role in [`ROLES`] order.
struct Row {
    method: &'static str,
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    answers: [Answer; 6],
}

const fn row(method: &'static str, path: &'static str, form: &'static [(&'static str, &'static str)], answers: [Answer; 6]) -> Row {
    Row { method, path, form, answers }
}

const TABLE: &[Row] = &[
    // Pages.
    row("GET", "/", &[], ANYONE),
    // Members who may not invite get the same form as a request for an approver.
    row("GET", "/invite", &[], with_signed_in(MEMBERS)),
    row("GET", "/invite/done", &[], with_signed_in(INVITERS_AND_HELPDESK)),
    row("GET", "/directory", &[], with_signed_in(ADMINS)),
    row("GET", "/directory/{id}", &[], with_signed_in(HELPDESK)),
    row("GET", "/directory/{id}/{action}", &[], with_signed_in(HELPDESK)),
    row("GET", "/convert", &[], with_signed_in(ADMINS)),
    row("GET", "/convert/{id}", &[], with_signed_in(ADMINS)),
    row("GET", "/audit", &[], with_signed_in(ADMINS)),
    row("GET", "/rules", &[], with_signed_in(ADMINS)),
    row("GET", "/dashboard", &[], with_signed_in(ADMINS)),
    row("GET", "/guests/deleted", &[], with_signed_in(ADMINS)),
    row("GET", "/guests/deleted/{id}", &[], with_signed_in(ADMINS)),
    row("GET", "/guests", &[], with_signed_in(HELPDESK)),
    row("GET", "/guests/{id}", &[], with_signed_in(HELPDESK)),
    row("GET", "/guests/{id}/{action}", &[], with_signed_in(HELPDESK)),
    row("GET", "/guests/selection", &[], SIGNED_IN_PAGE),
    row("GET", "/guests/selection/{id}", &[], with_signed_in(HELPDESK)),
    row("GET", "/my-guests", &[], with_signed_in(MEMBERS)),
    row("GET", "/my-guests/{id}/end", &[], with_signed_in(SPONSORS_OF_THE_ID)),
    row("GET", "/my-access", &[], SIGNED_IN_PAGE),
    // Members who may not invite upload files whose rows become requests for an approver.
    row("GET", "/bulk-invite", &[], with_signed_in(MEMBERS)),
    row("GET", "/bulk-invite/{id}", &[], with_signed_in(MEMBERS)),
    row("GET", "/bulk-invite/{id}/fix", &[], with_signed_in(MEMBERS)),
    row("GET", "/sponsors/continuity", &[], with_signed_in(ADMINS)),
    row("GET", "/reviews", &[], with_signed_in(ADMINS)),
    row("GET", "/reviews/rules", &[], with_signed_in(ADMINS)),
    row("GET", "/reviews/rules/dry-run", &[], with_signed_in(ADMINS)),
    row("GET", "/reviews/{id}", &[], with_signed_in(ADMINS)),
    row("GET", "/reviews/{id}/dry-run", &[], with_signed_in(ADMINS)),
    row("GET", "/reviews/{id}/report", &[], with_signed_in(ADMINS)),
    // Approvers are the Admins and GUESTLIST_REQUEST_APPROVERS (none here).
    row("GET", "/approvals", &[], with_signed_in(ADMINS)),
    row("GET", "/approvals/{id}", &[], with_signed_in(ADMINS)),
    row("GET", "/my-requests", &[], with_signed_in(MEMBERS)),
    row("GET", "/settings", &[], with_signed_in(ADMINS)),
    // Plain routes.
    row("GET", "/audit.csv", &[], ADMINS),
    row("GET", "/settings/export.json", &[], ADMINS),
    row("GET", "/guests/export.csv", &[], HELPDESK),
    row("POST", "/guests/selection", &[("ids", NOBODY), ("action", "resend")], HELPDESK),
    row("POST", "/bulk-invite", &[("paste", "kim@partner.example")], MEMBERS),
    row("GET", "/bulk-invite/template.csv", &[], MEMBERS),
    row("GET", "/bulk-invite/{id}/preview.csv", &[], MEMBERS),
    row("GET", "/bulk-invite/{id}/results.csv", &[], MEMBERS),
    row("GET", "/bulk-invite/{id}/events", &[], MEMBERS),
    row("GET", "/reviews/{id}/report.csv", &[], ADMINS),
    row("GET", "/auth/sign-in", &[], ANYONE),
    row("GET", "/auth/callback", &[], ANYONE),
    row("GET", "/auth/front-channel-logout", &[], ANYONE),
    row("POST", "/auth/sign-out", &[], ANYONE),
    row("POST", "/language", &[], ANYONE),
    row("GET", "/healthz", &[], ANYONE),
    row("GET", "/readyz", &[], ANYONE),
    // Loopback callers only (the suite calls from loopback) unless a token is set: tests/portal/metrics.rs.
    row("GET", "/metrics", &[], ANYONE),
    // Server functions.
    row("POST", "/api/viewer", &[], ANYONE),
    row("POST", "/api/invite/page", &[], MEMBERS),
    row("POST", "/api/invite/check", &[("email", "kim@partner.example")], MEMBERS),
    row("POST", "/api/invite/send", &[("form[email]", "{unique}@partner.example")], MEMBERS),
    row("POST", "/api/invite/again", &[("user_id", NOBODY)], INVITERS),
    row("POST", "/api/invite/retry", &[], INVITERS),
    row("POST", "/api/invite/suggest", &[("text", "ol"), ("groups_only", "false")], MEMBERS),
    row("POST", "/api/invite/outcome", &[], INVITERS_AND_HELPDESK),
    row("POST", "/api/invite/mail-link", &[], INVITERS_AND_HELPDESK),
    row("POST", "/api/directory/search", &[("q", "olivia")], ADMINS),
    row("POST", "/api/directory/person", &[("id", NOBODY)], HELPDESK),
    row("POST", "/api/directory/resend", &[("user_id", NOBODY)], HELPDESK),
    row("POST", "/api/directory/reset", &[("user_id", NOBODY), ("email", "kim@partner.example")], HELPDESK),
    row("POST", "/api/directory/user-type", &[("form[user_id]", NOBODY), ("form[target]", "Member")], ADMINS),
    row("POST", "/api/directory/e-mail", &[("user_id", NOBODY), ("email", "kim@partner.example")], ADMINS),
    row("POST", "/api/convert/page", &[("id", NOBODY)], ADMINS),
    row("POST", "/api/convert/send", &[("form[user_id]", NOBODY), ("form[email]", "kim@partner.example")], ADMINS),
    row("POST", "/api/convert/batch", &[("query", "elena")], ADMINS),
    row("POST", "/api/convert/preview", &[], ADMINS),
    row("POST", "/api/convert/run", &[], ADMINS),
    row("POST", "/api/convert/clear", &[], ADMINS),
    row("POST", "/api/audit/events", &[("filter[text]", "")], ADMINS),
    row("POST", "/api/audit/archives", &[], ADMINS),
    row("POST", "/api/rules/page", &[("q", "")], ADMINS),
    row("POST", "/api/rules/allow-group", &[("name", "Partners")], ADMINS),
    row("POST", "/api/rules/allow-app-role", &[("value", "nobody/nothing")], ADMINS),
    row("POST", "/api/rules/remove", &[("key", "grants.group.nothing")], ADMINS),
    row("POST", "/api/dashboard/page", &[], ADMINS),
    row("POST", "/api/dashboard/refresh", &[], ADMINS),
    row("POST", "/api/guests/deleted/list", &[], ADMINS),
    row("POST", "/api/guests/deleted/one", &[("id", NOBODY)], ADMINS),
    row("POST", "/api/guests/deleted/restore", &[("user_id", NOBODY)], ADMINS),
    row("POST", "/api/guests/deleted/purge", &[("user_id", NOBODY), ("confirm", "on")], ADMINS),
    row("POST", "/api/guests/list", &[("query", "")], HELPDESK),
    row("POST", "/api/guests/details", &[("id", NOBODY), ("action", ""), ("q", "")], HELPDESK),
    row("POST", "/api/guests/sign-in", &[("user_id", NOBODY), ("enabled", "false")], ADMINS),
    row("POST", "/api/guests/group", &[("user_id", NOBODY), ("group_id", NOBODY), ("change", "add")], ADMINS),
    row("POST", "/api/guests/sponsors", &[("user_id", NOBODY)], ADMINS),
    row("POST", "/api/guests/delete", &[("user_id", NOBODY), ("confirm", "on")], ADMINS),
    row("POST", "/api/guests/selection/problem", &[], SIGNED_IN_PAGE),
    row("POST", "/api/my-guests/page", &[], MEMBERS),
    row("POST", "/api/continuity/page", &[], ADMINS),
    row("POST", "/api/my-guests/one", &[("id", NOBODY)], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-guests/keep", &[("user_id", NOBODY)], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-guests/extend", &[("user_id", NOBODY), ("until", "2099-01-01")], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-guests/end", &[("user_id", NOBODY), ("confirm", "on")], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-guests/undo", &[("user_id", NOBODY)], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-guests/resend", &[("user_id", NOBODY)], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-guests/sponsor", &[("user_id", NOBODY), ("email", "kim@partner.example")], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-access/page", &[], SIGNED_IN_PAGE),
    row("POST", "/api/my-access/ask", &[("until", ""), ("reason", "")], SIGNED_IN_PAGE),
    row("POST", "/api/guests/selection/status", &[("id", NOBODY)], HELPDESK),
    row("POST", "/api/guests/selection/confirm", &[("id", NOBODY)], HELPDESK),
    row("POST", "/api/guests/selection/find-sponsors", &[("q", "a")], ADMINS),
    row("POST", "/api/guests/selection/sponsor", &[("id", NOBODY), ("sponsor", "user:00000000-0000-0000-0000-000000000000")], HELPDESK),
    row("POST", "/api/guests/selection/confirm-problem", &[("id", NOBODY)], SIGNED_IN_PAGE),
    row("POST", "/api/bulk-invite/problem", &[], MEMBERS),
    row("POST", "/api/bulk-invite/status", &[("id", NOBODY)], MEMBERS),
    row("POST", "/api/bulk-invite/drop", &[("id", NOBODY), ("number", "1"), ("dropped", "true")], MEMBERS),
    row("POST", "/api/bulk-invite/choose", &[("id", NOBODY), ("number", "1"), ("choice", "skip")], INVITERS),
    row("POST", "/api/bulk-invite/fix", &[("id", NOBODY), ("number", "1"), ("fields[email]", "kim@partner.example")], MEMBERS),
    row("POST", "/api/bulk-invite/confirm", &[("id", NOBODY)], MEMBERS),
    row("POST", "/api/bulk-invite/steer", &[("id", NOBODY), ("to", "pause")], INVITERS),
    row("POST", "/api/bulk-invite/retry", &[("id", NOBODY)], INVITERS),
    row("POST", "/api/reviews/list", &[], ADMINS),
    row("POST", "/api/reviews/start", &[("form[name]", "Security"), ("form[scope]", "domain"), ("form[value]", "nobody.example"), ("form[ends]", "2099-01-01"), ("form[unreviewed]", "no_change")], ADMINS),
    row("POST", "/api/reviews/campaign", &[("id", "1")], ADMINS),
    row("POST", "/api/reviews/remind", &[("id", "1"), ("reviewer", NOBODY)], ADMINS),
    row("POST", "/api/reviews/plan", &[("id", "1")], ADMINS),
    row("POST", "/api/reviews/apply", &[("id", "1")], ADMINS),
    row("POST", "/api/reviews/report", &[("id", "1")], ADMINS),
    row("POST", "/api/reviews/undo", &[("id", "1"), ("item", "1")], ADMINS),
    row("POST", "/api/reviews/rules", &[], ADMINS),
    row("POST", "/api/reviews/rules/plan", &[], ADMINS),
    row("POST", "/api/reviews/rules/save", &[("form[name]", "")], ADMINS),
    row("POST", "/api/reviews/rules/switch", &[("id", "999"), ("enabled", "false")], ADMINS),
    row("POST", "/api/reviews/rules/run", &[("id", "999")], ADMINS),
    row("POST", "/api/reviews/kill-switch", &[("on", "false")], ADMINS),
    row("POST", "/api/reviews/rules/undo", &[("id", "999")], ADMINS),
    row("POST", "/api/my-guests/to-review", &[], MEMBERS),
    // Only the item's reviewers: no one reviews item 999.
    row("POST", "/api/my-guests/decide", &[("item", "999"), ("decision", "keep"), ("until", ""), ("justification", "x")], SPONSORS_OF_THE_ID),
    row("POST", "/api/my-guests/dont-know", &[("item", "999")], SPONSORS_OF_THE_ID),
    row("POST", "/api/approvals/page", &[], ADMINS),
    row("POST", "/api/approvals/one", &[("id", "999999")], ADMINS),
    row("POST", "/api/approvals/approve", &[("id", "999999")], ADMINS),
    row("POST", "/api/approvals/deny", &[("id", "999999"), ("comment", "No.")], ADMINS),
    row("POST", "/api/my-requests/page", &[], MEMBERS),
    row("POST", "/api/settings/page", &[("domain", ""), ("edit", ""), ("message", "")], ADMINS),
    row("POST", "/api/settings/rule", &[("rule[domain]", "security.example")], ADMINS),
    row("POST", "/api/settings/remove-rule", &[("domain", "nothing.example")], ADMINS),
    row("POST", "/api/settings/general", &[("general[request_expiry_days]", "")], ADMINS),
    row("POST", "/api/settings/inviters", &[("inviters[who]", "variables")], ADMINS),
    row("POST", "/api/settings/message", &[("message[language]", "de-DE"), ("message[message]", "")], ADMINS),
    row("POST", "/api/settings/mail", &[("mail[smtp_url]", "")], ADMINS),
    row("POST", "/api/settings/restore", &[("id", "999999")], ADMINS),
    row("POST", "/api/settings/import", &[("json", "{}")], ADMINS),
    row("POST", "/api/settings/test-mail", &[("to", "nobody@northwind.example")], ADMINS),
];

/// A page's answers: signed-out visitors are sent to sign in, the rest as `answers`.
const fn with_signed_in(answers: [Answer; 6]) -> [Answer; 6] {
    let mut page = answers;
    page[0] = SIGNED_IN_PAGE[0];
    page
}

/// The seeded person who plays each signed-in role.
async fn upn_of(portal: &TestPortal, role: &str) -> String {
    const HELPDESK: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    let has_role = |id: &'static str| move |p: &sandbox::directory::Person| p.directory_role_template_ids.iter().any(|r| r == id);
    let person = match role {
        "guest" => portal.person(|p| p.user_principal_name.contains("#EXT#")).await,
        "member" => portal.person(|p| p.user_principal_name.starts_with("amara.")).await,
        "Helpdesk Administrator" => portal.person(has_role(HELPDESK)).await,
        "Inviter" => portal.person(|p| p.user_principal_name.starts_with("priya.")).await,
        "Admin" => portal.global_admin().await,
        other => unreachable!("no seeded person plays {other}"),
    };
    person.user_principal_name
}

/// Sends `row`'s request as whoever `browser` is signed in as; returns what they got.
async fn answer(browser: &mut Browser, base: &str, row: &Row, unique: &str) -> (Answer, String) {
    let path = row.path.replace("{id}", NOBODY).replace("{action}", "reset");
    let url = format!("{base}{path}");
    let response = if row.method == "GET" {
        browser.get(&url).await
    } else {
        let form: Vec<(String, String)> = row.form.iter().map(|(k, v)| (k.to_string(), v.replace("{unique}", unique))).collect();
        browser.post_form(&url, &form, &[("origin", base)]).await
    };
    let status = response.status();
    let to_sign_in = response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .is_some_and(|l| l.starts_with("/auth/sign-in"));
    let got = match status {
        StatusCode::UNAUTHORIZED => I,
        _ if status.is_redirection() && to_sign_in => I,
        StatusCode::FORBIDDEN => R,
        _ => S,
    };
    (got, format!("{status}"))
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_table_says() {
    let portal = sandbox_portal().await;
    let table: BTreeMap<(&str, &str), &Row> = TABLE.iter().map(|row| ((row.method, row.path), row)).collect();

    // Every route the portal serves has a row, and every row is a route it serves.
    let served = server::route_inventory();
    let missing: Vec<_> = served.iter().filter(|(m, p)| !table.contains_key(&(m.as_str(), p.as_str()))).collect();
    assert!(missing.is_empty(), "routes without a row in the security table (add what each role may do): {missing:?}");
    let stale: Vec<_> = TABLE.iter().filter(|row| !served.iter().any(|(m, p)| m == row.method && p == row.path)).map(|r| (r.method, r.path)).collect();
    assert!(stale.is_empty(), "rows for routes the portal no longer serves: {stale:?}");

    let mut wrong = Vec::new();
    for (index, role) in ROLES.iter().enumerate() {
        let mut browser = Browser::new();
        if index > 0 {
            sign_in(&mut browser, &portal, &upn_of(&portal, role).await).await;
        }
        // Sign-out last: it ends the session the other rows need.
        let (sign_out, rest): (Vec<&Row>, Vec<&Row>) = TABLE.iter().partition(|row| row.path == "/auth/sign-out");
        for row in rest.into_iter().chain(sign_out) {
            let unique = format!("security-{index}");
            let (got, status) = answer(&mut browser, &portal.base, row, &unique).await;
            if got != row.answers[index] {
                wrong.push(format!("{} {} as {role}: expected {:?}, got {got:?} ({status})", row.method, row.path, row.answers[index]));
            }
        }
    }
    assert!(wrong.is_empty(), "answers that differ from the security table:\n{}", wrong.join("\n"));
}
