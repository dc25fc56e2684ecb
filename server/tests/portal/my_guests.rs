//! My guests and the guest's own page over HTTP, without JavaScript: a sponsor sees exactly their
//! guests, extends one, ends one and undoes it; another sponsor's guest id is refused (403) and
//! audited; a guest sees only their own access, asks for more time, and the request reaches their
//! sponsors in My guests and by mail through the real SMTP receiver.

use reqwest::StatusCode;
use services::audit::{AuditAction, AuditOutcome};

use crate::common::*;

const AMARA: &str = "amara.diallo@northwind.example";
const KENJI: &str = "kenji.watanabe@northwind.example";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";
const FATIMA: &str = "d63804ae-fb14-49c2-bd34-59e6284b07df";

async fn enabled(s: &Session, id: &str) -> bool {
    s.portal.sandbox.directory().read().await.users[id].account_enabled
}

async fn audit(s: &Session) -> Vec<services::audit::AuditEvent> {
    services::audit::list(&s.portal.ctx.db, &services::Actor::operator(), &Default::default()).await.unwrap()
}

#[tokio::test]
async fn a_sponsor_sees_their_guests_extends_one_ends_one_and_undoes_it() {
    let mut s = signed_in(sandbox_portal().await, AMARA).await;
    let (status, html) = s.read("/my-guests").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("<h1>My guests</h1>") && html.contains("You sponsor 2 guests"), "{html}");
    assert!(html.contains("Olivia Chen") && html.contains("Fatima Zahra"));
    assert!(!html.contains("Liam O'Brien") && !html.contains("Yuki Tanaka"), "another sponsor's guests");
    assert!(html.contains("Jonas Lindqvist (jonas.lindqvist@northwind.example)"), "Olivia's co-sponsor");
    assert!(html.contains("Last sign-in (non-interactive"));
    // The home page of a member who sponsors someone shows them too.
    let (_, home) = s.read("/").await;
    assert!(home.contains("You sponsor 2 guests:") && home.contains("Fatima Zahra"), "{home}");

    let until = (chrono::Utc::now() + chrono::Duration::days(60)).format("%Y-%m-%d").to_string();
    let (path, html) = s.submit("/my-guests", "my-guests/extend", &[("user_id", OLIVIA), ("until", &until)]).await;
    assert_eq!(path, "/my-guests");
    assert!(html.contains("Olivia Chen's access now runs until"), "{html}");
    assert!(html.contains(&format!("value=\"{until}\"")), "the extend form shows the date");

    // Ending goes through its confirmation page.
    let end = format!("/my-guests/{FATIMA}/end");
    let (status, html) = s.read(&end).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("End access for Fatima Zahra") && html.contains("deleted after 30 days"), "{html}");
    let (path, html) = s.submit(&end, "my-guests/end", &[("user_id", FATIMA)]).await;
    assert_eq!(path, end, "not ticked: back to the confirmation");
    assert!(html.contains("I understand"));
    assert!(enabled(&s, FATIMA).await);
    let (path, html) = s.submit(&end, "my-guests/end", &[("user_id", FATIMA), ("confirm", "on")]).await;
    assert_eq!(path, "/my-guests");
    assert!(html.contains("Fatima Zahra can no longer sign in.") && html.contains("Undo: give Fatima Zahra their access back"), "{html}");
    assert!(html.contains("by Amara Diallo: they cannot sign in"), "her name, no address: {html}");
    assert!(!enabled(&s, FATIMA).await);
    let (_, html) = s.submit("/my-guests", "my-guests/undo", &[("user_id", FATIMA)]).await;
    assert!(html.contains("Fatima Zahra can sign in again"), "{html}");
    assert!(html.contains("Not confirmed in Guestlist yet: confirm by"), "a review date after the undo: {html}");
    assert!(enabled(&s, FATIMA).await);
    let actions: Vec<AuditAction> = audit(&s).await.iter().filter(|e| e.outcome == AuditOutcome::Changed).map(|e| e.action).collect();
    assert_eq!(actions, [AuditAction::UndoEndGuestAccess, AuditAction::EndGuestAccess, AuditAction::ExtendGuestAccess]);
}

