//! The upload page, the preview (then progress and results) page, and the page that fixes a row.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use services::bulk::{BulkInvite, Column, ExistingChoice, PreviewRow, Progress, RowOutcome, Verdict};

use super::{BulkPageData, ChooseRow, ConfirmBulk, DropRow, FixRow, RetryBulk, SteerBulk};
use crate::routes;
use crate::widgets::{language_options, Alert, DataTable, IslandScripts, Loaded};

/// `/bulk-invite`: the file or the pasted addresses.
#[component]
pub fn BulkInvitePage() -> impl IntoView {
    let problem = Resource::new_blocking(|| (), |_| super::upload_problem());
    view! {
        <Title text="Bulk invite"/>
        <h1>"Bulk invite"</h1>
        <p class="lead">
            "Invite many people at once from a CSV file or a pasted list. Guestlist checks every row first — "
            "who is new, who is already in your directory, what would be refused and why — and sends nothing until you confirm."
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match problem.await {
                    Ok(Some(text)) => view! { <Alert text/> }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
        <UploadForm/>
    }
}

/// The upload form (also on the preview page, to read a file's columns differently).
#[component]
fn UploadForm(#[prop(optional)] headers: Option<Vec<services::bulk::HeaderMapping>>) -> impl IntoView {
    let remap = headers.is_some();
    let mapping = headers.map(|headers| {
        let rows = headers
            .into_iter()
            .enumerate()
            .map(|(index, mapped)| {
                let id = format!("bulk-map-{index}");
                let chosen = mapped.column;
                let options = Column::ALL
                    .into_iter()
                    .map(|column| view! { <option value=column.as_str() selected=chosen == Some(column)>{column.words()}</option> })
                    .collect_view();
                view! {
                    <div class="field">
                        <label for=id.clone()>{format!("Column “{}”", mapped.header)}</label>
                        <select id=id name=format!("map:{}", mapped.header)>
                            <option value="ignore" selected=chosen.is_none()>"Ignore this column"</option>
                            {options}
                        </select>
                    </div>
                }
            })
            .collect_view();
        view! { <fieldset><legend>"What each column holds"</legend>{rows}</fieldset> }
    });
    view! {
        <form method="post" action=routes::BULK_INVITE enctype="multipart/form-data" class="bulk-upload">
            {mapping}
            <div class="field">
                <label for="bulk-file">{if remap { "The same CSV file again" } else { "CSV file" }}</label>
                <input id="bulk-file" type="file" name="file" accept=".csv,.txt,text/csv,text/plain" required=remap aria-describedby="bulk-file-help"/>
                <p class="help" id="bulk-file-help">
                    "Microsoft Entra's bulk invite template as the admin center gives it (version:v1.0), or "
                    <a href=routes::BULK_INVITE_TEMPLATE>"Guestlist's template"</a>
                    " with names, company, sponsors, groups, language, copy recipient and user type. "
                    "Commas or semicolons between cells, with or without Excel's byte order mark; at most 2 MB (10,000 rows)."
                </p>
            </div>
            {(!remap).then(|| view! {
                <div class="field">
                    <label for="bulk-paste">"Or paste e-mail addresses, one a line"</label>
                    <textarea id="bulk-paste" name="paste" rows="8" aria-describedby="bulk-paste-help"></textarea>
                    <p class="help" id="bulk-paste-help">"A line may also be “Name <address>”. Each person gets Microsoft's invitation e-mail, with you as their sponsor."</p>
                </div>
            })}
            <button type="submit" class="button primary">{if remap { "Read the file again with these columns" } else { "Check the rows (nothing is sent yet)" }}</button>
        </form>
    }
}

/// `/bulk-invite/{id}`: the preview; once sent, the progress and each row's result.
#[component]
pub fn BulkPage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new_blocking(move || params.read().get("id").unwrap_or_default(), super::load_bulk);
    view! { <Loaded data content=|data| view! { <BulkView data/> } title="Bulk invite" back=routes::BULK_INVITE back_label="Back to Bulk invite"/> }
}

