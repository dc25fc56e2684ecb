//! The HTTP core: configuration, tokens, retries, error mapping and paging.

use std::sync::Arc;
use std::time::Instant;

use chrono::Utc;
use futures::stream::{self, Stream, StreamExt, TryStreamExt};
use http::{HeaderMap, Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use url::Url;
use uuid::Uuid;

use crate::auth::{
    AppToken, Credential, DelegatedSession, DelegatedToken, TokenErrorResponse, TokenResponse, APP_SCOPE,
};
use crate::error::{ApiError, ErrorCode, GraphError};
use crate::filter::{encode_query, Query};
use crate::pace::{Pace, RateLimit};
use crate::retry::{is_idempotent, retry_after, retryable_status, RetryPolicy};

/// Every HTTP attempt (retries included), by `resource` and `status` (`error` when none came back).
pub const REQUESTS_METRIC: &str = "guestlist_graph_requests_total";
/// Seconds each attempt took, by `resource`.
pub const DURATION_METRIC: &str = "guestlist_graph_request_duration_seconds";
/// Seconds waited before repeating a throttled (429) call, by `resource`: its count is the
/// number of such waits.
pub const THROTTLE_WAIT_METRIC: &str = "guestlist_graph_throttle_wait_seconds";
/// Seconds an invitation waited on this side to keep under Graph's invitation limit.
pub const PACE_WAIT_METRIC: &str = "guestlist_graph_pace_wait_seconds";

/// Which Graph endpoint a call goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiVersion {
    /// `v1.0`: stable.
    V1,
    /// `beta`: preview APIs (b2bManagementPolicies, convertExternalToInternalMemberUser).
    Beta,
}

impl ApiVersion {
    /// The path segment.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V1 => "v1.0",
            Self::Beta => "beta",
        }
    }
}

/// A configuration value that cannot work.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A URL setting is malformed or not http(s).
    #[error("the {setting} setting '{value}' is not an http(s) URL")]
    InvalidUrl {
        /// Which setting.
        setting: &'static str,
        /// The value given.
        value: String,
    },
}

/// Where Graph and the token endpoint are, and the app's credentials.
#[derive(Clone)]
pub struct GraphConfig {
    /// e.g. `https://graph.microsoft.com` or the sandbox's `http://127.0.0.1:3000/_sandbox/graph`.
    pub graph_base: Url,
    /// e.g. `https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token`.
    pub token_endpoint: Url,
    /// Application (client) id.
    pub client_id: String,
    /// Client secret.
    pub client_secret: String,
    /// Retry limits.
    pub retry: RetryPolicy,
}

impl GraphConfig {
    /// Checks both URLs and uses the default retry policy.
    pub fn new(
        graph_base: &str,
        token_endpoint: &str,
        client_id: &str,
        client_secret: &str,
    ) -> Result<Self, ConfigError> {
        Ok(Self {
            graph_base: http_url("graph_base", graph_base)?,
            token_endpoint: http_url("token_endpoint", token_endpoint)?,
            client_id: client_id.to_owned(),
            client_secret: client_secret.to_owned(),
            retry: RetryPolicy::default(),
        })
    }
}

fn http_url(setting: &'static str, value: &str) -> Result<Url, ConfigError> {
    Url::parse(value)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && !u.cannot_be_a_base())
        .ok_or_else(|| ConfigError::InvalidUrl { setting, value: value.to_owned() })
}

/// A Graph client shared by the whole server (cheap to clone); pick a credential with [`GraphClient::caller`].
#[derive(Clone)]
pub struct GraphClient {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    config: GraphConfig,
    // Held across the token request, so concurrent callers wait for one fetch instead of each fetching.
    app_token: tokio::sync::Mutex<Option<AppToken>>,
    /// Every invitation this process sends waits its turn here (Graph's limit is per tenant).
    invitations: Pace,
}

