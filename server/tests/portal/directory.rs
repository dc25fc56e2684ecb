//! The Directory over HTTP as a browser without JavaScript uses it: a GET search form, the
//! person's B2B card, and the actions as plain form POSTs answered by redirect; against the
//! sandbox tenant, whose directory is read back to check what really changed.

use reqwest::StatusCode;

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const MATEO: &str = "mateo.rossi@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";
const LUKAS: &str = "lukas.becker@northwind.example";

session_view! {
    /// An administrator's session; pages with HTML entities decoded, for comparing sentences.
    Admin
}

async fn as_admin() -> Admin {
    Admin(signed_in(sandbox_portal().await, GRACE).await)
}

impl Admin {
    async fn page(&mut self, path: &str) -> (StatusCode, String) {
        self.0.read(path).await
    }

    async fn post(&mut self, from: &str, endpoint: &str, fields: &[(&str, &str)]) -> (String, String) {
        self.0.submit(from, endpoint, fields).await
    }

    async fn id(&self, name: &str) -> String {
        let state = self.portal.sandbox.directory().read().await;
        state.users.values().find(|u| u.display_name == name).expect("a seeded person").id.clone()
    }

    async fn user(&self, id: &str) -> sandbox::directory::model::UserRecord {
        self.portal.sandbox.directory().read().await.users[id].clone()
    }

    async fn audit_csv(&mut self) -> String {
        let url = format!("{}/audit.csv", self.portal.base);
        self.browser.get(&url).await.text().await.unwrap()
    }

    async fn outbox_to(&self, address: &str) -> usize {
        self.portal.sandbox.directory().read().await.mail.iter().filter(|m| m.to == address).count()
    }

    /// Posts the user type form for `id` with `answers` (`form[…]` names without the prefix).
    async fn change_type(&mut self, id: &str, answers: &[(&str, &str)]) -> (String, String) {
        let from = format!("/directory/{id}/user-type");
        let mut fields: Vec<(String, String)> = vec![("form[user_id]".into(), id.into())];
        fields.extend(answers.iter().map(|(k, v)| (format!("form[{k}]"), v.to_string())));
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post(&from, "directory/user-type", &pairs).await
    }
}

/// The audit line of `action` on `target`, if there is one.
fn audit_line<'a>(csv: &'a str, action: &str, target: &str) -> Vec<&'a str> {
    csv.lines().filter(|l| l.contains(&format!("\"{action}\",\"{target}\""))).collect()
}

#[tokio::test]
async fn only_administrators_get_the_directory() {
    let mut admin = as_admin().await;
    let (_, html) = admin.page("/").await;
    assert!(html.contains("href=\"/directory\""), "the nav offers the Directory");
    let (status, html) = admin.page("/directory").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Name, e-mail address or user name"), "{html}");

    let olivia = admin.id("Olivia Chen").await;
    for upn in [PRIYA, LUKAS] {
        let mut other = Admin(signed_in(sandbox_portal().await, upn).await);
        let (_, html) = other.page("/").await;
        assert!(!html.contains("href=\"/directory\""));
        let (_, html) = other.page("/directory?q=olivia").await;
        assert!(html.contains("This needs the Administrator role") && !html.contains("Olivia Chen"), "{upn}: {html}");
        let (_, html) = other.page(&format!("/directory/{olivia}")).await;
        if upn == LUKAS {
            // Helpdesk Administrators open a person's card to resend or reset their invitation.
            assert!(html.contains("olivia.chen@fabrikam.example") && html.contains("/reset"), "{html}");
            assert!(!html.contains("Change user type") && !html.contains("Change e-mail address"), "the Admins' actions are not offered: {html}");
        } else {
            assert!(html.contains("This needs the Helpdesk Administrator role") && !html.contains("olivia.chen@fabrikam.example"), "{html}");
        }
        // A form posted anyway changes nothing.
        let url = format!("{}/api/directory/e-mail", other.portal.base);
        let form = vec![("user_id".to_string(), olivia.clone()), ("email".to_string(), "o@contoso.example".to_string())];
        let origin = other.portal.base.clone();
        let response = other.browser.post_form(&url, &form, &[("origin", origin.as_str())]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        assert_eq!(other.portal.sandbox.directory().read().await.users[&olivia].mail.as_deref(), Some("olivia.chen@fabrikam.example"));
    }
}

#[tokio::test]
async fn the_search_finds_name_mail_and_user_name_and_quotes_stay_literal() {
    let mut admin = as_admin().await;
    let (_, html) = admin.page("/directory?q=olivia").await;
    assert!(html.contains("1 match.") && html.contains("Olivia Chen"), "{html}");
    assert!(html.contains("Accepted on ") && html.contains("signs in with a work or school account of another Microsoft Entra organisation"));
    let (_, html) = admin.page("/directory?q=yuki.tanaka%40wood").await;
    assert!(html.contains("Yuki Tanaka") && html.contains("Invitation pending since "), "{html}");
    let (_, html) = admin.page("/directory?q=noah.williams_tailspintoys").await;
    assert!(html.contains("Noah Williams"), "by user name: {html}");

    let (status, html) = admin.page("/directory?q=O%27Brien").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("1 match.") && html.contains("Liam O'Brien"), "{html}");
    // OData and $search syntax typed into the box is text to look for, nothing more.
    for widening in ["x%27%20or%20userType%20eq%20%27Member", "x%22%20OR%20%22displayName%3Aa", "%27", "%22"] {
        let (status, html) = admin.page(&format!("/directory?q={widening}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Nobody matches"), "{widening}: {html}");
    }
}

