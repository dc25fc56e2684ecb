//! The sandbox tenant's directory: users, groups, apps, sponsors, memberships, the sandbox clock,
//! redemption tickets and the mail outbox.
//!
//! The whole directory lives in memory behind one lock (so Graph's `$filter` can be evaluated
//! over 100,000 users without a round trip per row) and every change is written through to
//! SQLite at `{data_dir}/sandbox.db` before the lock is released, so a restart loses nothing.

pub mod model;
mod pages;
pub mod seed;
mod store;
mod throttle;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use tokio::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::SandboxConfig;
use model::*;
pub use pages::routes;
pub use seed::{
    directory_role_name, DIRECTORY_READERS, DIRECTORY_WRITERS, EXTERNAL_IDENTITY_PROVIDER_ADMINISTRATOR,
    GLOBAL_ADMINISTRATOR, GUEST_INVITER, HELPDESK_ADMINISTRATOR, PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
    USER_ADMINISTRATOR,
};
use store::{Link, Store, Table};
pub use throttle::InvitationThrottle;

/// The sandbox tenant.
#[derive(Clone, Debug)]
pub struct Tenant {
    /// The tenant id (a GUID).
    pub id: String,
    pub display_name: String,
    /// Default domain first, then the initial `*.onmicrosoft.example` domain.
    pub verified_domains: Vec<String>,
}

impl Tenant {
    /// The initial domain that guest UPNs (`alias_domain#EXT#@...`) are made under.
    pub fn initial_domain(&self) -> &str {
        self.verified_domains.last().map(String::as_str).unwrap_or_default()
    }

    pub fn is_verified_domain(&self, domain: &str) -> bool {
        self.verified_domains.iter().any(|d| d.eq_ignore_ascii_case(domain))
    }
}

/// The portal's app registration in the sandbox tenant.
#[derive(Clone, Debug)]
pub struct AppRegistration {
    pub client_id: String,
    pub client_secret: String,
    pub display_name: String,
    /// Consented delegated Graph scopes, e.g. `User.Invite.All`.
    pub delegated_permissions: Vec<String>,
    /// Graph application permissions (app roles) granted, e.g. `User.Invite.All`.
    pub application_permissions: Vec<String>,
    /// Directory roles (template ids) assigned to the app's service principal; app-only tokens
    /// carry them in `wids`.
    pub directory_role_template_ids: Vec<String>,
    /// The portal's own app roles, e.g. value `Guestlist.Inviter`.
    pub app_roles: Vec<AppRole>,
}

#[derive(Clone, Debug)]
pub struct AppRole {
    pub id: String,
    pub value: String,
    pub display_name: String,
}

/// Someone who can sign in, as the issuer needs them.
#[derive(Clone, Debug)]
pub struct Person {
    pub id: String,
    pub user_principal_name: String,
    pub display_name: String,
    pub mail: Option<String>,
    pub job_title: Option<String>,
    pub company_name: Option<String>,
    /// `preferredLanguage` (`de-DE`), for the ID token's optional `xms_pl` claim.
    pub preferred_language: Option<String>,
    /// `Member` or `Guest`.
    pub user_type: String,
    pub account_enabled: bool,
    pub directory_role_template_ids: Vec<String>,
    /// Values of the portal's app roles assigned to this person.
    pub app_roles: Vec<String>,
}

/// Everything the directory holds; read through [`Directory::read`], changed through
/// [`Directory::write`].
#[derive(Default)]
pub struct State {
    pub users: BTreeMap<String, UserRecord>,
    /// Deleted items, by user id; expired ones linger until the next write drops them (see
    /// [`State::deleted_users`]).
    deleted_users: BTreeMap<String, DeletedUser>,
    /// Lower-cased UPN → id.
    upn_index: HashMap<String, String>,
    pub groups: BTreeMap<String, GroupRecord>,
    /// (group id, member id).
    pub group_members: BTreeSet<(String, String)>,
    /// (user id, sponsor id).
    pub sponsors: BTreeSet<(String, String)>,
    pub service_principals: BTreeMap<String, ServicePrincipalRecord>,
    pub assignments: BTreeMap<String, AppRoleAssignmentRecord>,
    /// Oldest first.
    pub mail: Vec<MailMessage>,
    pub redemptions: HashMap<String, Redemption>,
    pub settings: Option<Settings>,
}

