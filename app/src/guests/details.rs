//! One guest's page, `/guests/{id}`: every key property explained, invitation, sponsors, groups,
//! apps, sign-ins and their audit trail, with the actions the reader may take; and the pages
//! that come before some of them (`/guests/{id}/groups`, `/sponsors`, `/delete`). Resend, reset,
//! user type and e-mail address are the Directory's pages, linked from here.
//!
//! Every form is a plain POST to a server function that works without JavaScript: a refusal
//! waits in the session for the page after the redirect, a change goes back to the guest's page.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};
use services::guests::actions::SponsorRef;
use services::guests::GuestFilter;
use services::guests::details::{GuestDetails, Linked, LinkedKind, SignIns};

use crate::error::PageError;
use crate::routes;
use crate::t;
use crate::widgets::{Alert, CheckboxField, DataTable, Loaded};

/// The answer to an action, shown on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The guest it is about, so it shows on their pages only.
    pub user_id: String,
    pub done: bool,
    pub lines: Vec<String>,
}

/// What the guest's pages show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuestPageData {
    /// None once they are deleted (the delete page then shows only the notice).
    pub details: Option<GuestDetails>,
    pub notice: Option<Notice>,
    /// What the picker's search found (groups or sponsors).
    pub found: Vec<Linked>,
}

#[cfg(feature = "ssr")]
mod server {
    use super::Notice;
    use crate::error::PageError;
    use crate::server::{answer, redirect_with, Me};
    use services::directory::{Answer, Refused};

    /// Session key of the last action's [`Notice`].
    pub const NOTICE: &str = "guests_notice";

    pub fn user_id(text: &str) -> Result<graph::ObjectId, PageError> {
        text.trim().parse().map_err(|_| services::Error::NotFound(crate::t!("guests-details-bad-id")).into())
    }

    /// Done: to `then` (the guest's page) with what changed. Refused: back to the form's page
    /// with why (after a plain POST), or to the script.
    pub async fn answered(me: &Me, user_id: &str, result: Answer<Vec<String>>, then: &str) -> Result<Option<Notice>, PageError> {
        me.save().await?;
        match result? {
            Ok(lines) => {
                let notice = Notice { user_id: user_id.to_owned(), done: true, lines };
                redirect_with(NOTICE, &notice, then).await.map(|()| None)
            }
            Err(Refused(lines)) => answer(NOTICE, Notice { user_id: user_id.to_owned(), done: false, lines }).await,
        }
    }
}

/// The guest `id`, the last answer about them, and for the pickers (`action` groups or
/// sponsors) what the search `q` found.
#[server(endpoint = "guests/details")]
pub async fn load_guest(id: String, action: String, q: String) -> Result<GuestPageData, PageError> {
    let me = crate::server::Me::load().await?;
    let user_id = server::user_id(&id)?;
    let notice = crate::server::take::<Notice>(server::NOTICE).await?.filter(|n| n.user_id.eq_ignore_ascii_case(id.trim()));
    // After a deletion the guest is gone: the page says so with the notice.
    if action == "delete" && notice.as_ref().is_some_and(|n| n.done) {
        me.actor.require(services::Role::Admin)?;
        return Ok(GuestPageData { details: None, notice, found: Vec::new() });
    }
    let details = services::guests::details::details(&me.ctx, &me.actor, user_id).await?;
    let found = match action.as_str() {
        "groups" => services::guests::actions::find_groups(&me.ctx, &me.actor, &q).await?,
        "sponsors" => services::guests::actions::find_sponsors(&me.ctx, &me.actor, &q).await?,
        _ => Vec::new(),
    };
    me.save().await?;
    Ok(GuestPageData { details: Some(details), notice, found })
}

/// Blocks sign-in (`enabled` = "false") or allows it again ("true").
#[server(endpoint = "guests/sign-in")]
pub async fn set_sign_in(user_id: String, enabled: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    let result = services::guests::actions::set_enabled(&me.ctx, &me.actor, id, enabled == "true").await;
    server::answered(&me, &id.to_string(), result, &routes::guest(&id.to_string())).await
}