#[tokio::test]
async fn the_card_shows_the_state_in_words_and_the_actions_that_apply() {
    let mut admin = as_admin().await;
    let noah = admin.id("Noah Williams").await;
    let (_, html) = admin.page(&format!("/directory/{noah}")).await;
    assert!(html.contains("B2B collaboration") && html.contains("Invitation pending since "), "{html}");
    assert!(html.contains("Resend invitation") && html.contains(&format!("/directory/{noah}/reset")));
    assert!(html.contains("Change user type to Member…") && html.contains(&format!("/directory/{noah}/e-mail")));
    assert!(!html.contains("Convert to external user"));

    let diego = admin.id("Diego Alvarez").await;
    let (_, html) = admin.page(&format!("/directory/{diego}")).await;
    assert!(html.contains("signs in with a Google account") && !html.contains("Resend invitation"), "{html}");
    assert!(html.contains("<dt>Mailbox</dt><dd>No</dd>"), "{html}");
    let hannah = admin.id("Hannah Schmidt").await;
    let (_, html) = admin.page(&format!("/directory/{hannah}")).await;
    assert!(html.contains("<dt>Mailbox</dt><dd>Yes (Exchange Online)</dd>"), "{html}");
    let fatima = admin.id("Fatima Zahra").await;
    let (_, html) = admin.page(&format!("/directory/{fatima}")).await;
    assert!(html.contains("signs in with a one-time passcode sent by e-mail"), "{html}");
    let liam = admin.id("Liam O'Brien").await;
    let (_, html) = admin.page(&format!("/directory/{liam}")).await;
    assert!(html.contains("signs in with a personal Microsoft account"), "{html}");

    let elena = admin.id("Elena Popescu").await;
    let (_, html) = admin.page(&format!("/directory/{elena}")).await;
    assert!(html.contains("Not invited — signs in with a Northwind Traders account"), "{html}");
    assert!(html.contains(&format!("href=\"/convert/{elena}\"")) && html.contains("Convert to external user…"));
    assert!(!html.contains("Reset redemption") && !html.contains("Resend invitation"));
    assert!(html.contains("Change user type to Member…"), "Elena is an internal account with the Guest type");

    let tomasz = admin.id("Tomasz Nowak").await;
    let (_, html) = admin.page(&format!("/directory/{tomasz}")).await;
    assert!(html.contains("synced from your on-premises Active Directory") && !html.contains("Change user type"), "{html}");

    let (_, html) = admin.page("/directory/not-an-id").await;
    assert!(html.contains("That is not a user of this directory"), "{html}");
    let (_, html) = admin.page("/directory/3fa85f64-5717-4562-b3fc-2c963f66afa6").await;
    assert!(html.contains("That is not a user of this directory"), "{html}");
    let (_, html) = admin.page(&format!("/directory/{noah}/nonsense")).await;
    assert!(html.contains("There is no such page"), "{html}");
}

