//! Deleted items for users over real HTTP: `DELETE /users/{id}` moves a user to
//! `/directory/deletedItems`, from where it is listed, restored with its groups and sponsors,
//! deleted for good, or gone after 30 days on the sandbox clock.

mod graph_support;

use graph_support::*;
use reqwest::{Method, StatusCode};
use serde_json::Value;

const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";
const MARCUS: &str = "1b7c4de2-3f58-4d06-b178-9d2a628f4b13";
const DELETED_USERS: &str = "directory/deletedItems/microsoft.graph.user";

fn ids(body: &Value) -> Vec<&str> {
    body["value"].as_array().unwrap_or_else(|| panic!("not a list: {body}")).iter().map(|u| u["id"].as_str().unwrap()).collect()
}

/// A page of deleted users, schema-checked.
async fn deleted_users(h: &Harness, query: &str, token: &str, eventual: bool) -> Reply {
    let reply = h.call(Method::GET, &format!("{DELETED_USERS}?{query}"), token, None, eventual).await;
    if reply.status == StatusCode::OK {
        assert_valid("microsoft.graph.userCollectionResponse", &reply.body);
    }
    reply
}

async fn delete(h: &Harness, path: &str, token: &str) -> Reply {
    h.call(Method::DELETE, path, token, None, false).await
}

async fn restore(h: &Harness, id: &str, token: &str) -> Reply {
    h.call(Method::POST, &format!("directory/deletedItems/{id}/restore"), token, None, false).await
}

