//! Hostile text in every field that reaches an OData filter, a `$search`, SQL, a mail header or a
//! CSV cell, and script in names and messages shown back in pages.

use reqwest::StatusCode;

use crate::call;
use crate::common::*;

/// Text that breaks out of quotes, wildcards or lines where it is not escaped.
const HOSTILE: &[&str] = &[
    "o'brien",
    "' or 1 eq 1 or displayName eq '",
    "\" OR \"a\"=\"a",
    "%",
    "_",
    "#EXT#",
    "'; DROP TABLE audit; --",
    "Zoë Ångström 山田",
    "line\r\nbreak",
    "tab\there",
    "nul\u{0}byte",
    "\\'",
    "a&b=c",
];

async fn admin(portal: &TestPortal) -> Browser {
    let mut browser = Browser::new();
    sign_in(&mut browser, portal, &portal.global_admin().await.user_principal_name).await;
    browser
}

#[tokio::test]
async fn hostile_text_reaches_graph_filters_and_searches_as_plain_text() {
    let portal = sandbox_portal().await;
    let mut browser = admin(&portal).await;
    for text in HOSTILE {
        // Directory search: `$search` and `$filter` on Graph.
        let (status, body) = call(&mut browser, &portal, "directory/search", &[("q", text)]).await;
        assert_eq!(status, StatusCode::OK, "directory search for {text:?}: {body}");
        // Suggestions for sponsors and groups: `startswith` filters.
        let (status, body) = call(&mut browser, &portal, "invite/suggest", &[("text", text), ("groups_only", "false")]).await;
        assert_eq!(status, StatusCode::OK, "suggestions for {text:?}: {body}");
        assert_eq!(body, "[]", "a filter escaped from its quotes matched people for {text:?}");
        // The checks of an address look it up by mail and UPN.
        let address = format!("{}@partner.example", text.replace(['\r', '\n', '\t', '\0', ' '], ""));
        let (status, body) = call(&mut browser, &portal, "invite/check", &[("email", &address)]).await;
        assert_eq!(status, StatusCode::OK, "checking {address:?}: {body}");
        assert!(!body.contains("request-id") && !body.contains("Microsoft said"), "Graph refused the lookup of {address:?}: {body}");
    }
    // The tautology did not widen the search to everyone.
    let (_, body) = call(&mut browser, &portal, "directory/search", &[("q", "' or 1 eq 1 or displayName eq '")]).await;
    assert!(!body.contains("Grace") && !body.contains("Olivia"), "{body}");
}

#[tokio::test]
async fn audit_search_takes_quotes_and_wildcards_literally() {
    let portal = sandbox_portal().await;
    let mut browser = admin(&portal).await;
    // One event whose target holds the wildcards and a quote.
    let (status, _) = call(&mut browser, &portal, "invite/send", &[("form[email]", "o'hara_100%@partner.example")]).await;
    assert_eq!(status, StatusCode::OK);
    for (text, matches) in [("o'hara_100%", 1), ("_100%", 1), ("%", 1), ("_", 1), ("o'hara", 1), ("'; DROP TABLE audit; --", 0), ("\" OR \"a\"=\"a", 0)] {
        let (status, body) = call(&mut browser, &portal, "audit/events", &[("filter[text]", text)]).await;
        assert_eq!(status, StatusCode::OK, "{text:?}: {body}");
        let events: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
        assert_eq!(events.len(), matches, "audit search for {text:?}: {body}");
    }
    // The trail is still there after the "DROP TABLE".
    let (_, body) = call(&mut browser, &portal, "audit/events", &[("filter[text]", "")]).await;
    assert_eq!(serde_json::from_str::<Vec<serde_json::Value>>(&body).unwrap().len(), 1);
}

#[tokio::test]
async fn a_line_break_cannot_add_a_mail_header() {
    let portal = sandbox_portal().await;
    let mut browser = admin(&portal).await;
    for cc in ["me@northwind.example\r\nBcc: spy@evil.example", "me@northwind.example\nBcc: spy@evil.example", "me@northwind.example,spy@evil.example"] {
        let (status, body) = call(&mut browser, &portal, "invite/send", &[("form[email]", "crlf@partner.example"), ("form[cc]", cc)]).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let state = portal.sandbox.directory().read().await;
        assert!(!state.users.values().any(|u| u.mail.as_deref() == Some("crlf@partner.example")), "sent with cc {cc:?}");
        assert!(!state.mail.iter().any(|m| format!("{m:?}").contains("spy@evil.example")), "a mail went to the injected address");
    }
}

#[tokio::test]
async fn csv_cells_that_start_like_formulas_are_neutralised_in_the_export() {
    let portal = sandbox_portal().await;
    let mut browser = admin(&portal).await;
    for address in ["=1+2@partner.example", "+sum@partner.example", "-cmd@partner.example", "@at@partner.example"] {
        call(&mut browser, &portal, "invite/send", &[("form[email]", address)]).await;
    }
    let response = browser.get(&format!("{}/audit.csv", portal.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let csv = response.text().await.unwrap();
    for line in csv.lines().skip(1) {
        for cell in line.split("\",\"") {
            let cell = cell.trim_matches('"');
            assert!(!cell.starts_with(['=', '+', '-', '@']), "a formula cell in {line}");
        }
    }
    assert!(csv.contains("'=1+2@partner.example"), "{csv}");
}

#[tokio::test]
async fn script_in_names_and_messages_is_shown_as_text() {
    let portal = sandbox_portal().await;
    let mut browser = admin(&portal).await;
    let name = "</title><script>alert(1)</script><img src=x onerror=alert(2)>";
    let (status, body) = call(
        &mut browser,
        &portal,
        "invite/send",
        &[
            ("form[email]", "xss@partner.example"),
            ("form[redirect_url]", "https://myapps.microsoft.com/"),
            ("form[display_name]", name),
            ("form[message]", name),
            ("form[company]", name),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let id = {
        let state = portal.sandbox.directory().read().await;
        let invited = state.users.values().find(|u| u.mail.as_deref() == Some("xss@partner.example"));
        invited.unwrap_or_else(|| panic!("not invited: {body}")).id.clone()
    };
    for page in [format!("/directory/{id}"), "/directory?q=xss".into(), "/audit".into(), "/invite/done".into()] {
        let response = browser.get(&format!("{}{page}", portal.base)).await;
        let html = response.text().await.unwrap();
        assert!(!html.contains("<script>alert(1)") && !html.contains("<img src=x"), "{page} renders the name as markup");
    }
    assert!(
        browser.get(&format!("{}/directory/{id}", portal.base)).await.text().await.unwrap().contains("&lt;script&gt;alert(1)"),
        "the name is shown, escaped"
    );
}
