//! Groups and their members, service principals, and users' app role assignments.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::odata::{EntitySet, QueryOptions};
use super::sets::{Obj, GROUPS, SERVICE_PRINCIPALS};
use super::users::{duplicate_reference, find_user, objects_page, reference_id};
use super::{json_body, Ctx, GraphError, Permission};
use crate::directory::model::AppRoleAssignmentRecord;
use crate::directory::State;

const READ_GROUPS: Permission = Permission {
    delegated: &["Group.Read.All", "Group.ReadWrite.All", "GroupMember.Read.All", "GroupMember.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    application: &["Group.Read.All", "Group.ReadWrite.All", "GroupMember.Read.All", "GroupMember.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
};
const WRITE_MEMBERS: Permission = Permission {
    delegated: &["GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"],
    application: &["GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"],
};
const READ_APPS: Permission = Permission {
    delegated: &["Application.Read.All", "Application.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    application: &["Application.Read.All", "Application.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
};
const READ_ASSIGNMENTS: Permission = Permission {
    delegated: &["AppRoleAssignment.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "User.Read.All", "User.ReadWrite.All"],
    application: &["AppRoleAssignment.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "User.Read.All", "User.ReadWrite.All"],
};
const WRITE_ASSIGNMENTS: Permission =
    Permission { delegated: &["AppRoleAssignment.ReadWrite.All"], application: &["AppRoleAssignment.ReadWrite.All"] };
/// The "default access" role every app has, assignable when an app defines no roles.
const DEFAULT_ACCESS: &str = "00000000-0000-0000-0000-000000000000";

fn list_of(ctx: &Ctx, items: Vec<Obj>, raw: Option<&str>, set: &EntitySet, name: &str) -> Result<Json<Value>, GraphError> {
    let q = QueryOptions::parse(raw)?;
    q.check(set, ctx.eventual)?;
    let context = ctx.context(&format!("{name}{}", q.select_suffix()));
    Ok(Json(q.page(items, set, 999, context, &format!("{}/{name}", ctx.base()), false, &|_, _| {})?))
}

fn one_of(ctx: &Ctx, item: Obj, raw: Option<&str>, set: &EntitySet, name: &str) -> Result<Json<Value>, GraphError> {
    let q = QueryOptions::parse(raw)?;
    q.check_select(set)?;
    let mut v = q.project(&item, set, false);
    v["@odata.context"] = Value::String(ctx.context(&format!("{name}{}/$entity", q.select_suffix())));
    Ok(Json(v))
}

fn find_group<'s>(state: &'s State, id: &str) -> Result<&'s crate::directory::model::GroupRecord, GraphError> {
    state.groups.get(id).ok_or_else(|| GraphError::not_found(id))
}

pub async fn list(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_GROUPS)?;
    let state = ctx.sandbox.directory().read().await;
    list_of(&ctx, state.groups.values().map(Obj::Group).collect(), raw.as_deref(), &GROUPS, "groups")
}

pub async fn get(ctx: Ctx, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_GROUPS)?;
    let state = ctx.sandbox.directory().read().await;
    one_of(&ctx, Obj::Group(find_group(&state, &id)?), raw.as_deref(), &GROUPS, "groups")
}

pub async fn members(ctx: Ctx, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_GROUPS)?;
    let state = ctx.sandbox.directory().read().await;
    let group = find_group(&state, &id)?;
    let items: Vec<Obj> = state
        .members_of(&group.id)
        .filter_map(|m| state.users.get(m).map(Obj::User).or_else(|| state.groups.get(m).map(Obj::Group)))
        .collect();
    objects_page(&ctx, items, raw.as_deref(), &format!("/groups/{}/members", group.id))
}

