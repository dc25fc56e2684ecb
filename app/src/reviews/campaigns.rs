//! The campaign pages: the list with the New campaign form, one campaign's progress per
//! reviewer, its dry run with Apply, and its report.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};
use services::reviews::{Campaign, CampaignForm, CampaignSummary, Plan, Report};

use super::{Notice, NoticeView, PlanTable};
use crate::error::PageError;
use crate::routes;
use crate::t;
use crate::widgets::{CheckboxField, DataTable, Loaded, TextField};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignsData {
    pub campaigns: Vec<CampaignSummary>,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignData {
    pub campaign: Campaign,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanData {
    pub id: i64,
    pub plan: Plan,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportData {
    pub id: i64,
    pub report: Report,
    pub notice: Option<Notice>,
}

#[server(endpoint = "reviews/list")]
pub async fn load_campaigns() -> Result<CampaignsData, PageError> {
    let me = crate::server::Me::load().await?;
    let campaigns = services::reviews::campaigns(&me.ctx, &me.actor).await?;
    Ok(CampaignsData { campaigns, notice: crate::server::take(super::server::NOTICE).await? })
}

#[server(endpoint = "reviews/start")]
pub async fn start_campaign(form: CampaignForm) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::start(&me.ctx, &me.actor, &form).await.map(|started| {
        started.map(|id| (routes::review_campaign(&id.to_string()), vec![t!("reviews-started")]))
    });
    let then = match &result {
        Ok(Ok((path, _))) => path.clone(),
        _ => routes::REVIEWS.to_owned(),
    };
    super::server::answered(&me, result.map(|r| r.map(|(_, lines)| lines)), &then).await
}

#[server(endpoint = "reviews/campaign")]
pub async fn load_campaign(id: i64) -> Result<CampaignData, PageError> {
    let me = crate::server::Me::load().await?;
    let campaign = services::reviews::campaign(&me.ctx, &me.actor, id).await?;
    Ok(CampaignData { campaign, notice: crate::server::take(super::server::NOTICE).await? })
}

#[server(endpoint = "reviews/remind")]
pub async fn remind_reviewer(id: i64, reviewer: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::remind(&me.ctx, &me.actor, id, &reviewer).await;
    super::server::answered(&me, result, &routes::review_campaign(&id.to_string())).await
}

#[server(endpoint = "reviews/plan")]
pub async fn load_plan(id: i64) -> Result<PlanData, PageError> {
    let me = crate::server::Me::load().await?;
    let plan = services::reviews::plan_campaign(&me.ctx, &me.actor, id).await?;
    Ok(PlanData { id, plan, notice: crate::server::take(super::server::NOTICE).await? })
}

#[server(endpoint = "reviews/apply")]
pub async fn apply_campaign(id: i64, confirm: Option<String>) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::apply_campaign(&me.ctx, &me.actor, id, confirm.is_some()).await;
    let then = match &result {
        Ok(Ok(_)) => routes::review_report(&id.to_string()),
        _ => routes::review_plan(&id.to_string()),
    };
    super::server::answered(&me, result, &then).await
}

#[server(endpoint = "reviews/report")]
pub async fn load_report(id: i64) -> Result<ReportData, PageError> {
    let me = crate::server::Me::load().await?;
    let report = services::reviews::report(&me.ctx, &me.actor, id).await?;
    Ok(ReportData { id, report, notice: crate::server::take(super::server::NOTICE).await? })
}

#[server(endpoint = "reviews/undo")]
pub async fn undo_review_item(id: i64, item: i64) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::undo_campaign_item(&me.ctx, &me.actor, item).await;
    super::server::answered(&me, result, &routes::review_report(&id.to_string())).await
}

fn id_param() -> impl Fn() -> i64 + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get("id").and_then(|id| id.parse().ok()).unwrap_or_default()
}

