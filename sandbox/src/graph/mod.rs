//! The Graph v1.0/beta emulation under `/_sandbox/graph/`.

use crate::Sandbox;

pub fn routes(sandbox: Sandbox) -> axum::Router {
    axum::Router::new().with_state(sandbox)
}
