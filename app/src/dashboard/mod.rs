//! The Dashboard (administrators only, and their home page): live counts from Microsoft Graph and
//! charts of the background snapshot, each figure a link to the Guests list filtered to exactly
//! those people. "Refresh the figures now" is a plain POST: the worker computes new figures and
//! the page says so until they are there.

use crate::error::PageError;
use crate::nav::{load_for, Audience, ViewerResource};
use crate::routes;
use crate::widgets::chart::BarChart;
use crate::t;
use crate::widgets::{with_slot, Alert, SLOT};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};
use services::guests::dashboard::{Dashboard, LONG_PENDING_DAYS};

/// What the page shows: the figures, and the answer to a refresh asked for just before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardData {
    pub dashboard: Dashboard,
    pub notice: Option<String>,
}

#[cfg(feature = "ssr")]
mod server {
    /// Session key of the answer to "Refresh the figures now".
    pub const NOTICE: &str = "dashboard_notice";
}

/// The Dashboard's figures (administrators only).
#[server(endpoint = "dashboard/page")]
pub async fn dashboard_page() -> Result<DashboardData, PageError> {
    let me = crate::server::Me::load().await?;
    let dashboard = services::guests::dashboard::view(&me.ctx, &me.actor).await?;
    me.save().await?;
    Ok(DashboardData { dashboard, notice: crate::server::take(server::NOTICE).await? })
}

/// Asks the background worker for new figures.
#[server(endpoint = "dashboard/refresh")]
pub async fn refresh_figures() -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    services::guests::dashboard::request_refresh(&me.ctx, &me.actor).await?;
    let notice = t!("dashboard-refresh-notice");
    crate::server::redirect_with(server::NOTICE, &notice, routes::DASHBOARD).await
}

/// `/dashboard`.
#[component]
pub fn DashboardPage() -> impl IntoView {
    view! {
        <Title text=t!("dashboard-title")/>
        <h1>{t!("dashboard-title")}</h1>
        <DashboardPanel/>
    }
}

/// The figures, loaded for this page view; on the Dashboard and on administrators' home page
/// (`only` administrators there).
#[component]
pub fn DashboardPanel(#[prop(optional)] only: Option<Audience>) -> impl IntoView {
    let refresh = ServerAction::<RefreshFigures>::new();
    let viewer = expect_context::<ViewerResource>();
    let data = Resource::new_blocking(move || refresh.version().get(), move |_| load_for(viewer, only, dashboard_page));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(data)) => view! { <Figures data refresh/> }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A count as the page's language writes numbers.
fn count_text(count: u64) -> String {
    i18n::number(crate::lang::locale(), count as f64)
}

#[component]
fn Figures(data: DashboardData, refresh: ServerAction<RefreshFigures>) -> impl IntoView {
    let DashboardData { dashboard, notice } = data;
    let notice = notice.or_else(|| {
        refresh.value().get_untracked().and_then(|answer| answer.err()).map(|error| error.to_string())
    });
    let live = dashboard
        .live
        .into_iter()
        .map(|figure| {
            view! {
                <li>
                    <a class="figure" href=figure.href>
                        <span class="figure-count">{count_text(figure.count)}</span>
                        " "
                        <span class="figure-label">{figure.label}</span>
                    </a>
                    <p class="help">{figure.help}</p>
                </li>
            }
        })
        .collect_view();
    let snapshot = dashboard.snapshot;
    let totals = dashboard.total.map(|total| {
        let without = dashboard.without_sponsor.unwrap_or(0);
        let pending_long = dashboard.pending_long.unwrap_or(0);
        view! {
            <ul class="figures">
                <li>
                    <a class="figure" href=dashboard.total_href.clone()>
                        <span class="figure-count">{count_text(total)}</span>
                        " " <span class="figure-label">{t!("dashboard-total")}</span>
                    </a>
                    <p class="help">{t!("dashboard-total-help")}</p>
                </li>
                <li>
                    <a class="figure" href=dashboard.pending_long_href.clone()>
                        <span class="figure-count">{count_text(pending_long)}</span>
                        " " <span class="figure-label">{t!("dashboard-pending-long", days = LONG_PENDING_DAYS)}</span>
                    </a>
                    <p class="help">{t!("dashboard-pending-long-help", days = LONG_PENDING_DAYS)}</p>
                </li>
                <li>
                    <a class="figure" href=dashboard.without_sponsor_href.clone()>
                        <span class="figure-count">{count_text(without)}</span>
                        " " <span class="figure-label">{t!("dashboard-without-sponsor")}</span>
                    </a>
                    <p class="help">{t!("dashboard-without-sponsor-help", count = without)}</p>
                </li>
            </ul>
        }
    });
    let charts = dashboard.charts.into_iter().map(|chart| view! { <BarChart chart/> }).collect_view();
    let no_figures = snapshot.age.is_none().then(|| {
        view! {
            <p>{t!("dashboard-no-figures")}</p>
        }
    });
    let deleted = t!("dashboard-deleted", link = SLOT);
    view! {
        {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
        <section aria-labelledby="live-heading">
            <h2 id="live-heading">{t!("dashboard-live-heading")}</h2>
            <p class="help">{t!("dashboard-live-help")}</p>
            {dashboard.live_problem.map(|text| view! { <Alert text=t!("dashboard-live-problem", problem = text)/> })}
            <ul class="figures">{live}</ul>
        </section>
        <section aria-labelledby="snapshot-heading">
            <h2 id="snapshot-heading">{t!("dashboard-snapshot-heading")}</h2>
            <p class="snapshot-age">
                {snapshot.age.clone().unwrap_or_default()}
                " " {t!("dashboard-snapshot-help")}
            </p>
            {snapshot.refresh_requested.map(|text| view! { <p class="notice" role="status">{text}</p> })}
            {snapshot.last_error.map(|text| view! { <Alert text=t!("dashboard-last-error", problem = text)/> })}
            {no_figures}
            <ActionForm action=refresh>
                <button type="submit" class="button secondary">{t!("dashboard-refresh-button")}</button>
            </ActionForm>
            {totals}
            <div class="charts">{charts}</div>
        </section>
        <p>{with_slot(deleted, view! { <a href=routes::GUESTS_DELETED>{t!("dashboard-deleted-link")}</a> })}</p>
    }
}
