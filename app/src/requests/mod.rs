//! Invitation requests and their approval: **Approvals** (`/approvals`, and `/approvals/{id}` that
//! the approvers' mail links to) where an approver approves — optionally changing groups or
//! sponsors — or denies with a comment in one click; **My requests** (`/my-requests`) where the
//! requester sees each request and its answer. Requests are made on the Invite page.
//!
//! Every form is a plain POST to a server function that works without JavaScript; the answer
//! waits in the session for the page after the redirect. The services decide who may approve.

mod pages;

pub use pages::{ApprovalPage, ApprovalsPage, MyRequestsPage};

use crate::error::PageError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
pub use services::requests::{InvitationRequest, RequestState};

/// The answer to an approval or denial, shown once on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub done: bool,
    pub text: String,
}

/// What the Approvals page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalsData {
    pub pending: Vec<InvitationRequest>,
    pub decided: Vec<InvitationRequest>,
    pub notice: Option<Notice>,
}

/// One request, for the page the approvers' mail links to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalData {
    pub request: InvitationRequest,
    pub notice: Option<Notice>,
}

/// What My requests shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRequestsData {
    pub requests: Vec<InvitationRequest>,
    /// The answer to the request just sent from the Invite page.
    pub notice: Option<String>,
}

#[cfg(feature = "ssr")]
mod server {
    use super::Notice;
    use crate::error::PageError;
    use crate::server::{redirect_with, Me};

    /// Session key of the last decision's [`Notice`].
    pub const NOTICE: &str = "approvals_notice";

    /// Back to the request's page with what happened; a request that cannot be decided as asked
    /// (checks, Microsoft, someone faster) in words, refusals as errors.
    pub async fn answered(me: &Me, id: i64, result: Result<String, services::Error>) -> Result<(), PageError> {
        me.save().await?;
        let notice = match result {
            Ok(text) => Notice { done: true, text },
            Err(error) if error.is_refusal() => return Err(error.into()),
            Err(error) => Notice { done: false, text: error.to_string() },
        };
        redirect_with(NOTICE, &notice, &crate::routes::approval(id)).await
    }
}

#[server(endpoint = "approvals/page")]
pub async fn approvals_page() -> Result<ApprovalsData, PageError> {
    let me = crate::server::Me::load().await?;
    let approvals = services::requests::approvals(&me.ctx, &me.actor).await?;
    Ok(ApprovalsData { pending: approvals.pending, decided: approvals.decided, notice: crate::server::take(server::NOTICE).await? })
}

#[server(endpoint = "approvals/one")]
pub async fn approval_page(id: i64) -> Result<ApprovalData, PageError> {
    let me = crate::server::Me::load().await?;
    let request = services::requests::one(&me.ctx, &me.actor, id).await?;
    Ok(ApprovalData { request, notice: crate::server::take(server::NOTICE).await? })
}

/// Approves request `id` with the groups and sponsors as the approver left them.
#[server(endpoint = "approvals/approve")]
pub async fn approve(id: i64, groups: Option<String>, sponsors: Option<String>, comment: Option<String>) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let approval = services::requests::Approval { groups, sponsors, comment: comment.unwrap_or_default() };
    let result = services::requests::approve(&me.ctx, &me.actor, id, &approval).await;
    let text = result.map(|r| crate::t!("requests-approved-notice", email = r.email, requester = r.requester));
    server::answered(&me, id, text).await
}

/// Denies request `id` with a comment for the requester.
#[server(endpoint = "approvals/deny")]
pub async fn deny(id: i64, comment: Option<String>) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::requests::deny(&me.ctx, &me.actor, id, &comment.unwrap_or_default()).await;
    let text = result.map(|r| crate::t!("requests-denied-notice", email = r.email, requester = r.requester));
    server::answered(&me, id, text).await
}

#[server(endpoint = "my-requests/page")]
pub async fn my_requests_page() -> Result<MyRequestsData, PageError> {
    let me = crate::server::Me::load().await?;
    let requests = services::requests::mine(&me.ctx, &me.actor).await?;
    Ok(MyRequestsData { requests, notice: crate::server::take(crate::server::keys::REQUEST_NOTICE).await? })
}
