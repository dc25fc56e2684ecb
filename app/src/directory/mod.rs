//! The Directory: find anyone in the directory, see their "B2B collaboration" card as
//! Entra shows it (not invited / invitation pending since … / accepted on … with which account),
//! and the actions that apply: resend the invitation, reset the redemption (to a new address),
//! change the user type after Microsoft's questions, change the e-mail address. Administrators only.
//!
//! Like the Invite page, every form is a plain POST to a server function that works without
//! JavaScript: answers are kept in the session and shown after the redirect. Resends and resets
//! end on the Invite result page (link, QR code, what the guest will experience).

mod page;

pub use page::{DirectoryPage, PersonActionPage, PersonPage};
pub use services::directory::{B2bState, PersonCard, SearchResults, UserTypeForm};

use crate::error::PageError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The answer to an action, shown on the page after it: what was done, or why not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The person it is about, so it is only shown on their pages.
    pub user_id: String,
    pub done: bool,
    pub lines: Vec<String>,
    /// What was typed into an address field, shown again after a refusal.
    pub email: Option<String>,
}

/// What the person page and the action pages need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonData {
    pub card: PersonCard,
    /// The answer of the last action on this person (after a plain form POST's redirect).
    pub notice: Option<Notice>,
    /// The reader may change the user type and e-mail address and convert (Admins); Helpdesk
    /// Administrators only resend and reset.
    pub manage: bool,
}

#[cfg(feature = "ssr")]
mod server {
    use super::Notice;
    use crate::error::PageError;
    use crate::server::{answer, keys, redirect_with, Me};
    use services::directory::Refused;
    use services::invite::InviteOutcome;

    /// Session key of the last action's [`Notice`].
    pub const NOTICE: &str = "directory_notice";

    pub fn user_id(text: &str) -> Result<graph::ObjectId, PageError> {
        text.trim()
            .parse()
            .map_err(|_| services::Error::NotFound(crate::t!("directory-not-a-user")).into())
    }

    /// A refused action: kept for the page after a plain POST's redirect, returned to scripts.
    pub async fn refused(me: &Me, user_id: &str, Refused(lines): Refused, email: Option<String>) -> Result<Option<Notice>, PageError> {
        me.save().await?;
        answer(NOTICE, Notice { user_id: user_id.to_owned(), done: false, lines, email }).await
    }

    /// A completed change: shown on the person's page, where both kinds of form go next.
    pub async fn changed(me: &Me, user_id: &str, lines: Vec<String>) -> Result<Option<Notice>, PageError> {
        me.save().await?;
        let notice = Notice { user_id: user_id.to_owned(), done: true, lines, email: None };
        redirect_with(NOTICE, &notice, &crate::routes::person(user_id)).await.map(|()| None)
    }

    /// A new invitation link or reset: the Invite result page shows it.
    pub async fn invited(me: &Me, outcome: &InviteOutcome) -> Result<Option<Notice>, PageError> {
        me.save().await?;
        redirect_with(keys::INVITE_OUTCOME, outcome, crate::routes::INVITE_DONE).await.map(|()| None)
    }
}

/// People whose name, e-mail address or user name matches `q` (administrators only).
#[server(endpoint = "directory/search")]
pub async fn directory_search(q: String) -> Result<SearchResults, PageError> {
    let me = crate::server::Me::load().await?;
    Ok(services::directory::search(&me.ctx, &me.actor, &q).await?)
}

/// One person's card, and the answer of the last action on them.
#[server(endpoint = "directory/person")]
pub async fn load_person(id: String) -> Result<PersonData, PageError> {
    let me = crate::server::Me::load().await?;
    let card = services::directory::person(&me.ctx, &me.actor, server::user_id(&id)?).await?;
    let notice = crate::server::take::<Notice>(server::NOTICE).await?.filter(|n| n.user_id == card.id);
    Ok(PersonData { card, notice, manage: me.actor.has(services::Role::Admin) })
}

/// Resend a pending invitation: Microsoft never mails an address twice, so this is a fresh
/// link on the Invite result page, to pass on or send from Guestlist.
#[server(endpoint = "directory/resend")]
pub async fn resend_invitation(user_id: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    match services::directory::resend(&me.ctx, &me.actor, id).await? {
        Ok(outcome) => server::invited(&me, &outcome).await,
        Err(refused) => server::refused(&me, &id.to_string(), refused, None).await,
    }
}

/// Reset a guest's redemption, optionally to a new address (set in `mail` first, as Microsoft
/// requires); Microsoft then mails a new invitation. Ends on the Invite result page.
#[server(endpoint = "directory/reset")]
pub async fn reset_redemption(user_id: String, email: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    match services::directory::reset(&me.ctx, &me.actor, id, &email).await? {
        Ok(outcome) => server::invited(&me, &outcome).await,
        Err(refused) => server::refused(&me, &id.to_string(), refused, Some(email)).await,
    }
}

/// Change Member ↔ Guest after Microsoft's questions are answered.
#[server(endpoint = "directory/user-type")]
pub async fn change_user_type(form: UserTypeForm) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&form.user_id)?;
    match services::directory::change_user_type(&me.ctx, &me.actor, id, &form).await? {
        Ok(lines) => server::changed(&me, &id.to_string(), lines).await,
        Err(refused) => server::refused(&me, &id.to_string(), refused, None).await,
    }
}

/// Change someone's e-mail address (`mail`), with the Invite page's checks on the address.
#[server(endpoint = "directory/e-mail")]
pub async fn change_mail(user_id: String, email: String) -> Result<Option<Notice>, PageError> {
    let me = crate::server::Me::load().await?;
    let id = server::user_id(&user_id)?;
    match services::directory::change_mail(&me.ctx, &me.actor, id, &email).await? {
        Ok(lines) => server::changed(&me, &id.to_string(), lines).await,
        Err(refused) => server::refused(&me, &id.to_string(), refused, Some(email)).await,
    }
}
