//! What every service works with: Graph, the database, the mailer, the settings and a clock.
//! Built once by the server (or the command line) and passed to each call with the [`Actor`].

use std::sync::Arc;

use chrono::{DateTime, Utc};
use graph::{Caller, GraphClient};

use crate::mail::Mailer;
use crate::settings::{CredentialMode, InviteSettings};
use crate::Actor;
use crate::Db;

/// The time, from the system or (in tests and the sandbox) from elsewhere.
#[derive(Clone)]
pub struct Clock(Option<Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>>);

impl Clock {
    pub fn system() -> Clock {
        Clock(None)
    }

    /// A clock that asks `now` for the time.
    pub fn from_fn(now: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Clock {
        Clock(Some(Arc::new(now)))
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.0.as_ref().map_or_else(Utc::now, |now| now())
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "Clock(custom)" } else { "Clock(system)" })
    }
}

/// Everything a service needs besides the actor.
#[derive(Clone)]
pub struct Context {
    pub graph: GraphClient,
    pub db: Db,
    /// Guestlist's own SMTP sender (none when no mail server is set up).
    pub mailer: Option<Mailer>,
    pub settings: Arc<InviteSettings>,
    pub clock: Clock,
}

/// The Graph credentials one operation uses: `checks` reads the tenant's rules with the portal's
/// own permissions; `sender` changes things as the settings say (the person's own token, or the
/// application's after the portal's own role check).
pub struct Callers {
    pub checks: Caller,
    pub sender: Caller,
}

impl Context {
    pub fn new(graph: GraphClient, db: Db, mailer: Option<Mailer>, settings: InviteSettings) -> Context {
        Context { graph, db, mailer, settings: Arc::new(settings), clock: Clock::system() }
    }

    /// The application's own Graph access (application permissions); authorize first.
    pub fn app(&self) -> Caller {
        self.graph.as_app()
    }

    /// Graph as the actor: their own delegated token, or the application for an operator.
    pub fn as_actor(&self, actor: &Actor) -> Caller {
        match actor {
            Actor::Person { token, .. } => self.graph.as_user(token),
            Actor::Operator { .. } | Actor::Job { .. } => self.app(),
        }
    }

    /// The callers for `actor` under the configured credential mode.
    pub fn callers(&self, actor: &Actor) -> Callers {
        let sender = match self.settings.credential {
            CredentialMode::Delegated => self.as_actor(actor),
            CredentialMode::Application => self.app(),
        };
        Callers { checks: self.app(), sender }
    }
}
