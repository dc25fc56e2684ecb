//! "To review" in My guests: the guests a review campaign asks the signed-in person about (as a
//! sponsor, or as the campaign's fallback reviewer), each with the evidence read, and the
//! decision: keep, extend to a date, or end, with a justification; or "I don't know this person",
//! which hands the guest to the fallback reviewer. The services check each decision against the
//! campaign's reviewers and, for sponsors, against Graph's sponsor relation at that moment.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use services::reviews::ToReview;

use super::Notice;
use crate::error::PageError;
use crate::t;

/// Session key of the last decision's answer.
#[cfg(feature = "ssr")]
const NOTICE: &str = "review_notice";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToReviewData {
    pub items: Vec<ToReview>,
    pub notice: Option<Notice>,
}

#[server(endpoint = "my-guests/to-review")]
pub async fn load_to_review() -> Result<ToReviewData, PageError> {
    let me = crate::server::Me::load().await?;
    let items = services::reviews::to_review(&me.ctx, &me.actor).await?;
    Ok(ToReviewData { items, notice: crate::server::take(NOTICE).await? })
}

#[cfg(feature = "ssr")]
async fn answered(me: &crate::server::Me, result: services::directory::Answer<Vec<String>>) -> Result<(), PageError> {
    me.save().await?;
    let notice = match result? {
        Ok(lines) => Notice { done: true, lines },
        Err(services::directory::Refused(lines)) => Notice { done: false, lines },
    };
    crate::server::redirect_with(NOTICE, &notice, crate::routes::MY_GUESTS).await
}

#[server(endpoint = "my-guests/decide")]
pub async fn decide_review(item: i64, decision: String, until: String, justification: String) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::decide(&me.ctx, &me.actor, item, &decision, &until, &justification).await;
    answered(&me, result).await
}

#[server(endpoint = "my-guests/dont-know")]
pub async fn dont_know(item: i64) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::dont_know(&me.ctx, &me.actor, item).await;
    answered(&me, result).await
}

/// The "To review" part of My guests; nothing when there is nothing to review.
#[component]
pub fn ToReviewPanel() -> impl IntoView {
    let decide = ServerAction::<DecideReview>::new();
    let unknown = ServerAction::<DontKnow>::new();
    let data = Resource::new_blocking(move || decide.version().get() + unknown.version().get(), |_| load_to_review());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await.ok().filter(|d| !d.items.is_empty() || d.notice.is_some()).map(|d| view! { <ToReviewView data=d decide unknown/> })
            })}
        </Suspense>
    }
}

#[component]
fn ToReviewView(data: ToReviewData, decide: ServerAction<DecideReview>, unknown: ServerAction<DontKnow>) -> impl IntoView {
    let notice = data.notice.map(|n| crate::widgets::answer_view(n.done, n.lines));
    let items = data
        .items
        .into_iter()
        .map(|item| {
            let id = item.item_id;
            let field = |name: &str| format!("review-{id}-{name}");
            let (decision, until, why) = (field("decision"), field("until"), field("why"));
            let record = t!("reviews-record-for", name = item.guest_name.as_str());
            let unknown_label = t!("reviews-dont-know-label", name = item.guest_name.as_str());
            view! {
                <li class="card">
                    <h3>{item.guest_name.clone()}{item.guest_mail.clone().map(|m| format!(" <{m}>"))}</h3>
                    <p>{t!("reviews-item-campaign", campaign = item.campaign.as_str(), date = item.ends.as_str())}</p>
                    {item.routed.clone().map(|r| view! { <p class="help">{t!("reviews-item-routed", why = r)}</p> })}
                    <p class="evidence">{item.evidence.clone()}</p>
                    {item.decided.clone().map(|d| view! { <p role="status">{d}</p> })}
                    <ActionForm action=decide attr:class="review-form">
                        <input type="hidden" name="item" value=id.to_string()/>
                        <div class="field">
                            <label for=decision.clone()>{t!("reviews-decision")}</label>
                            <select id=decision name="decision">
                                <option value="keep">{t!("sponsors-keep-button")}</option>
                                <option value="extend">{t!("reviews-option-extend")}</option>
                                <option value="end">{t!("reviews-option-end")}</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for=until.clone()>{t!("reviews-until-extend")}</label>
                            <input id=until type="date" name="until"/>
                        </div>
                        <div class="field">
                            <label for=why.clone()>{t!("reviews-why")}</label>
                            <input id=why name="justification" required=true/>
                        </div>
                        <button type="submit" class="button">{record}</button>
                    </ActionForm>
                    <ActionForm action=unknown>
                        <input type="hidden" name="item" value=id.to_string()/>
                        <button type="submit" class="button secondary">{unknown_label}</button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 id="to-review">{t!("reviews-to-review")}</h2>
        {notice}
        <p>{t!("reviews-to-review-lead")}</p>
        <ul class="my-guests">{items}</ul>
    }
}
