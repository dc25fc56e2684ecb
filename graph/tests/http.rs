//! The client against a small local HTTP double: throttling, unavailability, timeouts, paging, the error
//! envelope, the token endpoint (client credentials and refresh) and batching.
//! The double only mimics Graph's HTTP behaviour; it is not a Graph implementation.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use chrono::Utc;
use futures::TryStreamExt;
use graph::{
    ApiVersion, Batch, BatchRequest, DelegatedSession, DelegatedToken, EmailAddress, ErrorCode, Filter, GraphClient,
    GraphConfig, GraphError, InvitationRequest, ObjectId, Query, RetryPolicy, User, UserRef,
};
use serde_json::{json, Value};

const SPONSOR: &str = "cbb896f9-8306-49d0-b56b-b8e39cd28825";

#[derive(Clone, Debug)]
struct Seen {
    method: Method,
    path: String,
    query: Option<String>,
    headers: HeaderMap,
}

#[derive(Default)]
struct Double {
    base: Mutex<String>,
    hits: Mutex<HashMap<String, usize>>,
    seen: Mutex<Vec<Seen>>,
}

impl Double {
    /// How many times this exact request (method, path and body) has arrived, this one included.
    fn hit(&self, key: String) -> usize {
        let mut hits = self.hits.lock().unwrap();
        let n = hits.entry(key).or_default();
        *n += 1;
        *n
    }

    fn count(&self, predicate: impl Fn(&Seen) -> bool) -> usize {
        self.seen.lock().unwrap().iter().filter(|s| predicate(s)).count()
    }

    fn requests_to(&self, path: &str) -> Vec<Seen> {
        self.seen.lock().unwrap().iter().filter(|s| s.path == path).cloned().collect()
    }
}

fn json_response(status: StatusCode, body: Value) -> Response {
    (status, [("content-type", "application/json")], body.to_string()).into_response()
}

fn graph_error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({"error":{"code":code,"message":message,
        "innerError":{"date":"2025-02-13T10:17:06","request-id":"req-42","client-request-id":"echo"}}});
    let mut response = json_response(status, body);
    response.headers_mut().insert("request-id", "req-42".parse().unwrap());
    response
}

fn user(upn: &str) -> Value {
    json!({"id": SPONSOR, "userPrincipalName": upn, "userType": "Guest"})
}

async fn token(double: &Double, body: &str) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(body.as_bytes()).into_owned().collect();
    if form.get("client_secret").map(String::as_str) != Some("secret") {
        return json_response(
            StatusCode::UNAUTHORIZED,
            json!({"error":"invalid_client","error_description":"bad secret"}),
        );
    }
    match form.get("grant_type").map(String::as_str) {
        Some("client_credentials") if form.get("scope").map(String::as_str) == Some(graph::APP_SCOPE) => {
            // Slow enough that concurrent callers overlap, to show that only one of them fetches.
            tokio::time::sleep(Duration::from_millis(150)).await;
            let n = double.hit("app-token".into());
            json_response(
                StatusCode::OK,
                json!({"token_type":"Bearer","expires_in":3599,"access_token":format!("app-{n}")}),
            )
        }
        Some("refresh_token") if form.get("refresh_token").map(String::as_str) == Some("refresh-ok") => json_response(
            StatusCode::OK,
            json!({"token_type":"Bearer","expires_in":3600,"access_token":"user-refreshed","refresh_token":"refresh-rotated",
                   "scope": form.get("scope")}),
        ),
        _ => json_response(
            StatusCode::BAD_REQUEST,
            json!({"error":"invalid_grant","error_description":"AADSTS70008: expired"}),
        ),
    }
}

