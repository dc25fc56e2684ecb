//! Actions on several guests: the list page's form posts to `POST /guests/selection` (a plain
//! route: ticked rows come as repeated `ids`), which stores a preview and shows it at
//! `/guests/selection/{id}`; "Confirm" starts the background job, and the same page then shows
//! each row's result, refreshing itself (without JavaScript) until the job is done.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};
use services::guests::actions::SponsorRef;
use services::guests::details::{Linked, LinkedKind};
use services::guests::selection::{BulkAction, Preview, SelectedGuest, SelectionStatus};
use services::jobs::{JobRow, RowState};

use crate::error::PageError;
use crate::routes;
use crate::t;
use crate::widgets::{Alert, DataTable, SearchForm};

#[cfg(feature = "ssr")]
pub use server::start;

/// Session key of a selection that could not be previewed (shown on `/guests/selection`).
#[cfg(feature = "ssr")]
const PROBLEM: &str = "guests_selection_problem";

#[cfg(feature = "ssr")]
mod server {
    use axum::extract::Form;
    use axum::http::{header, StatusCode};
    use axum::response::{IntoResponse, Redirect, Response};
    use axum::Extension;
    use services::guests::selection::{preview, SelectionRequest};
    use services::Context;
    use tower_sessions::Session;

    use crate::error::PageError;
    use crate::server::Me;

    /// `POST /guests/selection`: previews the action on the posted guests, then shows the
    /// preview; a problem is kept for `GET /guests/selection`.
    pub async fn start(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, Form(fields): Form<Vec<(String, String)>>) -> Response {
        let previewed = async {
            let me = Me::from_session(ctx, session.clone(), locale).await?;
            // Refuse before reading the form: only those who may act on guests get further.
            me.actor.require_helpdesk()?;
            let request = SelectionRequest::from_pairs(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())), locale)?;
            let preview = preview(&me.ctx, &me.actor, &request).await?;
            me.save().await?;
            Ok::<_, PageError>(preview)
        };
        match previewed.await {
            Ok(preview) => Redirect::to(&crate::routes::guest_selection(&preview.id)).into_response(),
            Err(PageError::Service(error)) if error.is_refusal() => {
                let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::FORBIDDEN);
                (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], error.to_string()).into_response()
            }
            Err(error) => {
                // The page after the redirect says what went wrong and what to do.
                let _ = session.insert(super::PROBLEM, error.to_string()).await;
                Redirect::to(crate::routes::GUESTS_SELECTION).into_response()
            }
        }
    }
}

/// What `/guests/selection` shows: the last problem with a selection, if any.
#[server(endpoint = "guests/selection/problem")]
pub async fn selection_problem() -> Result<Option<String>, PageError> {
    crate::server::Me::load().await?;
    crate::server::take::<String>(PROBLEM).await
}

/// A preview and, once confirmed, its job (its owner only).
#[server(endpoint = "guests/selection/status")]
pub async fn load_selection(id: String) -> Result<SelectionStatus, PageError> {
    let me = crate::server::Me::load().await?;
    Ok(services::guests::selection::status(&me.ctx, &me.actor, &id).await?)
}

/// The answer of a confirmation that did not start a job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmProblem {
    pub id: String,
    pub text: String,
}

/// Confirms the preview `id`: checks everyone again and starts the job, then shows its rows.
#[server(endpoint = "guests/selection/confirm")]
pub async fn confirm_selection(id: String) -> Result<Option<ConfirmProblem>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::guests::selection::confirm(&me.ctx, &me.actor, &id).await;
    back_to_preview(&me, id, result).await
}

/// Done: the preview again (now with the change). Refused in words: kept for the page.
#[cfg(feature = "ssr")]
async fn back_to_preview<T>(me: &crate::server::Me, id: String, result: services::Result<T>) -> Result<Option<ConfirmProblem>, PageError> {
    match result {
        Ok(_) => {
            me.save().await?;
            leptos_axum::redirect(&routes::guest_selection(&id));
            Ok(None)
        }
        Err(error @ services::Error::Invalid(_)) => crate::server::answer(CONFIRM_PROBLEM, ConfirmProblem { id, text: error.to_string() }).await,
        Err(error) => Err(error.into()),
    }
}

