//! `oauth2/v2.0/token`: client authentication and the authorization_code, refresh_token and
//! client_credentials grants, answering with Entra's JSON (errors included).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::authorize::{disabled_user, unknown_user};
use super::error::{AadError, OAuthError};
use super::keys::{self, random_token};
use super::pkce;
use super::scopes::{Granted, Requested};
use super::store::{RedeemError, RefreshGrant};
use super::{Caller, IdSession, TOKEN_LIFETIME_SECS};
use crate::directory::{AppRegistration, Person};
use crate::Sandbox;

/// Refresh tokens live 90 days, Entra's default; each use hands out a new one and leaves the old one valid.
const REFRESH_LIFETIME_SECS: i64 = 90 * 86_400;

#[derive(Debug, Default, Deserialize)]
struct TokenParams {
    grant_type: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    code: Option<String>,
    redirect_uri: Option<String>,
    code_verifier: Option<String>,
    refresh_token: Option<String>,
    scope: Option<String>,
}

#[derive(Debug, Serialize)]
struct TokenResponse {
    token_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
    expires_in: i64,
    ext_expires_in: i64,
    access_token: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id_token: Option<String>,
}

/// Failure of a token request: Entra's error JSON, or the sandbox's own failure.
enum Failure {
    Aad(AadError),
    Internal(anyhow::Error),
}

impl From<AadError> for Failure {
    fn from(e: AadError) -> Failure {
        Failure::Aad(e)
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Failure {
        Failure::Internal(e)
    }
}

/// `POST …/oauth2/v2.0/token`.
pub async fn token(
    State(sandbox): State<Sandbox>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match exchange(&sandbox, &tenant, &headers, &body).await {
        Ok(response) => {
            let mut response = Json(response).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
            headers.insert(header::PRAGMA, header::HeaderValue::from_static("no-cache"));
            response
        }
        Err(Failure::Aad(error)) => error.into_json_response(sandbox.directory().now()),
        Err(Failure::Internal(error)) => super::internal_error(error),
    }
}

/// `GET …/oauth2/v2.0/token`: Entra answers with an error of its own rather than a bare 405.
pub async fn only_post(State(sandbox): State<Sandbox>) -> Response {
    AadError::new(
        OAuthError::InvalidRequest,
        900561,
        "The endpoint only accepts POST, OPTIONS requests. Received a GET request.",
    )
    .into_json_response(sandbox.directory().now())
}

async fn exchange(sandbox: &Sandbox, tenant: &str, headers: &HeaderMap, body: &[u8]) -> Result<TokenResponse, Failure> {
    super::check_tenant(sandbox, tenant)?;
    let params: TokenParams = serde_urlencoded::from_bytes(body).map_err(|_| {
        AadError::new(OAuthError::InvalidRequest, 900144, "The request body must be application/x-www-form-urlencoded.")
    })?;
    let grant_type = params.grant_type.as_deref().ok_or_else(|| AadError::missing("grant_type"))?;
    let app = authenticate_client(sandbox, headers, &params)?;
    let now = sandbox.directory().now().timestamp();
    match grant_type {
        "authorization_code" => authorization_code(sandbox, app, &params, now).await,
        "refresh_token" => refresh_token(sandbox, app, &params, now).await,
        "client_credentials" => client_credentials(sandbox, app, &params, now),
        other => Err(AadError::new(
            OAuthError::UnsupportedGrantType,
            70003,
            format!("The app requested an unsupported grant type '{other}'."),
        )
        .into()),
    }
}

/// client_secret_basic (RFC 6749 §2.3.1: form-encoded id and secret) or client_secret_post.
fn authenticate_client<'s>(
    sandbox: &'s Sandbox,
    headers: &HeaderMap,
    params: &TokenParams,
) -> Result<&'s AppRegistration, AadError> {
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| super::strip_auth_scheme(v.trim(), "Basic"))
        .map(|encoded| {
            let decoded = STANDARD.decode(encoded.trim()).ok().and_then(|b| String::from_utf8(b).ok());
            let pair = decoded.as_deref().and_then(|d| d.split_once(':'));
            pair.and_then(|(id, secret)| Some((form_decode(id)?, form_decode(secret)?))).ok_or_else(|| {
                AadError::new(
                    OAuthError::InvalidClient,
                    7000218,
                    "The Authorization header is not valid HTTP Basic client authentication.",
                )
            })
        })
        .transpose()?;
    let (client_id, secret) = match basic {
        Some((id, secret)) => {
            if params.client_id.as_deref().is_some_and(|body_id| !body_id.eq_ignore_ascii_case(&id)) {
                return Err(AadError::new(
                    OAuthError::InvalidRequest,
                    700017,
                    "The client_id in the request body does not match the client_id of the Authorization header.",
                ));
            }
            (id, Some(secret))
        }
        None => (params.client_id.clone().ok_or_else(|| AadError::missing("client_id"))?, params.client_secret.clone()),
    };
    let directory = sandbox.directory();
    let app = directory.portal_app();
    // Application ids are GUIDs, which Entra compares without regard to case.
    if !client_id.eq_ignore_ascii_case(&app.client_id) {
        return Err(AadError::unknown_client(&client_id, &directory.tenant().id));
    }
    match secret {
        None => Err(AadError::new(
            OAuthError::InvalidClient,
            7000218,
            "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        )),
        Some(secret) if !keys::constant_time_eq(secret.as_bytes(), app.client_secret.as_bytes()) => Err(AadError::new(
            OAuthError::InvalidClient,
            7000215,
            format!(
                "Invalid client secret provided. Ensure the secret being sent in the request is the client secret \
                 value, not the client secret ID, for a secret added to app '{}'.",
                app.client_id
            ),
        )),
        Some(_) => Ok(app),
    }
}

fn form_decode(part: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&format!("v={part}")).ok()?;
    pairs.into_iter().next().map(|(_, v)| v)
}

