//! What every service works with: Graph, the database, the mailer, the settings and a clock.
//! Built once by the server (or the command line) and passed to each call with the [`Actor`].

use std::sync::{Arc, Mutex};

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
    /// Sandbox mode: the Settings page may name only a mail server on this machine, as
    /// `GUESTLIST_SMTP_URL` may.
    pub local_mail_only: bool,
    pub settings: Arc<InviteSettings>,
    pub clock: Clock,
    /// The portal's language (`GUESTLIST_LANGUAGE`): mail to people whose language Guestlist
    /// does not know is written in it.
    pub language: i18n::Locale,
    /// The tenant's assignable app roles, as last listed for an Admin (see [`AppListing`]).
    pub(crate) apps: Arc<Mutex<Option<AppListing>>>,
}

/// Every enterprise app role of the tenant, listed once for a while: listing all service
/// principals is slow on a large tenant, and Admins open the Invite and Rules pages often.
#[derive(Clone)]
pub(crate) struct AppListing {
    pub listed_at: DateTime<Utc>,
    pub choices: Vec<crate::invite::AppChoice>,
}

/// The Graph credentials one operation uses. `acting` reads and changes people, groups and apps,
/// as the credential mode says: the person's own token in delegated mode, so they see and change
/// only what Entra lets them; the application's in application mode, after the portal's own role
/// check. `tenant` reads the tenant's invitation
/// policies (verified domains, who may invite, allowed domains) with the application's token in
/// both modes: they are rules, not people's data, and reading the B2B management policy is not
/// among the delegated permissions the portal asks for.
pub struct Callers {
    pub acting: Caller,
    pub tenant: Caller,
}

impl Context {
    pub fn new(graph: GraphClient, db: Db, mailer: Option<Mailer>, settings: InviteSettings) -> Context {
        Context { graph, db, mailer, local_mail_only: false, settings: Arc::new(settings), clock: Clock::system(), language: i18n::Locale::default(), apps: Arc::default() }
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
        let acting = match self.settings.credential {
            CredentialMode::Delegated => self.as_actor(actor),
            CredentialMode::Application => self.app(),
        };
        Callers { acting, tenant: self.app() }
    }
}
