//! `/healthz` (the process answers) and `/readyz` (its database, identity provider and Graph do).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use std::time::Duration;

use crate::auth::Oidc;
use services::Db;

const GRAPH_PROBE_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone)]
struct Checks {
    database: Db,
    oidc: Oidc,
    http: reqwest::Client,
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

#[derive(Serialize)]
struct Readiness {
    database: Status,
    identity: Status,
    graph: Status,
}

async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

async fn readyz(State(checks): State<Checks>) -> Response {
    let graph_base = checks.oidc.app().graph_base.clone();
    let (database, identity, graph) = tokio::join!(
        checks.database.ping(),
        checks.oidc.discover_fresh(),
        // Any HTTP answer (even 400 or 404) means Graph is reachable; only no answer fails.
        checks.http.get(graph_base).timeout(GRAPH_PROBE_TIMEOUT).send(),
    );
    let readiness =
        Readiness { database: database.into(), identity: identity.into(), graph: graph.map(drop).into() };
    let all_ok = [readiness.database, readiness.identity, readiness.graph].iter().all(|s| *s == Status::Ok);
    let status = if all_ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(readiness)).into_response()
}

pub fn routes(database: Db, oidc: Oidc) -> anyhow::Result<Router> {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    Ok(Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(Checks { database, oidc, http }))
}
