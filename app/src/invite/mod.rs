//! The Invite page: a form a non-technical inviter gets right the first time. Checks
//! run before sending (live as you type with JavaScript, and again on the server), then the
//! invitation is sent and the result page shows exactly what happened.
//!
//! Works without JavaScript: the form is a plain POST to the server function; refused forms and
//! results come back through the session (see [`send_invite`]).

mod page;

pub use page::{InviteDonePage, InvitePage};
pub use services::checks::{ExistingUser, Field, Problem, Review};
pub use services::invite::{AppChoice, InviteForm, InviteOutcome, Suggestion, LANGUAGES};

use crate::error::PageError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A form that was not sent: what was entered, why not, and any error from Microsoft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub form: InviteForm,
    pub review: Review,
    /// Microsoft's answer in plain words, with its request id.
    pub error: Option<String>,
    /// The business reason, when the form is a request.
    #[serde(default)]
    pub reason: String,
}

/// What the form page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitePageData {
    pub is_admin: bool,
    /// Resetting a redemption needs an administrator in Entra, or the portal's own token.
    pub can_reset: bool,
    pub defaults: InviteForm,
    pub allowed_redirect_prefixes: Vec<String>,
    pub apps: Vec<AppChoice>,
    /// The groups an Inviter may add guests to; `None` for administrators (any group).
    pub allowed_groups: Option<Vec<String>>,
    /// A form refused on a plain (JavaScript-off) POST, shown again once.
    pub draft: Option<Draft>,
    /// Why the form goes to an approver instead of being sent, when it does.
    pub request: Option<String>,
    /// Graph was busy or out of reach while the page was made: what it could not tell (apps,
    /// groups, whether the form is a request) is left out, and the form says why.
    pub trouble: Option<String>,
    /// The form's words in the page's language: the form is an island, and the browser has no
    /// messages of its own (see [`form_texts`]).
    pub texts: crate::lang::Texts,
}

/// The messages the Invite form (an island) shows, without variables; those with variables are
/// added by [`invite_page`].
pub const FORM_TEXTS: &[&str] = &[
    "invite-lead",
    "invite-who",
    "invite-email-label",
    "invite-email-help",
    "invite-display-name-label",
    "invite-display-name-help",
    "invite-mail-legend",
    "invite-send-mail-label",
    "invite-send-mail-help",
    "invite-message-help",
    "invite-redirect-label",
    "invite-about-legend",
    "invite-given-name-label",
    "invite-surname-label",
    "invite-name-help",
    "invite-job-title-label",
    "invite-job-title-help",
    "invite-company-label",
    "invite-company-help",
    "invite-department-label",
    "invite-department-help",
    "invite-usage-location-label",
    "invite-usage-location-help",
    "invite-access-legend",
    "invite-sponsors-label",
    "invite-sponsors-help",
    "invite-groups-label",
    "invite-app-label",
    "invite-no-app",
    "invite-submit",
    "invite-submit-request",
    "invite-reason-label",
    "invite-reason-help",
    "invite-find-groups",
    "invite-find-people",
    "invite-error-summary-title",
    "invite-existing-title",
    "invite-existing-instead",
    "invite-existing-new-link",
    "invite-existing-new-link-help",
    "invite-existing-member",
];

/// The words of the Invite form for administrators only.
pub const ADMIN_TEXTS: &[&str] = &["invite-member-label", "invite-member-help"];

/// The words of the Invite form for those who may reset a redemption.
pub const RESET_TEXTS: &[&str] = &["invite-existing-reset", "invite-existing-reset-help"];

/// The Invite form's words in the page's language: [`FORM_TEXTS`], the mail fields', and those
/// that depend on who asks and on the settings.
#[cfg(feature = "ssr")]
fn form_texts(is_admin: bool, can_reset: bool, allowed_groups: Option<&[String]>, allowed_redirect_prefixes: &[String]) -> crate::lang::Texts {
    use crate::t;
    let groups_help = match allowed_groups {
        None => t!("invite-groups-help"),
        Some([]) => t!("invite-groups-help-none"),
        Some(groups) => t!("invite-groups-help-allowed", groups = groups.join(", ")),
    };
    let app_help = if is_admin { t!("invite-app-help") } else { t!("invite-app-help-inviter") };
    let mut ids: Vec<&str> = FORM_TEXTS.iter().chain(crate::widgets::MAIL_TEXTS).copied().collect();
    // Only what the person is offered: the page must not name what they may not do.
    if is_admin {
        ids.extend(ADMIN_TEXTS);
    }
    if can_reset {
        ids.extend(RESET_TEXTS);
    }
    crate::lang::Texts::of(&ids)
        .with("invite-groups-help", groups_help)
        .with("invite-app-help", app_help)
        .with("invite-redirect-help", t!("invite-redirect-help", prefixes = allowed_redirect_prefixes.join(", ")))
}