/// A request ready to send (and re-send on retry).
pub(crate) struct Call {
    pub(crate) method: Method,
    pub(crate) url: Url,
    pub(crate) body: Option<Body>,
    /// Sends `ConsistencyLevel: eventual` (Graph's advanced queries).
    pub(crate) eventual: bool,
    pub(crate) idempotent: bool,
}

pub(crate) enum Body {
    Json(Vec<u8>),
    Form(String),
}

/// The answer to a write, with Graph's ids for it: an administrator quotes `request-id` to Microsoft
/// support, and an audit trail records it for successes as well as for failures.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent<T> {
    /// What Graph returned.
    pub value: T,
    /// Graph's `request-id` response header, when it sent one.
    pub request_id: Option<String>,
    /// The `client-request-id` this client sent (Graph echoes it).
    pub client_request_id: String,
}

impl<T> std::ops::Deref for Sent<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// The final answer to a call, after retries.
pub(crate) struct Response {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
    pub(crate) client_request_id: String,
}

impl Call {
    pub(crate) fn new(method: Method, url: Url) -> Self {
        let idempotent = is_idempotent(&method);
        Self { method, url, body: None, eventual: false, idempotent }
    }

    pub(crate) fn json(mut self, body: &impl Serialize) -> Result<Self, GraphError> {
        let bytes = serde_json::to_vec(body).map_err(|e| GraphError::InvalidRequest(e.to_string()))?;
        self.body = Some(Body::Json(bytes));
        Ok(self)
    }
}

impl GraphClient {
    /// Creates the client; `http` is the server's shared `reqwest::Client`.
    pub fn new(http: reqwest::Client, config: GraphConfig) -> Self {
        let invitations = Pace::new(RateLimit::INVITATIONS);
        Self { inner: Arc::new(Inner { http, config, app_token: tokio::sync::Mutex::new(None), invitations }) }
    }

    /// The application (client) id the portal signs in and calls Graph as: its own app.
    pub fn client_id(&self) -> &str {
        &self.inner.config.client_id
    }

    /// A handle that makes calls with `credential`.
    pub fn caller(&self, credential: impl Into<Credential>) -> Caller {
        Caller { client: self.clone(), credential: credential.into() }
    }

    /// A handle for app-only calls (client credentials).
    pub fn as_app(&self) -> Caller {
        self.caller(Credential::Application)
    }

    /// A handle for calls on behalf of the signed-in user.
    pub fn as_user(&self, session: &DelegatedSession) -> Caller {
        self.caller(session.clone())
    }

