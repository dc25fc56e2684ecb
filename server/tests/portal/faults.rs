//! When Graph misbehaves: every page of every role, with the sandbox throttling every request
//! (429 storms with Retry-After), failing (500, 502, 503, 504), stalling each request for 10 s,
//! dropping every connection, or answering only after a few failures. Each page answers within
//! twice the Graph budget (a page makes at most two Graph calls in turn, each ending within the
//! budget), never with a crash: with what it shows, or with a message that says what happened and
//! what to do. Actions under the same faults end in their result or such a message, and a change
//! Graph made before the connection was lost is shown and audited, never made twice.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use sandbox::graph::FaultPlan;
use services::audit::{AuditAction, AuditOutcome};

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";
const LUKAS: &str = "lukas.becker@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";

/// The Graph budget of the test portals: short, so that the suite stays quick; the bound on a
/// page is the same multiple of it whatever it is set to.
const BUDGET: Duration = Duration::from_secs(2);
/// What a page may take at most: two Graph calls in turn, and the portal's own time.
const BOUND: Duration = Duration::from_millis(2 * 2_000 + 1_500);

/// What people are told when Graph does not answer as it should: each says what happened and
/// what to do.
const MESSAGES: [&str; 4] = [
    "Microsoft Entra is busy with too many requests. Please wait a minute and try again.",
    "Microsoft Entra had a temporary problem. Please try again in a moment.",
    "Microsoft did not answer in time. Please try again in a moment.",
    "Microsoft could not be reached. Check the network and try again.",
];

/// Graph, failing for as long as the test lasts.
fn for_good(plan: FaultPlan) -> FaultPlan {
    FaultPlan { count: u32::MAX, ..plan }
}

fn status(status: u16) -> FaultPlan {
    FaultPlan { status: Some(status), count: 1, ..FaultPlan::default() }
}

/// One portal with the sandbox's people signed in, each in their own browser, with the pages
/// each of them uses.
struct Everyone {
    portal: TestPortal,
    people: Vec<(Browser, Vec<String>)>,
}

async fn everyone() -> Everyone {
    let portal = sandbox_portal_with(|config| config.graph_budget = BUDGET).await;
    let olivia = portal.sandbox.directory().read().await.users[OLIVIA].user_principal_name.clone();
    let pages = |list: &[&str]| list.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    let guest = format!("/guests/{OLIVIA}");
    let person = format!("/directory/{OLIVIA}");
    let admin = pages(&[
        "/",
        "/invite",
        "/bulk-invite",
        "/directory",
        "/directory?q=amara",
        &person,
        "/convert",
        "/guests",
        "/guests?q=fabrikam",
        "/guests?status=pending",
        &guest,
        "/guests/deleted",
        "/dashboard",
        "/sponsors/continuity",
        "/reviews",
        "/reviews/rules",
        "/approvals",
        "/my-requests",
        "/audit",
        "/rules",
        "/settings",
    ]);
    let mut people = Vec::new();
    for (upn, list) in [
        (GRACE, admin),
        (PRIYA, pages(&["/", "/invite", "/bulk-invite", "/my-guests", "/my-requests"])),
        (LUKAS, pages(&["/", "/guests", &guest, "/guests?q=olivia"])),
        (AMARA, pages(&["/", "/my-guests", "/my-requests", "/invite"])),
        (olivia.as_str(), pages(&["/", "/my-access"])),
    ] {
        let mut browser = Browser::new();
        sign_in(&mut browser, &portal, upn).await;
        people.push((browser, list));
    }
    Everyone { portal, people }
}

