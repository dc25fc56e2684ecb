//! `oauth2/v2.0/authorize`: request validation, the SANDBOX account picker, and code issuance.
//!
//! As Entra: a bad `client_id` or `redirect_uri` gets an error page (never a redirect to an
//! unregistered address); every other problem is redirected back as `error` +
//! `error_description=AADSTS…`. There is no password: picking a person signs them in.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;

use super::error::{AadError, OAuthError};
use super::html::{app_role_names, page, role_names};
use super::keys::random_token;
use super::pkce;
use super::scopes::{Granted, Requested};
use super::store::CodeGrant;
use crate::directory::Person;
use crate::html::escape;
use crate::Sandbox;

/// How long an authorization code can be redeemed, as Entra's 10 minutes.
const CODE_LIFETIME_SECS: i64 = 600;

/// The authorize request's parameters (query on GET, form body on POST).
#[derive(Debug, Default, Deserialize)]
pub struct AuthorizeParams {
    client_id: Option<String>,
    redirect_uri: Option<String>,
    response_type: Option<String>,
    response_mode: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    nonce: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
    prompt: Option<String>,
    login_hint: Option<String>,
    /// The UPN chosen on the account picker (POST only).
    login: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ResponseMode {
    Query,
    FormPost,
}

/// Where and how to answer the client once its `client_id` and `redirect_uri` are trusted.
struct Reply {
    redirect_uri: String,
    mode: ResponseMode,
    state: Option<String>,
}

/// A fully validated request, ready for the picker or for a code.
struct Validated {
    reply: Reply,
    client_id: String,
    request: Checked,
}

/// What the code will be bound to, besides the client and redirect URI.
struct Checked {
    nonce: String,
    code_challenge: String,
    code_challenge_method: pkce::Method,
    granted: Granted,
}

enum Rejection {
    /// The client or redirect URI cannot be trusted: show the error here.
    Page(AadError),
    /// Tell the client through its (registered) redirect URI.
    Redirect(Reply, AadError),
}

/// `GET …/oauth2/v2.0/authorize`: the account picker.
pub async fn show(
    State(sandbox): State<Sandbox>,
    Path(tenant): Path<String>,
    params: axum::extract::Query<AuthorizeParams>,
) -> Response {
    let params = params.0;
    let validated = match validate(&sandbox, &tenant, &params) {
        Ok(v) => v,
        Err(rejection) => return reject(&sandbox, rejection),
    };
    if params.prompt.as_deref() == Some("none") {
        // The sandbox keeps no sign-in session, so a silent request can never succeed.
        let error = AadError::new(
            OAuthError::LoginRequired,
            50058,
            "A silent sign-in request was sent but no user is signed in.",
        );
        return reject(&sandbox, Rejection::Redirect(validated.reply, error));
    }
    match sandbox.directory().sign_in_people().await {
        Ok(people) => picker(&sandbox, &params, &people),
        Err(e) => super::internal_error(e),
    }
}

/// `POST …/oauth2/v2.0/authorize`: the picker's choice; issues a code and returns to the client.
pub async fn sign_in(
    State(sandbox): State<Sandbox>,
    Path(tenant): Path<String>,
    Form(params): Form<AuthorizeParams>,
) -> Response {
    let validated = match validate(&sandbox, &tenant, &params) {
        Ok(v) => v,
        Err(rejection) => return reject(&sandbox, rejection),
    };
    let directory = sandbox.directory();
    let Some(login) = params.login.as_deref().filter(|l| !l.is_empty()) else {
        return error_page(&AadError::missing("login"));
    };
    let person = match directory.person_by_upn(login).await {
        Ok(Some(person)) => person,
        Ok(None) => return error_page(&unknown_user(login, &directory.tenant().display_name)),
        Err(e) => return super::internal_error(e),
    };
    if !person.account_enabled {
        return error_page(&disabled_user());
    }
    let grant = CodeGrant {
        grant_id: uuid::Uuid::new_v4().to_string(),
        client_id: validated.client_id,
        redirect_uri: validated.reply.redirect_uri.clone(),
        code_challenge: validated.request.code_challenge,
        code_challenge_method: validated.request.code_challenge_method,
        nonce: validated.request.nonce,
        scope: validated.request.granted.to_scope_string(),
        user_id: person.id.clone(),
    };
    let code = match issue_code(&sandbox, &grant).await {
        Ok(code) => code,
        Err(e) => return super::internal_error(e),
    };
    tracing::info!(upn = %person.user_principal_name, scope = %grant.scope, "sandbox sign-in");
    respond(&validated.reply, vec![("code", code)])
}

/// Stores a new one-time code for `grant` and records the interactive sign-in it stands for.
async fn issue_code(sandbox: &Sandbox, grant: &CodeGrant) -> anyhow::Result<String> {
    let code = random_token();
    let directory = sandbox.directory();
    let expires_at = directory.now().timestamp() + CODE_LIFETIME_SECS;
    sandbox.issuer().store.insert_code(&code, grant, expires_at).await?;
    directory.record_sign_in(&grant.user_id, true).await?;
    Ok(code)
}

/// AADSTS50034, for a UPN that is not in the directory.
pub fn unknown_user(upn: &str, tenant_name: &str) -> AadError {
    AadError::new(
        OAuthError::InvalidGrant,
        50034,
        format!("The user account {upn} does not exist in the {tenant_name} directory. To sign into this application, the account must be added to the directory."),
    )
}

/// AADSTS50057, for a person whose `accountEnabled` is false.
pub fn disabled_user() -> AadError {
    AadError::new(OAuthError::InvalidGrant, 50057, "The user account is disabled.")
}

fn validate(sandbox: &Sandbox, tenant: &str, params: &AuthorizeParams) -> Result<Validated, Rejection> {
    super::check_tenant(sandbox, tenant).map_err(Rejection::Page)?;
    let directory = sandbox.directory();
    let app = directory.portal_app();
    let client_id = params.client_id.as_deref().ok_or_else(|| Rejection::Page(AadError::missing("client_id")))?;
    // Application ids are GUIDs, which Entra compares without regard to case.
    if !client_id.eq_ignore_ascii_case(&app.client_id) {
        return Err(Rejection::Page(AadError::unknown_client(client_id, &directory.tenant().id)));
    }
    let redirect_uri =
        params.redirect_uri.as_deref().ok_or_else(|| Rejection::Page(AadError::missing("redirect_uri")))?;
    if !sandbox.config().portal_redirect_uris.iter().any(|r| r == redirect_uri) {
        return Err(Rejection::Page(AadError::new(
            OAuthError::InvalidRequest,
            50011,
            format!(
                "The redirect URI '{redirect_uri}' specified in the request does not match the redirect URIs \
                 configured for the application '{client_id}'. Make sure the redirect URI sent in the request \
                 matches one added to your application in the Azure portal."
            ),
        )));
    }
    let mode = match params.response_mode.as_deref() {
        None | Some("query") => Ok(ResponseMode::Query),
        Some("form_post") => Ok(ResponseMode::FormPost),
        Some(other) => Err(invalid_value("response_mode", other)),
    };
    // An unusable response_mode is itself reported the default way, by query.
    let reply = Reply {
        redirect_uri: redirect_uri.to_owned(),
        mode: *mode.as_ref().unwrap_or(&ResponseMode::Query),
        state: params.state.clone(),
    };
    match mode.and_then(|_| check_request(sandbox, params)) {
        Ok(request) => Ok(Validated { reply, client_id: app.client_id.clone(), request }),
        Err(error) => Err(Rejection::Redirect(reply, error)),
    }
}

/// The checks whose failures are redirected back to the (already trusted) client.
fn check_request(sandbox: &Sandbox, params: &AuthorizeParams) -> Result<Checked, AadError> {
    match params.response_type.as_deref() {
        None => return Err(AadError::missing("response_type")),
        Some("code") => {}
        Some(other) => {
            return Err(AadError::new(
                OAuthError::UnsupportedResponseType,
                700054,
                format!("response_type '{other}' is not enabled for the application."),
            ))
        }
    }
    let scope = params.scope.as_deref().ok_or_else(|| AadError::missing("scope"))?;
    let requested = Requested::parse(scope)?;
    if !requested.has_openid() {
        return Err(AadError::new(
            OAuthError::InvalidScope,
            70011,
            format!("The provided value for the input parameter 'scope' is not valid. The scope '{scope}' does not include 'openid'."),
        ));
    }
    let directory = sandbox.directory();
    let granted = requested.grant_delegated(directory.portal_app(), &directory.tenant().display_name)?;
    let state_present = params.state.as_deref().is_some_and(|s| !s.is_empty());
    if !state_present {
        return Err(AadError::missing("state"));
    }
    let nonce = params.nonce.clone().filter(|n| !n.is_empty()).ok_or_else(|| AadError::missing("nonce"))?;
    let challenge = params.code_challenge.clone().ok_or_else(|| AadError::missing("code_challenge"))?;
    let method = params.code_challenge_method.as_deref();
    let method = pkce::Method::parse(method)
        .ok_or_else(|| invalid_value("code_challenge_method", method.unwrap_or_default()))?;
    if !pkce::challenge_is_well_sized(&challenge) {
        return Err(AadError::new(OAuthError::InvalidRequest, 501491, "Invalid size of Code_Challenge parameter."));
    }
    Ok(Checked { nonce, code_challenge: challenge, code_challenge_method: method, granted })
}

fn invalid_value(parameter: &str, value: &str) -> AadError {
    AadError::new(
        OAuthError::InvalidRequest,
        900144,
        format!("The value '{value}' of the parameter '{parameter}' is not supported."),
    )
}

fn reject(sandbox: &Sandbox, rejection: Rejection) -> Response {
    match rejection {
        Rejection::Page(error) => error_page(&error),
        Rejection::Redirect(reply, error) => respond(&reply, error.redirect_params(sandbox.directory().now())),
    }
}

/// Sends `params` (plus `state`) to the client, by redirect or by an auto-submitted form.
fn respond(reply: &Reply, mut params: Vec<(&'static str, String)>) -> Response {
    if let Some(state) = &reply.state {
        params.push(("state", state.clone()));
    }
    match reply.mode {
        ResponseMode::Query => {
            let Ok(mut url) = url::Url::parse(&reply.redirect_uri) else {
                return error_page(&invalid_value("redirect_uri", &reply.redirect_uri));
            };
            url.query_pairs_mut().extend_pairs(params.iter().map(|(k, v)| (*k, v.as_str())));
            (StatusCode::FOUND, [(header::LOCATION, url.to_string()), (header::CACHE_CONTROL, "no-store".into())])
                .into_response()
        }
        ResponseMode::FormPost => {
            let fields: String = params.iter().map(|(k, v)| hidden(k, v)).collect();
            let body = format!(
                "<h1>Returning to the application…</h1>\
                 <form method=\"post\" action=\"{action}\" id=\"response\">{fields}\
                 <noscript><p>JavaScript is off; continue by hand.</p></noscript><button type=\"submit\">Continue</button></form>\
                 <script>document.getElementById('response').submit()</script>",
                action = escape(&reply.redirect_uri),
            );
            page(StatusCode::OK, "Signing in", &body)
        }
    }
}

fn hidden(name: &str, value: &str) -> String {
    format!("<input type=\"hidden\" name=\"{}\" value=\"{}\">", escape(name), escape(value))
}

fn error_page(error: &AadError) -> Response {
    let body = format!(
        "<h1>Sorry, but we’re having trouble signing you in.</h1><div class=\"error\" role=\"alert\">\
         <p>{}</p><p class=\"meta\">OAuth error: <code>{}</code></p></div>",
        escape(&error.description()),
        escape(error.error.as_str()),
    );
    page(StatusCode::BAD_REQUEST, "Sign-in error", &body)
}

/// The account picker: one form carrying the request, one submit button per person.
fn picker(sandbox: &Sandbox, params: &AuthorizeParams, people: &[Person]) -> Response {
    let directory = sandbox.directory();
    let app = directory.portal_app();
    let carried = [
        ("client_id", &params.client_id),
        ("redirect_uri", &params.redirect_uri),
        ("response_type", &params.response_type),
        ("response_mode", &params.response_mode),
        ("scope", &params.scope),
        ("state", &params.state),
        ("nonce", &params.nonce),
        ("code_challenge", &params.code_challenge),
        ("code_challenge_method", &params.code_challenge_method),
        ("login_hint", &params.login_hint),
    ];
    let fields: String = carried.iter().filter_map(|(name, value)| value.as_deref().map(|v| hidden(name, v))).collect();
    let hint = params.login_hint.as_deref().unwrap_or_default();
    let row = |person: &Person| {
        let mut roles = role_names(person);
        roles.extend(app_role_names(person, app).into_iter().map(|role| format!("{}: {role}", app.display_name)));
        let roles = if roles.is_empty() { "No roles".to_owned() } else { roles.join(", ") };
        let details: Vec<&str> =
            [person.job_title.as_deref(), person.company_name.as_deref()].into_iter().flatten().collect();
        let details = details.iter().map(|d| format!("{} · ", escape(d))).collect::<String>();
        let suggested = if person.user_principal_name.eq_ignore_ascii_case(hint) { " (suggested)" } else { "" };
        format!(
            "<li><span class=\"who\"><strong>{name}{suggested}</strong><span class=\"upn\">{upn}</span>\
             <span class=\"meta\">{details}{roles}</span></span>\
             <button type=\"submit\" name=\"login\" value=\"{upn}\">Sign in as {name}</button></li>",
            name = escape(&person.display_name),
            upn = escape(&person.user_principal_name),
            roles = escape(&roles),
        )
    };
    // Members and guests in two labelled lists, as the directory orders them.
    let section = |heading: &str, user_type: &str| {
        let rows: String = people.iter().filter(|p| p.user_type == user_type).map(row).collect();
        if rows.is_empty() {
            return String::new();
        }
        format!("<h2>{heading}</h2><ul class=\"people\" aria-label=\"{heading}\">{rows}</ul>")
    };
    let body = format!(
        "<h1>Pick an account</h1>\
         <p>Sign in to <strong>{app_name}</strong> in the sandbox tenant <strong>{tenant_name}</strong>. \
         No password: choosing a person signs in as them.</p>\
         <form method=\"post\" action=\"authorize\">{fields}{members}{guests}</form>",
        app_name = escape(&app.display_name),
        tenant_name = escape(&directory.tenant().display_name),
        members = section("Members", "Member"),
        guests = section("Guests", "Guest"),
    );
    let mut response = page(StatusCode::OK, "Pick an account", &body);
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    response
}
