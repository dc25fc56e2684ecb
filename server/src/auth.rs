//! Sign-in with OpenID Connect (authorization code + PKCE), the same way for the sandbox tenant
//! and for Microsoft Entra: discovery, code exchange and ID token checks go over real HTTP and
//! are done by the `openidconnect` crate.

use std::sync::Arc;
use std::time::{Duration, Instant};

use app::auth::Principal;
use app::server::keys as session_keys;
use graph::{DelegatedToken, GraphClient};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreClaimName, CoreClaimType, CoreClientAuthMethod, CoreErrorResponseType,
    CoreGenderClaim, CoreGrantType, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
    CoreJwsSigningAlgorithm, CoreResponseMode, CoreResponseType, CoreRevocableToken, CoreRevocationErrorResponse,
    CoreSubjectIdentifierType, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AdditionalProviderMetadata, AuthenticationFlow, AuthorizationCode, ClaimsVerificationError,
    Client, ClientId, ClientSecret, CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet,
    IdToken, IdTokenFields, IssuerUrl, LogoutProviderMetadata, LogoutRequest, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadata, RedirectUrl, Scope,
    SignatureVerificationError, StandardErrorResponse, StandardTokenResponse, TokenResponse,
};
use i18n::Locale;
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;
use tower_sessions::Session;

use crate::account::{self, Grants, Lookup};
use crate::config::{Config, EntraApp, InviterPolicy};
use crate::recheck::{delta, SignedIn};
use crate::sessions::SealedStore;

/// Where the identity provider sends the browser back after sign-in.
pub const CALLBACK: &str = "/auth/callback";
/// Where the identity provider ends this app's sessions when someone signs out elsewhere
/// (registered as the app's front-channel logout URL).
pub const FRONT_CHANNEL_LOGOUT: &str = "/auth/front-channel-logout";

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

/// Entra's claims beyond the OIDC standard ones. Whether someone is a member or a guest is not
/// among them: Graph's `userType` says it (see [`account`]).
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
    /// The sign-in session at the identity provider, named again by a front-channel logout.
    #[serde(default)]
    pub sid: Option<String>,
    /// The user's preferred language (`en-us` form), Entra's optional claim `xms_pl` when the
    /// app registration asks for it ("Optional claims reference").
    #[serde(default)]
    pub xms_pl: Option<String>,
}

/// Discovery's `authorization_response_iss_parameter_supported` (RFC 9207): the provider names
/// itself in the answer to an authorization request, so a mix-up of providers is caught.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct IssParameter {
    #[serde(default)]
    authorization_response_iss_parameter_supported: bool,
}

impl AdditionalProviderMetadata for IssParameter {}

type Metadata = ProviderMetadata<
    LogoutProviderMetadata<IssParameter>,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

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
    issuer: IssuerUrl,
    end_session_endpoint: Option<openidconnect::EndSessionUrl>,
    /// The provider always sends `iss` with the authorization response.
    sends_iss: bool,
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
    #[error("the answer did not come from the sign-in service this portal uses (its issuer is {0:?})")]
    WrongIssuer(String),
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
    #[error("your account is disabled or no longer exists in the directory")]
    AccountGone,
    #[error(
        "the portal could not check your account in the directory ({0}), and without that it cannot tell whether you \
         are a member of the organisation; try again in a few minutes, or ask your administrator if this persists"
    )]
    AccountUnchecked(String),
}