#[tokio::test]
async fn a_pending_guest_is_reset_to_a_new_address() {
    let mut admin = as_admin().await;
    let yuki = admin.id("Yuki Tanaka").await;
    let before = admin.user(&yuki).await;
    let from = format!("/directory/{yuki}/reset");
    let (_, html) = admin.page(&from).await;
    assert!(html.contains("What Yuki will experience") && html.contains("New e-mail address (optional)"), "{html}");
    assert!(html.contains("The invitation link Yuki has now stops working."));

    let (path, html) = admin.post(&from, "directory/reset", &[("user_id", &yuki), ("email", "yuki.tanaka@woodgrove-bank.example")]).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Redemption reset for Yuki Tanaka") && html.contains("What happens next"), "{html}");
    assert!(html.contains("Microsoft e-mails a new invitation to the new address, yuki.tanaka@woodgrove-bank.example."));
    assert!(html.contains("they sign in with the account that belongs to yuki.tanaka@woodgrove-bank.example"));
    assert!(html.contains("Microsoft has sent the invitation e-mail to"), "{html}");

    let after = admin.user(&yuki).await;
    assert_eq!(after.mail.as_deref(), Some("yuki.tanaka@woodgrove-bank.example"), "mail was set first");
    assert_eq!(after.user_principal_name, before.user_principal_name, "the user name stays");
    assert_eq!(after.external_user_state.as_deref(), Some("PendingAcceptance"));
    assert_eq!(admin.outbox_to("yuki.tanaka@woodgrove-bank.example").await, 1, "Microsoft mails the reset");
    let state = admin.portal.sandbox.directory().read().await;
    assert!(state.redemptions.values().any(|r| r.user_id == yuki && r.invited_email == "yuki.tanaka@woodgrove-bank.example"));
    drop(state);

    let csv = admin.audit_csv().await;
    let changed = audit_line(&csv, "Change e-mail address", "yuki.tanaka@woodgrove-bank.example");
    assert!(changed.len() == 1 && changed[0].contains("\"Changed\""), "{csv}");
    let reset = audit_line(&csv, "Reset redemption", "yuki.tanaka@woodgrove-bank.example");
    assert!(reset.len() == 1 && reset[0].contains("\"Invited\""), "{csv}");
    let request_id = reset[0].rsplit(',').next().unwrap().trim_matches('"');
    assert!(request_id.parse::<uuid::Uuid>().is_ok(), "Graph's request id is recorded: {}", reset[0]);
}

#[tokio::test]
async fn an_accepted_guest_is_reset_to_the_same_address_and_told_what_stops_working() {
    let mut admin = Admin(signed_in(sandbox_portal().await, MATEO).await);
    let olivia = admin.id("Olivia Chen").await;
    let from = format!("/directory/{olivia}/reset");
    let (_, html) = admin.page(&from).await;
    assert!(html.contains("Olivia can no longer sign in with a work or school account of another Microsoft Entra organisation"), "{html}");
    let (path, html) = admin.post(&from, "directory/reset", &[("user_id", &olivia), ("email", "")]).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Microsoft e-mails a new invitation to olivia.chen@fabrikam.example."), "{html}");
    let after = admin.user(&olivia).await;
    assert_eq!(after.external_user_state.as_deref(), Some("PendingAcceptance"));
    assert!(after.identities.iter().all(|i| i.sign_in_type != "federated"), "the old sign-in is gone");
    assert_eq!(admin.outbox_to("olivia.chen@fabrikam.example").await, 1);
}

