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
        <Loaded data content=|data| data.map(|data| view! { <MyGuestsView data page=true/> }) title="My guests" back=routes::HOME back_label="Back to the home page"/>
        <super::ToReviewPanel/>
    }
}

/// My guests on the home page of a member who sponsors someone (`only` them), under its own
/// heading there.
#[component]
pub fn MyGuestsPanel(only: Audience) -> impl IntoView {
    let data = my_guests_data(Some(only));
    view! { <Loaded data content=|data| data.map(|data| view! { <MyGuestsView data page=false/> }) title="My guests" back=routes::MY_GUESTS back_label="Open My guests"/> }
}

fn sponsor_words(s: &Linked) -> String {
    match (&s.kind, &s.detail) {
        (LinkedKind::Group, _) => format!("{} (group)", s.name),
        (LinkedKind::User, Some(detail)) => format!("{} ({detail})", s.name),
        (LinkedKind::User, None) => s.name.clone(),
    }
}

fn sign_in_words(sign_ins: &SignIns) -> Vec<(String, String)> {
    match sign_ins {
        SignIns::Known { interactive, non_interactive, successful } => {
            let never = || "none recorded".to_owned();
            vec![
                ("Last sign-in (interactive)".into(), interactive.clone().unwrap_or_else(never)),
                ("Last sign-in (non-interactive, e.g. Teams in the background)".into(), non_interactive.clone().unwrap_or_else(never)),
                ("Last successful sign-in".into(), successful.clone().unwrap_or_else(never)),
            ]
        }
        SignIns::Unavailable(why) => vec![("Last sign-in".into(), format!("Not available. {why}"))],
    }
}

