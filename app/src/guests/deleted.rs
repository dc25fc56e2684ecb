//! Recently deleted guests (administrators only): external users in Microsoft Entra's deleted
//! items, restorable for 30 days. Restore is one button (nothing is lost by it); deleting for good
//! has a page of its own that says it cannot be undone and asks to tick that first. Both are plain
//! POSTs whose answers wait in the session for the page after the redirect.

use crate::error::PageError;
use crate::routes;
use crate::t;
use crate::widgets::{answer_view, latest_answer, Alert, CheckboxField, DataTable, Loaded};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};
use services::guests::deleted::{DeletedGuest, DeletedGuests, RETENTION_DAYS};

/// The answer to a restore or a delete, shown once on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedNotice {
    pub done: bool,
    pub lines: Vec<String>,
}

impl DeletedNotice {
    fn failed(text: String) -> DeletedNotice {
        DeletedNotice { done: false, lines: vec![text] }
    }
}

/// The answer, if any, above the page's content.
fn notice_view(notice: Signal<Option<DeletedNotice>>) -> impl IntoView {
    move || notice.get().map(|notice| answer_view(notice.done, notice.lines))
}

/// What the list shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedData {
    pub list: DeletedGuests,
    pub notice: Option<DeletedNotice>,
}

/// What the "delete for good" page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeData {
    pub guest: DeletedGuest,
    pub notice: Option<DeletedNotice>,
}

#[cfg(feature = "ssr")]
mod server {
    use super::DeletedNotice;
    use crate::error::PageError;
    use crate::server::{answer, redirect_with, Me};
    use services::directory::Refused;

    /// Session key of the last answer.
    pub const NOTICE: &str = "deleted_guests_notice";

    pub fn user_id(text: &str) -> Result<graph::ObjectId, PageError> {
        text.trim().parse().map_err(|_| {
            services::Error::NotFound(crate::t!("guests-deleted-bad-id")).into()
        })
    }

    /// Done: back to the list, which says what happened. Refused: shown on the page it came from.
    pub async fn answered(me: &Me, result: Result<Vec<String>, Refused>) -> Result<Option<DeletedNotice>, PageError> {
        me.save().await?;
        match result {
            Ok(lines) => {
                redirect_with(NOTICE, &DeletedNotice { done: true, lines }, crate::routes::GUESTS_DELETED).await.map(|()| None)
            }
            Err(Refused(lines)) => answer(NOTICE, DeletedNotice { done: false, lines }).await,
        }
    }
}

/// The deleted external users, and the answer of the last action.
#[server(endpoint = "guests/deleted/list")]
pub async fn load_deleted_guests() -> Result<DeletedData, PageError> {
    let me = crate::server::Me::load().await?;
    let list = services::guests::deleted::list(&me.ctx, &me.actor).await?;
    me.save().await?;
    Ok(DeletedData { list, notice: crate::server::take(server::NOTICE).await? })
}

/// One deleted external user, for the "delete for good" page.
#[server(endpoint = "guests/deleted/one")]
pub async fn load_deleted_guest(id: String) -> Result<PurgeData, PageError> {
    let me = crate::server::Me::load().await?;
    let guest = services::guests::deleted::get(&me.ctx, &me.actor, server::user_id(&id)?).await?;
    me.save().await?;
    Ok(PurgeData { guest, notice: crate::server::take(server::NOTICE).await? })
}

/// Restores a deleted external user with their group memberships.
#[server(endpoint = "guests/deleted/restore")]
pub async fn restore_deleted_guest(user_id: String) -> Result<Option<DeletedNotice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::guests::deleted::restore(&me.ctx, &me.actor, server::user_id(&user_id)?).await?;
    server::answered(&me, result).await
}

/// Deletes a deleted external user for good, when `confirm` is ticked.
#[server(endpoint = "guests/deleted/purge")]
pub async fn purge_deleted_guest(user_id: String, confirm: Option<String>) -> Result<Option<DeletedNotice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    let result = services::guests::deleted::purge(&me.ctx, &me.actor, id, confirm.is_some()).await?;
    server::answered(&me, result).await
}

