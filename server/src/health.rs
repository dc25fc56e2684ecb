//! `/healthz` (the process answers) and `/readyz` (this instance can serve: its database answers).
//!
//! Readiness depends only on what this instance owns. The identity provider and Graph are shared
//! by every instance: failing readiness on their hiccup would take all instances out of the load
//! balancer at once, and with them the pages that explain the outage. Their reachability is
//! reported beside, probed at most once a minute, so probes stay cheap.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use tokio::sync::Mutex;

use crate::auth::Oidc;
use services::Db;

const PROBE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the identity provider's and Graph's reachability is reused.
const PROBE_TTL: Duration = Duration::from_secs(60);

#[derive(Clone)]
struct Checks {
    database: Db,
    oidc: Oidc,
    http: reqwest::Client,
    /// The last probe of the shared services, and when it was made.
    shared: Arc<Mutex<Option<(Instant, Shared)>>>,
}

#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
enum Status {
    Ok,
    Error,
}

impl<E: std::fmt::Display> From<Result<(), E>> for Status {
    fn from(result: Result<(), E>) -> Status {
        match result {
            Ok(()) => Status::Ok,
            Err(error) => {
                tracing::warn!("readiness check failed: {error}");
                Status::Error
            }
        }
    }
}

#[derive(Serialize, Clone, Copy)]
struct Shared {
    identity: Status,
    graph: Status,
}

#[derive(Serialize)]
struct Readiness {
    database: Status,
    #[serde(flatten)]
    shared: Shared,
}

async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

async fn readyz(State(checks): State<Checks>) -> Response {
    let (database, shared) = tokio::join!(checks.database.ping(), checks.shared());
    let readiness = Readiness { database: database.into(), shared };
    let status = if readiness.database == Status::Ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(readiness)).into_response()
}

impl Checks {
    /// The identity provider's and Graph's reachability, probed again once the last probe is a
    /// minute old (concurrent requests wait for the one probe).
    async fn shared(&self) -> Shared {
        let mut last = self.shared.lock().await;
        if let Some((at, shared)) = *last {
            if at.elapsed() < PROBE_TTL {
                return shared;
            }
        }
        let graph_base = self.oidc.app().graph_base.clone();
        let (identity, graph) = tokio::join!(
            tokio::time::timeout(PROBE_TIMEOUT, self.oidc.discover_fresh()),
            // Any HTTP answer (even 400 or 404) means Graph is reachable; only no answer fails.
            self.http.get(graph_base).timeout(PROBE_TIMEOUT).send(),
        );
        let identity = identity.map_err(|_| "the identity provider did not answer in time".to_owned()).and_then(|r| r.map_err(|e| e.to_string()));
        let shared = Shared { identity: identity.into(), graph: graph.map(drop).into() };
        *last = Some((Instant::now(), shared));
        shared
    }
}

pub fn routes(database: Db, oidc: Oidc) -> anyhow::Result<Router> {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    Ok(Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(Checks { database, oidc, http, shared: Arc::default() }))
}
