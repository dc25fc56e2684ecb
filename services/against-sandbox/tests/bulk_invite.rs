//! Bulk invite against a live sandbox tenant: the preview's classification of every row (the same
//! checks as one invitation), fixing and dropping rows, and the job — rows cut off mid-call by a
//! dead worker, Graph's 429 answers, injected 5xx, pause and cancel — each checked in the
//! sandbox's directory (nobody lost, nobody invited twice) and in the audit trail.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig};
use sandbox::graph::FaultPlan;
use sandbox::Sandbox;
use services::audit::{self, AuditAction, AuditFilter};
use services::bulk::{self, ExistingChoice, RowFields, Verdict};
use services::jobs::{JobKind, JobState, Registry, RowState, Runner};
use services::settings::InviteSettings;
use services::{Actor, Clock, Context, Db, Principal, Role};

const PRIYA: &str = "priya.natarajan@northwind.example";
const LEASE: Duration = Duration::from_secs(60);

struct Tenant {
    sandbox: Sandbox,
    base: String,
    ctx: Context,
    /// Seconds added to the services' clock (leases run out when it moves on).
    skew: Arc<AtomicI64>,
}

async fn tenant(throttle: bool) -> Tenant {
    let (sandbox, base) = live::serve(&live::temp_data_dir("guestlist-bulk"), throttle, |router| router).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let settings = InviteSettings::from_vars(|name| (name == "GUESTLIST_BLOCKED_DOMAINS").then(|| "blocked.example".to_owned())).unwrap();
    let mut ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, settings);
    let skew = Arc::new(AtomicI64::new(0));
    let offset = skew.clone();
    ctx.clock = Clock::from_fn(move || chrono::Utc::now() + chrono::Duration::seconds(offset.load(Ordering::SeqCst)));
    Tenant { sandbox, base, ctx, skew }
}

impl Tenant {
    async fn priya(&self) -> Actor {
        let tokens = live::user_tokens_for(&self.sandbox, &self.base, PRIYA, live::PORTAL_SCOPE).await;
        let person = self.sandbox.directory().person_by_upn(PRIYA).await.unwrap().unwrap();
        let principal = Principal {
            object_id: person.id.clone(),
            tenant_id: self.sandbox.directory().tenant().id.clone(),
            name: person.display_name.clone(),
            user_principal_name: PRIYA.to_owned(),
            email: None,
            roles: vec![Role::Inviter, Role::Sponsor],
        };
        let token = DelegatedToken {
            access_token: tokens["access_token"].as_str().unwrap().to_owned(),
            refresh_token: tokens["refresh_token"].as_str().map(str::to_owned),
            expires_at: chrono::Utc::now() + chrono::Duration::seconds(tokens["expires_in"].as_i64().unwrap()),
            scope: tokens["scope"].as_str().map(str::to_owned),
        };
        Actor::Person { principal, token: DelegatedSession::new(token) }
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
    let csv = bulk::preview_csv(&stored.invite);
    assert!(csv.contains("\"Duplicate\"") || csv.contains("\"New\""), "{csv}");

    let job = bulk::confirm(&t.ctx, &priya, &invite.id).await.unwrap();
    t.runner("worker-a").run_due(4).await.unwrap();
    let done = bulk::status(&t.ctx, &priya, &invite.id).await.unwrap();
    assert_eq!(done.job.as_ref().unwrap().job.id, job);
    let progress = done.progress.unwrap();
    assert_eq!((progress.done, progress.failed, progress.remaining, progress.open), (3, 0, 0, false), "{:?}", done.job);
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 1);
    assert_eq!(t.users_with_mail("cy@fabrikam.example").await, 1);
    assert_eq!(t.users_with_mail("olivia.chen@fabrikam.example").await, 1, "resent, not invited again");
    let outcomes = bulk::outcomes(&done.invite, done.job.as_ref());
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
    let invite = t.preview(&priya, &addresses("cut", 3)).await;
    bulk::confirm(&t.ctx, &priya, &invite.id).await.unwrap();
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
    let status = bulk::status(&t.ctx, &priya, &invite.id).await.unwrap();
    let rows = &status.job.as_ref().unwrap().rows;
    assert!(rows.iter().all(|r| r.state == RowState::Done && r.attempts == 2), "{rows:?}");
    assert_eq!(rows[0].result.as_ref().unwrap()["foundAfterInterruption"], true);
    for i in 1..=3 {
        assert_eq!(t.users_with_mail(&format!("cut{i}@fabrikam.example")).await, 1, "cut{i} once, neither lost nor doubled");
    }
    let outcomes = bulk::outcomes(&status.invite, status.job.as_ref());
    assert!(outcomes[0].detail.contains("not invited twice"), "{:?}", outcomes[0]);
}

