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
        started.map(|id| (routes::review_campaign(&id.to_string()), vec!["The campaign has started: its reviewers see their guests in My guests.".to_owned()]))
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
    view! { <Loaded data content=|data| view! { <CampaignsView data/> } title="Review campaigns" back=routes::HOME back_label="Back to the home page"/> }
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
                    <td>{format!("{} – {}", c.starts, c.ends)}</td>
                    <td>{format!("{} of {}", c.decided, c.items)}</td>
                    <td>{c.state}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text="Review campaigns"/>
        <h1>"Review campaigns"</h1>
        <NoticeView notice=data.notice/>
        <p class="lead">"Each guest's sponsors confirm whether the guest still needs access. Nothing changes until the campaign has ended and an Admin applies it after its dry run."</p>
        <p><a href=routes::REVIEW_RULES>"Lifecycle rules and the kill switch"</a></p>
        <DataTable class="campaigns" headings=vec!["Campaign".into(), "Guests".into(), "Runs".into(), "Decided".into(), "State".into()]>{rows}</DataTable>
        <h2 id="new">"Start a campaign"</h2>
        <ActionForm action=start attr:class="invite-form">
            <TextField name="form[name]" label="Name" help="Such as “Contoso guests, first half 2027”." value=String::new() required=true/>
            <div class="field">
                <label for="scope">"Which guests"</label>
                <select id="scope" name="form[scope]">
                    <option value="all">"All guests"</option>
                    <option value="domain">"Guests of a domain"</option>
                    <option value="group">"Guests in a group"</option>
                    <option value="inactive">"Guests inactive for more than N days"</option>
                    <option value="pending">"Invitations pending for more than N days"</option>
                </select>
            </div>
            <TextField name="form[value]" label="Domain, group id or days" help="contoso.com for a domain; the group's object id; a number of days for inactive or pending. Empty for all guests." value=String::new()/>
            <TextField name="form[fallback]" label="Fallback reviewer" help="E-mail address of who reviews guests without a sponsor who can act, and those a sponsor does not know. Empty: you." value=String::new()/>
            <TextField name="form[starts]" label="Starts" kind="date" help="Empty: today." value=String::new()/>
            <TextField name="form[ends]" label="Ends" kind="date" help="Reminders go half-way and two days before the end, only to reviewers with open items." value=String::new() required=true/>
            <div class="field">
                <label for="unreviewed">"Guests nobody reviewed"</label>
                <select id="unreviewed" name="form[unreviewed]">
                    <option value="no_change">"Nothing changes"</option>
                    <option value="keep">"They keep their access"</option>
                    <option value="end">"Their access ends (the dry run warns above the cap)"</option>
                </select>
            </div>
            <button type="submit" class="button">"Start the campaign"</button>
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
    view! { <Loaded data content=|data| view! { <CampaignView data/> } title="Review campaign" back=routes::REVIEWS back_label="Back to Review campaigns"/> }
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
            let label = format!("Remind {}", r.name);
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
                    <td>{r.name}{r.fallback.then_some(" (fallback reviewer)")}</td>
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
            <h2>"Cannot tell"</h2>
            <p>"Guestlist could not tell whether these guests are inactive, so they are not in the campaign and nothing happens to them:"</p>
            <ul>{items}</ul>
        }
    });
    let next = if campaign.applied {
        view! { <p><a href=routes::review_report(&id)>"Read the report"</a></p> }.into_any()
    } else {
        view! { <p><a href=routes::review_plan(&id)>"Dry run: what applying it will do"</a></p> }.into_any()
    };
    view! {
        <Title text=s.name.clone()/>
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=routes::REVIEWS>"Review campaigns"</a></nav>
        <h1>{s.name.clone()}</h1>
        <NoticeView notice/>
        <dl class="facts">
            <dt>"Guests"</dt><dd>{s.scope}</dd>
            <dt>"Runs"</dt><dd>{format!("{} – {}", s.starts, s.ends)}</dd>
            <dt>"State"</dt><dd>{s.state}</dd>
            <dt>"Decided"</dt><dd>{format!("{} of {}", s.decided, s.items)}</dd>
            <dt>"Fallback reviewer"</dt><dd>{campaign.fallback}</dd>
            <dt>"Guests nobody reviewed"</dt><dd>{campaign.unreviewed}</dd>
        </dl>
        {next}
        <h2>"Reviewers"</h2>
        <DataTable class="reviewers" headings=vec!["Reviewer".into(), "Decided".into(), "Open".into(), "Overdue".into(), "Remind".into()]>{rows}</DataTable>
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
    view! { <Loaded data content=|data| view! { <PlanView data/> } title="Dry run" back=routes::REVIEWS back_label="Back to Review campaigns"/> }
}

