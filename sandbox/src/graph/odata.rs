//! OData query options as Graph's directory service implements them: a real `$filter` parser and
//! evaluator (eq ne not and or in startsWith endsWith ge le, `any` lambdas, null), `$select`,
//! `$search`, `$orderby`, `$count`, `$top` with opaque `$skiptoken` paging, and the rules for
//! which of these are "advanced queries" that need `ConsistencyLevel: eventual` + `$count=true`.

use std::cmp::Ordering;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::error::GraphError;

/// Something a collection holds; properties in Graph's JSON.
pub trait Entity {
    fn property(&self, name: &str) -> Option<Value>;
    /// The type name, e.g. `user`.
    fn type_name(&self) -> &'static str;
}

/// Filter operators, as Graph's per-property support tables name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Not,
    In,
    StartsWith,
    EndsWith,
    Ge,
    Le,
    /// `eq null` / `ne null`.
    Null,
    /// `/any(...)` on a collection.
    Any,
}

/// What one property supports without, and only with, advanced query parameters. For collection
/// properties the operators are those allowed inside `any(...)`.
#[derive(Clone, Copy)]
pub struct Cap {
    pub default: &'static [Op],
    pub advanced: &'static [Op],
}

/// A directory collection's schema as the query rules need it.
pub struct EntitySet {
    pub type_name: &'static str,
    /// Graph's resource label in error messages, e.g. `User`.
    pub label: &'static str,
    pub properties: &'static [&'static str],
    /// `None`: every property is returned by default.
    pub defaults: Option<&'static [&'static str]>,
    pub capability: fn(&str) -> Option<Cap>,
    pub orderable: &'static [&'static str],
    pub searchable: &'static [&'static str],
    /// Other entity sets reachable by a type cast (`microsoft.graph.user/userType`).
    pub casts: &'static [&'static EntitySet],
    /// Navigation properties `$expand` may name.
    pub navigations: &'static [&'static str],
}

impl EntitySet {
    fn has(&self, property: &str) -> bool {
        self.properties.contains(&property)
    }

    fn cast(&self, type_name: &str) -> Option<&'static EntitySet> {
        self.casts.iter().copied().find(|s| s.type_name == type_name)
    }

    /// Whether `$select` may name this property (on this type or on a castable one).
    fn selectable(&self, property: &str) -> bool {
        self.has(property) || self.casts.iter().any(|s| s.has(property))
    }
}

// ----- query options ---------------------------------------------------------------------------

#[derive(Debug, Default)]
pub struct QueryOptions {
    pub select: Option<Vec<String>>,
    pub filter: Option<Expr>,
    pub search: Option<Search>,
    pub orderby: Vec<(String, bool)>,
    pub top: Option<usize>,
    pub skip_offset: usize,
    pub count: bool,
    pub expand: Option<Box<Expand>>,
    /// Every option as sent, for building `@odata.nextLink`.
    raw: Vec<(String, String)>,
}

impl QueryOptions {
    pub fn parse(query: Option<&str>) -> Result<QueryOptions, GraphError> {
        let raw: Vec<(String, String)> =
            url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        let mut q = QueryOptions::default();
        for (name, value) in &raw {
            // Graph accepts the options with or without `$`.
            let key = name.strip_prefix('$').unwrap_or(name).to_ascii_lowercase();
            match key.as_str() {
                "select" => q.select = Some(value.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()),
                "filter" => q.filter = Some(parse_filter(value)?),
                "search" => q.search = Some(Search::parse(value)?),
                "orderby" => q.orderby = parse_orderby(value)?,
                "top" => {
                    q.top = Some(value.trim().parse().map_err(|_| {
                        GraphError::bad_request(format!("Invalid page size specified: '{value}'. Must be between 1 and 999 inclusive."))
                    })?)
                }
                "skiptoken" => q.skip_offset = decode_skiptoken(value)?,
                "count" => {
                    q.count = match value.as_str() {
                        "true" => true,
                        "false" => false,
                        _ => return Err(GraphError::invalid(format!("Invalid value '{value}' for $count query option."))),
                    }
                }
                "skip" => return Err(GraphError::bad_request("'$skip' is not supported by the service.".into())),
                "expand" => q.expand = Some(Box::new(Expand::parse(value)?)),
                _ if name.starts_with('$') => {
                    return Err(GraphError::invalid(format!("Query option '{name}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.")))
                }
                _ => {}
            }
        }
        q.raw = raw;
        Ok(q)
    }