#[cfg(feature = "ssr")]
mod server {
    use super::{Draft, InviteForm, Review};
    use crate::error::PageError;
    use crate::server::{answer, keys, redirect_with, Me};
    use services::settings::InviteSettings;
    use services::invite::InviteOutcome;

    /// The session key of a form refused on a plain POST, shown once on the form again.
    pub const DRAFT: &str = "invite_draft";

    pub fn default_form(settings: &InviteSettings) -> InviteForm {
        InviteForm {
            language: services::invite::DEFAULT_LANGUAGE.into(),
            send_mail: Some("on".into()),
            redirect_url: settings.default_redirect.to_string(),
            ..InviteForm::default()
        }
    }

    /// A form that was not sent: shown on the form again.
    pub async fn refused(draft: Draft) -> Result<Option<Draft>, PageError> {
        answer(DRAFT, draft).await
    }

    /// What went wrong, with the form as it was typed.
    pub async fn failed(me: &Me, form: InviteForm, error: services::Error) -> Result<Option<Draft>, PageError> {
        if error.is_refusal() {
            return Err(error.into());
        }
        me.save().await?;
        refused(Draft { form, review: Review::default(), error: Some(error.to_string()), reason: String::new() }).await
    }

    /// A part of the page that needs Graph: while Graph is busy or out of reach, `fallback`, with
    /// the first such error kept in `trouble`, so that the form still shows (and keeps what was typed).
    pub fn unless_outage<T>(result: Result<T, services::Error>, fallback: T, trouble: &mut Option<String>) -> Result<T, services::Error> {
        match result {
            Err(error) if error.is_graph_outage() => {
                trouble.get_or_insert_with(|| error.to_string());
                Ok(fallback)
            }
            other => other,
        }
    }

    pub fn nothing_to_show() -> PageError {
        services::Error::NotFound(crate::t!("invite-nothing-to-show")).into()
    }

    /// The result page, with the outcome.
    pub async fn done(me: &Me, outcome: &InviteOutcome) -> Result<(), PageError> {
        me.save().await?;
        redirect_with(keys::INVITE_OUTCOME, outcome, crate::routes::INVITE_DONE).await
    }
}

/// The form's defaults and, after a refused plain POST, the refused form.
#[server(endpoint = "invite/page")]
pub async fn invite_page() -> Result<InvitePageData, PageError> {
    use services::settings::CredentialMode;
    use services::Role;
    let me = crate::server::Me::load().await?;
    let mut trouble = None;
    let apps = server::unless_outage(services::invite::offered_apps(&me.ctx, &me.actor).await, Vec::new(), &mut trouble)?;
    let allowed_groups =
        server::unless_outage(services::invite::offered_groups(&me.ctx, &me.actor).await, Some(Vec::new()), &mut trouble)?;
    let (settings, _) = services::configuration::in_force(&me.ctx).await?;
    let settings = &settings;
    let draft: Option<Draft> = crate::server::take(server::DRAFT).await?;
    let route = services::requests::route_for(&me.ctx, &me.actor, draft.as_ref().map_or("", |d| d.form.email.as_str())).await;
    let can_reset = me.actor.has(Role::Admin) || settings.credential == CredentialMode::Application;
    let texts = form_texts(me.actor.has(Role::Admin), can_reset, allowed_groups.as_deref(), &settings.allowed_redirect_prefixes);
    Ok(InvitePageData {
        is_admin: me.actor.has(Role::Admin),
        can_reset,
        defaults: server::default_form(settings),
        apps,
        allowed_groups,
        allowed_redirect_prefixes: settings.allowed_redirect_prefixes.clone(),
        // A refused form's domain may need approval even for an Inviter: then it asks for the reason
        // too. (Sending checks it again, so an unknown route is a direct form.)
        request: match server::unless_outage(route, services::requests::Route::Direct, &mut trouble)? {
            services::requests::Route::Direct => None,
            services::requests::Route::Request(why) => Some(why),
        },
        draft,
        trouble: trouble.map(|error| crate::t!("invite-trouble", error = error)),
        texts,
    })
}

/// The live checks for the address as it is typed.
#[server(endpoint = "invite/check")]
pub async fn check_address(email: String) -> Result<Review, PageError> {
    let me = crate::server::Me::load().await?;
    let review = services::checks::check_address(&me.ctx, &me.actor, &email).await;
    me.save().await?;
    Ok(review?)
}

