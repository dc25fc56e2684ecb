//! Who is signed in and what they may do: the `Principal` and its `Role`s, shared by the server
//! (which derives them from the ID token at sign-in) and the front end (which shows them).
//!
//! Authorization is decided on the server only: every server function that does something calls
//! [`require`] (or [`current_principal`]) itself. The front end uses roles only to choose what to
//! show.

use leptos::prelude::*;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What a signed-in person may do in the portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// Global Administrator or User Administrator in the tenant.
    Admin,
    /// Guest Inviter, the portal's inviter app role, or member of the configured inviter group.
    Inviter,
    /// Any member (not guest) of the tenant: can look after the guests they sponsor.
    Sponsor,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Inviter, Role::Sponsor];

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Inviter => "Inviter",
            Role::Sponsor => "Sponsor",
        }
    }

    /// What the role means, in plain words, for the home page.
    pub fn description(self) -> &'static str {
        match self {
            Role::Admin => {
                "You manage guest access for the whole organization: every guest, the settings \
                 and the audit trail."
            }
            Role::Inviter => "You can invite people from outside the organization as guests.",
            Role::Sponsor => {
                "You can look after the guests you sponsor: see who they are and whether they \
                 still need access."
            }
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// The signed-in person, as established from the verified ID token at sign-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    /// `oid`: the user's object id in this tenant (equals Graph `user.id`).
    pub object_id: String,
    /// `tid`: the tenant signed in to.
    pub tenant_id: String,
    pub name: String,
    /// `preferred_username`; display only, it can change.
    pub user_principal_name: String,
    pub email: Option<String>,
    /// Sorted, without duplicates.
    pub roles: Vec<Role>,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// Which tenant the portal is connected to; decides e.g. the sandbox banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TenantMode {
    /// The local sandbox tenant: nothing leaves this machine.
    Sandbox,
    /// A real Microsoft Entra tenant.
    Entra,
}

/// What the page shell needs to know about the visitor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub principal: Option<Principal>,
    pub mode: TenantMode,
}

/// Why a request was not allowed. Shown to people as is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AccessError {
    #[error("You are not signed in (or your session has ended). Sign in and try again.")]
    SignedOut,
    #[error("This needs the {needed} role, which you do not have. Ask an administrator if you need it.")]
    NotAllowed { needed: Role },
    #[error("The portal could not check who you are: {0}. Try again in a moment.")]
    Unavailable(String),
}

impl FromServerFnError for AccessError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AccessError::Unavailable(value.to_string())
    }
}

/// The visitor and the tenant mode, for the page shell.
#[server(endpoint = "viewer")]
pub async fn get_viewer() -> Result<Viewer, AccessError> {
    let mode = use_context::<TenantMode>()
        .ok_or_else(|| AccessError::Unavailable("the server did not say which tenant it uses".into()))?;
    Ok(Viewer { principal: server::current_principal().await?, mode })
}

#[cfg(feature = "ssr")]
pub use server::{current_principal, require, session_keys, UserGraph};

#[cfg(feature = "ssr")]
mod server {
    use super::{AccessError, Principal, Role};
    use axum::http::StatusCode;
    use tower_sessions::Session;

    /// Where the server keeps sign-in state in the session (server side only).
    pub mod session_keys {
        /// The [`Principal`](super::Principal) of the signed-in person.
        pub const PRINCIPAL: &str = "principal";
        /// The signed-in person's `graph::DelegatedToken`; never sent to the browser.
        pub const GRAPH_TOKEN: &str = "graph_token";
        /// The ID token, kept as the `id_token_hint` for signing out at the issuer.
        pub const ID_TOKEN: &str = "id_token";
        /// PKCE verifier, state and nonce of a sign-in in progress.
        pub const PENDING_SIGN_IN: &str = "pending_sign_in";
    }

    async fn web_session() -> Result<Session, AccessError> {
        leptos_axum::extract().await.map_err(|e| AccessError::Unavailable(format!("no session ({e})")))
    }

    fn store_failed(error: tower_sessions::session::Error) -> AccessError {
        AccessError::Unavailable(format!("the session store failed ({error})"))
    }

    /// The signed-in person, or `None` when signed out.
    pub async fn current_principal() -> Result<Option<Principal>, AccessError> {
        web_session().await?.get::<Principal>(session_keys::PRINCIPAL).await.map_err(store_failed)
    }

    /// The signed-in person if they have `role`; otherwise an error (and a 401/403 status).
    /// Every server function that reads or changes anything starts with this.
    pub async fn require(role: Role) -> Result<Principal, AccessError> {
        let outcome = match current_principal().await? {
            None => Err(AccessError::SignedOut),
            Some(principal) if principal.has(role) => Ok(principal),
            Some(_) => Err(AccessError::NotAllowed { needed: role }),
        };
        if let Err(error) = &outcome {
            let status = match error {
                AccessError::SignedOut => StatusCode::UNAUTHORIZED,
                _ => StatusCode::FORBIDDEN,
            };
            if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(status);
            }
        }
        outcome
    }

    /// Graph with the signed-in person's delegated permissions, for server functions:
    /// `UserGraph::open().await?`, make calls through [`UserGraph::caller`], then
    /// [`UserGraph::save`] so a token the client renewed on the way is kept.
    pub struct UserGraph {
        client: graph::GraphClient,
        token: graph::DelegatedSession,
        session: Session,
    }

    impl UserGraph {
        pub async fn open() -> Result<UserGraph, AccessError> {
            let client = leptos::prelude::use_context::<graph::GraphClient>()
                .ok_or_else(|| AccessError::Unavailable("the server has no Graph client".into()))?;
            let session = web_session().await?;
            let token = session
                .get::<graph::DelegatedToken>(session_keys::GRAPH_TOKEN)
                .await
                .map_err(store_failed)?
                .ok_or(AccessError::SignedOut)?;
            Ok(UserGraph { client, token: graph::DelegatedSession::new(token), session })
        }

        pub fn caller(&self) -> graph::Caller {
            self.client.as_user(&self.token)
        }

        /// The app's own Graph access (application permissions), for what the person's
        /// delegated permissions cannot do; authorize with [`require`] first.
        pub fn app(&self) -> graph::Caller {
            self.client.as_app()
        }

        pub async fn save(&self) -> Result<(), AccessError> {
            self.session.insert(session_keys::GRAPH_TOKEN, self.token.current()).await.map_err(store_failed)
        }
    }
}