    /// `@odata.context`'s `(id,displayName)` suffix for `$select`.
    pub fn select_suffix(&self) -> String {
        self.select.as_ref().map(|s| format!("({})", s.join(","))).unwrap_or_default()
    }

    pub fn selects(&self, property: &str) -> bool {
        self.select.as_ref().is_some_and(|s| s.iter().any(|p| p == property))
    }

    /// Checks `$select` and `$expand` against the set; single-object reads use only this.
    pub fn check_select(&self, set: &EntitySet) -> Result<(), GraphError> {
        for p in self.select.iter().flatten() {
            if !set.selectable(p) && p != "*" {
                return Err(GraphError::unknown_property(p, set.type_name));
            }
        }
        if let Some(expand) = &self.expand {
            if !set.navigations.contains(&expand.property.as_str()) {
                return Err(if set.has(&expand.property) {
                    GraphError::bad_request(format!(
                        "Property '{}' on type 'microsoft.graph.{}' is not a navigation property or complex property. Only navigation properties can be expanded.",
                        expand.property, set.type_name
                    ))
                } else {
                    GraphError::unknown_property(&expand.property, set.type_name)
                });
            }
            expand.options.check_select(&crate::graph::sets::DIRECTORY_OBJECTS)?;
        }
        Ok(())
    }

    /// Validates every option against the set and Graph's advanced-query rules.
    pub fn check(&self, set: &EntitySet, eventual: bool) -> Result<(), GraphError> {
        self.check_select(set)?;
        let advanced_ok = eventual && self.count;
        if self.expand.is_some() && advanced_ok {
            return Err(GraphError::unsupported_query("$expand is not supported with advanced queries ($count=true and ConsistencyLevel: eventual)."));
        }
        if self.count && !eventual {
            return Err(GraphError::bad_request("$count is not currently supported.".into()));
        }
        if let Some(search) = &self.search {
            if !eventual {
                return Err(GraphError::unsupported_query(
                    "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
                ));
            }
            search.check(set)?;
        }
        for (p, _) in &self.orderby {
            if !set.has(p) {
                return Err(GraphError::unknown_property(p, set.type_name));
            }
            if !set.orderable.contains(&p.as_str()) {
                return Err(GraphError::unsupported_query(format!("Order by '{p}' is not supported.")));
            }
        }
        if let Some(filter) = &self.filter {
            let mut needs = Needs::default();
            check(filter, set, None, false, &mut needs)?;
            if needs.advanced && !advanced_ok {
                return Err(GraphError::unsupported_query(format!(
                    "Operator '{}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information",
                    needs.advanced_op.unwrap_or("ne")
                )));
            }
            if needs.sign_in_activity && needs.other_properties {
                return Err(GraphError::unsupported_query("Filter on signInActivity cannot be combined with other filter clauses."));
            }
            if !self.orderby.is_empty() && !advanced_ok {
                return Err(GraphError::unsupported_query("Sorting not supported for current query."));
            }
        }
        Ok(())
    }

    pub fn matches(&self, entity: &dyn Entity) -> bool {
        self.filter.as_ref().is_none_or(|f| eval(f, entity, None)) && self.search.as_ref().is_none_or(|s| s.matches(entity))
    }

