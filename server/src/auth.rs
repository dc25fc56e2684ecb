//! Sign-in with OpenID Connect (authorization code + PKCE), the same way for the sandbox tenant
//! and for Microsoft Entra: discovery, code exchange and ID token checks go over real HTTP and
//! are done by the `openidconnect` crate.

use std::sync::Arc;
use std::time::{Duration, Instant};

use app::auth::{Principal, Role};
use app::server::keys as session_keys;
use graph::DelegatedToken;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreResponseType, CoreRevocableToken,
    CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthenticationFlow, AuthorizationCode, Client, ClientId, ClientSecret, CsrfToken,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdToken, IdTokenFields, IssuerUrl,
    LogoutRequest, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl,
    ProviderMetadataWithLogout, RedirectUrl, Scope, StandardErrorResponse, StandardTokenResponse, TokenResponse,
};
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;
use tower_sessions::Session;

use crate::config::{EntraApp, InviterPolicy};

/// Directory role template ids that make someone an administrator of guest access.
const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";
const USER_ADMINISTRATOR: &str = "fe930be7-5e62-47db-91af-98c3a49a38b1";
/// Entra's Guest Inviter directory role.
const GUEST_INVITER: &str = "95e79109-95c0-4d8e-aee3-d01accf2d47b";

/// Graph's delegated permissions the portal asks for. One token request may target only one
/// resource, so all are Graph's (plus the OIDC scopes, which are not a resource).
const SCOPES: &[&str] = &[
    "openid",
    "profile",
    "email",
    "offline_access",
    "https://graph.microsoft.com/User.Read",
    "https://graph.microsoft.com/User.Invite.All",
    "https://graph.microsoft.com/User.ReadWrite.All",
    // Resetting a password (`passwordProfile`) needs this besides `User.ReadWrite.All`.
    "https://graph.microsoft.com/User-PasswordProfile.ReadWrite.All",
    "https://graph.microsoft.com/Directory.Read.All",
    "https://graph.microsoft.com/GroupMember.ReadWrite.All",
    "https://graph.microsoft.com/Group.Read.All",
    "https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All",
    "https://graph.microsoft.com/Policy.Read.All",
    "https://graph.microsoft.com/AuditLog.Read.All",
];

/// How long discovery (endpoints and signing keys) is reused before it is fetched again;
/// Entra rotates its signing keys, so this must not be forever.
const DISCOVERY_TTL: Duration = Duration::from_secs(60 * 60);
/// Timeout for each request to the identity provider.
const HTTP_TIMEOUT: Duration = Duration::from_secs(15);

/// Entra's claims beyond the OIDC standard ones.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EntraClaims {
    #[serde(default)]
    pub oid: Option<String>,
    #[serde(default)]
    pub tid: Option<String>,
    /// App roles of the portal assigned to the user (values).
    #[serde(default)]
    pub roles: Vec<String>,
    /// Directory role template ids.
    #[serde(default)]
    pub wids: Vec<String>,
    /// Group object ids, when the app registration emits them.
    #[serde(default)]
    pub groups: Vec<String>,
    /// Optional claim: 0 = member, 1 = guest.
    #[serde(default)]
    pub acct: Option<u8>,
}

impl AdditionalClaims for EntraClaims {}

type EntraIdTokenFields =
    IdTokenFields<EntraClaims, EmptyExtraTokenFields, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;
type EntraTokenResponse = StandardTokenResponse<EntraIdTokenFields, CoreTokenType>;
type EntraIdToken = IdToken<EntraClaims, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;
/// A client configured from discovery: authorization endpoint set, token endpoint as discovered.
type OidcClient = Client<
    EntraClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    EntraTokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// What discovery told us, ready to use.
struct Discovered {
    client: OidcClient,
    end_session_endpoint: Option<openidconnect::EndSessionUrl>,
}

