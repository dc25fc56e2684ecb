//! The language of each answer, over real HTTP: the browser's (`Accept-Language`), the account's
//! (the ID token's `xms_pl`, which beats the browser) and the person's own choice in the header's
//! menu (`POST /language`, a cookie, which beats both); and mail written in the language its
//! recipient reads Guestlist in, through the sandbox's real SMTP receiver.

use i18n::Locale;
use reqwest::StatusCode;

use crate::common::*;

const HANNAH: &str = "hannah.schmidt@northwind.example";
const KENJI: &str = "kenji.watanabe@northwind.example";
const GRACE: &str = "grace.okafor@northwind.example";
const MATEO: &str = "mateo.rossi@northwind.example";

/// `GET path` with these cookies and this `Accept-Language`; the answer's `Content-Language`.
async fn content_language(portal: &TestPortal, path: &str, cookie: &str, accept_language: Option<&str>) -> String {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut request = http.get(format!("{}{path}", portal.base)).header("accept", "text/html").header("cookie", cookie);
    if let Some(languages) = accept_language {
        request = request.header("accept-language", languages);
    }
    let response = request.send().await.unwrap();
    assert!(response.status().is_success() || response.status().is_redirection(), "{path}: {}", response.status());
    let vary: Vec<_> = response.headers().get_all("vary").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    if response.headers().get("content-type").is_some_and(|t| t.to_str().unwrap().starts_with("text/html")) {
        assert!(vary.iter().any(|v| v.contains("Accept-Language, Cookie")), "{vary:?}");
    }
    response.headers().get("content-language").expect("Content-Language").to_str().unwrap().to_owned()
}

/// `POST /language` from one of the portal's pages.
async fn choose(browser: &mut Browser, portal: &TestPortal, language: &str, back: &str) -> reqwest::Response {
    let form = [("language".to_owned(), language.to_owned()), ("back".to_owned(), back.to_owned())];
    browser.post_form(&format!("{}/language", portal.base), &form, &[("origin", &portal.base), ("sec-fetch-site", "same-origin")]).await
}

#[tokio::test]
async fn the_browser_language_is_spoken_unless_a_choice_beats_it() {
    let portal = sandbox_portal().await;
    assert_eq!(content_language(&portal, "/", "", None).await, "en");
    assert_eq!(content_language(&portal, "/", "", Some("de-DE,de;q=0.9,en;q=0.5")).await, "de");
    assert_eq!(content_language(&portal, "/", "", Some("pt-BR, ar;q=0.4")).await, "ar");
    assert_eq!(content_language(&portal, "/", "guestlist-language=es", Some("de")).await, "es");
    // A cookie naming a language Guestlist does not speak counts as no choice.
    assert_eq!(content_language(&portal, "/", "guestlist-language=xx", Some("fr")).await, "fr");
    // Plain routes (sign-in's answers) too.
    assert_eq!(content_language(&portal, "/auth/sign-in", "", Some("fr")).await, "fr");
}

#[tokio::test]
async fn the_account_language_beats_the_browser_but_not_the_choice() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, HANNAH).await;
    let session = format!("guestlist_session={}", browser.session_cookie().expect("a session"));
    // Hannah's account prefers German (`preferredLanguage` de-DE, the ID token's `xms_pl`).
    assert_eq!(content_language(&portal, "/", &session, Some("fr")).await, "de");
    assert_eq!(content_language(&portal, "/", &format!("{session}; guestlist-language=es"), Some("fr")).await, "es");
    // Remembered at sign-in for the mail Guestlist writes to her.
    let hannah = portal.sandbox.directory().person_by_upn(HANNAH).await.unwrap().unwrap().id;
    assert_eq!(services::languages::of(&portal.ctx.db, &hannah).await.unwrap(), Some(Locale::De));

    // Kenji's account prefers English: his browser's German does not count, his choice does.
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, KENJI).await;
    let session = format!("guestlist_session={}", browser.session_cookie().expect("a session"));
    assert_eq!(content_language(&portal, "/", &session, Some("de")).await, "en");
    let response = choose(&mut browser, &portal, "fr", "/my-guests").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/my-guests");
    let response = browser.get(&format!("{}/", portal.base)).await;
    assert_eq!(response.headers()["content-language"], "fr");
    let kenji = portal.sandbox.directory().person_by_upn(KENJI).await.unwrap().unwrap().id;
    assert_eq!(services::languages::of(&portal.ctx.db, &kenji).await.unwrap(), Some(Locale::Fr), "kept for his mail");
}

