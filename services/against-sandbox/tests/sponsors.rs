//! My guests against a live sandbox tenant: a sponsor sees and acts on exactly the guests Graph
//! names them sponsor of (directly or through a group), whatever id they send; every refusal is
//! audited; a guest never loses their last sponsor; an ending can be undone until the grace period
//! passes, after which the worker's task deletes the account.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig, ObjectId, Principal as Sponsor, UserRef};
use sandbox::Sandbox;
use services::audit::{self, AuditAction, AuditFilter, AuditOutcome};
use services::settings::InviteSettings;
use services::sponsors::{self, MyGuest};
use services::{Actor, Clock, Context, Db, Error, Principal, Role};

const AMARA: &str = "amara.diallo@northwind.example";
const JONAS: &str = "jonas.lindqvist@northwind.example";
const SOFIA: &str = "sofia.marquez@northwind.example";
const KENJI: &str = "kenji.watanabe@northwind.example";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";
const FATIMA: &str = "d63804ae-fb14-49c2-bd34-59e6284b07df";
const YUKI: &str = "0a6b3cd1-2e47-4cf5-a067-8c19517e3a02";
const MARCUS: &str = "1b7c4de2-3f58-4d06-b178-9d2a628f4b13";
const GROUP_PARTNERS: &str = "5a1f0e6d-7c2b-4e93-8d14-6b2c9a0f3e71";

struct Tenant {
    sandbox: Sandbox,
    base: String,
    ctx: Context,
    now: Arc<Mutex<DateTime<Utc>>>,
    graph_calls: Arc<Mutex<Vec<String>>>,
    /// The sandbox's data folder, deleted with the tenant.
    _data: live::DataDir,
}

async fn tenant() -> Tenant {
    let graph_calls = Arc::new(Mutex::new(Vec::new()));
    let recorded = graph_calls.clone();
    let record = move |router: axum::Router| {
        router.layer(axum::middleware::from_fn(move |request: axum::extract::Request, next: axum::middleware::Next| {
            let recorded = recorded.clone();
            async move {
                if request.uri().path().starts_with("/_sandbox/graph/") {
                    recorded.lock().unwrap().push(request.uri().path().to_owned());
                }
                next.run(request).await
            }
        }))
    };
    let data = live::DataDir::new("guestlist-sponsors");
    let (sandbox, base) = live::serve(&data, false, record).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let settings = InviteSettings::from_vars(|name| (name == "GUESTLIST_END_GRACE_DAYS").then(|| "14".to_owned())).unwrap();
    let mut ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, settings);
    let now = Arc::new(Mutex::new(sandbox.directory().now()));
    let clock = now.clone();
    ctx.clock = Clock::from_fn(move || *clock.lock().unwrap());
    Tenant { sandbox, base, ctx, now, graph_calls, _data: data }
}

impl Tenant {
    async fn person(&self, upn: &str) -> Actor {
        let tokens = live::user_tokens_for(&self.sandbox, &self.base, upn, live::PORTAL_SCOPE).await;
        let person = self.sandbox.directory().person_by_upn(upn).await.unwrap().unwrap();
        let member = !upn.contains("#EXT#");
        let principal = Principal {
            object_id: person.id.clone(),
            tenant_id: self.sandbox.directory().tenant().id.clone(),
            name: person.display_name.clone(),
            user_principal_name: upn.to_owned(),
            email: None,
            roles: if member { vec![Role::Sponsor] } else { vec![] },
        };
        let token = DelegatedToken {
            access_token: tokens["access_token"].as_str().unwrap().to_owned(),
            refresh_token: tokens["refresh_token"].as_str().map(str::to_owned),
            expires_at: Utc::now() + chrono::Duration::seconds(tokens["expires_in"].as_i64().unwrap()),
            scope: tokens["scope"].as_str().map(str::to_owned),
        };
        Actor::Person { principal, token: DelegatedSession::new(token), locale: i18n::Locale::En }
    }

    async fn guest_upn(&self, id: &str) -> String {
        self.sandbox.directory().read().await.users[id].user_principal_name.clone()
    }

