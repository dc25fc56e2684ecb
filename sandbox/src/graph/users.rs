//! `/users`, `/me` and their relationships: sponsors, sponsorOf, memberOf, and beta's
//! `convertExternalToInternalMemberUser`.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};

use super::odata::QueryOptions;
use super::sets::{Obj, DIRECTORY_OBJECTS, USERS};
use super::{json_body, Ctx, GraphError, Permission, DELETE_RESTORE_USERS, READ_USERS, WRITE_USERS};
use crate::directory::model::{graph_time, ObjectIdentity, UserRecord};
use crate::directory::{
    State, Tenant, DIRECTORY_READERS, DIRECTORY_WRITERS, GLOBAL_ADMINISTRATOR, GUEST_INVITER, HELPDESK_ADMINISTRATOR,
    PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, USER_ADMINISTRATOR,
};
use crate::oidc::AccessClaims;

const UPN_DOMAIN_INVALID: &str = "The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.";
pub const UPN_TAKEN: &str = "Another object with the same value for property userPrincipalName already exists.";

/// Graph's limit on sponsors per user (shared with `invitedUserSponsors`).
pub const MAX_SPONSORS: usize = 5;

const READ_ME: Permission = Permission {
    delegated: &["User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    application: &[],
};
const AUDIT_LOG: Permission = Permission { delegated: &["AuditLog.Read.All"], application: &["AuditLog.Read.All"] };
/// `microsoft.directory/users/sponsors/read` and `.../update` (graph-b2b.md §2).
const SPONSOR_READERS: &[&str] = &[GUEST_INVITER, DIRECTORY_READERS, DIRECTORY_WRITERS, USER_ADMINISTRATOR, GLOBAL_ADMINISTRATOR];
const SPONSOR_WRITERS: &[&str] = &[DIRECTORY_WRITERS, USER_ADMINISTRATOR, GLOBAL_ADMINISTRATOR];
const READ_MEMBERSHIPS: Permission = Permission {
    delegated: &["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "GroupMember.Read.All", "GroupMember.ReadWrite.All", "Group.Read.All"],
    application: &["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "GroupMember.Read.All", "GroupMember.ReadWrite.All"],
};
const CONVERT: Permission = Permission {
    delegated: &["User-ConvertToInternal.ReadWrite.All", "User.ReadWrite.All"],
    application: &["User-ConvertToInternal.ReadWrite.All", "User.ReadWrite.All"],
};

/// Writing `passwordProfile` (graph-b2b.md, user update): delegated callers need
/// `User-PasswordProfile.ReadWrite.All` (older docs: `Directory.AccessAsUser.All`); app-only
/// callers `User.ReadWrite.All` plus a directory role of the app itself (see [`may_reset_password`]).
const RESET_PASSWORD: Permission = Permission {
    delegated: &["User-PasswordProfile.ReadWrite.All", "Directory.AccessAsUser.All"],
    application: &["User.ReadWrite.All"],
};
/// Roles whose holders a User Administrator may still reset ("Who can reset passwords" in
/// Entra's privileged-roles table); anyone holding another role needs a higher administrator.
const RESETTABLE_BY_USER_ADMINISTRATOR: &[&str] = &[DIRECTORY_READERS, GUEST_INVITER, HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR];

/// Whether `caller` (the signed-in user, or the app's own directory roles when app-only) may
/// reset the password of someone holding `target_roles`: Global or Privileged Authentication
/// Administrators anyone's, User Administrators only non-administrators' and limited ones'.
fn may_reset_password(caller: &AccessClaims, target_roles: &[String]) -> bool {
    let holds = |role: &str| caller.directory_role_template_ids.iter().any(|w| w.eq_ignore_ascii_case(role));
    if holds(GLOBAL_ADMINISTRATOR) || holds(PRIVILEGED_AUTHENTICATION_ADMINISTRATOR) {
        return true;
    }
    let limited = |role: &String| RESETTABLE_BY_USER_ADMINISTRATOR.iter().any(|r| r.eq_ignore_ascii_case(role));
    holds(USER_ADMINISTRATOR) && target_roles.iter().all(limited)
}

pub fn find_user<'s>(state: &'s State, key: &str) -> Result<&'s UserRecord, GraphError> {
    state.user_by_key(key).ok_or_else(|| GraphError::not_found(key))
}

/// Reading `signInActivity` needs `AuditLog.Read.All` and a tenant with Microsoft Entra ID P1 or
/// P2 ("signInActivity resource type"); other tenants get Graph's non-premium 403.
pub fn check_sign_in_activity(ctx: &Ctx, state: &State, q: &QueryOptions) -> Result<(), GraphError> {
    if !q.reads_sign_in_activity() {
        return Ok(());
    }
    ctx.require(&AUDIT_LOG)?;
    if state.settings().entra_id_p1 {
        Ok(())
    } else {
        Err(GraphError::new(
            StatusCode::FORBIDDEN,
            "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
            "Neither tenant is B2C or tenant doesn't have premium license",
        ))
    }
}

pub async fn list(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_USERS)?;
    let q = QueryOptions::parse(raw.as_deref())?;
    q.check(&USERS, ctx.eventual)?;
    let state = ctx.sandbox.directory().read().await;
    check_sign_in_activity(&ctx, &state, &q)?;
    let items: Vec<Obj> = state.users.values().map(Obj::User).collect();
    let context = ctx.context(&format!("users{}", q.select_suffix()));
    let expand = |item: &Obj, v: &mut Value| {
        if let Obj::User(user) = item {
            expand_user(&state, user, &q, v);
        }
    };
    Ok(Json(q.page(items, &USERS, 999, context, &format!("{}/users", ctx.base()), false, &expand)?))
}

