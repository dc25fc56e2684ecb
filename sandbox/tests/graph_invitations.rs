//! `POST /invitations` over real HTTP: validation, the created guest, existing addresses,
//! internal→external conversion, resetRedemption, policies, sponsors, the outbox, redemption and
//! throttling.

mod graph_support;

use graph_support::*;
use reqwest::StatusCode;
use sandbox::directory::model::AllowInvitesFrom;
use serde_json::{json, Value};

const ELENA: &str = "81e3bf59-a6cf-447d-a8fe-0491d3f6b28a";
const TOMASZ: &str = "92f4c06a-b7d0-458e-b90f-15a2e407c39b";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";

async fn user(h: &Harness, token: &str, id: &str) -> Value {
    let select = "id,userPrincipalName,userType,creationType,externalUserState,externalUserStateChangeDateTime,identities,mail";
    let reply = h.get(&format!("users/{id}?$select={select}"), token).await;
    assert_valid("microsoft.graph.user", reply.ok(StatusCode::OK));
    reply.body
}

async fn sponsor_ids(h: &Harness, token: &str, id: &str) -> Vec<String> {
    let body = h.get(&format!("users/{id}/sponsors"), token).await.ok(StatusCode::OK).clone();
    assert_valid_objects(&body);
    body["value"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect()
}

/// Accepts an invitation on the sandbox redeem page, as the invitee would.
async fn redeem(h: &Harness, redeem_url: &str, provider: &str) -> reqwest::Response {
    let page = h.http.get(redeem_url).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("SANDBOX") && html.contains(provider), "{html}");
    let rd = url::Url::parse(redeem_url).unwrap().query_pairs().find(|(k, _)| k == "rd").unwrap().1.into_owned();
    h.http.post(format!("{}/_sandbox/redeem", h.base)).form(&[("rd", rd.as_str()), ("provider", provider)]).send().await.unwrap()
}

#[tokio::test]
async fn required_fields_and_address_rules() {
    let h = start(false).await;
    let token = h.app_token().await;
    for body in [
        json!({"inviteRedirectUrl": "https://portal.example"}),
        json!({"invitedUserEmailAddress": "a@fabrikam.example"}),
        json!({"invitedUserEmailAddress": "first+tag@fabrikam.example", "inviteRedirectUrl": "https://portal.example"}),
        json!({"invitedUserEmailAddress": ".first@fabrikam.example", "inviteRedirectUrl": "https://portal.example"}),
        json!({"invitedUserEmailAddress": "a@fabrikam.example", "inviteRedirectUrl": "not a url"}),
        json!({"invitedUserEmailAddress": "a@fabrikam.example", "inviteRedirectUrl": "https://p.example", "invitedUserType": "Owner"}),
        json!({"invitedUserEmailAddress": "a@fabrikam.example", "inviteRedirectUrl": "https://p.example", "favourite": 1}),
        json!({"invitedUserEmailAddress": "a@fabrikam.example", "inviteRedirectUrl": "https://p.example",
               "invitedUserMessageInfo": {"ccRecipients": [{"emailAddress": {"address": "x@y.example"}}, {"emailAddress": {"address": "z@y.example"}}]}}),
        json!({"invitedUserEmailAddress": "a@fabrikam.example", "inviteRedirectUrl": "https://p.example", "resetRedemption": true}),
    ] {
        h.invite(&token, body.clone()).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    }
    let message = h.invite_address(&token, "first+tag@fabrikam.example").await.error(StatusCode::BAD_REQUEST, "BadRequest");
    assert!(message.contains("Primary SMTP Address"), "{message}");
    // Addresses of the tenant's own verified domains are not guests.
    h.invite_address(&token, "someone@northwind.example").await.error(StatusCode::BAD_REQUEST, "BadRequest");
}

