//! Small helpers for the issuer's plain HTML pages (the shared layout, role names).

use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use crate::directory::{directory_role_name, AppRegistration, Person};
use crate::html::escape;

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;background:#f3f2f1;color:#201f1e}
.banner{background:#8a2be2;color:#fff;padding:.5rem 1rem;font-weight:700;letter-spacing:.05em}
main{max-width:44rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.15)}
h1{font-size:1.5rem;margin-top:0}
h2{font-size:1.1rem;margin:1.5rem 0 .25rem}
ul.people{list-style:none;padding:0}
ul.people li{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 0;border-top:1px solid #edebe9}
.who{display:flex;flex-direction:column;min-width:0}
.upn,.meta{color:#605e5c;font-size:.9rem}
.upn{overflow-wrap:anywhere}
button{flex-shrink:0;white-space:nowrap;background:#0067b8;color:#fff;border:0;padding:.5rem 1rem;font-size:1rem;cursor:pointer;border-radius:2px}
button:focus-visible{outline:3px solid #201f1e;outline-offset:2px}
.error{border-left:4px solid #a4262c;padding-left:1rem}
code,.error p{overflow-wrap:anywhere}
";

/// A complete page with the SANDBOX banner, so nobody mistakes it for Microsoft's sign-in.
pub fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\"><title>{title} · Sandbox tenant</title><style>{STYLE}</style></head>\
         <body><div class=\"banner\" role=\"banner\">SANDBOX — local test tenant, not Microsoft Entra ID</div>\
         <main>{body}</main></body></html>",
        title = escape(title),
    );
    // The picker signs people in with one click, so no other site may frame it (clickjacking).
    (
        status,
        [(header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"), (header::X_FRAME_OPTIONS, "DENY")],
        Html(html),
    )
        .into_response()
}

/// A person's directory roles in words.
pub fn role_names(person: &Person) -> Vec<String> {
    person
        .directory_role_template_ids
        .iter()
        .map(|id| directory_role_name(id).map_or_else(|| format!("Directory role {id}"), str::to_owned))
        .collect()
}

/// A person's portal app roles by display name.
pub fn app_role_names(person: &Person, app: &AppRegistration) -> Vec<String> {
    person
        .app_roles
        .iter()
        .map(|value| {
            app.app_roles.iter().find(|r| &r.value == value).map_or_else(|| value.clone(), |r| r.display_name.clone())
        })
        .collect()
}