    /// `{graph_base}/{version}/{segments…}?{query}`, each segment percent-encoded (so `#EXT#` becomes `%23EXT%23`).
    pub(crate) fn url<S: AsRef<str>>(
        &self,
        version: ApiVersion,
        segments: &[S],
        query: &[(&'static str, String)],
    ) -> Url {
        let mut url = self.inner.config.graph_base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            // GraphConfig::new only accepts base-capable URLs, so this branch always runs.
            path.pop_if_empty().push(version.as_str()).extend(segments.iter().map(AsRef::as_ref));
        }
        url.set_query(if query.is_empty() { None } else { Some(encode_query(query)) }.as_deref());
        url
    }

    /// What a call is counted under in the metrics: the first path segment after the version
    /// (`users`, `invitations`, `$batch`; ids come later in the path, so there are few values),
    /// or `token` for the token endpoint.
    fn resource(&self, url: &Url) -> String {
        let config = &self.inner.config;
        if url.path() == config.token_endpoint.path() {
            return "token".to_owned();
        }
        let first = url
            .path()
            .strip_prefix(config.graph_base.path().trim_end_matches('/'))
            .and_then(|rest| rest.trim_start_matches('/').split('/').nth(1))
            .filter(|segment| !segment.is_empty());
        first.unwrap_or("other").to_owned()
    }

    /// Sends a call with retries; returns the last response whatever its status.
    async fn execute(&self, call: &Call, bearer: Option<&str>) -> Result<Response, GraphError> {
        let policy = &self.inner.config.retry;
        let resource = self.resource(&call.url);
        let client_request_id = Uuid::new_v4().to_string();
        let mut retry = 0;
        // The budget counts from the first attempt: waiting for the pacer's turn is time spent
        // here, not at Graph.
        let mut first_attempt = None;
        let paced = call.method == Method::POST && resource == "invitations";
        loop {
            if paced {
                metrics::histogram!(PACE_WAIT_METRIC).record(self.inner.invitations.wait_turn().await);
            }
            let began = *first_attempt.get_or_insert_with(Instant::now);
            let mut request = self
                .inner
                .http
                .request(call.method.clone(), call.url.clone())
                .timeout(policy.attempt_limit(began.elapsed()))
                .header("client-request-id", &client_request_id)
                .header("return-client-request-id", "true");
            if let Some(token) = bearer {
                request = request.bearer_auth(token);
            }
            if call.eventual {
                request = request.header("ConsistencyLevel", "eventual");
            }
            request = match &call.body {
                Some(Body::Json(bytes)) => {
                    request.header(http::header::CONTENT_TYPE, "application/json").body(bytes.clone())
                }
                Some(Body::Form(form)) => {
                    request.header(http::header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(form.clone())
                }
                None => request,
            };
            let started = Instant::now();
            let outcome = match request.send().await {
                Ok(response) => {
                    let status = response.status();
                    let headers = response.headers().clone();
                    response.bytes().await.map(|body| (status, headers, body.to_vec()))
                }
                Err(e) => Err(e),
            };
            let status_label = outcome.as_ref().map_or_else(|_| "error".to_owned(), |(status, ..)| status.as_u16().to_string());
            metrics::counter!(REQUESTS_METRIC, "resource" => resource.clone(), "status" => status_label).increment(1);
            metrics::histogram!(DURATION_METRIC, "resource" => resource.clone()).record(started.elapsed());
            let delay = match outcome {
                Ok((status, headers, body)) => {
                    let delay = retry_after(&headers, Utc::now()).unwrap_or_else(|| policy.backoff(retry));
                    if !retryable_status(status, call.idempotent) || !policy.may_retry(retry, began.elapsed(), delay) {
                        tracing::debug!(method = %call.method, path = call.url.path(), %status, retry, client_request_id);
                        return Ok(Response { status, headers, body, client_request_id });
                    }
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        metrics::histogram!(THROTTLE_WAIT_METRIC, "resource" => resource.clone()).record(delay);
                    }
                    tracing::info!(%status, retry, ?delay, client_request_id, path = call.url.path(), "Graph asked to retry");
                    delay
                }
                Err(e) => {
                    let delay = policy.backoff(retry);
                    let transient = e.is_timeout() || e.is_connect() || e.is_request() || e.is_body();
                    if !(call.idempotent && transient && policy.may_retry(retry, began.elapsed(), delay)) {
                        tracing::warn!(error = %e, client_request_id, method = %call.method, path = call.url.path(), "Graph call failed to complete");
                        return Err(GraphError::Transport(e));
                    }
                    tracing::info!(error = %e, retry, ?delay, client_request_id, path = call.url.path(), "retrying after a network error");
                    delay
                }
            };
            tokio::time::sleep(delay).await;
            retry += 1;
        }
    }

    /// A token from the token endpoint; OAuth errors become [`GraphError::Token`].
    async fn token_request(&self, form: &[(&str, &str)], idempotent: bool) -> Result<TokenResponse, GraphError> {
        let mut call = Call::new(Method::POST, self.inner.config.token_endpoint.clone());
        call.idempotent = idempotent;
        call.body = Some(Body::Form(url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish()));
        let response = self.execute(&call, None).await?;
        if response.status.is_success() {
            return decode(&call.url, &response.body);
        }
        let (error, description) = match serde_json::from_slice::<TokenErrorResponse>(&response.body) {
            Ok(e) => (e.error, e.error_description),
            Err(_) => {
                (format!("HTTP {}", response.status.as_u16()), String::from_utf8_lossy(&response.body).into_owned())
            }
        };
        tracing::warn!(status = %response.status, error, description, client_request_id = response.client_request_id, "token request refused");
        Err(GraphError::Token { status: response.status, error, description })
    }

    /// The cached app-only token, fetched once per expiry for all concurrent callers;
    /// `rejected` is a token Graph refused, which is replaced even if it has not expired.
    async fn app_token(&self, rejected: Option<&str>) -> Result<String, GraphError> {
        let mut cached = self.inner.app_token.lock().await;
        let usable = |t: &&AppToken| t.is_fresh(Utc::now()) && rejected != Some(t.access_token.as_str());
        if let Some(token) = cached.as_ref().filter(usable) {
            return Ok(token.access_token.clone());
        }
        let config = &self.inner.config;
        let sent_at = Utc::now();
        let response = self
            .token_request(
                &[
                    ("grant_type", "client_credentials"),
                    ("client_id", &config.client_id),
                    ("client_secret", &config.client_secret),
                    ("scope", APP_SCOPE),
                ],
                true,
            )
            .await?;
        let token = AppToken { expires_at: response.expires_at(sent_at), access_token: response.access_token };
        let access = token.access_token.clone();
        *cached = Some(token);
        Ok(access)
    }

    /// The user's access token, refreshed first when it is near expiry or was `rejected` by Graph;
    /// the session keeps the new token.
    async fn delegated_token(&self, session: &DelegatedSession, rejected: Option<&str>) -> Result<String, GraphError> {
        let must_refresh =
            |t: &DelegatedToken| t.needs_refresh(Utc::now()) || rejected == Some(t.access_token.as_str());
        let token = session.current();
        if !must_refresh(&token) {
            return Ok(token.access_token);
        }
        let _gate = session.refresh_gate.lock().await;
        // Another call may have refreshed while this one waited for the gate.
        let token = session.current();
        if !must_refresh(&token) {
            return Ok(token.access_token);
        }
        let now = Utc::now();
        let Some(refresh_token) = token.refresh_token.as_deref() else {
            let still_usable = token.expires_at > now && rejected.is_none();
            return if still_usable { Ok(token.access_token) } else { Err(GraphError::SignInRequired) };
        };
        let config = &self.inner.config;
        let mut form = vec![
            ("grant_type", "refresh_token"),
            ("client_id", config.client_id.as_str()),
            ("client_secret", config.client_secret.as_str()),
            ("refresh_token", refresh_token),
        ];
        if let Some(scope) = token.scope.as_deref() {
            form.push(("scope", scope));
        }
        // Not idempotent: Entra may rotate the refresh token, so a lost answer must not be replayed.
        let response = self.token_request(&form, false).await?;
        let refreshed = response.into_delegated(now, &token);
        let access = refreshed.access_token.clone();
        session.replace(refreshed);
        tracing::debug!("refreshed the delegated access token");
        Ok(access)
    }

    fn same_origin(&self, url: &Url) -> bool {
        url.origin() == self.inner.config.graph_base.origin()
    }
}

fn api_error(response: &Response) -> ApiError {
    let header = |name: &str| response.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    ApiError::from_body(
        response.status,
        &response.body,
        header("request-id"),
        header("client-request-id").or_else(|| Some(response.client_request_id.clone())),
    )
}

pub(crate) fn decode<T: DeserializeOwned>(url: &Url, body: &[u8]) -> Result<T, GraphError> {
    serde_json::from_slice(body).map_err(|e| GraphError::Decode { url: url.path().to_owned(), reason: e.to_string() })
}

/// Calls Graph with one credential. Obtained from [`GraphClient::caller`], [`GraphClient::as_app`] or
/// [`GraphClient::as_user`]; cheap to clone.
#[derive(Clone)]
pub struct Caller {
    pub(crate) client: GraphClient,
    credential: Credential,
}

/// One page of a collection.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Page<T> {
    /// The items.
    pub value: Vec<T>,
    /// Link to the next page, to pass to [`Caller::next_page`] unchanged.
    #[serde(rename = "@odata.nextLink")]
    pub next_link: Option<String>,
    /// Total count, when `$count=true` was sent.
    #[serde(rename = "@odata.count")]
    pub count: Option<u64>,
}

