//! `oauth2/v2.0/logout`: the sandbox keeps no sign-in session (the account picker shows every
//! time), so signing out tells the app (front-channel logout, for the sign-in named by the ID
//! token hint's `sid`) and returns to it — only to a registered origin.

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::html::page;
use crate::html::escape;
use crate::Sandbox;

/// `logout_hint` is accepted and ignored: with no session there is nothing to look up with it.
#[derive(Debug, Default, Deserialize)]
pub struct LogoutParams {
    post_logout_redirect_uri: Option<String>,
    state: Option<String>,
    id_token_hint: Option<String>,
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
    let target = requested.and_then(|uri| allowed_target(&sandbox.config().portal_redirect_uris, uri)).map(|mut target| {
        if let Some(state) = &params.state {
            target.query_pairs_mut().append_pair("state", state);
        }
        target
    });
    let frame = front_channel_frame(&sandbox, params.id_token_hint.as_deref());
    let note = match (&target, requested) {
        (None, None) => String::new(),
        (None, Some(uri)) => format!(
            "<p class=\"meta\">Not returning to <code>{}</code>: it is not a registered sign-out address of the app.</p>",
            escape(uri)
        ),
        (Some(target), _) if frame.is_empty() => {
            return (StatusCode::FOUND, [(header::LOCATION, target.to_string())]).into_response();
        }
        // As Entra: the page loads the app's sign-out in a hidden frame, then returns to the app.
        (Some(target), _) => format!(
            "<meta http-equiv=\"refresh\" content=\"1;url={0}\"><p><a href=\"{0}\">Continue</a></p>",
            escape(target.as_str())
        ),
    };
    page(
        StatusCode::OK,
        "Signed out",
        &format!(
            "<h1>You have signed out of your account</h1><p>It’s a good idea to close all browser windows.</p>{frame}{note}"
        ),
    )
}

/// The hidden frame that signs the app out of the sign-in named by the ID token hint's `sid`
/// ("Microsoft identity platform and OpenID Connect protocol": single sign-out), if the hint is
/// one of ours (expired is fine) and the app has a front-channel logout URL.
fn front_channel_frame(sandbox: &Sandbox, id_token_hint: Option<&str>) -> String {
    let issuer = sandbox.issuer();
    let sid = id_token_hint
        .and_then(|hint| issuer.keys.verify::<serde_json::Value>(hint).ok())
        .and_then(|claims| claims.get("sid")?.as_str().map(str::to_owned));
    let url = sandbox.config().portal_front_channel_logout_url.as_deref().and_then(|u| url::Url::parse(u).ok());
    let (Some(sid), Some(mut url)) = (sid, url) else { return String::new() };
    url.query_pairs_mut().append_pair("iss", &issuer.issuer_url()).append_pair("sid", &sid);
    format!("<iframe hidden title=\"Signing out of the app\" src=\"{}\"></iframe>", escape(url.as_str()))
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
