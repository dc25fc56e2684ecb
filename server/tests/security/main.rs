//! The security suite: every route as every role, cross-site requests, open redirects, injection
//! and stored script, and the security headers — over real HTTP against a real portal on the
//! sandbox tenant.

#[allow(dead_code, unused_macros, unused_imports)]
#[path = "../portal/common.rs"]
mod common;

mod access;
mod cross_site;
mod headers;
mod injection;
mod isolation;
mod redirects;

use common::{Browser, TestPortal};

/// A server function called as a page's script calls it (no redirect): its status and body.
async fn call(browser: &mut Browser, portal: &TestPortal, endpoint: &str, form: &[(&str, &str)]) -> (reqwest::StatusCode, String) {
    let form: Vec<(String, String)> = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let response = browser.post_form(&format!("{}/api/{endpoint}", portal.base), &form, &[("origin", portal.base.as_str())]).await;
    (response.status(), response.text().await.unwrap())
}
