//! Bulk invite: upload a CSV file (Microsoft Entra's bulk invite template, Guestlist's richer
//! one, any CSV with recognisable headers) or paste addresses; the preview marks every row and
//! lets the inviter fix or drop rows; confirming starts the background job, and makes the rows
//! that need an approver's approval invitation requests (with one business reason for the file);
//! the same page then shows the progress (refreshing itself without JavaScript, live over
//! server-sent events with it) and, once the job has ended, each row's result, downloadable as
//! CSV, with the failed rows retried in one click. Members who may not invite use it too: all
//! their rows become requests.
//!
//! Every form is a plain HTML form (multipart for the upload, the server functions' urlencoded
//! forms otherwise) answered with a redirect, so the pages work alike with JavaScript on or off.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use services::bulk::RowOutcome;

use crate::error::PageError;

mod page;

pub use page::{BulkFixPage, BulkInvitePage, BulkPage};
#[cfg(feature = "ssr")]
pub use server::{events, preview_csv, results_csv, template, upload};

/// Session key of a problem to show on a bulk invite page (after a plain form POST).
#[cfg(feature = "ssr")]
const PROBLEM: &str = "bulk_invite_problem";

/// A problem with a bulk invitation (`id`; empty for the upload page), in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub id: String,
    pub text: String,
}

/// What the bulk invitation's page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkPageData {
    pub status: services::bulk::BulkStatus,
    /// Each row's result, once sent and the job has ended (while it runs, only its counts are read).
    pub outcomes: Vec<RowOutcome>,
    /// Whether the viewer may reset redemptions.
    pub may_reset: bool,
    /// Whether the viewer may invite themselves (and so resend to someone already there).
    pub may_invite: bool,
    pub problem: Option<String>,
}

/// The problem kept for the upload page, if any.
#[server(endpoint = "bulk-invite/problem")]
pub async fn upload_problem() -> Result<Option<String>, PageError> {
    let me = crate::server::Me::load().await?;
    me.actor.require_invite_form()?;
    Ok(crate::server::take::<Problem>(PROBLEM).await?.filter(|p| p.id.is_empty()).map(|p| p.text))
}

/// The bulk invitation `id`: its preview, or its job's progress and results.
#[server(endpoint = "bulk-invite/status")]
pub async fn load_bulk(id: String) -> Result<BulkPageData, PageError> {
    let me = crate::server::Me::load().await?;
    let status = services::bulk::status(&me.ctx, &me.actor, &id).await?;
    let running = status.progress.as_ref().is_some_and(|p| p.open);
    let outcomes = if status.invite.is_confirmed() && !running {
        let rows = services::bulk::rows(&me.ctx, &me.actor, &status).await?;
        services::bulk::outcomes(&status.invite, &rows, crate::lang::locale())
    } else {
        Vec::new()
    };
    let may_reset = me.actor.has(services::Role::Admin) || me.ctx.settings.credential == services::settings::CredentialMode::Application;
    let may_invite = me.actor.require_inviter().is_ok();
    let problem = crate::server::take::<Problem>(PROBLEM).await?.filter(|p| p.id == id).map(|p| p.text);
    Ok(BulkPageData { status, outcomes, may_reset, may_invite, problem })
}

/// Ends a change to bulk invitation `id`: back to its page, or the change's problem shown there.
#[cfg(feature = "ssr")]
async fn back_to(id: &str, done: Result<(), services::Error>, anchor: &str) -> Result<(), PageError> {
    match done {
        Ok(()) => {}
        Err(error) if error.is_refusal() => return Err(error.into()),
        Err(error) => crate::server::put(PROBLEM, &Problem { id: id.to_owned(), text: error.to_string() }).await?,
    }
    leptos_axum::redirect(&format!("{}{anchor}", crate::routes::bulk_invite(id)));
    Ok(())
}

/// Drops row `number` (`dropped` = "true") or takes it back.
#[server(endpoint = "bulk-invite/drop")]
pub async fn drop_row(id: String, number: usize, dropped: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let done = services::bulk::set_dropped(&me.ctx, &me.actor, &id, number, dropped == "true").await.map(drop);
    me.save().await?;
    back_to(&id, done, &format!("#row-{number}")).await
}

