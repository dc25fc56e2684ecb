//! `GET /organization`: the tenant and its verified domains. Any signed-in user may read it
//! (delegated `User.Read`), which is why the portal learns the tenant's own domains here
//! rather than from `/domains` (that needs `Domain.Read.All`).

use axum::Json;
use serde_json::{json, Value};

use super::{Ctx, GraphError, Permission};

const READ_ORGANIZATION: Permission = Permission {
    delegated: &["User.Read", "User.Read.All", "Organization.Read.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    application: &["Organization.Read.All", "Directory.Read.All", "Directory.ReadWrite.All"],
};

pub async fn list(ctx: Ctx) -> Result<Json<Value>, GraphError> {
    ctx.require(&READ_ORGANIZATION)?;
    let tenant = ctx.sandbox.directory().tenant();
    let initial = tenant.initial_domain();
    let domains: Vec<Value> = tenant
        .verified_domains
        .iter()
        .enumerate()
        .map(|(index, name)| {
            json!({
                "capabilities": "Email, OfficeCommunicationsOnline",
                // The first domain is the default one (seed order).
                "isDefault": index == 0,
                "isInitial": name == initial,
                "name": name,
                "type": "Managed",
            })
        })
        .collect();
    Ok(Json(json!({
        "@odata.context": ctx.context("organization"),
        "value": [{
            "id": tenant.id,
            "displayName": tenant.display_name,
            "verifiedDomains": domains,
        }],
    })))
}