    async fn audit(&self) -> Vec<audit::AuditEvent> {
        audit::list(&self.ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap()
    }

    async fn sponsors_of(&self, id: &str) -> Vec<String> {
        self.sandbox.directory().read().await.sponsors_of(id).map(str::to_owned).collect()
    }

    async fn enabled(&self, id: &str) -> Option<bool> {
        let state = self.sandbox.directory().read().await;
        state.users.get(id).filter(|u| u.deleted_date_time.is_none()).map(|u| u.account_enabled)
    }

    async fn id_of(&self, upn: &str) -> String {
        self.sandbox.directory().person_by_upn(upn).await.unwrap().unwrap().id
    }

    /// The guests (userType Guest) `upn` sponsors by the sandbox's own state: directly or through a group.
    async fn expected(&self, upn: &str) -> Vec<String> {
        let me = self.id_of(upn).await;
        let state = self.sandbox.directory().read().await;
        let groups: Vec<String> = state.groups_of(&me).map(|g| g.id.clone()).collect();
        let mut ids: Vec<String> = state
            .sponsors
            .iter()
            .filter(|(_, s)| *s == me || groups.contains(s))
            .map(|(u, _)| u.clone())
            .filter(|u| state.users.get(u).is_some_and(|u| u.user_type == "Guest" && u.deleted_date_time.is_none()))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    fn advance(&self, by: Duration) {
        *self.now.lock().unwrap() += by;
    }
}

fn ids(guests: &[MyGuest]) -> Vec<String> {
    let mut ids: Vec<String> = guests.iter().map(|g| g.id.clone()).collect();
    ids.sort();
    ids
}

/// Partner Collaboration (Amara is a member) sponsors Marcus, who had no sponsor.
async fn group_sponsors_marcus(t: &Tenant) {
    let group: ObjectId = GROUP_PARTNERS.parse().unwrap();
    t.ctx.app().add_sponsor(&UserRef::Id(MARCUS.parse().unwrap()), Sponsor::Group(group)).await.unwrap();
}

#[tokio::test]
async fn a_sponsor_sees_exactly_their_guests_directly_and_through_a_group_with_the_evidence() {
    let t = tenant().await;
    group_sponsors_marcus(&t).await;
    let amara = t.person(AMARA).await;
    t.graph_calls.lock().unwrap().clear();
    let mine = sponsors::my_guests(&t.ctx, &amara).await.unwrap();
    let calls = t.graph_calls.lock().unwrap().clone();
    assert_eq!(ids(&mine.guests), t.expected(AMARA).await);
    assert!(ids(&mine.guests).contains(&MARCUS.to_owned()) && ids(&mine.guests).contains(&OLIVIA.to_owned()));
    // One call for whom they sponsor, then one $batch per five guests, the first reading their own
    // groups too (and four guests): no call per guest.
    assert_eq!(calls.len(), 1 + (mine.guests.len() + 1).div_ceil(5), "{calls:?}");
    assert!(calls.iter().all(|c| !c.contains(OLIVIA)), "nothing read per guest outside a $batch: {calls:?}");

    let olivia = mine.guests.iter().find(|g| g.id == OLIVIA).unwrap();
    assert!(olivia.direct());
    assert_eq!(olivia.status, "Active");
    assert!(olivia.invitation.starts_with("Accepted on "), "{}", olivia.invitation);
    assert!(matches!(&olivia.sign_ins, services::guests::details::SignIns::Known { interactive: Some(_), non_interactive: Some(_), .. }), "{:?}", olivia.sign_ins);
    assert!(olivia.groups.contains(&"Partner Collaboration".to_owned()) && olivia.groups.contains(&"Project Alpha".to_owned()));
    assert_eq!(olivia.apps, ["Northwind Partner Extranet"]);
    assert_eq!(olivia.co_sponsors.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Jonas Lindqvist"]);
    assert!(olivia.invited_by.starts_with("Not invited through Guestlist"));
    assert!(olivia.lifecycle.next_review.as_deref().is_some_and(|r| r.starts_with("Not confirmed in Guestlist yet")));

    let marcus = mine.guests.iter().find(|g| g.id == MARCUS).unwrap();
    assert_eq!(marcus.through_groups, ["Partner Collaboration"]);
    assert!(!marcus.direct());
    assert_eq!(marcus.status, "Inactive 365 days");

    // Another sponsor sees theirs, not Amara's; the guest's own page names both sponsors.
    let kenji = t.person(KENJI).await;
    let theirs = sponsors::my_guests(&t.ctx, &kenji).await.unwrap();
    assert_eq!(ids(&theirs.guests), t.expected(KENJI).await);
    assert!(!ids(&theirs.guests).contains(&OLIVIA.to_owned()));
}

#[tokio::test]
async fn every_read_and_action_on_another_sponsors_guest_is_refused_and_audited() {
    let t = tenant().await;
    let kenji = t.person(KENJI).await;
    let made_up = "00000000-0000-4000-8000-00000000dead";
    for id in [OLIVIA, made_up, "not-an-id"] {
        let attempts: Vec<(AuditAction, Error)> = vec![
            (AuditAction::ViewSponsoredGuest, sponsors::my_guest(&t.ctx, &kenji, id).await.unwrap_err()),
            (AuditAction::ConfirmGuestAccess, sponsors::keep(&t.ctx, &kenji, id).await.unwrap_err()),
            (AuditAction::ExtendGuestAccess, sponsors::extend(&t.ctx, &kenji, id, "2099-01-01").await.unwrap_err()),
            (AuditAction::EndGuestAccess, sponsors::end(&t.ctx, &kenji, id, true).await.unwrap_err()),
            (AuditAction::UndoEndGuestAccess, sponsors::undo_end(&t.ctx, &kenji, id).await.unwrap_err()),
            (AuditAction::ResendInvitation, sponsors::resend(&t.ctx, &kenji, id).await.unwrap_err()),
            (AuditAction::AddSponsor, sponsors::add_co_sponsor(&t.ctx, &kenji, id, SOFIA).await.unwrap_err()),
            (AuditAction::HandOverSponsorship, sponsors::hand_over(&t.ctx, &kenji, id, SOFIA).await.unwrap_err()),
        ];
        let trail = t.audit().await;
        for (n, (action, error)) in attempts.iter().enumerate() {
            assert!(matches!(error, Error::NotYours(_)), "{action:?} on {id}: {error:?}");
            assert_eq!(error.status(), 403);
            assert!(error.to_string().contains("not one of the guests you sponsor"));
            // Newest first: the eighth attempt is the first row.
            let event = &trail[attempts.len() - 1 - n];
            assert_eq!((event.action, event.outcome, event.target.as_str()), (*action, AuditOutcome::Refused, id), "{event:?}");
            assert!(event.actor.starts_with("Kenji Watanabe"));
        }
    }
    assert_eq!(t.enabled(OLIVIA).await, Some(true), "nothing changed");
    assert_eq!(t.sponsors_of(OLIVIA).await.len(), 2);

    // Members only: a guest has no My guests at all.
    let olivia = t.person(&t.guest_upn(OLIVIA).await).await;
    assert_eq!(sponsors::my_guests(&t.ctx, &olivia).await.unwrap_err(), Error::NotAllowed { needed: Role::Sponsor });
    assert_eq!(sponsors::keep(&t.ctx, &olivia, OLIVIA).await.unwrap_err(), Error::NotAllowed { needed: Role::Sponsor });
}

#[tokio::test]
async fn a_sponsor_through_a_group_may_act_but_has_no_sponsorship_of_their_own_to_hand_over() {
    let t = tenant().await;
    group_sponsors_marcus(&t).await;
    let amara = t.person(AMARA).await;
    let kept = sponsors::keep(&t.ctx, &amara, MARCUS).await.unwrap().unwrap();
    assert!(kept[0].starts_with("Thank you: Marcus Johnson keeps their access."), "{kept:?}");
    let refused = sponsors::hand_over(&t.ctx, &amara, MARCUS, SOFIA).await.unwrap().unwrap_err();
    assert!(refused.0[0].contains("through the group Partner Collaboration"), "{refused:?}");
    assert_eq!(t.sponsors_of(MARCUS).await, [GROUP_PARTNERS]);
    // Kenji is not in the group: refused.
    let kenji = t.person(KENJI).await;
    assert!(matches!(sponsors::keep(&t.ctx, &kenji, MARCUS).await, Err(Error::NotYours(_))));
    let trail = t.audit().await;
    assert_eq!((trail[1].action, trail[1].outcome), (AuditAction::HandOverSponsorship, AuditOutcome::Refused));
    assert_eq!((trail[2].action, trail[2].outcome), (AuditAction::ConfirmGuestAccess, AuditOutcome::Changed));
    let marcus = sponsors::my_guest(&t.ctx, &amara, MARCUS).await.unwrap();
    assert!(marcus.lifecycle.last_confirmed.as_deref().is_some_and(|c| c.contains("Amara Diallo")));
}

#[tokio::test]
async fn a_guest_always_keeps_a_sponsor_and_never_gets_more_than_five() {
    let t = tenant().await;
    let jonas = t.person(JONAS).await;
    let jonas_id = t.id_of(JONAS).await;
    assert_eq!(t.sponsors_of(YUKI).await, [jonas_id.clone()], "Jonas is Yuki's only sponsor");
    // Handing over to nobody, or to a guest, leaves Jonas in place.
    for bad in ["nobody@northwind.example", "olivia.chen@fabrikam.example", "not an address"] {
        let refused = sponsors::hand_over(&t.ctx, &jonas, YUKI, bad).await.unwrap().unwrap_err();
        assert!(!refused.0.is_empty());
        assert_eq!(t.sponsors_of(YUKI).await, [jonas_id.clone()], "{bad}");
    }
    let done = sponsors::hand_over(&t.ctx, &jonas, YUKI, SOFIA).await.unwrap().unwrap();
    assert_eq!(done[0], "Sofia Marquez now sponsors Yuki Tanaka.");
    assert_eq!(t.sponsors_of(YUKI).await, [t.id_of(SOFIA).await]);
    // Jonas no longer sponsors Yuki: any further action is refused.
    assert!(matches!(sponsors::keep(&t.ctx, &jonas, YUKI).await, Err(Error::NotYours(_))));
    let trail = t.audit().await;
    let handed = trail.iter().find(|e| e.action == AuditAction::HandOverSponsorship && e.outcome == AuditOutcome::Changed).unwrap();
    assert!(handed.actor.starts_with("Jonas Lindqvist"));

    // Co-sponsors up to five, then no more.
    let sofia = t.person(SOFIA).await;
    for colleague in ["amara.diallo@northwind.example", "kenji.watanabe@northwind.example", "priya.natarajan@northwind.example", "lukas.becker@northwind.example"] {
        sponsors::add_co_sponsor(&t.ctx, &sofia, YUKI, colleague).await.unwrap().unwrap();
    }
    assert_eq!(t.sponsors_of(YUKI).await.len(), 5);
    let sixth = sponsors::add_co_sponsor(&t.ctx, &sofia, YUKI, JONAS).await.unwrap().unwrap_err();
    assert!(sixth.0[0].contains("5 sponsors already"), "{sixth:?}");
    assert_eq!(t.sponsors_of(YUKI).await.len(), 5);
    let again = sponsors::add_co_sponsor(&t.ctx, &sofia, YUKI, AMARA).await.unwrap().unwrap_err();
    assert!(again.0[0].contains("sponsors Yuki Tanaka already"));
    // At five, handing over swaps Sofia for Jonas.
    sponsors::hand_over(&t.ctx, &sofia, YUKI, JONAS).await.unwrap().unwrap();
    let now = t.sponsors_of(YUKI).await;
    assert_eq!(now.len(), 5);
    assert!(now.contains(&jonas_id) && !now.contains(&t.id_of(SOFIA).await));
}

#[tokio::test]
async fn ending_disables_now_can_be_undone_and_the_worker_deletes_after_the_grace_period() {
    let t = tenant().await;
    let amara = t.person(AMARA).await;
    let unconfirmed = sponsors::end(&t.ctx, &amara, FATIMA, false).await.unwrap().unwrap_err();
    assert!(unconfirmed.0[0].contains("I understand"));
    assert_eq!(t.enabled(FATIMA).await, Some(true));

    let ended = sponsors::end(&t.ctx, &amara, FATIMA, true).await.unwrap().unwrap();
    assert!(ended[0].starts_with("Fatima Zahra can no longer sign in."), "{ended:?}");
    assert_eq!(t.enabled(FATIMA).await, Some(false));
    let fatima = sponsors::my_guest(&t.ctx, &amara, FATIMA).await.unwrap();
    let ending = fatima.lifecycle.ending.clone().expect("shown as ending");
    assert_eq!(ending.delete_after, i18n::date(i18n::Locale::En, *t.now.lock().unwrap() + Duration::days(14)));
    assert_eq!(ending.ended_by, "Amara Diallo", "her name as people know it, no address");
    assert_eq!(fatima.status, "Disabled");

    // Undo: enabled again, no longer ending, with a review date again; nothing to delete later.
    sponsors::undo_end(&t.ctx, &amara, FATIMA).await.unwrap().unwrap();
    assert_eq!(t.enabled(FATIMA).await, Some(true));
    let lifecycle = sponsors::my_guest(&t.ctx, &amara, FATIMA).await.unwrap().lifecycle;
    assert!(lifecycle.ending.is_none());
    let today = i18n::date(i18n::Locale::En, *t.now.lock().unwrap());
    assert_eq!(lifecycle.next_review, Some(format!("Not confirmed in Guestlist yet: confirm by {today}")));
    assert!(sponsors::undo_end(&t.ctx, &amara, FATIMA).await.unwrap().is_err(), "nothing to undo");

    // End again; within the grace period the worker deletes nothing.
    sponsors::end(&t.ctx, &amara, FATIMA, true).await.unwrap().unwrap();
    t.advance(Duration::days(13));
    assert_eq!(sponsors::delete_due(&t.ctx).await.unwrap(), 0);
    assert_eq!(t.enabled(FATIMA).await, Some(false));

    // Past it, the worker's task deletes the account (restorable from deleted items).
    t.advance(Duration::days(2));
    assert!(sponsors::undo_end(&t.ctx, &amara, FATIMA).await.unwrap().unwrap_err().0[0].contains("grace period for Fatima Zahra has passed"));
    let options = services::worker::WorkerOptions { end_grace_every: Some(std::time::Duration::from_millis(20)), ..Default::default() };
    let worker = services::worker::Worker::spawn(t.ctx.clone(), services::jobs::Registry::new(), options);
    assert_eq!(worker.tasks(), ["outbox", "end-grace"]);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(60);
    while t.enabled(FATIMA).await.is_some() {
        assert!(tokio::time::Instant::now() < deadline, "the worker never deleted Fatima");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    worker.shutdown().await;
    let trail = t.audit().await;
    let deleted = trail.iter().find(|e| e.action == AuditAction::DeleteUser).unwrap();
    assert_eq!(deleted.outcome, AuditOutcome::Changed);
    assert!(deleted.actor.contains("grace period"));
    assert_eq!(sponsors::delete_due(&t.ctx).await.unwrap(), 0, "deleted once");
    let actions: Vec<AuditAction> = trail.iter().rev().map(|e| e.action).collect();
    assert_eq!(
        actions,
        [
            AuditAction::EndGuestAccess,
            AuditAction::EndGuestAccess,
            AuditAction::UndoEndGuestAccess,
            AuditAction::UndoEndGuestAccess,
            AuditAction::EndGuestAccess,
            AuditAction::UndoEndGuestAccess,
            AuditAction::DeleteUser
        ]
    );
}

#[tokio::test]
async fn a_guest_asks_for_more_time_and_their_sponsors_see_it_and_extend() {
    let t = tenant().await;
    let olivia = t.person(&t.guest_upn(OLIVIA).await).await;
    let page = sponsors::my_access(&t.ctx, &olivia).await.unwrap();
    assert_eq!(page.sponsors.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Amara Diallo", "Jonas Lindqvist"]);
    assert_eq!(page.sponsors[0].mail.as_deref(), Some(AMARA));
    assert_eq!(page.organisation, "Northwind Traders");
    assert!(page.access_until.is_none());

    let empty = sponsors::ask_extension(&t.ctx, &olivia, "", " ").await.unwrap().unwrap_err();
    assert!(empty.0[0].contains("Say why"));
    let asked = sponsors::ask_extension(&t.ctx, &olivia, "2099-01-01", "The Fabrikam rollout runs until spring.").await.unwrap().unwrap();
    assert!(asked[0].contains("sent to your sponsors"));
    assert!(asked[1].starts_with("2 of them"), "{asked:?}");
    let twice = sponsors::ask_extension(&t.ctx, &olivia, "", "Again").await.unwrap().unwrap_err();
    assert!(twice.0[0].contains("already"));

    let amara = t.person(AMARA).await;
    let mine = sponsors::my_guests(&t.ctx, &amara).await.unwrap();
    let seen = mine.guests.iter().find(|g| g.id == OLIVIA).unwrap();
    assert_eq!(seen.requests.len(), 1);
    assert_eq!(seen.requests[0].reason, "The Fabrikam rollout runs until spring.");
    assert_eq!(seen.requests[0].wanted_until.as_deref(), Some("1 January 2099"));

    let until = (*t.now.lock().unwrap() + Duration::days(100)).format("%Y-%m-%d").to_string();
    assert!(sponsors::extend(&t.ctx, &amara, OLIVIA, "2001-01-01").await.unwrap().is_err());
    sponsors::extend(&t.ctx, &amara, OLIVIA, &until).await.unwrap().unwrap();
    let seen = sponsors::my_guest(&t.ctx, &amara, OLIVIA).await.unwrap();
    assert!(seen.requests.is_empty(), "granted");
    assert_eq!(seen.lifecycle.access_until_date.as_deref(), Some(until.as_str()));
    let page = sponsors::my_access(&t.ctx, &olivia).await.unwrap();
    assert_eq!(page.access_until, seen.lifecycle.access_until);
    assert!(page.open_requests.is_empty());

    // The request and one mail per sponsor, each audited (mail queued in the outbox).
    let trail = t.audit().await;
    let queued: Vec<_> = trail.iter().filter(|e| e.action == AuditAction::RequestExtension && e.outcome == AuditOutcome::Queued).collect();
    assert_eq!(queued.len(), 2);
    assert!(queued.iter().any(|e| e.options.contains(AMARA)) && queued.iter().any(|e| e.options.contains(JONAS)));
}

const GRACE: &str = "grace.okafor@northwind.example";
const ZOE: &str = "4eaf7015-628b-4039-a4ab-c05d95b17e46";
const PEDRO: &str = "5fb08126-739c-414a-b5bc-d16ea6c28f57";
const RAFAEL: &str = "3d9e6f04-517a-4f28-939a-bf4c84a06d35";

impl Tenant {
    async fn admin(&self) -> Actor {
        match self.person(GRACE).await {
            Actor::Person { mut principal, token, locale } => {
                principal.roles = vec![Role::Admin];
                Actor::Person { principal, token, locale }
            }
            other => other,
        }
    }
}

/// Sponsor continuity: the leaver's guest with the leaver's manager as successor, the guest with
/// no sponsor, the sponsor group nobody is in; read in a few calls, not one per guest; Admins only.
#[tokio::test]
async fn continuity_finds_guests_whose_sponsors_are_gone_with_a_successor() {
    let t = tenant().await;
    t.sandbox.directory().seed_guests(120).await.unwrap();
    let amara = t.person(AMARA).await;
    assert!(matches!(sponsors::continuity(&t.ctx, &amara).await, Err(Error::NotAllowed { needed: Role::Admin })));

    let admin = t.admin().await;
    t.graph_calls.lock().unwrap().clear();
    let page = sponsors::continuity(&t.ctx, &admin).await.unwrap();
    let calls = t.graph_calls.lock().unwrap().clone();
    assert!(calls.len() <= 4, "one page of guests, then $batches: {calls:?}");
    assert_eq!(page.min_sponsors, 1);

    let zoe = page.guests.iter().find(|g| g.id == ZOE).expect("Zoe's sponsors are all gone");
    assert!(zoe.why.contains("None of their sponsors"), "{}", zoe.why);
    assert!(zoe.sponsors.contains(&"Rafael Costa (disabled)".to_string()), "{:?}", zoe.sponsors);
    let successor = zoe.successor.as_ref().expect("the leaver's manager");
    assert_eq!((successor.id.as_str(), successor.name.as_str()), (t.id_of(AMARA).await.as_str(), "Amara Diallo"));
    assert!(successor.why.contains("Manager of Rafael Costa"));

    let marcus = page.guests.iter().find(|g| g.id == MARCUS).expect("Marcus has no sponsor");
    assert_eq!(marcus.why, "No sponsor at all.");
    assert!(marcus.successor.is_none(), "nobody invited him through Guestlist");
    assert!(page.guests.iter().all(|g| g.id != PEDRO && g.id != OLIVIA), "their sponsors can act");
    // Every listed guest really has no sponsor who can act, by the sandbox's own state.
    {
        let state = t.sandbox.directory().read().await;
        let enabled_user = |id: &str| state.users.get(id).is_some_and(|u| u.account_enabled);
        let live = |s: &str| enabled_user(s) || state.members_of(s).any(enabled_user);
        let expected: std::collections::BTreeSet<String> = state
            .users
            .values()
            .filter(|u| u.user_type == "Guest" && u.deleted_date_time.is_none())
            .filter(|u| !state.sponsors_of(&u.id).any(live))
            .map(|u| u.id.clone())
            .collect();
        assert_eq!(page.guests.iter().map(|g| g.id.clone()).collect::<std::collections::BTreeSet<_>>(), expected);
    }

    let rafael = page.departed.iter().find(|d| d.id == RAFAEL).expect("the leaver");
    assert_eq!(rafael.guests, [(ZOE.to_string(), "Zoe Martin".to_string())]);
    assert_eq!(rafael.manager.as_ref().map(|m| m.name.as_str()), Some("Amara Diallo"));
    assert_eq!(page.empty_groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["Supplier Desk"]);
    assert_eq!(page.empty_groups[0].guests, ["Zoe Martin"]);
}

/// Who invited a guest through Guestlist is the successor when no manager can take over; a
/// higher minimum lists guests with one sponsor too.
#[tokio::test]
async fn continuity_suggests_the_inviter_and_follows_the_minimum() {
    let mut t = tenant().await;
    let marcus_upn = t.guest_upn(MARCUS).await;
    let priya = t.person("priya.natarajan@northwind.example").await;
    let entry = audit::Entry::new(AuditAction::Invite, &marcus_upn, AuditOutcome::Invited).options(&serde_json::json!({ "message": "Sales" }));
    audit::record(&t.ctx.db, &priya, entry).await.unwrap();
    let admin = t.admin().await;
    let page = sponsors::continuity(&t.ctx, &admin).await.unwrap();
    let marcus = page.guests.iter().find(|g| g.id == MARCUS).unwrap();
    let successor = marcus.successor.as_ref().expect("the inviter");
    assert_eq!(successor.id, t.id_of("priya.natarajan@northwind.example").await);
    assert_eq!(successor.why, "Invited them through Guestlist");

    let settings = InviteSettings::from_vars(|name| (name == "GUESTLIST_MIN_SPONSORS").then(|| "2".to_owned())).unwrap();
    t.ctx.settings = Arc::new(settings);
    let page = sponsors::continuity(&t.ctx, &admin).await.unwrap();
    let fatima = page.guests.iter().find(|g| g.id == FATIMA).expect("one sponsor, two expected");
    assert!(fatima.why.contains("at least 2"), "{}", fatima.why);
    assert!(page.guests.iter().all(|g| g.id != OLIVIA), "Olivia has two");
}

/// Sponsors are told a few days before an ended guest's account is deleted: once per ending, each
/// in their own language, through the outbox and the sandbox's real SMTP server, as the sandbox
/// clock moves on and the worker's "end-grace" task runs.
#[tokio::test]
async fn sponsors_hear_once_shortly_before_an_ended_guest_is_deleted() {
    let mut t = tenant().await;
    let directory = t.sandbox.directory().clone();
    t.ctx.clock = Clock::from_fn(move || directory.now());
    let smtp = sandbox::smtp::start(t.sandbox.clone()).await.unwrap();
    t.ctx.mailer = Some(services::mail::Mailer::new(&format!("smtp://{smtp}"), "Guestlist <guests@northwind.example>").unwrap());
    let jonas_id = t.id_of(JONAS).await;
    {
        let mut w = t.sandbox.directory().write().await;
        let mut jonas = w.state().users[&jonas_id].clone();
        jonas.preferred_language = Some("de-DE".into());
        w.put_user(jonas).await.unwrap();
    }
    let amara = t.person(AMARA).await;
    sponsors::end(&t.ctx, &amara, OLIVIA, true).await.unwrap().unwrap();
    let delete_on = i18n::date(i18n::Locale::En, t.ctx.clock.now() + Duration::days(14));
    assert_eq!(sponsors::warn_due(&t.ctx).await.unwrap(), 0, "the deletion is two weeks away");
    t.sandbox.directory().advance_clock(10).await.unwrap();
    assert_eq!(sponsors::warn_due(&t.ctx).await.unwrap(), 0, "four days away is not yet");
    t.sandbox.directory().advance_clock(14 - u32::try_from(sponsors::WARN_DAYS_BEFORE).unwrap() - 10).await.unwrap();

    let english = format!("Olivia Chen's account is deleted on {delete_on}");
    let german = format!("Das Konto von Olivia Chen wird am {delete_on} gelöscht");
    let received = |subject: String| {
        let sandbox = t.sandbox.clone();
        async move { sandbox.directory().read().await.mail.iter().filter(|m| m.subject == subject).map(|m| (m.to.clone(), m.body.clone())).collect::<Vec<_>>() }
    };
    let options = services::worker::WorkerOptions {
        end_grace_every: Some(std::time::Duration::from_millis(20)),
        mail_poll: std::time::Duration::from_millis(20),
        ..Default::default()
    };
    let worker = services::worker::Worker::spawn(t.ctx.clone(), services::jobs::Registry::new(), options);
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(60);
    while received(english.clone()).await.is_empty() || received(german.clone()).await.is_empty() {
        assert!(tokio::time::Instant::now() < deadline, "the worker never mailed the sponsors");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // A few more runs of the task send nothing more.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    worker.shutdown().await;
    assert_eq!(sponsors::warn_due(&t.ctx).await.unwrap(), 0, "once");
    let to_amara = received(english).await;
    assert_eq!(to_amara.len(), 1, "{to_amara:?}");
    assert_eq!(to_amara[0].0, AMARA);
    assert!(to_amara[0].1.contains("Amara Diallo ended the access of Olivia Chen") && to_amara[0].1.contains("/my-guests"), "{}", to_amara[0].1);
    let to_jonas = received(german).await;
    assert_eq!(to_jonas.iter().map(|(to, _)| to.as_str()).collect::<Vec<_>>(), [JONAS], "in his language");
    assert_eq!(t.enabled(OLIVIA).await, Some(false), "not deleted yet");
    let queued = t.audit().await.into_iter().filter(|e| e.action == AuditAction::EndGuestAccess && e.outcome == AuditOutcome::Queued).count();
    assert_eq!(queued, 3, "the ending's own mail to Jonas, then one reminder each");

    // Undone and ended again: a new ending, a new reminder when its deletion nears.
    sponsors::undo_end(&t.ctx, &amara, OLIVIA).await.unwrap().unwrap();
    sponsors::end(&t.ctx, &amara, OLIVIA, true).await.unwrap().unwrap();
    assert_eq!(sponsors::warn_due(&t.ctx).await.unwrap(), 0);
    t.sandbox.directory().advance_clock(12).await.unwrap();
    assert_eq!(sponsors::warn_due(&t.ctx).await.unwrap(), 1);
}

/// Handing a leaver's guest to their manager through the Guests page's selection and job adds
/// the manager and removes the leaver, never leaving the guest without a sponsor.
#[tokio::test]
async fn a_hand_over_adds_the_successor_and_removes_the_leaver() {
    use services::guests::selection::{self, SelectionRequest};
    let t = tenant().await;
    let admin = t.admin().await;
    let amara_id = t.id_of(AMARA).await;
    let sponsor = format!("user:{amara_id}");
    let replace = format!("user:{RAFAEL}");
    let request = SelectionRequest::from_pairs([("ids", ZOE), ("action", "add_sponsor"), ("sponsor", sponsor.as_str()), ("replace", replace.as_str())], i18n::Locale::En).unwrap();
    let preview = selection::preview(&t.ctx, &admin, &request).await.unwrap();
    assert_eq!(preview.replace.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Rafael Costa"]);
    assert_eq!(preview.change.len(), 1, "{:?}", preview.skipped);
    selection::confirm(&t.ctx, &admin, &preview.id).await.unwrap();
    let runner = services::jobs::Runner::new(t.ctx.clone(), services::jobs::Registry::guestlist(), "test", std::time::Duration::from_secs(60));
    assert_eq!(runner.run_due(2).await.unwrap(), 1);
    let now = t.sponsors_of(ZOE).await;
    assert!(now.contains(&amara_id) && !now.iter().any(|s| s == RAFAEL), "{now:?}");
    assert_eq!(now.len(), 2, "Amara and the Supplier Desk group: {now:?}");
    let changed: Vec<AuditAction> = t.audit().await.iter().rev().filter(|e| e.outcome == AuditOutcome::Changed).map(|e| e.action).collect();
    assert_eq!(changed, [AuditAction::AddSponsor, AuditAction::RemoveSponsor], "added first, then removed");
    let told = t.audit().await.into_iter().filter(|e| e.action == AuditAction::AddSponsor && e.outcome == AuditOutcome::Queued).collect::<Vec<_>>();
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].options.contains(AMARA) && told[0].options.contains("You now sponsor Zoe Martin"), "{:?}", told[0].options);

    // Again: nothing left to hand over.
    let again = selection::preview(&t.ctx, &admin, &request).await.unwrap();
    assert_eq!(again.skipped.iter().map(|g| g.skipped.as_deref()).collect::<Vec<_>>(), [Some("Already has this sponsor.")]);

    // At Microsoft's limit of five, the leaver makes room first.
    let pedro: ObjectId = PEDRO.parse().unwrap();
    let others = [JONAS, SOFIA, KENJI, GRACE];
    for upn in others {
        t.ctx.app().add_sponsor(&UserRef::Id(pedro), Sponsor::User(t.id_of(upn).await.parse().unwrap())).await.unwrap();
    }
    let before = t.sponsors_of(PEDRO).await;
    assert_eq!(before.len(), 5, "{before:?}");
    let leaver = t.id_of(KENJI).await;
    let successor = format!("user:{}", t.id_of("priya.natarajan@northwind.example").await);
    let replace = format!("user:{leaver}");
    let full = SelectionRequest::from_pairs([("ids", PEDRO), ("action", "add_sponsor"), ("sponsor", successor.as_str()), ("replace", replace.as_str())], i18n::Locale::En).unwrap();
    let preview = selection::preview(&t.ctx, &admin, &full).await.unwrap();
    assert_eq!(preview.change.len(), 1, "{:?}", preview.skipped);
    selection::confirm(&t.ctx, &admin, &preview.id).await.unwrap();
    assert_eq!(runner.run_due(2).await.unwrap(), 1);
    let after = t.sponsors_of(PEDRO).await;
    assert_eq!(after.len(), 5, "{after:?}");
    assert!(!after.contains(&leaver) && after.contains(&successor["user:".len()..].to_owned()), "{after:?}");
}