#[tokio::test]
async fn deleted_user_is_listed_then_restored_with_groups_and_sponsors() {
    let h = start(false).await;
    let app = h.app_token().await;
    assert_eq!(delete(&h, &format!("users/{OLIVIA}"), &app).await.status, StatusCode::NO_CONTENT);
    h.get(&format!("users/{OLIVIA}"), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");

    let reply = deleted_users(&h, "$select=id,displayName,userPrincipalName,deletedDateTime", &app, false).await;
    let body = reply.ok(StatusCode::OK);
    assert!(body["@odata.context"].as_str().unwrap().ends_with("#users(id,displayName,userPrincipalName,deletedDateTime)"));
    assert_eq!(ids(body), [OLIVIA]);
    assert!(body["value"][0]["deletedDateTime"].is_string(), "{body}");

    // $orderby on deletedDateTime and $count are advanced queries; displayName is not.
    deleted_users(&h, "$orderby=deletedDateTime desc", &app, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");
    deleted_users(&h, "$count=true", &app, false).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    let reply = deleted_users(&h, "$count=true&$orderby=deletedDateTime desc&$select=id,deletedDateTime", &app, true).await;
    assert_eq!(reply.ok(StatusCode::OK)["@odata.count"], 1);
    deleted_users(&h, "$orderby=displayName&$top=5", &app, false).await.ok(StatusCode::OK);
    deleted_users(&h, "$orderby=mail", &app, false).await.error(StatusCode::BAD_REQUEST, "Request_UnsupportedQuery");

    let item = h.get(&format!("directory/deletedItems/{OLIVIA}"), &app).await;
    let item = item.ok(StatusCode::OK);
    assert_eq!(item["@odata.type"], "#microsoft.graph.user");
    assert!(item["@odata.context"].as_str().unwrap().ends_with("#directoryObjects/$entity"));
    let mut item = item.clone();
    item.as_object_mut().unwrap().remove("@odata.type");
    assert_valid("microsoft.graph.user", &item);

    let restored = restore(&h, OLIVIA, &app).await;
    let restored = restored.ok(StatusCode::OK);
    assert_eq!(restored["id"], OLIVIA);
    assert_eq!(restored["@odata.type"], "#microsoft.graph.user");

    let groups = h.get(&format!("users/{OLIVIA}/memberOf?$select=displayName"), &app).await;
    let mut names: Vec<&str> = groups.ok(StatusCode::OK)["value"].as_array().unwrap().iter().filter_map(|g| g["displayName"].as_str()).collect();
    names.sort();
    assert_eq!(names, ["Partner Collaboration", "Project Alpha"]);
    let sponsors = h.get(&format!("users/{OLIVIA}/sponsors"), &app).await;
    assert_eq!(sponsors.ok(StatusCode::OK)["value"].as_array().unwrap().len(), 2);
    let user = h.get(&format!("users/{OLIVIA}?$select=id,deletedDateTime"), &app).await;
    assert!(user.ok(StatusCode::OK)["deletedDateTime"].is_null());

    assert!(ids(deleted_users(&h, "", &app, false).await.ok(StatusCode::OK)).is_empty());
    h.get(&format!("directory/deletedItems/{OLIVIA}"), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
    restore(&h, OLIVIA, &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
}

#[tokio::test]
async fn restore_refused_while_the_upn_is_taken_and_permanent_delete() {
    let h = start(false).await;
    let app = h.app_token().await;
    assert_eq!(delete(&h, &format!("users/{MARCUS}"), &app).await.status, StatusCode::NO_CONTENT);
    // Invited again, the address gets a new guest with the deleted one's UPN.
    h.invite_address(&app, "marcus.johnson@wideworldimporters.example").await.ok(StatusCode::CREATED);
    let message = restore(&h, MARCUS, &app).await.error(StatusCode::BAD_REQUEST, "Request_BadRequest");
    assert!(message.contains("userPrincipalName"), "{message}");

    assert_eq!(delete(&h, &format!("directory/deletedItems/{MARCUS}"), &app).await.status, StatusCode::NO_CONTENT);
    h.get(&format!("directory/deletedItems/{MARCUS}"), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
    delete(&h, &format!("directory/deletedItems/{MARCUS}"), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
    restore(&h, MARCUS, &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
}

#[tokio::test]
async fn deleted_users_are_gone_after_30_days() {
    let h = start(false).await;
    let app = h.app_token().await;
    delete(&h, &format!("users/{OLIVIA}"), &app).await.ok(StatusCode::NO_CONTENT);
    h.sandbox.directory().advance_clock(29).await.unwrap();
    let app = h.app_token().await;
    assert_eq!(ids(deleted_users(&h, "", &app, false).await.ok(StatusCode::OK)), [OLIVIA]);
    h.sandbox.directory().advance_clock(1).await.unwrap();
    let app = h.app_token().await;
    assert!(ids(deleted_users(&h, "", &app, false).await.ok(StatusCode::OK)).is_empty());
    h.get(&format!("directory/deletedItems/{OLIVIA}"), &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
    restore(&h, OLIVIA, &app).await.error(StatusCode::NOT_FOUND, "Request_ResourceNotFound");
}

#[tokio::test]
async fn deleted_items_need_the_right_permission_and_role() {
    let h = start(false).await;
    let admin = h.user_token(USER_ADMIN).await;
    let member = h.user_token(MEMBER).await;
    // Deleting takes an administrator role besides the permission.
    delete(&h, &format!("users/{OLIVIA}"), &member).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    delete(&h, &format!("users/{OLIVIA}"), &admin).await.ok(StatusCode::NO_CONTENT);

    deleted_users(&h, "", &member, false).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    let basic = h.user_token_for(USER_ADMIN, "openid User.Read").await;
    deleted_users(&h, "", &basic, false).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    // Directory.Read.All reads deleted items but may not restore or delete them.
    let reader = h.user_token_for(USER_ADMIN, "openid Directory.Read.All").await;
    assert_eq!(ids(deleted_users(&h, "", &reader, false).await.ok(StatusCode::OK)), [OLIVIA]);
    restore(&h, OLIVIA, &reader).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    delete(&h, &format!("directory/deletedItems/{OLIVIA}"), &reader).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    restore(&h, OLIVIA, &member).await.error(StatusCode::FORBIDDEN, "Authorization_RequestDenied");
    restore(&h, OLIVIA, &admin).await.ok(StatusCode::OK);
}
