//! Review campaigns and lifecycle rules against a live sandbox tenant: who is in scope (all three
//! sign-in signals, never without sign-in data, never younger than N days), reviewers and the
//! fallback, reminders only to reviewers with open items through a real SMTP server, the cap and
//! the kill switch, disable then delete after the grace period, undo and restore, a rule that
//! runs twice, and the report's hash chain.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig};
use sandbox::Sandbox;
use services::audit::{self, AuditAction, AuditFilter, AuditOutcome};
use services::reviews::{self, CampaignForm, RuleForm};
use services::settings::InviteSettings;
use services::{Actor, Clock, Context, Db, Error, Principal, Role};

const GRACE: &str = "grace.okafor@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";
const JONAS: &str = "jonas.lindqvist@northwind.example";
const SOFIA: &str = "sofia.marquez@northwind.example";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";
const DIEGO: &str = "c527f39d-ea03-48b1-ac23-48d5173af6ce";
const FATIMA: &str = "d63804ae-fb14-49c2-bd34-59e6284b07df";
const LIAM: &str = "e7491abf-0c25-4ad3-8e45-6af7395c18e0";
const YUKI: &str = "0a6b3cd1-2e47-4cf5-a067-8c19517e3a02";
const MARCUS: &str = "1b7c4de2-3f58-4d06-b178-9d2a628f4b13";

struct Tenant {
    sandbox: Sandbox,
    base: String,
    ctx: Context,
    now: Arc<Mutex<DateTime<Utc>>>,
    /// The sandbox's data folder, deleted with the tenant.
    _data: live::DataDir,
}

async fn tenant(vars: &[(&str, &str)]) -> Tenant {
    let data = live::DataDir::new("guestlist-reviews");
    let (sandbox, base) = live::serve(&data, false, |router| router).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let vars: Vec<(String, String)> = [("GUESTLIST_END_GRACE_DAYS", "14")].iter().chain(vars).map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let settings = InviteSettings::from_vars(|name| vars.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.clone())).unwrap();
    let mut ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, settings);
    let now = Arc::new(Mutex::new(sandbox.directory().now()));
    let clock = now.clone();
    ctx.clock = Clock::from_fn(move || *clock.lock().unwrap());
    Tenant { sandbox, base, ctx, now, _data: data }
}

impl Tenant {
    async fn person(&self, upn: &str, roles: Vec<Role>) -> Actor {
        let tokens = live::user_tokens_for(&self.sandbox, &self.base, upn, live::PORTAL_SCOPE).await;
        let person = self.sandbox.directory().person_by_upn(upn).await.unwrap().unwrap();
        let principal = Principal {
            object_id: person.id.clone(),
            tenant_id: self.sandbox.directory().tenant().id.clone(),
            name: person.display_name.clone(),
            user_principal_name: upn.to_owned(),
            email: Some(upn.to_owned()),
            roles,
        };
        let token = DelegatedToken {
            access_token: tokens["access_token"].as_str().unwrap().to_owned(),
            refresh_token: tokens["refresh_token"].as_str().map(str::to_owned),
            expires_at: Utc::now() + Duration::seconds(tokens["expires_in"].as_i64().unwrap()),
            scope: tokens["scope"].as_str().map(str::to_owned),
        };
        Actor::Person { principal, token: DelegatedSession::new(token), locale: i18n::Locale::En }
    }

    async fn admin(&self) -> Actor {
        self.person(GRACE, vec![Role::Admin, Role::Sponsor]).await
    }

    async fn sponsor(&self, upn: &str) -> Actor {
        self.person(upn, vec![Role::Sponsor]).await
    }

    fn advance(&self, by: Duration) {
        *self.now.lock().unwrap() += by;
    }

    fn day(&self, days: i64) -> String {
        (*self.now.lock().unwrap() + Duration::days(days)).format("%Y-%m-%d").to_string()
    }

    async fn enabled(&self, id: &str) -> Option<bool> {
        let state = self.sandbox.directory().read().await;
        state.users.get(id).filter(|u| u.deleted_date_time.is_none()).map(|u| u.account_enabled)
    }

