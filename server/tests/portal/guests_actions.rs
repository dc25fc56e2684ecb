//! A guest's details page and the actions on one guest or on a selection, over HTTP as a browser
//! without JavaScript uses them, against the sandbox tenant, whose directory is read back to
//! check what really changed; every change in the audit trail.

use std::time::Duration;

use reqwest::StatusCode;
use services::jobs::{Registry, Runner};

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const MATEO: &str = "mateo.rossi@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";
const LUKAS: &str = "lukas.becker@northwind.example";

session_view! {
    /// Someone's session; pages with HTML entities decoded, for comparing sentences.
    Person
}

async fn as_person(upn: &str) -> Person {
    Person(signed_in(sandbox_portal().await, upn).await)
}

impl Person {
    async fn page(&mut self, path: &str) -> (StatusCode, String) {
        self.0.read(path).await
    }

    async fn post(&mut self, from: &str, endpoint: &str, fields: &[(&str, &str)]) -> (String, String) {
        self.0.submit(from, endpoint, fields).await
    }

    /// A POST answered with a status and no redirect (a refusal).
    async fn post_status(&mut self, endpoint: &str, fields: &[(&str, &str)]) -> StatusCode {
        let form: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let url = format!("{}/api/{endpoint}", self.portal.base);
        let origin = self.portal.base.clone();
        self.browser.post_form(&url, &form, &[("origin", origin.as_str())]).await.status()
    }

    /// The list page's form to `POST /guests/selection`: where it redirects (or its status).
    async fn select(&mut self, fields: &[(&str, &str)]) -> Result<String, StatusCode> {
        let form: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let url = format!("{}/guests/selection", self.portal.base);
        let origin = self.portal.base.clone();
        let response = self.browser.post_form(&url, &form, &[("origin", origin.as_str()), ("accept", "text/html")]).await;
        if response.status().is_redirection() { Ok(location(&response)) } else { Err(response.status()) }
    }

    async fn id(&self, name: &str) -> String {
        let state = self.portal.sandbox.directory().read().await;
        state.users.values().find(|u| u.display_name == name).expect("a seeded person").id.clone()
    }

    async fn group_id(&self, name: &str) -> String {
        let state = self.portal.sandbox.directory().read().await;
        state.groups.values().find(|g| g.display_name == name).expect("a seeded group").id.clone()
    }

    async fn user(&self, id: &str) -> sandbox::directory::model::UserRecord {
        self.portal.sandbox.directory().read().await.users[id].clone()
    }

    async fn sponsors(&self, id: &str) -> Vec<String> {
        let state = self.portal.sandbox.directory().read().await;
        let mut names: Vec<String> = state.sponsors_of(id).map(|s| state.users.get(s).map(|u| u.display_name.clone()).unwrap_or_default()).collect();
        names.sort();
        names
    }

    async fn member_of(&self, id: &str, group: &str) -> bool {
        let state = self.portal.sandbox.directory().read().await;
        let member = state.groups_of(id).any(|g| g.display_name == group);
        member
    }

    async fn audit_csv(&mut self) -> String {
        let url = format!("{}/audit.csv", self.portal.base);
        self.browser.get(&url).await.text().await.unwrap()
    }

    /// Runs the portal's due background jobs, as its worker would.
    async fn run_jobs(&self) -> usize {
        let runner = Runner::new(self.portal.ctx.clone(), Registry::guestlist(), "test-worker", Duration::from_secs(60));
        runner.run_due(2).await.unwrap()
    }
}

/// The audit lines of `action` on `target` with `outcome`.
fn audited(csv: &str, action: &str, target: &str, outcome: &str) -> usize {
    csv.lines().filter(|l| l.contains(&format!("\"{action}\",\"{target}\"")) && l.contains(&format!("\"{outcome}\""))).count()
}