async fn authorization_code(
    sandbox: &Sandbox,
    app: &AppRegistration,
    params: &TokenParams,
    now: i64,
) -> Result<TokenResponse, Failure> {
    let code = params.code.as_deref().ok_or_else(|| AadError::missing("code"))?;
    let redirect_uri = params.redirect_uri.as_deref().ok_or_else(|| AadError::missing("redirect_uri"))?;
    let issuer = sandbox.issuer();
    let grant = issuer.store.redeem_code(code, now).await?.map_err(|e| match e {
        RedeemError::Unknown | RedeemError::Revoked => {
            AadError::new(OAuthError::InvalidGrant, 70000, "The provided value for the 'code' parameter is not valid.")
        }
        RedeemError::Expired => expired_grant(),
        RedeemError::Replayed => AadError::new(
            OAuthError::InvalidGrant,
            54005,
            "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.",
        ),
    })?;
    if grant.client_id != app.client_id {
        return Err(AadError::new(
            OAuthError::InvalidGrant,
            70000,
            "The provided authorization code was issued to another client.",
        )
        .into());
    }
    if grant.redirect_uri != redirect_uri {
        return Err(AadError::new(
            OAuthError::InvalidGrant,
            50011,
            format!("The redirect URI '{redirect_uri}' does not match the redirect URI used to obtain the authorization code."),
        )
        .into());
    }
    let verifier = params.code_verifier.as_deref().ok_or_else(|| {
        AadError::new(
            OAuthError::InvalidGrant,
            50148,
            "The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.",
        )
    })?;
    if !pkce::verifier_meets(grant.code_challenge_method, &grant.code_challenge, verifier) {
        return Err(AadError::new(
            OAuthError::InvalidGrant,
            501481,
            "The Code_Verifier does not match the code_challenge supplied in the authorization request.",
        )
        .into());
    }
    let person = signed_in_person(sandbox, &grant.user_id).await?;
    let granted = Granted::from_scope_string(&grant.scope);
    let session = IdSession { nonce: Some(&grant.nonce), sid: &grant.grant_id };
    let refresh = RefreshGrant {
        grant_id: grant.grant_id.clone(),
        client_id: grant.client_id,
        user_id: grant.user_id,
        scope: grant.scope,
    };
    let refresh = granted.has("offline_access").then_some(&refresh);
    user_tokens(sandbox, app, UserGrant { person: &person, granted: &granted, session, refresh }, now).await
}

