//! The typed client against a live sandbox tenant over real HTTP: app-only and delegated tokens from
//! the sandbox's own token endpoint (client credentials; authorize → code → token), every typed call
//! the portal makes, and the retry behaviour against the sandbox's throttle and injected faults.
//!
//! A recording layer in front of the sandbox router keeps every Graph request and response, and
//! each test ends by validating every body both ways against Microsoft's schema
//! (`sandbox/tests/fixtures/graph-schema`, shared with the sandbox's tests through `#[path]`).

#[path = "../../sandbox/tests/support/live.rs"]
mod live;
#[path = "../../sandbox/tests/support/schema.rs"]
mod schema;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use chrono::Utc;
use futures::{StreamExt, TryStreamExt};
use graph::{
    existing_user_filter, ApiVersion, Batch, BatchRequest, ConvertToInternal, DelegatedSession, DelegatedToken,
    DirectoryObjectKind, EmailAddress, EmailError, ErrorCode, ExternalUserState, Filter, GraphClient, GraphConfig,
    GraphError, InvitationRequest, InvitationStatus, ObjectId, PasswordProfile, Principal, Query, RetryPolicy, Search, UserRef,
    UserType, UserUpdate,
};
use http::{Method, StatusCode};
use sandbox::graph::FaultPlan;
use sandbox::Sandbox;
use serde_json::Value;

const GLOBAL_ADMIN: &str = "grace.okafor@northwind.example";
const USER_ADMIN: &str = "mateo.rossi@northwind.example";
/// Holds the portal's Guestlist.Inviter app role in the seed.
const GUEST_INVITER: &str = "priya.natarajan@northwind.example";
const REDIRECT: &str = "https://portal.example/welcome";

/// One Graph request as it crossed the wire, and its answer once there is one.
#[derive(Clone, Debug)]
struct Exchange {
    method: Method,
    /// The path below `/_sandbox/graph/`, e.g. `v1.0/users`.
    path: String,
    request: Bytes,
    answer: Option<(StatusCode, Bytes)>,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Exchange>>>);

async fn record(State(recorder): State<Recorder>, request: Request, next: Next) -> Response {
    let Some(path) = request.uri().path().strip_prefix("/_sandbox/graph/").map(str::to_owned) else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let index = {
        let mut log = recorder.0.lock().unwrap();
        log.push(Exchange { method: parts.method.clone(), path, request: bytes.clone(), answer: None });
        log.len() - 1
    };
    let response = next.run(Request::from_parts(parts, Body::from(bytes))).await;
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    recorder.0.lock().unwrap()[index].answer = Some((parts.status, bytes.clone()));
    Response::from_parts(parts, Body::from(bytes))
}

impl Recorder {
    fn exchanges(&self) -> Vec<Exchange> {
        self.0.lock().unwrap().clone()
    }

    /// The answers (`None`: not answered yet) to `method` requests on `path`, in arrival order.
    fn answers(&self, method: &Method, path: &str) -> Vec<Option<StatusCode>> {
        let log = self.exchanges();
        log.iter().filter(|e| e.method == *method && e.path == path).map(|e| e.answer.as_ref().map(|a| a.0)).collect()
    }
}

