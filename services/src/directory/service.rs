//! The Directory's rules over Graph: the card from a Graph user, the search, and the actions.
//! Resends and resets go through the invitation service; new addresses get the invitation checks.

use graph::{
    Caller, EmailAddress, ErrorCode, ExternalUserState, GraphError, ObjectIdentity, Organization, Query, Search,
    User, UserRef, UserType, UserUpdate,
};

use i18n::{tr, Locale};

use super::{provider_words, B2bState, PersonCard, SearchResults, UserTypeForm, SEARCH_LIMIT};
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
pub fn card(locale: Locale, user: User, organisation: &Organization) -> PersonCard {
    let mailbox = user.has_exchange_mailbox();
    let identities = user.identities.unwrap_or_default();
    let when = user.external_user_state_change_date_time.map(|at| i18n::date(locale, at));
    let state = match user.external_user_state {
        None => B2bState::NotInvited,
        Some(ExternalUserState::Accepted) => {
            B2bState::Accepted { on: when, provider: outside_identity(&identities, organisation).map(|issuer| provider_words(locale, issuer)) }
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
        organisation: organisation.display_name.clone().unwrap_or_else(|| tr!(locale, "directory-your-organisation")),
        account_enabled: user.account_enabled.unwrap_or(true),
        synced: user.on_premises_sync_enabled == Some(true),
        mailbox,
        created: user.created_date_time.map(|at| i18n::date(locale, at)),
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
    search_people(actor.locale(), &ctx.app(), text).await
}

/// One person's card (Admins, and Helpdesk Administrators, who resend and reset from it).
pub async fn person(ctx: &Context, actor: &Actor, id: graph::ObjectId) -> Result<PersonCard> {
    actor.require_helpdesk()?;
    card_of(actor.locale(), &ctx.app(), id).await
}

/// Name, e-mail address or user name (`$search`, which needs `ConsistencyLevel: eventual`; the
/// client adds it). The text is only ever a quoted search term, never OData syntax.
async fn search_people(locale: Locale, checks: &Caller, text: &str) -> Result<SearchResults> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(SearchResults::default());
    }
    let terms = Search::term("displayName", text).or(Search::term("mail", text)).or(Search::term("userPrincipalName", text));
    let query = Query::new().select(CARD_FIELDS).search(terms).order_by("displayName").top(SEARCH_LIMIT);
    let organisation = checks.organization().await?;
    let page = checks.users_page(&query).await?;
    let people = page.value.into_iter().map(|user| card(locale, user, &organisation)).collect();
    Ok(SearchResults { people, more: page.next_link.is_some() })
}

/// One person's card; someone who is not (or no longer) in the directory is "not found".
async fn card_of(locale: Locale, checks: &Caller, id: graph::ObjectId) -> Result<PersonCard> {
    let read = async {
        let organisation = checks.organization().await?;
        let user = checks.user(&UserRef::Id(id), &Query::new().select(CARD_FIELDS)).await?;
        Ok::<_, GraphError>(card(locale, user, &organisation))
    };
    read.await.map_err(|error| match error.code() {
        Some(ErrorCode::ResourceNotFound) => Error::NotFound(tr!(locale, "directory-not-a-user")),
        _ => error.into(),
    })
}

fn who(card: &PersonCard) -> String {
    card.mail.clone().unwrap_or_else(|| card.user_principal_name.clone())
}

fn user_id(locale: Locale, card: &PersonCard) -> std::result::Result<graph::ObjectId, Refused> {
    card.id.parse().map_err(|_| Refused(vec![tr!(locale, "directory-no-valid-id")]))
}

