//! Cross-site request refusal: a state-changing request must come from the portal's own pages.
//!
//! Browsers say where a request comes from in `Sec-Fetch-Site` (all current browsers) or at least
//! in `Origin` (on every POST). A request with neither is not from a browser and so cannot be a
//! cross-site forgery; it is allowed, as Go's `http.CrossOriginProtection` does.

use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The portal's origin, as browsers write it in `Origin`.
#[derive(Clone)]
pub struct PublicOrigin(pub String);

pub async fn refuse_cross_site(State(origin): State<PublicOrigin>, request: Request, next: Next) -> Response {
    if is_safe(request.method()) || is_exempt(request.uri().path()) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let request_origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let allowed = match (fetch_site, request_origin) {
        // `none`: typed in or bookmarked by the person themselves.
        (Some(site), _) => matches!(site, "same-origin" | "none"),
        (None, Some(request_origin)) => request_origin == origin.0,
        (None, None) => true,
    };
    if allowed {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), ?fetch_site, ?request_origin, "refused a cross-site request");
        // Outside the sessions: the person's choice or their browser's language.
        let locale = crate::language::from_headers(request.headers());
        (StatusCode::FORBIDDEN, i18n::tr!(locale, "server-cross-site")).into_response()
    }
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The sandbox endpoints that Entra itself serves to other sites: its token endpoint, the
/// form_post of its sign-in page and Graph. Entra does not check `Origin` there, nor do we.
fn is_exempt(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("/_sandbox/") else { return false };
    rest.starts_with("graph/") || rest.ends_with("/oauth2/v2.0/token") || rest.ends_with("/oauth2/v2.0/authorize")
}

#[cfg(test)]
mod tests {
    use super::is_exempt;

    #[test]
    fn only_entra_s_own_cross_site_endpoints_are_exempt() {
        assert!(is_exempt("/_sandbox/7c1e5a2d-3b94-4f08-a6d1-52e8c0b9f4a7/oauth2/v2.0/token"));
        assert!(is_exempt("/_sandbox/northwind.example/oauth2/v2.0/authorize"));
        assert!(is_exempt("/_sandbox/graph/v1.0/invitations"));
        assert!(!is_exempt("/_sandbox/clock"));
        assert!(!is_exempt("/_sandbox/redeem"));
        assert!(!is_exempt("/auth/sign-out"));
        assert!(!is_exempt("/api/invite"));
        assert!(!is_exempt("/graph/v1.0/oauth2/v2.0/token"));
    }
}
