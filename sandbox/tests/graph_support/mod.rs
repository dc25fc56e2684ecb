//! Shared harness for the Graph emulation tests: a sandbox served on 127.0.0.1:0, tokens minted
//! through the real token endpoint, and every response body checked against Microsoft's schema.
#![allow(dead_code, unused_imports)] // Each test file uses a different part of the harness.

use std::path::PathBuf;

use reqwest::header::HeaderMap;
use reqwest::{Client, Method, StatusCode};
use sandbox::Sandbox;
use serde_json::{json, Value};

#[path = "../support/live.rs"]
mod live;
#[path = "../support/schema.rs"]
mod schema;
pub use live::REDIRECT_URI;
pub use schema::{assert_valid, assert_valid_objects};

// Seeded people (see `directory::seed`).
pub const GLOBAL_ADMIN: &str = "grace.okafor@northwind.example";
pub const USER_ADMIN: &str = "mateo.rossi@northwind.example";
pub const GUEST_INVITER: &str = "priya.natarajan@northwind.example";
pub const HELPDESK: &str = "lukas.becker@northwind.example";
pub const MEMBER: &str = "amara.diallo@northwind.example";

pub struct Harness {
    pub sandbox: Sandbox,
    pub base: String,
    pub http: Client,
    data_dir: PathBuf,
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    /// Asserts Graph's error envelope with this status and code, and returns the message.
    pub fn error(&self, status: StatusCode, code: &str) -> String {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.body["error"]["code"], code, "{}", self.body);
        let inner = &self.body["error"]["innerError"];
        assert!(
            inner["request-id"].is_string() && inner["client-request-id"].is_string() && inner["date"].is_string(),
            "{}",
            self.body
        );
        self.body["error"]["message"].as_str().unwrap().to_string()
    }

    pub fn ok(&self, status: StatusCode) -> &Value {
        assert_eq!(self.status, status, "{}", self.body);
        &self.body
    }
}

pub async fn start(throttle_invitations: bool) -> Harness {
    let data_dir = live::temp_data_dir("sandbox-graph");
    let (sandbox, base) = live::serve(&data_dir, throttle_invitations, |router| router).await;
    Harness { sandbox, base, http: live::http_client(), data_dir }
}

fn access_token(tokens: Value) -> String {
    tokens["access_token"].as_str().unwrap().to_string()
}

impl Harness {
    /// An app-only Graph token (client credentials) for the portal app.
    pub async fn app_token(&self) -> String {
        access_token(live::app_tokens(&self.sandbox, &self.base).await)
    }

    /// A delegated Graph token for `upn`, through the authorize page and the code flow.
    pub async fn user_token(&self, upn: &str) -> String {
        access_token(live::user_tokens(&self.sandbox, &self.base, upn).await)
    }

    /// A delegated Graph token for `upn` with just the Graph permissions in `scope`.
    pub async fn user_token_for(&self, upn: &str, scope: &str) -> String {
        access_token(live::user_tokens_for(&self.sandbox, &self.base, upn, scope).await)
    }

    pub fn graph(&self, path: &str) -> String {
        if path.starts_with("http") {
            return path.to_string();
        }
        let path = path.trim_start_matches('/');
        if path.starts_with("beta/") {
            format!("{}/_sandbox/graph/{path}", self.base)
        } else {
            format!("{}/_sandbox/graph/v1.0/{path}", self.base)
        }
    }

    /// One Graph call; `eventual` adds `ConsistencyLevel: eventual`.
    pub async fn call(&self, method: Method, path: &str, token: &str, body: Option<Value>, eventual: bool) -> Reply {
        let mut request = self.http.request(method, self.graph(path)).bearer_auth(token);
        if eventual {
            request = request.header("ConsistencyLevel", "eventual");
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        assert!(
            headers.contains_key("request-id") && headers.contains_key("client-request-id"),
            "Graph ids missing on {status}: {headers:?}"
        );
        let text = response.text().await.unwrap();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"))
        };
        if status.is_client_error() || status.is_server_error() {
            assert_valid("microsoft.graph.ODataErrors.ODataError", &body);
        }
        Reply { status, headers, body }
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.call(Method::GET, path, token, None, false).await
    }

    pub async fn get_eventual(&self, path: &str, token: &str) -> Reply {
        self.call(Method::GET, path, token, None, true).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::POST, path, token, Some(body), false).await
    }

    /// A user list page, schema-checked.
    pub async fn users(&self, query: &str, token: &str, eventual: bool) -> Reply {
        let reply = self.call(Method::GET, &format!("users?{query}"), token, None, eventual).await;
        if reply.status == StatusCode::OK {
            assert_valid("microsoft.graph.userCollectionResponse", &reply.body);
        }
        reply
    }

    pub async fn invite(&self, token: &str, body: Value) -> Reply {
        let reply = self.post("invitations", token, body).await;
        if reply.status == StatusCode::CREATED {
            assert_valid("microsoft.graph.invitation", &reply.body);
        }
        reply
    }

    /// A simple external invitation.
    pub async fn invite_address(&self, token: &str, address: &str) -> Reply {
        self.invite(
            token,
            json!({"invitedUserEmailAddress": address, "inviteRedirectUrl": "https://portal.example/welcome"}),
        )
        .await
    }
}

/// Every id of a paged user list, following `@odata.nextLink` to the end.
pub async fn all_pages(h: &Harness, first: &str, token: &str, eventual: bool) -> Vec<String> {
    let mut ids = Vec::new();
    let mut next = Some(h.graph(first));
    while let Some(url) = next {
        let reply = h.call(Method::GET, &url, token, None, eventual).await;
        let body = reply.ok(StatusCode::OK);
        assert_valid("microsoft.graph.userCollectionResponse", body);
        ids.extend(body["value"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap().to_string()));
        next = body["@odata.nextLink"].as_str().map(str::to_string);
    }
    ids
}