#[component]
fn BulkView(data: BulkPageData) -> impl IntoView {
    let BulkPageData { status, outcomes, may_reset, may_invite, problem } = data;
    let invite = status.invite;
    let heading = format!("Bulk invite: {}", invite.source);
    let body = if invite.is_confirmed() {
        view! { <JobView invite progress=status.progress outcomes mine=status.mine/> }.into_any()
    } else {
        view! { <PreviewView invite mine=status.mine may_reset may_invite/> }.into_any()
    };
    view! {
        <Title text=heading.clone()/>
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=routes::BULK_INVITE>"Bulk invite"</a></nav>
        <h1>{heading}</h1>
        {problem.map(|text| view! { <Alert text/> })}
        {body}
    }
}

fn hidden(name: &'static str, value: String) -> impl IntoView {
    view! { <input type="hidden" name=name value=value/> }
}

#[component]
fn PreviewView(invite: BulkInvite, mine: bool, may_reset: bool, may_invite: bool) -> impl IntoView {
    let totals = invite.totals();
    let id = invite.id.clone();
    let figures = [
        ("New: will be invited", totals.new),
        ("Need an approver's approval", totals.needs_approval),
        ("Already in the directory", totals.existing),
        ("Blocked", totals.blocked),
        ("Invalid", totals.invalid),
        ("Duplicates in the file", totals.duplicate),
        ("Dropped", totals.dropped),
        ("Will be sent", totals.to_send),
    ]
    .into_iter()
    .map(|(label, n)| view! { <tr><th scope="row">{label}</th><td>{n}</td></tr> })
    .collect_view();
    let errors = (!invite.errors.is_empty()).then(|| {
        let lines = invite.errors.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view();
        view! { <h2>"Lines that could not be read"</h2> <ul class="bulk-errors">{lines}</ul> }
    });
    let remap = (invite.format != services::bulk::Format::Addresses && mine).then(|| {
        let headers = invite.headers.clone();
        view! {
            <details class="bulk-columns">
                <summary>"Columns read wrongly? Say what each holds"</summary>
                <UploadForm headers/>
            </details>
        }
    });
    let rows = invite.rows.iter().cloned().map(|row| view! { <PreviewRowView id=id.clone() row mine may_reset may_invite/> }).collect_view();
    let (send, ask) = (totals.to_send, totals.needs_approval);
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let button = match (send, ask) {
        (send, 0) => format!("Send {send} invitation{}", plural(send)),
        (0, ask) => format!("Ask an approver for {ask} invitation{}", plural(ask)),
        (send, ask) => format!("Send {send} invitation{} and ask an approver for {ask}", plural(send)),
    };
    // One business reason for the file's requests, as on the Invite page's request form.
    let reason = (ask > 0).then(|| {
        view! {
            <div class="field">
                <label for="bulk-reason">"Business reason for the rows that need approval"</label>
                <textarea id="bulk-reason" name="reason" rows="3" required=true aria-describedby="bulk-reason-help"></textarea>
                <p class="help" id="bulk-reason-help">
                    {format!("Why these guests are needed: each of the {ask} rows becomes an invitation request with it, and the approvers decide on it. You follow them on My requests.")}
                </p>
            </div>
        }
    });
    view! {
        <p role="status">{format!("Read as {}. {}", invite.format.words(), invite.summary())}</p>
        <table class="bulk-totals"><caption>"Totals"</caption><tbody>{figures}</tbody></table>
        <p><a href=routes::bulk_invite_preview_csv(&invite.id)>"Download the preview (CSV)"</a></p>
        {errors}
        {remap}
        <DataTable class="bulk-rows" headings=vec!["Line".into(), "E-mail address".into(), "Name".into(), "Found".into(), "Why".into(), "What happens".into(), "Change".into()]>{rows}</DataTable>
        {if mine {
            view! {
                <form method="post" action=ConfirmBulk::PATH class="bulk-confirm">
                    {hidden("id", invite.id.clone())}
                    {reason}
                    <p class="help">"Each row is checked once more as it is sent. You and other administrators can follow the progress on this page."</p>
                    <button type="submit" class="button primary" disabled={send + ask == 0}>{button}</button>
                </form>
            }.into_any()
        } else {
            view! { <p class="help">{format!("Only {} can change or send this bulk invitation.", invite.created_by)}</p> }.into_any()
        }}
        <p><a href=routes::BULK_INVITE>"Start over with another file"</a></p>
    }
}