impl State {
    pub fn user_by_upn(&self, upn: &str) -> Option<&UserRecord> {
        self.upn_index.get(&upn.to_lowercase()).and_then(|id| self.users.get(id))
    }

    /// A user by object id or UPN, as Graph's `/users/{id | userPrincipalName}` resolves it.
    pub fn user_by_key(&self, key: &str) -> Option<&UserRecord> {
        self.users.get(key).or_else(|| self.user_by_upn(key))
    }

    /// Users in deleted items at `now`, oldest deletion first.
    pub fn deleted_users(&self, now: DateTime<Utc>) -> Vec<&DeletedUser> {
        let mut users: Vec<&DeletedUser> = self.deleted_users.values().filter(|d| !expired(d, now)).collect();
        users.sort_by_key(|d| d.user.deleted_date_time);
        users
    }

    pub fn deleted_user(&self, id: &str, now: DateTime<Utc>) -> Option<&DeletedUser> {
        self.deleted_users.get(id).filter(|d| !expired(d, now))
    }

    pub fn settings(&self) -> &Settings {
        self.settings.as_ref().expect("settings are seeded with the directory")
    }

    pub fn sponsors_of<'a>(&'a self, user_id: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.sponsors.range((user_id.to_string(), String::new())..).take_while(move |(u, _)| u == user_id).map(|(_, s)| s.as_str())
    }

    pub fn members_of<'a>(&'a self, group_id: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.group_members
            .range((group_id.to_string(), String::new())..)
            .take_while(move |(g, _)| g == group_id)
            .map(|(_, m)| m.as_str())
    }

    pub fn groups_of<'a>(&'a self, member_id: &'a str) -> impl Iterator<Item = &'a GroupRecord> + 'a {
        self.group_members.iter().filter(move |(_, m)| m == member_id).filter_map(|(g, _)| self.groups.get(g))
    }

    fn person(&self, user: &UserRecord, portal_app_id: &str) -> Person {
        let portal_sp = self.service_principals.values().find(|sp| sp.app_id == portal_app_id);
        let app_roles = portal_sp
            .map(|sp| {
                self.assignments
                    .values()
                    .filter(|a| a.principal_id == user.id && a.resource_id == sp.id)
                    .filter_map(|a| sp.app_roles.iter().find(|r| r.id == a.app_role_id))
                    .map(|r| r.value.clone())
                    .collect()
            })
            .unwrap_or_default();
        Person {
            id: user.id.clone(),
            user_principal_name: user.user_principal_name.clone(),
            display_name: user.display_name.clone(),
            mail: user.mail.clone(),
            job_title: user.job_title.clone(),
            company_name: user.company_name.clone(),
            preferred_language: user.preferred_language.clone(),
            user_type: user.user_type.clone(),
            account_enabled: user.account_enabled,
            directory_role_template_ids: user.directory_role_template_ids.clone(),
            app_roles,
        }
    }
}

/// What another part of the sandbox also wipes of its own in `sandbox.db` at each
/// [`Directory::reset`]; it is handed the database pool. See [`Directory::on_reset`].
pub(crate) type ResetHook =
    Box<dyn Fn(SqlitePool) -> Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>> + Send + Sync>;

struct Inner {
    store: Store,
    state: RwLock<State>,
    /// Mirrors `settings.clock_offset_seconds` so [`Directory::now`] needs no lock.
    clock_offset: AtomicI64,
    tenant: Tenant,
    portal_app: AppRegistration,
    invitation_throttle: InvitationThrottle,
    reset_hook: OnceLock<ResetHook>,
}

/// The persisted directory of the sandbox tenant. Cheap to clone.
#[derive(Clone)]
pub struct Directory {
    inner: Arc<Inner>,
}

