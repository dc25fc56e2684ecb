//! Shared harness for the Graph emulation tests: a sandbox served on 127.0.0.1:0, tokens minted
//! through the real token endpoint, and every response body checked against Microsoft's schema.
#![allow(dead_code)] // Each test file uses a different part of the harness.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use reqwest::header::HeaderMap;
use reqwest::{redirect, Client, Method, StatusCode};
use sandbox::{Sandbox, SandboxConfig};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

pub const REDIRECT_URI: &str = "http://localhost:3000/auth/callback";
const VERIFIER: &str = "graph-tests-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

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
        assert!(inner["request-id"].is_string() && inner["client-request-id"].is_string() && inner["date"].is_string(), "{}", self.body);
        self.body["error"]["message"].as_str().unwrap().to_string()
    }

    pub fn ok(&self, status: StatusCode) -> &Value {
        assert_eq!(self.status, status, "{}", self.body);
        &self.body
    }
}

pub async fn start(throttle_invitations: bool) -> Harness {
    let data_dir = std::env::temp_dir().join(format!("sandbox-graph-{}", uuid::Uuid::new_v4()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let sandbox = Sandbox::open(SandboxConfig {
        data_dir: data_dir.clone(),
        public_url: url::Url::parse(&base).unwrap(),
        portal_redirect_uris: vec![REDIRECT_URI.to_owned()],
        throttle_invitations,
    })
    .await
    .unwrap();
    let router = sandbox.router();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let http = Client::builder().redirect(redirect::Policy::none()).build().unwrap();
    Harness { sandbox, base, http, data_dir }
}

impl Harness {
    fn endpoint(&self, path: &str) -> String {
        format!("{}/_sandbox/{}/{path}", self.base, self.sandbox.directory().tenant().id)
    }

    async fn token(&self, form: &[(&str, &str)]) -> String {
        let response = self.http.post(self.endpoint("oauth2/v2.0/token")).form(form).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_string()
    }

    /// An app-only Graph token (client credentials) for the portal app.
    pub async fn app_token(&self) -> String {
        let app = self.sandbox.directory().portal_app().clone();
        self.token(&[
            ("grant_type", "client_credentials"),
            ("client_id", &app.client_id),
            ("client_secret", &app.client_secret),
            ("scope", "https://graph.microsoft.com/.default"),
        ])
        .await
    }

    /// A delegated Graph token for `upn`, through the authorize page and the code flow.
    pub async fn user_token(&self, upn: &str) -> String {
        let app = self.sandbox.directory().portal_app().clone();
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(VERIFIER.as_bytes()));
        let form = [
            ("client_id", app.client_id.as_str()),
            ("redirect_uri", REDIRECT_URI),
            ("response_type", "code"),
            ("scope", "openid profile offline_access https://graph.microsoft.com/.default"),
            ("state", "s"),
            ("nonce", "n"),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
            ("login", upn),
        ];
        let response = self.http.post(self.endpoint("oauth2/v2.0/authorize")).form(&form).send().await.unwrap();
        let location = response.headers()["location"].to_str().unwrap().to_string();
        let query: HashMap<String, String> = url::Url::parse(&location).unwrap().query_pairs().into_owned().collect();
        let code = query.get("code").unwrap_or_else(|| panic!("no code for {upn}: {location}"));
        self.token(&[
            ("grant_type", "authorization_code"),
            ("client_id", &app.client_id),
            ("client_secret", &app.client_secret),
            ("code", code),
            ("redirect_uri", REDIRECT_URI),
            ("code_verifier", VERIFIER),
        ])
        .await
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
        assert!(headers.contains_key("request-id") && headers.contains_key("client-request-id"), "Graph ids missing on {status}: {headers:?}");
        let text = response.text().await.unwrap();
        let body = if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")) };
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
        self.invite(token, json!({"invitedUserEmailAddress": address, "inviteRedirectUrl": "https://portal.example/welcome"})).await
    }
}

/// Microsoft's schema, with entity types made strict (see fixtures/graph-schema/SOURCE.md).
fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/graph-schema/v1.0-guest-subset.schema.json");
        let mut schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let defs = schema["$defs"].as_object_mut().unwrap();
        let nullable_string = json!({"type": ["string", "null"]});
        let user_props = defs["microsoft.graph.user"]["allOf"][1]["properties"].as_object_mut().unwrap();
        user_props.insert("businessPhones".into(), json!({"type": "array", "items": {"type": "string"}}));
        user_props.insert("mobilePhone".into(), nullable_string.clone());
        user_props.insert("officeLocation".into(), nullable_string.clone());
        user_props.insert("onPremisesSyncEnabled".into(), json!({"type": ["boolean", "null"]}));
        user_props.insert("onPremisesUserPrincipalName".into(), nullable_string);
        for strict in [
            "microsoft.graph.user",
            "microsoft.graph.group",
            "microsoft.graph.invitation",
            "microsoft.graph.invitedUserMessageInfo",
            "microsoft.graph.recipient",
            "microsoft.graph.emailAddress",
            "microsoft.graph.objectIdentity",
            "microsoft.graph.signInActivity",
        ] {
            defs[strict]["unevaluatedProperties"] = Value::Bool(false);
        }
        schema
    })
}

/// Validates `instance` against one of the schema's `$defs`; panics with every violation.
pub fn assert_valid(def: &str, instance: &Value) {
    let mut root = schema().clone();
    root["$ref"] = Value::String(format!("#/$defs/{def}"));
    let validator = jsonschema::validator_for(&root).unwrap();
    // `@odata.context` is OData control information on single entities, not a property.
    let mut instance = instance.clone();
    if let Some(map) = instance.as_object_mut() {
        if !def.ends_with("CollectionResponse") && !def.contains("ODataErrors") {
            map.remove("@odata.context");
        }
    }
    let errors: Vec<String> = validator.iter_errors(&instance).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{def} violations: {errors:#?}\nin {instance:#}");
}

/// Validates a directoryObject collection item by item, per `@odata.type`.
pub fn assert_valid_objects(body: &Value) {
    assert_valid("microsoft.graph.directoryObjectCollectionResponse", body);
    for item in body["value"].as_array().unwrap() {
        match item["@odata.type"].as_str() {
            Some("#microsoft.graph.user") => assert_valid("microsoft.graph.user", item),
            Some("#microsoft.graph.group") => assert_valid("microsoft.graph.group", item),
            // Not in the subset schema; its shape is checked where the test reads it.
            Some("#microsoft.graph.directoryRole") => {}
            other => panic!("unexpected @odata.type {other:?} in {item}"),
        }
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
