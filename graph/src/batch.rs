//! JSON batching: up to 20 requests in one `POST /$batch`, each answered separately.

use std::collections::{BTreeMap, HashMap};

use http::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::client::{ApiVersion, Call, Caller};
use crate::error::{ApiError, GraphError};
use crate::filter::{encode_query, Query};
use crate::retry::is_idempotent;

/// Graph rejects batches with more requests than this.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// Why a request cannot join a batch.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BatchError {
    /// The batch already holds 20 requests.
    #[error("a batch can hold at most {MAX_BATCH_REQUESTS} requests")]
    Full,
    /// Another request in the batch has this id.
    #[error("the request id '{0}' is used twice in the batch")]
    DuplicateId(String),
    /// `dependsOn` names a request that is not earlier in the batch.
    #[error("the request depends on '{0}', which is not an earlier request in the batch")]
    UnknownDependency(String),
}

/// One request inside a batch.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchRequest {
    id: String,
    method: String,
    url: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    headers: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    depends_on: Vec<String>,
}

impl BatchRequest {
    /// A request to `/{segments…}?{query}` (relative to the batch's version); segments are percent-encoded,
    /// and an advanced query gets its own `ConsistencyLevel` header, as Graph requires per request.
    pub fn new<S: AsRef<str>>(id: impl Into<String>, method: Method, segments: &[S], query: &Query) -> Self {
        let path: String = segments.iter().map(|s| format!("/{}", encode_segment(s.as_ref()))).collect();
        let params = query.params();
        let url = if params.is_empty() { path } else { format!("{path}?{}", encode_query(&params)) };
        let mut headers = BTreeMap::new();
        if query.is_advanced() {
            headers.insert("ConsistencyLevel", "eventual".to_owned());
        }
        Self { id: id.into(), method: method.to_string(), url, headers, body: None, depends_on: Vec::new() }
    }

    /// Adds a JSON body (and the `Content-Type` header Graph requires with it).
    pub fn json(mut self, body: &impl Serialize) -> Result<Self, GraphError> {
        self.body = Some(serde_json::to_value(body).map_err(|e| GraphError::InvalidRequest(e.to_string()))?);
        self.headers.insert("Content-Type", "application/json".to_owned());
        Ok(self)
    }

    /// Runs this request only after `id` has succeeded.
    pub fn depends_on(mut self, id: impl Into<String>) -> Self {
        self.depends_on.push(id.into());
        self
    }

    /// The request id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The relative URL as sent.
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// Percent-encodes one path segment the way the URL builder of single calls does.
fn encode_segment(segment: &str) -> String {
    let mut url = url::Url::parse("http://segment.invalid/").expect("constant URL parses");
    url.path_segments_mut().expect("http URLs have a path").push(segment);
    url.path()[1..].to_owned()
}

/// Up to 20 requests sent together.
#[derive(Clone, Debug, PartialEq)]
pub struct Batch {
    version: ApiVersion,
    requests: Vec<BatchRequest>,
}

#[derive(Serialize)]
struct BatchBody<'a> {
    requests: &'a [BatchRequest],
}

impl Batch {
    /// An empty batch for the given Graph version.
    pub fn new(version: ApiVersion) -> Self {
        Self { version, requests: Vec::new() }
    }

    /// Adds a request; enforces the size limit, unique ids and that dependencies come first.
    pub fn push(&mut self, request: BatchRequest) -> Result<(), BatchError> {
        if self.requests.len() >= MAX_BATCH_REQUESTS {
            return Err(BatchError::Full);
        }
        if self.requests.iter().any(|r| r.id == request.id) {
            return Err(BatchError::DuplicateId(request.id));
        }
        if let Some(missing) = request.depends_on.iter().find(|d| !self.requests.iter().any(|r| &r.id == *d)) {
            return Err(BatchError::UnknownDependency(missing.clone()));
        }
        self.requests.push(request);
        Ok(())
    }

    /// Number of requests.
    pub fn len(&self) -> usize {
        self.requests.len()
    }

    /// Whether the batch is empty.
    pub fn is_empty(&self) -> bool {
        self.requests.is_empty()
    }
}

/// The answer to one request of a batch.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct BatchResponse {
    /// The request id.
    pub id: String,
    /// The request's own status (the batch's 200 says nothing about it).
    #[serde(deserialize_with = "status_code")]
    pub status: StatusCode,
    /// Response headers (e.g. `Retry-After` on an inner 429).
    #[serde(default)]
    pub headers: HashMap<String, String>,
    /// The JSON body, if any.
    pub body: Option<Value>,
}

fn status_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<StatusCode, D::Error> {
    StatusCode::from_u16(u16::deserialize(deserializer)?).map_err(serde::de::Error::custom)
}

impl BatchResponse {
    /// The body as `T`, or the request's error.
    pub fn into_result<T: DeserializeOwned>(self) -> Result<T, GraphError> {
        self.check()?;
        serde_json::from_value(self.body.unwrap_or(Value::Null))
            .map_err(|e| GraphError::Decode { url: format!("$batch request {}", self.id), reason: e.to_string() })
    }

