//! The Directory's rules over Graph: the card from a Graph user, the search, and the actions.
//! Resends and resets go through the invitation service; new addresses get the invitation checks.

use graph::{
    Caller, EmailAddress, ErrorCode, ExternalUserState, GraphError, ObjectIdentity, Organization, Query, Search,
    User, UserRef, UserType, UserUpdate,
};

use super::{date_words, provider_words, B2bState, PersonCard, SearchResults, UserTypeForm, SEARCH_LIMIT};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::checks::review_address;
use crate::context::Callers;
use crate::invite::{reinvite, InviteOutcome};
use crate::settings::{CredentialMode, InviteSettings};
use crate::{Actor, Context, Error, Result, Role};

/// What the card needs; most of it Graph returns only when selected.
pub const CARD_FIELDS: &[&str] = &[
    "id",
    "displayName",
    "userPrincipalName",
    "mail",
    "otherMails",
    "userType",
    "externalUserState",
    "externalUserStateChangeDateTime",
    "creationType",
    "identities",
    "onPremisesSyncEnabled",
    "accountEnabled",
    "createdDateTime",
    "companyName",
    "jobTitle",
    "provisionedPlans",
];

/// The identity a redeemed guest signs in with: not the tenant's own `userPrincipalName` entry.
fn outside_identity<'a>(identities: &'a [ObjectIdentity], organisation: &Organization) -> Option<&'a str> {
    identities
        .iter()
        .filter(|i| i.sign_in_type.as_deref() != Some("userPrincipalName"))
        .filter_map(|i| i.issuer.as_deref())
        .find(|issuer| !organisation.owns_domain(issuer))
}

/// The Directory's view of a Graph user.
pub fn card(user: User, organisation: &Organization) -> PersonCard {
    let mailbox = user.has_exchange_mailbox();
    let identities = user.identities.unwrap_or_default();
    let when = user.external_user_state_change_date_time.map(date_words);
    let state = match user.external_user_state {
        None => B2bState::NotInvited,
        Some(ExternalUserState::Accepted) => {
            B2bState::Accepted { on: when, provider: outside_identity(&identities, organisation).map(provider_words) }
        }
        // PendingAcceptance, and any state Microsoft adds later, is "not accepted yet".
        Some(_) => B2bState::Pending { since: when },
    };
    PersonCard {
        id: user.id.map(|id| id.to_string()).unwrap_or_default(),
        display_name: user.display_name.unwrap_or_default(),
        user_principal_name: user.user_principal_name.unwrap_or_default(),
        mail: user.mail,
        user_type: user.user_type.map(|t| t.as_str().to_owned()).unwrap_or_else(|| "Member".into()),
        state,
        organisation: organisation.display_name.clone().unwrap_or_else(|| "your organisation's".into()),
        account_enabled: user.account_enabled.unwrap_or(true),
        synced: user.on_premises_sync_enabled == Some(true),
        mailbox,
        created: user.created_date_time.map(date_words),
        company: user.company_name,
        job_title: user.job_title,
    }
}

/// Why an action was not done, in sentences for the person's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused(pub Vec<String>);

impl From<Error> for Refused {
    fn from(error: Error) -> Refused {
        Refused(vec![error.to_string()])
    }
}

impl From<GraphError> for Refused {
    fn from(error: GraphError) -> Refused {
        Error::from(error).into()
    }
}

/// What an action answers: done (with what to show), or refused with the reasons; permission
/// and lookup failures are the outer error.
pub type Answer<T> = Result<std::result::Result<T, Refused>>;

/// People whose name, e-mail address or user name starts with `text` (Admins only).
pub async fn search(ctx: &Context, actor: &Actor, text: &str) -> Result<SearchResults> {
    actor.require(Role::Admin)?;
    search_people(&ctx.app(), text).await
}

/// One person's card (Admins only).
pub async fn person(ctx: &Context, actor: &Actor, id: graph::ObjectId) -> Result<PersonCard> {
    actor.require(Role::Admin)?;
    card_of(&ctx.app(), id).await
}

/// Name, e-mail address or user name (`$search`, which needs `ConsistencyLevel: eventual`; the
/// client adds it). The text is only ever a quoted search term, never OData syntax.
async fn search_people(checks: &Caller, text: &str) -> Result<SearchResults> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(SearchResults::default());
    }
    let terms = Search::term("displayName", text).or(Search::term("mail", text)).or(Search::term("userPrincipalName", text));
    let query = Query::new().select(CARD_FIELDS).search(terms).order_by("displayName").top(SEARCH_LIMIT);
    let organisation = checks.organization().await?;
    let page = checks.users_page(&query).await?;
    let people = page.value.into_iter().map(|user| card(user, &organisation)).collect();
    Ok(SearchResults { people, more: page.next_link.is_some() })
}