#[tokio::test]
async fn details_of_a_pending_guest_an_accepted_one_and_one_without_sign_in_data() {
    let mut admin = as_person(GRACE).await;
    let noah = admin.id("Noah Williams").await;
    let (status, html) = admin.page(&format!("/guests/{noah}")).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("<h1>Noah Williams</h1>") && html.contains("Pending since "), "{html}");
    assert!(html.contains("Pending acceptance") && html.contains("It does not say how they sign in"), "UserType is explained: {html}");
    assert!(html.contains("Priya Natarajan"), "the sponsor: {html}");
    assert!(html.contains("Never signed in: Microsoft Entra records no sign-in"), "{html}");
    assert!(html.contains("Not invited through Guestlist"), "{html}");
    assert!(html.contains(&format!("href=\"/directory/{noah}\"")) && html.contains("Resend invitation…"), "resend links to the Directory: {html}");
    assert!(html.contains(&format!("/directory/{noah}/reset")) && html.contains("Block sign-in") && html.contains(&format!("/guests/{noah}/delete")));

    let olivia = admin.id("Olivia Chen").await;
    let (_, html) = admin.page(&format!("/guests/{olivia}")).await;
    assert!(html.contains("<p class=\"b2b-state\">Active</p>"), "{html}");
    assert!(html.contains("ExternalAzureAD") && html.contains("work or school account of another Microsoft Entra organisation"), "{html}");
    assert!(html.contains("Amara Diallo") && html.contains("Jonas Lindqvist"), "sponsors: {html}");
    assert!(html.contains("Partner Collaboration") && html.contains("Project Alpha"), "groups: {html}");
    assert!(html.contains("Northwind Partner Extranet") && html.contains("Partner contributor"), "apps with the role's name: {html}");
    assert!(html.contains("Last interactive sign-in") && html.contains("Last non-interactive sign-in"), "{html}");
    assert!(!html.contains("Resend invitation…"), "accepted: nothing to resend");

    let fatima = admin.id("Fatima Zahra").await;
    let (_, html) = admin.page(&format!("/guests/{fatima}")).await;
    assert!(html.contains("one-time passcode that Microsoft e-mails"), "{html}");

    // A tenant without Entra ID P1: sign-in activity is unknown, never read as inactive.
    admin.portal.sandbox.directory().update_settings(|s| s.entra_id_p1 = false).await.unwrap();
    let (status, html) = admin.page(&format!("/guests/{olivia}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("no Microsoft Entra ID P1 or P2 licence"), "{html}");
    assert!(html.contains("Unknown — sign-in data needs Entra ID P1"), "{html}");
    assert!(html.contains("Partner Collaboration"), "the rest of the page is there: {html}");

    let (status, html) = admin.page("/guests/00000000-0000-4000-8000-00000000dead").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("not a user of this directory"), "{html}");
}