/// What happens to someone already in the directory (`choice`: skip, resend, reset).
#[server(endpoint = "bulk-invite/choose")]
pub async fn choose_row(id: String, number: usize, choice: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let done = match services::bulk::ExistingChoice::parse(&choice) {
        Some(choice) => services::bulk::choose(&me.ctx, &me.actor, &id, number, choice).await.map(drop),
        None => Err(services::Error::Invalid(crate::t!("bulk-choose-choice"))),
    };
    back_to(&id, done, &format!("#row-{number}")).await
}

/// Replaces row `number`'s cells and checks it again.
#[server(endpoint = "bulk-invite/fix")]
pub async fn fix_row(id: String, number: usize, fields: services::bulk::RowFields) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let done = services::bulk::fix(&me.ctx, &me.actor, &id, number, fields).await.map(drop);
    me.save().await?;
    back_to(&id, done, &format!("#row-{number}")).await
}

/// Sends the bulk invitation: starts its job, and asks an approver for the rows that need one
/// with the business `reason`.
#[server(endpoint = "bulk-invite/confirm")]
pub async fn confirm_bulk(id: String, reason: Option<String>) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let done = services::bulk::confirm(&me.ctx, &me.actor, &id, reason.as_deref().unwrap_or_default()).await.map(drop);
    back_to(&id, done, "").await
}

/// Pauses, resumes or cancels the job (`to`: pause, resume, cancel).
#[server(endpoint = "bulk-invite/steer")]
pub async fn steer_bulk(id: String, to: String) -> Result<(), PageError> {
    use services::jobs::JobState;
    let me = crate::server::Me::load().await?;
    let state = match to.as_str() {
        "pause" => Ok(JobState::Paused),
        "resume" => Ok(JobState::Running),
        "cancel" => Ok(JobState::Cancelled),
        _ => Err(services::Error::Invalid(crate::t!("bulk-choose-steer"))),
    };
    let done = match state {
        Ok(state) => services::bulk::steer(&me.ctx, &me.actor, &id, state).await,
        Err(error) => Err(error),
    };
    back_to(&id, done, "").await
}

/// Retries the failed rows as a new bulk invitation, sent at once; goes to its page.
#[server(endpoint = "bulk-invite/retry")]
pub async fn retry_bulk(id: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    match services::bulk::retry_failed(&me.ctx, &me.actor, &id).await {
        Ok(new) => {
            leptos_axum::redirect(&crate::routes::bulk_invite(&new));
            Ok(())
        }
        Err(error) => back_to(&id, Err(error), "").await,
    }
}

#[cfg(feature = "ssr")]
mod server {
    use std::collections::BTreeMap;
    use std::convert::Infallible;
    use std::time::Duration;

    use axum::extract::{Extension, Multipart, Path};
    use axum::http::header;
    use axum::response::sse::{Event, KeepAlive, Sse};
    use axum::response::{IntoResponse, Redirect, Response};
    use i18n::tr;
    use services::bulk::{self, Column};
    use services::Context;
    use tower_sessions::Session;

    use super::{Problem, PROBLEM};
    use crate::error::PageError;
    use crate::server::Me;