async fn refresh_token(
    sandbox: &Sandbox,
    app: &AppRegistration,
    params: &TokenParams,
    now: i64,
) -> Result<TokenResponse, Failure> {
    let token = params.refresh_token.as_deref().ok_or_else(|| AadError::missing("refresh_token"))?;
    let issuer = sandbox.issuer();
    let grant = issuer.store.use_refresh_token(token, now).await?.map_err(|e| match e {
        RedeemError::Unknown => {
            AadError::new(OAuthError::InvalidGrant, 9002313, "Invalid request. Request is malformed or invalid.")
        }
        RedeemError::Expired => expired_grant(),
        RedeemError::Replayed | RedeemError::Revoked => AadError::new(
            OAuthError::InvalidGrant,
            50173,
            "The provided grant has expired due to it being revoked, a fresh auth token is needed.",
        ),
    })?;
    if grant.client_id != app.client_id {
        return Err(AadError::new(
            OAuthError::InvalidGrant,
            70000,
            "The provided refresh token was issued to another client.",
        )
        .into());
    }
    let directory = sandbox.directory();
    // A scope on refresh may ask for any consented permissions (Entra's refresh tokens are
    // multi-resource); without one, the original grant is renewed.
    let granted = match params.scope.as_deref() {
        Some(scope) => Requested::parse(scope)
            .and_then(|r| r.grant_delegated(app, &directory.tenant().display_name))
            .map_err(token_endpoint_error)?,
        None => Granted::from_scope_string(&grant.scope),
    };
    let person = signed_in_person(sandbox, &grant.user_id).await?;
    directory.record_sign_in(&person.id, false).await?;
    // Entra answers every refresh with a new refresh token in the same grant; the presented one stays valid.
    let session = IdSession { nonce: None, sid: &grant.grant_id };
    user_tokens(sandbox, app, UserGrant { person: &person, granted: &granted, session, refresh: Some(&grant) }, now).await
}

fn client_credentials(
    sandbox: &Sandbox,
    app: &AppRegistration,
    params: &TokenParams,
    now: i64,
) -> Result<TokenResponse, Failure> {
    let scope = params.scope.as_deref().ok_or_else(|| AadError::missing("scope"))?;
    let tenant_name = &sandbox.directory().tenant().display_name;
    Requested::parse(scope).and_then(|r| r.grant_application(app, tenant_name, scope))?;
    Ok(TokenResponse {
        token_type: "Bearer",
        scope: None,
        expires_in: TOKEN_LIFETIME_SECS,
        ext_expires_in: TOKEN_LIFETIME_SECS,
        access_token: sandbox.issuer().graph_access_token(app, Caller::App, now),
        refresh_token: None,
        id_token: None,
    })
}

/// The answer to a user's grant: an access token; an ID token with `openid`; and, when
/// `refresh` (the grant has `offline_access`), a new refresh token in the same grant.
struct UserGrant<'a> {
    person: &'a Person,
    granted: &'a Granted,
    session: IdSession<'a>,
    refresh: Option<&'a RefreshGrant>,
}

async fn user_tokens(
    sandbox: &Sandbox,
    app: &AppRegistration,
    grant: UserGrant<'_>,
    now: i64,
) -> Result<TokenResponse, Failure> {
    let UserGrant { person, granted, session, refresh } = grant;
    let issuer = sandbox.issuer();
    let refresh_token = if let Some(grant) = refresh {
        let token = random_token();
        issuer.store.insert_refresh_token(&token, grant, now + REFRESH_LIFETIME_SECS).await?;
        Some(token)
    } else {
        None
    };
    Ok(TokenResponse {
        token_type: "Bearer",
        scope: Some(granted.to_scope_string()),
        expires_in: TOKEN_LIFETIME_SECS,
        ext_expires_in: TOKEN_LIFETIME_SECS,
        access_token: issuer.graph_access_token(app, Caller::User(person, granted), now),
        refresh_token,
        id_token: granted.has("openid").then(|| issuer.id_token(person, app, granted, session, now)),
    })
}

async fn signed_in_person(sandbox: &Sandbox, user_id: &str) -> Result<Person, Failure> {
    let directory = sandbox.directory();
    match directory.person_by_id(user_id).await? {
        Some(person) if person.account_enabled => Ok(person),
        Some(_) => Err(disabled_user().into()),
        None => Err(unknown_user(user_id, &directory.tenant().display_name).into()),
    }
}

fn expired_grant() -> AadError {
    AadError::new(
        OAuthError::InvalidGrant,
        70008,
        "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive \
         authorization request for this user and resource.",
    )
}

/// At the token endpoint a missing consent is `invalid_grant` (the authorize endpoint says `consent_required`).
fn token_endpoint_error(mut error: AadError) -> AadError {
    if error.error == OAuthError::ConsentRequired {
        error.error = OAuthError::InvalidGrant;
    }
    error
}