#[tokio::test]
async fn an_admin_blocks_allows_changes_groups_and_sponsors_and_deletes_each_step_audited() {
    let mut admin = as_person(GRACE).await;
    let diego = admin.id("Diego Alvarez").await;
    let page = format!("/guests/{diego}");

    let (path, html) = admin.post(&page, "guests/sign-in", &[("user_id", &diego), ("enabled", "false")]).await;
    assert_eq!(path, page);
    assert!(html.contains("Diego Alvarez is blocked from signing in.") && html.contains("Allow sign-in"), "{html}");
    assert_eq!(admin.user(&diego).await.account_enabled, false);
    let (_, html) = admin.post(&page, "guests/sign-in", &[("user_id", &diego), ("enabled", "false")]).await;
    assert!(html.contains("is already blocked from signing in. Nothing was changed."), "{html}");
    admin.post(&page, "guests/sign-in", &[("user_id", &diego), ("enabled", "true")]).await;
    assert_eq!(admin.user(&diego).await.account_enabled, true);

    let alpha = admin.group_id("Project Alpha").await;
    let partners = admin.group_id("Partner Collaboration").await;
    let (_, html) = admin.page(&format!("/guests/{diego}/groups?q=Proj")).await;
    assert!(html.contains("Add to Project Alpha"), "the picker finds the group by name: {html}");
    let (path, html) = admin.post(&format!("/guests/{diego}/groups?q=Proj"), "guests/group", &[("user_id", &diego), ("group_id", &alpha), ("change", "add")]).await;
    assert_eq!(path, page);
    assert!(html.contains("Diego Alvarez is now a member of Project Alpha."), "{html}");
    assert!(admin.member_of(&diego, "Project Alpha").await);
    admin.post(&page, "guests/group", &[("user_id", &diego), ("group_id", &partners), ("change", "remove")]).await;
    assert!(!admin.member_of(&diego, "Partner Collaboration").await);

    let sofia = admin.id("Sofia Marquez").await;
    let kenji = admin.id("Kenji Watanabe").await;
    let sponsors_page = format!("/guests/{diego}/sponsors?q=Kenji");
    let (_, html) = admin.page(&sponsors_page).await;
    assert!(html.contains(&format!("value=\"user:{kenji}\"")) && html.contains("Sofia Marquez"), "{html}");
    let (sofia_ref, kenji_ref) = (format!("user:{sofia}"), format!("user:{kenji}"));
    let (_, html) = admin.post(&sponsors_page, "guests/sponsors", &[("user_id", &diego), ("sponsor[0]", &sofia_ref), ("sponsor[1]", &kenji_ref)]).await;
    assert!(html.contains("Kenji Watanabe now sponsors Diego Alvarez."), "{html}");
    assert_eq!(admin.sponsors(&diego).await, ["Kenji Watanabe", "Sofia Marquez"]);
    // None at all only when confirmed.
    let (path, html) = admin.post(&sponsors_page, "guests/sponsors", &[("user_id", &diego)]).await;
    assert_eq!(path, sponsors_page, "a refusal stays on the form's page");
    assert!(html.contains("That would leave Diego Alvarez without a sponsor"), "{html}");
    assert_eq!(admin.sponsors(&diego).await.len(), 2);
    let six: Vec<String> = {
        let state = admin.portal.sandbox.directory().read().await;
        state.users.values().filter(|u| u.user_type == "Member").take(6).map(|u| format!("user:{}", u.id)).collect()
    };
    let keys: Vec<String> = (0..6).map(|n| format!("sponsor[{n}]")).collect();
    let mut fields: Vec<(&str, &str)> = vec![("user_id", &diego)];
    fields.extend(keys.iter().map(String::as_str).zip(six.iter().map(String::as_str)));
    let (_, html) = admin.post(&sponsors_page, "guests/sponsors", &fields).await;
    assert!(html.contains("at most 5 sponsors"), "{html}");
    let (_, html) = admin.post(&sponsors_page, "guests/sponsors", &[("user_id", &diego), ("confirm_none", "on")]).await;
    assert!(html.contains("no longer sponsors Diego Alvarez"), "{html}");
    assert!(admin.sponsors(&diego).await.is_empty());

    let delete_page = format!("/guests/{diego}/delete");
    let (_, html) = admin.page(&delete_page).await;
    assert!(html.contains("restored, with its group memberships, from Recently deleted guests") && html.contains("Delete Diego Alvarez"), "{html}");
    let (path, html) = admin.post(&delete_page, "guests/delete", &[("user_id", &diego)]).await;
    assert_eq!(path, delete_page);
    assert!(html.contains("Tick “I understand”"), "{html}");
    let (path, html) = admin.post(&delete_page, "guests/delete", &[("user_id", &diego), ("confirm", "on")]).await;
    assert_eq!(path, delete_page);
    assert!(html.contains("Diego Alvarez was deleted") && html.contains("30 days"), "{html}");
    assert!(!admin.portal.sandbox.directory().read().await.users.contains_key(&diego));

    let csv = admin.audit_csv().await;
    let who = "diego.alvarez@gmail.example";
    for (action, outcome, times) in [
        ("Block sign-in", "Changed", 1),
        ("Block sign-in", "Refused", 1),
        ("Allow sign-in", "Changed", 1),
        ("Add to group", "Changed", 1),
        ("Remove from group", "Changed", 1),
        ("Add sponsor", "Changed", 1),
        ("Add sponsor", "Refused", 1),
        ("Remove sponsor", "Refused", 1),
        ("Remove sponsor", "Changed", 2),
        ("Delete user", "Refused", 1),
        ("Delete user", "Changed", 1),
    ] {
        assert_eq!(audited(&csv, action, who, outcome), times, "{action} {outcome}:\n{csv}");
    }
}

#[tokio::test]
async fn guestlist_refuses_to_block_or_delete_synced_accounts_its_admins_and_oneself() {
    let mut admin = as_person(GRACE).await;
    for (name, why) in [
        ("Tomasz Nowak", "synced from your on-premises Active Directory"),
        ("Mateo Rossi", "is an administrator of Guestlist"),
        ("Grace Okafor", "your own account"),
    ] {
        let id = admin.id(name).await;
        let (_, html) = admin.page(&format!("/guests/{id}")).await;
        assert!(!html.contains("Block sign-in") && !html.contains(&format!("/guests/{id}/delete\"")), "{name}: {html}");
        let page = format!("/guests/{id}/delete");
        let (_, html) = admin.post(&page, "guests/delete", &[("user_id", &id), ("confirm", "on")]).await;
        assert!(html.contains(why), "{name}: {html}");
        let (_, html) = admin.post(&page, "guests/sign-in", &[("user_id", &id), ("enabled", "false")]).await;
        assert!(html.contains(why), "{name}: {html}");
        assert!(admin.user(&id).await.account_enabled, "{name} can still sign in");
    }
}

