//! The audit trail (issue 4): every invitation attempt — who, when, to whom, the options,
//! the outcome and Graph's request id — and the "Audit" page for administrators, filterable,
//! with a CSV export whose cells cannot run as spreadsheet formulas.

#[cfg(feature = "ssr")]
pub mod store;

use crate::auth::AccessError;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// One recorded attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub options: String,
    pub outcome: String,
    pub request_id: Option<String>,
}

/// What the Audit page and the export show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilter {
    /// Part of who acted or of the address invited.
    pub text: String,
    /// One of [`OUTCOMES`], or empty for all.
    pub outcome: String,
}

/// The outcomes recorded.
pub const OUTCOMES: &[&str] = &["Invited", "Invited, a step failed", "Changed", "Refused", "Failed"];

/// The columns of the export, in order.
const CSV_HEADER: [&str; 8] = ["id", "at", "actor", "action", "target", "options", "outcome", "request_id"];

/// A CSV cell: quoted, and prefixed with `'` when it starts like a formula (`= + - @`, tab or
/// carriage return), so spreadsheets show it as text instead of running it.
fn csv_cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

/// The events as CSV (RFC 4180, CRLF lines).
pub fn to_csv(events: &[AuditEvent]) -> String {
    let mut out = CSV_HEADER.iter().map(|h| csv_cell(h)).collect::<Vec<_>>().join(",") + "\r\n";
    for e in events {
        let id = e.id.to_string();
        let cells = [&id, &e.at, &e.actor, &e.action, &e.target, &e.options, &e.outcome, e.request_id.as_deref().unwrap_or("")];
        out.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(feature = "ssr")]
pub use server::{csv_export, record, write};

#[cfg(feature = "ssr")]
mod server {
    use super::store::{AuditLog, NewEvent};
    use super::{to_csv, AuditFilter};
    use crate::auth::{session_keys, Principal, Role};
    use axum::extract::Query;
    use axum::http::{header, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::Extension;
    use tower_sessions::Session;

    /// Records what `principal` did: `options` as JSON, and Graph's `request-id` of the call that
    /// decided the outcome (of the failure, or of the success), for Microsoft support.
    pub async fn write(
        principal: &Principal,
        action: &str,
        target: &str,
        options: &impl serde::Serialize,
        outcome: &str,
        request_id: Option<&str>,
    ) {
        let actor = format!("{} <{}>", principal.name, principal.user_principal_name);
        let options = serde_json::to_string(options).unwrap_or_default();
        record(NewEvent { actor: &actor, action, target, options, outcome, request_id }).await;
    }

    /// Records an attempt; a failure to write is logged, and never hides what happened.
    pub async fn record(event: NewEvent<'_>) {
        let Some(log) = leptos::prelude::use_context::<AuditLog>() else {
            tracing::error!(action = event.action, target = event.target, "no audit log configured");
            return;
        };
        if let Err(error) = log.append(&event).await {
            tracing::error!(%error, action = event.action, target = event.target, "could not write the audit log");
        }
    }

    /// `GET /audit.csv?text=…&outcome=…`: the filtered audit trail as CSV, for administrators.
    pub async fn csv_export(session: Session, Extension(log): Extension<AuditLog>, Query(filter): Query<AuditFilter>) -> Response {
        match session.get::<Principal>(session_keys::PRINCIPAL).await {
            Ok(Some(principal)) if principal.has(Role::Admin) => {}
            Ok(Some(_)) => return (StatusCode::FORBIDDEN, "Only administrators can export the audit trail.").into_response(),
            Ok(None) => return (StatusCode::UNAUTHORIZED, "Sign in first.").into_response(),
            Err(error) => return (StatusCode::SERVICE_UNAVAILABLE, format!("The session store failed ({error}).")).into_response(),
        }
        match log.list(&filter).await {
            Ok(events) => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"guestlist-audit.csv\""),
                ],
                to_csv(&events),
            )
                .into_response(),
            Err(error) => (StatusCode::SERVICE_UNAVAILABLE, format!("The audit trail could not be read ({error}).")).into_response(),
        }
    }
}

