//! The Settings page over HTTP, without JavaScript: partner rules saved as versions (viewed,
//! restored, exported, imported), the tenant's own settings and the effective result for a
//! domain (the tenant's block wins), the test mail through the sandbox's real SMTP receiver; and
//! the rules at work: a domain that needs approval turns an Inviter's form into a request that the
//! domain's approver (a member, not an Admin) approves, with the rule's default group given; who
//! invites directly, changed on the page, changing a member's roles at the next check of their
//! session and at sign-in; the mail server set on the page, its password never shown, used by the
//! test mail.

use reqwest::StatusCode;
use services::audit::{AuditAction, AuditOutcome};

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";
const KENJI: &str = "kenji.watanabe@northwind.example";
const MATEO: &str = "mateo.rossi@northwind.example";
const GROUP_PARTNERS: &str = "5a1f0e6d-7c2b-4e93-8d14-6b2c9a0f3e71";

fn rule(domain: &str, decision: &str, extra: &[(&'static str, &'static str)]) -> Vec<(String, String)> {
    let mut fields = vec![("rule[domain]".to_owned(), domain.to_owned()), ("rule[decision]".to_owned(), decision.to_owned())];
    fields.extend(extra.iter().map(|(k, v)| (format!("rule[{k}]"), v.to_string())));
    fields
}

async fn save_rule(s: &mut Session, fields: Vec<(String, String)>) -> String {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (path, html) = s.submit("/settings", "settings/rule", &fields).await;
    assert_eq!(path, "/settings");
    html
}