#[tokio::test]
async fn choosing_a_language_sets_the_cookie_and_goes_back_only_to_this_site() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();

    // Signed out.
    let response = choose(&mut browser, &portal, "de", "/guests?page=2").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/guests?page=2");
    let cookie = browser.set_cookies.iter().find(|c| c.starts_with("guestlist-language=")).expect("the language cookie");
    assert_eq!(cookie, "guestlist-language=de; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    let response = browser.get(&format!("{}/", portal.base)).await;
    assert_eq!(response.headers()["content-language"], "de");

    for outside in ["//evil.example/", "/\\evil.example", "https://evil.example/", "guests", ""] {
        let response = choose(&mut browser, &portal, "fr", outside).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{outside}");
        assert_eq!(location(&response), "/", "{outside}");
    }

    // A language Guestlist does not speak is refused, in the language of the request.
    for unknown in ["xx", "", "pt-BR"] {
        let response = choose(&mut browser, &portal, unknown, "/").await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{unknown}");
        assert!(response.text().await.unwrap().contains("en, de, fr, es, ar"));
    }
    let mut english = Browser::new();
    let response = choose(&mut english, &portal, "klingon", "/").await;
    assert!(response.text().await.unwrap().contains("Guestlist does not speak this language"));

    // Another site cannot choose for the person.
    let form = [("language".to_owned(), "ar".to_owned()), ("back".to_owned(), "/".to_owned())];
    let url = format!("{}/language", portal.base);
    let response = browser.post_form(&url, &form, &[("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn mail_is_written_in_the_language_its_recipient_reads_guestlist_in() {
    let portal = portal_with(&[("GUESTLIST_REQUEST_APPROVERS", MATEO)]).await;
    let mut grace = Browser::new();
    sign_in(&mut grace, &portal, GRACE).await;
    // Mateo, the approver, reads Guestlist in German (as if he had chosen it when signed in).
    let mateo = portal.sandbox.directory().person_by_upn(MATEO).await.unwrap().unwrap().id;
    services::languages::remember(&portal.ctx.db, &mateo, Some(MATEO), Locale::De).await.unwrap();
    let mut s = signed_in(portal, KENJI).await;
    // Kenji chooses German in the header's menu.
    let response = choose(&mut s.browser, &s.portal, "de", "/invite").await;
    assert_eq!(location(&response), "/invite");

    let fields = [
        ("form[email]", "ann.sprache@fabrikam.example"),
        ("form[language]", "de-DE"),
        ("form[redirect_url]", "https://myapps.microsoft.com/"),
        ("form[company]", "Fabrikam"),
        ("reason", "Gemeinsamer Start."),
    ];
    s.submit("/invite", "invite/send", &fields).await;
    let deliver = |ctx: services::Context| async move {
        services::outbox::deliver_due(&ctx.db, ctx.mailer.as_ref().expect("sandbox mode mails"), "test", chrono::Utc::now()).await.unwrap();
    };
    deliver(s.portal.ctx.clone()).await;
    let mail = s.outbox().await;
    let asked = mail
        .iter()
        .find(|m| m["to"] == MATEO)
        .unwrap_or_else(|| panic!("no mail to {MATEO}: {mail:#?}"));
    assert_eq!(asked["subject"], "Kenji Watanabe <kenji.watanabe@northwind.example> möchte ann.sprache@fabrikam.example einladen");
    // (Lines end in CRLF on the way through SMTP.)
    let body = asked["body"].as_str().unwrap().replace("\r\n", "\n");
    assert!(body.starts_with("Guten Tag,") && body.contains("Die Begründung:\n> Gemeinsamer Start.") && body.contains("/approvals/"), "{body}");

    // Grace denies it; Kenji hears of it in German.
    let pending = services::requests::approvals(&s.portal.ctx, &services::Actor::operator()).await.unwrap().pending;
    let id = pending[0].id.to_string();
    std::mem::swap(&mut s.browser, &mut grace);
    let page = format!("/approvals/{id}");
    s.submit(&page, "approvals/deny", &[("id", &id), ("comment", "Bitte per Post.")]).await;
    deliver(s.portal.ctx.clone()).await;
    let mail = s.outbox().await;
    let denied = mail
        .iter()
        .find(|m| m["to"] == KENJI)
        .unwrap_or_else(|| panic!("no mail to {KENJI}: {mail:#?}"));
    assert_eq!(denied["subject"], "Ihre Anfrage, ann.sprache@fabrikam.example einzuladen, wurde abgelehnt");
    let body = denied["body"].as_str().unwrap().replace("\r\n", "\n");
    assert!(body.contains("Grace Okafor hat Ihre Anfrage") && body.contains("Der Kommentar:\n> Bitte per Post."), "{body}");
}