#[cfg(feature = "ssr")]
const CONFIRM_PROBLEM: &str = "guests_selection_confirm_problem";

/// The people and groups whose name or address starts with `q`, for the sponsor to add.
#[server(endpoint = "guests/selection/find-sponsors")]
pub async fn find_selection_sponsors(q: String) -> Result<Vec<Linked>, PageError> {
    let me = crate::server::Me::load().await?;
    Ok(services::guests::actions::find_sponsors(&me.ctx, &me.actor, &q).await?)
}

/// Chooses the sponsor an "add a sponsor" preview adds (`user:{id}` or `group:{id}`), then shows
/// the preview sorted out again for them.
#[server(endpoint = "guests/selection/sponsor")]
pub async fn choose_selection_sponsor(id: String, sponsor: Option<String>) -> Result<Option<ConfirmProblem>, PageError> {
    let me = crate::server::Me::load().await?;
    let Some(sponsor) = sponsor else {
        return crate::server::answer(CONFIRM_PROBLEM, ConfirmProblem { id, text: t!("guests-selection-choose-found") }).await;
    };
    let result = services::guests::selection::choose_sponsor(&me.ctx, &me.actor, &id, &sponsor).await;
    back_to_preview(&me, id, result).await
}

/// The confirmation's refusal kept for the page after a plain POST.
#[server(endpoint = "guests/selection/confirm-problem")]
pub async fn take_confirm_problem(id: String) -> Result<Option<ConfirmProblem>, PageError> {
    crate::server::Me::load().await?;
    Ok(crate::server::take::<ConfirmProblem>(CONFIRM_PROBLEM).await?.filter(|p| p.id == id))
}

