//! Relationships and the rest of the surface over real HTTP: sponsors, sponsorOf, memberOf,
//! groups and members, app role assignments, service principals, `$batch`, policies, beta's
//! conversion to internal, the clock page and bulk seeding.

mod graph_support;

use graph_support::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";
const MARCUS: &str = "1b7c4de2-3f58-4d06-b178-9d2a628f4b13";
const GROUP_PARTNERS: &str = "5a1f0e6d-7c2b-4e93-8d14-6b2c9a0f3e71";
const EXTRANET_SP: &str = "af6453d2-c170-43e8-9269-b071ef5483c6";

fn values(body: &Value) -> &Vec<Value> {
    body["value"].as_array().unwrap_or_else(|| panic!("not a list: {body}"))
}

fn names(body: &Value) -> Vec<String> {
    let mut names: Vec<String> = values(body).iter().map(|v| v["displayName"].as_str().unwrap().to_string()).collect();
    names.sort();
    names
}

async fn person(h: &Harness, upn: &str) -> String {
    h.sandbox.directory().person_by_upn(upn).await.unwrap().unwrap().id
}

fn reference(h: &Harness, collection: &str, id: &str) -> Value {
    json!({"@odata.id": format!("{}/_sandbox/graph/v1.0/{collection}/{id}", h.base)})
}

