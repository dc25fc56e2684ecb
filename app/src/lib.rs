//! Guestlist's pages and server functions (Leptos, rendered on the server and hydrated in the
//! browser). One module per capability; server functions are thin and call plain Rust services.

pub mod audit;
pub mod auth;
pub mod convert;
pub mod directory;
pub mod home;
pub mod invite;
pub mod shell;

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