#[component]
fn PlanView(data: PlanData) -> impl IntoView {
    let apply: ServerAction<ApplyCampaign> = expect_context();
    let PlanData { id, plan, notice } = data;
    let title = format!("Dry run: {}", plan.title);
    let over = plan.over_cap().then(|| {
        format!("This would block {} accounts, more than the {} one run may change. Nothing happens unless you confirm below.", plan.changes, plan.cap)
    });
    let over_cap = over.is_some();
    let form = match plan.blocked.clone() {
        Some(why) => view! { <p class="alert" role="alert">{why}</p> }.into_any(),
        None => view! {
            <ActionForm action=apply attr:class="invite-form">
                <input type="hidden" name="id" value=id.to_string()/>
                {over_cap.then(|| view! { <CheckboxField name="confirm" label="I confirm: apply it although it is over the cap" help="Every change is audited and can be undone from the report until the account is deleted." checked=false/> })}
                <button type="submit" class="button danger">"Apply these changes"</button>
            </ActionForm>
        }
        .into_any(),
    };
    view! {
        <Title text=title.clone()/>
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=routes::review_campaign(&id.to_string())>"Back to the campaign"</a></nav>
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
    view! { <Loaded data content=|data| view! { <ReportView data/> } title="Report" back=routes::REVIEWS back_label="Back to Review campaigns"/> }
}

#[component]
fn ReportView(data: ReportData) -> impl IntoView {
    let undo: ServerAction<UndoReviewItem> = expect_context();
    let ReportData { id, report, notice } = data;
    let chain = if report.intact() {
        view! { <p class="notice" role="status">"Every row matches its hash: nothing was edited after the report was made."</p> }.into_any()
    } else {
        view! { <p class="alert" role="alert">"Rows marked “changed” were edited after the report was made: their hash no longer matches."</p> }.into_any()
    };
    let rows = report
        .rows
        .into_iter()
        .map(|r| {
            let undone = r.undone.map(|on| format!(" Undone on {on}: sign-in allowed again."));
            let undoable = r.undoable.then(|| {
                let label = format!("Undo for {}", r.guest);
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
                    <td class="hash">{if r.tampered { format!("changed — {}", r.hash) } else { r.hash }}</td>
                </tr>
            }
        })
        .collect_view();
    let title = format!("Report: {}", report.campaign);
    view! {
        <Title text=title.clone()/>
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=routes::review_campaign(&id.to_string())>"Back to the campaign"</a></nav>
        <h1>{title}</h1>
        <NoticeView notice/>
        <p>{format!("{} · applied {}", report.scope, report.applied)}</p>
        {chain}
        <p><a href=routes::review_report_csv(&id.to_string()) rel="external" download=format!("guestlist-review-{id}.csv")>"Download the report as CSV (with its hash chain)"</a></p>
        <DataTable class="report" headings=vec!["Guest".into(), "Decision".into(), "By".into(), "When".into(), "Why".into(), "What happened".into(), "Hash".into()]>{rows}</DataTable>
    }
}
