//! The home page: a welcome with "Sign in" for visitors; for signed-in people, who they are,
//! their roles in plain words and what they can do here. Administrators' home is the Dashboard.

use crate::auth::{Principal, Role, Viewer};
use crate::nav::{ViewerResource, NAV};
use crate::routes;
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
                    Err(_) => view! { <Title text="Home"/> }.into_any(),
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
        <Title text="Welcome"/>
        <section class="welcome">
            <h1>"Guest access, done carefully"</h1>
            <p class="lead">
                "Guestlist helps your organization invite people from outside as guests, keep track "
                "of who sponsors them, and remove access that is no longer needed."
            </p>
            <p>"Sign in with your work account to continue."</p>
            // rel="external": a server route, not a page of the app's router.
            <a class="button primary" href=routes::SIGN_IN rel="external">"Sign in"</a>
        </section>
    }
}

/// Who the signed-in member is and their roles in plain words.
#[component]
fn Greeting(principal: Principal) -> impl IntoView {
    if principal.has(Role::Admin) {
        return view! {
            <Title text="Dashboard"/>
            <h1>"Hello, " {principal.name.clone()}</h1>
            <p class="lead">"You are an " <strong>{Role::Admin.label()}</strong>": " {Role::Admin.description()}</p>
        }
        .into_any();
    }
    let roles = principal
        .roles
        .iter()
        .map(|role| view! { <li><strong>{role.label()}</strong>": " {role.description()}</li> })
        .collect_view();
    let email = principal.email.clone().filter(|email| *email != principal.user_principal_name);
    view! {
        <Title text="Home"/>
        <h1>"Hello, " {principal.name.clone()}</h1>
        <p class="lead">
            "You are signed in as " <strong>{principal.user_principal_name.clone()}</strong>
            {email.map(|email| view! { " (" {email} ")" })} "."
        </p>
        <h2>"Your roles"</h2>
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
            view! { <li><a href=entry.href>{entry.label}</a>" — " {entry.summary}</li> }
        })
        .collect::<Vec<_>>();
    (!places.is_empty()).then(|| {
        view! {
            <h2>"What you can do here"</h2>
            <ul class="places">{places}</ul>
        }
    })
}
