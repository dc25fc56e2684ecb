//! Sign-in against a second identity provider, npm's `oidc-provider` (OpenID Certified), laid out
//! like Entra and reached through the same code as Entra (`GUESTLIST_AUTHORITY_URL`). Its Graph
//! cannot be reached, so who is a member cannot be checked: the portal must fail closed.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use crate::common::*;
use reqwest::StatusCode;
use server::config::{Config, Tenant};
use url::Url;

const TENANT: &str = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
const CLIENT_ID: &str = "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d";
const CLIENT_SECRET: &str = "certified-provider-secret";
const ADMIN: &str = "grace@northwind.example";
const MEMBER: &str = "mia@northwind.example";

/// The provider, running in `node` until dropped.
struct Provider {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    issuer: String,
}

impl Provider {
    fn start(redirect_uri: &str) -> Provider {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc-provider");
        assert!(
            dir.join("node_modules/oidc-provider").is_dir(),
            "npm's oidc-provider is not installed in {}: run scripts/setup --tests",
            dir.display()
        );
        let users = serde_json::json!({
            ADMIN: {"oid": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6", "name": "Grace Hopper", "email": ADMIN, "wids": [GLOBAL_ADMINISTRATOR]},
            MEMBER: {"oid": "a9b8c7d6-e5f4-4a3b-2c1d-0e9f8a7b6c5d", "name": "Mia Wong", "email": MEMBER},
        });
        let mut child = Command::new("node")
            .arg("provider.js")
            .current_dir(&dir)
            .env("TENANT_ID", TENANT)
            .env("CLIENT_ID", CLIENT_ID)
            .env("CLIENT_SECRET", CLIENT_SECRET)
            .env("REDIRECT_URI", redirect_uri)
            .env("USERS", users.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("node runs (Node.js 20 or later; run scripts/setup --tests)");
        let (stdin, stdout) = (child.stdin.take().unwrap(), BufReader::new(child.stdout.take().unwrap()));
        let mut provider = Provider { child, stdin, stdout, issuer: String::new() };
        let port = provider.wait_for("listening ").trim_start_matches("listening ").to_owned();
        provider.issuer = format!("http://127.0.0.1:{port}/{TENANT}/v2.0");
        provider
    }

    /// The provider's next status line starting with `status` (oidc-provider's warnings are skipped).
    fn wait_for(&mut self, status: &str) -> String {
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).expect("the provider writes its status");
            assert!(!line.is_empty(), "the provider stopped (its error is above)");
            if line.starts_with(status) {
                return line.trim().to_owned();
            }
        }
    }