    /// Sorts by `$orderby` (stable, so the collection's own order breaks ties).
    pub fn sort<T: Entity>(&self, items: &mut [T]) {
        if self.orderby.is_empty() {
            return;
        }
        let key = |e: &T| -> Vec<String> {
            self.orderby.iter().map(|(p, _)| e.property(p).and_then(|v| v.as_str().map(str::to_lowercase)).unwrap_or_default()).collect()
        };
        items.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            self.orderby
                .iter()
                .zip(ka.iter().zip(kb.iter()))
                .map(|((_, desc), (x, y))| if *desc { y.cmp(x) } else { x.cmp(y) })
                .find(|o| *o != Ordering::Equal)
                .unwrap_or(Ordering::Equal)
        });
    }

    /// The JSON of one item: `$select`ed properties, or the set's defaults.
    pub fn project(&self, entity: &dyn Entity, set: &EntitySet, with_type: bool) -> Value {
        let item_set = if entity.type_name() == set.type_name { set } else { set.cast(entity.type_name()).unwrap_or(set) };
        let mut out = Map::new();
        if with_type {
            out.insert("@odata.type".into(), Value::String(format!("#microsoft.graph.{}", entity.type_name())));
        }
        let names: Vec<&str> = match &self.select {
            Some(select) if !select.iter().any(|s| s == "*") => select.iter().map(String::as_str).collect(),
            _ => item_set.defaults.unwrap_or(item_set.properties).to_vec(),
        };
        for name in names {
            if let Some(v) = entity.property(name) {
                out.insert(name.to_string(), v);
            }
        }
        Value::Object(out)
    }

    /// A page of a collection response: filters, searches, sorts, counts and pages `items`;
    /// `expand` adds the `$expand`ed navigation property to each projected item.
    #[allow(clippy::too_many_arguments)]
    pub fn page<T: Entity>(
        &self,
        mut items: Vec<T>,
        set: &EntitySet,
        page_size_limit: usize,
        context: String,
        next_base: &str,
        with_type: bool,
        expand: &dyn Fn(&T, &mut Value),
    ) -> Result<Value, GraphError> {
        let limit = if self.selects("signInActivity") { page_size_limit.min(500) } else { page_size_limit };
        let top = self.top.unwrap_or(100.min(limit));
        if top == 0 || top > limit {
            return Err(GraphError::bad_request(format!("Invalid page size specified: '{top}'. Must be between 1 and {limit} inclusive.")));
        }
        items.retain(|e| self.matches(e));
        self.sort(&mut items);
        let total = items.len();
        let page: Vec<Value> = items
            .iter()
            .skip(self.skip_offset)
            .take(top)
            .map(|e| {
                let mut v = self.project(e, set, with_type);
                expand(e, &mut v);
                v
            })
            .collect();
        let mut out = Map::new();
        out.insert("@odata.context".into(), Value::String(context));
        if self.count {
            out.insert("@odata.count".into(), Value::from(total));
        }
        let next = self.skip_offset + top;
        if next < total {
            out.insert("@odata.nextLink".into(), Value::String(self.next_link(next_base, next)));
        }
        out.insert("value".into(), Value::Array(page));
        Ok(Value::Object(out))
    }

    fn next_link(&self, base: &str, offset: usize) -> String {
        let mut query: Vec<String> = self
            .raw
            .iter()
            .filter(|(k, _)| !k.trim_start_matches('$').eq_ignore_ascii_case("skiptoken"))
            .map(|(k, v)| format!("{k}={}", url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()))
            .collect();
        query.push(format!("$skiptoken={}", encode_skiptoken(offset)));
        format!("{base}?{}", query.join("&"))
    }
}

/// Opaque to clients, like Graph's; only this module reads it back.
fn encode_skiptoken(offset: usize) -> String {
    format!("RFNwdAIAAQAAA{}", URL_SAFE_NO_PAD.encode(format!("sandbox-offset:{offset}")))
}

fn decode_skiptoken(token: &str) -> Result<usize, GraphError> {
    let invalid = || GraphError::bad_request("The specified page token value has expired or is not valid.".into());
    let body = token.strip_prefix("RFNwdAIAAQAAA").ok_or_else(invalid)?;
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(body).map_err(|_| invalid())?).map_err(|_| invalid())?;
    text.strip_prefix("sandbox-offset:").and_then(|n| n.parse().ok()).ok_or_else(invalid)
}

