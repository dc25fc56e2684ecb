//! Review campaigns and lifecycle rules over HTTP, without JavaScript: an Admin starts a campaign
//! over one domain, a sponsor decides in My guests, the sandbox clock moves past the end, the dry
//! run shows the change with its evidence, the Admin applies it, the guest is blocked, the report
//! and its CSV hold the decision with an intact hash chain, and undo gives the access back. The
//! rules page saves a rule, shows its dry run, and turns the kill switch on and off.

use reqwest::StatusCode;

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";
const JONAS: &str = "jonas.lindqvist@northwind.example";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";

async fn enabled(s: &Session) -> bool {
    s.portal.sandbox.directory().read().await.users[OLIVIA].account_enabled
}

#[tokio::test]
async fn a_campaign_over_one_domain_is_decided_in_my_guests_applied_after_its_end_and_undone() {
    let mut s = signed_in(sandbox_portal().await, GRACE).await;
    let (status, html) = s.read("/reviews").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("<h1>Review campaigns</h1>") && html.contains("Start the campaign"), "{html}");
    let ends = (s.portal.sandbox.directory().now() + chrono::Duration::days(10)).format("%Y-%m-%d").to_string();
    let form = [("form[name]", "Fabrikam 2027"), ("form[scope]", "domain"), ("form[value]", "fabrikam.example"), ("form[ends]", ends.as_str()), ("form[unreviewed]", "no_change")];
    let (campaign, html) = s.submit("/reviews", "reviews/start", &form).await;
    assert!(campaign.starts_with("/reviews/"), "{campaign}");
    assert!(html.contains("The campaign has started") && html.contains("Guests at fabrikam.example"), "{html}");
    assert!(html.contains("Amara Diallo") && html.contains("Jonas Lindqvist") && html.contains("Remind Amara Diallo"), "reviewers: {html}");
    // Elena Popescu, an internal account with an outside address at that domain, is reviewed by Sofia.
    let id = campaign.trim_start_matches("/reviews/").to_owned();

    // Amara decides in My guests.
    sign_in(&mut s.browser, &s.portal, AMARA).await;
    let (_, html) = s.read("/my-guests").await;
    assert!(html.contains("To review") && html.contains("Campaign “Fabrikam 2027”"), "{html}");
    assert!(html.contains("last interactive sign-in"), "the evidence: {html}");
    let item = html.split("name=\"item\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let (path, html) = s.submit("/my-guests", "my-guests/decide", &[("item", &item), ("decision", "end"), ("until", ""), ("justification", "The project is over")]).await;
    assert_eq!(path, "/my-guests");
    assert!(html.contains("Recorded: Olivia Chen loses their access"), "{html}");
    // Another member is refused the item.
    sign_in(&mut s.browser, &s.portal, "kenji.watanabe@northwind.example").await;
    let url = format!("{}/api/my-guests/decide", s.portal.base);
    let fields: Vec<(String, String)> = [("item", item.as_str()), ("decision", "keep"), ("until", ""), ("justification", "x")].iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let response = s.browser.post_form(&url, &fields, &[("origin", s.portal.base.as_str()), ("accept", "application/json")]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Jonas, the co-sponsor, sees Amara's decision.
    sign_in(&mut s.browser, &s.portal, JONAS).await;
    let (_, html) = s.read("/my-guests").await;
    assert!(html.contains("Decided by Amara Diallo") && html.contains("The project is over"), "{html}");

    // Before the end nothing can be applied; the clock moves past it.
    sign_in(&mut s.browser, &s.portal, GRACE).await;
    let plan = format!("/reviews/{id}/dry-run");
    let (_, html) = s.read(&plan).await;
    assert!(html.contains("The campaign runs until"), "{html}");
    s.portal.sandbox.directory().advance_clock(11).await.unwrap();
    let (_, html) = s.read(&plan).await;
    assert!(html.contains("Block sign-in now, delete on") && html.contains("Amara Diallo") && html.contains("The project is over"), "{html}");
    assert!(html.contains("Apply these changes"));
    assert!(enabled(&s).await, "a dry run changes nothing");
    let (report, html) = s.submit(&plan, "reviews/apply", &[("id", &id)]).await;
    assert_eq!(report, format!("/reviews/{id}/report"));
    assert!(!enabled(&s).await, "Olivia is blocked");
    assert!(html.contains("Every row matches its hash") && html.contains("The project is over") && html.contains("Undo for Olivia Chen"), "{html}");

    let response = s.browser.get(&format!("{}/reviews/{id}/report.csv", s.portal.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let csv = response.text().await.unwrap();
    assert_eq!(services::reviews::verify_csv(&csv), Ok(2), "Olivia and Elena: {csv}");

    let item_of_report = html.split("name=\"item\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let (_, html) = s.submit(&report, "reviews/undo", &[("id", &id), ("item", &item_of_report)]).await;
    assert!(html.contains("Olivia Chen can sign in again"), "{html}");
    assert!(enabled(&s).await);
}

#[tokio::test]
async fn the_rules_page_saves_a_rule_shows_its_dry_run_and_holds_the_kill_switch() {
    let mut s = signed_in(sandbox_portal().await, GRACE).await;
    let (status, html) = s.read("/reviews/rules").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Turn the kill switch on"), "{html}");
    let rule = [("form[name]", "Unredeemed for a month"), ("form[kind]", "unredeemed"), ("form[threshold]", "30"), ("form[action]", "disable"), ("form[scope]", "all"), ("form[value]", ""), ("form[priority]", "")];
    let (_, html) = s.submit("/reviews/rules", "reviews/rules/save", &rule).await;
    assert!(html.contains("The rule is saved") && html.contains("Invitation not redeemed after 30 days"), "{html}");
    let (_, html) = s.read("/reviews/rules/dry-run").await;
    assert!(html.contains("Yuki Tanaka") && html.contains("Block sign-in now") && html.contains("invitation pending since"), "{html}");
    let (_, html) = s.submit("/reviews/rules", "reviews/kill-switch", &[("on", "true")]).await;
    assert!(html.contains("Turn the kill switch off"), "{html}");
    let (_, html) = s.submit("/reviews/rules", "reviews/rules/run", &[("id", "1")]).await;
    assert!(html.contains("The kill switch is on"), "{html}");
    assert!(s.portal.sandbox.directory().read().await.users["0a6b3cd1-2e47-4cf5-a067-8c19517e3a02"].account_enabled, "nothing ran");
}