/// `GET /users/$count`: how many users match, as plain text; an advanced query.
pub async fn count(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, GraphError> {
    ctx.require(&READ_USERS)?;
    if !ctx.eventual {
        return Err(GraphError::bad_request("$count is not currently supported.".into()));
    }
    let mut q = QueryOptions::parse(raw.as_deref())?;
    // The segment stands for `$count=true` in the advanced-query rules.
    q.count = true;
    q.check(&USERS, true)?;
    let state = ctx.sandbox.directory().read().await;
    check_sign_in_activity(&ctx, &state, &q)?;
    let n = state.users.values().filter(|u| q.matches(&Obj::User(u))).count();
    Ok(([(axum::http::header::CONTENT_TYPE, "text/plain")], n.to_string()).into_response())
}

/// Adds the `$expand`ed navigation property (sponsors or memberOf) to a projected user.
fn expand_user(state: &State, user: &UserRecord, q: &QueryOptions, v: &mut Value) {
    let Some(expand) = &q.expand else { return };
    let related = match expand.property.as_str() {
        "sponsors" => state.sponsors_of(&user.id).filter_map(|s| object(state, s)).collect(),
        _ => memberships(state, user),
    };
    v[expand.property.as_str()] = Value::Array(related.iter().map(|o| expand.project(o)).collect());
}

/// One user as `GET /users/{id}` returns it.
fn entity(ctx: &Ctx, state: &State, user: &UserRecord, q: &QueryOptions) -> Value {
    let mut v = q.project(&Obj::User(user), &USERS, false);
    expand_user(state, user, q, &mut v);
    v["@odata.context"] = Value::String(ctx.context(&format!("users{}/$entity", q.select_suffix())));
    v
}

pub async fn get(ctx: Ctx, Path(key): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    let q = QueryOptions::parse(raw.as_deref())?;
    q.check_select(&USERS)?;
    let state = ctx.sandbox.directory().read().await;
    let user = find_user(&state, &key)?;
    if ctx.caller.object_id.as_deref() == Some(user.id.as_str()) {
        ctx.require(&READ_ME)?;
    } else {
        ctx.require(&READ_USERS)?;
    }
    check_sign_in_activity(&ctx, &state, &q)?;
    Ok(Json(entity(&ctx, &state, user, &q)))
}

/// `GET /users/{id}/manager` ("List manager"): the manager as a directory object, or 404 when
/// none is set.
pub async fn manager(ctx: Ctx, Path(key): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_USERS)?;
    let q = QueryOptions::parse(raw.as_deref())?;
    q.check(&DIRECTORY_OBJECTS, ctx.eventual)?;
    let state = ctx.sandbox.directory().read().await;
    let user = find_user(&state, &key)?;
    let manager = user.manager.as_deref().and_then(|id| state.users.get(id)).ok_or_else(|| GraphError::not_found("manager"))?;
    let mut v = q.project(&Obj::User(manager), &DIRECTORY_OBJECTS, true);
    v["@odata.context"] = Value::String(ctx.context("directoryObjects/$entity"));
    Ok(Json(v))
}