impl Directory {
    /// Opens `{data_dir}/sandbox.db`, creating the schema, and seeds it when empty.
    pub async fn open(cfg: &SandboxConfig) -> anyhow::Result<Directory> {
        std::fs::create_dir_all(&cfg.data_dir)?;
        let store = Store::open(&cfg.data_dir.join("sandbox.db")).await?;
        let directory = Directory {
            inner: Arc::new(Inner {
                store,
                state: RwLock::new(State::default()),
                clock_offset: AtomicI64::new(0),
                tenant: seed::tenant(),
                portal_app: seed::portal_app(),
                invitation_throttle: InvitationThrottle::default(),
                reset_hook: OnceLock::new(),
            }),
        };
        let loaded = directory.inner.store.load().await?;
        if loaded.settings.is_none() {
            directory.reset().await?;
        } else {
            *directory.inner.state.write().await = directory.prepare(loaded);
        }
        Ok(directory)
    }

    /// Indexes a freshly loaded or seeded state and syncs the lock-free clock offset.
    fn prepare(&self, mut state: State) -> State {
        state.upn_index =
            state.users.values().map(|u| (u.user_principal_name.to_lowercase(), u.id.clone())).collect();
        self.inner.clock_offset.store(state.settings().clock_offset_seconds, Ordering::SeqCst);
        state
    }

    pub fn tenant(&self) -> &Tenant {
        &self.inner.tenant
    }

    pub fn portal_app(&self) -> &AppRegistration {
        &self.inner.portal_app
    }

    /// The in-memory `/invitations` throttle of this tenant.
    pub fn invitation_throttle(&self) -> &InvitationThrottle {
        &self.inner.invitation_throttle
    }

    /// The SQLite pool of `sandbox.db`, for other sandbox parts that keep their own tables there.
    pub fn pool(&self) -> &SqlitePool {
        self.inner.store.pool()
    }

    /// Has every later [`Directory::reset`] also run `hook`, after the directory is written and
    /// before its lock is released. Set once, by whoever assembles the sandbox (`Sandbox::open`
    /// has the issuer forget its codes and refresh tokens).
    pub(crate) fn on_reset(&self, hook: ResetHook) {
        assert!(self.inner.reset_hook.set(hook).is_ok(), "the directory's reset hook is set only once");
    }

    /// Wipes the directory and what is registered with `on_reset` (the issuer's codes and refresh
    /// tokens), and seeds it again; ids are the same as on a fresh seed.
    pub async fn reset(&self) -> anyhow::Result<()> {
        let mut guard = self.inner.state.write().await;
        let state = seed::initial_state(&self.inner.tenant, &self.inner.portal_app, Utc::now());
        self.inner.store.replace_all(&state).await?;
        if let Some(hook) = self.inner.reset_hook.get() {
            hook(self.pool().clone()).await?;
        }
        *guard = self.prepare(state);
        Ok(())
    }

    /// Grows the directory to `total` generated-plus-seeded guests, in one transaction.
    pub async fn seed_guests(&self, total: usize) -> anyhow::Result<()> {
        let mut guard = self.inner.state.write().await;
        let existing = guard.users.values().filter(|u| u.is_guest()).count();
        let now = self.now();
        // Numbering restarts at 0 and skips guests that exist, so deleted ones leave no clash.
        let numbers: Vec<usize> = (0..)
            .filter(|n| !guard.users.contains_key(&seed::generated_guest_id(*n)))
            .take(total.saturating_sub(existing))
            .collect();
        let new: Vec<UserRecord> = numbers.iter().map(|n| seed::generated_guest(*n, &self.inner.tenant, now)).collect();
        let links: Vec<(String, String)> = numbers
            .iter()
            .flat_map(|n| seed::generated_sponsors(*n).into_iter().map(|s| (seed::generated_guest_id(*n), s.to_string())))
            .collect();
        self.inner.store.insert_users_bulk(&new, &links).await?;
        for user in new {
            guard.upn_index.insert(user.user_principal_name.to_lowercase(), user.id.clone());
            guard.users.insert(user.id.clone(), user);
        }
        guard.sponsors.extend(links);
        Ok(())
    }

