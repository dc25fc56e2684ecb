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
        text.trim().parse().map_err(|_| services::Error::NotFound("That is not a user of this directory. Find them on the Guests page.".into()).into())
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
    let group = group_id.trim().parse().map_err(|_| services::Error::NotFound("That group does not exist. Pick it again.".into()))?;
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
    view! { <Loaded data content title="Guest" back=routes::GUESTS back_label="Back to the guests"/> }
}

#[component]
fn Breadcrumb(#[prop(optional)] guest: Option<(String, String)>) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <a href=routes::GUESTS>"Guests"</a>
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
    let Some(g) = details else { return view! { <Alert text="This guest no longer exists."/> }.into_any() };
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
        (offers.resend, routes::person(&id), "Resend invitation…", "A new invitation link, on the Directory's card for them."),
        (offers.reset, routes::person_action(&id, "reset"), "Reset redemption…", "They accept again, with the same or (Admins) a new e-mail address."),
        (offers.manage && !g.synced, routes::person_action(&id, "user-type"), "Change user type…", "Member or Guest, after Microsoft's questions."),
        (offers.manage && !g.synced && g.external, routes::person_action(&id, "e-mail"), "Change e-mail address…", "Where Microsoft sends their invitations."),
        (offers.manage, routes::guest_action(&id, "sponsors"), "Change sponsors…", "Who looks after their access (at most five)."),
        (offers.manage, routes::guest_action(&id, "groups"), "Add to a group…", "Find a group by name."),
        (offers.delete, routes::guest_action(&id, "delete"), "Delete…", "Restorable for 30 days."),
    ]
    .into_iter()
    .filter(|(offered, ..)| *offered)
    .map(|(_, href, label, help)| view! { <li><a class="button secondary" href=href>{label}</a> <span class="help">{help}</span></li> })
    .collect_view();
    let block_id = id.clone();
    let block = offers.enable_disable.then(move || {
        let (value, label) = if g.enabled { ("false", "Block sign-in") } else { ("true", "Allow sign-in") };
        view! {
            <li>
                <ActionForm action=sign_in>
                    <input type="hidden" name="user_id" value=block_id/>
                    <input type="hidden" name="enabled" value=value/>
                    <button type="submit" class="button secondary">{label}</button>
                </ActionForm>
                <span class="help">"Blocked accounts cannot sign in; their groups, apps and sponsors stay."</span>
            </li>
        }
    });
    let notes = offers.notes.iter().map(|n| view! { <p class="help">{n.clone()}</p> }).collect_view();
    let sponsors = match &g.sponsors {
        Ok(list) if list.is_empty() => view! { <p>"No sponsor: nobody is named to look after their access."</p> }.into_any(),
        Ok(list) => {
            let items = list
                .iter()
                .map(|s| {
                    // A person's other guests are the list filtered by them (groups sponsor by their members).
                    let others = (s.kind == LinkedKind::User).then(|| {
                        let href = GuestFilter { sponsor: Some(s.id.clone()), ..GuestFilter::default() }.href();
                        view! { " — " <a href=href>{format!("every guest {} sponsors", s.name)}</a> }
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
        view! { <p>"Not a member of any group."</p> }.into_any()
    } else {
        let rows = g
            .groups
            .clone()
            .into_iter()
            .map(|grp| {
                let (user_id, group_id, label) = (id.clone(), grp.id.clone(), format!("Remove from {}", grp.name));
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
    let more_groups = g.more_groups.then(|| view! { <p class="help">"They belong to more groups than shown here: the Microsoft Entra admin center lists them all."</p> });
    let roles = (!g.roles.is_empty()).then(|| view! { <p>{format!("Directory roles: {}.", g.roles.join(", "))}</p> });
    let apps = if g.apps.is_empty() {
        view! { <p>"No app assignments."</p> }.into_any()
    } else {
        let rows = g.apps.iter().map(|a| view! { <tr><td>{a.app.clone()}</td><td>{a.role.clone()}</td><td>{or_dash(a.since.clone())}</td></tr> }).collect_view();
        view! { <DataTable class="apps" headings=vec!["App".into(), "Role".into(), "Since".into()]>{rows}</DataTable> }.into_any()
    };
    let audit = if g.audit.is_empty() {
        view! { <p>"Guestlist has done nothing about them yet."</p> }.into_any()
    } else {
        let rows = g
            .audit
            .iter()
            .map(|e| view! { <tr><td>{e.at.clone()}</td><td>{e.actor.clone()}</td><td>{e.action.label()}</td><td>{e.outcome.label()}</td></tr> })
            .collect_view();
        view! { <DataTable class="audit" headings=vec!["When".into(), "Who".into(), "What".into(), "Outcome".into()]>{rows}</DataTable> }.into_any()
    };
    view! {
        <Title text=g.display_name.clone()/>
        <Breadcrumb/>
        <h1>{g.display_name.clone()}</h1>
        <p class="b2b-state">{g.status.clone()}</p>
        <NoticeView notice/>
        <section aria-labelledby="actions-heading">
            <h2 id="actions-heading">"What you can do"</h2>
            <ul class="b2b-actions">{block} {directory_links}</ul>
            {notes}
        </section>
        <section aria-labelledby="properties-heading">
            <h2 id="properties-heading">"Properties"</h2>
            <dl class="outcome person">{facts}</dl>
        </section>
        <section aria-labelledby="invitation-heading">
            <h2 id="invitation-heading">"Invitation"</h2>
            <p>{g.invited_by.clone()}</p>
        </section>
        <section aria-labelledby="sign-in-heading">
            <h2 id="sign-in-heading">"Sign-in activity"</h2>
            <SignInView sign_ins=g.sign_ins.clone()/>
        </section>
        <section aria-labelledby="sponsors-heading">
            <h2 id="sponsors-heading">"Sponsors"</h2>
            {sponsors}
        </section>
        <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">"Groups"</h2>
            {groups} {more_groups} {roles}
        </section>
        <section aria-labelledby="apps-heading">
            <h2 id="apps-heading">"Apps"</h2>
            {apps}
        </section>
        <section aria-labelledby="audit-heading">
            <h2 id="audit-heading">"In Guestlist's audit trail"</h2>
            {audit}
        </section>
    }
    .into_any()
}

fn linked_words(linked: &Linked) -> String {
    let kind = match linked.kind {
        LinkedKind::User => "",
        LinkedKind::Group => " (group)",
    };
    match &linked.detail {
        Some(detail) => format!("{}{kind}, {detail}", linked.name),
        None => format!("{}{kind}", linked.name),
    }
}

#[component]
fn SignInView(sign_ins: SignIns) -> impl IntoView {
    match sign_ins {
        SignIns::Unavailable(why) => view! { <p>{why}</p> }.into_any(),
        SignIns::Known { interactive: None, non_interactive: None, successful: None } => view! {
            <p>"Never signed in: Microsoft Entra records no sign-in for them (or none since April 2020)."</p>
        }
        .into_any(),
        SignIns::Known { interactive, non_interactive, successful } => view! {
            <dl class="outcome sign-ins">
                <dt>"Last interactive sign-in"</dt>
                <dd>{or_dash(interactive)} <span class="help">"They typed a password, a passcode or approved a prompt (failed attempts count too)."</span></dd>
                <dt>"Last non-interactive sign-in"</dt>
                <dd>{or_dash(non_interactive)} <span class="help">"An app renewed their session without them (Teams, Outlook…): they are still using it."</span></dd>
                <dt>"Last successful sign-in"</dt>
                <dd>{or_dash(successful)} <span class="help">"The last sign-in that worked (recorded since December 2023)."</span></dd>
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
        <Title text="Guests"/>
        <Breadcrumb guest=guest.clone().unwrap_or_default()/>
        <h1>"Guests"</h1>
        <Alert text="There is no such page. Pick an action on the guest's page."/>
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
            let (user_id, group_id, label) = (g.id.clone(), grp.id.clone(), format!("Add to {}", grp.name));
            let action = (!member).then(move || view! {
                <ActionForm action=group>
                    <input type="hidden" name="user_id" value=user_id/>
                    <input type="hidden" name="group_id" value=group_id/>
                    <input type="hidden" name="change" value="add"/>
                    <button type="submit" class="button secondary">{label}</button>
                </ActionForm>
            });
            let state = if member { "Already a member" } else { "" };
            view! { <tr><td>{linked_words(&grp)}</td><td>{state} {action}</td></tr> }
        })
        .collect_view();
    let searched = !q.trim().is_empty();
    view! {
        <Title text=format!("Add {} to a group", g.display_name)/>
        <Breadcrumb guest=(g.id.clone(), g.display_name.clone())/>
        <h1>{format!("Add {} to a group", g.display_name)}</h1>
        <NoticeView notice/>
        <p class="lead">"Group members get what the group gives: access to its apps, sites and teams. Groups with dynamic membership, distribution lists and groups that hold administrator roles cannot be changed here."</p>
        <form method="get" action=path.clone() role="search" class="search">
            <label for="group-q">"Group name"</label>
            <input id="group-q" name="q" type="search" value=q.clone() aria-describedby="group-q-help"/>
            <span class="help" id="group-q-help">"The start of the name is enough."</span>
            <button type="submit" class="button primary">"Find groups"</button>
        </form>
        {searched.then(|| view! { <DataTable class="groups" headings=vec!["Group".into(), "Action".into()]>{rows}</DataTable> })}
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
        <Title text=format!("Sponsors of {}", g.display_name)/>
        <Breadcrumb guest=(g.id.clone(), g.display_name.clone())/>
        <h1>{format!("Sponsors of {}", g.display_name)}</h1>
        <NoticeView notice/>
        <p class="lead">"Sponsors are the people (or groups) who look after a guest's access: they are asked in reviews whether the guest still needs it. At most five."</p>
        <form method="get" action=path role="search" class="search">
            <label for="sponsor-q">"Find a person or group to add"</label>
            <input id="sponsor-q" name="q" type="search" value=q aria-describedby="sponsor-q-help"/>
            <span class="help" id="sponsor-q-help">"The start of a name or an e-mail address; then tick them below."</span>
            <button type="submit" class="button secondary">"Find"</button>
        </form>
        <ActionForm action=save attr:class="invite-form">
            <input type="hidden" name="user_id" value=g.id.clone()/>
            <fieldset>
                <legend>"Sponsors after saving (tick up to five)"</legend>
                {boxes}
            </fieldset>
            {had.then(|| view! {
                <CheckboxField name="confirm_none" label="Remove every sponsor" checked=false
                    help="Only if nobody should look after this guest any more: without it, Guestlist keeps at least one."/>
            })}
            <button type="submit" class="button primary">"Save sponsors"</button>
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
            <Title text="Deleted"/>
            <Breadcrumb/>
            <h1>"Deleted"</h1>
            <NoticeView notice/>
            <p><a href=routes::GUESTS>"Back to the guests"</a></p>
        }
        .into_any();
    };
    let refusal = (!g.offers.delete).then(|| view! { <Alert text=g.offers.notes.join(" ")/> });
    let back = routes::guest(&g.id);
    view! {
        <Title text=format!("Delete {}", g.display_name)/>
        <Breadcrumb guest=(g.id.clone(), g.display_name.clone())/>
        <h1>{format!("Delete {}", g.display_name)}</h1>
        <NoticeView notice/>
        {refusal}
        <ul class="what-next">
            <li>{format!("{} can no longer sign in, and loses access to everything given to them: groups, apps, teams and sites.", g.display_name)}</li>
            <li>"Microsoft keeps the deleted account for 30 days: until then it can be restored, with its group memberships, from Recently deleted guests. After 30 days it is gone for good."</li>
            <li>"To stop them signing in for now, Block sign-in is gentler: nothing is lost."</li>
        </ul>
        <ActionForm action=delete attr:class="invite-form">
            <input type="hidden" name="user_id" value=g.id.clone()/>
            <CheckboxField name="confirm" label="I understand" checked=false help="The account is deleted at once; restoring it is possible for 30 days."/>
            <button type="submit" class="button danger">{format!("Delete {}", g.display_name)}</button>
        </ActionForm>
        <p><a href=back>"Keep them: back to their page"</a></p>
    }
    .into_any()
}
