//! The Invite page over HTTP as a browser without JavaScript uses it: plain form POSTs to the
//! server functions, answers by redirect, and pages read back; against the sandbox tenant.

use std::collections::HashMap;

use reqwest::StatusCode;
use serde_json::Value;

use crate::common::*;

const PRIYA: &str = "priya.natarajan@northwind.example";
const GRACE: &str = "grace.okafor@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";

async fn as_inviter() -> Session {
    signed_in(sandbox_portal().await, PRIYA).await
}

impl Session {
    /// A plain form POST to a server function from the invite page; returns where it redirects.
    async fn post(&mut self, endpoint: &str, fields: &[(&str, &str)]) -> String {
        self.post_from("/invite", endpoint, fields).await
    }

    /// Submits the invite form with the page's defaults and `fields` (`form[…]` names without
    /// the prefix); returns the page shown afterwards.
    async fn invite(&mut self, fields: &[(&str, &str)]) -> (String, String) {
        let mut form: HashMap<String, String> = HashMap::from([
            ("form[language]".into(), "en-US".into()),
            ("form[redirect_url]".into(), "https://myapps.microsoft.com/".into()),
        ]);
        for (name, value) in fields {
            form.insert(format!("form[{name}]"), value.to_string());
        }
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        // Refused forms come back to the referring page.
        let path = self.post("invite/send", &pairs).await;
        let (status, html) = self.page(&path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {html}");
        (path, html)
    }

    async fn user_id(&self, address: &str) -> String {
        let state = self.portal.sandbox.directory().read().await;
        state.users.values().find(|u| u.mail.as_deref() == Some(address)).expect("the user exists").id.clone()
    }

    /// An administrator lets inviters add guests to the group `name` (on the Rules page).
    async fn allow_group(&self, name: &str) {
        let mut admin = Browser::new();
        sign_in(&mut admin, &self.portal, GRACE).await;
        let url = format!("{}/api/rules/allow-group", self.portal.base);
        let response = admin.post_form(&url, &[("name".into(), name.into())], &[("accept", "application/json")]).await;
        assert!(response.status().is_success(), "{}", response.text().await.unwrap());
    }

    async fn users_with_mail(&self, address: &str) -> usize {
        let state = self.portal.sandbox.directory().read().await;
        state.users.values().filter(|u| u.known_addresses().any(|a| a.eq_ignore_ascii_case(address))).count()
    }
}

#[tokio::test]
async fn inviters_and_admins_get_the_form_members_get_it_as_a_request() {
    let mut s = as_inviter().await;
    let (status, html) = s.page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("href=\"/invite\""), "the nav offers Invite");
    let (status, html) = s.page("/invite").await;
    assert_eq!(status, StatusCode::OK);
    for label in ["E-mail address (required)", "Display name", "Personal message", "Language of the e-mail", "Send a copy to",
        "Microsoft sends the invitation e-mail", "Page after acceptance", "First name", "Last name", "Job title", "Company",
        "Department", "Usage location"] {
        assert!(html.contains(label), "the form has a labelled {label} field");
    }
    assert!(!html.contains("Invite as a member"), "only admins may invite members");

    let mut admin = signed_in(sandbox_portal().await, GRACE).await;
    let (_, html) = admin.page("/invite").await;
    assert!(html.contains("Invite as a member instead of a guest"));

    // A member without an inviter role gets the same form as a request for an approver.
    let mut member = signed_in(sandbox_portal().await, AMARA).await;
    let (status, html) = member.page("/invite").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Why the guest is needed (required)") && html.contains("Send the request to an approver"), "{html}");
    let (_, html) = s.page("/invite").await;
    // Inviters send directly: no reason to give (the words come along for a partner rule that
    // turns a submit into a request).
    assert!(!html.contains("<textarea id=\"reason\""), "Inviters send directly");
}

