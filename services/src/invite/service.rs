//! Sending invitations, over Graph.

use futures::{StreamExt, TryStreamExt};
use graph::{
    Caller, EmailAddress, EmailAddressInfo, Filter, GraphError, Invitation, InvitationRequest, InvitedUserMessageInfo, ObjectId,
    Query, Recipient, Sent, UserRef, UserType, UserUpdate,
};

use super::{AppChoice, FollowUp, InviteForm, InviteOutcome, Step, Suggestion, DEFAULT_LANGUAGE};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::checks::{self, existing_user, resolve_access, ExistingUser, Field, Problem, Review};
use crate::configuration::{self, PortalSettings};
use crate::partners::{self, Decision, PartnerRule};
use crate::context::Callers;
use crate::mail::LinkMail;
use crate::settings::{https_url, CredentialMode, InviteSettings};
use crate::outbox::{self, MailState};
use crate::{grants, sponsors, worker, Actor, Context, Error, Result, Role};
use i18n::{tr, Locale};

/// How an invitation attempt ended when nothing failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attempt {
    /// The checks found problems (or the person exists already): nothing was sent.
    Refused(Review),
    /// Sent; the outcome says what happened, step by step.
    Invited(Box<InviteOutcome>),
}

/// The audit outcome of a completed invitation.
pub fn invited(outcome: &InviteOutcome) -> AuditOutcome {
    if outcome.steps.iter().any(|step| step.error.is_some()) { AuditOutcome::InvitedStepFailed } else { AuditOutcome::Invited }
}

/// The settings in force (the Settings page over the variables), the partner rule for a form's
/// domain, and the form with that rule's defaults filled in.
pub struct Ruled {
    pub settings: InviteSettings,
    pub document: PortalSettings,
    pub rule: PartnerRule,
    pub form: InviteForm,
}

/// The domain of an address as typed (lower case), or empty.
pub fn domain_of(email: &str) -> String {
    email.trim().rsplit_once('@').map(|(_, domain)| domain.to_lowercase()).unwrap_or_default()
}

/// `form` under the rules in force (see [`Ruled`]).
pub async fn ruled(ctx: &Context, form: &InviteForm) -> Result<Ruled> {
    let (settings, document) = configuration::in_force(ctx).await?;
    let rule = partners::rule_for(&document.partner_rules, &domain_of(&form.email));
    let mut form = rule.apply_defaults(form, DEFAULT_LANGUAGE, settings.default_redirect.as_str());
    // Neither the inviter nor the rule wrote a message: the Settings page's one for the language.
    if form.message.trim().is_empty() {
        if let Some(template) = configuration::template_for(&document.message_templates, &form.language) {
            form.message = template.message.clone();
        }
    }
    Ok(Ruled { settings, document, rule, form })
}

/// What Inviters may grant, plus the partner rule's default groups: an Admin chose those for the
/// domain, so they are given with the rule's defaults whoever invites.
pub async fn allowed_for(ctx: &Context, checks: &Caller, rule: &PartnerRule, locale: Locale) -> Result<Vec<grants::Grant>> {
    let mut allowed = grants::stored(&ctx.db).await?;
    for name in &rule.default_groups {
        if let Ok((id, name)) = checks::one_group(checks, name, locale).await? {
            allowed.push(grants::Grant::Group { id: id.to_string(), name });
        }
    }
    Ok(allowed)
}

/// The checks of one invitation under the rules in force, for `actor` through `callers`: the
/// tenant's and Guestlist's, and the partner rule's (whose defaults fill the form, returned with it).
pub async fn review_ruled(ctx: &Context, callers: &Callers, actor: &Actor, form: &InviteForm) -> Result<(Ruled, Review)> {
    let ruled = ruled(ctx, form).await?;
    let allowed = allowed_for(ctx, &callers.acting, &ruled.rule, actor.locale()).await?;
    let mut review = checks::review(callers, &ruled.settings, actor, &allowed, &ruled.form).await?;
    review.problems.extend(partners::problems(&ruled.rule, &ruled.form, actor.locale()));
    Ok((ruled, review))
}