/// One person's card; someone who is not (or no longer) in the directory is "not found".
async fn card_of(checks: &Caller, id: graph::ObjectId) -> Result<PersonCard> {
    let read = async {
        let organisation = checks.organization().await?;
        let user = checks.user(&UserRef::Id(id), &Query::new().select(CARD_FIELDS)).await?;
        Ok::<_, GraphError>(card(user, &organisation))
    };
    read.await.map_err(|error| match error.code() {
        Some(ErrorCode::ResourceNotFound) => Error::NotFound("That is not a user of this directory. Find them on the Directory page.".into()),
        _ => error.into(),
    })
}

fn who(card: &PersonCard) -> String {
    card.mail.clone().unwrap_or_else(|| card.user_principal_name.clone())
}

fn user_id(card: &PersonCard) -> std::result::Result<graph::ObjectId, Refused> {
    card.id.parse().map_err(|_| Refused(vec!["The user has no valid id.".to_owned()]))
}

/// Resend a pending invitation: Microsoft never mails an address twice, so this is a fresh link
/// for the Invite result page, to pass on or send from Guestlist. Audited.
pub async fn resend(ctx: &Context, actor: &Actor, id: graph::ObjectId) -> Answer<InviteOutcome> {
    actor.require(Role::Admin)?;
    let card = card_of(&ctx.app(), id).await?;
    let target = who(&card);
    let entry = |target: &str, outcome| Entry::new(AuditAction::ResendInvitation, target, outcome).options(&());
    if !card.can_resend() {
        audit::record(&ctx.db, actor, entry(&target, AuditOutcome::Refused)).await?;
        let why = format!("{} has no pending invitation: {}. Use Reset redemption to have them accept again.", card.display_name, card.state_words());
        return Ok(Err(Refused(vec![why])));
    }
    match reinvite(&ctx.callers(actor).acting, &ctx.settings, actor, id, false, None).await {
        Ok(mut outcome) => {
            audit::record(&ctx.db, actor, entry(&outcome.email, AuditOutcome::Invited).request_id(outcome.request_id.as_deref())).await?;
            outcome.heading = Some(format!("New invitation link for {}", card.display_name));
            outcome.what_next = vec![
                format!("Microsoft does not e-mail an address it has already invited, so nothing was sent: pass this link on to {} yourself, or send it from Guestlist.", card.first_name()),
                format!("When they open it and accept, they sign in with the account that belongs to {}.", outcome.email),
                "Their groups, apps and sponsors stay as they are.".to_owned(),
            ];
            Ok(Ok(outcome))
        }
        Err(error) => {
            audit::record(&ctx.db, actor, entry(&target, AuditOutcome::Failed).request_id(error.request_id())).await?;
            Ok(Err(error.into()))
        }
    }
}

/// A new address for `card`, with the invitation checks; the reasons it cannot be used otherwise.
pub async fn check_new_address(
    callers: &Callers,
    settings: &InviteSettings,
    card: &PersonCard,
    input: &str,
) -> std::result::Result<EmailAddress, Refused> {
    let review = review_address(callers, settings, input).await?;
    let mut problems: Vec<String> = review.problems.into_iter().map(|p| p.text).collect();
    if let Some(other) = review.existing.filter(|other| other.id != card.id) {
        problems.push(format!(
            "{} already belongs to {} ({}) in your directory, and an address can belong to one person only. Check the address, or change the other account first.",
            input.trim(),
            other.display_name,
            other.user_principal_name
        ));
    }
    match EmailAddress::parse(input) {
        Ok(email) if problems.is_empty() => Ok(email),
        _ => Err(Refused(problems)),
    }
}

/// Why Graph refused to change an address, and where to change it instead.
fn mail_refused(card: &PersonCard, error: GraphError) -> String {
    let bad_request = error.code() == Some(&ErrorCode::BadRequest);
    let message = Error::from(error).to_string();
    if bad_request {
        format!(
            "Microsoft Entra refused to change the address of {}. When an account has an Exchange mailbox, Exchange owns its address: change it in the Exchange admin center (Recipients, then Mailboxes) instead. {message}",
            card.display_name
        )
    } else {
        message
    }
}

fn synced_refusal(card: &PersonCard) -> String {
    format!(
        "{} is synced from your on-premises Active Directory, so Microsoft Entra cannot change it: change it in Active Directory, and Microsoft Entra Connect brings the change over.",
        card.display_name
    )
}

