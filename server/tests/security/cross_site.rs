//! Cross-site requests are refused on every state-changing route, whoever's cookie they carry.

use reqwest::StatusCode;

use crate::common::*;

/// How a forged request can present itself: (`Sec-Fetch-Site`, `Origin`).
const FORGERIES: &[(Option<&str>, Option<&str>)] = &[
    (Some("cross-site"), Some("https://evil.example")),
    (Some("cross-site"), None),
    // A sibling subdomain is same-site, not same-origin.
    (Some("same-site"), Some("https://sub.portal.example")),
    (None, Some("https://evil.example")),
    (None, Some("null")),
    // The portal's origin with another port or scheme is another origin.
    (None, Some("http://127.0.0.1:1")),
];

#[tokio::test]
async fn forged_requests_are_refused_on_every_state_changing_route() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &portal.global_admin().await.user_principal_name).await;
    let state_changing: Vec<String> =
        server::route_inventory().into_iter().filter(|(method, _)| method != "GET").map(|(_, path)| path).collect();
    assert!(state_changing.len() > 10, "the server functions are listed: {state_changing:?}");

    for path in &state_changing {
        for (site, origin) in FORGERIES {
            let mut headers = Vec::new();
            headers.extend(site.map(|s| ("sec-fetch-site", s)));
            headers.extend(origin.map(|o| ("origin", o)));
            let response = browser.post_form(&format!("{}{path}", portal.base), &[], &headers).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path} with {headers:?}");
            assert!(response.text().await.unwrap().contains("came from another website"));
        }
    }
    // Still signed in: none of the forged sign-outs took effect.
    let (status, _) = (browser.get(&format!("{}/audit", portal.base)).await.status(), ());
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_server_function_does_not_act_on_a_get() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &portal.global_admin().await.user_principal_name).await;
    let address = "get-forgery@partner.example";
    let url = format!("{}/api/invite/send?form%5Bemail%5D={address}", portal.base);
    let response = browser.get(&url).await;
    assert!(!response.status().is_success(), "GET to a POST server function answered {}", response.status());
    let state = portal.sandbox.directory().read().await;
    assert!(!state.users.values().any(|u| u.mail.as_deref() == Some(address)), "nobody was invited by a GET");
}
