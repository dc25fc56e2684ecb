//! A real `guestlist` portal served on 127.0.0.1:0, and a small cookie-keeping HTTP client that
//! does not follow redirects, so every hop of a sign-in can be checked.

use std::collections::HashMap;
use std::path::PathBuf;

use axum::Router;
use reqwest::header::{HeaderMap, LOCATION, SET_COOKIE};
use reqwest::{Response, StatusCode};
use sandbox::directory::Person;
use sandbox::{Sandbox, SandboxConfig};
use server::config::{Config, EntraApp, Tenant};
use tokio::net::TcpListener;
use tower::ServiceExt;
use url::Url;

pub const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";

pub struct TestPortal {
    /// `http://127.0.0.1:{port}`: where the test reaches the portal.
    pub base: String,
    /// The sandbox tenant the portal signs in to.
    pub sandbox: Sandbox,
    /// The portal's database (SQLite in its data folder, or a fresh PostgreSQL database).
    pub database_url: String,
    /// The portal's services, for doing what the worker would do beside it.
    /// The portal's services (database, Graph), e.g. to run its background jobs in a test.
    pub ctx: services::Context,
    /// The data folders of this portal and its issuer, deleted with it.
    _data: Vec<TempDir>,
}

/// A fresh folder under the system's temporary folder, deleted when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        TempDir(std::env::temp_dir().join(format!("guestlist-test-{name}-{}", uuid::Uuid::new_v4())))
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Best effort: a folder left behind in /tmp is harmless.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Settings for a test portal at `addr`, with its data in a fresh folder, and its database in a
/// fresh PostgreSQL database when `GUESTLIST_TEST_DATABASE_URL` names a server (`scripts/test-postgres`).
pub async fn config(addr: std::net::SocketAddr, public_url: &str, tenant: Tenant) -> (Config, TempDir) {
    let data = TempDir::new("portal");
    let mut vars = HashMap::from([
        ("GUESTLIST_ADDR", addr.to_string()),
        ("GUESTLIST_DATA_DIR", data.path().display().to_string()),
        ("GUESTLIST_PUBLIC_URL", public_url.to_owned()),
    ]);
    if let Ok(server) = std::env::var("GUESTLIST_TEST_DATABASE_URL") {
        vars.insert("GUESTLIST_DATABASE_URL", fresh_postgres_database(&server).await);
    }
    let mut config = Config::from_vars(|name| vars.get(name).cloned()).expect("valid test settings");
    config.tenant = tenant;
    (config, data)
}

/// Creates an empty database on the PostgreSQL server at `server_url` (tests run in parallel, and
/// each portal counts its own audit entries); returns its URL.
async fn fresh_postgres_database(server_url: &str) -> String {
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(server_url).await.expect("the test PostgreSQL server answers");
    let name = format!("guestlist_test_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("a test database can be created");
    let mut url = Url::parse(server_url).expect("GUESTLIST_TEST_DATABASE_URL is a URL");
    url.set_path(&name);
    url.into()
}

/// Serves `router` as `guestlist` does, with each caller's address.
fn serve(listener: TcpListener, router: Router) {
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await.expect("test server runs") });
}

async fn bind() -> (TcpListener, String) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    (listener, base)
}

/// The portal in sandbox mode, as `guestlist` runs it by default.
pub async fn sandbox_portal() -> TestPortal {
    sandbox_portal_with(|_| {}).await
}

/// The portal in sandbox mode with settings changed by `adjust`.
pub async fn sandbox_portal_with(adjust: impl FnOnce(&mut Config)) -> TestPortal {
    let (listener, base) = bind().await;
    let (mut config, data) = config(listener.local_addr().unwrap(), &base, Tenant::Sandbox).await;
    adjust(&mut config);
    let portal = server::build_app(&config).await.expect("the portal starts");
    serve(listener, portal.router);
    let sandbox = portal.sandbox.expect("sandbox mode opens the sandbox");
    TestPortal { base, sandbox, database_url: config.database_url, ctx: portal.ctx, _data: vec![data] }
}

/// How the identity provider in front of a "real tenant" portal behaves.
pub enum Issuer {
    /// A sandbox tenant served on its own, like login.microsoftonline.com.
    Honest,
    /// The same, except that its published signing keys are another sandbox's: every ID token
    /// it signs fails signature verification.
    WithOtherKeys,
    /// Honest, and writes down every Graph request it answers.
    Recording(GraphCalls),
}