/// The filtered audit trail, newest first (administrators only).
#[server(endpoint = "audit/events")]
pub async fn audit_events(filter: AuditFilter) -> Result<Vec<AuditEvent>, AccessError> {
    crate::auth::require(crate::auth::Role::Admin).await?;
    let log = use_context::<store::AuditLog>().ok_or_else(|| AccessError::Unavailable("the audit log is not set up".into()))?;
    log.list(&filter).await.map_err(|e| AccessError::Unavailable(format!("the audit trail could not be read ({e})")))
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        let q = query.read();
        AuditFilter { text: q.get("text").unwrap_or_default(), outcome: q.get("outcome").unwrap_or_default() }
    };
    let events = Resource::new_blocking(filter, |filter| audit_events(filter));
    view! {
        <Title text="Audit"/>
        <h1>"Audit"</h1>
        <p class="lead">"Every invitation attempt: who, when, to whom, with which options, and what happened."</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let current = filter();
                let csv = format!("/audit.csv?{}", serde_urlencoded_pairs(&current));
                match events.await {
                    Ok(events) => view! { <AuditFilterForm current/> <AuditTable events csv/> }.into_any(),
                    Err(error) => view! { <p class="alert" role="alert">{error.to_string()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `text=…&outcome=…`, percent-encoded.
fn serde_urlencoded_pairs(filter: &AuditFilter) -> String {
    let encode = |s: &str| s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect::<String>();
    format!("text={}&outcome={}", encode(&filter.text), encode(&filter.outcome))
}

#[component]
fn AuditFilterForm(current: AuditFilter) -> impl IntoView {
    let outcomes = OUTCOMES
        .iter()
        .map(|o| view! { <option value=*o selected=current.outcome == *o>{*o}</option> })
        .collect_view();
    // A plain GET form: the filter is in the address, so it works without JavaScript and can be bookmarked.
    view! {
        <form method="get" action="/audit" class="audit-filter">
            <div class="field">
                <label for="audit-text">"Who or to whom"</label>
                <input id="audit-text" name="text" type="search" value=current.text/>
            </div>
            <div class="field">
                <label for="audit-outcome">"Outcome"</label>
                <select id="audit-outcome" name="outcome">
                    <option value="">"Any"</option>
                    {outcomes}
                </select>
            </div>
            <button type="submit" class="button secondary">"Filter"</button>
        </form>
    }
}

#[component]
fn AuditTable(events: Vec<AuditEvent>, csv: String) -> impl IntoView {
    let count = events.len();
    let rows = events
        .into_iter()
        .map(|e| {
            view! {
                <tr>
                    <td><time datetime=e.at.clone()>{e.at.clone()}</time></td>
                    <td>{e.actor}</td>
                    <td>{e.action}</td>
                    <td class="target">{e.target}</td>
                    <td class="options">{e.options}</td>
                    <td>{e.outcome}</td>
                    <td class="request-id">{e.request_id.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>
            {if count == 1 { "1 entry. ".to_string() } else { format!("{count} entries. ") }}
            <a href=csv rel="external" download="guestlist-audit.csv">"Download as CSV"</a>
        </p>
        <div class="table-scroll">
            <table class="audit">
                <thead>
                    <tr>
                        <th scope="col">"When (UTC)"</th><th scope="col">"Who"</th><th scope="col">"What"</th>
                        <th scope="col">"To whom"</th><th scope="col">"Options"</th><th scope="col">"Outcome"</th>
                        <th scope="col">"Graph request id"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_that_look_like_formulas_are_neutralised() {
        let event = AuditEvent {
            id: 7,
            at: "2026-11-23T17:00:00Z".into(),
            actor: "=HYPERLINK(\"http://evil\")".into(),
            action: "Invite".into(),
            target: "+1@x.example".into(),
            options: "-sum".into(),
            outcome: "@cmd".into(),
            request_id: None,
        };
        let csv = to_csv(&[event]);
        let line = csv.lines().nth(1).unwrap();
        assert_eq!(
            line,
            "\"7\",\"2026-11-23T17:00:00Z\",\"'=HYPERLINK(\"\"http://evil\"\")\",\"Invite\",\"'+1@x.example\",\"'-sum\",\"'@cmd\",\"\""
        );
        assert!(csv.starts_with("\"id\",\"at\""));
    }

    #[test]
    fn filters_go_into_the_export_link_encoded() {
        let filter = AuditFilter { text: "o'brien & co".into(), outcome: "Invited, a step failed".into() };
        assert_eq!(serde_urlencoded_pairs(&filter), "text=o%27brien%20%26%20co&outcome=Invited%2C%20a%20step%20failed");
    }
}
