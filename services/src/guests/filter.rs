//! The Guests list's view: filters, search, sort, columns and the page cursor, as the query
//! string of `/guests` — so a view can be bookmarked, shared and exported as it is.
//!
//! [`GuestForm`] is the query string as sent (every value text, as a plain GET form sends it);
//! [`GuestFilter`] is the checked view, built with [`GuestFilter::parse`] or [`GuestFilter::from_form`], whose
//! errors say in plain words what to enter instead.

use chrono::NaiveDate;

/// A day in the filter (`created_from`, `created_to`).
pub type Date = NaiveDate;
use serde::{Deserialize, Serialize};

use i18n::{tr, Locale};

use crate::Error;

/// The list's path (`app::routes::GUESTS`; the services build links without the app crate).
pub const GUESTS_PATH: &str = "/guests";

/// Declares a filter value with its URL spelling, its words in English and its message (the
/// words in a person's language), and the message that refuses another value.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident, $refused:literal { $($variant:ident = $wire:literal, $words:literal, $id:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// As the URL spells it.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire,)+ }
            }

            /// In words in `locale`, for labels and headings.
            pub fn words(self, locale: Locale) -> String {
                i18n::translate(locale, self.message_id(), &[])
            }

            /// The English words the message must give (checked by the tests).
            #[cfg(test)]
            fn english(self) -> &'static str {
                match self { $($name::$variant => $words,)+ }
            }

            /// The message of [`Self::words`].
            fn message_id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            fn parse(value: &str, locale: Locale) -> Result<Self, Error> {
                match value.trim() {
                    $($wire => Ok($name::$variant),)+
                    other => Err(Error::Invalid(i18n::translate(
                        locale,
                        $refused,
                        &[("value", other.into()), ("choices", [$($wire),+].join(", ").into())],
                    ))),
                }
            }
        }
    };
}

choice!(
    /// The status filter.
    StatusFilter, "guests-filter-bad-status" {
        Pending = "pending", "Pending", "guests-status-filter-pending";
        Active = "active", "Active", "guests-status-filter-active";
        Inactive = "inactive", "Inactive", "guests-status-filter-inactive";
        Never = "never", "Never signed in", "guests-status-filter-never";
        Disabled = "disabled", "Disabled", "guests-status-filter-disabled";
        Unknown = "unknown", "Unknown", "guests-status-filter-unknown";
    }
);

choice!(
    /// Graph's `userType`.
    TypeFilter, "guests-filter-bad-type" {
        Guest = "guest", "Guest", "guests-type-guest";
        Member = "member", "Member", "guests-type-member";
    }
);

choice!(
    /// What the list is sorted by.
    Sort, "guests-filter-bad-sort" {
        Name = "name", "Name", "guests-sort-name";
        Created = "created", "Created", "guests-sort-created";
        StateChanged = "state_changed", "Invitation state changed", "guests-sort-state-changed";
        LastSignIn = "last_sign_in", "Last sign-in", "guests-sort-last-sign-in";
    }
);

choice!(
    /// Ascending or descending.
    Direction, "guests-filter-bad-dir" {
        Asc = "asc", "Ascending", "guests-dir-asc";
        Desc = "desc", "Descending", "guests-dir-desc";
    }
);

choice!(
    /// A column of the list and of its CSV export.
    Column, "guests-filter-bad-column" {
        Name = "name", "Name", "guests-column-name";
        Upn = "upn", "User name (UPN)", "guests-column-upn";
        Mail = "mail", "E-mail", "guests-column-mail";
        UserType = "type", "User type", "guests-column-type";
        Identities = "identities", "Signs in with", "guests-column-identities";
        Synced = "synced", "Directory synced", "guests-column-synced";
        Invitation = "invitation", "Invitation state", "guests-column-invitation";
        Status = "status", "Status", "guests-column-status";
        LastSignIn = "last_sign_in", "Last sign-in", "guests-column-last-sign-in";
        Created = "created", "Created", "guests-column-created";
        Company = "company", "Company", "guests-column-company";
        Sponsors = "sponsors", "Sponsors", "guests-column-sponsors";
        Enabled = "enabled", "Account enabled", "guests-column-enabled";
    }
);

/// The columns shown when the view does not choose.
pub const DEFAULT_COLUMNS: &[Column] = &[
    Column::Name,
    Column::Upn,
    Column::UserType,
    Column::Identities,
    Column::Synced,
    Column::Invitation,
    Column::Status,
    Column::LastSignIn,
];

