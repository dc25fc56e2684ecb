//! The page shell: document, header, sandbox banner, role-based navigation and the routes.

use crate::auth::{get_viewer, TenantMode, Viewer};
use crate::nav::{ViewerResource, NAV};
use crate::routes;
use crate::t;
use crate::widgets::{with_slot, Alert, SLOT};
use crate::audit::AuditPage;
use crate::convert::{ConvertBatchPage, ConvertPage};
use crate::dashboard::DashboardPage;
use crate::guests::deleted::{DeletedGuestsPage, PurgeGuestPage};
use crate::directory::{DirectoryPage, PersonActionPage, PersonPage};
use crate::guests::details::{GuestActionPage, GuestPage};
use crate::guests::GuestsPage;
use crate::guests::selection::{SelectionPage, SelectionProblemPage};
use crate::home::HomePage;
use crate::invite::{InviteDonePage, InvitePage};
use crate::continuity::ContinuityPage;
use crate::reviews::{CampaignPage, CampaignPlanPage, CampaignReportPage, CampaignsPage, LifecycleRulesPage, RulesPlanPage};
use crate::my_guests::{EndGuestPage, MyAccessPage, MyGuestsPage};
use crate::bulk_invite::{BulkFixPage, BulkInvitePage, BulkPage};
use crate::rules::RulesPage;
use crate::requests::{ApprovalPage, ApprovalsPage, MyRequestsPage};
use crate::settings::SettingsPageView;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::{path, SsrMode};

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Islands: the HTML outside the islands is final and carries no hydration markers.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    // For `IslandScripts`, on the pages that have islands.
    provide_context(options.clone());
    let locale = crate::lang::locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options/>
                <script src="/copy-link.js" defer></script>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Blocking, and every route renders with `SsrMode::Async`: the server sends the finished
    // page, so it works without JavaScript and nothing moves when its islands come alive.
    let viewer = Resource::new_blocking(|| (), |_| get_viewer());
    provide_context(ViewerResource(viewer));

    view! {
        <Stylesheet id="leptos" href="/pkg/guestlist.css"/>
        <Title formatter=|page: String| {
            // leptos_meta writes the title into the server's HTML unescaped, and titles carry
            // names people chose (`</title><script>…` would end the title and run): no `<`.
            let page = page.replace('<', "‹");
            if page.is_empty() { "Guestlist".to_string() } else { format!("{page} – Guestlist") }
        }/>
        <Router>
            // `target="_self"`: the browser, not the router, follows the link, and so moves the
            // focus into the page.
            <a class="skip-link" href="#main" target="_self">{t!("shell-skip-link")}</a>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match viewer.await {
                        Ok(viewer) => view! { <Header viewer/> }.into_any(),
                        Err(error) => view! { <BareHeader/> <Alert text=error.to_string()/> }.into_any(),
                    }
                })}
            </Suspense>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("invite") view=InvitePage ssr=SsrMode::Async/>
                    <Route path=path!("invite/done") view=InviteDonePage ssr=SsrMode::Async/>
                    <Route path=path!("bulk-invite") view=BulkInvitePage ssr=SsrMode::Async/>
                    <Route path=path!("bulk-invite/:id") view=BulkPage ssr=SsrMode::Async/>
                    <Route path=path!("bulk-invite/:id/fix") view=BulkFixPage ssr=SsrMode::Async/>
                    <Route path=path!("directory") view=DirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("directory/:id") view=PersonPage ssr=SsrMode::Async/>
                    <Route path=path!("directory/:id/:action") view=PersonActionPage ssr=SsrMode::Async/>
                    <Route path=path!("convert") view=ConvertBatchPage ssr=SsrMode::Async/>
                    <Route path=path!("convert/:id") view=ConvertPage ssr=SsrMode::Async/>
                    <Route path=path!("audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("rules") view=RulesPage ssr=SsrMode::Async/>
                    <Route path=path!("dashboard") view=DashboardPage ssr=SsrMode::Async/>
                    <Route path=path!("guests/deleted") view=DeletedGuestsPage ssr=SsrMode::Async/>
                    <Route path=path!("guests/deleted/:id") view=PurgeGuestPage ssr=SsrMode::Async/>
                    <Route path=path!("guests") view=GuestsPage ssr=SsrMode::Async/>
                    <Route path=path!("guests/selection") view=SelectionProblemPage ssr=SsrMode::Async/>
                    <Route path=path!("guests/selection/:id") view=SelectionPage ssr=SsrMode::Async/>
                    <Route path=path!("guests/:id") view=GuestPage ssr=SsrMode::Async/>
                    <Route path=path!("guests/:id/:action") view=GuestActionPage ssr=SsrMode::Async/>
                    <Route path=path!("my-guests") view=MyGuestsPage ssr=SsrMode::Async/>
                    <Route path=path!("my-guests/:id/end") view=EndGuestPage ssr=SsrMode::Async/>
                    <Route path=path!("my-access") view=MyAccessPage ssr=SsrMode::Async/>
                    <Route path=path!("sponsors/continuity") view=ContinuityPage ssr=SsrMode::Async/>
                    <Route path=path!("reviews") view=CampaignsPage ssr=SsrMode::Async/>
                    <Route path=path!("reviews/rules") view=LifecycleRulesPage ssr=SsrMode::Async/>
                    <Route path=path!("reviews/rules/dry-run") view=RulesPlanPage ssr=SsrMode::Async/>
                    <Route path=path!("reviews/:id") view=CampaignPage ssr=SsrMode::Async/>
                    <Route path=path!("reviews/:id/dry-run") view=CampaignPlanPage ssr=SsrMode::Async/>
                    <Route path=path!("reviews/:id/report") view=CampaignReportPage ssr=SsrMode::Async/>
                    <Route path=path!("approvals") view=ApprovalsPage ssr=SsrMode::Async/>
                    <Route path=path!("approvals/:id") view=ApprovalPage ssr=SsrMode::Async/>
                    <Route path=path!("my-requests") view=MyRequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("settings") view=SettingsPageView ssr=SsrMode::Async/>
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn BareHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="/">"Guestlist"</a>
            <LanguageForm/>
        </header>
    }
}

