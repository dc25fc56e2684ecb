//! A typed Microsoft Graph client for B2B guest management (server-side only).
//!
//! Build one [`GraphClient`] per server, then call Graph through a [`Caller`] that carries a
//! [`Credential`]: the signed-in user's [`DelegatedSession`] (refreshed automatically; read the new
//! token back with [`DelegatedSession::current`]) or the application itself.
//!
//! ```no_run
//! # async fn demo(http: reqwest::Client, session: graph::DelegatedSession) -> Result<(), Box<dyn std::error::Error>> {
//! use futures::TryStreamExt;
//! use graph::{existing_user_filter, EmailAddress, GraphClient, GraphConfig, Query};
//!
//! let config = GraphConfig::new(
//!     "https://graph.microsoft.com",
//!     "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
//!     "client-id",
//!     "client-secret",
//! )?;
//! let graph = GraphClient::new(http, config);
//! let email = EmailAddress::parse("ann@fabrikam.com")?;
//! let query = Query::new().select(&["id", "displayName", "userType"]).filter(existing_user_filter(&email));
//! let existing: Vec<graph::User> = graph.as_user(&session).users(query).try_collect().await?;
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

mod api;
mod auth;
mod batch;
mod client;
mod error;
mod filter;
mod ids;
mod model;
mod pace;
mod retry;

pub use api::{InvitationRequest, Principal, MAX_CC_RECIPIENTS, MAX_INVITATION_SPONSORS};
pub use auth::{Credential, DelegatedSession, DelegatedToken, APP_SCOPE, EXPIRY_MARGIN};
pub use batch::{Batch, BatchError, BatchRequest, BatchResponse, BatchResponses, MAX_BATCH_REQUESTS};
pub use client::{ApiVersion, Caller, ConfigError, GraphClient, GraphConfig, Page, Sent, DURATION_METRIC, PACE_WAIT_METRIC, REQUESTS_METRIC, THROTTLE_WAIT_METRIC};
pub use error::{ApiError, ErrorCode, GraphError};
pub use filter::{existing_user_filter, Filter, Literal, Query, Search, UserQuery, MAX_PAGE_SIZE};
pub use ids::{EmailAddress, EmailError, InvalidObjectId, ObjectId, UserRef};
pub use model::*;
pub use retry::RetryPolicy;