pub async fn get_me(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    let me = ctx.me()?.to_string();
    ctx.require(&READ_ME)?;
    let q = QueryOptions::parse(raw.as_deref())?;
    q.check_select(&USERS)?;
    let state = ctx.sandbox.directory().read().await;
    check_sign_in_activity(&ctx, &state, &q)?;
    Ok(Json(entity(&ctx, &state, find_user(&state, &me)?, &q)))
}

fn optional_string(key: &str, value: &Value) -> Result<Option<String>, GraphError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(GraphError::bad_request(format!("Invalid value specified for property '{key}' of resource 'User'."))),
    }
}

fn string_list(key: &str, value: &Value) -> Result<Vec<String>, GraphError> {
    let invalid = || GraphError::bad_request(format!("Invalid value specified for property '{key}' of resource 'User'."));
    value.as_array().ok_or_else(invalid)?.iter().map(|v| v.as_str().map(str::to_string).ok_or_else(invalid)).collect()
}

/// Applies one PATCH property, with Graph's rules on read-only and mastered properties.
fn apply(ctx: &Ctx, state: &State, user: &mut UserRecord, key: &str, value: &Value) -> Result<(), GraphError> {
    const READ_ONLY: &[&str] = &[
        "id", "createdDateTime", "creationType", "externalUserState", "externalUserStateChangeDateTime", "proxyAddresses",
        "onPremisesSyncEnabled", "onPremisesUserPrincipalName", "signInActivity", "identities", "deletedDateTime",
        "lastPasswordChangeDateTime", "provisionedPlans",
    ];
    if READ_ONLY.contains(&key) {
        return Err(GraphError::bad_request(format!("Property '{key}' is read-only and cannot be set.")));
    }
    if !USERS_WRITABLE.contains(&key) {
        return Err(GraphError::bad_request(format!("Property '{key}' does not exist on type 'microsoft.graph.user'.")));
    }
    if user.on_premises_sync_enabled == Some(true) && key != "usageLocation" {
        return Err(GraphError::bad_request(
            "Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.".into(),
        ));
    }
    let field = |f: &mut Option<String>| -> Result<(), GraphError> {
        *f = optional_string(key, value)?;
        Ok(())
    };
    match key {
        "displayName" => {
            user.display_name = optional_string(key, value)?
                .filter(|s| !s.trim().is_empty())
                .ok_or_else(|| GraphError::bad_request("Invalid value specified for property 'displayName' of resource 'User'.".into()))?
        }
        "givenName" => field(&mut user.given_name)?,
        "surname" => field(&mut user.surname)?,
        "jobTitle" => field(&mut user.job_title)?,
        "department" => field(&mut user.department)?,
        "companyName" => field(&mut user.company_name)?,
        "mobilePhone" => field(&mut user.mobile_phone)?,
        "officeLocation" => field(&mut user.office_location)?,
        "preferredLanguage" => field(&mut user.preferred_language)?,
        "usageLocation" => field(&mut user.usage_location)?,
        "mailNickname" => field(&mut user.mail_nickname)?,
        "accountEnabled" => {
            user.account_enabled = value.as_bool().ok_or_else(|| {
                GraphError::bad_request("Invalid value specified for property 'accountEnabled' of resource 'User'.".into())
            })?
        }
        "userType" => match value.as_str() {
            Some(t @ ("Member" | "Guest")) => user.user_type = t.to_string(),
            _ => return Err(GraphError::bad_request("Invalid value specified for property 'userType' of resource 'User'.".into())),
        },
        "otherMails" => user.other_mails = string_list(key, value)?,
        "businessPhones" => user.business_phones = string_list(key, value)?,
        "mail" => {
            if user.has_mailbox {
                // Exchange masters the address of a mailbox (graph-b2b.md §1).
                return Err(GraphError::bad_request(
                    "Unable to update the specified properties for objects that have originated within an external service.".into(),
                ));
            }
            let new = optional_string(key, value)?;
            if let Some(old) = user.mail.take() {
                user.proxy_addresses.retain(|p| !p.eq_ignore_ascii_case(&format!("smtp:{old}")));
            }
            if let Some(new) = &new {
                user.proxy_addresses.insert(0, format!("SMTP:{new}"));
            }
            user.mail = new;
        }
        "passwordProfile" => {
            password_profile(value)?;
            user.last_password_change_date_time = Some(ctx.sandbox.directory().now());
        }
        "userPrincipalName" => {
            let upn = optional_string(key, value)?.unwrap_or_default();
            check_new_upn(state, ctx.sandbox.directory().tenant(), &user.id, &upn)?;
            user.user_principal_name = upn;
        }
        _ => unreachable!("USERS_WRITABLE lists only the keys handled above"),
    }
    Ok(())
}

