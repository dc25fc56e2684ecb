//! `/directory/deletedItems` for users: where `DELETE /users/{id}` puts them for 30 days, to be
//! listed, read, restored or deleted for good ("List deletedItems", "Get deleted item", "Restore
//! deleted item", "Permanently delete an item").

use axum::extract::{Path, RawQuery};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;

use super::odata::QueryOptions;
use super::sets::{Obj, DELETED_USERS};
use super::users::{check_sign_in_activity, UPN_TAKEN};
use super::{Ctx, GraphError, Permission, DELETE_RESTORE_USERS};
use crate::directory::model::UserRecord;
use crate::directory::{GLOBAL_ADMINISTRATOR, PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, USER_ADMINISTRATOR};

/// "List deletedItems": `User.Read.All` for users, or a permission that includes it.
const READ_DELETED_USERS: Permission = Permission {
    delegated: &["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    application: &["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
};
/// Delegated callers also need one of these roles to see deleted users ("List deletedItems").
const DELETED_USER_READERS: &[&str] = &[USER_ADMINISTRATOR, PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, GLOBAL_ADMINISTRATOR];

fn read_access(ctx: &Ctx) -> Result<(), GraphError> {
    ctx.require(&READ_DELETED_USERS)?;
    ctx.require_role(DELETED_USER_READERS)
}

/// One deleted item as Graph returns it: a `directoryObject`, typed by `@odata.type`.
fn entity(ctx: &Ctx, user: &UserRecord, q: &QueryOptions) -> Value {
    let mut v = q.project(&Obj::User(user), &DELETED_USERS, true);
    v["@odata.context"] = Value::String(ctx.context("directoryObjects/$entity"));
    v
}

pub async fn list_users(ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    read_access(&ctx)?;
    let q = QueryOptions::parse(raw.as_deref())?;
    q.check(&DELETED_USERS, ctx.eventual)?;
    // Sorting on deletedDateTime is an advanced query ("List deletedItems").
    if q.orderby.iter().any(|(p, _)| p == "deletedDateTime") && !(ctx.eventual && q.count) {
        return Err(GraphError::unsupported_query("Sorting not supported for current query."));
    }
    let now = ctx.sandbox.directory().now();
    let state = ctx.sandbox.directory().read().await;
    check_sign_in_activity(&ctx, &state, &q)?;
    let items: Vec<Obj> = state.deleted_users(now).into_iter().map(|d| Obj::User(&d.user)).collect();
    let context = ctx.context(&format!("users{}", q.select_suffix()));
    let next = format!("{}/directory/deletedItems/microsoft.graph.user", ctx.base());
    Ok(Json(q.page(items, &DELETED_USERS, 999, context, &next, false, &|_, _| {})?))
}

pub async fn get(ctx: Ctx, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Result<Json<Value>, GraphError> {
    read_access(&ctx)?;
    let q = QueryOptions::parse(raw.as_deref())?;
    q.check_select(&DELETED_USERS)?;
    let now = ctx.sandbox.directory().now();
    let state = ctx.sandbox.directory().read().await;
    check_sign_in_activity(&ctx, &state, &q)?;
    let deleted = state.deleted_user(&id, now).ok_or_else(|| GraphError::not_found(&id))?;
    Ok(Json(entity(&ctx, &deleted.user, &q)))
}

/// Back into `/users` with its group memberships; refused while another user has its UPN.
pub async fn restore(ctx: Ctx, Path(id): Path<String>) -> Result<Json<Value>, GraphError> {
    ctx.require(&DELETE_RESTORE_USERS)?;
    ctx.require_admin()?;
    let now = ctx.sandbox.directory().now();
    let mut w = ctx.sandbox.directory().write().await;
    let upn = w.state().deleted_user(&id, now).ok_or_else(|| GraphError::not_found(&id))?.user.user_principal_name.clone();
    if w.state().user_by_upn(&upn).is_some() {
        return Err(GraphError::bad_request(UPN_TAKEN.into()));
    }
    let user = w.restore_user(&id).await?.ok_or_else(|| GraphError::not_found(&id))?;
    Ok(Json(entity(&ctx, &user, &QueryOptions::default())))
}

pub async fn purge(ctx: Ctx, Path(id): Path<String>) -> Result<Response, GraphError> {
    ctx.require(&DELETE_RESTORE_USERS)?;
    ctx.require_admin()?;
    let now = ctx.sandbox.directory().now();
    let mut w = ctx.sandbox.directory().write().await;
    w.state().deleted_user(&id, now).ok_or_else(|| GraphError::not_found(&id))?;
    w.purge_deleted_user(&id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