impl SignInError {
    /// What went wrong, in `locale` (the `Display` text, in English, is for the logs).
    pub fn message(&self, locale: Locale) -> String {
        let with = |id: &str, detail: &str| i18n::tr!(locale, id, detail = detail);
        match self {
            SignInError::Discovery(detail) => with("server-error-discovery", detail),
            SignInError::Provider(detail) => with("server-error-provider", detail),
            SignInError::NothingPending => i18n::tr!(locale, "server-error-nothing-pending"),
            SignInError::StateMismatch => i18n::tr!(locale, "server-error-state-mismatch"),
            SignInError::WrongIssuer(issuer) => with("server-error-wrong-issuer", &format!("{issuer:?}")),
            SignInError::MissingCode => i18n::tr!(locale, "server-error-missing-code"),
            SignInError::Exchange(detail) => with("server-error-exchange", detail),
            SignInError::MissingIdToken => i18n::tr!(locale, "server-error-missing-id-token"),
            SignInError::InvalidIdToken(detail) => with("server-error-invalid-id-token", detail),
            SignInError::MissingIdentity => i18n::tr!(locale, "server-error-missing-identity"),
            SignInError::Session(detail) => with("server-error-session", detail),
            SignInError::AccountGone => i18n::tr!(locale, "server-error-account-gone"),
            SignInError::AccountUnchecked(detail) => with("server-error-account-unchecked", detail),
        }
    }

    /// The error page, in `locale`.
    pub fn response(self, locale: Locale) -> Response {
        tracing::warn!("sign-in failed: {self}");
        let title = i18n::tr!(locale, "server-sign-in-failed-title");
        let body = format!(
            "<h1>{}</h1><p>{}</p>\
             <p><a class=\"button primary\" href=\"/auth/sign-in\">{}</a> <a href=\"/\">{}</a></p>",
            escape(&title),
            escape(&i18n::tr!(locale, "server-sign-in-failed", reason = self.message(locale))),
            escape(&i18n::tr!(locale, "server-try-again")),
            escape(&i18n::tr!(locale, "server-home")),
        );
        (self.status(), page(locale, &title, &body)).into_response()
    }