fn list_or(items: &[String], none: &str) -> String {
    if items.is_empty() { none.to_owned() } else { items.join(", ") }
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
        0 => "You do not sponsor any guests. When you invite someone, or a colleague hands their sponsorship to you, they appear here.".to_owned(),
        1 => "You sponsor 1 guest: you answer for whether they still need access.".to_owned(),
        n => format!("You sponsor {n} guests: you answer for whether they still need access."),
    };
    let notes = list.notes.iter().map(|n| view! { <p class="help">{n.clone()}</p> }).collect_view();
    let grace = list.grace_days;
    let cards = list
        .guests
        .into_iter()
        .map(|g| view! { <GuestCard g grace keep extend undo resend sponsor/> })
        .collect_view();
    let heading = if page {
        view! { <Title text="My guests"/> <h1>"My guests"</h1> }.into_any()
    } else {
        view! { <h2><a href=routes::MY_GUESTS>"My guests"</a></h2> }.into_any()
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
    let undo_label = format!("Undo: give {name} their access back");
    let end_label = format!("End access for {name}…");
    let contact = [g.mail.clone(), g.company.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    let how = if g.direct() { "You sponsor them yourself.".to_owned() } else { format!("You sponsor them through the group {}.", g.through_groups.join(", ")) };
    let co = if g.co_sponsors.is_empty() { "None: you are their only sponsor.".to_owned() } else { g.co_sponsors.iter().map(sponsor_words).collect::<Vec<_>>().join(", ") };
    let sign_ins = sign_in_words(&g.sign_ins).into_iter().map(|(label, value)| view! { <dt>{label}</dt> <dd>{value}</dd> }).collect_view();
    let requests = g
        .requests
        .iter()
        .map(|r| {
            let until = r.wanted_until.clone().map(|u| format!(" until {u}")).unwrap_or_default();
            view! { <p class="request" role="note"><strong>{format!("Asked for more time{until} on {}:", r.asked_on)}</strong>" “" {r.reason.clone()} "”"</p> }
        })
        .collect_view();
    let life = g.lifecycle.clone();
    let actions = match life.ending.clone() {
        Some(ending) => {
            let user_id = id.clone();
            view! {
                <p class="alert" role="note">{format!("Access ended on {} by {}: they cannot sign in, and their account is deleted on {}.", ending.ended_on, ending.ended_by, ending.delete_after)}</p>
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
                    <button type="submit" class="button secondary">"Get a new invitation link"</button>
                </ActionForm>
            });
            let hand_over = g.direct().then(|| {
                let hand_id = hand_id.clone();
                view! {
                    <div class="field checkbox">
                        <input id=hand_id.clone() name="hand_over" type="checkbox"/>
                        <label for=hand_id>"Hand my sponsorship over (I stop sponsoring them)"</label>
                    </div>
                }
            });
            view! {
                <div class="actions">
                    <ActionForm action=keep>
                        <input type="hidden" name="user_id" value=keep_id/>
                        <button type="submit" class="button primary">"Keep: they still need access"</button>
                    </ActionForm>
                    <ActionForm action=extend attr:class="inline-form">
                        <input type="hidden" name="user_id" value=extend_id/>
                        <label for=until_id.clone()>"Access until"</label>
                        <input id=until_id name="until" type="date" value=life.access_until_date.clone().unwrap_or_default() required=true/>
                        <button type="submit" class="button secondary">"Extend"</button>
                    </ActionForm>
                    {resend_form}
                    <a class="button danger" href=routes::my_guest_end(&id)>{end_label}</a>
                    <ActionForm action=sponsor attr:class="inline-form">
                        <input type="hidden" name="user_id" value=sponsor_id/>
                        <label for=email_id.clone()>"Colleague's e-mail address"</label>
                        <input id=email_id name="email" type="email" required=true/>
                        {hand_over}
                        <button type="submit" class="button secondary">"Add as sponsor"</button>
                    </ActionForm>
                </div>
                <p class="help">{format!("Ending blocks sign-in at once and deletes the account after {grace} days; until then you can undo it here.")}</p>
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
                <dt>"Invitation"</dt><dd>{g.invitation.clone()}</dd>
                {sign_ins}
                <dt>"Groups"</dt><dd>{list_or(&g.groups, "None")}</dd>
                <dt>"Apps"</dt><dd>{list_or(&g.apps, "None assigned")}</dd>
                <dt>"Invited"</dt><dd>{g.invited_by.clone()}</dd>
                <dt>"Your sponsorship"</dt><dd>{how}</dd>
                <dt>"Other sponsors"</dt><dd>{co}</dd>
                <dt>"Access until"</dt><dd>{life.access_until.clone().unwrap_or_else(|| "No end date set".into())}</dd>
                <dt>"Next review"</dt><dd>{life.next_review.clone().unwrap_or_default()}</dd>
                <dt>"Last confirmed"</dt><dd>{life.last_confirmed.clone().unwrap_or_else(|| "Never in Guestlist".into())}</dd>
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
    view! { <Loaded data content=|data| view! { <EndView data/> } title="End access" back=routes::MY_GUESTS back_label="Back to My guests"/> }
}

#[component]
fn EndView(data: EndData) -> impl IntoView {
    let EndData { guest, grace_days, notice } = data;
    let end = ServerAction::<EndGuest>::new();
    let notice = latest(notice, move || end.value().get());
    let Some(g) = guest else { return view! { <Alert text="This guest is not one of yours."/> }.into_any() };
    let name = g.display_name.clone();
    view! {
        <Title text=format!("End access for {name}")/>
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=routes::MY_GUESTS>"My guests"</a></nav>
        <h1>{format!("End access for {name}")}</h1>
        <NoticeView notice/>
        <ul class="what-next">
            <li>{format!("{name} can no longer sign in, from now on. Sessions they have end when their tokens expire (usually within an hour).")}</li>
            <li>{format!("Their account is deleted after {grace_days} days. Until then you, or another sponsor, can undo it in My guests: they get their access back as it was.")}</li>
            <li>"Their other sponsors are told by e-mail."</li>
        </ul>
        <ActionForm action=end attr:class="invite-form">
            <input type="hidden" name="user_id" value=g.id.clone()/>
            <CheckboxField name="confirm" label="I understand" checked=false help="Sign-in is blocked at once; the account is deleted when the grace period ends."/>
            <button type="submit" class="button danger">{format!("End access for {name}")}</button>
        </ActionForm>
        <p><a href=routes::MY_GUESTS>"Keep them: back to My guests"</a></p>
    }
    .into_any()
}
