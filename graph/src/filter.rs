//! OData `$filter`/`$search` builders and the query options of list calls.
//!
//! Values only ever enter a filter through [`Literal`], which doubles single quotes, so an e-mail
//! address or name containing `'` stays a string and cannot change the query. Property names are
//! `&'static str`: they come from code, never from user input.

use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};

use crate::ids::{EmailAddress, ObjectId};

/// A value on the right-hand side of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// A string, quoted with `'` doubled.
    String(String),
    /// `true` / `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A date-time, written unquoted in UTC as OData requires.
    DateTime(DateTime<Utc>),
    /// `null`.
    Null,
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::String(s) => write!(f, "'{}'", s.replace('\'', "''")),
            Self::Bool(b) => write!(f, "{b}"),
            Self::Int(i) => write!(f, "{i}"),
            Self::DateTime(t) => f.write_str(&t.to_rfc3339_opts(SecondsFormat::Secs, true)),
            Self::Null => f.write_str("null"),
        }
    }
}

impl From<&str> for Literal {
    fn from(s: &str) -> Self {
        Self::String(s.to_owned())
    }
}
impl From<String> for Literal {
    fn from(s: String) -> Self {
        Self::String(s)
    }
}
impl From<&String> for Literal {
    fn from(s: &String) -> Self {
        Self::String(s.clone())
    }
}
impl From<&EmailAddress> for Literal {
    fn from(e: &EmailAddress) -> Self {
        Self::String(e.as_str().to_owned())
    }
}
impl From<ObjectId> for Literal {
    fn from(id: ObjectId) -> Self {
        Self::String(id.to_string())
    }
}
impl From<bool> for Literal {
    fn from(b: bool) -> Self {
        Self::Bool(b)
    }
}
impl From<i64> for Literal {
    fn from(i: i64) -> Self {
        Self::Int(i)
    }
}
impl From<DateTime<Utc>> for Literal {
    fn from(t: DateTime<Utc>) -> Self {
        Self::DateTime(t)
    }
}
impl From<crate::model::UserType> for Literal {
    fn from(t: crate::model::UserType) -> Self {
        Self::String(t.as_str().to_owned())
    }
}
impl From<crate::model::ExternalUserState> for Literal {
    fn from(s: crate::model::ExternalUserState) -> Self {
        Self::String(s.as_str().to_owned())
    }
}

/// A `$filter` expression. It remembers whether it needs Graph's advanced query mode
/// (`ne`, `not`, `endsWith`, comparisons with `null`), so [`Query`] can add `ConsistencyLevel`.
#[derive(Clone, Debug, PartialEq)]
pub struct Filter {
    expr: String,
    advanced: bool,
}

impl Filter {
    fn compare(property: &'static str, op: &str, value: Literal, advanced: bool) -> Self {
        let advanced = advanced || value == Literal::Null;
        Self { expr: format!("{property} {op} {value}"), advanced }
    }

    fn function(name: &str, property: &'static str, value: Literal, advanced: bool) -> Self {
        Self { expr: format!("{name}({property},{value})"), advanced }
    }

    /// `property eq value`.
    pub fn eq(property: &'static str, value: impl Into<Literal>) -> Self {
        Self::compare(property, "eq", value.into(), false)
    }

    /// `property ne value` (advanced query).
    pub fn ne(property: &'static str, value: impl Into<Literal>) -> Self {
        Self::compare(property, "ne", value.into(), true)
    }

    /// `property ge value`.
    pub fn ge(property: &'static str, value: impl Into<Literal>) -> Self {
        Self::compare(property, "ge", value.into(), false)
    }

    /// `property le value`.
    pub fn le(property: &'static str, value: impl Into<Literal>) -> Self {
        Self::compare(property, "le", value.into(), false)
    }

    /// `property in ('a','b',…)`.
    pub fn is_in<L: Into<Literal>>(property: &'static str, values: impl IntoIterator<Item = L>) -> Self {
        let list: Vec<String> = values.into_iter().map(|v| v.into().to_string()).collect();
        Self { expr: format!("{property} in ({})", list.join(",")), advanced: false }
    }

    /// `startsWith(property,'value')`.
    pub fn starts_with(property: &'static str, value: impl Into<Literal>) -> Self {
        Self::function("startsWith", property, value.into(), false)
    }

    /// `endsWith(property,'value')` (advanced query).
    pub fn ends_with(property: &'static str, value: impl Into<Literal>) -> Self {
        Self::function("endsWith", property, value.into(), true)
    }

    /// `collection/any(x:predicate)`; the predicate refers to each item as `x`
    /// (e.g. `Filter::eq("x", v)` or `Filter::eq("x/issuer", v)`).
    pub fn any(collection: &'static str, predicate: Filter) -> Self {
        Self { expr: format!("{collection}/any(x:{})", predicate.expr), advanced: predicate.advanced }
    }

