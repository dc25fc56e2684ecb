//! Invitation requests over HTTP, without JavaScript: a member without an inviter role fills in
//! the Invite form with a reason; the approvers get a mail (through the sandbox's real SMTP
//! receiver) with a link; an Admin approves from it and the guest is invited with the requester as
//! sponsor and the reason in the audit trail; another request is denied with a comment; the
//! requester hears of both by mail and on My requests; a requester who is also an approver cannot
//! approve their own request; an unanswered request expires through the worker at the sandbox's
//! clock.

use std::time::Duration;

use reqwest::StatusCode;
use services::audit::{AuditAction, AuditOutcome};

use crate::common::*;

const KENJI: &str = "kenji.watanabe@northwind.example";
const GRACE: &str = "grace.okafor@northwind.example";
const MATEO: &str = "mateo.rossi@northwind.example";

/// Kenji (a member without an inviter role) and Grace (an Admin), signed in in two browsers of
/// one portal whose extra approvers are `approvers`.
struct Two {
    s: Session,
    other: Browser,
}

impl Two {
    async fn new(approvers: &str) -> Two {
        let portal = portal_with(&[("GUESTLIST_REQUEST_APPROVERS", approvers), ("GUESTLIST_REQUEST_EXPIRY_DAYS", "7")]).await;
        let mut other = Browser::new();
        sign_in(&mut other, &portal, GRACE).await;
        let s = signed_in(portal, KENJI).await;
        Two { s, other }
    }

    /// Switches to the other browser (Kenji ⇄ Grace).
    fn switch(&mut self) {
        std::mem::swap(&mut self.s.browser, &mut self.other);
    }

    /// Kenji's Invite form for `email` with `reason`; where it leads and that page.
    async fn ask(&mut self, email: &str, reason: &str) -> (String, String) {
        let fields = [
            ("form[email]", email),
            ("form[language]", "en-US"),
            ("form[redirect_url]", "https://myapps.microsoft.com/"),
            ("form[company]", "Fabrikam"),
            ("reason", reason),
        ];
        self.s.submit("/invite", "invite/send", &fields).await
    }

    /// Delivers the outbox now (the worker's outbox task does the same) and reads the sandbox's mailbox.
    async fn mail(&mut self) -> Vec<serde_json::Value> {
        let ctx = self.s.portal.ctx.clone();
        services::outbox::deliver_due(&ctx.db, ctx.mailer.as_ref().expect("sandbox mode mails"), "test", chrono::Utc::now()).await.unwrap();
        self.s.outbox().await
    }

    async fn audit(&self) -> Vec<services::audit::AuditEvent> {
        services::audit::list(&self.s.portal.ctx.db, &services::Actor::operator(), &Default::default()).await.unwrap()
    }

    async fn user_with_mail(&self, mail: &str) -> Option<String> {
        let state = self.s.portal.sandbox.directory().read().await;
        state.users.values().find(|u| u.mail.as_deref() == Some(mail)).map(|u| u.id.clone())
    }
}

fn mail_to<'a>(mail: &'a [serde_json::Value], to: &str, subject: &str) -> &'a serde_json::Value {
    mail.iter().find(|m| m["to"] == to && m["subject"] == subject).unwrap_or_else(|| panic!("no mail “{subject}” to {to}: {mail:#?}"))
}