impl Caller {
    /// The client behind this handle.
    pub fn client(&self) -> &GraphClient {
        &self.client
    }

    async fn bearer(&self, rejected: Option<&str>) -> Result<String, GraphError> {
        match &self.credential {
            Credential::Application => self.client.app_token(rejected).await,
            Credential::Delegated(session) => self.client.delegated_token(session, rejected).await,
        }
    }

    /// Sends an authenticated call; error statuses become [`GraphError::Api`] and are logged.
    pub(crate) async fn send(&self, call: Call) -> Result<Response, GraphError> {
        let bearer = self.bearer(None).await?;
        let mut response = self.client.execute(&call, Some(&bearer)).await?;
        // A token can be revoked, or its signing key rotated, before it expires. Graph did not process the
        // request, so renewing the token once and repeating is safe for every method.
        if response.status == StatusCode::UNAUTHORIZED
            && api_error(&response).code == ErrorCode::InvalidAuthenticationToken
        {
            tracing::info!(client_request_id = response.client_request_id, "access token rejected; renewing it once");
            let renewed = self.bearer(Some(&bearer)).await?;
            response = self.client.execute(&call, Some(&renewed)).await?;
        }
        if response.status.is_success() {
            return Ok(response);
        }
        let error = api_error(&response);
        tracing::warn!(
            status = %error.status,
            code = %error.code,
            request_id = error.request_id.as_deref().unwrap_or("-"),
            client_request_id = error.client_request_id.as_deref().unwrap_or("-"),
            method = %call.method,
            path = call.url.path(),
            "Graph error: {}",
            error.message
        );
        Err(GraphError::Api(Box::new(error)))
    }

