//! Injected faults over HTTP: the `/_sandbox/faults` control and what Graph callers then see.

mod graph_support;

use graph_support::*;
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn control(h: &Harness, method: reqwest::Method, body: Option<Value>) -> (StatusCode, Value) {
    let mut request = h.http.request(method, format!("{}/_sandbox/faults", h.base));
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.json().await.unwrap())
}

#[tokio::test]
async fn the_next_requests_fail_with_graph_envelopes_then_recover() {
    let h = start(false).await;
    let token = h.app_token().await;
    let (status, body) =
        control(&h, reqwest::Method::POST, Some(json!({"status": 503, "count": 2, "retryAfter": 3}))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["pending"], json!({"status": 503, "count": 2, "retryAfter": 3}));

    let failed = h.get("users?$top=1", &token).await;
    failed.error(StatusCode::SERVICE_UNAVAILABLE, "serviceNotAvailable");
    assert_eq!(failed.headers["retry-after"], "3");
    // Before the token is even looked at, as Graph's front end.
    h.get("users?$top=1", "not-a-token").await.error(StatusCode::SERVICE_UNAVAILABLE, "serviceNotAvailable");
    let (_, body) = control(&h, reqwest::Method::GET, None).await;
    assert_eq!(body["pending"], Value::Null);
    h.get("users?$top=1", &token).await.ok(StatusCode::OK);

    control(&h, reqwest::Method::POST, Some(json!({"status": 504, "count": 5}))).await;
    let failed = h.get("me", &token).await;
    failed.error(StatusCode::GATEWAY_TIMEOUT, "GatewayTimeout");
    assert!(failed.headers.get("retry-after").is_none());
    let (_, body) = control(&h, reqwest::Method::DELETE, None).await;
    assert_eq!(body["pending"], Value::Null);
    h.get("users?$top=1", &token).await.ok(StatusCode::OK);
}

#[tokio::test]
async fn throttling_storms_and_dropped_connections_as_graph_callers_meet_them() {
    let h = start(false).await;
    let token = h.app_token().await;
    control(&h, reqwest::Method::POST, Some(json!({"status": 429, "count": 2, "retryAfter": 7}))).await;
    let throttled = h.get("users?$top=1", &token).await;
    throttled.error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests");
    assert_eq!(throttled.headers["retry-after"], "7");
    h.get("users?$top=1", &token).await.error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests");
    h.get("users?$top=1", &token).await.ok(StatusCode::OK);

    // No answer at all: the caller's connection is reset before a body arrives.
    control(&h, reqwest::Method::POST, Some(json!({"dropConnection": true, "count": 1}))).await;
    let url = format!("{}/_sandbox/graph/v1.0/users?$top=1", h.base);
    let lost = match h.http.get(&url).bearer_auth(&token).send().await {
        Ok(response) => response.bytes().await.map(|_| ()),
        Err(error) => Err(error),
    };
    assert!(lost.is_err(), "the answer was lost");
    h.get("users?$top=1", &token).await.ok(StatusCode::OK);
}

#[tokio::test]
async fn bad_plans_are_refused_in_plain_words() {
    let h = start(false).await;
    for (plan, words) in [
        (json!({"status": 418, "count": 1}), "use 403, 429, 500, 502, 503 or 504"),
        (json!({"count": 1}), "needs a status, a delayMs or dropConnection"),
        (json!({"status": 503, "dropConnection": true, "count": 1}), "a dropped connection has no status"),
        (json!({"status": 503, "count": 0}), "at least 1"),
        (json!({"status": 503, "count": 1, "colour": "red"}), "unknown field"),
    ] {
        let (status, body) = control(&h, reqwest::Method::POST, Some(plan.clone())).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{plan}");
        assert!(body["error"].as_str().unwrap().contains(words), "{plan}: {body}");
    }
    assert_eq!(h.sandbox.faults().pending(), None);
}
