//! Recently deleted guests and the Dashboard's figures against a live sandbox tenant: what the
//! services did in the sandbox's directory, the audit trail, the figures compared with the
//! sandbox's own records, and the Graph calls one Dashboard view makes, counted at the sandbox.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Datelike, Duration, Utc};
use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig, ObjectId, UserRef};
use sandbox::directory::model::UserRecord;
use sandbox::Sandbox;
use services::audit::{self, AuditAction, AuditFilter, AuditOutcome};
use services::guests::dashboard::{self, Figures, INACTIVE_BUCKETS, LONG_PENDING_DAYS, WEEKS};
use services::guests::deleted;
use services::guests::filter::StatusFilter;
use services::settings::InviteSettings;
use services::{Actor, Clock, Context, Db, Error, Principal, Role};

const GRACE: &str = "grace.okafor@northwind.example";
const LUKAS: &str = "lukas.becker@northwind.example";

struct Tenant {
    sandbox: Sandbox,
    base: String,
    ctx: Context,
    /// The paths and queries of the Graph requests the sandbox answered, in order.
    graph_calls: Arc<Mutex<Vec<String>>>,
    now: DateTime<Utc>,
    /// The sandbox's data folder, deleted with the tenant.
    _data: live::DataDir,
}

/// The portal's database for a test: a fresh PostgreSQL database when
/// `GUESTLIST_TEST_DATABASE_URL` names a server (`scripts/test-postgres`), else SQLite.
async fn database() -> Db {
    let Ok(server) = std::env::var("GUESTLIST_TEST_DATABASE_URL") else { return Db::in_memory().await.unwrap() };
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(&server).await.expect("the test PostgreSQL server answers");
    let name = format!("guestlist_dashboard_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
    let mut url = url::Url::parse(&server).unwrap();
    url.set_path(&name);
    let db = Db::connect(url.as_str()).await.unwrap();
    db.migrate().await.unwrap();
    db
}

async fn tenant() -> Tenant {
    let graph_calls = Arc::new(Mutex::new(Vec::new()));
    let recorded = graph_calls.clone();
    let record = move |router: axum::Router| {
        router.layer(axum::middleware::from_fn(move |request: axum::extract::Request, next: axum::middleware::Next| {
            let recorded = recorded.clone();
            async move {
                let uri = request.uri();
                if uri.path().starts_with("/_sandbox/graph/") {
                    recorded.lock().unwrap().push(uri.path_and_query().map(|p| p.to_string()).unwrap_or_default());
                }
                next.run(request).await
            }
        }))
    };
    let data = live::DataDir::new("guestlist-guests-dashboard");
    let (sandbox, base) = live::serve(&data, false, record).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let mut ctx = Context::new(graph, database().await, None, InviteSettings::from_vars(|_| None).unwrap());
    // The sandbox's time, held still, so that figures and expectations are taken at one moment.
    let now = sandbox.directory().now();
    ctx.clock = Clock::from_fn(move || now);
    Tenant { sandbox, base, ctx, graph_calls, now, _data: data }
}

impl Tenant {
    /// `upn` signed in with the sandbox's code flow, with the portal roles given.
    async fn person(&self, upn: &str, roles: &[Role]) -> Actor {
        let tokens = live::user_tokens_for(&self.sandbox, &self.base, upn, live::PORTAL_SCOPE).await;
        let person = self.sandbox.directory().person_by_upn(upn).await.unwrap().unwrap();
        let principal = Principal {
            object_id: person.id.clone(),
            tenant_id: self.sandbox.directory().tenant().id.clone(),
            name: person.display_name.clone(),
            user_principal_name: upn.to_owned(),
            email: None,
            roles: roles.to_vec(),
        };
        let token = DelegatedToken {
            access_token: tokens["access_token"].as_str().unwrap().to_owned(),
            refresh_token: tokens["refresh_token"].as_str().map(str::to_owned),
            expires_at: Utc::now() + chrono::Duration::seconds(tokens["expires_in"].as_i64().unwrap()),
            scope: tokens["scope"].as_str().map(str::to_owned),
        };
        Actor::Person { principal, token: DelegatedSession::new(token), locale: i18n::Locale::En }
    }

    async fn audit(&self) -> Vec<audit::AuditEvent> {
        audit::list(&self.ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap()
    }

    /// Holds Guestlist's clock at `now` (for the figures and the expectations alike).
    fn hold_clock(&mut self, now: DateTime<Utc>) {
        self.now = now;
        self.ctx.clock = Clock::from_fn(move || now);
    }

    fn take_graph_calls(&self) -> Vec<String> {
        std::mem::take(&mut *self.graph_calls.lock().unwrap())
    }
}

fn id(text: &str) -> ObjectId {
    text.parse().unwrap()
}

// ---- Recently deleted guests ------------------------------------------------------------------

#[tokio::test]
async fn admins_list_restore_with_groups_and_purge_deleted_guests_and_every_step_is_audited() {
    let t = tenant().await;
    let (guest, member) = {
        let state = t.sandbox.directory().read().await;
        let guest = state.users.values().find(|u| u.is_guest() && u.mail.is_some() && state.groups_of(&u.id).next().is_some()).expect("a guest in a group").clone();
        let member = state.users.values().find(|u| !u.is_guest() && u.external_user_state.is_none() && u.directory_role_template_ids.is_empty()).unwrap().clone();
        (guest, member)
    };
    let groups_before: Vec<String> = t.sandbox.directory().read().await.groups_of(&guest.id).map(|g| g.id.clone()).collect();
    let app = t.ctx.app();
    app.delete_user(&UserRef::Id(id(&guest.id))).await.unwrap();
    app.delete_user(&UserRef::Id(id(&member.id))).await.unwrap();
    let grace = t.person(GRACE, &[Role::Admin, Role::Sponsor]).await;
    let lukas = t.person(LUKAS, &[Role::Sponsor]).await;

    // Only external users are listed, with when they go for good.
    let list = deleted::list(&t.ctx, &grace).await.unwrap();
    assert!(!list.more);
    assert!(list.guests.iter().all(|g| g.id != member.id), "a deleted member is not a deleted guest");
    let listed = list.guests.iter().find(|g| g.id == guest.id).expect("the deleted guest is listed");
    assert_eq!(listed.display_name, guest.display_name);
    assert_eq!(listed.days_left, 30, "deleted just now, at the held clock");
    assert_eq!(listed.purged_on, i18n::date(i18n::Locale::En, t.now + Duration::days(30)));
    assert!(listed.purge_words(i18n::Locale::En).contains("30 days left"), "{}", listed.purge_words(i18n::Locale::En));

    // Others may neither see nor change them.
    assert_eq!(deleted::list(&t.ctx, &lukas).await.unwrap_err(), Error::NotAllowed { needed: Role::Admin });
    assert_eq!(deleted::restore(&t.ctx, &lukas, id(&guest.id)).await.unwrap_err(), Error::NotAllowed { needed: Role::Admin });
    assert_eq!(deleted::purge(&t.ctx, &lukas, id(&guest.id), true).await.unwrap_err(), Error::NotAllowed { needed: Role::Admin });
    // A member's id is not a deleted guest's.
    assert!(matches!(deleted::get(&t.ctx, &grace, id(&member.id)).await, Err(Error::NotFound(_))));

    // Restore: back in /users with the group memberships.
    let lines = deleted::restore(&t.ctx, &grace, id(&guest.id)).await.unwrap().unwrap();
    assert!(lines.iter().any(|l| l.contains("group memberships")), "{lines:?}");
    {
        let state = t.sandbox.directory().read().await;
        assert!(state.users.contains_key(&guest.id));
        let groups_after: Vec<String> = state.groups_of(&guest.id).map(|g| g.id.clone()).collect();
        assert_eq!(groups_after, groups_before);
        assert!(state.deleted_user(&guest.id, t.sandbox.directory().now()).is_none());
    }
    let event = &t.audit().await[0];
    assert_eq!((event.action, event.outcome), (AuditAction::RestoreDeletedUser, AuditOutcome::Changed));
    assert_eq!(Some(&event.target), guest.mail.as_ref(), "the trail names them by their address");
    assert!(event.actor.starts_with("Grace Okafor") && event.options.contains(&guest.id), "{event:?}");
    // Restored, so no longer restorable.
    assert!(matches!(deleted::restore(&t.ctx, &grace, id(&guest.id)).await, Err(Error::NotFound(_))));

    // Delete for good: nothing happens without the confirmation, then it is gone.
    app.delete_user(&UserRef::Id(id(&guest.id))).await.unwrap();
    let refused = deleted::purge(&t.ctx, &grace, id(&guest.id), false).await.unwrap().unwrap_err();
    assert!(refused.0[0].contains("cannot be undone"), "{refused:?}");
    assert!(t.sandbox.directory().read().await.deleted_user(&guest.id, t.sandbox.directory().now()).is_some());
    let event = &t.audit().await[0];
    assert_eq!((event.action, event.outcome), (AuditAction::PurgeDeletedUser, AuditOutcome::Refused));
    deleted::purge(&t.ctx, &grace, id(&guest.id), true).await.unwrap().unwrap();
    {
        let state = t.sandbox.directory().read().await;
        assert!(state.deleted_user(&guest.id, t.sandbox.directory().now()).is_none() && !state.users.contains_key(&guest.id));
    }
    let event = &t.audit().await[0];
    assert_eq!((event.action, event.outcome), (AuditAction::PurgeDeletedUser, AuditOutcome::Changed));
    assert!(deleted::list(&t.ctx, &grace).await.unwrap().guests.iter().all(|g| g.id != guest.id));
}

// ---- The Dashboard ----------------------------------------------------------------------------

/// The sandbox's records, read without Guestlist's code: who is external, and their figures.
struct Expected {
    total: u64,
    pending: u64,
    pending_long: u64,
    disabled: u64,
    without_sponsor: u64,
    domains: HashMap<String, u64>,
    providers: HashMap<String, u64>,
    inactive: Vec<u64>,
    invited_in_weeks: u64,
}

fn is_external(u: &UserRecord, tenant_domains: &dyn Fn(&str) -> bool) -> bool {
    u.user_type == "Guest"
        || u.creation_type.as_deref() == Some("Invitation")
        || u.external_user_state.is_some()
        || u.user_principal_name.contains("#EXT#")
        || u.identities.iter().any(|i| i.sign_in_type != "userPrincipalName" && !tenant_domains(&i.issuer))
}

async fn expected(t: &Tenant) -> Expected {
    let directory = t.sandbox.directory();
    let tenant = directory.tenant();
    let ours = |issuer: &str| tenant.is_verified_domain(issuer) || issuer.eq_ignore_ascii_case(&tenant.id);
    let state = directory.read().await;
    let externals: Vec<&UserRecord> = state.users.values().filter(|u| is_external(u, &ours)).collect();
    let today = t.now.date_naive();
    let first_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday())) - Duration::weeks(WEEKS as i64 - 1);
    let mut e = Expected {
        total: externals.len() as u64,
        pending: 0,
        pending_long: 0,
        disabled: 0,
        without_sponsor: 0,
        domains: HashMap::new(),
        providers: HashMap::new(),
        inactive: vec![0; INACTIVE_BUCKETS.len()],
        invited_in_weeks: 0,
    };
    for u in externals {
        let pending = u.account_enabled && u.external_user_state.as_deref() == Some("PendingAcceptance");
        e.pending += u64::from(pending);
        let since = u.external_user_state_change_date_time;
        e.pending_long += u64::from(pending && since.is_some_and(|s| s <= t.now - Duration::days(i64::from(LONG_PENDING_DAYS))));
        e.disabled += u64::from(!u.account_enabled);
        e.without_sponsor += u64::from(state.sponsors_of(&u.id).next().is_none());
        if let Some((_, domain)) = u.mail.as_deref().and_then(|m| m.rsplit_once('@')) {
            *e.domains.entry(domain.to_lowercase()).or_default() += 1;
        }
        let mut issuers: Vec<&str> =
            u.identities.iter().filter(|i| i.sign_in_type != "userPrincipalName" && !ours(&i.issuer)).map(|i| i.issuer.as_str()).collect();
        issuers.dedup();
        for issuer in issuers {
            *e.providers.entry(issuer.to_owned()).or_default() += 1;
        }
        if let Some(a) = &u.sign_in_activity {
            let latest = [a.last_sign_in_date_time, a.last_non_interactive_sign_in_date_time, a.last_successful_sign_in_date_time].into_iter().flatten().max();
            if let Some(latest) = latest {
                for (i, days) in INACTIVE_BUCKETS.iter().enumerate() {
                    e.inactive[i] += u64::from(t.now - latest > Duration::days(i64::from(*days)));
                }
            }
        }
        e.invited_in_weeks += u64::from(u.creation_type.as_deref() == Some("Invitation") && u.created_date_time.date_naive() >= first_monday);
    }
    e
}

