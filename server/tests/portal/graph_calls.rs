//! Every list and details page costs at most two Graph requests, counted where Graph answers
//! (the issuer's sandbox, in front of a portal configured for a real tenant): pages ask Graph
//! for what they show with `$select`, `$expand` and `$batch`, never once per row.

use reqwest::StatusCode;

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const AMARA: &str = "amara.diallo@northwind.example";
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd";
/// Requests per page view that a list or details page may make.
const MOST: usize = 2;

/// Views each page and returns those that made more Graph requests than allowed, with them.
async fn over_budget(s: &mut Session, calls: &GraphCalls, pages: &[String]) -> Vec<(String, Vec<String>)> {
    let mut over = Vec::new();
    for page in pages {
        calls.take();
        let (status, html) = s.read(page).await;
        assert_eq!(status, StatusCode::OK, "{page}: {html}");
        let made = calls.take();
        if made.len() > MOST {
            over.push((page.clone(), made));
        }
    }
    over
}

#[tokio::test]
async fn no_list_or_details_page_makes_more_than_two_graph_requests() {
    let calls = GraphCalls::default();
    let portal = portal_with_issuer(Issuer::Recording(calls.clone()), None).await;
    let (amara_id, olivia_upn) = {
        let directory = portal.sandbox.directory();
        let state = directory.read().await;
        let amara = state.users.values().find(|u| u.user_principal_name == AMARA).expect("Amara is in the seed");
        (amara.id.clone(), state.users[OLIVIA].user_principal_name.clone())
    };

    // An admin's pages, with a campaign so that its details page has reviewers to show.
    let mut s = signed_in(portal, GRACE).await;
    let ends = (s.portal.sandbox.directory().now() + chrono::Duration::days(10)).format("%Y-%m-%d").to_string();
    let form = [("form[name]", "Fabrikam 2027"), ("form[scope]", "domain"), ("form[value]", "fabrikam.example"), ("form[ends]", ends.as_str()), ("form[unreviewed]", "no_change")];
    let (campaign, _) = s.submit("/reviews", "reviews/start", &form).await;
    let admin_pages = [
        "/",
        "/directory",
        "/directory?q=amara",
        &format!("/directory/{OLIVIA}"),
        &format!("/directory/{amara_id}"),
        "/guests",
        "/guests?q=fabrikam",
        "/guests?status=pending",
        &format!("/guests/{OLIVIA}"),
        "/guests/deleted",
        "/dashboard",
        "/sponsors/continuity",
        "/reviews",
        &campaign,
        "/reviews/rules",
        "/approvals",
        "/my-requests",
        "/audit",
    ]
    .map(String::from);
    let mut over = over_budget(&mut s, &calls, &admin_pages).await;

    // A sponsor's pages.
    let mut s = signed_in(s.portal, AMARA).await;
    over.extend(over_budget(&mut s, &calls, &["/".into(), "/my-guests".into(), "/my-requests".into()]).await);

    // A guest's own page.
    let mut s = signed_in(s.portal, &olivia_upn).await;
    over.extend(over_budget(&mut s, &calls, &["/".into(), "/my-access".into()]).await);

    assert!(over.is_empty(), "pages over {MOST} Graph requests a view:\n{over:#?}");
}