    async fn audit(&self) -> Vec<audit::AuditEvent> {
        audit::list(&self.ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap()
    }

    async fn campaign(&self, scope: &str, value: &str, ends_in: i64, unreviewed: &str) -> i64 {
        let form = CampaignForm {
            name: format!("Review of {scope} {value}"),
            scope: scope.into(),
            value: value.into(),
            fallback: String::new(),
            starts: String::new(),
            ends: self.day(ends_in),
            unreviewed: unreviewed.into(),
        };
        reviews::start(&self.ctx, &self.admin().await, &form).await.unwrap().unwrap()
    }

    /// The guests a campaign holds, by name, from its dry run.
    async fn guests_in(&self, id: i64) -> Vec<String> {
        let mut names: Vec<String> = reviews::plan_campaign(&self.ctx, &self.admin().await, id).await.unwrap().lines.into_iter().map(|l| l.guest).collect();
        names.sort();
        names
    }

    async fn item_of(&self, reviewer: &Actor, guest: &str) -> i64 {
        reviews::to_review(&self.ctx, reviewer).await.unwrap().into_iter().find(|i| i.guest_id == guest).expect("in their list").item_id
    }
}

#[tokio::test]
async fn inactive_means_every_sign_in_signal_and_the_account_older_than_n_days_and_never_without_data() {
    let t = tenant(&[]).await;
    let now = *t.now.lock().unwrap();
    {
        // Liam: an old interactive sign-in, but a token refreshed two days ago.
        let mut directory = t.sandbox.directory().write().await;
        let mut liam = directory.state().users[LIAM].clone();
        let activity = liam.sign_in_activity.as_mut().unwrap();
        activity.last_non_interactive_sign_in_date_time = Some(now - Duration::days(2));
        activity.last_successful_sign_in_date_time = Some(now - Duration::days(2));
        directory.put_user(liam).await.unwrap();
    }
    let id = t.campaign("inactive", "90", 30, "no_change").await;
    // Marcus (a year) is inactive; Liam is not; Noah (3 days old, never signed in) is too young.
    assert_eq!(t.guests_in(id).await, ["Marcus Johnson"]);
    let campaign = reviews::campaign(&t.ctx, &t.admin().await, id).await.unwrap();
    assert!(campaign.cannot_tell.iter().all(|c| !c.starts_with("Noah Williams")), "{:?}", campaign.cannot_tell);
    // Yuki, pending and never signed in, is listed as "cannot tell", not as inactive.
    assert!(campaign.cannot_tell.iter().any(|c| c.starts_with("Yuki Tanaka")), "{:?}", campaign.cannot_tell);
    let plan = reviews::plan_campaign(&t.ctx, &t.admin().await, id).await.unwrap();
    assert!(plan.lines[0].evidence.contains("last interactive sign-in") && plan.lines[0].evidence.contains("account created"), "{:?}", plan.lines[0]);

    // A tenant without sign-in data: nobody is inactive, everybody "cannot tell".
    t.sandbox.directory().update_settings(|s| s.entra_id_p1 = false).await.unwrap();
    let id = t.campaign("inactive", "90", 30, "end").await;
    assert!(t.guests_in(id).await.is_empty());
    let campaign = reviews::campaign(&t.ctx, &t.admin().await, id).await.unwrap();
    assert!(campaign.cannot_tell.iter().any(|c| c.starts_with("Marcus Johnson") && c.contains("not available")), "{:?}", campaign.cannot_tell);
}

#[tokio::test]
async fn sponsors_review_their_guests_the_fallback_gets_the_rest_and_what_they_do_not_know() {
    let t = tenant(&[]).await;
    let id = t.campaign("all", "", 30, "no_change").await;
    let grace = t.admin().await;
    let amara = t.sponsor(AMARA).await;
    let jonas = t.sponsor(JONAS).await;
    let mine = |list: Vec<reviews::ToReview>| {
        let mut names: Vec<String> = list.into_iter().map(|i| i.guest_name).collect();
        names.sort();
        names
    };
    assert_eq!(mine(reviews::to_review(&t.ctx, &amara).await.unwrap()), ["Fatima Zahra", "Olivia Chen"]);
    // Jonas directly (Olivia, Yuki) and through the Coho Account Team (Pedro).
    assert_eq!(mine(reviews::to_review(&t.ctx, &jonas).await.unwrap()), ["Olivia Chen", "Pedro Santos", "Yuki Tanaka"]);
    // No sponsor (Marcus), or only sponsors who cannot act (Zoe): the fallback, the Admin who started it.
    let fallback = mine(reviews::to_review(&t.ctx, &grace).await.unwrap());
    assert!(fallback.contains(&"Marcus Johnson".to_string()) && fallback.contains(&"Zoe Martin".to_string()), "{fallback:?}");

    // Jonas cannot decide Amara's guest Fatima, whatever item id he sends.
    let fatima = t.item_of(&amara, FATIMA).await;
    let refused = reviews::decide(&t.ctx, &jonas, fatima, "keep", "", "I know her").await.unwrap_err();
    assert!(matches!(refused, Error::NotYours(_)), "{refused:?}");
    assert!(t.audit().await.iter().any(|e| e.action == AuditAction::DecideReview && e.outcome == AuditOutcome::Refused));

    // A justification is required; then the decision is recorded.
    let olivia = t.item_of(&amara, OLIVIA).await;
    assert!(reviews::decide(&t.ctx, &amara, olivia, "keep", "", " ").await.unwrap().is_err());
    reviews::decide(&t.ctx, &amara, olivia, "extend", &t.day(100), "Project runs until spring").await.unwrap().unwrap();
    let decided = reviews::to_review(&t.ctx, &jonas).await.unwrap().into_iter().find(|i| i.guest_id == OLIVIA).unwrap();
    assert!(decided.decided.unwrap().contains("Project runs until spring"));

    // "I don't know this person": Fatima goes to the fallback reviewer.
    reviews::dont_know(&t.ctx, &amara, fatima).await.unwrap().unwrap();
    assert_eq!(mine(reviews::to_review(&t.ctx, &amara).await.unwrap()), ["Olivia Chen"]);
    let routed = reviews::to_review(&t.ctx, &grace).await.unwrap().into_iter().find(|i| i.guest_id == FATIMA).expect("with the fallback");
    assert_eq!(routed.routed.as_deref(), Some("Amara Diallo does not know them"));
    // The fallback reviewer cannot pass it on again.
    assert!(reviews::dont_know(&t.ctx, &grace, fatima).await.unwrap().is_err());

    // Progress per reviewer; Admins only.
    let progress = reviews::campaign(&t.ctx, &grace, id).await.unwrap();
    let amara_row = progress.reviewers.iter().find(|r| r.name == "Amara Diallo").unwrap();
    assert_eq!((amara_row.decided, amara_row.open, amara_row.overdue), (1, 0, 0));
    assert!(matches!(reviews::campaign(&t.ctx, &amara, id).await, Err(Error::NotAllowed { needed: Role::Admin })));
}

#[tokio::test]
async fn reminders_go_half_way_and_two_days_before_the_end_only_to_reviewers_with_open_items() {
    let t = tenant(&[]).await;
    let smtp = sandbox::smtp::start(t.sandbox.clone()).await.unwrap();
    let mailer = services::mail::Mailer::new(&format!("smtp://{smtp}"), "Guestlist <guests@northwind.example>").unwrap();
    t.campaign("all", "", 20, "no_change").await;
    // Sofia decides on all of hers (Diego, and Elena: an internal account with an outside address).
    let sofia = t.sponsor(SOFIA).await;
    let diego = t.item_of(&sofia, DIEGO).await;
    for item in reviews::to_review(&t.ctx, &sofia).await.unwrap() {
        assert!(item.item_id == diego || item.guest_name == "Elena Popescu", "{item:?}");
        reviews::decide(&t.ctx, &sofia, item.item_id, "keep", "", "Still designing our brochures").await.unwrap().unwrap();
    }

    let delivered = || async {
        services::outbox::deliver_due(&t.ctx.db, &mailer, "test", Utc::now() + Duration::days(365)).await.unwrap();
        let state = t.sandbox.directory().read().await;
        state.mail.iter().filter(|m| m.subject.starts_with("Please review")).map(|m| m.to.clone()).collect::<Vec<_>>()
    };
    assert_eq!(reviews::send_due_reminders(&t.ctx).await.unwrap(), 0, "not half-way yet");
    t.advance(Duration::days(11));
    let sent = reviews::send_due_reminders(&t.ctx).await.unwrap();
    let to = delivered().await;
    assert_eq!(to.len(), sent);
    assert!(to.contains(&AMARA.to_string()) && to.contains(&JONAS.to_string()), "{to:?}");
    assert!(!to.contains(&SOFIA.to_string()), "Sofia has no open items: {to:?}");
    assert_eq!(reviews::send_due_reminders(&t.ctx).await.unwrap(), 0, "once");

    // Amara decides everything; two days before the end only the others are reminded.
    let amara = t.sponsor(AMARA).await;
    for item in reviews::to_review(&t.ctx, &amara).await.unwrap() {
        reviews::decide(&t.ctx, &amara, item.item_id, "keep", "", "Still needed").await.unwrap().unwrap();
    }
    t.advance(Duration::days(7));
    let last = reviews::send_due_reminders(&t.ctx).await.unwrap();
    let to = delivered().await;
    assert_eq!(to.len(), sent + last);
    assert_eq!(to.iter().filter(|m| *m == AMARA).count(), 1, "Amara finished: {to:?}");
    assert_eq!(to.iter().filter(|m| *m == JONAS).count(), 2, "{to:?}");
}

#[tokio::test]
async fn over_the_cap_nothing_happens_until_confirmed_and_the_kill_switch_stops_everything() {
    let t = tenant(&[("GUESTLIST_BULK_ACTION_CAP", "2")]).await;
    let id = t.campaign("all", "", 5, "end").await;
    let grace = t.admin().await;
    assert!(reviews::apply_campaign(&t.ctx, &grace, id, true).await.unwrap().unwrap_err().0[0].contains("runs until"), "not before the end");
    t.advance(Duration::days(6));
    let plan = reviews::plan_campaign(&t.ctx, &grace, id).await.unwrap();
    assert!(plan.over_cap() && plan.blocked.is_none(), "{plan:?}");
    let refused = reviews::apply_campaign(&t.ctx, &grace, id, false).await.unwrap().unwrap_err();
    assert!(refused.0[0].contains("more than the 2"), "{refused:?}");
    assert_eq!(t.enabled(OLIVIA).await, Some(true), "nothing changed");

    reviews::set_kill_switch(&t.ctx, &grace, true).await.unwrap();
    assert!(reviews::apply_campaign(&t.ctx, &grace, id, true).await.unwrap().unwrap_err().0[0].contains("kill switch"));
    assert_eq!(t.enabled(OLIVIA).await, Some(true));
    assert!(matches!(reviews::set_kill_switch(&t.ctx, &t.sponsor(AMARA).await, false).await, Err(Error::NotAllowed { .. })));
    reviews::set_kill_switch(&t.ctx, &grace, false).await.unwrap();

    reviews::apply_campaign(&t.ctx, &grace, id, true).await.unwrap().unwrap();
    assert_eq!(t.enabled(OLIVIA).await, Some(false));
    assert_eq!(t.enabled(YUKI).await, Some(false));
}

#[tokio::test]
async fn an_ended_guest_is_disabled_deleted_after_the_grace_period_and_undo_restores_them() {
    let t = tenant(&[]).await;
    let grace = t.admin().await;
    let id = t.campaign("domain", "fabrikam.example", 10, "no_change").await;
    // Elena Popescu is an internal account with an outside address at that domain: external too.
    assert_eq!(t.guests_in(id).await, ["Elena Popescu", "Olivia Chen"]);
    let amara = t.sponsor(AMARA).await;
    let olivia = t.item_of(&amara, OLIVIA).await;
    reviews::decide(&t.ctx, &amara, olivia, "end", "", "The Fabrikam project is over").await.unwrap().unwrap();
    t.advance(Duration::days(11));
    let plan = reviews::plan_campaign(&t.ctx, &grace, id).await.unwrap();
    let line = plan.lines.iter().find(|l| l.guest_id == OLIVIA).unwrap();
    assert!(line.change.starts_with("Block sign-in now, delete on"), "{:?}", plan.lines);
    assert!(line.why.contains("The Fabrikam project is over"));
    assert_eq!(plan.changes, 1, "Elena, not reviewed, does not change");
    reviews::apply_campaign(&t.ctx, &grace, id, false).await.unwrap().unwrap();
    assert_eq!(t.enabled(OLIVIA).await, Some(false));
    let ended = t.audit().await.into_iter().find(|e| e.action == AuditAction::EndGuestAccess && e.outcome == AuditOutcome::Changed).unwrap();
    assert!(ended.options.contains("Review of domain fabrikam.example"), "names the campaign: {}", ended.options);

    // Within the grace period, undo gives access back; the report says so and offers no second undo.
    let row = |report: reviews::Report| report.rows.into_iter().find(|r| r.item == olivia).unwrap();
    let before = row(reviews::report(&t.ctx, &grace, id).await.unwrap());
    assert!(before.undoable && before.undone.is_none(), "{before:?}");
    reviews::undo_campaign_item(&t.ctx, &grace, olivia).await.unwrap().unwrap();
    assert_eq!(t.enabled(OLIVIA).await, Some(true));
    let report = reviews::report(&t.ctx, &grace, id).await.unwrap();
    assert!(report.intact(), "undo leaves the sealed rows as they were");
    let after = row(report);
    assert!(!after.undoable && after.undone.is_some(), "{after:?}");
    assert!(reviews::undo_campaign_item(&t.ctx, &grace, olivia).await.unwrap().is_err(), "once");

    // A rule that disables then deletes: Yuki's invitation is pending for months.
    let form = RuleForm { name: "Unredeemed after 30 days".into(), kind: "unredeemed".into(), threshold: "30".into(), action: "disable_delete".into(), scope: "all".into(), value: String::new(), priority: "1".into() };
    let rule = reviews::save_rule(&t.ctx, &grace, &form).await.unwrap().unwrap();
    reviews::run_rule(&t.ctx, &grace, rule, false).await.unwrap().unwrap();
    assert_eq!(t.enabled(YUKI).await, Some(false));
    // Twice: nothing changes the second time.
    let second = reviews::run_rule(&t.ctx, &grace, rule, false).await.unwrap().unwrap();
    assert!(second[0].contains("0 guest(s)"), "{second:?}");
    let rules = reviews::rules(&t.ctx, &grace).await.unwrap();
    assert_eq!((rules.rules[0].last_changed, rules.rules[0].last_skipped), (0, 1));

    // The grace period passes: the end-grace task deletes Yuki; undo restores and enables her.
    t.advance(Duration::days(15));
    assert_eq!(services::sponsors::delete_due(&t.ctx).await.unwrap(), 1);
    assert_eq!(t.enabled(YUKI).await, None);
    let change = rules.recent.iter().find(|c| c.guest_id == YUKI && c.undoable).unwrap().id;
    let restored = reviews::undo_rule_change(&t.ctx, &grace, change).await.unwrap().unwrap();
    assert!(restored[0].contains("restored"), "{restored:?}");
    assert_eq!(t.enabled(YUKI).await, Some(true));
    // The rule leaves her alone from then on.
    t.advance(Duration::days(2));
    assert_eq!(reviews::run_due(&t.ctx).await.unwrap(), 1);
    assert_eq!(t.enabled(YUKI).await, Some(true));
}

#[tokio::test]
async fn rules_go_by_priority_one_per_guest_and_the_kill_switch_stops_their_daily_run() {
    let t = tenant(&[]).await;
    let grace = t.admin().await;
    let rule = |name: &str, kind: &str, n: &str, action: &str, priority: &str| RuleForm {
        name: name.into(),
        kind: kind.into(),
        threshold: n.into(),
        action: action.into(),
        scope: "all".into(),
        value: String::new(),
        priority: priority.into(),
    };
    reviews::save_rule(&t.ctx, &grace, &rule("Tell sponsors of inactive guests", "inactivity", "180", "notify", "1")).await.unwrap().unwrap();
    reviews::save_rule(&t.ctx, &grace, &rule("Block inactive guests", "inactivity", "180", "disable", "2")).await.unwrap().unwrap();
    assert!(reviews::save_rule(&t.ctx, &grace, &rule("", "inactivity", "x", "disable", "")).await.unwrap().is_err());

    // Liam (210 days, a sponsor) is told about; the second rule never gets him. Marcus has no sponsor to tell.
    let plans = reviews::plan_rules(&t.ctx, &grace).await.unwrap();
    assert!(plans[1].lines.is_empty(), "one rule per guest: {:?}", plans[1]);
    reviews::set_kill_switch(&t.ctx, &grace, true).await.unwrap();
    assert_eq!(reviews::run_due(&t.ctx).await.unwrap(), 0, "the kill switch stops the daily run");
    reviews::set_kill_switch(&t.ctx, &grace, false).await.unwrap();
    assert_eq!(reviews::run_due(&t.ctx).await.unwrap(), 2);
    let told: Vec<String> = t.audit().await.into_iter().filter(|e| e.action == AuditAction::NotifySponsors).map(|e| e.target).collect();
    assert_eq!(told, ["kenji.watanabe@northwind.example"]);
    assert_eq!(reviews::run_due(&t.ctx).await.unwrap(), 0, "once a day");
    t.advance(Duration::days(1));
    assert_eq!(reviews::run_due(&t.ctx).await.unwrap(), 2);
    assert_eq!(t.audit().await.iter().filter(|e| e.action == AuditAction::NotifySponsors).count(), 1, "told once");
    assert_eq!(t.enabled(LIAM).await, Some(true));
    assert_eq!(t.enabled(MARCUS).await, Some(true));
}

#[tokio::test]
async fn the_reports_hash_chain_shows_a_row_changed_afterwards() {
    let t = tenant(&[]).await;
    let grace = t.admin().await;
    let id = t.campaign("all", "", 3, "keep").await;
    let amara = t.sponsor(AMARA).await;
    let fatima = t.item_of(&amara, FATIMA).await;
    reviews::decide(&t.ctx, &amara, fatima, "keep", "", "Orders every month").await.unwrap().unwrap();
    assert!(reviews::report(&t.ctx, &grace, id).await.is_err(), "no report before it is applied");
    t.advance(Duration::days(4));
    reviews::apply_campaign(&t.ctx, &grace, id, false).await.unwrap().unwrap();
    let report = reviews::report(&t.ctx, &grace, id).await.unwrap();
    assert!(report.intact() && report.rows.iter().any(|r| r.justification == "Orders every month" && r.decided_by.starts_with("Amara Diallo")));
    let csv = reviews::report_csv(&t.ctx, &grace, id).await.unwrap();
    assert_eq!(reviews::verify_csv(&csv), Ok(report.rows.len()));

    // Someone edits a justification in the database afterwards.
    let Db::Sqlite(pool) = &t.ctx.db else { unreachable!() };
    sqlx::query("UPDATE review_items SET justification = 'Rubber-stamped' WHERE id = $1").bind(fatima).execute(pool).await.unwrap();
    let report = reviews::report(&t.ctx, &grace, id).await.unwrap();
    let flagged: Vec<&str> = report.rows.iter().filter(|r| r.tampered).map(|r| r.guest.as_str()).collect();
    assert_eq!(flagged, ["Fatima Zahra"]);
    // And in a file: one cell changed is found.
    let edited = csv.replacen("Orders every month", "Rubber-stamped", 1);
    assert!(reviews::verify_csv(&edited).unwrap_err().contains("was changed"));
}
