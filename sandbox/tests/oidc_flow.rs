//! The sandbox issuer over real HTTP: discovery, the account picker, the code flow with PKCE,
//! refresh rotation, client credentials, Entra-shaped errors, logout and token verification.

use std::collections::HashMap;
use std::path::PathBuf;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::Duration;
use reqwest::{Client, StatusCode};
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::signature::Verifier;
use rsa::{BigUint, RsaPublicKey};
use sandbox::directory::{Person, GLOBAL_ADMINISTRATOR};
use sandbox::oidc::TokenError;
use sandbox::Sandbox;
use serde_json::Value;
use sha2::{Digest, Sha256};

#[path = "support/live.rs"]
mod live;
use live::{FRONT_CHANNEL_LOGOUT_URL, REDIRECT_URI};

const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-verifier";

struct Harness {
    sandbox: Sandbox,
    base: String,
    http: Client,
    data_dir: PathBuf,
}

impl Drop for Harness {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

async fn start() -> Harness {
    serve(live::temp_data_dir("sandbox-oidc")).await
}

async fn serve(data_dir: PathBuf) -> Harness {
    let (sandbox, base) = live::serve(&data_dir, false, |router| router).await;
    Harness { sandbox, base, http: live::http_client(), data_dir }
}

fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

fn query_of(location: &str) -> HashMap<String, String> {
    url::Url::parse(location).unwrap().query_pairs().into_owned().collect()
}

impl Harness {
    fn tenant_id(&self) -> String {
        self.sandbox.directory().tenant().id.clone()
    }

    fn endpoint(&self, path: &str) -> String {
        format!("{}/_sandbox/{}/{path}", self.base, self.tenant_id())
    }

    fn client_id(&self) -> String {
        self.sandbox.directory().portal_app().client_id.clone()
    }

    fn secret(&self) -> String {
        self.sandbox.directory().portal_app().client_secret.clone()
    }

    async fn admin(&self) -> Person {
        let people = self.sandbox.directory().sign_in_people().await.unwrap();
        people.into_iter().find(|p| p.directory_role_template_ids.iter().any(|w| w == GLOBAL_ADMINISTRATOR)).unwrap()
    }

    fn authorize_params(&self, scope: &str) -> Vec<(&'static str, String)> {
        vec![
            ("client_id", self.client_id()),
            ("redirect_uri", REDIRECT_URI.to_owned()),
            ("response_type", "code".to_owned()),
            ("scope", scope.to_owned()),
            ("state", "state-123".to_owned()),
            ("nonce", "nonce-456".to_owned()),
            ("code_challenge", challenge(VERIFIER)),
            ("code_challenge_method", "S256".to_owned()),
        ]
    }

    async fn get_authorize(&self, params: &[(&str, String)]) -> reqwest::Response {
        self.http.get(self.endpoint("oauth2/v2.0/authorize")).query(params).send().await.unwrap()
    }

    /// Signs in as `upn` through the picker's form and returns the redirect's query.
    async fn sign_in(&self, upn: &str, mut params: Vec<(&'static str, String)>) -> HashMap<String, String> {
        params.push(("login", upn.to_owned()));
        let response = self.http.post(self.endpoint("oauth2/v2.0/authorize")).form(&params).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FOUND);
        let location = response.headers()["location"].to_str().unwrap();
        assert!(location.starts_with(REDIRECT_URI), "{location}");
        query_of(location)
    }

    async fn code(&self, upn: &str, scope: &str) -> String {
        let reply = self.sign_in(upn, self.authorize_params(scope)).await;
        assert_eq!(reply["state"], "state-123");
        reply["code"].clone()
    }

    async fn token(&self, form: &[(&str, &str)]) -> (StatusCode, Value) {
        let response = self.http.post(self.endpoint("oauth2/v2.0/token")).form(form).send().await.unwrap();
        (response.status(), response.json().await.unwrap())
    }

    async fn redeem(&self, code: &str, verifier: &str) -> (StatusCode, Value) {
        let (client_id, secret) = (self.client_id(), self.secret());
        self.token(&[
            ("grant_type", "authorization_code"),
            ("client_id", &client_id),
            ("client_secret", &secret),
            ("code", code),
            ("redirect_uri", REDIRECT_URI),
            ("code_verifier", verifier),
        ])
        .await
    }

