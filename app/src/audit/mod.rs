//! The Audit page: every invitation attempt and change — who, when, to whom, the options,
//! the outcome and Graph's request id — and the "Audit" page for administrators, filterable,
//! with a CSV export whose cells cannot run as spreadsheet formulas.

use crate::error::PageError;
use crate::lang::locale;
use crate::routes;
use crate::t;
use crate::widgets::{Alert, DataTable};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use services::archive::Archive;
use services::audit::{AuditAction, AuditEvent, AuditFilter, AuditOutcome};

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
    pub async fn csv_export(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, Query(filter): Query<AuditFilter>) -> Response {
        let events = async {
            let me = Me::from_session(ctx, session, locale).await?;
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

/// The files older rows were archived to, newest first (administrators only).
#[server(endpoint = "audit/archives")]
pub async fn audit_archives() -> Result<Vec<Archive>, PageError> {
    let me = crate::server::Me::load().await?;
    Ok(services::archive::archives(&me.ctx.db, &me.actor).await?)
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        let q = query.read();
        let get = |name: &str| q.get(name).unwrap_or_default();
        AuditFilter {
            text: get("text"),
            outcome: get("outcome"),
            since: get("since"),
            until: get("until"),
            actor: get("actor"),
            action: get("action"),
            target: get("target"),
            request: get("request"),
        }
    };
    let events = Resource::new_blocking(filter, |filter| audit_events(filter));
    let archived = Resource::new_blocking(|| (), |_| audit_archives());
    view! {
        <Title text=t!("audit-title")/>
        <h1>{t!("audit-title")}</h1>
        <p class="lead">{t!("audit-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let current = filter();
                let csv = format!("{}?{}", routes::AUDIT_CSV, current.query());
                match events.await {
                    Ok(events) => view! { <AuditFilterForm current/> <AuditTable events csv/> }.into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move { archived.await.ok().map(|archives| view! { <Archives archives/> }) })}
        </Suspense>
    }
}

#[component]
fn AuditFilterForm(current: AuditFilter) -> impl IntoView {
    let locale = locale();
    // The values are the stored labels (the filter matches them); the words are the reader's.
    let outcomes = AuditOutcome::ALL
        .map(|o| view! { <option value=o.label() selected=current.outcome == o.label()>{o.name(locale)}</option> })
        .collect_view();
    let actions = AuditAction::ALL
        .map(|a| view! { <option value=a.label() selected=current.action == a.label()>{a.name(locale)}</option> })
        .collect_view();
    // A plain GET form: the filter is in the address, so it works without JavaScript and can be bookmarked.
    view! {
        <form method="get" action=routes::AUDIT class="audit-filter">
            <div class="field">
                <label for="audit-text">{t!("audit-filter-text")}</label>
                <input id="audit-text" name="text" type="search" value=current.text/>
            </div>
            <div class="field">
                <label for="audit-actor">{t!("audit-filter-actor")}</label>
                <input id="audit-actor" name="actor" type="search" value=current.actor/>
            </div>
            <div class="field">
                <label for="audit-target">{t!("audit-filter-target")}</label>
                <input id="audit-target" name="target" type="search" value=current.target/>
            </div>
            <div class="field">
                <label for="audit-action">{t!("audit-col-what")}</label>
                <select id="audit-action" name="action">
                    <option value="">{t!("audit-filter-any")}</option>
                    {actions}
                </select>
            </div>
            <div class="field">
                <label for="audit-outcome">{t!("audit-col-outcome")}</label>
                <select id="audit-outcome" name="outcome">
                    <option value="">{t!("audit-filter-any")}</option>
                    {outcomes}
                </select>
            </div>
            <div class="field">
                <label for="audit-since">{t!("audit-filter-since")}</label>
                <input id="audit-since" name="since" type="date" value=current.since/>
            </div>
            <div class="field">
                <label for="audit-until">{t!("audit-filter-until")}</label>
                <input id="audit-until" name="until" type="date" value=current.until/>
            </div>
            <div class="field">
                <label for="audit-request">{t!("audit-filter-request")}</label>
                <input id="audit-request" name="request" type="text" inputmode="numeric" value=current.request/>
            </div>
            <button type="submit" class="button secondary">{t!("audit-filter")}</button>
        </form>
    }
}

#[component]
fn AuditTable(events: Vec<AuditEvent>, csv: String) -> impl IntoView {
    let count = events.len();
    let locale = locale();
    let rows = events
        .into_iter()
        .map(|e| {
            view! {
                <tr>
                    <td><time datetime=e.at.clone()>{e.at.clone()}</time></td>
                    <td>{e.actor}</td>
                    <td>{e.action.name(locale)}</td>
                    <td class="target">{e.target}</td>
                    <td class="options">{e.options}</td>
                    <td>{e.outcome.name(locale)}</td>
                    <td class="request-id">{e.request_id.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>
            {t!("audit-count", count = count)}" "
            <a href=csv rel="external" download="guestlist-audit.csv">{t!("audit-download")}</a>
        </p>
        <DataTable class="audit" headings=vec![t!("audit-col-when"), t!("audit-col-who"), t!("audit-col-what"), t!("audit-col-target"), t!("audit-col-options"), t!("audit-col-outcome"), t!("audit-col-request-id")]>
            {rows}
        </DataTable>
    }
}

/// The archives of rows past the retention (Settings): where each file is and what it holds.
#[component]
fn Archives(archives: Vec<Archive>) -> impl IntoView {
    let locale = locale();
    let rows = archives
        .into_iter()
        .map(|a| view! {
            <tr>
                <td>{a.archived_at}</td>
                <td>{t!("audit-archive-rows", first = a.first_id.to_string(), last = a.last_id.to_string())}</td>
                <td>{i18n::number(locale, a.row_count as f64)}</td>
                <td>{a.archived_before}</td>
                <td class="target">{a.file}</td>
            </tr>
        })
        .collect_view();
    view! {
        <h2>{t!("audit-archives")}</h2>
        <p>
            {t!("audit-archives-before")} " " <a href=routes::SETTINGS>{t!("audit-archives-settings")}</a>
            {t!("audit-archives-after")}
        </p>
        <DataTable class="archives" headings=vec![t!("audit-archive-col-at"), t!("audit-archive-col-rows"), t!("audit-archive-col-count"), t!("audit-archive-col-before"), t!("audit-archive-col-file")]>{rows}</DataTable>
    }
}
