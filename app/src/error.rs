//! The one error type above the services: what a page shows when a server function fails.
//! Built from the services' [`services::Error`] (whose words are meant for people) and from the
//! transport errors of server functions; on the server it also sets the response's HTTP status.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Why a page could not do something. Shown to people as is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum PageError {
    #[error(transparent)]
    Service(services::Error),
    /// The request did not reach the server function, or its answer could not be read.
    #[error("The portal did not answer properly ({0}). Check your connection and try again.")]
    Transport(String),
}

impl From<services::Error> for PageError {
    fn from(error: services::Error) -> Self {
        #[cfg(feature = "ssr")]
        set_status(error.status());
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