    /// A client-credentials request by the portal app with its real secret.
    async fn app_token(&self, scope: &str) -> (StatusCode, Value) {
        let (client_id, secret) = (self.client_id(), self.secret());
        self.token(&[
            ("grant_type", "client_credentials"),
            ("client_id", &client_id),
            ("client_secret", &secret),
            ("scope", scope),
        ])
        .await
    }

    /// A refresh_token grant, optionally asking for `scope`.
    async fn refresh(&self, refresh_token: &str, scope: Option<&str>) -> (StatusCode, Value) {
        let (client_id, secret) = (self.client_id(), self.secret());
        let mut form = vec![
            ("grant_type", "refresh_token"),
            ("client_id", &client_id),
            ("client_secret", &secret),
            ("refresh_token", refresh_token),
        ];
        form.extend(scope.map(|scope| ("scope", scope)));
        self.token(&form).await
    }

    /// The Global Administrator signed in with `FULL_SCOPE`, and the code for it.
    async fn admin_code(&self) -> (Person, String) {
        let admin = self.admin().await;
        let code = self.code(&admin.user_principal_name, FULL_SCOPE).await;
        (admin, code)
    }

    /// The Global Administrator signed in with `FULL_SCOPE`, and the token response for it.
    async fn admin_tokens(&self) -> (Person, Value) {
        let (admin, code) = self.admin_code().await;
        let (status, body) = self.redeem(&code, VERIFIER).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        (admin, body)
    }
}

const GRAPH_DEFAULT: &str = "https://graph.microsoft.com/.default";
const FULL_SCOPE: &str = "openid profile email offline_access https://graph.microsoft.com/User.Invite.All User.Read";

fn assert_aad_error(status: StatusCode, body: &Value, expected_status: StatusCode, error: &str, code: u64) {
    assert_eq!(status, expected_status, "{body}");
    assert_eq!(body["error"], error, "{body}");
    assert_eq!(body["error_codes"][0], code, "{body}");
    let description = body["error_description"].as_str().unwrap();
    assert!(description.starts_with(&format!("AADSTS{code}: ")), "{description}");
    for field in ["timestamp", "trace_id", "correlation_id"] {
        assert!(body[field].is_string(), "{field} missing in {body}");
    }
}

#[tokio::test]
async fn discovery_document_and_jwks_match_entra_shapes() {
    let h = start().await;
    let tid = h.tenant_id();
    let config: Value =
        h.http.get(h.endpoint("v2.0/.well-known/openid-configuration")).send().await.unwrap().json().await.unwrap();
    let authority = format!("{}/_sandbox/{tid}", h.base);
    assert_eq!(config["issuer"], format!("{authority}/v2.0"));
    assert_eq!(config["issuer"], h.sandbox.issuer().issuer_url());
    assert_eq!(config["authorization_endpoint"], format!("{authority}/oauth2/v2.0/authorize"));
    assert_eq!(config["token_endpoint"], format!("{authority}/oauth2/v2.0/token"));
    assert_eq!(config["end_session_endpoint"], format!("{authority}/oauth2/v2.0/logout"));
    assert_eq!(config["jwks_uri"], format!("{authority}/discovery/v2.0/keys"));
    assert_eq!(config["id_token_signing_alg_values_supported"], serde_json::json!(["RS256"]));
    assert_eq!(config["subject_types_supported"], serde_json::json!(["pairwise"]));
    assert_eq!(config["code_challenge_methods_supported"], serde_json::json!(["S256", "plain"]));
    assert_eq!(config["response_modes_supported"], serde_json::json!(["query", "form_post"]));

    // A verified domain names the same tenant; an unknown tenant is refused like Entra.
    let domain = h.sandbox.directory().tenant().verified_domains[0].clone();
    let by_domain: Value = h
        .http
        .get(format!("{}/_sandbox/{domain}/v2.0/.well-known/openid-configuration", h.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_domain["issuer"], config["issuer"]);
    let response =
        h.http.get(format!("{}/_sandbox/common/v2.0/.well-known/openid-configuration", h.base)).send().await.unwrap();
    let status = response.status();
    assert_aad_error(status, &response.json().await.unwrap(), StatusCode::BAD_REQUEST, "invalid_tenant", 90002);

    let jwks: Value = h.http.get(config["jwks_uri"].as_str().unwrap()).send().await.unwrap().json().await.unwrap();
    let key = &jwks["keys"][0];
    assert_eq!(
        (key["kty"].as_str(), key["use"].as_str(), key["alg"].as_str()),
        (Some("RSA"), Some("sig"), Some("RS256"))
    );
    assert!(key["kid"].as_str().is_some_and(|k| !k.is_empty()));
    assert_eq!(public_key(key).n().bits(), 2048);
}

fn public_key(jwk: &Value) -> RsaPublicKey {
    let part = |name: &str| BigUint::from_bytes_be(&URL_SAFE_NO_PAD.decode(jwk[name].as_str().unwrap()).unwrap());
    RsaPublicKey::new(part("n"), part("e")).unwrap()
}

use rsa::traits::PublicKeyParts as _;

/// Checks a JWT's RS256 signature with the published JWKS, independently of the issuer's code.
async fn assert_signed_by_jwks(h: &Harness, jwt: &str) {
    let jwks: Value = h.http.get(h.endpoint("discovery/v2.0/keys")).send().await.unwrap().json().await.unwrap();
    let header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(jwt.split('.').next().unwrap()).unwrap()).unwrap();
    let jwk = jwks["keys"].as_array().unwrap().iter().find(|k| k["kid"] == header["kid"]).expect("kid published");
    let (signing_input, signature) = jwt.rsplit_once('.').unwrap();
    let signature = Signature::try_from(URL_SAFE_NO_PAD.decode(signature).unwrap().as_slice()).unwrap();
    VerifyingKey::<Sha256>::new(public_key(jwk))
        .verify(signing_input.as_bytes(), &signature)
        .expect("valid RS256 signature");
}

#[tokio::test]
async fn signing_key_is_persisted_privately_and_reused_after_restart() {
    let h = start().await;
    let kid = |jwks: Value| jwks["keys"][0]["kid"].as_str().unwrap().to_owned();
    let first = kid(h.http.get(h.endpoint("discovery/v2.0/keys")).send().await.unwrap().json().await.unwrap());
    let key_file = h.data_dir.join(sandbox::oidc::KEY_FILE);
    assert!(std::fs::read_to_string(&key_file).unwrap().starts_with("-----BEGIN PRIVATE KEY-----"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let again = serve(h.data_dir.clone()).await;
    let second = kid(again.http.get(again.endpoint("discovery/v2.0/keys")).send().await.unwrap().json().await.unwrap());
    assert_eq!(first, second);
    std::mem::forget(again); // `h` removes the shared folder.
}

#[tokio::test]
async fn tenant_json_describes_the_tenant_app_and_people() {
    let h = start().await;
    let doc: Value = h.http.get(format!("{}/_sandbox/tenant.json", h.base)).send().await.unwrap().json().await.unwrap();
    assert_eq!(doc["tenantId"], h.tenant_id());
    assert_eq!(doc["authority"], h.sandbox.issuer().authority());
    assert_eq!(doc["issuer"], h.sandbox.issuer().issuer_url());
    assert_eq!(doc["graphBaseUrl"], format!("{}/_sandbox/graph", h.base));
    assert_eq!(doc["portalApp"]["clientId"], h.client_id());
    assert_eq!(doc["portalApp"]["clientSecret"], h.secret());
    assert_eq!(doc["portalApp"]["redirectUris"], serde_json::json!([REDIRECT_URI]));
    let admin = h.admin().await;
    let people = doc["people"].as_array().unwrap();
    assert_eq!(people.len(), h.sandbox.directory().sign_in_people().await.unwrap().len());
    let entry = people.iter().find(|p| p["id"] == admin.id.as_str()).unwrap();
    assert_eq!(entry["userPrincipalName"], admin.user_principal_name.as_str());
    assert!(entry["roles"].as_array().unwrap().iter().any(|r| r == "Global Administrator"), "{entry}");
}

#[tokio::test]
async fn authorize_page_lists_people_with_sign_in_buttons_and_carries_the_request() {
    let h = start().await;
    let response = h.get_authorize(&h.authorize_params(FULL_SCOPE)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.contains("SANDBOX"));
    for person in h.sandbox.directory().sign_in_people().await.unwrap() {
        let upn = person.user_principal_name.replace('&', "&amp;").replace('\'', "&#39;");
        assert!(html.contains(&format!("name=\"login\" value=\"{upn}\"")), "no button for {upn}");
        assert!(html.contains("Sign in as "), "no label for {upn}");
    }
    assert!(html.contains("Global Administrator"));
    let (members, guests) = (html.find("<h2>Members</h2>").unwrap(), html.find("<h2>Guests</h2>").unwrap());
    assert!(members < guests);
    assert!(html.contains(&format!("name=\"code_challenge\" value=\"{}\"", challenge(VERIFIER))));
    assert!(html.contains("name=\"nonce\" value=\"nonce-456\""));
}

#[tokio::test]
async fn code_flow_with_pkce_issues_signed_id_and_graph_tokens() {
    let h = start().await;
    let (admin, body) = h.admin_tokens().await;
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 3600);
    assert!(body["ext_expires_in"].is_number());
    let scope = body["scope"].as_str().unwrap();
    assert!(
        scope.contains("https://graph.microsoft.com/User.Invite.All")
            && scope.contains("https://graph.microsoft.com/User.Read"),
        "{scope}"
    );
    assert!(body["refresh_token"].is_string());

    let id_token = body["id_token"].as_str().unwrap();
    assert_signed_by_jwks(&h, id_token).await;
    let id = claims(id_token);
    assert_eq!(id["aud"], h.client_id());
    assert_eq!(id["iss"], h.sandbox.issuer().issuer_url());
    assert_eq!(id["tid"], h.tenant_id());
    assert_eq!(id["oid"], admin.id.as_str());
    assert_eq!(id["nonce"], "nonce-456");
    assert_eq!(id["ver"], "2.0");
    assert_eq!(id["preferred_username"], admin.user_principal_name.as_str());
    assert_eq!(id["name"], admin.display_name.as_str());
    assert!(id["sub"].as_str().is_some_and(|s| s.len() == 43 && s != admin.id));
    assert!(id.get("idtyp").is_none());
    assert_eq!(id["exp"].as_i64().unwrap() - id["iat"].as_i64().unwrap(), 3600);
    assert!(id["wids"].as_array().unwrap().iter().any(|w| w == GLOBAL_ADMINISTRATOR));
    assert_eq!(id["roles"].as_array().map(Vec::len).unwrap_or(0), admin.app_roles.len());

    let access_token = body["access_token"].as_str().unwrap();
    assert_signed_by_jwks(&h, access_token).await;
    let raw = claims(access_token);
    assert_eq!((raw["aud"].as_str(), raw["idtyp"].as_str()), (Some("https://graph.microsoft.com"), Some("user")));
    let now = h.sandbox.directory().now();
    let access = h.sandbox.issuer().verify_access_token(&format!("Bearer {access_token}"), now).unwrap();
    assert_eq!(access.object_id.as_deref(), Some(admin.id.as_str()));
    assert_eq!(access.app_id, h.client_id());
    assert_eq!(access.tenant_id, h.tenant_id());
    assert!(!access.is_app_only());
    assert!(access.scopes.iter().any(|s| s == "User.Invite.All") && access.scopes.iter().any(|s| s == "User.Read"));
    assert!(!access.scopes.iter().any(|s| s == "User.ReadWrite.All"), "only what was asked for");
    assert!(access.roles.is_empty());
    assert_eq!(access.directory_role_template_ids, admin.directory_role_template_ids);

    // The interactive sign-in was recorded in the directory.
    let state = h.sandbox.directory().read().await;
    let activity = state.users[&admin.id].sign_in_activity.as_ref().expect("sign-in recorded");
    assert!(activity.last_sign_in_date_time.is_some());
}

#[tokio::test]
async fn plain_pkce_and_basic_client_auth_work() {
    let h = start().await;
    let admin = h.admin().await;
    let mut params = h.authorize_params("openid profile");
    params.retain(|(k, _)| *k != "code_challenge" && *k != "code_challenge_method");
    params.push(("code_challenge", VERIFIER.to_owned()));
    params.push(("code_challenge_method", "plain".to_owned()));
    let code = h.sign_in(&admin.user_principal_name, params).await["code"].clone();
    let response = h
        .http
        .post(h.endpoint("oauth2/v2.0/token"))
        .basic_auth(h.client_id(), Some(h.secret()))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT_URI),
            ("code_verifier", VERIFIER),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert!(body.get("refresh_token").is_none(), "no offline_access, no refresh token");
    assert!(claims(body["id_token"].as_str().unwrap()).get("email").is_none(), "no email scope, no email claim");
}

#[tokio::test]
async fn replayed_code_is_refused_and_revokes_the_tokens_it_issued() {
    let h = start().await;
    let (_, code) = h.admin_code().await;
    let (status, first) = h.redeem(&code, VERIFIER).await;
    assert_eq!(status, StatusCode::OK);
    let (status, refreshed) = h.refresh(first["refresh_token"].as_str().unwrap(), None).await;
    assert_eq!(status, StatusCode::OK, "{refreshed}");
    let (status, body) = h.redeem(&code, VERIFIER).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 54005);
    // Every refresh token descending from the replayed code is revoked, the renewed one included.
    for tokens in [&first, &refreshed] {
        let (status, body) = h.refresh(tokens["refresh_token"].as_str().unwrap(), None).await;
        assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 50173);
    }
}