#[tokio::test]
async fn graphs_429_answers_are_waited_out_and_5xx_end_in_a_clear_failure_retried_as_a_new_job() {
    let t = tenant(true).await;
    let priya = t.priya().await;
    let invite = t.preview(&priya, &addresses("storm", 6)).await;
    bulk::confirm(&t.ctx, &priya, &invite.id).await.unwrap();
    // The tenant's invitation budget (150 per 5 s) is used up: every invitation meets a 429 with
    // Retry-After first.
    let throttle = t.sandbox.directory().invitation_throttle();
    while throttle.admit().is_ok() {}
    // And two invitations meet a gateway failure: not retried (an invitation is not idempotent).
    let failure = FaultPlan { status: Some(503), count: 2, path: Some("/invitations".into()), ..FaultPlan::default() };
    t.sandbox.faults().inject(failure).unwrap();
    t.runner("worker-a").run_due(6).await.unwrap();
    let status = bulk::status(&t.ctx, &priya, &invite.id).await.unwrap();
    let rows = &status.job.as_ref().unwrap().rows;
    let failed: Vec<_> = rows.iter().filter(|r| r.state == RowState::Failed).collect();
    assert_eq!(failed.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| matches!(r.state, RowState::Done | RowState::Failed)));
    assert!(failed.iter().all(|r| r.error.as_deref().is_some_and(|e| !e.is_empty())), "{failed:?}");
    let invited = futures_count(&t, "storm", 6).await;
    assert_eq!(invited, 4, "the four that went through, once each");
    // One click: the failed rows again, as a new bulk invitation and job.
    let retry = bulk::retry_failed(&t.ctx, &priya, &invite.id).await.unwrap();
    t.runner("worker-a").run_due(6).await.unwrap();
    let again = bulk::status(&t.ctx, &priya, &retry).await.unwrap();
    assert_eq!(again.invite.retry_of.as_deref(), Some(invite.id.as_str()));
    let progress = again.progress.unwrap();
    assert_eq!((progress.done, progress.failed), (2, 0));
    assert_eq!(futures_count(&t, "storm", 6).await, 6);
    for i in 1..=6 {
        assert_eq!(t.users_with_mail(&format!("storm{i}@fabrikam.example")).await, 1);
    }
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
    let invite = t.preview(&priya, &addresses("held", 3)).await;
    bulk::confirm(&t.ctx, &priya, &invite.id).await.unwrap();
    bulk::steer(&t.ctx, &priya, &invite.id, JobState::Paused).await.unwrap();
    assert_eq!(t.runner("worker-a").run_due(3).await.unwrap(), 0, "no row starts while paused");
    bulk::steer(&t.ctx, &priya, &invite.id, JobState::Running).await.unwrap();
    let row = t.runner("worker-a").claim(1).await.unwrap().remove(0);
    t.runner("worker-a").run(row).await.unwrap();
    bulk::steer(&t.ctx, &priya, &invite.id, JobState::Cancelled).await.unwrap();
    assert_eq!(t.runner("worker-a").run_due(3).await.unwrap(), 0);
    let status = bulk::status(&t.ctx, &priya, &invite.id).await.unwrap();
    let progress = status.progress.clone().unwrap();
    assert_eq!((progress.done, progress.cancelled, progress.open), (1, 2, false));
    assert_eq!(futures_count(&t, "held", 3).await, 1);
    let outcomes = bulk::outcomes(&status.invite, status.job.as_ref());
    assert_eq!(outcomes.iter().map(|o| o.outcome.as_str()).collect::<Vec<_>>(), ["Invited", "Cancelled", "Cancelled"]);
}