/// The language menu, for everyone, signed in or not: a plain form (it works without
/// JavaScript) that the server answers by keeping the choice and coming back to this page.
#[component]
fn LanguageForm() -> impl IntoView {
    let current = crate::lang::locale();
    let location = leptos_router::hooks::use_location();
    let back = format!("{}{}", location.pathname.get_untracked(), location.search.get_untracked());
    let back = if back.is_empty() { routes::HOME.to_owned() } else { back };
    let options = i18n::Locale::ALL
        .into_iter()
        .map(|locale| view! { <option value=locale.tag() lang=locale.tag() selected=locale == current>{locale.name()}</option> })
        .collect_view();
    view! {
        <form method="post" action="/language" class="language-form">
            <label for="language-choice">{t!("shell-language-label")}</label>
            <select id="language-choice" name="language">{options}</select>
            <input type="hidden" name="back" value=back/>
            <button type="submit" class="button secondary">{t!("shell-language-change")}</button>
        </form>
    }
}

#[component]
fn Header(viewer: Viewer) -> impl IntoView {
    let banner = (viewer.mode == TenantMode::Sandbox).then(|| view! { <SandboxBanner/> });
    let signed_in = viewer.principal.map(|principal| {
        let entries = NAV
            .iter()
            .filter(|entry| entry.visible_to(&principal))
            // A section stays marked as current on its sub-pages (/convert/{id}); Home only on itself.
            .map(|entry| view! { <li><A href=entry.href exact=entry.href == routes::HOME>{entry.label()}</A></li> })
            .collect_view();
        view! {
            <nav class="site-nav" aria-label=t!("shell-nav-label")>
                <ul>{entries}</ul>
            </nav>
            <div class="who">
                <span class="who-name" title=principal.user_principal_name.clone()>{principal.name.clone()}</span>
                // A plain form POST: signing out works without JavaScript and cannot be triggered by a link.
                <form method="post" action=routes::SIGN_OUT>
                    <button type="submit" class="button secondary">{t!("shell-sign-out")}</button>
                </form>
            </div>
        }
    });
    view! {
        <header class="site-header">
            <a class="brand" href="/">"Guestlist"</a>
            {signed_in}
            <LanguageForm/>
        </header>
        {banner}
    }
}

#[component]
fn SandboxBanner() -> impl IntoView {
    let text = t!("shell-sandbox-text", mailbox = SLOT);
    view! {
        <aside class="sandbox-banner" aria-label=t!("shell-sandbox-label")>
            <strong>{t!("shell-sandbox-title")}" "</strong>
            {with_slot(text, view! { <a href="/_sandbox/mail" rel="external">{t!("shell-sandbox-mailbox")}</a> })}
        </aside>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let text = t!("shell-not-found-text", link = SLOT);
    view! {
        <Title text=t!("shell-not-found-title")/>
        <h1>{t!("shell-not-found-title")}</h1>
        <p>{with_slot(text, view! { <a href="/">{t!("shell-not-found-home")}</a> })}</p>
    }
}