/// The partner rule's maximum guest lifetime as the new guest's "access until", and the review
/// then, for their sponsors (My guests and review campaigns read it).
pub async fn record_lifetime(ctx: &Context, rule: &PartnerRule, outcome: &InviteOutcome, by: &str) -> Result<()> {
    if rule.max_lifetime_days == 0 || outcome.user_id.is_empty() {
        return Ok(());
    }
    let now = ctx.clock.now();
    let until = now + chrono::Duration::days(rule.max_lifetime_days.into());
    let guest = sponsors::store::GuestName { id: &outcome.user_id, name: &outcome.display_name, mail: Some(outcome.email.as_str()) };
    sponsors::store::confirm(&ctx.db, &guest, by, now, until, Some(until)).await
}

/// Invites one person from the form: the checks (the tenant's, Guestlist's settings in force and
/// the partner rule for the domain, whose defaults fill what the form leaves open), then (if
/// nothing stands in the way) the invitation and its follow-up steps. Every attempt is audited,
/// refused and failed ones too.
pub async fn invite(ctx: &Context, actor: &Actor, form: &InviteForm) -> Result<Attempt> {
    actor.require_inviter()?;
    let Ruled { settings, rule, form, .. } = ruled(ctx, form).await?;
    let form = &form;
    let callers = ctx.callers(actor);
    let entry = |outcome| Entry::new(AuditAction::Invite, &form.email, outcome).options(form);
    let allowed = allowed_for(ctx, &callers.acting, &rule, actor.locale()).await?;
    let mut review = match checks::review(&callers, &settings, actor, &allowed, form).await {
        Ok(review) => review,
        Err(error) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
            return Err(error);
        }
    };
    review.problems.extend(partners::problems(&rule, form, actor.locale()));
    if rule.decision == Decision::ApprovalRequired && !actor.has(Role::Admin) {
        // The Invite page turns such a form into a request; other ways in (bulk) are refused.
        let text = tr!(actor.locale(), "invite-needs-approval", domain = domain_of(&form.email));
        review.problems.push(Problem { field: Field::Permission, text });
    }
    if !review.can_send() {
        audit::record(&ctx.db, actor, entry(AuditOutcome::Refused)).await?;
        return Ok(Attempt::Refused(review));
    }
    match send(&callers, &settings, actor, form).await {
        Ok(outcome) => {
            record_lifetime(ctx, &rule, &outcome, &actor.audit_name()).await?;
            let mut entry = entry(invited(&outcome)).request_id(outcome.request_id.as_deref());
            if let (Some(lost), Some(options)) = (&outcome.lost_answer, entry.options.as_object_mut()) {
                options.insert("lostAnswer".into(), lost.clone().into());
            }
            audit::record(&ctx.db, actor, entry).await?;
            Ok(Attempt::Invited(Box::new(outcome)))
        }
        Err(error) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
            Err(error)
        }
    }
}