#[tokio::test]
async fn a_reset_refuses_addresses_an_invitation_would_refuse_and_accounts_never_invited() {
    let mut admin = Admin(signed_in(portal_with(&[("GUESTLIST_BLOCKED_DOMAINS", "rival.example")]).await, GRACE).await);
    let yuki = admin.id("Yuki Tanaka").await;
    let from = format!("/directory/{yuki}/reset");
    let refusals = [
        ("yuki+work@woodgrove.example", "contains '+', which Microsoft Entra does not accept"),
        ("yuki@northwind.example", "this is a colleague, not a guest"),
        ("yuki@rival.example", "Guestlist is set up not to invite people from rival.example"),
        ("olivia.chen@fabrikam.example", "olivia.chen@fabrikam.example already belongs to Olivia Chen"),
    ];
    for (address, why) in refusals {
        let (path, html) = admin.post(&from, "directory/reset", &[("user_id", &yuki), ("email", address)]).await;
        assert_eq!(path, from, "refused forms come back: {html}");
        assert!(html.contains(why) && html.contains("role=\"alert\""), "{address}: {html}");
        assert!(html.contains(&format!("value=\"{address}\"")), "the address typed is shown again: {html}");
    }
    assert_eq!(admin.user(&yuki).await.mail.as_deref(), Some("yuki.tanaka@woodgrove.example"), "nothing changed");
    assert_eq!(admin.outbox_to("yuki.tanaka@woodgrove.example").await, 0);

    let elena = admin.id("Elena Popescu").await;
    let from = format!("/directory/{elena}/reset");
    let (_, html) = admin.post(&from, "directory/reset", &[("user_id", &elena), ("email", "")]).await;
    assert!(html.contains("Elena Popescu was never invited, so there is no redemption to reset"), "{html}");
    let csv = admin.audit_csv().await;
    assert_eq!(csv.lines().filter(|l| l.contains("\"Reset redemption\"") && l.contains("\"Refused\"")).count(), 5, "{csv}");
}

#[tokio::test]
async fn resend_gives_a_pending_guest_a_fresh_link_and_is_refused_once_accepted() {
    let mut admin = as_admin().await;
    let noah = admin.id("Noah Williams").await;
    let (path, html) = admin.post(&format!("/directory/{noah}"), "directory/resend", &[("user_id", &noah)]).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("New invitation link for Noah Williams") && html.contains("Pass on this invitation link"), "{html}");
    assert!(html.contains("Microsoft does not e-mail an address it has already invited"));
    assert_eq!(admin.outbox_to("noah.williams@tailspintoys.example").await, 0);

    let diego = admin.id("Diego Alvarez").await;
    let from = format!("/directory/{diego}");
    let (path, html) = admin.post(&from, "directory/resend", &[("user_id", &diego)]).await;
    assert_eq!(path, from);
    assert!(html.contains("Diego Alvarez has no pending invitation") && html.contains("Use Reset redemption"), "{html}");
    // Shown once.
    let (_, html) = admin.page(&from).await;
    assert!(!html.contains("has no pending invitation"));
    let csv = admin.audit_csv().await;
    assert!(audit_line(&csv, "Resend invitation", "noah.williams@tailspintoys.example")[0].contains("\"Invited\""), "{csv}");
    assert!(audit_line(&csv, "Resend invitation", "diego.alvarez@gmail.example")[0].contains("\"Refused\""), "{csv}");
}

