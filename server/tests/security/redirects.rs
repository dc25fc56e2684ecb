//! No way out of the portal: `return_to` after sign-in, and the page guests are sent to after
//! accepting an invitation.

use crate::common::*;

/// `return_to` values that try to leave the portal, raw (they are URL-encoded when sent).
const RETURN_TO: &[&str] = &[
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example",
    "/\u{a0}/evil.example",
    "/\u{3000}/evil.example",
    "/..//evil.example",
    "/./..//evil.example",
    "/.%2e//evil.example",
    "/%2e%2e//evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https:evil.example",
    "https:/evil.example",
    "@evil.example",
    "evil.example",
    "%2F%2Fevil.example",
];

/// After signing in with `return_to`, where the browser is sent.
async fn after_sign_in(portal: &TestPortal, upn: &str, return_to: &str) -> String {
    let mut browser = Browser::new();
    let query = serde_urlencoded::to_string([("return_to", return_to)]).unwrap();
    let response = browser.get(&format!("{}/auth/sign-in?{query}", portal.base)).await;
    assert_redirect(&response);
    let authorize = url::Url::parse(&location(&response)).unwrap();
    let callback = choose_account(&mut browser, &authorize, upn, &[]).await;
    let response = browser.get(callback.as_str()).await;
    assert_redirect(&response);
    location(&response)
}

#[tokio::test]
async fn return_to_never_leaves_the_portal() {
    let portal = sandbox_portal().await;
    let upn = portal.global_admin().await.user_principal_name;
    let base = url::Url::parse(&portal.base).unwrap();
    for return_to in RETURN_TO {
        let to = after_sign_in(&portal, &upn, return_to).await;
        // As a browser resolves the Location header.
        let resolved = base.join(&to).unwrap_or_else(|e| panic!("{return_to:?} → {to:?}: {e}"));
        assert_eq!(resolved.origin(), base.origin(), "{return_to:?} sent the browser to {to:?}");
        assert!(!to.starts_with("//") && !to.contains('\\'), "{return_to:?} → {to:?}");
    }
    // A path of the portal is kept, query and all.
    assert_eq!(after_sign_in(&portal, &upn, "/directory?q=olivia").await, "/directory?q=olivia");
}

/// Redirect URLs for the invitation against the allowed prefix `https://intranet.example/partners`.
const OUTSIDE: &[&str] = &[
    "https://intranet.example.evil.example/partners/",
    "https://intranet.example@evil.example/partners/",
    "https://evil.example/https://intranet.example/partners/",
    "https://evil.example\\@intranet.example/partners/",
    "https://evil.example/?https://intranet.example/partners",
    "http://intranet.example/partners/",
    "https://intranet.example:8443/partners/",
    "https://intranet.example/partners-evil/",
    "https://intranet.example/partnersevil",
    "https://intranet.example/partners/../admin",
    "https://intranet.example/partners/%2e%2e/admin",
    "https://intranet.example/admin",
    "javascript:alert(1)//https://intranet.example/partners/",
    "data:text/html,https://intranet.example/partners/",
    "//intranet.example/partners/",
];

#[tokio::test]
async fn invitations_send_guests_only_to_allowed_pages() {
    let portal = portal_with(&[
        ("GUESTLIST_INVITE_REDIRECT_URL", "https://intranet.example/partners/welcome"),
        ("GUESTLIST_INVITE_REDIRECT_PREFIXES", "https://intranet.example/partners"),
    ])
    .await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &portal.global_admin().await.user_principal_name).await;
    for (n, redirect) in OUTSIDE.iter().enumerate() {
        let address = format!("redirect-{n}@partner.example");
        let answer = send_invite(&mut browser, &portal, &address, redirect).await;
        assert!(answer.contains(r#"{"field":"RedirectUrl""#), "{redirect}: {answer}");
        let state = portal.sandbox.directory().read().await;
        assert!(!state.users.values().any(|u| u.mail.as_deref() == Some(address.as_str())), "{redirect} was accepted");
    }
    let answer = send_invite(&mut browser, &portal, "redirect-ok@partner.example", "https://intranet.example/partners/welcome").await;
    assert!(!answer.contains("RedirectUrl"), "{answer}");
}

/// The answer of the Invite form's server function for `address` with this redirect URL.
async fn send_invite(browser: &mut Browser, portal: &TestPortal, address: &str, redirect: &str) -> String {
    let form = [("form[email]".to_owned(), address.to_owned()), ("form[redirect_url]".to_owned(), redirect.to_owned())];
    let response = browser.post_form(&format!("{}/api/invite/send", portal.base), &form, &[("origin", portal.base.as_str())]).await;
    response.text().await.unwrap()
}