#[tokio::test]
async fn an_address_with_a_plus_is_refused_before_sending() {
    let mut s = as_inviter().await;
    let (path, html) = s.invite(&[("email", "ann+work@fabrikam.example")]).await;
    assert_eq!(path, "/invite");
    assert!(unescape(&html).contains("contains '+', which Microsoft Entra does not accept"), "{html}");
    assert!(html.contains("ann+work@fabrikam.example"), "the form keeps what was typed");
    assert_eq!(s.users_with_mail("ann+work@fabrikam.example").await, 0);
    // Shown once: the next visit is a fresh form.
    let (_, html) = s.page("/invite").await;
    assert!(!html.contains("ann+work@fabrikam.example"));
}

#[tokio::test]
async fn own_domains_and_blocked_domains_are_refused() {
    let mut s = signed_in(portal_with(&[("GUESTLIST_BLOCKED_DOMAINS", "rival.example")]).await, PRIYA).await;
    let (_, html) = s.invite(&[("email", "kenji@northwind.example")]).await;
    assert!(html.contains("this is a colleague, not a guest"), "{html}");
    let (_, html) = s.invite(&[("email", "eve@Rival.example")]).await;
    assert!(html.contains("Guestlist is set up not to invite people from rival.example"), "{html}");

    s.portal.sandbox.directory().update_settings(|t| t.blocked_domains = vec!["contoso.example".into()]).await.unwrap();
    let (_, html) = s.invite(&[("email", "bob@contoso.example")]).await;
    assert!(unescape(&html).contains("guest settings do not allow invitations to contoso.example"), "{html}");
    assert_eq!(s.users_with_mail("bob@contoso.example").await, 0);
}

#[tokio::test]
async fn other_fields_are_checked_on_the_server() {
    let mut s = as_inviter().await;
    let (_, html) = s
        .invite(&[
            ("email", "zoe@fabrikam.example"),
            ("cc", "not an address"),
            ("redirect_url", "https://evil.example/"),
            ("as_member", "on"),
            ("usage_location", "Germany"),
        ])
        .await;
    assert!(html.contains("The copy recipient is not a valid e-mail address"));
    assert!(html.contains("Guests may only be sent to addresses starting with https://myapps.microsoft.com/"));
    assert!(html.contains("Only administrators can invite someone as a member"));
    assert!(html.contains("two-letter country code such as DE"));
    let (_, html) = s.invite(&[("email", "zoe@fabrikam.example"), ("redirect_url", "http://myapps.microsoft.com/")]).await;
    assert!(html.contains("must be an https:// address"));
    assert_eq!(s.users_with_mail("zoe@fabrikam.example").await, 0);
}

#[tokio::test]
async fn nobody_invites_when_the_tenant_forbids_it() {
    let mut s = as_inviter().await;
    s.portal
        .sandbox
        .directory()
        .update_settings(|t| t.allow_invites_from = sandbox::directory::model::AllowInvitesFrom::None)
        .await
        .unwrap();
    let (_, html) = s.invite(&[("email", "zoe@fabrikam.example")]).await;
    assert!(html.contains("switched off guest invitations for everyone"), "{html}");
    assert_eq!(s.users_with_mail("zoe@fabrikam.example").await, 0);
}

