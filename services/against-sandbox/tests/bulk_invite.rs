//! Bulk invite against a live sandbox tenant: the preview's classification of every row (the same
//! checks as one invitation), fixing and dropping rows, and the job — its progress counted mid-job,
//! rows cut off mid-call by a dead worker (their follow-up steps finished when resumed), Graph's
//! 429 answers, injected 5xx, pause and cancel — each checked in the sandbox's directory (nobody
//! lost, nobody invited twice) and in the audit trail; and the rows of a member who may not invite,
//! which become invitation requests.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig, RetryPolicy};
use sandbox::graph::FaultPlan;
use sandbox::Sandbox;
use services::audit::{self, AuditAction, AuditFilter};
use services::bulk::{self, ExistingChoice, RowFields, Verdict};
use services::grants;
use services::jobs::{JobKind, JobState, Registry, RowState, Runner, MAX_THROTTLED};
use services::requests::{self, Approval, RequestState};
use services::settings::InviteSettings;
use services::{Actor, Clock, Context, Db, Principal, Role};

const PRIYA: &str = "priya.natarajan@northwind.example";
const KENJI: &str = "kenji.watanabe@northwind.example";
const MATEO: &str = "mateo.rossi@northwind.example";
const LEASE: Duration = Duration::from_secs(60);

struct Tenant {
    sandbox: Sandbox,
    base: String,
    ctx: Context,
    /// Seconds added to the services' clock (leases run out when it moves on).
    skew: Arc<AtomicI64>,
    /// The sandbox's data folder, deleted with the tenant.
    _data: live::DataDir,
}

async fn tenant(throttle: bool) -> Tenant {
    tenant_with(throttle, &[], RetryPolicy::default()).await
}

/// A tenant whose settings have `vars` beside a blocked domain, called with `retry`.
async fn tenant_with(throttle: bool, vars: &[(&str, &str)], retry: RetryPolicy) -> Tenant {
    let data = live::DataDir::new("guestlist-bulk");
    let (sandbox, base) = live::serve(&data, throttle, |router| router).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let mut config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    config.retry = retry;
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let settings = InviteSettings::from_vars(|name| match name {
        "GUESTLIST_BLOCKED_DOMAINS" => Some("blocked.example".to_owned()),
        _ => vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()),
    })
    .unwrap();
    let mut ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, settings);
    let skew = Arc::new(AtomicI64::new(0));
    let offset = skew.clone();
    ctx.clock = Clock::from_fn(move || chrono::Utc::now() + chrono::Duration::seconds(offset.load(Ordering::SeqCst)));
    Tenant { sandbox, base, ctx, skew, _data: data }
}

impl Tenant {
    async fn priya(&self) -> Actor {
        self.person(PRIYA, &[Role::Inviter, Role::Sponsor]).await
    }

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
            expires_at: chrono::Utc::now() + chrono::Duration::seconds(tokens["expires_in"].as_i64().unwrap()),
            scope: tokens["scope"].as_str().map(str::to_owned),
        };
        Actor::Person { principal, token: DelegatedSession::new(token), locale: i18n::Locale::En }
    }

    /// How many users of the sandbox's directory have `mail`.
    async fn users_with_mail(&self, mail: &str) -> usize {
        let state = self.sandbox.directory().read().await;
        state.users.values().filter(|u| u.mail.as_deref().is_some_and(|m| m.eq_ignore_ascii_case(mail))).count()
    }

    fn runner(&self, owner: &str) -> Runner {
        Runner::new(self.ctx.clone(), Registry::guestlist(), owner, LEASE)
    }

    async fn preview(&self, actor: &Actor, text: &str) -> bulk::BulkInvite {
        bulk::preview(&self.ctx, actor, "team.csv", text.as_bytes(), &BTreeMap::new()).await.unwrap()
    }

    /// The preview of `text`, confirmed at once (its rows need no approval).
    async fn sent(&self, actor: &Actor, text: &str) -> bulk::BulkInvite {
        let invite = self.preview(actor, text).await;
        bulk::confirm(&self.ctx, actor, &invite.id, "").await.unwrap();
        invite
    }
}

