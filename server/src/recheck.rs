//! A session is not a promise made once at sign-in: it ends a fixed time after sign-in, and the
//! account and roles are read again from Graph every so often, for pages and server functions
//! alike (this runs in front of both).

use std::time::Duration;

use app::auth::Principal;
use app::server::keys as session_keys;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use chrono::{DateTime, Utc};
use graph::GraphClient;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::account::{self, Lookup};
use crate::auth::SignInError;
use crate::config::{InviterPolicy, SessionSettings};

/// How long a session outlives a Graph that cannot be reached, so that one hiccup does not
/// sign everyone out but an outage does not keep roles unchecked for long.
const UNREACHABLE_GRACE: Duration = Duration::from_secs(60 * 60);
/// After a failed check, the next try (unless checks are more frequent anyway).
const RETRY_AFTER: Duration = Duration::from_secs(60);

/// Kept in the session (key [`session_keys::SIGNED_IN`]) from sign-in on.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SignedIn {
    pub at: DateTime<Utc>,
    /// When the account is read from Graph again.
    pub next_check: DateTime<Utc>,
    /// Since when Graph could not be asked, if the last check failed.
    pub unreachable_since: Option<DateTime<Utc>>,
    /// The identity provider's sign-in session (the ID token's `sid`), for front-channel logout.
    pub sid: Option<String>,
}

/// What the check needs: Graph as the portal's app, and the rules.
#[derive(Clone)]
pub struct Recheck {
    pub graph: GraphClient,
    pub client_id: String,
    /// Who invites directly by the variables; the Settings page's policy, read at each check, wins.
    pub inviters: InviterPolicy,
    pub db: services::Db,
    pub settings: SessionSettings,
}

/// The middleware: ends or refreshes the session as needed, then serves the request.
pub async fn recheck(State(check): State<Recheck>, session: Session, request: Request, next: Next) -> Response {
    if let Err(error) = check.session(&session, Utc::now()).await {
        let locale = request.extensions().get::<i18n::Locale>().copied().unwrap_or_default();
        return SignInError::Session(error.to_string()).response(locale);
    }
    next.run(request).await
}

impl Recheck {
    async fn session(&self, session: &Session, now: DateTime<Utc>) -> Result<(), tower_sessions::session::Error> {
        let Some(mut signed_in) = session.get::<SignedIn>(session_keys::SIGNED_IN).await? else { return Ok(()) };
        let Some(mut principal) = session.get::<Principal>(session_keys::PRINCIPAL).await? else { return Ok(()) };
        let oid = principal.object_id.clone();
        if now - signed_in.at >= delta(self.settings.max_age) {
            tracing::info!(%oid, "the session reached its maximum age; signing in again is needed");
            return session.flush().await;
        }
        if now < signed_in.next_check {
            return Ok(());
        }
        // Roles follow the Settings page at once, not only the directory: read both each time.
        let (lookup, inviters) = match services::configuration::inviters(&self.db, &self.inviters).await {
            Ok(inviters) => (account::look_up(&self.graph, &self.client_id, &oid).await, inviters),
            Err(error) => (Lookup::Unavailable(format!("the portal's settings could not be read: {error}")), self.inviters.clone()),
        };
        match lookup {
            Lookup::Found { enabled: true, grants } => {
                let roles = grants.roles(&inviters);
                if roles != principal.roles {
                    tracing::info!(%oid, before = ?principal.roles, after = ?roles, "roles changed in the directory or on the Settings page");
                    principal.roles = roles;
                    session.insert(session_keys::PRINCIPAL, &principal).await?;
                }
                signed_in.unreachable_since = None;
                signed_in.next_check = now + delta(self.settings.recheck_every);
            }
            Lookup::Found { enabled: false, .. } | Lookup::NotFound => {
                tracing::info!(%oid, "the account is disabled or deleted; its session ends");
                return session.flush().await;
            }
            Lookup::Unavailable(reason) => {
                let since = *signed_in.unreachable_since.get_or_insert(now);
                if now - since >= delta(UNREACHABLE_GRACE) {
                    tracing::warn!(%oid, "the account could not be checked for an hour ({reason}); its session ends");
                    return session.flush().await;
                }
                tracing::warn!(%oid, "the account could not be checked ({reason}); the session is kept for now");
                signed_in.next_check = now + delta(RETRY_AFTER.min(self.settings.recheck_every));
            }
        }
        session.insert(session_keys::SIGNED_IN, signed_in).await
    }
}

pub fn delta(duration: Duration) -> chrono::TimeDelta {
    chrono::TimeDelta::from_std(duration).unwrap_or(chrono::TimeDelta::MAX)
}
