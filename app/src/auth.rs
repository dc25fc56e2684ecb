//! Who is visiting: the signed-in person (a [`Principal`] with [`Role`]s, established by the
//! server from the ID token at sign-in) and the tenant mode, for the page shell.
//!
//! Authorization is decided by the services on the server; pages use roles only to choose
//! what to show.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
pub use services::{Principal, Role};

use crate::error::PageError;

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

/// The visitor and the tenant mode, for the page shell.
#[server(endpoint = "viewer")]
pub async fn get_viewer() -> Result<Viewer, PageError> {
    let mode = use_context::<TenantMode>()
        .ok_or_else(|| services::Error::NotConfigured(crate::t!("shell-no-tenant-mode")))?;
    Ok(Viewer { principal: crate::server::principal().await?, mode })
}