fn status_count(figures: &Figures, status: StatusFilter) -> u64 {
    figures.by_status.iter().find(|(s, _)| *s == status).map(|(_, n)| *n).unwrap()
}

#[tokio::test]
async fn the_snapshot_counts_what_the_sandbox_holds_and_a_view_only_counts_and_reads_it() {
    let mut t = tenant().await;
    // Variety: providers, states, domains, sponsors, sign-in ages, some without sign-in data.
    t.sandbox.directory().seed_guests(400).await.unwrap();
    // The seed's ages are whole days before now: half a day later, no figure sits on a day's edge.
    t.hold_clock(t.sandbox.directory().now() + Duration::hours(12));
    let grace = t.person(GRACE, &[Role::Admin, Role::Sponsor]).await;

    // Before the first computation the page says there are no figures yet, and they are due.
    let empty = dashboard::view(&t.ctx, &grace).await.unwrap();
    assert!(empty.snapshot.age.is_none() && empty.charts.is_empty() && empty.total.is_none());
    assert!(dashboard::load(&t.ctx.db).await.unwrap().due(t.now, std::time::Duration::from_secs(3600)));

    t.take_graph_calls();
    let figures = dashboard::refresh(&t.ctx, "test-worker").await.unwrap().expect("not claimed by anyone else");
    let reads = t.take_graph_calls();
    assert!(reads.len() > 4, "400 guests take several pages of users: {reads:?}");
    assert!(reads.iter().filter(|r| r.contains("/users")).all(|r| r.contains("signInActivity") && r.contains("sponsors")), "{reads:?}");

    let e = expected(&t).await;
    assert!(e.total >= 400, "the seeded guests and the generated ones, and external members");
    assert_eq!(figures.total, e.total);
    assert!(figures.sign_in_known);
    assert_eq!(status_count(&figures, StatusFilter::Pending), e.pending);
    assert_eq!(status_count(&figures, StatusFilter::Disabled), e.disabled);
    assert_eq!(figures.by_status.iter().map(|(_, n)| n).sum::<u64>(), e.total, "every external user has one status");
    assert_eq!(figures.pending_long, e.pending_long);
    assert_eq!(figures.without_sponsor, e.without_sponsor);
    assert!(e.without_sponsor > 0 && e.without_sponsor < e.total, "the seed has both");
    assert_eq!(figures.by_domain.len(), 10);
    for (domain, count) in &figures.by_domain {
        assert_eq!(Some(count), e.domains.get(domain), "{domain}");
    }
    let mut counts: Vec<u64> = e.domains.values().copied().collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(figures.by_domain.iter().map(|(_, n)| *n).collect::<Vec<_>>(), counts[..10], "the top ten, most first");
    assert_eq!(figures.other_domains, counts[10..].iter().sum::<u64>());
    assert_eq!(figures.by_provider.iter().cloned().collect::<HashMap<_, _>>(), e.providers);
    assert_eq!(figures.inactive.iter().map(|(_, n)| *n).collect::<Vec<_>>(), e.inactive);
    assert!(e.inactive[0] > e.inactive[3] && e.inactive[3] > 0, "sign-ins of every age: {:?}", e.inactive);
    assert_eq!(figures.invitations_per_week.len(), WEEKS);
    assert_eq!(figures.invitations_per_week.iter().map(|(_, n)| n).sum::<u64>(), e.invited_in_weeks);
    assert!(e.invited_in_weeks > 0);

    // A page view: two $count calls, never a page of users.
    let view = dashboard::view(&t.ctx, &grace).await.unwrap();
    let calls = t.take_graph_calls();
    assert_eq!(calls.len(), 2, "one view: {calls:?}");
    assert!(calls.iter().all(|c| c.contains("/users/$count") || c.contains("/users/%24count")), "{calls:?}");
    assert_eq!(view.total, Some(e.total));
    assert_eq!(view.without_sponsor, Some(e.without_sponsor));
    assert!(view.snapshot.age.as_deref().is_some_and(|a| a.starts_with("Figures from less than a minute ago")), "{:?}", view.snapshot);
    let pending_now = view.live.iter().find(|f| f.label == "Invitations pending").unwrap();
    let state = t.sandbox.directory().read().await;
    let pending_in_sandbox = state.users.values().filter(|u| u.external_user_state.as_deref() == Some("PendingAcceptance")).count() as u64;
    let guests_in_sandbox = state.users.values().filter(|u| u.is_guest()).count() as u64;
    drop(state);
    assert_eq!(pending_now.count, pending_in_sandbox);
    assert_eq!(pending_now.href, "/guests?status=pending");
    assert_eq!((view.pending_long, view.pending_long_href.as_str()), (Some(e.pending_long), "/guests?status=pending&pending_days=30"));
    assert!(e.pending_long > 0 && e.pending_long < e.pending, "{} of {}", e.pending_long, e.pending);
    assert_eq!(view.live.iter().find(|f| f.href == "/guests?type=guest").unwrap().count, guests_in_sandbox);

    // Each chart's bars link to the list filtered to them.
    let chart = |id: &str| view.charts.iter().find(|c| c.id == id).unwrap().clone();
    let statuses = chart("by-status");
    let active = statuses.bars.iter().find(|b| b.label == "Active").unwrap();
    assert_eq!(active.href.as_deref(), Some("/guests?status=active"));
    let top_domain = &chart("by-domain").bars[0];
    assert_eq!(top_domain.href, Some(format!("/guests?domain={}", figures.by_domain[0].0)));
    let google = chart("by-provider").bars.into_iter().find(|b| b.label == "Google").unwrap();
    assert_eq!((google.href.as_deref(), google.count), (Some("/guests?provider=google.com"), e.providers["google.com"]));
    let year = chart("inactive").bars.into_iter().last().unwrap();
    assert_eq!((year.label.as_str(), year.href.as_deref()), ("More than 365 days ago", Some("/guests?inactive_days=365")));
    let week = chart("invitations-per-week").bars.into_iter().last().unwrap();
    let monday = figures.invitations_per_week.last().unwrap().0;
    assert_eq!(week.href, Some(format!("/guests?created_from={monday}&created_to={}", monday + Duration::days(6))));
    assert_eq!(view.without_sponsor_href, "/guests?no_sponsor=yes");

    // Fresh figures are not due again until the hour is over or an Admin asks.
    let every = std::time::Duration::from_secs(3600);
    assert!(!dashboard::refresh_if_due(&t.ctx, "test-worker", every).await.unwrap());
    assert!(t.take_graph_calls().is_empty(), "nothing read when nothing is due");
    dashboard::request_refresh(&t.ctx, &grace).await.unwrap();
    let asked = dashboard::view(&t.ctx, &grace).await.unwrap();
    assert!(asked.snapshot.refresh_requested.as_deref().is_some_and(|r| r.contains("Grace Okafor")), "{:?}", asked.snapshot);
    assert!(dashboard::refresh_if_due(&t.ctx, "test-worker", every).await.unwrap());
    let stored = dashboard::load(&t.ctx.db).await.unwrap();
    assert_eq!((stored.requested_at, stored.last_error), (None, None));
    assert_eq!(stored.figures.as_ref().map(|f| f.total), Some(e.total));
}

