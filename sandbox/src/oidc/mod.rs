//! The sandbox tenant's OIDC issuer, with Entra ID's v2.0 URL shapes under `/_sandbox/{tenant}/`:
//! discovery, JWKS, an account-picker authorize page, the token endpoint (authorization code with
//! PKCE, refresh tokens renewed on each use, client credentials) and logout — plus the verification of the
//! Graph access tokens it issues, which the Graph emulation uses to authenticate callers.

mod authorize;
mod discovery;
mod error;
/// HTML helpers for the issuer's pages (the SANDBOX page layout, role names).
mod html;
mod keys;
mod logout;
mod pkce;
mod scopes;
mod store;
mod token;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::directory::{AppRegistration, Directory, Person};
use crate::{Sandbox, SandboxConfig};
use error::AadError;
use scopes::Granted;

pub use keys::KEY_FILE;

/// Revokes every sign-in of the tenant: all authorization codes and refresh tokens in `pool`.
/// Part of a directory reset, so no refresh token outlives the people it was issued to.
pub async fn forget_grants(pool: &sqlx::SqlitePool) -> anyhow::Result<()> {
    store::Store::clear(pool).await
}

/// Microsoft Graph's resource URI: the `aud` of Graph access tokens.
pub const GRAPH_RESOURCE: &str = "https://graph.microsoft.com";
/// Microsoft Graph's well-known application id, also accepted as a Graph token audience.
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// Lifetime of ID and access tokens, as Entra's default (60–90 minutes; we use the lower bound).
pub const TOKEN_LIFETIME_SECS: i64 = 3600;
/// Tolerated clock difference for `nbf`, as common JWT validators allow.
const CLOCK_SKEW_SECS: i64 = 300;

/// The issuer: signing key, persisted codes and refresh tokens, and the tenant it speaks for.
pub struct Issuer {
    keys: keys::KeyPair,
    store: store::Store,
    tenant_id: String,
    public_url: String,
}

/// What a valid Graph access token says about its caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessClaims {
    pub tenant_id: String,
    /// The signed-in user's object id; `None` for app-only tokens.
    pub object_id: Option<String>,
    pub app_id: String,
    /// Delegated permissions (`scp`).
    pub scopes: Vec<String>,
    /// Application permissions (`roles`).
    pub roles: Vec<String>,
    /// Directory role template ids of the user (`wids`).
    pub directory_role_template_ids: Vec<String>,
}

impl AccessClaims {
    pub fn is_app_only(&self) -> bool {
        self.object_id.is_none()
    }
}

/// Why a bearer token was refused. Graph answers all of these with 401 `InvalidAuthenticationToken`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("Access token is empty.")]
    Missing,
    #[error("IDX14100: JWT is not well formed. The token needs to be in JWS Compact Serialization Format.")]
    Malformed,
    #[error("IDX10511: Signature validation failed.")]
    BadSignature,
    #[error("Lifetime validation failed, the token is expired.")]
    Expired,
    #[error("Access token validation failure. Invalid audience.")]
    WrongAudience,
    #[error("Access token validation failure. Invalid issuer.")]
    WrongIssuer,
}

/// The JSON claims of a Graph access token. Entra's Graph tokens are v1.0 tokens; we keep their
/// claim names (`appid`, `scp`, `roles`, `wids`, `idtyp`, `upn`) and add `azp` for v2 readers.
#[derive(Debug, Serialize, Deserialize)]
struct GraphTokenClaims {
    aud: String,
    iss: String,
    iat: i64,
    nbf: i64,
    exp: i64,
    tid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    oid: Option<String>,
    sub: String,
    appid: String,
    azp: String,
    app_displayname: String,
    idtyp: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scp: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    wids: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    upn: Option<String>,
    uti: String,
    ver: String,
}

impl Issuer {
    /// Loads (or creates) the signing key and the issuer's tables under `cfg.data_dir`.
    pub async fn open(cfg: &SandboxConfig, directory: &Directory) -> anyhow::Result<Issuer> {
        let keys = keys::KeyPair::load_or_create(&cfg.data_dir).await?;
        let store = store::Store::open(directory.pool().clone()).await?;
        Ok(Issuer {
            keys,
            store,
            tenant_id: directory.tenant().id.clone(),
            public_url: cfg.public_url.as_str().trim_end_matches('/').to_owned(),
        })
    }

    /// `{public_url}/_sandbox/{tenant-id}`: the authority, as `login.microsoftonline.com/{tid}`.
    pub fn authority(&self) -> String {
        format!("{}/_sandbox/{}", self.public_url, self.tenant_id)
    }

