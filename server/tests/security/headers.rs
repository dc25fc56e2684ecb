//! Security headers on every page, and no script the Content Security Policy would not run.

use reqwest::StatusCode;

use crate::common::*;
use crate::access::NOBODY;

/// The `nonce-…` of a Content Security Policy.
fn nonce_of(csp: &str) -> String {
    let start = csp.find("'nonce-").expect("the policy has a nonce") + "'nonce-".len();
    csp[start..].split('\'').next().unwrap().to_owned()
}

#[tokio::test]
async fn every_page_has_the_security_headers_and_only_nonced_or_same_origin_scripts() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &portal.global_admin().await.user_principal_name).await;
    let pages: Vec<String> = server::route_inventory()
        .into_iter()
        .filter(|(method, path)| method == "GET" && !path.starts_with("/auth/"))
        .map(|(_, path)| path.replace("{id}", NOBODY).replace("{action}", "reset"))
        .chain(["/no-such-page".to_owned()])
        .collect();
    let mut nonces = Vec::new();
    for path in &pages {
        let response = browser.get(&format!("{}{path}", portal.base)).await;
        let headers = response.headers().clone();
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
        assert_eq!(header("cache-control"), "no-store", "{path}");
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        if !header("content-type").starts_with("text/html") {
            continue;
        }
        let nonce = nonce_of(&csp);
        let html = response.text().await.unwrap();
        for script in html.split("<script").skip(1) {
            let tag = script.split('>').next().unwrap();
            let nonced = tag.contains(&format!("nonce=\"{nonce}\""));
            let same_origin_file = tag.contains("src=\"/");
            assert!(nonced || same_origin_file, "{path}: a script the policy blocks: <script{tag}>");
        }
        assert!(!html.contains(" onclick=") && !html.contains(" onload="), "{path}: inline event handlers");
        nonces.push(nonce);
    }
    nonces.sort();
    nonces.dedup();
    assert!(nonces.len() > 5, "each response has its own nonce");
}

#[tokio::test]
async fn sign_in_answers_and_errors_have_them_too() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    let response = browser.get(&format!("{}/auth/callback?state=x&code=y", portal.base)).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(response.headers()["x-frame-options"], "DENY");
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(response.headers()["content-security-policy"].to_str().unwrap().contains("script-src 'self' 'nonce-"));
}

#[tokio::test]
async fn hsts_is_sent_when_the_portal_is_served_over_https() {
    let portal = portal_with_issuer(Issuer::Honest, Some("https://guestlist.example")).await;
    let response = Browser::new().get(&format!("{}/", portal.base)).await;
    assert_eq!(response.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
    let plain = sandbox_portal().await;
    assert!(!Browser::new().get(&format!("{}/", plain.base)).await.headers().contains_key("strict-transport-security"));
}
