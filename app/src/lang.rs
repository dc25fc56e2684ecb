//! The language of the page: the request's [`Locale`] (chosen by the server from the person's
//! choice, their account or their browser), the [`t!`](crate::t) macro for a message in it, and
//! [`Texts`], the messages an island takes with it to the browser.

use std::collections::BTreeMap;

use i18n::Locale;
use serde::{Deserialize, Serialize};

/// The page's language. On the server, the one the server chose for this request; in the
/// browser, the page's own (`<html lang>`).
pub fn locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<axum::http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Locale>().copied())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        leptos::prelude::document()
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|lang| Locale::parse(&lang))
            .unwrap_or_default()
    }
}

/// A message in the page's language: `t!("invite-title")`, `t!("guests-count", count = n)`.
#[macro_export]
macro_rules! t {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        ::i18n::tr!($crate::lang::locale(), $id $(, $name = $value)*)
    };
}

/// The messages an island shows, put into the page's language on the server: the browser gets
/// these few strings instead of every message in every language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Texts(BTreeMap<String, String>);

impl Texts {
    /// `ids`, each in the page's language (messages without variables).
    pub fn of(ids: &[&str]) -> Texts {
        let locale = locale();
        Texts(ids.iter().map(|id| ((*id).to_owned(), i18n::translate(locale, id, &[]))).collect())
    }

    /// Adds a message put together on the server (one with variables).
    pub fn with(mut self, id: &str, text: String) -> Texts {
        self.0.insert(id.to_owned(), text);
        self
    }

    /// The message `id`; its id if the server did not send it (a mistake the tests catch).
    pub fn text(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }
}
