//! `/policies/authorizationPolicy` (v1.0) and beta `/policies/b2bManagementPolicies`
//! (graph-b2b.md §6).

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::{json_body, Ctx, GraphError, Permission};
use crate::directory::model::{AllowInvitesFrom, Settings};
use crate::directory::seed::derived_id;
use crate::directory::GLOBAL_ADMINISTRATOR;

const READ_POLICY: Permission = Permission {
    delegated: &["Policy.Read.All", "Policy.ReadWrite.Authorization"],
    application: &["Policy.Read.All", "Policy.ReadWrite.Authorization"],
};
const WRITE_POLICY: Permission =
    Permission { delegated: &["Policy.ReadWrite.Authorization"], application: &["Policy.ReadWrite.Authorization"] };
const READ_B2B_POLICY: Permission = Permission {
    delegated: &["Policy.Read.B2BManagementPolicy", "Policy.ReadWrite.B2BManagementPolicy"],
    application: &["Policy.Read.B2BManagementPolicy", "Policy.ReadWrite.B2BManagementPolicy"],
};
/// Graph's three guest user roles (graph-b2b.md §6).
const GUEST_ROLES: &[&str] =
    &["a0b1b346-4d3e-4e8b-98f8-753987be4970", "10dae51f-b6af-4016-8d66-8c2a99b929b3", "2af84b1e-32c8-42b7-82bc-daa82404023b"];

fn authorization_json(ctx: &Ctx, s: &Settings) -> Value {
    json!({
        "@odata.context": ctx.context("policies/authorizationPolicy/$entity"),
        "id": "authorizationPolicy",
        "deletedDateTime": null,
        "displayName": "Authorization Policy",
        "description": "Used to manage authorization related settings across the company.",
        "allowInvitesFrom": s.allow_invites_from.as_str(),
        "allowedToSignUpEmailBasedSubscriptions": true,
        "allowedToUseSSPR": true,
        "allowEmailVerifiedUsersToJoinOrganization": s.allow_email_verified_users_to_join_organization,
        "allowUserConsentForRiskyApps": null,
        "blockMsolPowerShell": false,
        "guestUserRoleId": s.guest_user_role_id,
        "defaultUserRolePermissions": {
            "allowedToCreateApps": true,
            "allowedToCreateSecurityGroups": true,
            "allowedToCreateTenants": true,
            "allowedToReadBitlockerKeysForOwnedDevice": true,
            "allowedToReadOtherUsers": true,
            "permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"],
        },
    })
}

pub async fn authorization(ctx: Ctx) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_POLICY)?;
    let state = ctx.sandbox.directory().read().await;
    Ok(Json(authorization_json(&ctx, state.settings())))
}

pub async fn patch_authorization(ctx: Ctx, body: Bytes) -> Result<Response, GraphError> {
    ctx.require(&WRITE_POLICY)?;
    ctx.require_role(&[GLOBAL_ADMINISTRATOR])?;
    let body = json_body(&body)?;
    let mut w = ctx.sandbox.directory().write().await;
    let mut settings = w.state().settings().clone();
    let invalid = |k: &str| GraphError::bad_request(format!("Invalid value specified for property '{k}' of resource 'AuthorizationPolicy'."));
    for (key, value) in &body {
        match key.as_str() {
            "allowInvitesFrom" => {
                settings.allow_invites_from = value.as_str().and_then(AllowInvitesFrom::parse).ok_or_else(|| invalid(key))?
            }
            "guestUserRoleId" => {
                let role = value.as_str().filter(|r| GUEST_ROLES.contains(r)).ok_or_else(|| invalid(key))?;
                settings.guest_user_role_id = role.to_string();
            }
            "allowEmailVerifiedUsersToJoinOrganization" => {
                settings.allow_email_verified_users_to_join_organization = value.as_bool().ok_or_else(|| invalid(key))?
            }
            _ => return Err(GraphError::bad_request(format!("Property '{key}' cannot be updated on the authorization policy."))),
        }
    }
    w.put_settings(settings).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The domain allow/deny list; `definition` is JSON inside a string array, as Graph sends it.
pub async fn b2b_management(ctx: Ctx) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_B2B_POLICY)?;
    let state = ctx.sandbox.directory().read().await;
    let s = state.settings();
    let lists = match (s.allowed_domains.is_empty(), s.blocked_domains.is_empty()) {
        (false, _) => Some(json!({"AllowedDomains": s.allowed_domains})),
        (true, false) => Some(json!({"BlockedDomains": s.blocked_domains})),
        (true, true) => None,
    };
    let value: Vec<Value> = lists
        .map(|lists| {
            let definition = json!({"B2BManagementPolicy": {"InvitationsAllowedAndBlockedDomainsPolicy": lists}}).to_string();
            json!({
                "id": derived_id(&format!("b2b-management-policy-{}", ctx.sandbox.directory().tenant().id)),
                "deletedDateTime": null,
                "displayName": "B2BManagementPolicy",
                // Not nullable on policyBase in Microsoft's beta schema.
                "description": "Domains guests may or may not be invited from",
                "definition": [definition],
                "isOrganizationDefault": true,
            })
        })
        .into_iter()
        .collect();
    Ok(Json(json!({"@odata.context": ctx.context("policies/b2bManagementPolicies"), "value": value})))
}