#[tokio::test]
async fn expired_code_is_refused() {
    let h = start().await;
    let (_, code) = h.admin_code().await;
    h.sandbox.directory().advance_clock(1).await.unwrap();
    let (status, body) = h.redeem(&code, VERIFIER).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 70008);
}

#[tokio::test]
async fn wrong_verifier_and_wrong_redirect_uri_are_refused() {
    let h = start().await;
    let (admin, code) = h.admin_code().await;
    let (status, body) = h.redeem(&code, &VERIFIER.replace('d', "e")).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 501481);

    let code = h.code(&admin.user_principal_name, FULL_SCOPE).await;
    let (client_id, secret) = (h.client_id(), h.secret());
    let (status, body) = h
        .token(&[
            ("grant_type", "authorization_code"),
            ("client_id", &client_id),
            ("client_secret", &secret),
            ("code", &code),
            ("redirect_uri", "http://localhost:3000/other"),
            ("code_verifier", VERIFIER),
        ])
        .await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 50011);
}

#[tokio::test]
async fn client_authentication_errors_are_entra_shaped() {
    let h = start().await;
    let client_id = h.client_id();
    let scope = GRAPH_DEFAULT;
    let (status, body) = h
        .token(&[
            ("grant_type", "client_credentials"),
            ("client_id", &client_id),
            ("client_secret", "nope"),
            ("scope", scope),
        ])
        .await;
    assert_aad_error(status, &body, StatusCode::UNAUTHORIZED, "invalid_client", 7000215);
    let (status, body) =
        h.token(&[("grant_type", "client_credentials"), ("client_id", &client_id), ("scope", scope)]).await;
    assert_aad_error(status, &body, StatusCode::UNAUTHORIZED, "invalid_client", 7000218);
    let (status, body) = h
        .token(&[
            ("grant_type", "client_credentials"),
            ("client_id", "00000000-0000-0000-0000-000000000000"),
            ("client_secret", "x"),
            ("scope", scope),
        ])
        .await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "unauthorized_client", 700016);
    let (status, body) = h.token(&[("client_id", &client_id)]).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_request", 900144);
    let secret = h.secret();
    let (status, body) =
        h.token(&[("grant_type", "password"), ("client_id", &client_id), ("client_secret", &secret)]).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "unsupported_grant_type", 70003);
}