#[tokio::test]
async fn the_user_type_changes_only_after_microsofts_questions_are_answered() {
    let mut admin = as_admin().await;
    let olivia = admin.id("Olivia Chen").await;
    let (_, html) = admin.page(&format!("/directory/{olivia}/user-type")).await;
    for question in [
        "Has Olivia's relationship to your organisation changed?",
        "Should their user name (olivia.chen_fabrikam.example#EXT#@northwindtraders.onmicrosoft.example) change?",
        "Should they keep access to the same groups and apps?",
        "Should they have a mailbox?",
    ] {
        assert!(html.contains(question), "{question}: {html}");
    }
    assert!(html.contains("Olivia gets member permissions") && html.contains("How they sign in does not change"), "{html}");

    let yes = [("target", "Member"), ("relationship", "changed"), ("upn", "change"), ("access", "review"), ("mailbox", "yes"), ("confirm", "on")];
    let without = |name: &str| yes.iter().copied().filter(|(k, _)| *k != name).collect::<Vec<_>>();
    let (_, html) = admin.change_type(&olivia, &without("mailbox")).await;
    assert!(html.contains("Answer each of the four questions first."), "{html}");
    let mut unchanged = yes.to_vec();
    unchanged[1] = ("relationship", "unchanged");
    let (_, html) = admin.change_type(&olivia, &unchanged).await;
    assert!(html.contains("Nothing was changed. Microsoft advises changing the user type only when"), "{html}");
    let (_, html) = admin.change_type(&olivia, &without("confirm")).await;
    assert!(html.contains("I have read what changes” to confirm"), "{html}");
    assert_eq!(admin.user(&olivia).await.user_type, "Guest", "nothing changed yet");

    let before = admin.user(&olivia).await;
    let (path, html) = admin.change_type(&olivia, &yes).await;
    assert_eq!(path, format!("/directory/{olivia}"), "{html}");
    assert!(html.contains("Olivia Chen is now a Member.") && html.contains("role=\"status\""), "{html}");
    assert!(html.contains("Next: change their user name") && html.contains("Next: review their groups") && html.contains("Exchange Online licence"));
    let after = admin.user(&olivia).await;
    assert_eq!(after.user_type, "Member");
    assert_eq!((after.user_principal_name, after.external_user_state), (before.user_principal_name, before.external_user_state));
    assert_eq!(after.identities, before.identities);

    // The form asked for Member; she is one now, so a second post changes nothing.
    let (_, html) = admin.change_type(&olivia, &yes).await;
    assert!(html.contains("Olivia Chen is already a Member."), "{html}");
    let tomasz = admin.id("Tomasz Nowak").await;
    let mut to_guest = yes.to_vec();
    to_guest[0] = ("target", "Guest");
    let (_, html) = admin.change_type(&tomasz, &to_guest).await;
    assert!(html.contains("synced from your on-premises Active Directory"), "{html}");
    assert_eq!(admin.user(&tomasz).await.user_type, "Member");

    let csv = admin.audit_csv().await;
    let lines = audit_line(&csv, "Change user type", "olivia.chen@fabrikam.example");
    assert_eq!(lines.iter().filter(|l| l.contains("\"Changed\"")).count(), 1, "{csv}");
    assert_eq!(lines.iter().filter(|l| l.contains("\"Refused\"")).count(), 4, "{csv}");
}

