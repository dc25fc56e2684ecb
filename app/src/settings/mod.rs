//! The Settings page (`/settings`, Admins): partner rules per domain, who invites directly (the
//! other members ask), who approves invitation requests and when they expire, redirect prefixes,
//! blocked domains, the default message per language, the mail server and the audit retention;
//! the tenant's own settings beside them and the effective result for a domain; "Send a test
//! mail"; every saved version with who and when, to view and restore; export (a JSON file,
//! `/settings/export.json`) and import. What inviters may grant stays on the Rules page.
//!
//! Works without JavaScript: the domain check and the views are GET forms and links, every
//! change a plain POST answered by a redirect, its answer waiting in the session.

mod page;

pub use page::SettingsPage as SettingsPageView;

use crate::error::PageError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use services::configuration::{GeneralForm, InvitersForm, MailForm, MessageForm, RuleForm, SettingsPage, VersionInfo};

#[cfg(feature = "ssr")]
pub use server::json_export;

/// The answer to a change, shown once on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub done: bool,
    pub text: String,
}

/// What the Settings page shows for the address's `domain`, `edit` and `version`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsData {
    pub page: SettingsPage,
    /// The rule form: the rule named by `edit`, else empty for a new one.
    pub rule: RuleForm,
    pub general: GeneralForm,
    pub inviters: InvitersForm,
    /// The default message form: the language named by `message`, else empty for a new one.
    pub message: MessageForm,
    /// The mail server (without its password) and sender as saved here.
    pub mail: MailForm,
    /// The version named by `version`, as JSON.
    pub viewed: Option<(VersionInfo, String)>,
    pub notice: Option<Notice>,
}

#[cfg(feature = "ssr")]
mod server {
    use axum::http::header;
    use axum::response::{IntoResponse, Response};
    use axum::Extension;
    use services::Context;
    use tower_sessions::Session;

    use super::Notice;
    use crate::error::PageError;
    use crate::server::{redirect_with, Me};

    /// Session key of the last change's [`Notice`].
    pub const NOTICE: &str = "settings_notice";

    /// Back to the Settings page with what happened; input that cannot be saved in words,
    /// refusals and failures as errors.
    pub async fn answered(me: &Me, result: Result<String, services::Error>) -> Result<(), PageError> {
        me.save().await?;
        let notice = match result {
            Ok(text) => Notice { done: true, text },
            Err(error @ (services::Error::Invalid(_) | services::Error::NotFound(_) | services::Error::NotConfigured(_))) => {
                Notice { done: false, text: error.to_string() }
            }
            Err(error) => return Err(error.into()),
        };
        redirect_with(NOTICE, &notice, crate::routes::SETTINGS).await
    }

    /// `GET /settings/export.json`: the settings in force as a JSON file, for administrators.
    pub async fn json_export(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>) -> Response {
        let json = async {
            let me = Me::from_session(ctx, session, locale).await?;
            Ok::<_, PageError>(services::configuration::export(&me.ctx, &me.actor).await?)
        };
        match json.await {
            Ok(json) => (
                [
                    (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"guestlist-settings.json\""),
                ],
                json,
            )
                .into_response(),
            Err(error) => error.into_response(),
        }
    }
}

#[cfg(feature = "ssr")]
fn saved(version: VersionInfo) -> String {
    crate::t!("settings-saved", id = version.id.to_string(), summary = version.summary)
}

#[server(endpoint = "settings/page")]
pub async fn load_settings(domain: String, edit: String, message: String, version: Option<i64>) -> Result<SettingsData, PageError> {
    let me = crate::server::Me::load().await?;
    let page = services::configuration::page(&me.ctx, &me.actor, &domain).await?;
    let rule = page.document.partner_rules.iter().find(|r| r.domain == edit).map(RuleForm::of).unwrap_or_default();
    let general = GeneralForm::of(&page.document);
    let inviters = InvitersForm::of(page.document.inviters.as_ref());
    let message = page
        .document
        .message_templates
        .iter()
        .find(|t| t.language == message)
        .map(|t| MessageForm { language: t.language.clone(), message: t.message.clone() })
        .unwrap_or_default();
    let mail = MailForm {
        smtp_url: page.document.smtp_url.clone().unwrap_or_default(),
        smtp_password: String::new(),
        mail_from: page.document.mail_from.clone().unwrap_or_default(),
    };
    let viewed = match version {
        Some(id) => {
            let (info, document) = services::configuration::version(&me.ctx, &me.actor, id).await?;
            Some((info, serde_json::to_string_pretty(&document).unwrap_or_default()))
        }
        None => None,
    };
    me.save().await?;
    Ok(SettingsData { page, rule, general, inviters, message, mail, viewed, notice: crate::server::take(server::NOTICE).await? })
}

/// Adds or changes a partner rule.
#[server(endpoint = "settings/rule")]
pub async fn save_rule(rule: RuleForm) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::save_rule(&me.ctx, &me.actor, &rule).await;
    server::answered(&me, result.map(saved)).await
}

/// Removes the partner rule for `domain`.
#[server(endpoint = "settings/remove-rule")]
pub async fn remove_rule(domain: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::remove_rule(&me.ctx, &me.actor, &domain).await;
    server::answered(&me, result.map(saved)).await
}

/// Saves the requests, redirects, blocked domains and retention.
#[server(endpoint = "settings/general")]
pub async fn save_general(general: GeneralForm) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::save_general(&me.ctx, &me.actor, &general).await;
    server::answered(&me, result.map(saved)).await
}

/// Saves who invites directly.
#[server(endpoint = "settings/inviters")]
pub async fn save_inviters(inviters: InvitersForm) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::save_inviters(&me.ctx, &me.actor, &inviters).await;
    server::answered(&me, result.map(saved)).await
}

/// Sets, changes or removes the default message of one language.
#[server(endpoint = "settings/message")]
pub async fn save_message(message: MessageForm) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::save_message(&me.ctx, &me.actor, &message).await;
    server::answered(&me, result.map(saved)).await
}

/// Saves the mail server and sender.
#[server(endpoint = "settings/mail")]
pub async fn save_mail(mail: MailForm) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::save_mail(&me.ctx, &me.actor, &mail).await;
    server::answered(&me, result.map(saved)).await
}

/// Makes version `id` the one in force again.
#[server(endpoint = "settings/restore")]
pub async fn restore_version(id: i64) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::restore(&me.ctx, &me.actor, id).await;
    server::answered(&me, result.map(saved)).await
}

/// Saves settings exported before (pasted JSON).
#[server(endpoint = "settings/import")]
pub async fn import_settings(json: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::import(&me.ctx, &me.actor, &json).await;
    server::answered(&me, result.map(saved)).await
}

/// Sends a test mail to `to` through the configured mail server.
#[server(endpoint = "settings/test-mail")]
pub async fn test_mail(to: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::configuration::send_test_mail(&me.ctx, &me.actor, &to).await;
    server::answered(&me, result).await
}
