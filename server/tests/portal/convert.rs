//! Converting internal accounts to B2B over HTTP, as a browser without JavaScript uses it: the
//! assistant's checks and their messages, a conversion redeemed on the sandbox's redeem page and
//! read back through Graph, and a batch; against the sandbox tenant.

use reqwest::StatusCode;
use sandbox::directory::model::AllowInvitesFrom;
use serde_json::{json, Value};
use server::config::EntraApp;

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const MATEO: &str = "mateo.rossi@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";
const ELENA: &str = "81e3bf59-a6cf-447d-a8fe-0491d3f6b28a";
const TOMASZ: &str = "92f4c06a-b7d0-458e-b90f-15a2e407c39b";
const HANNAH: &str = "a305d17b-c8e1-469f-8a01-26b3f518d4ac";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";
const ELENA_MAIL: &str = "elena.popescu@fabrikam.example";

session_view! {
    /// An administrator's session; the pages as a reader sees them.
    Admin
}

async fn admin(upn: &str) -> Admin {
    Admin(signed_in(sandbox_portal().await, upn).await)
}

/// What a reader sees of `html`: the text without tags (Leptos puts markers between parts).
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

impl Admin {
    /// The page's text.
    async fn page(&mut self, path: &str) -> String {
        unescape(&text(&self.served(path).await))
    }

    async fn html(&mut self, path: &str) -> String {
        unescape(&self.served(path).await)
    }

    /// The HTML of `path`, which must be there.
    async fn served(&mut self, path: &str) -> String {
        let (status, html) = self.0.page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {html}");
        html
    }

    /// A plain form POST to a server function from `from`; returns the path it redirects to.
    async fn post(&mut self, endpoint: &str, from: &str, fields: &[(&str, &str)]) -> String {
        self.post_from(from, endpoint, fields).await
    }

    /// Submits the assistant's form for `id`; returns where the browser lands.
    async fn convert(&mut self, id: &str, fields: &[(&str, &str)]) -> String {
        let mut form = vec![("form[user_id]", id), ("form[language]", "en-US")];
        form.extend_from_slice(fields);
        self.post("convert/send", &format!("/convert/{id}"), &form).await
    }

    async fn external_state(&self, id: &str) -> Option<String> {
        self.portal.sandbox.directory().read().await.users[id].external_user_state.clone()
    }

    /// Graph over HTTP with the portal's own app token, for setting up and reading back.
    async fn graph(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let directory = self.portal.sandbox.directory();
        let app = EntraApp {
            tenant_id: directory.tenant().id.clone(),
            client_id: directory.portal_app().client_id.clone(),
            client_secret: directory.portal_app().client_secret.clone(),
            issuer_url: url::Url::parse(&self.portal.sandbox.issuer().issuer_url()).unwrap(),
            graph_base: url::Url::parse(&format!("{}/_sandbox/graph", self.portal.base)).unwrap(),
        };
        let http = reqwest::Client::new();
        let grant = [
            ("grant_type", "client_credentials"),
            ("client_id", app.client_id.as_str()),
            ("client_secret", app.client_secret.as_str()),
            ("scope", "https://graph.microsoft.com/.default"),
        ];
        let token: Value = http.post(app.token_endpoint()).form(&grant).send().await.unwrap().json().await.unwrap();
        let mut request = http.request(method, format!("{}/v1.0/{path}", app.graph_base.as_str().trim_end_matches('/')));
        request = request.bearer_auth(token["access_token"].as_str().unwrap());
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        assert!(response.status().is_success(), "{path}: {}", response.status());
        response.json().await.unwrap_or(Value::Null)
    }

    async fn read(&self, path: &str) -> Value {
        self.graph(reqwest::Method::GET, path, None).await
    }
}

