//! The Rules page over HTTP without JavaScript: administrators decide what inviters may grant,
//! and the Invite form and its checks follow the list.

use reqwest::StatusCode;

use crate::common::*;

const PRIYA: &str = "priya.natarajan@northwind.example";
const GRACE: &str = "grace.okafor@northwind.example";

/// `fields` posted to the Rules page's server function `endpoint`; the page shown afterwards.
async fn change(s: &mut Session, endpoint: &str, fields: &[(&str, &str)]) -> String {
    let path = s.post_from("/rules", endpoint, fields).await;
    assert_eq!(path, "/rules");
    let (status, html) = s.page("/rules").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    unescape(&html)
}

/// Submits the Invite form with `fields` (`form[…]` names without the prefix); the page after it.
async fn invite(s: &mut Session, fields: &[(&str, &str)]) -> (String, String) {
    let mut form = vec![("form[language]".to_owned(), "en-US".to_owned()), ("form[redirect_url]".to_owned(), "https://myapps.microsoft.com/".to_owned())];
    form.extend(fields.iter().map(|(name, value)| (format!("form[{name}]"), value.to_string())));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let path = s.post_from("/invite", "invite/send", &pairs).await;
    let (_, html) = s.page(&path).await;
    (path, unescape(&html))
}

#[tokio::test]
async fn admins_decide_what_inviters_may_grant_and_the_invite_form_follows() {
    let portal = portal_with(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await;
    let mut priya = signed_in(portal, PRIYA).await;
    let (_, html) = priya.page("/").await;
    assert!(!html.contains("href=\"/rules\""), "only administrators see Rules");
    let (_, html) = priya.page("/rules").await;
    assert!(html.contains("This needs the Administrator role"), "{html}");
    let url = format!("{}/api/rules/allow-group", priya.portal.base);
    let response = priya.browser.post_form(&url, &[("name".into(), "Project Alpha".into())], &[("accept", "application/json")]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // By default an Inviter may grant nothing, even with the application's token.
    let (_, html) = priya.page("/invite").await;
    assert!(unescape(&html).contains("have not allowed inviters to add guests to any group yet"), "{html}");
    assert!(!html.contains("Northwind Partner Extranet"), "no app is offered");
    let (path, html) = invite(&mut priya, &[("email", "omar@fabrikam.example"), ("groups", "Project Alpha")]).await;
    assert_eq!(path, "/invite");
    assert!(html.contains("Inviters may not add guests to the group “Project Alpha”"), "{html}");

    let mut grace = Session { portal: priya.portal, browser: Browser::new() };
    sign_in(&mut grace.browser, &grace.portal, GRACE).await;
    let (_, html) = grace.page("/").await;
    assert!(html.contains("href=\"/rules\""));
    let (_, html) = grace.page("/rules?q=Pro").await;
    assert!(html.contains("What inviters may grant") && html.contains("Nothing yet"), "{html}");
    assert!(html.contains("<label for=\"grant-search\">Find a group or app</label>"), "{html}");
    assert!(html.contains("Allow Project Alpha (group)"), "{html}");
    let html = change(&mut grace, "rules/allow-group", &[("name", "Project Alpha")]).await;
    assert!(html.contains("Inviters may now grant Project Alpha (group)."), "{html}");
    assert!(html.contains("Remove Project Alpha (group)"), "{html}");

    priya.browser = Browser::new();
    let mut priya = Session { portal: grace.portal, browser: priya.browser };
    sign_in(&mut priya.browser, &priya.portal, PRIYA).await;
    let (_, html) = priya.page("/invite").await;
    assert!(html.contains("You may add guests to: Project Alpha."), "{html}");
    let (path, html) = invite(&mut priya, &[("email", "omar@fabrikam.example"), ("groups", "Project Alpha")]).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Add to the group Project Alpha: done"), "{html}");

    let mut grace = Session { portal: priya.portal, browser: Browser::new() };
    sign_in(&mut grace.browser, &grace.portal, GRACE).await;
    let key = {
        let (_, html) = grace.page("/rules").await;
        let start = html.find("name=\"key\" value=\"").unwrap() + "name=\"key\" value=\"".len();
        html[start..].split('"').next().unwrap().to_owned()
    };
    let html = change(&mut grace, "rules/remove", &[("key", &key)]).await;
    assert!(html.contains("Inviters may no longer grant Project Alpha (group).") && html.contains("Nothing yet"), "{html}");
    let (_, html) = grace.page("/audit").await;
    assert!(html.contains("Allow inviters to grant") && html.contains("Stop inviters granting"), "{html}");
}

#[tokio::test]
async fn guestlists_own_roles_are_neither_offered_nor_allowed() {
    let mut grace = signed_in(sandbox_portal().await, GRACE).await;
    let inviter_role = {
        let state = grace.portal.sandbox.directory().read().await;
        let sp = state.service_principals.values().find(|sp| sp.display_name == "Guestlist").unwrap();
        format!("{}/{}", sp.id, sp.app_roles.iter().find(|r| r.display_name == "Guest inviter").unwrap().id)
    };
    let (_, html) = grace.page("/invite").await;
    assert!(html.contains("Northwind Partner Extranet — Partner reader") && !html.contains("Guestlist — Guest inviter"), "{html}");
    let (_, html) = grace.page("/rules?q=Guest").await;
    assert!(!html.contains("Allow Guestlist — Guest inviter"), "{html}");
    let html = change(&mut grace, "rules/allow-app-role", &[("value", &inviter_role)]).await;
    assert!(html.contains("Guestlist's own roles cannot be given with an invitation"), "{html}");
    assert!(html.contains("Nothing yet"));
}
