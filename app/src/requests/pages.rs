//! The Approvals list, one request's page with its two buttons, and My requests.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{ApprovalData, ApprovalsData, Approve, Deny, InvitationRequest, MyRequestsData, Notice, RequestState};
use crate::lang::locale;
use crate::routes;
use crate::t;
use crate::widgets::{answer_view, DataTable, Loaded};

/// A stored time as a day and time (UTC) in the page's language, for the tables.
fn when(at: &str) -> String {
    services::configuration::date_time_of(locale(), at)
}

fn notice_view(notice: Option<Notice>) -> Option<AnyView> {
    notice.map(|Notice { done, text }| answer_view(done, vec![text]))
}

#[component]
pub fn ApprovalsPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| super::approvals_page());
    view! { <Loaded data content=|data| view! { <ApprovalsView data/> } title=t!("requests-approvals-title") back=routes::HOME back_label=t!("requests-back-home")/> }
}

#[component]
fn ApprovalsView(data: ApprovalsData) -> impl IntoView {
    let ApprovalsData { pending, decided, notice } = data;
    let pending_list = if pending.is_empty() {
        view! { <p>{t!("requests-none-waiting")}</p> }.into_any()
    } else {
        let rows = pending
            .into_iter()
            .map(|r| {
                let open = if r.can_decide { t!("requests-open-decide", email = r.email.clone()) } else { t!("requests-open-see", email = r.email.clone()) };
                view! {
                    <tr>
                        <td>{when(&r.asked_at)}</td>
                        <td>{r.requester.clone()}</td>
                        <td>{r.email.clone()}</td>
                        <td class="reason">{r.reason.clone()}</td>
                        <td>{when(&r.expires_at)}</td>
                        <td><a href=routes::approval(r.id)>{open}</a></td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="requests" headings=vec![t!("requests-column-asked"), t!("requests-column-by"), t!("requests-column-guest"), t!("requests-column-reason"), t!("requests-column-expires"), t!("requests-column-answer")]>{rows}</DataTable> }.into_any()
    };
    let decided_list = (!decided.is_empty()).then(|| {
        let rows = decided.into_iter().map(|r| view! { <DecidedRow r/> }).collect_view();
        view! {
            <h2>{t!("requests-answered-lately")}</h2>
            <DataTable class="requests" headings=vec![t!("requests-column-asked"), t!("requests-column-by"), t!("requests-column-guest"), t!("requests-column-answer"), t!("requests-column-answered-by"), t!("requests-column-comment")]>{rows}</DataTable>
        }
    });
    view! {
        <Title text=t!("requests-approvals-title")/>
        <h1>{t!("requests-approvals-title")}</h1>
        <p class="lead">
            {t!("requests-approvals-lead")}
        </p>
        {notice_view(notice)}
        <h2>{t!("requests-waiting-heading")}</h2>
        {pending_list}
        {decided_list}
    }
}

#[component]
fn DecidedRow(r: InvitationRequest) -> impl IntoView {
    view! {
        <tr>
            <td>{when(&r.asked_at)}</td>
            <td>{r.requester.clone()}</td>
            <td><a href=routes::approval(r.id)>{r.email.clone()}</a></td>
            <td>{r.state.name(locale())}</td>
            <td>{r.decided_by.clone().unwrap_or_default()}</td>
            <td>{r.comment.clone().unwrap_or_default()}</td>
        </tr>
    }
}

#[component]
pub fn ApprovalPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or_default();
    // With JavaScript the answers are server-function calls: the page reads the request (and the
    // notice the answer left) again after each.
    let approve = ServerAction::<Approve>::new();
    let deny = ServerAction::<Deny>::new();
    let data = Resource::new_blocking(move || (id(), approve.version().get() + deny.version().get()), |(id, _)| super::approval_page(id));
    provide_context((approve, deny));
    view! { <Loaded data content=|data| view! { <ApprovalView data/> } title=t!("requests-request-title") back=routes::APPROVALS back_label=t!("requests-back-approvals")/> }
}

/// A labelled line of the request, left out when empty.
fn detail(label: String, value: String) -> Option<impl IntoView> {
    (!value.trim().is_empty()).then(|| view! { <dt>{label}</dt><dd class="pre">{value}</dd> })
}

#[component]
fn ApprovalView(data: ApprovalData) -> impl IntoView {
    let ApprovalData { request: r, notice } = data;
    let (approve, deny) = expect_context::<(ServerAction<Approve>, ServerAction<Deny>)>();
    let title = t!("requests-request-heading", email = r.email.clone());
    let form = r.form.clone();
    let answer = if r.can_decide {
        let (approve_id, deny_id) = (r.id.to_string(), r.id.to_string());
        let (groups, sponsors) = (form.groups.clone(), form.sponsors.clone());
        let approve_label = t!("requests-approve-button", email = r.email.clone());
        view! {
            <section aria-labelledby="approve-heading">
                <h2 id="approve-heading">{t!("requests-approve-heading")}</h2>
                <ActionForm action=approve attr:class="approve-form">
                    <input type="hidden" name="id" value=approve_id/>
                    <div class="field">
                        <label for="groups">{t!("requests-groups-label")}</label>
                        <textarea id="groups" name="groups" rows="2" aria-describedby="groups-help">{groups}</textarea>
                        <p class="help" id="groups-help">{t!("requests-groups-help")}</p>
                    </div>
                    <div class="field">
                        <label for="sponsors">{t!("requests-sponsors-label")}</label>
                        <textarea id="sponsors" name="sponsors" rows="2" aria-describedby="sponsors-help">{sponsors}</textarea>
                        <p class="help" id="sponsors-help">{t!("requests-sponsors-help")}</p>
                    </div>
                    <div class="field">
                        <label for="approve-comment">{t!("requests-approve-comment-label")}</label>
                        <textarea id="approve-comment" name="comment" rows="2"></textarea>
                    </div>
                    <button type="submit" class="button primary">{approve_label}</button>
                </ActionForm>
            </section>
            <section aria-labelledby="deny-heading">
                <h2 id="deny-heading">{t!("requests-deny-heading")}</h2>
                <ActionForm action=deny attr:class="deny-form">
                    <input type="hidden" name="id" value=deny_id/>
                    <div class="field">
                        <label for="deny-comment">{t!("requests-deny-comment-label")}</label>
                        <textarea id="deny-comment" name="comment" rows="2"></textarea>
                    </div>
                    <button type="submit" class="button secondary">{t!("requests-deny-button")}</button>
                </ActionForm>
            </section>
        }
        .into_any()
    } else if r.state == RequestState::Pending {
        view! { <p>{t!("requests-own-request")}</p> }.into_any()
    } else {
        let by = r.decided_by.clone().unwrap_or_default();
        let on = r.decided_at.as_deref().map(when).unwrap_or_default();
        view! { <p><strong>{r.state.name(locale())}</strong>{t!("requests-decided-by", by = by, at = on)}</p> }.into_any()
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        {notice_view(notice)}
        <dl class="request-details">
            <dt>{t!("requests-asked-by")}</dt><dd>{r.requester.clone()}</dd>
            <dt>{t!("requests-asked-on")}</dt><dd>{when(&r.asked_at)}</dd>
            <dt>{t!("requests-column-expires")}</dt><dd>{when(&r.expires_at)}</dd>
            <dt>{t!("requests-why-request")}</dt><dd>{r.why_request.clone()}</dd>
            <dt>{t!("requests-business-reason")}</dt><dd class="pre">{r.reason.clone()}</dd>
            {detail(t!("requests-detail-display-name"), form.display_name.clone())}
            {detail(t!("requests-detail-company"), form.company.clone())}
            {detail(t!("requests-detail-job-title"), form.job_title.clone())}
            {detail(t!("requests-detail-groups"), form.groups.clone())}
            {detail(t!("requests-detail-sponsors"), form.sponsors.clone())}
            {detail(t!("requests-detail-message"), form.message.clone())}
            {detail(t!("requests-detail-redirect"), form.redirect_url.clone())}
            {detail(t!("requests-column-comment"), r.comment.clone().unwrap_or_default())}
        </dl>
        {answer}
        <p>
            <a href=format!("{}?request={}", routes::AUDIT, r.id)>{t!("requests-audit-link")}</a>
            " · "
            <a href=routes::APPROVALS>{t!("requests-back-approvals")}</a>
        </p>
    }
}

#[component]
pub fn MyRequestsPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| super::my_requests_page());
    view! { <Loaded data content=|data| view! { <MyRequestsView data/> } title=t!("requests-mine-title") back=routes::HOME back_label=t!("requests-back-home")/> }
}

#[component]
fn MyRequestsView(data: MyRequestsData) -> impl IntoView {
    let MyRequestsData { requests, notice } = data;
    let list = if requests.is_empty() {
        view! { <p>{t!("requests-mine-none")} " " {t!("requests-mine-ask-before")} <a href=routes::INVITE>{t!("requests-mine-ask-link")}</a> {t!("requests-mine-ask-after")}</p> }.into_any()
    } else {
        let rows = requests
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <td>{r.email.clone()}</td>
                        <td>{when(&r.asked_at)}</td>
                        <td>{r.state.name(locale())}</td>
                        <td>{r.decided_by.clone().unwrap_or_default()}</td>
                        <td>{r.comment.clone().unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="requests" headings=vec![t!("requests-column-guest"), t!("requests-column-asked"), t!("requests-column-answer"), t!("requests-column-answered-by"), t!("requests-column-comment")]>{rows}</DataTable> }.into_any()
    };
    view! {
        <Title text=t!("requests-mine-title")/>
        <h1>{t!("requests-mine-title")}</h1>
        {notice.map(|text| answer_view(true, vec![text]))}
        <p class="lead">{t!("requests-mine-lead")}</p>
        {list}
    }
}