/// The Graph requests a sandbox answered, as `METHOD /path?query`, in order.
#[derive(Clone, Default)]
pub struct GraphCalls(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl GraphCalls {
    /// The requests written down since the last call.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }

    fn write_down(&self, request: &axum::extract::Request) {
        let uri = request.uri();
        if uri.path().starts_with("/_sandbox/graph/") {
            let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
            self.0.lock().unwrap().push(format!("{} {}{query}", request.method(), uri.path()));
        }
    }
}

/// The portal configured for a real tenant (not sandbox mode) whose issuer is a sandbox tenant
/// served separately; `public_url` may differ from where the test reaches it (e.g. https).
pub async fn portal_with_issuer(issuer: Issuer, public_url: Option<&str>) -> TestPortal {
    let (portal_listener, base) = bind().await;
    let public_url = public_url.unwrap_or(&base).to_owned();
    let (issuer_listener, issuer_base) = bind().await;
    let mut data = Vec::new();
    let mut open = |name: &str| {
        let dir = TempDir::new(name);
        let config = SandboxConfig {
            data_dir: dir.path().to_owned(),
            public_url: Url::parse(&issuer_base).unwrap(),
            portal_redirect_uris: vec![format!("{}/auth/callback", public_url.trim_end_matches('/'))],
            throttle_invitations: false,
            portal_front_channel_logout_url: Some(format!("{}/auth/front-channel-logout", public_url.trim_end_matches('/'))),
        };
        data.push(dir);
        Sandbox::open(config)
    };
    let sandbox = open("issuer").await.unwrap();
    let issuer_router = match issuer {
        Issuer::Honest => sandbox.router(),
        Issuer::Recording(calls) => sandbox.router().layer(axum::middleware::from_fn(move |request: axum::extract::Request, next: axum::middleware::Next| {
            calls.write_down(&request);
            next.run(request)
        })),
        Issuer::WithOtherKeys => {
            let other = open("other-keys").await.unwrap();
            let (keys, rest) = (other.router(), sandbox.router());
            Router::new().fallback(move |request: axum::extract::Request| {
                let router = if request.uri().path().ends_with("/discovery/v2.0/keys") { keys.clone() } else { rest.clone() };
                router.oneshot(request)
            })
        }
    };
    serve(issuer_listener, issuer_router);

    let directory = sandbox.directory();
    let app = EntraApp {
        tenant_id: directory.tenant().id.clone(),
        client_id: directory.portal_app().client_id.clone(),
        client_secret: directory.portal_app().client_secret.clone(),
        issuer_url: Url::parse(&sandbox.issuer().issuer_url()).unwrap(),
        graph_base: Url::parse(&format!("{issuer_base}/_sandbox/graph")).unwrap(),
    };
    let (config, portal_data) = config(portal_listener.local_addr().unwrap(), &public_url, Tenant::Entra(app)).await;
    data.push(portal_data);
    let portal = server::build_app(&config).await.expect("the portal starts");
    assert!(portal.sandbox.is_none(), "a real-tenant portal never serves the sandbox");
    serve(portal_listener, portal.router);
    TestPortal { base, sandbox, database_url: config.database_url, ctx: portal.ctx, _data: data }
}

impl TestPortal {
    /// Someone from the sign-in page matching `pick`.
    pub async fn person(&self, pick: impl Fn(&Person) -> bool) -> Person {
        let people = self.sandbox.directory().sign_in_people().await.unwrap();
        people.into_iter().find(|p| pick(p)).expect("the seed has such a person")
    }

    pub async fn global_admin(&self) -> Person {
        self.person(|p| p.directory_role_template_ids.iter().any(|id| id == GLOBAL_ADMINISTRATOR)).await
    }
}

/// A browser without JavaScript: keeps cookies, shows every redirect instead of following it.
pub struct Browser {
    http: reqwest::Client,
    cookies: HashMap<String, String>,
    /// Every `Set-Cookie` header received, for checking cookie flags.
    pub set_cookies: Vec<String>,
}

impl Browser {
    pub fn new() -> Browser {
        // A hung request fails its test with a message instead of stalling the whole run.
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .unwrap();
        Browser { http, cookies: HashMap::new(), set_cookies: Vec::new() }
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn keep_cookies(&mut self, headers: &HeaderMap) {
        for value in headers.get_all(SET_COOKIE) {
            let text = value.to_str().unwrap().to_owned();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            let expired = text.to_ascii_lowercase().contains("max-age=0");
            if expired {
                self.cookies.remove(name.trim());
            } else {
                self.cookies.insert(name.trim().to_owned(), value.trim().to_owned());
            }
            self.set_cookies.push(text);
        }
    }

    pub async fn get(&mut self, url: &str) -> Response {
        let response =
            self.http.get(url).header("cookie", self.cookie_header()).header("accept", "text/html").send().await.unwrap();
        self.keep_cookies(response.headers());
        response
    }

    /// A form POST with the given extra headers (e.g. `Origin`, `Sec-Fetch-Site`).
    pub async fn post_form(&mut self, url: &str, form: &[(String, String)], headers: &[(&str, &str)]) -> Response {
        let mut request = self.http.post(url).header("cookie", self.cookie_header()).form(form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        self.keep_cookies(response.headers());
        response
    }

    /// A POST of `body` as `content_type` (e.g. a multipart upload) with the given extra headers.
    pub async fn post_body(&mut self, url: &str, content_type: &str, body: Vec<u8>, headers: &[(&str, &str)]) -> Response {
        let mut request = self.http.post(url).header("cookie", self.cookie_header()).header("content-type", content_type).body(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        self.keep_cookies(response.headers());
        response
    }

    pub fn session_cookie(&self) -> Option<&String> {
        self.cookies.get("guestlist_session")
    }

    pub fn set_session_cookie(&mut self, value: &str) {
        self.cookies.insert("guestlist_session".into(), value.into());
    }
}

pub fn location(response: &Response) -> String {
    response.headers().get(LOCATION).expect("a redirect").to_str().unwrap().to_owned()
}

pub fn assert_redirect(response: &Response) {
    assert!(response.status().is_redirection(), "expected a redirect, got {} {:?}", response.status(), response.headers());
}

/// The sign-in as far as the identity provider's redirect back to the portal: starts at
/// `/auth/sign-in`, shows the account picker and chooses `upn` there. Returns the callback URL.
pub async fn sign_in_until_callback(browser: &mut Browser, portal: &TestPortal, upn: &str) -> Url {
    let authorize = authorize_url(browser, portal).await;
    choose_account(browser, &authorize, upn, &[]).await
}

/// Starts a sign-in and returns the identity provider's authorize URL it redirected to.
pub async fn authorize_url(browser: &mut Browser, portal: &TestPortal) -> Url {
    let response = browser.get(&format!("{}/auth/sign-in", portal.base)).await;
    assert_redirect(&response);
    Url::parse(&location(&response)).unwrap()
}

/// Shows the account picker for `authorize` and picks `upn`, with `overrides` replacing
/// parameters of the request. Returns where the identity provider sends the browser.
pub async fn choose_account(browser: &mut Browser, authorize: &Url, upn: &str, overrides: &[(&str, &str)]) -> Url {
    let picker = browser.get(authorize.as_str()).await;
    assert_eq!(picker.status(), StatusCode::OK);
    assert!(picker.text().await.unwrap().contains(upn), "the picker lists {upn}");
    let mut form: Vec<(String, String)> = authorize
        .query_pairs()
        .map(|(k, v)| {
            let v = overrides.iter().find(|(name, _)| *name == k).map(|(_, v)| v.to_string()).unwrap_or(v.into_owned());
            (k.into_owned(), v)
        })
        .collect();
    form.push(("login".into(), upn.into()));
    let mut action = authorize.clone();
    action.set_query(None);
    let response = browser.post_form(action.as_str(), &form, &[]).await;
    assert_redirect(&response);
    Url::parse(&location(&response)).unwrap()
}

/// Completes a sign-in as `upn`; returns the callback URL that was used.
pub async fn sign_in(browser: &mut Browser, portal: &TestPortal, upn: &str) -> Url {
    let callback = sign_in_until_callback(browser, portal, upn).await;
    let response = browser.get(callback.as_str()).await;
    assert_redirect(&response);
    assert_eq!(location(&response), "/");
    callback
}

/// `url` with query parameter `name` set to `value`.
pub fn with_param(url: &Url, name: &str, value: &str) -> Url {
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| if k == name { (k.into_owned(), value.to_owned()) } else { (k.into_owned(), v.into_owned()) })
        .collect();
    let mut url = url.clone();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    url
}

pub fn param(url: &Url, name: &str) -> String {
    url.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned()).expect("the parameter is present")
}

/// The sandbox portal with Invite settings from these variables (e.g. `GUESTLIST_INVITE_CREDENTIAL`).
pub async fn portal_with(vars: &[(&str, &str)]) -> TestPortal {
    let vars: HashMap<&str, &str> = vars.iter().copied().collect();
    let settings = services::settings::InviteSettings::from_vars(|name| vars.get(name).map(|v| v.to_string())).unwrap();
    sandbox_portal_with(|config| config.invite = settings).await
}

/// HTML entities back to characters, for comparing sentences.
pub fn unescape(html: &str) -> String {
    html.replace("&#x27;", "'").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
}

/// Someone signed in to a portal in a browser without JavaScript: pages are fetched, forms are
/// plain POSTs to server functions answered by a redirect.
pub struct Session {
    pub portal: TestPortal,
    pub browser: Browser,
}

pub async fn signed_in(portal: TestPortal, upn: &str) -> Session {
    let mut browser = Browser::new();
    sign_in(&mut browser, &portal, upn).await;
    Session { portal, browser }
}

impl Session {
    /// The status and HTML of `path`, as served.
    pub async fn page(&mut self, path: &str) -> (StatusCode, String) {
        let response = self.browser.get(&format!("{}{path}", self.portal.base)).await;
        let status = response.status();
        (status, response.text().await.unwrap())
    }

    /// The status and HTML of `path` with HTML entities decoded, for comparing sentences.
    pub async fn read(&mut self, path: &str) -> (StatusCode, String) {
        let (status, html) = self.page(path).await;
        (status, unescape(&html))
    }

    /// A plain form POST to a server function from the page at `from`; returns the path it
    /// redirects to (refusals go back to `from`) and that page, decoded (it must answer 200).
    pub async fn submit(&mut self, from: &str, endpoint: &str, fields: &[(&str, &str)]) -> (String, String) {
        let path = self.post_from(from, endpoint, fields).await;
        let (status, html) = self.read(&path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {html}");
        (path, html)
    }

    /// A plain form POST to the server function `endpoint` from the page at `from`; returns the
    /// path it redirects to (refusals go back to `from`; leptos_axum adds an empty query, dropped here).
    pub async fn post_from(&mut self, from: &str, endpoint: &str, fields: &[(&str, &str)]) -> String {
        let form: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let referer = format!("{}{from}", self.portal.base);
        let url = format!("{}/api/{endpoint}", self.portal.base);
        let headers = [("accept", "text/html"), ("referer", referer.as_str()), ("origin", self.portal.base.as_str())];
        let response = self.browser.post_form(&url, &form, &headers).await;
        assert_redirect(&response);
        let to = location(&response);
        to.strip_prefix(&self.portal.base).unwrap_or(&to).trim_end_matches('?').to_owned()
    }

    /// The mail the sandbox has sent, as its `/_sandbox/mail.json` lists it.
    pub async fn outbox(&mut self) -> Vec<serde_json::Value> {
        let response = self.browser.get(&format!("{}/_sandbox/mail.json", self.portal.base)).await;
        let body: serde_json::Value = response.json().await.unwrap();
        body["value"].as_array().unwrap().clone()
    }
}

/// Declares `$name`, a [`Session`] that a test file reads in its own way: its own `page` and
/// `post` shadow the shared ones, and everything else comes through `Deref`.
macro_rules! session_view {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        struct $name(Session);

        impl std::ops::Deref for $name {
            type Target = Session;
            fn deref(&self) -> &Session {
                &self.0
            }
        }

        impl std::ops::DerefMut for $name {
            fn deref_mut(&mut self) -> &mut Session {
                &mut self.0
            }
        }
    };
}
pub(crate) use session_view;

/// A second SMTP receiver on this machine, apart from the portal's own sandbox: the receiver of
/// another sandbox, on its own port; its mailbox is that sandbox's.
pub async fn other_smtp_receiver() -> (sandbox::Sandbox, std::net::SocketAddr) {
    let other = sandbox::Sandbox::open(sandbox::SandboxConfig {
        data_dir: std::env::temp_dir().join(format!("guestlist-test-smtp-{}", uuid::Uuid::new_v4())),
        public_url: url::Url::parse("http://127.0.0.1:9").unwrap(),
        portal_redirect_uris: vec![],
        throttle_invitations: false,
        portal_front_channel_logout_url: None,
    })
    .await
    .unwrap();
    let smtp = sandbox::smtp::start(other.clone()).await.unwrap();
    (other, smtp)
}