/// `/guests/deleted`.
#[component]
pub fn DeletedGuestsPage() -> impl IntoView {
    let restore = ServerAction::<RestoreDeletedGuest>::new();
    let data = Resource::new_blocking(move || restore.version().get(), |_| load_deleted_guests());
    view! {
        <Title text=t!("guests-deleted-link")/>
        <nav class="breadcrumb" aria-label=t!("guests-breadcrumb")><a href=routes::GUESTS>{t!("guests-title")}</a></nav>
        <h1>{t!("guests-deleted-link")}</h1>
        <p class="lead">{t!("guests-deleted-lead", days = RETENTION_DAYS)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <DeletedList data restore/> }.into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DeletedList(data: DeletedData, restore: ServerAction<RestoreDeletedGuest>) -> impl IntoView {
    let DeletedData { list, notice } = data;
    let notice = latest_answer(notice, move || restore.value().get(), DeletedNotice::failed);
    if list.guests.is_empty() {
        return view! {
            {notice_view(notice)}
            <p role="status">{t!("guests-deleted-none", days = RETENTION_DAYS)}</p>
        }
        .into_any();
    }
    let summary = match (list.guests.len(), list.more) {
        (n, true) => t!("guests-deleted-summary-more", count = n),
        (n, false) => t!("guests-deleted-summary", count = n, days = RETENTION_DAYS),
    };
    let locale = crate::lang::locale();
    let rows = list
        .guests
        .into_iter()
        .map(|guest| {
            let restore_label = t!("guests-deleted-restore", name = &guest.display_name);
            let purge_label = t!("guests-deleted-purge-link", name = &guest.display_name);
            let purge_href = routes::deleted_guest(&guest.id);
            view! {
                <tr>
                    <td>{guest.display_name.clone()}</td>
                    <td class="upn">{guest.mail.clone().unwrap_or_else(|| guest.user_principal_name.clone())}</td>
                    <td>{services::guests::filter::user_type_name(&guest.user_type, locale)}</td>
                    <td>{guest.deleted_on.clone()}</td>
                    <td>{guest.purge_words(locale)}</td>
                    <td>
                        <ActionForm action=restore>
                            <input type="hidden" name="user_id" value=guest.id.clone()/>
                            <button type="submit" class="button secondary">{restore_label}</button>
                        </ActionForm>
                        <a class="button secondary" href=purge_href>{purge_label}</a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {notice_view(notice)}
        <p role="status">{summary}</p>
        <DataTable class="deleted-guests" headings=vec![t!("guests-column-name"), t!("guests-deleted-address"), t!("guests-column-type"), t!("guests-deleted-on"), t!("guests-deleted-until"), t!("guests-deleted-actions")]>
            {rows}
        </DataTable>
    }
    .into_any()
}

/// `/guests/deleted/:id`: deleting one for good, after saying it cannot be undone.
#[component]
pub fn PurgeGuestPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let data = Resource::new_blocking(id, load_deleted_guest);
    view! {
        <Loaded data content=|data| view! { <PurgeView data/> } title=t!("guests-deleted-link")
            back=routes::GUESTS_DELETED back_label=t!("guests-deleted-back")/>
    }
}

#[component]
fn PurgeView(data: PurgeData) -> impl IntoView {
    let PurgeData { guest, notice } = data;
    let purge = ServerAction::<PurgeDeletedGuest>::new();
    let notice = latest_answer(notice, move || purge.value().get(), DeletedNotice::failed);
    let title = t!("guests-deleted-purge-title", name = &guest.display_name);
    view! {
        <Title text=title.clone()/>
        <nav class="breadcrumb" aria-label=t!("guests-breadcrumb")><a href=routes::GUESTS_DELETED>{t!("guests-deleted-link")}</a></nav>
        <h1>{title.clone()}</h1>
        {notice_view(notice)}
        <dl class="outcome person">
            <dt>{t!("guests-deleted-address")}</dt><dd class="upn">{guest.mail.clone().unwrap_or_else(|| guest.user_principal_name.clone())}</dd>
            <dt>{t!("guests-deleted-on")}</dt><dd>{guest.deleted_on.clone()}</dd>
            <dt>{t!("guests-deleted-until")}</dt><dd>{guest.purge_words(crate::lang::locale())}</dd>
        </dl>
        <h2>{t!("guests-deleted-cannot-undo")}</h2>
        <ul class="what-next">
            <li>{t!("guests-deleted-removed-at-once", name = &guest.display_name, date = &guest.purged_on)}</li>
            <li>{t!("guests-deleted-nobody-can-restore")}</li>
            <li>{t!("guests-deleted-invite-again")}</li>
        </ul>
        <ActionForm action=purge attr:class="invite-form directory-action">
            <input type="hidden" name="user_id" value=guest.id.clone()/>
            <CheckboxField name="confirm" label=t!("guests-deleted-confirm") checked=false
                help=t!("guests-deleted-confirm-help")/>
            <button type="submit" class="button primary">{title}</button>
        </ActionForm>
        <p><a href=routes::GUESTS_DELETED>{t!("guests-deleted-keep")}</a></p>
    }
}