#[tokio::test]
async fn another_sponsors_guest_is_refused_and_audited_whatever_the_address_or_form_says() {
    let mut s = signed_in(sandbox_portal().await, KENJI).await;
    let (status, html) = s.read(&format!("/my-guests/{OLIVIA}/end")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(html.contains("not one of the guests you sponsor"), "{html}");
    assert!(!html.contains("Olivia Chen"), "nothing about her shows");
    for (endpoint, extra) in [("my-guests/keep", None), ("my-guests/end", Some(("confirm", "on"))), ("my-guests/sponsor", Some(("email", KENJI)))] {
        let mut form = vec![("user_id".to_owned(), OLIVIA.to_owned())];
        form.extend(extra.map(|(k, v)| (k.to_owned(), v.to_owned())));
        let url = format!("{}/api/{endpoint}", s.portal.base);
        let response = s.browser.post_form(&url, &form, &[("origin", s.portal.base.as_str()), ("accept", "application/json")]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{endpoint}");
    }
    assert!(enabled(&s, OLIVIA).await);
    let refused: Vec<AuditAction> = audit(&s).await.iter().filter(|e| e.outcome == AuditOutcome::Refused && e.target == OLIVIA).map(|e| e.action).collect();
    assert_eq!(refused, [AuditAction::AddSponsor, AuditAction::EndGuestAccess, AuditAction::ConfirmGuestAccess, AuditAction::ViewSponsoredGuest]);
}

#[tokio::test]
async fn a_guest_sees_only_their_access_and_asks_their_sponsors_for_more_time_by_mail() {
    let portal = sandbox_portal().await;
    let upn = portal.sandbox.directory().read().await.users[OLIVIA].user_principal_name.clone();
    let mut s = signed_in(portal, &upn).await;
    let (status, html) = s.read("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Your access to Northwind Traders"), "{html}");
    assert!(html.contains("Amara Diallo") && html.contains("mailto:amara.diallo@northwind.example"));
    assert!(html.contains("No end date is set for your access") && html.contains("myaccount.microsoft.com/organizations"));
    let (status, _) = s.read("/my-guests").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "My guests is for members");

    let (path, html) = s.submit("/my-access", "my-access/ask", &[("until", ""), ("reason", "")]).await;
    assert_eq!(path, "/my-access");
    assert!(html.contains("Say why you still need access"), "{html}");
    let (path, html) = s.submit("/my-access", "my-access/ask", &[("until", ""), ("reason", "The Fabrikam rollout runs until spring.")]).await;
    assert_eq!(path, "/my-access");
    assert!(html.contains("Your request was sent to your sponsors.") && html.contains("your sponsors have your request"), "{html}");

    // The worker's outbox task sends it; here the same delivery runs at once.
    let ctx = s.portal.ctx.clone();
    services::outbox::deliver_due(&ctx.db, ctx.mailer.as_ref().expect("sandbox mode mails"), "test", chrono::Utc::now()).await.unwrap();
    let outbox = s.outbox().await;
    for sponsor in [AMARA, "jonas.lindqvist@northwind.example"] {
        let mail = outbox.iter().find(|m| m["to"] == sponsor).unwrap_or_else(|| panic!("a mail to {sponsor}: {outbox:?}"));
        assert_eq!(mail["subject"], "Olivia Chen asks for more time as a guest");
        let body = mail["body"].as_str().unwrap();
        assert!(body.contains("> The Fabrikam rollout runs until spring.") && body.contains("/my-guests"), "{body}");
    }

    // The sponsor sees the request in My guests.
    let mut amara = signed_in(s.portal, AMARA).await;
    let (_, html) = amara.read("/my-guests").await;
    assert!(html.contains("Asked for more time on") && html.contains("The Fabrikam rollout runs until spring."), "{html}");
}