/// An identity provider in words in `locale`, as the filter names it (Graph's name for any other).
pub fn provider_name(issuer: &str, locale: Locale) -> String {
    let id = match issuer.to_ascii_lowercase().as_str() {
        "externalazuread" => "guests-provider-entra",
        "microsoftaccount" => "guests-provider-microsoft",
        "google.com" => "guests-provider-google",
        "facebook.com" => "guests-provider-facebook",
        "mail" => "guests-provider-mail",
        _ => return issuer.to_owned(),
    };
    i18n::translate(locale, id, &[])
}

/// A user type as Graph spells it (`Guest`, `Member`) in words in `locale`; any other as it is.
pub fn user_type_name(user_type: &str, locale: Locale) -> String {
    match user_type {
        "Guest" => TypeFilter::Guest.words(locale),
        "Member" => TypeFilter::Member.words(locale),
        other => other.to_owned(),
    }
}

/// Identity providers as Graph's `identities` name them, in the filter's choices (in English;
/// [`provider_name`] names them in a person's language).
pub const PROVIDERS: &[(&str, &str)] = &[
    ("ExternalAzureAD", "Another Microsoft Entra organisation"),
    ("MicrosoftAccount", "Microsoft account"),
    ("google.com", "Google"),
    ("facebook.com", "Facebook"),
    ("mail", "One-time passcode (e-mail)"),
];

/// The query string as a GET form sends it: every value text; empty means "not set".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GuestForm {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub user_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inactive_days: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_days: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sponsor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_sponsor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dir: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cols: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

/// One checked view of the list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuestFilter {
    /// Name, e-mail address or user name starts with this.
    pub q: Option<String>,
    pub status: Option<StatusFilter>,
    pub user_type: Option<TypeFilter>,
    /// Identity issuer (`ExternalAzureAD`, `google.com`, `mail`, a SAML issuer, …).
    pub provider: Option<String>,
    pub synced: Option<bool>,
    /// E-mail domain, lower case, without `@`.
    pub domain: Option<String>,
    pub created_from: Option<NaiveDate>,
    pub created_to: Option<NaiveDate>,
    /// Last sign-in more than this many days ago.
    pub inactive_days: Option<u32>,
    /// Invitation pending for more than this many days.
    pub pending_days: Option<u32>,
    /// Sponsored by this person: their object id or e-mail address (lower case); the list
    /// looks an address up in the directory.
    pub sponsor: Option<String>,
    pub no_sponsor: bool,
    pub enabled: Option<bool>,
    pub sort: Option<Sort>,
    pub dir: Option<Direction>,
    /// The chosen columns; empty means [`DEFAULT_COLUMNS`].
    pub cols: Vec<Column>,
    /// Where the page starts: an opaque cursor from the previous page.
    pub after: Option<String>,
}

fn set(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A field of the filter form as its problems name it (the message of its name).
fn field(locale: Locale, id: &str) -> String {
    i18n::translate(locale, id, &[])
}

fn yes_no(locale: Locale, field_id: &str, value: &str) -> Result<bool, Error> {
    match value {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(Error::Invalid(tr!(locale, "guests-filter-bad-yes-no", value = other, field = field(locale, field_id)))),
    }
}

fn date(locale: Locale, field_id: &str, value: &str) -> Result<NaiveDate, Error> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| Error::Invalid(tr!(locale, "guests-filter-bad-date", value = value, field = field(locale, field_id))))
}

fn days(locale: Locale, field_id: &str, value: &str) -> Result<u32, Error> {
    value
        .parse::<u32>()
        .ok()
        .filter(|d| *d <= 36_500)
        .ok_or_else(|| Error::Invalid(tr!(locale, "guests-filter-bad-days", value = value, field = field(locale, field_id))))
}

/// An object id as Graph writes it (`8-4-4-4-12` hexadecimal digits).
pub fn is_object_id(value: &str) -> bool {
    value.len() == 36
        && value.char_indices().all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { c == '-' } else { c.is_ascii_hexdigit() })
}

