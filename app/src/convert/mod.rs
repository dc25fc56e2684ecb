//! Converting internal accounts to B2B (issue 5): people who were given an account of this
//! tenant before B2B collaboration existed move to signing in with their own organisation's
//! account, keeping their object id, user name, groups and app assignments.
//!
//! `/convert/:id` is an assistant for one account: it checks every precondition Microsoft has
//! (graph-b2b.md §1, "Inviting an existing internal user"), explains each blocker and its fix,
//! lets the admin choose what else happens, then sends the invitation and shows the invite
//! module's result page. `/convert` does the same for several accounts at once: a preview with
//! each account's blockers and action, then per-account results with a retry for failures.
//!
//! Everything works without JavaScript: plain GET search forms and plain POSTs whose answers
//! wait in the session for the page after the redirect.

mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use page::{ConvertBatchPage, ConvertPage};

use std::collections::BTreeMap;

use crate::invite::InviteError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How much a finding stands in the way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    /// Microsoft would refuse the conversion: fix this first.
    Blocker,
    /// The conversion works, but the admin should know this.
    Warning,
}

/// What Guestlist found out about an account, in plain words: what it is and what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub title: String,
    pub text: String,
}

/// An internal account, as the lists and the assistant show it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: String,
    pub display_name: String,
    /// How the account is addressed in sentences: the first name, else the display name.
    pub short_name: String,
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Member` or `Guest`.
    pub user_type: String,
    /// Synchronised from an on-premises Active Directory.
    pub synced: bool,
    /// Has an Exchange Online mailbox.
    pub mailbox: bool,
    /// Who vouches for each way the account signs in (`identities`' issuers), e.g. the tenant's
    /// own domain, or `ExternalAzureAD` once redeemed with another Entra organisation.
    pub sign_in_with: Vec<String>,
}

/// Whether the account's `mail` already is the external address, and if not, whether Guestlist
/// can set it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailChange {
    /// `mail` is the address already.
    Matches,
    /// A cloud account without a mailbox: Guestlist can set `mail` (PATCH) before inviting.
    CanSet,
    /// Exchange or the on-premises directory owns `mail`: a blocker explains where to change it.
    Elsewhere,
}

/// The result of every check for one account and one external address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub account: Account,
    /// The external address checked.
    pub address: String,
    pub findings: Vec<Finding>,
    /// `PendingAcceptance` or `Accepted` when the account already signs in externally (or was
    /// invited to): then it is resent or reset, not converted.
    pub already_invited: Option<String>,
    pub mail: MailChange,
    /// The tenant's Teams address for the converted person (Teams otherwise opens their own
    /// organisation).
    pub teams_url: String,
}

impl Assessment {
    pub fn blockers(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Blocker)
    }

    pub fn can_convert(&self) -> bool {
        self.blockers().next().is_none()
    }
}

/// The assistant's form. Text as typed; checkboxes are present (`Some`) when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConvertForm {
    pub user_id: String,
    /// The external address (it was checked on the page; the server checks it again).
    pub email: String,
    /// Set `mail` to the address first (needed unless it is already).
    pub set_mail: Option<String>,
    /// Cloud-only accounts: reset the password to a random value, so it stops working.
    pub reset_password: Option<String>,
    /// Members: set UserType to Guest (MAU billing, guest permissions).
    pub set_guest: Option<String>,
    /// Microsoft mails the invitation; otherwise Guestlist shows the redeem link.
    pub send_mail: Option<String>,
    pub message: String,
    pub language: String,
    pub cc: String,
}

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

/// How one account of a batch went.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowResult {
    pub converted: bool,
    pub text: String,
    /// The redeem link when Microsoft sent no mail.
    pub redeem_url: Option<String>,
}

/// One account of a batch: its checks, what will be done, and (after converting) the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchRow {
    pub assessment: Assessment,
    pub action: String,
    pub result: Option<RowResult>,
}

impl BatchRow {
    pub fn eligible(&self) -> bool {
        self.assessment.can_convert()
    }

    pub fn failed(&self) -> bool {
        self.result.as_ref().is_some_and(|r| !r.converted)
    }
}

/// A batch in progress, kept in the session between preview, conversion and retries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Batch {
    pub rows: Vec<BatchRow>,
    /// Whether Microsoft mails the invitations, and in which language (set when converting).
    pub send_mail: bool,
    pub language: String,
    pub set_guest: bool,
}

impl Batch {
    pub fn converted(&self) -> bool {
        self.rows.iter().any(|r| r.result.is_some())
    }
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
    use super::service::Step;
    use super::{Batch, ConvertDraft};
    use crate::auth::{Principal, Role};
    use crate::invite::server as invite;
    use crate::invite::InviteError;

    pub const DRAFT: &str = "convert_draft";
    pub const BATCH: &str = "convert_batch";
    pub const BATCH_ERROR: &str = "convert_batch_error";

    /// The signed-in Admin: conversions need User Administrator in Entra (or the app's token).
    pub async fn require_admin() -> Result<Principal, InviteError> {
        Ok(crate::auth::require(Role::Admin).await?)
    }

    /// Keeps a refused form for the page after the redirect of a plain POST.
    pub async fn refused(draft: ConvertDraft) -> Result<Option<ConvertDraft>, InviteError> {
        if invite::is_plain_form_post().await {
            invite::put(DRAFT, &draft).await?;
        }
        Ok(Some(draft))
    }

    /// Writes each step's audit entry.
    pub async fn audit(principal: &Principal, steps: &[Step]) {
        for step in steps {
            crate::audit::write(principal, step.action, &step.target, &step.options, step.outcome, step.request_id.as_deref()).await;
        }
    }

    pub async fn keep(batch: &Batch) -> Result<(), InviteError> {
        invite::put(BATCH, batch).await?;
        leptos_axum::redirect("/convert");
        Ok(())
    }

    /// A batch action that could not run: said once on the batch page.
    pub async fn batch_failed(error: String) -> Result<(), InviteError> {
        invite::put(BATCH_ERROR, &error).await?;
        leptos_axum::redirect("/convert");
        Ok(())
    }

    pub fn graph_error(error: graph::GraphError) -> InviteError {
        InviteError::Graph(error.user_message())
    }
}

/// The assistant's page for account `id`, checked for `email` (else the account's `mail`).
#[server(endpoint = "convert/page")]
pub async fn convert_page(id: String, email: Option<String>) -> Result<ConvertPageData, InviteError> {
    use crate::invite::server as invite;
    let principal = server::require_admin().await?;
    let settings = invite::settings()?;
    let graph = crate::auth::UserGraph::open().await?;
    let callers = invite::callers(&graph, &settings);
    let draft: Option<ConvertDraft> = invite::take(server::DRAFT).await?.filter(|d: &ConvertDraft| d.form.user_id == id);
    let user = service::read_account(&callers.checks, &id).await.map_err(server::graph_error)?;
    let typed = draft.as_ref().map(|d| d.form.email.clone()).or(email).filter(|e| !e.trim().is_empty());
    let address = typed.or_else(|| user.mail.clone()).unwrap_or_default();
    let assessment =
        service::assess(&callers, &settings, &user, &address, &principal.tenant_id).await.map_err(server::graph_error)?;
    graph.save().await?;
    let (form, problems) = match draft {
        Some(ConvertDraft { form, problems }) => (form, problems),
        None => (service::default_form(&assessment), Vec::new()),
    };
    Ok(ConvertPageData { assessment, form, problems })
}

/// Checks the account and address again, then converts: sets `mail` if needed, sends the
/// invitation with `invitedUser.id`, and the chosen extras; then the invite result page.
#[server(endpoint = "convert/send")]
pub async fn convert_user(form: ConvertForm) -> Result<Option<ConvertDraft>, InviteError> {
    use crate::invite::server as invite;
    let principal = server::require_admin().await?;
    let settings = invite::settings()?;
    let graph = crate::auth::UserGraph::open().await?;
    let callers = invite::callers(&graph, &settings);
    let checked = async {
        let user = service::read_account(&callers.checks, &form.user_id).await?;
        service::assess(&callers, &settings, &user, &form.email, &principal.tenant_id).await
    };
    let assessment = match checked.await {
        Ok(assessment) => assessment,
        Err(error) => {
            crate::audit::write(&principal, service::CONVERT, &form.email, &form, "Failed", error.request_id()).await;
            return server::refused(ConvertDraft { problems: vec![error.user_message()], form }).await;
        }
    };
    let problems = service::form_problems(&assessment, &form);
    if !problems.is_empty() {
        crate::audit::write(&principal, service::CONVERT, &form.email, &form, "Refused", None).await;
        return server::refused(ConvertDraft { form, problems }).await;
    }
    let (result, steps) = service::convert(&callers, &settings, &principal, &assessment, &form).await;
    server::audit(&principal, &steps).await;
    match result {
        Ok(outcome) => invite::done(outcome, &graph).await.map(|()| None),
        Err(problem) => server::refused(ConvertDraft { form, problems: vec![problem] }).await,
    }
}

/// The batch page: internal accounts matching `query`, or the batch in progress.
#[server(endpoint = "convert/batch")]
pub async fn batch_page(query: String) -> Result<BatchPageData, InviteError> {
    use crate::invite::server as invite;
    server::require_admin().await?;
    let error = invite::take(server::BATCH_ERROR).await?;
    let batch: Option<Batch> = invite::peek(server::BATCH).await?;
    let accounts = match &batch {
        Some(_) => Vec::new(),
        None => {
            let graph = crate::auth::UserGraph::open().await?;
            service::internal_accounts(&graph.app(), query.trim()).await.map_err(server::graph_error)?
        }
    };
    Ok(BatchPageData { query, accounts, batch, error })
}

/// Checks the ticked accounts (`pick[{row}]={id}`; nothing ticked sends nothing) and keeps them
/// as a batch to preview.
#[server(endpoint = "convert/preview")]
pub async fn preview_batch(pick: Option<BTreeMap<usize, String>>) -> Result<(), InviteError> {
    use crate::invite::server as invite;
    let principal = server::require_admin().await?;
    let pick = pick.unwrap_or_default();
    if pick.is_empty() {
        return server::batch_failed("Tick at least one account to convert.".into()).await;
    }
    if pick.len() > service::MAX_BATCH {
        return server::batch_failed(format!("At most {} accounts at once; tick fewer.", service::MAX_BATCH)).await;
    }
    let settings = invite::settings()?;
    let graph = crate::auth::UserGraph::open().await?;
    let callers = invite::callers(&graph, &settings);
    let mut ids: Vec<&str> = pick.values().map(String::as_str).collect();
    ids.dedup();
    match service::preview(&callers, &settings, &principal.tenant_id, &ids).await {
        Ok(rows) => server::keep(&Batch { rows, ..Batch::default() }).await,
        Err(error) => server::batch_failed(error.user_message()).await,
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
) -> Result<(), InviteError> {
    use crate::invite::server as invite;
    let principal = server::require_admin().await?;
    let Some(mut batch) = invite::peek::<Batch>(server::BATCH).await? else {
        return server::batch_failed("There is no batch to convert any more. Tick the accounts again.".into()).await;
    };
    if retry.is_none() {
        let language = language.unwrap_or_default();
        if !language.is_empty() && !crate::invite::LANGUAGES.iter().any(|(code, _)| *code == language) {
            return server::batch_failed("Pick a language from the list.".into()).await;
        }
        batch.send_mail = send_mail.is_some();
        batch.language = language;
        batch.set_guest = set_guest.is_some();
    }
    let settings = invite::settings()?;
    let graph = crate::auth::UserGraph::open().await?;
    let sender = invite::callers(&graph, &settings).sender;
    let steps = service::run(&sender, &settings, &mut batch, retry.is_some()).await;
    server::audit(&principal, &steps).await;
    graph.save().await?;
    server::keep(&batch).await
}

/// Ends the batch, back to choosing accounts.
#[server(endpoint = "convert/clear")]
pub async fn clear_batch() -> Result<(), InviteError> {
    use crate::invite::server as invite;
    server::require_admin().await?;
    invite::take::<Batch>(server::BATCH).await?;
    leptos_axum::redirect("/convert");
    Ok(())
}
