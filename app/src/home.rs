//! The home page: a welcome with "Sign in" for visitors; for signed-in people, who they are,
//! their roles in plain words and what they can do here. Administrators' home is the Dashboard.

use crate::auth::{Principal, Role, Viewer};
use crate::nav::{ViewerResource, NAV};
use crate::routes;
use crate::t;
use crate::widgets::{with_slot, SLOT};
use leptos::prelude::*;
use leptos_meta::Title;

/// Members who sponsor guests see them on their home page; administrators see the Dashboard.
fn sponsor_not_admin(principal: &Principal) -> bool {
    principal.has(Role::Sponsor) && !principal.has(Role::Admin)
}

/// A guest of the organisation has no role here: their home is their own access.
fn guest(principal: &Principal) -> bool {
    principal.roles.is_empty()
}

fn admin(principal: &Principal) -> bool {
    principal.has(Role::Admin)
}

#[component]
pub fn HomePage() -> impl IntoView {
    let ViewerResource(viewer) = expect_context();
    // The panels are made here, beside the greeting that waits for the viewer rather than inside
    // it, and load only for the people they are for (see `load_for`).
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match viewer.await {
                    Ok(Viewer { principal: Some(principal), .. }) if guest(&principal) => ().into_any(),
                    Ok(Viewer { principal: Some(principal), .. }) => view! { <Greeting principal/> }.into_any(),
                    Ok(Viewer { principal: None, .. }) => view! { <Welcome/> }.into_any(),
                    // The shell already shows the error.
                    Err(_) => view! { <Title text=t!("shell-home-title")/> }.into_any(),
                }
            })}
        </Suspense>
        <crate::dashboard::DashboardPanel only=admin/>
        <crate::my_guests::MyGuestsPanel only=sponsor_not_admin/>
        <crate::my_guests::MyAccess only=guest/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match viewer.await {
                    Ok(Viewer { principal: Some(principal), .. }) if !guest(&principal) => Some(view! { <Places principal/> }),
                    _ => None,
                }
            })}
        </Suspense>
    }
}

#[component]
fn Welcome() -> impl IntoView {
    view! {
        <Title text=t!("shell-welcome-title")/>
        <section class="welcome">
            <h1>{t!("shell-welcome-heading")}</h1>
            <p class="lead">{t!("shell-welcome-lead")}</p>
            <p>{t!("shell-welcome-sign-in-text")}</p>
            // rel="external": a server route, not a page of the app's router.
            <a class="button primary" href=routes::SIGN_IN rel="external">{t!("shell-sign-in")}</a>
        </section>
    }
}

/// Who the signed-in member is and their roles in plain words.
#[component]
fn Greeting(principal: Principal) -> impl IntoView {
    let locale = crate::lang::locale();
    let hello = t!("shell-home-hello", name = principal.name.clone());
    if principal.has(Role::Admin) {
        let lead = t!("shell-home-admin-lead", role = SLOT, description = Role::Admin.description(locale));
        return view! {
            <Title text=t!("dashboard-title")/>
            <h1>{hello}</h1>
            <p class="lead">{with_slot(lead, view! { <strong>{Role::Admin.name(locale)}</strong> })}</p>
        }
        .into_any();
    }
    let roles = principal
        .roles
        .iter()
        .map(|role| {
            let line = t!("shell-home-role", role = SLOT, description = role.description(locale));
            view! { <li>{with_slot(line, view! { <strong>{role.name(locale)}</strong> })}</li> }
        })
        .collect_view();
    let account = principal.user_principal_name.clone();
    let signed_in = match principal.email.clone().filter(|email| *email != principal.user_principal_name) {
        Some(email) => t!("shell-home-signed-in-with-email", account = SLOT, email = email),
        None => t!("shell-home-signed-in", account = SLOT),
    };
    view! {
        <Title text=t!("shell-home-title")/>
        <h1>{hello}</h1>
        <p class="lead">{with_slot(signed_in, view! { <strong>{account}</strong> })}</p>
        <h2>{t!("shell-home-roles")}</h2>
        <ul class="roles">{roles}</ul>
    }
    .into_any()
}

/// The pages the person may open, with a sentence each.
#[component]
fn Places(principal: Principal) -> impl IntoView {
    let places = NAV
        .iter()
        .filter(|entry| entry.href != routes::HOME && entry.visible_to(&principal))
        .map(|entry| {
            view! { <li><a href=entry.href>{entry.label()}</a>" — " {entry.summary()}</li> }
        })
        .collect::<Vec<_>>();
    (!places.is_empty()).then(|| {
        view! {
            <h2>{t!("shell-home-places")}</h2>
            <ul class="places">{places}</ul>
        }
    })
}
