//! Dates and numbers as each language writes them (Unicode CLDR's conventions).

use chrono::{DateTime, Utc};

use crate::Locale;

/// A day: "3 March 2026", "3. März 2026", "3 mars 2026", "3 de marzo de 2026", "3 مارس 2026".
pub fn date(locale: Locale, at: DateTime<Utc>) -> String {
    let pattern = match locale {
        Locale::En | Locale::Fr | Locale::Ar => "%-d %B %Y",
        Locale::De => "%-d. %B %Y",
        Locale::Es => "%-d de %B de %Y",
    };
    localized(locale, at, pattern)
}

/// A moment, to the minute, in UTC (the time zone every Guestlist page states).
pub fn date_time(locale: Locale, at: DateTime<Utc>) -> String {
    let pattern = match locale {
        Locale::En => "%-d %B %Y %H:%M UTC",
        Locale::De => "%-d. %B %Y, %H:%M UTC",
        Locale::Fr => "%-d %B %Y à %H:%M UTC",
        Locale::Es => "%-d de %B de %Y, %H:%M UTC",
        Locale::Ar => "%-d %B %Y، %H:%M UTC",
    };
    localized(locale, at, pattern)
}

fn localized(locale: Locale, at: DateTime<Utc>, pattern: &str) -> String {
    let names = match locale {
        Locale::En => chrono::Locale::en_GB,
        Locale::De => chrono::Locale::de_DE,
        Locale::Fr => chrono::Locale::fr_FR,
        Locale::Es => chrono::Locale::es_ES,
        Locale::Ar => chrono::Locale::ar_EG,
    };
    at.format_localized(pattern, names).to_string()
}

/// A number: "5,000" / "5.000" / "5 000" / "5000" (Spanish groups from five digits) / "5,000".
pub fn number(locale: Locale, value: f64) -> String {
    number_text(locale, &value.to_string())
}

/// `digits` ("-1234.5", as Rust writes a number) with the language's separators. Arabic keeps
/// the Latin digits Entra's own Arabic pages show.
pub(crate) fn number_text(locale: Locale, digits: &str) -> String {
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').map_or((digits, None), |(w, f)| (w, Some(f)));
    let (group, decimal, min_grouping) = match locale {
        Locale::En | Locale::Ar => (",", ".", 4),
        Locale::De => (".", ",", 4),
        Locale::Fr => ("\u{202f}", ",", 4),
        Locale::Es => (".", ",", 5),
    };
    let mut out = String::from(sign);
    if whole.len() >= min_grouping && whole.bytes().all(|b| b.is_ascii_digit()) {
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(digit);
        }
    } else {
        out.push_str(whole);
    }
    if let Some(fraction) = fraction {
        out.push_str(decimal);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_in_each_language() {
        let at = Utc.with_ymd_and_hms(2026, 3, 3, 14, 5, 0).unwrap();
        assert_eq!(date(Locale::En, at), "3 March 2026");
        assert_eq!(date(Locale::De, at), "3. März 2026");
        assert_eq!(date(Locale::Fr, at), "3 mars 2026");
        assert_eq!(date(Locale::Es, at), "3 de marzo de 2026");
        assert_eq!(date(Locale::Ar, at), "3 مارس 2026");
        assert_eq!(date_time(Locale::En, at), "3 March 2026 14:05 UTC");
        assert_eq!(date_time(Locale::De, at), "3. März 2026, 14:05 UTC");
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(number(Locale::En, 5000.0), "5,000");
        assert_eq!(number(Locale::De, 1234567.0), "1.234.567");
        assert_eq!(number(Locale::Fr, 5000.5), "5\u{202f}000,5");
        assert_eq!(number(Locale::Es, 5000.0), "5000");
        assert_eq!(number(Locale::Es, 50000.0), "50.000");
        assert_eq!(number(Locale::En, 999.0), "999");
        assert_eq!(number(Locale::De, -0.25), "-0,25");
    }
}