    /// Replaces the provider's signing key with a new one (another `kid`).
    fn rotate_keys(&mut self) {
        writeln!(self.stdin, "rotate").unwrap();
        self.wait_for("rotated");
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A portal configured for a real tenant whose authority is the certified provider.
struct Portal {
    base: String,
    provider: Provider,
    _data: TempDir,
}

async fn portal() -> Portal {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let provider = Provider::start(&format!("{base}/auth/callback"));
    let data = TempDir::new("certified");
    let vars = [
        ("GUESTLIST_ADDR", listener.local_addr().unwrap().to_string()),
        ("GUESTLIST_PUBLIC_URL", base.clone()),
        ("GUESTLIST_DATA_DIR", data.path().display().to_string()),
        ("GUESTLIST_TENANT_ID", TENANT.into()),
        ("GUESTLIST_CLIENT_ID", CLIENT_ID.into()),
        ("GUESTLIST_CLIENT_SECRET", CLIENT_SECRET.into()),
        ("GUESTLIST_AUTHORITY_URL", provider.issuer.clone()),
    ];
    let mut config = Config::from_vars(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())).unwrap();
    let Tenant::Entra(app) = &mut config.tenant else { panic!("a real tenant") };
    assert_eq!(app.issuer_url.as_str(), provider.issuer);
    // Nothing listens there: Graph is out of reach.
    app.graph_base = Url::parse("http://127.0.0.1:9").unwrap();
    let built = server::build_app(&config).await.expect("the portal starts");
    tokio::spawn(async move { axum::serve(listener, built.router).await.unwrap() });
    Portal { base, provider, _data: data }
}

/// Starts a sign-in and returns the provider's authorize URL it redirected to.
async fn authorize_url(browser: &mut Browser, portal: &Portal) -> Url {
    let response = browser.get(&format!("{}/auth/sign-in", portal.base)).await;
    assert_redirect(&response);
    Url::parse(&location(&response)).unwrap()
}

/// Follows the provider's redirects, signing in as `login`, until it answers the portal.
async fn through_provider(browser: &mut Browser, authorize: &Url, login: &str) -> Url {
    let mut url = authorize.clone();
    url.query_pairs_mut().append_pair("login_hint", login);
    for _ in 0..10 {
        let response = browser.get(url.as_str()).await;
        assert_redirect(&response);
        url = url.join(&location(&response)).unwrap();
        if url.path() == "/auth/callback" {
            return url;
        }
    }
    panic!("the provider never answered the portal");
}

async fn callback_for(browser: &mut Browser, portal: &Portal, login: &str) -> Url {
    let authorize = authorize_url(browser, portal).await;
    through_provider(browser, &authorize, login).await
}

async fn home(browser: &mut Browser, portal: &Portal) -> String {
    browser.get(&format!("{}/", portal.base)).await.text().await.unwrap()
}

/// A refused callback: a plain page saying so, and nobody signed in.
async fn refused(browser: &mut Browser, portal: &Portal, callback: &Url, saying: &str) {
    let response = browser.get(callback.as_str()).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body = unescape(&response.text().await.unwrap());
    assert!(body.contains("Sign-in did not finish") && body.contains(saying), "{body}");
    assert!(!home(browser, portal).await.contains("Sign out"));
}

#[tokio::test]
async fn signs_in_with_pkce_state_nonce_and_the_issuer_named() {
    let portal = portal().await;
    let mut browser = Browser::new();
    let authorize = authorize_url(&mut browser, &portal).await;
    assert_eq!(param(&authorize, "code_challenge_method"), "S256");
    assert!(!param(&authorize, "state").is_empty() && !param(&authorize, "nonce").is_empty());
    let callback = through_provider(&mut browser, &authorize, ADMIN).await;
    assert_eq!(param(&callback, "iss"), portal.provider.issuer, "the provider names itself (RFC 9207)");

    let response = browser.get(callback.as_str()).await;
    assert_redirect(&response);
    let page = home(&mut browser, &portal).await;
    assert!(page.contains("Grace Hopper") && page.contains("<strong>Administrator</strong>"), "{page}");
    // Graph cannot say whether she is a member: no Sponsor role.
    assert!(!page.contains("<strong>Sponsor</strong>"), "{page}");
}

#[tokio::test]
async fn someone_who_would_have_no_role_without_graph_is_told_why() {
    let portal = portal().await;
    let mut browser = Browser::new();
    let callback = callback_for(&mut browser, &portal, MEMBER).await;
    let response = browser.get(callback.as_str()).await;
    assert_eq!(response.status(), StatusCode::BAD_GATEWAY);
    let body = unescape(&response.text().await.unwrap());
    assert!(body.contains("could not check your account") && body.contains("member of the organisation"), "{body}");
    assert!(!home(&mut browser, &portal).await.contains("Sign out"));
}

#[tokio::test]
async fn an_answer_naming_another_issuer_or_none_is_refused() {
    let portal = portal().await;
    for tamper in [Some("https://login.evil.example/v2.0"), None] {
        let mut browser = Browser::new();
        let callback = callback_for(&mut browser, &portal, ADMIN).await;
        let tampered = match tamper {
            Some(iss) => with_param(&callback, "iss", iss),
            None => {
                let mut url = callback.clone();
                let kept: Vec<(String, String)> = callback.query_pairs().filter(|(k, _)| k != "iss").map(|(k, v)| (k.into(), v.into())).collect();
                url.query_pairs_mut().clear().extend_pairs(kept);
                url
            }
        };
        refused(&mut browser, &portal, &tampered, "did not come from the sign-in service this portal uses").await;
    }
}

#[tokio::test]
async fn refused_and_tampered_callbacks_get_a_plain_page() {
    let portal = portal().await;

    let mut browser = Browser::new();
    let declined = callback_for(&mut browser, &portal, "refuse").await;
    assert_eq!(param(&declined, "error"), "access_denied");
    refused(&mut browser, &portal, &declined, "The user declined to sign in.").await;

    let mut browser = Browser::new();
    let callback = callback_for(&mut browser, &portal, ADMIN).await;
    refused(&mut browser, &portal, &with_param(&callback, "state", "forged"), "did not belong to the sign-in started in this browser").await;

    // A code used once, delivered again with a sign-in of its own.
    let mut browser = Browser::new();
    let used = callback_for(&mut browser, &portal, ADMIN).await;
    assert_redirect(&browser.get(used.as_str()).await);
    let mut other = Browser::new();
    let authorize = authorize_url(&mut other, &portal).await;
    refused(&mut other, &portal, &with_param(&used, "state", &param(&authorize, "state")), "sign-in code could not be exchanged").await;
}

#[tokio::test]
async fn keys_rotated_by_the_provider_are_fetched_again() {
    let mut portal = portal().await;
    let mut browser = Browser::new();
    let callback = callback_for(&mut browser, &portal, ADMIN).await;
    assert_redirect(&browser.get(callback.as_str()).await);

    portal.provider.rotate_keys();
    let mut browser = Browser::new();
    let callback = callback_for(&mut browser, &portal, ADMIN).await;
    let response = browser.get(callback.as_str()).await;
    assert_redirect(&response);
    assert_eq!(location(&response), "/");
    assert!(home(&mut browser, &portal).await.contains("Grace Hopper"));
}
