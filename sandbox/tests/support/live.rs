//! A sandbox tenant served on 127.0.0.1:0 over real HTTP, and tokens from its real endpoints:
//! client credentials, and the authorize → token code flow (PKCE) as one sandbox person.
//! Shared by the sandbox's tests (`mod`) and the graph client's (`#[path]`), so both start it alike.
#![allow(dead_code)] // Each test file uses a different part.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use reqwest::{redirect, Client, StatusCode};
use sandbox::{Sandbox, SandboxConfig};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The portal's registered redirect URI in the test tenant.
pub const REDIRECT_URI: &str = "http://localhost:3000/auth/callback";
pub const FRONT_CHANNEL_LOGOUT_URL: &str = "http://localhost:3000/auth/front-channel-logout";
const VERIFIER: &str = "live-sandbox-tests-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";
/// What the portal asks for at sign-in: ID token, refresh token and every consented Graph scope.
pub const PORTAL_SCOPE: &str = "openid profile offline_access https://graph.microsoft.com/.default";

/// A fresh, unique data folder under the system temp folder.
pub fn temp_data_dir(prefix: &str) -> PathBuf {
    std::env::temp_dir().join(format!("{prefix}-{}", uuid::Uuid::new_v4()))
}

/// A fresh data folder that is deleted when dropped: kept beside the sandbox it holds for as long
/// as the test uses it.
pub struct DataDir(PathBuf);

impl DataDir {
    pub fn new(prefix: &str) -> DataDir {
        DataDir(temp_data_dir(prefix))
    }
}

impl std::ops::Deref for DataDir {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        // Best effort: a folder left behind in the temp folder is harmless.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Opens the sandbox in `data_dir` and serves its router, passed through `wrap` (e.g. to add a
/// recording layer), on a free local port. Returns the sandbox and its origin, `http://127.0.0.1:port`.
pub async fn serve(
    data_dir: &Path,
    throttle_invitations: bool,
    wrap: impl FnOnce(axum::Router) -> axum::Router,
) -> (Sandbox, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let sandbox = Sandbox::open(SandboxConfig {
        data_dir: data_dir.to_owned(),
        public_url: url::Url::parse(&base).unwrap(),
        portal_redirect_uris: vec![REDIRECT_URI.to_owned()],
        throttle_invitations,
        portal_front_channel_logout_url: Some(FRONT_CHANNEL_LOGOUT_URL.to_owned()),
    })
    .await
    .unwrap();
    let router = wrap(sandbox.router());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (sandbox, base)
}

/// `{base}/_sandbox/{tenant}/{path}`: an issuer endpoint of the sandbox tenant.
pub fn issuer_endpoint(sandbox: &Sandbox, base: &str, path: &str) -> String {
    format!("{base}/_sandbox/{}/{path}", sandbox.directory().tenant().id)
}

/// A client that does not follow redirects, so the authorize answer can be read.
pub fn http_client() -> Client {
    Client::builder().redirect(redirect::Policy::none()).build().unwrap()
}

async fn token(sandbox: &Sandbox, base: &str, form: &[(&str, &str)]) -> Value {
    let endpoint = issuer_endpoint(sandbox, base, "oauth2/v2.0/token");
    let response = http_client().post(endpoint).form(form).send().await.unwrap();
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

/// The token response of a client-credentials grant for the portal app.
pub async fn app_tokens(sandbox: &Sandbox, base: &str) -> Value {
    let app = sandbox.directory().portal_app().clone();
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", app.client_id.as_str()),
        ("client_secret", app.client_secret.as_str()),
        ("scope", "https://graph.microsoft.com/.default"),
    ];
    token(sandbox, base, &form).await
}

/// The token response after `upn` picks themselves on the authorize page and the code is redeemed.
pub async fn user_tokens(sandbox: &Sandbox, base: &str, upn: &str) -> Value {
    user_tokens_for(sandbox, base, upn, PORTAL_SCOPE).await
}

/// Like [`user_tokens`], asking for `scope` instead of everything consented.
pub async fn user_tokens_for(sandbox: &Sandbox, base: &str, upn: &str, scope: &str) -> Value {
    let app = sandbox.directory().portal_app().clone();
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(VERIFIER.as_bytes()));
    let form = [
        ("client_id", app.client_id.as_str()),
        ("redirect_uri", REDIRECT_URI),
        ("response_type", "code"),
        ("scope", scope),
        ("state", "s"),
        ("nonce", "n"),
        ("code_challenge", &challenge),
        ("code_challenge_method", "S256"),
        ("login", upn),
    ];
    let authorize = issuer_endpoint(sandbox, base, "oauth2/v2.0/authorize");
    let response = http_client().post(authorize).form(&form).send().await.unwrap();
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let query: HashMap<String, String> = url::Url::parse(&location).unwrap().query_pairs().into_owned().collect();
    let code = query.get("code").unwrap_or_else(|| panic!("no code for {upn}: {location}"));
    let redeem = [
        ("grant_type", "authorization_code"),
        ("client_id", app.client_id.as_str()),
        ("client_secret", app.client_secret.as_str()),
        ("code", code),
        ("redirect_uri", REDIRECT_URI),
        ("code_verifier", VERIFIER),
    ];
    token(sandbox, base, &redeem).await
}
