//! Whether an entity matches a `$filter`: string comparisons ignore case, date-times compare as
//! instants, a missing property is `null`, and `any` holds when one item of the collection matches.
//! The operators are those of "Use the $filter query parameter" on Microsoft Learn.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::lexer::Lit;
use super::parser::{Cmp, Expr};
use super::schema::Entity;

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

pub(super) fn eval(expr: &Expr, entity: &dyn Entity, env: Option<(&str, &Value)>) -> bool {
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
    use super::super::parser::parse_filter;
    use super::super::schema::Obj;
    use super::*;
    use serde_json::json;

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
}
