//! The Microsoft Graph emulation under `/_sandbox/graph/{v1.0|beta}/`: Graph's JSON, OData query
//! rules, error envelope, permission checks and invitation throttling, on top of `directory`.
//!
//! Every request passes [`envelope`] first: it assigns `request-id`, echoes `client-request-id`,
//! authenticates the bearer token and renders every [`GraphError`] as Graph's error envelope.

mod batch;
mod deleted;
mod error;
mod faults;
mod groups;
mod invitations;
mod mail;
mod odata;
mod organization;
mod policies;
mod sets;
mod users;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Extension, Router};

use crate::directory::{GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR};
use crate::oidc::AccessClaims;
use crate::Sandbox;
pub use error::GraphError;
pub use faults::{FaultError, FaultPlan, Faults, MAX_DELAY_MS};

/// Graph's two service versions; a few operations exist only in beta.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V1,
    Beta,
}

impl Version {
    pub fn as_str(self) -> &'static str {
        match self {
            Version::V1 => "v1.0",
            Version::Beta => "beta",
        }
    }
}

/// The ids Graph puts on every response and into `innerError`.
#[derive(Clone, Debug)]
pub struct RequestIds {
    pub request_id: String,
    pub client_request_id: String,
}

pub fn routes(sandbox: Sandbox) -> Router {
    Router::new()
        .nest("/_sandbox/graph/v1.0", api(&sandbox, Version::V1))
        .nest("/_sandbox/graph/beta", api(&sandbox, Version::Beta))
        .route("/_sandbox/faults", get(faults::show).post(faults::set).delete(faults::clear))
        .with_state(sandbox)
}

fn api(sandbox: &Sandbox, version: Version) -> Router<Sandbox> {
    let mut router = Router::new()
        .route("/invitations", post(invitations::create))
        .route("/users", get(users::list))
        .route("/users/$count", get(users::count))
        .route("/me", get(users::get_me))
        .route("/me/sponsorOf", get(users::my_sponsor_of))
        .route("/me/memberOf", get(users::my_member_of))
        .route("/me/sponsors", get(users::my_sponsors))
        .route("/users/{id}", get(users::get).patch(users::patch).delete(users::delete))
        .route("/users/{id}/sponsors", get(users::sponsors))
        .route("/users/{id}/sponsors/$ref", post(users::add_sponsor))
        .route("/users/{id}/sponsors/{sponsor}/$ref", delete(users::remove_sponsor))
        .route("/users/{id}/sponsorOf", get(users::sponsor_of))
        .route("/users/{id}/memberOf", get(users::member_of))
        .route("/users/{id}/manager", get(users::manager))
        .route("/users/{id}/appRoleAssignments", get(groups::assignments).post(groups::assign))
        .route("/directory/deletedItems/microsoft.graph.user", get(deleted::list_users))
        .route("/directory/deletedItems/{id}", get(deleted::get).delete(deleted::purge))
        .route("/directory/deletedItems/{id}/restore", post(deleted::restore))
        .route("/groups", get(groups::list))
        .route("/groups/{id}", get(groups::get))
        .route("/groups/{id}/members", get(groups::members))
        .route("/groups/{id}/members/$ref", post(groups::add_member))
        .route("/groups/{id}/members/{member}/$ref", delete(groups::remove_member))
        .route("/servicePrincipals", get(groups::service_principals))
        .route("/servicePrincipals/{id}", get(groups::service_principal))
        .route("/organization", get(organization::list))
        .route("/policies/authorizationPolicy", get(policies::authorization).patch(policies::patch_authorization))
        .route("/$batch", post(batch::batch));
    if version == Version::Beta {
        router = router
            .route("/policies/b2bManagementPolicies", get(policies::b2b_management))
            .route("/users/{id}/convertExternalToInternalMemberUser", post(users::convert_to_internal));
    }
    router
        .fallback(unknown_segment)
        .layer(middleware::from_fn_with_state(sandbox.clone(), envelope))
        .layer(Extension(version))
}

