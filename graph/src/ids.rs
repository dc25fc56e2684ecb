//! Validated identifiers used at the edge: object ids, invitation e-mail addresses, user references.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// A directory object id (a GUID), e.g. a user's or group's `id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId(Uuid);

/// Why a string is not an object id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a valid object id (expected a GUID such as 9071bfde-35e0-47d2-a582-d244ab1b4af6)")]
pub struct InvalidObjectId(pub String);

impl ObjectId {
    /// Wraps an existing UUID.
    pub const fn from_uuid(uuid: Uuid) -> Self {
        Self(uuid)
    }

    /// The underlying UUID.
    pub const fn as_uuid(&self) -> &Uuid {
        &self.0
    }
}

impl FromStr for ObjectId {
    type Err = InvalidObjectId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::try_parse(s.trim()).map(Self).map_err(|_| InvalidObjectId(s.to_owned()))
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Graph returns lower-case hyphenated GUIDs; keep the same form for comparisons and URLs.
        self.0.hyphenated().fmt(f)
    }
}

impl Serialize for ObjectId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ObjectId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Characters Microsoft Graph rejects in `invitedUserEmailAddress` (invitation resource docs).
const FORBIDDEN: &str = "~!#$%^&*()+=[]{}\\/|;:\"<>?,";

/// RFC 5321 limits, which Exchange Online (and so the invitation service) enforces.
const MAX_ADDRESS_LEN: usize = 254;
const MAX_LOCAL_LEN: usize = 64;
const MAX_LABEL_LEN: usize = 63;

/// An e-mail address that Graph's invitation API will accept.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct EmailAddress(String);

/// Why an address cannot be used for an invitation, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// Nothing was entered.
    #[error("the e-mail address is empty")]
    Empty,
    /// Longer than 254 characters.
    #[error("the e-mail address is longer than {MAX_ADDRESS_LEN} characters")]
    TooLong,
    /// No `@`.
    #[error("the e-mail address has no '@' between the name and the domain")]
    MissingAt,
    /// More than one `@`.
    #[error("the e-mail address has more than one '@'")]
    MultipleAt,
    /// Nothing before the `@`.
    #[error("the e-mail address has nothing before the '@'")]
    EmptyLocalPart,
    /// The part before the `@` is longer than 64 characters.
    #[error("the part before the '@' is longer than {MAX_LOCAL_LEN} characters")]
    LocalPartTooLong,
    /// Contains a space, tab or other invisible character.
    #[error("the e-mail address contains a space or an invisible character")]
    Whitespace,
    /// Contains a character Microsoft Entra does not accept in invitations.
    #[error("the e-mail address contains '{0}', which Microsoft Entra does not accept in invitations")]
    ForbiddenCharacter(char),
    /// The part before the `@` starts or ends with `.` or `-`.
    #[error("the part before the '@' may not start or end with '.' or '-'")]
    EdgeDotOrHyphen,
    /// Two dots in a row.
    #[error("the e-mail address contains two dots in a row")]
    ConsecutiveDots,
    /// The part after the `@` is not a domain name such as `contoso.com`.
    #[error("'{0}' is not a valid domain name (expected something like contoso.com)")]
    InvalidDomain(String),
}

impl EmailAddress {
    /// Validates an address against Graph's invitation rules (surrounding spaces are ignored).
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().count() > MAX_ADDRESS_LEN {
            return Err(EmailError::TooLong);
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EmailError::Whitespace);
        }
        let (local, domain) = match s.split_once('@') {
            None => return Err(EmailError::MissingAt),
            Some((_, rest)) if rest.contains('@') => return Err(EmailError::MultipleAt),
            Some(parts) => parts,
        };
        if let Some(c) = s.chars().find(|c| FORBIDDEN.contains(*c)) {
            return Err(EmailError::ForbiddenCharacter(c));
        }
        if local.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        if local.chars().count() > MAX_LOCAL_LEN {
            return Err(EmailError::LocalPartTooLong);
        }
        if [local.chars().next(), local.chars().last()].into_iter().flatten().any(|c| c == '.' || c == '-') {
            return Err(EmailError::EdgeDotOrHyphen);
        }
        if s.contains("..") {
            return Err(EmailError::ConsecutiveDots);
        }
        if !is_domain(domain) {
            return Err(EmailError::InvalidDomain(domain.to_owned()));
        }
        Ok(Self(s.to_owned()))
    }

    /// The address as entered (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the `@`, lower-cased (domains are case-insensitive).
    pub fn domain(&self) -> String {
        self.0.rsplit_once('@').map(|(_, d)| d.to_lowercase()).unwrap_or_default()
    }
}

/// At least two labels of letters, digits and inner hyphens, and a top-level label that is not all digits.
fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.chars().count() <= MAX_LABEL_LEN
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()))
}

