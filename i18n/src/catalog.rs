//! The messages: every `locales/<tag>/*.ftl` file (Project Fluent's syntax,
//! https://projectfluent.org/fluent/guide/), embedded at build time and read once.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_bundle::types::FluentNumber;
use fluent_syntax::ast;

use crate::Locale;

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

type Bundle = FluentBundle<FluentResource>;

/// A value put into a message: text as it is, or a number (written as the language writes
/// numbers, and choosing the plural form).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u8, u16, u32, u64, usize, f32, f64);

/// The bundles, in [`Locale::ALL`]'s order.
fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| Locale::ALL.iter().map(|&locale| bundle(locale)).collect())
}

fn sources(locale: Locale) -> &'static [(&'static str, &'static str)] {
    SOURCES.iter().find(|(tag, _)| *tag == locale.tag()).map(|(_, files)| *files).unwrap_or(&[])
}

fn bundle(locale: Locale) -> Bundle {
    let language = locale.tag().parse().expect("a valid language tag");
    let mut bundle = Bundle::new_concurrent(vec![language]);
    // Unicode isolation marks keep a Latin name or address from reordering right-to-left text;
    // left-to-right languages do not need them (and they would only get in the way of copying).
    bundle.set_use_isolating(locale.dir() == "rtl");
    bundle.set_formatter(Some(match locale {
        Locale::En => format_value::<0>,
        Locale::De => format_value::<1>,
        Locale::Fr => format_value::<2>,
        Locale::Es => format_value::<3>,
        Locale::Ar => format_value::<4>,
    }));
    for (_, text) in sources(locale) {
        // A file with a syntax error still gives its good messages; `check` (run by the tests)
        // reports the error.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Numbers in the bundle's language (the `L`-th of [`Locale::ALL`]).
fn format_value<const L: usize>(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(crate::format::number_text(Locale::ALL[L], &FluentNumber::as_string(n))),
        _ => None,
    }
}

/// The message `id` in `locale`, with `args` put in; English when the language lacks it, and the
/// id itself when no language has it (the tests make sure neither happens).
pub fn translate(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    let all = bundles();
    let index = Locale::ALL.iter().position(|&l| l == locale).unwrap_or(0);
    let Some((bundle, message)) =
        [index, 0].into_iter().find_map(|i| all[i].get_message(id).map(|m| (&all[i], m)))
    else {
        return id.to_owned();
    };
    let Some(pattern) = message.value() else { return id.to_owned() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// The ids of English's messages (the reference every language must match).
pub fn message_ids() -> BTreeSet<String> {
    messages(Locale::En).into_keys().collect()
}

/// Something wrong with the messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A file that is not valid Fluent.
    Syntax { locale: Locale, file: String, error: String },
    /// The same id twice in one language.
    Duplicate { locale: Locale, id: String },
    /// A message English has and this language lacks.
    Missing { locale: Locale, id: String },
    /// A message this language has and English does not (renamed or removed).
    Unknown { locale: Locale, id: String },
    /// A variable the English message does not give (it would show as `{$name}`).
    UnknownVariable { locale: Locale, id: String, variable: String },
    /// A language folder with no [`Locale`].
    UnknownLanguage { tag: String },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Syntax { locale, file, error } => write!(f, "{locale}/{file}: not valid Fluent: {error}"),
            Problem::Duplicate { locale, id } => write!(f, "{locale}: “{id}” is defined twice"),
            Problem::Missing { locale, id } => write!(f, "{locale}: “{id}” is missing (English has it)"),
            Problem::Unknown { locale, id } => write!(f, "{locale}: “{id}” is not an English message (renamed or removed?)"),
            Problem::UnknownVariable { locale, id, variable } => {
                write!(f, "{locale}: “{id}” uses ${variable}, which the English message does not have")
            }
            Problem::UnknownLanguage { tag } => write!(f, "locales/{tag}: no such language in i18n::Locale"),
        }
    }
}

/// Every message of `locale`, with the variables it uses.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (_, text) in sources(locale) {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                all.insert(message.id.name.to_owned(), variables);
            }
        }
    }
    all
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Everything wrong with the messages: syntax, duplicates, and each language against English.
pub fn check() -> Vec<Problem> {
    let mut problems = Vec::new();
    for (tag, _) in SOURCES {
        if Locale::parse(tag).is_none_or(|l| l.tag() != *tag) {
            problems.push(Problem::UnknownLanguage { tag: (*tag).to_owned() });
        }
    }
    for locale in Locale::ALL {
        let mut seen = BTreeSet::new();
        for (file, text) in sources(locale) {
            match fluent_syntax::parser::parse(*text) {
                Ok(resource) => {
                    for entry in resource.body {
                        if let ast::Entry::Message(m) = entry {
                            if !seen.insert(m.id.name.to_owned()) {
                                problems.push(Problem::Duplicate { locale, id: m.id.name.to_owned() });
                            }
                        }
                    }
                }
                Err((_, errors)) => {
                    for error in errors {
                        problems.push(Problem::Syntax { locale, file: (*file).to_owned(), error: format!("{error:?}") });
                    }
                }
            }
        }
    }
    let english = messages(Locale::En);
    for locale in Locale::ALL.into_iter().skip(1) {
        let theirs = messages(locale);
        for id in english.keys().filter(|id| !theirs.contains_key(*id)) {
            problems.push(Problem::Missing { locale, id: id.clone() });
        }
        for (id, variables) in &theirs {
            match english.get(id) {
                None => problems.push(Problem::Unknown { locale, id: id.clone() }),
                Some(known) => {
                    for variable in variables.difference(known) {
                        problems.push(Problem::UnknownVariable { locale, id: id.clone(), variable: variable.clone() });
                    }
                }
            }
        }
    }
    problems
}