    /// Reads the upload form: the file (`file`), or the pasted text (`paste`), and header mappings
    /// (`map:{header}` = a column or `ignore`).
    async fn read_form(mut form: Multipart, locale: i18n::Locale) -> Result<(String, Vec<u8>, BTreeMap<String, Option<Column>>), services::Error> {
        let unreadable = |error: axum::extract::multipart::MultipartError| {
            services::Error::Invalid(if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                tr!(locale, "bulk-upload-too-large", max = (bulk::parse::MAX_BYTES / 1_048_576).to_string())
            } else {
                tr!(locale, "bulk-upload-unreadable", error = error.body_text())
            })
        };
        let (mut file, mut paste, mut mapping) = (None, None, BTreeMap::new());
        while let Some(field) = form.next_field().await.map_err(unreadable)? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await.map_err(unreadable)?;
            match name.as_str() {
                "file" if !bytes.is_empty() => file = Some((file_name.unwrap_or_else(|| tr!(locale, "bulk-upload-the-file")), bytes.to_vec())),
                "paste" if !String::from_utf8_lossy(&bytes).trim().is_empty() => paste = Some(bytes.to_vec()),
                _ => {
                    if let Some(header) = name.strip_prefix("map:") {
                        let value = String::from_utf8_lossy(&bytes);
                        if value == "ignore" {
                            mapping.insert(header.to_owned(), None);
                        } else if let Some(column) = Column::parse(&value) {
                            mapping.insert(header.to_owned(), Some(column));
                        }
                    }
                }
            }
        }
        match (file, paste) {
            (Some((name, bytes)), _) => Ok((name, bytes, mapping)),
            (None, Some(bytes)) => Ok((tr!(locale, "bulk-upload-pasted"), bytes, mapping)),
            (None, None) => Err(services::Error::Invalid(tr!(locale, "bulk-upload-nothing"))),
        }
    }

    /// `POST /bulk-invite`: reads and checks the file, stores the preview and shows it; a
    /// problem is shown on the upload page.
    pub async fn upload(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, form: Result<Multipart, axum::extract::multipart::MultipartRejection>) -> Response {
        let previewed = async {
            let me = Me::from_session(ctx, session.clone(), locale).await?;
            // Refuse before reading the file.
            me.actor.require_invite_form()?;
            let form = form.map_err(|_| services::Error::Invalid(tr!(locale, "bulk-upload-not-a-form")))?;
            let (source, bytes, mapping) = read_form(form, locale).await?;
            let invite = bulk::preview(&me.ctx, &me.actor, &source, &bytes, &mapping).await?;
            me.save().await?;
            Ok::<_, PageError>(invite)
        };
        match previewed.await {
            Ok(invite) => Redirect::to(&crate::routes::bulk_invite(&invite.id)).into_response(),
            Err(PageError::Service(error)) if error.is_refusal() => PageError::Service(error).into_response(),
            Err(error) => {
                let _ = session.insert(PROBLEM, Problem { id: String::new(), text: error.to_string() }).await;
                Redirect::to(crate::routes::BULK_INVITE).into_response()
            }
        }
    }

    fn csv(name: &str, body: impl Into<axum::body::Body>) -> Response {
        (
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\""))],
            body.into(),
        )
            .into_response()
    }

    /// `GET /bulk-invite/template.csv`: Guestlist's template with one example row.
    pub async fn template(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>) -> Response {
        match Me::from_session(ctx, session, locale).await.and_then(|me| Ok(me.actor.require_invite_form()?)) {
            Ok(()) => csv("guestlist-bulk-invite-template.csv", bulk::parse::template()),
            Err(error) => error.into_response(),
        }
    }

    /// `GET /bulk-invite/{id}/preview.csv`: every row, what was found and what confirming does.
    pub async fn preview_csv(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, Path(id): Path<String>) -> Response {
        let status = async {
            let me = Me::from_session(ctx, session, locale).await?;
            Ok::<_, PageError>(bulk::status(&me.ctx, &me.actor, &id).await?)
        };
        match status.await {
            Ok(status) => csv("guestlist-bulk-invite-preview.csv", bulk::preview_csv(&status.invite, locale)),
            Err(error) => error.into_response(),
        }
    }

    /// `GET /bulk-invite/{id}/results.csv`: each row's outcome (so far, while the job runs).
    pub async fn results_csv(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, Path(id): Path<String>) -> Response {
        let results = async {
            let me = Me::from_session(ctx, session, locale).await?;
            Ok::<_, PageError>(bulk::results(&me.ctx, &me.actor, &id).await?)
        };
        match results.await {
            Ok((status, rows)) => csv("guestlist-bulk-invite-results.csv", bulk::outcomes_csv(&bulk::outcomes(&status.invite, &rows, locale))),
            Err(error) => error.into_response(),
        }
    }

    /// How often the progress is sent while the job runs.
    const EVERY: Duration = Duration::from_secs(1);

    /// `GET /bulk-invite/{id}/events`: the job's progress as server-sent events (`progress`,
    /// JSON), every second while it runs, then once more and the stream ends.
    pub async fn events(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, Path(id): Path<String>) -> Response {
        let me = match Me::from_session(ctx, session, locale).await {
            Ok(me) => me,
            Err(error) => return error.into_response(),
        };
        if let Err(error) = bulk::progress(&me.ctx, &me.actor, &id).await {
            return PageError::from(error).into_response();
        }
        let stream = futures::stream::unfold(Some((me, id, true)), |state| async move {
            let (me, id, first) = state?;
            if !first {
                tokio::time::sleep(EVERY).await;
            }
            let progress = bulk::progress(&me.ctx, &me.actor, &id).await.ok().flatten();
            let open = progress.as_ref().is_some_and(|p| p.open);
            let event = Event::default().event("progress").json_data(&progress).unwrap_or_default();
            Some((Ok::<_, Infallible>(event), open.then_some((me, id, false))))
        });
        Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
    }
}