    pub(crate) async fn send_json<T: DeserializeOwned>(&self, call: Call) -> Result<T, GraphError> {
        let url = call.url.clone();
        let response = self.send(call).await?;
        decode(&url, &response.body)
    }

    pub(crate) async fn send_empty(&self, call: Call) -> Result<(), GraphError> {
        self.send(call).await.map(drop)
    }

    /// Like [`Self::send_json`] (`T` = the body) or [`Self::send_empty`] (`T` = `()`), keeping Graph's ids.
    pub(crate) async fn send_traced<T: DeserializeOwned>(&self, call: Call) -> Result<Sent<T>, GraphError> {
        let url = call.url.clone();
        let response = self.send(call).await?;
        let body: &[u8] = if response.body.is_empty() { b"null" } else { &response.body };
        Ok(Sent {
            value: decode(&url, body)?,
            request_id: response.headers.get("request-id").and_then(|v| v.to_str().ok()).map(str::to_owned),
            client_request_id: response.client_request_id,
        })
    }

    /// The first page of a collection.
    pub(crate) async fn first_page<T: DeserializeOwned>(
        &self,
        version: ApiVersion,
        segments: &[String],
        query: &Query,
    ) -> Result<Page<T>, GraphError> {
        let mut call = Call::new(Method::GET, self.client.url(version, segments, &query.params()));
        call.eventual = query.is_advanced();
        self.send_json(call).await
    }