#[tokio::test]
async fn refresh_tokens_are_renewed_and_stay_valid_after_use_as_in_entra() {
    let h = start().await;
    let (admin, first) = h.admin_tokens().await;
    let first_refresh = first["refresh_token"].as_str().unwrap();

    let (status, second) = h.refresh(first_refresh, None).await;
    assert_eq!(status, StatusCode::OK, "{second}");
    let second_refresh = second["refresh_token"].as_str().unwrap();
    assert_ne!(first_refresh, second_refresh);
    assert_eq!(second["scope"], first["scope"]);
    let id = claims(second["id_token"].as_str().unwrap());
    assert!(id.get("nonce").is_none());
    assert_eq!(id["oid"], admin.id.as_str());
    let state = h.sandbox.directory().read().await;
    assert!(state.users[&admin.id].sign_in_activity.as_ref().unwrap().last_non_interactive_sign_in_date_time.is_some());
    drop(state);

    // Entra does not invalidate a refresh token by using it: the first one still works, and so
    // does the renewed one (a portal with two tabs refreshing at once must not sign the user out).
    let (status, again) = h.refresh(first_refresh, None).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_ne!(again["refresh_token"], first["refresh_token"]);
    let (status, body) = h.refresh(second_refresh, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = h.refresh("not-a-refresh-token", None).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 9002313);
}