/// A new invitation link for someone already invited, or (`reset`) a reset of their redemption
/// so they accept again; audited. Only for external users: a member of the organisation is
/// never turned into a guest this way, whatever id a form sends. Resetting needs an Admin, or
/// the application credential (Entra lets only administrators reset with their own token).
pub async fn invite_again(ctx: &Context, actor: &Actor, user_id: ObjectId, reset: bool) -> Result<InviteOutcome> {
    actor.require_inviter()?;
    if reset && !actor.has(Role::Admin) && ctx.settings.credential != CredentialMode::Application {
        return Err(Error::NotAllowed { needed: Role::Admin });
    }
    let action = if reset { AuditAction::ResetRedemption } else { AuditAction::NewInvitationLink };
    let query = Query::new().select(&["id", "displayName", "userPrincipalName", "userType", "externalUserState"]);
    let target = ctx.app().user(&UserRef::Id(user_id), &query).await.map_err(|error| match error.code() {
        Some(graph::ErrorCode::ResourceNotFound) => Error::NotFound(tr!(actor.locale(), "invite-not-a-user")),
        _ => error.into(),
    })?;
    if target.user_type != Some(UserType::Guest) && target.external_user_state.is_none() {
        let name = target.user_principal_name.unwrap_or_else(|| user_id.to_string());
        audit::record(&ctx.db, actor, Entry::new(action, &name, AuditOutcome::Refused)).await?;
        return Err(Error::Invalid(tr!(actor.locale(), "invite-member-needs-none", name = name)));
    }
    let sender = ctx.callers(actor).acting;
    match reinvite(&sender, &ctx.settings, actor, user_id, reset, None).await {
        Ok(outcome) => {
            let entry = Entry::new(action, &outcome.email, AuditOutcome::Invited).request_id(outcome.request_id.as_deref());
            audit::record(&ctx.db, actor, entry).await?;
            Ok(outcome)
        }
        Err(error) => {
            let target = user_id.to_string();
            audit::record(&ctx.db, actor, Entry::new(action, &target, AuditOutcome::Failed).request_id(error.request_id())).await?;
            Err(error)
        }
    }
}

/// Finishes an invitation whose attempt was cut off after Graph created the guest `user_id`
/// (a job's row whose worker died): the follow-up steps of `form` (properties, groups, app
/// access) are done again, each safe to repeat, since what the guest already has counts as done.
/// The sponsors came with the invitation itself. Audited as a retry of the follow-up steps.
pub async fn finish_interrupted(ctx: &Context, actor: &Actor, form: &InviteForm, user_id: &str) -> Result<InviteOutcome> {
    actor.require_inviter()?;
    let Ruled { settings, rule, form, .. } = ruled(ctx, form).await?;
    let acting = ctx.callers(actor).acting;
    let (access, _) = resolve_access(&acting, &settings, &form, actor.locale()).await?;
    let mut outcome = InviteOutcome { user_id: user_id.to_owned(), email: form.email.trim().to_owned(), ..InviteOutcome::default() };
    follow_ups(&acting, &settings, &form, access, &mut outcome, actor.locale()).await;
    record_lifetime(ctx, &rule, &outcome, &actor.audit_name()).await?;
    let entry = Entry::new(AuditAction::RetryFollowUpSteps, &outcome.email, invited(&outcome)).options(&form);
    audit::record(&ctx.db, actor, entry).await?;
    Ok(outcome)
}

/// Tries the failed follow-up steps of an invitation again; audited.
pub async fn retry_steps(ctx: &Context, actor: &Actor, outcome: &mut InviteOutcome) -> Result<()> {
    actor.require_inviter()?;
    let form = outcome.retry_form.clone().unwrap_or_default();
    retry(&ctx.callers(actor).acting, &ctx.settings, outcome, actor.locale()).await;
    let entry = Entry::new(AuditAction::RetryFollowUpSteps, &outcome.email, invited(outcome)).options(&form);
    audit::record(&ctx.db, actor, entry).await
}

/// People (by name or address) and groups (by name) starting with `text`, for the pickers. An
/// Inviter's group picker offers only the groups Inviters may grant.
pub async fn suggest(ctx: &Context, actor: &Actor, text: &str, groups_only: bool) -> Result<Vec<Suggestion>> {
    actor.require_invite_form()?;
    let text = text.trim();
    if text.chars().count() < 2 {
        return Ok(Vec::new());
    }
    if groups_only && !actor.has(Role::Admin) {
        let lower = text.to_lowercase();
        return Ok(grants::stored(&ctx.db)
            .await?
            .into_iter()
            .filter_map(|grant| match grant {
                grants::Grant::Group { name, .. } if name.to_lowercase().starts_with(&lower) => {
                    Some(Suggestion { label: tr!(actor.locale(), "invite-suggestion-group", name = &name), value: name })
                }
                _ => None,
            })
            .collect());
    }
    suggestions(&ctx.callers(actor).acting, text, groups_only, actor.locale()).await
}