    /// `collection/any(x:x eq value)`, e.g. for `otherMails`.
    pub fn any_eq(collection: &'static str, value: impl Into<Literal>) -> Self {
        Self::any(collection, Self::eq("x", value))
    }

    /// `(a) and (b)`.
    pub fn and(self, other: Filter) -> Self {
        self.join("and", other)
    }

    /// `(a) or (b)`.
    pub fn or(self, other: Filter) -> Self {
        self.join("or", other)
    }

    fn join(self, op: &str, other: Filter) -> Self {
        // Parenthesise both sides so precedence never depends on how the parts were built.
        Self { expr: format!("({}) {op} ({})", self.expr, other.expr), advanced: self.advanced || other.advanced }
    }

    /// Whether this filter needs `ConsistencyLevel: eventual` and `$count=true`.
    pub fn is_advanced(&self) -> bool {
        self.advanced
    }
}

impl std::ops::Not for Filter {
    type Output = Filter;

    /// `not (a)` (advanced query).
    fn not(self) -> Filter {
        Filter { expr: format!("not ({})", self.expr), advanced: true }
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.expr)
    }
}

/// The pre-invite lookup Microsoft recommends: any user whose UPN, mail, primary SMTP proxy address
/// or other mails equal the address.
pub fn existing_user_filter(email: &EmailAddress) -> Filter {
    Filter::eq("userPrincipalName", email)
        .or(Filter::eq("mail", email))
        .or(Filter::any_eq("proxyAddresses", format!("SMTP:{email}")))
        .or(Filter::any_eq("otherMails", email))
}

/// A `$search` expression: `"property:value"` terms joined with AND/OR (always an advanced query).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search(String);

impl Search {
    /// `"property:value"`; quotes and backslashes in the value are escaped so they stay literal.
    pub fn term(property: &'static str, value: &str) -> Self {
        let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
        Self(format!("\"{property}:{escaped}\""))
    }

    /// `a AND b`.
    pub fn and(self, other: Search) -> Self {
        Self(format!("({}) AND ({})", self.0, other.0))
    }

    /// `a OR b`.
    pub fn or(self, other: Search) -> Self {
        Self(format!("({}) OR ({})", self.0, other.0))
    }
}

impl fmt::Display for Search {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Query options for list calls (users, groups, members, sponsorOf, …).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    select: Vec<&'static str>,
    expand: Option<&'static str>,
    filter: Option<Filter>,
    search: Option<Search>,
    order_by: Option<&'static str>,
    top: Option<u16>,
    count: bool,
    skip_token: Option<String>,
}

/// The query builder for `GET /users`.
pub type UserQuery = Query;

/// Graph's largest page size for directory objects.
pub const MAX_PAGE_SIZE: u16 = 999;

impl Query {
    /// An empty query (Graph's default properties and page size).
    pub fn new() -> Self {
        Self::default()
    }

    /// `$select`: the properties to return (most guest fields are only returned when selected).
    pub fn select(mut self, properties: &[&'static str]) -> Self {
        self.select.extend_from_slice(properties);
        self
    }

    /// `$expand`, e.g. `sponsors($select=id,displayName)` (not allowed in advanced queries).
    pub fn expand(mut self, expand: &'static str) -> Self {
        self.expand = Some(expand);
        self
    }

    /// `$filter`.
    pub fn filter(mut self, filter: Filter) -> Self {
        self.filter = Some(filter);
        self
    }

    /// `$search` (advanced query).
    pub fn search(mut self, search: Search) -> Self {
        self.search = Some(search);
        self
    }

    /// `$orderby`, e.g. `displayName` or `createdDateTime desc`.
    pub fn order_by(mut self, order: &'static str) -> Self {
        self.order_by = Some(order);
        self
    }

    /// `$top`: page size, clamped to 1..=999.
    pub fn top(mut self, n: u16) -> Self {
        self.top = Some(n.clamp(1, MAX_PAGE_SIZE));
        self
    }

    /// `$count=true`: ask for `@odata.count` (advanced query).
    pub fn count(mut self) -> Self {
        self.count = true;
        self
    }

    /// `$skiptoken`: continue where the page whose `@odata.nextLink` carried this token ended.
    /// Graph's next links repeat the query's options with the token, so the same query plus the
    /// token asks for the same page — without ever following a link taken from outside.
    pub fn skip_token(mut self, token: impl Into<String>) -> Self {
        self.skip_token = Some(token.into());
        self
    }

    /// Whether Graph needs `ConsistencyLevel: eventual` for this query.
    pub fn is_advanced(&self) -> bool {
        self.count
            || self.search.is_some()
            || self.filter.as_ref().is_some_and(Filter::is_advanced)
            || (self.filter.is_some() && self.order_by.is_some())
    }

    /// The query parameters in order, unencoded; advanced queries get `$count=true`.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.select.is_empty() {
            params.push(("$select", self.select.join(",")));
        }
        if let Some(expand) = self.expand {
            params.push(("$expand", expand.to_owned()));
        }
        if let Some(filter) = &self.filter {
            params.push(("$filter", filter.to_string()));
        }
        if let Some(search) = &self.search {
            params.push(("$search", search.to_string()));
        }
        if let Some(order) = self.order_by {
            params.push(("$orderby", order.to_owned()));
        }
        if let Some(top) = self.top {
            params.push(("$top", top.to_string()));
        }
        if self.is_advanced() {
            params.push(("$count", "true".to_owned()));
        }
        if let Some(token) = &self.skip_token {
            params.push(("$skiptoken", token.clone()));
        }
        params
    }
}