/// Which schema type a request or response body is, from the request line.
#[derive(Clone, Copy, Debug)]
enum Shape {
    Type(&'static str),
    /// A directoryObject collection: each item checked by its `@odata.type`.
    Objects,
    /// One directoryObject, checked by its `@odata.type`.
    Object,
    /// The bare number a `$count` segment answers ("Count users").
    Count,
    /// The operation sends no body this way.
    Empty,
}

/// (request body, response body) types for a Graph operation; `route` is the path below the version.
/// `$batch` is handled by [`check_batch`].
fn operation(version: &str, method: &Method, route: &str) -> (Shape, Shape) {
    use Shape::*;
    let segments: Vec<&str> = route.split('/').collect();
    let beta = version == "beta";
    match (method.as_str(), segments.as_slice()) {
        ("POST", ["invitations"]) => (Type("invitationCreateRequest"), Type("microsoft.graph.invitation")),
        ("GET", ["users"]) => (Empty, Type("microsoft.graph.userCollectionResponse")),
        ("GET", ["users", "$count"]) => (Empty, Count),
        ("GET", ["users", _] | ["me"]) if !beta => (Empty, Type("microsoft.graph.user")),
        ("PATCH", ["users", _]) if !beta => (Type("microsoft.graph.user"), Empty),
        ("DELETE", ["users", _]) if !beta => (Empty, Empty),
        ("GET", ["directory", "deletedItems", "microsoft.graph.user"]) => {
            (Empty, Type("microsoft.graph.userCollectionResponse"))
        }
        ("GET", ["directory", "deletedItems", _]) | ("POST", ["directory", "deletedItems", _, "restore"]) => {
            (Empty, Object)
        }
        ("DELETE", ["directory", "deletedItems", _]) => (Empty, Empty),
        ("GET", ["users" | "me", .., "sponsors" | "sponsorOf" | "memberOf"] | ["groups", _, "members"]) => {
            (Empty, Objects)
        }
        ("POST", [.., "$ref"]) => (Type("odata.reference"), Empty),
        ("DELETE", [.., "$ref"]) => (Empty, Empty),
        ("GET", ["groups"]) => (Empty, Type("microsoft.graph.groupCollectionResponse")),
        ("GET", ["groups", _]) => (Empty, Type("microsoft.graph.group")),
        ("GET", ["users", _, "appRoleAssignments"]) => {
            (Empty, Type("microsoft.graph.appRoleAssignmentCollectionResponse"))
        }
        ("GET", ["policies", "authorizationPolicy"]) => (Empty, Type("microsoft.graph.authorizationPolicy")),
        ("GET", ["policies", "b2bManagementPolicies"]) if beta => {
            (Empty, Type("beta.microsoft.graph.stsPolicyCollectionResponse"))
        }
        ("POST", ["users", _, "convertExternalToInternalMemberUser"]) if beta => (
            Type("beta.microsoft.graph.convertExternalToInternalMemberUser.parameters"),
            Type("beta.microsoft.graph.conversionUserDetails"),
        ),
        _ => panic!("no schema mapping for {method} {version}/{route}: add one before testing this call"),
    }
}

fn check_body(kind: Shape, body: &Value, what: &str) {
    match kind {
        Shape::Type(def) => schema::assert_valid(def, body),
        Shape::Objects => schema::assert_valid_objects(body),
        Shape::Object => match body["@odata.type"].as_str() {
            Some("#microsoft.graph.user") => schema::assert_valid("microsoft.graph.user", body),
            other => panic!("{what}: unexpected @odata.type {other:?} in {body}"),
        },
        Shape::Count => assert!(body.is_u64(), "{what} is not a count: {body}"),
        Shape::Empty => panic!("{what} has a body where Graph sends none: {body}"),
    }
}

/// Checks one exchange: the request body, then the answer (an error envelope for any failure).
fn check_exchange(
    version: &str,
    method: &Method,
    route: &str,
    request: Option<&Value>,
    status: u16,
    answer: Option<&Value>,
) {
    let (request_kind, response_kind) = operation(version, method, route);
    let what = format!("{method} {version}/{route}");
    if let Some(body) = request {
        check_body(request_kind, body, &format!("the request of {what}"));
    }
    match answer {
        Some(body) if status >= 400 => schema::assert_valid("microsoft.graph.ODataErrors.ODataError", body),
        Some(body) => check_body(response_kind, body, &format!("the answer to {what}")),
        None => assert!(status == 204 || status >= 400, "{what} answered {status} without a body"),
    }
}

/// `$batch`: the envelope's shape, then every inner request and answer against its own operation.
fn check_batch(version: &str, request: &Value, answer: &Value) {
    let requests = request["requests"].as_array().expect("a batch has requests");
    let responses = answer["responses"].as_array().expect("a batch answer has responses");
    assert_eq!(responses.len(), requests.len(), "one answer per request: {answer}");
    for inner in responses {
        let fields = inner.as_object().expect("each answer is an object");
        assert!(fields.keys().all(|k| ["id", "status", "headers", "body"].contains(&k.as_str())), "{inner}");
        assert!(inner["id"].is_string() && inner.get("headers").is_none_or(Value::is_object), "{inner}");
        let sent = requests.iter().find(|r| r["id"] == inner["id"]).expect("every answer has its request");
        let url = sent["url"].as_str().unwrap();
        let route = url.trim_start_matches('/').split('?').next().unwrap();
        let method: Method = sent["method"].as_str().unwrap().parse().unwrap();
        let status = inner["status"].as_u64().expect("an inner status") as u16;
        check_exchange(version, &method, route, sent.get("body"), status, inner.get("body"));
    }
}

fn json(bytes: &Bytes) -> Option<Value> {
    (!bytes.is_empty()).then(|| serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("not JSON ({e}): {bytes:?}")))
}

/// A sandbox tenant behind a recorder, and a client configured for it.
struct Tenant {
    sandbox: Sandbox,
    base: String,
    recorder: Recorder,
    data_dir: PathBuf,
}

impl Drop for Tenant {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// Fast retries, so the retry tests spend their time in Retry-After, not in backoff.
fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        max_retries: 4,
        budget: Duration::from_secs(30),
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(200),
        attempt_timeout: Duration::from_secs(30),
    }
}

async fn tenant(throttle_invitations: bool) -> Tenant {
    let data_dir = live::temp_data_dir("graph-against-sandbox");
    let recorder = Recorder::default();
    let layer = middleware::from_fn_with_state(recorder.clone(), record);
    let (sandbox, base) = live::serve(&data_dir, throttle_invitations, |router| router.layer(layer)).await;
    Tenant { sandbox, base, recorder, data_dir }
}

impl Tenant {
    fn client(&self, retry: RetryPolicy) -> GraphClient {
        let app = self.sandbox.directory().portal_app();
        let token_endpoint = live::issuer_endpoint(&self.sandbox, &self.base, "oauth2/v2.0/token");
        let mut config = GraphConfig::new(
            &format!("{}/_sandbox/graph", self.base),
            &token_endpoint,
            &app.client_id,
            &app.client_secret,
        )
        .unwrap();
        config.retry = retry;
        GraphClient::new(reqwest::Client::new(), config)
    }