#[tokio::test]
async fn an_existing_guest_is_offered_a_resend_and_admins_a_reset() {
    let mut s = as_inviter().await;
    let (_, html) = s.invite(&[("email", "Noah.Williams@tailspintoys.example")]).await;
    assert!(html.contains("Already in your directory"), "{html}");
    assert!(html.contains("Noah Williams") && html.contains("#EXT#") && html.contains("PendingAcceptance"));
    assert!(html.contains("Get a new invitation link"));
    assert!(!html.contains("Reset redemption"), "a Guest Inviter cannot reset redemptions in Entra");
    let noah = s.user_id("noah.williams@tailspintoys.example").await;
    assert_eq!(s.post("invite/again", &[("user_id", &noah)]).await, "/invite/done");
    let (_, html) = s.page("/invite/done").await;
    assert!(html.contains("PendingAcceptance") && html.contains("Pass on this invitation link"), "{html}");
    assert!(s.outbox().await.is_empty(), "Microsoft mails an existing address only for a reset");
    assert_eq!(s.users_with_mail("noah.williams@tailspintoys.example").await, 1, "no second user");

    let mut admin = signed_in(sandbox_portal().await, GRACE).await;
    let (_, html) = admin.invite(&[("email", "olivia.chen@fabrikam.example")]).await;
    assert!(html.contains("Olivia Chen") && html.contains("Accepted") && html.contains("Reset redemption"), "{html}");
    let olivia = admin.user_id("olivia.chen@fabrikam.example").await;
    assert_eq!(admin.post("invite/again", &[("user_id", &olivia), ("reset", "on")]).await, "/invite/done");
    let (_, html) = admin.page("/invite/done").await;
    assert!(html.contains("PendingAcceptance"), "the guest has to accept again: {html}");
    assert_eq!(admin.outbox().await[0]["to"], "olivia.chen@fabrikam.example");
}

#[tokio::test]
async fn a_single_quote_neither_breaks_nor_widens_the_existence_check() {
    let mut s = as_inviter().await;
    let (path, html) = s.invite(&[("email", "o'brien@fabrikam.example"), ("send_mail", "")]).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(unescape(&html).contains("o&#x27;brien") || unescape(&html).contains("o'brien"));
    // The same address again is now found, and only that user.
    let (_, html) = s.invite(&[("email", "o'brien@fabrikam.example")]).await;
    assert!(html.contains("Already in your directory"), "{html}");
    assert_eq!(s.users_with_mail("o'brien@fabrikam.example").await, 1);
    // A quote trying to widen the filter (`x' or true`) is not an address Graph accepts anyway;
    // a look-alike with a quote finds nobody.
    let (path, _) = s.invite(&[("email", "o'brian@fabrikam.example"), ("send_mail", "")]).await;
    assert_eq!(path, "/invite/done");
}

const ANN: [(&str, &str); 4] = [
    ("email", "ann.lee@fabrikam.example"),
    ("display_name", "Ann Lee (Fabrikam)"),
    ("job_title", "Buyer"),
    ("usage_location", "de"),
];

