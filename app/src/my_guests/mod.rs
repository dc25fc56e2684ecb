//! My guests (`/my-guests`): every guest the signed-in member sponsors, directly or through a
//! group, each with the evidence to decide and the actions (keep, extend, end with undo, resend,
//! add a co-sponsor, hand over); the confirmation page before ending (`/my-guests/{id}/end`);
//! the guests review campaigns ask them about ("To review"); and the page a guest sees about
//! their own access (`/my-access`).
//!
//! Every form is a plain POST to a server function that works without JavaScript: the answer
//! waits in the session for the page after the redirect. The services check, at each request,
//! that Graph names the person as the guest's sponsor.

mod access;
mod guests;
mod review;

pub use access::{MyAccess, MyAccessPage};
pub use guests::{EndGuestPage, MyGuestsPage, MyGuestsPanel};
pub use review::ToReviewPanel;

use serde::{Deserialize, Serialize};

/// The answer to an action, shown on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub done: bool,
    pub lines: Vec<String>,
}

#[cfg(feature = "ssr")]
mod server {
    use super::Notice;
    use crate::error::PageError;
    use crate::server::{answer, redirect_with, Me};
    use services::directory::{Answer, Refused};

    /// Session key of the last action's [`Notice`].
    pub const NOTICE: &str = "my_guests_notice";

    /// Done: to `then` with what changed. Refused: back to the form's page with why (after a
    /// plain POST), or to the script.
    pub async fn answered(me: &Me, result: Answer<Vec<String>>, then: &str) -> Result<Option<Notice>, PageError> {
        me.save().await?;
        match result? {
            Ok(lines) => redirect_with(NOTICE, &Notice { done: true, lines }, then).await.map(|()| None),
            Err(Refused(lines)) => answer(NOTICE, Notice { done: false, lines }).await,
        }
    }
}

/// The latest answer: from this page's own submit (JavaScript), else from the session (plain POST).
fn latest(
    initial: Option<Notice>,
    value: impl Fn() -> Option<Result<Option<Notice>, crate::error::PageError>> + Send + Sync + 'static,
) -> leptos::prelude::Signal<Option<Notice>> {
    // A done action redirects (`Ok(None)`): its answer comes with the page's data, loaded again.
    let value = move || value().filter(|answer| !matches!(answer, Ok(None)));
    crate::widgets::latest_answer(initial, value, |text| Notice { done: false, lines: vec![text] })
}

#[leptos::component]
fn NoticeView(notice: leptos::prelude::Signal<Option<Notice>>) -> impl leptos::prelude::IntoView {
    use leptos::prelude::Get as _;
    move || notice.get().map(|notice| crate::widgets::answer_view(notice.done, notice.lines))
}