/// Checks a new `passwordProfile`: Entra's password rules (8 to 256 characters, three of upper
/// case, lower case, digits and symbols); the password itself is not kept.
fn password_profile(value: &Value) -> Result<(), GraphError> {
    let invalid = || GraphError::bad_request("Invalid value specified for property 'passwordProfile' of resource 'User'.".into());
    let profile = value.as_object().ok_or_else(invalid)?;
    for (key, flag) in profile {
        match key.as_str() {
            "password" => {}
            "forceChangePasswordNextSignIn" | "forceChangePasswordNextSignInWithMfa" if flag.is_boolean() || flag.is_null() => {}
            _ => return Err(invalid()),
        }
    }
    let password = profile.get("password").and_then(Value::as_str).ok_or_else(invalid)?;
    let kinds = [
        password.chars().any(|c| c.is_ascii_uppercase()),
        password.chars().any(|c| c.is_ascii_lowercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_ascii_alphanumeric()),
    ];
    let length = password.chars().count();
    if !(8..=256).contains(&length) || kinds.iter().filter(|k| **k).count() < 3 {
        return Err(GraphError::bad_request(
            "The specified password does not comply with password complexity requirements. Please provide a different password.".into(),
        ));
    }
    Ok(())
}

/// A member UPN must be on a verified domain (never the `#EXT#` guest form) and unused.
fn check_new_upn(state: &State, tenant: &Tenant, user_id: &str, upn: &str) -> Result<(), GraphError> {
    let (local, domain) = upn.rsplit_once('@').unwrap_or_default();
    if local.is_empty() || local.contains("#EXT#") || !tenant.is_verified_domain(domain) {
        return Err(GraphError::bad_request(UPN_DOMAIN_INVALID.into()));
    }
    if state.user_by_upn(upn).is_some_and(|other| other.id != user_id) {
        return Err(GraphError::bad_request(UPN_TAKEN.into()));
    }
    Ok(())
}

const USERS_WRITABLE: &[&str] = &[
    "displayName", "givenName", "surname", "jobTitle", "department", "companyName", "mobilePhone", "officeLocation",
    "preferredLanguage", "usageLocation", "mailNickname", "accountEnabled", "userType", "otherMails", "businessPhones",
    "mail", "userPrincipalName", "passwordProfile",
];

