//! The directory's own sandbox pages: the mail outbox, the redemption page and the clock.
//! Plain HTML with inline CSS and every value escaped; each page also has a JSON form for tests
//! and scripts.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Json, Router};
use serde::Deserialize;
use serde_json::json;

use super::model::graph_time;
use super::seed::IdentityProvider;
use super::RedeemError;
use crate::html::escape as esc;
use crate::Sandbox;

pub fn routes(sandbox: Sandbox) -> Router {
    Router::new()
        .route("/_sandbox/mail", get(mail_page))
        .route("/_sandbox/mail.json", get(mail_json))
        .route("/_sandbox/redeem", get(redeem_page).post(redeem))
        .route("/_sandbox/clock", get(clock_page).post(move_clock))
        .route("/_sandbox/clock.json", get(clock_json))
        .with_state(sandbox)
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:0;background:#faf9f8;color:#1b1a19;line-height:1.5}\
header{background:#5c2d91;color:#fff;padding:.5rem 1rem;font-weight:700}\
main{max-width:48rem;margin:1.5rem auto;padding:0 1rem}\
article{background:#fff;border:1px solid #e1dfdd;border-radius:4px;padding:1rem;margin:1rem 0}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}\
pre{white-space:pre-wrap;font-family:inherit}\
button{background:#0f6cbd;color:#fff;border:0;border-radius:4px;padding:.5rem 1rem;font-size:1rem;cursor:pointer}\
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #1b1a19;outline-offset:2px}\
fieldset{border:1px solid #e1dfdd;border-radius:4px}label{display:block;margin:.4rem 0}";

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
         <title>{t} · Sandbox tenant</title><style>{CSS}</style></head><body>\
         <header role=\"banner\">SANDBOX — local test tenant; nothing here reaches Microsoft or any mailbox</header>\
         <main><h1>{t}</h1>{body}</main></body></html>",
        t = esc(title)
    );
    (status, Html(html)).into_response()
}

fn internal_error(e: anyhow::Error) -> Response {
    tracing::error!(error = %e, "sandbox directory page failed");
    page(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong", &format!("<p>{}</p>", esc(&e.to_string())))
}

async fn mail_json(State(sandbox): State<Sandbox>) -> Response {
    let state = sandbox.directory().read().await;
    let value: Vec<_> = state.mail.iter().rev().collect();
    Json(json!({ "value": value })).into_response()
}

async fn mail_page(State(sandbox): State<Sandbox>) -> Response {
    let state = sandbox.directory().read().await;
    let items: String = state
        .mail
        .iter()
        .rev()
        .map(|m| {
            let cc = if m.cc.is_empty() { String::new() } else { format!("<dt>Cc</dt><dd>{}</dd>", esc(&m.cc.join(", "))) };
            format!(
                "<article aria-labelledby=\"m-{id}\"><h2 id=\"m-{id}\">{subject}</h2><dl><dt>From</dt><dd>{from}</dd>\
                 <dt>To</dt><dd>{to}</dd>{cc}<dt>Sent</dt><dd><time datetime=\"{sent}\">{sent}</time></dd>\
                 <dt>Language</dt><dd>{lang}</dd></dl><pre>{body}</pre>\
                 <p><a href=\"{url}\">Accept invitation</a></p></article>",
                id = esc(&m.id),
                subject = esc(&m.subject),
                from = esc(&m.from),
                to = esc(&m.to),
                sent = graph_time(m.sent),
                lang = esc(&m.language),
                body = esc(&m.body),
                url = esc(&m.redeem_url),
            )
        })
        .collect();
    let body = if items.is_empty() {
        "<p>No invitation mail yet. Mail appears here when an invitation is sent with <code>sendInvitationMessage: true</code>.</p>".to_string()
    } else {
        format!("<p>{} message(s), newest first. <a href=\"/_sandbox/mail.json\">JSON</a></p>{items}", state.mail.len())
    };
    page(StatusCode::OK, "Sandbox outbox", &body)
}

#[derive(Deserialize)]
struct Ticket {
    rd: String,
}

async fn redeem_page(State(sandbox): State<Sandbox>, Query(q): Query<Ticket>) -> Response {
    let directory = sandbox.directory();
    let state = directory.read().await;
    let Some(redemption) = state.redemptions.get(&q.rd) else {
        return redeem_error(RedeemError::UnknownTicket);
    };
    let inviter = directory.tenant().display_name.clone();
    let options: String = IdentityProvider::ALL
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "<label><input type=\"radio\" name=\"provider\" value=\"{v}\"{checked}> {l}</label>",
                v = esc(p.issuer()),
                l = esc(p.label()),
                checked = if i == 0 { " checked" } else { "" }
            )
        })
        .collect();
    let body = format!(
        "<p><strong>{org}</strong> invited <strong>{email}</strong> to collaborate.</p>\
         <form method=\"post\" action=\"/_sandbox/redeem\"><input type=\"hidden\" name=\"rd\" value=\"{rd}\">\
         <fieldset><legend>Sign in with</legend>{options}</fieldset>\
         <p>Accepting lets {org} see your name and email address. After accepting you go to <code>{redirect}</code>.</p>\
         <button type=\"submit\">Accept invitation</button></form>",
        org = esc(&inviter),
        email = esc(&redemption.invited_email),
        rd = esc(&q.rd),
        redirect = esc(&redemption.redirect_url),
    );
    page(StatusCode::OK, "Review permissions", &body)
}

#[derive(Deserialize)]
struct RedeemForm {
    rd: String,
    provider: String,
}

async fn redeem(State(sandbox): State<Sandbox>, Form(form): Form<RedeemForm>) -> Response {
    let Some(provider) = IdentityProvider::parse(&form.provider) else {
        return redeem_error(RedeemError::UnknownProvider);
    };
    match sandbox.directory().redeem(&form.rd, provider).await {
        Ok(redirect) => Redirect::to(&redirect).into_response(),
        Err(e) => redeem_error(e),
    }
}

fn redeem_error(e: RedeemError) -> Response {
    match e {
        RedeemError::Storage(e) => internal_error(e),
        e => page(StatusCode::BAD_REQUEST, "This invitation cannot be used", &format!("<p>{}</p>", esc(&e.to_string()))),
    }
}

fn clock_body(sandbox: &Sandbox) -> serde_json::Value {
    let now = sandbox.directory().now();
    let offset = now.signed_duration_since(chrono::Utc::now());
    json!({ "now": graph_time(now), "offsetDays": (offset.num_seconds() as f64 / 86_400.0).round() as i64 })
}

async fn clock_json(State(sandbox): State<Sandbox>) -> Response {
    Json(clock_body(&sandbox)).into_response()
}

async fn clock_page(State(sandbox): State<Sandbox>, headers: HeaderMap) -> Response {
    if wants_json(&headers) {
        return clock_json(State(sandbox)).await;
    }
    let c = clock_body(&sandbox);
    let body = format!(
        "<p>Sandbox time is <strong><time datetime=\"{now}\">{now}</time></strong>, {days} day(s) ahead of real time. \
         Tokens, sign-in activity and inactivity reviews all use this clock.</p>\
         <form method=\"post\" action=\"/_sandbox/clock\"><label for=\"days\">Move forward by days</label>\
         <input id=\"days\" name=\"days\" type=\"number\" min=\"1\" max=\"3650\" value=\"30\" required> \
         <button type=\"submit\">Move clock</button></form><p><a href=\"/_sandbox/clock.json\">JSON</a></p>",
        now = esc(c["now"].as_str().unwrap_or_default()),
        days = c["offsetDays"],
    );
    page(StatusCode::OK, "Sandbox clock", &body)
}

fn wants_json(headers: &HeaderMap) -> bool {
    let is_json = |h| headers.get(h).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("application/json"));
    is_json(header::ACCEPT) || is_json(header::CONTENT_TYPE)
}