/// Sets `mail` (Graph also updates `proxyAddresses`); audited as "Change e-mail address".
async fn set_mail(ctx: &Context, sender: &Caller, actor: &Actor, card: &PersonCard, email: &EmailAddress) -> std::result::Result<(), Refused> {
    let options = serde_json::json!({ "from": card.mail, "to": email.as_str() });
    let entry = |outcome| Entry::new(AuditAction::ChangeEmailAddress, email.as_str(), outcome).options(&options);
    let update = UserUpdate { mail: Some(Some(email.as_str().to_owned())), ..UserUpdate::default() };
    match sender.update_user(&UserRef::Id(user_id(card)?), &update).await {
        Ok(sent) => Ok(audit::record(&ctx.db, actor, entry(AuditOutcome::Changed).request_id(sent.request_id.as_deref())).await?),
        Err(error) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
            Err(Refused(vec![mail_refused(card, error)]))
        }
    }
}

fn same_address(card: &PersonCard, email: &str) -> bool {
    card.mail.as_deref().is_some_and(|mail| mail.eq_ignore_ascii_case(email.trim()))
}

/// Resets someone's redemption, to `input` when it is a new address (set in `mail` first, as
/// Microsoft requires). Audited as "Reset redemption"; refusals come back as sentences.
pub async fn reset(ctx: &Context, actor: &Actor, id: graph::ObjectId, input: &str) -> Answer<InviteOutcome> {
    actor.require(Role::Admin)?;
    let card = card_of(&ctx.app(), id).await?;
    Ok(reset_card(ctx, actor, &card, input).await)
}

async fn reset_card(ctx: &Context, actor: &Actor, card: &PersonCard, input: &str) -> std::result::Result<InviteOutcome, Refused> {
    let callers = ctx.callers(actor);
    let new_address = !input.trim().is_empty() && !same_address(card, input);
    let options = serde_json::json!({ "from": card.mail, "to": if new_address { Some(input.trim()) } else { None } });
    let target = if new_address { input.trim().to_owned() } else { who(card) };
    let entry = |target: &str, outcome| Entry::new(AuditAction::ResetRedemption, target, outcome).options(&options);
    let refuse = |lines: Vec<String>| async {
        audit::record(&ctx.db, actor, entry(&target, AuditOutcome::Refused)).await?;
        Err(Refused(lines))
    };
    if !card.can_reset() {
        return refuse(vec![format!(
            "{} was never invited, so there is no redemption to reset: they sign in with an account of your organisation. To move them to B2B collaboration, use Convert to external user.",
            card.display_name
        )])
        .await;
    }
    let address = if new_address {
        if !card.can_edit() {
            return refuse(vec![synced_refusal(card)]).await;
        }
        match check_new_address(&callers, &ctx.settings, card, input).await {
            Ok(email) => Some(email),
            Err(Refused(problems)) => return refuse(problems).await,
        }
    } else {
        None
    };
    if let Some(email) = &address {
        set_mail(ctx, &callers.acting, actor, card, email).await?;
    }
    match reinvite(&callers.acting, &ctx.settings, actor, user_id(card)?, true, address.as_ref()).await {
        Ok(mut outcome) => {
            audit::record(&ctx.db, actor, entry(&outcome.email, AuditOutcome::Invited).request_id(outcome.request_id.as_deref())).await?;
            outcome.heading = Some(format!("Redemption reset for {}", card.display_name));
            outcome.what_next = card.reset_what_next(&outcome.email, address.is_some());
            Ok(outcome)
        }
        Err(error) => {
            audit::record(&ctx.db, actor, entry(&target, AuditOutcome::Failed).request_id(error.request_id())).await?;
            let denied = matches!(&error, Error::Graph { status: 403, .. });
            let mut lines = vec![format!("The redemption was not reset: {error}")];
            if ctx.settings.credential == CredentialMode::Application && denied {
                lines.push(format!(
                    "Guestlist resets with its own app permission (GUESTLIST_INVITE_CREDENTIAL=application), and Microsoft refuses that for anyone who holds an administrator role. An administrator can reset {} in the Microsoft Entra admin center with their own account.",
                    card.display_name
                ));
            }
            if let Some(email) = &address {
                lines.push(format!("The e-mail address is already changed to {email}: try Reset redemption again and leave the address field empty."));
            }
            Err(Refused(lines))
        }
    }
}

/// Changes someone's user type after the answers in `form` allow it; the notice's lines or why not.
pub async fn change_user_type(ctx: &Context, actor: &Actor, id: graph::ObjectId, form: &UserTypeForm) -> Answer<Vec<String>> {
    actor.require(Role::Admin)?;
    let card = card_of(&ctx.app(), id).await?;
    Ok(change_user_type_of(ctx, actor, &card, form).await)
}

