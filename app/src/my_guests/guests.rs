//! The sponsor's pages: My guests, and the confirmation before ending one guest's access.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};
use services::guests::details::{Linked, LinkedKind, SignIns};
use services::sponsors::{MyGuest, MyGuests};

use super::{latest, Notice, NoticeView};
use crate::error::PageError;
use crate::nav::{load_for, Audience, ViewerResource};
use crate::routes;
use crate::t;
use crate::widgets::{Alert, CheckboxField, Loaded};

/// What My guests shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyGuestsData {
    pub page: MyGuests,
    pub notice: Option<Notice>,
}

/// What the end page shows: the guest, or (once ended) only the answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndData {
    pub guest: Option<MyGuest>,
    pub grace_days: u32,
    pub notice: Option<Notice>,
}

#[server(endpoint = "my-guests/page")]
pub async fn load_my_guests() -> Result<MyGuestsData, PageError> {
    let me = crate::server::Me::load().await?;
    let notice = crate::server::take::<Notice>(super::server::NOTICE).await?;
    let page = services::sponsors::my_guests(&me.ctx, &me.actor).await?;
    me.save().await?;
    Ok(MyGuestsData { page, notice })
}

/// One guest the person sponsors, for the end page (refused and audited when not theirs).
#[server(endpoint = "my-guests/one")]
pub async fn load_my_guest(id: String) -> Result<EndData, PageError> {
    let me = crate::server::Me::load().await?;
    let notice = crate::server::take::<Notice>(super::server::NOTICE).await?;
    let guest = services::sponsors::my_guest(&me.ctx, &me.actor, &id).await?;
    me.save().await?;
    Ok(EndData { guest: Some(guest), grace_days: me.ctx.settings.end_grace_days, notice })
}

#[server(endpoint = "my-guests/keep")]
pub async fn keep_guest(user_id: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::sponsors::keep(&me.ctx, &me.actor, &user_id).await;
    super::server::answered(&me, result, routes::MY_GUESTS).await
}

#[server(endpoint = "my-guests/extend")]
pub async fn extend_guest(user_id: String, until: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::sponsors::extend(&me.ctx, &me.actor, &user_id, &until).await;
    super::server::answered(&me, result, routes::MY_GUESTS).await
}

#[server(endpoint = "my-guests/end")]
pub async fn end_guest(user_id: String, confirm: Option<String>) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::sponsors::end(&me.ctx, &me.actor, &user_id, confirm.is_some()).await;
    super::server::answered(&me, result, routes::MY_GUESTS).await
}

#[server(endpoint = "my-guests/undo")]
pub async fn undo_end_guest(user_id: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::sponsors::undo_end(&me.ctx, &me.actor, &user_id).await;
    super::server::answered(&me, result, routes::MY_GUESTS).await
}

#[server(endpoint = "my-guests/resend")]
pub async fn resend_to_guest(user_id: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::sponsors::resend(&me.ctx, &me.actor, &user_id).await;
    super::server::answered(&me, result, routes::MY_GUESTS).await
}

/// Adds a co-sponsor (`hand_over` absent) or hands the sponsorship over (`hand_over` = "on").
#[server(endpoint = "my-guests/sponsor")]
pub async fn change_sponsor(user_id: String, email: String, hand_over: Option<String>) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = if hand_over.is_some() {
        services::sponsors::hand_over(&me.ctx, &me.actor, &user_id, &email).await
    } else {
        services::sponsors::add_co_sponsor(&me.ctx, &me.actor, &user_id, &email).await
    };
    super::server::answered(&me, result, routes::MY_GUESTS).await
}

/// The cards' actions, made by the page so that its data (and the answer kept in the session)
/// loads again after each of them: with JavaScript the redirect to the same page does not.
#[derive(Clone, Copy)]
struct CardActions {
    keep: ServerAction<KeepGuest>,
    extend: ServerAction<ExtendGuest>,
    undo: ServerAction<UndoEndGuest>,
    resend: ServerAction<ResendToGuest>,
    sponsor: ServerAction<ChangeSponsor>,
}

