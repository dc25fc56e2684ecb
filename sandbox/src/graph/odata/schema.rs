//! What a directory collection declares for the query rules: the [`Entity`] it holds, its
//! properties (returned by default, orderable, searchable), the type casts and navigation
//! properties it allows, and per property the `$filter` operators supported by default and only in
//! advanced queries ([`Cap`]), as the property tables of each resource type on Microsoft Learn and
//! "Advanced query capabilities on Microsoft Entra ID objects" list them.

use serde_json::Value;

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
    pub(super) fn has(&self, property: &str) -> bool {
        self.properties.contains(&property)
    }

    pub(super) fn cast(&self, type_name: &str) -> Option<&'static EntitySet> {
        self.casts.iter().copied().find(|s| s.type_name == type_name)
    }

    /// Whether `$select` may name this property (on this type or on a castable one).
    pub(super) fn selectable(&self, property: &str) -> bool {
        self.has(property) || self.casts.iter().any(|s| s.has(property))
    }
}

/// A test entity: a `user` whose properties are the fields of a JSON object.
#[cfg(test)]
pub(super) struct Obj(pub(super) Value);

#[cfg(test)]
impl Entity for Obj {
    fn property(&self, name: &str) -> Option<Value> {
        self.0.get(name).cloned()
    }
    fn type_name(&self) -> &'static str {
        "user"
    }
}