    /// `upn` signed in through the sandbox's authorize page and code flow.
    async fn session(&self, upn: &str) -> DelegatedSession {
        let tokens = live::user_tokens(&self.sandbox, &self.base, upn).await;
        DelegatedSession::new(DelegatedToken {
            access_token: tokens["access_token"].as_str().unwrap().to_owned(),
            refresh_token: tokens["refresh_token"].as_str().map(str::to_owned),
            expires_at: Utc::now() + chrono::Duration::seconds(tokens["expires_in"].as_i64().unwrap()),
            scope: tokens["scope"].as_str().map(str::to_owned),
        })
    }

    async fn id_of(&self, upn: &str) -> ObjectId {
        self.sandbox.directory().person_by_upn(upn).await.unwrap().unwrap().id.parse().unwrap()
    }

    /// Validates every recorded body against Microsoft's schema; returns how many exchanges were checked.
    fn check_schema(&self) -> usize {
        let log = self.recorder.exchanges();
        for exchange in &log {
            let (version, route) = exchange.path.split_once('/').unwrap();
            let request = json(&exchange.request);
            let Some((status, answer)) = &exchange.answer else { continue };
            let answer = json(answer);
            match (route, answer) {
                ("$batch", Some(answer)) if status.is_success() => {
                    check_batch(version, request.as_ref().unwrap(), &answer)
                }
                ("$batch", answer) => {
                    schema::assert_valid("microsoft.graph.ODataErrors.ODataError", answer.as_ref().unwrap())
                }
                (route, answer) => {
                    check_exchange(version, &exchange.method, route, request.as_ref(), status.as_u16(), answer.as_ref())
                }
            }
        }
        assert!(!log.is_empty(), "nothing was recorded");
        log.len()
    }
}

#[test]
fn the_body_check_refuses_what_the_schema_does_not_define() {
    use serde_json::json;
    let refused = |method: Method, route: &str, request: Option<Value>, status: u16, answer: Option<Value>| {
        std::panic::catch_unwind(|| check_exchange("v1.0", &method, route, request.as_ref(), status, answer.as_ref()))
            .is_err()
    };
    check_exchange("v1.0", &Method::PATCH, "users/x", Some(&json!({"jobTitle": "Auditor"})), 204, None);
    assert!(refused(
        Method::PATCH,
        "users/x",
        Some(json!({"jobTitle": "Auditor", "favouriteColour": "green"})),
        204,
        None
    ));
    assert!(refused(Method::POST, "users/x/sponsors/$ref", Some(json!({"@odata.id": 5})), 204, None));
    assert!(refused(Method::GET, "me", None, 200, Some(json!({"id": "x", "userType": 3}))));
    assert!(refused(Method::GET, "me", None, 404, Some(json!({"message": "not an envelope"}))));
    assert!(refused(Method::GET, "servicePrincipals", None, 200, Some(json!({"value": []}))), "unmapped calls fail");
    assert!(refused(Method::GET, "users/$count", None, 200, Some(json!("9"))), "a count is a bare number");
    assert!(refused(Method::POST, "directory/deletedItems/x/restore", None, 200, Some(json!({"id": "x"}))));
}

fn address(text: &str) -> EmailAddress {
    EmailAddress::parse(text).unwrap()
}

fn invitation(text: &str) -> InvitationRequest {
    InvitationRequest::new(address(text), REDIRECT.parse().unwrap())
}

#[tokio::test]
async fn invitations_create_guests_once_and_plus_is_refused_before_sending() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries());
    let admin = t.session(GLOBAL_ADMIN).await;
    let user_admin = t.id_of(USER_ADMIN).await;

    let invited = graph
        .as_user(&admin)
        .invite(&invitation("ann.lee@fabrikam.example").display_name("Ann Lee").sponsors([user_admin]))
        .await
        .unwrap();
    assert_eq!(invited.status, Some(InvitationStatus::PendingAcceptance));
    assert!(invited.invite_redeem_url.as_deref().is_some_and(|u| u.contains("/redeem?")));
    // A success carries Graph's request id too, for the audit trail.
    assert!(invited.request_id.as_deref().is_some_and(|id| id.parse::<uuid::Uuid>().is_ok()), "{:?}", invited.request_id);
    let guest = invited.value.invited_user.unwrap().id.unwrap();

    let user = graph
        .as_app()
        .user(
            &UserRef::Id(guest),
            &Query::new().select(&["id", "userPrincipalName", "userType", "creationType", "externalUserState", "mail"]),
        )
        .await
        .unwrap();
    assert_eq!(user.user_type, Some(UserType::Guest));
    assert_eq!(user.external_user_state, Some(ExternalUserState::PendingAcceptance));
    assert_eq!(user.mail.as_deref(), Some("ann.lee@fabrikam.example"));
    let upn = user.user_principal_name.unwrap();
    assert!(upn.starts_with("ann.lee_fabrikam.example#EXT#@"), "{upn}");

    // The same address again answers with the user who already exists.
    let again = graph.as_app().invite(&invitation("Ann.Lee@fabrikam.example")).await.unwrap();
    assert_eq!(again.value.invited_user.unwrap().id, Some(guest));
    let named: Vec<graph::User> = graph
        .as_app()
        .users(Query::new().filter(existing_user_filter(&address("ann.lee@fabrikam.example"))))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(named.len(), 1);

    // Entra refuses '+' in invited addresses; the client says so before anything is sent.
    assert_eq!(EmailAddress::parse("ann+news@fabrikam.example"), Err(EmailError::ForbiddenCharacter('+')));
    assert!(t.check_schema() >= 4);
}