#[tokio::test]
async fn a_directory_reset_forgets_codes_and_refresh_tokens() {
    let h = start().await;
    let (_, tokens) = h.admin_tokens().await;
    let (_, code) = h.admin_code().await;
    h.sandbox.directory().reset().await.unwrap();
    let (status, body) = h.refresh(tokens["refresh_token"].as_str().unwrap(), None).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 9002313);
    let (status, body) = h.redeem(&code, VERIFIER).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 70000);
}

#[tokio::test]
async fn refresh_with_a_narrower_scope_and_an_unconsented_one() {
    let h = start().await;
    let (_, first) = h.admin_tokens().await;
    let (_, body) = h.refresh(first["refresh_token"].as_str().unwrap(), Some("User.Read")).await;
    let access = h
        .sandbox
        .issuer()
        .verify_access_token(body["access_token"].as_str().unwrap(), h.sandbox.directory().now())
        .unwrap();
    assert_eq!(access.scopes, ["User.Read"]);
    let (status, body) = h.refresh(body["refresh_token"].as_str().unwrap(), Some("Mail.Send")).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 65001);
}

#[tokio::test]
async fn client_credentials_give_app_only_tokens_with_application_permissions() {
    let h = start().await;
    let (status, body) = h.app_token(GRAPH_DEFAULT).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.get("refresh_token").is_none() && body.get("id_token").is_none());
    let token = body["access_token"].as_str().unwrap();
    assert_eq!(claims(token)["idtyp"], "app");
    let access = h.sandbox.issuer().verify_access_token(token, h.sandbox.directory().now()).unwrap();
    assert!(access.is_app_only());
    assert!(access.scopes.is_empty());
    assert_eq!(access.roles, h.sandbox.directory().portal_app().application_permissions);

    let (status, body) = h.app_token("User.Read").await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_scope", 1002012);
    let (status, body) = h.app_token("api://elsewhere/.default").await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_resource", 500011);
}