/// My guests' data (nothing for those it is `only` not for), loaded again after each action of
/// its cards (which find them in the context).
fn my_guests_data(only: Option<Audience>) -> Resource<Result<Option<MyGuestsData>, PageError>> {
    let a = CardActions {
        keep: ServerAction::new(),
        extend: ServerAction::new(),
        undo: ServerAction::new(),
        resend: ServerAction::new(),
        sponsor: ServerAction::new(),
    };
    provide_context(a);
    let viewer = expect_context::<ViewerResource>();
    let version = move || a.keep.version().get() + a.extend.version().get() + a.undo.version().get() + a.resend.version().get() + a.sponsor.version().get();
    Resource::new_blocking(version, move |_| load_for(viewer, only, load_my_guests))
}

/// `/my-guests`.
#[component]
pub fn MyGuestsPage() -> impl IntoView {
    let data = my_guests_data(None);
    view! {
        <Loaded data content=|data| data.map(|data| view! { <MyGuestsView data page=true/> }) title=t!("sponsors-my-guests") back=routes::HOME back_label=t!("sponsors-back-home")/>
        <super::ToReviewPanel/>
    }
}

/// My guests on the home page of a member who sponsors someone (`only` them), under its own
/// heading there.
#[component]
pub fn MyGuestsPanel(only: Audience) -> impl IntoView {
    let data = my_guests_data(Some(only));
    view! { <Loaded data content=|data| data.map(|data| view! { <MyGuestsView data page=false/> }) title=t!("sponsors-my-guests") back=routes::MY_GUESTS back_label=t!("sponsors-open-my-guests")/> }
}

fn sponsor_words(s: &Linked) -> String {
    match (&s.kind, &s.detail) {
        (LinkedKind::Group, _) => t!("sponsors-co-sponsor-group", name = s.name.as_str()),
        (LinkedKind::User, Some(detail)) => t!("sponsors-co-sponsor-detail", name = s.name.as_str(), detail = detail),
        (LinkedKind::User, None) => s.name.clone(),
    }
}

fn sign_in_words(sign_ins: &SignIns) -> Vec<(String, String)> {
    match sign_ins {
        SignIns::Known { interactive, non_interactive, successful } => {
            let never = || t!("sponsors-sign-in-none");
            vec![
                (t!("sponsors-sign-in-interactive"), interactive.clone().unwrap_or_else(never)),
                (t!("sponsors-sign-in-non-interactive"), non_interactive.clone().unwrap_or_else(never)),
                (t!("sponsors-sign-in-successful"), successful.clone().unwrap_or_else(never)),
            ]
        }
        SignIns::Unavailable(why) => vec![(t!("sponsors-sign-in-last"), t!("sponsors-sign-in-unavailable", why = why))],
    }
}

fn list_or(items: &[String], none: String) -> String {
    if items.is_empty() { none } else { items.join(", ") }
}

#[component]
fn MyGuestsView(data: MyGuestsData, page: bool) -> impl IntoView {
    let MyGuestsData { page: list, notice } = data;
    let CardActions { keep, extend, undo, resend, sponsor } = expect_context();
    let notice = latest(notice, move || {
        keep.value().get().or_else(|| extend.value().get()).or_else(|| undo.value().get()).or_else(|| resend.value().get()).or_else(|| sponsor.value().get())
    });
    let count = list.guests.len();
    let summary = match count {
        0 => t!("sponsors-none"),
        n => t!("sponsors-summary", count = n),
    };
    let notes = list.notes.iter().map(|n| view! { <p class="help">{n.clone()}</p> }).collect_view();
    let grace = list.grace_days;
    let cards = list
        .guests
        .into_iter()
        .map(|g| view! { <GuestCard g grace keep extend undo resend sponsor/> })
        .collect_view();
    let heading = if page {
        view! { <Title text=t!("sponsors-my-guests")/> <h1>{t!("sponsors-my-guests")}</h1> }.into_any()
    } else {
        view! { <h2><a href=routes::MY_GUESTS>{t!("sponsors-my-guests")}</a></h2> }.into_any()
    };
    view! {
        {heading}
        <NoticeView notice/>
        <p class="lead">{summary}</p>
        {notes}
        <ul class="my-guests">{cards}</ul>
    }
}

