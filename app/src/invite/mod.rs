//! The Invite page (issue 4): a form a non-technical inviter gets right the first time. Checks
//! run before sending (live as you type with JavaScript, and again on the server), then the
//! invitation is sent and the result page shows exactly what happened.
//!
//! Works without JavaScript: the form is a plain POST to the server function; refused forms and
//! results come back through the session (see [`send_invite`]).

#[cfg(feature = "ssr")]
pub mod mail;
pub(crate) mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use page::{InviteDonePage, InvitePage};

use crate::auth::AccessError;
use leptos::prelude::*;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// The languages Microsoft's invitation mail is offered in here (`messageLanguage`).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en-US", "English"),
    ("de-DE", "Deutsch (German)"),
    ("fr-FR", "Français (French)"),
    ("es-ES", "Español (Spanish)"),
    ("nl-NL", "Nederlands (Dutch)"),
    ("it-IT", "Italiano (Italian)"),
    ("pt-BR", "Português (Portuguese, Brazil)"),
    ("pl-PL", "Polski (Polish)"),
    ("sv-SE", "Svenska (Swedish)"),
    ("da-DK", "Dansk (Danish)"),
    ("fi-FI", "Suomi (Finnish)"),
    ("nb-NO", "Norsk (Norwegian)"),
    ("ja-JP", "日本語 (Japanese)"),
    ("zh-CN", "中文 (Chinese, Simplified)"),
    ("ko-KR", "한국어 (Korean)"),
];

/// Everything the inviter fills in. Every field is text as typed, so a refused form can be
/// shown again exactly; the service validates. Checkboxes are present (`Some`) when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub display_name: String,
    pub message: String,
    pub language: String,
    pub cc: String,
    pub send_mail: Option<String>,
    pub redirect_url: String,
    pub as_member: Option<String>,
    pub given_name: String,
    pub surname: String,
    pub job_title: String,
    pub company: String,
    pub department: String,
    pub usage_location: String,
    /// Sponsors, one a line: a person's e-mail address or a group's name. Empty: the inviter.
    pub sponsors: String,
    /// Groups to add the guest to, one name (or group e-mail) a line.
    pub groups: String,
    /// `{servicePrincipalId}/{appRoleId}` of the enterprise app to assign, or empty.
    pub app: String,
}

impl InviteForm {
    pub fn send_mail(&self) -> bool {
        self.send_mail.is_some()
    }

    pub fn as_member(&self) -> bool {
        self.as_member.is_some()
    }
}

/// Which field a problem belongs next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Email,
    Cc,
    Language,
    RedirectUrl,
    UserType,
    UsageLocation,
    Sponsors,
    Groups,
    App,
    /// Not a field: whether the person may invite at all.
    Permission,
}

/// Why an invitation would fail, and what to do instead, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub field: Field,
    pub text: String,
}

/// Someone already in the directory under the address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExistingUser {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub is_guest: bool,
    /// `PendingAcceptance` or `Accepted` for invited guests.
    pub state: Option<String>,
}

/// The result of the checks before sending.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub problems: Vec<Problem>,
    pub existing: Option<ExistingUser>,
}

impl Review {
    pub fn can_send(&self) -> bool {
        self.problems.is_empty() && self.existing.is_none()
    }

    fn about(&self, field: Field) -> Vec<String> {
        self.problems.iter().filter(|p| p.field == field).map(|p| p.text.clone()).collect()
    }
}

/// A form that was not sent: what was entered, why not, and any error from Microsoft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub form: InviteForm,
    pub review: Review,
    /// Microsoft's answer in plain words, with its request id.
    pub error: Option<String>,
}

/// A step after the invitation itself (Graph's invitation cannot do these).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FollowUp {
    /// Set the form's name, job and location properties.
    Properties,
    AddToGroup { group_id: String },
    AssignApp { service_principal_id: String, app_role_id: String },
}

/// One follow-up step and how it went; `error` says why it failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub what: String,
    pub action: FollowUp,
    pub error: Option<String>,
}

/// An enterprise app role the guest can be given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppChoice {
    /// `{servicePrincipalId}/{appRoleId}`.
    pub value: String,
    pub label: String,
}