/// Why sign-in (or sign-out) could not finish. Shown to people as is.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("the sign-in service could not be reached or did not answer properly ({0})")]
    Discovery(String),
    #[error("the sign-in service reported: {0}")]
    Provider(String),
    #[error("no sign-in was in progress in this browser; it may have finished already or taken too long")]
    NothingPending,
    #[error("the answer from the sign-in service did not belong to the sign-in started in this browser")]
    StateMismatch,
    #[error("the sign-in service did not return a sign-in code")]
    MissingCode,
    #[error("the sign-in code could not be exchanged ({0})")]
    Exchange(String),
    #[error("the sign-in service returned no ID token")]
    MissingIdToken,
    #[error("the ID token could not be verified ({0})")]
    InvalidIdToken(String),
    #[error("the ID token does not say who you are (its oid or tid claim is missing)")]
    MissingIdentity,
    #[error("the session could not be saved ({0})")]
    Session(String),
}

impl SignInError {
    fn status(&self) -> StatusCode {
        match self {
            SignInError::Discovery(_) | SignInError::Session(_) => StatusCode::BAD_GATEWAY,
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

impl IntoResponse for SignInError {
    fn into_response(self) -> Response {
        tracing::warn!("sign-in failed: {self}");
        let body = format!(
            "<h1>Sign-in did not finish</h1><p>Sign-in did not finish: {}.</p>\
             <p><a class=\"button primary\" href=\"/auth/sign-in\">Try again</a> <a href=\"/\">Home</a></p>",
            escape(&self.to_string())
        );
        (self.status(), page("Sign-in did not finish", &body)).into_response()
    }
}

/// A minimal page in the portal's style, for answers that are not Leptos pages.
pub fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Guestlist</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\
         <link rel=\"stylesheet\" href=\"/pkg/guestlist.css\"></head>\
         <body><header class=\"site-header\"><a class=\"brand\" href=\"/\">Guestlist</a></header>\
         <main id=\"main\" class=\"message\">{body}</main></body></html>",
        title = escape(title)
    ))
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// The sign-in machinery shared by the handlers.
#[derive(Clone)]
pub struct Oidc {
    inner: Arc<Inner>,
}

struct Inner {
    app: EntraApp,
    redirect_uri: RedirectUrl,
    post_logout_redirect_uri: PostLogoutRedirectUrl,
    inviters: InviterPolicy,
    http: reqwest::Client,
    /// Discovery is fetched on first use, not at start-up: in sandbox mode the issuer is this
    /// very process, which is not listening yet while the app is being built.
    discovered: Mutex<Option<(Instant, Arc<Discovered>)>>,
}

/// A sign-in in progress, kept in the session between `/auth/sign-in` and `/auth/callback`.
#[derive(Serialize, Deserialize)]
struct PendingSignIn {
    state: String,
    nonce: String,
    pkce_verifier: String,
    return_to: String,
}

impl Oidc {
    pub fn new(app: EntraApp, redirect_uri: String, public_base: &str, inviters: InviterPolicy) -> anyhow::Result<Oidc> {
        let http = reqwest::Client::builder()
            // As openidconnect requires: following redirects would open SSRF holes.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(HTTP_TIMEOUT)
            .build()?;
        Ok(Oidc {
            inner: Arc::new(Inner {
                app,
                redirect_uri: RedirectUrl::new(redirect_uri)?,
                post_logout_redirect_uri: PostLogoutRedirectUrl::new(format!("{public_base}/"))?,
                inviters,
                http,
                discovered: Mutex::new(None),
            }),
        })
    }

    pub fn app(&self) -> &EntraApp {
        &self.inner.app
    }

    /// Fetches the discovery document and signing keys now, without caching (readiness check).
    pub async fn discover_fresh(&self) -> Result<(), SignInError> {
        self.fetch_discovery().await.map(drop)
    }

    async fn discovered(&self) -> Result<Arc<Discovered>, SignInError> {
        let mut cached = self.inner.discovered.lock().await;
        if let Some((at, discovered)) = cached.as_ref() {
            if at.elapsed() < DISCOVERY_TTL {
                return Ok(discovered.clone());
            }
        }
        let discovered = Arc::new(self.fetch_discovery().await?);
        *cached = Some((Instant::now(), discovered.clone()));
        Ok(discovered)
    }