/// The enterprise app roles the Invite form offers: for an Admin every one people can be given
/// (but Guestlist's own), for an Inviter only those on the list of what Inviters may grant.
pub async fn offered_apps(ctx: &Context, actor: &Actor) -> Result<Vec<AppChoice>> {
    actor.require_invite_form()?;
    if actor.has(Role::Admin) {
        return grants::listed_apps(ctx, actor).await;
    }
    Ok(grants::stored(&ctx.db)
        .await?
        .into_iter()
        .filter_map(|grant| match grant {
            grants::Grant::AppRole { service_principal_id, app_role_id, label } => {
                Some(AppChoice { value: format!("{service_principal_id}/{app_role_id}"), label })
            }
            grants::Grant::Group { .. } => None,
        })
        .collect())
}

/// The groups an Inviter may add guests to, for the form's help; `None` for Admins (any group).
pub async fn offered_groups(ctx: &Context, actor: &Actor) -> Result<Option<Vec<String>>> {
    actor.require_invite_form()?;
    if actor.has(Role::Admin) {
        return Ok(None);
    }
    let groups = grants::stored(&ctx.db).await?.into_iter().filter_map(|grant| match grant {
        grants::Grant::Group { name, .. } => Some(name),
        grants::Grant::AppRole { .. } => None,
    });
    Ok(Some(groups.collect()))
}

/// "Send it from Guestlist": puts the invitation link mail in the outbox (audited in the same
/// transaction), then hands it to the mail server at once so the inviter hears how it went; if
/// the server does not take it now, the worker tries again by itself. Returns where it went.
pub async fn mail_link(ctx: &Context, actor: &Actor, outcome: &InviteOutcome) -> Result<String> {
    // Helpdesk Administrators send the fresh link of a resend this way too.
    actor.require_inviter().or_else(|_| actor.require_helpdesk())?;
    let mailer = configuration::mailer(ctx).await?.ok_or_else(|| {
        Error::NotConfigured(tr!(actor.locale(), "invite-no-mail-server"))
    })?;
    let link = outcome
        .redeem_url
        .as_deref()
        .ok_or_else(|| Error::NotFound(tr!(actor.locale(), "invite-no-link-to-send")))?;
    let mail = LinkMail { to: &outcome.email, inviter: actor.name(), language: &outcome.language, message: outcome.message.as_deref(), link };
    let options = serde_json::json!({ "language": outcome.language });
    let entry = Entry::new(AuditAction::SendLinkFromGuestlist, &outcome.email, AuditOutcome::Queued).options(&options);
    let id = outbox::queue(&ctx.db, actor, &mail.compose(), entry).await?;
    outbox::deliver_one(&ctx.db, &mailer, &worker::instance_id(), id, ctx.clock.now()).await?;
    let status = outbox::status(&ctx.db, id).await?;
    match status.state {
        MailState::Sent => Ok(outcome.email.clone()),
        _ => Err(Error::Unavailable(tr!(actor.locale(), "invite-mail-not-taken", status = status.describe(actor.locale())))),
    }
}

/// Most suggestions of each kind the pickers show.
const MAX_SUGGESTIONS: u16 = 8;