/// What happened, for the result page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteOutcome {
    pub display_name: String,
    pub email: String,
    pub user_id: String,
    pub user_principal_name: String,
    pub state: String,
    pub mail_sent: bool,
    pub redeem_url: Option<String>,
    /// The redeem link as a QR code (inline SVG made on the server), for phones.
    pub redeem_qr_svg: Option<String>,
    pub sponsors: Vec<String>,
    pub steps: Vec<Step>,
    /// The language and personal message chosen, for "Send it from Guestlist".
    pub language: String,
    pub message: Option<String>,
    /// Whether the portal can mail the link itself (SMTP configured, or the sandbox).
    pub can_mail_link: bool,
    /// Where Guestlist mailed the link, once it did; or why it could not.
    pub link_mailed_to: Option<String>,
    pub link_mail_error: Option<String>,
    /// The page's heading when this was not a plain invitation (a conversion, a reset).
    pub heading: Option<String>,
    /// What the guest will experience next, and what changes then, in plain sentences.
    pub what_next: Vec<String>,
    /// Graph's request id of the invitation, for the audit trail and Microsoft support.
    pub request_id: Option<String>,
    /// Why the guest's details could not be read back after the invitation, if they could not.
    pub read_error: Option<String>,
    /// The form again when a follow-up step failed, so it can be retried (its properties).
    pub retry_form: Option<InviteForm>,
}

/// What the form page needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitePageData {
    pub is_admin: bool,
    /// Resetting a redemption needs an administrator in Entra, or the portal's own token.
    pub can_reset: bool,
    pub defaults: InviteForm,
    pub allowed_redirect_prefixes: Vec<String>,
    pub apps: Vec<AppChoice>,
    /// A form refused on a plain (JavaScript-off) POST, shown again once.
    pub draft: Option<Draft>,
}

/// Why the invite page could not do something. Shown as is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum InviteError {
    #[error(transparent)]
    Access(#[from] AccessError),
    #[error("{0}")]
    Graph(String),
    #[error("The portal's invitation settings are missing. An administrator should check the server.")]
    NotConfigured,
    #[error("There is no invitation to show. Start a new one on the Invite page.")]
    NothingToShow,
    #[error("Guestlist has no mail server set up (GUESTLIST_SMTP_URL). Copy the link instead.")]
    NoMailer,
}

impl FromServerFnError for InviteError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        InviteError::Access(AccessError::from_server_fn_error(value))
    }
}

/// The invite module's server plumbing, shared with the Directory's actions (which end on the
/// same result page): session answers, the senders, the audit helper.
#[cfg(feature = "ssr")]
pub(crate) mod server {
    use super::service::{self, Callers, CredentialMode, InviteSettings};
    use super::{Draft, InviteError, InviteForm, InviteOutcome};
    use crate::auth::{current_principal, AccessError, Principal, Role, UserGraph};
    use tower_sessions::Session;

    /// Session keys for the answers of plain form posts (which come back by redirect).
    pub const DRAFT: &str = "invite_draft";
    pub const OUTCOME: &str = "invite_outcome";

    /// The signed-in Inviter or Admin (401/403 otherwise).
    pub async fn require_inviter() -> Result<Principal, InviteError> {
        let outcome = match current_principal().await? {
            None => Err(AccessError::SignedOut),
            Some(principal) if service::may_use_invite_page(&principal) => Ok(principal),
            Some(_) => Err(AccessError::NotAllowed { needed: Role::Inviter }),
        };
        if let Err(error) = &outcome {
            let status = match error {
                AccessError::SignedOut => axum::http::StatusCode::UNAUTHORIZED,
                _ => axum::http::StatusCode::FORBIDDEN,
            };
            if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(status);
            }
        }
        Ok(outcome?)
    }

    pub fn default_form(settings: &InviteSettings) -> InviteForm {
        InviteForm {
            language: "en-US".into(),
            send_mail: Some("on".into()),
            redirect_url: settings.default_redirect.to_string(),
            ..InviteForm::default()
        }
    }

    pub fn settings() -> Result<InviteSettings, InviteError> {
        leptos::prelude::use_context::<InviteSettings>().ok_or(InviteError::NotConfigured)
    }

    pub fn callers(graph: &UserGraph, settings: &InviteSettings) -> Callers {
        let sender = match settings.credential {
            CredentialMode::Delegated => graph.caller(),
            CredentialMode::Application => graph.app(),
        };
        Callers { checks: graph.app(), sender }
    }

    pub async fn session() -> Result<Session, InviteError> {
        leptos_axum::extract::<Session>()
            .await
            .map_err(|e| InviteError::Access(AccessError::Unavailable(format!("no session ({e})"))))
    }

    fn store_failed(error: tower_sessions::session::Error) -> InviteError {
        InviteError::Access(AccessError::Unavailable(format!("the session store failed ({error})")))
    }

    pub async fn put<T: serde::Serialize>(key: &str, value: &T) -> Result<(), InviteError> {
        session().await?.insert(key, value).await.map_err(store_failed)
    }

    pub async fn take<T: serde::de::DeserializeOwned>(key: &str) -> Result<Option<T>, InviteError> {
        session().await?.remove::<T>(key).await.map_err(store_failed)
    }

    pub async fn peek<T: serde::de::DeserializeOwned>(key: &str) -> Result<Option<T>, InviteError> {
        session().await?.get::<T>(key).await.map_err(store_failed)
    }

    /// A browser's plain form POST (no JavaScript) gets its answer by redirect to the page,
    /// so the answer has to wait in the session; leptos_axum decides the same way.
    pub async fn is_plain_form_post() -> bool {
        leptos_axum::extract::<axum::http::HeaderMap>().await.is_ok_and(|headers| {
            headers.get(axum::http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"))
        })
    }

    /// Writes an invitation attempt to the audit trail, with the request id of Graph's answer.
    pub async fn audit(principal: &Principal, action: &str, target: &str, options: &InviteForm, outcome: &str, request_id: Option<&str>) {
        crate::audit::write(principal, action, target, options, outcome, request_id).await;
    }

    /// The audit outcome of a completed invitation.
    pub fn invited(outcome: &InviteOutcome) -> &'static str {
        if outcome.steps.iter().any(|step| step.error.is_some()) { "Invited, a step failed" } else { "Invited" }
    }

    /// Keeps a refused form for the page after the redirect, when there is one.
    pub async fn refused(draft: Draft) -> Result<Option<Draft>, InviteError> {
        if is_plain_form_post().await {
            put(DRAFT, &draft).await?;
        }
        Ok(Some(draft))
    }

    pub async fn done(outcome: InviteOutcome, graph: &UserGraph) -> Result<(), InviteError> {
        graph.save().await?;
        put(OUTCOME, &outcome).await?;
        leptos_axum::redirect("/invite/done");
        Ok(())
    }
}