#[tokio::test]
async fn users_stream_follows_next_links_with_filters() {
    let t = tenant(false).await;
    t.sandbox.directory().seed_guests(230).await.unwrap();
    let graph = t.client(quick_retries());
    let guests_in_directory =
        t.sandbox.directory().read().await.users.values().filter(|u| u.user_type == "Guest").count();

    let query = Query::new().select(&["id", "displayName", "userType"]).filter(Filter::eq("userType", "Guest")).top(40);
    let guests: Vec<graph::User> = graph.as_app().users(query).try_collect().await.unwrap();
    assert_eq!(guests.len(), guests_in_directory);
    assert!(guests.iter().all(|u| u.user_type == Some(UserType::Guest)));
    let mut ids: Vec<_> = guests.iter().map(|u| u.id.unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), guests.len(), "no user twice across pages");
    let pages = t.recorder.answers(&Method::GET, "v1.0/users").len();
    assert_eq!(pages, guests_in_directory.div_ceil(40), "one request per page of 40");

    // An advanced query: ConsistencyLevel is sent on every page, $count comes back on the first.
    let suffix = format!("#EXT#@{}", t.sandbox.directory().tenant().initial_domain());
    let advanced = Query::new()
        .select(&["id", "userPrincipalName"])
        .filter(Filter::ends_with("userPrincipalName", suffix.as_str()))
        .top(100)
        .count();
    let first = graph.as_app().users_page(&advanced).await.unwrap();
    let total = first.count.unwrap() as usize;
    assert!(total > 100 && first.next_link.is_some(), "{total}");
    let external: Vec<graph::User> = graph.as_app().users(advanced).try_collect().await.unwrap();
    assert_eq!(external.len(), total);
    assert!(external.iter().all(|u| u.user_principal_name.as_deref().is_some_and(|p| p.ends_with(&suffix))));
    t.check_schema();
}

#[tokio::test]
async fn the_guest_count_equals_the_guests_listed() {
    let t = tenant(false).await;
    t.sandbox.directory().seed_guests(60).await.unwrap();
    let graph = t.client(quick_retries()).as_app();
    let guests = Filter::eq("userType", UserType::Guest);

    // Only $filter and $search reach the $count segment; $select and $top would not change the count.
    let count = graph.count_users(&Query::new().select(&["id"]).filter(guests.clone()).top(5)).await.unwrap();
    let listed: Vec<graph::User> =
        graph.users(Query::new().select(&["id"]).filter(guests).top(50)).try_collect().await.unwrap();
    let in_directory = t.sandbox.directory().read().await.users.values().filter(|u| u.user_type == "Guest").count();
    assert_eq!(count, listed.len() as u64);
    assert_eq!(listed.len(), in_directory);
    assert!(listed.len() > 50, "more than one page: {count}");
    let everyone: Vec<graph::User> = graph.users(Query::new().select(&["id"]).top(100)).try_collect().await.unwrap();
    assert_eq!(graph.count_users(&Query::new()).await.unwrap(), everyone.len() as u64);
    let search = Search::term("displayName", "O'Brien");
    assert_eq!(graph.count_users(&Query::new().search(search)).await.unwrap(), 1);

    // An unknown property is Graph's error, typed.
    let error = graph.count_users(&Query::new().filter(Filter::eq("favouriteColour", "green"))).await.unwrap_err();
    assert!(matches!(&error, GraphError::Api(e) if e.status == StatusCode::BAD_REQUEST), "{error:?}");
    t.check_schema();
}

#[tokio::test]
async fn deleted_guests_are_listed_restored_and_purged() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries()).as_app();
    let mut ids = Vec::new();
    for address in ["dana.ruiz@fabrikam.example", "eli.moss@fabrikam.example", "fay.lund@fabrikam.example"] {
        let invited = graph.invite(&invitation(address)).await.unwrap();
        ids.push(invited.value.invited_user.unwrap().id.unwrap());
    }
    let deleted = || {
        let query = Query::new().select(&["id", "userType", "deletedDateTime"]).top(2);
        graph.deleted_users(query).try_collect::<Vec<graph::User>>()
    };
    let deleted_ids = |users: &[graph::User]| users.iter().map(|u| u.id.unwrap()).collect::<Vec<_>>();
    assert!(deleted().await.unwrap().iter().all(|u| !ids.contains(&u.id.unwrap())));

    for id in &ids {
        graph.delete_user(&UserRef::Id(*id)).await.unwrap();
    }
    let missing = graph.user(&UserRef::Id(ids[0]), &Query::new()).await.unwrap_err();
    assert_eq!(missing.code(), Some(&ErrorCode::ResourceNotFound));
    // Three deleted guests in pages of two: the stream follows the nextLink.
    let listed = deleted().await.unwrap();
    assert!(ids.iter().all(|id| deleted_ids(&listed).contains(id)), "{listed:?}");
    assert!(listed.iter().all(|u| u.deleted_date_time.is_some() && u.user_type == Some(UserType::Guest)));
    let pages = t.recorder.answers(&Method::GET, "v1.0/directory/deletedItems/microsoft.graph.user");
    assert_eq!(pages.len(), 1 + listed.len().div_ceil(2), "the first listing, then one request per page of two");

    let select = Query::new().select(&["id", "displayName", "deletedDateTime"]);
    let one = graph.deleted_user(ids[0], &select).await.unwrap();
    assert_eq!(one.id, Some(ids[0]));
    assert!(one.deleted_date_time.is_some());

    let restored = graph.restore_deleted_user(ids[0]).await.unwrap();
    assert_eq!(restored.id, Some(ids[0]));
    let back = graph.user(&UserRef::Id(ids[0]), &Query::new().select(&["id", "userType", "deletedDateTime"])).await;
    let back = back.unwrap();
    assert_eq!((back.user_type, back.deleted_date_time), (Some(UserType::Guest), None));
    assert!(!deleted_ids(&deleted().await.unwrap()).contains(&ids[0]));
    let again = graph.restore_deleted_user(ids[0]).await.unwrap_err();
    assert_eq!(again.code(), Some(&ErrorCode::ResourceNotFound));

    graph.purge_deleted_user(ids[1]).await.unwrap();
    let gone = graph.deleted_user(ids[1], &Query::new()).await.unwrap_err();
    assert_eq!(gone.code(), Some(&ErrorCode::ResourceNotFound));
    assert!(matches!(&gone, GraphError::Api(e) if e.status == StatusCode::NOT_FOUND), "{gone:?}");
    let twice = graph.purge_deleted_user(ids[1]).await.unwrap_err();
    assert_eq!(twice.code(), Some(&ErrorCode::ResourceNotFound));
    assert_eq!(graph.restore_deleted_user(ids[1]).await.unwrap_err().code(), Some(&ErrorCode::ResourceNotFound));
    let remaining = deleted_ids(&deleted().await.unwrap());
    assert!(!remaining.contains(&ids[1]) && remaining.contains(&ids[2]), "{remaining:?}");
    t.check_schema();
}