/// Members (by name or address) and groups (by name) whose name starts with `text`; groups are
/// marked as such in `locale`.
pub(crate) async fn suggestions(checks: &Caller, text: &str, groups_only: bool, locale: Locale) -> Result<Vec<Suggestion>> {
    let mut found = Vec::new();
    if !groups_only {
        let filter = Filter::starts_with("displayName", text)
            .or(Filter::starts_with("mail", text))
            .and(Filter::eq("userType", "Member"));
        let query = Query::new().select(&["displayName", "mail", "userPrincipalName"]).filter(filter).top(MAX_SUGGESTIONS);
        let people: Vec<graph::User> = checks.users(query).take(MAX_SUGGESTIONS.into()).try_collect().await?;
        found.extend(people.into_iter().filter_map(|p| {
            let address = p.mail.or(p.user_principal_name)?;
            Some(Suggestion { label: format!("{} ({address})", p.display_name.unwrap_or_default()), value: address })
        }));
    }
    let query = Query::new().select(&["displayName"]).filter(Filter::starts_with("displayName", text)).top(MAX_SUGGESTIONS);
    let groups: Vec<graph::Group> = checks.groups(query).take(MAX_SUGGESTIONS.into()).try_collect().await?;
    found.extend(groups.into_iter().filter_map(|g| {
        let name = g.display_name?;
        Some(Suggestion { label: tr!(locale, "invite-suggestion-group", name = &name), value: name })
    }));
    Ok(found)
}

/// The enterprise apps' roles that can be given to people, but Guestlist's own, for the form's list.
pub async fn app_choices(checks: &Caller) -> Result<Vec<AppChoice>> {
    let apps: Vec<graph::ServicePrincipal> =
        checks.service_principals(Query::new().select(&["id", "appId", "displayName", "appRoles"])).try_collect().await?;
    Ok(apps
        .into_iter()
        .filter(|app| !grants::is_portal_app(checks, app))
        .flat_map(|app| {
            let name = app.display_name.clone().unwrap_or_default();
            let roles = app.app_roles.into_iter().filter(|role| {
                role.is_enabled != Some(false)
                    && role.allowed_member_types.as_ref().is_some_and(|types| types.iter().any(|t| t == "User"))
            });
            roles
                .filter_map(|role| {
                    let value = format!("{}/{}", app.id?, role.id?);
                    Some(AppChoice { value, label: format!("{name} — {}", role.display_name.unwrap_or_default()) })
                })
                .collect::<Vec<_>>()
        })
        .collect())
}

fn filled(value: &str) -> Option<String> {
    Some(value.trim().to_owned()).filter(|v| !v.is_empty())
}

/// The directory properties the form sets after the invitation (Graph's invitation cannot).
fn properties(form: &InviteForm) -> Option<UserUpdate> {
    let update = UserUpdate {
        given_name: filled(&form.given_name).map(Some),
        surname: filled(&form.surname).map(Some),
        job_title: filled(&form.job_title).map(Some),
        company_name: filled(&form.company).map(Some),
        department: filled(&form.department).map(Some),
        usage_location: filled(&form.usage_location).map(|l| Some(l.to_uppercase())),
        ..UserUpdate::default()
    };
    (update != UserUpdate::default()).then_some(update)
}