async fn change_user_type_of(ctx: &Context, actor: &Actor, card: &PersonCard, form: &UserTypeForm) -> std::result::Result<Vec<String>, Refused> {
    let target = card.other_user_type();
    let options = serde_json::json!({
        "from": card.user_type, "to": target, "relationship": form.relationship, "upn": form.upn,
        "access": form.access, "mailbox": form.mailbox,
    });
    let who = who(card);
    let entry = |outcome| Entry::new(AuditAction::ChangeUserType, &who, outcome).options(&options);
    let refuse = |lines: Vec<String>| async {
        audit::record(&ctx.db, actor, entry(AuditOutcome::Refused)).await?;
        Err(Refused(lines))
    };
    if form.target != target {
        return refuse(vec![format!("{} is already a {}. Nothing was changed.", card.display_name, card.user_type)]).await;
    }
    if !card.can_edit() {
        return refuse(vec![synced_refusal(card)]).await;
    }
    let answered = |value: &str, allowed: [&str; 2]| allowed.contains(&value);
    if !(answered(&form.relationship, ["changed", "unchanged"])
        && answered(&form.upn, ["keep", "change"])
        && answered(&form.access, ["keep", "review"])
        && answered(&form.mailbox, ["no", "yes"]))
    {
        return refuse(vec!["Answer each of the four questions first.".to_owned()]).await;
    }
    if form.relationship == "unchanged" {
        return refuse(vec![format!(
            "Nothing was changed. Microsoft advises changing the user type only when someone's relationship to your organisation changes: it says whether {} is part of your organisation, not how they sign in.",
            card.display_name
        )])
        .await;
    }
    if form.confirm.is_none() {
        return refuse(vec!["Tick “I have read what changes” to confirm.".to_owned()]).await;
    }
    let update = UserUpdate { user_type: Some(UserType::from(target)), ..UserUpdate::default() };
    match ctx.callers(actor).acting.update_user(&UserRef::Id(user_id(card)?), &update).await {
        Ok(sent) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Changed).request_id(sent.request_id.as_deref())).await?;
            let mut lines = vec![format!("{} is now a {target}.", card.display_name)];
            if form.upn == "change" {
                lines.push(format!("Next: change their user name ({}) in the Microsoft Entra admin center (Users, then {}, then Edit properties). Guestlist does not change it.", card.user_principal_name, card.display_name));
            }
            if form.access == "review" {
                lines.push("Next: review their groups and apps, and remove what they should no longer have.".to_owned());
            }
            if form.mailbox == "yes" {
                lines.push("Next: give them an Exchange Online licence in the Microsoft 365 admin center to create their mailbox.".to_owned());
            }
            Ok(lines)
        }
        Err(error) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
            Err(error.into())
        }
    }
}

/// Changes someone's e-mail address to `input`, after the invitation checks on it.
pub async fn change_mail(ctx: &Context, actor: &Actor, id: graph::ObjectId, input: &str) -> Answer<Vec<String>> {
    actor.require(Role::Admin)?;
    let card = card_of(&ctx.app(), id).await?;
    Ok(change_mail_of(ctx, actor, &card, input).await)
}