#[tokio::test]
async fn a_quote_in_an_address_neither_breaks_nor_widens_the_existing_user_query() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries()).as_app();
    let invited = graph.invite(&invitation("o'neil@fabrikam.example")).await.unwrap();
    let id = invited.value.invited_user.unwrap().id;

    let find = |text: &str| {
        let query = Query::new().select(&["id", "mail"]).filter(existing_user_filter(&address(text)));
        graph.users(query).try_collect::<Vec<graph::User>>()
    };
    let found = find("o'neil@fabrikam.example").await.unwrap();
    assert_eq!(found.iter().map(|u| u.id).collect::<Vec<_>>(), vec![id]);
    assert!(find("d'arcy@fabrikam.example").await.unwrap().is_empty());
    // Would match everyone if the quotes were not doubled.
    assert!(find("x'or'1'eq'1@fabrikam.example").await.unwrap().is_empty());
    assert!(find("'@fabrikam.example").await.unwrap().is_empty());
    t.check_schema();
}

#[tokio::test]
async fn search_over_name_mail_and_upn_keeps_quotes_literal() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries()).as_app();
    let search = |text: &str| {
        let terms = Search::term("displayName", text).or(Search::term("mail", text)).or(Search::term("userPrincipalName", text));
        let query = Query::new().select(&["id", "displayName", "mail"]).search(terms).top(50);
        graph.users(query).try_collect::<Vec<graph::User>>()
    };
    let names = |users: Vec<graph::User>| users.into_iter().filter_map(|u| u.display_name).collect::<Vec<_>>();
    assert_eq!(names(search("O'Brien").await.unwrap()), ["Liam O'Brien"]);
    assert_eq!(names(search("yuki.tanaka@woodgrove").await.unwrap()), ["Yuki Tanaka"]);
    // Neither an OData quote nor a $search quote widens the query or breaks it.
    assert!(search("x' or userType eq 'Member").await.unwrap().is_empty());
    assert!(search("x\" OR \"displayName:a").await.unwrap().is_empty());
    t.check_schema();
}

#[tokio::test]
async fn mailboxes_show_as_exchange_plans_and_admins_set_random_passwords() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries());
    let admin = graph.as_user(&t.session(USER_ADMIN).await);
    let select = Query::new().select(&["id", "provisionedPlans", "lastPasswordChangeDateTime", "onPremisesSyncEnabled"]);
    let internal = |first: &'static str| {
        let admin = admin.clone();
        let select = select.clone();
        async move {
            let query = Query::new().select(&["id"]).filter(Filter::starts_with("displayName", first));
            let id = admin.users(query).try_next().await.unwrap().unwrap().id.unwrap();
            admin.user(&UserRef::Id(id), &select).await.unwrap()
        }
    };
    let (elena, hannah, tomasz) = (internal("Elena").await, internal("Hannah").await, internal("Tomasz").await);
    assert!(hannah.has_exchange_mailbox() && !elena.has_exchange_mailbox());
    assert_eq!(elena.last_password_change_date_time, None);

    let reset = UserUpdate { password_profile: Some(PasswordProfile::random()), ..Default::default() };
    let elena_ref = UserRef::Id(elena.id.unwrap());
    let sent = admin.update_user(&elena_ref, &reset).await.unwrap();
    assert!(sent.request_id.is_some());
    assert!(admin.user(&elena_ref, &select).await.unwrap().last_password_change_date_time.is_some());
    // On-premises accounts get their password from Active Directory.
    let refused = admin.update_user(&UserRef::Id(tomasz.id.unwrap()), &reset).await.unwrap_err();
    assert!(matches!(&refused, GraphError::Api(e) if e.status == StatusCode::BAD_REQUEST), "{refused:?}");
}