/// The `value` of the input with this id in `html`.
fn input_value(html: &str, id: &str) -> String {
    let start = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id} in {html}"));
    let rest = &html[start..];
    let value = &rest[rest.find("value=\"").unwrap() + 7..];
    value[..value.find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn only_admins_convert_and_the_list_shows_internal_accounts_only() {
    let portal = sandbox_portal().await;
    let mut inviter = Browser::new();
    sign_in(&mut inviter, &portal, PRIYA).await;
    let html = inviter.get(&format!("{}/convert/{ELENA}", portal.base)).await.text().await.unwrap();
    assert!(html.contains("This needs the Administrator role"), "{html}");
    assert!(!html.contains("Nothing stands in the way"));

    let mut s = admin(GRACE).await;
    assert!(s.html("/").await.contains("href=\"/convert\""), "the nav offers Convert");
    let html = s.html("/convert").await;
    for name in ["Elena Popescu", "Tomasz Nowak", "Hannah Schmidt"] {
        assert!(html.contains(name), "{name} is an internal account");
    }
    assert!(!html.contains("Olivia Chen"), "B2B guests are not internal accounts");
    assert!(html.contains(&format!("value=\"{ELENA}\"")), "Elena can be ticked");
    let html = s.page("/convert?q=Tom").await;
    assert!(html.contains("Tomasz Nowak") && !html.contains("Elena Popescu"), "{html}");
    // The assistant is part of the Convert section: its navigation entry is the current one.
    let html = s.html(&format!("/convert/{ELENA}")).await;
    assert!(html.contains("href=\"/convert\" aria-current=\"page\""), "{html}");
    assert!(!html.contains("href=\"/\" aria-current=\"page\""), "Home is current on itself only");
}

#[tokio::test]
async fn each_precondition_is_explained_and_nothing_is_sent_while_one_blocks() {
    let mut s = admin(MATEO).await;

    let html = s.page(&format!("/convert/{TOMASZ}")).await;
    assert!(html.contains("Blocks the conversion: Synchronised by Entra Connect with an on-premises user name"), "{html}");
    assert!(html.contains("tomasz.nowak@corp.northwind.example") && html.contains("Synchronization Rules Editor, add an outbound rule"));
    assert!(html.contains("Good to know: Synchronised from on-premises"));
    assert!(html.contains("source of authority") && html.contains("deletes this cloud account") && html.contains("long unknown value"));
    assert!(!s.html(&format!("/convert/{TOMASZ}")).await.contains("form[user_id]"), "no conversion form while blocked");

    let html = s.page(&format!("/convert/{HANNAH}")).await;
    assert!(html.contains("The address is on your own domain") && html.contains("northwind.example is a verified domain"), "{html}");
    let html = s.page(&format!("/convert/{HANNAH}?email=hannah.schmidt@woodgrove.example")).await;
    assert!(html.contains("The e-mail address belongs to an Exchange mailbox"), "{html}");
    assert!(html.contains("in the Exchange admin center") && html.contains("Exchange Online mailbox"));

    let mateo = s.portal.person(|p| p.user_principal_name == MATEO).await.id;
    let html = s.page(&format!("/convert/{mateo}?email=mateo@rossi-consulting.example")).await;
    assert!(html.contains("Good to know: Holds administrator roles") && html.contains("User Administrator"), "{html}");
    assert!(html.contains("The e-mail address belongs to an Exchange mailbox"), "a member's mailbox: {html}");

    let html = s.html(&format!("/convert/{OLIVIA}")).await;
    assert!(text(&html).contains("Already invited to B2B") && text(&html).contains("state: Accepted"), "{html}");
    assert!(html.contains(&format!("href=\"/directory/{OLIVIA}\"")));
    assert!(text(&html).contains("Resend the invitation or reset the redemption on Olivia's Directory page"));

    let html = s.page(&format!("/convert/{ELENA}?email=elena%2Bwork@fabrikam.example")).await;
    assert!(html.contains("contains '+', which Microsoft Entra does not accept"), "{html}");
    s.portal.sandbox.directory().update_settings(|t| t.blocked_domains = vec!["fabrikam.example".into()]).await.unwrap();
    let html = s.page(&format!("/convert/{ELENA}")).await;
    assert!(html.contains("guest settings do not allow invitations to fabrikam.example"), "{html}");
    s.portal.sandbox.directory().update_settings(|t| t.blocked_domains = vec![]).await.unwrap();

    // Elena: cloud-only, no mailbox, mail already her external address.
    let html = s.page(&format!("/convert/{ELENA}")).await;
    assert!(html.contains("Nothing stands in the way: Elena can be converted with elena.popescu@fabrikam.example"), "{html}");
    assert!(html.contains("Reset the password to a random value now") && html.contains("already is elena.popescu@fabrikam.example"));
    assert!(html.contains("user type is already Guest"));
    let tenant = s.portal.sandbox.directory().tenant().id.clone();
    assert!(html.contains(&format!("https://teams.microsoft.com/?tenantId={tenant}")));
    // Another external address: Guestlist offers to set mail, and must be allowed to.
    let html = s.page(&format!("/convert/{ELENA}?email=elena@popescu-translations.example")).await;
    assert!(html.contains("Set the e-mail address to the external address") && html.contains("Microsoft requires elena@popescu-translations.example"));
    let to = s.convert(ELENA, &[("form[email]", "elena@popescu-translations.example")]).await;
    assert_eq!(to, format!("/convert/{ELENA}"));
    let html = s.page(&to).await;
    assert!(html.contains("Microsoft converts Elena only when the e-mail address (mail) is elena@popescu-translations.example"), "{html}");

    // A blocked account posted anyway is refused on the server too.
    let to = s.convert(TOMASZ, &[("form[email]", "tomasz.nowak@tailspintoys.example")]).await;
    let html = s.page(&to).await;
    assert!(html.contains("Tomasz cannot be converted yet: Synchronised by Entra Connect"), "{html}");
    for id in [ELENA, TOMASZ, HANNAH] {
        assert_eq!(s.external_state(id).await, None, "nothing was sent");
    }
    assert_eq!(s.portal.sandbox.directory().read().await.users[ELENA].mail.as_deref(), Some(ELENA_MAIL));
    let audit = s.page("/audit?text=&outcome=Refused").await;
    assert!(audit.contains("Convert to external user") && audit.contains("tomasz.nowak@tailspintoys.example"), "{audit}");
}

#[tokio::test]
async fn a_converted_account_keeps_its_object_id_user_name_groups_and_apps_after_redemption() {
    let mut s = admin(MATEO).await;
    // Elena is in Project Alpha; give her an app role of the partner extranet too.
    let apps = s.read("servicePrincipals").await;
    let extranet = apps["value"].as_array().unwrap().iter().find(|sp| sp["displayName"] == "Northwind Partner Extranet").unwrap().clone();
    let role = extranet["appRoles"].as_array().unwrap().iter().find(|r| r["value"] == "Extranet.Read").unwrap()["id"].clone();
    let assignment = json!({"principalId": ELENA, "resourceId": extranet["id"], "appRoleId": role});
    s.graph(reqwest::Method::POST, &format!("users/{ELENA}/appRoleAssignments"), Some(assignment)).await;
    let user = format!("users/{ELENA}?$select=id,userPrincipalName,identities,externalUserState");
    let ids = |list: Value, key: &str| {
        let mut ids: Vec<String> = list["value"].as_array().unwrap().iter().map(|v| v[key].as_str().unwrap().to_owned()).collect();
        ids.sort();
        ids
    };
    let before = s.read(&user).await;
    let groups_before = ids(s.read(&format!("users/{ELENA}/memberOf")).await, "id");
    let apps_before = ids(s.read(&format!("users/{ELENA}/appRoleAssignments")).await, "appRoleId");
    assert!(!groups_before.is_empty() && apps_before.len() == 1, "{groups_before:?} {apps_before:?}");

    let to = s.convert(ELENA, &[("form[email]", ELENA_MAIL), ("form[reset_password]", "on")]).await;
    assert_eq!(to, "/invite/done");
    let html = s.html("/invite/done").await;
    let shown = text(&html);
    assert!(shown.contains("Conversion started") && shown.contains("What happens next"), "{shown}");
    assert!(shown.contains(&format!("Elena keeps the same object id ({ELENA})")));
    assert!(shown.contains("signs in with their fabrikam.example account"));
    assert!(shown.contains("Elena must accept with an account of fabrikam.example"));
    assert!(shown.contains("password was reset to a random value"));
    assert!(shown.contains("Pass on this invitation link") && shown.contains("Send it from Guestlist"));
    assert!(s.portal.sandbox.directory().read().await.users[ELENA].last_password_change_date_time.is_some());

    // Elena accepts on the sandbox's redeem page with her own Entra organisation.
    let link = input_value(&html, "redeem-url");
    let page = s.browser.get(&link).await;
    assert_eq!(page.status(), StatusCode::OK);
    let rd = url::Url::parse(&link).unwrap().query_pairs().find(|(k, _)| k == "rd").unwrap().1.into_owned();
    let redeem = format!("{}/_sandbox/redeem", s.portal.base);
    let accepted = s.browser.post_form(&redeem, &[("rd".into(), rd), ("provider".into(), "ExternalAzureAD".into())], &[]).await;
    assert_redirect(&accepted);

    let after = s.read(&user).await;
    assert_eq!((&after["id"], &after["userPrincipalName"]), (&before["id"], &before["userPrincipalName"]));
    assert_eq!(after["externalUserState"], "Accepted");
    assert!(after["identities"].as_array().unwrap().iter().any(|i| i["issuer"] == "ExternalAzureAD"), "{after}");
    assert_eq!(ids(s.read(&format!("users/{ELENA}/memberOf")).await, "id"), groups_before);
    assert_eq!(ids(s.read(&format!("users/{ELENA}/appRoleAssignments")).await, "appRoleId"), apps_before);

    let audit = s.page("/audit").await;
    for action in ["Convert to external user", "Reset password"] {
        assert!(audit.contains(action), "{action} is audited: {audit}");
    }
}

#[tokio::test]
async fn a_batch_converts_the_eligible_account_explains_the_blocked_ones_and_retries_failures() {
    let mut s = admin(GRACE).await;
    // Checkboxes are named by their row and carry the account's id; unticked rows send nothing.
    let picks: Vec<String> = [0, 3, 4].iter().map(|row| format!("pick[{row}]")).collect();
    let fields: Vec<(&str, &str)> = picks.iter().map(String::as_str).zip([ELENA, TOMASZ, HANNAH]).collect();
    assert_eq!(s.post("convert/preview", "/convert", &fields).await, "/convert");
    let html = s.page("/convert").await;
    assert!(html.contains("Preview") && html.contains("Convert 1 eligible account"), "{html}");
    assert!(html.contains("Send the B2B invitation to elena.popescu@fabrikam.example"));
    assert!(html.contains("Synchronised by Entra Connect with an on-premises user name"));
    assert!(html.contains("The address is on your own domain") && html.contains("open the assistant for Hannah"));

    // The tenant stops invitations between preview and conversion: Elena's fails, and is retried.
    s.portal.sandbox.directory().update_settings(|t| t.allow_invites_from = AllowInvitesFrom::None).await.unwrap();
    assert_eq!(s.post("convert/run", "/convert", &[("language", "en-US")]).await, "/convert");
    let html = s.page("/convert").await;
    assert!(html.contains("Results") && html.contains("Microsoft did not convert Elena"), "{html}");
    assert!(html.contains("Retry the failed account"));
    assert_eq!(s.external_state(ELENA).await, None);

    s.portal.sandbox.directory().update_settings(|t| t.allow_invites_from = AllowInvitesFrom::AdminsAndGuestInviters).await.unwrap();
    assert_eq!(s.post("convert/run", "/convert", &[("retry", "on")]).await, "/convert");
    let html = s.html("/convert").await;
    assert!(text(&html).contains("Converting: pass on the link below to Elena"), "{html}");
    assert!(input_value(&html, &format!("link-{ELENA}")).contains("/_sandbox/redeem?rd="));
    assert!(!text(&html).contains("Retry the failed account"));
    assert!(text(&html).contains("Left out: Synchronised by Entra Connect with an on-premises user name."), "{html}");
    assert!(text(&html).contains("Left out: The address is on your own domain."));
    assert_eq!(s.external_state(ELENA).await.as_deref(), Some("PendingAcceptance"));
    for id in [TOMASZ, HANNAH] {
        assert_eq!(s.external_state(id).await, None, "blocked accounts are left alone");
    }
    let audit = s.page("/audit?text=elena&outcome=").await;
    assert!(audit.contains("Failed") && audit.contains("Invited"), "both attempts are audited: {audit}");

    assert_eq!(s.post("convert/clear", "/convert", &[]).await, "/convert");
    let html = s.page("/convert").await;
    assert!(html.contains("Check the selected accounts") && !html.contains("Elena Popescu"), "Elena is external now: {html}");
}

#[tokio::test]
async fn the_address_is_set_first_and_microsoft_mails_the_invitation_in_the_chosen_language() {
    let mut s = admin(GRACE).await;
    let address = "elena@popescu-translations.example";
    let fields = [("form[email]", address), ("form[set_mail]", "on"), ("form[send_mail]", "on"), ("form[language]", "de-DE"), ("form[message]", "Willkommen zurück")];
    let mut form = vec![("form[user_id]", ELENA)];
    form.extend_from_slice(&fields);
    assert_eq!(s.post("convert/send", &format!("/convert/{ELENA}?email={address}"), &form).await, "/invite/done");
    let html = s.page("/invite/done").await;
    assert!(html.contains(&format!("Microsoft has sent the invitation e-mail to {address}")), "{html}");
    assert!(html.contains("user type stays Guest"));
    let user = s.portal.sandbox.directory().read().await.users[ELENA].clone();
    assert_eq!((user.mail.as_deref(), user.external_user_state.as_deref()), (Some(address), Some("PendingAcceptance")));
    let mail = s.outbox().await.into_iter().find(|m| m["to"] == address).expect("Microsoft mailed Elena");
    assert!(mail.to_string().contains("Willkommen zurück"), "{mail}");
    let audit = s.page("/audit").await;
    assert!(audit.contains("Set e-mail address") && audit.contains("Changed"), "{audit}");
}

#[tokio::test]
async fn a_refused_password_reset_is_explained_and_the_conversion_still_goes_ahead() {
    // With the app's own token, Microsoft resets passwords only if the app holds a directory role;
    // the sandbox portal app holds none.
    let mut s = Admin(signed_in(portal_with(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await, GRACE).await);
    let to = s.convert(ELENA, &[("form[email]", ELENA_MAIL), ("form[reset_password]", "on")]).await;
    assert_eq!(to, "/invite/done");
    let shown = s.page("/invite/done").await;
    assert!(shown.contains("Conversion started"), "{shown}");
    assert!(shown.contains("Resetting Elena's password failed"), "{shown}");
    assert!(shown.contains("only if the app itself holds the User Administrator role"), "{shown}");
    assert!(shown.contains("The old password still works; reset it in the Microsoft Entra admin center"), "{shown}");
    let elena = s.portal.sandbox.directory().read().await.users[ELENA].clone();
    assert_eq!(elena.external_user_state.as_deref(), Some("PendingAcceptance"));
    assert!(elena.last_password_change_date_time.is_none(), "the password was not changed");
}
