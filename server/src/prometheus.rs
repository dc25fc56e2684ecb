//! `/metrics` in Prometheus' text format: the portal's requests by route and status, the Graph
//! calls the graph crate records, and the jobs' rows and the mail outbox, counted when scraped.
//!
//! Without `GUESTLIST_METRICS_TOKEN` it answers loopback callers only. Behind a reverse proxy on
//! the same machine every request comes from loopback (the proxy), so the proxy must not pass
//! `/metrics` on; remote scrapers use the token, which is then required from every caller.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use services::{jobs, outbox, Db};
use subtle::ConstantTimeEq;

pub const PATH: &str = "/metrics";

const HTTP_REQUESTS: &str = "guestlist_http_requests_total";
const HTTP_DURATION: &str = "guestlist_http_request_duration_seconds";
const JOB_ROWS: &str = "guestlist_job_rows";
const OUTBOX_DEPTH: &str = "guestlist_outbox_depth";

/// The route of requests no route matched, so that unknown paths add no series.
const UNMATCHED: &str = "unmatched";

/// Seconds: from a static file to a slow Graph write.
const LATENCY_BUCKETS: [f64; 12] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];
/// Seconds: Graph's `Retry-After` is usually a few seconds, a retried call waits at most a minute.
const WAIT_BUCKETS: [f64; 7] = [1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0];

/// The process's recorder, installed on first use: the `metrics` facade has one global recorder,
/// and a test process runs many portals.
fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let handle = PrometheusBuilder::new()
            .set_buckets(&LATENCY_BUCKETS)
            .and_then(|builder| builder.set_buckets_for_metric(Matcher::Full(graph::THROTTLE_WAIT_METRIC.into()), &WAIT_BUCKETS))
            .expect("the bucket lists are not empty")
            .install_recorder()
            .expect("no other metrics recorder is installed");
        metrics::describe_counter!(HTTP_REQUESTS, "Requests the portal answered, by method, route template and status.");
        metrics::describe_histogram!(HTTP_DURATION, metrics::Unit::Seconds, "Time to answer, by method and route template.");
        metrics::describe_counter!(graph::REQUESTS_METRIC, "Microsoft Graph HTTP attempts, retries included, by resource and status.");
        metrics::describe_histogram!(graph::DURATION_METRIC, metrics::Unit::Seconds, "Time each Graph attempt took, by resource.");
        metrics::describe_histogram!(graph::THROTTLE_WAIT_METRIC, metrics::Unit::Seconds, "Waits before repeating a call Graph throttled (429), by resource.");
        metrics::describe_histogram!(graph::PACE_WAIT_METRIC, metrics::Unit::Seconds, "Time each invitation waited to keep under Graph's invitation limit (150 per 5 s).");
        metrics::describe_gauge!(JOB_ROWS, "Rows of bulk jobs, by state.");
        metrics::describe_gauge!(OUTBOX_DEPTH, "Mails waiting to be sent.");
        handle
    })
}

#[derive(Clone)]
struct Scrape {
    db: Db,
    token: Option<String>,
}

/// `GET /metrics`, guarded by `token` (see the module's documentation). Installs the recorder,
/// so that it records from the first request on.
pub fn routes(db: Db, token: Option<String>) -> Router {
    recorder();
    Router::new().route(PATH, get(scrape)).with_state(Scrape { db, token })
}

/// Counts and times every request under its route template (`/directory/{id}`, never the ids).
/// Applied with `Router::layer`, so that the route has been matched when it runs.
pub async fn record(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or(UNMATCHED, MatchedPath::as_str).to_owned();
    let method = method_label(request.method());
    let started = Instant::now();
    let response = next.run(request).await;
    metrics::histogram!(HTTP_DURATION, "method" => method, "route" => route.clone()).record(started.elapsed());
    let status = response.status().as_u16().to_string();
    metrics::counter!(HTTP_REQUESTS, "method" => method, "route" => route, "status" => status).increment(1);
    response
}

