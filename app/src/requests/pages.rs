//! The Approvals list, one request's page with its two buttons, and My requests.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{ApprovalData, ApprovalsData, Approve, Deny, InvitationRequest, MyRequestsData, Notice, RequestState};
use crate::routes;
use crate::widgets::{answer_view, DataTable, Loaded};

/// A stored time as a day and time (UTC) for the tables.
fn when(at: &str) -> String {
    at.get(..16).map(|t| format!("{} UTC", t.replace('T', " "))).unwrap_or_else(|| at.to_owned())
}

fn notice_view(notice: Option<Notice>) -> Option<AnyView> {
    notice.map(|Notice { done, text }| answer_view(done, vec![text]))
}

#[component]
pub fn ApprovalsPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| super::approvals_page());
    view! { <Loaded data content=|data| view! { <ApprovalsView data/> } title="Approvals" back=routes::HOME back_label="Back to the home page"/> }
}

#[component]
fn ApprovalsView(data: ApprovalsData) -> impl IntoView {
    let ApprovalsData { pending, decided, notice } = data;
    let pending_list = if pending.is_empty() {
        view! { <p>"No request is waiting for an answer."</p> }.into_any()
    } else {
        let rows = pending
            .into_iter()
            .map(|r| {
                let open = if r.can_decide { format!("Approve or deny the request for {}", r.email) } else { format!("See the request for {} (yours: another approver decides)", r.email) };
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
        view! { <DataTable class="requests" headings=vec!["Asked".into(), "By".into(), "Guest".into(), "Reason".into(), "Expires".into(), "Answer".into()]>{rows}</DataTable> }.into_any()
    };
    let decided_list = (!decided.is_empty()).then(|| {
        let rows = decided.into_iter().map(|r| view! { <DecidedRow r/> }).collect_view();
        view! {
            <h2>"Answered lately"</h2>
            <DataTable class="requests" headings=vec!["Asked".into(), "By".into(), "Guest".into(), "Answer".into(), "Answered by".into(), "Comment".into()]>{rows}</DataTable>
        }
    });
    view! {
        <Title text="Approvals"/>
        <h1>"Approvals"</h1>
        <p class="lead">
            "Colleagues who may not invite guests themselves ask here. Approve a request to send the invitation "
            "with Guestlist's own identity, the colleague as the guest's sponsor; deny it with a comment. "
            "Either way they are told by mail and see it on My requests."
        </p>
        {notice_view(notice)}
        <h2>"Waiting for an answer"</h2>
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
            <td>{r.state.label()}</td>
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
    view! { <Loaded data content=|data| view! { <ApprovalView data/> } title="Invitation request" back=routes::APPROVALS back_label="Back to Approvals"/> }
}

/// A labelled line of the request, left out when empty.
fn detail(label: &'static str, value: String) -> Option<impl IntoView> {
    (!value.trim().is_empty()).then(|| view! { <dt>{label}</dt><dd class="pre">{value}</dd> })
}

#[component]
fn ApprovalView(data: ApprovalData) -> impl IntoView {
    let ApprovalData { request: r, notice } = data;
    let (approve, deny) = expect_context::<(ServerAction<Approve>, ServerAction<Deny>)>();
    let title = format!("Request to invite {}", r.email);
    let form = r.form.clone();
    let answer = if r.can_decide {
        let (approve_id, deny_id) = (r.id.to_string(), r.id.to_string());
        let (groups, sponsors) = (form.groups.clone(), form.sponsors.clone());
        let approve_label = format!("Approve and invite {}", r.email);
        view! {
            <section aria-labelledby="approve-heading">
                <h2 id="approve-heading">"Approve"</h2>
                <ActionForm action=approve attr:class="approve-form">
                    <input type="hidden" name="id" value=approve_id/>
                    <div class="field">
                        <label for="groups">"Add to groups"</label>
                        <textarea id="groups" name="groups" rows="2" aria-describedby="groups-help">{groups}</textarea>
                        <p class="help" id="groups-help">"Group names or group e-mail addresses, one a line, as the requester asked; change them if needed."</p>
                    </div>
                    <div class="field">
                        <label for="sponsors">"Sponsors"</label>
                        <textarea id="sponsors" name="sponsors" rows="2" aria-describedby="sponsors-help">{sponsors}</textarea>
                        <p class="help" id="sponsors-help">"E-mail addresses or group names, one a line. Leave empty and the requester is the sponsor."</p>
                    </div>
                    <div class="field">
                        <label for="approve-comment">"Comment for the requester (optional)"</label>
                        <textarea id="approve-comment" name="comment" rows="2"></textarea>
                    </div>
                    <button type="submit" class="button primary">{approve_label}</button>
                </ActionForm>
            </section>
            <section aria-labelledby="deny-heading">
                <h2 id="deny-heading">"Deny"</h2>
                <ActionForm action=deny attr:class="deny-form">
                    <input type="hidden" name="id" value=deny_id/>
                    <div class="field">
                        <label for="deny-comment">"Why not (the requester reads this)"</label>
                        <textarea id="deny-comment" name="comment" rows="2"></textarea>
                    </div>
                    <button type="submit" class="button secondary">"Deny the request"</button>
                </ActionForm>
            </section>
        }
        .into_any()
    } else if r.state == RequestState::Pending {
        view! { <p>"You asked for this invitation yourself, so another approver decides it."</p> }.into_any()
    } else {
        let by = r.decided_by.clone().unwrap_or_default();
        let on = r.decided_at.as_deref().map(when).unwrap_or_default();
        view! { <p><strong>{r.state.label()}</strong>{format!(" — {by}, {on}.")}</p> }.into_any()
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        {notice_view(notice)}
        <dl class="request-details">
            <dt>"Asked by"</dt><dd>{r.requester.clone()}</dd>
            <dt>"Asked on"</dt><dd>{when(&r.asked_at)}</dd>
            <dt>"Expires"</dt><dd>{when(&r.expires_at)}</dd>
            <dt>"Why a request"</dt><dd>{r.why_request.clone()}</dd>
            <dt>"Business reason"</dt><dd class="pre">{r.reason.clone()}</dd>
            {detail("Display name", form.display_name.clone())}
            {detail("Company", form.company.clone())}
            {detail("Job title", form.job_title.clone())}
            {detail("Groups asked for", form.groups.clone())}
            {detail("Sponsors asked for", form.sponsors.clone())}
            {detail("Message to the guest", form.message.clone())}
            {detail("Page after acceptance", form.redirect_url.clone())}
            {detail("Comment", r.comment.clone().unwrap_or_default())}
        </dl>
        {answer}
        <p>
            <a href=format!("{}?request={}", routes::AUDIT, r.id)>"The audit trail of this request"</a>
            " · "
            <a href=routes::APPROVALS>"Back to Approvals"</a>
        </p>
    }
}

#[component]
pub fn MyRequestsPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| super::my_requests_page());
    view! { <Loaded data content=|data| view! { <MyRequestsView data/> } title="My requests" back=routes::HOME back_label="Back to the home page"/> }
}

#[component]
fn MyRequestsView(data: MyRequestsData) -> impl IntoView {
    let MyRequestsData { requests, notice } = data;
    let list = if requests.is_empty() {
        view! { <p>"You have not asked for an invitation yet. Ask on the " <a href=routes::INVITE>"Invite"</a> " page."</p> }.into_any()
    } else {
        let rows = requests
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <td>{r.email.clone()}</td>
                        <td>{when(&r.asked_at)}</td>
                        <td>{r.state.label()}</td>
                        <td>{r.decided_by.clone().unwrap_or_default()}</td>
                        <td>{r.comment.clone().unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="requests" headings=vec!["Guest".into(), "Asked".into(), "Answer".into(), "Answered by".into(), "Comment".into()]>{rows}</DataTable> }.into_any()
    };
    view! {
        <Title text="My requests"/>
        <h1>"My requests"</h1>
        {notice.map(|text| answer_view(true, vec![text]))}
        <p class="lead">"Your requests to invite guests and their answers. You are told by mail too."</p>
        {list}
    }
}