#[tokio::test]
async fn the_e_mail_address_changes_after_the_invitation_checks() {
    let mut admin = as_admin().await;
    let diego = admin.id("Diego Alvarez").await;
    let from = format!("/directory/{diego}/e-mail");
    let (_, html) = admin.page(&from).await;
    assert!(html.contains("The e-mail address of Diego Alvarez is diego.alvarez@gmail.example."), "{html}");
    for (address, why) in [
        ("diego+design@gmail.example", "contains '+', which Microsoft Entra does not accept"),
        ("diego@northwind.example", "this is a colleague, not a guest"),
        ("fatima.zahra@alpineskihouse.example", "already belongs to Fatima Zahra"),
        ("Diego.Alvarez@gmail.example", "is already the address of Diego Alvarez"),
        ("not an address", "This address cannot be invited"),
    ] {
        let (path, html) = admin.post(&from, "directory/e-mail", &[("user_id", &diego), ("email", address)]).await;
        assert_eq!(path, from);
        assert!(html.contains(why), "{address}: {html}");
    }
    assert_eq!(admin.user(&diego).await.mail.as_deref(), Some("diego.alvarez@gmail.example"));

    let (path, html) = admin.post(&from, "directory/e-mail", &[("user_id", &diego), ("email", "diego@alvarez-design.example")]).await;
    assert_eq!(path, format!("/directory/{diego}"), "{html}");
    assert!(html.contains("The e-mail address of Diego Alvarez is now diego@alvarez-design.example."), "{html}");
    assert!(html.contains("How they sign in does not change"));
    let after = admin.user(&diego).await;
    assert_eq!(after.mail.as_deref(), Some("diego@alvarez-design.example"));
    assert_eq!(after.external_user_state.as_deref(), Some("Accepted"), "a new address is not a new invitation");

    // An internal account's address is not changed here (the Convert page sets an external one).
    let hannah = admin.id("Hannah Schmidt").await;
    let (_, html) = admin.page(&format!("/directory/{hannah}")).await;
    assert!(!html.contains("Change e-mail address"), "{html}");
    let from = format!("/directory/{hannah}/e-mail");
    let (_, html) = admin.post(&from, "directory/e-mail", &[("user_id", &hannah), ("email", "hannah.schmidt@woodgrove.example")]).await;
    assert!(html.contains("Hannah Schmidt is not an external user") && html.contains("Convert to external user"), "{html}");
    assert_eq!(admin.user(&hannah).await.mail.as_deref(), Some("hannah.schmidt@northwind.example"));

    // A guest given an Exchange Online mailbox: Exchange owns the address, Graph refuses, and the
    // page says where to change it instead.
    let fatima = admin.id("Fatima Zahra").await;
    let mut user = admin.user(&fatima).await;
    user.has_mailbox = true;
    admin.portal.sandbox.directory().write().await.put_user(user).await.unwrap();
    let from = format!("/directory/{fatima}/e-mail");
    let (_, html) = admin.page(&from).await;
    assert!(html.contains("This account has an Exchange Online mailbox"), "said before trying: {html}");
    let (_, html) = admin.post(&from, "directory/e-mail", &[("user_id", &fatima), ("email", "fatima@alpine-ski.example")]).await;
    assert!(html.contains("change it in the Exchange admin center"), "{html}");
    assert_eq!(admin.user(&fatima).await.mail.as_deref(), Some("fatima.zahra@alpineskihouse.example"));

    let csv = admin.audit_csv().await;
    let changed = audit_line(&csv, "Change e-mail address", "diego@alvarez-design.example");
    assert!(changed.len() == 1 && changed[0].contains("\"Changed\"") && changed[0].contains("diego.alvarez@gmail.example"), "{csv}");
    assert!(audit_line(&csv, "Change e-mail address", "hannah.schmidt@woodgrove.example")[0].contains("\"Refused\""), "{csv}");
    let failed = audit_line(&csv, "Change e-mail address", "fatima@alpine-ski.example");
    assert!(failed.len() == 1 && failed[0].contains("\"Failed\""), "{csv}");
    let request_id = failed[0].rsplit(',').next().unwrap().trim_matches('"');
    assert!(request_id.parse::<uuid::Uuid>().is_ok(), "the failure's request id: {}", failed[0]);
}

#[tokio::test]
async fn with_the_apps_own_token_a_guest_holding_a_role_cannot_be_reset_and_the_page_says_who_can() {
    let mut admin = Admin(signed_in(portal_with(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await, GRACE).await);
    let marcus = admin.id("Marcus Johnson").await;
    let mut user = admin.user(&marcus).await;
    user.directory_role_template_ids = vec!["88d8e3e3-8f55-4a1e-953a-9b9898b8876b".into()]; // Directory Readers
    admin.portal.sandbox.directory().write().await.put_user(user).await.unwrap();

    let from = format!("/directory/{marcus}/reset");
    let (path, html) = admin.post(&from, "directory/reset", &[("user_id", &marcus), ("email", "")]).await;
    assert_eq!(path, from);
    assert!(html.contains("The redemption was not reset: You, or this portal, are not allowed"), "{html}");
    assert!(html.contains("Microsoft refuses that for anyone who holds an administrator role"), "{html}");
    assert_eq!(admin.user(&marcus).await.external_user_state.as_deref(), Some("Accepted"));
    let csv = admin.audit_csv().await;
    let failed = audit_line(&csv, "Reset redemption", "marcus.johnson@wideworldimporters.example");
    assert!(failed.len() == 1 && failed[0].contains("\"Failed\""), "{csv}");
}