#[derive(Deserialize)]
struct MoveClock {
    days: u32,
}

/// Moves the clock; a form post returns to the page, a JSON post gets the new clock as JSON.
async fn move_clock(State(sandbox): State<Sandbox>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let parsed: Result<MoveClock, String> = if wants_json(&headers) {
        serde_json::from_slice(&body).map_err(|e| e.to_string())
    } else {
        serde_urlencoded::from_bytes(&body).map_err(|e| e.to_string())
    };
    let days = match parsed {
        Ok(MoveClock { days }) if (1..=3650).contains(&days) => days,
        Ok(_) => return bad_clock(&headers, "days must be between 1 and 3650".into()),
        Err(e) => return bad_clock(&headers, format!("expected a whole number of days: {e}")),
    };
    if let Err(e) = sandbox.directory().advance_clock(days).await {
        return internal_error(e);
    }
    if wants_json(&headers) {
        clock_json(State(sandbox)).await
    } else {
        Redirect::to("/_sandbox/clock").into_response()
    }
}

fn bad_clock(headers: &HeaderMap, message: String) -> Response {
    if wants_json(headers) {
        (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response()
    } else {
        page(StatusCode::BAD_REQUEST, "Clock not moved", &format!("<p>{}</p>", esc(&message)))
    }
}