/// Resend a pending invitation: Microsoft never mails an address twice, so this is a fresh link
/// for the Invite result page, to pass on or send from Guestlist. Audited. Admins and Helpdesk
/// Administrators.
pub async fn resend(ctx: &Context, actor: &Actor, id: graph::ObjectId) -> Answer<InviteOutcome> {
    actor.require_helpdesk()?;
    let card = card_of(actor.locale(), &ctx.app(), id).await?;
    let target = who(&card);
    let entry = |target: &str, outcome| Entry::new(AuditAction::ResendInvitation, target, outcome).options(&());
    if !card.can_resend() {
        audit::record(&ctx.db, actor, entry(&target, AuditOutcome::Refused)).await?;
        let why = tr!(actor.locale(), "directory-resend-not-pending", name = &card.display_name, state = card.state_words(actor.locale()));
        return Ok(Err(Refused(vec![why])));
    }
    match reinvite(&ctx.callers(actor).acting, &ctx.settings, actor, id, false, None).await {
        Ok(mut outcome) => {
            audit::record(&ctx.db, actor, entry(&outcome.email, AuditOutcome::Invited).request_id(outcome.request_id.as_deref())).await?;
            let locale = actor.locale();
            outcome.heading = Some(tr!(locale, "directory-resend-heading", name = &card.display_name));
            outcome.what_next = vec![
                tr!(locale, "directory-resend-nothing-sent", name = card.first_name()),
                tr!(locale, "directory-resend-accept", address = &outcome.email),
                tr!(locale, "directory-type-groups-stay"),
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
    locale: Locale,
    callers: &Callers,
    settings: &InviteSettings,
    card: &PersonCard,
    input: &str,
) -> std::result::Result<EmailAddress, Refused> {
    let review = review_address(callers, settings, input, locale).await?;
    let mut problems: Vec<String> = review.problems.into_iter().map(|p| p.text).collect();
    if let Some(other) = review.existing.filter(|other| other.id != card.id) {
        problems.push(tr!(
            locale,
            "directory-address-taken",
            address = input.trim(),
            name = &other.display_name,
            upn = &other.user_principal_name
        ));
    }
    match EmailAddress::parse(input) {
        Ok(email) if problems.is_empty() => Ok(email),
        _ => Err(Refused(problems)),
    }
}

/// Why Graph refused to change an address, and where to change it instead.
fn mail_refused(locale: Locale, card: &PersonCard, error: GraphError) -> String {
    let bad_request = error.code() == Some(&ErrorCode::BadRequest);
    let message = Error::from(error).to_string();
    if bad_request {
        tr!(locale, "directory-mail-refused", name = &card.display_name, message = message)
    } else {
        message
    }
}

fn synced_refusal(locale: Locale, card: &PersonCard) -> String {
    tr!(locale, "directory-synced-refusal", name = &card.display_name)
}

/// Sets `mail` (Graph also updates `proxyAddresses`); audited as "Change e-mail address".
async fn set_mail(ctx: &Context, sender: &Caller, actor: &Actor, card: &PersonCard, email: &EmailAddress) -> std::result::Result<(), Refused> {
    let options = serde_json::json!({ "from": card.mail, "to": email.as_str() });
    let entry = |outcome| Entry::new(AuditAction::ChangeEmailAddress, email.as_str(), outcome).options(&options);
    let update = UserUpdate { mail: Some(Some(email.as_str().to_owned())), ..UserUpdate::default() };
    match sender.update_user(&UserRef::Id(user_id(actor.locale(), card)?), &update).await {
        Ok(sent) => Ok(audit::record(&ctx.db, actor, entry(AuditOutcome::Changed).request_id(sent.request_id.as_deref())).await?),
        Err(error) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
            Err(Refused(vec![mail_refused(actor.locale(), card, error)]))
        }
    }
}

fn same_address(card: &PersonCard, email: &str) -> bool {
    card.mail.as_deref().is_some_and(|mail| mail.eq_ignore_ascii_case(email.trim()))
}

/// Resets someone's redemption, to `input` when it is a new address (set in `mail` first, as
/// Microsoft requires). Audited as "Reset redemption"; refusals come back as sentences. Admins
/// and Helpdesk Administrators (Entra lets both reset redemption); a new address changes the
/// e-mail address, which only Admins may.
pub async fn reset(ctx: &Context, actor: &Actor, id: graph::ObjectId, input: &str) -> Answer<InviteOutcome> {
    actor.require_helpdesk()?;
    let card = card_of(actor.locale(), &ctx.app(), id).await?;
    Ok(reset_card(ctx, actor, &card, input).await)
}

async fn reset_card(ctx: &Context, actor: &Actor, card: &PersonCard, input: &str) -> std::result::Result<InviteOutcome, Refused> {
    let locale = actor.locale();
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
        return refuse(vec![tr!(locale, "directory-reset-never-invited", name = &card.display_name)]).await;
    }
    let address = if new_address {
        if !actor.has(Role::Admin) {
            return refuse(vec![tr!(locale, "directory-reset-admin-only", name = &card.display_name, address = who(card))]).await;
        }
        if !card.can_edit() {
            return refuse(vec![synced_refusal(locale, card)]).await;
        }
        match check_new_address(locale, &callers, &ctx.settings, card, input).await {
            Ok(email) => Some(email),
            Err(Refused(problems)) => return refuse(problems).await,
        }
    } else {
        None
    };
    if let Some(email) = &address {
        set_mail(ctx, &callers.acting, actor, card, email).await?;
    }
    match reinvite(&callers.acting, &ctx.settings, actor, user_id(locale, card)?, true, address.as_ref()).await {
        Ok(mut outcome) => {
            audit::record(&ctx.db, actor, entry(&outcome.email, AuditOutcome::Invited).request_id(outcome.request_id.as_deref())).await?;
            outcome.heading = Some(tr!(locale, "directory-reset-heading", name = &card.display_name));
            outcome.what_next = card.reset_what_next(locale, &outcome.email, address.is_some());
            Ok(outcome)
        }
        Err(error) => {
            audit::record(&ctx.db, actor, entry(&target, AuditOutcome::Failed).request_id(error.request_id())).await?;
            let denied = matches!(&error, Error::Graph { status: 403, .. });
            let mut lines = vec![tr!(locale, "directory-reset-failed", error = error.to_string())];
            if ctx.settings.credential == CredentialMode::Application && denied {
                lines.push(tr!(locale, "directory-reset-app-denied", name = &card.display_name));
            }
            if let Some(email) = &address {
                lines.push(tr!(locale, "directory-reset-mail-changed", address = email.as_str()));
            }
            Err(Refused(lines))
        }
    }
}

/// Changes someone's user type after the answers in `form` allow it; the notice's lines or why not.
pub async fn change_user_type(ctx: &Context, actor: &Actor, id: graph::ObjectId, form: &UserTypeForm) -> Answer<Vec<String>> {
    actor.require(Role::Admin)?;
    let card = card_of(actor.locale(), &ctx.app(), id).await?;
    Ok(change_user_type_of(ctx, actor, &card, form).await)
}

async fn change_user_type_of(ctx: &Context, actor: &Actor, card: &PersonCard, form: &UserTypeForm) -> std::result::Result<Vec<String>, Refused> {
    let locale = actor.locale();
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
        return refuse(vec![tr!(locale, "directory-type-already", name = &card.display_name, user_type = card.user_type_name(locale))]).await;
    }
    if !card.can_edit() {
        return refuse(vec![synced_refusal(locale, card)]).await;
    }
    let answered = |value: &str, allowed: [&str; 2]| allowed.contains(&value);
    if !(answered(&form.relationship, ["changed", "unchanged"])
        && answered(&form.upn, ["keep", "change"])
        && answered(&form.access, ["keep", "review"])
        && answered(&form.mailbox, ["no", "yes"]))
    {
        return refuse(vec![tr!(locale, "directory-type-answer-all")]).await;
    }
    if form.relationship == "unchanged" {
        return refuse(vec![tr!(locale, "directory-type-unchanged", name = &card.display_name)]).await;
    }
    if form.confirm.is_none() {
        return refuse(vec![tr!(locale, "directory-type-confirm")]).await;
    }
    let update = UserUpdate { user_type: Some(UserType::from(target)), ..UserUpdate::default() };
    match ctx.callers(actor).acting.update_user(&UserRef::Id(user_id(locale, card)?), &update).await {
        Ok(sent) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Changed).request_id(sent.request_id.as_deref())).await?;
            let mut lines = vec![tr!(locale, "directory-type-done", name = &card.display_name, user_type = super::user_type_words(locale, target))];
            if form.upn == "change" {
                lines.push(tr!(locale, "directory-type-next-upn", upn = &card.user_principal_name, name = &card.display_name));
            }
            if form.access == "review" {
                lines.push(tr!(locale, "directory-type-next-access"));
            }
            if form.mailbox == "yes" {
                lines.push(tr!(locale, "directory-type-next-mailbox"));
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
    let card = card_of(actor.locale(), &ctx.app(), id).await?;
    Ok(change_mail_of(ctx, actor, &card, input).await)
}