/// Percent-encodes a query component: everything except RFC 3986 unreserved characters.
/// (`+` must become `%2B`: Graph reads a bare `+` as a space.)
pub(crate) fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `key=value&…` with values encoded; keys are static OData option names.
pub(crate) fn encode_query(params: &[(&'static str, String)]) -> String {
    params.iter().map(|(k, v)| format!("{k}={}", encode_component(v))).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_doubled_so_values_cannot_escape() {
        let evil = "x' or userType eq 'Member";
        let f = Filter::eq("displayName", evil);
        assert_eq!(f.to_string(), "displayName eq 'x'' or userType eq ''Member'");
        let f = Filter::starts_with("mail", "o'neil");
        assert_eq!(f.to_string(), "startsWith(mail,'o''neil')");
        assert_eq!(Filter::is_in("mail", ["a'b", "c"]).to_string(), "mail in ('a''b','c')");
    }

    #[test]
    fn existing_user_filter_matches_the_documented_query() {
        let e = EmailAddress::parse("o'neil@fabrikam.com").unwrap();
        assert_eq!(
            existing_user_filter(&e).to_string(),
            "(((userPrincipalName eq 'o''neil@fabrikam.com') or (mail eq 'o''neil@fabrikam.com')) \
             or (proxyAddresses/any(x:x eq 'SMTP:o''neil@fabrikam.com'))) \
             or (otherMails/any(x:x eq 'o''neil@fabrikam.com'))"
        );
        assert!(!existing_user_filter(&e).is_advanced());
    }

    #[test]
    fn literals_and_lambdas() {
        let t = DateTime::parse_from_rfc3339("2025-01-02T03:04:05.678Z").unwrap().with_timezone(&Utc);
        assert_eq!(Filter::le("createdDateTime", t).to_string(), "createdDateTime le 2025-01-02T03:04:05Z");
        assert_eq!(Filter::eq("accountEnabled", false).to_string(), "accountEnabled eq false");
        let identity =
            Filter::any("identities", Filter::eq("x/issuerAssignedId", "a@b.com").and(Filter::eq("x/issuer", "b.com")));
        assert_eq!(
            identity.to_string(),
            "identities/any(x:(x/issuerAssignedId eq 'a@b.com') and (x/issuer eq 'b.com'))"
        );
    }

    #[test]
    fn advanced_queries_are_detected() {
        assert!(!Query::new().filter(Filter::eq("userType", crate::model::UserType::Guest)).is_advanced());
        assert!(Query::new().filter(Filter::ends_with("userPrincipalName", "#EXT#@contoso.com")).is_advanced());
        assert!(Query::new().filter(!Filter::eq("mail", "a")).is_advanced());
        assert!(Query::new().filter(Filter::eq("companyName", Literal::Null)).is_advanced());
        assert!(Query::new().filter(Filter::eq("a", "b").or(Filter::ne("c", "d"))).is_advanced());
        assert!(Query::new().filter(Filter::eq("a", "b")).order_by("displayName").is_advanced());
        assert!(!Query::new().order_by("displayName").is_advanced());
        assert!(Query::new().search(Search::term("displayName", "ann")).is_advanced());
        assert!(Query::new().count().is_advanced());
        let params = Query::new().select(&["id", "mail"]).search(Search::term("mail", "a\"b")).top(5000).params();
        assert_eq!(
            params,
            [
                ("$select", "id,mail".into()),
                ("$search", "\"mail:a\\\"b\"".into()),
                ("$top", "999".into()),
                ("$count", "true".into())
            ]
        );
    }

    #[test]
    fn query_encoding_escapes_reserved_characters() {
        let q = encode_query(&[("$filter", "endsWith(userPrincipalName,'#EXT#@x.com') and a+b&c=d".into())]);
        assert_eq!(q, "$filter=endsWith%28userPrincipalName%2C%27%23EXT%23%40x.com%27%29%20and%20a%2Bb%26c%3Dd");
    }
}
