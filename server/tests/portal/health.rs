//! `/healthz` and `/readyz` over real HTTP.

use crate::common::*;
use reqwest::StatusCode;
use server::config::{EntraApp, Tenant};

#[tokio::test]
async fn healthz_says_ok() {
    let portal = sandbox_portal().await;
    let response = reqwest::get(format!("{}/healthz", portal.base)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<serde_json::Value>().await.unwrap(), serde_json::json!({ "status": "ok" }));
}

#[tokio::test]
async fn readyz_reports_database_identity_and_graph() {
    let portal = sandbox_portal().await;
    let response = reqwest::get(format!("{}/readyz", portal.base)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.json::<serde_json::Value>().await.unwrap(),
        serde_json::json!({ "database": "ok", "identity": "ok", "graph": "ok" })
    );
}

#[tokio::test]
async fn readyz_stays_ready_when_the_identity_provider_and_graph_are_unreachable() {
    // A port that was just free: nothing answers there.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let unreachable = Tenant::Entra(EntraApp {
        tenant_id: "00000000-0000-0000-0000-000000000001".into(),
        client_id: "client".into(),
        client_secret: "secret".into(),
        issuer_url: url::Url::parse(&format!("http://{closed}/tenant/v2.0")).unwrap(),
        graph_base: url::Url::parse(&format!("http://{closed}/graph")).unwrap(),
    });
    let (config, _data) = config(addr, &format!("http://{addr}"), unreachable).await;
    let portal = server::build_app(&config).await.unwrap();
    tokio::spawn(async move { axum::serve(listener, portal.router).await.unwrap() });

    // Every instance shares them: one outage must not take all instances out of the balancer.
    for _ in 0..2 {
        let response = reqwest::get(format!("http://{addr}/readyz")).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.json::<serde_json::Value>().await.unwrap(),
            serde_json::json!({ "database": "ok", "identity": "error", "graph": "error" })
        );
    }
}
