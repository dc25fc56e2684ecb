//! `$search` on directory objects: quoted `"property:term"` clauses joined by `AND`/`OR` and
//! grouped by parentheses; `displayName` and `description` match at the start of any word, other
//! properties at the start of the value, as "Use the $search query parameter" on Microsoft Learn
//! describes for Microsoft Entra ID objects.

use super::schema::{Entity, EntitySet};
use crate::graph::error::GraphError;

/// `"displayName:wa" OR ("mail:wa" AND "companyName:x")`: tokenised prefix matching, as the
/// directory's search does. AND binds tighter than OR; parentheses group; inside a clause `\"`
/// and `\\` stand for `"` and `\` (Microsoft's `$search` syntax rules).
#[derive(Debug)]
pub struct Search {
    /// Disjunction of conjunctions.
    any_of: Vec<Vec<SearchTerm>>,
}

#[derive(Debug)]
enum SearchTerm {
    Clause(String, String),
    Group(Search),
}

impl Search {
    pub(super) fn parse(value: &str) -> Result<Search, GraphError> {
        let syntax = || {
            GraphError::invalid(format!(
                "Syntax error: the $search value '{value}' must be one or more quoted \"property:term\" clauses joined by AND or OR."
            ))
        };
        let mut rest = value.trim();
        let search = Self::parse_or(&mut rest).ok_or_else(syntax)?;
        if rest.trim().is_empty() {
            Ok(search)
        } else {
            Err(syntax())
        }
    }

    /// Clauses and groups joined by AND/OR, up to the end or a `)` (left in `rest`).
    fn parse_or(rest: &mut &str) -> Option<Search> {
        let mut any_of = vec![vec![]];
        loop {
            *rest = rest.trim_start();
            let term = if let Some(inner) = rest.strip_prefix('(') {
                *rest = inner;
                let group = Self::parse_or(rest)?;
                *rest = rest.trim_start().strip_prefix(')')?;
                SearchTerm::Group(group)
            } else {
                let (clause, tail) = Self::clause(rest.strip_prefix('"')?)?;
                *rest = tail;
                clause
            };
            any_of.last_mut().expect("one group").push(term);
            *rest = rest.trim_start();
            if rest.is_empty() || rest.starts_with(')') {
                return Some(Search { any_of });
            }
            let (word, tail) = rest.split_once(char::is_whitespace)?;
            match word {
                "OR" => any_of.push(vec![]),
                "AND" => {}
                _ => return None,
            }
            *rest = tail;
        }
    }

    /// One `property:term"` (the opening quote already taken), unescaping `\"` and `\\`.
    fn clause(text: &str) -> Option<(SearchTerm, &str)> {
        let mut inner = String::new();
        let mut chars = text.char_indices();
        let end = loop {
            match chars.next()? {
                (_, '\\') => inner.push(chars.next()?.1),
                (i, '"') => break i,
                (_, c) => inner.push(c),
            }
        };
        let (property, term) = inner.split_once(':')?;
        if term.trim().is_empty() {
            return None;
        }
        Some((SearchTerm::Clause(property.trim().to_string(), term.trim().to_lowercase()), &text[end + 1..]))
    }

    fn clauses(&self) -> Box<dyn Iterator<Item = &String> + '_> {
        Box::new(self.any_of.iter().flatten().flat_map(|term| -> Box<dyn Iterator<Item = &String>> {
            match term {
                SearchTerm::Clause(p, _) => Box::new(std::iter::once(p)),
                SearchTerm::Group(group) => group.clauses(),
            }
        }))
    }

    pub(super) fn check(&self, set: &EntitySet) -> Result<(), GraphError> {
        for p in self.clauses() {
            if !set.has(p) {
                return Err(GraphError::unknown_property(p, set.type_name));
            }
            if !set.searchable.contains(&p.as_str()) {
                return Err(GraphError::unsupported_query(format!("Search on property '{p}' is not supported.")));
            }
        }
        Ok(())
    }

    pub(super) fn matches(&self, entity: &dyn Entity) -> bool {
        self.any_of.iter().any(|all| {
            all.iter().all(|term| match term {
                SearchTerm::Clause(p, term) => entity.property(p).and_then(|v| v.as_str().map(str::to_lowercase)).is_some_and(|v| {
                    // Graph tokenises only displayName and description; other properties match by start.
                    if matches!(p.as_str(), "displayName" | "description") { token_prefix(&v, term) } else { v.starts_with(term.as_str()) }
                }),
                SearchTerm::Group(group) => group.matches(entity),
            })
        })
    }
}

/// Whether `term` starts at a word boundary of `value`.
fn token_prefix(value: &str, term: &str) -> bool {
    value.match_indices(term).any(|(i, _)| i == 0 || !value[..i].chars().next_back().is_some_and(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::super::schema::Obj;
    use super::*;
    use serde_json::json;

    #[test]
    fn search_matches_word_prefixes() {
        let s = Search::parse("\"displayName:ol\" OR \"displayName:zz\"").unwrap();
        assert!(s.matches(&Obj(json!({"displayName": "Chen Olivia"}))));
        assert!(!s.matches(&Obj(json!({"displayName": "Carol"}))));
        assert!(Search::parse("displayName:ol").is_err());
    }

    #[test]
    fn search_groups_with_parentheses_and_unescapes_quotes() {
        let s = Search::parse("(\"displayName:ol\" OR \"mail:zz\") AND (\"companyName:fab\")").unwrap();
        assert!(s.matches(&Obj(json!({"displayName": "Olivia Chen", "companyName": "Fabrikam"}))));
        assert!(!s.matches(&Obj(json!({"displayName": "Olivia Chen", "companyName": "Contoso"}))));
        // An escaped quote is part of the term, not the end of the clause.
        let s = Search::parse(r#""displayName:say \"hi\" \\o/" OR "mail:x""#).unwrap();
        assert!(s.matches(&Obj(json!({"displayName": "say \"hi\" \\o/"}))));
        assert!(!s.matches(&Obj(json!({"displayName": "say"}))));
        let s = Search::parse("\"displayName:o'brien\"").unwrap();
        assert!(s.matches(&Obj(json!({"displayName": "Liam O'Brien"}))));
        // Only displayName and description are tokenised; other properties match from the start.
        let s = Search::parse("\"mail:chen\" OR \"userPrincipalName:onmicrosoft\"").unwrap();
        assert!(!s.matches(&Obj(json!({"mail": "olivia.chen@fabrikam.example", "userPrincipalName": "olivia_x#EXT#@t.onmicrosoft.example"}))));
        assert!(Search::parse("\"mail:olivia.ch\"").unwrap().matches(&Obj(json!({"mail": "Olivia.Chen@fabrikam.example"}))));
        for bad in ["(\"displayName:ol\"", "\"displayName:ol\")", "\"displayName:ol\" OR", "\"displayName:ol", "()", "\"displayName:ol\" XOR \"mail:a\""] {
            assert!(Search::parse(bad).is_err(), "{bad}");
        }
    }
}