#[tokio::test]
async fn a_guest_is_read_and_updated_by_upn_with_ext() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries());
    let admin = t.session(GLOBAL_ADMIN).await;
    let invited = graph.as_app().invite(&invitation("bo.chen@contoso-partner.example")).await.unwrap();
    let by_id = UserRef::Id(invited.value.invited_user.unwrap().id.unwrap());
    let upn = graph.as_app().user(&by_id, &Query::new()).await.unwrap().user_principal_name.unwrap();
    assert!(upn.contains("#EXT#"), "{upn}");
    let by_upn = UserRef::Upn(upn.clone());

    let update = UserUpdate {
        job_title: Some(Some("Auditor".into())),
        company_name: Some(Some("Contoso Partner".into())),
        ..Default::default()
    };
    graph.as_user(&admin).update_user(&by_upn, &update).await.unwrap();
    let user = graph
        .as_user(&admin)
        .user(&by_upn, &Query::new().select(&["id", "userPrincipalName", "jobTitle", "companyName"]))
        .await
        .unwrap();
    assert_eq!(user.user_principal_name.as_deref(), Some(upn.as_str()));
    assert_eq!((user.job_title.as_deref(), user.company_name.as_deref()), (Some("Auditor"), Some("Contoso Partner")));

    let missing = graph
        .as_app()
        .user(&UserRef::Upn("nobody_x.example#EXT#@nowhere.example".into()), &Query::new())
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Some(&ErrorCode::ResourceNotFound));
    t.check_schema();
}

#[tokio::test]
async fn sponsors_sponsor_of_member_of_and_group_members() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries());
    let admin = t.session(GLOBAL_ADMIN).await;
    let (admin_id, user_admin) = (t.id_of(GLOBAL_ADMIN).await, t.id_of(USER_ADMIN).await);
    let as_admin = graph.as_user(&admin);
    let invited = as_admin.invite(&invitation("cleo.diaz@fabrikam.example")).await.unwrap();
    let guest_id = invited.value.invited_user.unwrap().id.unwrap();
    let guest = UserRef::Id(guest_id);
    let sponsor_ids = |list: Vec<graph::DirectoryObject>| list.into_iter().map(|s| s.id.unwrap()).collect::<Vec<_>>();

    // Without sponsors in the invitation, the inviter is stamped.
    assert_eq!(sponsor_ids(as_admin.sponsors(&guest).await.unwrap()), vec![admin_id]);
    as_admin.add_sponsor(&guest, Principal::User(user_admin)).await.unwrap();
    let mut both = sponsor_ids(as_admin.sponsors(&guest).await.unwrap());
    both.sort();
    let mut expected = vec![admin_id, user_admin];
    expected.sort();
    assert_eq!(both, expected);
    as_admin.remove_sponsor(&guest, admin_id).await.unwrap();
    assert_eq!(sponsor_ids(as_admin.sponsors(&guest).await.unwrap()), vec![user_admin]);

    let mine: Vec<graph::DirectoryObject> =
        graph.as_user(&t.session(USER_ADMIN).await).sponsor_of(&UserRef::Me, Query::new()).try_collect().await.unwrap();
    assert!(mine.iter().any(|o| o.id == Some(guest_id)));
    assert!(mine.iter().all(|o| o.kind() == DirectoryObjectKind::User));

    let group = graph.as_app().groups(Query::new()).boxed().try_next().await.unwrap().expect("the seed has groups");
    let group_id = group.id.unwrap();
    as_admin.add_group_member(group_id, guest_id).await.unwrap();
    let members: Vec<graph::DirectoryObject> =
        graph.as_app().group_members(group_id, Query::new()).try_collect().await.unwrap();
    assert!(members.iter().any(|m| m.id == Some(guest_id)));
    let groups: Vec<graph::DirectoryObject> =
        graph.as_app().member_of(&UserRef::Id(guest_id), Query::new()).try_collect().await.unwrap();
    assert_eq!(
        groups.iter().map(|g| (g.id, g.kind())).collect::<Vec<_>>(),
        vec![(Some(group_id), DirectoryObjectKind::Group)]
    );
    as_admin.remove_group_member(group_id, guest_id).await.unwrap();
    assert_eq!(graph.as_app().group(group_id, &Query::new()).await.unwrap().id, Some(group_id));
    let after: Vec<graph::DirectoryObject> =
        graph.as_app().member_of(&UserRef::Id(guest_id), Query::new()).try_collect().await.unwrap();
    assert!(after.is_empty());

    let inviter = t.id_of(GUEST_INVITER).await;
    let roles: Vec<graph::AppRoleAssignment> =
        graph.as_app().app_role_assignments(&UserRef::Id(inviter)).try_collect().await.unwrap();
    assert!(!roles.is_empty() && roles.iter().all(|r| r.principal_id == Some(inviter)), "{roles:?}");
    t.check_schema();
}

