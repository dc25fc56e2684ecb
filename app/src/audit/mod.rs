//! The Audit page: every invitation attempt and change — who, when, to whom, the options,
//! the outcome and Graph's request id — and the "Audit" page for administrators, filterable,
//! with a CSV export whose cells cannot run as spreadsheet formulas.

use crate::error::PageError;
use crate::routes;
use crate::widgets::{Alert, DataTable};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use services::audit::{AuditEvent, AuditFilter, AuditOutcome};

#[cfg(feature = "ssr")]
pub use server::csv_export;

#[cfg(feature = "ssr")]
mod server {
    use axum::extract::Query;
    use axum::http::header;
    use axum::response::{IntoResponse, Response};
    use axum::Extension;
    use services::audit::{to_csv, AuditFilter};
    use services::Context;
    use tower_sessions::Session;

    use crate::error::PageError;
    use crate::server::Me;

    /// `GET /audit.csv?text=…&outcome=…`: the filtered audit trail as CSV, for administrators.
    pub async fn csv_export(session: Session, Extension(ctx): Extension<Context>, Query(filter): Query<AuditFilter>) -> Response {
        let events = async {
            let me = Me::from_session(ctx, session).await?;
            Ok::<_, PageError>(services::audit::list(&me.ctx.db, &me.actor, &filter).await?)
        };
        match events.await {
            Ok(events) => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"guestlist-audit.csv\""),
                ],
                to_csv(&events),
            )
                .into_response(),
            Err(error) => error.into_response(),
        }
    }
}

/// The filtered audit trail, newest first (administrators only).
#[server(endpoint = "audit/events")]
pub async fn audit_events(filter: AuditFilter) -> Result<Vec<AuditEvent>, PageError> {
    let me = crate::server::Me::load().await?;
    Ok(services::audit::list(&me.ctx.db, &me.actor, &filter).await?)
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        let q = query.read();
        AuditFilter { text: q.get("text").unwrap_or_default(), outcome: q.get("outcome").unwrap_or_default(), ..AuditFilter::default() }
    };
    let events = Resource::new_blocking(filter, |filter| audit_events(filter));
    view! {
        <Title text="Audit"/>
        <h1>"Audit"</h1>
        <p class="lead">"Every invitation attempt: who, when, to whom, with which options, and what happened."</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let current = filter();
                let csv = format!("{}?{}", routes::AUDIT_CSV, serde_urlencoded_pairs(&current));
                match events.await {
                    Ok(events) => view! { <AuditFilterForm current/> <AuditTable events csv/> }.into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
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
    let outcomes = AuditOutcome::ALL
        .map(|o| view! { <option value=o.label() selected=current.outcome == o.label()>{o.label()}</option> })
        .collect_view();
    // A plain GET form: the filter is in the address, so it works without JavaScript and can be bookmarked.
    view! {
        <form method="get" action=routes::AUDIT class="audit-filter">
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
                    <td>{e.action.label()}</td>
                    <td class="target">{e.target}</td>
                    <td class="options">{e.options}</td>
                    <td>{e.outcome.label()}</td>
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
        <DataTable class="audit" headings=&["When (UTC)", "Who", "What", "To whom", "Options", "Outcome", "Graph request id"]>
            {rows}
        </DataTable>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_go_into_the_export_link_encoded() {
        let filter = AuditFilter { text: "o'brien & co".into(), outcome: "Invited, a step failed".into(), ..AuditFilter::default() };
        assert_eq!(serde_urlencoded_pairs(&filter), "text=o%27brien%20%26%20co&outcome=Invited%2C%20a%20step%20failed");
    }
}
