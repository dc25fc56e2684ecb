//! The Guests list over HTTP as a browser without JavaScript uses it: the filter form's GET, the
//! table, the next page, the selection form's target, and the CSV export.

use reqwest::StatusCode;

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";

#[tokio::test]
async fn admins_filter_the_list_in_the_url_page_through_it_and_export_the_view() {
    let portal = sandbox_portal().await;
    portal.sandbox.directory().seed_guests(130).await.unwrap();
    let mut grace = signed_in(portal, GRACE).await;

    let (status, html) = grace.page("/guests").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let html = unescape(&html);
    assert!(html.contains("external users match"), "{html}");
    assert!(html.contains("<label for=\"guests-status\">Status</label>"), "every filter has a visible label");
    assert!(html.contains("action=\"/guests/selection\""), "ticked rows go to the preview");
    assert!(html.contains("href=\"/guests/export.csv?\""), "the unfiltered view exports as it is");
    let next = html.split("rel=\"next\"").next().and_then(|before| before.rsplit("href=\"").next()).map(|h| h.split('"').next().unwrap().to_owned());
    let next = next.expect("more than one page").replace("&amp;", "&");
    assert!(next.starts_with("/guests?") && next.contains("after="), "{next}");
    let (status, second) = grace.page(&next).await;
    assert_eq!(status, StatusCode::OK);
    assert!(unescape(&second).contains("First page"));

    // Pending guests: the filter lives in the URL, the form shows it chosen, the export follows it.
    let (_, pending) = grace.page("/guests?status=pending").await;
    let pending = unescape(&pending);
    assert!(pending.contains("<option value=\"pending\" selected"), "{pending}");
    assert!(pending.contains("Pending since"));
    assert!(!pending.contains(">Accepted on "), "only pending guests");
    let response = grace.browser.get(&format!("{}/guests/export.csv?status=pending&cols=name,status", grace.portal.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = response.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("\"Name\",\"Status\""));
    assert!(lines.clone().count() > 0 && lines.all(|l| l.contains("\"Pending")), "{csv}");

    // A bad value says what to enter instead, and keeps the page.
    let (status, html) = grace.page("/guests?pending_days=many").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(unescape(&html).contains("is not a number of days"), "{html}");
}

#[tokio::test]
async fn members_without_a_role_see_neither_the_list_nor_its_export() {
    let mut priya = signed_in(sandbox_portal().await, PRIYA).await;
    let (_, home) = priya.page("/").await;
    assert!(!home.contains("href=\"/guests\""), "only administrators and helpdesk see Guests");
    let (status, _) = priya.page("/guests").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let response = priya.browser.get(&format!("{}/guests/export.csv", priya.portal.base)).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_sponsor_filter_takes_an_e_mail_address_and_says_when_nobody_has_it() {
    let mut grace = signed_in(sandbox_portal().await, GRACE).await;
    let (status, html) = grace.page("/guests?sponsor=Amara.Diallo%40northwind.example&cols=name,sponsors").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let html = unescape(&html);
    assert!(html.contains("Olivia Chen") && html.contains("Fatima Zahra"), "Amara's guests: {html}");
    assert!(!html.contains("Diego Alvarez") && !html.contains("Noah Williams"), "nobody else's: {html}");
    assert!(html.contains("value=\"amara.diallo@northwind.example\""), "the form keeps the address: {html}");

    let (status, html) = grace.page("/guests?sponsor=nobody%40northwind.example").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(unescape(&html).contains("Nobody in your directory has the address nobody@northwind.example"), "{html}");
}