#[tokio::test]
async fn an_admin_saves_rules_as_versions_checks_a_domain_restores_exports_imports_and_sends_a_test_mail() {
    let mut s = signed_in(sandbox_portal().await, GRACE).await;
    let (status, html) = s.read("/settings").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains(r#"href="/settings""#) && html.contains("Nothing saved yet"), "{html}");
    assert!(html.contains("Who may invite (Entra)") && html.contains("Guest user access (Entra)"), "{html}");
    assert!(html.contains(r#"href="/rules""#), "links to what inviters may grant");

    let html = save_rule(&mut s, rule("Fabrikam.example", "approval_required", &[("default_groups", "Partner Collaboration"), ("approvers", AMARA)])).await;
    assert!(html.contains("Saved as version 1: rule for fabrikam.example added."), "{html}");
    let html = save_rule(&mut s, rule("*", "block", &[])).await;
    assert!(html.contains("Saved as version 2: rule for * added."), "{html}");
    let html = save_rule(&mut s, rule("not a domain", "allow", &[])).await;
    assert!(html.contains("is not a domain"), "{html}");

    // The effective result: the most specific rule, unless the tenant blocks.
    let (_, html) = s.read("/settings?domain=sales.fabrikam.example").await;
    assert!(html.contains("sales.fabrikam.example: Allowed after approval") && html.contains("Guestlist's rule for fabrikam.example requires"), "{html}");
    let (_, html) = s.read("/settings?domain=tailspin.example").await;
    assert!(html.contains("tailspin.example: Blocked") && html.contains("Guestlist's default rule blocks it."), "{html}");
    s.portal.sandbox.directory().update_settings(|t| t.blocked_domains = vec!["fabrikam.example".into()]).await.unwrap();
    let (_, html) = s.read("/settings?domain=fabrikam.example").await;
    assert!(html.contains("fabrikam.example: Blocked") && html.contains("allow/deny list for B2B collaboration"), "the tenant wins: {html}");
    assert!(html.contains("These domains may not be invited: fabrikam.example."), "{html}");

    // Versions: restore the first, view it, export and import.
    let (_, html) = s.submit("/settings", "settings/restore", &[("id", "1")]).await;
    assert!(html.contains("Saved as version 3: Restored version 1: rule for * removed."), "{html}");
    let (_, html) = s.read("/settings?version=2").await;
    assert!(html.contains("Version 2") && html.contains("\"domain\": \"*\""), "{html}");
    let response = s.browser.get(&format!("{}/settings/export.json", s.portal.base)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let json = response.text().await.unwrap();
    assert!(json.contains("fabrikam.example") && !json.contains("\"*\""), "{json}");
    let (_, html) = s.submit("/settings", "settings/import", &[("json", "{\"request_expiry_days\": 3}")]).await;
    assert!(html.contains("Saved as version 4: Imported: rule for fabrikam.example removed, request expiry changed."), "{html}");
    let (_, html) = s.submit("/settings", "settings/import", &[("json", &json)]).await;
    assert!(html.contains("Saved as version 5: Imported"), "{html}");
    let (_, html) = s.read("/settings").await;
    assert!(html.contains("In force: version 5"), "{html}");

    // The test mail goes through the real SMTP receiver at once.
    let (_, html) = s.submit("/settings", "settings/test-mail", &[("to", GRACE)]).await;
    assert!(html.contains(&format!("The test mail to {GRACE} went out.")), "{html}");
    assert!(s.outbox().await.iter().any(|m| m["to"] == GRACE && m["subject"] == "Guestlist test mail"));

    let changes = services::audit::list(&s.portal.ctx.db, &services::Actor::operator(), &Default::default()).await.unwrap();
    let outcomes: Vec<AuditOutcome> = changes.iter().filter(|e| e.action == AuditAction::ChangeSettings).map(|e| e.outcome).collect();
    assert_eq!(outcomes.iter().filter(|o| **o == AuditOutcome::Changed).count(), 5);
    assert_eq!(outcomes.iter().filter(|o| **o == AuditOutcome::Refused).count(), 1);
}

#[tokio::test]
async fn a_domain_that_needs_approval_turns_an_inviters_form_into_a_request_for_its_approver() {
    let mut s = signed_in(sandbox_portal().await, GRACE).await;
    save_rule(&mut s, rule("fabrikam.example", "approval_required", &[("default_groups", "Partner Collaboration"), ("approvers", AMARA), ("max_lifetime_days", "90")])).await;
    let mut admin = std::mem::replace(&mut s.browser, Browser::new());
    sign_in(&mut s.browser, &s.portal, PRIYA).await;

    // Priya may invite, but not to fabrikam.example without an approver.
    let form = [("form[email]", "erin.rule@fabrikam.example"), ("form[language]", "en-US"), ("form[redirect_url]", "https://myapps.microsoft.com/")];
    let (path, html) = s.submit("/invite", "invite/send", &form).await;
    assert_eq!(path, "/invite");
    assert!(html.contains("Why the guest is needed (required)") && html.contains("rules require an approver's approval for invitations to fabrikam.example"), "{html}");
    let mut with_reason = form.to_vec();
    with_reason.push(("reason", "Shared design review."));
    let (path, html) = s.submit("/invite", "invite/send", &with_reason).await;
    assert_eq!(path, "/my-requests", "{html}");

    // The domain's approver gets the mail; a member, she approves on the page it links to.
    let ctx = s.portal.ctx.clone();
    services::outbox::deliver_due(&ctx.db, ctx.mailer.as_ref().unwrap(), "test", chrono::Utc::now()).await.unwrap();
    let mail = s.outbox().await;
    let asked = mail.iter().find(|m| m["to"] == AMARA).unwrap_or_else(|| panic!("a mail to the domain's approver: {mail:#?}"));
    let body = asked["body"].as_str().unwrap();
    let id = body.lines().find_map(|l| l.trim().rsplit_once("/approvals/").map(|(_, id)| id.to_owned())).expect("a link");
    let mut amara = Browser::new();
    sign_in(&mut amara, &s.portal, AMARA).await;
    std::mem::swap(&mut s.browser, &mut amara);
    let page = format!("/approvals/{id}");
    let (status, html) = s.read(&page).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Shared design review.") && html.contains("Partner Collaboration"), "the rule's default group, shown to the approver: {html}");
    let (_, html) = s.submit(&page, "approvals/approve", &[("id", &id), ("groups", "Partner Collaboration"), ("sponsors", "")]).await;
    assert!(html.contains("Approved: erin.rule@fabrikam.example is invited"), "{html}");

    let state = s.portal.sandbox.directory().read().await;
    let guest = state.users.values().find(|u| u.mail.as_deref() == Some("erin.rule@fabrikam.example")).expect("invited").id.clone();
    let priya = state.users.values().find(|u| u.user_principal_name == PRIYA).unwrap().id.clone();
    assert_eq!(state.sponsors_of(&guest).map(str::to_owned).collect::<Vec<_>>(), [priya], "the requester is the sponsor");
    assert!(state.groups_of(&guest).any(|g| g.id == GROUP_PARTNERS), "the rule's default group");
    drop(state);
    // The rule's lifetime is the guest's access end, for their sponsors' reviews.
    let row = services::sponsors::store::row(&s.portal.ctx.db, &guest).await.unwrap().expect("a lifecycle row");
    assert!(row.access_until.is_some(), "{row:?}");

    // An Admin is never routed to a request, and a blocked domain is refused.
    std::mem::swap(&mut s.browser, &mut admin);
    save_rule(&mut s, rule("tailspin.example", "block", &[])).await;
    let (path, html) = s.submit("/invite", "invite/send", &[("form[email]", "tom@tailspin.example"), ("form[language]", "en-US"), ("form[redirect_url]", "https://myapps.microsoft.com/")]).await;
    assert_eq!(path, "/invite");
    assert!(html.contains("Guestlist's rule for tailspin.example blocks invitations to it."), "{html}");
}

/// Whether `html` is the Invite form that sends a request rather than an invitation.
/// The form asks for a reason (its words are in the island's props either way: a partner rule
/// can make an inviter's submit a request too).
fn is_request_form(html: &str) -> bool {
    html.contains("<textarea id=\"reason\"") && html.contains("Why the guest is needed (required)")
}

#[tokio::test]
async fn letting_every_member_invite_gives_a_plain_member_the_invite_form_at_the_next_check_and_sign_in() {
    // Sessions read the account (and now the settings) again after a second.
    let portal = sandbox_portal_with(|config| config.sessions.recheck_every = std::time::Duration::from_secs(1)).await;
    let mut s = signed_in(portal, KENJI).await;
    let (_, html) = s.read("/invite").await;
    assert!(is_request_form(&html), "a member without an inviter role asks: {html}");
    let mut kenji = std::mem::replace(&mut s.browser, Browser::new());
    sign_in(&mut s.browser, &s.portal, GRACE).await;

    let (_, html) = s.read("/settings").await;
    assert!(html.contains("Who may invite directly") && html.contains("Members who are not administrators, holders of Entra's Guest Inviter role"), "{html}");
    let (_, html) = s.submit("/settings", "settings/inviters", &[("inviters[who]", "everyone")]).await;
    assert!(html.contains("Saved as version 1: who invites directly changed."), "{html}");
    assert!(html.contains("Who invites directly now: every member of the organisation.") && html.contains("Every member invites directly"), "{html}");

    // Kenji's session reads his grants again: he is an Inviter now, without signing in again.
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    std::mem::swap(&mut s.browser, &mut kenji);
    let (_, html) = s.read("/invite").await;
    assert!(!is_request_form(&html) && html.contains("Send invitation"), "the Invite form itself: {html}");
    // Mateo, signing in now, is one from the start.
    let mut mateo = Browser::new();
    sign_in(&mut mateo, &s.portal, MATEO).await;
    std::mem::swap(&mut s.browser, &mut mateo);
    let (_, html) = s.read("/invite").await;
    assert!(!is_request_form(&html) && html.contains("Send invitation"), "{html}");

    // Nobody but administrators: both ask again at their next check.
    std::mem::swap(&mut s.browser, &mut kenji);
    let (_, html) = s.submit("/settings", "settings/inviters", &[("inviters[who]", "some"), ("inviters[app_role]", ""), ("inviters[group_ids]", "")]).await;
    assert!(html.contains("Saved as version 2") && html.contains("Members who are not administrators must request"), "{html}");
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    std::mem::swap(&mut s.browser, &mut mateo);
    let (_, html) = s.read("/invite").await;
    assert!(is_request_form(&html), "{html}");
}

#[tokio::test]
async fn the_mail_server_set_on_the_page_sends_the_test_mail_and_its_password_is_never_shown() {
    let (other, smtp) = other_smtp_receiver().await;
    let mut s = signed_in(sandbox_portal().await, GRACE).await;
    let sender = "Partner desk <partners@northwind.example>";

    // The sandbox mails nobody outside this machine, from the page either.
    let (_, html) = s.submit("/settings", "settings/mail", &[("mail[smtp_url]", "smtps://mail.contoso.example:465"), ("mail[mail_from]", sender)]).await;
    assert!(html.contains("only to a server on this machine, not mail.contoso.example"), "{html}");

    let with_password = format!("smtp://relay:Secr3t-pw@{smtp}");
    let (_, html) = s.submit("/settings", "settings/mail", &[("mail[smtp_url]", &with_password), ("mail[mail_from]", sender)]).await;
    assert!(html.contains("Saved as version 1: mail server changed, mail sender changed."), "{html}");
    assert!(html.contains("A password is set.") && html.contains(&format!("smtp://relay@{smtp}")), "{html}");
    // The receiver offers no AUTH, so the password makes the test mail fail: the page's server is the one used.
    let (_, html) = s.submit("/settings", "settings/test-mail", &[("to", GRACE)]).await;
    assert!(html.contains(&format!("The test mail to {GRACE} did not go out yet.")), "{html}");
    let (_, version) = s.read("/settings?version=1").await;
    let export = s.browser.get(&format!("{}/settings/export.json", s.portal.base)).await.text().await.unwrap();
    let trail = serde_json::to_string(&services::audit::list(&s.portal.ctx.db, &services::Actor::operator(), &Default::default()).await.unwrap()).unwrap();
    for (what, text) in [("page", &html), ("version", &version), ("export", &export), ("audit trail", &trail)] {
        assert!(!text.contains("Secr3t-pw"), "the {what} shows the password: {text}");
    }

    // Without the user name the password goes too; now the test mail reaches that server, from the page's sender.
    let (_, html) = s.submit("/settings", "settings/mail", &[("mail[smtp_url]", &format!("smtp://{smtp}")), ("mail[mail_from]", sender)]).await;
    assert!(html.contains("Saved as version 2: mail server changed.") && !html.contains("A password is set."), "{html}");
    let (_, html) = s.submit("/settings", "settings/test-mail", &[("to", GRACE)]).await;
    assert!(html.contains(&format!("The test mail to {GRACE} went out.")), "{html}");
    let state = other.directory().read().await;
    let mail = state.mail.iter().find(|m| m.to == GRACE).expect("the page's server got the test mail");
    assert_eq!((mail.from.as_str(), mail.subject.as_str()), ("partners@northwind.example", "Guestlist test mail"));
    drop(state);
    assert!(s.outbox().await.iter().all(|m| m["subject"] != "Guestlist test mail"), "not the portal's own sandbox mailbox");
}