#[tokio::test]
async fn verify_access_token_refuses_expired_tampered_and_foreign_tokens() {
    let h = start().await;
    let (_, body) = h.app_token(GRAPH_DEFAULT).await;
    let token = body["access_token"].as_str().unwrap();
    let issuer = h.sandbox.issuer();
    let now = h.sandbox.directory().now();
    assert!(issuer.verify_access_token(token, now).is_ok());
    assert_eq!(issuer.verify_access_token(token, now + Duration::hours(2)), Err(TokenError::Expired));
    assert_eq!(issuer.verify_access_token("", now), Err(TokenError::Missing));
    assert_eq!(issuer.verify_access_token("Bearer ", now), Err(TokenError::Missing));
    assert_eq!(issuer.verify_access_token("Bearer not-a-jwt", now), Err(TokenError::Malformed));

    // Same signature, different payload: the roles of a stronger app.
    let mut payload = claims(token);
    payload["roles"] = serde_json::json!(["Directory.ReadWrite.All"]);
    let parts: Vec<&str> = token.split('.').collect();
    let forged = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(payload.to_string()), parts[2]);
    assert_eq!(issuer.verify_access_token(&forged, now), Err(TokenError::BadSignature));

    // An ID token is for the app, not for Graph.
    let (_, body) = h.admin_tokens().await;
    assert_eq!(issuer.verify_access_token(body["id_token"].as_str().unwrap(), now), Err(TokenError::WrongAudience));

    // A token signed by another sandbox's key is not ours.
    let other = start().await;
    let (_, body) = other.app_token(GRAPH_DEFAULT).await;
    assert_eq!(issuer.verify_access_token(body["access_token"].as_str().unwrap(), now), Err(TokenError::BadSignature));
}

#[tokio::test]
async fn untrusted_client_or_redirect_uri_gets_an_error_page_never_a_redirect() {
    let h = start().await;
    let mut params = h.authorize_params(FULL_SCOPE);
    params[0].1 = "00000000-0000-0000-0000-000000000000".to_owned();
    let response = h.get_authorize(&params).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.headers().get("location").is_none());
    assert!(response.text().await.unwrap().contains("AADSTS700016"));

    let mut params = h.authorize_params(FULL_SCOPE);
    params[1].1 = "https://evil.example/callback".to_owned();
    let response = h.get_authorize(&params).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.headers().get("location").is_none());
    let html = response.text().await.unwrap();
    assert!(html.contains("AADSTS50011") && html.contains("https://evil.example/callback"));
}