    /// The page behind an `@odata.nextLink`, requested exactly as Graph returned it.
    /// Pass `eventual = true` when the first page was an advanced query.
    pub async fn next_page<T: DeserializeOwned>(&self, next_link: &str, eventual: bool) -> Result<Page<T>, GraphError> {
        let url = Url::parse(next_link)
            .map_err(|e| GraphError::Decode { url: next_link.to_owned(), reason: e.to_string() })?;
        // The bearer token must only ever go to Graph itself.
        if !self.client.same_origin(&url) {
            return Err(GraphError::InvalidRequest(format!("next page link {next_link} does not point at Graph")));
        }
        let mut call = Call::new(Method::GET, url);
        call.eventual = eventual;
        self.send_json(call).await
    }

    /// Every item of a collection, following `@odata.nextLink` page by page as the stream is read.
    pub(crate) fn collection<T: DeserializeOwned + Send + 'static>(
        &self,
        version: ApiVersion,
        segments: Vec<String>,
        query: Query,
    ) -> impl Stream<Item = Result<T, GraphError>> + Send + 'static {
        enum Next {
            First(ApiVersion, Vec<String>, Query),
            Link(String, bool),
            Done,
        }
        let caller = self.clone();
        stream::try_unfold(Next::First(version, segments, query), move |next| {
            let caller = caller.clone();
            async move {
                let (page, eventual) = match next {
                    Next::Done => return Ok(None),
                    Next::First(version, segments, query) => {
                        (caller.first_page::<T>(version, &segments, &query).await?, query.is_advanced())
                    }
                    Next::Link(link, eventual) => (caller.next_page::<T>(&link, eventual).await?, eventual),
                };
                let next = page.next_link.map_or(Next::Done, |link| Next::Link(link, eventual));
                Ok(Some((stream::iter(page.value.into_iter().map(Ok)), next)))
            }
        })
        .try_flatten()
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserRef;

    fn client(base: &str) -> GraphClient {
        GraphClient::new(
            reqwest::Client::new(),
            GraphConfig::new(base, "https://login.example/t/token", "id", "s").unwrap(),
        )
    }

    #[test]
    fn urls_keep_the_base_path_and_encode_segments() {
        for base in ["http://127.0.0.1:3000/_sandbox/graph", "http://127.0.0.1:3000/_sandbox/graph/"] {
            let mut segments = UserRef::Upn("ann_fabrikam.com#EXT#@contoso.com".into()).segments();
            segments.extend(["sponsors".to_owned(), "$ref".to_owned()]);
            assert_eq!(
                client(base).url(ApiVersion::Beta, &segments, &[]).as_str(),
                "http://127.0.0.1:3000/_sandbox/graph/beta/users/ann_fabrikam.com%23EXT%23@contoso.com/sponsors/$ref"
            );
        }
        let url = client("https://graph.microsoft.com").url(ApiVersion::V1, &["users"], &[("$top", "5".into())]);
        assert_eq!(url.as_str(), "https://graph.microsoft.com/v1.0/users?$top=5");
    }

    #[test]
    fn calls_are_counted_by_resource() {
        for base in ["http://127.0.0.1:3000/_sandbox/graph", "https://graph.microsoft.com"] {
            let client = client(base);
            let resource = |segments: &[&str]| client.resource(&client.url(ApiVersion::V1, segments, &[]));
            assert_eq!(resource(&["users", "8b0c4a6e-0000-4000-8000-000000000001", "sponsors"]), "users");
            assert_eq!(resource(&["$batch"]), "$batch");
            assert_eq!(resource(&[]), "other");
            assert_eq!(client.resource(&Url::parse("https://login.example/t/token").unwrap()), "token");
        }
    }

    #[test]
    fn config_rejects_unusable_urls() {
        let error = GraphConfig::new("mailto:x@y.com", "https://login.example/token", "id", "s").err();
        assert_eq!(error, Some(ConfigError::InvalidUrl { setting: "graph_base", value: "mailto:x@y.com".into() }));
        assert!(GraphConfig::new("https://graph.microsoft.com", "not a url", "id", "s").is_err());
    }
}
