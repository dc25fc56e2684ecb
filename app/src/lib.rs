//! Guestlist's pages and server functions (Leptos, rendered on the server and hydrated in the
//! browser). One folder per capability (its wire types, server functions and pages); server
//! functions are a few lines each and call the `services` crate, which checks permissions and
//! writes the audit trail. Capabilities do not import each other: what they share is in
//! `widgets`, `error`, `routes`, `nav` and (on the server) `server`.

// Capabilities.
pub mod audit;
pub mod bulk_invite;
pub mod convert;
pub mod dashboard;
pub mod directory;
pub mod guests;
pub mod home;
pub mod invite;
pub mod continuity;
pub mod my_guests;
pub mod reviews;
pub mod requests;
pub mod rules;
pub mod settings;

// Shared by the capabilities.
pub mod auth;
pub mod error;
pub mod lang;
pub mod nav;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod server;
pub mod shell;
pub mod widgets;

pub use shell::{shell, App};

/// The browser entry point: makes the page's islands (`#[island]` components) interactive; the
/// rest of the page is server HTML and stays so.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // A marker for tests and styles: the islands are live. Leptos' island script hydrates them
    // right after this returns, in the same task; the timeout runs after it.
    leptos::prelude::set_timeout(
        || {
            if let Some(root) = leptos::prelude::document().document_element() {
                let _ = root.set_attribute("data-hydrated", "true");
            }
        },
        std::time::Duration::ZERO,
    );
}