#[tokio::test]
async fn a_new_guest_is_created_pending_with_the_inviter_as_sponsor() {
    let h = start(false).await;
    let inviter = h.user_token(GUEST_INVITER).await;
    let reply = h
        .invite(
            &inviter,
            json!({"invitedUserEmailAddress": "Ada.Lovelace@analytical.example", "invitedUserDisplayName": "Ada Lovelace",
                   "inviteRedirectUrl": "https://portal.example/welcome"}),
        )
        .await;
    let body = reply.ok(StatusCode::CREATED).clone();
    assert!(body["@odata.context"].as_str().unwrap().ends_with("$metadata#invitations/$entity"));
    assert_eq!(body["status"], "PendingAcceptance");
    assert_eq!(body["invitedUserType"], "Guest");
    assert_eq!(body["sendInvitationMessage"], false);
    assert_eq!(body["resetRedemption"], false);
    assert_eq!(body["invitedUserDisplayName"], "Ada Lovelace");
    let redeem_url = body["inviteRedeemUrl"].as_str().unwrap();
    assert!(redeem_url.starts_with(&format!("{}/_sandbox/redeem?rd=", h.base)), "{redeem_url}");
    let id = body["invitedUser"]["id"].as_str().unwrap();

    let app = h.app_token().await;
    let guest = user(&h, &app, id).await;
    assert_eq!(guest["userPrincipalName"], "Ada.Lovelace_analytical.example#EXT#@northwindtraders.onmicrosoft.example");
    assert_eq!((guest["userType"].as_str(), guest["creationType"].as_str()), (Some("Guest"), Some("Invitation")));
    assert_eq!(guest["externalUserState"], "PendingAcceptance");
    assert_eq!(guest["mail"], "Ada.Lovelace@analytical.example");
    let priya = h.sandbox.directory().person_by_upn(GUEST_INVITER).await.unwrap().unwrap();
    assert_eq!(sponsor_ids(&h, &app, id).await, [priya.id]);
    // No mail unless sendInvitationMessage.
    assert!(h.sandbox.directory().read().await.mail.is_empty());

    // Inviting the same address again returns the same user: no second account.
    let again = h.invite_address(&app, "ada.lovelace@ANALYTICAL.example").await;
    assert_eq!(again.ok(StatusCode::CREATED)["invitedUser"]["id"], id);
    let query = "$filter=mail eq 'ada.lovelace@analytical.example'&$select=id";
    assert_eq!(h.users(query, &app, false).await.body["value"].as_array().unwrap().len(), 1);

    // Redemption: the invitee picks a provider and lands on the redirect URL.
    let response = redeem(&h, redeem_url, "google.com").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "https://portal.example/welcome");
    let guest = user(&h, &app, id).await;
    assert_eq!(guest["externalUserState"], "Accepted");
    assert!(guest["externalUserStateChangeDateTime"].is_string());
    let identities = guest["identities"].as_array().unwrap();
    assert!(identities.iter().any(|i| i["issuer"] == "google.com" && i["signInType"] == "federated"), "{identities:?}");
    // A used link is spent; an accepted guest re-invited is Completed.
    let again = h.http.get(redeem_url).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert_eq!(h.invite_address(&app, "ada.lovelace@analytical.example").await.body["status"], "Completed");
}

#[tokio::test]
async fn sponsors_in_the_request_and_their_limit() {
    let h = start(false).await;
    let app = h.app_token().await;
    let people = h.sandbox.directory().sign_in_people().await.unwrap();
    let members: Vec<String> = people.iter().filter(|p| p.user_type == "Member").map(|p| p.id.clone()).collect();
    let sponsors = |n: usize| Value::Array(members[..n].iter().map(|id| json!({"id": id})).collect());
    let body = |address: &str, n: usize| {
        json!({"invitedUserEmailAddress": address, "inviteRedirectUrl": "https://p.example", "invitedUserSponsors": sponsors(n)})
    };
    h.invite(&app, body("six@sponsors.example", 6)).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    let reply = h.invite(&app, body("two@sponsors.example", 2)).await;
    let id = reply.ok(StatusCode::CREATED)["invitedUser"]["id"].as_str().unwrap().to_string();
    let mut got = sponsor_ids(&h, &app, &id).await;
    got.sort();
    let mut want = members[..2].to_vec();
    want.sort();
    assert_eq!(got, want);
    // App-only without sponsors: nobody is stamped.
    let reply = h.invite_address(&app, "nobody@sponsors.example").await;
    let id = reply.ok(StatusCode::CREATED)["invitedUser"]["id"].as_str().unwrap().to_string();
    assert!(sponsor_ids(&h, &app, &id).await.is_empty());
    let unknown = json!({"invitedUserEmailAddress": "u@sponsors.example", "inviteRedirectUrl": "https://p.example",
                         "invitedUserSponsors": [{"id": uuid::Uuid::new_v4().to_string()}]});
    h.invite(&app, unknown).await.error(StatusCode::BAD_REQUEST, "BadRequest");
}

