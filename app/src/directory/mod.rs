//! The Directory (issue 5): find anyone in the directory, see their "B2B collaboration" card as
//! Entra shows it (not invited / invitation pending since … / accepted on … with which account),
//! and the actions that apply: resend the invitation, reset the redemption (to a new address),
//! change the user type after Microsoft's questions, change the e-mail address. Administrators only.
//!
//! Like the Invite page, every form is a plain POST to a server function that works without
//! JavaScript: answers are kept in the session and shown after the redirect. Resends and resets
//! end on the Invite result page (link, QR code, what the guest will experience).

mod page;
#[cfg(feature = "ssr")]
pub mod service;

pub use page::{DirectoryPage, PersonActionPage, PersonPage};

use crate::auth::AccessError;
use leptos::prelude::*;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Where someone stands with B2B collaboration (Graph's `externalUserState` and `identities`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum B2bState {
    /// Never invited: signs in with an account of this organisation.
    NotInvited,
    /// Invited, not yet accepted; `since` is the date in words.
    Pending { since: Option<String> },
    /// Accepted; `provider` says, in words, which account they sign in with.
    Accepted { on: Option<String>, provider: Option<String> },
}

/// One account as the Directory shows it: who, and their "B2B collaboration" card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonCard {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Member` or `Guest` as Graph spells it.
    pub user_type: String,
    pub state: B2bState,
    /// The tenant's name, for "signs in with a Northwind Traders account".
    pub organisation: String,
    pub account_enabled: bool,
    /// Synced from on-premises Active Directory: Graph cannot change it.
    pub synced: bool,
    /// Has an Exchange Online mailbox: Exchange owns the e-mail address.
    pub mailbox: bool,
    pub created: Option<String>,
    pub company: Option<String>,
    pub job_title: Option<String>,
}

impl PersonCard {
    pub fn is_guest(&self) -> bool {
        self.user_type == "Guest"
    }

    /// Whether this account was invited to B2B collaboration (it signs in with an outside account).
    pub fn is_external(&self) -> bool {
        !matches!(self.state, B2bState::NotInvited)
    }

    /// The card's one line, in words for someone who is not an Entra expert.
    pub fn state_words(&self) -> String {
        match &self.state {
            B2bState::NotInvited => format!("Not invited — signs in with a {} account", self.organisation),
            B2bState::Pending { since: Some(since) } => format!("Invitation pending since {since}"),
            B2bState::Pending { since: None } => "Invitation pending".to_owned(),
            B2bState::Accepted { on, provider } => {
                let on = on.as_ref().map(|on| format!(" on {on}")).unwrap_or_default();
                let with = provider.as_ref().map(|p| format!(", signs in with {p}")).unwrap_or_default();
                format!("Accepted{on}{with}")
            }
        }
    }

    /// Resend: only while the invitation is pending.
    pub fn can_resend(&self) -> bool {
        matches!(self.state, B2bState::Pending { .. })
    }

    /// Reset redemption: for anyone invited, pending or accepted.
    pub fn can_reset(&self) -> bool {
        self.is_external()
    }

    /// Graph refuses to change accounts mastered by on-premises Active Directory.
    pub fn can_edit(&self) -> bool {
        !self.synced
    }

    /// The e-mail address of external users: where their invitations go. (An internal account's
    /// address belongs to the organisation; the Convert page sets an external one first.)
    pub fn can_change_mail(&self) -> bool {
        self.is_external() && self.can_edit()
    }

    /// Internal accounts never invited can be moved to B2B (the Convert page).
    pub fn can_convert(&self) -> bool {
        !self.is_external()
    }

