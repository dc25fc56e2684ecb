//! JSON `$batch` (graph-b2b.md §5): up to 20 requests with unique ids and `dependsOn`, each
//! dispatched through the same Graph router in-process, so every rule (auth, permissions,
//! throttling, errors) applies to each request on its own.

use std::collections::HashMap;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Request};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};
use tower::ServiceExt;

use super::{json_body, Ctx, GraphError};

pub const MAX_REQUESTS: usize = 20;

struct Step {
    id: String,
    method: Method,
    url: String,
    headers: Map<String, Value>,
    body: Option<Value>,
    depends_on: Vec<String>,
}

fn parse(body: &Map<String, Value>) -> Result<Vec<Step>, GraphError> {
    let bad = |m: &str| GraphError::invalid(m.to_string());
    let requests = body.get("requests").and_then(Value::as_array).ok_or_else(|| bad("Invalid batch payload format: 'requests' is missing."))?;
    if requests.is_empty() {
        return Err(bad("The batch request must contain at least one request."));
    }
    if requests.len() > MAX_REQUESTS {
        return Err(bad("Number of batch request steps exceeds the maximum of 20."));
    }
    let mut steps: Vec<Step> = Vec::new();
    for r in requests {
        let text = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_string);
        let id = text("id").ok_or_else(|| bad("Each batch request needs an 'id'."))?;
        if steps.iter().any(|s| s.id == id) {
            return Err(bad("Batch request contains duplicate Id."));
        }
        let method = text("method")
            .and_then(|m| Method::from_bytes(m.to_ascii_uppercase().as_bytes()).ok())
            .ok_or_else(|| bad("Each batch request needs a valid 'method'."))?;
        let url = text("url").ok_or_else(|| bad("Each batch request needs a relative 'url'."))?;
        if url.contains("://") || url.trim_start_matches('/').starts_with("$batch") {
            return Err(bad("Batch request urls must be relative to the Graph version and may not be another $batch."));
        }
        let headers = r.get("headers").and_then(Value::as_object).cloned().unwrap_or_default();
        let body = r.get("body").filter(|b| !b.is_null()).cloned();
        if body.is_some() && !headers.keys().any(|k| k.eq_ignore_ascii_case("content-type")) {
            return Err(bad("Content-Type header must be specified for batch requests that have a body."));
        }
        let depends_on: Vec<String> = r
            .get("dependsOn")
            .and_then(Value::as_array)
            .map(|d| d.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default();
        steps.push(Step { id, method, url, headers, body, depends_on });
    }
    for step in &steps {
        if let Some(missing) = step.depends_on.iter().find(|d| !steps.iter().any(|s| &s.id == *d)) {
            return Err(GraphError::invalid(format!("Request '{}' depends on '{missing}', which is not in the batch.", step.id)));
        }
    }
    Ok(steps)
}

/// Runs the steps so that each runs after what it depends on; a cycle is refused.
fn order(steps: &[Step]) -> Result<Vec<usize>, GraphError> {
    let mut done: Vec<usize> = Vec::new();
    while done.len() < steps.len() {
        let ready = (0..steps.len()).find(|i| {
            !done.contains(i) && steps[*i].depends_on.iter().all(|d| done.iter().any(|j| &steps[*j].id == d))
        });
        done.push(ready.ok_or_else(|| GraphError::invalid("The dependsOn references of the batch form a cycle."))?);
    }
    Ok(done)
}

/// Batch urls are often written unencoded (`$filter=userType eq 'Guest'`); encode what a URI
/// may not contain, as Graph's front end accepts them.
fn uri_safe(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_graphic() && !"\"<>\\^`{|}".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

pub async fn batch(ctx: Ctx, outer: HeaderMap, body: Bytes) -> Result<Response, GraphError> {
    let steps = parse(&json_body(&body)?)?;
    let router = super::routes(ctx.sandbox.clone());
    let mut statuses: HashMap<String, u16> = HashMap::new();
    let mut responses = Vec::new();
    for i in order(&steps)? {
        let step = &steps[i];
        if step.depends_on.iter().any(|d| statuses.get(d).is_none_or(|s| *s >= 400)) {
            statuses.insert(step.id.clone(), 424);
            responses.push(json!({
                "id": step.id, "status": 424, "headers": {"Content-Type": "application/json"},
                "body": {"error": {"code": "FailedDependency", "message": "A request this request depends on failed.",
                                   "innerError": {"request-id": ctx.ids.request_id, "client-request-id": ctx.ids.client_request_id}}},
            }));
            continue;
        }
        let path = uri_safe(step.url.trim_start_matches('/'));
        let mut request = Request::builder().method(step.method.clone()).uri(format!("/_sandbox/graph/{}/{path}", ctx.version.as_str()));
        for (name, value) in &step.headers {
            if let (Ok(n), Some(Ok(v))) = (HeaderName::try_from(name.as_str()), value.as_str().map(HeaderValue::from_str)) {
                request = request.header(n, v);
            }
        }
        for name in ["authorization", "client-request-id"] {
            if let Some(v) = outer.get(name) {
                request = request.header(name, v.clone());
            }
        }
        let body = step.body.as_ref().map(|b| Body::from(b.to_string())).unwrap_or_else(Body::empty);
        let request = request.body(body).map_err(|e| GraphError::invalid(format!("Invalid batch request '{}': {e}", step.id)))?;
        let response = router.clone().oneshot(request).await.unwrap_or_else(|e| match e {});
        let status = response.status().as_u16();
        let mut headers = Map::new();
        for name in ["content-type", "retry-after", "location"] {
            if let Some(v) = response.headers().get(name).and_then(|v| v.to_str().ok()) {
                let label = match name {
                    "content-type" => "Content-Type",
                    "retry-after" => "Retry-After",
                    _ => "Location",
                };
                headers.insert(label.into(), Value::String(v.to_string()));
            }
        }
        // A request inside that lost its answer (an injected dropped connection) loses the batch's.
        let Ok(bytes) = axum::body::to_bytes(response.into_body(), usize::MAX).await else {
            return Ok(super::faults::dropped());
        };
        let mut item = json!({"id": step.id, "status": status, "headers": headers});
        if !bytes.is_empty() {
            item["body"] = serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        }
        statuses.insert(step.id.clone(), status);
        responses.push(item);
    }
    Ok(Json(json!({"responses": responses})).into_response())
}