#[tokio::test]
async fn only_admins_see_the_dashboard_or_ask_for_new_figures() {
    let t = tenant().await;
    let lukas = t.person(LUKAS, &[Role::Sponsor]).await;
    assert_eq!(dashboard::view(&t.ctx, &lukas).await.unwrap_err(), Error::NotAllowed { needed: Role::Admin });
    assert_eq!(dashboard::request_refresh(&t.ctx, &lukas).await.unwrap_err(), Error::NotAllowed { needed: Role::Admin });
    assert!(t.take_graph_calls().is_empty(), "refused before Graph is asked");
    assert_eq!(dashboard::load(&t.ctx.db).await.unwrap().requested_at, None);
}

#[tokio::test]
async fn without_entra_id_p1_the_snapshot_says_sign_ins_are_unknown_instead_of_inactive() {
    let t = tenant().await;
    t.sandbox.directory().update_settings(|s| s.entra_id_p1 = false).await.unwrap();
    let figures = dashboard::refresh(&t.ctx, "test-worker").await.unwrap().unwrap();
    let e = expected(&t).await;
    assert!(!figures.sign_in_known);
    assert_eq!(figures.total, e.total);
    assert_eq!(status_count(&figures, StatusFilter::Inactive), 0);
    assert_eq!(status_count(&figures, StatusFilter::Active), 0);
    assert_eq!(status_count(&figures, StatusFilter::Unknown), e.total - e.pending - e.disabled);
    assert!(figures.inactive.iter().all(|(_, n)| *n == 0));
    let chart = figures.charts(i18n::Locale::En).into_iter().find(|c| c.id == "by-status").unwrap();
    assert!(chart.description.contains("Entra ID P1"), "{}", chart.description);
}