/// Sends an authorize request and returns the error redirected back to the client.
async fn redirected_error(h: &Harness, params: &[(&str, String)]) -> HashMap<String, String> {
    let response = h.get_authorize(params).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(REDIRECT_URI), "{location}");
    let reply = query_of(&location);
    assert_eq!(reply["state"], "state-123");
    reply
}

#[tokio::test]
async fn other_bad_parameters_are_redirected_back_as_entra_errors() {
    let h = start().await;
    let cases: Vec<(&str, Option<&str>, &str, &str)> = vec![
        ("code_challenge", None, "invalid_request", "AADSTS900144"),
        ("nonce", None, "invalid_request", "AADSTS900144"),
        ("response_type", Some("token"), "unsupported_response_type", "AADSTS700054"),
        ("scope", Some("profile User.Read"), "invalid_scope", "AADSTS70011"),
        ("scope", Some("openid Mail.Send"), "consent_required", "AADSTS65001"),
        ("scope", Some("openid api://elsewhere/read User.Read"), "invalid_scope", "AADSTS28000"),
        ("code_challenge_method", Some("S512"), "invalid_request", "AADSTS900144"),
        ("code_challenge", Some("short"), "invalid_request", "AADSTS501491"),
        ("response_mode", Some("fragment"), "invalid_request", "AADSTS900144"),
    ];
    for (name, value, error, code) in cases {
        let mut params = h.authorize_params(FULL_SCOPE);
        params.retain(|(k, _)| *k != name);
        if let Some(value) = value {
            params.push((name, value.to_owned()));
        }
        let reply = redirected_error(&h, &params).await;
        assert_eq!(reply["error"], error, "{name}={value:?}");
        assert!(reply["error_description"].starts_with(&format!("{code}: ")), "{name}={value:?}: {reply:?}");
    }

    let mut params = h.authorize_params(FULL_SCOPE);
    params.push(("prompt", "none".to_owned()));
    assert_eq!(redirected_error(&h, &params).await["error"], "login_required");
}

#[tokio::test]
async fn form_post_response_mode_posts_the_code_back() {
    let h = start().await;
    let admin = h.admin().await;
    let mut params = h.authorize_params(FULL_SCOPE);
    params.push(("response_mode", "form_post".to_owned()));
    assert!(h
        .get_authorize(&params)
        .await
        .text()
        .await
        .unwrap()
        .contains("name=\"response_mode\" value=\"form_post\""));
    params.push(("login", admin.user_principal_name.clone()));
    let response = h.http.post(h.endpoint("oauth2/v2.0/authorize")).form(&params).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.contains(&format!("action=\"{REDIRECT_URI}\"")));
    assert!(html.contains("name=\"state\" value=\"state-123\""));
    let code = html.split("name=\"code\" value=\"").nth(1).unwrap().split('"').next().unwrap();
    let (status, body) = h.redeem(code, VERIFIER).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn unknown_person_gets_an_error_page() {
    let h = start().await;
    let mut params = h.authorize_params(FULL_SCOPE);
    params.push(("login", "nobody@northwind.example".to_owned()));
    let response = h.http.post(h.endpoint("oauth2/v2.0/authorize")).form(&params).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.text().await.unwrap().contains("AADSTS50034"));
}

