//! Why an e-mail address cannot be invited, in the reader's language (the Graph client's
//! [`EmailError`] says it in English, for logs).

use graph::EmailError;
use i18n::{tr, Locale};

/// The longest address and the longest part before the `@` Exchange Online accepts (RFC 5321).
const MAX_ADDRESS: u32 = 254;
const MAX_LOCAL_PART: u32 = 64;

/// `error` in `locale`, to fit into a sentence ("This address cannot be invited: …").
pub fn problem(locale: Locale, error: &EmailError) -> String {
    match error {
        EmailError::Empty => tr!(locale, "address-empty"),
        EmailError::TooLong => tr!(locale, "address-too-long", max = MAX_ADDRESS),
        EmailError::MissingAt => tr!(locale, "address-missing-at"),
        EmailError::MultipleAt => tr!(locale, "address-multiple-at"),
        EmailError::EmptyLocalPart => tr!(locale, "address-empty-local-part"),
        EmailError::LocalPartTooLong => tr!(locale, "address-local-part-too-long", max = MAX_LOCAL_PART),
        EmailError::Whitespace => tr!(locale, "address-whitespace"),
        EmailError::ForbiddenCharacter(c) => tr!(locale, "address-forbidden-character", character = c.to_string()),
        EmailError::EdgeDotOrHyphen => tr!(locale, "address-edge-dot-or-hyphen"),
        EmailError::ConsecutiveDots => tr!(locale, "address-consecutive-dots"),
        EmailError::InvalidDomain(domain) => tr!(locale, "address-invalid-domain", domain = domain),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use graph::EmailAddress;

    #[test]
    fn in_english_as_the_graph_client_says_it_and_in_german() {
        for input in ["", "a", "a@@b.com", "@b.com", "a b@c.com", "a+b@c.com", ".a@b.com", "a..b@c.com", "a@b", &"x".repeat(300)] {
            let error = EmailAddress::parse(input).unwrap_err();
            assert_eq!(problem(Locale::En, &error), error.to_string(), "{input}");
        }
        let error = EmailAddress::parse("ann@contoso").unwrap_err();
        assert_eq!(problem(Locale::De, &error), "„contoso“ ist kein gültiger Domänenname (erwartet wird etwa contoso.com)");
    }
}