    async fn fetch_discovery(&self) -> Result<Discovered, SignInError> {
        let app = &self.inner.app;
        let issuer = IssuerUrl::from_url(app.issuer_url.clone());
        let metadata = ProviderMetadataWithLogout::discover_async(issuer, &self.inner.http)
            .await
            .map_err(|e| SignInError::Discovery(error_chain(&e)))?;
        let end_session_endpoint = metadata.additional_metadata().end_session_endpoint.clone();
        let client = OidcClient::from_provider_metadata(
            metadata,
            ClientId::new(app.client_id.clone()),
            Some(ClientSecret::new(app.client_secret.clone())),
        )
        .set_redirect_uri(self.inner.redirect_uri.clone());
        Ok(Discovered { client, end_session_endpoint })
    }

    /// Where to send the browser to start signing in; remembers what the callback must check.
    async fn start(&self, session: &Session, return_to: String) -> Result<url::Url, SignInError> {
        let discovered = self.discovered().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = discovered
            .client
            .authorize_url(AuthenticationFlow::<CoreResponseType>::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .add_scopes(SCOPES.iter().map(|s| Scope::new(s.to_string())))
            .set_pkce_challenge(challenge)
            .url();
        let pending = PendingSignIn {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            return_to,
        };
        session
            .insert(session_keys::PENDING_SIGN_IN, pending)
            .await
            .map_err(|e| SignInError::Session(e.to_string()))?;
        Ok(url)
    }

    /// Checks the identity provider's answer and signs the person in to this session.
    async fn finish(&self, session: &Session, answer: CallbackQuery) -> Result<String, SignInError> {
        // Taken out first: whatever happens next, this sign-in cannot be finished twice.
        let pending: PendingSignIn = session
            .remove(session_keys::PENDING_SIGN_IN)
            .await
            .map_err(|e| SignInError::Session(e.to_string()))?
            .ok_or(SignInError::NothingPending)?;
        if answer.state.as_deref() != Some(pending.state.as_str()) {
            return Err(SignInError::StateMismatch);
        }
        if let Some(error) = answer.error {
            return Err(SignInError::Provider(answer.error_description.unwrap_or(error)));
        }
        let code = answer.code.ok_or(SignInError::MissingCode)?;

        let discovered = self.discovered().await?;
        let client = &discovered.client;
        let tokens = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| SignInError::Exchange(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
            .request_async(&self.inner.http)
            .await
            .map_err(|e| SignInError::Exchange(error_chain(&e)))?;
        let id_token = tokens.id_token().ok_or(SignInError::MissingIdToken)?;
        // Signature (against the discovered keys), issuer, audience, expiry and nonce.
        let claims = id_token
            .claims(&client.id_token_verifier(), &Nonce::new(pending.nonce))
            .map_err(|e| SignInError::InvalidIdToken(error_chain(&e)))?;

        let extra = claims.additional_claims();
        let (Some(object_id), Some(tenant_id)) = (extra.oid.clone(), extra.tid.clone()) else {
            return Err(SignInError::MissingIdentity);
        };
        let user_principal_name = claims.preferred_username().map(|u| u.as_str().to_owned()).unwrap_or_default();
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned())
            .unwrap_or_else(|| user_principal_name.clone());
        let principal = Principal {
            roles: roles_of(extra, &user_principal_name, &self.inner.inviters),
            object_id,
            tenant_id,
            name,
            email: claims.email().map(|e| e.as_str().to_owned()),
            user_principal_name,
        };
        let graph_token = delegated_token(&tokens);

        // Nothing of whoever used this browser before (an invitation's outcome, a draft) carries
        // over, and a new session id, so an id planted before sign-in is useless.
        let saved = async {
            session.clear().await;
            session.cycle_id().await?;
            session.insert(session_keys::PRINCIPAL, &principal).await?;
            session.insert(session_keys::GRAPH_TOKEN, &graph_token).await?;
            session.insert(session_keys::ID_TOKEN, id_token.to_string()).await
        };
        saved.await.map_err(|e| SignInError::Session(e.to_string()))?;
        tracing::info!(oid = %principal.object_id, roles = ?principal.roles, "signed in");
        Ok(pending.return_to)
    }

    /// Where to send the browser after the session is gone: the issuer's sign-out, which
    /// returns to the portal's home page.
    async fn sign_out_url(&self, id_token: Option<String>) -> String {
        let Ok(discovered) = self.discovered().await else { return "/".into() };
        let Some(endpoint) = discovered.end_session_endpoint.clone() else { return "/".into() };
        let mut request = LogoutRequest::from(endpoint)
            .set_client_id(ClientId::new(self.inner.app.client_id.clone()))
            .set_post_logout_redirect_uri(self.inner.post_logout_redirect_uri.clone());
        if let Some(token) = id_token.and_then(|t| t.parse::<EntraIdToken>().ok()) {
            request = request.set_id_token_hint(&token);
        }
        request.http_get_url().to_string()
    }
}

/// The delegated Graph token from the sign-in, as the `graph` client keeps and renews it.
fn delegated_token(response: &EntraTokenResponse) -> DelegatedToken {
    let lifetime = response.expires_in().and_then(|d| chrono::TimeDelta::from_std(d).ok());
    let scope = response.scopes().map(|scopes| scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" "));
    DelegatedToken {
        access_token: response.access_token().secret().clone(),
        refresh_token: response.refresh_token().map(|t| t.secret().clone()),
        expires_at: chrono::Utc::now() + lifetime.unwrap_or(chrono::TimeDelta::hours(1)),
        // Entra's v2.0 token endpoint wants the scopes again on refresh.
        scope: scope.or_else(|| Some(SCOPES.join(" "))),
    }
}

/// The portal's roles from the ID token's claims.
pub fn roles_of(claims: &EntraClaims, user_principal_name: &str, inviters: &InviterPolicy) -> Vec<Role> {
    let has_directory_role = |id: &str| claims.wids.iter().any(|w| w.eq_ignore_ascii_case(id));
    let admin = has_directory_role(GLOBAL_ADMINISTRATOR) || has_directory_role(USER_ADMINISTRATOR);
    // Administrators may always invite (Entra lets them whatever `allowInvitesFrom` says, unless `none`).
    let inviter = admin
        || has_directory_role(GUEST_INVITER)
        || claims.roles.iter().any(|r| *r == inviters.app_role)
        || inviters.group_id.as_ref().is_some_and(|g| claims.groups.iter().any(|m| m.eq_ignore_ascii_case(g)));
    // The ID token carries no userType: `acct` says it when configured; otherwise guests are
    // recognisable by the `#EXT#` in their UPN in the resource tenant.
    let member = match claims.acct {
        Some(acct) => acct == 0,
        None => !user_principal_name.to_ascii_uppercase().contains("#EXT#"),
    };
    let mut roles = Vec::new();
    roles.extend(admin.then_some(Role::Admin));
    roles.extend(inviter.then_some(Role::Inviter));
    roles.extend(member.then_some(Role::Sponsor));
    roles
}

/// The error and its causes, as one line.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[derive(Deserialize)]
struct SignInQuery {
    return_to: Option<String>,
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

/// Only paths of this site, so the parameter cannot send people elsewhere after sign-in: it is
/// resolved as a browser would resolve it (WHATWG URL rules, under which a tab or newline is
/// dropped and `/\tab/evil.example` becomes `//evil.example`) and must stay on the same origin;
/// control and white-space characters are refused outright.
fn local_path(return_to: Option<String>) -> String {
    const HERE: &str = "https://portal.invalid/";
    let Some(path) = return_to.filter(|p| p.starts_with('/') && !p.contains('\\') && !p.chars().any(|c| c.is_control() || c.is_whitespace()))
    else {
        return "/".into();
    };
    let here = url::Url::parse(HERE).expect("a valid constant URL");
    match here.join(&path) {
        // A path that resolves to `//host…` (e.g. from `/..//host`) is read as another site.
        Ok(url) if url.origin() == here.origin() && !url.path().starts_with("//") => url[url::Position::BeforePath..].to_owned(),
        _ => "/".into(),
    }
}

async fn sign_in(State(oidc): State<Oidc>, session: Session, Query(query): Query<SignInQuery>) -> Response {
    match oidc.start(&session, local_path(query.return_to)).await {
        Ok(url) => Redirect::to(url.as_str()).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn callback(State(oidc): State<Oidc>, session: Session, Query(answer): Query<CallbackQuery>) -> Response {
    match oidc.finish(&session, answer).await {
        Ok(return_to) => Redirect::to(&return_to).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn sign_out(State(oidc): State<Oidc>, session: Session) -> Response {
    let id_token = session.get::<String>(session_keys::ID_TOKEN).await.ok().flatten();
    if let Err(error) = session.flush().await {
        return SignInError::Session(error.to_string()).into_response();
    }
    Redirect::to(&oidc.sign_out_url(id_token).await).into_response()
}

/// `/auth/sign-in`, `/auth/callback` and `/auth/sign-out` (POST).
pub fn routes(oidc: Oidc) -> Router {
    Router::new()
        .route("/auth/sign-in", get(sign_in))
        .route("/auth/callback", get(callback))
        .route("/auth/sign-out", post(sign_out))
        .with_state(oidc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> InviterPolicy {
        InviterPolicy { app_role: "Guestlist.Inviter".into(), group_id: Some("group-1".into()) }
    }

    fn claims(wids: &[&str], roles: &[&str], groups: &[&str], acct: Option<u8>) -> EntraClaims {
        EntraClaims {
            wids: wids.iter().map(|s| s.to_string()).collect(),
            roles: roles.iter().map(|s| s.to_string()).collect(),
            groups: groups.iter().map(|s| s.to_string()).collect(),
            acct,
            ..EntraClaims::default()
        }
    }

    #[test]
    fn administrators_are_admins_inviters_and_sponsors() {
        for wid in [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] {
            let roles = roles_of(&claims(&[wid], &[], &[], None), "grace@northwind.example", &policy());
            assert_eq!(roles, vec![Role::Admin, Role::Inviter, Role::Sponsor]);
        }
    }

    #[test]
    fn inviters_come_from_the_directory_role_the_app_role_or_the_group() {
        let upn = "priya@northwind.example";
        for claims in [
            claims(&[GUEST_INVITER], &[], &[], None),
            claims(&[], &["Guestlist.Inviter"], &[], None),
            claims(&[], &[], &["GROUP-1"], None),
        ] {
            assert_eq!(roles_of(&claims, upn, &policy()), vec![Role::Inviter, Role::Sponsor]);
        }
        let other_app_role = claims(&[], &["Guestlist.Reviewer"], &["group-2"], None);
        assert_eq!(roles_of(&other_app_role, upn, &policy()), vec![Role::Sponsor]);
    }

    #[test]
    fn guests_are_not_sponsors() {
        let guest_upn = "olivia_fabrikam.example#EXT#@northwind.example";
        assert!(roles_of(&claims(&[], &[], &[], None), guest_upn, &policy()).is_empty());
        // `acct` wins over the UPN when present.
        assert!(roles_of(&claims(&[], &[], &[], Some(1)), "someone@northwind.example", &policy()).is_empty());
        assert_eq!(roles_of(&claims(&[], &[], &[], Some(0)), guest_upn, &policy()), vec![Role::Sponsor]);
    }

    #[test]
    fn return_to_stays_on_this_site() {
        assert_eq!(local_path(Some("/guests?page=2".into())), "/guests?page=2");
        assert_eq!(local_path(Some("/directory/x#card".into())), "/directory/x#card");
        let outside = [
            "https://evil.example/", "//evil.example/", "/\\evil.example", "guests", "/\t/evil.example", "/\n/evil.example",
            "/ /evil.example", "/\u{0}/evil.example", "/\u{a0}/evil.example", "///evil.example", "/\r\n/evil.example",
            "/..//evil.example", "/.%2e//evil.example",
        ];
        for outside in outside {
            assert_eq!(local_path(Some(outside.into())), "/");
        }
        assert_eq!(local_path(None), "/");
    }
}
