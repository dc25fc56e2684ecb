//! The upload page, the preview (then progress and results) page, and the page that fixes a row.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use services::bulk::{BulkInvite, Column, ExistingChoice, PreviewRow, Progress, RowOutcome, Verdict};

use super::{BulkPageData, ChooseRow, ConfirmBulk, DropRow, FixRow, RetryBulk, SteerBulk};
use crate::lang::{locale, Texts};
use crate::routes;
use crate::t;
use crate::widgets::{language_options, Alert, DataTable, IslandScripts, Loaded};

/// Stands for a link or value in the sentence around it (a character no message has).
const MARK: &str = "\u{E000}";

/// `/bulk-invite`: the file or the pasted addresses.
#[component]
pub fn BulkInvitePage() -> impl IntoView {
    let problem = Resource::new_blocking(|| (), |_| super::upload_problem());
    view! {
        <Title text=t!("bulk-title")/>
        <h1>{t!("bulk-title")}</h1>
        <p class="lead">{t!("bulk-lead")}</p>
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
                    .map(|column| view! { <option value=column.as_str() selected=chosen == Some(column)>{column.name(locale())}</option> })
                    .collect_view();
                view! {
                    <div class="field">
                        <label for=id.clone()>{t!("bulk-map-column", header = &mapped.header)}</label>
                        <select id=id name=format!("map:{}", mapped.header)>
                            <option value="ignore" selected=chosen.is_none()>{t!("bulk-map-ignore")}</option>
                            {options}
                        </select>
                    </div>
                }
            })
            .collect_view();
        view! { <fieldset><legend>{t!("bulk-map-legend")}</legend>{rows}</fieldset> }
    });
    // The link to the template within the sentence, where the language puts it.
    let help = t!("bulk-file-help", template = MARK);
    let (template_before, template_after) = help.split_once(MARK).map_or((help.clone(), String::new()), |(b, a)| (b.to_owned(), a.to_owned()));
    view! {
        <form method="post" action=routes::BULK_INVITE enctype="multipart/form-data" class="bulk-upload">
            {mapping}
            <div class="field">
                <label for="bulk-file">{if remap { t!("bulk-file-again") } else { t!("bulk-file-label") }}</label>
                <input id="bulk-file" type="file" name="file" accept=".csv,.txt,text/csv,text/plain" required=remap aria-describedby="bulk-file-help"/>
                <p class="help" id="bulk-file-help">
                    {template_before}
                    <a href=routes::BULK_INVITE_TEMPLATE>{t!("bulk-file-help-template")}</a>
                    {template_after}
                </p>
            </div>
            {(!remap).then(|| view! {
                <div class="field">
                    <label for="bulk-paste">{t!("bulk-paste-label")}</label>
                    <textarea id="bulk-paste" name="paste" rows="8" aria-describedby="bulk-paste-help"></textarea>
                    <p class="help" id="bulk-paste-help">{t!("bulk-paste-help")}</p>
                </div>
            })}
            <button type="submit" class="button primary">{if remap { t!("bulk-read-again") } else { t!("bulk-check-rows") }}</button>
        </form>
    }
}

/// `/bulk-invite/{id}`: the preview; once sent, the progress and each row's result.
#[component]
pub fn BulkPage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new_blocking(move || params.read().get("id").unwrap_or_default(), super::load_bulk);
    view! { <Loaded data content=|data| view! { <BulkView data/> } title=t!("bulk-title") back=routes::BULK_INVITE back_label=t!("bulk-back")/> }
}

