//! Kinds of jobs, and the registry of those an instance runs.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value;

use super::{JobActor, JobId};
use crate::{Actor, Context, Error, Role};

/// What a handler knows about the row it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobInfo {
    pub id: JobId,
    /// The [`JobKind::name`].
    pub kind: String,
    pub started_by: JobActor,
    /// The row's number, 1 for the first input.
    pub row: i64,
    /// 1 on the first run; more when an earlier run was cut off (its worker died or stopped).
    pub attempt: i64,
}

impl JobInfo {
    /// Whether an earlier run of this row may have done part of its work: check before repeating
    /// a side effect (e.g. look the guest up before inviting them again).
    pub fn is_rerun(&self) -> bool {
        self.attempt > 1
    }
}

/// A kind of job: how one row is done.
///
/// ```ignore
/// struct BulkInvite;
///
/// #[async_trait::async_trait]
/// impl JobKind for BulkInvite {
///     fn name(&self) -> &'static str { "invite" }
///     fn may_start(&self, actor: &Actor) -> Result<(), Error> { actor.require_inviter() }
///     async fn run_row(&self, ctx: &Context, job: &JobInfo, input: &Value) -> Result<Value, Error> {
///         // parse `input`, call the invite service (it checks and audits), return what to show
///     }
/// }
/// ```
#[async_trait::async_trait]
pub trait JobKind: Send + Sync + 'static {
    /// Stored with each job; an instance runs only the kinds its registry knows (during an
    /// upgrade, an older instance leaves a newer kind's rows to the newer instances).
    fn name(&self) -> &'static str;

    /// Refuses `actor` unless they may start this kind of job. Administrators only unless the
    /// kind says otherwise.
    fn may_start(&self, actor: &Actor) -> Result<(), Error> {
        actor.require(Role::Admin)
    }

    /// Does one row. The result is stored and shown with the row; an error is stored as the
    /// row's failure, in its plain words. May run again for the same row after a crash
    /// ([`JobInfo::is_rerun`]).
    async fn run_row(&self, ctx: &Context, job: &JobInfo, input: &Value) -> Result<Value, Error>;
}

/// The kinds of job an instance runs, by name (cheap to clone).
#[derive(Clone, Default)]
pub struct Registry {
    kinds: Arc<BTreeMap<&'static str, Arc<dyn JobKind>>>,
}

impl Registry {
    /// No kinds.
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Every kind Guestlist ships: the one place a new kind is registered.
    pub fn guestlist() -> Registry {
        Registry::new()
            .with(crate::invite::InviteJob)
            .with(crate::guests::selection::GuestActionJob)
            .with(crate::bulk::BulkInviteJob)
    }

    /// Adds `kind`.
    ///
    /// # Panics
    /// When a kind of the same name is registered already (two kinds cannot share stored jobs).
    pub fn with(mut self, kind: impl JobKind) -> Registry {
        let kinds = Arc::make_mut(&mut self.kinds);
        let name = kind.name();
        assert!(kinds.insert(name, Arc::new(kind)).is_none(), "two job kinds are named {name:?}");
        self
    }

    pub fn get(&self, name: &str) -> Option<&Arc<dyn JobKind>> {
        self.kinds.get(name)
    }

    /// The names, sorted.
    pub fn names(&self) -> Vec<&'static str> {
        self.kinds.keys().copied().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Registry").field(&self.names()).finish()
    }
}