pub async fn patch(ctx: Ctx, Path(key): Path<String>, body: Bytes) -> Result<Response, GraphError> {
    ctx.require(&WRITE_USERS)?;
    ctx.require_admin()?;
    let body = json_body(&body)?;
    let mut w = ctx.sandbox.directory().write().await;
    let mut user = find_user(w.state(), &key)?.clone();
    if body.contains_key("passwordProfile") {
        ctx.require(&RESET_PASSWORD)?;
        if !may_reset_password(&ctx.caller, &user.directory_role_template_ids) {
            return Err(GraphError::denied());
        }
    }
    for (k, v) in &body {
        apply(&ctx, w.state(), &mut user, k, v)?;
    }
    w.put_user(user).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Moves the user to deleted items ("Delete a user").
pub async fn delete(ctx: Ctx, Path(key): Path<String>) -> Result<Response, GraphError> {
    ctx.require(&DELETE_RESTORE_USERS)?;
    ctx.require_admin()?;
    let mut w = ctx.sandbox.directory().write().await;
    let id = find_user(w.state(), &key)?.id.clone();
    w.soft_delete_user(&id, ctx.sandbox.directory().now()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A directoryObject collection page (sponsors, sponsorOf, memberOf, members).
pub fn objects_page(ctx: &Ctx, items: Vec<Obj>, raw: Option<&str>, next_path: &str) -> Result<Json<Value>, GraphError> {
    let q = QueryOptions::parse(raw)?;
    q.check(&DIRECTORY_OBJECTS, ctx.eventual)?;
    let context = ctx.context(&format!("directoryObjects{}", q.select_suffix()));
    Ok(Json(q.page(items, &DIRECTORY_OBJECTS, 999, context, &format!("{}{next_path}", ctx.base()), true, &|_, _| {})?))
}

fn object<'s>(state: &'s State, id: &str) -> Option<Obj<'s>> {
    state.users.get(id).map(Obj::User).or_else(|| state.groups.get(id).map(Obj::Group))
}

pub async fn sponsors(ctx: Ctx, Path(key): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    list_sponsors(ctx, &key, raw.as_deref()).await
}

/// `GET /me/sponsors`: anyone may see their own sponsors (as My Account shows them).
pub async fn my_sponsors(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    let me = ctx.me()?.to_string();
    list_sponsors(ctx, &me, raw.as_deref()).await
}

async fn list_sponsors(ctx: Ctx, key: &str, raw: Option<&str>) -> Result<Json<Value>, GraphError> {
    ctx.require(&Permission { delegated: READ_ME.delegated, application: READ_USERS.application })?;
    let state = ctx.sandbox.directory().read().await;
    let user = find_user(&state, key)?;
    if ctx.caller.object_id.as_deref() != Some(user.id.as_str()) {
        ctx.require_role(SPONSOR_READERS)?;
    }
    let items: Vec<Obj> = state.sponsors_of(&user.id).filter_map(|s| object(&state, s)).collect();
    objects_page(&ctx, items, raw, &format!("/users/{}/sponsors", user.id))
}

/// The id at the end of an `@odata.id` reference URL (`.../users/{id}`, `.../groups/{id}`,
/// `.../directoryObjects/{id}`).
pub fn reference_id(body: &Map<String, Value>) -> Result<String, GraphError> {
    let url = body
        .get("@odata.id")
        .and_then(Value::as_str)
        .ok_or_else(|| GraphError::bad_request("Missing '@odata.id' in the reference payload.".into()))?;
    let trimmed = url.trim_end_matches('/');
    let (collection, id) = trimmed
        .rsplit_once('/')
        .and_then(|(head, id)| Some((head.rsplit('/').next()?, id)))
        .ok_or_else(|| GraphError::bad_request(format!("Invalid object identifier '{url}'.")))?;
    let id = id.trim_start_matches("('").trim_end_matches("')");
    if !matches!(collection, "users" | "groups" | "directoryObjects") || uuid::Uuid::parse_str(id).is_err() {
        return Err(GraphError::bad_request(format!("Invalid object identifier '{url}'.")));
    }
    Ok(id.to_string())
}

pub fn duplicate_reference(property: &str) -> GraphError {
    GraphError::bad_request(format!(
        "One or more added object references already exist for the following modified properties: '{property}'."
    ))
}

pub async fn add_sponsor(ctx: Ctx, Path(key): Path<String>, body: Bytes) -> Result<Response, GraphError> {
    ctx.require(&WRITE_USERS)?;
    ctx.require_role(SPONSOR_WRITERS)?;
    let sponsor = reference_id(&json_body(&body)?)?;
    let mut w = ctx.sandbox.directory().write().await;
    let user = find_user(w.state(), &key)?.id.clone();
    if object(w.state(), &sponsor).is_none() {
        return Err(GraphError::not_found(&sponsor));
    }
    if w.state().sponsors_of(&user).any(|s| s == sponsor) {
        return Err(duplicate_reference("sponsors"));
    }
    if w.state().sponsors_of(&user).count() >= MAX_SPONSORS {
        return Err(GraphError::bad_request(format!("A user can have at most {MAX_SPONSORS} sponsors.")));
    }
    w.add_sponsor(&user, &sponsor).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn remove_sponsor(ctx: Ctx, Path((key, sponsor)): Path<(String, String)>) -> Result<Response, GraphError> {
    ctx.require(&WRITE_USERS)?;
    ctx.require_role(SPONSOR_WRITERS)?;
    let mut w = ctx.sandbox.directory().write().await;
    let user = find_user(w.state(), &key)?.id.clone();
    if !w.state().sponsors_of(&user).any(|s| s == sponsor) {
        return Err(GraphError::not_found(&sponsor));
    }
    w.remove_sponsor(&user, &sponsor).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Objects `user_id` sponsors directly or through a group it belongs to.
fn sponsored_by<'s>(state: &'s State, user_id: &str) -> Vec<Obj<'s>> {
    let groups: Vec<&str> = state.groups_of(user_id).map(|g| g.id.as_str()).collect();
    let mut ids: Vec<&str> = state
        .sponsors
        .iter()
        .filter(|(_, s)| s == user_id || groups.contains(&s.as_str()))
        .map(|(u, _)| u.as_str())
        .collect();
    ids.dedup();
    ids.into_iter().filter_map(|id| object(state, id)).collect()
}

pub async fn sponsor_of(ctx: Ctx, Path(key): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&Permission { delegated: READ_ME.delegated, application: READ_USERS.application })?;
    let state = ctx.sandbox.directory().read().await;
    let user = find_user(&state, &key)?;
    objects_page(&ctx, sponsored_by(&state, &user.id), raw.as_deref(), &format!("/users/{}/sponsorOf", user.id))
}

