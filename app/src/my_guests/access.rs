//! `/my-access`: the page a guest sees about their own access — their sponsors and how to reach
//! them, until when their access runs, a request for more time, and how to leave.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};
use services::sponsors::MyAccess;

use super::{latest, Notice, NoticeView};
use crate::error::PageError;
use crate::nav::{load_for, Audience, ViewerResource};
use crate::routes;
use crate::t;
use crate::widgets::Loaded;

/// Microsoft's page where a guest leaves an organisation ("Leave an organization as an external
/// user", Microsoft Learn).
pub const LEAVE_URL: &str = "https://myaccount.microsoft.com/organizations";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyAccessData {
    pub page: MyAccess,
    pub notice: Option<Notice>,
}

#[server(endpoint = "my-access/page")]
pub async fn load_my_access() -> Result<MyAccessData, PageError> {
    let me = crate::server::Me::load().await?;
    let notice = crate::server::take::<Notice>(super::server::NOTICE).await?;
    let page = services::sponsors::my_access(&me.ctx, &me.actor).await?;
    me.save().await?;
    Ok(MyAccessData { page, notice })
}

/// Asks the person's sponsors for more time (`until` optional, `YYYY-MM-DD`).
#[server(endpoint = "my-access/ask")]
pub async fn ask_for_time(until: String, reason: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::sponsors::ask_extension(&me.ctx, &me.actor, &until, &reason).await;
    super::server::answered(&me, result, routes::MY_ACCESS).await
}

/// `/my-access`.
#[component]
pub fn MyAccessPage() -> impl IntoView {
    view! { <MyAccess/> }
}

/// A guest's own access: the `/my-access` page, and a guest's home page (`only` guests there).
#[component]
pub fn MyAccess(#[prop(optional)] only: Option<Audience>) -> impl IntoView {
    // Made here so that the page loads again after a request (with JavaScript the redirect to
    // the same page does not); the form finds it in the context.
    let ask = ServerAction::<AskForTime>::new();
    provide_context(ask);
    let viewer = expect_context::<ViewerResource>();
    let data = Resource::new_blocking(move || ask.version().get(), move |_| load_for(viewer, only, load_my_access));
    view! { <Loaded data content=|data| data.map(|data| view! { <MyAccessView data/> }) title=t!("sponsors-your-access") back=routes::HOME back_label=t!("sponsors-back-home")/> }
}

#[component]
fn MyAccessView(data: MyAccessData) -> impl IntoView {
    let MyAccessData { page, notice } = data;
    let ask = expect_context::<ServerAction<AskForTime>>();
    let notice = latest(notice, move || ask.value().get());
    let organisation = page.organisation.clone();
    let sponsors = if page.sponsors.is_empty() {
        view! { <p>{t!("sponsors-access-no-sponsor")}</p> }.into_any()
    } else {
        let items = page
            .sponsors
            .iter()
            .map(|s| {
                let contact = s.mail.clone().map(|mail| view! { " — " <a href=format!("mailto:{mail}")>{mail.clone()}</a> });
                let group = s.group.then(|| t!("sponsors-access-group"));
                view! { <li>{s.name.clone()}{group}{contact}</li> }
            })
            .collect_view();
        view! { <ul class="sponsors">{items}</ul> }.into_any()
    };
    let until = match &page.access_until {
        Some(until) => t!("sponsors-access-until-date", date = until),
        None => t!("sponsors-access-no-end"),
    };
    let open = page
        .open_requests
        .iter()
        .map(|r| view! { <p class="notice" role="status">{t!("sponsors-access-asked", date = r.asked_on.as_str())}</p> })
        .collect_view();
    view! {
        <Title text=t!("sponsors-your-access")/>
        <h1>{t!("sponsors-access-heading", organisation = organisation.as_str())}</h1>
        <NoticeView notice/>
        <p class="lead">{t!("sponsors-access-hello", name = page.display_name.as_str(), organisation = organisation.as_str())}</p>
        <h2>{t!("sponsors-access-sponsors")}</h2>
        <p>{t!("sponsors-access-sponsors-help")}</p>
        {sponsors}
        <h2>{t!("sponsors-access-until-when")}</h2>
        <p>{until}</p>
        {page.next_review.clone().map(|r| view! { <p>{t!("sponsors-access-next-review", date = r)}</p> })}
        {open}
        <h2>{t!("sponsors-access-ask")}</h2>
        <ActionForm action=ask attr:class="invite-form">
            <div class="field">
                <label for="until">{t!("sponsors-access-until-optional")}</label>
                <input id="until" name="until" type="date" aria-describedby="until-help"/>
                <p class="help" id="until-help">{t!("sponsors-access-until-help")}</p>
            </div>
            <div class="field">
                <label for="reason">{t!("sponsors-access-reason")}</label>
                <textarea id="reason" name="reason" rows="4" required=true aria-describedby="reason-help"></textarea>
                <p class="help" id="reason-help">{t!("sponsors-access-reason-help")}</p>
            </div>
            <button type="submit" class="button primary">{t!("sponsors-access-send")}</button>
        </ActionForm>
        <h2>{t!("sponsors-access-leaving")}</h2>
        <p>
            {t!("sponsors-access-leave-before", organisation = organisation.as_str())}
            <a href=LEAVE_URL rel="external">{t!("sponsors-access-leave-link")}</a>
            {t!("sponsors-access-leave-after", organisation = organisation.as_str())}
        </p>
    }
}
