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
pub mod nav;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod server;
pub mod shell;
pub mod widgets;

pub use shell::{shell, App};

/// The browser entry point: attaches the server-rendered page to the app.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
    // A marker for tests and styles: the page is now driven by the app, not only server HTML.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