fn verdicts(invite: &bulk::BulkInvite) -> Vec<(&str, Verdict)> {
    invite.rows.iter().map(|r| (r.fields.email.as_str(), r.verdict)).collect()
}

/// `n` new people at fabrikam, one a line, for the job tests.
fn addresses(prefix: &str, n: usize) -> String {
    (1..=n).map(|i| format!("{prefix}{i}@fabrikam.example\n")).collect()
}

#[tokio::test]
async fn the_preview_marks_every_row_as_one_invitation_would_be_checked_and_sends_nothing() {
    let t = tenant(false).await;
    let priya = t.priya().await;
    let file = "version:v1.0\r\n\
        Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]\r\n\
        ann.lee@fabrikam.example,https://myapps.microsoft.com,true,\"Welcome, Ann\"\r\n\
        olivia.chen@fabrikam.example,https://myapps.microsoft.com,true,\r\n\
        kim@northwind.example,https://myapps.microsoft.com,true,\r\n\
        mal@blocked.example,https://myapps.microsoft.com,true,\r\n\
        ann.lee+test@fabrikam.example,https://myapps.microsoft.com,true,\r\n\
        ANN.LEE@fabrikam.example,https://myapps.microsoft.com,false,\r\n\
        bo@fabrikam.example,http://insecure.example,true,\r\n\
        cy@fabrikam.example,https://myapps.microsoft.com,maybe,\r\n";
    let invite = t.preview(&priya, file).await;
    assert_eq!(
        verdicts(&invite),
        [
            ("ann.lee@fabrikam.example", Verdict::New),
            ("olivia.chen@fabrikam.example", Verdict::Existing),
            ("kim@northwind.example", Verdict::Blocked),
            ("mal@blocked.example", Verdict::Blocked),
            ("ann.lee+test@fabrikam.example", Verdict::Invalid),
            ("ANN.LEE@fabrikam.example", Verdict::Duplicate),
            ("bo@fabrikam.example", Verdict::Blocked),
            ("cy@fabrikam.example", Verdict::Invalid),
        ]
    );
    let why = |n: usize| invite.rows[n].reasons.join(" ");
    assert!(why(1).contains("Already in the directory as Olivia Chen"), "{}", why(1));
    assert!(why(2).contains("your own organization's domain"), "{}", why(2));
    assert!(why(3).contains("not to invite people from blocked.example"), "{}", why(3));
    assert!(why(5).contains("line 3"), "{}", why(5));
    assert!(why(6).contains("https://"), "{}", why(6));
    assert!(why(7).starts_with("Send invitation e-mail: “maybe” is neither true nor false"), "{}", why(7));
    assert_eq!(invite.rows[0].fields.message, "Welcome, Ann");
    let totals = invite.totals();
    assert_eq!((totals.new, totals.existing, totals.blocked, totals.invalid, totals.duplicate, totals.to_send), (1, 1, 3, 2, 1, 1));
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 0, "nothing is sent before confirming");

    // Fixing a row checks it again; dropping the first Ann makes the second one count.
    let fixed = RowFields { email: "cy@fabrikam.example".into(), send_mail: "false".into(), ..invite.rows[7].fields.clone() };
    let invite = bulk::fix(&t.ctx, &priya, &invite.id, 8, fixed).await.unwrap();
    assert_eq!(invite.rows[7].verdict, Verdict::New);
    let invite = bulk::set_dropped(&t.ctx, &priya, &invite.id, 1, true).await.unwrap();
    assert_eq!((invite.rows[0].plan(), invite.rows[5].verdict), ("Dropped", Verdict::New));
    // Inviters may resend to a guest already there, not reset them (in delegated mode).
    assert!(bulk::choose(&t.ctx, &priya, &invite.id, 2, ExistingChoice::Reset).await.is_err());
    bulk::choose(&t.ctx, &priya, &invite.id, 2, ExistingChoice::Resend).await.unwrap();
    // The preview survives: read back from the database, with the fixes.
    let stored = bulk::status(&t.ctx, &priya, &invite.id).await.unwrap();
    assert_eq!(stored.invite.totals().to_send, 3);
    let csv = bulk::preview_csv(&stored.invite, i18n::Locale::En);
    assert!(csv.contains("\"Duplicate\"") || csv.contains("\"New\""), "{csv}");

    let job = bulk::confirm(&t.ctx, &priya, &invite.id, "").await.unwrap();
    t.runner("worker-a").run_due(4).await.unwrap();
    let (done, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert_eq!(done.job.as_ref().map(|j| j.id), job);
    let progress = done.progress.clone().unwrap();
    assert_eq!((progress.done, progress.failed, progress.remaining, progress.open), (3, 0, 0, false), "{:?}", done.job);
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 1);
    assert_eq!(t.users_with_mail("cy@fabrikam.example").await, 1);
    assert_eq!(t.users_with_mail("olivia.chen@fabrikam.example").await, 1, "resent, not invited again");
    let outcomes = bulk::outcomes(&done.invite, &rows, i18n::Locale::En);
    let by_mail = |mail: &str| outcomes.iter().find(|o| o.email == mail).unwrap().clone();
    assert_eq!(by_mail("ann.lee@fabrikam.example").outcome, "Dropped");
    assert_eq!(by_mail("ANN.LEE@fabrikam.example").outcome, "Invited");
    assert!(!by_mail("cy@fabrikam.example").redeem_url.is_empty(), "no mail sent: the link to pass on");
    assert_eq!(by_mail("olivia.chen@fabrikam.example").outcome, "Resent");
    assert_eq!(by_mail("kim@northwind.example").outcome, "Skipped: blocked");
    // The person who confirmed is the actor of every invitation in the audit trail.
    let events = audit::list(&t.ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap();
    let invitations: Vec<_> = events.iter().filter(|e| e.action == AuditAction::Invite).collect();
    assert_eq!(invitations.len(), 2);
    assert!(invitations.iter().all(|e| e.actor.starts_with("Priya Natarajan")), "{invitations:?}");
    // Sent: no more changes.
    assert!(bulk::set_dropped(&t.ctx, &priya, &invite.id, 2, true).await.is_err());
}