#[tokio::test]
async fn without_mail_the_result_shows_the_guest_and_the_link_to_pass_on() {
    let mut s = signed_in(portal_with(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await, PRIYA).await;
    let (path, html) = s.invite(&ANN).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Ann Lee (Fabrikam)"));
    assert!(html.contains("ann.lee_fabrikam.example#EXT#@northwindtraders.onmicrosoft.example"), "{html}");
    assert!(html.contains("PendingAcceptance"));
    assert!(html.contains("Priya Natarajan"), "the inviter is the sponsor");
    assert!(html.contains("Pass on this invitation link") && html.contains("/_sandbox/redeem"), "{html}");
    assert!(html.contains("aria-label=\"QR code of the invitation link\"><svg"), "{html}");
    assert!(html.contains("Set name, job title, company, department and usage location: done"), "{html}");
    assert!(!html.contains("Try the failed steps again"));
    assert!(s.outbox().await.iter().all(|m| m["to"] != "ann.lee@fabrikam.example"), "no mail was sent");
    let state = s.portal.sandbox.directory().read().await;
    let guest = state.users.values().find(|u| u.mail.as_deref() == Some("ann.lee@fabrikam.example")).unwrap();
    assert_eq!(guest.job_title.as_deref(), Some("Buyer"));
    assert_eq!(guest.usage_location.as_deref(), Some("DE"));
}

#[tokio::test]
async fn a_failed_follow_up_step_is_shown_with_a_retry_that_does_not_invite_twice() {
    // With her own token a Guest Inviter may invite but not edit users.
    let mut s = as_inviter().await;
    let (path, html) = s.invite(&ANN).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Invited, but not everything worked"), "{html}");
    assert!(html.contains("usage location: failed — You, or this portal, are not allowed"), "{html}");
    assert!(html.contains("(reference "), "Graph's request id is shown");
    assert!(html.contains("Try the failed steps again"));
    assert_eq!(s.post("invite/retry", &[]).await, "/invite/done");
    let (_, html) = s.page("/invite/done").await;
    assert!(html.contains("usage location: failed"), "still failing, still shown: {html}");
    assert_eq!(s.users_with_mail("ann.lee@fabrikam.example").await, 1);
}

#[tokio::test]
async fn with_mail_microsoft_sends_it_in_the_chosen_language_with_the_copy() {
    let mut s = as_inviter().await;
    let (path, html) = s
        .invite(&[
            ("email", "jan@contoso-partner.example"),
            ("send_mail", "on"),
            ("language", "de-DE"),
            ("cc", "priya.natarajan@northwind.example"),
        ])
        .await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Microsoft has sent the invitation e-mail to"));
    let mail = s.outbox().await;
    let sent = mail.iter().find(|m| m["to"] == "jan@contoso-partner.example").expect("the invitation mail");
    assert_eq!(sent["language"], "de-DE");
    assert!(sent["subject"].as_str().unwrap().contains("eingeladen"));
    assert_eq!(sent["cc"][0], "priya.natarajan@northwind.example");
}

#[tokio::test]
async fn sponsors_groups_and_an_app_are_found_by_name_and_given_after_the_invitation() {
    let mut admin = signed_in(sandbox_portal().await, GRACE).await;
    let (_, html) = admin.page("/invite").await;
    assert!(html.contains("Northwind Partner Extranet — Partner reader"), "the app roles are offered");
    let (_, html) = admin
        .invite(&[
            ("email", "nina@fabrikam.example"),
            ("sponsors", "nobody@northwind.example\nNo Such Group"),
            ("groups", "Project Alfa"),
            ("app", "not-an-app"),
        ])
        .await;
    assert!(html.contains("Nobody in your directory has the address nobody@northwind.example"), "{html}");
    assert!(unescape(&html).contains("There is no group called “No Such Group”"));
    assert!(unescape(&html).contains("There is no group called “Project Alfa”"));
    assert!(html.contains("That app is not offered any more"));
    let six = "a@x.example\nb@x.example\nc@x.example\nd@x.example\ne@x.example\nf@x.example";
    let (_, html) = admin.invite(&[("email", "nina@fabrikam.example"), ("sponsors", six)]).await;
    assert!(html.contains("at most 5 sponsors; remove 1"));
    assert_eq!(admin.users_with_mail("nina@fabrikam.example").await, 0);

    let extranet = {
        let state = admin.portal.sandbox.directory().read().await;
        let app = state.service_principals.values().find(|sp| sp.display_name == "Northwind Partner Extranet").unwrap();
        let role = app.app_roles.iter().find(|r| r.display_name == "Partner reader").unwrap();
        (app.id.clone(), role.id.clone())
    };
    let app = format!("{}/{}", extranet.0, extranet.1);
    let (path, html) = admin
        .invite(&[
            ("email", "nina@fabrikam.example"),
            ("sponsors", "priya.natarajan@northwind.example\nPartner Collaboration"),
            ("groups", "Project Alpha"),
            ("app", &app),
        ])
        .await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Priya Natarajan, Partner Collaboration") || html.contains("Partner Collaboration, Priya Natarajan"), "{html}");
    assert!(html.contains("Add to the group Project Alpha: done"), "{html}");
    assert!(html.contains("Give access to Northwind Partner Extranet — Partner reader: done"), "{html}");
    let nina = admin.user_id("nina@fabrikam.example").await;
    let state = admin.portal.sandbox.directory().read().await;
    assert!(state.groups_of(&nina).any(|g| g.display_name == "Project Alpha"));
    assert!(state.assignments.values().any(|a| a.principal_id == nina && a.app_role_id == extranet.1));
}

#[tokio::test]
async fn a_group_the_inviter_may_not_change_is_a_failed_step_with_a_retry() {
    // A Guest Inviter's own token cannot add members to groups: the guest exists, the step fails.
    let mut s = as_inviter().await;
    s.allow_group("Project Alpha").await;
    let (path, html) = s.invite(&[("email", "omar@fabrikam.example"), ("groups", "Project Alpha")]).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Add to the group Project Alpha: failed"), "{html}");
    assert!(html.contains("Try the failed steps again"));
}

#[tokio::test]
async fn send_it_from_guestlist_mails_the_link_over_smtp_in_the_chosen_language() {
    let mut s = as_inviter().await;
    let (path, html) = s
        .invite(&[("email", "lea@fabrikam.example"), ("language", "fr-FR"), ("message", "Bienvenue dans le projet !")])
        .await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Send it from Guestlist"));
    let link = s.portal.sandbox.directory().read().await.redemptions.values().find(|r| r.invited_email == "lea@fabrikam.example").is_some();
    assert!(link, "a redemption ticket exists");

    assert_eq!(s.post("invite/mail-link", &[]).await, "/invite/done");
    let (_, html) = s.page("/invite/done").await;
    assert!(html.contains("Guestlist has e-mailed the link to lea@fabrikam.example"), "{html}");
    let outbox = s.outbox().await;
    let mail = outbox.iter().find(|m| m["to"] == "lea@fabrikam.example").expect("the mail went through the sandbox's SMTP receiver");
    assert_eq!(mail["language"], "fr");
    assert_eq!(mail["subject"], "Priya Natarajan vous invite à collaborer");
    assert_eq!(mail["from"], "guestlist@localhost");
    let body = mail["body"].as_str().unwrap();
    assert!(body.contains("> Bienvenue dans le projet !"), "{body}");
    let redeem_url = mail["redeemUrl"].as_str().unwrap();
    assert!(redeem_url.contains("/_sandbox/redeem?") && html.contains(&redeem_url.replace('&', "&amp;")), "{redeem_url}");
}

#[tokio::test]
async fn every_attempt_is_audited_and_admins_can_filter_and_export_it() {
    let portal = sandbox_portal().await;
    let base = portal.base.clone();
    let mut s = signed_in(portal, PRIYA).await;
    s.invite(&[("email", "=cmd@fabrikam.example")]).await;
    s.invite(&[("email", "ann.audit@fabrikam.example")]).await;
    let (_, html) = s.page("/audit").await;
    assert!(html.contains("This needs the Administrator role"), "{html}");
    let response = s.browser.get(&format!("{base}/audit.csv")).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let mut admin = Session { portal: s.portal, browser: Browser::new() };
    sign_in(&mut admin.browser, &admin.portal, GRACE).await;
    let (_, html) = admin.page("/audit").await;
    assert!(html.contains("2 entries"), "{html}");
    assert!(html.contains("Priya Natarajan &lt;priya.natarajan@northwind.example&gt;"), "{html}");
    assert!(html.contains("ann.audit@fabrikam.example") && html.contains("=cmd@fabrikam.example"));
    let (_, html) = admin.page("/audit?text=&outcome=Refused").await;
    assert!(html.contains("1 entry.") && html.contains("=cmd@fabrikam.example"), "{html}");

    let response = admin.browser.get(&format!("{base}/audit.csv?text=fabrikam&outcome=")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = response.text().await.unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains(",\"'=cmd@fabrikam.example\","), "formula-like cells are neutralised: {csv}");
    assert!(csv.contains(",\"Invited\","), "{csv}");
    // The successful invitation carries Graph's request id (a GUID), the refused one none.
    let invited = csv.lines().find(|line| line.contains("ann.audit@fabrikam.example")).unwrap();
    let request_id = invited.rsplit(',').next().unwrap().trim_matches('"');
    assert!(request_id.parse::<uuid::Uuid>().is_ok(), "{invited}");
    let refused = csv.lines().find(|line| line.contains("=cmd@fabrikam.example")).unwrap();
    assert!(refused.ends_with(",\"\""), "{refused}");
}

#[tokio::test]
async fn with_smtp_settings_the_link_goes_to_that_server() {
    let (other, smtp) = other_smtp_receiver().await;
    let url = format!("smtp://{smtp}");
    let portal = portal_with(&[("GUESTLIST_SMTP_URL", &url), ("GUESTLIST_MAIL_FROM", "Guestlist <guests@northwind.example>")]).await;
    let mut s = signed_in(portal, PRIYA).await;
    s.invite(&[("email", "sven@fabrikam.example"), ("language", "nl-NL")]).await;
    assert_eq!(s.post("invite/mail-link", &[]).await, "/invite/done");

    let state = other.directory().read().await;
    let mail = state.mail.iter().find(|m| m.to == "sven@fabrikam.example").expect("the configured server got the mail");
    assert_eq!((mail.language.as_str(), mail.from.as_str()), ("nl", "guests@northwind.example"));
    assert_eq!(mail.subject, "Priya Natarajan heeft u uitgenodigd om samen te werken");
    assert!(mail.redeem_url.contains("/_sandbox/redeem?"));
    assert!(s.outbox().await.iter().all(|m| m["to"] != "sven@fabrikam.example"), "not the portal's own sandbox");
}

#[tokio::test]
async fn the_pickers_suggest_members_and_groups_by_the_start_of_their_name() {
    let mut s = as_inviter().await;
    let url = format!("{}/api/invite/suggest", s.portal.base);
    let form = |text: &str, groups_only: &str| vec![("text".to_string(), text.to_string()), ("groups_only".to_string(), groups_only.to_string())];
    let response = s.browser.post_form(&url, &form("Pr", "false"), &[("accept", "application/json")]).await;
    let found: Value = response.json().await.unwrap();
    let values: Vec<&str> = found.as_array().unwrap().iter().map(|s| s["value"].as_str().unwrap()).collect();
    assert!(values.contains(&"priya.natarajan@northwind.example") && values.contains(&"Project Alpha"), "{values:?}");
    let response = s.browser.post_form(&url, &form("Pr", "true"), &[("accept", "application/json")]).await;
    let found: Value = response.json().await.unwrap();
    assert!(found.as_array().unwrap().iter().all(|s| s["label"].as_str().unwrap().ends_with("(group)")), "{found}");
    let response = s.browser.post_form(&url, &form("O'", "false"), &[("accept", "application/json")]).await;
    assert_eq!(response.status(), StatusCode::OK, "a quote is a value, not syntax");
}

#[tokio::test]
async fn a_second_person_signing_in_in_the_same_browser_sees_nothing_of_the_first() {
    let mut s = as_inviter().await;
    let (path, _) = s.invite(&[("email", "noor@fabrikam.example")]).await;
    assert_eq!(path, "/invite/done");
    let (status, html) = s.page("/invite/done").await;
    assert!(status.is_success() && html.contains("noor@fabrikam.example"));
    // Sofia signs in in the same browser without Priya signing out first.
    sign_in(&mut s.browser, &s.portal, "sofia.marquez@northwind.example").await;
    let (_, html) = s.page("/invite/done").await;
    assert!(!html.contains("noor@fabrikam.example"), "{html}");
    assert!(html.contains("There is no invitation to show"), "{html}");
}

#[tokio::test]
async fn the_form_and_the_result_say_that_a_personal_message_replaces_the_chosen_language() {
    let mut s = as_inviter().await;
    let (_, html) = s.page("/invite").await;
    assert!(html.contains("With a personal message it sends your words instead, and this language is not used."), "{html}");
    let (path, html) = s
        .invite(&[("email", "lea@fabrikam.example"), ("send_mail", "on"), ("language", "fr-FR"), ("message", "Bienvenue !")])
        .await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("so the language you chose was not used for the e-mail"), "{html}");
    let (_, html) = s.invite(&[("email", "leo@fabrikam.example"), ("send_mail", "on"), ("language", "fr-FR")]).await;
    assert!(!html.contains("the language you chose was not used"), "{html}");
}
