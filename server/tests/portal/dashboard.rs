//! The Dashboard (the administrators' home page) and Recently deleted guests over HTTP without
//! JavaScript: what administrators see and do, and that everyone else is refused.

use graph::UserRef;
use reqwest::StatusCode;

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";
const LUKAS: &str = "lukas.becker@northwind.example";

#[tokio::test]
async fn the_admins_home_is_the_dashboard_with_accessible_charts_whose_figures_link_to_the_list() {
    let portal = sandbox_portal().await;
    // What the worker does in the background, done here at once.
    let figures = services::guests::dashboard::refresh(&portal.ctx, "test-worker").await.unwrap().unwrap();
    let mut grace = signed_in(portal, GRACE).await;
    for path in ["/", "/dashboard"] {
        let (status, html) = grace.page(path).await;
        assert_eq!(status, StatusCode::OK, "{html}");
        let html = unescape(&html);
        assert!(html.contains("Right now") && html.contains("Figures from less than a minute ago"), "{html}");
        // Each chart: an image named by its title and described, and its data as a table.
        assert!(html.contains(r#"<svg role="img" aria-labelledby="by-status-title by-status-desc""#), "{html}");
        assert!(html.contains(r#"<title id="by-status-title">External users by status</title>"#), "{html}");
        assert!(html.contains(r#"<desc id="by-status-desc">How many of the "#), "{html}");
        assert!(html.contains("<summary>The figures of “External users by status” as a table</summary>"), "{html}");
        assert!(html.contains("<caption>Top 10 e-mail domains</caption>"), "{html}");
        // Counts are links to the list filtered to exactly those people.
        let (domain, count) = &figures.by_domain[0];
        assert!(html.contains(&format!(r#"<a href="/guests?domain={domain}">{count}</a>"#)), "{html}");
        let without = format!(r#"<a href="/guests?no_sponsor=yes" class="figure"><span class="figure-count">{}</span>"#, figures.without_sponsor);
        assert!(html.contains(&without), "{html}");
        assert!(html.contains(r#"<a href="/guests?status=pending&pending_days=30" class="figure">"#), "{html}");
        assert!(html.contains(r#"<a href="/guests?status=active">"#), "{html}");
    }

    // "Refresh the figures now": a plain POST, back to the Dashboard, which says it is on its way.
    let to = grace.post_from("/dashboard", "dashboard/refresh", &[]).await;
    assert_eq!(to, "/dashboard");
    let (_, html) = grace.page("/dashboard").await;
    let html = unescape(&html);
    assert!(html.contains("New figures are on their way"), "{html}");
    assert!(html.contains("New figures were asked for by Grace Okafor"), "{html}");
}

#[tokio::test]
async fn the_dashboard_is_for_administrators_only_and_other_homes_stay_as_they_were() {
    let mut lukas = signed_in(sandbox_portal().await, LUKAS).await;
    let (status, html) = lukas.page("/dashboard").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(html.contains("This needs the Administrator role"), "{html}");
    let (status, html) = lukas.page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Your roles") && !html.contains("Right now"), "{html}");
    let url = format!("{}/api/dashboard/refresh", lukas.portal.base);
    let response = lukas.browser.post_form(&url, &[], &[("accept", "application/json")]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(services::guests::dashboard::load(&lukas.portal.ctx.db).await.unwrap().requested_at, None);
}

#[tokio::test]
async fn admins_restore_a_deleted_guest_and_delete_another_for_good_after_confirming() {
    let portal = sandbox_portal().await;
    let guests: Vec<(String, String)> = {
        let state = portal.sandbox.directory().read().await;
        let mut guests = state.users.values().filter(|u| u.is_guest() && u.mail.is_some()).map(|u| (u.id.clone(), u.display_name.clone()));
        vec![guests.next().unwrap(), guests.next().unwrap()]
    };
    for (id, _) in &guests {
        portal.ctx.app().delete_user(&UserRef::Id(id.parse().unwrap())).await.unwrap();
    }
    let mut grace = signed_in(portal, GRACE).await;
    let (status, html) = grace.page("/guests/deleted").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let html = unescape(&html);
    let (kept, kept_name) = &guests[0];
    let (gone, gone_name) = &guests[1];
    assert!(html.contains(&format!("Restore {kept_name}")) && html.contains("(30 days left)"), "{html}");
    assert!(html.contains(&format!(r#"href="/guests/deleted/{gone}""#)), "{html}");

    let to = grace.post_from("/guests/deleted", "guests/deleted/restore", &[("user_id", kept)]).await;
    assert_eq!(to, "/guests/deleted");
    let (_, html) = grace.page("/guests/deleted").await;
    let html = unescape(&html);
    assert!(html.contains(&format!("{kept_name} (")) && html.contains("is restored") && html.contains("group memberships"), "{html}");
    assert!(!html.contains(&format!("Restore {kept_name}")), "restored, so no longer listed: {html}");
    assert!(grace.portal.sandbox.directory().read().await.users.contains_key(kept));

    // Delete for good: the page says it cannot be undone; without the tick nothing happens.
    let page = format!("/guests/deleted/{gone}");
    let (status, html) = grace.page(&page).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let html = unescape(&html);
    assert!(html.contains("This cannot be undone") && html.contains(&format!("Delete {gone_name} for good")), "{html}");
    assert!(html.contains(r#"<label for="confirm">I understand this cannot be undone</label>"#), "{html}");
    let to = grace.post_from(&page, "guests/deleted/purge", &[("user_id", gone)]).await;
    assert_eq!(to, page, "refused: back to the page");
    let (_, html) = grace.page(&page).await;
    assert!(unescape(&html).contains("was not deleted: tick"), "{html}");
    let now = grace.portal.sandbox.directory().now();
    assert!(grace.portal.sandbox.directory().read().await.deleted_user(gone, now).is_some());
    let to = grace.post_from(&page, "guests/deleted/purge", &[("user_id", gone), ("confirm", "on")]).await;
    assert_eq!(to, "/guests/deleted");
    let (_, html) = grace.page("/guests/deleted").await;
    assert!(unescape(&html).contains("is deleted for good"), "{html}");
    assert!(grace.portal.sandbox.directory().read().await.deleted_user(gone, now).is_none());
    let (status, _) = grace.page(&page).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "gone for good");

    // Anyone else is refused, whatever they send.
    let mut lukas = Session { portal: grace.portal, browser: Browser::new() };
    sign_in(&mut lukas.browser, &lukas.portal, LUKAS).await;
    let (status, _) = lukas.page("/guests/deleted").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let url = format!("{}/api/guests/deleted/restore", lukas.portal.base);
    let response = lukas.browser.post_form(&url, &[("user_id".into(), kept.clone())], &[("accept", "application/json")]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