/// Methods beyond HTTP's own are anyone's invention: one label for all of them.
fn method_label(method: &Method) -> &'static str {
    const KNOWN: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
    KNOWN.into_iter().find(|known| *known == method.as_str()).unwrap_or("other")
}

async fn scrape(State(scrape): State<Scrape>, request: Request) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(peer)| *peer);
    if let Err(refusal) = admit(peer, scrape.token.as_deref(), request.headers()) {
        return refusal.into_response();
    }
    // The gauges keep their last values if the database does not answer: the requests and Graph
    // calls are still worth serving then.
    if let Err(error) = count_backlog(&scrape.db).await {
        tracing::warn!(%error, "metrics: the job and outbox counts could not be read");
    }
    let handle = recorder();
    handle.run_upkeep();
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], handle.render()).into_response()
}

/// The job rows by state and the outbox depth, as the database has them now.
async fn count_backlog(db: &Db) -> Result<(), services::Error> {
    for (state, count) in jobs::row_counts_by_state(db).await? {
        metrics::gauge!(JOB_ROWS, "state" => state.as_str()).set(count as f64);
    }
    metrics::gauge!(OUTBOX_DEPTH).set(outbox::depth(db).await? as f64);
    Ok(())
}

#[derive(Debug, PartialEq)]
enum Refusal {
    /// A token is set and the request did not bring it.
    Token,
    /// No token is set and the caller is not on this machine.
    Remote,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::Token => {
                (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")], "A valid bearer token is required.\n")
                    .into_response()
            }
            Refusal::Remote => (StatusCode::FORBIDDEN, "Metrics are served to this machine only.\n").into_response(),
        }
    }
}

/// With a token, whoever sends it (compared in constant time); without, loopback callers only.
/// An unknown peer (a router served without connection info) is not on this machine.
fn admit(peer: Option<SocketAddr>, token: Option<&str>, headers: &HeaderMap) -> Result<(), Refusal> {
    match token {
        Some(token) => {
            let sent = headers.get(header::AUTHORIZATION).and_then(|value| value.to_str().ok());
            let sent = sent.and_then(|value| value.strip_prefix("Bearer ")).unwrap_or_default();
            if bool::from(sent.as_bytes().ct_eq(token.as_bytes())) {
                Ok(())
            } else {
                Err(Refusal::Token)
            }
        }
        None if peer.is_some_and(|peer| peer.ip().to_canonical().is_loopback()) => Ok(()),
        None => Err(Refusal::Remote),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bearer(token: &str) -> HeaderMap {
        HeaderMap::from_iter([(header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap())])
    }

    #[test]
    fn without_a_token_only_this_machine_is_admitted() {
        let none = HeaderMap::new();
        for local in ["127.0.0.1:9000", "[::1]:9000", "[::ffff:127.0.0.1]:9000"] {
            assert_eq!(admit(Some(local.parse().unwrap()), None, &none), Ok(()), "{local}");
        }
        assert_eq!(admit(Some("192.0.2.7:9000".parse().unwrap()), None, &none), Err(Refusal::Remote));
        assert_eq!(admit(Some("192.0.2.7:9000".parse().unwrap()), None, &bearer("anything")), Err(Refusal::Remote));
        assert_eq!(admit(None, None, &none), Err(Refusal::Remote));
    }

    #[test]
    fn with_a_token_everyone_needs_it() {
        let remote = Some("192.0.2.7:9000".parse().unwrap());
        let local = Some("127.0.0.1:9000".parse().unwrap());
        assert_eq!(admit(remote, Some("s3cret"), &bearer("s3cret")), Ok(()));
        assert_eq!(admit(local, Some("s3cret"), &HeaderMap::new()), Err(Refusal::Token));
        assert_eq!(admit(local, Some("s3cret"), &bearer("s3cre")), Err(Refusal::Token));
        assert_eq!(admit(remote, Some("s3cret"), &bearer("s3cret ")), Err(Refusal::Token));
    }

    #[test]
    fn unknown_methods_share_one_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::from_bytes(b"BREW").unwrap()), "other");
    }
}