/// Sends the invitation for a reviewed form (see [`checks::review`]), then the follow-up steps:
/// properties, groups, app. A failed step is reported in the outcome, never hidden.
pub async fn send(
    callers: &Callers,
    settings: &InviteSettings,
    actor: &Actor,
    form: &InviteForm,
) -> Result<InviteOutcome> {
    let locale = actor.locale();
    let email = EmailAddress::parse(&form.email).map_err(|e| Error::Invalid(tr!(locale, "invite-address-unusable", error = crate::address::problem(locale, &e))))?;
    let redirect = https_url(&form.redirect_url).unwrap_or_else(|| settings.default_redirect.clone());
    let (access, _) = resolve_access(&callers.acting, settings, form, locale).await?;
    let sponsors = if access.sponsors.is_empty() {
        let no_sponsor = || Error::Invalid(tr!(locale, "invite-no-sponsor"));
        vec![actor.object_id().and_then(|id| id.parse().ok()).ok_or_else(no_sponsor)?]
    } else {
        access.sponsors.clone()
    };
    let mut request = InvitationRequest::new(email.clone(), redirect).sponsors(sponsors);
    if let Some(name) = filled(&form.display_name) {
        request = request.display_name(name);
    }
    if form.send_mail() {
        let cc = filled(&form.cc).map(|address| Recipient {
            email_address: EmailAddressInfo { address: Some(address), name: None },
        });
        request = request.send_message(InvitedUserMessageInfo {
            message_language: filled(&form.language),
            cc_recipients: cc.into_iter().collect(),
            customized_message_body: filled(&form.message),
        });
    }
    if form.as_member() {
        request = request.user_type(UserType::Member);
    }
    let mut outcome = match callers.acting.invite(&request).await {
        Ok(invitation) => read_back(&callers.acting, invitation, actor).await,
        Err(error) if error.may_have_gone_through() => {
            let lost = Error::from(error);
            let Some(guest) = created_after_all(&callers.acting, &email).await? else {
                // Still Graph's error (an outage, which a job waits out and runs again, looking first).
                return Err(lost.with_advice(&tr!(locale, "invite-lost-answer-advice")));
            };
            let found = Invitation {
                invited_user: Some(graph::User { id: guest.id.parse().ok(), ..Default::default() }),
                invited_user_email_address: email.to_string(),
                ..Invitation::default()
            };
            let sent = Sent { value: found, request_id: lost.request_id().map(str::to_owned), client_request_id: String::new() };
            let mut outcome = read_back(&callers.acting, sent, actor).await;
            outcome.mail_sent = form.send_mail();
            let id = if form.send_mail() { "invite-lost-answer-found-mailed" } else { "invite-lost-answer-found-link" };
            outcome.notes.push(i18n::translate(locale, id, &[("error", i18n::Arg::from(lost.to_string()))]));
            outcome.lost_answer = Some(lost.to_string());
            outcome
        }
        Err(error) => return Err(error.into()),
    };
    outcome.language = form.language.clone();
    outcome.message = filled(&form.message);
    if form.send_mail() && outcome.message.is_some() && filled(&form.language).is_some() {
        // Graph ignores `messageLanguage` when `customizedMessageBody` is set (invitedUserMessageInfo resource type).
        outcome.notes.push(tr!(locale, "invite-message-replaced-language"));
    }
    follow_ups(&callers.acting, settings, form, access, &mut outcome, locale).await;
    Ok(outcome)
}

/// The follow-up steps of `form` for the invited `outcome.user_id` (properties, groups, app),
/// each recorded in the outcome with its error; the form is kept for a retry if one failed.
async fn follow_ups(sender: &Caller, settings: &InviteSettings, form: &InviteForm, access: checks::Access, outcome: &mut InviteOutcome, locale: Locale) {
    let mut plan = Vec::new();
    if properties(form).is_some() {
        plan.push((tr!(locale, "invite-step-properties"), FollowUp::Properties));
    }
    for (id, name) in access.groups {
        plan.push((tr!(locale, "invite-step-group", name = name), FollowUp::AddToGroup { group_id: id.to_string() }));
    }
    if let Some((sp, role, label)) = access.app {
        let action = FollowUp::AssignApp { service_principal_id: sp.to_string(), app_role_id: role };
        plan.push((tr!(locale, "invite-step-app", app = label), action));
    }
    for (what, action) in plan {
        let error = follow_up(sender, settings, &outcome.user_id, form, &action, locale).await.err().map(|e| e.to_string());
        outcome.steps.push(Step { what, action, error });
    }
    if outcome.steps.iter().any(|step| step.error.is_some()) {
        outcome.retry_form = Some(form.clone());
    }
}

/// A group membership or app role the user has already counts as given: the step is done (an
/// interrupted attempt, or a retry of a step whose answer was lost, may have given it).
fn done_if_already_there<T>(result: std::result::Result<T, GraphError>) -> Result<()> {
    match result {
        Ok(_) => Ok(()),
        Err(error) if error.is_already_there() => Ok(()),
        Err(error) => Err(error.into()),
    }
}