/// Adds the guest to a group (`change` = "add") or removes them from it ("remove").
#[server(endpoint = "guests/group")]
pub async fn change_group(user_id: String, group_id: String, change: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    let group = group_id.trim().parse().map_err(|_| services::Error::NotFound(t!("guests-details-bad-group")))?;
    let result = services::guests::actions::change_group(&me.ctx, &me.actor, id, group, change == "add").await;
    server::answered(&me, &id.to_string(), result, &routes::guest(&id.to_string())).await
}

/// Sets the sponsors to those ticked (`sponsor[n]` = `user:{id}` or `group:{id}`; nothing
/// ticked sends nothing), `confirm_none` present when removing every sponsor is meant.
#[server(endpoint = "guests/sponsors")]
pub async fn set_sponsors(user_id: String, sponsor: Option<BTreeMap<usize, String>>, confirm_none: Option<String>) -> Result<Option<Notice>, PageError> {
    use services::guests::actions::SponsorsChange;
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    let sponsors = sponsor.unwrap_or_default().values().filter_map(|v| SponsorRef::parse(v)).collect();
    let change = SponsorsChange { sponsors, confirm_none: confirm_none.is_some() };
    let result = services::guests::actions::set_sponsors(&me.ctx, &me.actor, id, &change).await;
    server::answered(&me, &id.to_string(), result, &routes::guest(&id.to_string())).await
}

/// Deletes the guest once `confirm` is ticked; the delete page then says what happened.
#[server(endpoint = "guests/delete")]
pub async fn delete_guest(user_id: String, confirm: Option<String>) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    let result = services::guests::actions::delete(&me.ctx, &me.actor, id, confirm.is_some()).await;
    server::answered(&me, &id.to_string(), result, &routes::guest_action(&id.to_string(), "delete")).await
}

/// The latest answer: from this page's own submit (JavaScript), else from the session (plain POST).
fn latest(initial: Option<Notice>, value: impl Fn() -> Option<Result<Option<Notice>, PageError>> + Send + Sync + 'static) -> Signal<Option<Notice>> {
    crate::widgets::latest_answer(initial, value, |text| Notice { user_id: String::new(), done: false, lines: vec![text] })
}

#[component]
fn NoticeView(notice: Signal<Option<Notice>>) -> impl IntoView {
    move || notice.get().map(|notice| crate::widgets::answer_view(notice.done, notice.lines))
}

/// Loads the guest of the address (with `action`'s picker) and shows `content`, or why not.
#[component]
fn WithGuest<V: IntoView + 'static>(action: &'static str, content: fn(GuestPageData) -> V) -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let q = move || query.read().get("q").unwrap_or_default();
    let data = Resource::new_blocking(move || (id(), q()), move |(id, q)| load_guest(id, action.to_owned(), q));
    view! { <Loaded data content title=t!("guests-details-title") back=routes::GUESTS back_label=t!("guests-back")/> }
}

#[component]
fn Breadcrumb(#[prop(optional)] guest: Option<(String, String)>) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label=t!("guests-breadcrumb")>
            <a href=routes::GUESTS>{t!("guests-title")}</a>
            {guest.map(|(id, name)| view! { " › " <a href=routes::guest(&id)>{name}</a> })}
        </nav>
    }
}

/// `/guests/{id}`.
#[component]
pub fn GuestPage() -> impl IntoView {
    view! { <WithGuest action="" content=|data| view! { <DetailsView data/> }/> }
}

fn or_dash(value: Option<String>) -> String {
    value.unwrap_or_else(|| "—".into())
}