/// `GET /guests/selection`: where a selection that could not be previewed ends.
#[component]
pub fn SelectionProblemPage() -> impl IntoView {
    let problem = Resource::new_blocking(|| (), |_| selection_problem());
    view! {
        <Title text=t!("guests-selection-title")/>
        <h1>{t!("guests-selection-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match problem.await {
                    Ok(Some(text)) => view! { <Alert text/> }.into_any(),
                    Ok(None) => view! { <p>{t!("guests-selection-how")}</p> }.into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
        <p><a href=routes::GUESTS>{t!("guests-back")}</a></p>
    }
}

/// `/guests/selection/{id}`: the preview, or the job's results.
#[component]
pub fn SelectionPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let status = Resource::new_blocking(id, load_selection);
    let problem = Resource::new_blocking(id, take_confirm_problem);
    // Only an "add a sponsor" preview searches (`?q=`); nothing is asked of Graph otherwise.
    let found = Resource::new_blocking(q, |q| async move {
        if q.trim().is_empty() { Ok(Vec::new()) } else { find_selection_sponsors(q).await }
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let problem = problem.await.ok().flatten();
                let found = found.await.map_err(|e| e.to_string());
                match status.await {
                    Ok(status) => view! { <StatusView status problem found q=q()/> }.into_any(),
                    Err(error) => view! {
                        <Title text=t!("guests-selection-title")/>
                        <h1>{t!("guests-selection-title")}</h1>
                        <Alert text=error.to_string()/>
                        <p><a href=routes::GUESTS>{t!("guests-back")}</a></p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

/// The names of the sponsors a hand-over replaces ("Rafael Costa and Ana Silva").
fn replaced(preview: &Preview) -> Option<String> {
    let names: Vec<&str> = preview.replace.iter().map(|s| s.name.as_str()).collect();
    match names.split_last() {
        None => None,
        Some((last, [])) => Some((*last).to_owned()),
        Some((last, rest)) => Some(t!("guests-selection-names-and", names = rest.join(", "), last = *last)),
    }
}

fn title(preview: &Preview) -> String {
    match (&preview.sponsor, replaced(preview)) {
        (Some(sponsor), Some(old)) if preview.action == BulkAction::AddSponsor => t!("guests-selection-title-hand-over", sponsor = &sponsor.name, old = old),
        (Some(sponsor), None) if preview.action == BulkAction::AddSponsor => t!("guests-selection-title-add-sponsor", sponsor = &sponsor.name),
        _ => t!("guests-selection-title-action", action = preview.action.words(crate::lang::locale())),
    }
}

fn back(preview: &Preview) -> String {
    match &preview.filter {
        Some(filter) if !filter.is_empty() => format!("{}?{}", routes::GUESTS, filter.trim_start_matches('?')),
        _ => routes::GUESTS.to_owned(),
    }
}

#[component]
fn GuestRows(guests: Vec<SelectedGuest>, skipped: bool) -> impl IntoView {
    let rows = guests
        .into_iter()
        .map(|g| {
            let why = g.skipped.clone().unwrap_or_default();
            view! {
                <tr>
                    <td><a href=routes::guest(&g.id)>{g.name}</a></td>
                    <td class="upn">{g.user_principal_name}</td>
                    {skipped.then(|| view! { <td>{why}</td> })}
                </tr>
            }
        })
        .collect_view();
    if skipped {
        view! { <DataTable class="skipped" headings=vec![t!("guests-column-name"), t!("guests-fact-upn"), t!("guests-selection-why-skipped")]>{rows}</DataTable> }.into_any()
    } else {
        view! { <DataTable class="will-change" headings=vec![t!("guests-column-name"), t!("guests-fact-upn")]>{rows}</DataTable> }.into_any()
    }
}

/// Who to add as sponsor: a search (`?q=` on this page, so it works without JavaScript) and
/// what it found, one to choose.
#[component]
fn SponsorPicker(id: String, q: String, found: Result<Vec<Linked>, String>, choose: ServerAction<ChooseSelectionSponsor>) -> impl IntoView {
    let searched = !q.trim().is_empty();
    let path = routes::guest_selection(&id);
    let results = match found {
        Err(text) => view! { <Alert text/> }.into_any(),
        Ok(found) if found.is_empty() && searched => view! { <p>{t!("guests-selection-nobody-found")}</p> }.into_any(),
        Ok(found) if found.is_empty() => ().into_any(),
        Ok(found) => {
            let choices = found
                .into_iter()
                .enumerate()
                .map(|(n, s)| {
                    let (input_id, value) = (format!("sponsor-{n}"), SponsorRef::of(&s).value());
                    let name = if s.kind == LinkedKind::Group { t!("guests-linked-group", name = &s.name) } else { s.name.clone() };
                    let words = format!("{name}{}", s.detail.map(|d| format!(", {d}")).unwrap_or_default());
                    view! {
                        <div class="field radio">
                            <input type="radio" id=input_id.clone() name="sponsor" value=value checked=n == 0/>
                            <label for=input_id>{words}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <ActionForm action=choose>
                    <input type="hidden" name="id" value=id/>
                    <fieldset>
                        <legend>{t!("guests-selection-sponsor-to-add")}</legend>
                        {choices}
                    </fieldset>
                    <button type="submit" class="button primary">{t!("guests-selection-use-sponsor")}</button>
                </ActionForm>
            }
            .into_any()
        }
    };
    view! {
        <h2>{t!("guests-selection-choose-sponsor")}</h2>
        <SearchForm action=path id="selection-sponsor-q" label=t!("guests-selection-find") help=t!("guests-selection-find-help") value=q/>
        {results}
    }
}

#[component]
fn StatusView(status: SelectionStatus, problem: Option<ConfirmProblem>, found: Result<Vec<Linked>, String>, q: String) -> impl IntoView {
    let running = status.running();
    let SelectionStatus { preview, job } = status;
    let confirm = ServerAction::<ConfirmSelection>::new();
    let choose = ServerAction::<ChooseSelectionSponsor>::new();
    let problem = Signal::derive(move || {
        let answered = |value: Option<Result<Option<ConfirmProblem>, PageError>>| match value {
            Some(Ok(problem)) => Some(problem.map(|p| p.text)),
            Some(Err(error)) => Some(Some(error.to_string())),
            None => None,
        };
        answered(choose.value().get())
            .or_else(|| answered(confirm.value().get()))
            .unwrap_or_else(|| problem.as_ref().map(|p| p.text.clone()))
    });
    let heading = title(&preview);
    let back = back(&preview);
    let skipped = (!preview.skipped.is_empty()).then(|| {
        let guests = preview.skipped.clone();
        view! { <h2>{t!("guests-selection-skipped")}</h2> <GuestRows guests skipped=true/> }
    });
    let body = match job {
        None => {
            let count = preview.change.len();
            let locale = crate::lang::locale();
            let button = match preview.action {
                BulkAction::Delete => t!("guests-selection-confirm-delete", count = count),
                BulkAction::Resend => t!("guests-selection-confirm-resend", count = count),
                BulkAction::Disable => t!("guests-selection-confirm-disable", count = count),
                BulkAction::Enable => t!("guests-selection-confirm-enable", count = count),
                BulkAction::AddSponsor => t!("guests-selection-confirm-add-sponsor", count = count),
            };
            let hand_over_note = replaced(&preview).map(|old| {
                let new = preview.sponsor.as_ref().map(|s| s.name.clone()).unwrap_or_else(|| t!("guests-selection-the-new-sponsor"));
                view! { <p class="help">{t!("guests-selection-hand-over", old = old, new = new)}</p> }
            });
            let delete_note = (preview.action == BulkAction::Delete)
                .then(|| view! { <p class="help">{t!("guests-selection-delete-note")}</p> });
            let changes = (count > 0).then(|| {
                let guests = preview.change.clone();
                view! { <h2>{t!("guests-selection-will-change")}</h2> <GuestRows guests skipped=false/> }
            });
            view! {
                <p role="status">{preview.summary(locale)}</p>
                {preview.cap_note(locale).map(|note| view! { <p class="alert">{note}</p> })}
                {move || problem.get().map(|text| view! { <Alert text/> })}
                {changes}
                {skipped}
                {hand_over_note}
                {delete_note}
                {preview.needs_sponsor().then(|| view! { <SponsorPicker id=preview.id.clone() q=q.clone() found=found.clone() choose/> })}
                {(count > 0 && !preview.needs_sponsor()).then(|| view! {
                    <ActionForm action=confirm>
                        <input type="hidden" name="id" value=preview.id.clone()/>
                        <p class="help">{t!("guests-selection-confirm-help")}</p>
                        <button type="submit" class="button primary">{button}</button>
                    </ActionForm>
                })}
                <p><a href=back.clone()>{t!("guests-selection-cancel")}</a></p>
            }
            .into_any()
        }
        Some(detail) => {
            let state = detail.job.state.label();
            let counts = detail.job.rows;
            let rows = detail.rows.into_iter().map(|row| view! { <ResultRow row/> }).collect_view();
            view! {
                {running.then(|| view! { <Meta http_equiv="refresh" content="3"/> })}
                // E.g. a second confirmation, refused: said here, above the job it refers to.
                {move || problem.get().map(|text| view! { <Alert text/> })}
                <p role="status">{t!(
                    "guests-selection-job",
                    job = detail.job.id.to_string(),
                    state = state,
                    done = counts.done,
                    failed = counts.failed,
                    waiting = counts.pending + counts.in_flight,
                )}</p>
                {running.then(|| view! { <p class="help">{t!("guests-selection-refreshes")}</p> })}
                <DataTable class="job-rows" headings=vec![t!("guests-details-title"), t!("guests-selection-row-state"), t!("guests-selection-row-result")]>{rows}</DataTable>
                {skipped}
                <p><a href=back.clone()>{t!("guests-back")}</a></p>
            }
            .into_any()
        }
    };
    view! {
        <Title text=heading.clone()/>
        <nav class="breadcrumb" aria-label=t!("guests-breadcrumb")><a href=back.clone()>{t!("guests-title")}</a></nav>
        <h1>{heading}</h1>
        {body}
    }
}

#[component]
fn ResultRow(row: JobRow) -> impl IntoView {
    let name = row.input.get("name").and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let id = row.input.get("id").and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let result = match row.state {
        RowState::Done => row.result.as_ref().and_then(|r| r.get("done")).and_then(|d| d.as_str()).map(str::to_owned).unwrap_or_else(|| t!("guests-selection-row-done")),
        RowState::Failed => row.error.clone().unwrap_or_default(),
        _ => String::new(),
    };
    view! {
        <tr>
            <td><a href=routes::guest(&id)>{name}</a></td>
            <td>{row.state.label()}</td>
            <td>{result}</td>
        </tr>
    }
}