    /// The user type a change would give.
    pub fn other_user_type(&self) -> &'static str {
        if self.is_guest() { "Member" } else { "Guest" }
    }

    pub fn first_name(&self) -> &str {
        self.display_name.split_whitespace().next().unwrap_or(&self.display_name)
    }

    /// What the guest experiences after a reset of their redemption to `address`, in plain sentences.
    pub fn reset_what_next(&self, address: &str, new_address: bool) -> Vec<String> {
        let name = self.first_name();
        let before = match &self.state {
            B2bState::Accepted { provider: Some(provider), .. } => format!(
                "{name} can no longer sign in with {provider} until they accept the new invitation. Any earlier invitation link stops working."
            ),
            B2bState::Accepted { provider: None, .. } => {
                format!("{name} can no longer sign in with their current account until they accept the new invitation.")
            }
            _ => format!("The invitation link {name} has now stops working."),
        };
        let to = if new_address {
            format!("Microsoft e-mails a new invitation to the new address, {address}.")
        } else {
            format!("Microsoft e-mails a new invitation to {address}.")
        };
        vec![
            before,
            to,
            format!("When {name} accepts, they sign in with the account that belongs to {address} — or, if that address has no account, with a one-time passcode sent to it."),
            format!("Their groups, apps, sponsors and user name ({}) stay as they are; only the account they sign in with changes.", self.user_principal_name),
        ]
    }

    /// What a user type change does and does not change, for the confirmation page.
    pub fn user_type_consequences(&self) -> Vec<String> {
        let name = self.first_name();
        let mut lines = if self.is_guest() {
            vec![
                format!("{name} gets member permissions: they can read your whole directory — people, groups and apps — like your own staff."),
                "Settings for guests no longer apply to them: guest access restrictions, Conditional Access policies for guests and external users, and guest access reviews.".to_owned(),
                "Licensing: members are licensed like your staff, so they may need a licence for the apps they use.".to_owned(),
            ]
        } else {
            vec![
                format!("{name} gets guest permissions: by default a limited view of your directory — their own profile and only basic details of others, not the full list of people, groups and apps."),
                "Settings for guests apply to them: guest access restrictions, Conditional Access policies for guests and external users, and guest access reviews.".to_owned(),
                "Licensing: external users with the Guest type are billed by monthly active users (MAU) under Microsoft Entra External ID.".to_owned(),
            ]
        };
        lines.extend([
            format!("Their user name stays {}: changing the user type does not change it.", self.user_principal_name),
            format!("How they sign in does not change ({}).", self.state_words()),
            "Their groups, apps and sponsors stay as they are.".to_owned(),
        ]);
        lines
    }
}

/// The search page's answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchResults {
    pub people: Vec<PersonCard>,
    /// More matched than are shown.
    pub more: bool,
}

/// Most people a search shows; a narrower search finds the rest.
pub const SEARCH_LIMIT: u16 = 25;

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
}

/// The answers to Microsoft's questions before a user type change ("Convert UserType" in
/// "Properties of a Microsoft Entra B2B collaboration user"). Text as posted; checked on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserTypeForm {
    pub user_id: String,
    /// The type asked for (`Member` or `Guest`), so a change in between is not applied blindly.
    pub target: String,
    /// `changed` or `unchanged`: has their relationship to the organisation changed?
    pub relationship: String,
    /// `keep` or `change`: should the user principal name change?
    pub upn: String,
    /// `keep` or `review`: should they keep access to the same resources?
    pub access: String,
    /// `no` or `yes`: should they get a mailbox?
    pub mailbox: String,
    /// Present when "I have read what changes" is ticked.
    pub confirm: Option<String>,
}

/// Why a Directory page could not do something. Shown as is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DirectoryError {
    #[error(transparent)]
    Access(#[from] AccessError),
    #[error("{0}")]
    Graph(String),
    #[error("The portal's invitation settings are missing. An administrator should check the server.")]
    NotConfigured,
    #[error("That is not a user of this directory. Find them on the Directory page.")]
    NotAUser,
}

impl FromServerFnError for DirectoryError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        DirectoryError::Access(AccessError::from_server_fn_error(value))
    }
}

#[cfg(feature = "ssr")]
impl From<crate::invite::InviteError> for DirectoryError {
    fn from(error: crate::invite::InviteError) -> Self {
        use crate::invite::InviteError;
        match error {
            InviteError::Access(error) => DirectoryError::Access(error),
            InviteError::NotConfigured => DirectoryError::NotConfigured,
            other => DirectoryError::Graph(other.to_string()),
        }
    }
}

#[cfg(feature = "ssr")]
mod server {
    use super::{DirectoryError, Notice, PersonCard};
    use crate::auth::{Principal, Role, UserGraph};
    use crate::invite::server as invite;
    use crate::invite::service::{Callers, InviteSettings};

    /// Session key of the last action's [`Notice`].
    pub const NOTICE: &str = "directory_notice";

    /// The signed-in Admin, Graph, the invite settings and the callers (as the Invite page uses them).
    pub async fn admin() -> Result<(Principal, UserGraph, InviteSettings, Callers), DirectoryError> {
        let principal = crate::auth::require(Role::Admin).await?;
        let settings = invite::settings()?;
        let graph = UserGraph::open().await?;
        let callers = invite::callers(&graph, &settings);
        Ok((principal, graph, settings, callers))
    }

    pub fn user_id(text: &str) -> Result<graph::ObjectId, DirectoryError> {
        text.trim().parse().map_err(|_| DirectoryError::NotAUser)
    }

    pub async fn card(callers: &Callers, id: graph::ObjectId) -> Result<PersonCard, DirectoryError> {
        super::service::person(&callers.checks, id).await.map_err(|e| match e.code() {
            Some(graph::ErrorCode::ResourceNotFound) => DirectoryError::NotAUser,
            _ => DirectoryError::Graph(e.user_message()),
        })
    }

    /// A refused action: kept for the page after a plain POST's redirect, returned to scripts.
    pub async fn refused(user_id: &str, lines: Vec<String>, email: Option<String>) -> Result<Option<Notice>, DirectoryError> {
        let notice = Notice { user_id: user_id.to_owned(), done: false, lines, email };
        if invite::is_plain_form_post().await {
            invite::put(NOTICE, &notice).await?;
        }
        Ok(Some(notice))
    }

