//! PKCE (RFC 7636): the challenge sent to `authorize` and the verifier later sent to `token`.

use super::keys::sha256_b64url;

/// `code_challenge_method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    S256,
    Plain,
}

impl Method {
    /// Reads the parameter; RFC 7636 makes `plain` the default when it is absent.
    pub fn parse(value: Option<&str>) -> Option<Method> {
        match value {
            None | Some("plain") => Some(Method::Plain),
            Some("S256") => Some(Method::S256),
            Some(_) => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::S256 => "S256",
            Method::Plain => "plain",
        }
    }
}

impl TryFrom<String> for Method {
    type Error = String;

    fn try_from(stored: String) -> Result<Method, String> {
        Method::parse(Some(&stored)).ok_or_else(|| format!("unknown code_challenge_method '{stored}' in the database"))
    }
}

/// Both challenges and verifiers are 43 to 128 characters long (RFC 7636 §4.1–4.2).
fn well_sized(value: &str) -> bool {
    (43..=128).contains(&value.len())
}

pub fn challenge_is_well_sized(challenge: &str) -> bool {
    well_sized(challenge)
}

/// RFC 7636 §4.6, with the verifier's shape checked too (unreserved characters only).
pub fn verifier_meets(method: Method, challenge: &str, verifier: &str) -> bool {
    let well_formed = well_sized(verifier)
        && verifier.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
    let derived = match method {
        Method::S256 => sha256_b64url(verifier.as_bytes()),
        Method::Plain => verifier.to_owned(),
    };
    well_formed && derived == challenge
}

#[cfg(test)]
mod tests {
    use super::*;

    // The example of RFC 7636 Appendix B.
    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    #[test]
    fn s256_matches_the_rfc_example() {
        assert!(verifier_meets(Method::S256, CHALLENGE, VERIFIER));
        assert!(!verifier_meets(Method::S256, CHALLENGE, &VERIFIER.replace('d', "e")));
        assert!(!verifier_meets(Method::Plain, CHALLENGE, VERIFIER));
    }

    #[test]
    fn plain_compares_and_checks_the_verifier_shape() {
        assert!(verifier_meets(Method::Plain, VERIFIER, VERIFIER));
        let short = "abc";
        assert!(!verifier_meets(Method::Plain, short, short));
        let spaced = format!("{VERIFIER} x");
        assert!(!verifier_meets(Method::Plain, &spaced, &spaced));
    }

    #[test]
    fn method_defaults_to_plain_and_refuses_others() {
        assert_eq!(Method::parse(None), Some(Method::Plain));
        assert_eq!(Method::parse(Some("S256")), Some(Method::S256));
        assert_eq!(Method::parse(Some("s256")), None);
    }
}