#[component]
fn PreviewRowView(id: String, row: PreviewRow, mine: bool, may_reset: bool, may_invite: bool) -> impl IntoView {
    let number = row.number.to_string();
    let verdict_class = format!("verdict {}", format!("{:?}", row.verdict).to_lowercase());
    let name = if row.fields.display_name.is_empty() {
        [row.fields.given_name.as_str(), row.fields.surname.as_str()].join(" ").trim().to_owned()
    } else {
        row.fields.display_name.clone()
    };
    let why = row.reasons.iter().map(|r| view! { <p>{r.clone()}</p> }).collect_view();
    // Resending and resetting are for those who may invite themselves.
    let choices = (mine && may_invite && !row.dropped && row.verdict == Verdict::Existing && row.existing.as_ref().is_some_and(|e| e.is_guest || e.state.is_some())).then(|| {
        let select_id = format!("bulk-choice-{}", row.number);
        let options = ExistingChoice::ALL
            .into_iter()
            .filter(|c| may_reset || *c != ExistingChoice::Reset)
            .map(|c| view! { <option value=c.as_str() selected=c == row.choice>{c.words()}</option> })
            .collect_view();
        view! {
            <form method="post" action=ChooseRow::PATH class="inline">
                {hidden("id", id.clone())}
                {hidden("number", number.clone())}
                <label for=select_id.clone()>"For this person"</label>
                <select id=select_id name="choice">{options}</select>
                <button type="submit" class="button">"Save choice"</button>
            </form>
        }
    });
    let actions = mine.then(|| {
        let (value, label) = if row.dropped { ("false", "Keep this row") } else { ("true", "Drop this row") };
        let fix = format!("{}?row={}", routes::bulk_invite_fix(&id), row.number);
        view! {
            {choices}
            <a class="button" href=fix>{format!("Fix line {}", row.line)}</a>
            <form method="post" action=DropRow::PATH class="inline">
                {hidden("id", id.clone())}
                {hidden("number", number.clone())}
                {hidden("dropped", value.to_owned())}
                <button type="submit" class="button">{label}</button>
            </form>
        }
    });
    view! {
        <tr id=format!("row-{}", row.number) class=if row.dropped { "dropped" } else { "" }>
            <td>{row.line}</td>
            <td class="upn">{row.fields.email.clone()}</td>
            <td>{name}</td>
            <td class=verdict_class>{row.verdict.label()}</td>
            <td>{why}</td>
            <td>{row.plan()}</td>
            <td>{actions}</td>
        </tr>
    }
}

