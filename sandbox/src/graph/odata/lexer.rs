//! `$filter`'s tokens: property paths and keywords, punctuation, and literals — `'text'` with `''`
//! for a quote, numbers, date-times, `true`, `false` and `null` — in the forms given by "Use the
//! $filter query parameter" on Microsoft Learn and by OASIS's "OData Version 4.01. Part 2: URL
//! Conventions".

use chrono::{DateTime, Utc};

use crate::graph::error::GraphError;

#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    Null,
    Bool(bool),
    Str(String),
    Num(f64),
    Time(DateTime<Utc>),
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
    Word(String),
    Lit(Lit),
    Open,
    Close,
    Comma,
    Colon,
}

pub(super) fn syntax_error(filter: &str, at: usize) -> GraphError {
    GraphError::invalid(format!("Invalid filter clause: Syntax error at position {at} in '{filter}'."))
}

pub(super) fn lex(filter: &str) -> Result<Vec<(usize, Tok)>, GraphError> {
    let chars: Vec<char> = filter.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        match c {
            c if c.is_whitespace() => i += 1,
            '(' | ')' | ',' | ':' => {
                out.push((start, [('(', Tok::Open), (')', Tok::Close), (',', Tok::Comma), (':', Tok::Colon)]
                    .into_iter().find(|(ch, _)| *ch == c).map(|(_, t)| t).expect("listed")));
                i += 1;
            }
            '\'' => {
                let mut s = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err(syntax_error(filter, start)),
                        Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                            s.push('\'');
                            i += 2;
                        }
                        Some('\'') => {
                            i += 1;
                            break;
                        }
                        Some(ch) => {
                            s.push(*ch);
                            i += 1;
                        }
                    }
                }
                out.push((start, Tok::Lit(Lit::Str(s))));
            }
            c if c.is_ascii_digit() || c == '-' => {
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || "-:.+".contains(chars[i])) {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let lit = if let Ok(t) = DateTime::parse_from_rfc3339(&text) {
                    Lit::Time(t.with_timezone(&Utc))
                } else {
                    Lit::Num(text.parse().map_err(|_| syntax_error(filter, start))?)
                };
                out.push((start, Tok::Lit(lit)));
            }
            c if c.is_alphabetic() || c == '_' || c == '$' => {
                while i < chars.len() && (chars[i].is_alphanumeric() || "_./$".contains(chars[i])) {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                let tok = match word.as_str() {
                    "null" => Tok::Lit(Lit::Null),
                    "true" => Tok::Lit(Lit::Bool(true)),
                    "false" => Tok::Lit(Lit::Bool(false)),
                    _ => Tok::Word(word),
                };
                out.push((start, tok));
            }
            _ => return Err(syntax_error(filter, start)),
        }
    }
    Ok(out)
}