pub async fn my_sponsor_of(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    let me = ctx.me()?.to_string();
    ctx.require(&READ_ME)?;
    let state = ctx.sandbox.directory().read().await;
    objects_page(&ctx, sponsored_by(&state, &me), raw.as_deref(), "/me/sponsorOf")
}

fn memberships<'s>(state: &'s State, user: &'s UserRecord) -> Vec<Obj<'s>> {
    let mut items: Vec<Obj> = state.groups_of(&user.id).map(Obj::Group).collect();
    items.extend(user.directory_role_template_ids.iter().map(|t| Obj::Role(t)));
    items
}

pub async fn member_of(ctx: Ctx, Path(key): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_MEMBERSHIPS)?;
    let state = ctx.sandbox.directory().read().await;
    let user = find_user(&state, &key)?;
    objects_page(&ctx, memberships(&state, user), raw.as_deref(), &format!("/users/{}/memberOf", user.id))
}

pub async fn my_member_of(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    let me = ctx.me()?.to_string();
    ctx.require(&READ_ME)?;
    let state = ctx.sandbox.directory().read().await;
    objects_page(&ctx, memberships(&state, find_user(&state, &me)?), raw.as_deref(), "/me/memberOf")
}

/// Beta `POST /users/{id}/convertExternalToInternalMemberUser` (graph-b2b.md §3).
pub async fn convert_to_internal(ctx: Ctx, Path(key): Path<String>, body: Bytes) -> Result<Json<Value>, GraphError> {
    ctx.require(&CONVERT)?;
    ctx.require_admin()?;
    let body = json_body(&body)?;
    let now = ctx.sandbox.directory().now();
    let tenant = ctx.sandbox.directory().tenant().clone();
    let mut w = ctx.sandbox.directory().write().await;
    let mut user = find_user(w.state(), &key)?.clone();
    let external = user.creation_type.as_deref() == Some("Invitation") || user.identities.iter().any(|i| i.sign_in_type == "federated");
    if !external {
        return Err(GraphError::bad_request("Only users who sign in with an external identity can be converted to internal users.".into()));
    }
    let upn = body.get("userPrincipalName").map(|v| optional_string("userPrincipalName", v)).transpose()?.flatten();
    let synced = user.on_premises_sync_enabled == Some(true);
    match (synced, upn) {
        (true, Some(_)) => {
            return Err(GraphError::bad_request("userPrincipalName cannot be set for users synchronized from on-premises.".into()))
        }
        (true, None) => {}
        (false, None) => return Err(GraphError::bad_request("userPrincipalName is required to convert a cloud user.".into())),
        (false, Some(upn)) => {
            check_new_upn(w.state(), &tenant, &user.id, &upn)?;
            let password = body.get("passwordProfile").and_then(|p| p.get("password")).and_then(Value::as_str);
            if password.is_none_or(|p| p.len() < 8) {
                return Err(GraphError::bad_request("A passwordProfile with a password of at least 8 characters is required for cloud users.".into()));
            }
            user.user_principal_name = upn;
        }
    }
    if let Some(mail) = body.get("mail").map(|v| optional_string("mail", v)).transpose()?.flatten() {
        user.mail = Some(mail);
    }
    user.user_type = "Member".into();
    user.creation_type = None;
    user.external_user_state = None;
    user.external_user_state_change_date_time = Some(now);
    user.pending_b2b = None;
    user.identities = vec![ObjectIdentity {
        sign_in_type: "userPrincipalName".into(),
        issuer: tenant.initial_domain().into(),
        issuer_assigned_id: Some(user.user_principal_name.clone()),
    }];
    let result = json!({
        "@odata.context": ctx.context("microsoft.graph.conversionUserDetails"),
        "displayName": user.display_name,
        "userPrincipalName": user.user_principal_name,
        "mail": user.mail.clone().unwrap_or_else(|| user.user_principal_name.clone()),
        "convertedToInternalUserDateTime": graph_time(now),
    });
    w.put_user(user).await?;
    Ok(Json(result))
}