#[tokio::test]
async fn a_batch_reports_each_request_and_a_failed_dependency() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries());
    let admin = t.session(GLOBAL_ADMIN).await;
    let unknown: ObjectId = uuid::Uuid::new_v4().to_string().parse().unwrap();
    let mut batch = Batch::new(ApiVersion::V1);
    batch
        .push(BatchRequest::new(
            "me",
            Method::GET,
            &UserRef::Me.segments(),
            &Query::new().select(&["id", "displayName"]),
        ))
        .unwrap();
    batch.push(BatchRequest::new("missing", Method::GET, &UserRef::Id(unknown).segments(), &Query::new())).unwrap();
    let rename = BatchRequest::new("rename", Method::PATCH, &UserRef::Id(unknown).segments(), &Query::new())
        .json(&UserUpdate { job_title: Some(Some("Ghost".into())), ..Default::default() })
        .unwrap()
        .depends_on("missing");
    batch.push(rename).unwrap();
    let mut answers = graph.as_user(&admin).batch(&batch).await.unwrap();

    let me: graph::User = answers.take("me").unwrap().into_result().unwrap();
    assert_eq!(me.id, Some(t.id_of(GLOBAL_ADMIN).await));
    let missing = answers.get("missing").unwrap().check().unwrap_err();
    assert_eq!(missing.code(), Some(&ErrorCode::ResourceNotFound));
    let skipped = answers.get("rename").unwrap();
    assert_eq!(skipped.status, StatusCode::FAILED_DEPENDENCY);
    assert_eq!(skipped.check().unwrap_err().code(), Some(&ErrorCode::FailedDependency));
    t.check_schema();
}

#[tokio::test]
async fn policies_and_the_beta_conversion() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries());
    let policy = graph.as_app().authorization_policy().await.unwrap();
    assert!(policy.allow_invites_from.is_some());

    t.sandbox.directory().update_settings(|s| s.blocked_domains = vec!["blocked.example".into()]).await.unwrap();
    let policies = graph.as_app().b2b_management_policies().await.unwrap();
    let restriction = policies[0].domain_restriction().unwrap();
    assert!(!restriction.permits("blocked.example") && restriction.permits("fabrikam.example"));

    let admin = t.session(GLOBAL_ADMIN).await;
    let invited = graph.as_app().invite(&invitation("dara.moss@fabrikam.example")).await.unwrap();
    let guest = UserRef::Id(invited.value.invited_user.unwrap().id.unwrap());
    let domain = t.sandbox.directory().tenant().verified_domains[0].clone();
    let request = ConvertToInternal {
        user_principal_name: Some(format!("dara.moss@{domain}")),
        mail: Some(format!("dara.moss@{domain}")),
        password_profile: Some(PasswordProfile {
            password: "Correct-Horse-7".into(),
            force_change_password_next_sign_in: true,
            force_change_password_next_sign_in_with_mfa: false,
        }),
    };
    let converted = graph.as_user(&admin).convert_to_internal(&guest, &request).await.unwrap();
    assert_eq!(converted.user_principal_name, request.user_principal_name);
    assert!(converted.converted_to_internal_user_date_time.is_some());
    let member = graph.as_app().user(&guest, &Query::new().select(&["id", "userType"])).await.unwrap();
    assert_eq!(member.user_type, Some(UserType::Member));
    t.check_schema();
}

#[tokio::test]
async fn an_expiring_delegated_token_is_refreshed_at_the_sandbox() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries());
    let session = t.session(GLOBAL_ADMIN).await;
    let mut stale = session.current();
    stale.expires_at = Utc::now();
    let session = DelegatedSession::new(stale.clone());
    let me = graph.as_user(&session).user(&UserRef::Me, &Query::new()).await.unwrap();
    assert_eq!(me.id, Some(t.id_of(GLOBAL_ADMIN).await));
    let renewed = session.current();
    assert_ne!(renewed.access_token, stale.access_token);
    assert_ne!(renewed.refresh_token, stale.refresh_token);
    // As in Entra, the refresh token used is still good afterwards.
    let again = DelegatedSession::new(stale);
    graph.as_user(&again).user(&UserRef::Me, &Query::new()).await.unwrap();
    t.check_schema();
}

// Retries against the sandbox itself.

#[tokio::test]
async fn one_client_keeps_to_the_invitation_limit_and_two_are_carried_through_by_retry_after() {
    let t = tenant(true).await;
    let burst = |graph: graph::Caller, from: usize, to: usize| {
        futures::stream::iter(from..to)
            .map(move |n| {
                let graph = graph.clone();
                async move { graph.invite(&invitation(&format!("burst{n}@fabrikam.example"))).await }
            })
            .buffer_unordered(32)
            .collect::<Vec<Result<graph::Sent<graph::Invitation>, GraphError>>>()
    };
    let created = |answers: &[Option<StatusCode>]| answers.iter().filter(|a| **a == Some(StatusCode::CREATED)).count();
    let throttled = |answers: &[Option<StatusCode>]| answers.iter().filter(|a| **a == Some(StatusCode::TOO_MANY_REQUESTS)).count();

    // One client paces itself: 170 in a burst, none refused.
    let one = burst(t.client(quick_retries()).as_app(), 0, 170).await;
    assert!(one.iter().all(Result::is_ok), "{:?}", one.iter().find(|r| r.is_err()));
    let answers = t.recorder.answers(&Method::POST, "v1.0/invitations");
    assert_eq!((created(&answers), throttled(&answers)), (170, 0));

    // Two clients (two instances of the portal) share the tenant's limit but not their pacing:
    // the sandbox throttles the excess and Retry-After carries every invitation through.
    tokio::time::sleep(Duration::from_millis(5_200)).await;
    let (first, second) = tokio::join!(
        burst(t.client(quick_retries()).as_app(), 1000, 1120),
        burst(t.client(quick_retries()).as_app(), 2000, 2120)
    );
    assert!(first.iter().chain(&second).all(Result::is_ok), "{:?}", first.iter().chain(&second).find(|r| r.is_err()));
    let answers = t.recorder.answers(&Method::POST, "v1.0/invitations");
    assert_eq!(created(&answers), 170 + 240);
    assert!(throttled(&answers) > 0, "together they went over the limit: {} answers", answers.len());
    t.check_schema();
}

