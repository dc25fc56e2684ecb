//! The Rules page (administrators only): what Inviters may grant with an invitation — the groups
//! they may add guests to and the app roles they may give. Empty until an administrator adds
//! something; Guestlist's own roles can never be added. The services check the list again for
//! every invitation and audit every change.
//!
//! Works without JavaScript: the search is a GET form, and adding or removing an entry is a
//! plain POST whose answer waits in the session for the page after the redirect.

use crate::error::PageError;
use crate::routes;
use crate::t;
use crate::widgets::{Alert, DataTable, SearchForm};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};
use services::grants::{Candidates, Grant};

/// The answer to a change, shown once on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub done: bool,
    pub text: String,
}

/// What the Rules page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesData {
    pub grants: Vec<Grant>,
    /// What the search found for `q`, to add.
    pub candidates: Candidates,
    pub notice: Option<Notice>,
}

#[cfg(feature = "ssr")]
mod server {
    use super::Notice;
    use crate::error::PageError;
    use crate::server::redirect_with;

    /// Session key of the last change's [`Notice`].
    pub const NOTICE: &str = "rules_notice";

    /// Back to the Rules page with what happened; refusals in words, other errors as errors.
    pub async fn answered(result: Result<String, services::Error>) -> Result<(), PageError> {
        let notice = match result {
            Ok(text) => Notice { done: true, text },
            Err(error @ (services::Error::Invalid(_) | services::Error::NotFound(_))) => Notice { done: false, text: error.to_string() },
            Err(error) => return Err(error.into()),
        };
        redirect_with(NOTICE, &notice, crate::routes::RULES).await
    }
}

/// The list, what the search `q` found, and the answer of the last change.
#[server(endpoint = "rules/page")]
pub async fn rules_page(q: String) -> Result<RulesData, PageError> {
    let me = crate::server::Me::load().await?;
    let grants = services::grants::list(&me.ctx, &me.actor).await?;
    let candidates = services::grants::find(&me.ctx, &me.actor, &q).await?;
    me.save().await?;
    Ok(RulesData { grants, candidates, notice: crate::server::take(server::NOTICE).await? })
}

/// Lets Inviters add guests to the group `name`.
#[server(endpoint = "rules/allow-group")]
pub async fn allow_group(name: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::grants::allow_group(&me.ctx, &me.actor, &name).await;
    me.save().await?;
    server::answered(result.map(|grant| t!("rules-allowed", grant = grant.name(crate::lang::locale())))).await
}

/// Lets Inviters give the app role `value` (`{servicePrincipalId}/{appRoleId}`).
#[server(endpoint = "rules/allow-app-role")]
pub async fn allow_app_role(value: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::grants::allow_app_role(&me.ctx, &me.actor, &value).await;
    me.save().await?;
    server::answered(result.map(|grant| t!("rules-allowed", grant = grant.name(crate::lang::locale())))).await
}

/// Takes the entry `key` off the list.
#[server(endpoint = "rules/remove")]
pub async fn remove_grant(key: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::grants::remove(&me.ctx, &me.actor, &key).await;
    server::answered(result.map(|grant| t!("rules-removed", grant = grant.name(crate::lang::locale())))).await
}

#[component]
pub fn RulesPage() -> impl IntoView {
    let query = use_query_map();
    let add_group = ServerAction::<AllowGroup>::new();
    let add_app = ServerAction::<AllowAppRole>::new();
    let remove = ServerAction::<RemoveGrant>::new();
    let q = move || query.read().get("q").unwrap_or_default();
    // With JavaScript, each change reloads the page's data.
    let data = Resource::new_blocking(
        move || (q(), add_group.version().get(), add_app.version().get(), remove.version().get()),
        |(q, ..)| rules_page(q),
    );
    view! {
        <Title text=t!("rules-title")/>
        <h1>{t!("rules-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <GrantsSection data q=q() add_group add_app remove/> }.into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn GrantsSection(
    data: RulesData,
    q: String,
    add_group: ServerAction<AllowGroup>,
    add_app: ServerAction<AllowAppRole>,
    remove: ServerAction<RemoveGrant>,
) -> impl IntoView {
    let RulesData { grants, candidates, notice } = data;
    let notice = notice.map(|Notice { done, text }| {
        if done { view! { <p class="mailed" role="status">{text}</p> }.into_any() } else { view! { <Alert text/> }.into_any() }
    });
    let list = if grants.is_empty() {
        view! { <p>{t!("rules-nothing")}</p> }.into_any()
    } else {
        let rows = grants
            .into_iter()
            .map(|grant| {
                let kind = match grant { Grant::Group { .. } => t!("rules-kind-group"), Grant::AppRole { .. } => t!("rules-kind-app-role") };
                let label = grant.name(crate::lang::locale());
                view! {
                    <tr>
                        <td>{label.clone()}</td>
                        <td>{kind}</td>
                        <td>
                            <ActionForm action=remove>
                                <input type="hidden" name="key" value=grant.key()/>
                                <button type="submit" class="button secondary">{t!("rules-remove", grant = label.clone())}</button>
                            </ActionForm>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="grants" headings=vec![t!("rules-column-what"), t!("rules-column-kind"), t!("rules-column-change")]>{rows}</DataTable> }.into_any()
    };
    let searched = q.trim().chars().count() >= 2;
    let nothing_found = candidates.groups.is_empty() && candidates.apps.is_empty();
    let groups = candidates.groups.into_iter().map(|group| view! {
        <li>
            <ActionForm action=add_group>
                <input type="hidden" name="name" value=group.value.clone()/>
                <button type="submit" class="button secondary">{t!("rules-allow", grant = group.label.clone())}</button>
            </ActionForm>
        </li>
    }).collect_view();
    let apps = candidates.apps.into_iter().map(|app| view! {
        <li>
            <ActionForm action=add_app>
                <input type="hidden" name="value" value=app.value/>
                <button type="submit" class="button secondary">{t!("rules-allow", grant = app.label.clone())}</button>
            </ActionForm>
        </li>
    }).collect_view();
    view! {
        <section aria-labelledby="grants-heading">
            <h2 id="grants-heading">{t!("rules-heading")}</h2>
            <p class="lead">
                {t!("rules-lead")}
            </p>
            {notice}
            {list}
            <h3>{t!("rules-add-heading")}</h3>
            <SearchForm action=routes::RULES id="grant-search" label=t!("rules-search-label") value=q.clone()
                help=t!("rules-search-help")/>
            {(searched && nothing_found).then(|| view! { <p>{t!("rules-nothing-matches", text = q.trim())}</p> })}
            <ul class="grant-candidates">{groups}{apps}</ul>
        </section>
    }
}