async fn change_mail_of(ctx: &Context, actor: &Actor, card: &PersonCard, input: &str) -> std::result::Result<Vec<String>, Refused> {
    let locale = actor.locale();
    let callers = ctx.callers(actor);
    let refuse = |lines: Vec<String>| async {
        let options = serde_json::json!({ "from": card.mail, "to": input.trim() });
        let entry = Entry::new(AuditAction::ChangeEmailAddress, input.trim(), AuditOutcome::Refused).options(&options);
        audit::record(&ctx.db, actor, entry).await?;
        Err(Refused(lines))
    };
    if !card.is_external() {
        return refuse(vec![tr!(locale, "directory-mail-not-external", name = &card.display_name)]).await;
    }
    if same_address(card, input) {
        return refuse(vec![tr!(locale, "directory-mail-same", address = input.trim(), name = &card.display_name)]).await;
    }
    if !card.can_edit() {
        return refuse(vec![synced_refusal(locale, card)]).await;
    }
    let email = match check_new_address(locale, &callers, &ctx.settings, card, input).await {
        Ok(email) => email,
        Err(Refused(problems)) => return refuse(problems).await,
    };
    set_mail(ctx, &callers.acting, actor, card, &email).await?;
    Ok(vec![
        tr!(locale, "directory-mail-done", name = &card.display_name, address = email.as_str()),
        tr!(locale, "directory-mail-sign-in-stays"),
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
        let internal = card(Locale::En, user(json!({"userType": "Member", "externalUserState": null})), &organisation());
        assert_eq!(internal.state_words(Locale::En), "Not invited — signs in with a Northwind Traders account");
        assert!(internal.can_convert() && !internal.can_reset() && !internal.can_resend() && !internal.can_change_mail());

        let pending = card(
            Locale::En,
            user(json!({"externalUserState": "PendingAcceptance", "externalUserStateChangeDateTime": "2026-03-03T10:00:00Z"})),
            &organisation(),
        );
        assert_eq!(pending.state_words(Locale::En), "Invitation pending since 3 March 2026");
        assert!(pending.can_resend() && pending.can_reset() && !pending.can_convert() && pending.can_change_mail());

        let identities = json!([
            {"signInType": "userPrincipalName", "issuer": "northwindtraders.onmicrosoft.example", "issuerAssignedId": "x"},
            {"signInType": "federated", "issuer": "google.com", "issuerAssignedId": "olivia@gmail.example"}
        ]);
        let accepted = card(
            Locale::En,
            user(json!({"externalUserState": "Accepted", "externalUserStateChangeDateTime": "2025-11-20T08:00:00Z", "identities": identities})),
            &organisation(),
        );
        assert_eq!(accepted.state_words(Locale::En), "Accepted on 20 November 2025, signs in with a Google account");
        assert!(!accepted.can_resend() && accepted.can_reset());
    }

    #[test]
    fn identity_providers_are_named_for_people() {
        assert_eq!(provider_words(Locale::En, "ExternalAzureAD"), "a work or school account of another Microsoft Entra organisation");
        assert_eq!(provider_words(Locale::En, "mail"), "a one-time passcode sent by e-mail");
        assert_eq!(provider_words(Locale::En, "Microsoft Account"), "a personal Microsoft account");
        assert_eq!(provider_words(Locale::En, "MicrosoftAccount"), "a personal Microsoft account");
        assert!(provider_words(Locale::En, "https://idp.fabrikam.example/").contains("(https://idp.fabrikam.example/)"));
        // The tenant's own entry is not the account they sign in with.
        let own = [ObjectIdentity { sign_in_type: Some("federated".into()), issuer: Some("northwind.example".into()), issuer_assigned_id: None }];
        assert_eq!(outside_identity(&own, &organisation()), None);
    }

    #[test]
    fn a_reset_explains_the_old_link_the_new_mail_and_what_stays() {
        let mut guest = card(Locale::En, user(json!({"externalUserState": "Accepted", "identities": [{"signInType": "federated", "issuer": "ExternalAzureAD"}]})), &organisation());
        let lines = guest.reset_what_next(Locale::En, "olivia@contoso.example", true);
        assert!(lines[0].starts_with("Olivia can no longer sign in with a work or school account of another Microsoft Entra organisation"));
        assert_eq!(lines[1], "Microsoft e-mails a new invitation to the new address, olivia@contoso.example.");
        assert!(lines[3].contains("olivia.chen_fabrikam.example#EXT#@"));
        guest.state = B2bState::Pending { since: None };
        assert_eq!(guest.reset_what_next(Locale::En, "x@y.example", false)[0], "The invitation link Olivia has now stops working.");
    }

    #[test]
    fn user_type_consequences_depend_on_the_direction() {
        let guest = card(Locale::En, user(json!({"externalUserState": "Accepted"})), &organisation());
        assert_eq!(guest.other_user_type(), "Member");
        assert!(guest.user_type_consequences(Locale::En)[0].contains("member permissions"));
        let member = card(Locale::En, user(json!({"userType": "Member"})), &organisation());
        assert_eq!(member.other_user_type(), "Guest");
        let lines = member.user_type_consequences(Locale::En);
        assert!(lines[0].contains("limited view of your directory") && lines[2].contains("monthly active users"));
        assert!(lines.iter().any(|l| l.contains("user name stays olivia.chen_fabrikam.example#EXT#@")));
    }
}
