//! The sandbox tenant: a local, persistent emulation of the parts of Microsoft Entra ID that
//! Guestlist uses — an OIDC issuer with Entra's v2.0 URL shapes and claims, and a Graph
//! v1.0/beta subset with Graph's JSON, OData rules, errors, permission checks and throttling.
//!
//! Everything is served under `/_sandbox/` and reached by the portal over real HTTP, exactly as
//! it reaches `login.microsoftonline.com` and `graph.microsoft.com`. This crate shares no model
//! types with the `graph` client on purpose: the two are independent implementations of
//! Microsoft's contract, so a mistake in one cannot hide in the other.
//!
//! Layout:
//! - `directory`: the persisted directory (SQLite): users, groups, apps, sponsors, memberships,
//!   the seed, the sandbox clock, the mail outbox.
//! - `oidc`: the issuer — keys, discovery, authorize page, token, logout, token verification.
//! - `graph`: the Graph emulation on top of `directory`, guarded by `oidc`'s token verification.
//! - `html`: escaping for the plain HTML pages of `oidc` and `directory`.

pub mod directory;
pub mod graph;
mod html;
pub mod oidc;
pub mod smtp;

use std::path::PathBuf;
use std::sync::Arc;

/// How the sandbox is set up by its host (the `guestlist` server, or `guestlist sandbox`).
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    /// Folder for the sandbox's SQLite database and signing keys (created when missing).
    pub data_dir: PathBuf,
    /// The public origin the sandbox is reached at, e.g. `http://127.0.0.1:3000`. All sandbox
    /// URLs (issuer, Graph base, redeem links) are `{public_url}/_sandbox/...`.
    pub public_url: url::Url,
    /// Redirect URIs registered for the portal's app in the sandbox tenant (exact match, as Entra).
    pub portal_redirect_uris: Vec<String>,
    /// Graph's documented throttling on `/invitations` (150 requests per 5 s per tenant).
    pub throttle_invitations: bool,
    /// The portal app's front-channel logout URL, loaded in a hidden frame when someone signs
    /// out at the issuer (Entra's app registration setting of that name).
    pub portal_front_channel_logout_url: Option<String>,
}

/// The running sandbox: cheap to clone, shared by all handlers.
#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<Inner>,
}

struct Inner {
    config: SandboxConfig,
    directory: directory::Directory,
    issuer: oidc::Issuer,
    faults: graph::Faults,
}

impl Sandbox {
    /// Opens (creating and seeding on first use) the sandbox tenant under `config.data_dir`.
    pub async fn open(config: SandboxConfig) -> anyhow::Result<Sandbox> {
        std::fs::create_dir_all(&config.data_dir)?;
        let directory = directory::Directory::open(&config).await?;
        let issuer = oidc::Issuer::open(&config, &directory).await?;
        // A directory reset revokes every sign-in too, so no refresh token outlives its person.
        directory.on_reset(Box::new(|pool| Box::pin(async move { oidc::forget_grants(&pool).await })));
        Ok(Sandbox { inner: Arc::new(Inner { config, directory, issuer, faults: graph::Faults::default() }) })
    }

    pub fn config(&self) -> &SandboxConfig {
        &self.inner.config
    }

    pub fn directory(&self) -> &directory::Directory {
        &self.inner.directory
    }

    pub fn issuer(&self) -> &oidc::Issuer {
        &self.inner.issuer
    }

    /// Failures to inject into the next Graph requests (also at `/_sandbox/faults`).
    pub fn faults(&self) -> &graph::Faults {
        &self.inner.faults
    }

    /// The `/_sandbox/...` routes, ready to be merged into the host's router.
    pub fn router(&self) -> axum::Router {
        axum::Router::new()
            .merge(oidc::routes(self.clone()))
            .merge(graph::routes(self.clone()))
            .merge(directory::routes(self.clone()))
    }
}