#[tokio::test]
async fn invitation_mail_goes_to_the_outbox() {
    let h = start(false).await;
    let inviter = h.user_token(GUEST_INVITER).await;
    let reply = h
        .invite(
            &inviter,
            json!({"invitedUserEmailAddress": "klaus@beispiel.example", "inviteRedirectUrl": "https://p.example",
                   "sendInvitationMessage": true,
                   "invitedUserMessageInfo": {"messageLanguage": "de-DE",
                       "ccRecipients": [{"emailAddress": {"name": "Team", "address": "team@beispiel.example"}}]}}),
        )
        .await;
    let body = reply.ok(StatusCode::CREATED).clone();
    assert_eq!(body["invitedUserMessageInfo"]["ccRecipients"][0]["emailAddress"]["address"], "team@beispiel.example");
    h.invite(
        &inviter,
        json!({"invitedUserEmailAddress": "jo@custom.example", "inviteRedirectUrl": "https://p.example", "sendInvitationMessage": true,
               "invitedUserMessageInfo": {"messageLanguage": "fr-FR", "customizedMessageBody": "Welcome <b>aboard</b> & hello"}}),
    )
    .await
    .ok(StatusCode::CREATED);

    let outbox: Value = h.http.get(format!("{}/_sandbox/mail.json", h.base)).send().await.unwrap().json().await.unwrap();
    let mails = outbox["value"].as_array().unwrap();
    assert_eq!(mails.len(), 2);
    let (custom, german) = (&mails[0], &mails[1]);
    assert_eq!(german["to"], "klaus@beispiel.example");
    assert_eq!(german["cc"], json!(["team@beispiel.example"]));
    assert_eq!(german["language"], "de-DE");
    assert!(german["subject"].as_str().unwrap().contains("Northwind Traders"));
    assert!(german["body"].as_str().unwrap().contains("Priya Natarajan"));
    assert_eq!(german["redeemUrl"], body["inviteRedeemUrl"]);
    assert_eq!(custom["language"], "en-US");
    assert!(custom["body"].as_str().unwrap().contains("Welcome <b>aboard</b> & hello"));

    let html = h.http.get(format!("{}/_sandbox/mail", h.base)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Welcome &lt;b&gt;aboard&lt;/b&gt; &amp; hello"), "the outbox escapes mail bodies");
    assert!(!html.contains("<b>aboard"));
}

#[tokio::test]
async fn who_may_invite_follows_allow_invites_from() {
    let h = start(false).await;
    let member = h.user_token(MEMBER).await;
    let inviter = h.user_token(GUEST_INVITER).await;
    let app = h.app_token().await;
    h.invite_address(&member, "m1@policy.example").await.ok(StatusCode::CREATED);

    h.sandbox.directory().update_settings(|s| s.allow_invites_from = AllowInvitesFrom::AdminsAndGuestInviters).await.unwrap();
    let message = h.invite_address(&member, "m2@policy.example").await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    assert!(message.contains("Guest invitations not allowed"), "{message}");
    h.invite_address(&inviter, "m3@policy.example").await.ok(StatusCode::CREATED);
    h.invite_address(&app, "m4@policy.example").await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");

    h.sandbox.directory().update_settings(|s| s.allow_invites_from = AllowInvitesFrom::None).await.unwrap();
    h.invite_address(&inviter, "m5@policy.example").await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");

    h.sandbox.directory().update_settings(|s| {
        s.allow_invites_from = AllowInvitesFrom::Everyone;
        s.blocked_domains = vec!["rival.example".into()];
    })
    .await
    .unwrap();
    h.invite_address(&app, "spy@rival.example").await.error(StatusCode::BAD_REQUEST, "BadRequest");
    h.invite_address(&app, "friend@partner.example").await.ok(StatusCode::CREATED);

    // Member invitations need an administrator.
    let body = json!({"invitedUserEmailAddress": "boss@partner.example", "inviteRedirectUrl": "https://p.example", "invitedUserType": "Member"});
    h.invite(&inviter, body.clone()).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    let admin = h.user_token(GLOBAL_ADMIN).await;
    assert_eq!(h.invite(&admin, body).await.ok(StatusCode::CREATED)["invitedUserType"], "Member");
}

#[tokio::test]
async fn internal_users_become_external_on_redemption() {
    let h = start(false).await;
    let admin = h.user_token(USER_ADMIN).await;
    let inviter = h.user_token(GUEST_INVITER).await;
    let convert = |id: &str, address: &str| {
        json!({"invitedUserEmailAddress": address, "inviteRedirectUrl": "https://p.example/done", "invitedUser": {"id": id}})
    };
    // Preconditions: mail must be the address; synced users with onPremisesUserPrincipalName are blocked.
    h.invite(&admin, convert(ELENA, "elena@elsewhere.example")).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    h.invite(&admin, convert(TOMASZ, "tomasz.nowak@tailspintoys.example")).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    h.invite(&admin, convert(OLIVIA, "olivia.chen@fabrikam.example")).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    h.invite(&inviter, convert(ELENA, "elena.popescu@fabrikam.example")).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");

    let before = user(&h, &admin, ELENA).await;
    let reply = h.invite(&admin, convert(ELENA, "elena.popescu@fabrikam.example")).await;
    let body = reply.ok(StatusCode::CREATED).clone();
    assert_eq!(body["invitedUser"]["id"], ELENA);
    assert_eq!(user(&h, &admin, ELENA).await["externalUserState"], "PendingAcceptance");
    // The inviting admin is stamped as sponsor next to the existing one.
    let mateo = h.sandbox.directory().person_by_upn(USER_ADMIN).await.unwrap().unwrap().id;
    assert!(sponsor_ids(&h, &admin, ELENA).await.contains(&mateo));

    let response = redeem(&h, body["inviteRedeemUrl"].as_str().unwrap(), "ExternalAzureAD").await;
    assert_eq!(response.headers()["location"], "https://p.example/done");
    let after = user(&h, &admin, ELENA).await;
    // Object id, UPN and userType are kept; the external identity is added.
    assert_eq!(after["userPrincipalName"], before["userPrincipalName"]);
    assert_eq!(after["userType"], before["userType"]);
    assert_eq!(after["externalUserState"], "Accepted");
    assert!(after["identities"].as_array().unwrap().iter().any(|i| i["issuer"] == "ExternalAzureAD"));
    // Group memberships are kept too.
    let groups = h.get(&format!("users/{ELENA}/memberOf"), &admin).await;
    assert_valid_objects(&groups.body);
    assert!(groups.body["value"].as_array().unwrap().iter().any(|g| g["displayName"] == "Project Alpha"));
}

#[tokio::test]
async fn reset_redemption_rules() {
    let h = start(false).await;
    let helpdesk = h.user_token(HELPDESK).await;
    let inviter = h.user_token(GUEST_INVITER).await;
    let reset = |address: &str| {
        json!({"invitedUserEmailAddress": address, "inviteRedirectUrl": "https://p.example", "resetRedemption": true, "invitedUser": {"id": OLIVIA}})
    };
    h.invite(&inviter, reset("olivia.chen@fabrikam.example")).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    // The new address must be on the user first.
    h.invite(&helpdesk, reset("olivia@newco.example")).await.error(StatusCode::BAD_REQUEST, "BadRequest");

    let reply = h.invite(&helpdesk, reset("olivia.chen@fabrikam.example")).await;
    assert_eq!(reply.ok(StatusCode::CREATED)["resetRedemption"], true);
    let app = h.app_token().await;
    let olivia = user(&h, &app, OLIVIA).await;
    assert_eq!(olivia["externalUserState"], "PendingAcceptance");
    assert!(olivia["identities"].as_array().unwrap().iter().all(|i| i["signInType"] != "federated"));
    assert_eq!(olivia["userPrincipalName"], "olivia.chen_fabrikam.example#EXT#@northwindtraders.onmicrosoft.example");

    // App-only resets fail for users holding directory roles.
    let grace = h.sandbox.directory().person_by_upn(GLOBAL_ADMIN).await.unwrap().unwrap();
    let admin = h.user_token(USER_ADMIN).await;
    let patch = json!({"otherMails": ["grace@home.example"]});
    let reply = h.call(reqwest::Method::PATCH, &format!("users/{}", grace.id), &admin, Some(patch), false).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let body = json!({"invitedUserEmailAddress": "grace@home.example", "inviteRedirectUrl": "https://p.example", "resetRedemption": true, "invitedUser": {"id": grace.id}});
    h.invite(&app, body).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
}

#[tokio::test]
async fn invitations_are_throttled_per_tenant() {
    let h = start(true).await;
    let token = h.app_token().await;
    // Cheap invalid requests count too: any request on /invitations does (graph-b2b.md §5).
    let requests = (0..170).map(|_| h.invite(&token, json!({"inviteRedirectUrl": "https://p.example"})));
    let replies = futures::future::join_all(requests).await;
    let throttled: Vec<_> = replies.iter().filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS).collect();
    assert!(throttled.len() >= 20, "{} throttled", throttled.len());
    let reply = throttled[0];
    reply.error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests");
    let retry: u64 = reply.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=5).contains(&retry));
    assert_eq!(reply.body["error"]["innerError"]["status"], "429");

    // Other endpoints are not counted by the invitation manager.
    h.get("users?$top=1", &token).await.ok(StatusCode::OK);
}