#[tokio::test]
async fn the_workers_dashboard_task_computes_the_figures_and_again_when_an_admin_asks() {
    use services::jobs::Registry;
    use services::worker::{Worker, WorkerOptions};
    let t = tenant().await;
    let grace = t.person(GRACE, &[Role::Admin]).await;
    let options = WorkerOptions {
        dashboard_every: Some(std::time::Duration::from_secs(3600)),
        dashboard_poll: std::time::Duration::from_millis(20),
        ..WorkerOptions::default()
    };
    let worker = Worker::spawn(t.ctx.clone(), Registry::new(), options);
    assert_eq!(worker.tasks(), ["outbox", "dashboard"], "no kinds of job: the outbox (always) and the dashboard");
    let stored = until(&t, |s| s.figures.is_some()).await;
    assert_eq!(stored.figures.unwrap().total, expected(&t).await.total);
    dashboard::request_refresh(&t.ctx, &grace).await.unwrap();
    t.take_graph_calls();
    until(&t, |s| s.requested_at.is_none()).await;
    assert!(t.take_graph_calls().iter().any(|c| c.contains("/users?")), "the directory was read again");
    worker.shutdown().await;
}

/// The stored snapshot once `check` holds; fails after a minute (a hang, not a timing assertion).
async fn until(t: &Tenant, check: impl Fn(&dashboard::Stored) -> bool) -> dashboard::Stored {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let stored = dashboard::load(&t.ctx.db).await.unwrap();
        if check(&stored) {
            return stored;
        }
        assert!(tokio::time::Instant::now() < deadline, "the worker never got there: {stored:?}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

// ---- The Guests list and its export -----------------------------------------------------------

mod list {
    use std::collections::BTreeSet;

    use futures::TryStreamExt;
    use services::guests::filter::GuestFilter;
    use services::guests::{export, list, GuestStatus};

    use super::*;

    /// Every row of the view, following the cursor page by page; and the Graph calls per page.
    async fn all_pages(t: &Tenant, actor: &Actor, mut filter: GuestFilter) -> (Vec<services::guests::Guest>, Vec<usize>) {
        let (mut rows, mut calls) = (Vec::new(), Vec::new());
        t.take_graph_calls();
        loop {
            let page = list::list_page(&t.ctx, actor, &filter).await.unwrap();
            calls.push(t.take_graph_calls().len());
            rows.extend(page.rows);
            match page.next_after {
                Some(after) => filter = filter.page_after(&after),
                None => return (rows, calls),
            }
        }
    }

    async fn externals(t: &Tenant) -> BTreeSet<String> {
        let directory = t.sandbox.directory();
        let tenant = directory.tenant();
        let ours = |issuer: &str| tenant.is_verified_domain(issuer) || issuer.eq_ignore_ascii_case(&tenant.id);
        let state = directory.read().await;
        state.users.values().filter(|u| is_external(u, &ours)).map(|u| u.id.clone()).collect()
    }

    #[tokio::test]
    async fn the_list_pages_through_every_external_user_with_two_graph_calls_a_page() {
        let t = tenant().await;
        t.sandbox.directory().seed_guests(250).await.unwrap();
        let grace = t.person(GRACE, &[Role::Admin]).await;
        let (rows, calls) = all_pages(&t, &grace, GuestFilter::default()).await;
        assert!(calls.len() >= 3, "250 guests take several pages of 100: {calls:?}");
        assert!(calls.iter().all(|n| *n <= 2), "at most two Graph calls per page: {calls:?}");
        let listed: BTreeSet<String> = rows.iter().map(|g| g.id.clone()).collect();
        assert_eq!(listed.len(), rows.len(), "nobody twice");
        assert_eq!(listed, externals(&t).await, "exactly the external users");
        // Sorted by name across pages (Graph sorts).
        let page = list::list_page(&t.ctx, &grace, &GuestFilter::default()).await.unwrap();
        assert_eq!(page.total, Some(listed.len() as u64));
        let names: Vec<String> = page.rows.iter().map(|g| g.display_name.to_lowercase()).collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    }

    #[tokio::test]
    async fn filters_pick_exactly_the_matching_guests() {
        let t = tenant().await;
        t.sandbox.directory().seed_guests(120).await.unwrap();
        let grace = t.person(GRACE, &[Role::Admin]).await;
        let (pending, _) = all_pages(&t, &grace, GuestFilter::parse("status=pending", i18n::Locale::En).unwrap()).await;
        let expected: BTreeSet<String> = {
            let state = t.sandbox.directory().read().await;
            state.users.values().filter(|u| u.external_user_state.as_deref() == Some("PendingAcceptance") && u.account_enabled).map(|u| u.id.clone()).collect()
        };
        assert!(!expected.is_empty());
        assert_eq!(pending.iter().map(|g| g.id.clone()).collect::<BTreeSet<_>>(), expected);
        assert!(pending.iter().all(|g| matches!(g.status, GuestStatus::Pending { .. })));

        // Pending for more than 30 days: checked on each page, against the sandbox's clock.
        let (old, _) = all_pages(&t, &grace, GuestFilter::parse("status=pending&pending_days=30", i18n::Locale::En).unwrap()).await;
        assert!(old.iter().all(|g| g.state_changed.is_some_and(|at| (t.now - at).num_days() > 30)), "{old:?}");
        assert!(old.len() <= pending.len());

        // A domain: everyone listed has an address there.
        let domain = pending[0].mail.as_deref().unwrap().rsplit('@').next().unwrap().to_owned();
        let (at_domain, _) = all_pages(&t, &grace, GuestFilter::parse(&format!("domain={domain}"), i18n::Locale::En).unwrap()).await;
        assert!(!at_domain.is_empty() && at_domain.iter().all(|g| g.mail.as_deref().unwrap().ends_with(&format!("@{domain}"))));

        // Quotes, `#`, `%` and non-ASCII in a search are values, never query syntax.
        for text in ["O'Brien", "#EXT#", "50%", "Zoë", "a' or 1 eq 1 or 'b"] {
            let filter = GuestFilter::parse(&format!("q={}", urlencode(text)), i18n::Locale::En).unwrap();
            list::list_page(&t.ctx, &grace, &filter).await.unwrap();
        }
    }

    fn urlencode(text: &str) -> String {
        serde_urlencoded::to_string([("q", text)]).unwrap().trim_start_matches("q=").to_owned()
    }

    #[tokio::test]
    async fn a_cursor_that_is_not_a_graph_users_page_is_refused() {
        let t = tenant().await;
        let grace = t.person(GRACE, &[Role::Admin]).await;
        use base64::Engine;
        let elsewhere = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{}/_sandbox/graph/v1.0/groups", t.base));
        let filter = GuestFilter::default().page_after(&elsewhere);
        assert!(matches!(list::list_page(&t.ctx, &grace, &filter).await, Err(Error::Invalid(_))));
        let outside = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("https://evil.example/v1.0/users");
        assert!(list::list_page(&t.ctx, &grace, &GuestFilter::default().page_after(&outside)).await.is_err());
    }

    #[tokio::test]
    async fn helpdesk_reads_the_list_sponsors_do_not_and_without_p1_statuses_are_unknown() {
        let t = tenant().await;
        let lukas = t.person(LUKAS, &[Role::Sponsor]).await;
        assert_eq!(list::list_page(&t.ctx, &lukas, &GuestFilter::default()).await.unwrap_err(), Error::NotAllowed { needed: Role::Helpdesk });
        let helpdesk = t.person(GRACE, &[Role::Helpdesk]).await;
        assert!(!list::list_page(&t.ctx, &helpdesk, &GuestFilter::default()).await.unwrap().rows.is_empty());

        t.sandbox.directory().update_settings(|s| s.entra_id_p1 = false).await.unwrap();
        let page = list::list_page(&t.ctx, &helpdesk, &GuestFilter::default()).await.unwrap();
        assert!(page.notes.iter().any(|n| n.contains("Entra ID P1")), "{:?}", page.notes);
        assert!(page.rows.iter().all(|g| !matches!(g.status, GuestStatus::Active | GuestStatus::Inactive { .. } | GuestStatus::NeverSignedIn)));
        assert!(page.rows.iter().any(|g| g.status == GuestStatus::Unknown));
    }

    #[tokio::test]
    async fn the_export_writes_every_matching_guest_as_formula_safe_csv_and_is_audited() {
        let t = tenant().await;
        t.sandbox.directory().seed_guests(150).await.unwrap();
        let grace = t.person(GRACE, &[Role::Admin]).await;
        let filter = GuestFilter::parse("cols=name,mail,status", i18n::Locale::En).unwrap();
        export::audit(&t.ctx, &grace, &filter).await.unwrap();
        let chunks: Vec<String> = export::csv(&t.ctx, &grace, &filter).try_collect().await.unwrap();
        assert_eq!(chunks[0], "\"Name\",\"E-mail\",\"Status\"\r\n");
        assert_eq!(chunks.len() - 1, externals(&t).await.len(), "a line per external user");
        let event = &t.audit().await[0];
        assert_eq!((event.action, event.outcome), (AuditAction::ExportGuests, AuditOutcome::Exported));
        let lukas = t.person(LUKAS, &[Role::Sponsor]).await;
        assert_eq!(export::audit(&t.ctx, &lukas, &filter).await.unwrap_err(), Error::NotAllowed { needed: Role::Helpdesk });
        let refused: Result<Vec<String>, _> = export::csv(&t.ctx, &lukas, &filter).try_collect().await;
        assert!(refused.is_err());
    }
}