impl FromStr for EmailAddress {
    type Err = EmailError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for EmailAddress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Which user a call is about: an object id, a user principal name, or the signed-in user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UserRef {
    /// `/users/{id}`.
    Id(ObjectId),
    /// `/users/{userPrincipalName}`; guest UPNs contain `#EXT#`, which is percent-encoded in the path.
    Upn(String),
    /// `/me` (delegated credentials only).
    Me,
}

impl UserRef {
    /// The path segments addressing this user, unencoded (URL builders percent-encode each one),
    /// e.g. for [`crate::BatchRequest::new`].
    pub fn segments(&self) -> Vec<String> {
        match self {
            Self::Id(id) => vec!["users".into(), id.to_string()],
            // Graph documents that a UPN starting with '$' must use the key syntax users('...'),
            // otherwise it is read as a system query option; quotes inside are doubled as in OData.
            Self::Upn(upn) if upn.starts_with('$') => vec![format!("users('{}')", upn.replace('\'', "''"))],
            Self::Upn(upn) => vec!["users".into(), upn.clone()],
            Self::Me => vec!["me".into()],
        }
    }
}

impl From<ObjectId> for UserRef {
    fn from(id: ObjectId) -> Self {
        Self::Id(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in ["a@b.co", "first.last@contoso.com", "a_b-c@sub.example.org", " x@y.de ", "ü@müller.de"] {
            assert!(EmailAddress::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(EmailAddress::parse(" Ann@Contoso.COM ").unwrap().as_str(), "Ann@Contoso.COM");
        assert_eq!(EmailAddress::parse("Ann@Contoso.COM").unwrap().domain(), "contoso.com");
    }

    #[test]
    fn rejects_with_a_reason() {
        use EmailError::*;
        let cases = [
            ("", Empty),
            ("   ", Empty),
            ("ann.contoso.com", MissingAt),
            ("a@b@c.com", MultipleAt),
            ("@contoso.com", EmptyLocalPart),
            ("ann+tag@contoso.com", ForbiddenCharacter('+')),
            ("o'neil,x@contoso.com", ForbiddenCharacter(',')),
            ("ann smith@contoso.com", Whitespace),
            (".ann@contoso.com", EdgeDotOrHyphen),
            ("ann-@contoso.com", EdgeDotOrHyphen),
            ("an..n@contoso.com", ConsecutiveDots),
            ("ann@contoso", InvalidDomain("contoso".into())),
            ("ann@-contoso.com", InvalidDomain("-contoso.com".into())),
            ("ann@contoso.c", InvalidDomain("contoso.c".into())),
            ("ann@1.2.3.4", InvalidDomain("1.2.3.4".into())),
        ];
        for (input, reason) in cases {
            assert_eq!(EmailAddress::parse(input), Err(reason), "{input:?}");
        }
        for c in FORBIDDEN.chars() {
            let input = format!("a{c}b@contoso.com");
            assert_eq!(EmailAddress::parse(&input), Err(ForbiddenCharacter(c)), "{input}");
        }
    }

    #[test]
    fn enforces_length_limits() {
        let local = "a".repeat(65);
        assert_eq!(EmailAddress::parse(&format!("{local}@contoso.com")), Err(EmailError::LocalPartTooLong));
        let long_domain = format!("{}.com", vec!["b".repeat(60); 5].join("."));
        assert_eq!(EmailAddress::parse(&format!("a@{long_domain}")), Err(EmailError::TooLong));
        assert!(EmailAddress::parse(&format!("{}@contoso.com", "a".repeat(64))).is_ok());
    }

    #[test]
    fn apostrophe_is_allowed_and_plain_words_explain_errors() {
        assert!(EmailAddress::parse("o'neil@contoso.com").is_ok());
        let msg = EmailAddress::parse("a+b@c.com").unwrap_err().to_string();
        assert_eq!(msg, "the e-mail address contains '+', which Microsoft Entra does not accept in invitations");
    }

    #[test]
    fn object_id_round_trips() {
        let id: ObjectId = " 9071BFDE-35E0-47D2-A582-D244AB1B4AF6".parse().unwrap();
        assert_eq!(id.to_string(), "9071bfde-35e0-47d2-a582-d244ab1b4af6");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"9071bfde-35e0-47d2-a582-d244ab1b4af6\"");
        assert!("not-a-guid".parse::<ObjectId>().is_err());
        assert!(serde_json::from_str::<ObjectId>("\"x\"").is_err());
    }

    #[test]
    fn upn_with_dollar_uses_key_syntax() {
        assert_eq!(UserRef::Upn("$adm'in@contoso.com".into()).segments(), ["users('$adm''in@contoso.com')"]);
        assert_eq!(UserRef::Me.segments(), ["me"]);
    }
}
