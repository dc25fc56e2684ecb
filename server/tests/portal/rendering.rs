//! Page rendering under the conditions of this test suite: many portals in one process.

use crate::common::*;

/// Pages keep rendering while other portals start in the same process. Starting a portal used to
/// generate Leptos' route list, which sets a process-wide flag that left a page's data loading
/// forever if it began meanwhile (leptos#4773): about 1 page in 250 here, and the suite's
/// intermittent one-minute hangs.
#[tokio::test]
async fn pages_render_while_other_portals_start_in_the_same_process() {
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, "grace.okafor@northwind.example").await;
    let cookie = format!("guestlist_session={}", browser.session_cookie().unwrap());
    // Other portals start on another thread meanwhile, each in its own runtime like a test.
    let starting = std::thread::spawn(|| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            for _ in 0..60 {
                drop(sandbox_portal().await);
            }
        })
    });
    let http = reqwest::Client::builder().timeout(std::time::Duration::from_secs(10)).build().unwrap();
    let starting = std::sync::Arc::new(starting);
    let mut requesters = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let (http, cookie, url, starting) = (http.clone(), cookie.clone(), format!("{}/invite", portal.base), starting.clone());
        requesters.spawn(async move {
            let (mut pages, mut hung) = (0, 0);
            while !starting.is_finished() {
                let answer = http.get(&url).header("cookie", &cookie).header("accept", "text/html").send().await;
                pages += 1;
                if answer.is_err() {
                    hung += 1;
                }
            }
            (pages, hung)
        });
    }
    let (pages, hung) = requesters.join_all().await.into_iter().fold((0, 0), |(p, h), (p2, h2)| (p + p2, h + h2));
    let starting = std::sync::Arc::into_inner(starting).unwrap();
    starting.join().unwrap();
    assert!(pages > 5);
    assert_eq!(hung, 0, "{hung} of {pages} pages never finished");
}

/// Only pages with islands (interactive parts) load the browser bundle: the others are their
/// HTML and styles alone, whoever views them.
#[tokio::test]
async fn only_pages_with_islands_load_the_browser_bundle() {
    const BUNDLE: &str = "/pkg/guestlist.wasm";
    let portal = sandbox_portal().await;
    let mut browser = Browser::new();
    let front = browser.get(&format!("{}/", portal.base)).await.text().await.unwrap();
    assert!(front.contains("Sign in") && !front.contains(BUNDLE), "{front}");
    let mut s = signed_in(portal, "grace.okafor@northwind.example").await;
    for plain in ["/", "/guests", "/directory", "/audit", "/settings"] {
        let (_, html) = s.page(plain).await;
        assert!(!html.contains(BUNDLE) && !html.contains("<leptos-island"), "{plain} loads the bundle");
    }
    let (_, invite) = s.page("/invite").await;
    assert!(invite.contains("<leptos-island") && invite.matches(BUNDLE).count() == 1, "the Invite form is live, its script once: {invite}");
}