    /// `Ok` for a successful request without a meaningful body (e.g. 204), or the request's error.
    pub fn check(&self) -> Result<(), GraphError> {
        if self.status.is_success() {
            return Ok(());
        }
        let body = self.body.as_ref().map(Value::to_string).unwrap_or_default();
        let header =
            |name: &str| self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
        let error =
            ApiError::from_body(self.status, body.as_bytes(), header("request-id"), header("client-request-id"));
        Err(GraphError::Api(Box::new(error)))
    }
}

/// All answers of a batch, by request id.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchResponses(HashMap<String, BatchResponse>);

impl BatchResponses {
    /// The answer to request `id`.
    pub fn get(&self, id: &str) -> Option<&BatchResponse> {
        self.0.get(id)
    }

    /// Takes the answer to request `id` out, e.g. to call [`BatchResponse::into_result`].
    pub fn take(&mut self, id: &str) -> Option<BatchResponse> {
        self.0.remove(id)
    }
}

#[derive(Deserialize)]
struct BatchReply {
    responses: Vec<BatchResponse>,
}

impl Caller {
    /// `POST /$batch`. Inner requests are not retried here: an inner 429 comes back as that request's error.
    pub async fn batch(&self, batch: &Batch) -> Result<BatchResponses, GraphError> {
        if batch.is_empty() {
            return Err(GraphError::InvalidRequest("the batch is empty".into()));
        }
        let mut call = Call::new(Method::POST, self.client.url(batch.version, &["$batch"], &[]))
            .json(&BatchBody { requests: &batch.requests })?;
        // Repeating the batch is safe only when every request in it is.
        call.idempotent = batch.requests.iter().all(|r| r.method.parse().as_ref().is_ok_and(is_idempotent));
        let url = call.url.clone();
        let reply: BatchReply = self.send_json(call).await?;
        let responses: HashMap<String, BatchResponse> =
            reply.responses.into_iter().map(|r| (r.id.clone(), r)).collect();
        if let Some(missing) = batch.requests.iter().find(|r| !responses.contains_key(&r.id)) {
            return Err(GraphError::Decode {
                url: url.path().to_owned(),
                reason: format!("no answer for request {}", missing.id),
            });
        }
        Ok(BatchResponses(responses))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use serde_json::json;

    #[test]
    fn limits_ids_and_dependencies_are_enforced() {
        let mut batch = Batch::new(ApiVersion::V1);
        for i in 0..MAX_BATCH_REQUESTS {
            batch.push(BatchRequest::new(i.to_string(), Method::GET, &["users"], &Query::new())).unwrap();
        }
        assert_eq!(batch.push(BatchRequest::new("x", Method::GET, &["me"], &Query::new())), Err(BatchError::Full));

        let mut batch = Batch::new(ApiVersion::V1);
        batch.push(BatchRequest::new("1", Method::GET, &["me"], &Query::new())).unwrap();
        assert_eq!(
            batch.push(BatchRequest::new("1", Method::GET, &["me"], &Query::new())),
            Err(BatchError::DuplicateId("1".into()))
        );
        let later = BatchRequest::new("2", Method::GET, &["me"], &Query::new()).depends_on("3");
        assert_eq!(batch.push(later), Err(BatchError::UnknownDependency("3".into())));
        batch.push(BatchRequest::new("2", Method::GET, &["me"], &Query::new()).depends_on("1")).unwrap();
        assert_eq!(batch.len(), 2);
    }

    #[test]
    fn requests_serialize_like_graph_expects() {
        let query = Query::new().filter(Filter::ends_with("userPrincipalName", "#EXT#@contoso.com"));
        let request = BatchRequest::new("1", Method::GET, &["users"], &query);
        assert_eq!(
            serde_json::to_value(&request).unwrap(),
            json!({"id":"1","method":"GET",
                   "url":"/users?$filter=endsWith%28userPrincipalName%2C%27%23EXT%23%40contoso.com%27%29&$count=true",
                   "headers":{"ConsistencyLevel":"eventual"}})
        );
        let patch = BatchRequest::new("2", Method::PATCH, &["users", "a_b.com#EXT#@contoso.com"], &Query::new())
            .json(&json!({"jobTitle":"x"}))
            .unwrap()
            .depends_on("1");
        assert_eq!(
            serde_json::to_value(&patch).unwrap(),
            json!({"id":"2","method":"PATCH","url":"/users/a_b.com%23EXT%23@contoso.com",
                   "headers":{"Content-Type":"application/json"},"body":{"jobTitle":"x"},"dependsOn":["1"]})
        );
    }

    #[test]
    fn inner_errors_are_typed() {
        let failed: BatchResponse = serde_json::from_value(json!({"id":"2","status":424,"headers":{},
            "body":{"error":{"code":"BadRequest","message":"dependency failed"}}}))
        .unwrap();
        assert_eq!(failed.check().unwrap_err().code(), Some(&crate::error::ErrorCode::BadRequest));
        let throttled: BatchResponse =
            serde_json::from_value(json!({"id":"3","status":429,"headers":{"Retry-After":"5"}})).unwrap();
        assert_eq!(throttled.check().unwrap_err().code(), Some(&crate::error::ErrorCode::TooManyRequests));
        let ok: BatchResponse =
            serde_json::from_value(json!({"id":"1","status":200,"body":{"id":"cbb896f9-8306-49d0-b56b-b8e39cd28825"}}))
                .unwrap();
        let user: crate::model::User = ok.into_result().unwrap();
        assert!(user.id.is_some());
    }
}
