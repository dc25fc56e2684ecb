//! The home page: a welcome with "Sign in" for visitors; for signed-in people, who they are,
//! their roles in plain words and what they can do here. Administrators' home is the Dashboard.

use crate::auth::{Principal, Role, Viewer};
use crate::error::PageError;
use crate::nav::{ViewerResource, NAV};
use crate::routes;
use leptos::prelude::*;
use leptos_meta::Title;

/// How many guests the signed-in sponsor sponsors, from Graph with their own permissions.
#[server(endpoint = "home/sponsored-count")]
pub async fn sponsored_count() -> Result<usize, PageError> {
    let me = crate::server::Me::load().await?;
    let count = services::sponsors::sponsored_count(&me.ctx, &me.actor).await?;
    me.save().await?;
    Ok(count)
}

#[component]
pub fn HomePage() -> impl IntoView {
    let ViewerResource(viewer) = expect_context();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match viewer.await {
                    Ok(Viewer { principal: Some(principal), .. }) => view! { <SignedInHome principal/> }.into_any(),
                    Ok(Viewer { principal: None, .. }) => view! { <Welcome/> }.into_any(),
                    // The shell already shows the error.
                    Err(_) => view! { <Title text="Home"/> }.into_any(),
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

#[component]
fn SignedInHome(principal: Principal) -> impl IntoView {
    // A guest of the organisation has no role here: their home is their own access.
    if principal.roles.is_empty() {
        return view! { <crate::my_guests::MyAccessPage/> }.into_any();
    }
    let roles = if principal.roles.is_empty() {
        view! {
            <p>
                "You have no role in this portal. Guests of the organization cannot manage guest "
                "access; if you think you should be able to, ask an administrator."
            </p>
        }
        .into_any()
    } else {
        let items = principal
            .roles
            .iter()
            .map(|role| view! { <li><strong>{role.label()}</strong>": " {role.description()}</li> })
            .collect_view();
        view! { <ul class="roles">{items}</ul> }.into_any()
    };
    let places = NAV
        .iter()
        .filter(|entry| entry.href != routes::HOME && entry.visible_to(&principal))
        .map(|entry| {
            view! { <li><a href=entry.href>{entry.label}</a>" — " {entry.summary}</li> }
        })
        .collect::<Vec<_>>();
    let places = (!places.is_empty()).then(|| {
        view! {
            <h2>"What you can do here"</h2>
            <ul class="places">{places}</ul>
        }
    });
    let email = principal.email.clone().filter(|email| *email != principal.user_principal_name);
    if principal.has(Role::Admin) {
        return view! {
            <Title text="Dashboard"/>
            <h1>"Hello, " {principal.name.clone()}</h1>
            <p class="lead">"You are an " <strong>{Role::Admin.label()}</strong>": " {Role::Admin.description()}</p>
            <crate::dashboard::DashboardPanel/>
            {places}
        }
        .into_any();
    }
    view! {
        <Title text="Home"/>
        <h1>"Hello, " {principal.name.clone()}</h1>
        <p class="lead">
            "You are signed in as " <strong>{principal.user_principal_name.clone()}</strong>
            {email.map(|email| view! { " (" {email} ")" })} "."
        </p>
        <h2>"Your roles"</h2>
        {roles}
        {principal.has(Role::Sponsor).then(|| view! { <SponsoredCount/> })}
        {places}
    }
    .into_any()
}

#[component]
fn SponsoredCount() -> impl IntoView {
    let count = Resource::new_blocking(|| (), |_| sponsored_count());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let count = count.await;
                let text = match &count {
                    Ok(0) => "You do not sponsor any guests yet.".to_string(),
                    Ok(1) => "You sponsor 1 guest.".to_string(),
                    Ok(n) => format!("You sponsor {n} guests."),
                    Err(error) => error.to_string(),
                };
                // A member who sponsors someone finds them right here.
                let mine = matches!(count, Ok(n) if n > 0).then(|| view! { <crate::my_guests::MyGuestsPanel/> });
                view! { <p class="sponsored">{text}</p> {mine} }
            })}
        </Suspense>
    }
}