    /// Everyone shown on the sandbox sign-in page: members first, then guests who can sign in.
    pub async fn sign_in_people(&self) -> anyhow::Result<Vec<Person>> {
        let state = self.read().await;
        let mut people: Vec<&UserRecord> = state
            .users
            .values()
            .filter(|u| !u.generated && u.account_enabled)
            .filter(|u| u.creation_type.as_deref() != Some("Invitation") || u.external_user_state.as_deref() == Some("Accepted"))
            .collect();
        people.sort_by(|a, b| (a.is_guest(), &a.display_name).cmp(&(b.is_guest(), &b.display_name)));
        Ok(people.into_iter().map(|u| state.person(u, &self.inner.portal_app.client_id)).collect())
    }

    /// Case-insensitive, as Entra treats UPNs.
    pub async fn person_by_upn(&self, upn: &str) -> anyhow::Result<Option<Person>> {
        let state = self.read().await;
        Ok(state.user_by_upn(upn).map(|u| state.person(u, &self.inner.portal_app.client_id)))
    }

    pub async fn person_by_id(&self, id: &str) -> anyhow::Result<Option<Person>> {
        let state = self.read().await;
        Ok(state.users.get(id).map(|u| state.person(u, &self.inner.portal_app.client_id)))
    }

    /// Stamps `signInActivity` as Entra does after a successful sign-in.
    pub async fn record_sign_in(&self, id: &str, interactive: bool) -> anyhow::Result<()> {
        let now = self.now();
        let mut w = self.write().await;
        let Some(mut user) = w.state().users.get(id).cloned() else {
            anyhow::bail!("no user with id {id} in the sandbox directory");
        };
        stamp_sign_in(&mut user, now, interactive);
        w.put_user(user).await
    }

    /// Completes a redemption (the invitee accepted on `/_sandbox/redeem`) and returns the
    /// invitation's redirect URL. Internal accounts invited to B2B become external here.
    pub async fn redeem(&self, ticket: &str, provider: seed::IdentityProvider) -> Result<String, RedeemError> {
        let now = self.now();
        let mut w = self.write().await;
        let redemption = w.state().redemptions.get(ticket).cloned().ok_or(RedeemError::UnknownTicket)?;
        let mut user = w.state().users.get(&redemption.user_id).cloned().ok_or(RedeemError::UserGone)?;
        user.external_user_state = Some("Accepted".into());
        user.external_user_state_change_date_time = Some(now);
        // A reset redemption replaces the old external credential.
        user.identities.retain(|i| i.sign_in_type != "federated");
        user.identities.push(provider.identity(&redemption.invited_email));
        user.pending_b2b = None;
        stamp_sign_in(&mut user, now, true);
        w.put_user(user).await?;
        let spent: Vec<String> =
            w.state().redemptions.values().filter(|r| r.user_id == redemption.user_id).map(|r| r.ticket.clone()).collect();
        for t in spent {
            w.remove_redemption(&t).await?;
        }
        Ok(redemption.redirect_url)
    }

    /// The sandbox clock: real time plus the persisted offset moved by `/_sandbox/clock`.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::seconds(self.inner.clock_offset.load(Ordering::SeqCst))
    }

    /// Moves the sandbox clock forward (never back: tokens and sign-ins must stay ordered).
    pub async fn advance_clock(&self, days: u32) -> anyhow::Result<()> {
        self.update_settings(|s| s.clock_offset_seconds += i64::from(days) * 86_400).await
    }

    /// Changes tenant settings (invitation policy, domain lists) the way an admin would in the
    /// Entra admin center; tests and scripts use it where Graph has no write API.
    pub async fn update_settings(&self, change: impl FnOnce(&mut Settings)) -> anyhow::Result<()> {
        let mut w = self.write().await;
        let mut settings = w.state().settings().clone();
        change(&mut settings);
        w.put_settings(settings).await
    }

    pub async fn read(&self) -> RwLockReadGuard<'_, State> {
        self.inner.state.read().await
    }

    /// Exclusive access for a change; every change goes through [`Writer`] so it is persisted.
    pub async fn write(&self) -> Writer<'_> {
        Writer { guard: self.inner.state.write().await, inner: &self.inner }
    }
}