fn parse_orderby(value: &str) -> Result<Vec<(String, bool)>, GraphError> {
    value
        .split(',')
        .map(|clause| {
            let mut words = clause.split_whitespace();
            let property = words.next().ok_or_else(|| GraphError::invalid("The $orderby expression is empty."))?;
            let desc = match words.next().map(str::to_ascii_lowercase).as_deref() {
                None | Some("asc") => false,
                Some("desc") => true,
                Some(other) => return Err(GraphError::invalid(format!("Syntax error: '{other}' is not valid in $orderby."))),
            };
            Ok((property.to_string(), desc))
        })
        .collect()
}

/// `$expand=sponsors` or `$expand=sponsors($select=id,displayName)`.
#[derive(Debug)]
pub struct Expand {
    pub property: String,
    /// The nested options; only `$select` is supported inside.
    pub options: QueryOptions,
}

impl Expand {
    fn parse(value: &str) -> Result<Expand, GraphError> {
        let value = value.trim();
        if value.contains(',') && !value.contains('(') {
            return Err(GraphError::bad_request("Only one navigation property can be expanded.".into()));
        }
        let (property, inner) = match value.split_once('(') {
            Some((p, rest)) => {
                let inner = rest.strip_suffix(')').ok_or_else(|| GraphError::invalid(format!("Syntax error in $expand '{value}'.")))?;
                (p, inner.replace(';', "&"))
            }
            None => (value, String::new()),
        };
        let options = QueryOptions::parse(Some(&inner))?;
        if options.filter.is_some() || options.search.is_some() || options.top.is_some() || !options.orderby.is_empty() || options.expand.is_some() {
            return Err(GraphError::bad_request("Only $select is supported inside $expand.".into()));
        }
        Ok(Expand { property: property.trim().to_string(), options })
    }

    pub fn project(&self, entity: &dyn Entity) -> Value {
        self.options.project(entity, &crate::graph::sets::DIRECTORY_OBJECTS, true)
    }
}