async fn handle(
    State(double): State<Arc<Double>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let body = String::from_utf8_lossy(&body).into_owned();
    double.seen.lock().unwrap().push(Seen {
        method: method.clone(),
        path: path.clone(),
        query: uri.query().map(str::to_owned),
        headers: headers.clone(),
    });
    if path == "/token" {
        return token(&double, &body).await;
    }
    let Some(bearer) =
        headers.get("authorization").and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "))
    else {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    };
    let n = double.hit(format!("{method} {path} {} {body}", uri.query().unwrap_or_default()));
    let base = double.base.lock().unwrap().clone();
    match (method.as_str(), path.strip_prefix("/graph").unwrap_or("")) {
        ("GET", "/v1.0/me") => json_response(StatusCode::OK, json!({"displayName": bearer})),
        ("GET", "/v1.0/users") => match uri.query() {
            Some(q) if q.contains("$skiptoken=") => json_response(StatusCode::OK, json!({"value":[user("c@x.com")]})),
            _ => json_response(
                StatusCode::OK,
                json!({"@odata.count": 3, "value":[user("a@x.com"), user("b@x.com")],
                       "@odata.nextLink": format!("{base}/v1.0/users?$top=2&$skiptoken=X%27Y%2B1")}),
            ),
        },
        ("GET", "/v1.0/users/throttled@contoso.com") if n == 1 => {
            let mut r = graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Please retry again later.");
            r.headers_mut().insert("retry-after", "1".parse().unwrap());
            r
        }
        // Stands in for a revoked token or rotated signing key: the first tokens are refused.
        ("GET", "/v1.0/users/rotated@contoso.com") if ["app-1", "user-1"].contains(&bearer) => {
            graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token validation failure.")
        }
        ("GET", "/v1.0/users/long-wait@contoso.com") => {
            let mut r = graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Please retry again later.");
            r.headers_mut().insert("retry-after", "3600".parse().unwrap());
            r
        }
        ("GET", "/v1.0/users/always-throttled@contoso.com") => {
            graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Please retry again later.")
        }
        ("GET", "/v1.0/users/flaky@contoso.com") if n == 1 => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        ("GET", "/v1.0/users/slow@contoso.com") if n == 1 => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            json_response(StatusCode::OK, user("slow@contoso.com"))
        }
        // Never answers in time, however often it is asked.
        ("GET", "/v1.0/users/stuck@contoso.com") => {
            tokio::time::sleep(Duration::from_secs(60)).await;
            json_response(StatusCode::OK, user("stuck@contoso.com"))
        }
        ("GET", "/v1.0/users/missing@contoso.com") => graph_error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            "Resource 'missing@contoso.com' does not exist or one of its queried reference-property objects are not present.",
        ),
        ("GET", "/v1.0/users/$count") => {
            let answer = if uri.query().is_some_and(|q| q.contains("Guest")) { "42\n" } else { "many" };
            ([("content-type", "text/plain")], answer).into_response()
        }
        ("GET", p) if p.starts_with("/v1.0/users/") => json_response(StatusCode::OK, user(&p["/v1.0/users/".len()..])),
        ("POST", "/v1.0/invitations") => invitation(&body, n).await,
        ("DELETE", p) if p.ends_with("/$ref") => StatusCode::NO_CONTENT.into_response(),
        ("POST", "/v1.0/$batch") => {
            // Answers arrive in a different order than sent, as Graph allows.
            json_response(
                StatusCode::OK,
                json!({"responses":[
                    {"id":"2","status":404,"headers":{"Content-Type":"application/json"},
                     "body":{"error":{"code":"Request_ResourceNotFound","message":"gone"}}},
                    {"id":"1","status":200,"headers":{},"body":user("a@x.com")}
                ]}),
            )
        }
        _ => graph_error(StatusCode::BAD_REQUEST, "Request_BadRequest", "unexpected request in test double"),
    }
}

