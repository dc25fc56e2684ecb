//! Sign-in, sign-out and their refusals, over real HTTP against a real portal.

use crate::common::*;
use reqwest::StatusCode;
use sandbox::directory::Person;

const NOT_FINISHED: &str = "Sign-in did not finish";

async fn home(browser: &mut Browser, portal: &TestPortal) -> String {
    let response = browser.get(&format!("{}/", portal.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap()
}

/// A sandbox portal, its Global Administrator, and a fresh browser.
async fn sandbox_with_admin() -> (TestPortal, Person, Browser) {
    let portal = sandbox_portal().await;
    let admin = portal.global_admin().await;
    (portal, admin, Browser::new())
}

/// Delivers a callback the portal must refuse; returns the error page's text.
async fn refused_callback(browser: &mut Browser, callback: &url::Url) -> String {
    let response = browser.get(callback.as_str()).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body = response.text().await.unwrap();
    assert!(body.contains(NOT_FINISHED) && body.contains("Try again"), "{body}");
    body
}

fn is_signed_out_home(html: &str) -> bool {
    html.contains("href=\"/auth/sign-in\"") && !html.contains("Sign out")
}

#[tokio::test]
async fn sign_in_round_trip_shows_the_person_and_their_roles() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;

    let welcome = home(&mut browser, &portal).await;
    assert!(is_signed_out_home(&welcome), "signed-out visitors get the welcome page");
    assert!(welcome.contains("Sandbox tenant"), "sandbox mode shows its banner");

    let authorize = authorize_url(&mut browser, &portal).await;
    assert_eq!(param(&authorize, "code_challenge_method"), "S256");
    assert_eq!(param(&authorize, "response_type"), "code");
    let scope = param(&authorize, "scope");
    for wanted in ["openid", "profile", "email", "offline_access", "https://graph.microsoft.com/User.Invite.All"] {
        assert!(scope.split(' ').any(|s| s == wanted), "scope {scope:?} lacks {wanted}");
    }
    let before = browser.session_cookie().cloned().expect("the pending sign-in lives in the session");

    let callback = choose_account(&mut browser, &authorize, &grace.user_principal_name, &[]).await;
    assert!(callback.as_str().starts_with(&format!("{}/auth/callback?", portal.base)));
    let response = browser.get(callback.as_str()).await;
    assert_redirect(&response);
    assert_eq!(location(&response), "/");
    assert_ne!(browser.session_cookie(), Some(&before), "the session id changes at sign-in");

    let page = home(&mut browser, &portal).await;
    assert!(page.contains(&grace.display_name), "home names the person");
    assert!(page.contains(&grace.user_principal_name));
    // An administrator's home is the Dashboard, under their role in words.
    assert!(page.contains("You are an <strong>Administrator</strong>") && page.contains("Right now"), "{page}");
    assert!(page.contains("Sign out"));
    assert!(!page.contains("access_token") && !page.contains("eyJ"), "tokens never reach the browser");
}

#[tokio::test]
async fn a_member_without_roles_is_a_sponsor_only() {
    let portal = sandbox_portal().await;
    let member = portal
        .person(|p| p.user_type == "Member" && p.directory_role_template_ids.is_empty() && p.app_roles.is_empty())
        .await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &member.user_principal_name).await;
    let page = home(&mut browser, &portal).await;
    assert!(page.contains(&member.display_name));
    assert!(page.contains("Sponsor"));
    assert!(!page.contains("<strong>Administrator</strong>") && !page.contains("<strong>Inviter</strong>"));
}

#[tokio::test]
async fn a_sponsor_sees_how_many_guests_they_sponsor_from_graph() {
    let portal = sandbox_portal().await;
    let state = portal.sandbox.directory().read().await;
    let sponsor_of = |id: &str| state.sponsors.iter().filter(|(_, sponsor)| sponsor == id).count();
    let (sponsor, expected) = {
        let people = portal.sandbox.directory().sign_in_people().await.unwrap();
        let sponsor = people.into_iter().find(|p| p.user_type == "Member" && sponsor_of(&p.id) > 1).unwrap();
        let expected = sponsor_of(&sponsor.id);
        (sponsor, expected)
    };
    drop(state);
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &sponsor.user_principal_name).await;
    // The count comes through the signed-in person's delegated Graph token.
    assert!(home(&mut browser, &portal).await.contains(&format!("You sponsor {expected} guests:")));
}

#[tokio::test]
async fn tampered_state_is_refused() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;
    let callback = sign_in_until_callback(&mut browser, &portal, &grace.user_principal_name).await;

    let body = refused_callback(&mut browser, &with_param(&callback, "state", "forged")).await;
    assert!(body.contains("did not belong to the sign-in started in this browser"));
    assert!(is_signed_out_home(&home(&mut browser, &portal).await));
}

#[tokio::test]
async fn a_code_issued_for_another_nonce_is_refused() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;
    let authorize = authorize_url(&mut browser, &portal).await;
    // Another sign-in with the same PKCE challenge (so the exchange succeeds) but its own nonce,
    // delivered to this browser's callback: only the nonce check can catch it.
    let callback =
        choose_account(&mut browser, &authorize, &grace.user_principal_name, &[("nonce", "someone-elses-nonce")]).await;

    let body = refused_callback(&mut browser, &callback).await;
    assert!(body.contains("ID token could not be verified"), "{body}");
    assert!(body.to_lowercase().contains("nonce"), "{body}");
    assert!(is_signed_out_home(&home(&mut browser, &portal).await));
}