// ----- $search ---------------------------------------------------------------------------------

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
    fn parse(value: &str) -> Result<Search, GraphError> {
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

    fn check(&self, set: &EntitySet) -> Result<(), GraphError> {
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

    fn matches(&self, entity: &dyn Entity) -> bool {
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

// ----- $filter: syntax -------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    Null,
    Bool(bool),
    Str(String),
    Num(f64),
    Time(DateTime<Utc>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Clone, Debug)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare(Vec<String>, Cmp, Lit),
    In(Vec<String>, Vec<Lit>),
    StartsWith(Vec<String>, String),
    EndsWith(Vec<String>, String),
    Any(Vec<String>, String, Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(String),
    Lit(Lit),
    Open,
    Close,
    Comma,
    Colon,
}

fn syntax_error(filter: &str, at: usize) -> GraphError {
    GraphError::invalid(format!("Invalid filter clause: Syntax error at position {at} in '{filter}'."))
}

fn lex(filter: &str) -> Result<Vec<(usize, Tok)>, GraphError> {
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

struct Parser<'a> {
    filter: &'a str,
    toks: Vec<(usize, Tok)>,
    pos: usize,
}

pub fn parse_filter(filter: &str) -> Result<Expr, GraphError> {
    let mut p = Parser { filter, toks: lex(filter)?, pos: 0 };
    let e = p.or()?;
    if p.pos != p.toks.len() {
        return Err(p.error());
    }
    Ok(e)
}

impl Parser<'_> {
    fn error(&self) -> GraphError {
        syntax_error(self.filter, self.toks.get(self.pos).map_or(self.filter.len(), |(at, _)| *at))
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(_, t)| t)
    }

    fn next(&mut self) -> Result<Tok, GraphError> {
        let t = self.toks.get(self.pos).map(|(_, t)| t.clone()).ok_or_else(|| self.error())?;
        self.pos += 1;
        Ok(t)
    }

    fn expect(&mut self, tok: Tok) -> Result<(), GraphError> {
        if self.peek() == Some(&tok) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn keyword(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Word(w)) if w.eq_ignore_ascii_case(word)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Result<Expr, GraphError> {
        let mut left = self.and()?;
        while self.keyword("or") {
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, GraphError> {
        let mut left = self.unary()?;
        while self.keyword("and") {
            left = Expr::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, GraphError> {
        if self.keyword("not") {
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.peek() == Some(&Tok::Open) {
            self.pos += 1;
            let e = self.or()?;
            self.expect(Tok::Close)?;
            return Ok(e);
        }
        let Tok::Word(word) = self.next()? else {
            self.pos -= 1;
            return Err(self.error());
        };
        let lower = word.to_ascii_lowercase();
        if (lower == "startswith" || lower == "endswith") && self.peek() == Some(&Tok::Open) {
            self.pos += 1;
            let path = self.path()?;
            self.expect(Tok::Comma)?;
            let Tok::Lit(Lit::Str(value)) = self.next()? else { return Err(self.error()) };
            self.expect(Tok::Close)?;
            return Ok(if lower == "startswith" { Expr::StartsWith(path, value) } else { Expr::EndsWith(path, value) });
        }
        let mut path: Vec<String> = word.split('/').map(str::to_string).collect();
        if path.last().is_some_and(|s| s == "any") && self.peek() == Some(&Tok::Open) {
            path.pop();
            self.pos += 1;
            let Tok::Word(var) = self.next()? else { return Err(self.error()) };
            self.expect(Tok::Colon)?;
            let body = self.or()?;
            self.expect(Tok::Close)?;
            return Ok(Expr::Any(path, var, Box::new(body)));
        }
        if self.keyword("in") {
            self.expect(Tok::Open)?;
            let mut values = Vec::new();
            loop {
                let Tok::Lit(l) = self.next()? else { return Err(self.error()) };
                values.push(l);
                match self.next()? {
                    Tok::Comma => continue,
                    Tok::Close => break,
                    _ => return Err(self.error()),
                }
            }
            return Ok(Expr::In(path, values));
        }
        let Tok::Word(op) = self.next()? else { return Err(self.error()) };
        let cmp = match op.as_str() {
            "eq" => Cmp::Eq,
            "ne" => Cmp::Ne,
            "gt" => Cmp::Gt,
            "ge" => Cmp::Ge,
            "lt" => Cmp::Lt,
            "le" => Cmp::Le,
            _ => {
                self.pos -= 1;
                return Err(self.error());
            }
        };
        let Tok::Lit(value) = self.next()? else { return Err(self.error()) };
        Ok(Expr::Compare(path, cmp, value))
    }

    fn path(&mut self) -> Result<Vec<String>, GraphError> {
        match self.next()? {
            Tok::Word(w) => Ok(w.split('/').map(str::to_string).collect()),
            _ => Err(self.error()),
        }
    }
}

// ----- $filter: validation ---------------------------------------------------------------------

#[derive(Default)]
struct Needs {
    advanced: bool,
    advanced_op: Option<&'static str>,
    sign_in_activity: bool,
    other_properties: bool,
}

const SIGN_IN_ACTIVITY_FIELDS: &[&str] = &[
    "lastSignInDateTime",
    "lastNonInteractiveSignInDateTime",
    "lastSuccessfulSignInDateTime",
    "lastSignInRequestId",
    "lastNonInteractiveSignInRequestId",
    "lastSuccessfulSignInRequestId",
];

fn op_name(op: Op) -> &'static str {
    match op {
        Op::Eq => "eq",
        Op::Ne => "ne",
        Op::Not => "not",
        Op::In => "in",
        Op::StartsWith => "startsWith",
        Op::EndsWith => "endsWith",
        Op::Ge => "ge",
        Op::Le => "le",
        Op::Null => "null",
        Op::Any => "any",
    }
}

/// The set and property a filter path names (after a type cast), or the lambda variable.
fn resolve<'s>(path: &'s [String], set: &'s EntitySet) -> Result<(&'s EntitySet, &'s [String]), GraphError> {
    if let Some(type_name) = path.first().and_then(|p| p.strip_prefix("microsoft.graph.")) {
        let cast = if type_name == set.type_name { Some(set) } else { set.cast(type_name) };
        let cast = cast.ok_or_else(|| GraphError::bad_request(format!("The type 'microsoft.graph.{type_name}' is not valid here.")))?;
        return Ok((cast, &path[1..]));
    }
    Ok((set, path))
}

/// Checks one operator on one property path against the capability table.
fn check_leaf(
    path: &[String],
    ops: &[Op],
    set: &EntitySet,
    lambda: Option<(&str, &str, Cap)>,
    needs: &mut Needs,
) -> Result<(), GraphError> {
    let (cap, property, label) = match lambda {
        Some((var, collection, cap)) if path.first().is_some_and(|p| p == var) => (cap, collection.to_string(), set.label),
        _ => {
            let (set, path) = resolve(path, set)?;
            let first = path.first().ok_or_else(|| GraphError::invalid("Invalid filter clause: a property is missing."))?;
            if !set.has(first) {
                return Err(GraphError::unknown_property(first, set.type_name));
            }
            if first == "signInActivity" {
                let field = path.get(1).ok_or_else(|| GraphError::unsupported_query("Filter on signInActivity needs a property, e.g. signInActivity/lastSignInDateTime."))?;
                if !SIGN_IN_ACTIVITY_FIELDS.contains(&field.as_str()) {
                    return Err(GraphError::unknown_property(field, "signInActivity"));
                }
                needs.sign_in_activity = true;
            } else {
                needs.other_properties = true;
                if path.len() > 1 {
                    return Err(GraphError::unsupported_query(format!(
                        "Unsupported or invalid query filter clause specified for property '{}' of resource '{}'.",
                        path.join("/"),
                        set.label
                    )));
                }
            }
            let unsupported = || {
                GraphError::unsupported_query(format!(
                    "Unsupported or invalid query filter clause specified for property '{first}' of resource '{}'.",
                    set.label
                ))
            };
            let cap = (set.capability)(first).ok_or_else(unsupported)?;
            // A collection needs a lambda; a plain comparison on it is not a valid clause.
            if cap.default.contains(&Op::Any) || cap.advanced.contains(&Op::Any) {
                return Err(unsupported());
            }
            (cap, first.clone(), set.label)
        }
    };
    for op in ops {
        if cap.default.contains(op) {
            continue;
        }
        if cap.advanced.contains(op) {
            needs.advanced = true;
            needs.advanced_op.get_or_insert(op_name(*op));
            continue;
        }
        return Err(GraphError::unsupported_query(format!(
            "Unsupported or invalid query filter clause specified for property '{property}' of resource '{label}'."
        )));
    }
    Ok(())
}

fn cmp_ops(cmp: Cmp, lit: &Lit, negated: bool) -> Vec<Op> {
    let mut ops = vec![match (cmp, lit) {
        (Cmp::Eq, Lit::Null) | (Cmp::Ne, Lit::Null) => Op::Null,
        (Cmp::Eq, _) => Op::Eq,
        (Cmp::Ne, _) => Op::Ne,
        (Cmp::Ge, _) => Op::Ge,
        (Cmp::Le, _) => Op::Le,
        // gt/lt appear in no directory property's support table.
        (Cmp::Gt, _) | (Cmp::Lt, _) => Op::Any,
    }];
    if cmp == Cmp::Ne && *lit == Lit::Null {
        ops.push(Op::Ne);
    }
    if negated {
        ops.push(Op::Not);
    }
    ops
}

fn check(expr: &Expr, set: &EntitySet, lambda: Option<(&str, &str, Cap)>, negated: bool, needs: &mut Needs) -> Result<(), GraphError> {
    let with_not = |op: Op| if negated { vec![op, Op::Not] } else { vec![op] };
    match expr {
        Expr::And(a, b) | Expr::Or(a, b) => {
            check(a, set, lambda, negated, needs)?;
            check(b, set, lambda, negated, needs)
        }
        Expr::Not(e) => check(e, set, lambda, !negated, needs),
        Expr::Compare(path, cmp, lit) => check_leaf(path, &cmp_ops(*cmp, lit, negated), set, lambda, needs),
        Expr::In(path, _) => check_leaf(path, &with_not(Op::In), set, lambda, needs),
        Expr::StartsWith(path, _) => check_leaf(path, &with_not(Op::StartsWith), set, lambda, needs),
        Expr::EndsWith(path, _) => check_leaf(path, &with_not(Op::EndsWith), set, lambda, needs),
        Expr::Any(path, var, body) => {
            if lambda.is_some() {
                return Err(GraphError::unsupported_query("Nested lambda expressions are not supported."));
            }
            let (target, rest) = resolve(path, set)?;
            let collection = rest.first().filter(|_| rest.len() == 1).ok_or_else(|| GraphError::invalid("Invalid lambda path."))?;
            if !target.has(collection) {
                return Err(GraphError::unknown_property(collection, target.type_name));
            }
            needs.other_properties = true;
            let cap = (target.capability)(collection).filter(|c| c.default.contains(&Op::Any) || c.advanced.contains(&Op::Any));
            let cap = cap.ok_or_else(|| {
                GraphError::unsupported_query(format!(
                    "Unsupported or invalid query filter clause specified for property '{collection}' of resource '{}'.",
                    target.label
                ))
            })?;
            if negated {
                check_leaf(&[var.clone()], &[Op::Not], target, Some((var, collection, cap)), needs)?;
            }
            if collection == "identities" {
                check_identities_lambda(var, body)?;
            }
            check(body, target, Some((var, collection, cap)), false, needs)
        }
    }
}

/// `identities/any(c:c/issuerAssignedId eq 'x' and c/issuer eq 'y')`: both, with eq only.
fn check_identities_lambda(var: &str, body: &Expr) -> Result<(), GraphError> {
    let unsupported = || {
        GraphError::unsupported_query(
            "Filter on identities requires both issuerAssignedId and issuer, compared with 'eq', e.g. identities/any(c:c/issuerAssignedId eq 'x' and c/issuer eq 'y').",
        )
    };
    let field = |e: &Expr| match e {
        Expr::Compare(p, Cmp::Eq, Lit::Str(_)) if p.len() == 2 && p[0] == var => Some(p[1].clone()),
        _ => None,
    };
    let Expr::And(a, b) = body else { return Err(unsupported()) };
    let mut fields = [field(a).ok_or_else(unsupported)?, field(b).ok_or_else(unsupported)?];
    fields.sort();
    if fields != ["issuer", "issuerAssignedId"] {
        return Err(unsupported());
    }
    Ok(())
}

// ----- $filter: evaluation ---------------------------------------------------------------------

fn lookup(entity: &dyn Entity, path: &[String], env: Option<(&str, &Value)>) -> Option<Value> {
    if let Some((var, value)) = env {
        if path.first().is_some_and(|p| p == var) {
            return navigate(value.clone(), &path[1..]);
        }
    }
    let path = match path.first().and_then(|p| p.strip_prefix("microsoft.graph.")) {
        Some(type_name) if type_name != entity.type_name() => return None,
        Some(_) => &path[1..],
        None => path,
    };
    let (first, rest) = path.split_first()?;
    navigate(entity.property(first)?, rest)
}

fn navigate(mut value: Value, path: &[String]) -> Option<Value> {
    for segment in path {
        value = value.get(segment)?.clone();
    }
    Some(value)
}

fn compare(value: &Value, lit: &Lit) -> Option<Ordering> {
    match (value, lit) {
        (Value::String(s), Lit::Str(l)) => Some(s.to_lowercase().cmp(&l.to_lowercase())),
        (Value::String(s), Lit::Time(t)) => DateTime::parse_from_rfc3339(s).ok().map(|v| v.with_timezone(&Utc).cmp(t)),
        (Value::Bool(b), Lit::Bool(l)) => Some(b.cmp(l)),
        (Value::Number(n), Lit::Num(l)) => n.as_f64().and_then(|n| n.partial_cmp(l)),
        _ => None,
    }
}

fn eval_compare(value: Option<Value>, cmp: Cmp, lit: &Lit) -> bool {
    let value = value.unwrap_or(Value::Null);
    if *lit == Lit::Null {
        return match cmp {
            Cmp::Eq => value.is_null(),
            Cmp::Ne => !value.is_null(),
            _ => false,
        };
    }
    let ord = compare(&value, lit);
    match cmp {
        Cmp::Eq => ord == Some(Ordering::Equal),
        Cmp::Ne => ord != Some(Ordering::Equal),
        Cmp::Gt => ord == Some(Ordering::Greater),
        Cmp::Ge => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
        Cmp::Lt => ord == Some(Ordering::Less),
        Cmp::Le => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
    }
}

fn string_test(value: Option<Value>, test: impl Fn(&str) -> bool) -> bool {
    value.as_ref().and_then(Value::as_str).is_some_and(|s| test(&s.to_lowercase()))
}

fn eval(expr: &Expr, entity: &dyn Entity, env: Option<(&str, &Value)>) -> bool {
    match expr {
        Expr::And(a, b) => eval(a, entity, env) && eval(b, entity, env),
        Expr::Or(a, b) => eval(a, entity, env) || eval(b, entity, env),
        Expr::Not(e) => !eval(e, entity, env),
        Expr::Compare(path, cmp, lit) => eval_compare(lookup(entity, path, env), *cmp, lit),
        Expr::In(path, lits) => {
            let value = lookup(entity, path, env);
            lits.iter().any(|l| eval_compare(value.clone(), Cmp::Eq, l))
        }
        Expr::StartsWith(path, s) => string_test(lookup(entity, path, env), |v| v.starts_with(&s.to_lowercase())),
        Expr::EndsWith(path, s) => string_test(lookup(entity, path, env), |v| v.ends_with(&s.to_lowercase())),
        Expr::Any(path, var, body) => match lookup(entity, path, None) {
            Some(Value::Array(items)) => items.iter().any(|item| eval(body, entity, Some((var, item)))),
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Obj(Value);
    impl Entity for Obj {
        fn property(&self, name: &str) -> Option<Value> {
            self.0.get(name).cloned()
        }
        fn type_name(&self) -> &'static str {
            "user"
        }
    }

    fn matches(filter: &str, v: Value) -> bool {
        eval(&parse_filter(filter).unwrap(), &Obj(v), None)
    }

    #[test]
    fn evaluates_operators_case_insensitively() {
        let u = json!({"mail": "Olivia@Fabrikam.example", "userType": "Guest", "otherMails": ["a@x.example"],
                       "identities": [{"issuer": "mail", "issuerAssignedId": "o@f.example"}], "accountEnabled": true,
                       "createdDateTime": "2024-02-01T00:00:00Z", "companyName": null});
        assert!(matches("mail eq 'olivia@fabrikam.example'", u.clone()));
        assert!(matches("userType in ('Member','Guest') and accountEnabled eq true", u.clone()));
        assert!(matches("startsWith(mail,'OLIVIA') and endsWith(mail,'.example')", u.clone()));
        assert!(matches("otherMails/any(x:x eq 'A@X.example')", u.clone()));
        assert!(matches("identities/any(c:c/issuerAssignedId eq 'o@f.example' and c/issuer eq 'mail')", u.clone()));
        assert!(matches("createdDateTime ge 2024-01-01T00:00:00Z and createdDateTime le 2024-03-01T00:00:00Z", u.clone()));
        assert!(matches("companyName eq null and not(userType eq 'Member')", u.clone()));
        assert!(!matches("userType ne 'Guest' or mail eq 'x'", u));
    }

    #[test]
    fn rejects_bad_syntax_with_position() {
        let e = parse_filter("userType eq").unwrap_err();
        assert_eq!(e.code, "BadRequest");
        assert!(parse_filter("userType eq 'Guest").is_err());
        assert!(parse_filter("(userType eq 'Guest'").is_err());
        assert!(parse_filter("userType foo 'Guest'").is_err());
    }

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

    #[test]
    fn skiptoken_round_trips_and_refuses_garbage() {
        assert_eq!(decode_skiptoken(&encode_skiptoken(300)).unwrap(), 300);
        assert!(decode_skiptoken("abc").is_err());
    }
}
