//! The server side shared by every page's server functions (never compiled to wasm): who is
//! asking (the services' [`Actor`], from the session), the services' [`Context`], and the
//! post/redirect/get of forms sent without JavaScript, whose answers wait in the session for the
//! page after the redirect.

use axum::http::{header, HeaderMap};
use leptos::prelude::use_context;
use serde::de::DeserializeOwned;
use serde::Serialize;
use services::{Actor, Context, Error, Principal};
use tower_sessions::Session;

use crate::error::PageError;

/// What the server keeps in the session. The sign-in keys are written by the server crate.
pub mod keys {
    /// The [`Principal`](services::Principal) of the signed-in person.
    pub const PRINCIPAL: &str = "principal";
    /// The signed-in person's `graph::DelegatedToken`; never sent to the browser.
    pub const GRAPH_TOKEN: &str = "graph_token";
    /// When and how the person signed in, and when the account is checked again (server crate).
    pub const SIGNED_IN: &str = "signed_in";
    /// The ID token, kept as the `id_token_hint` for signing out at the issuer.
    pub const ID_TOKEN: &str = "id_token";
    /// PKCE verifier, state and nonce of a sign-in in progress.
    pub const PENDING_SIGN_IN: &str = "pending_sign_in";
    /// The last invitation's outcome, for the Invite result page (also after a conversion or a
    /// Directory resend or reset, which end there).
    pub const INVITE_OUTCOME: &str = "invite_outcome";
    /// What became of an Invite form that was sent as a request, for My requests.
    pub const REQUEST_NOTICE: &str = "request_notice";
    /// The language the person's account prefers (the ID token's `xms_pl`, e.g. `de-de`), as
    /// read at sign-in (server crate); the page's language when they chose none.
    pub const ACCOUNT_LANGUAGE: &str = "account_language";
}

fn unavailable(what: impl std::fmt::Display) -> PageError {
    PageError::from(Error::Unavailable(format!("The portal could not read your session ({what}). Try again in a moment.")))
}

/// The browser's session.
pub async fn session() -> Result<Session, PageError> {
    leptos_axum::extract::<Session>().await.map_err(unavailable)
}

/// The services' context, provided to every request by the server.
pub fn context() -> Result<Context, PageError> {
    use_context::<Context>().ok_or_else(|| PageError::from(Error::NotConfigured("The server started without its services.".into())))
}

/// The signed-in person, or `None` when signed out.
pub async fn principal() -> Result<Option<Principal>, PageError> {
    session().await?.get::<Principal>(keys::PRINCIPAL).await.map_err(unavailable)
}

/// The signed-in person as the services' actor, with the services' context.
pub struct Me {
    pub ctx: Context,
    pub actor: Actor,
    session: Session,
}

impl Me {
    /// The signed-in person (401 when signed out).
    pub async fn load() -> Result<Me, PageError> {
        Me::from_session(context()?, session().await?, crate::lang::locale()).await
    }

    /// The same, for plain axum handlers (downloads) that have the session, context and
    /// language (a request extension the server sets) at hand.
    pub async fn from_session(ctx: Context, session: Session, locale: i18n::Locale) -> Result<Me, PageError> {
        let principal = session.get::<Principal>(keys::PRINCIPAL).await.map_err(unavailable)?;
        let token = session.get::<graph::DelegatedToken>(keys::GRAPH_TOKEN).await.map_err(unavailable)?;
        let (Some(principal), Some(token)) = (principal, token) else { return Err(Error::SignedOut.into()) };
        Ok(Me { ctx, actor: Actor::Person { principal, token: graph::DelegatedSession::new(token), locale }, session })
    }

    pub fn principal(&self) -> &Principal {
        self.actor.principal().expect("a signed-in person")
    }

    /// Keeps the delegated token Graph may have renewed during the request.
    pub async fn save(&self) -> Result<(), PageError> {
        if let Actor::Person { token, .. } = &self.actor {
            self.session.insert(keys::GRAPH_TOKEN, token.current()).await.map_err(unavailable)?;
        }
        Ok(())
    }

    /// Refuses (403) unless the person has `role`: for pages that only read what the session holds.
    pub fn require(&self, role: services::Role) -> Result<(), PageError> {
        Ok(self.actor.require(role)?)
    }
}

pub async fn put<T: Serialize>(key: &str, value: &T) -> Result<(), PageError> {
    session().await?.insert(key, value).await.map_err(unavailable)
}

pub async fn take<T: DeserializeOwned>(key: &str) -> Result<Option<T>, PageError> {
    session().await?.remove::<T>(key).await.map_err(unavailable)
}

pub async fn peek<T: DeserializeOwned>(key: &str) -> Result<Option<T>, PageError> {
    session().await?.get::<T>(key).await.map_err(unavailable)
}

/// A browser's plain form POST (no JavaScript) gets its answer by redirect to the page, so the
/// answer has to wait in the session; leptos_axum decides the same way.
async fn is_plain_form_post() -> bool {
    leptos_axum::extract::<HeaderMap>()
        .await
        .is_ok_and(|headers| headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html")))
}

/// Post/redirect/get, for an answer shown on the page the form is on (a refusal, a problem):
/// kept under `key` for the page after a plain form POST's redirect, returned to scripts.
pub async fn answer<T: Serialize>(key: &str, value: T) -> Result<Option<T>, PageError> {
    if is_plain_form_post().await {
        put(key, &value).await?;
    }
    Ok(Some(value))
}

/// Post/redirect/get, for an answer shown on another page: kept under `key`, then to `path`.
pub async fn redirect_with<T: Serialize>(key: &str, value: &T, path: &str) -> Result<(), PageError> {
    put(key, value).await?;
    leptos_axum::redirect(path);
    Ok(())
}