    /// `{public_url}/_sandbox/{tenant-id}/v2.0`: the `iss` of every token this issuer signs.
    ///
    /// Entra puts `https://sts.windows.net/{tid}/` in the v1.0 tokens it makes for Graph; the
    /// sandbox uses its one issuer URL for both kinds, so a verifier needs a single trust anchor.
    pub fn issuer_url(&self) -> String {
        format!("{}/v2.0", self.authority())
    }

    /// Checks a Graph access token (a bare JWT or an `Authorization` header value `Bearer …`)
    /// signed by this issuer, at the sandbox time `now`.
    pub fn verify_access_token(&self, bearer: &str, now: DateTime<Utc>) -> Result<AccessClaims, TokenError> {
        let bearer = bearer.trim();
        let token = strip_auth_scheme(bearer, "Bearer").unwrap_or(bearer);
        if token.is_empty() {
            return Err(TokenError::Missing);
        }
        let claims: serde_json::Value = self.keys.verify(token).map_err(|e| match e {
            keys::JwsError::Malformed => TokenError::Malformed,
            keys::JwsError::BadSignature => TokenError::BadSignature,
        })?;
        // The audience first: our ID tokens are well signed but are not Graph tokens at all.
        if claims["aud"] != GRAPH_RESOURCE && claims["aud"] != GRAPH_APP_ID {
            return Err(TokenError::WrongAudience);
        }
        let claims: GraphTokenClaims = serde_json::from_value(claims).map_err(|_| TokenError::Malformed)?;
        if claims.iss != self.issuer_url() || claims.tid != self.tenant_id {
            return Err(TokenError::WrongIssuer);
        }
        let now = now.timestamp();
        // A token from the sandbox clock's future (the clock was moved back) is outside its
        // validity window too; the contract has one variant for both.
        if claims.exp <= now || claims.nbf > now + CLOCK_SKEW_SECS {
            return Err(TokenError::Expired);
        }
        let app_only = claims.idtyp == "app";
        Ok(AccessClaims {
            tenant_id: claims.tid,
            object_id: if app_only { None } else { claims.oid },
            app_id: claims.appid,
            scopes: claims.scp.as_deref().unwrap_or_default().split_whitespace().map(str::to_owned).collect(),
            roles: claims.roles,
            directory_role_template_ids: claims.wids,
        })
    }
}

/// The ID token's claims (v2.0). Profile claims need `profile`, as Entra.
#[derive(Debug, Serialize)]
struct IdTokenClaims<'a> {
    aud: &'a str,
    iss: String,
    iat: i64,
    nbf: i64,
    exp: i64,
    tid: &'a str,
    sub: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    oid: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    preferred_username: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nonce: Option<&'a str>,
    /// The sign-in session at the issuer, which a front-channel logout names.
    sid: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    roles: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    wids: &'a [String],
    /// The user's preferred language, lower case (`de-de`): Entra's optional claim, sent to an
    /// app registration that asks for it ("Optional claims reference"), as the portal's does.
    #[serde(skip_serializing_if = "Option::is_none")]
    xms_pl: Option<String>,
    uti: String,
    ver: &'static str,
}

impl Issuer {
    /// Entra's `sub` is pairwise: stable for one user and one app, different across apps.
    fn pairwise_subject(&self, object_id: &str, client_id: &str) -> String {
        keys::sha256_b64url(format!("{}:{object_id}:{client_id}", self.tenant_id).as_bytes())
    }

    fn id_token(&self, person: &Person, app: &AppRegistration, granted: &Granted, session: IdSession<'_>, now: i64) -> String {
        let profile = granted.has("profile");
        // An external user's `preferred_username` is the name they sign in with at home, not
        // their `#EXT#` UPN in this tenant ("Microsoft identity platform: ID token claims reference").
        let sign_in_name = match (&person.mail, person.user_principal_name.contains("#EXT#")) {
            (Some(mail), true) => mail.as_str(),
            _ => person.user_principal_name.as_str(),
        };
        self.keys.sign(&IdTokenClaims {
            aud: &app.client_id,
            iss: self.issuer_url(),
            iat: now,
            nbf: now,
            exp: now + TOKEN_LIFETIME_SECS,
            tid: &self.tenant_id,
            sub: self.pairwise_subject(&person.id, &app.client_id),
            oid: profile.then_some(person.id.as_str()),
            name: profile.then_some(person.display_name.as_str()),
            preferred_username: profile.then_some(sign_in_name),
            // Entra sends guests' email by default; members' only with the `email` scope.
            email: if granted.has("email") || person.user_type == "Guest" { person.mail.as_deref() } else { None },
            nonce: session.nonce,
            sid: session.sid,
            roles: &person.app_roles,
            wids: &person.directory_role_template_ids,
            xms_pl: person.preferred_language.as_deref().filter(|l| !l.is_empty()).map(str::to_ascii_lowercase),
            uti: uuid::Uuid::new_v4().simple().to_string(),
            ver: "2.0",
        })
    }

