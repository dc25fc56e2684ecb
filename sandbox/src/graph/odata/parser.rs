//! `$filter`'s parse tree and its parser: `or` binds looser than `and`, then `not` and
//! parentheses; comparisons (`eq ne gt ge lt le`), `in (…)`, `startsWith(…)`, `endsWith(…)` and
//! `path/any(v: …)` lambdas, as "Use the $filter query parameter" on Microsoft Learn shows them. A
//! syntax error names its position, as Graph's does.

use super::lexer::{lex, syntax_error, Lit, Tok};
use crate::graph::error::GraphError;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_syntax_with_position() {
        let e = parse_filter("userType eq").unwrap_err();
        assert_eq!(e.code, "BadRequest");
        assert!(parse_filter("userType eq 'Guest").is_err());
        assert!(parse_filter("(userType eq 'Guest'").is_err());
        assert!(parse_filter("userType foo 'Guest'").is_err());
    }
}
