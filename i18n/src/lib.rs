//! Guestlist's languages: the [`Locale`]s it speaks, how one is chosen for a person
//! ([`Locale::choose`]), its messages in each ([`tr!`], from the Fluent files in `locales/`), and
//! dates and numbers as each language writes them.
//!
//! To add a language: a folder `locales/<tag>/` with the same files and messages as
//! `locales/en/`, and a [`Locale`] variant; the tests say what is missing.

mod catalog;
mod format;

use serde::{Deserialize, Serialize};

pub use catalog::{message_ids, translate, Arg, Problem, check};
pub use format::{date, date_time, number};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    De,
    Fr,
    Es,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::En, Locale::De, Locale::Fr, Locale::Es, Locale::Ar];

    /// The BCP 47 tag, as in `<html lang>` and the `locales/` folder.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ar => "ar",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Ar => "العربية",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self == Locale::Ar { "rtl" } else { "ltr" }
    }

    /// The locale of a language tag ("de", "de-AT", "fr_CA", "AR-sa"), by its language alone.
    pub fn parse(tag: &str) -> Option<Locale> {
        let language = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == language)
    }

    /// The first language of an `Accept-Language` header Guestlist speaks, by the browser's
    /// preference (`q`), as RFC 9110 section 12.5.4 describes it.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut ranges: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let range = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q=").map(|q| q.trim().parse::<f32>().unwrap_or(0.0)))
                    .unwrap_or(1.0);
                (q > 0.0 && !range.is_empty()).then_some((q, range))
            })
            .collect();
        // Stable: equal weights keep the header's order.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges.into_iter().find_map(|(_, range)| Locale::parse(range))
    }

    /// The language to speak to a person: the one they chose, else their account's (the ID
    /// token's preferred language), else their browser's, else English.
    pub fn choose(choice: Option<&str>, account: Option<&str>, accept_language: Option<&str>) -> Locale {
        choice
            .and_then(Locale::parse)
            .or_else(|| account.and_then(Locale::parse))
            .or_else(|| accept_language.and_then(Locale::from_accept_language))
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Locale {
    type Err = String;

    fn from_str(s: &str) -> Result<Locale, String> {
        Locale::parse(s).ok_or_else(|| {
            let known: Vec<_> = Locale::ALL.iter().map(|l| l.tag()).collect();
            format!("Guestlist does not speak “{s}”; it speaks {}.", known.join(", "))
        })
    }
}

/// A message in `locale`: `tr!(locale, "invite-sent")`, `tr!(locale, "guests-count", count = 3)`.
/// A message the language lacks is taken from English (and the tests fail on it).
#[macro_export]
macro_rules! tr {
    ($locale:expr, $id:expr $(,)?) => {
        $crate::translate($locale, $id, &[])
    };
    ($locale:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::translate($locale, $id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_read_by_its_language() {
        assert_eq!(Locale::parse("de-AT"), Some(Locale::De));
        assert_eq!(Locale::parse("AR_sa"), Some(Locale::Ar));
        assert_eq!(Locale::parse("pt-BR"), None);
        assert_eq!("fr".parse::<Locale>(), Ok(Locale::Fr));
        assert!("xx".parse::<Locale>().unwrap_err().contains("en, de, fr, es, ar"));
    }

    #[test]
    fn the_browser_preference_is_weighed() {
        assert_eq!(Locale::from_accept_language("pt-BR,pt;q=0.9,es;q=0.8,en;q=0.7"), Some(Locale::Es));
        assert_eq!(Locale::from_accept_language("en;q=0.5, de"), Some(Locale::De));
        assert_eq!(Locale::from_accept_language("fr;q=0, ar;q=0.1"), Some(Locale::Ar));
        assert_eq!(Locale::from_accept_language("*"), None);
        assert_eq!(Locale::from_accept_language(""), None);
    }

    #[test]
    fn a_choice_beats_the_account_which_beats_the_browser() {
        assert_eq!(Locale::choose(Some("es"), Some("de-DE"), Some("fr")), Locale::Es);
        assert_eq!(Locale::choose(None, Some("de-DE"), Some("fr")), Locale::De);
        assert_eq!(Locale::choose(Some("xx"), Some("pt"), Some("fr-CA")), Locale::Fr);
        assert_eq!(Locale::choose(None, None, Some("ja")), Locale::En);
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::De.dir(), "ltr");
    }
}
