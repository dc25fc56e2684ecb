//! The language of each answer: the one the person chose in the header's menu (a cookie), else
//! their account's (the ID token's preferred language, kept in the session at sign-in), else
//! their browser's (`Accept-Language`), else English. [`choose`] puts the [`Locale`] in the
//! request's extensions (the pages read it there, plain handlers take `Extension<Locale>`) and
//! says it in `Content-Language`; `POST /language` ([`routes`]) remembers a choice.

use app::auth::Principal;
use app::server::keys as session_keys;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::{Extension, Form, Router};
use i18n::Locale;
use serde::Deserialize;
use tower_sessions::Session;

/// The cookie holding the person's choice (a language tag).
pub const COOKIE: &str = "guestlist-language";
/// Where the header's language menu posts its form (`language`, `back`).
pub const PATH: &str = "/language";
/// A year: the choice is kept until the person makes another.
const COOKIE_MAX_AGE: u64 = 365 * 24 * 3600;

/// The language the person chose, from the [`COOKIE`] in `headers`.
pub fn choice(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim().trim_matches('"').to_owned())
}

/// The browser's `Accept-Language`.
pub fn accept_language(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok())
}

/// The language for a request Guestlist has no session for (e.g. one it refuses before reading
/// it): the person's choice, else their browser's.
pub fn from_headers(headers: &HeaderMap) -> Locale {
    Locale::choose(choice(headers).as_deref(), None, accept_language(headers))
}

/// Chooses the request's [`Locale`]: the choice (cookie), else the account's language (session),
/// else the browser's. Inside the sessions layer.
pub async fn choose(session: Session, mut request: Request, next: Next) -> Response {
    let headers = request.headers();
    let choice = choice(headers).filter(|tag| Locale::parse(tag).is_some());
    // The session is read only when the choice does not decide, and never for the bundle.
    let account = if choice.is_none() && !request.uri().path().starts_with("/pkg/") {
        session.get::<String>(session_keys::ACCOUNT_LANGUAGE).await.ok().flatten()
    } else {
        None
    };
    let locale = Locale::choose(choice.as_deref(), account.as_deref(), accept_language(headers));
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_LANGUAGE) {
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(locale.tag()));
    }
    let html = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if html {
        // The same URL answers in another language for another browser or choice.
        headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    response
}

/// What `POST /language` needs.
#[derive(Clone)]
pub struct Languages {
    pub db: services::Db,
    /// The cookie gets `Secure` when people reach the portal over HTTPS.
    pub https: bool,
}

#[derive(Deserialize)]
struct ChoiceForm {
    language: Option<String>,
    back: Option<String>,
}

/// `POST /language`: keeps the chosen language in the [`COOKIE`] (and, signed in, for the mail
/// Guestlist writes to the person), then goes back to the page the menu was on.
async fn set_language(
    State(languages): State<Languages>,
    Extension(locale): Extension<Locale>,
    session: Session,
    Form(form): Form<ChoiceForm>,
) -> Response {
    let Some(chosen) = form.language.as_deref().and_then(Locale::parse) else {
        let known = Locale::ALL.map(|l| l.tag()).join(", ");
        let message = i18n::tr!(locale, "server-language-unknown", languages = known);
        return (StatusCode::BAD_REQUEST, format!("{message}\n")).into_response();
    };
    if let Ok(Some(principal)) = session.get::<Principal>(session_keys::PRINCIPAL).await {
        let address = principal.email.as_deref().unwrap_or(&principal.user_principal_name);
        if let Err(error) = services::languages::remember(&languages.db, &principal.object_id, Some(address), chosen).await {
            tracing::warn!(%error, "the chosen language could not be remembered for mail");
        }
    }
    let secure = if languages.https { "; Secure" } else { "" };
    let cookie = format!("{COOKIE}={}; Path=/; Max-Age={COOKIE_MAX_AGE}; SameSite=Lax; HttpOnly{secure}", chosen.tag());
    let mut response = Redirect::to(&local_path(form.back.as_deref())).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// `back` when it is a path of this site (see `auth::local_path`), else the home page.
fn local_path(back: Option<&str>) -> String {
    crate::auth::local_path(back.map(str::to_owned))
}

/// `POST /language`.
pub fn routes(languages: Languages) -> Router {
    Router::new().route(PATH, post(set_language)).with_state(languages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("id=abc; guestlist-language=de"));
        assert_eq!(choice(&headers).as_deref(), Some("de"));
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("fr"));
        assert_eq!(from_headers(&headers), Locale::De);
        headers.remove(header::COOKIE);
        assert_eq!(from_headers(&headers), Locale::Fr);
    }

    #[test]
    fn only_local_paths_are_gone_back_to() {
        assert_eq!(local_path(Some("/guests?page=2")), "/guests?page=2");
        for outside in ["//evil.example", "/\\evil.example", "https://evil.example/", "guests"] {
            assert_eq!(local_path(Some(outside)), "/");
        }
        assert_eq!(local_path(None), "/");
    }
}
