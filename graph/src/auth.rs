//! Credentials: the signed-in user's delegated token (refreshed and handed back) or the app's own token.

use std::fmt;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Deserializer, Serialize};

/// Tokens are renewed this long before they expire, so a call never starts with a token about to lapse.
pub const EXPIRY_MARGIN: Duration = Duration::minutes(5);

/// The scope for app-only Graph tokens: every application permission consented for the app.
pub const APP_SCOPE: &str = "https://graph.microsoft.com/.default";

/// A signed-in user's tokens, as stored in the server session.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DelegatedToken {
    /// Bearer token for Graph.
    pub access_token: String,
    /// Token to get a new access token; `None` if `offline_access` was not granted.
    pub refresh_token: Option<String>,
    /// When the access token expires.
    pub expires_at: DateTime<Utc>,
    /// Granted scopes (space-separated), re-requested on refresh as Entra v2 requires.
    pub scope: Option<String>,
}

impl DelegatedToken {
    /// Whether the access token expires within [`EXPIRY_MARGIN`].
    pub fn needs_refresh(&self, now: DateTime<Utc>) -> bool {
        self.expires_at - EXPIRY_MARGIN <= now
    }
}

impl fmt::Debug for DelegatedToken {
    // Tokens must never reach logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DelegatedToken")
            .field("access_token", &"<redacted>")
            .field("refresh_token", &self.refresh_token.as_ref().map(|_| "<redacted>"))
            .field("expires_at", &self.expires_at)
            .field("scope", &self.scope)
            .finish()
    }
}

/// A user's token shared between concurrent calls; after a call, [`DelegatedSession::current`] returns the
/// possibly refreshed token for the server to store back in the session.
#[derive(Clone, Debug)]
pub struct DelegatedSession {
    token: Arc<Mutex<DelegatedToken>>,
    // Serialises refreshes so concurrent calls with an expiring token refresh it once.
    pub(crate) refresh_gate: Arc<tokio::sync::Mutex<()>>,
}

impl DelegatedSession {
    /// Starts from the token stored in the session.
    pub fn new(token: DelegatedToken) -> Self {
        Self { token: Arc::new(Mutex::new(token)), refresh_gate: Arc::default() }
    }

    /// The latest token, including any refresh made by calls through this session.
    pub fn current(&self) -> DelegatedToken {
        self.token.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    pub(crate) fn replace(&self, token: DelegatedToken) {
        *self.token.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = token;
    }
}

/// Whose authority a call runs with.
#[derive(Clone, Debug)]
pub enum Credential {
    /// The signed-in user (delegated permissions).
    Delegated(DelegatedSession),
    /// The app itself (client credentials, application permissions).
    Application,
}

impl From<DelegatedSession> for Credential {
    fn from(session: DelegatedSession) -> Self {
        Self::Delegated(session)
    }
}

/// An app-only token cached by the client.
#[derive(Clone)]
pub(crate) struct AppToken {
    pub(crate) access_token: String,
    pub(crate) expires_at: DateTime<Utc>,
}

impl AppToken {
    pub(crate) fn is_fresh(&self, now: DateTime<Utc>) -> bool {
        self.expires_at - EXPIRY_MARGIN > now
    }
}

/// A successful token endpoint response.
#[derive(Deserialize)]
pub(crate) struct TokenResponse {
    pub(crate) access_token: String,
    #[serde(deserialize_with = "seconds")]
    pub(crate) expires_in: i64,
    pub(crate) refresh_token: Option<String>,
    pub(crate) scope: Option<String>,
}

/// An OAuth error response.
#[derive(Deserialize)]
pub(crate) struct TokenErrorResponse {
    pub(crate) error: String,
    #[serde(default)]
    pub(crate) error_description: String,
}

/// `expires_in` is a number on the v2 endpoint but was a string on v1; accept both.
fn seconds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum NumberOrString {
        Number(i64),
        String(String),
    }
    match NumberOrString::deserialize(deserializer)? {
        NumberOrString::Number(n) => Ok(n),
        NumberOrString::String(s) => s.parse().map_err(serde::de::Error::custom),
    }
}

impl TokenResponse {
    /// When the token expires, counted from when the request was sent.
    pub(crate) fn expires_at(&self, sent_at: DateTime<Utc>) -> DateTime<Utc> {
        sent_at + Duration::seconds(self.expires_in)
    }

    /// The refreshed delegated token; Entra may omit a new refresh token or scope, so the old ones are kept.
    pub(crate) fn into_delegated(self, sent_at: DateTime<Utc>, previous: &DelegatedToken) -> DelegatedToken {
        DelegatedToken {
            expires_at: self.expires_at(sent_at),
            refresh_token: self.refresh_token.or_else(|| previous.refresh_token.clone()),
            scope: self.scope.or_else(|| previous.scope.clone()),
            access_token: self.access_token,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(expires_in_minutes: i64) -> DelegatedToken {
        DelegatedToken {
            access_token: "secret-access".into(),
            refresh_token: Some("secret-refresh".into()),
            expires_at: Utc::now() + Duration::minutes(expires_in_minutes),
            scope: Some("User.Read".into()),
        }
    }

    #[test]
    fn refresh_is_due_within_the_margin() {
        assert!(token(4).needs_refresh(Utc::now()));
        assert!(token(-1).needs_refresh(Utc::now()));
        assert!(!token(30).needs_refresh(Utc::now()));
    }

    #[test]
    fn debug_output_hides_tokens() {
        let printed = format!("{:?}", token(30));
        assert!(!printed.contains("secret"), "{printed}");
    }

    #[test]
    fn refreshed_token_keeps_what_entra_omits() {
        let sent = Utc::now();
        let response: TokenResponse =
            serde_json::from_str(r#"{"access_token":"new","expires_in":"3600","token_type":"Bearer"}"#).unwrap();
        let refreshed = response.into_delegated(sent, &token(1));
        assert_eq!(refreshed.access_token, "new");
        assert_eq!(refreshed.refresh_token.as_deref(), Some("secret-refresh"));
        assert_eq!(refreshed.scope.as_deref(), Some("User.Read"));
        assert_eq!(refreshed.expires_at, sent + Duration::seconds(3600));
    }

    #[test]
    fn session_hands_back_the_replaced_token() {
        let session = DelegatedSession::new(token(1));
        let clone = session.clone();
        clone.replace(token(60));
        assert!(!session.current().needs_refresh(Utc::now()));
    }
}
