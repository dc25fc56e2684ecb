//! OData query options as Graph's directory service implements them: a real `$filter` parser and
//! evaluator (eq ne not and or in startsWith endsWith ge le, `any` lambdas, null), `$select`,
//! `$search`, `$orderby`, `$count`, `$top` with opaque `$skiptoken` paging, and the rules for
//! which of these are "advanced queries" that need `ConsistencyLevel: eventual` + `$count=true`.
//!
//! - `schema`: what a collection declares (properties, defaults, operators per property).
//! - `options`: one request's query options, checked and applied to a collection.
//! - `search`: `$search`.
//! - `lexer` and `parser`: `$filter`'s syntax, into a parse tree.
//! - `checker`: which operators each property supports, and which need an advanced query.
//! - `evaluator`: whether an entity matches a `$filter`.
//!
//! The rules are Microsoft's: "Use query parameters to customize responses", "Use the $filter
//! query parameter", "Use the $search query parameter" and "Advanced query capabilities on
//! Microsoft Entra ID objects" on Microsoft Learn.

mod checker;
mod evaluator;
mod lexer;
mod options;
mod parser;
mod schema;
mod search;

pub use options::QueryOptions;
pub use schema::{Cap, Entity, EntitySet, Op};