#[component]
fn DetailsView(data: GuestPageData) -> impl IntoView {
    let GuestPageData { details, notice, .. } = data;
    let Some(g) = details else { return view! { <Alert text=t!("guests-details-gone")/> }.into_any() };
    let sign_in = ServerAction::<SetSignIn>::new();
    let group = ServerAction::<ChangeGroup>::new();
    let notice = latest(notice, move || sign_in.value().get().or_else(|| group.value().get()));
    let id = g.id.clone();
    let facts = g
        .facts
        .iter()
        .map(|f| view! { <dt>{f.label.clone()}</dt> <dd>{f.value.clone()} <span class="help">{f.explain.clone()}</span></dd> })
        .collect_view();
    let offers = g.offers.clone();
    let directory_links = [
        (offers.resend, routes::person(&id), t!("guests-offer-resend"), t!("guests-offer-resend-help")),
        (offers.reset, routes::person_action(&id, "reset"), t!("guests-offer-reset"), t!("guests-offer-reset-help")),
        (offers.manage && !g.synced, routes::person_action(&id, "user-type"), t!("guests-offer-user-type"), t!("guests-offer-user-type-help")),
        (offers.manage && !g.synced && g.external, routes::person_action(&id, "e-mail"), t!("guests-offer-mail"), t!("guests-offer-mail-help")),
        (offers.manage, routes::guest_action(&id, "sponsors"), t!("guests-offer-sponsors"), t!("guests-offer-sponsors-help")),
        (offers.manage, routes::guest_action(&id, "groups"), t!("guests-offer-groups"), t!("guests-offer-groups-help")),
        (offers.delete, routes::guest_action(&id, "delete"), t!("guests-offer-delete"), t!("guests-offer-delete-help")),
    ]
    .into_iter()
    .filter(|(offered, ..)| *offered)
    .map(|(_, href, label, help)| view! { <li><a class="button secondary" href=href>{label}</a> <span class="help">{help}</span></li> })
    .collect_view();
    let block_id = id.clone();
    let block = offers.enable_disable.then(move || {
        let (value, label) = if g.enabled { ("false", t!("guests-bulk-disable")) } else { ("true", t!("guests-bulk-enable")) };
        view! {
            <li>
                <ActionForm action=sign_in>
                    <input type="hidden" name="user_id" value=block_id/>
                    <input type="hidden" name="enabled" value=value/>
                    <button type="submit" class="button secondary">{label}</button>
                </ActionForm>
                <span class="help">{t!("guests-offer-block-help")}</span>
            </li>
        }
    });
    let notes = offers.notes.iter().map(|n| view! { <p class="help">{n.clone()}</p> }).collect_view();
    let sponsors = match &g.sponsors {
        Ok(list) if list.is_empty() => view! { <p>{t!("guests-details-no-sponsor")}</p> }.into_any(),
        Ok(list) => {
            let items = list
                .iter()
                .map(|s| {
                    // A person's other guests are the list filtered by them (groups sponsor by their members).
                    let others = (s.kind == LinkedKind::User).then(|| {
                        let href = GuestFilter { sponsor: Some(s.id.clone()), ..GuestFilter::default() }.href();
                        view! { " — " <a href=href>{t!("guests-details-sponsored-by", name = &s.name)}</a> }
                    });
                    view! { <li>{linked_words(s)}{others}</li> }
                })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Err(why) => view! { <p class="alert">{why.clone()}</p> }.into_any(),
    };
    let manage = offers.manage;
    let groups = if g.groups.is_empty() {
        view! { <p>{t!("guests-details-no-groups")}</p> }.into_any()
    } else {
        let rows = g
            .groups
            .clone()
            .into_iter()
            .map(|grp| {
                let (user_id, group_id, label) = (id.clone(), grp.id.clone(), t!("guests-details-remove-from", group = &grp.name));
                let remove = manage.then(move || view! {
                    <ActionForm action=group>
                        <input type="hidden" name="user_id" value=user_id/>
                        <input type="hidden" name="group_id" value=group_id/>
                        <input type="hidden" name="change" value="remove"/>
                        <button type="submit" class="button secondary">{label}</button>
                    </ActionForm>
                });
                view! { <li>{grp.name} {remove}</li> }
            })
            .collect_view();
        view! { <ul class="groups">{rows}</ul> }.into_any()
    };
    let more_groups = g.more_groups.then(|| view! { <p class="help">{t!("guests-details-more-groups")}</p> });
    let roles = (!g.roles.is_empty()).then(|| view! { <p>{t!("guests-details-roles", roles = g.roles.join(", "))}</p> });
    let apps = if g.apps.is_empty() {
        view! { <p>{t!("guests-details-no-apps")}</p> }.into_any()
    } else {
        let rows = g.apps.iter().map(|a| view! { <tr><td>{a.app.clone()}</td><td>{a.role.clone()}</td><td>{or_dash(a.since.clone())}</td></tr> }).collect_view();
        view! { <DataTable class="apps" headings=vec![t!("guests-details-app"), t!("guests-details-app-role"), t!("guests-details-app-since")]>{rows}</DataTable> }.into_any()
    };
    let audit = if g.audit.is_empty() {
        view! { <p>{t!("guests-details-no-audit")}</p> }.into_any()
    } else {
        let rows = g
            .audit
            .iter()
            .map(|e| view! { <tr><td>{e.at.clone()}</td><td>{e.actor.clone()}</td><td>{e.action.label()}</td><td>{e.outcome.label()}</td></tr> })
            .collect_view();
        view! { <DataTable class="audit" headings=vec![t!("guests-details-audit-when"), t!("guests-details-audit-who"), t!("guests-details-audit-what"), t!("guests-details-audit-outcome")]>{rows}</DataTable> }.into_any()
    };
    view! {
        <Title text=g.display_name.clone()/>
        <Breadcrumb/>
        <h1>{g.display_name.clone()}</h1>
        <p class="b2b-state">{g.status.clone()}</p>
        <NoticeView notice/>
        <section aria-labelledby="actions-heading">
            <h2 id="actions-heading">{t!("guests-details-actions")}</h2>
            <ul class="b2b-actions">{block} {directory_links}</ul>
            {notes}
        </section>
        <section aria-labelledby="properties-heading">
            <h2 id="properties-heading">{t!("guests-details-properties")}</h2>
            <dl class="outcome person">{facts}</dl>
        </section>
        <section aria-labelledby="invitation-heading">
            <h2 id="invitation-heading">{t!("guests-details-invitation")}</h2>
            <p>{g.invited_by.clone()}</p>
        </section>
        <section aria-labelledby="sign-in-heading">
            <h2 id="sign-in-heading">{t!("guests-details-sign-ins")}</h2>
            <SignInView sign_ins=g.sign_ins.clone()/>
        </section>
        <section aria-labelledby="sponsors-heading">
            <h2 id="sponsors-heading">{t!("guests-column-sponsors")}</h2>
            {sponsors}
        </section>
        <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">{t!("guests-details-groups")}</h2>
            {groups} {more_groups} {roles}
        </section>
        <section aria-labelledby="apps-heading">
            <h2 id="apps-heading">{t!("guests-details-apps")}</h2>
            {apps}
        </section>
        <section aria-labelledby="audit-heading">
            <h2 id="audit-heading">{t!("guests-details-audit")}</h2>
            {audit}
        </section>
    }
    .into_any()
}

fn linked_words(linked: &Linked) -> String {
    let name = match linked.kind {
        LinkedKind::User => linked.name.clone(),
        LinkedKind::Group => t!("guests-linked-group", name = &linked.name),
    };
    match &linked.detail {
        Some(detail) => format!("{name}, {detail}"),
        None => name,
    }
}

#[component]
fn SignInView(sign_ins: SignIns) -> impl IntoView {
    match sign_ins {
        SignIns::Unavailable(why) => view! { <p>{why}</p> }.into_any(),
        SignIns::Known { interactive: None, non_interactive: None, successful: None } => view! {
            <p>{t!("guests-sign-ins-never")}</p>
        }
        .into_any(),
        SignIns::Known { interactive, non_interactive, successful } => view! {
            <dl class="outcome sign-ins">
                <dt>{t!("guests-sign-ins-interactive")}</dt>
                <dd>{or_dash(interactive)} <span class="help">{t!("guests-sign-ins-interactive-help")}</span></dd>
                <dt>{t!("guests-sign-ins-non-interactive")}</dt>
                <dd>{or_dash(non_interactive)} <span class="help">{t!("guests-sign-ins-non-interactive-help")}</span></dd>
                <dt>{t!("guests-sign-ins-successful")}</dt>
                <dd>{or_dash(successful)} <span class="help">{t!("guests-sign-ins-successful-help")}</span></dd>
            </dl>
        }
        .into_any(),
    }
}

/// `/guests/{id}/{action}`: the group picker, the sponsors form and the delete confirmation.
#[component]
pub fn GuestActionPage() -> impl IntoView {
    let params = use_params_map();
    let action = move || params.read().get("action").unwrap_or_default();
    move || match action().as_str() {
        "groups" => view! { <WithGuest action="groups" content=|data| view! { <GroupsView data/> }/> }.into_any(),
        "sponsors" => view! { <WithGuest action="sponsors" content=|data| view! { <SponsorsView data/> }/> }.into_any(),
        "delete" => view! { <WithGuest action="delete" content=|data| view! { <DeleteView data/> }/> }.into_any(),
        // Still loads the guest, so that only those who may see them learn the page is wrong.
        _ => view! { <WithGuest action="" content=|data| view! { <NoSuchAction data/> }/> }.into_any(),
    }
}

#[component]
fn NoSuchAction(data: GuestPageData) -> impl IntoView {
    let guest = data.details.map(|g| (g.id, g.display_name));
    view! {
        <Title text=t!("guests-title")/>
        <Breadcrumb guest=guest.clone().unwrap_or_default()/>
        <h1>{t!("guests-title")}</h1>
        <Alert text=t!("guests-details-no-such-page")/>
    }
}

#[component]
fn GroupsView(data: GuestPageData) -> impl IntoView {
    let GuestPageData { details, notice, found } = data;
    let Some(g) = details else { return ().into_any() };
    let group = ServerAction::<ChangeGroup>::new();
    let notice = latest(notice, move || group.value().get());
    let query = use_query_map();
    let q = query.read_untracked().get("q").unwrap_or_default();
    let path = routes::guest_action(&g.id, "groups");
    let rows = found
        .into_iter()
        .map(|grp| {
            let member = g.groups.iter().any(|m| m.id == grp.id);
            let (user_id, group_id, label) = (g.id.clone(), grp.id.clone(), t!("guests-groups-add-to", group = &grp.name));
            let action = (!member).then(move || view! {
                <ActionForm action=group>
                    <input type="hidden" name="user_id" value=user_id/>
                    <input type="hidden" name="group_id" value=group_id/>
                    <input type="hidden" name="change" value="add"/>
                    <button type="submit" class="button secondary">{label}</button>
                </ActionForm>
            });
            let state = if member { t!("guests-groups-already-member") } else { String::new() };
            view! { <tr><td>{linked_words(&grp)}</td><td>{state} {action}</td></tr> }
        })
        .collect_view();
    let searched = !q.trim().is_empty();
    view! {
        <Title text=t!("guests-groups-title", name = &g.display_name)/>
        <Breadcrumb guest=(g.id.clone(), g.display_name.clone())/>
        <h1>{t!("guests-groups-title", name = &g.display_name)}</h1>
        <NoticeView notice/>
        <p class="lead">{t!("guests-groups-lead")}</p>
        <form method="get" action=path.clone() role="search" class="search">
            <label for="group-q">{t!("guests-groups-q")}</label>
            <input id="group-q" name="q" type="search" value=q.clone() aria-describedby="group-q-help"/>
            <span class="help" id="group-q-help">{t!("guests-groups-q-help")}</span>
            <button type="submit" class="button primary">{t!("guests-groups-find")}</button>
        </form>
        {searched.then(|| view! { <DataTable class="groups" headings=vec![t!("guests-groups-group"), t!("guests-groups-action")]>{rows}</DataTable> })}
    }
    .into_any()
}

#[component]
fn SponsorsView(data: GuestPageData) -> impl IntoView {
    let GuestPageData { details, notice, found } = data;
    let Some(g) = details else { return ().into_any() };
    let save = ServerAction::<SetSponsors>::new();
    let notice = latest(notice, move || save.value().get());
    let query = use_query_map();
    let q = query.read_untracked().get("q").unwrap_or_default();
    let current = g.sponsors.clone().unwrap_or_default();
    let had = !current.is_empty();
    let candidates = found.into_iter().filter(|f| !current.iter().any(|c| c.id == f.id));
    // Current sponsors ticked, then what the search found, unticked.
    let boxes = current
        .iter()
        .cloned()
        .map(|s| (s, true))
        .chain(candidates.map(|s| (s, false)))
        .enumerate()
        .map(|(n, (s, ticked))| {
            let id = format!("sponsor-{n}");
            view! {
                <div class="field checkbox">
                    <input type="checkbox" id=id.clone() name=format!("sponsor[{n}]") value=SponsorRef::of(&s).value() checked=ticked/>
                    <label for=id>{linked_words(&s)}</label>
                </div>
            }
        })
        .collect_view();
    let path = routes::guest_action(&g.id, "sponsors");
    view! {
        <Title text=t!("guests-sponsors-title", name = &g.display_name)/>
        <Breadcrumb guest=(g.id.clone(), g.display_name.clone())/>
        <h1>{t!("guests-sponsors-title", name = &g.display_name)}</h1>
        <NoticeView notice/>
        <p class="lead">{t!("guests-sponsors-lead")}</p>
        <form method="get" action=path role="search" class="search">
            <label for="sponsor-q">{t!("guests-sponsors-q")}</label>
            <input id="sponsor-q" name="q" type="search" value=q aria-describedby="sponsor-q-help"/>
            <span class="help" id="sponsor-q-help">{t!("guests-sponsors-q-help")}</span>
            <button type="submit" class="button secondary">{t!("guests-sponsors-find")}</button>
        </form>
        <ActionForm action=save attr:class="invite-form">
            <input type="hidden" name="user_id" value=g.id.clone()/>
            <fieldset>
                <legend>{t!("guests-sponsors-after")}</legend>
                {boxes}
            </fieldset>
            {had.then(|| view! {
                <CheckboxField name="confirm_none" label=t!("guests-sponsors-remove-all") checked=false
                    help=t!("guests-sponsors-remove-all-help")/>
            })}
            <button type="submit" class="button primary">{t!("guests-sponsors-save")}</button>
        </ActionForm>
    }
    .into_any()
}

#[component]
fn DeleteView(data: GuestPageData) -> impl IntoView {
    let GuestPageData { details, notice, .. } = data;
    let delete = ServerAction::<DeleteGuest>::new();
    let notice = latest(notice, move || delete.value().get());
    let Some(g) = details else {
        return view! {
            <Title text=t!("guests-delete-done-title")/>
            <Breadcrumb/>
            <h1>{t!("guests-delete-done-title")}</h1>
            <NoticeView notice/>
            <p><a href=routes::GUESTS>{t!("guests-back")}</a></p>
        }
        .into_any();
    };
    let refusal = (!g.offers.delete).then(|| view! { <Alert text=g.offers.notes.join(" ")/> });
    let back = routes::guest(&g.id);
    view! {
        <Title text=t!("guests-delete-title", name = &g.display_name)/>
        <Breadcrumb guest=(g.id.clone(), g.display_name.clone())/>
        <h1>{t!("guests-delete-title", name = &g.display_name)}</h1>
        <NoticeView notice/>
        {refusal}
        <ul class="what-next">
            <li>{t!("guests-delete-loses-access", name = &g.display_name)}</li>
            <li>{t!("guests-delete-restorable")}</li>
            <li>{t!("guests-delete-block-instead")}</li>
        </ul>
        <ActionForm action=delete attr:class="invite-form">
            <input type="hidden" name="user_id" value=g.id.clone()/>
            <CheckboxField name="confirm" label=t!("guests-delete-confirm") checked=false help=t!("guests-delete-confirm-help")/>
            <button type="submit" class="button danger">{t!("guests-delete-title", name = &g.display_name)}</button>
        </ActionForm>
        <p><a href=back>{t!("guests-delete-keep")}</a></p>
    }
    .into_any()
}