#[cfg(test)]
mod tests {
    use super::*;

    fn caller(app_only: bool, roles: &[&str]) -> AccessClaims {
        AccessClaims {
            tenant_id: "tenant".into(),
            object_id: (!app_only).then(|| "someone".to_owned()),
            app_id: "app".into(),
            scopes: Vec::new(),
            roles: Vec::new(),
            directory_role_template_ids: roles.iter().map(|r| r.to_string()).collect(),
        }
    }

    #[test]
    fn password_resets_follow_the_administrator_ranks() {
        let nobody: Vec<String> = Vec::new();
        let helpdesk = vec![HELPDESK_ADMINISTRATOR.to_owned()];
        let global = vec![GLOBAL_ADMINISTRATOR.to_owned()];
        for app_only in [false, true] {
            assert!(!may_reset_password(&caller(app_only, &[]), &nobody), "no role, no reset");
            assert!(!may_reset_password(&caller(app_only, &[GUEST_INVITER]), &nobody));
            let user_admin = caller(app_only, &[USER_ADMINISTRATOR]);
            assert!(may_reset_password(&user_admin, &nobody) && may_reset_password(&user_admin, &helpdesk));
            assert!(!may_reset_password(&user_admin, &global), "a User Administrator cannot reset a Global Administrator");
            assert!(may_reset_password(&caller(app_only, &[PRIVILEGED_AUTHENTICATION_ADMINISTRATOR]), &global));
            assert!(may_reset_password(&caller(app_only, &[GLOBAL_ADMINISTRATOR]), &global));
        }
    }
}