#[tokio::test]
async fn sponsors_list_add_remove_and_roles() {
    let h = start(false).await;
    let inviter = h.user_token(GUEST_INVITER).await;
    let member = h.user_token(MEMBER).await;
    let admin = h.user_token(USER_ADMIN).await;

    let reply = h.get(&format!("users/{OLIVIA}/sponsors"), &inviter).await;
    let body = reply.ok(StatusCode::OK).clone();
    assert_valid_objects(&body);
    assert_eq!(names(&body), ["Amara Diallo", "Jonas Lindqvist"]);
    assert!(values(&body).iter().all(|s| s["@odata.type"] == "#microsoft.graph.user"));
    // Reading sponsors needs a role that holds sponsors/read, except one's own.
    h.get(&format!("users/{OLIVIA}/sponsors"), &member).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    let olivia = h.user_token("olivia.chen_fabrikam.example#EXT#@northwindtraders.onmicrosoft.example").await;
    assert_eq!(names(&h.get("me/sponsors", &olivia).await.body), ["Amara Diallo", "Jonas Lindqvist"]);
    assert_eq!(names(&h.get(&format!("users/{OLIVIA}/sponsors"), &olivia).await.body).len(), 2);
    let selected = h.get(&format!("users/{OLIVIA}/sponsors?$select=id,displayName"), &inviter).await;
    assert!(values(&selected.body).iter().all(|s| s.as_object().unwrap().len() == 3), "{}", selected.body);

    // Adding needs sponsors/update (not Guest Inviter); duplicates are refused like Graph does.
    let mateo = person(&h, USER_ADMIN).await;
    h.post(&format!("users/{MARCUS}/sponsors/$ref"), &inviter, reference(&h, "users", &mateo))
        .await
        .error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    let reply = h.post(&format!("users/{MARCUS}/sponsors/$ref"), &admin, reference(&h, "users", &mateo)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let message = h
        .post(&format!("users/{MARCUS}/sponsors/$ref"), &admin, reference(&h, "users", &mateo))
        .await
        .error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    assert!(message.contains("already exist"), "{message}");
    // A group can sponsor too; an unknown object cannot.
    let reply = h.post(&format!("users/{MARCUS}/sponsors/$ref"), &admin, reference(&h, "groups", GROUP_PARTNERS)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let unknown = uuid::Uuid::new_v4().to_string();
    h.post(&format!("users/{MARCUS}/sponsors/$ref"), &admin, reference(&h, "users", &unknown))
        .await
        .error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
    h.post(&format!("users/{MARCUS}/sponsors/$ref"), &admin, json!({"@odata.id": "nonsense"}))
        .await
        .error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    let body = h.get(&format!("users/{MARCUS}/sponsors"), &admin).await.body;
    assert_valid_objects(&body);
    assert_eq!(names(&body), ["Mateo Rossi", "Partner Collaboration"]);

    let reply = h.call(Method::DELETE, &format!("users/{MARCUS}/sponsors/{mateo}/$ref"), &admin, None, false).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    h.call(Method::DELETE, &format!("users/{MARCUS}/sponsors/{mateo}/$ref"), &admin, None, false)
        .await
        .error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
    assert_eq!(names(&h.get(&format!("users/{MARCUS}/sponsors"), &admin).await.body), ["Partner Collaboration"]);
}

#[tokio::test]
async fn sponsor_of_includes_group_sponsorship_and_filters_by_cast() {
    let h = start(false).await;
    let admin = h.user_token(USER_ADMIN).await;
    // Amara is in "Partner Collaboration"; make the group sponsor Marcus.
    let reply = h.post(&format!("users/{MARCUS}/sponsors/$ref"), &admin, reference(&h, "groups", GROUP_PARTNERS)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let amara = h.user_token(MEMBER).await;
    let body = h.get("me/sponsorOf", &amara).await.ok(StatusCode::OK).clone();
    assert_valid_objects(&body);
    assert_eq!(names(&body), ["Fatima Zahra", "Marcus Johnson", "Olivia Chen"]);

    let query = "me/sponsorOf?$filter=microsoft.graph.user/userType eq 'Guest'&$count=true&$select=id,displayName,userType";
    let body = h.get_eventual(query, &amara).await.ok(StatusCode::OK).clone();
    assert_eq!(body["@odata.count"], 3);
    let app = h.app_token().await;
    let amara_id = person(&h, MEMBER).await;
    assert_eq!(names(&h.get(&format!("users/{amara_id}/sponsorOf"), &app).await.body).len(), 3);
}

#[tokio::test]
async fn member_of_groups_and_members() {
    let h = start(false).await;
    let app = h.app_token().await;
    let admin = h.user_token(GLOBAL_ADMIN).await;

    let grace = person(&h, GLOBAL_ADMIN).await;
    let body = h.get(&format!("users/{grace}/memberOf"), &app).await.ok(StatusCode::OK).clone();
    assert_valid_objects(&body);
    let role = values(&body).iter().find(|o| o["@odata.type"] == "#microsoft.graph.directoryRole").unwrap();
    assert_eq!(role["roleTemplateId"], "62e90394-69f5-4237-9190-012177145e10");
    assert_eq!(role["displayName"], "Global Administrator");
    assert!(values(&body).iter().any(|o| o["displayName"] == "All Staff"));
    assert!(values(&h.get("me/memberOf", &admin).await.body).len() >= 2);

    let reply = h.get("groups?$filter=groupTypes/any(c:c eq 'Unified')", &app).await;
    assert_valid("microsoft.graph.groupCollectionResponse", reply.ok(StatusCode::OK));
    assert_eq!(names(&reply.body), ["Project Alpha"]);
    let reply = h.get(&format!("groups/{GROUP_PARTNERS}"), &app).await;
    assert_valid("microsoft.graph.group", reply.ok(StatusCode::OK));
    assert_eq!(reply.body["securityEnabled"], true);

    let members = h.get(&format!("groups/{GROUP_PARTNERS}/members"), &app).await.body;
    assert_valid_objects(&members);
    assert!(names(&members).contains(&"Olivia Chen".to_string()));
    let noah = "f85a2bc0-1d36-4be4-9f56-7b08406d29f1";
    let path = format!("groups/{GROUP_PARTNERS}/members/$ref");
    assert_eq!(h.post(&path, &admin, reference(&h, "directoryObjects", noah)).await.status, StatusCode::NO_CONTENT);
    h.post(&path, &admin, reference(&h, "directoryObjects", noah)).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    let member = h.user_token(MEMBER).await;
    h.post(&path, &member, reference(&h, "users", OLIVIA)).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    let noah_groups = h.get(&format!("users/{noah}/memberOf"), &app).await.body;
    assert_eq!(names(&noah_groups), ["Partner Collaboration"]);
    let reply = h.call(Method::DELETE, &format!("groups/{GROUP_PARTNERS}/members/{noah}/$ref"), &admin, None, false).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert!(values(&h.get(&format!("users/{noah}/memberOf"), &app).await.body).is_empty());
    h.get(&format!("groups/{}", uuid::Uuid::new_v4()), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
}

#[tokio::test]
async fn app_roles_and_service_principals() {
    let h = start(false).await;
    let app = h.app_token().await;
    let admin = h.user_token(GLOBAL_ADMIN).await;
    // Directory.Read.All covers service principals for the app and for a signed-in admin.
    h.get("servicePrincipals", &app).await.ok(StatusCode::OK);
    let portal_id = h.sandbox.directory().portal_app().client_id.clone();
    let body = h.get(&format!("servicePrincipals?$filter=appId eq '{portal_id}'"), &admin).await.ok(StatusCode::OK).clone();
    let portal = &values(&body)[0];
    let roles: Vec<&str> = portal["appRoles"].as_array().unwrap().iter().map(|r| r["value"].as_str().unwrap()).collect();
    assert!(roles.contains(&"Guestlist.Inviter"));

    let extranet = h.get(&format!("servicePrincipals/{EXTRANET_SP}"), &admin).await.ok(StatusCode::OK).clone();
    let reader = extranet["appRoles"].as_array().unwrap().iter().find(|r| r["value"] == "Extranet.Read").unwrap()["id"].clone();
    let assignments = h.get(&format!("users/{OLIVIA}/appRoleAssignments"), &app).await.ok(StatusCode::OK).clone();
    assert_eq!(values(&assignments).len(), 1);

    let body = json!({"principalId": OLIVIA, "resourceId": EXTRANET_SP, "appRoleId": reader});
    let reply = h.post(&format!("users/{OLIVIA}/appRoleAssignments"), &app, body.clone()).await;
    let created = reply.ok(StatusCode::CREATED);
    assert_eq!((created["principalId"].as_str(), created["resourceDisplayName"].as_str()), (Some(OLIVIA), Some("Northwind Partner Extranet")));
    h.post(&format!("users/{OLIVIA}/appRoleAssignments"), &app, body).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    let wrong_role = json!({"principalId": OLIVIA, "resourceId": EXTRANET_SP, "appRoleId": uuid::Uuid::new_v4().to_string()});
    h.post(&format!("users/{OLIVIA}/appRoleAssignments"), &app, wrong_role).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    assert_eq!(values(&h.get(&format!("users/{OLIVIA}/appRoleAssignments"), &app).await.body).len(), 2);

    // An assigned portal role shows up for the issuer.
    let inviter_role = portal["appRoles"].as_array().unwrap().iter().find(|r| r["value"] == "Guestlist.Inviter").unwrap()["id"].clone();
    let amara = person(&h, MEMBER).await;
    let body = json!({"principalId": amara, "resourceId": portal["id"], "appRoleId": inviter_role});
    h.post(&format!("users/{amara}/appRoleAssignments"), &app, body).await.ok(StatusCode::CREATED);
    let person = h.sandbox.directory().person_by_id(&amara).await.unwrap().unwrap();
    assert_eq!(person.app_roles, ["Guestlist.Inviter"]);
}

#[tokio::test]
async fn batch_runs_each_request_through_graph() {
    let h = start(false).await;
    let app = h.app_token().await;
    let missing = uuid::Uuid::new_v4().to_string();
    let body = json!({"requests": [
        {"id": "1", "method": "GET", "url": format!("/users/{OLIVIA}?$select=id,displayName")},
        {"id": "2", "method": "GET", "url": format!("/users/{missing}")},
        {"id": "3", "method": "GET", "url": "/users?$select=id", "dependsOn": ["2"]},
        {"id": "4", "method": "POST", "url": "/invitations", "headers": {"Content-Type": "application/json"},
         "body": {"invitedUserEmailAddress": "batch@batch.example", "inviteRedirectUrl": "https://p.example"}, "dependsOn": ["1"]},
        {"id": "5", "method": "GET", "url": "/users?$filter=userType ne 'Member'&$count=true", "headers": {"ConsistencyLevel": "eventual"}},
    ]});
    let reply = h.post("$batch", &app, body).await;
    let responses = reply.ok(StatusCode::OK)["responses"].as_array().unwrap().clone();
    let by_id = |id: &str| responses.iter().find(|r| r["id"] == id).unwrap().clone();
    assert_eq!(by_id("1")["status"], 200);
    assert_eq!(by_id("1")["body"]["displayName"], "Olivia Chen");
    assert_valid("microsoft.graph.user", &by_id("1")["body"]);
    assert_eq!(by_id("2")["status"], 404);
    assert_eq!(by_id("2")["body"]["error"]["code"], "Request_ResourceNotFound");
    assert_eq!(by_id("3")["status"], 424);
    assert_eq!(by_id("4")["status"], 201);
    assert_valid("microsoft.graph.invitation", &by_id("4")["body"]);
    assert_eq!(by_id("5")["status"], 200);
    assert!(by_id("5")["body"]["@odata.count"].as_u64().unwrap() > 5);

    let too_many: Vec<Value> = (0..21).map(|i| json!({"id": i.to_string(), "method": "GET", "url": "/me"})).collect();
    h.post("$batch", &app, json!({"requests": too_many})).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    let duplicate = json!({"requests": [{"id": "a", "method": "GET", "url": "/users"}, {"id": "a", "method": "GET", "url": "/users"}]});
    h.post("$batch", &app, duplicate).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    let no_type = json!({"requests": [{"id": "a", "method": "POST", "url": "/invitations", "body": {}}]});
    h.post("$batch", &app, no_type).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    let cycle = json!({"requests": [{"id": "a", "method": "GET", "url": "/users", "dependsOn": ["b"]}, {"id": "b", "method": "GET", "url": "/users", "dependsOn": ["a"]}]});
    h.post("$batch", &app, cycle).await.error(StatusCode::BAD_REQUEST, "BadRequest");
}

#[tokio::test]
async fn policies() {
    let h = start(false).await;
    let app = h.app_token().await;
    let body = h.get("policies/authorizationPolicy", &app).await.ok(StatusCode::OK).clone();
    assert_eq!(body["allowInvitesFrom"], "adminsGuestInvitersAndAllMembers");
    assert_eq!(body["guestUserRoleId"], "10dae51f-b6af-4016-8d66-8c2a99b929b3");
    // Writing needs Policy.ReadWrite.Authorization, which the portal app does not have.
    h.call(Method::PATCH, "policies/authorizationPolicy", &app, Some(json!({"allowInvitesFrom": "none"})), false)
        .await
        .error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");

    // The domain list is beta only, with JSON inside a string array.
    h.get("policies/b2bManagementPolicies", &app).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    assert!(values(&h.get("beta/policies/b2bManagementPolicies", &app).await.body).is_empty());
    h.sandbox.directory().update_settings(|s| s.blocked_domains = vec!["rival.example".into()]).await.unwrap();
    let body = h.get("beta/policies/b2bManagementPolicies", &app).await.ok(StatusCode::OK).clone();
    let definition: Value = serde_json::from_str(values(&body)[0]["definition"][0].as_str().unwrap()).unwrap();
    assert_eq!(definition["B2BManagementPolicy"]["InvitationsAllowedAndBlockedDomainsPolicy"]["BlockedDomains"], json!(["rival.example"]));
}

#[tokio::test]
async fn beta_conversion_to_internal_member() {
    let h = start(false).await;
    let app = h.app_token().await;
    let path = format!("beta/users/{OLIVIA}/convertExternalToInternalMemberUser");
    h.post(&format!("users/{OLIVIA}/convertExternalToInternalMemberUser"), &app, json!({}))
        .await
        .error(StatusCode::BAD_REQUEST, "BadRequest");
    h.post(&path, &app, json!({"userPrincipalName": "olivia.chen@fabrikam.example", "passwordProfile": {"password": "Str0ng-Passw0rd!"}}))
        .await
        .error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    h.post(&path, &app, json!({"userPrincipalName": "olivia.chen@northwind.example"})).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    let member = h.user_token(MEMBER).await;
    h.post(&path, &member, json!({})).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");

    let body = json!({"userPrincipalName": "olivia.chen@northwind.example", "passwordProfile": {"password": "Str0ng-Passw0rd!", "forceChangePasswordNextSignIn": true}});
    let reply = h.post(&path, &app, body).await;
    let result = reply.ok(StatusCode::OK);
    assert_eq!(result["userPrincipalName"], "olivia.chen@northwind.example");
    assert_eq!(result["mail"], "olivia.chen@fabrikam.example");
    assert!(result["convertedToInternalUserDateTime"].is_string());
    let user = h.get(&format!("users/{OLIVIA}?$select=userType,userPrincipalName,externalUserState,creationType"), &app).await.body;
    assert_eq!((user["userType"].as_str(), user["externalUserState"].as_str()), (Some("Member"), None));
    // Converting again: no longer external.
    let again = json!({"userPrincipalName": "olivia2@northwind.example", "passwordProfile": {"password": "Str0ng-Passw0rd!"}});
    h.post(&path, &app, again).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
}

#[tokio::test]
async fn clock_page_and_json() {
    let h = start(false).await;
    let page = h.http.get(format!("{}/_sandbox/clock", h.base)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("SANDBOX") && page.contains("Move clock"));
    let moved = h.http.post(format!("{}/_sandbox/clock", h.base)).form(&[("days", "30")]).send().await.unwrap();
    assert_eq!(moved.status(), StatusCode::SEE_OTHER);
    let moved: Value = h.http.post(format!("{}/_sandbox/clock", h.base)).json(&json!({"days": 10})).send().await.unwrap().json().await.unwrap();
    assert_eq!(moved["offsetDays"], 40);
    let bad = h.http.post(format!("{}/_sandbox/clock", h.base)).json(&json!({"days": 0})).send().await.unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let clock: Value = h.http.get(format!("{}/_sandbox/clock.json", h.base)).send().await.unwrap().json().await.unwrap();
    assert_eq!(clock["offsetDays"], 40);
    assert!(h.sandbox.directory().now() > chrono::Utc::now() + chrono::Duration::days(39));
}

#[tokio::test]
async fn bulk_guests_are_listed_and_filtered() {
    let h = start(false).await;
    h.sandbox.directory().seed_guests(3000).await.unwrap();
    // Growing to a total keeps what exists, also after a generated guest was deleted.
    h.sandbox.directory().seed_guests(3000).await.unwrap();
    let some_generated = h.sandbox.directory().read().await.users.values().find(|u| u.generated).unwrap().id.clone();
    h.sandbox.directory().write().await.delete_user(&some_generated).await.unwrap();
    h.sandbox.directory().seed_guests(3000).await.unwrap();
    let app = h.app_token().await;
    let reply = h.users("$filter=userType eq 'Guest'&$count=true&$top=999&$select=id,externalUserState", &app, true).await;
    assert_eq!(reply.ok(StatusCode::OK)["@odata.count"], 3000);
    assert!(reply.body["@odata.nextLink"].is_string());
    let pending = h.users("$filter=externalUserState eq 'PendingAcceptance'&$count=true&$top=1", &app, true).await;
    let pending = pending.body["@odata.count"].as_u64().unwrap();
    assert!(pending > 500 && pending < 1000, "{pending}");
    // Bulk guests stay off the sign-in page.
    assert!(h.sandbox.directory().sign_in_people().await.unwrap().len() < 30);
}

#[tokio::test]
async fn expand_sponsors_on_users() {
    let h = start(false).await;
    let app = h.app_token().await;
    let reply = h.get(&format!("users/{OLIVIA}?$select=id,displayName&$expand=sponsors($select=id,displayName)"), &app).await;
    let body = reply.ok(StatusCode::OK).clone();
    let sponsors = body["sponsors"].as_array().unwrap();
    assert_eq!(sponsors.len(), 2);
    assert!(sponsors.iter().all(|s| s.as_object().unwrap().len() == 3 && s["@odata.type"] == "#microsoft.graph.user"));
    for s in sponsors {
        assert_valid("microsoft.graph.user", s);
    }
    let reply = h.users("$filter=userType eq 'Guest'&$select=id&$expand=sponsors", &app, false).await;
    assert!(values(reply.ok(StatusCode::OK)).iter().all(|u| u["sponsors"].is_array()));
    h.users("$expand=displayName", &app, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    h.users("$expand=owners", &app, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    h.users("$expand=sponsors&$count=true", &app, true).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
}

#[tokio::test]
async fn organization_lists_verified_domains_to_any_member() {
    let h = start(false).await;
    let member = h.user_token(MEMBER).await;
    let body = h.get("organization", &member).await.ok(StatusCode::OK).clone();
    let organization = &values(&body)[0];
    assert_eq!(organization["id"], h.sandbox.directory().tenant().id);
    let domains = organization["verifiedDomains"].as_array().unwrap();
    let names: Vec<&str> = domains.iter().map(|d| d["name"].as_str().unwrap()).collect();
    assert_eq!(names, h.sandbox.directory().tenant().verified_domains);
    assert_eq!(domains.iter().filter(|d| d["isDefault"] == true).count(), 1);
    assert_eq!(domains.iter().filter(|d| d["isInitial"] == true).count(), 1);
}

#[tokio::test]
async fn bulk_guests_vary_like_a_real_guest_list() {
    let h = start(false).await;
    h.sandbox.directory().seed_guests(2000).await.unwrap();
    let now = h.sandbox.directory().now();
    let state = h.sandbox.directory().read().await;
    let guests: Vec<_> = state.users.values().filter(|u| u.generated).collect();
    assert_eq!(guests.len(), 2000 - state.users.values().filter(|u| u.is_guest() && !u.generated).count());
    let count = |f: &dyn Fn(&sandbox::directory::model::UserRecord) -> bool| guests.iter().filter(|u| f(u)).count();
    let days = |t: chrono::DateTime<chrono::Utc>| (now - t).num_days();

    for issuer in ["ExternalAzureAD", "MicrosoftAccount", "google.com", "mail", "https://sts."] {
        let n = count(&|u| u.identities.iter().any(|i| i.issuer.starts_with(issuer)));
        assert!(n > 50, "{issuer}: {n}");
    }
    let pending = |u: &sandbox::directory::model::UserRecord| u.external_user_state.as_deref() == Some("PendingAcceptance");
    let pending_for = |range: std::ops::Range<i64>| {
        count(&|u| pending(u) && u.external_user_state_change_date_time.is_some_and(|t| range.contains(&days(t))))
    };
    assert!(pending_for(0..30) > 5 && pending_for(30..365) > 50 && pending_for(365..1000) > 50);
    assert!(count(&|u| u.external_user_state.as_deref() == Some("Accepted")) > 1300);

    let mut domains = std::collections::HashMap::new();
    for u in &guests {
        *domains.entry(u.mail.as_deref().unwrap().split('@').nth(1).unwrap()).or_insert(0) += 1;
    }
    let biggest = *domains.values().max().unwrap();
    assert!(domains.len() > 100 && biggest > 450 && biggest < 750, "{} domains, largest {biggest}", domains.len());

    let last = |u: &sandbox::directory::model::UserRecord| u.sign_in_activity.as_ref().and_then(|a| a.last_sign_in_date_time).map(days);
    assert!(count(&|u| last(u).is_some_and(|d| d < 30)) > 100);
    assert!(count(&|u| last(u).is_some_and(|d| (30..365).contains(&d))) > 100);
    assert!(count(&|u| last(u).is_some_and(|d| d >= 365)) > 30);
    assert!(count(&|u| !pending(u) && u.sign_in_activity.is_none()) > 100, "accepted without sign-in data");
    assert!(count(&|u| u.sign_in_activity.as_ref().is_some_and(|a| a.last_successful_sign_in_date_time.is_none())) > 10);
    assert!(count(&|u| !u.account_enabled) > 50);

    let sponsors = |u: &sandbox::directory::model::UserRecord| state.sponsors_of(&u.id).map(str::to_string).collect::<Vec<_>>();
    assert!(count(&|u| sponsors(u).is_empty()) > 150);
    assert!(count(&|u| sponsors(u).len() == 2) > 150);
    assert!(count(&|u| sponsors(u).iter().any(|s| state.groups.contains_key(s))) > 100);
    drop(state);

    // Same guests on every seed.
    let again = start(false).await;
    again.sandbox.directory().seed_guests(2000).await.unwrap();
    let (a, b) = (h.sandbox.directory().read().await, again.sandbox.directory().read().await);
    let id = a.users.values().find(|u| u.generated).unwrap().id.clone();
    assert_eq!(a.users[&id].identities, b.users[&id].identities);
    assert_eq!(a.users[&id].mail, b.users[&id].mail);
    assert_eq!(a.sponsors_of(&id).collect::<Vec<_>>(), b.sponsors_of(&id).collect::<Vec<_>>());
    drop((a, b));

    // Group sponsors and federation issuers come out as Graph's JSON.
    let app = h.app_token().await;
    let reply = h.users("$filter=userType eq 'Guest'&$select=id,identities,externalUserState,accountEnabled&$top=999", &app, false).await;
    reply.ok(StatusCode::OK);
    let grouped = h.sandbox.directory().read().await.sponsors.iter().find(|(_, s)| s.starts_with("7c3120af") || s.starts_with("5a1f0e6d")).unwrap().0.clone();
    assert_valid_objects(h.get(&format!("users/{grouped}/sponsors"), &app).await.ok(StatusCode::OK));
}

/// The seeded leaver: a disabled member who still sponsors a guest, with a manager to take over.
#[tokio::test]
async fn manager_of_a_leaver_and_none_for_others() {
    let h = start(false).await;
    let app = h.app_token().await;
    let zoe = "4eaf7015-628b-4039-a4ab-c05d95b17e46";
    let sponsors = h.get(&format!("users/{zoe}/sponsors?$select=id,displayName,accountEnabled"), &app).await;
    let body = sponsors.ok(StatusCode::OK).clone();
    assert_eq!(names(&body), ["Rafael Costa", "Supplier Desk"]);
    let rafael = values(&body).iter().find(|s| s["displayName"] == "Rafael Costa").unwrap().clone();
    assert_eq!(rafael["accountEnabled"], json!(false));
    let rafael_id = rafael["id"].as_str().unwrap();
    let manager = h.get(&format!("users/{rafael_id}/manager?$select=id,displayName"), &app).await;
    let manager = manager.ok(StatusCode::OK);
    assert_eq!(manager["displayName"], "Amara Diallo");
    assert_eq!(manager["@odata.type"], "#microsoft.graph.user");
    h.get(&format!("users/{MARCUS}/manager"), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
}