/// Something with one `@` between a name and a dotted domain, no spaces and nothing Graph's
/// filter would need escaped beyond quotes: good enough to look up (the directory decides).
fn looks_like_address(value: &str) -> bool {
    match value.split_once('@') {
        Some((name, domain)) => {
            !name.is_empty() && domain.contains('.') && !domain.contains('@') && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// A cursor is opaque to people but only ever made of these characters (no `/`, `:` or `.`), so
/// it can never be a link somewhere else.
pub fn is_cursor(value: &str) -> bool {
    !value.is_empty() && value.len() <= 2048 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl GuestFilter {
    /// The checked view of `form`, its problems said in `locale`.
    pub fn from_form(form: GuestForm, locale: Locale) -> Result<GuestFilter, Error> {
        let filter = GuestFilter::from_fields(form, locale)?;
        filter.check(locale)?;
        Ok(filter)
    }

    /// Each field read on its own, without checking them against each other.
    fn from_fields(form: GuestForm, locale: Locale) -> Result<GuestFilter, Error> {
        let domain = match set(&form.domain) {
            None => None,
            Some(domain) => {
                let domain = domain.trim_start_matches('@').to_lowercase();
                let valid = domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
                if !valid {
                    return Err(Error::Invalid(tr!(locale, "guests-filter-bad-domain", value = domain)));
                }
                Some(domain)
            }
        };
        let sponsor = match set(&form.sponsor) {
            Some(value) if !is_object_id(value) && !looks_like_address(value) => {
                return Err(Error::Invalid(tr!(locale, "guests-filter-bad-sponsor", value = value)))
            }
            other => other.map(str::to_lowercase),
        };
        let after = match set(&form.after) {
            Some(cursor) if !is_cursor(cursor) => {
                return Err(Error::Invalid(tr!(locale, "guests-filter-bad-cursor")))
            }
            other => other.map(str::to_owned),
        };
        let cols = match set(&form.cols) {
            None => Vec::new(),
            Some(list) => {
                let mut cols = Vec::new();
                for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    let column = Column::parse(name, locale)?;
                    if !cols.contains(&column) {
                        cols.push(column);
                    }
                }
                cols
            }
        };
        let filter = GuestFilter {
            q: set(&form.q).map(str::to_owned),
            status: set(&form.status).map(|v| StatusFilter::parse(v, locale)).transpose()?,
            user_type: set(&form.user_type).map(|v| TypeFilter::parse(v, locale)).transpose()?,
            provider: set(&form.provider).map(str::to_owned),
            synced: set(&form.synced).map(|v| yes_no(locale, "guests-field-synced", v)).transpose()?,
            domain,
            created_from: set(&form.created_from).map(|v| date(locale, "guests-field-created-from", v)).transpose()?,
            created_to: set(&form.created_to).map(|v| date(locale, "guests-field-created-to", v)).transpose()?,
            inactive_days: set(&form.inactive_days).map(|v| days(locale, "guests-field-inactive-days", v)).transpose()?,
            pending_days: set(&form.pending_days).map(|v| days(locale, "guests-field-pending-days", v)).transpose()?,
            sponsor,
            no_sponsor: set(&form.no_sponsor).map(|v| yes_no(locale, "guests-field-no-sponsor", v)).transpose()?.unwrap_or(false),
            enabled: set(&form.enabled).map(|v| yes_no(locale, "guests-field-enabled", v)).transpose()?,
            sort: set(&form.sort).map(|v| Sort::parse(v, locale)).transpose()?,
            dir: set(&form.dir).map(|v| Direction::parse(v, locale)).transpose()?,
            cols,
            after,
        };
        Ok(filter)
    }

    /// Whether the fields agree with each other.
    fn check(&self, locale: Locale) -> Result<(), Error> {
        if let (Some(from), Some(to)) = (self.created_from, self.created_to) {
            if from > to {
                return Err(Error::Invalid(tr!(locale, "guests-filter-dates-swapped", from = from.to_string(), to = to.to_string())));
            }
        }
        if self.sponsor.is_some() && self.no_sponsor {
            return Err(Error::Invalid(tr!(locale, "guests-filter-sponsor-and-none")));
        }
        Ok(())
    }
}

impl From<&GuestFilter> for GuestForm {
    fn from(filter: &GuestFilter) -> GuestForm {
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
        GuestForm {
            q: filter.q.clone(),
            status: filter.status.map(|s| s.as_str().to_owned()),
            user_type: filter.user_type.map(|t| t.as_str().to_owned()),
            provider: filter.provider.clone(),
            synced: filter.synced.map(yes_no),
            domain: filter.domain.clone(),
            created_from: filter.created_from.map(|d| d.to_string()),
            created_to: filter.created_to.map(|d| d.to_string()),
            inactive_days: filter.inactive_days.map(|d| d.to_string()),
            pending_days: filter.pending_days.map(|d| d.to_string()),
            sponsor: filter.sponsor.clone(),
            no_sponsor: filter.no_sponsor.then(|| "yes".to_owned()),
            enabled: filter.enabled.map(yes_no),
            sort: filter.sort.map(|s| s.as_str().to_owned()),
            dir: filter.dir.map(|d| d.as_str().to_owned()),
            cols: (!filter.cols.is_empty())
                .then(|| filter.cols.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",")),
            after: filter.after.clone(),
        }
    }
}

impl GuestFilter {
    /// Parses a query string, with problems in `locale`.
    pub fn parse(query: &str, locale: Locale) -> Result<GuestFilter, Error> {
        let form: GuestForm = serde_urlencoded::from_str(query.trim_start_matches('?'))
            .map_err(|e| Error::Invalid(tr!(locale, "guests-filter-bad-address", problem = e.to_string())))?;
        GuestFilter::from_form(form, locale)
    }

    /// The view in `query` as typed, for correcting it when [`GuestFilter::parse`] refused it
    /// because its fields contradict each other; `None` when a field itself cannot be read.
    pub fn as_typed(query: &str) -> Option<GuestFilter> {
        serde_urlencoded::from_str(query.trim_start_matches('?')).ok().and_then(|form| GuestFilter::from_fields(form, Locale::En).ok())
    }

    /// The view as a query string (without `?`; empty for the unfiltered list). Parsing it gives
    /// the same view back.
    pub fn to_query_string(&self) -> String {
        serde_urlencoded::to_string(GuestForm::from(self)).unwrap_or_default()
    }

    /// A link to this view of the list.
    pub fn href(&self) -> String {
        match self.to_query_string() {
            query if query.is_empty() => GUESTS_PATH.to_owned(),
            query => format!("{GUESTS_PATH}?{query}"),
        }
    }

    /// The same view from its first page.
    pub fn first_page(&self) -> GuestFilter {
        GuestFilter { after: None, ..self.clone() }
    }

    /// The same view from the page after `cursor`.
    pub fn page_after(&self, cursor: &str) -> GuestFilter {
        GuestFilter { after: Some(cursor.to_owned()), ..self.clone() }
    }

    /// The columns to show: the chosen ones, or the defaults.
    pub fn columns(&self) -> &[Column] {
        if self.cols.is_empty() { DEFAULT_COLUMNS } else { &self.cols }
    }

    /// The view narrows the list (anything beyond sort, columns and page).
    pub fn is_filtered(&self) -> bool {
        let GuestFilter { sort: _, dir: _, cols: _, after: _, no_sponsor, .. } = self;
        *no_sponsor || GuestFilter { sort: None, dir: None, cols: Vec::new(), after: None, ..self.clone() } != GuestFilter::default()
    }

    /// The filter's reading of a status value: whether `status` passes it.
    pub fn wants_status(&self, status: StatusFilter) -> bool {
        self.status.is_none_or(|wanted| wanted == status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(filter: &GuestFilter) {
        let query = filter.to_query_string();
        assert_eq!(&GuestFilter::parse(&query, Locale::En).unwrap(), filter, "{query}");
        let href = filter.href();
        assert_eq!(&GuestFilter::parse(href.trim_start_matches(GUESTS_PATH), Locale::En).unwrap(), filter, "{href}");
    }

    #[test]
    fn views_survive_the_url_with_quotes_hashes_percents_and_non_ascii() {
        for q in ["O'Brien", "say \"hi\"", "#EXT#", "100% & more", "Zoë Ångström", "李", "a+b=c?d", "  padded"] {
            let filter = GuestFilter { q: Some(q.trim().to_owned()), ..GuestFilter::default() };
            round_trip(&filter);
        }
        let everything = GuestFilter {
            q: Some("O'Brien #1".into()),
            status: Some(StatusFilter::Inactive),
            user_type: Some(TypeFilter::Member),
            provider: Some("https://idp.fabrikam.example/saml?x=1&y=%2F".into()),
            synced: Some(false),
            domain: Some("bücher.example".into()),
            created_from: NaiveDate::from_ymd_opt(2026, 1, 1),
            created_to: NaiveDate::from_ymd_opt(2026, 3, 31),
            inactive_days: Some(90),
            pending_days: Some(30),
            sponsor: None,
            no_sponsor: true,
            enabled: Some(true),
            sort: Some(Sort::LastSignIn),
            dir: Some(Direction::Desc),
            cols: vec![Column::Name, Column::Sponsors, Column::Company],
            after: Some("c2tpcHRva2VuPTEwMA".into()),
        };
        round_trip(&everything);
        let query = everything.to_query_string();
        assert!(query.contains("q=O%27Brien+%231") && query.contains("cols=name%2Csponsors%2Ccompany"), "{query}");
        assert_eq!(GuestFilter::default().href(), "/guests");
        assert_eq!(GuestFilter { status: Some(StatusFilter::Pending), ..Default::default() }.href(), "/guests?status=pending");
    }

    #[test]
    fn bad_values_are_refused_in_plain_words() {
        let error = |query: &str| GuestFilter::parse(query, Locale::En).unwrap_err().to_string();
        assert_eq!(
            error("status=sleeping"),
            "“sleeping” is not a status. Choose one of: pending, active, inactive, never, disabled, unknown."
        );
        assert!(error("created_from=31/03/2026").contains("year-month-day"));
        assert!(error("inactive_days=-3").contains("whole number"));
        assert!(error("domain=not a domain").contains("part after the @"));
        assert!(error("sponsor=x'%20or%201%20eq%201").contains("e-mail address"));
        assert_eq!(GuestFilter::parse("sponsor=Ana%40Contoso.com", Locale::En).unwrap().sponsor.as_deref(), Some("ana@contoso.com"));
        assert!(error("after=https%3A%2F%2Fevil.example%2F").contains("Start again from the first page"));
        assert!(error("cols=name,password").contains("not a column"));
        assert!(error("created_from=2026-04-01&created_to=2026-03-01").contains("swap"));
        assert!(error("synced=maybe").contains("yes or no"));
        assert!(error("enabled=maybe").contains("for account enabled:"));
        let german = GuestFilter::parse("status=sleeping", Locale::De).unwrap_err().to_string();
        assert!(german.contains("pending, active"), "{german}");
        assert!(!german.contains("is not a status"), "{german}");
    }

    #[test]
    fn every_value_has_its_words_in_each_language() {
        for locale in Locale::ALL {
            let all: Vec<String> = StatusFilter::ALL.iter().map(|v| v.words(locale))
                .chain(TypeFilter::ALL.iter().map(|v| v.words(locale)))
                .chain(Sort::ALL.iter().map(|v| v.words(locale)))
                .chain(Direction::ALL.iter().map(|v| v.words(locale)))
                .chain(Column::ALL.iter().map(|v| v.words(locale)))
                .chain(PROVIDERS.iter().map(|(p, _)| provider_name(p, locale)))
                .collect();
            assert!(all.iter().all(|w| !w.starts_with("guests-")), "{locale}: {all:?}");
        }
        for column in Column::ALL {
            assert_eq!(column.words(Locale::En), column.english());
        }
        for status in StatusFilter::ALL {
            assert_eq!(status.words(Locale::En), status.english());
        }
        for user_type in TypeFilter::ALL {
            assert_eq!(user_type.words(Locale::En), user_type.english());
        }
        for sort in Sort::ALL {
            assert_eq!(sort.words(Locale::En), sort.english());
        }
        for dir in Direction::ALL {
            assert_eq!(dir.words(Locale::En), dir.english());
        }
        for (issuer, words) in PROVIDERS {
            assert_eq!(provider_name(issuer, Locale::En), *words);
        }
        assert_eq!(StatusFilter::Never.words(Locale::En), "Never signed in");
        assert_eq!(Sort::StateChanged.words(Locale::En), "Invitation state changed");
    }

    #[test]
    fn empty_fields_mean_not_set_and_domains_are_tidied() {
        let filter = GuestFilter::parse("q=&status=&domain=%40Fabrikam.COM&cols=", Locale::En).unwrap();
        assert_eq!(filter, GuestFilter { domain: Some("fabrikam.com".into()), ..GuestFilter::default() });
        assert!(filter.is_filtered());
        assert_eq!(filter.columns(), DEFAULT_COLUMNS);
        assert!(!GuestFilter::parse("sort=name&dir=desc&cols=name", Locale::En).unwrap().is_filtered());
        assert!(GuestFilter::parse("no_sponsor=yes", Locale::En).unwrap().is_filtered());
    }
}
