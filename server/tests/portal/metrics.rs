//! `/metrics`: requests counted by route template, Graph calls by resource, the backlog gauges,
//! Prometheus' text format, and the token. Every portal of this test process shares one recorder,
//! so counters are compared before and after (other tests add to them meanwhile).
//! (Refusing callers from other machines is tested in `server::prometheus`: tests call from loopback.)

use std::collections::BTreeMap;

use reqwest::StatusCode;

use crate::common::*;

const GRACE: &str = "grace.okafor@northwind.example";

/// One sample line: its name, labels and value.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// The samples of a Prometheus text exposition; panics on a line that is not `# …`, blank, or
/// `name{label="value",…} value`.
fn parse(text: &str) -> Vec<Sample> {
    let lines = text.lines().filter(|line| !line.is_empty() && !line.starts_with('#'));
    lines.map(|line| parse_sample(line).unwrap_or_else(|| panic!("not a Prometheus sample line: {line:?}"))).collect()
}

fn parse_sample(line: &str) -> Option<Sample> {
    let name_end = line.find(['{', ' '])?;
    let name = &line[..name_end];
    let valid_name = name.chars().enumerate().all(|(i, c)| c.is_ascii_alphabetic() || c == '_' || c == ':' || (i > 0 && c.is_ascii_digit()));
    if name.is_empty() || !valid_name {
        return None;
    }
    let mut labels = BTreeMap::new();
    let mut rest = &line[name_end..];
    if let Some(mut inside) = rest.strip_prefix('{') {
        loop {
            if let Some(after) = inside.strip_prefix('}') {
                rest = after;
                break;
            }
            let (key, after) = inside.split_once("=\"")?;
            let (value, after) = quoted(after)?;
            labels.insert(key.trim_start_matches(',').to_owned(), value);
            inside = after;
        }
    }
    let value = match rest.strip_prefix(' ')? {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        number => number.parse().ok()?,
    };
    Some(Sample { name: name.to_owned(), labels, value })
}

/// A label value up to its closing quote, unescaped, and what follows the quote.
fn quoted(text: &str) -> Option<(String, &str)> {
    let mut value = String::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((value, &text[i + 1..])),
            '\\' => value.push(match chars.next()?.1 {
                'n' => '\n',
                other => other,
            }),
            c => value.push(c),
        }
    }
    None
}

/// The sum of the samples named `name` with all of `labels`.
fn total(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
    let matches = |s: &&Sample| s.name == name && labels.iter().all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v));
    samples.iter().filter(matches).map(|s| s.value).sum()
}

async fn scrape(portal: &TestPortal, token: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("{}/metrics", portal.base));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

async fn samples(portal: &TestPortal) -> Vec<Sample> {
    let response = scrape(portal, None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(content_type.starts_with("text/plain; version=0.0.4"), "{content_type}");
    parse(&response.text().await.unwrap())
}

#[tokio::test]
async fn a_page_view_is_counted_under_its_route_template_with_its_graph_calls() {
    let mut admin = signed_in(sandbox_portal().await, GRACE).await;
    let id = admin.portal.sandbox.directory().read().await.users.values().find(|u| u.user_type == "Guest").expect("a seeded guest").id.clone();
    let page = [("method", "GET"), ("route", "/directory/{id}"), ("status", "200")];
    let users = [("resource", "users"), ("status", "200")];

    let before = samples(&admin.portal).await;
    let (status, _) = admin.page(&format!("/directory/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let response = scrape(&admin.portal, None).await;
    let text = response.text().await.unwrap();
    let after = parse(&text);

    assert!(total(&after, "guestlist_http_requests_total", &page) >= total(&before, "guestlist_http_requests_total", &page) + 1.0);
    let timed = [("method", "GET"), ("route", "/directory/{id}")];
    assert!(total(&after, "guestlist_http_request_duration_seconds_count", &timed) >= 1.0);
    assert!(!text.contains(&id), "paths are counted by template, never with the ids in them");
    assert!(total(&after, "guestlist_graph_requests_total", &users) >= total(&before, "guestlist_graph_requests_total", &users) + 1.0);
    assert!(total(&after, "guestlist_graph_request_duration_seconds_count", &[("resource", "users")]) >= 1.0);
    for state in ["pending", "in_flight", "done", "failed", "cancelled"] {
        assert!(after.iter().any(|s| s.name == "guestlist_job_rows" && s.labels["state"] == state), "job rows {state}");
    }
    assert!(after.iter().any(|s| s.name == "guestlist_outbox_depth"));

    let unknown = admin.browser.get(&format!("{}/no/such/{id}", admin.portal.base)).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let text = scrape(&admin.portal, None).await.text().await.unwrap();
    assert!(total(&parse(&text), "guestlist_http_requests_total", &[("route", "unmatched"), ("status", "404")]) >= 1.0);
    assert!(!text.contains(&id), "unmatched paths are not labels");
}

#[tokio::test]
async fn with_a_token_set_callers_need_it() {
    let portal = sandbox_portal_with(|config| config.metrics_token = Some("correct horse".into())).await;
    for token in [None, Some("wrong horse"), Some("correct hors")] {
        let response = scrape(&portal, token).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{token:?}");
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        assert_eq!(response.text().await.unwrap(), "A valid bearer token is required.\n");
    }
    let response = scrape(&portal, Some("correct horse")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(parse(&response.text().await.unwrap()).iter().any(|s| s.name == "guestlist_outbox_depth"));
}

#[test]
fn the_parser_reads_samples_and_refuses_other_lines() {
    let samples = parse("# HELP x y\n# TYPE x counter\nx_total{a=\"1\",b=\"q\\\"uote, and more\"} 3\nup 1\nh_bucket{le=\"+Inf\"} +Inf\n");
    assert_eq!(samples.len(), 3);
    assert_eq!(samples[0].labels["b"], "q\"uote, and more");
    assert_eq!(total(&samples, "x_total", &[("a", "1")]), 3.0);
    assert!(parse_sample("x_total{a=1} 3").is_none());
    assert!(parse_sample("x_total 3 extra").is_none());
    assert!(parse_sample("9x 3").is_none());
}