#[tokio::test]
async fn a_row_cut_off_after_its_graph_call_is_found_not_invited_twice() {
    let t = tenant(false).await;
    let priya = t.priya().await;
    let invite = t.sent(&priya, &addresses("cut", 3)).await;
    // Worker A claims every row (each marked in flight before any Graph call), invites the first
    // person, and dies before writing how it went.
    let a = t.runner("worker-a");
    let claimed = a.claim(3).await.unwrap();
    assert_eq!(claimed.len(), 3);
    bulk::BulkInviteJob.run_row(&t.ctx, &claimed[0].info, &claimed[0].input).await.unwrap();
    assert_eq!(t.users_with_mail("cut1@fabrikam.example").await, 1);
    // Nobody takes the rows while A's lease holds; once it has run out, worker B does.
    let b = t.runner("worker-b");
    assert!(b.claim(3).await.unwrap().is_empty());
    t.skew.store(LEASE.as_secs() as i64 + 1, Ordering::SeqCst);
    assert_eq!(b.run_due(3).await.unwrap(), 3);
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert!(rows.iter().all(|r| r.state == RowState::Done && r.attempts == 2), "{rows:?}");
    assert_eq!(rows[0].result.as_ref().unwrap()["foundAfterInterruption"], true);
    for i in 1..=3 {
        assert_eq!(t.users_with_mail(&format!("cut{i}@fabrikam.example")).await, 1, "cut{i} once, neither lost nor doubled");
    }
    let outcomes = bulk::outcomes(&status.invite, &rows, i18n::Locale::En);
    assert!(outcomes[0].detail.contains("not invited twice"), "{:?}", outcomes[0]);
}

