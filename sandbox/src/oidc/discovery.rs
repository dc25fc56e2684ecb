//! Discovery documents: OpenID configuration, JWKS, and the sandbox's own `tenant.json`.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::html::role_names;
use crate::Sandbox;

/// `GET /_sandbox/{tenant}/v2.0/.well-known/openid-configuration`, shaped like Entra's.
pub async fn openid_configuration(State(sandbox): State<Sandbox>, Path(tenant): Path<String>) -> Response {
    if let Err(e) = super::check_tenant(&sandbox, &tenant) {
        return e.into_json_response(sandbox.directory().now());
    }
    let issuer = sandbox.issuer();
    let authority = issuer.authority();
    Json(serde_json::json!({
        "issuer": issuer.issuer_url(),
        "authorization_endpoint": format!("{authority}/oauth2/v2.0/authorize"),
        "token_endpoint": format!("{authority}/oauth2/v2.0/token"),
        "end_session_endpoint": format!("{authority}/oauth2/v2.0/logout"),
        "jwks_uri": format!("{authority}/discovery/v2.0/keys"),
        "response_types_supported": ["code"],
        "response_modes_supported": ["query", "form_post"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "scopes_supported": ["openid", "profile", "email", "offline_access"],
        "subject_types_supported": ["pairwise"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
        "code_challenge_methods_supported": ["S256", "plain"],
        "claims_supported": [
            "sub", "iss", "aud", "exp", "iat", "nbf", "nonce", "name", "preferred_username", "email",
            "oid", "tid", "roles", "wids", "sid", "ver"
        ],
        "request_uri_parameter_supported": false,
        "http_logout_supported": true,
        "frontchannel_logout_supported": true,
        "tenant_region_scope": "EU",
        "cloud_instance_name": "sandbox",
    }))
    .into_response()
}

/// `GET /_sandbox/{tenant}/discovery/v2.0/keys`.
pub async fn jwks(State(sandbox): State<Sandbox>, Path(tenant): Path<String>) -> Response {
    if let Err(e) = super::check_tenant(&sandbox, &tenant) {
        return e.into_json_response(sandbox.directory().now());
    }
    let issuer = sandbox.issuer();
    Json(serde_json::json!({ "keys": [issuer.keys.jwk(&issuer.issuer_url())] })).into_response()
}

/// `GET /_sandbox/tenant.json`: everything a script or test needs to use the sandbox tenant.
pub async fn tenant_json(State(sandbox): State<Sandbox>) -> Response {
    let directory = sandbox.directory();
    let people = match directory.sign_in_people().await {
        Ok(people) => people,
        Err(e) => return super::internal_error(e),
    };
    let tenant = directory.tenant();
    let app = directory.portal_app();
    let issuer = sandbox.issuer();
    let public_url = issuer.public_url.as_str();
    let people: Vec<_> = people
        .iter()
        .map(|p| {
            serde_json::json!({
                "id": p.id,
                "userPrincipalName": p.user_principal_name,
                "displayName": p.display_name,
                "jobTitle": p.job_title,
                "userType": p.user_type,
                "roles": role_names(p),
                "appRoles": p.app_roles,
            })
        })
        .collect();
    Json(serde_json::json!({
        "tenantId": tenant.id,
        "displayName": tenant.display_name,
        "verifiedDomains": tenant.verified_domains,
        "authority": issuer.authority(),
        "issuer": issuer.issuer_url(),
        "openidConfiguration": format!("{}/.well-known/openid-configuration", issuer.issuer_url()),
        "graphBaseUrl": format!("{public_url}/_sandbox/graph"),
        "portalApp": {
            "clientId": app.client_id,
            "clientSecret": app.client_secret,
            "displayName": app.display_name,
            "redirectUris": sandbox.config().portal_redirect_uris,
        },
        "people": people,
    }))
    .into_response()
}