#[tokio::test]
async fn helpdesk_administrators_see_guests_and_resend_or_reset_but_change_nothing_else() {
    let mut helpdesk = as_person(LUKAS).await;
    let noah = helpdesk.id("Noah Williams").await;
    let (status, html) = helpdesk.page(&format!("/guests/{noah}")).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Resend invitation…") && html.contains("Reset redemption…"), "{html}");
    for admin_only in ["Block sign-in", "Change sponsors…", "Add to a group…", "Delete…", "Change user type…"] {
        assert!(!html.contains(admin_only), "{admin_only} is not offered: {html}");
    }
    assert!(html.contains("As a Helpdesk Administrator you can resend and reset invitations"), "{html}");

    // Resend: a fresh link on the Invite result page.
    let (path, html) = helpdesk.post(&format!("/directory/{noah}"), "directory/resend", &[("user_id", &noah)]).await;
    assert_eq!(path, "/invite/done");
    assert!(html.contains("New invitation link for Noah Williams"), "{html}");
    // Reset to the same address; a new address is the Admins'.
    let reset = format!("/directory/{noah}/reset");
    let (path, html) = helpdesk.post(&reset, "directory/reset", &[("user_id", &noah), ("email", "noah@contoso.example")]).await;
    assert_eq!(path, reset);
    assert!(html.contains("Only an administrator can reset Noah Williams to a new e-mail address"), "{html}");
    let (path, html) = helpdesk.post(&reset, "directory/reset", &[("user_id", &noah), ("email", "")]).await;
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Redemption reset for Noah Williams"), "{html}");

    let partners = helpdesk.group_id("Partner Collaboration").await;
    for (endpoint, fields) in [
        ("guests/sign-in", vec![("user_id", noah.as_str()), ("enabled", "false")]),
        ("guests/delete", vec![("user_id", noah.as_str()), ("confirm", "on")]),
        ("guests/group", vec![("user_id", noah.as_str()), ("group_id", partners.as_str()), ("change", "add")]),
        ("guests/sponsors", vec![("user_id", noah.as_str()), ("confirm_none", "on")]),
        ("directory/user-type", vec![("form[user_id]", noah.as_str()), ("form[target]", "Member")]),
    ] {
        assert_eq!(helpdesk.post_status(endpoint, &fields).await, StatusCode::FORBIDDEN, "{endpoint}");
    }
    assert!(helpdesk.user(&noah).await.account_enabled);
    assert!(!helpdesk.member_of(&noah, "Partner Collaboration").await);
    assert_eq!(helpdesk.select(&[("ids", &noah), ("action", "disable")]).await, Err(StatusCode::FORBIDDEN));
    let (status, _) = helpdesk.page(&format!("/guests/{noah}/groups?q=Part")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the group picker is the Admins'");

    let mut admin = Person(signed_in(helpdesk.0.portal, GRACE).await);
    let csv = admin.audit_csv().await;
    let who = "noah.williams@tailspintoys.example";
    assert_eq!(audited(&csv, "Resend invitation", who, "Invited"), 1, "{csv}");
    assert_eq!(audited(&csv, "Reset redemption", who, "Invited"), 1, "{csv}");
    assert!(csv.contains("Lukas Becker"), "{csv}");
}

#[tokio::test]
async fn inviters_and_sponsors_are_refused_everything() {
    for upn in [PRIYA, AMARA] {
        let mut person = as_person(upn).await;
        let olivia = person.id("Olivia Chen").await;
        let (status, html) = person.page(&format!("/guests/{olivia}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{upn}");
        assert!(html.contains("This needs the Helpdesk Administrator role") && !html.contains("olivia.chen@fabrikam.example"), "{html}");
        for endpoint in ["guests/sign-in", "guests/delete", "guests/sponsors", "directory/resend", "directory/reset"] {
            let status = person.post_status(endpoint, &[("user_id", &olivia), ("enabled", "false"), ("confirm", "on"), ("email", "")]).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{upn} {endpoint}");
        }
        assert_eq!(person.select(&[("ids", &olivia), ("action", "resend")]).await, Err(StatusCode::FORBIDDEN));
        assert!(person.user(&olivia).await.account_enabled);
    }
}

#[tokio::test]
async fn a_selection_is_previewed_with_skips_and_the_cap_then_confirmed_as_a_job_with_per_row_results() {
    let portal = portal_with(&[("GUESTLIST_BULK_ACTION_CAP", "2")]).await;
    let mut admin = Person(signed_in(portal, GRACE).await);
    let names = ["Olivia Chen", "Ingrid Larsen", "Tomasz Nowak", "Mateo Rossi", "Diego Alvarez", "Fatima Zahra"];
    let mut ids = Vec::new();
    for name in names {
        ids.push(admin.id(name).await);
    }
    let mut fields: Vec<(&str, &str)> = ids.iter().map(|id| ("ids", id.as_str())).collect();
    fields.push(("action", "disable"));
    let preview = admin.select(&fields).await.expect("a preview");
    assert!(preview.starts_with("/guests/selection/"), "{preview}");
    let (status, html) = admin.page(&preview).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("2 guests will change; 3 are skipped."), "{html}");
    assert!(html.contains("at most 2") && html.contains("run the same selection again"), "the cap is said: {html}");
    assert!(html.contains("Already blocked from signing in."), "Ingrid: {html}");
    assert!(html.contains("synced from your on-premises Active Directory"), "Tomasz: {html}");
    assert!(html.contains("is an administrator of Guestlist"), "Mateo: {html}");
    assert!(!html.contains("Fatima Zahra"), "beyond the cap: not in this run");
    assert!(html.contains("Confirm: block sign-in for 2 guests"), "{html}");
    // Nothing changes before the confirmation.
    assert!(admin.user(&ids[0]).await.account_enabled);

    // Someone else (an Admin too) can neither see nor confirm it.
    let preview_id = preview.trim_start_matches("/guests/selection/").to_owned();
    let mut mateo = Browser::new();
    sign_in(&mut mateo, &admin.portal, MATEO).await;
    let base = admin.portal.base.clone();
    let response = mateo.get(&format!("{base}{preview}")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let html = unescape(&response.text().await.unwrap());
    assert!(html.contains("This preview is someone else's"), "{html}");
    let confirm = mateo.post_form(&format!("{base}/api/guests/selection/confirm"), &[("id".into(), preview_id.clone())], &[("origin", base.as_str())]).await;
    assert_eq!(confirm.status(), StatusCode::NOT_FOUND);

    // Changed since the preview: Diego was blocked meanwhile, so the confirmation skips him.
    let mut diego = admin.user(&ids[4]).await;
    diego.account_enabled = false;
    admin.portal.sandbox.directory().write().await.put_user(diego).await.unwrap();
    let (path, html) = admin.post(&preview, "guests/selection/confirm", &[("id", &preview_id)]).await;
    assert_eq!(path, preview);
    assert!(html.contains("Job ") && html.contains("Waiting"), "{html}");
    assert!(html.contains("http-equiv=\"refresh\""), "refreshes itself while the job runs: {html}");
    assert!(html.contains("Changed since the preview: Already blocked from signing in."), "{html}");
    assert_eq!(admin.run_jobs().await, 1);
    let (_, html) = admin.page(&preview).await;
    assert!(html.contains("1 done, 0 failed, 0 waiting") && html.contains("Olivia Chen is blocked from signing in."), "{html}");
    assert!(!html.contains("http-equiv=\"refresh\""), "done: no more refreshing");
    assert!(!admin.user(&ids[0]).await.account_enabled);
    assert!(admin.user(&ids[5]).await.account_enabled, "Fatima was beyond the cap");
    // A confirmed preview is not run twice.
    let (_, html) = admin.post(&preview, "guests/selection/confirm", &[("id", &preview_id)]).await;
    assert!(html.contains("was confirmed already"), "{html}");
    let csv = admin.audit_csv().await;
    assert_eq!(audited(&csv, "Block sign-in", "olivia.chen@fabrikam.example", "Changed"), 1, "{csv}");
    assert!(csv.contains("\"Grace Okafor <grace.okafor@northwind.example>\""), "the job acts as who confirmed: {csv}");
}

#[tokio::test]
async fn a_sponsor_is_added_to_a_selection_after_choosing_them_on_the_preview() {
    let mut admin = as_person(GRACE).await;
    let (olivia, diego, amara) = (admin.id("Olivia Chen").await, admin.id("Diego Alvarez").await, admin.id("Amara Diallo").await);
    let preview = admin.select(&[("ids", &olivia), ("ids", &diego), ("action", "add_sponsor")]).await.expect("a preview");
    let id = preview.trim_start_matches("/guests/selection/").to_owned();
    let (status, html) = admin.page(&preview).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Choose the sponsor to add") && !html.contains("Confirm:"), "the sponsor comes first: {html}");
    // Confirming without a sponsor is refused in words.
    let (_, html) = admin.post(&preview, "guests/selection/confirm", &[("id", &id)]).await;
    assert!(html.contains("Choose the sponsor to add first"), "{html}");

    let (_, html) = admin.page(&format!("{preview}?q=Amara")).await;
    assert!(html.contains(&format!("value=\"user:{amara}\"")) && html.contains("Amara Diallo, amara.diallo@northwind.example"), "{html}");
    let (path, html) = admin.post(&preview, "guests/selection/sponsor", &[("id", &id), ("sponsor", &format!("user:{amara}"))]).await;
    assert_eq!(path, preview);
    assert!(html.contains("Add Amara Diallo as sponsor"), "{html}");
    assert!(html.contains("1 guest will change; 1 is skipped.") && html.contains("Already has this sponsor."), "Olivia has Amara already: {html}");
    assert!(html.contains("Confirm: add sponsor for 1 guest"), "{html}");

    admin.post(&preview, "guests/selection/confirm", &[("id", &id)]).await;
    assert_eq!(admin.run_jobs().await, 1);
    assert_eq!(admin.sponsors(&diego).await, ["Amara Diallo", "Sofia Marquez"]);
    // Once confirmed, the sponsor cannot be changed any more.
    let (_, html) = admin.post(&preview, "guests/selection/sponsor", &[("id", &id), ("sponsor", &format!("user:{olivia}"))]).await;
    assert!(html.contains("was confirmed already"), "{html}");
}

#[tokio::test]
async fn helpdesk_resends_pending_invitations_of_a_selection_and_accepted_ones_are_skipped() {
    let mut helpdesk = as_person(LUKAS).await;
    let (noah, yuki, olivia) = (helpdesk.id("Noah Williams").await, helpdesk.id("Yuki Tanaka").await, helpdesk.id("Olivia Chen").await);
    let preview = helpdesk.select(&[("ids", &noah), ("ids", &olivia), ("ids", &yuki), ("action", "resend")]).await.expect("a preview");
    let (_, html) = helpdesk.page(&preview).await;
    assert!(html.contains("2 guests will change; 1 is skipped.") && html.contains("Already accepted the invitation"), "{html}");
    let id = preview.trim_start_matches("/guests/selection/").to_owned();
    helpdesk.post(&preview, "guests/selection/confirm", &[("id", &id)]).await;
    assert_eq!(helpdesk.run_jobs().await, 2);
    let (_, html) = helpdesk.page(&preview).await;
    assert!(html.contains("2 done, 0 failed") && html.contains("New invitation link for noah.williams@tailspintoys.example"), "{html}");
}

#[tokio::test]
async fn a_selection_that_cannot_be_previewed_says_why() {
    let mut admin = as_person(GRACE).await;
    let to = admin.select(&[("action", "disable")]).await.expect("a redirect");
    assert_eq!(to, "/guests/selection");
    let (status, html) = admin.page(&to).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Tick at least one guest first"), "{html}");
}

#[tokio::test]
async fn all_guests_matching_a_filter_are_previewed_without_ticking_them() {
    let mut admin = as_person(GRACE).await;
    let preview = admin.select(&[("scope", "filter"), ("filter", "status=pending"), ("action", "resend")]).await.expect("a preview");
    let (status, html) = admin.page(&preview).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Noah Williams") && html.contains("Yuki Tanaka"), "the pending guests: {html}");
    assert!(!html.contains("Olivia Chen"), "accepted guests do not match the filter: {html}");
    assert!(html.contains("href=\"/guests?status=pending\""), "back to the same view: {html}");
    let bad = admin.select(&[("scope", "filter"), ("filter", "status=asleep"), ("action", "resend")]).await;
    assert_eq!(bad, Ok("/guests/selection".to_owned()));
    let (_, html) = admin.page("/guests/selection").await;
    assert!(html.contains("“asleep” is not a status"), "{html}");
}