async fn change_mail_of(ctx: &Context, actor: &Actor, card: &PersonCard, input: &str) -> std::result::Result<Vec<String>, Refused> {
    let callers = ctx.callers(actor);
    let refuse = |lines: Vec<String>| async {
        let options = serde_json::json!({ "from": card.mail, "to": input.trim() });
        let entry = Entry::new(AuditAction::ChangeEmailAddress, input.trim(), AuditOutcome::Refused).options(&options);
        audit::record(&ctx.db, actor, entry).await?;
        Err(Refused(lines))
    };
    if !card.is_external() {
        return refuse(vec![format!(
            "{} is not an external user: their address belongs to your organisation and is changed in the Microsoft 365 admin center. To move them to B2B collaboration, use Convert to external user, which sets their external address first.",
            card.display_name
        )])
        .await;
    }
    if same_address(card, input) {
        return refuse(vec![format!("{} is already the address of {}. Nothing was changed.", input.trim(), card.display_name)]).await;
    }
    if !card.can_edit() {
        return refuse(vec![synced_refusal(card)]).await;
    }
    let email = match check_new_address(&callers, &ctx.settings, card, input).await {
        Ok(email) => email,
        Err(Refused(problems)) => return refuse(problems).await,
    };
    set_mail(ctx, &callers.acting, actor, card, &email).await?;
    Ok(vec![
        format!("The e-mail address of {} is now {email}.", card.display_name),
        "How they sign in does not change: they keep signing in with the account they accepted the invitation with. To have them sign in with the account of the new address, reset their redemption.".to_owned(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn organisation() -> Organization {
        serde_json::from_value(json!({"id": "t", "displayName": "Northwind Traders",
            "verifiedDomains": [{"name": "northwind.example"}, {"name": "northwindtraders.onmicrosoft.example"}]}))
        .unwrap()
    }

    fn user(extra: serde_json::Value) -> User {
        let mut base = json!({"id": "b416e28c-d9f2-47a0-9b12-37c40629e5bd", "displayName": "Olivia Chen",
            "userPrincipalName": "olivia.chen_fabrikam.example#EXT#@northwindtraders.onmicrosoft.example",
            "mail": "olivia.chen@fabrikam.example", "userType": "Guest"});
        base.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        serde_json::from_value(base).unwrap()
    }

    #[test]
    fn the_card_says_where_someone_stands_in_plain_words() {
        let internal = card(user(json!({"userType": "Member", "externalUserState": null})), &organisation());
        assert_eq!(internal.state_words(), "Not invited — signs in with a Northwind Traders account");
        assert!(internal.can_convert() && !internal.can_reset() && !internal.can_resend() && !internal.can_change_mail());

        let pending = card(
            user(json!({"externalUserState": "PendingAcceptance", "externalUserStateChangeDateTime": "2026-03-03T10:00:00Z"})),
            &organisation(),
        );
        assert_eq!(pending.state_words(), "Invitation pending since 3 March 2026");
        assert!(pending.can_resend() && pending.can_reset() && !pending.can_convert() && pending.can_change_mail());

        let identities = json!([
            {"signInType": "userPrincipalName", "issuer": "northwindtraders.onmicrosoft.example", "issuerAssignedId": "x"},
            {"signInType": "federated", "issuer": "google.com", "issuerAssignedId": "olivia@gmail.example"}
        ]);
        let accepted = card(
            user(json!({"externalUserState": "Accepted", "externalUserStateChangeDateTime": "2025-11-20T08:00:00Z", "identities": identities})),
            &organisation(),
        );
        assert_eq!(accepted.state_words(), "Accepted on 20 November 2025, signs in with a Google account");
        assert!(!accepted.can_resend() && accepted.can_reset());
    }

    #[test]
    fn identity_providers_are_named_for_people() {
        assert_eq!(provider_words("ExternalAzureAD"), "a work or school account of another Microsoft Entra organisation");
        assert_eq!(provider_words("mail"), "a one-time passcode sent by e-mail");
        assert_eq!(provider_words("Microsoft Account"), "a personal Microsoft account");
        assert_eq!(provider_words("MicrosoftAccount"), "a personal Microsoft account");
        assert!(provider_words("https://idp.fabrikam.example/").contains("(https://idp.fabrikam.example/)"));
        // The tenant's own entry is not the account they sign in with.
        let own = [ObjectIdentity { sign_in_type: Some("federated".into()), issuer: Some("northwind.example".into()), issuer_assigned_id: None }];
        assert_eq!(outside_identity(&own, &organisation()), None);
    }

    #[test]
    fn a_reset_explains_the_old_link_the_new_mail_and_what_stays() {
        let mut guest = card(user(json!({"externalUserState": "Accepted", "identities": [{"signInType": "federated", "issuer": "ExternalAzureAD"}]})), &organisation());
        let lines = guest.reset_what_next("olivia@contoso.example", true);
        assert!(lines[0].starts_with("Olivia can no longer sign in with a work or school account of another Microsoft Entra organisation"));
        assert_eq!(lines[1], "Microsoft e-mails a new invitation to the new address, olivia@contoso.example.");
        assert!(lines[3].contains("olivia.chen_fabrikam.example#EXT#@"));
        guest.state = B2bState::Pending { since: None };
        assert_eq!(guest.reset_what_next("x@y.example", false)[0], "The invitation link Olivia has now stops working.");
    }

    #[test]
    fn user_type_consequences_depend_on_the_direction() {
        let guest = card(user(json!({"externalUserState": "Accepted"})), &organisation());
        assert_eq!(guest.other_user_type(), "Member");
        assert!(guest.user_type_consequences()[0].contains("member permissions"));
        let member = card(user(json!({"userType": "Member"})), &organisation());
        assert_eq!(member.other_user_type(), "Guest");
        let lines = member.user_type_consequences();
        assert!(lines[0].contains("limited view of your directory") && lines[2].contains("monthly active users"));
        assert!(lines.iter().any(|l| l.contains("user name stays olivia.chen_fabrikam.example#EXT#@")));
    }
}