    fn status(&self) -> StatusCode {
        match self {
            SignInError::Discovery(_) | SignInError::Session(_) | SignInError::AccountUnchecked(_) => StatusCode::BAD_GATEWAY,
            SignInError::AccountGone => StatusCode::FORBIDDEN,
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

/// In English: where the request's language is not at hand (see [`SignInError::response`]).
impl IntoResponse for SignInError {
    fn into_response(self) -> Response {
        self.response(Locale::default())
    }
}

/// A minimal page in the portal's style, for answers that are not Leptos pages, in `locale`.
pub fn page(locale: Locale, title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – Guestlist</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\
         <link rel=\"stylesheet\" href=\"/pkg/guestlist.css\"></head>\
         <body><a class=\"skip-link\" href=\"#main\">{skip}</a>\
         <header class=\"site-header\"><a class=\"brand\" href=\"/\">Guestlist</a></header>\
         <main id=\"main\" class=\"message\" tabindex=\"-1\">{body}</main></body></html>",
        title = escape(&i18n::tr!(locale, "server-page-title", title = title)),
        lang = locale.tag(),
        dir = locale.dir(),
        skip = escape(&i18n::tr!(locale, "server-skip-link")),
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
    /// Who invites directly by the variables; the Settings page's policy, read at each sign-in, wins.
    inviters: InviterPolicy,
    db: services::Db,
    /// The portal's Graph client, to read the account with the app's token.
    graph: GraphClient,
    /// The delegated refresh token is kept only when Graph calls are made on the person's behalf.
    keep_refresh_token: bool,
    recheck_every: std::time::Duration,
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

/// Who just signed in, for what the callback does next.
struct Finished {
    return_to: String,
    object_id: String,
    /// Where mail reaches them (their e-mail, else their sign-in name).
    address: String,
    /// The ID token's preferred language (`xms_pl`).
    account_language: Option<String>,
}

impl Oidc {
    pub fn new(app: EntraApp, config: &Config, graph: GraphClient, db: services::Db) -> anyhow::Result<Oidc> {
        let http = reqwest::Client::builder()
            // As openidconnect requires: following redirects would open SSRF holes.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(HTTP_TIMEOUT)
            .build()?;
        Ok(Oidc {
            inner: Arc::new(Inner {
                app,
                redirect_uri: RedirectUrl::new(config.redirect_uri())?,
                post_logout_redirect_uri: PostLogoutRedirectUrl::new(format!("{}/", config.public_base()))?,
                inviters: config.invite.inviters.clone(),
                db,
                graph,
                keep_refresh_token: config.invite.credential == services::settings::CredentialMode::Delegated,
                recheck_every: config.sessions.recheck_every,
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
        self.discovered_within(DISCOVERY_TTL).await
    }

    /// Discovery no older than `max_age`, fetched now if what is cached is older.
    async fn discovered_within(&self, max_age: Duration) -> Result<Arc<Discovered>, SignInError> {
        let mut cached = self.inner.discovered.lock().await;
        if let Some((at, discovered)) = cached.as_ref() {
            if at.elapsed() < max_age {
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
        let metadata = Metadata::discover_async(issuer, &self.inner.http).await.map_err(|e| SignInError::Discovery(error_chain(&e)))?;
        let end_session_endpoint = metadata.additional_metadata().end_session_endpoint.clone();
        let sends_iss = metadata.additional_metadata().additional_metadata.authorization_response_iss_parameter_supported;
        let issuer = metadata.issuer().clone();
        let client = OidcClient::from_provider_metadata(
            metadata,
            ClientId::new(app.client_id.clone()),
            Some(ClientSecret::new(app.client_secret.clone())),
        )
        .set_redirect_uri(self.inner.redirect_uri.clone());
        Ok(Discovered { client, issuer, end_session_endpoint, sends_iss })
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
    async fn finish(&self, session: &Session, answer: CallbackQuery) -> Result<Finished, SignInError> {
        // Taken out first: whatever happens next, this sign-in cannot be finished twice.
        let pending: PendingSignIn = session
            .remove(session_keys::PENDING_SIGN_IN)
            .await
            .map_err(|e| SignInError::Session(e.to_string()))?
            .ok_or(SignInError::NothingPending)?;
        if answer.state.as_deref() != Some(pending.state.as_str()) {
            return Err(SignInError::StateMismatch);
        }
        let discovered = self.discovered().await?;
        // RFC 9207: the answer names its issuer when the provider says it will; it must be ours.
        let issuer = discovered.issuer.as_str();
        if answer.iss.as_deref().is_some_and(|iss| iss != issuer) || (discovered.sends_iss && answer.iss.is_none()) {
            return Err(SignInError::WrongIssuer(issuer.to_owned()));
        }
        if let Some(error) = answer.error {
            return Err(SignInError::Provider(answer.error_description.unwrap_or(error)));
        }
        let code = answer.code.ok_or(SignInError::MissingCode)?;

        let tokens = discovered
            .client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| SignInError::Exchange(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
            .request_async(&self.inner.http)
            .await
            .map_err(|e| SignInError::Exchange(error_chain(&e)))?;
        let id_token = tokens.id_token().ok_or(SignInError::MissingIdToken)?;
        // Signature (against the discovered keys), issuer, audience, expiry and nonce.
        let nonce = Nonce::new(pending.nonce);
        let rediscovered;
        let claims = match id_token.claims(&discovered.client.id_token_verifier(), &nonce) {
            // Signed with a key published after discovery: the provider rotated its keys
            // ("Microsoft identity platform: signing key rollover"), so fetch them again.
            Err(ClaimsVerificationError::SignatureVerification(SignatureVerificationError::NoMatchingKey)) => {
                rediscovered = self.discovered_within(Duration::ZERO).await?;
                id_token.claims(&rediscovered.client.id_token_verifier(), &nonce)
            }
            verified => verified,
        }
        .map_err(|e| SignInError::InvalidIdToken(error_chain(&e)))?;

        let extra = claims.additional_claims();
        let (Some(object_id), Some(tenant_id)) = (extra.oid.clone(), extra.tid.clone()) else {
            return Err(SignInError::MissingIdentity);
        };
        let now = chrono::Utc::now();
        let mut signed_in = SignedIn { at: now, next_check: now + delta(self.inner.recheck_every), unreachable_since: None, sid: extra.sid.clone() };
        let inviters = services::configuration::inviters(&self.inner.db, &self.inner.inviters)
            .await
            .map_err(|e| SignInError::AccountUnchecked(format!("the portal's settings could not be read: {e}")))?;
        let grants = match account::look_up(&self.inner.graph, &self.inner.app.client_id, &object_id).await {
            Lookup::Found { enabled: true, grants } => grants,
            Lookup::Found { enabled: false, .. } | Lookup::NotFound => return Err(SignInError::AccountGone),
            Lookup::Unavailable(reason) => {
                // Whether this is a member or a guest is unknown, so no Sponsor role (the ID
                // token's `preferred_username` is a guest's home sign-in name, no help). Roles
                // the provider signed into the token still count until the next check.
                let grants = Grants { directory_roles: extra.wids.clone(), app_roles: extra.roles.clone(), groups: extra.groups.clone(), member: false };
                if grants.roles(&inviters).is_empty() {
                    return Err(SignInError::AccountUnchecked(reason));
                }
                tracing::warn!(oid = %object_id, "the account could not be read from Graph at sign-in ({reason}); roles from the ID token only");
                (signed_in.unreachable_since, signed_in.next_check) = (Some(now), now);
                grants
            }
        };
        let user_principal_name = claims.preferred_username().map(|u| u.as_str().to_owned()).unwrap_or_default();
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned())
            .unwrap_or_else(|| user_principal_name.clone());
        let principal = Principal {
            roles: grants.roles(&inviters),
            object_id,
            tenant_id,
            name,
            email: claims.email().map(|e| e.as_str().to_owned()),
            user_principal_name,
        };
        let account_language = extra.xms_pl.clone().filter(|l| !l.trim().is_empty());
        let mut graph_token = delegated_token(&tokens);
        if !self.inner.keep_refresh_token {
            // The app's own token does the work; a long-lived token of the person is a liability.
            graph_token.refresh_token = None;
        }

        // Nothing of whoever used this browser before (an invitation's outcome, a draft) carries
        // over, and a new session id, so an id planted before sign-in is useless.
        let saved = async {
            session.clear().await;
            session.cycle_id().await?;
            session.insert(session_keys::PRINCIPAL, &principal).await?;
            session.insert(session_keys::GRAPH_TOKEN, &graph_token).await?;
            session.insert(session_keys::SIGNED_IN, &signed_in).await?;
            if let Some(language) = &account_language {
                session.insert(session_keys::ACCOUNT_LANGUAGE, language).await?;
            }
            session.insert(session_keys::ID_TOKEN, id_token.to_string()).await
        };
        saved.await.map_err(|e| SignInError::Session(e.to_string()))?;
        tracing::info!(oid = %principal.object_id, roles = ?principal.roles, "signed in");
        let address = principal.email.clone().unwrap_or_else(|| principal.user_principal_name.clone());
        Ok(Finished { return_to: pending.return_to, object_id: principal.object_id, address, account_language })
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
    /// RFC 9207's authorization response issuer.
    iss: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

/// Only paths of this site, so the parameter cannot send people elsewhere after sign-in: it is
/// resolved as a browser would resolve it (WHATWG URL rules, under which a tab or newline is
/// dropped and `/\tab/evil.example` becomes `//evil.example`) and must stay on the same origin;
/// control and white-space characters are refused outright.
pub(crate) fn local_path(return_to: Option<String>) -> String {
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

async fn sign_in(State(oidc): State<Oidc>, Extension(locale): Extension<Locale>, session: Session, Query(query): Query<SignInQuery>) -> Response {
    match oidc.start(&session, local_path(query.return_to)).await {
        Ok(url) => Redirect::to(url.as_str()).into_response(),
        Err(error) => error.response(locale),
    }
}

async fn callback(
    State(oidc): State<Oidc>,
    Extension(locale): Extension<Locale>,
    headers: HeaderMap,
    session: Session,
    Query(answer): Query<CallbackQuery>,
) -> Response {
    match oidc.finish(&session, answer).await {
        Ok(finished) => {
            // The language this person reads Guestlist in now that their account is known: their
            // choice, else the account's, else the browser's. Mail to them is written in it.
            let choice = crate::language::choice(&headers);
            let locale = Locale::choose(choice.as_deref(), finished.account_language.as_deref(), crate::language::accept_language(&headers));
            if let Err(error) = services::languages::remember(&oidc.inner.db, &finished.object_id, Some(&finished.address), locale).await {
                tracing::warn!(%error, "the language of whoever signed in could not be remembered for mail");
            }
            Redirect::to(&finished.return_to).into_response()
        }
        Err(error) => error.response(locale),
    }
}

async fn sign_out(State(oidc): State<Oidc>, Extension(locale): Extension<Locale>, session: Session) -> Response {
    let id_token = session.get::<String>(session_keys::ID_TOKEN).await.ok().flatten();
    if let Err(error) = session.flush().await {
        return SignInError::Session(error.to_string()).response(locale);
    }
    Redirect::to(&oidc.sign_out_url(id_token).await).into_response()
}

#[derive(Deserialize)]
struct FrontChannelQuery {
    iss: Option<String>,
    sid: Option<String>,
}

/// Front-channel logout: the identity provider loads this in a hidden frame when the person
/// signs out there, naming its sign-in session with `sid` and (OpenID Connect Front-Channel
/// Logout 1.0; Entra sends only `sid`) `iss` ("Microsoft identity platform and OpenID Connect
/// protocol": single sign-out). The frame is cross-site, so the
/// session cookie (SameSite=Lax) usually does not come along: every session of that `sid` ends
/// server-side, and this browser's session too if its cookie arrived.
async fn front_channel_logout(
    State(oidc): State<Oidc>,
    Extension(locale): Extension<Locale>,
    Extension(store): Extension<SealedStore>,
    session: Session,
    Query(query): Query<FrontChannelQuery>,
) -> Response {
    let ours = oidc.inner.app.issuer_url.as_str().trim_end_matches('/');
    let from_our_issuer = query.iss.as_deref().is_none_or(|iss| iss.trim_end_matches('/') == ours);
    if from_our_issuer {
        if let Some(sid) = &query.sid {
            match store.end_sid(sid).await {
                Ok(ended) => tracing::info!(ended, "front-channel logout"),
                Err(error) => tracing::error!("front-channel logout could not end the sessions: {error:#}"),
            }
        }
        // Only with the `sid` of this very session: a bare link to this URL signs nobody out.
        let mine = session.get::<SignedIn>(session_keys::SIGNED_IN).await.ok().flatten();
        if query.sid.is_some() && mine.is_some_and(|m| m.sid == query.sid) {
            if let Err(error) = session.flush().await {
                tracing::error!("front-channel logout could not end this browser's session: {error}");
            }
        }
    }
    let title = i18n::tr!(locale, "server-signed-out-title");
    let body = format!("<h1>{}</h1><p>{}</p>", escape(&title), escape(&i18n::tr!(locale, "server-signed-out")));
    let mut response = page(locale, &title, &body).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    response
}

/// `/auth/sign-in`, `/auth/callback`, `/auth/sign-out` (POST) and `/auth/front-channel-logout`.
pub fn routes(oidc: Oidc) -> Router {
    Router::new()
        .route("/auth/sign-in", get(sign_in))
        .route(CALLBACK, get(callback))
        .route("/auth/sign-out", post(sign_out))
        .route(FRONT_CHANNEL_LOGOUT, get(front_channel_logout))
        .with_state(oidc)
}

#[cfg(test)]
mod tests {
    use super::*;

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
