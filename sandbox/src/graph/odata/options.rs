//! One request's query options: parsing `$select`, `$filter`, `$search`, `$orderby`, `$top`,
//! `$skiptoken`, `$count` and `$expand` (with or without the `$`), checking them against a
//! collection and the advanced-query rules, and applying them to make a page with `@odata.count`
//! and `@odata.nextLink`. The rules are those of "Use query parameters to customize responses",
//! "Paging Microsoft Graph data in your app" and "Advanced query capabilities on Microsoft Entra ID
//! objects" on Microsoft Learn.

use std::cmp::Ordering;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};

use super::checker::{check, Needs};
use super::evaluator::eval;
use super::parser::{parse_filter, Expr};
use super::schema::{Entity, EntitySet};
use super::search::Search;
use crate::graph::error::GraphError;

/// The largest page of users with `signInActivity`.
const SIGN_IN_ACTIVITY_PAGE: usize = 120;

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

    /// `signInActivity` is selected or named in `$filter`.
    pub fn reads_sign_in_activity(&self) -> bool {
        self.selects("signInActivity")
            || self.raw.iter().any(|(k, v)| k.trim_start_matches('$').eq_ignore_ascii_case("filter") && v.contains("signInActivity"))
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
        let asked = self.top.unwrap_or(100.min(page_size_limit));
        if asked == 0 || asked > page_size_limit {
            return Err(GraphError::bad_request(format!(
                "Invalid page size specified: '{asked}'. Must be between 1 and {page_size_limit} inclusive."
            )));
        }
        // "user resource type", signInActivity: with it selected or filtered, a larger `$top`
        // returns pages of at most 120 users.
        let top = if self.reads_sign_in_activity() { asked.min(SIGN_IN_ACTIVITY_PAGE) } else { asked };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skiptoken_round_trips_and_refuses_garbage() {
        assert_eq!(decode_skiptoken(&encode_skiptoken(300)).unwrap(), 300);
        assert!(decode_skiptoken("abc").is_err());
    }
}