/// The job's progress (none when every row became a request) and, once it has ended, each row's result.
#[component]
fn JobView(invite: BulkInvite, progress: Option<Progress>, outcomes: Vec<RowOutcome>, mine: bool) -> impl IntoView {
    let open = progress.as_ref().is_some_and(|p| p.open);
    let paused = progress.as_ref().is_some_and(|p| p.state == services::jobs::JobState::Paused.label());
    let failed = progress.as_ref().map_or(0, |p| p.failed);
    let id = invite.id.clone();
    let steer = |to: &'static str, label: &'static str| {
        view! {
            <form method="post" action=SteerBulk::PATH class="inline">
                {hidden("id", id.clone())}
                {hidden("to", to.to_owned())}
                <button type="submit" class="button">{label}</button>
            </form>
        }
    };
    let controls = open.then(|| {
        let pause_or_resume = if paused { steer("resume", "Resume") } else { steer("pause", "Pause") };
        view! { <div class="bulk-controls">{pause_or_resume}{steer("cancel", "Cancel the rows not sent yet")}</div> }
    });
    let retry = (!open && mine && failed > 0).then(|| {
        view! {
            <form method="post" action=RetryBulk::PATH class="inline">
                {hidden("id", id.clone())}
                <button type="submit" class="button primary">{format!("Retry the {failed} failed rows as a new job")}</button>
            </form>
        }
    });
    let asked = invite.rows.iter().filter(|r| r.request.is_some()).count();
    let requests = (asked > 0).then(|| {
        view! {
            <p>
                {format!("{asked} row{} became invitation requests: the approvers have them, and you follow them on ", if asked == 1 { "" } else { "s" })}
                <a href=routes::MY_REQUESTS>"My requests"</a>
                "."
            </p>
        }
    });
    // While the job runs only its counts are read; the rows are listed once it has ended.
    let results = if open {
        view! { <p class="help">"Each row's result is listed here when the job has ended; the results file has them so far."</p> }.into_any()
    } else {
        let rows = outcomes.into_iter().map(|o| view! { <OutcomeRow o/> }).collect_view();
        view! { <DataTable class="bulk-results" headings=vec!["Line".into(), "E-mail address".into(), "Name".into(), "Result".into(), "User id".into(), "Invitation link".into(), "Details".into()]>{rows}</DataTable> }.into_any()
    };
    let live = progress.map(|initial| view! { <IslandScripts/> <LiveProgress url=routes::bulk_invite_events(&invite.id) initial/> });
    view! {
        // Without JavaScript the page reloads itself; with it, the events below keep it current
        // (the browser ignores what is inside `noscript` then).
        {open.then(|| view! { <noscript inner_html=r#"<meta http-equiv="refresh" content="3">"#></noscript> })}
        {live}
        {open.then(|| view! { <p class="help">"Without JavaScript this page refreshes itself every few seconds until the job ends; you can also leave and come back."</p> })}
        {controls}
        <p>
            <a href=routes::bulk_invite_results_csv(&invite.id) rel="external" download="guestlist-bulk-invite-results.csv">"Download the results (CSV)"</a>
            " · "
            <a href=routes::bulk_invite_preview_csv(&invite.id)>"Download the preview (CSV)"</a>
        </p>
        {retry}
        {requests}
        {results}
        <p><a href=routes::BULK_INVITE>"Invite another file"</a></p>
    }
}

#[component]
fn OutcomeRow(o: RowOutcome) -> impl IntoView {
    let detail = match (o.detail.is_empty(), o.request_id.is_empty()) {
        (_, true) => o.detail,
        (true, false) => format!("Request id {}", o.request_id),
        (false, false) => format!("{} (request id {})", o.detail, o.request_id),
    };
    let link = (!o.redeem_url.is_empty()).then(|| view! { <a href=o.redeem_url.clone()>"Redeem link"</a> });
    view! {
        <tr>
            <td>{o.line}</td>
            <td class="upn">{o.email}</td>
            <td>{o.display_name}</td>
            <td>{o.outcome}</td>
            <td class="upn">{o.user_id}</td>
            <td>{link}</td>
            <td>{detail}</td>
        </tr>
    }
}

/// The progress bar and sentence; in the browser (an island), kept current by the server-sent
/// events.
#[island]
fn LiveProgress(url: String, initial: Progress) -> impl IntoView {
    let open = initial.open;
    let progress = RwSignal::new(initial);
    if open {
        Effect::new(move |_| listen(&url, progress));
    }
    view! {
        <div class="bulk-progress">
            <label for="bulk-progress-bar">"Progress"</label>
            <progress id="bulk-progress-bar" max="100" value=move || progress.get().percent>{move || format!("{} %", progress.get().percent)}</progress>
            <p role="status" aria-live="polite">{move || format!("{} — {} %. {}", progress.get().state, progress.get().percent, progress.get().sentence())}</p>
        </div>
    }
}

/// Follows the job's progress over server-sent events; reloads the page (for the results) when
/// the job ends.
#[cfg(feature = "hydrate")]
fn listen(url: &str, progress: RwSignal<Progress>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(source) = web_sys::EventSource::new(url) else { return };
    let events = source.clone();
    let on_progress = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let Some(text) = event.data().as_string() else { return };
        if let Ok(Some(now)) = serde_json::from_str::<Option<Progress>>(&text) {
            let ended = !now.open;
            progress.set(now);
            if ended {
                events.close();
                let _ = window().location().reload();
            }
        }
    });
    let _ = source.add_event_listener_with_callback("progress", on_progress.as_ref().unchecked_ref());
    on_progress.forget();
}

#[cfg(not(feature = "hydrate"))]
fn listen(_url: &str, _progress: RwSignal<Progress>) {}

/// `/bulk-invite/{id}/fix?row=N`: one row's cells, to correct.
#[component]
pub fn BulkFixPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new_blocking(move || params.read().get("id").unwrap_or_default(), super::load_bulk);
    let number = move || query.read().get("row").and_then(|n| n.parse::<usize>().ok()).unwrap_or_default();
    view! {
        <Title text="Fix a row"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let number = number();
                match data.await {
                    Ok(data) => match data.status.invite.rows.get(number.wrapping_sub(1)).cloned() {
                        Some(row) => view! { <FixForm id=data.status.invite.id.clone() row/> }.into_any(),
                        None => view! { <h1>"Fix a row"</h1> <Alert text="There is no such row in this bulk invitation."/> }.into_any(),
                    },
                    Err(error) => view! { <h1>"Fix a row"</h1> <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn FixForm(id: String, row: PreviewRow) -> impl IntoView {
    let back = format!("{}#row-{}", routes::bulk_invite(&id), row.number);
    let field = |column: Column, help: &'static str| {
        let name = format!("fields[{}]", field_key(column));
        let element = format!("fix-{}", column.as_str());
        let value = row.fields.get(column).to_owned();
        let input = if column == Column::Message || column == Column::Sponsors || column == Column::Groups {
            view! { <textarea id=element.clone() name=name rows="3">{value}</textarea> }.into_any()
        } else {
            view! { <input id=element.clone() name=name type="text" value=value/> }.into_any()
        };
        view! {
            <div class="field">
                <label for=element.clone()>{column.words()}</label>
                {input}
                <p class="help">{help}</p>
            </div>
        }
    };
    let language = row.fields.language.clone();
    let reasons = row.reasons.iter().map(|r| view! { <p class="problem">{r.clone()}</p> }).collect_view();
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=back.clone()>"Back to the preview"</a></nav>
        <h1>{format!("Fix line {}", row.line)}</h1>
        <div class="field-problems">{reasons}</div>
        <form method="post" action=FixRow::PATH class="invite-form">
            {hidden("id", id.clone())}
            {hidden("number", row.number.to_string())}
            {field(Column::Email, "The person's own address (no '+' tags).")}
            {field(Column::DisplayName, "How the guest appears in your directory.")}
            {field(Column::GivenName, "")}
            {field(Column::Surname, "")}
            {field(Column::Company, "")}
            {field(Column::Sponsors, "People by e-mail address or groups by name, one a line; empty: you.")}
            {field(Column::Groups, "Group names, one a line.")}
            <div class="field">
                <label for="fix-message_language">"Message language"</label>
                <select id="fix-message_language" name="fields[language]">
                    <option value="">"Microsoft's default"</option>
                    {language_options(&language)}
                </select>
            </div>
            {field(Column::Cc, "Someone to copy on Microsoft's invitation e-mail.")}
            {field(Column::UserType, "Guest (or empty), or Member.")}
            {field(Column::Redirect, "Where the guest lands after accepting (https://…); empty: the default.")}
            {field(Column::SendMail, "true to send Microsoft's invitation e-mail, false to get a link to pass on.")}
            {field(Column::Message, "A personal message in the invitation e-mail.")}
            <button type="submit" class="button primary">"Save and check the row again"</button>
        </form>
    }
}

/// The field of [`services::bulk::RowFields`] a column is in (as the fix form posts it).
fn field_key(column: Column) -> &'static str {
    match column {
        Column::Language => "language",
        Column::Redirect => "redirect_url",
        other => other.as_str(),
    }
}
