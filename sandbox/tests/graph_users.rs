//! `/users` and `/me` over real HTTP: default properties vs `$select`, the `$filter` operators and
//! their advanced-query rules, `$search`, `$orderby`, `$count`, paging, errors and PATCH/DELETE.

mod graph_support;

use graph_support::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn ids(body: &Value) -> Vec<String> {
    body["value"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap().to_string()).collect()
}

fn field<'a>(body: &'a Value, name: &str) -> Vec<&'a str> {
    body["value"].as_array().unwrap_or_else(|| panic!("not a list: {body}")).iter().filter_map(|u| u[name].as_str()).collect()
}

#[tokio::test]
async fn default_property_set_and_select() {
    let h = start(false).await;
    let token = h.app_token().await;
    let reply = h.users("", &token, false).await;
    let body = reply.ok(StatusCode::OK);
    assert!(body["@odata.context"].as_str().unwrap().ends_with("/_sandbox/graph/v1.0/$metadata#users"));
    let first = body["value"][0].as_object().unwrap();
    let mut keys: Vec<&str> = first.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        ["businessPhones", "displayName", "givenName", "id", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName"]
    );

    let reply = h.users("$select=id,userType,externalUserState,identities", &token, false).await;
    let body = reply.ok(StatusCode::OK);
    assert!(body["@odata.context"].as_str().unwrap().ends_with("#users(id,userType,externalUserState,identities)"));
    for user in body["value"].as_array().unwrap() {
        assert_eq!(user.as_object().unwrap().len(), 4, "{user}");
    }

    let message = h.users("$select=id,favouriteColour", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    assert!(message.contains("favouriteColour"), "{message}");
}

#[tokio::test]
async fn filters_with_default_operators() {
    let h = start(false).await;
    let token = h.app_token().await;

    let body = h.users("$filter=userType eq 'Guest'&$select=id,userType,externalUserState", &token, false).await.body;
    assert!(field(&body, "userType").iter().all(|t| *t == "Guest"));
    let states = field(&body, "externalUserState");
    assert!(states.contains(&"Accepted") && states.contains(&"PendingAcceptance"));

    let body = h.users("$filter=externalUserState eq 'PendingAcceptance'&$select=displayName", &token, false).await.body;
    let mut names = field(&body, "displayName");
    names.sort();
    assert_eq!(names, ["Noah Williams", "Yuki Tanaka"]);

    // Case-insensitive, like the directory.
    let body = h.users("$filter=mail eq 'OLIVIA.CHEN@fabrikam.example'", &token, false).await.body;
    assert_eq!(field(&body, "displayName"), ["Olivia Chen"]);

    let body = h.users("$filter=startsWith(displayName,'Mat') or userPrincipalName in ('grace.okafor@northwind.example')", &token, false).await.body;
    let mut names = field(&body, "displayName");
    names.sort();
    assert_eq!(names, ["Grace Okafor", "Mateo Rossi"]);

    let body = h.users("$filter=otherMails/any(x:x eq 'diego.alvarez@gmail.example')", &token, false).await.body;
    assert_eq!(field(&body, "displayName"), ["Diego Alvarez"]);
    let body = h.users("$filter=proxyAddresses/any(x:startsWith(x,'smtp:hannah'))", &token, false).await.body;
    assert_eq!(field(&body, "displayName"), ["Hannah Schmidt"]);
    let body = h
        .users("$filter=identities/any(c:c/issuerAssignedId eq 'diego.alvarez@gmail.example' and c/issuer eq 'google.com')", &token, false)
        .await
        .body;
    assert_eq!(field(&body, "displayName"), ["Diego Alvarez"]);

    let body = h.users("$filter=onPremisesSyncEnabled eq true&$select=displayName,onPremisesUserPrincipalName", &token, false).await.body;
    assert_eq!(field(&body, "displayName"), ["Tomasz Nowak"]);

    // The existence check graph-b2b.md §1 recommends before inviting.
    let e = "fatima.zahra@alpineskihouse.example";
    let query = format!(
        "$filter=userPrincipalName eq '{e}' or mail eq '{e}' or proxyAddresses/any(x:x eq 'SMTP:{e}') or otherMails/any(x:x eq '{e}')"
    );
    assert_eq!(field(&h.users(&query, &token, false).await.body, "displayName"), ["Fatima Zahra"]);
}

#[tokio::test]
async fn advanced_queries_need_consistency_level_and_count() {
    let h = start(false).await;
    let token = h.app_token().await;
    for query in [
        "$filter=userType ne 'Member'",
        "$filter=not(userType eq 'Member')",
        "$filter=endsWith(mail,'@fabrikam.example')",
        "$filter=companyName eq 'Fabrikam'",
    ] {
        let message = h.users(query, &token, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
        assert!(message.contains("ConsistencyLevel"), "{query}: {message}");
        // The header alone is not enough: Graph also wants $count=true.
        h.users(query, &token, true).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
    }
    h.users("$count=true", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    h.users("$search=\"displayName:oli\"", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
    h.users("$filter=userType eq 'Guest'&$orderby=displayName", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");

    let reply = h.users("$filter=endsWith(mail,'@fabrikam.example')&$count=true&$select=displayName", &token, true).await;
    let body = reply.ok(StatusCode::OK);
    assert_eq!(body["@odata.count"], 2);
    let mut names = field(body, "displayName");
    names.sort();
    assert_eq!(names, ["Elena Popescu", "Olivia Chen"]);

    let reply = h.users("$filter=userType ne 'Member'&$count=true&$orderby=displayName desc&$select=displayName", &token, true).await;
    let names = field(reply.ok(StatusCode::OK), "displayName");
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.to_lowercase()));
    assert_eq!(names, sorted);
    assert!(names.contains(&"Elena Popescu") && !names.contains(&"Grace Okafor"));

    // The $count segment answers a bare number.
    h.get("users/$count", &token).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    let reply = h.get_eventual("users/$count?$filter=userType eq 'Guest'", &token).await;
    assert_eq!(reply.ok(StatusCode::OK), &json!(11));
    assert_eq!(reply.headers["content-type"], "text/plain");

    let reply = h.users("$search=\"displayName:oli\" OR \"displayName:diego\"&$count=true&$select=displayName", &token, true).await;
    let mut names = field(reply.ok(StatusCode::OK), "displayName");
    names.sort();
    assert_eq!(names, ["Diego Alvarez", "Olivia Chen"]);
}

#[tokio::test]
async fn filter_errors_are_graphs() {
    let h = start(false).await;
    let token = h.app_token().await;
    let message = h.users("$filter=shoeSize eq 42", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    assert!(message.contains("shoeSize"), "{message}");
    h.users("$filter=userType eq", &token, false).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    h.users("$filter=userType gt 'Guest'", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
    // identities needs both issuerAssignedId and issuer.
    h.users("$filter=identities/any(c:c/issuer eq 'google.com')", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
    // A collection is filtered through a lambda only.
    h.users("$filter=otherMails eq 'x@y.example'", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
    h.users("$skip=5", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    for top in ["0", "1000", "many"] {
        let message = h.users(&format!("$top={top}"), &token, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
        assert!(message.contains("between 1 and 999"), "{message}");
    }
    h.users("$skiptoken=forged", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
}

#[tokio::test]
async fn sign_in_activity_rules() {
    let h = start(false).await;
    let token = h.app_token().await;
    let cutoff = (h.sandbox.directory().now() - chrono::Duration::days(180)).format("%Y-%m-%dT%H:%M:%SZ");
    let query = format!("$filter=signInActivity/lastSignInDateTime le {cutoff}&$select=displayName,signInActivity");
    let body = h.users(&query, &token, false).await.body;
    let mut names = field(&body, "displayName");
    names.sort();
    assert_eq!(names, ["Ingrid Larsen", "Liam O'Brien", "Marcus Johnson"]);
    assert!(body["value"][0]["signInActivity"]["lastSignInDateTime"].is_string());

    let combined = format!("$filter=signInActivity/lastSignInDateTime le {cutoff} and userType eq 'Guest'");
    h.users(&combined, &token, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");

    // Moving the sandbox clock makes active guests inactive.
    h.sandbox.directory().advance_clock(200).await.unwrap();
    let token = h.app_token().await;
    let cutoff = (h.sandbox.directory().now() - chrono::Duration::days(180)).format("%Y-%m-%dT%H:%M:%SZ");
    let query = format!("$filter=signInActivity/lastSignInDateTime le {cutoff}&$select=displayName");
    assert!(field(&h.users(&query, &token, false).await.body, "displayName").contains(&"Olivia Chen"));
}

#[tokio::test]
async fn paging_follows_next_links_without_gaps() {
    let h = start(false).await;
    h.sandbox.directory().seed_guests(260).await.unwrap();
    let token = h.app_token().await;
    let first = h.users("$filter=userType eq 'Guest'&$top=7&$select=id", &token, false).await;
    let next = first.ok(StatusCode::OK)["@odata.nextLink"].as_str().unwrap().to_string();
    assert!(next.contains("$skiptoken=") && next.contains("$top=7") && next.contains("filter"), "{next}");
    let all = all_pages(&h, "users?$filter=userType eq 'Guest'&$top=50&$select=id", &token, false).await;
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len());
    assert_eq!(all.len(), 260);
    // Default page size is 100.
    assert_eq!(ids(&h.users("", &token, false).await.body).len(), 100);
}

#[tokio::test]
async fn single_users_by_id_and_encoded_upn_and_me() {
    let h = start(false).await;
    let app = h.app_token().await;
    let upn = "olivia.chen_fabrikam.example#EXT#@northwindtraders.onmicrosoft.example";
    let reply = h.get(&format!("users/{}?$select=id,userPrincipalName,creationType,identities", upn.replace('#', "%23")), &app).await;
    let body = reply.ok(StatusCode::OK).clone();
    assert_valid("microsoft.graph.user", &body);
    assert_eq!(body["userPrincipalName"], upn);
    assert_eq!(body["creationType"], "Invitation");
    assert!(body["@odata.context"].as_str().unwrap().ends_with("#users(id,userPrincipalName,creationType,identities)/$entity"));
    let by_id = h.get(&format!("users/{}", body["id"].as_str().unwrap()), &app).await;
    assert_eq!(by_id.ok(StatusCode::OK)["userPrincipalName"], upn);

    let missing = uuid::Uuid::new_v4().to_string();
    let message = h.get(&format!("users/{missing}"), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
    assert!(message.contains(&missing));

    // /me is for delegated tokens only.
    h.get("me", &app).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    let user = h.user_token(MEMBER).await;
    let me = h.get("me", &user).await;
    assert_eq!(me.ok(StatusCode::OK)["userPrincipalName"], MEMBER);
    assert_valid("microsoft.graph.user", &me.body);
}

#[tokio::test]
async fn tokens_and_request_ids() {
    let h = start(false).await;
    let response = h.http.get(h.graph("users")).header("client-request-id", "my-correlation-id").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["client-request-id"], "my-correlation-id");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "InvalidAuthenticationToken");
    assert_eq!(body["error"]["innerError"]["client-request-id"], "my-correlation-id");
    assert_valid("microsoft.graph.ODataErrors.ODataError", &body);
    h.get("users", "not.a.token").await.error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken");

    // Tokens expire on the sandbox clock.
    let token = h.app_token().await;
    h.sandbox.directory().advance_clock(1).await.unwrap();
    h.get("users", &token).await.error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken");

    let token = h.app_token().await;
    let message = h.get("nothingHere", &token).await.error(StatusCode::BAD_REQUEST, "BadRequest");
    assert!(message.contains("'nothingHere'"), "{message}");
}

#[tokio::test]
async fn patch_and_delete_users() {
    let h = start(false).await;
    let admin = h.user_token(USER_ADMIN).await;
    let member = h.user_token(MEMBER).await;
    let liam = "e7491abf-0c25-4ad3-8e45-6af7395c18e0";
    let patch = json!({"jobTitle": "Lead Auditor", "companyName": "O'Brien & Co", "accountEnabled": false});

    h.call(Method::PATCH, &format!("users/{liam}"), &member, Some(patch.clone()), false)
        .await
        .error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    let reply = h.call(Method::PATCH, &format!("users/{liam}"), &admin, Some(patch), false).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let body = h.get(&format!("users/{liam}?$select=jobTitle,companyName,accountEnabled"), &admin).await.body;
    assert_eq!((body["jobTitle"].as_str(), body["companyName"].as_str(), body["accountEnabled"].as_bool()), (Some("Lead Auditor"), Some("O'Brien & Co"), Some(false)));

    for (property, value) in [("creationType", json!("Invitation")), ("proxyAddresses", json!([])), ("shoeSize", json!(42))] {
        h.call(Method::PATCH, &format!("users/{liam}"), &admin, Some(json!({property: value})), false)
            .await
            .error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    }
    // Synced users are mastered on-premises; a mailbox's address belongs to Exchange.
    let tomasz = "92f4c06a-b7d0-458e-b90f-15a2e407c39b";
    h.call(Method::PATCH, &format!("users/{tomasz}"), &admin, Some(json!({"jobTitle": "x"})), false)
        .await
        .error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    let hannah = "a305d17b-c8e1-469f-8a01-26b3f518d4ac";
    h.call(Method::PATCH, &format!("users/{hannah}"), &admin, Some(json!({"mail": "h@woodgrove.example"})), false)
        .await
        .error(StatusCode::BAD_REQUEST, "Request_BadRequest");

    // A new UPN must be on a verified domain and unused.
    for taken_or_foreign in [GLOBAL_ADMIN, "liam@outlook.example", "x#EXT#@northwind.example"] {
        h.call(Method::PATCH, &format!("users/{liam}"), &admin, Some(json!({"userPrincipalName": taken_or_foreign})), false)
            .await
            .error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    }
    let reply = h.call(Method::PATCH, &format!("users/{liam}"), &admin, Some(json!({"userPrincipalName": "liam@northwind.example"})), false).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert_eq!(h.get("users/LIAM@northwind.example?$select=id", &admin).await.ok(StatusCode::OK)["id"], liam);

    assert_eq!(h.call(Method::DELETE, &format!("users/{liam}"), &admin, None, false).await.status, StatusCode::NO_CONTENT);
    h.get(&format!("users/{liam}"), &admin).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
}

#[tokio::test]
async fn passwords_are_set_by_administrators_and_mailboxes_show_as_exchange_plans() {
    let h = start(false).await;
    let admin = h.user_token(USER_ADMIN).await;
    let member = h.user_token(MEMBER).await;
    let elena = "81e3bf59-a6cf-447d-a8fe-0491d3f6b28a";
    let hannah = "a305d17b-c8e1-469f-8a01-26b3f518d4ac";
    let tomasz = "92f4c06a-b7d0-458e-b90f-15a2e407c39b";
    let profile = |password: &str| json!({"passwordProfile": {"password": password, "forceChangePasswordNextSignIn": false}});

    // Only a mailbox user has Exchange Online provisioned.
    let plans = |body: &Value| body["provisionedPlans"].as_array().unwrap().iter().filter_map(|p| p["service"].as_str().map(str::to_owned)).collect::<Vec<_>>();
    assert_eq!(plans(h.get(&format!("users/{hannah}?$select=provisionedPlans"), &admin).await.ok(StatusCode::OK)), ["exchange"]);
    assert!(plans(h.get(&format!("users/{elena}?$select=provisionedPlans"), &admin).await.ok(StatusCode::OK)).is_empty());

    let select = format!("users/{elena}?$select=lastPasswordChangeDateTime");
    assert_eq!(h.get(&select, &admin).await.ok(StatusCode::OK)["lastPasswordChangeDateTime"], Value::Null);
    h.call(Method::PATCH, &format!("users/{elena}"), &member, Some(profile("Str0ng-enough")), false)
        .await
        .error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    for weak in ["short1A", "onlylowercaseletters", "lower-and-symbols"] {
        let message = h.call(Method::PATCH, &format!("users/{elena}"), &admin, Some(profile(weak)), false)
            .await
            .error(StatusCode::BAD_REQUEST, "Request_BadRequest");
        assert!(message.contains("password complexity"), "{weak}: {message}");
    }
    let unknown = json!({"passwordProfile": {"password": "Str0ng-enough", "colour": "blue"}});
    h.call(Method::PATCH, &format!("users/{elena}"), &admin, Some(unknown), false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    // On-premises accounts get their password from Active Directory.
    h.call(Method::PATCH, &format!("users/{tomasz}"), &admin, Some(profile("Str0ng-enough")), false)
        .await
        .error(StatusCode::BAD_REQUEST, "Request_BadRequest");

    // The delegated permission User-PasswordProfile.ReadWrite.All is needed besides User.ReadWrite.All.
    let without = h.user_token_for(USER_ADMIN, "openid profile https://graph.microsoft.com/User.ReadWrite.All").await;
    let denied = h.call(Method::PATCH, &format!("users/{elena}"), &without, Some(profile("Str0ng-enough")), false)
        .await
        .error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    assert_eq!(denied, "Insufficient privileges to complete the operation.");
    // Other properties need no password permission.
    let job = json!({"jobTitle": "Engineer"});
    assert_eq!(h.call(Method::PATCH, &format!("users/{elena}"), &without, Some(job), false).await.status, StatusCode::NO_CONTENT);
    // App-only: User.ReadWrite.All is not enough without a directory role of the app's own.
    let app = h.app_token().await;
    h.call(Method::PATCH, &format!("users/{elena}"), &app, Some(profile("Str0ng-enough")), false)
        .await
        .error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    // A User Administrator may reset a Helpdesk Administrator's password but not a Global Administrator's.
    let lukas = h.get(&format!("users/{HELPDESK}?$select=id"), &admin).await.ok(StatusCode::OK)["id"].as_str().unwrap().to_owned();
    let grace = h.get(&format!("users/{GLOBAL_ADMIN}?$select=id"), &admin).await.ok(StatusCode::OK)["id"].as_str().unwrap().to_owned();
    assert_eq!(h.call(Method::PATCH, &format!("users/{lukas}"), &admin, Some(profile("Str0ng-enough")), false).await.status, StatusCode::NO_CONTENT);
    h.call(Method::PATCH, &format!("users/{grace}"), &admin, Some(profile("Str0ng-enough")), false)
        .await
        .error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    let global_admin = h.user_token(GLOBAL_ADMIN).await;
    assert_eq!(h.call(Method::PATCH, &format!("users/{grace}"), &global_admin, Some(profile("Str0ng-enough")), false).await.status, StatusCode::NO_CONTENT);

    let reply = h.call(Method::PATCH, &format!("users/{elena}"), &admin, Some(profile("Str0ng-enough")), false).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let body = h.get(&select, &admin).await.ok(StatusCode::OK).clone();
    assert_valid("microsoft.graph.user", &body);
    assert!(body["lastPasswordChangeDateTime"].is_string(), "{body}");
}

#[tokio::test]
async fn directory_survives_a_restart() {
    let data_dir = std::env::temp_dir().join(format!("sandbox-graph-restart-{}", uuid::Uuid::new_v4()));
    let config = sandbox::SandboxConfig {
        data_dir: data_dir.clone(),
        public_url: url::Url::parse("http://127.0.0.1:9").unwrap(),
        portal_redirect_uris: vec![REDIRECT_URI.into()],
        throttle_invitations: false,
        portal_front_channel_logout_url: None,
    };
    let first = sandbox::Sandbox::open(config.clone()).await.unwrap();
    first.directory().seed_guests(40).await.unwrap();
    first.directory().advance_clock(3).await.unwrap();
    let admin = first.directory().sign_in_people().await.unwrap().into_iter().next().unwrap();
    first.directory().record_sign_in(&admin.id, true).await.unwrap();
    let count = first.directory().read().await.users.len();
    drop(first);

    let second = sandbox::Sandbox::open(config).await.unwrap();
    let state = second.directory().read().await;
    assert_eq!(state.users.len(), count);
    let activity = state.users[&admin.id].sign_in_activity.clone().unwrap();
    assert!(activity.last_sign_in_date_time.unwrap() > chrono::Utc::now() + chrono::Duration::days(2));
    drop(state);
    assert!(second.directory().now() > chrono::Utc::now() + chrono::Duration::days(2));

    // Reset gives back the same seed ids and forgets the clock.
    second.directory().reset().await.unwrap();
    let people = second.directory().sign_in_people().await.unwrap();
    assert!(people.iter().any(|p| p.id == admin.id));
    assert_eq!(second.directory().read().await.users.values().filter(|u| u.generated).count(), 0);
    let _ = std::fs::remove_dir_all(data_dir);
}

#[test]
fn the_schema_check_refuses_properties_microsoft_does_not_define() {
    assert_valid("microsoft.graph.user", &json!({"id": "x", "displayName": "Ada", "businessPhones": []}));
    for bad in [
        json!({"id": "x", "favouriteColour": "blue"}),
        json!({"id": "x", "identities": [{"issuer": "mail", "signInType": "federated", "extra": 1}]}),
        json!({"id": "x", "accountEnabled": "yes"}),
    ] {
        assert!(std::panic::catch_unwind(|| assert_valid("microsoft.graph.user", &bad)).is_err(), "{bad} passed");
    }
    let invitation = json!({"invitedUserEmailAddress": "a@b.example", "inviteRedirectUrl": "https://p.example", "inviteeMood": "happy"});
    assert!(std::panic::catch_unwind(|| assert_valid("microsoft.graph.invitation", &invitation)).is_err());
}

#[tokio::test]
async fn sign_in_activity_pages_hold_at_most_120_users() {
    let h = start(false).await;
    h.sandbox.directory().seed_guests(300).await.unwrap();
    let token = h.app_token().await;
    let body = h.users("$select=id,signInActivity&$top=999", &token, false).await.ok(StatusCode::OK).clone();
    assert_eq!(ids(&body).len(), 120);
    assert!(body["@odata.nextLink"].as_str().unwrap().contains("top=999"), "{body}");
    let cutoff = h.sandbox.directory().now().format("%Y-%m-%dT%H:%M:%SZ");
    let filtered = format!("$filter=signInActivity/lastSignInDateTime le {cutoff}&$top=500");
    assert_eq!(ids(h.users(&filtered, &token, false).await.ok(StatusCode::OK)).len(), 120);
    assert!(ids(h.users("$select=id&$top=500", &token, false).await.ok(StatusCode::OK)).len() > 300);
    let message = h.users("$select=id,signInActivity&$top=1000", &token, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    assert!(message.contains("between 1 and 999"), "{message}");
}

#[tokio::test]
async fn sign_in_activity_needs_entra_id_p1() {
    let h = start(false).await;
    h.sandbox.directory().update_settings(|s| s.entra_id_p1 = false).await.unwrap();
    let token = h.app_token().await;
    let message = h
        .users("$select=id,signInActivity", &token, false)
        .await
        .error(StatusCode::FORBIDDEN, "Authentication_RequestFromNonPremiumTenantOrB2CTenant");
    assert!(message.contains("premium license"), "{message}");
    let cutoff = h.sandbox.directory().now().format("%Y-%m-%dT%H:%M:%SZ");
    h.users(&format!("$filter=signInActivity/lastSignInDateTime le {cutoff}"), &token, false)
        .await
        .error(StatusCode::FORBIDDEN, "Authentication_RequestFromNonPremiumTenantOrB2CTenant");
    let me = h.user_token(GLOBAL_ADMIN).await;
    h.get("me?$select=id,signInActivity", &me).await.error(StatusCode::FORBIDDEN, "Authentication_RequestFromNonPremiumTenantOrB2CTenant");
    // Everything else still answers.
    h.users("$select=id,accountEnabled", &token, false).await.ok(StatusCode::OK);
}
