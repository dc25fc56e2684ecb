//! Review campaigns (`/reviews`) and lifecycle rules (`/reviews/rules`), for Admins: start a
//! campaign over a scope, follow it per reviewer (with a reminder button), look at its dry run
//! and apply it once it has ended, read its report (printable, and as CSV with its hash chain);
//! keep the rules that run every day, their dry run, what they changed (with undo), and the kill
//! switch. Reviewers decide in My guests.
//!
//! Every form is a plain POST to a thin server function whose answer waits in the session for
//! the page after the redirect; the services check the role and audit each step.

mod campaigns;
mod rules;

pub use campaigns::{CampaignPage, CampaignPlanPage, CampaignReportPage, CampaignsPage};
pub use rules::{LifecycleRulesPage, RulesPlanPage};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use services::reviews::{Plan, PlanLine};

use crate::t;
use crate::widgets::DataTable;

#[cfg(feature = "ssr")]
pub use server::report_csv;

/// The answer to an action, shown once on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub done: bool,
    pub lines: Vec<String>,
}

#[cfg(feature = "ssr")]
mod server {
    use axum::extract::{Extension, Path};
    use axum::http::header;
    use axum::response::{IntoResponse, Response};
    use services::directory::{Answer, Refused};
    use services::Context;
    use tower_sessions::Session;

    use super::Notice;
    use crate::error::PageError;
    use crate::server::{redirect_with, Me};

    /// Session key of the last action's [`Notice`].
    pub const NOTICE: &str = "reviews_notice";

    /// To `then` with what happened: the change, or why it was refused.
    pub async fn answered(me: &Me, result: Answer<Vec<String>>, then: &str) -> Result<(), PageError> {
        me.save().await?;
        let notice = match result? {
            Ok(lines) => Notice { done: true, lines },
            Err(Refused(lines)) => Notice { done: false, lines },
        };
        redirect_with(NOTICE, &notice, then).await
    }

    /// `GET /reviews/{id}/report.csv`: an applied campaign's report with its hash chain (Admins).
    pub async fn report_csv(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, Path(id): Path<String>) -> Response {
        // Any other id is no campaign's: the services check the role before looking it up.
        let id: i64 = id.parse().unwrap_or_default();
        let csv = async {
            let me = Me::from_session(ctx, session, locale).await?;
            Ok::<_, PageError>(services::reviews::report_csv(&me.ctx, &me.actor, id).await?)
        };
        match csv.await {
            Ok(csv) => {
                let disposition = format!("attachment; filename=\"guestlist-review-{id}.csv\"");
                ([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)], csv).into_response()
            }
            Err(error) => error.into_response(),
        }
    }
}

#[component]
fn NoticeView(notice: Option<Notice>) -> impl IntoView {
    notice.map(|n| crate::widgets::answer_view(n.done, n.lines))
}

/// A dry run's table: who, what happens, why, and the evidence read.
#[component]
fn PlanTable(plan: Plan) -> impl IntoView {
    let summary = t!("reviews-plan-summary", guests = plan.lines.len(), changes = plan.changes, cap = plan.cap);
    let rows = plan
        .lines
        .into_iter()
        .map(|PlanLine { guest, change, why, evidence, changes_account, .. }| {
            view! {
                <tr class:changes=changes_account>
                    <td>{guest}</td>
                    <td>{change}</td>
                    <td>{why}</td>
                    <td class="evidence">{evidence}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>{summary}</p>
        <DataTable class="plan" headings=vec![t!("reviews-col-guest"), t!("reviews-col-what-happens"), t!("reviews-why"), t!("reviews-col-evidence-read")]>
            {rows}
        </DataTable>
    }
}