/// How long to wait before looking for a guest a second time when Graph did not confirm the
/// invitation: the directory may show a new user only a moment later.
const LOOK_AGAIN_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// The guest Graph created although its answer was lost, if the directory has them now.
async fn created_after_all(checks: &Caller, email: &EmailAddress) -> Result<Option<ExistingUser>> {
    if let Some(guest) = existing_user(checks, email).await? {
        return Ok(Some(guest));
    }
    tokio::time::sleep(LOOK_AGAIN_AFTER).await;
    existing_user(checks, email).await
}

/// Runs one follow-up step for the invited user. Guestlist's own app roles and inviter group are
/// refused here too, whatever the step says (see [`grants`]).
async fn follow_up(sender: &Caller, settings: &InviteSettings, user_id: &str, form: &InviteForm, action: &FollowUp, locale: Locale) -> Result<()> {
    let invalid = |what: &str| Error::Invalid(i18n::translate(locale, what, &[]));
    let user: ObjectId = user_id.parse().map_err(|_| invalid("invite-step-bad-user-id"))?;
    match action {
        FollowUp::Properties => match properties(form) {
            Some(update) => Ok(sender.update_user(&UserRef::Id(user), &update).await.map(drop)?),
            None => Ok(()),
        },
        FollowUp::AddToGroup { group_id } => {
            let group = group_id.parse().map_err(|_| invalid("invite-step-bad-group-id"))?;
            if grants::is_inviter_group(settings, group) {
                return Err(Error::Invalid(grants::inviter_group_refusal(locale, group_id)));
            }
            done_if_already_there(sender.add_group_member(group, user).await)
        }
        FollowUp::AssignApp { service_principal_id, app_role_id } => {
            let app = sender.service_principal(service_principal_id.parse().map_err(|_| invalid("invite-step-bad-app-id"))?).await?;
            if grants::is_portal_app(sender, &app) {
                return Err(Error::Invalid(grants::OWN_APP_REFUSAL.into()));
            }
            let role = app.app_roles.iter().filter_map(|r| r.id).find(|id| id.to_string() == *app_role_id);
            let role = role.ok_or_else(|| Error::Invalid(tr!(locale, "invite-step-role-gone")))?;
            let app_id = app.id.ok_or_else(|| invalid("invite-step-bad-app-id"))?;
            done_if_already_there(sender.assign_app_role(user, app_id, role).await)
        }
    }
}

/// Retries the failed follow-up steps of `outcome`, replacing their results.
pub async fn retry(sender: &Caller, settings: &InviteSettings, outcome: &mut InviteOutcome, locale: Locale) {
    let Some(form) = outcome.retry_form.take() else { return };
    for step in outcome.steps.iter_mut().filter(|step| step.error.is_some()) {
        step.error = follow_up(sender, settings, &outcome.user_id, &form, &step.action, locale).await.err().map(|e| e.to_string());
    }
    if outcome.steps.iter().any(|step| step.error.is_some()) {
        outcome.retry_form = Some(form);
    }
}