#[component]
fn GuestCard(
    g: MyGuest,
    grace: u32,
    keep: ServerAction<KeepGuest>,
    extend: ServerAction<ExtendGuest>,
    undo: ServerAction<UndoEndGuest>,
    resend: ServerAction<ResendToGuest>,
    sponsor: ServerAction<ChangeSponsor>,
) -> impl IntoView {
    let id = g.id.clone();
    let heading_id = format!("guest-{id}");
    let labelled_by = heading_id.clone();
    let name = g.display_name.clone();
    let undo_label = t!("sponsors-undo-label", name = name.as_str());
    let end_label = t!("sponsors-end-label", name = name.as_str());
    let contact = [g.mail.clone(), g.company.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    let how = if g.direct() { t!("sponsors-how-direct") } else { t!("sponsors-how-group", groups = g.through_groups.join(", ")) };
    let co = if g.co_sponsors.is_empty() { t!("sponsors-co-none") } else { g.co_sponsors.iter().map(sponsor_words).collect::<Vec<_>>().join(", ") };
    let sign_ins = sign_in_words(&g.sign_ins).into_iter().map(|(label, value)| view! { <dt>{label}</dt> <dd>{value}</dd> }).collect_view();
    let requests = g
        .requests
        .iter()
        .map(|r| {
            let asked = match &r.wanted_until {
                Some(until) => t!("sponsors-request-until", until = until, date = r.asked_on.as_str()),
                None => t!("sponsors-request", date = r.asked_on.as_str()),
            };
            view! { <p class="request" role="note"><strong>{asked}</strong>" “" {r.reason.clone()} "”"</p> }
        })
        .collect_view();
    let life = g.lifecycle.clone();
    let actions = match life.ending.clone() {
        Some(ending) => {
            let user_id = id.clone();
            view! {
                <p class="alert" role="note">{t!("sponsors-ended-note", date = ending.ended_on.as_str(), name = ending.ended_by.as_str(), delete = ending.delete_after.as_str())}</p>
                <ActionForm action=undo>
                    <input type="hidden" name="user_id" value=user_id/>
                    <button type="submit" class="button primary">{undo_label}</button>
                </ActionForm>
            }
            .into_any()
        }
        None => {
            let (keep_id, extend_id, resend_id, sponsor_id) = (id.clone(), id.clone(), id.clone(), id.clone());
            let until_id = format!("until-{id}");
            let email_id = format!("email-{id}");
            let hand_id = format!("hand-{id}");
            let resend_form = g.pending.then(move || view! {
                <ActionForm action=resend>
                    <input type="hidden" name="user_id" value=resend_id/>
                    <button type="submit" class="button secondary">{t!("sponsors-resend-button")}</button>
                </ActionForm>
            });
            let hand_over = g.direct().then(|| {
                let hand_id = hand_id.clone();
                view! {
                    <div class="field checkbox">
                        <input id=hand_id.clone() name="hand_over" type="checkbox"/>
                        <label for=hand_id>{t!("sponsors-hand-over-label")}</label>
                    </div>
                }
            });
            view! {
                <div class="actions">
                    <ActionForm action=keep>
                        <input type="hidden" name="user_id" value=keep_id/>
                        <button type="submit" class="button primary">{t!("sponsors-keep-button")}</button>
                    </ActionForm>
                    <ActionForm action=extend attr:class="inline-form">
                        <input type="hidden" name="user_id" value=extend_id/>
                        <label for=until_id.clone()>{t!("sponsors-access-until")}</label>
                        <input id=until_id name="until" type="date" value=life.access_until_date.clone().unwrap_or_default() required=true/>
                        <button type="submit" class="button secondary">{t!("sponsors-extend-button")}</button>
                    </ActionForm>
                    {resend_form}
                    <a class="button danger" href=routes::my_guest_end(&id)>{end_label}</a>
                    <ActionForm action=sponsor attr:class="inline-form">
                        <input type="hidden" name="user_id" value=sponsor_id/>
                        <label for=email_id.clone()>{t!("sponsors-colleague-label")}</label>
                        <input id=email_id name="email" type="email" required=true/>
                        {hand_over}
                        <button type="submit" class="button secondary">{t!("sponsors-add-button")}</button>
                    </ActionForm>
                </div>
                <p class="help">{t!("sponsors-ending-help", days = grace)}</p>
            }
            .into_any()
        }
    };
    view! {
        <li class="guest-card" aria-labelledby=labelled_by>
            <h2 id=heading_id>{name}</h2>
            <p>{contact}</p>
            <p><strong>{g.status.clone()}</strong></p>
            {requests}
            <dl class="facts">
                <dt>{t!("sponsors-fact-invitation")}</dt><dd>{g.invitation.clone()}</dd>
                {sign_ins}
                <dt>{t!("sponsors-fact-groups")}</dt><dd>{list_or(&g.groups, t!("sponsors-none-groups"))}</dd>
                <dt>{t!("sponsors-fact-apps")}</dt><dd>{list_or(&g.apps, t!("sponsors-none-apps"))}</dd>
                <dt>{t!("sponsors-fact-invited")}</dt><dd>{g.invited_by.clone()}</dd>
                <dt>{t!("sponsors-fact-sponsorship")}</dt><dd>{how}</dd>
                <dt>{t!("sponsors-fact-other-sponsors")}</dt><dd>{co}</dd>
                <dt>{t!("sponsors-access-until")}</dt><dd>{life.access_until.clone().unwrap_or_else(|| t!("sponsors-no-end-date"))}</dd>
                <dt>{t!("sponsors-fact-next-review")}</dt><dd>{life.next_review.clone().unwrap_or_default()}</dd>
                <dt>{t!("sponsors-fact-last-confirmed")}</dt><dd>{life.last_confirmed.clone().unwrap_or_else(|| t!("sponsors-never-confirmed"))}</dd>
            </dl>
            {actions}
        </li>
    }
}

/// `/my-guests/{id}/end`: what ending means, then the confirmation.
#[component]
pub fn EndGuestPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let data = Resource::new_blocking(id, load_my_guest);
    view! { <Loaded data content=|data| view! { <EndView data/> } title=t!("sponsors-end-title") back=routes::MY_GUESTS back_label=t!("sponsors-back-my-guests")/> }
}

