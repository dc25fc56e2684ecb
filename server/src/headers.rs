//! Security headers on the portal's answers: a Content Security Policy whose only inline script
//! is Leptos' hydration loader, carrying this response's nonce; no framing; no sniffing; no
//! referrer to other sites; HSTS over https; and nothing personal kept in caches.
//!
//! The sandbox tenant (`/_sandbox/…`) plays Microsoft's sites and answers with its own headers.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// This response's CSP nonce, put in the request's extensions for the pages to render with.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// The paths that another site's page may frame: OpenID Connect front-channel logout is loaded by
/// the identity provider in a hidden iframe ("Single sign-out" in Microsoft's OpenID Connect
/// protocol page).
const FRAMEABLE: &[&str] = &[crate::auth::FRONT_CHANNEL_LOGOUT];

/// What the headers depend on: whether the portal is served over https, and the identity
/// provider's origin (sign-out is a form post answered by a redirect there, which `form-action`
/// must allow).
#[derive(Clone, Debug)]
pub struct Policy {
    pub https: bool,
    pub identity_provider_origin: String,
}

pub async fn secure(State(policy): State<Arc<Policy>>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    if path.starts_with("/_sandbox/") {
        return next.run(request).await;
    }
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    let frameable = FRAMEABLE.contains(&path.as_str());
    apply(response.headers_mut(), &policy, &nonce, frameable, is_static(&path));
    response
}

fn apply(headers: &mut HeaderMap, policy: &Policy, nonce: &str, frameable: bool, is_static: bool) {
    // Pages, server functions and exports show redeem links and personal data: never stored.
    let no_store = !is_static && !headers.contains_key(header::CACHE_CONTROL);
    let idp = &policy.identity_provider_origin;
    let frame_ancestors = if frameable { idp.as_str() } else { "'none'" };
    // 'wasm-unsafe-eval' lets the page compile its own WebAssembly bundle and nothing else.
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self' {idp}; frame-ancestors {frame_ancestors}"
    );
    let mut set = |name, value: &str| {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    };
    set(header::CONTENT_SECURITY_POLICY, &csp);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "same-origin");
    if !frameable {
        set(header::X_FRAME_OPTIONS, "DENY");
    }
    if policy.https {
        set(header::STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
    }
    if no_store {
        set(header::CACHE_CONTROL, "no-store");
    }
}

/// The bundle and public files: the same for everyone, so caches may keep them. (Not every
/// name with a dot: `/audit.csv` is personal data.)
fn is_static(path: &str) -> bool {
    const PUBLIC: &[&str] = &[".css", ".ico", ".js", ".png", ".svg", ".txt", ".wasm"];
    path.starts_with("/pkg/") || (!path.starts_with("/api/") && PUBLIC.iter().any(|ext| path.ends_with(ext)))
}

/// The nonce of the request being rendered, for Leptos' `<HydrationScripts>`.
pub fn leptos_nonce() -> Option<leptos::nonce::Nonce> {
    let parts = leptos::prelude::use_context::<axum::http::request::Parts>()?;
    parts.extensions.get::<CspNonce>().map(|nonce| leptos::nonce::Nonce::from_value(nonce.0.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(path: &str, https: bool) -> HeaderMap {
        let policy = Policy { https, identity_provider_origin: "https://login.microsoftonline.com".into() };
        let mut headers = HeaderMap::new();
        apply(&mut headers, &policy, "abc", FRAMEABLE.contains(&path), is_static(path));
        headers
    }

    #[test]
    fn pages_get_a_nonce_policy_no_framing_and_no_store() {
        let page = headers("/invite", false);
        let csp = page[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval';"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(csp.contains("form-action 'self' https://login.microsoftonline.com;"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(page[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(page[header::CACHE_CONTROL], "no-store");
        assert_eq!(page[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(!page.contains_key(header::STRICT_TRANSPORT_SECURITY));
        assert!(headers("/invite", true).contains_key(header::STRICT_TRANSPORT_SECURITY));
    }

    #[test]
    fn the_bundle_may_be_cached_and_front_channel_logout_framed() {
        assert!(!headers("/pkg/guestlist.wasm", false).contains_key(header::CACHE_CONTROL));
        assert!(headers("/api/invite.check", false).contains_key(header::CACHE_CONTROL));
        assert!(headers("/audit.csv", false).contains_key(header::CACHE_CONTROL));
        assert!(!headers("/copy-link.js", false).contains_key(header::CACHE_CONTROL));
        let logout = headers("/auth/front-channel-logout", false);
        assert!(!logout.contains_key(header::X_FRAME_OPTIONS));
        assert!(logout[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("frame-ancestors https://login.microsoftonline.com"));
    }
}