/// The form's defaults and, after a refused plain POST, the refused form.
#[server(endpoint = "invite/page")]
pub async fn invite_page() -> Result<InvitePageData, InviteError> {
    use crate::auth::Role;
    let principal = server::require_inviter().await?;
    let settings = server::settings()?;
    Ok(InvitePageData {
        is_admin: principal.has(Role::Admin),
        can_reset: principal.has(Role::Admin) || settings.credential == service::CredentialMode::Application,
        defaults: server::default_form(&settings),
        apps: {
            let graph = crate::auth::UserGraph::open().await?;
            service::app_choices(&graph.app()).await.map_err(|e| InviteError::Graph(e.user_message()))?
        },
        allowed_redirect_prefixes: settings.allowed_redirect_prefixes.clone(),
        draft: server::take(server::DRAFT).await?,
    })
}

/// The live checks for the address as it is typed.
#[server(endpoint = "invite/check")]
pub async fn check_address(email: String) -> Result<Review, InviteError> {
    server::require_inviter().await?;
    let settings = server::settings()?;
    let graph = crate::auth::UserGraph::open().await?;
    let review = service::review_address(&server::callers(&graph, &settings), &settings, &email)
        .await
        .map_err(|e| InviteError::Graph(e.user_message()))?;
    graph.save().await?;
    Ok(review)
}

/// Checks the form and, if nothing stands in the way, sends the invitation and goes to the
/// result page. Returns the refused form otherwise.
#[server(endpoint = "invite/send")]
pub async fn send_invite(form: InviteForm) -> Result<Option<Draft>, InviteError> {
    let principal = server::require_inviter().await?;
    let settings = server::settings()?;
    let graph = crate::auth::UserGraph::open().await?;
    let callers = server::callers(&graph, &settings);
    let review = match service::review(&callers, &settings, &principal, &form).await {
        Ok(review) => review,
        Err(error) => {
            server::audit(&principal, "Invite", &form.email, &form, "Failed", error.request_id()).await;
            let draft = Draft { form, review: Review::default(), error: Some(error.user_message()) };
            return server::refused(draft).await;
        }
    };
    if !review.can_send() {
        server::audit(&principal, "Invite", &form.email, &form, "Refused", None).await;
        return server::refused(Draft { form, review, error: None }).await;
    }
    match service::send(&callers, &settings, &principal, &form).await {
        Ok(outcome) => {
            server::audit(&principal, "Invite", &form.email, &form, server::invited(&outcome), outcome.request_id.as_deref()).await;
            server::done(outcome, &graph).await.map(|()| None)
        }
        Err(error) => {
            server::audit(&principal, "Invite", &form.email, &form, "Failed", error.request_id()).await;
            server::refused(Draft { form, review, error: Some(error.user_message()) }).await
        }
    }
}

