//! Converting internal accounts to B2B: people who were given an account of this
//! tenant before B2B collaboration existed move to signing in with their own organisation's
//! account, keeping their object id, user name, groups and app assignments.
//!
//! `/convert/:id` is an assistant for one account: it checks every precondition Microsoft has
//! ("Invite internal users to B2B collaboration" on Microsoft Learn), explains each blocker and its fix,
//! lets the admin choose what else happens, then sends the invitation and shows the invite
//! module's result page. `/convert` does the same for several accounts at once: a preview with
//! each account's blockers and action, then per-account results with a retry for failures.
//!
//! Everything works without JavaScript: plain GET search forms and plain POSTs whose answers
//! wait in the session for the page after the redirect.

mod page;

pub use page::{ConvertBatchPage, ConvertPage};
pub use services::convert::{Account, Assessment, Batch, BatchRow, ConvertForm, Finding, MailChange, RowResult, Severity};

use std::collections::BTreeMap;

use crate::error::PageError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A conversion that was not done: the form again, and why not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConvertDraft {
    pub form: ConvertForm,
    pub problems: Vec<String>,
}

/// What the assistant's page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConvertPageData {
    pub assessment: Assessment,
    pub form: ConvertForm,
    /// Why the last submit was refused, shown once.
    pub problems: Vec<String>,
}

/// What the batch page shows: the search and its internal accounts, or the batch in progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchPageData {
    pub query: String,
    pub accounts: Vec<Account>,
    pub batch: Option<Batch>,
    /// Why the last action could not be done, shown once.
    pub error: Option<String>,
}

#[cfg(feature = "ssr")]
mod server {
    use super::{Batch, ConvertDraft};
    use crate::error::PageError;
    use crate::server::{answer, redirect_with, Me};
    use crate::routes;

    pub const DRAFT: &str = "convert_draft";
    pub const BATCH: &str = "convert_batch";
    pub const BATCH_ERROR: &str = "convert_batch_error";

    /// Keeps a refused form for the page after the redirect of a plain POST.
    pub async fn refused(me: &Me, draft: ConvertDraft) -> Result<Option<ConvertDraft>, PageError> {
        me.save().await?;
        answer(DRAFT, draft).await
    }

    pub async fn keep(me: &Me, batch: &Batch) -> Result<(), PageError> {
        me.save().await?;
        redirect_with(BATCH, batch, routes::CONVERT).await
    }

    /// A batch action that could not run: said once on the batch page (a refusal of the
    /// person's permission is an error of its own).
    pub async fn batch_failed(error: services::Error) -> Result<(), PageError> {
        if error.is_refusal() {
            return Err(error.into());
        }
        redirect_with(BATCH_ERROR, &error.to_string(), routes::CONVERT).await
    }
}

/// The assistant's page for account `id`, checked for `email` (else the account's `mail`).
#[server(endpoint = "convert/page")]
pub async fn convert_page(id: String, email: Option<String>) -> Result<ConvertPageData, PageError> {
    let me = crate::server::Me::load().await?;
    let draft: Option<ConvertDraft> = crate::server::take(server::DRAFT).await?.filter(|d: &ConvertDraft| d.form.user_id == id);
    let typed = draft.as_ref().map(|d| d.form.email.clone()).or(email).filter(|e| !e.trim().is_empty());
    let assessment = services::convert::assess_account(&me.ctx, &me.actor, &id, typed.as_deref()).await?;
    me.save().await?;
    let (form, problems) = match draft {
        Some(ConvertDraft { form, problems }) => (form, problems),
        None => (services::convert::default_form(&assessment), Vec::new()),
    };
    Ok(ConvertPageData { assessment, form, problems })
}

/// Checks the account and address again, then converts: sets `mail` if needed, sends the
/// invitation with `invitedUser.id`, and the chosen extras; then the invite result page.
#[server(endpoint = "convert/send")]
pub async fn convert_user(form: ConvertForm) -> Result<Option<ConvertDraft>, PageError> {
    use crate::server::keys::INVITE_OUTCOME;
    let me = crate::server::Me::load().await?;
    match services::convert::convert_account(&me.ctx, &me.actor, &form).await? {
        Ok(outcome) => {
            me.save().await?;
            crate::server::redirect_with(INVITE_OUTCOME, &outcome, crate::routes::INVITE_DONE).await.map(|()| None)
        }
        Err(problems) => server::refused(&me, ConvertDraft { form, problems }).await,
    }
}

/// The batch page: internal accounts matching `query`, or the batch in progress.
#[server(endpoint = "convert/batch")]
pub async fn batch_page(query: String) -> Result<BatchPageData, PageError> {
    let me = crate::server::Me::load().await?;
    me.require(services::Role::Admin)?;
    let error = crate::server::take(server::BATCH_ERROR).await?;
    let batch: Option<Batch> = crate::server::peek(server::BATCH).await?;
    let accounts = match &batch {
        Some(_) => Vec::new(),
        None => services::convert::find_internal(&me.ctx, &me.actor, &query).await?,
    };
    Ok(BatchPageData { query, accounts, batch, error })
}

/// Checks the ticked accounts (`pick[{row}]={id}`; nothing ticked sends nothing) and keeps them
/// as a batch to preview.
#[server(endpoint = "convert/preview")]
pub async fn preview_batch(pick: Option<BTreeMap<usize, String>>) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let pick = pick.unwrap_or_default();
    let mut ids: Vec<&str> = pick.values().map(String::as_str).collect();
    ids.dedup();
    match services::convert::preview_batch(&me.ctx, &me.actor, &ids).await {
        Ok(rows) => server::keep(&me, &Batch { rows, ..Batch::default() }).await,
        Err(error) => server::batch_failed(error).await,
    }
}

/// Converts the batch's eligible accounts that have no result yet, with the choices ticked
/// (checkboxes are present when ticked), or (`retry`) the failed ones with the same choices.
#[server(endpoint = "convert/run")]
pub async fn run_batch(
    send_mail: Option<String>,
    language: Option<String>,
    set_guest: Option<String>,
    retry: Option<String>,
) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    me.require(services::Role::Admin)?;
    let Some(mut batch) = crate::server::peek::<Batch>(server::BATCH).await? else {
        let gone = services::Error::NotFound(crate::t!("convert-batch-gone"));
        return server::batch_failed(gone).await;
    };
    if retry.is_none() {
        batch.send_mail = send_mail.is_some();
        batch.language = language.unwrap_or_default();
        batch.set_guest = set_guest.is_some();
    }
    let ran = services::convert::run_batch(&me.ctx, &me.actor, &mut batch, retry.is_some()).await;
    // What was converted before a failure is kept, so the page shows it; refused choices are not.
    if !matches!(ran, Err(services::Error::Invalid(_))) {
        server::keep(&me, &batch).await?;
    }
    match ran {
        Ok(()) => Ok(()),
        Err(error) => server::batch_failed(error).await,
    }
}

/// Ends the batch, back to choosing accounts.
#[server(endpoint = "convert/clear")]
pub async fn clear_batch() -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    me.require(services::Role::Admin)?;
    crate::server::take::<Batch>(server::BATCH).await?;
    leptos_axum::redirect(crate::routes::CONVERT);
    Ok(())
}