async fn unknown_segment(request: Request) -> GraphError {
    let segment = request.uri().path().rsplit('/').next().unwrap_or_default().to_string();
    GraphError::invalid(format!("Resource not found for the segment '{segment}'."))
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
}

/// Injected faults first, then [`answer`].
async fn envelope(State(sandbox): State<Sandbox>, request: Request, next: Next) -> Response {
    match sandbox.faults().next(request.uri().path()) {
        Some(faults::Injected { delay: Some(delay), failure, after_handling }) => {
            // A stalled request runs to its end even when the caller gives up waiting, as on a real
            // service: a timed-out POST may still have created something.
            let stalled = tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                carried_out(sandbox, request, next, failure, after_handling).await
            });
            stalled.await.unwrap_or_else(|e| GraphError::internal(&format!("the stalled request failed: {e}")).into_response())
        }
        Some(faults::Injected { delay: None, failure, after_handling }) => carried_out(sandbox, request, next, failure, after_handling).await,
        None => answer(sandbox, request, next, None).await,
    }
}

/// [`answer`] with `failure`, or (`after_handling`) the request carried out and its answer
/// replaced by `failure`, with the request ids of the work done.
async fn carried_out(sandbox: Sandbox, request: Request, next: Next, failure: Option<faults::Failure>, after_handling: bool) -> Response {
    match failure {
        Some(faults::Failure::Dropped) => {
            if after_handling {
                answer(sandbox, request, next, None).await;
            }
            faults::dropped()
        }
        Some(faults::Failure::Error(error)) if after_handling => {
            let now = sandbox.directory().now();
            let done = answer(sandbox, request, next, None).await;
            let ids = RequestIds {
                request_id: header(done.headers(), "request-id").unwrap_or_default(),
                client_request_id: header(done.headers(), "client-request-id").unwrap_or_default(),
            };
            let mut lost = error.render(&ids, now);
            for name in ["request-id", "client-request-id"] {
                if let Some(value) = done.headers().get(name) {
                    lost.headers_mut().insert(name, value.clone());
                }
            }
            lost
        }
        Some(faults::Failure::Error(error)) => answer(sandbox, request, next, Some(error)).await,
        None => answer(sandbox, request, next, None).await,
    }
}

/// Request ids, authentication (or the injected `fault`), and the error envelope for every Graph request.
async fn answer(sandbox: Sandbox, mut request: Request, next: Next, fault: Option<GraphError>) -> Response {
    let ids = RequestIds {
        request_id: uuid::Uuid::new_v4().to_string(),
        client_request_id: header(request.headers(), "client-request-id").unwrap_or_else(|| uuid::Uuid::new_v4().to_string()),
    };
    let now = sandbox.directory().now();
    let bearer = header(request.headers(), "authorization").unwrap_or_default();
    let mut response = match fault {
        // Like Graph's front end, an unavailable service answers before looking at the token.
        Some(error) => error.into_response(),
        None => match sandbox.issuer().verify_access_token(&bearer, now) {
            Ok(claims) => {
                request.extensions_mut().insert(claims);
                request.extensions_mut().insert(ids.clone());
                next.run(request).await
            }
            Err(e) => GraphError::from(e).into_response(),
        },
    };
    if let Some(error) = response.extensions_mut().remove::<GraphError>() {
        response = error.render(&ids, now);
    }
    let headers = response.headers_mut();
    for (name, value) in [("request-id", &ids.request_id), ("client-request-id", &ids.client_request_id)] {
        if let Ok(v) = HeaderValue::from_str(value) {
            headers.insert(name, v);
        }
    }
    response
}

/// Everything a Graph handler needs about the call in progress.
pub struct Ctx {
    pub sandbox: Sandbox,
    pub version: Version,
    pub caller: AccessClaims,
    /// `ConsistencyLevel: eventual` was sent (advanced queries).
    pub eventual: bool,
    pub ids: RequestIds,
}

impl FromRequestParts<Sandbox> for Ctx {
    type Rejection = GraphError;