/// `/reviews`.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    let start = ServerAction::<StartCampaign>::new();
    let data = Resource::new_blocking(move || start.version().get(), |_| load_campaigns());
    provide_context(start);
    view! { <Loaded data content=|data| view! { <CampaignsView data/> } title=t!("reviews-campaigns") back=routes::HOME back_label=t!("sponsors-back-home")/> }
}

#[component]
fn CampaignsView(data: CampaignsData) -> impl IntoView {
    let start: ServerAction<StartCampaign> = expect_context();
    let rows = data
        .campaigns
        .into_iter()
        .map(|c| {
            view! {
                <tr>
                    <td><a href=routes::review_campaign(&c.id.to_string())>{c.name}</a></td>
                    <td>{c.scope}</td>
                    <td>{t!("reviews-runs", starts = c.starts.as_str(), ends = c.ends.as_str())}</td>
                    <td>{t!("reviews-decided-of", decided = c.decided, items = c.items)}</td>
                    <td>{c.state}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=t!("reviews-campaigns")/>
        <h1>{t!("reviews-campaigns")}</h1>
        <NoticeView notice=data.notice/>
        <p class="lead">{t!("reviews-campaigns-lead")}</p>
        <p><a href=routes::REVIEW_RULES>{t!("reviews-rules-link")}</a></p>
        <DataTable
            class="campaigns"
            headings=vec![t!("reviews-col-campaign"), t!("reviews-col-guests"), t!("reviews-col-runs"), t!("reviews-col-decided"), t!("reviews-col-state")]
        >
            {rows}
        </DataTable>
        <h2 id="new">{t!("reviews-start-heading")}</h2>
        <ActionForm action=start attr:class="invite-form">
            <TextField name="form[name]" label=t!("reviews-name") help=t!("reviews-name-help") value=String::new() required=true/>
            <div class="field">
                <label for="scope">{t!("reviews-which-guests")}</label>
                <select id="scope" name="form[scope]">
                    <option value="all">{t!("reviews-scope-all")}</option>
                    <option value="domain">{t!("reviews-option-domain")}</option>
                    <option value="group">{t!("reviews-option-group")}</option>
                    <option value="inactive">{t!("reviews-option-inactive")}</option>
                    <option value="pending">{t!("reviews-option-pending")}</option>
                </select>
            </div>
            <TextField name="form[value]" label=t!("reviews-value") help=t!("reviews-value-help") value=String::new()/>
            <TextField name="form[fallback]" label=t!("reviews-fallback") help=t!("reviews-fallback-help") value=String::new()/>
            <TextField name="form[starts]" label=t!("reviews-starts") kind="date" help=t!("reviews-starts-help") value=String::new()/>
            <TextField name="form[ends]" label=t!("reviews-ends") kind="date" help=t!("reviews-ends-help") value=String::new() required=true/>
            <div class="field">
                <label for="unreviewed">{t!("reviews-nobody-reviewed")}</label>
                <select id="unreviewed" name="form[unreviewed]">
                    <option value="no_change">{t!("reviews-unreviewed-no-change")}</option>
                    <option value="keep">{t!("reviews-unreviewed-keep")}</option>
                    <option value="end">{t!("reviews-option-unreviewed-end")}</option>
                </select>
            </div>
            <button type="submit" class="button">{t!("reviews-start-button")}</button>
        </ActionForm>
    }
}

/// `/reviews/{id}`: progress per reviewer, with a reminder button.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let id = id_param();
    let remind = ServerAction::<RemindReviewer>::new();
    provide_context(remind);
    let data = Resource::new_blocking(move || (id(), remind.version().get()), |(id, _)| load_campaign(id));
    view! { <Loaded data content=|data| view! { <CampaignView data/> } title=t!("reviews-campaign") back=routes::REVIEWS back_label=t!("reviews-back-campaigns")/> }
}

#[component]
fn CampaignView(data: CampaignData) -> impl IntoView {
    let remind: ServerAction<RemindReviewer> = expect_context();
    let CampaignData { campaign, notice } = data;
    let s = campaign.summary;
    let id = s.id.to_string();
    let rows = campaign
        .reviewers
        .into_iter()
        .map(|r| {
            let label = t!("reviews-remind", name = r.name.as_str());
            let button = (r.open > 0 && !campaign.applied).then(|| {
                view! {
                    <ActionForm action=remind>
                        <input type="hidden" name="id" value=s.id.to_string()/>
                        <input type="hidden" name="reviewer" value=r.id.clone()/>
                        <button type="submit" class="button secondary">{label}</button>
                    </ActionForm>
                }
            });
            view! {
                <tr>
                    <td>{r.name}{r.fallback.then(|| t!("reviews-fallback-mark"))}</td>
                    <td>{r.decided}</td>
                    <td>{r.open}</td>
                    <td>{r.overdue}</td>
                    <td>{button}</td>
                </tr>
            }
        })
        .collect_view();
    let cannot_tell = (!campaign.cannot_tell.is_empty()).then(|| {
        let items = campaign.cannot_tell.into_iter().map(|c| view! { <li>{c}</li> }).collect_view();
        view! {
            <h2>{t!("reviews-cannot-tell")}</h2>
            <p>{t!("reviews-cannot-tell-lead")}</p>
            <ul>{items}</ul>
        }
    });
    let next = if campaign.applied {
        view! { <p><a href=routes::review_report(&id)>{t!("reviews-read-report")}</a></p> }.into_any()
    } else {
        view! { <p><a href=routes::review_plan(&id)>{t!("reviews-plan-link")}</a></p> }.into_any()
    };
    view! {
        <Title text=s.name.clone()/>
        <nav class="breadcrumb" aria-label=t!("reviews-breadcrumb")><a href=routes::REVIEWS>{t!("reviews-campaigns")}</a></nav>
        <h1>{s.name.clone()}</h1>
        <NoticeView notice/>
        <dl class="facts">
            <dt>{t!("reviews-col-guests")}</dt><dd>{s.scope}</dd>
            <dt>{t!("reviews-col-runs")}</dt><dd>{t!("reviews-runs", starts = s.starts.as_str(), ends = s.ends.as_str())}</dd>
            <dt>{t!("reviews-col-state")}</dt><dd>{s.state}</dd>
            <dt>{t!("reviews-col-decided")}</dt><dd>{t!("reviews-decided-of", decided = s.decided, items = s.items)}</dd>
            <dt>{t!("reviews-fallback")}</dt><dd>{campaign.fallback}</dd>
            <dt>{t!("reviews-nobody-reviewed")}</dt><dd>{campaign.unreviewed}</dd>
        </dl>
        {next}
        <h2>{t!("reviews-reviewers")}</h2>
        <DataTable
            class="reviewers"
            headings=vec![t!("reviews-col-reviewer"), t!("reviews-col-decided"), t!("reviews-col-open"), t!("reviews-col-overdue"), t!("reviews-col-remind")]
        >
            {rows}
        </DataTable>
        {cannot_tell}
    }
}

/// `/reviews/{id}/dry-run`: exactly what applying does, and Apply.
#[component]
pub fn CampaignPlanPage() -> impl IntoView {
    let id = id_param();
    let apply = ServerAction::<ApplyCampaign>::new();
    provide_context(apply);
    let data = Resource::new_blocking(move || (id(), apply.version().get()), |(id, _)| load_plan(id));
    view! { <Loaded data content=|data| view! { <PlanView data/> } title=t!("reviews-dry-run") back=routes::REVIEWS back_label=t!("reviews-back-campaigns")/> }
}

#[component]
fn PlanView(data: PlanData) -> impl IntoView {
    let apply: ServerAction<ApplyCampaign> = expect_context();
    let PlanData { id, plan, notice } = data;
    let title = t!("reviews-dry-run-of", name = plan.title.as_str());
    let over = plan.over_cap().then(|| t!("reviews-over-cap", changes = plan.changes, cap = plan.cap));
    let over_cap = over.is_some();
    let form = match plan.blocked.clone() {
        Some(why) => view! { <p class="alert" role="alert">{why}</p> }.into_any(),
        None => view! {
            <ActionForm action=apply attr:class="invite-form">
                <input type="hidden" name="id" value=id.to_string()/>
                {over_cap.then(|| view! { <CheckboxField name="confirm" label=t!("reviews-confirm-over-cap") help=t!("reviews-confirm-over-cap-help") checked=false/> })}
                <button type="submit" class="button danger">{t!("reviews-apply-button")}</button>
            </ActionForm>
        }
        .into_any(),
    };
    view! {
        <Title text=title.clone()/>
        <nav class="breadcrumb" aria-label=t!("reviews-breadcrumb")><a href=routes::review_campaign(&id.to_string())>{t!("reviews-back-campaign")}</a></nav>
        <h1>{title}</h1>
        <NoticeView notice/>
        {over.map(|text| view! { <p class="alert" role="alert">{text}</p> })}
        <PlanTable plan/>
        {form}
    }
}

/// `/reviews/{id}/report`: every decision, who, when, why, and what applying did; printable.
#[component]
pub fn CampaignReportPage() -> impl IntoView {
    let id = id_param();
    let undo = ServerAction::<UndoReviewItem>::new();
    provide_context(undo);
    let data = Resource::new_blocking(move || (id(), undo.version().get()), |(id, _)| load_report(id));
    view! { <Loaded data content=|data| view! { <ReportView data/> } title=t!("reviews-report") back=routes::REVIEWS back_label=t!("reviews-back-campaigns")/> }
}

#[component]
fn ReportView(data: ReportData) -> impl IntoView {
    let undo: ServerAction<UndoReviewItem> = expect_context();
    let ReportData { id, report, notice } = data;
    let chain = if report.intact() {
        view! { <p class="notice" role="status">{t!("reviews-report-intact")}</p> }.into_any()
    } else {
        view! { <p class="alert" role="alert">{t!("reviews-report-tampered")}</p> }.into_any()
    };
    let rows = report
        .rows
        .into_iter()
        .map(|r| {
            let undone = r.undone.map(|on| format!(" {}", t!("reviews-report-undone", date = on)));
            let undoable = r.undoable.then(|| {
                let label = t!("reviews-undo-for", name = r.guest.as_str());
                view! {
                    <ActionForm action=undo>
                        <input type="hidden" name="id" value=id.to_string()/>
                        <input type="hidden" name="item" value=r.item.to_string()/>
                        <button type="submit" class="button secondary">{label}</button>
                    </ActionForm>
                }
            });
            view! {
                <tr class:tampered=r.tampered>
                    <td>{r.guest}</td>
                    <td>{r.decision}</td>
                    <td>{r.decided_by}</td>
                    <td>{r.decided_at}</td>
                    <td>{r.justification}</td>
                    <td>{r.outcome}{undone}{undoable}</td>
                    <td class="hash">{if r.tampered { t!("reviews-report-changed", hash = r.hash) } else { r.hash }}</td>
                </tr>
            }
        })
        .collect_view();
    let title = t!("reviews-report-of", name = report.campaign.as_str());
    view! {
        <Title text=title.clone()/>
        <nav class="breadcrumb" aria-label=t!("reviews-breadcrumb")><a href=routes::review_campaign(&id.to_string())>{t!("reviews-back-campaign")}</a></nav>
        <h1>{title}</h1>
        <NoticeView notice/>
        <p>{t!("reviews-report-scope-applied", scope = report.scope.as_str(), applied = report.applied.as_str())}</p>
        {chain}
        <p><a href=routes::review_report_csv(&id.to_string()) rel="external" download=format!("guestlist-review-{id}.csv")>{t!("reviews-report-csv")}</a></p>
        <DataTable
            class="report"
            headings=vec![
                t!("reviews-col-guest"),
                t!("reviews-decision"),
                t!("reviews-col-by"),
                t!("reviews-col-when"),
                t!("reviews-why"),
                t!("reviews-col-what-happened"),
                t!("reviews-col-hash"),
            ]
        >
            {rows}
        </DataTable>
    }
}