#[tokio::test]
async fn an_id_token_signed_with_another_key_is_refused() {
    let portal = portal_with_issuer(Issuer::WithOtherKeys, None).await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    let callback = sign_in_until_callback(&mut browser, &portal, &grace.user_principal_name).await;

    let body = refused_callback(&mut browser, &callback).await;
    assert!(body.contains("ID token could not be verified"), "{body}");
    assert!(is_signed_out_home(&home(&mut browser, &portal).await));
}

#[tokio::test]
async fn a_real_tenant_portal_signs_in_against_its_issuer() {
    let portal = portal_with_issuer(Issuer::Honest, None).await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    let page = home(&mut browser, &portal).await;
    assert!(page.contains(&grace.display_name));
    assert!(!page.contains("Sandbox tenant"), "a real tenant has no sandbox banner");
    let sandbox_route = browser.get(&format!("{}/_sandbox/tenant.json", portal.base)).await;
    assert_ne!(sandbox_route.status(), StatusCode::OK, "a real-tenant portal does not serve the sandbox");
}

#[tokio::test]
async fn an_expired_code_is_refused() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;
    let callback = sign_in_until_callback(&mut browser, &portal, &grace.user_principal_name).await;
    // Codes live 10 minutes; a day later it is long gone.
    portal.sandbox.directory().advance_clock(1).await.unwrap();

    assert!(refused_callback(&mut browser, &callback).await.contains("sign-in code could not be exchanged"));
    assert!(is_signed_out_home(&home(&mut browser, &portal).await));
}

#[tokio::test]
async fn a_replayed_code_is_refused() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;
    let callback = sign_in(&mut browser, &portal, &grace.user_principal_name).await;

    // The same answer again in the same browser: that sign-in is over.
    assert!(refused_callback(&mut browser, &callback).await.contains("no sign-in was in progress"));

    // The used code in another browser with a sign-in of its own: the issuer refuses it.
    let mut other = Browser::new();
    let authorize = authorize_url(&mut other, &portal).await;
    let replay = with_param(&callback, "state", &param(&authorize, "state"));
    assert!(refused_callback(&mut other, &replay).await.contains("sign-in code could not be exchanged"));
    assert!(is_signed_out_home(&home(&mut other, &portal).await));
}

#[tokio::test]
async fn sign_out_ends_the_session_and_the_issuer_returns_home() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;

    let response = browser
        .post_form(&format!("{}/auth/sign-out", portal.base), &[], &[("origin", &portal.base), ("sec-fetch-site", "same-origin")])
        .await;
    assert_redirect(&response);
    let logout = url::Url::parse(&location(&response)).unwrap();
    assert!(logout.path().ends_with("/oauth2/v2.0/logout"));
    assert_eq!(param(&logout, "post_logout_redirect_uri"), format!("{}/", portal.base));

    // The issuer signs the portal out in a hidden frame (front-channel logout), then returns home.
    let back = browser.get(logout.as_str()).await;
    assert_eq!(back.status(), StatusCode::OK);
    assert!(back.text().await.unwrap().contains(&format!("url={}/", portal.base)));
    assert!(is_signed_out_home(&home(&mut browser, &portal).await));
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    let sign_out = format!("{}/auth/sign-out", portal.base);

    for headers in [
        vec![("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")],
        vec![("sec-fetch-site", "same-site"), ("origin", "http://evil.127.0.0.1.nip.io")],
        vec![("origin", "https://evil.example")],
        vec![("origin", "null")],
    ] {
        let response = browser.post_form(&sign_out, &[], &headers).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
        assert!(response.text().await.unwrap().contains("came from another website"));
    }
    let page = home(&mut browser, &portal).await;
    assert!(page.contains(&grace.display_name), "still signed in after the refused requests");

    // Entra's own cross-site endpoint stays reachable from anywhere.
    let token = format!("{}/_sandbox/{}/oauth2/v2.0/token", portal.base, portal.sandbox.directory().tenant().id);
    let response = browser.post_form(&token, &[], &[("sec-fetch-site", "cross-site"), ("origin", "https://spa.example")]).await;
    assert_ne!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn session_cookie_is_http_only_and_lax() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    authorize_url(&mut browser, &portal).await;
    let cookie = browser.set_cookies.iter().find(|c| c.starts_with("guestlist_session=")).expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http cannot use Secure cookies: {cookie}");
}

#[tokio::test]
async fn session_cookie_is_secure_behind_https() {
    let portal = portal_with_issuer(Issuer::Honest, Some("https://guests.example.com")).await;
    let mut browser = Browser::new();
    authorize_url(&mut browser, &portal).await;
    let cookie = browser.set_cookies.iter().find(|c| c.starts_with("guestlist_session=")).expect("a session cookie");
    assert!(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
}

#[tokio::test]
async fn signed_out_visitors_to_a_protected_page_go_to_sign_in_and_come_back() {
    let (portal, grace, mut browser) = sandbox_with_admin().await;

    let response = browser.get(&format!("{}/guests?page=2", portal.base)).await;
    assert_redirect(&response);
    assert_eq!(location(&response), "/auth/sign-in?return_to=%2Fguests%3Fpage%3D2");

    let response = browser.get(&format!("{}{}", portal.base, location(&response))).await;
    assert_redirect(&response);
    let authorize = url::Url::parse(&location(&response)).unwrap();
    let callback = choose_account(&mut browser, &authorize, &grace.user_principal_name, &[]).await;
    let response = browser.get(callback.as_str()).await;
    assert_eq!(location(&response), "/guests?page=2");
}