async fn invitation(body: &str, n: usize) -> Response {
    let request: Value = serde_json::from_str(body).unwrap();
    let email = request["invitedUserEmailAddress"].as_str().unwrap_or_default().to_owned();
    match email.as_str() {
        "throttled@fabrikam.com" if n == 1 => {
            graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Please retry again later.")
        }
        "busy@fabrikam.com" => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        "slow@fabrikam.com" => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            StatusCode::CREATED.into_response()
        }
        _ => json_response(
            StatusCode::CREATED,
            json!({"id":"9071bfde-35e0-47d2-a582-d244ab1b4af6","invitedUserEmailAddress": email,
                   "inviteRedirectUrl": request["inviteRedirectUrl"], "inviteRedeemUrl":"https://login.example/redeem?x",
                   "status":"PendingAcceptance","invitedUser":{"id": SPONSOR},
                   "invitedUserSponsors": request["invitedUserSponsors"]}),
        ),
    }
}

async fn start() -> (Arc<Double>, GraphClient) {
    start_with(RetryPolicy {
        max_retries: 3,
        budget: Duration::from_secs(10),
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(40),
        attempt_timeout: Duration::from_millis(500),
    })
    .await
}

async fn start_with(retry: RetryPolicy) -> (Arc<Double>, GraphClient) {
    let double = Arc::new(Double::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    *double.base.lock().unwrap() = format!("{base}/graph");
    let app = Router::new().fallback(handle).with_state(double.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let mut config = GraphConfig::new(&format!("{base}/graph"), &format!("{base}/token"), "client", "secret").unwrap();
    config.retry = retry;
    (double, GraphClient::new(reqwest::Client::new(), config))
}

fn upn(s: &str) -> UserRef {
    UserRef::Upn(s.to_owned())
}

fn api_error(result: Result<impl std::fmt::Debug, GraphError>) -> graph::ApiError {
    match result {
        Err(GraphError::Api(e)) => *e,
        other => panic!("expected a Graph error, got {other:?}"),
    }
}

#[tokio::test]
async fn throttling_is_retried_after_retry_after() {
    let (double, client) = start().await;
    let user = client.as_app().user(&upn("throttled@contoso.com"), &Query::new()).await.unwrap();
    assert_eq!(user.user_principal_name.as_deref(), Some("throttled@contoso.com"));
    assert_eq!(double.requests_to("/graph/v1.0/users/throttled@contoso.com").len(), 2);
}

#[tokio::test]
async fn a_retry_after_beyond_the_time_budget_is_not_waited_for() {
    let (double, client) = start().await;
    let error = api_error(client.as_app().user(&upn("long-wait@contoso.com"), &Query::new()).await);
    assert_eq!(error.code, ErrorCode::TooManyRequests);
    assert_eq!(double.requests_to("/graph/v1.0/users/long-wait@contoso.com").len(), 1);
}

#[tokio::test]
async fn retries_stop_at_the_limit_and_report_throttling() {
    let (double, client) = start().await;
    let error = api_error(client.as_app().user(&upn("always-throttled@contoso.com"), &Query::new()).await);
    assert_eq!(error.code, ErrorCode::TooManyRequests);
    assert_eq!(double.requests_to("/graph/v1.0/users/always-throttled@contoso.com").len(), 4, "first try + 3 retries");
}

#[tokio::test]
async fn unavailable_then_success_for_reads_but_not_for_invitations() {
    let (double, client) = start().await;
    let caller = client.as_app();
    assert!(caller.user(&upn("flaky@contoso.com"), &Query::new()).await.is_ok());
    assert_eq!(double.requests_to("/graph/v1.0/users/flaky@contoso.com").len(), 2);

    let invite =
        InvitationRequest::new(EmailAddress::parse("busy@fabrikam.com").unwrap(), "https://x.com".parse().unwrap());
    let error = api_error(caller.invite(&invite).await);
    assert_eq!(error.code, ErrorCode::ServiceUnavailable);
    assert_eq!(double.requests_to("/graph/v1.0/invitations").len(), 1, "a 503 on POST may hide a processed invite");
}

#[tokio::test]
async fn throttled_invitation_is_retried_because_429_means_not_processed() {
    let (double, client) = start().await;
    let invite = InvitationRequest::new(
        EmailAddress::parse("throttled@fabrikam.com").unwrap(),
        "https://x.com".parse().unwrap(),
    )
    .sponsors([SPONSOR.parse::<ObjectId>().unwrap()]);
    let invitation = client.as_app().invite(&invite).await.unwrap();
    assert_eq!(invitation.invite_redeem_url.as_deref(), Some("https://login.example/redeem?x"));
    assert_eq!(invitation.value.invited_user_sponsors.unwrap()[0].id.unwrap().to_string(), SPONSOR);
    assert_eq!(double.requests_to("/graph/v1.0/invitations").len(), 2);
}

#[tokio::test]
async fn timeouts_are_retried_only_for_idempotent_calls() {
    let (double, client) = start().await;
    let caller = client.as_app();
    assert!(caller.user(&upn("slow@contoso.com"), &Query::new()).await.is_ok());
    assert_eq!(double.requests_to("/graph/v1.0/users/slow@contoso.com").len(), 2);

    let invite =
        InvitationRequest::new(EmailAddress::parse("slow@fabrikam.com").unwrap(), "https://x.com".parse().unwrap());
    match caller.invite(&invite).await {
        Err(GraphError::Transport(e)) => assert!(e.is_timeout(), "{e}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(double.requests_to("/graph/v1.0/invitations").len(), 1);
}

#[tokio::test]
async fn a_call_ends_within_its_budget_however_long_graph_stalls() {
    let budget = Duration::from_secs(2);
    let (double, client) = start_with(RetryPolicy { max_retries: 10, ..RetryPolicy::within(budget) }).await;
    let started = std::time::Instant::now();
    match client.as_app().user(&upn("stuck@contoso.com"), &Query::new()).await {
        Err(GraphError::Transport(e)) => assert!(e.is_timeout(), "{e}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    // The first attempt takes half the budget; the second is cut short where the budget ends,
    // and no third starts, although ten retries were allowed.
    let spent = started.elapsed();
    assert!(spent >= budget - Duration::from_millis(100) && spent < budget + Duration::from_secs(1), "{spent:?}");
    assert_eq!(double.requests_to("/graph/v1.0/users/stuck@contoso.com").len(), 2);
}

#[tokio::test]
async fn paging_follows_next_link_exactly_and_keeps_consistency_level() {
    let (double, client) = start().await;
    let query = Query::new()
        .select(&["id", "userPrincipalName"])
        .filter(Filter::ends_with("userPrincipalName", "#EXT#@contoso.com"));
    let users: Vec<User> = client.as_app().users(query).try_collect().await.unwrap();
    let upns: Vec<_> = users.iter().filter_map(|u| u.user_principal_name.as_deref()).collect();
    assert_eq!(upns, ["a@x.com", "b@x.com", "c@x.com"]);

    let requests = double.requests_to("/graph/v1.0/users");
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0].query.as_deref(),
        Some("$select=id%2CuserPrincipalName&$filter=endsWith%28userPrincipalName%2C%27%23EXT%23%40contoso.com%27%29&$count=true")
    );
    assert_eq!(requests[1].query.as_deref(), Some("$top=2&$skiptoken=X%27Y%2B1"), "nextLink must be sent unchanged");
    assert!(requests.iter().all(|r| r.headers.get("consistencylevel").is_some_and(|v| v == "eventual")));
}

#[tokio::test]
async fn count_sends_only_filter_and_search_with_eventual_consistency() {
    let (double, client) = start().await;
    let query = Query::new().select(&["id"]).filter(Filter::eq("userType", "Guest")).top(5);
    assert_eq!(client.as_app().count_users(&query).await.unwrap(), 42);
    let request = &double.requests_to("/graph/v1.0/users/$count")[0];
    assert_eq!(request.query.as_deref(), Some("$filter=userType%20eq%20%27Guest%27"));
    assert!(request.headers.get("consistencylevel").is_some_and(|v| v == "eventual"));
    // Without a filter there is no query string, and an answer that is no number is a decode error.
    let error = client.as_app().count_users(&Query::new()).await.unwrap_err();
    assert!(matches!(&error, GraphError::Decode { .. }), "{error:?}");
    assert_eq!(double.requests_to("/graph/v1.0/users/$count")[1].query, None);
}

#[tokio::test]
async fn one_page_variant_returns_count_and_link() {
    let (double, client) = start().await;
    let caller = client.as_app();
    let page = caller.users_page(&Query::new().top(2)).await.unwrap();
    assert_eq!((page.value.len(), page.count), (2, Some(3)));
    assert!(double.requests_to("/graph/v1.0/users")[0].headers.get("consistencylevel").is_none());
    let next = caller.next_page::<User>(page.next_link.as_deref().unwrap(), false).await.unwrap();
    assert_eq!(next.value.len(), 1);
    assert!(next.next_link.is_none());
    let foreign = caller.next_page::<User>("https://evil.example/v1.0/users?$skiptoken=1", false).await;
    assert!(matches!(foreign, Err(GraphError::InvalidRequest(_))), "the token must not leave Graph's origin");
}

#[tokio::test]
async fn error_envelope_becomes_a_typed_error() {
    let (double, client) = start().await;
    let error = api_error(client.as_app().user(&upn("missing@contoso.com"), &Query::new()).await);
    assert_eq!(error.status, StatusCode::NOT_FOUND);
    assert_eq!(error.code, ErrorCode::ResourceNotFound);
    assert_eq!(error.request_id.as_deref(), Some("req-42"));
    assert_eq!(error.date.as_deref(), Some("2025-02-13T10:17:06"));
    assert!(error.message.starts_with("Resource 'missing@contoso.com'"));
    let sent = &double.requests_to("/graph/v1.0/users/missing@contoso.com")[0];
    assert!(sent.headers.get("client-request-id").is_some_and(|v| v.to_str().unwrap().parse::<uuid::Uuid>().is_ok()));
}

#[tokio::test]
async fn every_call_gets_a_fresh_client_request_id_and_upns_are_encoded() {
    let (double, client) = start().await;
    let caller = client.as_app();
    let guest = upn("ann_fabrikam.com#EXT#@contoso.com");
    caller.user(&guest, &Query::new()).await.unwrap();
    caller.user(&guest, &Query::new()).await.unwrap();
    let requests = double.requests_to("/graph/v1.0/users/ann_fabrikam.com%23EXT%23@contoso.com");
    assert_eq!(requests.len(), 2);
    let ids: Vec<_> = requests.iter().map(|r| r.headers["client-request-id"].clone()).collect();
    assert_ne!(ids[0], ids[1]);
}

#[tokio::test]
async fn sponsor_removal_always_targets_the_reference() {
    let (double, client) = start().await;
    let sponsor: ObjectId = SPONSOR.parse().unwrap();
    client.as_app().remove_sponsor(&upn("guest@contoso.com"), sponsor).await.unwrap();
    let path = format!("/graph/v1.0/users/guest@contoso.com/sponsors/{SPONSOR}/$ref");
    assert_eq!(double.count(|s| s.method == Method::DELETE && s.path == path), 1);
}

#[tokio::test]
async fn app_token_is_fetched_once_for_concurrent_calls_and_cached() {
    let (double, client) = start().await;
    let calls = (0..5).map(|_| {
        let caller = client.as_app();
        async move { caller.user(&UserRef::Me, &Query::new()).await }
    });
    let users = futures::future::try_join_all(calls).await.unwrap();
    assert!(users.iter().all(|u| u.display_name.as_deref() == Some("app-1")));
    client.as_app().user(&UserRef::Me, &Query::new()).await.unwrap();
    assert_eq!(double.count(|s| s.path == "/token"), 1);
}

fn delegated(access: &str, refresh: Option<&str>, minutes_left: i64) -> DelegatedSession {
    DelegatedSession::new(DelegatedToken {
        access_token: access.into(),
        refresh_token: refresh.map(str::to_owned),
        expires_at: Utc::now() + chrono::Duration::minutes(minutes_left),
        scope: Some("openid offline_access User.Read".into()),
    })
}

#[tokio::test]
async fn delegated_token_is_used_until_near_expiry_then_refreshed_and_handed_back() {
    let (double, client) = start().await;
    let fresh = delegated("user-1", Some("refresh-ok"), 60);
    let me = client.as_user(&fresh).user(&UserRef::Me, &Query::new()).await.unwrap();
    assert_eq!(me.display_name.as_deref(), Some("user-1"));
    assert_eq!(double.count(|s| s.path == "/token"), 0);

    let expiring = delegated("user-1", Some("refresh-ok"), 2);
    let me = client.as_user(&expiring).user(&UserRef::Me, &Query::new()).await.unwrap();
    assert_eq!(me.display_name.as_deref(), Some("user-refreshed"));
    let stored = expiring.current();
    assert_eq!(stored.access_token, "user-refreshed");
    assert_eq!(stored.refresh_token.as_deref(), Some("refresh-rotated"));
    assert_eq!(stored.scope.as_deref(), Some("openid offline_access User.Read"));
    assert!(!stored.needs_refresh(Utc::now()));
}

#[tokio::test]
async fn refused_refresh_asks_for_a_new_sign_in() {
    let (_double, client) = start().await;
    let revoked = delegated("user-1", Some("refresh-revoked"), -1);
    let error = client.as_user(&revoked).user(&UserRef::Me, &Query::new()).await.unwrap_err();
    assert!(matches!(&error, GraphError::Token { error, .. } if error == "invalid_grant"), "{error:?}");
    assert!(error.needs_sign_in());
    assert_eq!(revoked.current().access_token, "user-1");

    let no_refresh = delegated("user-1", None, -1);
    let error = client.as_user(&no_refresh).user(&UserRef::Me, &Query::new()).await.unwrap_err();
    assert!(matches!(error, GraphError::SignInRequired));
}

#[tokio::test]
async fn batch_answers_are_matched_by_id() {
    let (double, client) = start().await;
    let mut batch = Batch::new(ApiVersion::V1);
    batch.push(BatchRequest::new("1", Method::GET, &["users", "a@x.com"], &Query::new())).unwrap();
    batch.push(BatchRequest::new("2", Method::GET, &["users", "gone@x.com"], &Query::new())).unwrap();
    let mut responses = client.as_app().batch(&batch).await.unwrap();
    let first: User = responses.take("1").unwrap().into_result().unwrap();
    assert_eq!(first.user_principal_name.as_deref(), Some("a@x.com"));
    let second = responses.take("2").unwrap().check().unwrap_err();
    assert_eq!(second.code(), Some(&ErrorCode::ResourceNotFound));
    assert_eq!(double.requests_to("/graph/v1.0/$batch").len(), 1);
}

#[tokio::test]
async fn a_rejected_token_is_renewed_once() {
    let (double, client) = start().await;
    let rotated = upn("rotated@contoso.com");
    client.as_app().user(&rotated, &Query::new()).await.unwrap();
    assert_eq!(double.count(|s| s.path == "/token"), 2, "the cached app token is replaced");

    let session = delegated("user-1", Some("refresh-ok"), 60);
    client.as_user(&session).user(&rotated, &Query::new()).await.unwrap();
    assert_eq!(session.current().access_token, "user-refreshed");

    let without_refresh = delegated("user-1", None, 60);
    let error = client.as_user(&without_refresh).user(&rotated, &Query::new()).await.unwrap_err();
    assert!(matches!(error, GraphError::SignInRequired), "{error:?}");
    assert_eq!(double.requests_to("/graph/v1.0/users/rotated@contoso.com").len(), 5);
}