#[tokio::test]
async fn logout_returns_only_to_registered_origins() {
    let h = start().await;
    let response = h
        .http
        .get(h.endpoint("oauth2/v2.0/logout"))
        .query(&[("post_logout_redirect_uri", "http://localhost:3000/"), ("state", "bye")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(response.headers()["location"], "http://localhost:3000/?state=bye");

    let response = h
        .http
        .get(h.endpoint("oauth2/v2.0/logout"))
        .query(&[("post_logout_redirect_uri", "https://evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.text().await.unwrap().contains("You have signed out"));
}

#[tokio::test]
async fn id_tokens_name_their_sign_in_session_and_a_guest_by_their_home_sign_in_name() {
    let h = start().await;
    let (_, body) = h.admin_tokens().await;
    let id = claims(body["id_token"].as_str().unwrap());
    let sid = id["sid"].as_str().expect("a sid").to_owned();
    // A refresh stays in the same sign-in session; another sign-in is another one.
    let (_, refreshed) = h.refresh(body["refresh_token"].as_str().unwrap(), None).await;
    assert_eq!(claims(refreshed["id_token"].as_str().unwrap())["sid"], sid.as_str());
    let (_, again) = h.admin_tokens().await;
    assert_ne!(claims(again["id_token"].as_str().unwrap())["sid"], sid.as_str());

    let people = h.sandbox.directory().sign_in_people().await.unwrap();
    let guest = people.into_iter().find(|p| p.user_principal_name.contains("#EXT#") && p.mail.is_some()).unwrap();
    let code = h.code(&guest.user_principal_name, FULL_SCOPE).await;
    let (status, body) = h.redeem(&code, VERIFIER).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let id = claims(body["id_token"].as_str().unwrap());
    assert_eq!(id["preferred_username"], guest.mail.as_deref().unwrap());
    assert!(id.get("acct").is_none(), "an optional claim the app registration did not ask for");
}

#[tokio::test]
async fn signing_out_frames_the_apps_front_channel_logout_for_the_hints_sid() {
    let h = start().await;
    let (_, body) = h.admin_tokens().await;
    let id_token = body["id_token"].as_str().unwrap();
    let sid = claims(id_token)["sid"].as_str().unwrap().to_owned();
    let response = h
        .http
        .get(h.endpoint("oauth2/v2.0/logout"))
        .query(&[("post_logout_redirect_uri", "http://localhost:3000/"), ("id_token_hint", id_token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap().replace("&amp;", "&");
    let query = serde_urlencoded::to_string([("iss", h.sandbox.issuer().issuer_url()), ("sid", sid)]).unwrap();
    assert!(html.contains(&format!("<iframe hidden title=\"Signing out of the app\" src=\"{FRONT_CHANNEL_LOGOUT_URL}?{query}\"")), "{html}");
    assert!(html.contains("content=\"1;url=http://localhost:3000/\""), "{html}");
}

#[tokio::test]
async fn a_disabled_account_can_no_longer_refresh() {
    let h = start().await;
    let (admin, first) = h.admin_tokens().await;
    let directory = h.sandbox.directory();
    let mut writer = directory.write().await;
    let mut user = writer.state().users[&admin.id].clone();
    user.account_enabled = false;
    writer.put_user(user).await.unwrap();
    drop(writer);
    let (status, body) = h.refresh(first["refresh_token"].as_str().unwrap(), None).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 50057);
}

#[tokio::test]
async fn refresh_tokens_and_access_tokens_expire_on_the_sandbox_clock() {
    let h = start().await;
    let (_, first) = h.admin_tokens().await;
    let access_token = first["access_token"].as_str().unwrap();
    h.sandbox.directory().advance_clock(91).await.unwrap();
    let now = h.sandbox.directory().now();
    assert_eq!(h.sandbox.issuer().verify_access_token(access_token, now), Err(TokenError::Expired));
    let (status, body) = h.refresh(first["refresh_token"].as_str().unwrap(), None).await;
    assert_aad_error(status, &body, StatusCode::BAD_REQUEST, "invalid_grant", 70008);
}

#[tokio::test]
async fn token_endpoint_only_accepts_post() {
    let h = start().await;
    let response = h.http.get(h.endpoint("oauth2/v2.0/token")).send().await.unwrap();
    let status = response.status();
    assert_aad_error(status, &response.json().await.unwrap(), StatusCode::BAD_REQUEST, "invalid_request", 900561);
}

#[tokio::test]
async fn guests_get_their_email_without_the_email_scope_members_do_not() {
    let h = start().await;
    let people = h.sandbox.directory().sign_in_people().await.unwrap();
    let guest = people.iter().find(|p| p.user_type == "Guest" && p.mail.is_some()).expect("a seeded guest with mail");
    let member =
        people.iter().find(|p| p.user_type == "Member" && p.mail.is_some()).expect("a seeded member with mail");
    for (person, expected) in [(guest, guest.mail.as_deref()), (member, None)] {
        let code = h.code(&person.user_principal_name, "openid profile").await;
        let (status, body) = h.redeem(&code, VERIFIER).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            claims(body["id_token"].as_str().unwrap())["email"].as_str(),
            expected,
            "{}",
            person.user_principal_name
        );
    }
}