/// Resend the invitation to an existing guest, or reset their redemption (`reset`).
#[server(endpoint = "invite/again")]
pub async fn invite_again(user_id: String, reset: Option<String>) -> Result<Option<Draft>, InviteError> {
    let principal = server::require_inviter().await?;
    let settings = server::settings()?;
    let refused = |error: String| Draft { form: server::default_form(&settings), review: Review::default(), error: Some(error) };
    let Ok(user_id) = user_id.parse::<graph::ObjectId>() else {
        return server::refused(refused("That is not a user of this directory.".into())).await;
    };
    let graph = crate::auth::UserGraph::open().await?;
    let sender = server::callers(&graph, &settings).sender;
    let action = if reset.is_some() { "Reset redemption" } else { "New invitation link" };
    let target = user_id.to_string();
    let no_form = InviteForm::default();
    match service::reinvite(&sender, &settings, &principal, user_id, reset.is_some(), None).await {
        Ok(outcome) => {
            server::audit(&principal, action, &outcome.email, &no_form, "Invited", outcome.request_id.as_deref()).await;
            server::done(outcome, &graph).await.map(|()| None)
        }
        Err(error) => {
            server::audit(&principal, action, &target, &no_form, "Failed", error.request_id()).await;
            server::refused(refused(error.user_message())).await
        }
    }
}

/// Tries the failed follow-up steps of the last invitation again.
#[server(endpoint = "invite/retry")]
pub async fn retry_steps() -> Result<(), InviteError> {
    let principal = server::require_inviter().await?;
    let settings = server::settings()?;
    let mut outcome: InviteOutcome = server::peek(server::OUTCOME).await?.ok_or(InviteError::NothingToShow)?;
    let graph = crate::auth::UserGraph::open().await?;
    service::retry(&server::callers(&graph, &settings).sender, &mut outcome).await;
    let form = outcome.retry_form.clone().unwrap_or_default();
    server::audit(&principal, "Retry follow-up steps", &outcome.email, &form, server::invited(&outcome), None).await;
    server::done(outcome, &graph).await
}

/// A person or group offered by the type-ahead pickers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// What goes into the list: a person's address or a group's name.
    pub value: String,
    pub label: String,
}

/// People (by name or address) and groups (by name) starting with `text`, for the pickers.
#[server(endpoint = "invite/suggest")]
pub async fn directory_suggestions(text: String, groups_only: bool) -> Result<Vec<Suggestion>, InviteError> {
    server::require_inviter().await?;
    let text = text.trim();
    if text.chars().count() < 2 {
        return Ok(Vec::new());
    }
    let graph = crate::auth::UserGraph::open().await?;
    let found = service::suggestions(&graph.app(), text, groups_only).await.map_err(|e| InviteError::Graph(e.user_message()))?;
    Ok(found)
}

/// The last invitation's outcome, for the result page.
#[server(endpoint = "invite/outcome")]
pub async fn last_outcome() -> Result<InviteOutcome, InviteError> {
    server::require_inviter().await?;
    let mut outcome: InviteOutcome = server::peek(server::OUTCOME).await?.ok_or(InviteError::NothingToShow)?;
    outcome.can_mail_link = use_context::<mail::Mailer>().is_some();
    Ok(outcome)
}

/// "Send it from Guestlist": mails the last invitation's link to the guest through SMTP.
#[server(endpoint = "invite/mail-link")]
pub async fn mail_link() -> Result<(), InviteError> {
    let principal = server::require_inviter().await?;
    let mut outcome: InviteOutcome = server::peek(server::OUTCOME).await?.ok_or(InviteError::NothingToShow)?;
    let mailer = use_context::<mail::Mailer>().ok_or(InviteError::NoMailer)?;
    let link = outcome.redeem_url.clone().ok_or(InviteError::NothingToShow)?;
    let sent = mailer
        .send(&mail::LinkMail {
            to: &outcome.email,
            inviter: &principal.name,
            language: &outcome.language,
            message: outcome.message.as_deref(),
            link: &link,
        })
        .await;
    let result = if sent.is_ok() { "Invited" } else { "Failed" };
    let options = InviteForm { language: outcome.language.clone(), ..InviteForm::default() };
    server::audit(&principal, "Send link from Guestlist", &outcome.email, &options, result, None).await;
    match sent {
        Ok(()) => (outcome.link_mailed_to, outcome.link_mail_error) = (Some(outcome.email.clone()), None),
        Err(error) => outcome.link_mail_error = Some(error.to_string()),
    }
    server::put(server::OUTCOME, &outcome).await?;
    leptos_axum::redirect("/invite/done");
    Ok(())
}