/// Whether the page asked Graph, and how it answered under the fault if not as it should.
async fn visit(portal: &TestPortal, browser: &mut Browser, page: &str, graph_down: bool) -> (bool, Option<String>) {
    let before = portal.sandbox.faults().pending().map(|p| p.count);
    let started = Instant::now();
    let response = browser.get(&format!("{}{page}", portal.base)).await;
    let status = response.status();
    let html = unescape(&response.text().await.unwrap());
    let took = started.elapsed();
    let after = portal.sandbox.faults().pending().map(|p| p.count);
    let asked_graph = before != after;
    let told = MESSAGES.iter().any(|m| html.contains(m));
    let problem = if took > BOUND {
        format!("took {took:?}")
    } else if status == StatusCode::INTERNAL_SERVER_ERROR || !html.contains("<main") {
        format!("answered {status} without the portal's page: {}", &html[..html.len().min(300)])
    } else if graph_down && asked_graph && !told {
        format!("asked Graph ({status}) but says nothing of its failure")
    } else if !graph_down && (told || status != StatusCode::OK) {
        format!("should have succeeded after Graph's passing trouble, answered {status}")
    } else {
        return (asked_graph, None);
    };
    (asked_graph, Some(format!("{page}: {problem}")))
}

/// Every page of every role under `plan`: `graph_down` when Graph fails for as long as it lasts,
/// else its trouble passes within the budget and every page must show what it always shows.
async fn every_page_under(plan: FaultPlan, graph_down: bool) {
    let Everyone { portal, mut people } = everyone().await;
    let (mut problems, mut met_the_fault) = (Vec::new(), 0);
    for (browser, pages) in &mut people {
        for page in pages.iter() {
            portal.sandbox.faults().inject(plan.clone()).unwrap();
            let (asked_graph, problem) = visit(&portal, browser, page, graph_down).await;
            met_the_fault += usize::from(asked_graph);
            problems.extend(problem);
        }
    }
    assert!(problems.is_empty(), "under {plan:?}:\n{}", problems.join("\n"));
    // Most pages show what Graph says: the suite is not passing by never reaching Graph.
    assert!(met_the_fault >= 20, "only {met_the_fault} pages met {plan:?}");
}

#[tokio::test]
async fn every_page_answers_in_time_and_in_plain_words_during_a_429_storm() {
    every_page_under(for_good(FaultPlan { retry_after: Some(1), ..status(429) }), true).await;
}

#[tokio::test]
async fn every_page_answers_in_time_and_in_plain_words_while_graph_fails() {
    for code in [500, 502, 503, 504] {
        every_page_under(for_good(status(code)), true).await;
    }
}

#[tokio::test]
async fn every_page_answers_in_time_while_each_graph_request_stalls_for_ten_seconds() {
    every_page_under(for_good(FaultPlan { delay_ms: Some(10_000), count: 1, ..FaultPlan::default() }), true).await;
}

#[tokio::test]
async fn every_page_answers_in_time_and_in_plain_words_while_graph_is_down() {
    every_page_under(for_good(FaultPlan { drop_connection: true, count: 1, ..FaultPlan::default() }), true).await;
}

#[tokio::test]
async fn every_page_shows_what_it_always_shows_when_graphs_trouble_passes_within_the_budget() {
    // One throttled answer, one failure, one lost connection: each retried, the page complete.
    every_page_under(FaultPlan { retry_after: Some(0), ..status(429) }, false).await;
    every_page_under(status(503), false).await;
    every_page_under(FaultPlan { drop_connection: true, count: 1, ..FaultPlan::default() }, false).await;
}

fn invite_form(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("form[email]", email.to_owned()),
        ("form[display_name]", "Noor Haddad (Fabrikam)".to_owned()),
        ("form[language]", "en-US".to_owned()),
        ("form[redirect_url]", "https://myapps.microsoft.com/".to_owned()),
    ]
}

async fn invite(s: &mut Session, email: &str) -> (String, String, Duration) {
    let form = invite_form(email);
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let started = Instant::now();
    let (path, html) = s.submit("/invite", "invite/send", &fields).await;
    (path, html, started.elapsed())
}

async fn guests_with_mail(s: &Session, address: &str) -> usize {
    let state = s.portal.sandbox.directory().read().await;
    state.users.values().filter(|u| u.mail.as_deref() == Some(address)).count()
}

async fn audit(s: &Session) -> Vec<services::audit::AuditEvent> {
    services::audit::list(&s.portal.ctx.db, &services::Actor::operator(), &Default::default()).await.unwrap()
}