    /// A Graph access token for `caller` using `app`: delegated (`scp`) or app-only (`roles`).
    fn graph_access_token(&self, app: &AppRegistration, caller: Caller<'_>, now: i64) -> String {
        let (oid, sub, idtyp, scp, roles, wids, name, upn) = match caller {
            Caller::User(person, granted) => (
                Some(person.id.clone()),
                self.pairwise_subject(&person.id, &app.client_id),
                "user",
                Some(granted.scp()),
                Vec::new(),
                person.directory_role_template_ids.clone(),
                Some(person.display_name.clone()),
                Some(person.user_principal_name.clone()),
            ),
            Caller::App => {
                (None, app.client_id.clone(), "app", None, app.application_permissions.clone(), app.directory_role_template_ids.clone(), None, None)
            }
        };
        self.keys.sign(&GraphTokenClaims {
            aud: GRAPH_RESOURCE.into(),
            iss: self.issuer_url(),
            iat: now,
            nbf: now,
            exp: now + TOKEN_LIFETIME_SECS,
            tid: self.tenant_id.clone(),
            oid,
            sub,
            appid: app.client_id.clone(),
            azp: app.client_id.clone(),
            app_displayname: app.display_name.clone(),
            idtyp: idtyp.into(),
            scp,
            roles,
            wids,
            name,
            upn,
            uti: uuid::Uuid::new_v4().simple().to_string(),
            ver: "1.0".into(),
        })
    }
}

/// The sign-in an ID token belongs to: the authorization request's nonce (none on refresh) and
/// the issuer's session id.
struct IdSession<'a> {
    nonce: Option<&'a str>,
    sid: &'a str,
}

/// Who a Graph access token is for.
enum Caller<'a> {
    /// A signed-in user, with the scopes granted to the app for them.
    User(&'a Person, &'a Granted),
    /// The app itself (client credentials).
    App,
}

/// Accepts the tenant id or a verified domain in the path, as Entra does; `common` and other
/// multi-tenant aliases are refused because guests must sign in to the resource tenant.
fn check_tenant(sandbox: &Sandbox, tenant: &str) -> Result<(), AadError> {
    let t = sandbox.directory().tenant();
    if t.id.eq_ignore_ascii_case(tenant) || t.is_verified_domain(tenant) {
        Ok(())
    } else {
        Err(AadError::unknown_tenant(tenant))
    }
}

/// The credentials of an `Authorization` value in `scheme` (matched without regard to case, as
/// RFC 9110 says), or `None` if it uses another scheme.
fn strip_auth_scheme<'v>(value: &'v str, scheme: &str) -> Option<&'v str> {
    let (head, rest) = (value.get(..scheme.len())?, value.get(scheme.len()..)?);
    let separated = rest.is_empty() || rest.starts_with(char::is_whitespace);
    (head.eq_ignore_ascii_case(scheme) && separated).then(|| rest.trim())
}

/// A failure of the sandbox itself (its database), not of the request.
fn internal_error(error: anyhow::Error) -> Response {
    tracing::error!("sandbox issuer: {error:#}");
    (StatusCode::INTERNAL_SERVER_ERROR, format!("The sandbox issuer failed: {error:#}")).into_response()
}

/// The issuer's endpoints under `/_sandbox/{tenant}/…` and the `/_sandbox/tenant.json` document.
pub fn routes(sandbox: Sandbox) -> axum::Router {
    axum::Router::new()
        .route("/_sandbox/tenant.json", get(discovery::tenant_json))
        .route("/_sandbox/{tenant}/v2.0/.well-known/openid-configuration", get(discovery::openid_configuration))
        .route("/_sandbox/{tenant}/discovery/v2.0/keys", get(discovery::jwks))
        .route("/_sandbox/{tenant}/oauth2/v2.0/authorize", get(authorize::show).post(authorize::sign_in))
        .route("/_sandbox/{tenant}/oauth2/v2.0/token", axum::routing::post(token::token).get(token::only_post))
        .route("/_sandbox/{tenant}/oauth2/v2.0/logout", get(logout::logout))
        .with_state(sandbox)
}

#[cfg(test)]
mod tests {
    use super::strip_auth_scheme;

    #[test]
    fn auth_scheme_is_case_insensitive_and_must_be_a_whole_word() {
        assert_eq!(strip_auth_scheme("Bearer abc", "Bearer"), Some("abc"));
        assert_eq!(strip_auth_scheme("bearer  abc ", "Bearer"), Some("abc"));
        assert_eq!(strip_auth_scheme("Bearer", "Bearer"), Some(""));
        assert_eq!(strip_auth_scheme("Bearerabc", "Bearer"), None);
        assert_eq!(strip_auth_scheme("Basic abc", "Bearer"), None);
        assert_eq!(strip_auth_scheme("Bé", "Bearer"), None);
    }
}