/// Checks the form and, if nothing stands in the way, sends the invitation and goes to the
/// result page — or, when the rules make it a request, stores it for an approver and goes to My
/// requests. Returns the refused form otherwise.
#[server(endpoint = "invite/send")]
pub async fn send_invite(form: InviteForm, reason: Option<String>) -> Result<Option<Draft>, PageError> {
    use services::invite::Attempt;
    use services::requests::Asked;
    let me = crate::server::Me::load().await?;
    let reason = reason.unwrap_or_default();
    match services::requests::invite_or_ask(&me.ctx, &me.actor, &form, &reason).await {
        Ok(Asked::Direct(Attempt::Invited(outcome))) => server::done(&me, &outcome).await.map(|()| None),
        Ok(Asked::Direct(Attempt::Refused(review)) | Asked::Refused(review)) => server::refused(Draft { form, review, error: None, reason }).await,
        Ok(Asked::Requested(request)) => {
            me.save().await?;
            let text = crate::t!("invite-request-sent", email = &request.email);
            crate::server::redirect_with(crate::server::keys::REQUEST_NOTICE, &text, crate::routes::MY_REQUESTS).await.map(|()| None)
        }
        Err(error) => server::failed(&me, form, error).await,
    }
}

/// Resend the invitation to an existing guest, or reset their redemption (`reset`).
#[server(endpoint = "invite/again")]
pub async fn invite_again(user_id: String, reset: Option<String>) -> Result<Option<Draft>, PageError> {
    let me = crate::server::Me::load().await?;
    let form = server::default_form(&me.ctx.settings);
    let Ok(user_id) = user_id.parse::<graph::ObjectId>() else {
        return server::failed(&me, form, services::Error::Invalid(crate::t!("invite-not-a-user"))).await;
    };
    match services::invite::invite_again(&me.ctx, &me.actor, user_id, reset.is_some()).await {
        Ok(outcome) => server::done(&me, &outcome).await.map(|()| None),
        Err(error) => server::failed(&me, form, error).await,
    }
}

/// Tries the failed follow-up steps of the last invitation again.
#[server(endpoint = "invite/retry")]
pub async fn retry_steps() -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    me.actor.require_inviter()?;
    let mut outcome: InviteOutcome = crate::server::peek(crate::server::keys::INVITE_OUTCOME).await?.ok_or_else(server::nothing_to_show)?;
    services::invite::retry_steps(&me.ctx, &me.actor, &mut outcome).await?;
    server::done(&me, &outcome).await
}

/// People (by name or address) and groups (by name) starting with `text`, for the pickers.
#[server(endpoint = "invite/suggest")]
pub async fn directory_suggestions(text: String, groups_only: bool) -> Result<Vec<Suggestion>, PageError> {
    let me = crate::server::Me::load().await?;
    let found = services::invite::suggest(&me.ctx, &me.actor, &text, groups_only).await;
    me.save().await?;
    Ok(found?)
}

/// The last invitation's outcome, for the result page.
#[server(endpoint = "invite/outcome")]
pub async fn last_outcome() -> Result<InviteOutcome, PageError> {
    let me = crate::server::Me::load().await?;
    // Helpdesk Administrators end here after a resend or reset from the Directory.
    me.actor.require_inviter().or_else(|_| me.actor.require_helpdesk())?;
    let mut outcome: InviteOutcome = crate::server::peek(crate::server::keys::INVITE_OUTCOME).await?.ok_or_else(server::nothing_to_show)?;
    outcome.can_mail_link = services::configuration::can_mail(&me.ctx).await?;
    Ok(outcome)
}

/// "Send it from Guestlist": mails the last invitation's link to the guest through SMTP.
#[server(endpoint = "invite/mail-link")]
pub async fn mail_link() -> Result<(), PageError> {
    use crate::server::keys::INVITE_OUTCOME;
    let me = crate::server::Me::load().await?;
    // Helpdesk Administrators end here after a resend or reset from the Directory.
    me.actor.require_inviter().or_else(|_| me.actor.require_helpdesk())?;
    let mut outcome: InviteOutcome = crate::server::peek(INVITE_OUTCOME).await?.ok_or_else(server::nothing_to_show)?;
    match services::invite::mail_link(&me.ctx, &me.actor, &outcome).await {
        Ok(to) => (outcome.link_mailed_to, outcome.link_mail_error) = (Some(to), None),
        Err(error) if error.is_refusal() => return Err(error.into()),
        Err(error) => outcome.link_mail_error = Some(error.to_string()),
    }
    crate::server::redirect_with(INVITE_OUTCOME, &outcome, crate::routes::INVITE_DONE).await
}