/// Why an invitation could not be redeemed; shown to the invitee in plain words.
#[derive(Debug, thiserror::Error)]
pub enum RedeemError {
    #[error("This invitation link is not valid or was already used. Ask the person who invited you for a new invitation.")]
    UnknownTicket,
    #[error("Choose one of the listed ways to sign in.")]
    UnknownProvider,
    #[error("The invited account no longer exists in this organisation.")]
    UserGone,
    #[error("The sandbox directory could not be updated: {0}")]
    Storage(#[from] anyhow::Error),
}

/// How long deleted items keep a user before deleting it for good ("directory resource type").
pub const DELETED_ITEMS_RETENTION_DAYS: i64 = 30;

fn expired(deleted: &DeletedUser, now: DateTime<Utc>) -> bool {
    deleted.user.deleted_date_time.is_none_or(|t| now - t >= chrono::Duration::days(DELETED_ITEMS_RETENTION_DAYS))
}

fn stamp_sign_in(user: &mut UserRecord, now: DateTime<Utc>, interactive: bool) {
    let request_id = uuid::Uuid::new_v4().to_string();
    let activity = user.sign_in_activity.get_or_insert_with(SignInActivity::default);
    if interactive {
        activity.last_sign_in_date_time = Some(now);
        activity.last_sign_in_request_id = Some(request_id.clone());
    } else {
        activity.last_non_interactive_sign_in_date_time = Some(now);
        activity.last_non_interactive_sign_in_request_id = Some(request_id.clone());
    }
    activity.last_successful_sign_in_date_time = Some(now);
    activity.last_successful_sign_in_request_id = Some(request_id);
}

/// Holds the directory's write lock; each method changes memory and SQLite together.
pub struct Writer<'a> {
    guard: RwLockWriteGuard<'a, State>,
    inner: &'a Inner,
}