pub async fn add_member(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Result<Response, GraphError> {
    ctx.require(&WRITE_MEMBERS)?;
    ctx.require_admin()?;
    let member = reference_id(&json_body(&body)?)?;
    let mut w = ctx.sandbox.directory().write().await;
    let group = find_group(w.state(), &id)?.id.clone();
    if !w.state().users.contains_key(&member) && !w.state().groups.contains_key(&member) {
        return Err(GraphError::not_found(&member));
    }
    if w.state().members_of(&group).any(|m| m == member) {
        return Err(duplicate_reference("members"));
    }
    w.add_member(&group, &member).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn remove_member(ctx: Ctx, Path((id, member)): Path<(String, String)>) -> Result<Response, GraphError> {
    ctx.require(&WRITE_MEMBERS)?;
    ctx.require_admin()?;
    let mut w = ctx.sandbox.directory().write().await;
    let group = find_group(w.state(), &id)?.id.clone();
    if !w.state().members_of(&group).any(|m| m == member) {
        return Err(GraphError::not_found(&member));
    }
    w.remove_member(&group, &member).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn service_principals(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_APPS)?;
    let state = ctx.sandbox.directory().read().await;
    let items = state.service_principals.values().map(Obj::ServicePrincipal).collect();
    list_of(&ctx, items, raw.as_deref(), &SERVICE_PRINCIPALS, "servicePrincipals")
}

pub async fn service_principal(ctx: Ctx, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_APPS)?;
    let state = ctx.sandbox.directory().read().await;
    let sp = state.service_principals.get(&id).ok_or_else(|| GraphError::not_found(&id))?;
    one_of(&ctx, Obj::ServicePrincipal(sp), raw.as_deref(), &SERVICE_PRINCIPALS, "servicePrincipals")
}

pub async fn assignments(ctx: Ctx, Path(key): Path<String>) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_ASSIGNMENTS)?;
    let state = ctx.sandbox.directory().read().await;
    let user = find_user(&state, &key)?;
    let value: Vec<Value> = state.assignments.values().filter(|a| a.principal_id == user.id).map(|a| a.to_graph()).collect();
    Ok(Json(json!({
        "@odata.context": ctx.context(&format!("users('{}')/appRoleAssignments", user.id)),
        "value": value,
    })))
}

pub async fn assign(ctx: Ctx, Path(key): Path<String>, body: Bytes) -> Result<Response, GraphError> {
    ctx.require(&WRITE_ASSIGNMENTS)?;
    ctx.require_admin()?;
    let body = json_body(&body)?;
    let field = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| GraphError::bad_request(format!("Invalid value specified for property '{k}' of resource 'AppRoleAssignment'.")))
    };
    let (principal, resource, role) = (field("principalId")?, field("resourceId")?, field("appRoleId")?);
    let now = ctx.sandbox.directory().now();
    let mut w = ctx.sandbox.directory().write().await;
    let user = find_user(w.state(), &key)?.clone();
    if principal != user.id {
        return Err(GraphError::bad_request("The principalId must be the id of the user in the request URL.".into()));
    }
    let sp = w.state().service_principals.get(&resource).cloned().ok_or_else(|| GraphError::not_found(&resource))?;
    if role != DEFAULT_ACCESS && !sp.app_roles.iter().any(|r| r.id == role) {
        return Err(GraphError::bad_request("Permission being assigned was not found on application".into()));
    }
    let exists = w.state().assignments.values().any(|a| a.principal_id == user.id && a.resource_id == sp.id && a.app_role_id == role);
    if exists {
        return Err(GraphError::bad_request("Permission being assigned already exists on the object".into()));
    }
    let assignment = AppRoleAssignmentRecord {
        id: uuid::Uuid::new_v4().to_string(),
        app_role_id: role,
        principal_id: user.id.clone(),
        principal_display_name: user.display_name.clone(),
        principal_type: "User".into(),
        resource_id: sp.id.clone(),
        resource_display_name: sp.display_name.clone(),
        created_date_time: now,
    };
    let mut body = assignment.to_graph();
    body["@odata.context"] = Value::String(ctx.context(&format!("users('{}')/appRoleAssignments/$entity", user.id)));
    w.put_assignment(assignment).await?;
    Ok((StatusCode::CREATED, Json(body)).into_response())
}
