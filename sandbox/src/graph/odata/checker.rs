//! Whether a `$filter` may run on a collection, and whether it needs an advanced query
//! (`ConsistencyLevel: eventual` with `$count=true`): every property path must exist (after a type
//! cast) and every operator must be in the property's support table, by default or only in
//! advanced queries, as "Advanced query capabilities on Microsoft Entra ID objects" and "Use the
//! $filter query parameter" on Microsoft Learn list them. Also Graph's special cases: no nested
//! lambdas, `signInActivity` filtered on its own ("user resource type"), and `identities` only as
//! `issuerAssignedId` and `issuer` compared with `eq` ("objectIdentity resource type").

use super::lexer::Lit;
use super::parser::{Cmp, Expr};
use super::schema::{Cap, EntitySet, Op};
use crate::graph::error::GraphError;

#[derive(Default)]
pub(super) struct Needs {
    pub(super) advanced: bool,
    pub(super) advanced_op: Option<&'static str>,
    pub(super) sign_in_activity: bool,
    pub(super) other_properties: bool,
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

pub(super) fn check(expr: &Expr, set: &EntitySet, lambda: Option<(&str, &str, Cap)>, negated: bool, needs: &mut Needs) -> Result<(), GraphError> {
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