    /// A completed change: shown on the person's page, where both kinds of form go next.
    pub async fn changed(graph: &UserGraph, user_id: &str, lines: Vec<String>) -> Result<Option<Notice>, DirectoryError> {
        graph.save().await?;
        let notice = Notice { user_id: user_id.to_owned(), done: true, lines, email: None };
        invite::put(NOTICE, &notice).await?;
        leptos_axum::redirect(&format!("/directory/{user_id}"));
        Ok(None)
    }
}

/// People whose name, e-mail address or user name matches `q` (administrators only).
#[server(endpoint = "directory/search")]
pub async fn directory_search(q: String) -> Result<SearchResults, DirectoryError> {
    let (_, graph, _, callers) = server::admin().await?;
    let results = service::search(&callers.checks, &q).await.map_err(|e| DirectoryError::Graph(e.user_message()))?;
    graph.save().await?;
    Ok(results)
}

/// One person's card, and the answer of the last action on them.
#[server(endpoint = "directory/person")]
pub async fn load_person(id: String) -> Result<PersonData, DirectoryError> {
    let (_, graph, _, callers) = server::admin().await?;
    let card = server::card(&callers, server::user_id(&id)?).await?;
    let notice = crate::invite::server::take::<Notice>(server::NOTICE).await?.filter(|n| n.user_id == card.id);
    graph.save().await?;
    Ok(PersonData { card, notice })
}

/// Resend a pending invitation: Microsoft never mails an address twice, so this is a fresh
/// link on the Invite result page, to pass on or send from Guestlist.
#[server(endpoint = "directory/resend")]
pub async fn resend_invitation(user_id: String) -> Result<Option<Notice>, DirectoryError> {
    const ACTION: &str = "Resend invitation";
    let (principal, graph, settings, callers) = server::admin().await?;
    let card = server::card(&callers, server::user_id(&user_id)?).await?;
    let target = card.mail.clone().unwrap_or_else(|| card.user_principal_name.clone());
    if !card.can_resend() {
        let why = format!("{} has no pending invitation: {}. Use Reset redemption to have them accept again.", card.display_name, card.state_words());
        crate::audit::write(&principal, ACTION, &target, &(), "Refused", None).await;
        return server::refused(&card.id, vec![why], None).await;
    }
    match service::resend(&callers.sender, &settings, &principal, &card).await {
        Ok(outcome) => {
            crate::audit::write(&principal, ACTION, &outcome.email, &(), "Invited", outcome.request_id.as_deref()).await;
            crate::invite::server::done(outcome, &graph).await?;
            Ok(None)
        }
        Err(error) => {
            crate::audit::write(&principal, ACTION, &target, &(), "Failed", error.request_id()).await;
            server::refused(&card.id, vec![error.user_message()], None).await
        }
    }
}

/// Reset a guest's redemption, optionally to a new address (set in `mail` first, as Microsoft
/// requires); Microsoft then mails a new invitation. Ends on the Invite result page.
#[server(endpoint = "directory/reset")]
pub async fn reset_redemption(user_id: String, email: String) -> Result<Option<Notice>, DirectoryError> {
    let (principal, graph, settings, callers) = server::admin().await?;
    let card = server::card(&callers, server::user_id(&user_id)?).await?;
    match service::reset(&callers, &settings, &principal, &card, &email).await {
        Ok(outcome) => {
            crate::invite::server::done(outcome, &graph).await?;
            Ok(None)
        }
        Err(lines) => server::refused(&card.id, lines, Some(email)).await,
    }
}

/// Change Member ↔ Guest after Microsoft's questions are answered.
#[server(endpoint = "directory/user-type")]
pub async fn change_user_type(form: UserTypeForm) -> Result<Option<Notice>, DirectoryError> {
    let (principal, graph, _, callers) = server::admin().await?;
    let card = server::card(&callers, server::user_id(&form.user_id)?).await?;
    match service::change_user_type(&callers.sender, &principal, &card, &form).await {
        Ok(lines) => server::changed(&graph, &card.id, lines).await,
        Err(lines) => server::refused(&card.id, lines, None).await,
    }
}

/// Change someone's e-mail address (`mail`), with the Invite page's checks on the address.
#[server(endpoint = "directory/e-mail")]
pub async fn change_mail(user_id: String, email: String) -> Result<Option<Notice>, DirectoryError> {
    let (principal, graph, settings, callers) = server::admin().await?;
    let card = server::card(&callers, server::user_id(&user_id)?).await?;
    match service::change_mail(&callers, &settings, &principal, &card, &email).await {
        Ok(lines) => server::changed(&graph, &card.id, lines).await,
        Err(lines) => server::refused(&card.id, lines, Some(email)).await,
    }
}