#[component]
fn EndView(data: EndData) -> impl IntoView {
    let EndData { guest, grace_days, notice } = data;
    let end = ServerAction::<EndGuest>::new();
    let notice = latest(notice, move || end.value().get());
    let Some(g) = guest else { return view! { <Alert text=t!("sponsors-end-not-yours")/> }.into_any() };
    let name = g.display_name.clone();
    let title = t!("sponsors-end-for", name = name.as_str());
    view! {
        <Title text=title.clone()/>
        <nav class="breadcrumb" aria-label=t!("sponsors-breadcrumb")><a href=routes::MY_GUESTS>{t!("sponsors-my-guests")}</a></nav>
        <h1>{title.clone()}</h1>
        <NoticeView notice/>
        <ul class="what-next">
            <li>{t!("sponsors-end-what-sign-in", name = name.as_str())}</li>
            <li>{t!("sponsors-end-what-deleted", days = grace_days)}</li>
            <li>{t!("sponsors-end-what-told")}</li>
        </ul>
        <ActionForm action=end attr:class="invite-form">
            <input type="hidden" name="user_id" value=g.id.clone()/>
            <CheckboxField name="confirm" label=t!("sponsors-end-understand") checked=false help=t!("sponsors-end-understand-help")/>
            <button type="submit" class="button danger">{title}</button>
        </ActionForm>
        <p><a href=routes::MY_GUESTS>{t!("sponsors-end-keep-link")}</a></p>
    }
    .into_any()
}
