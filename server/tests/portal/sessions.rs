//! Sessions after sign-in: a new id at sign-in, ended on the server by sign-out, by age, by the
//! directory (a disabled or demoted account) and by the identity provider (front-channel logout);
//! their data sealed in the database.

use std::time::Duration;

use crate::common::*;
use reqwest::StatusCode;

async fn home(browser: &mut Browser, portal: &TestPortal) -> String {
    let response = browser.get(&format!("{}/", portal.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap()
}

fn is_signed_in_as(html: &str, name: &str) -> bool {
    html.contains(name) && html.contains("Sign out")
}

/// Another browser holding only `cookie` as its session cookie (an attacker's copy, another tab).
fn browser_with(cookie: &str) -> Browser {
    let mut browser = Browser::new();
    browser.set_session_cookie(cookie);
    browser
}

/// The sessions' rows as the database holds them, as text.
async fn raw_sessions(portal: &TestPortal) -> Vec<String> {
    let db = services::Db::connect(&portal.database_url).await.unwrap();
    let rows: Vec<Vec<u8>> = match &db {
        services::Db::Sqlite(pool) => sqlx::query_scalar("SELECT data FROM tower_sessions").fetch_all(pool).await.unwrap(),
        services::Db::Postgres(pool) => sqlx::query_scalar("SELECT data FROM tower_sessions.session").fetch_all(pool).await.unwrap(),
    };
    rows.into_iter().map(|row| String::from_utf8_lossy(&row).into_owned()).collect()
}

/// The identity provider's `sid` of each portal session, as the portal noted them.
async fn sids(portal: &TestPortal) -> Vec<String> {
    let db = services::Db::connect(&portal.database_url).await.unwrap();
    match &db {
        services::Db::Sqlite(pool) => sqlx::query_scalar("SELECT sid FROM session_sids").fetch_all(pool).await.unwrap(),
        services::Db::Postgres(pool) => sqlx::query_scalar("SELECT sid FROM session_sids").fetch_all(pool).await.unwrap(),
    }
}

async fn sign_out(browser: &mut Browser, portal: &TestPortal) -> url::Url {
    let response = browser
        .post_form(&format!("{}/auth/sign-out", portal.base), &[], &[("origin", &portal.base), ("sec-fetch-site", "same-origin")])
        .await;
    assert_redirect(&response);
    url::Url::parse(&location(&response)).unwrap()
}

#[tokio::test]
async fn a_session_id_planted_before_sign_in_is_worthless_after() {
    let portal = sandbox_portal().await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    let callback = sign_in_until_callback(&mut browser, &portal, &grace.user_principal_name).await;
    // The id an attacker could have planted, or read, before sign-in.
    let planted = browser.session_cookie().cloned().unwrap();
    let response = browser.get(callback.as_str()).await;
    assert_redirect(&response);
    assert_ne!(browser.session_cookie(), Some(&planted), "sign-in gives the session a new id");
    assert!(is_signed_in_as(&home(&mut browser, &portal).await, &grace.display_name));
    assert!(!is_signed_in_as(&home(&mut browser_with(&planted), &portal).await, &grace.display_name));
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let portal = sandbox_portal().await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    let cookie = browser.session_cookie().cloned().unwrap();
    sign_out(&mut browser, &portal).await;
    // A copy of the old cookie, kept by a browser that ignored the sign-out, no longer works.
    let mut copy = browser_with(&cookie);
    assert!(!is_signed_in_as(&home(&mut copy, &portal).await, &grace.display_name));
    let response = copy.get(&format!("{}/guests", portal.base)).await;
    assert_eq!(location(&response), "/auth/sign-in?return_to=%2Fguests");
}

#[tokio::test]
async fn a_session_ends_at_its_maximum_age_even_when_in_use() {
    let portal = sandbox_portal_with(|config| config.sessions.max_age = Duration::from_secs(3)).await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    for _ in 0..2 {
        tokio::time::sleep(Duration::from_millis(1000)).await;
        assert!(is_signed_in_as(&home(&mut browser, &portal).await, &grace.display_name), "in use, not idle");
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!is_signed_in_as(&home(&mut browser, &portal).await, &grace.display_name), "3 s after sign-in it is over");
    let response = browser.get(&format!("{}/guests", portal.base)).await;
    assert_eq!(location(&response), "/auth/sign-in?return_to=%2Fguests");
}

#[tokio::test]
async fn a_disabled_account_loses_its_session_at_the_next_check() {
    let portal = sandbox_portal_with(|config| config.sessions.recheck_every = Duration::from_secs(1)).await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    {
        let mut directory = portal.sandbox.directory().write().await;
        let mut user = directory.state().users[&grace.id].clone();
        user.account_enabled = false;
        directory.put_user(user).await.unwrap();
    }
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let response = browser.get(&format!("{}/guests", portal.base)).await;
    assert_eq!(location(&response), "/auth/sign-in?return_to=%2Fguests");
    assert!(!is_signed_in_as(&home(&mut browser, &portal).await, &grace.display_name));
}

#[tokio::test]
async fn roles_changed_in_the_directory_change_the_session() {
    let portal = sandbox_portal_with(|config| config.sessions.recheck_every = Duration::from_secs(1)).await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    assert!(home(&mut browser, &portal).await.contains("<strong>Administrator</strong>"));
    {
        let mut directory = portal.sandbox.directory().write().await;
        let mut user = directory.state().users[&grace.id].clone();
        user.directory_role_template_ids.clear();
        directory.put_user(user).await.unwrap();
    }
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let page = home(&mut browser, &portal).await;
    assert!(is_signed_in_as(&page, &grace.display_name), "still signed in");
    assert!(!page.contains("<strong>Administrator</strong>"), "no longer an Administrator");
    assert!(page.contains("Sponsor"), "still a member");
}

#[tokio::test]
async fn a_graph_hiccup_does_not_end_sessions() {
    let portal = sandbox_portal_with(|config| config.sessions.recheck_every = Duration::from_secs(1)).await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    // Graph fails the check and the client's retries of it.
    let plan = sandbox::graph::FaultPlan { status: Some(503), retry_after: Some(0), delay_ms: None, count: 5, ..Default::default() };
    portal.sandbox.faults().inject(plan).unwrap();
    assert!(is_signed_in_as(&home(&mut browser, &portal).await, &grace.display_name));
    assert!(portal.sandbox.faults().pending().is_none(), "the check did reach Graph");
}

#[tokio::test]
async fn front_channel_logout_ends_the_sessions_of_its_sid_without_the_cookie() {
    let portal = sandbox_portal().await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    let sid = sids(&portal).await.pop().expect("the sign-in's sid is noted");
    let issuer = portal.sandbox.issuer().issuer_url();

    // Another issuer's logout is ignored.
    let mut frame = Browser::new();
    let url = |iss: &str| {
        let query = serde_urlencoded::to_string([("iss", iss), ("sid", sid.as_str())]).unwrap();
        format!("{}/auth/front-channel-logout?{query}", portal.base)
    };
    assert_eq!(frame.get(&url("https://login.example/other/v2.0")).await.status(), StatusCode::OK);
    assert!(is_signed_in_as(&home(&mut browser, &portal).await, &grace.display_name));

    // The hidden frame carries no cookie.
    let response = frame.get(&url(&issuer)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(!is_signed_in_as(&home(&mut browser, &portal).await, &grace.display_name));
    assert!(sids(&portal).await.is_empty());
}

#[tokio::test]
async fn signing_out_at_the_issuer_frames_the_portals_front_channel_logout() {
    let portal = sandbox_portal().await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    let sid = sids(&portal).await.pop().unwrap();
    let logout = sign_out(&mut browser, &portal).await;
    let page = browser.get(logout.as_str()).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = unescape(&page.text().await.unwrap());
    let query = serde_urlencoded::to_string([("iss", portal.sandbox.issuer().issuer_url()), ("sid", sid)]).unwrap();
    assert!(html.contains(&format!("<iframe hidden title=\"Signing out of the app\" src=\"{}/auth/front-channel-logout?{query}\"", portal.base)), "{html}");
    assert!(html.contains(&format!("content=\"1;url={}/\"", portal.base)), "then back to the portal: {html}");
}

#[tokio::test]
async fn session_data_is_sealed_in_the_database() {
    let portal = sandbox_portal().await;
    let grace = portal.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, &grace.user_principal_name).await;
    let rows = raw_sessions(&portal).await;
    assert!(!rows.is_empty());
    for row in rows {
        for secret in ["access_token", "refresh_token", "graph_token", grace.user_principal_name.as_str(), grace.display_name.as_str()] {
            assert!(!row.contains(secret), "{secret} in a session row");
        }
        // A JWT (`eyJ…` header, a dot, `eyJ…` claims); sealed text is base64, which has no dots.
        assert!(!row.contains('.') || !row.contains("eyJ"), "a token in a session row");
    }
}

#[tokio::test]
async fn a_session_sealed_with_another_key_is_no_session() {
    let data = TempDir::new("shared-db");
    let database = format!("sqlite://{}/guestlist.db", data.path().display());
    std::fs::create_dir_all(data.path()).unwrap();
    let first = sandbox_portal_with(|config| {
        config.database_url = database.clone();
        config.sessions.key = Some([1; 32]);
    })
    .await;
    let grace = first.global_admin().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &first, &grace.user_principal_name).await;
    let cookie = browser.session_cookie().cloned().unwrap();

    // The same database and cookie, another key (a key rotated, or a row written by someone else).
    let second = sandbox_portal_with(|config| {
        config.database_url = database.clone();
        config.sessions.key = Some([2; 32]);
    })
    .await;
    let mut copy = browser_with(&cookie);
    assert!(!is_signed_in_as(&home(&mut copy, &second).await, &grace.display_name), "no session, and no crash");
    assert!(is_signed_in_as(&home(&mut browser, &first).await, &grace.display_name));
}

/// The delegated token the session of `browser` holds, opened with the portal's session `key`.
async fn session_token(portal: &TestPortal, browser: &Browser, key: [u8; 32]) -> graph::DelegatedToken {
    use tower_sessions::SessionStore as _;
    let db = services::Db::connect(&portal.database_url).await.unwrap();
    let store = server::sessions::SealedStore::open(&db, key).await.unwrap();
    let id = browser.session_cookie().unwrap().parse().unwrap();
    let record = store.load(&id).await.unwrap().expect("the session opens with its key");
    serde_json::from_value(record.data[app::server::keys::GRAPH_TOKEN].clone()).unwrap()
}

#[tokio::test]
async fn only_delegated_mode_keeps_a_refresh_token() {
    for (mode, kept) in [("delegated", true), ("application", false)] {
        let settings = services::settings::InviteSettings::from_vars(|name| (name == "GUESTLIST_INVITE_CREDENTIAL").then(|| mode.to_owned())).unwrap();
        let portal = sandbox_portal_with(|config| {
            config.invite = settings;
            config.sessions.key = Some([3; 32]);
        })
        .await;
        let grace = portal.global_admin().await;
        let mut browser = Browser::new();
        sign_in(&mut browser, &portal, &grace.user_principal_name).await;
        let token = session_token(&portal, &browser, [3; 32]).await;
        assert_eq!(token.refresh_token.is_some(), kept, "{mode}");
        assert!(!token.access_token.is_empty());
    }
}