/// Sponsor continuity: an Admin sees the guest of the member who left, with the leaver's manager
/// as successor, and hands all the leaver's guests to the manager through the Guests page's
/// preview and job; the directory then names the manager as sponsor, and no longer the leaver.
/// Sponsors cannot open it.
#[tokio::test]
async fn an_admin_hands_the_guests_of_a_disabled_sponsor_to_their_manager() {
    const ZOE: &str = "4eaf7015-628b-4039-a4ab-c05d95b17e46";
    const MARCUS: &str = "1b7c4de2-3f58-4d06-b178-9d2a628f4b13";
    const RAFAEL: &str = "3d9e6f04-517a-4f28-939a-bf4c84a06d35";
    let portal = sandbox_portal().await;
    let amara_id = portal.sandbox.directory().person_by_upn(AMARA).await.unwrap().unwrap().id;
    let mut sponsor = signed_in(portal, AMARA).await;
    let (status, _) = sponsor.page("/sponsors/continuity").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "Admins only");

    let mut admin = signed_in(sponsor.portal, "grace.okafor@northwind.example").await;
    let (status, html) = admin.read("/sponsors/continuity").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains(r#"href="/sponsors/continuity""#), "in the navigation: {html}");
    assert!(html.contains("Zoe Martin") && html.contains("Rafael Costa (disabled)") && html.contains("Manager of Rafael Costa"), "{html}");
    assert!(html.contains("Marcus Johnson") && html.contains("No sponsor at all."), "{html}");
    assert!(html.contains("Supplier Desk"), "the empty sponsor group: {html}");
    let button = "Hand their guest to Amara Diallo (their manager)…";
    assert!(html.contains(button), "{html}");
    assert!(html.contains(&format!(r#"value="user:{amara_id}""#)) && html.contains(&format!(r#"value="{MARCUS}""#)), "{html}");
    assert!(html.contains(&format!(r#"name="replace" value="user:{RAFAEL}""#)), "the leaver is replaced: {html}");

    // The leaver's form, as the browser posts it: their guests, add_sponsor, the manager, the leaver.
    let form = vec![
        ("ids".to_owned(), ZOE.to_owned()),
        ("action".to_owned(), "add_sponsor".to_owned()),
        ("sponsor".to_owned(), format!("user:{amara_id}")),
        ("replace".to_owned(), format!("user:{RAFAEL}")),
    ];
    let base = admin.portal.base.clone();
    let response = admin.browser.post_form(&format!("{base}/guests/selection"), &form, &[("origin", base.as_str()), ("accept", "text/html")]).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    let preview = location(&response);
    let preview = preview.strip_prefix(&base).unwrap_or(&preview).to_owned();
    let id = preview.trim_start_matches("/guests/selection/").to_owned();
    let (_, html) = admin.read(&preview).await;
    assert!(html.contains("Add Amara Diallo as sponsor in place of Rafael Costa") && html.contains("Confirm: add sponsor for 1 guest"), "{html}");
    assert!(html.contains("Rafael Costa no longer sponsors each guest once Amara Diallo is added"), "{html}");
    admin.submit(&preview, "guests/selection/confirm", &[("id", &id)]).await;
    let runner = services::jobs::Runner::new(admin.portal.ctx.clone(), services::jobs::Registry::guestlist(), "test-worker", std::time::Duration::from_secs(60));
    assert_eq!(runner.run_due(2).await.unwrap(), 1);

    let sponsors: Vec<String> = admin.portal.sandbox.directory().read().await.sponsors_of(ZOE).map(str::to_owned).collect();
    assert!(sponsors.contains(&amara_id) && !sponsors.iter().any(|s| s == RAFAEL), "{sponsors:?}");
    // The successor hears of it, through the outbox and the real SMTP receiver.
    let ctx = admin.portal.ctx.clone();
    services::outbox::deliver_due(&ctx.db, ctx.mailer.as_ref().expect("sandbox mode mails"), "test", chrono::Utc::now()).await.unwrap();
    let outbox = admin.outbox().await;
    let mail = outbox.iter().find(|m| m["to"] == AMARA && m["subject"] == "You now sponsor Zoe Martin").unwrap_or_else(|| panic!("a mail to Amara: {outbox:?}"));
    assert!(mail["body"].as_str().unwrap().contains("in place of Rafael Costa"), "{mail}");
    let events = audit(&admin).await;
    for action in [AuditAction::AddSponsor, AuditAction::RemoveSponsor] {
        assert!(events.iter().any(|e| e.action == action && e.target.contains("zoe.martin") && e.outcome == AuditOutcome::Changed), "{events:?}");
    }
    let (_, html) = admin.read("/sponsors/continuity").await;
    assert!(!html.contains(&format!("/guests/{ZOE}")), "Zoe has a sponsor who can act now: {html}");
    assert!(html.contains("Marcus Johnson"), "{html}");
    assert!(html.contains("No disabled member sponsors a guest."), "Rafael sponsors nobody now: {html}");
}
