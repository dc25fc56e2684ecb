//! The one error type above the services: what a page shows when a server function fails.
//! Built from the services' [`services::Error`] (whose words are meant for people, in their
//! language: [`services::Error::message`]) and from the transport errors of server functions; on
//! the server it also sets the response's HTTP status.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Why a page could not do something. Shown to people as is, in the page's language (see
/// [`PageError::message`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum PageError {
    #[error("{}", service_text(.0))]
    Service(services::Error),
    /// The request did not reach the server function, or its answer could not be read.
    #[error("{}", transport_text(.0))]
    Transport(String),
}

impl PageError {
    /// What went wrong in `locale` (for the server's own routes, which know the request's
    /// language but render no page).
    pub fn message(&self, locale: i18n::Locale) -> String {
        match self {
            PageError::Service(error) => error.message(locale),
            PageError::Transport(detail) => i18n::tr!(locale, "shell-transport-error", detail = detail.as_str()),
        }
    }
}

/// A service's error as the page shows it: on the server, in the page's language; in the
/// browser, its text as the server put it in that language (see `From<services::Error>`), as the
/// browser carries no messages (refusals, which carry no text, stay in English there).
fn service_text(error: &services::Error) -> String {
    #[cfg(feature = "ssr")]
    {
        error.message(crate::lang::locale())
    }
    #[cfg(not(feature = "ssr"))]
    {
        error.to_string()
    }
}

fn transport_text(detail: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        crate::t!("shell-transport-error", detail = detail)
    }
    #[cfg(not(feature = "ssr"))]
    {
        format!("The portal did not answer properly ({detail}). Check your connection and try again.")
    }
}

impl From<services::Error> for PageError {
    fn from(error: services::Error) -> Self {
        #[cfg(feature = "ssr")]
        set_status(error.status());
        // In the page's language, also for the browser, which shows its `Display`.
        #[cfg(feature = "ssr")]
        let error = error.localized(crate::lang::locale());
        PageError::Service(error)
    }
}

/// A plain route's answer (a CSV download, not a page): the service's status and words, else 500.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for PageError {
    fn into_response(self) -> axum::response::Response {
        use axum::http::StatusCode;
        let status = match &self {
            PageError::Service(error) => StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (status, self.to_string()).into_response()
    }
}

/// Sets the HTTP status of the response being rendered or answered. Not for a plain form POST
/// (JavaScript off): leptos_axum answers it with a redirect back to its page, which shows the
/// error from the address; another status would leave the browser on a bare error instead.
#[cfg(feature = "ssr")]
fn set_status(status: u16) {
    use leptos::prelude::use_context;
    let plain_form_post = use_context::<axum::http::request::Parts>().is_some_and(|request| {
        request.method == axum::http::Method::POST
            && request.headers.get(axum::http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
    });
    if plain_form_post {
        return;
    }
    if let (Some(response), Ok(status)) = (use_context::<leptos_axum::ResponseOptions>(), axum::http::StatusCode::from_u16(status)) {
        response.set_status(status);
    }
}

impl FromServerFnError for PageError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        PageError::Transport(value.to_string())
    }
}