impl Writer<'_> {
    pub fn state(&self) -> &State {
        &self.guard
    }

    pub async fn put_user(&mut self, user: UserRecord) -> anyhow::Result<()> {
        self.inner.store.put(Table::Users, &user.id, &user).await?;
        if let Some(old) = self.guard.users.get(&user.id) {
            let old_upn = old.user_principal_name.to_lowercase();
            self.guard.upn_index.remove(&old_upn);
        }
        self.guard.upn_index.insert(user.user_principal_name.to_lowercase(), user.id.clone());
        self.guard.users.insert(user.id.clone(), user);
        Ok(())
    }

    /// Deletes a user and every link and assignment that points at it.
    pub async fn delete_user(&mut self, id: &str) -> anyhow::Result<()> {
        self.inner.store.delete_object(Table::Users, id).await?;
        self.inner.store.unlink_everywhere(id).await?;
        let assignment_ids: Vec<String> =
            self.guard.assignments.values().filter(|a| a.principal_id == id).map(|a| a.id.clone()).collect();
        for a in &assignment_ids {
            self.inner.store.delete_object(Table::AppRoleAssignments, a).await?;
            self.guard.assignments.remove(a);
        }
        if let Some(user) = self.guard.users.remove(id) {
            self.guard.upn_index.remove(&user.user_principal_name.to_lowercase());
        }
        self.guard.sponsors.retain(|(u, s)| u != id && s != id);
        self.guard.group_members.retain(|(_, m)| m != id);
        Ok(())
    }

    /// Moves a user to deleted items ("Delete a user"), remembering its group memberships and
    /// sponsors for a restore; items past retention are deleted for good first.
    pub async fn soft_delete_user(&mut self, id: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
        let gone: Vec<String> = self.guard.deleted_users.values().filter(|d| expired(d, now)).map(|d| d.user.id.clone()).collect();
        for old in gone {
            self.purge_deleted_user(&old).await?;
        }
        let Some(mut user) = self.guard.users.get(id).cloned() else { return Ok(()) };
        let groups = self.guard.groups_of(id).map(|g| g.id.clone()).collect();
        let sponsors = self.guard.sponsors_of(id).map(str::to_string).collect();
        self.delete_user(id).await?;
        user.deleted_date_time = Some(now);
        let deleted = DeletedUser { user, groups, sponsors };
        self.inner.store.put(Table::DeletedUsers, id, &deleted).await?;
        self.guard.deleted_users.insert(id.to_string(), deleted);
        Ok(())
    }

    /// Brings a user back from deleted items with the memberships and sponsors that still exist
    /// ("Restore deleted item"); the caller checks that its UPN is free.
    pub async fn restore_user(&mut self, id: &str) -> anyhow::Result<Option<UserRecord>> {
        let Some(deleted) = self.guard.deleted_users.get(id).cloned() else { return Ok(None) };
        self.purge_deleted_user(id).await?;
        let mut user = deleted.user;
        user.deleted_date_time = None;
        self.put_user(user.clone()).await?;
        for group in deleted.groups.iter().filter(|g| self.guard.groups.contains_key(*g)).cloned().collect::<Vec<_>>() {
            self.add_member(&group, id).await?;
        }
        let live = |s: &&String| self.guard.users.contains_key(*s) || self.guard.groups.contains_key(*s);
        for sponsor in deleted.sponsors.iter().filter(live).cloned().collect::<Vec<_>>() {
            self.add_sponsor(id, &sponsor).await?;
        }
        Ok(Some(user))
    }

    /// Removes a user from deleted items for good ("Permanently delete an item").
    pub async fn purge_deleted_user(&mut self, id: &str) -> anyhow::Result<()> {
        self.inner.store.delete_object(Table::DeletedUsers, id).await?;
        self.guard.deleted_users.remove(id);
        Ok(())
    }

    pub async fn add_sponsor(&mut self, user_id: &str, sponsor_id: &str) -> anyhow::Result<()> {
        self.inner.store.link(Link::Sponsors, user_id, sponsor_id).await?;
        self.guard.sponsors.insert((user_id.to_string(), sponsor_id.to_string()));
        Ok(())
    }

    pub async fn remove_sponsor(&mut self, user_id: &str, sponsor_id: &str) -> anyhow::Result<()> {
        self.inner.store.unlink(Link::Sponsors, user_id, sponsor_id).await?;
        self.guard.sponsors.remove(&(user_id.to_string(), sponsor_id.to_string()));
        Ok(())
    }

    pub async fn add_member(&mut self, group_id: &str, member_id: &str) -> anyhow::Result<()> {
        self.inner.store.link(Link::GroupMembers, group_id, member_id).await?;
        self.guard.group_members.insert((group_id.to_string(), member_id.to_string()));
        Ok(())
    }

    pub async fn remove_member(&mut self, group_id: &str, member_id: &str) -> anyhow::Result<()> {
        self.inner.store.unlink(Link::GroupMembers, group_id, member_id).await?;
        self.guard.group_members.remove(&(group_id.to_string(), member_id.to_string()));
        Ok(())
    }

    pub async fn put_assignment(&mut self, assignment: AppRoleAssignmentRecord) -> anyhow::Result<()> {
        self.inner.store.put(Table::AppRoleAssignments, &assignment.id, &assignment).await?;
        self.guard.assignments.insert(assignment.id.clone(), assignment);
        Ok(())
    }

    pub async fn put_mail(&mut self, mail: MailMessage) -> anyhow::Result<()> {
        self.inner.store.put(Table::Mail, &mail.id, &mail).await?;
        self.guard.mail.push(mail);
        Ok(())
    }

    pub async fn put_redemption(&mut self, redemption: Redemption) -> anyhow::Result<()> {
        self.inner.store.put(Table::Redemptions, &redemption.ticket, &redemption).await?;
        self.guard.redemptions.insert(redemption.ticket.clone(), redemption);
        Ok(())
    }

    pub async fn remove_redemption(&mut self, ticket: &str) -> anyhow::Result<()> {
        self.inner.store.delete_object(Table::Redemptions, ticket).await?;
        self.guard.redemptions.remove(ticket);
        Ok(())
    }

    pub async fn put_settings(&mut self, settings: Settings) -> anyhow::Result<()> {
        self.inner.store.put(Table::Settings, store::SETTINGS_ID, &settings).await?;
        self.inner.clock_offset.store(settings.clock_offset_seconds, Ordering::SeqCst);
        self.guard.settings = Some(settings);
        Ok(())
    }
}