#[tokio::test]
async fn graphs_429_and_5xx_answers_pause_the_job_which_goes_on_by_itself_and_a_refusal_is_retried_as_a_new_job() {
    let t = tenant(true).await;
    let priya = t.priya().await;
    let invite = t.sent(&priya, &addresses("storm", 6)).await;
    // The tenant's invitation budget (150 per 5 s) is used up: every invitation meets a 429 with
    // Retry-After first.
    let throttle = t.sandbox.directory().invitation_throttle();
    while throttle.admit().is_ok() {}
    // And two invitations meet a gateway failure: not retried by the client (an invitation is not
    // idempotent), so the job pauses and their rows run again, checking first, once it goes on.
    let failure = FaultPlan { status: Some(503), count: 2, path: Some("/invitations".into()), ..FaultPlan::default() };
    t.sandbox.faults().inject(failure).unwrap();
    t.runner("worker-a").run_due(6).await.unwrap();
    assert!(t.sandbox.faults().pending().is_none(), "both failures were met");
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert!(rows.iter().all(|r| r.state == RowState::Done && r.error.is_none()), "{rows:?}");
    assert_eq!(status.progress.map(|p| (p.done, p.failed, p.open)), Some((6, 0, false)));
    for i in 1..=6 {
        assert_eq!(t.users_with_mail(&format!("storm{i}@fabrikam.example")).await, 1, "storm{i} once");
    }

    // A refusal is not waited out: the row fails in plain words, and one click sends it again
    // as a new bulk invitation and job.
    let invite = t.sent(&priya, &addresses("refused", 2)).await;
    let refusal = FaultPlan { status: Some(403), count: 1, path: Some("/invitations".into()), ..FaultPlan::default() };
    t.sandbox.faults().inject(refusal).unwrap();
    t.runner("worker-a").run_due(1).await.unwrap();
    let (_, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert_eq!(rows.iter().map(|r| r.state).collect::<Vec<_>>(), [RowState::Failed, RowState::Done]);
    assert!(rows[0].error.as_deref().is_some_and(|e| e.contains("not allowed")), "{rows:?}");
    let retry = bulk::retry_failed(&t.ctx, &priya, &invite.id).await.unwrap();
    t.runner("worker-a").run_due(6).await.unwrap();
    let again = bulk::status(&t.ctx, &priya, &retry).await.unwrap();
    assert_eq!(again.invite.retry_of.as_deref(), Some(invite.id.as_str()));
    assert_eq!(again.progress.map(|p| (p.done, p.failed)), Some((1, 0)));
    assert_eq!(futures_count(&t, "refused", 2).await, 2);
}

#[tokio::test]
async fn while_graph_is_down_a_job_pauses_loses_nothing_and_goes_on_by_itself_once_graph_is_back() {
    let t = impatient_tenant().await;
    let priya = t.priya().await;
    let invite = t.sent(&priya, &addresses("outage", 3)).await;
    let a = t.runner("worker-a");
    // The first invitation is carried out, but the connection drops before its answer arrives.
    let lost = FaultPlan { drop_connection: true, after_handling: true, count: 1, path: Some("/invitations".into()), ..FaultPlan::default() };
    t.sandbox.faults().inject(lost).unwrap();
    let first = a.claim(1).await.unwrap().remove(0);
    assert_eq!(a.run(first).await.unwrap(), Some(RowState::Done), "the guest was looked up and found");
    assert_eq!(t.users_with_mail("outage1@fabrikam.example").await, 1, "invited once");
    // Then Graph is down: every connection drops. The row meeting it waits, and the job pauses
    // by itself and says so.
    t.sandbox.faults().inject(FaultPlan { drop_connection: true, count: u32::MAX, ..FaultPlan::default() }).unwrap();
    let second = a.claim(1).await.unwrap().remove(0);
    assert_eq!(a.run(second).await.unwrap(), Some(RowState::Pending));
    assert!(a.claim(3).await.unwrap().is_empty(), "the job waits");
    let progress = bulk::progress(&t.ctx, &priya, &invite.id).await.unwrap().unwrap();
    assert!(progress.paused_until.is_some() && progress.open, "{progress:?}");
    assert!(progress.sentence(i18n::Locale::En).contains("Paused by itself: Microsoft Graph is busy or not answering"), "{}", progress.sentence(i18n::Locale::En));
    // Each later try meets the outage too: the rows wait again, none fails.
    for _ in 0..3 {
        t.later(600);
        let rows = a.claim(3).await.unwrap();
        assert_eq!(rows.len(), 2);
        for row in rows {
            assert_eq!(a.run(row).await.unwrap(), Some(RowState::Pending));
        }
    }
    let (_, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert_eq!(rows.iter().map(|r| r.state).collect::<Vec<_>>(), [RowState::Done, RowState::Pending, RowState::Pending]);
    let note = rows[1].error.as_deref().unwrap_or_default();
    assert!(note.contains("did not answer") && note.contains("the job pauses"), "{note}");
    // Graph is back: the job goes on by itself; the first guest is found, not invited again.
    t.sandbox.faults().clear();
    t.later(600);
    a.run_due(3).await.unwrap();
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert!(rows.iter().all(|r| r.state == RowState::Done), "{rows:?}");
    assert_eq!(status.progress.as_ref().map(|p| (p.done, p.failed, p.paused_until.is_none())), Some((3, 0, true)));
    for i in 1..=3 {
        assert_eq!(t.users_with_mail(&format!("outage{i}@fabrikam.example")).await, 1, "outage{i} once");
    }
}

/// A tenant whose Graph client does not retry: Graph's first 429 reaches the job.
async fn impatient_tenant() -> Tenant {
    tenant_with(true, &[], RetryPolicy { max_retries: 0, ..RetryPolicy::default() }).await
}

impl Tenant {
    /// Uses up the tenant's invitation budget (150 per 5 s): the next invitation meets a 429.
    fn busy(&self) {
        let throttle = self.sandbox.directory().invitation_throttle();
        while throttle.admit().is_ok() {}
    }

    /// Moves the services' clock on by `seconds`.
    fn later(&self, seconds: i64) {
        self.skew.fetch_add(seconds, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_row_graph_throttles_waits_for_a_later_turn_instead_of_failing_and_is_invited_once() {
    let t = impatient_tenant().await;
    let priya = t.priya().await;
    let invite = t.sent(&priya, &addresses("busy", 2)).await;
    t.busy();
    let a = t.runner("worker-a");
    let first = a.claim(1).await.unwrap().remove(0);
    assert_eq!(first.info.row, 1);
    assert_eq!(a.run(first).await.unwrap(), Some(RowState::Pending));
    // The whole job pauses: the tenant's limit is the same for the second row.
    assert!(a.claim(2).await.unwrap().is_empty(), "the job waits");
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert!(rows.iter().all(|r| r.state == RowState::Pending), "{rows:?}");
    let note = rows[0].error.as_deref().unwrap_or_default();
    assert!(note.contains("asked Guestlist to slow down") && note.contains("tried again after"), "{note}");
    let outcomes = bulk::outcomes(&status.invite, &rows, i18n::Locale::En);
    assert_eq!(outcomes.iter().map(|o| o.outcome.as_str()).collect::<Vec<_>>(), ["Waiting", "Waiting"]);
    assert_eq!(status.progress.map(|p| (p.done, p.failed, p.remaining, p.open)), Some((0, 0, 2, true)));
    assert_eq!(futures_count(&t, "busy", 2).await, 0);
    // Once their wait is over and Graph's window has room again, both are invited, once each.
    t.later(600);
    tokio::time::sleep(Duration::from_secs(5)).await;
    a.run_due(2).await.unwrap();
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    assert!(rows.iter().all(|r| r.state == RowState::Done && r.error.is_none()), "{rows:?}");
    assert_eq!(status.progress.map(|p| (p.done, p.open)), Some((2, false)));
    for i in 1..=2 {
        assert_eq!(t.users_with_mail(&format!("busy{i}@fabrikam.example")).await, 1);
    }
}

#[tokio::test]
async fn a_row_graph_never_lets_through_fails_in_plain_words_after_its_waits() {
    let t = impatient_tenant().await;
    let priya = t.priya().await;
    let invite = t.sent(&priya, &addresses("stuck", 1)).await;
    let a = t.runner("worker-a");
    for _ in 0..MAX_THROTTLED {
        t.busy();
        let row = a.claim(1).await.unwrap().remove(0);
        assert_eq!(a.run(row).await.unwrap(), Some(RowState::Pending));
        assert!(a.claim(1).await.unwrap().is_empty(), "it waits");
        t.later(600);
    }
    t.busy();
    let row = a.claim(1).await.unwrap().remove(0);
    assert_eq!(a.run(row).await.unwrap(), Some(RowState::Failed));
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    let error = rows[0].error.as_deref().unwrap_or_default();
    assert!(error.contains("busy with too many requests"), "{error}");
    // Throttled tries are not taken for interrupted ones: the row was not given up as worn out.
    assert!(!error.contains("worker stopped"), "{error}");
    assert_eq!(status.progress.map(|p| (p.failed, p.open)), Some((1, false)));
    assert_eq!(futures_count(&t, "stuck", 1).await, 0);
}

/// How many of `prefix`1…`prefix`n are in the directory.
async fn futures_count(t: &Tenant, prefix: &str, n: usize) -> usize {
    let mut count = 0;
    for i in 1..=n {
        count += t.users_with_mail(&format!("{prefix}{i}@fabrikam.example")).await;
    }
    count
}

#[tokio::test]
async fn a_paused_job_waits_and_a_cancelled_one_leaves_its_pending_rows() {
    let t = tenant(false).await;
    let priya = t.priya().await;
    let invite = t.sent(&priya, &addresses("held", 3)).await;
    bulk::steer(&t.ctx, &priya, &invite.id, JobState::Paused).await.unwrap();
    assert_eq!(t.runner("worker-a").run_due(3).await.unwrap(), 0, "no row starts while paused");
    bulk::steer(&t.ctx, &priya, &invite.id, JobState::Running).await.unwrap();
    let row = t.runner("worker-a").claim(1).await.unwrap().remove(0);
    t.runner("worker-a").run(row).await.unwrap();
    bulk::steer(&t.ctx, &priya, &invite.id, JobState::Cancelled).await.unwrap();
    assert_eq!(t.runner("worker-a").run_due(3).await.unwrap(), 0);
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    let progress = status.progress.clone().unwrap();
    assert_eq!((progress.done, progress.cancelled, progress.open), (1, 2, false));
    assert_eq!(futures_count(&t, "held", 3).await, 1);
    let outcomes = bulk::outcomes(&status.invite, &rows, i18n::Locale::En);
    assert_eq!(outcomes.iter().map(|o| o.outcome.as_str()).collect::<Vec<_>>(), ["Invited", "Cancelled", "Cancelled"]);
}

#[tokio::test]
async fn the_progress_mid_job_is_counted_from_its_rows_states() {
    let t = tenant(false).await;
    let priya = t.priya().await;
    let invite = t.sent(&priya, &addresses("mid", 4)).await;
    // The first row is refused and fails, the second is done, the third is running (claimed, not
    // finished) and the fourth waits.
    let failure = FaultPlan { status: Some(403), count: 1, path: Some("/invitations".into()), ..FaultPlan::default() };
    t.sandbox.faults().inject(failure).unwrap();
    let a = t.runner("worker-a");
    for _ in 0..2 {
        let row = a.claim(1).await.unwrap().remove(0);
        a.run(row).await.unwrap();
    }
    assert_eq!(a.claim(1).await.unwrap().len(), 1);
    let progress = bulk::progress(&t.ctx, &priya, &invite.id).await.unwrap().unwrap();
    assert_eq!(
        (progress.total, progress.done, progress.failed, progress.remaining, progress.cancelled, progress.percent, progress.open),
        (4, 1, 1, 2, 0, 50, true),
        "{progress:?}"
    );
    assert_eq!(progress.state, "Running");
    assert!(progress.sentence(i18n::Locale::En).starts_with("1 of 4 done, 1 failed, 2 remaining"), "{}", progress.sentence(i18n::Locale::En));
    // The page's status says the same, from the job's counts.
    let status = bulk::status(&t.ctx, &priya, &invite.id).await.unwrap();
    let counts = status.job.as_ref().unwrap().rows;
    assert_eq!((counts.pending, counts.in_flight, counts.done, counts.failed), (1, 1, 1, 1));
    assert_eq!(status.progress.map(|p| (p.done, p.failed, p.remaining, p.percent)), Some((1, 1, 2, 50)));
    // Someone else's bulk invitation shows no progress to them.
    let kenji = t.person(KENJI, &[Role::Sponsor]).await;
    assert!(matches!(bulk::progress(&t.ctx, &kenji, &invite.id).await, Err(services::Error::NotFound(_))));
}

#[tokio::test]
async fn a_row_cut_off_between_its_invitation_and_its_follow_up_steps_gets_them_when_resumed() {
    let t = tenant_with(false, &[("GUESTLIST_INVITE_CREDENTIAL", "application")], RetryPolicy::default()).await;
    grants::allow_group(&t.ctx, &Actor::operator(), "Partner Collaboration").await.unwrap();
    let priya = t.priya().await;
    let file = "email,company,groups\n\
        half@fabrikam.example,Fabrikam,Partner Collaboration\n\
        whole@fabrikam.example,Fabrikam,Partner Collaboration\n";
    let invite = t.preview(&priya, file).await;
    assert_eq!(verdicts(&invite), [("half@fabrikam.example", Verdict::New), ("whole@fabrikam.example", Verdict::New)]);
    bulk::confirm(&t.ctx, &priya, &invite.id, "").await.unwrap();
    let claimed = t.runner("worker-a").claim(2).await.unwrap();
    assert_eq!(claimed.len(), 2);
    // Row 1: Graph created the guest (the sponsor comes with the invitation), then the worker
    // died before the follow-up steps.
    let sponsor: graph::ObjectId = priya.object_id().unwrap().parse().unwrap();
    let email = graph::EmailAddress::parse("half@fabrikam.example").unwrap();
    let request = graph::InvitationRequest::new(email, "https://myapps.microsoft.com/".parse().unwrap()).sponsors([sponsor]);
    t.ctx.app().invite(&request).await.unwrap();
    // Row 2: everything was done, then the worker died before writing it down.
    bulk::BulkInviteJob.run_row(&t.ctx, &claimed[1].info, &claimed[1].input).await.unwrap();
    // Resumed by another worker once the lease has run out.
    t.skew.store(LEASE.as_secs() as i64 + 1, Ordering::SeqCst);
    assert_eq!(t.runner("worker-b").run_due(2).await.unwrap(), 2);
    let (status, rows) = bulk::results(&t.ctx, &priya, &invite.id).await.unwrap();
    for row in &rows {
        let result = row.result.as_ref().unwrap_or_else(|| panic!("{row:?}"));
        assert_eq!((row.state, row.attempts), (RowState::Done, 2), "{row:?}");
        assert_eq!(result["foundAfterInterruption"], true, "{row:?}");
        assert_eq!(result["failedSteps"], serde_json::json!([]), "a group already there counts as added: {row:?}");
    }
    {
        let state = t.sandbox.directory().read().await;
        let group = state.groups.values().find(|g| g.display_name == "Partner Collaboration").unwrap().id.clone();
        for mail in ["half@fabrikam.example", "whole@fabrikam.example"] {
            let users: Vec<_> = state.users.values().filter(|u| u.mail.as_deref() == Some(mail)).collect();
            assert_eq!(users.len(), 1, "{mail} invited once");
            assert_eq!(users[0].company_name.as_deref(), Some("Fabrikam"), "{mail}: the properties step");
            assert_eq!(state.members_of(&group).filter(|m| *m == users[0].id).count(), 1, "{mail}: the group step");
            assert_eq!(state.sponsors_of(&users[0].id).collect::<Vec<_>>(), [sponsor.to_string()], "{mail}: the sponsor");
        }
    }
    let outcomes = bulk::outcomes(&status.invite, &rows, i18n::Locale::En);
    assert!(outcomes.iter().all(|o| o.outcome == "Invited" && o.detail.contains("were set again") && !o.detail.contains("Step failed")), "{outcomes:?}");
    let events = audit::list(&t.ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap();
    assert_eq!(events.iter().filter(|e| e.action == AuditAction::RetryFollowUpSteps).count(), 2, "{events:?}");
}

#[tokio::test]
async fn a_member_who_may_not_invite_sends_a_file_as_requests_and_an_approved_one_is_invited_with_them_as_sponsor() {
    let t = tenant_with(false, &[("GUESTLIST_REQUEST_APPROVERS", MATEO)], RetryPolicy::default()).await;
    let kenji = t.person(KENJI, &[Role::Sponsor]).await;
    let invite = t.preview(&kenji, &addresses("asked", 3)).await;
    assert!(invite.rows.iter().all(|r| r.verdict == Verdict::NeedsApproval), "{:?}", invite.rows);
    let why = invite.rows[0].reasons.join(" ");
    assert!(why.contains("You may not invite guests yourself") && why.contains(MATEO), "{why}");
    let totals = invite.totals();
    assert_eq!((totals.needs_approval, totals.to_send), (3, 0));
    // Without a business reason nothing is asked.
    let refused = bulk::confirm(&t.ctx, &kenji, &invite.id, " ").await.unwrap_err();
    assert!(refused.to_string().contains("business reason"), "{refused}");
    assert!(requests::mine(&t.ctx, &kenji).await.unwrap().is_empty());
    // With one: a request per row, no job, nobody invited yet.
    let reason = "Fabrikam's auditors for the Q1 review";
    assert_eq!(bulk::confirm(&t.ctx, &kenji, &invite.id, reason).await.unwrap(), None, "nothing is sent directly");
    let mine = requests::mine(&t.ctx, &kenji).await.unwrap();
    assert_eq!(mine.len(), 3, "{mine:?}");
    assert!(mine.iter().all(|r| r.state == RequestState::Pending && r.reason == reason), "{mine:?}");
    assert_eq!(futures_count(&t, "asked", 3).await, 0, "nobody is invited before an approver approves");
    let events = audit::list(&t.ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap();
    let mailed = events.iter().filter(|e| e.action == AuditAction::RequestInvitation && e.outcome == services::audit::AuditOutcome::Queued);
    assert_eq!(mailed.count(), 3, "a mail to the approver for each request: {events:?}");
    // The results name each row's request.
    let (status, rows) = bulk::results(&t.ctx, &kenji, &invite.id).await.unwrap();
    assert!(rows.is_empty() && status.progress.is_none());
    let outcomes = bulk::outcomes(&status.invite, &rows, i18n::Locale::En);
    for (row, outcome) in status.invite.rows.iter().zip(&outcomes) {
        let id = row.request.unwrap();
        assert!(mine.iter().any(|r| r.id == id && r.email == row.fields.email), "{mine:?}");
        assert_eq!(outcome.outcome, format!("Request {id} sent for approval"));
    }
    assert!(bulk::outcomes_csv(&outcomes).contains("sent for approval"));
    // Sent: confirming again asks nothing more.
    assert!(bulk::confirm(&t.ctx, &kenji, &invite.id, reason).await.is_err());
    assert_eq!(requests::mine(&t.ctx, &kenji).await.unwrap().len(), 3);
    // The approver approves one: invited, with the requester as sponsor.
    let mateo = t.person(MATEO, &[Role::Sponsor]).await;
    assert_eq!(requests::approvals(&t.ctx, &mateo).await.unwrap().pending.len(), 3);
    let first = status.invite.rows[0].request.unwrap();
    let approved = requests::approve(&t.ctx, &mateo, first, &Approval::default()).await.unwrap();
    assert_eq!(approved.state, RequestState::Approved);
    let guest = approved.guest_id.unwrap();
    let state = t.sandbox.directory().read().await;
    assert_eq!(state.users[&guest].mail.as_deref(), Some("asked1@fabrikam.example"));
    assert_eq!(state.sponsors_of(&guest).collect::<Vec<_>>(), [kenji.object_id().unwrap()]);
    drop(state);
    assert_eq!(futures_count(&t, "asked", 3).await, 1, "the other two still wait");
}