    async fn from_request_parts(parts: &mut Parts, sandbox: &Sandbox) -> Result<Self, Self::Rejection> {
        let missing = || GraphError::internal("the Graph request context is missing");
        Ok(Ctx {
            sandbox: sandbox.clone(),
            version: *parts.extensions.get::<Version>().ok_or_else(missing)?,
            caller: parts.extensions.get::<AccessClaims>().cloned().ok_or_else(missing)?,
            eventual: header(&parts.headers, "consistencylevel").is_some_and(|v| v.eq_ignore_ascii_case("eventual")),
            ids: parts.extensions.get::<RequestIds>().cloned().ok_or_else(missing)?,
        })
    }
}

/// The permissions an operation accepts: any one delegated scope (for user tokens) or any one
/// application role (for app-only tokens), like Graph's permission tables.
pub struct Permission {
    pub delegated: &'static [&'static str],
    pub application: &'static [&'static str],
}

const ADMIN_ROLES: &[&str] = &[GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR];

impl Ctx {
    /// `{public_url}/_sandbox/graph/{version}`: the base of `@odata.context` and next links.
    pub fn base(&self) -> String {
        format!("{}/_sandbox/graph/{}", self.sandbox.config().public_url.as_str().trim_end_matches('/'), self.version.as_str())
    }

    pub fn context(&self, fragment: &str) -> String {
        format!("{}/$metadata#{fragment}", self.base())
    }

    pub fn require(&self, permission: &Permission) -> Result<(), GraphError> {
        let granted = if self.caller.is_app_only() {
            permission.application.iter().any(|p| self.caller.roles.iter().any(|r| r == p))
        } else {
            permission.delegated.iter().any(|p| self.caller.scopes.iter().any(|s| s == p))
        };
        if granted {
            Ok(())
        } else {
            Err(GraphError::denied())
        }
    }

    /// For delegated calls, the signed-in user must also hold one of `roles` (directory role
    /// template ids); app-only calls are governed by their application permission alone.
    pub fn require_role(&self, roles: &[&str]) -> Result<(), GraphError> {
        if self.caller.is_app_only() || self.has_role(roles) {
            Ok(())
        } else {
            Err(GraphError::denied())
        }
    }

    pub fn has_role(&self, roles: &[&str]) -> bool {
        self.caller.directory_role_template_ids.iter().any(|w| roles.iter().any(|r| r.eq_ignore_ascii_case(w)))
    }

    pub fn require_admin(&self) -> Result<(), GraphError> {
        self.require_role(ADMIN_ROLES)
    }

    /// The signed-in user's id; `/me` has no meaning for app-only tokens.
    pub fn me(&self) -> Result<&str, GraphError> {
        self.caller.object_id.as_deref().ok_or_else(|| {
            GraphError::invalid("/me request is only valid with delegated authentication flow.")
        })
    }
}

pub const READ_USERS: Permission = Permission {
    delegated: &["User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
    application: &["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"],
};

pub const WRITE_USERS: Permission = Permission {
    delegated: &["User.ReadWrite.All", "Directory.ReadWrite.All"],
    application: &["User.ReadWrite.All", "Directory.ReadWrite.All"],
};

/// Deleting, restoring and permanently deleting users ("Delete a user", "Restore deleted item"):
/// `Directory.ReadWrite.All` does not allow deleting users.
pub const DELETE_RESTORE_USERS: Permission = Permission {
    delegated: &["User.DeleteRestore.All", "User.ReadWrite.All"],
    application: &["User.DeleteRestore.All", "User.ReadWrite.All"],
};

/// A JSON object request body, refused the way Graph refuses bad payloads.
pub fn json_body(body: &[u8]) -> Result<serde_json::Map<String, serde_json::Value>, GraphError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(GraphError::invalid("Empty Payload. JSON content expected."));
    }
    match serde_json::from_slice(body) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(_) => Err(GraphError::invalid("Invalid request body: a JSON object is expected.")),
        Err(e) => Err(GraphError::invalid(format!("Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format. ({e})"))),
    }
}