#[tokio::test]
async fn unavailable_gets_are_retried_but_posts_are_not() {
    let t = tenant(false).await;
    let graph = t.client(quick_retries()).as_app();
    graph.authorization_policy().await.unwrap();
    t.sandbox.faults().inject(FaultPlan { status: Some(503), retry_after: Some(0), count: 2, ..FaultPlan::default() }).unwrap();
    graph.authorization_policy().await.unwrap();
    let answers = t.recorder.answers(&Method::GET, "v1.0/policies/authorizationPolicy");
    let unavailable = Some(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answers, vec![Some(StatusCode::OK), unavailable, unavailable, Some(StatusCode::OK)]);

    // A 503 to a POST may hide work that was done: the client reports it instead of repeating.
    t.sandbox.faults().inject(FaultPlan { status: Some(503), count: 1, ..FaultPlan::default() }).unwrap();
    let error = graph.invite(&invitation("eve.north@fabrikam.example")).await.unwrap_err();
    let GraphError::Api(api) = &error else { panic!("{error:?}") };
    assert_eq!((api.status, &api.code), (StatusCode::SERVICE_UNAVAILABLE, &ErrorCode::ServiceUnavailable));
    assert!(api.request_id.is_some() && api.client_request_id.is_some());
    assert_eq!(t.recorder.answers(&Method::POST, "v1.0/invitations").len(), 1);
    t.check_schema();
}

#[tokio::test]
async fn timeouts_are_retried_for_gets_and_not_for_posts() {
    let t = tenant(false).await;
    let graph = t.client(RetryPolicy { attempt_timeout: Duration::from_millis(400), ..quick_retries() }).as_app();
    graph.authorization_policy().await.unwrap(); // The app token is fetched outside the stall.
    let stall = FaultPlan { delay_ms: Some(3_000), count: 1, ..FaultPlan::default() };
    t.sandbox.faults().inject(stall.clone()).unwrap();
    graph.authorization_policy().await.unwrap();
    assert_eq!(t.recorder.answers(&Method::GET, "v1.0/policies/authorizationPolicy").len(), 3);

    t.sandbox.faults().inject(stall).unwrap();
    let error = graph.invite(&invitation("fay.wood@fabrikam.example")).await.unwrap_err();
    assert!(matches!(&error, GraphError::Transport(e) if e.is_timeout()), "{error:?}");
    assert_eq!(t.recorder.answers(&Method::POST, "v1.0/invitations").len(), 1, "a POST is never repeated");
    // The stalled invitation still goes through on the server: the reason it must not be repeated blindly.
    let invited = || async {
        let state = t.sandbox.directory().read().await;
        state.users.values().filter(|u| u.mail.as_deref() == Some("fay.wood@fabrikam.example")).count()
    };
    while invited().await == 0 {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(invited().await, 1);
    t.check_schema();
}

#[tokio::test]
async fn typed_errors_when_retries_run_out() {
    let t = tenant(false).await;
    let policy = RetryPolicy { max_retries: 2, attempt_timeout: Duration::from_millis(300), ..quick_retries() };
    let graph = t.client(policy).as_app();
    graph.authorization_policy().await.unwrap();

    t.sandbox.faults().inject(FaultPlan { status: Some(503), count: 10, ..FaultPlan::default() }).unwrap();
    let error = graph.authorization_policy().await.unwrap_err();
    assert_eq!(error.code(), Some(&ErrorCode::ServiceUnavailable));
    t.sandbox.faults().inject(FaultPlan { status: Some(504), count: 10, ..FaultPlan::default() }).unwrap();
    let GraphError::Api(api) = graph.authorization_policy().await.unwrap_err() else { panic!("not an API error") };
    assert_eq!(api.status, StatusCode::GATEWAY_TIMEOUT);
    let answers = t.recorder.answers(&Method::GET, "v1.0/policies/authorizationPolicy");
    assert_eq!(answers.len(), 1 + 3 + 3, "first call, then three attempts each");

    // A Retry-After longer than the time budget ends retrying at once.
    let long_wait = FaultPlan { status: Some(503), retry_after: Some(3600), count: 10, ..FaultPlan::default() };
    t.sandbox.faults().inject(long_wait).unwrap();
    assert_eq!(graph.authorization_policy().await.unwrap_err().code(), Some(&ErrorCode::ServiceUnavailable));

    t.sandbox.faults().inject(FaultPlan { delay_ms: Some(2_000), count: 3, ..FaultPlan::default() }).unwrap();
    let error = graph.authorization_policy().await.unwrap_err();
    assert!(matches!(&error, GraphError::Transport(e) if e.is_timeout()), "{error:?}");
    t.sandbox.faults().clear();
    t.check_schema();
}