/// The outcome of an invitation, completed from the directory: Graph's answer names only the
/// user's id, not their UPN, state or sponsors. A failed read is reported, not fatal.
pub async fn read_back(sender: &Caller, invitation: Sent<Invitation>, actor: &Actor) -> InviteOutcome {
    let Sent { value: invitation, request_id, .. } = invitation;
    let user_id = invitation.invited_user.as_ref().and_then(|u| u.id);
    let mut outcome = InviteOutcome {
        display_name: invitation.invited_user_display_name.clone().unwrap_or_default(),
        email: invitation.invited_user_email_address.clone(),
        user_id: user_id.map(|id| id.to_string()).unwrap_or_default(),
        state: invitation.status.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_default(),
        mail_sent: invitation.send_invitation_message.unwrap_or(false),
        redeem_url: invitation.invite_redeem_url.clone(),
        redeem_qr_svg: invitation.invite_redeem_url.as_deref().and_then(qr_svg),
        request_id,
        ..InviteOutcome::default()
    };
    let Some(id) = user_id else { return outcome };
    let user = UserRef::Id(id);
    let query = Query::new().select(&["id", "displayName", "userPrincipalName", "externalUserState"]);
    let read = async {
        let guest = sender.user(&user, &query).await?;
        // Reading sponsors needs a role more than reading users does (Helpdesk Administrator has
        // none of them; "List sponsors", Microsoft Graph documentation): not shown then, the rest is.
        let sponsors = match sender.sponsors(&user).await {
            Err(GraphError::Api(refused)) if refused.status == http::StatusCode::FORBIDDEN => {
                outcome.notes.push(tr!(actor.locale(), "invite-sponsors-unreadable"));
                Vec::new()
            }
            read => read?,
        };
        Ok::<_, GraphError>((guest, sponsors))
    };
    match read.await {
        Ok((guest, sponsors)) => {
            outcome.user_principal_name = guest.user_principal_name.unwrap_or_default();
            if let Some(name) = guest.display_name {
                outcome.display_name = name;
            }
            if let Some(state) = guest.external_user_state {
                outcome.state = state.as_str().to_owned();
            }
            outcome.sponsors = sponsors
                .into_iter()
                .map(|s| match (s.display_name, s.id) {
                    (Some(name), _) => name,
                    (None, Some(id)) if actor.object_id() == Some(id.to_string().as_str()) => actor.name().to_owned(),
                    (None, id) => id.map(|id| id.to_string()).unwrap_or_default(),
                })
                .collect();
        }
        Err(error) => outcome.read_error = Some(Error::from(error).to_string()),
    }
    outcome
}

/// `text` as an SVG QR code without the XML declaration, for inlining in HTML; `None` if too long.
fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build();
    svg.find("<svg").map(|start| svg[start..].to_owned())
}

/// A fresh invitation link for an existing guest, or a reset of their redemption so they accept
/// again. The invitation goes to `address`, or else to the user's `mail` (first other mail); a
/// reset to a new address needs it in `mail` first (graph-b2b.md §1), which the caller sets.
pub async fn reinvite(
    sender: &Caller,
    settings: &InviteSettings,
    actor: &Actor,
    user_id: ObjectId,
    reset: bool,
    address: Option<&EmailAddress>,
) -> Result<InviteOutcome> {
    let email = match address {
        Some(address) => address.clone(),
        None => {
            let user = sender.user(&UserRef::Id(user_id), &Query::new().select(&["id", "mail", "otherMails"])).await?;
            let address = user.mail.or_else(|| user.other_mails.and_then(|m| m.into_iter().next()));
            let address = address.ok_or_else(|| Error::Invalid(tr!(actor.locale(), "invite-user-without-address")))?;
            EmailAddress::parse(&address).map_err(|e| Error::Invalid(tr!(actor.locale(), "invite-user-address-unusable", error = crate::address::problem(actor.locale(), &e))))?
        }
    };
    let mut request = InvitationRequest::new(email, settings.default_redirect.clone());
    // Microsoft mails a reset redemption, but never a second invitation to an address that
    // exists: resending means a fresh link for the inviter to pass on.
    if reset {
        request = request.reset_redemption(user_id).send_message(InvitedUserMessageInfo::default());
    }
    let invitation = sender.invite(&request).await?;
    Ok(read_back(sender, invitation, actor).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_redeem_link_becomes_an_inline_svg_qr_code() {
        let svg = qr_svg("https://login.example/redeem?rd=abc").unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path"));
        assert_ne!(svg, qr_svg("https://login.example/redeem?rd=abd").unwrap());
    }

    #[test]
    fn only_filled_properties_are_patched() {
        assert_eq!(properties(&InviteForm::default()), None);
        let form = InviteForm { job_title: " Engineer ".into(), usage_location: "de".into(), ..InviteForm::default() };
        let update = properties(&form).unwrap();
        assert_eq!(update.job_title, Some(Some("Engineer".into())));
        assert_eq!(update.usage_location, Some(Some("DE".into())));
        assert_eq!(update.surname, None);
    }
}