#[tokio::test]
async fn an_invitation_whose_answer_was_lost_is_shown_as_sent_and_audited_never_sent_twice() {
    let portal = sandbox_portal_with(|config| config.graph_budget = BUDGET).await;
    let mut s = signed_in(portal, GRACE).await;
    // Graph creates the guest, then the connection drops before its answer arrives.
    let lost = FaultPlan { drop_connection: true, after_handling: true, count: 1, path: Some("/invitations".into()), ..FaultPlan::default() };
    s.portal.sandbox.faults().inject(lost).unwrap();
    let (path, html, took) = invite(&mut s, "noor.haddad@fabrikam.example").await;
    assert!(took < BOUND * 2, "{took:?}");
    assert!(s.portal.sandbox.faults().pending().is_none(), "the invitation met the fault");
    assert_eq!(path, "/invite/done", "{html}");
    assert!(html.contains("Microsoft did not confirm the invitation"), "the page says what happened: {html}");
    assert_eq!(guests_with_mail(&s, "noor.haddad@fabrikam.example").await, 1, "invited once");
    let event = audit(&s).await.into_iter().find(|e| e.action == AuditAction::Invite).expect("the invitation is audited");
    assert_eq!((event.target.as_str(), event.outcome), ("noor.haddad@fabrikam.example", AuditOutcome::Invited));
}

#[tokio::test]
async fn while_graph_is_down_an_invitation_says_so_keeps_the_form_and_nothing_is_sent() {
    let portal = sandbox_portal_with(|config| config.graph_budget = BUDGET).await;
    let mut s = signed_in(portal, GRACE).await;
    s.portal.sandbox.faults().inject(for_good(FaultPlan { drop_connection: true, count: 1, ..FaultPlan::default() })).unwrap();
    let (path, html, took) = invite(&mut s, "noor.haddad@fabrikam.example").await;
    assert!(took < BOUND * 2, "{took:?}");
    assert_eq!(path, "/invite", "back to the form: {html}");
    assert!(MESSAGES.iter().any(|m| html.contains(m)), "{html}");
    assert!(html.contains("noor.haddad@fabrikam.example") && html.contains("Noor Haddad (Fabrikam)"), "the form keeps what was typed");
    s.portal.sandbox.faults().clear();
    assert_eq!(guests_with_mail(&s, "noor.haddad@fabrikam.example").await, 0);
    let events = audit(&s).await;
    assert!(events.iter().all(|e| e.outcome != AuditOutcome::Invited), "{events:?}");
}

#[tokio::test]
async fn while_graph_is_down_a_sponsors_decision_says_so_and_changes_nothing() {
    let portal = sandbox_portal_with(|config| config.graph_budget = BUDGET).await;
    let mut s = signed_in(portal, AMARA).await;
    s.portal.sandbox.faults().inject(for_good(status(503))).unwrap();
    let until = (chrono::Utc::now() + chrono::Duration::days(60)).format("%Y-%m-%d").to_string();
    let started = Instant::now();
    // A plain form POST: answered with a redirect back to the page, never a bare error.
    let path = s.post_from("/my-guests", "my-guests/extend", &[("user_id", OLIVIA), ("until", &until)]).await;
    assert!(started.elapsed() < BOUND * 2, "{:?}", started.elapsed());
    assert!(path.starts_with("/my-guests?"), "{path}");
    let (status, html) = s.read(&path).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "the page itself needs Graph too");
    assert!(MESSAGES.iter().any(|m| html.contains(m)) && html.contains("<h1>My guests</h1>"), "{html}");
    // Graph is back: nothing was extended.
    s.portal.sandbox.faults().clear();
    let (_, html) = s.read("/my-guests").await;
    assert!(html.contains("Olivia Chen") && !html.contains("access now runs until"), "{html}");
    let events = audit(&s).await;
    assert!(events.iter().all(|e| e.outcome != AuditOutcome::Changed), "{events:?}");
}