#[tokio::test]
async fn a_member_asks_an_approver_approves_from_the_mail_and_the_guest_is_invited_with_them_as_sponsor() {
    let mut t = Two::new(MATEO).await;
    // Without a reason nothing is stored: the form comes back saying why.
    let (path, html) = t.ask("ann.request@fabrikam.example", " ").await;
    assert_eq!(path, "/invite");
    assert!(html.contains("Say why the guest is needed"), "{html}");

    let (path, html) = t.ask("ann.request@fabrikam.example", "Joint launch with Fabrikam.").await;
    assert_eq!(path, "/my-requests");
    assert!(html.contains("Your request to invite ann.request@fabrikam.example was sent to the approvers."), "{html}");
    assert!(html.contains("Waiting for approval"), "{html}");
    assert!(t.user_with_mail("ann.request@fabrikam.example").await.is_none(), "nothing sent yet");

    // The configured approver is mailed a link to the request.
    let mail = t.mail().await;
    let asked = mail_to(&mail, MATEO, "Kenji Watanabe <kenji.watanabe@northwind.example> asks to invite ann.request@fabrikam.example");
    let body = asked["body"].as_str().unwrap();
    assert!(body.contains("> Joint launch with Fabrikam."), "{body}");
    let link = body.lines().find(|l| l.contains("/approvals/")).expect("a link to the request").trim().to_owned();
    let id = link.rsplit('/').next().unwrap().to_owned();

    // Kenji is no approver: the Approvals page is not his.
    let (status, _) = t.s.page(&format!("/approvals/{id}")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Grace (Admin) opens the link and approves, adding a sponsor group.
    t.switch();
    let page = format!("/approvals/{id}");
    let (status, html) = t.s.read(&page).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Joint launch with Fabrikam.") && html.contains("Approve and invite ann.request@fabrikam.example"), "{html}");
    let (path, html) = t.s.submit(&page, "approvals/approve", &[("id", &id), ("groups", ""), ("sponsors", ""), ("comment", "Welcome them.")]).await;
    assert_eq!(path, page);
    assert!(html.contains("Approved: ann.request@fabrikam.example is invited"), "{html}");
    assert!(html.contains("Approved: invited"), "{html}");

    // Invited by the application, with Kenji as sponsor; the reason and approver in the audit.
    let guest = t.user_with_mail("ann.request@fabrikam.example").await.expect("the guest is in the directory");
    let kenji = t.s.portal.sandbox.directory().person_by_upn(KENJI).await.unwrap().unwrap().id;
    let sponsors: Vec<String> = t.s.portal.sandbox.directory().read().await.sponsors_of(&guest).map(str::to_owned).collect();
    assert_eq!(sponsors, [kenji.clone()]);
    let trail = t.audit().await;
    let invite = trail.iter().find(|e| e.action == AuditAction::Invite).expect("the invitation's row");
    assert_eq!(invite.outcome, AuditOutcome::Invited);
    assert_eq!(invite.actor_id.as_deref(), Some(kenji.as_str()));
    assert!(invite.actor.contains("approved by Grace Okafor") && invite.options.contains("Joint launch with Fabrikam.") && invite.options.contains(&format!("\"requestId\":{id}")), "{invite:?}");
    assert!(trail.iter().any(|e| e.action == AuditAction::ApproveInvitationRequest && e.outcome == AuditOutcome::Changed), "{trail:?}");
    assert!(trail.iter().any(|e| e.action == AuditAction::RequestInvitation && e.outcome == AuditOutcome::Requested), "{trail:?}");

    // Kenji is told by mail and on My requests.
    let mail = t.mail().await;
    let approved = mail_to(&mail, KENJI, "Your request to invite ann.request@fabrikam.example was approved");
    assert!(approved["body"].as_str().unwrap().contains("> Welcome them."));
    t.switch();
    let (_, html) = t.s.read("/my-requests").await;
    assert!(html.contains("ann.request@fabrikam.example") && html.contains("Approved: invited") && html.contains("Welcome them."), "{html}");

    // A second request is denied with a comment.
    t.ask("bob.request@fabrikam.example", "Needs the price list.").await;
    let pending = services::requests::approvals(&t.s.portal.ctx, &services::Actor::operator()).await.unwrap().pending;
    let second = pending[0].id.to_string();
    t.switch();
    let page = format!("/approvals/{second}");
    let (_, html) = t.s.submit(&page, "approvals/deny", &[("id", &second), ("comment", "Send it by mail instead.")]).await;
    assert!(html.contains("Denied: nothing was sent to bob.request@fabrikam.example."), "{html}");
    let (path, html) = t.s.submit(&page, "approvals/approve", &[("id", &second)]).await;
    assert_eq!(path, page);
    assert!(html.contains("This request is denied already"), "answered once: {html}");
    assert!(t.user_with_mail("bob.request@fabrikam.example").await.is_none());
    let mail = t.mail().await;
    let denied = mail_to(&mail, KENJI, "Your request to invite bob.request@fabrikam.example was denied");
    assert!(denied["body"].as_str().unwrap().contains("> Send it by mail instead."));
    t.switch();
    let (_, html) = t.s.read("/my-requests").await;
    assert!(html.contains("Denied") && html.contains("Send it by mail instead."), "{html}");
}

#[tokio::test]
async fn an_approver_cannot_approve_their_own_request() {
    let mut t = Two::new(KENJI).await;
    t.ask("carl.request@fabrikam.example", "Audit support.").await;
    let id = services::requests::approvals(&t.s.portal.ctx, &services::Actor::operator()).await.unwrap().pending[0].id.to_string();
    let page = format!("/approvals/{id}");
    let (status, html) = t.s.read(&page).await;
    assert_eq!(status, StatusCode::OK, "Kenji is an approver: {html}");
    assert!(html.contains("another approver decides it") && !html.contains("Approve and invite"), "{html}");
    let url = format!("{}/api/approvals/approve", t.s.portal.base);
    let form = [("id".to_owned(), id.clone())];
    let response = t.s.browser.post_form(&url, &form, &[("origin", t.s.portal.base.as_str()), ("accept", "application/json")]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(t.user_with_mail("carl.request@fabrikam.example").await.is_none());
    let refused = t.audit().await.into_iter().find(|e| e.action == AuditAction::ApproveInvitationRequest).expect("audited");
    assert_eq!(refused.outcome, AuditOutcome::Refused);
    // He was not mailed about his own request either.
    assert!(!t.mail().await.iter().any(|m| m["to"] == KENJI), "no mail to the requester as approver");
}

#[tokio::test]
async fn an_unanswered_request_expires_through_the_worker_at_the_sandbox_clock() {
    let mut t = Two::new("").await;
    t.ask("dana.request@fabrikam.example", "Conference speaker.").await;
    // The services' clock is the sandbox's; a week later (GUESTLIST_REQUEST_EXPIRY_DAYS) it expires.
    let mut ctx = t.s.portal.ctx.clone();
    let sandbox = t.s.portal.sandbox.clone();
    ctx.clock = services::Clock::from_fn(move || sandbox.directory().now());
    assert_eq!(services::requests::expire_due(&ctx).await.unwrap(), 0, "not yet");
    t.s.portal.sandbox.directory().advance_clock(8).await.unwrap();
    let options = services::worker::WorkerOptions { request_expiry_every: Some(Duration::from_millis(20)), ..Default::default() };
    let worker = services::worker::Worker::spawn(ctx.clone(), services::jobs::Registry::new(), options);
    assert!(worker.tasks().contains(&"request-expiry"));
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        let (_, html) = t.s.read("/my-requests").await;
        if html.contains("Expired: nobody answered in time") {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the worker never expired the request: {html}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    worker.shutdown().await;
    let mail = t.mail().await;
    let expired = mail_to(&mail, KENJI, "Your request to invite dana.request@fabrikam.example expired");
    assert!(expired["body"].as_str().unwrap().contains("within 7 days"));
    let trail = t.audit().await;
    assert!(trail.iter().any(|e| e.action == AuditAction::ExpireInvitationRequest && e.outcome == AuditOutcome::Changed), "{trail:?}");
}
