//! `oauth2/v2.0/logout`: the sandbox keeps no sign-in session (the account picker shows every
//! time), so signing out only returns to the client — and only to a registered origin.

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::html::page;
use crate::html::escape;
use crate::Sandbox;

/// `id_token_hint` and `logout_hint` are accepted and ignored: with no session there is
/// nothing to look up with them.
#[derive(Debug, Default, Deserialize)]
pub struct LogoutParams {
    post_logout_redirect_uri: Option<String>,
    state: Option<String>,
}

/// `GET …/oauth2/v2.0/logout`.
pub async fn logout(
    State(sandbox): State<Sandbox>,
    Path(tenant): Path<String>,
    Query(params): Query<LogoutParams>,
) -> Response {
    if let Err(error) = super::check_tenant(&sandbox, &tenant) {
        return error.into_json_response(sandbox.directory().now());
    }
    let requested = params.post_logout_redirect_uri.as_deref();
    if let Some(mut target) = requested.and_then(|uri| allowed_target(&sandbox.config().portal_redirect_uris, uri)) {
        if let Some(state) = &params.state {
            target.query_pairs_mut().append_pair("state", state);
        }
        return (StatusCode::FOUND, [(header::LOCATION, target.to_string())]).into_response();
    }
    let note = match requested {
        Some(uri) => format!(
            "<p class=\"meta\">Not returning to <code>{}</code>: it is not a registered sign-out address of the app.</p>",
            escape(uri)
        ),
        None => String::new(),
    };
    page(
        StatusCode::OK,
        "Signed out",
        &format!(
            "<h1>You have signed out of your account</h1><p>It’s a good idea to close all browser windows.</p>{note}"
        ),
    )
}

/// Post-logout addresses are the origins of the registered redirect URIs, with or without `/`.
fn allowed_target(redirect_uris: &[String], requested: &str) -> Option<url::Url> {
    let allowed = redirect_uris.iter().filter_map(|r| url::Url::parse(r).ok()).any(|registered| {
        let origin = registered.origin().ascii_serialization();
        requested == origin || requested == format!("{origin}/")
    });
    allowed.then(|| url::Url::parse(requested).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::allowed_target;

    #[test]
    fn only_origins_of_registered_redirect_uris_are_allowed() {
        let registered = vec!["http://localhost:3000/auth/callback".to_owned()];
        assert!(allowed_target(&registered, "http://localhost:3000").is_some());
        assert!(allowed_target(&registered, "http://localhost:3000/").is_some());
        assert!(allowed_target(&registered, "http://localhost:3000/auth/callback").is_none());
        assert!(allowed_target(&registered, "http://localhost:3001/").is_none());
        assert!(allowed_target(&registered, "https://evil.example/").is_none());
    }
}