#[component]
fn BulkView(data: BulkPageData) -> impl IntoView {
    let BulkPageData { status, outcomes, may_reset, may_invite, problem } = data;
    let invite = status.invite;
    let heading = t!("bulk-heading", source = &invite.source);
    let body = if invite.is_confirmed() {
        view! { <JobView invite progress=status.progress outcomes mine=status.mine/> }.into_any()
    } else {
        view! { <PreviewView invite mine=status.mine may_reset may_invite/> }.into_any()
    };
    view! {
        <Title text=heading.clone()/>
        <nav class="breadcrumb" aria-label=t!("bulk-breadcrumb")><a href=routes::BULK_INVITE>{t!("bulk-title")}</a></nav>
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
        (t!("bulk-total-new"), totals.new),
        (t!("bulk-total-needs-approval"), totals.needs_approval),
        (t!("bulk-total-existing"), totals.existing),
        (t!("bulk-total-blocked"), totals.blocked),
        (t!("bulk-total-invalid"), totals.invalid),
        (t!("bulk-total-duplicate"), totals.duplicate),
        (t!("bulk-total-dropped"), totals.dropped),
        (t!("bulk-total-to-send"), totals.to_send),
    ]
    .into_iter()
    .map(|(label, n)| view! { <tr><th scope="row">{label}</th><td>{n}</td></tr> })
    .collect_view();
    let errors = (!invite.errors.is_empty()).then(|| {
        let lines = invite.errors.iter().map(|e| view! { <li>{e.words(locale())}</li> }).collect_view();
        view! { <h2>{t!("bulk-unreadable-lines")}</h2> <ul class="bulk-errors">{lines}</ul> }
    });
    let remap = (invite.format != services::bulk::Format::Addresses && mine).then(|| {
        let headers = invite.headers.clone();
        view! {
            <details class="bulk-columns">
                <summary>{t!("bulk-columns-wrong")}</summary>
                <UploadForm headers/>
            </details>
        }
    });
    let rows = invite.rows.iter().cloned().map(|row| view! { <PreviewRowView id=id.clone() row mine may_reset may_invite/> }).collect_view();
    let (send, ask) = (totals.to_send, totals.needs_approval);
    let button = match (send, ask) {
        (send, 0) => t!("bulk-send", count = send),
        (0, ask) => t!("bulk-ask", count = ask),
        (send, ask) => t!("bulk-send-and-ask", count = send, ask = ask),
    };
    // One business reason for the file's requests, as on the Invite page's request form.
    let reason = (ask > 0).then(|| {
        view! {
            <div class="field">
                <label for="bulk-reason">{t!("bulk-reason-label")}</label>
                <textarea id="bulk-reason" name="reason" rows="3" required=true aria-describedby="bulk-reason-help"></textarea>
                <p class="help" id="bulk-reason-help">
                    {t!("bulk-reason-help", count = ask)}
                </p>
            </div>
        }
    });
    view! {
        <p role="status">{t!("bulk-read-as", format = invite.format.name(locale()), summary = invite.summary(locale()))}</p>
        <table class="bulk-totals"><caption>{t!("bulk-totals")}</caption><tbody>{figures}</tbody></table>
        <p><a href=routes::bulk_invite_preview_csv(&invite.id)>{t!("bulk-download-preview")}</a></p>
        {errors}
        {remap}
        <DataTable class="bulk-rows" headings=vec![t!("bulk-col-line"), t!("bulk-col-email"), t!("bulk-col-name"), t!("bulk-col-found"), t!("bulk-col-why"), t!("bulk-col-plan"), t!("bulk-col-change")]>{rows}</DataTable>
        {if mine {
            view! {
                <form method="post" action=ConfirmBulk::PATH class="bulk-confirm">
                    {hidden("id", invite.id.clone())}
                    {reason}
                    <p class="help">{t!("bulk-confirm-help")}</p>
                    <button type="submit" class="button primary" disabled={send + ask == 0}>{button}</button>
                </form>
            }.into_any()
        } else {
            view! { <p class="help">{t!("bulk-only-owner", owner = &invite.created_by)}</p> }.into_any()
        }}
        <p><a href=routes::BULK_INVITE>{t!("bulk-start-over")}</a></p>
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
            .map(|c| view! { <option value=c.as_str() selected=c == row.choice>{c.name(locale())}</option> })
            .collect_view();
        view! {
            <form method="post" action=ChooseRow::PATH class="inline">
                {hidden("id", id.clone())}
                {hidden("number", number.clone())}
                <label for=select_id.clone()>{t!("bulk-for-this-person")}</label>
                <select id=select_id name="choice">{options}</select>
                <button type="submit" class="button">{t!("bulk-save-choice")}</button>
            </form>
        }
    });
    let actions = mine.then(|| {
        let (value, label) = if row.dropped { ("false", t!("bulk-keep-row")) } else { ("true", t!("bulk-drop-row")) };
        let fix = format!("{}?row={}", routes::bulk_invite_fix(&id), row.number);
        view! {
            {choices}
            <a class="button" href=fix>{t!("bulk-fix-line", line = row.line.to_string())}</a>
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
            <td class=verdict_class>{row.verdict.name(locale())}</td>
            <td>{why}</td>
            <td>{row.plan_words(locale())}</td>
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
    let steer = |to: &'static str, label: String| {
        view! {
            <form method="post" action=SteerBulk::PATH class="inline">
                {hidden("id", id.clone())}
                {hidden("to", to.to_owned())}
                <button type="submit" class="button">{label}</button>
            </form>
        }
    };
    let controls = open.then(|| {
        let pause_or_resume = if paused { steer("resume", t!("bulk-resume")) } else { steer("pause", t!("bulk-pause")) };
        view! { <div class="bulk-controls">{pause_or_resume}{steer("cancel", t!("bulk-cancel"))}</div> }
    });
    let retry = (!open && mine && failed > 0).then(|| {
        view! {
            <form method="post" action=RetryBulk::PATH class="inline">
                {hidden("id", id.clone())}
                <button type="submit" class="button primary">{t!("bulk-retry", count = failed)}</button>
            </form>
        }
    });
    let asked = invite.rows.iter().filter(|r| r.request.is_some()).count();
    let requests = (asked > 0).then(|| {
        // The link within the sentence, where the language puts it.
        let sentence = t!("bulk-requests-made", count = asked, link = MARK);
        let (before, after) = sentence.split_once(MARK).map_or((sentence.clone(), String::new()), |(b, a)| (b.to_owned(), a.to_owned()));
        view! {
            <p>{before}<a href=routes::MY_REQUESTS>{t!("bulk-my-requests")}</a>{after}</p>
        }
    });
    // While the job runs only its counts are read; the rows are listed once it has ended.
    let results = if open {
        view! { <p class="help">{t!("bulk-results-later")}</p> }.into_any()
    } else {
        let rows = outcomes.into_iter().map(|o| view! { <OutcomeRow o/> }).collect_view();
        view! { <DataTable class="bulk-results" headings=vec![t!("bulk-col-line"), t!("bulk-col-email"), t!("bulk-col-name"), t!("bulk-col-result"), t!("bulk-col-user-id"), t!("bulk-col-link"), t!("bulk-col-details")]>{rows}</DataTable> }.into_any()
    };
    let live = progress.map(|initial| {
        let texts = Texts::of(&["bulk-progress-label"]);
        view! { <IslandScripts/> <LiveProgress url=routes::bulk_invite_events(&invite.id) initial texts/> }
    });
    view! {
        // Without JavaScript the page reloads itself; with it, the events below keep it current
        // (the browser ignores what is inside `noscript` then).
        {open.then(|| view! { <noscript inner_html=r#"<meta http-equiv="refresh" content="3">"#></noscript> })}
        {live}
        {open.then(|| view! { <p class="help">{t!("bulk-refreshes")}</p> })}
        {controls}
        <p>
            <a href=routes::bulk_invite_results_csv(&invite.id) rel="external" download="guestlist-bulk-invite-results.csv">{t!("bulk-download-results")}</a>
            " · "
            <a href=routes::bulk_invite_preview_csv(&invite.id)>{t!("bulk-download-preview")}</a>
        </p>
        {retry}
        {requests}
        {results}
        <p><a href=routes::BULK_INVITE>{t!("bulk-another-file")}</a></p>
    }
}

#[component]
fn OutcomeRow(o: RowOutcome) -> impl IntoView {
    let detail = match (o.detail.is_empty(), o.request_id.is_empty()) {
        (_, true) => o.detail,
        (true, false) => t!("bulk-request-id", id = &o.request_id),
        (false, false) => t!("bulk-detail-request-id", detail = &o.detail, id = &o.request_id),
    };
    let link = (!o.redeem_url.is_empty()).then(|| view! { <a href=o.redeem_url.clone()>{t!("bulk-redeem-link")}</a> });
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
fn LiveProgress(url: String, initial: Progress, texts: Texts) -> impl IntoView {
    let open = initial.open;
    let progress = RwSignal::new(initial);
    if open {
        Effect::new(move |_| listen(&url, progress));
    }
    view! {
        <div class="bulk-progress">
            <label for="bulk-progress-bar">{texts.text("bulk-progress-label")}</label>
            <progress id="bulk-progress-bar" max="100" value=move || progress.get().percent>{move || format!("{} %", progress.get().percent)}</progress>
            // Put into the viewer's language by the server, with every update.
            <p role="status" aria-live="polite">{move || progress.get().status}</p>
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
        <Title text=t!("bulk-fix-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let number = number();
                match data.await {
                    Ok(data) => match data.status.invite.rows.get(number.wrapping_sub(1)).cloned() {
                        Some(row) => view! { <FixForm id=data.status.invite.id.clone() row/> }.into_any(),
                        None => view! { <h1>{t!("bulk-fix-title")}</h1> <Alert text=t!("bulk-fix-no-row")/> }.into_any(),
                    },
                    Err(error) => view! { <h1>{t!("bulk-fix-title")}</h1> <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn FixForm(id: String, row: PreviewRow) -> impl IntoView {
    let back = format!("{}#row-{}", routes::bulk_invite(&id), row.number);
    let field = |column: Column, help: String| {
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
                <label for=element.clone()>{column.name(locale())}</label>
                {input}
                <p class="help">{help}</p>
            </div>
        }
    };
    let language = row.fields.language.clone();
    let reasons = row.reasons.iter().map(|r| view! { <p class="problem">{r.clone()}</p> }).collect_view();
    view! {
        <nav class="breadcrumb" aria-label=t!("bulk-breadcrumb")><a href=back.clone()>{t!("bulk-back-to-preview")}</a></nav>
        <h1>{t!("bulk-fix-line", line = row.line.to_string())}</h1>
        <div class="field-problems">{reasons}</div>
        <form method="post" action=FixRow::PATH class="invite-form">
            {hidden("id", id.clone())}
            {hidden("number", row.number.to_string())}
            {field(Column::Email, t!("bulk-fix-email-help"))}
            {field(Column::DisplayName, t!("bulk-fix-display-name-help"))}
            {field(Column::GivenName, String::new())}
            {field(Column::Surname, String::new())}
            {field(Column::Company, String::new())}
            {field(Column::Sponsors, t!("bulk-fix-sponsors-help"))}
            {field(Column::Groups, t!("bulk-fix-groups-help"))}
            <div class="field">
                <label for="fix-message_language">{Column::Language.name(locale())}</label>
                <select id="fix-message_language" name="fields[language]">
                    <option value="">{t!("bulk-fix-default-language")}</option>
                    {language_options(&language)}
                </select>
            </div>
            {field(Column::Cc, t!("bulk-fix-cc-help"))}
            {field(Column::UserType, t!("bulk-fix-user-type-help"))}
            {field(Column::Redirect, t!("bulk-fix-redirect-help"))}
            {field(Column::SendMail, t!("bulk-fix-send-mail-help"))}
            {field(Column::Message, t!("bulk-fix-message-help"))}
            <button type="submit" class="button primary">{t!("bulk-fix-save")}</button>
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
