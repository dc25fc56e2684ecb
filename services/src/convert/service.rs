//! The conversion over Graph: every precondition of Microsoft's "Invite internal users to B2B
//! collaboration", explained; the conversion itself; and batches. It reuses the invitation
//! checks and ends on the invitation's result.

use futures::{StreamExt, TryStreamExt};
use graph::{
    Caller, CreationType, EmailAddress, EmailAddressInfo, ErrorCode, Filter, GraphError, InvitationRequest,
    InvitedUserMessageInfo, ObjectId, PasswordProfile, Query, Recipient, Sent, User, UserRef, UserType, UserUpdate,
};
use i18n::{tr, Locale};
use serde_json::{json, Value};

use super::{Account, Assessment, Batch, BatchRow, ConvertForm, Finding, MailChange, RowResult, Severity};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::checks::review_address;
use crate::context::Callers;
use crate::invite::{read_back, InviteOutcome, LANGUAGES};
use crate::settings::{CredentialMode, InviteSettings};
use crate::error::explain;
use crate::{Actor, Context, Error, Result, Role};

/// At most this many accounts in one batch (each is one invitation, and Graph throttles those).
pub const MAX_BATCH: usize = 50;

/// The user properties the checks read.
const FIELDS: &[&str] = &[
    "id", "displayName", "givenName", "userPrincipalName", "mail", "userType", "externalUserState", "creationType",
    "identities", "onPremisesSyncEnabled", "onPremisesUserPrincipalName", "provisionedPlans",
];

/// Writes each change's audit entry as it happens (a conversion makes several).
struct Steps<'a> {
    ctx: &'a Context,
    actor: &'a Actor,
}

impl Steps<'_> {
    async fn record<T>(&self, action: AuditAction, target: &str, options: Value, result: &Result<Sent<T>, GraphError>, ok: AuditOutcome) -> Result<()> {
        let (outcome, request_id) = match result {
            Ok(sent) => (ok, sent.request_id.as_deref()),
            Err(error) => (AuditOutcome::Failed, error.request_id()),
        };
        let entry = Entry { action, target: target.to_owned(), options, outcome, request_id: request_id.map(str::to_owned) };
        audit::record(&self.ctx.db, self.actor, entry).await
    }
}

/// The tenant's id, for the Teams link: the signed-in person's, else Graph's.
async fn tenant_id(ctx: &Context, actor: &Actor) -> Result<String> {
    match actor.principal() {
        Some(principal) => Ok(principal.tenant_id.clone()),
        None => Ok(ctx.app().organization().await?.id.map(|id| id.to_string()).unwrap_or_default()),
    }
}

/// The account `id` with everything the checks need.
async fn read_account(locale: Locale, checks: &Caller, id: &str) -> Result<User> {
    let id: ObjectId = id.trim().parse().map_err(|_| Error::NotFound(tr!(locale, "convert-not-an-account")))?;
    Ok(checks.user(&UserRef::Id(id), &Query::new().select(FIELDS)).await?)
}

/// The assistant's checks of account `id` for converting it to sign in with `address` (else
/// its current `mail`). Admins only.
pub async fn assess_account(ctx: &Context, actor: &Actor, id: &str, address: Option<&str>) -> Result<Assessment> {
    actor.require(Role::Admin)?;
    let callers = ctx.callers(actor);
    let user = read_account(actor.locale(), &callers.acting, id).await?;
    let address = address.map(str::to_owned).or_else(|| user.mail.clone()).unwrap_or_default();
    assess(actor.locale(), &callers, &ctx.settings, &user, &address, &tenant_id(ctx, actor).await?).await
}

/// Checks the account and address again, then converts with the form's choices; every change
/// is audited as it happens. The result page's outcome, or why nothing (more) was done.
pub async fn convert_account(ctx: &Context, actor: &Actor, form: &ConvertForm) -> Result<std::result::Result<InviteOutcome, Vec<String>>> {
    actor.require(Role::Admin)?;
    let callers = ctx.callers(actor);
    let entry = |outcome| Entry::new(AuditAction::ConvertToExternalUser, &form.email, outcome).options(form);
    let checked = async {
        let user = read_account(actor.locale(), &callers.acting, &form.user_id).await?;
        assess(actor.locale(), &callers, &ctx.settings, &user, &form.email, &tenant_id(ctx, actor).await?).await
    };
    let assessment = match checked.await {
        Ok(assessment) => assessment,
        Err(error) => {
            audit::record(&ctx.db, actor, entry(AuditOutcome::Failed).request_id(error.request_id())).await?;
            return Ok(Err(vec![error.to_string()]));
        }
    };
    let problems = form_problems(actor.locale(), &assessment, form);
    if !problems.is_empty() {
        audit::record(&ctx.db, actor, entry(AuditOutcome::Refused)).await?;
        return Ok(Err(problems));
    }
    let steps = Steps { ctx, actor };
    Ok(convert(&callers, &steps, &assessment, form).await.map_err(|problem| vec![problem]))
}

/// Internal accounts whose name, address or user name starts with `text` (Admins only).
pub async fn find_internal(ctx: &Context, actor: &Actor, text: &str) -> Result<Vec<Account>> {
    actor.require(Role::Admin)?;
    internal_accounts(actor.locale(), &ctx.app(), text.trim()).await
}

/// Checks the accounts `ids` for a batch (Admins only; at most [`MAX_BATCH`]).
pub async fn preview_batch(ctx: &Context, actor: &Actor, ids: &[&str]) -> Result<Vec<BatchRow>> {
    actor.require(Role::Admin)?;
    if ids.is_empty() {
        return Err(Error::Invalid(tr!(actor.locale(), "convert-batch-none-ticked")));
    }
    if ids.len() > MAX_BATCH {
        return Err(Error::Invalid(tr!(actor.locale(), "convert-batch-too-many", max = MAX_BATCH)));
    }
    preview(actor.locale(), &ctx.callers(actor), &ctx.settings, &tenant_id(ctx, actor).await?, ids).await
}

/// Converts the batch's eligible accounts that have no result yet with the batch's choices, or
/// (`retry`) the failed ones; each change audited as it happens (Admins only).
pub async fn run_batch(ctx: &Context, actor: &Actor, batch: &mut Batch, retry: bool) -> Result<()> {
    actor.require(Role::Admin)?;
    if !batch.language.is_empty() && !LANGUAGES.iter().any(|(code, _)| *code == batch.language) {
        return Err(Error::Invalid(tr!(actor.locale(), "convert-pick-language")));
    }
    run(&ctx.callers(actor).acting, &Steps { ctx, actor }, &ctx.settings, batch, retry).await
}

pub fn account(locale: Locale, user: &User) -> Account {
    let display_name = user.display_name.clone().unwrap_or_default();
    Account {
        id: user.id.map(|id| id.to_string()).unwrap_or_default(),
        short_name: user.given_name.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| display_name.clone()),
        display_name,
        user_principal_name: user.user_principal_name.clone().unwrap_or_default(),
        mail: user.mail.clone(),
        user_type: user.user_type.as_ref().map(|t| t.as_str().to_owned()).unwrap_or_else(|| "Member".into()),
        synced: user.on_premises_sync_enabled == Some(true),
        mailbox: user.has_exchange_mailbox(),
        sign_in_with: user.identities.iter().flatten().filter_map(|identity| sign_in_way(locale, identity)).collect(),
    }
}

/// One of the account's `identities` in words (the Directory's), with Graph's issuer name for reference.
fn sign_in_way(locale: Locale, identity: &graph::ObjectIdentity) -> Option<String> {
    let issuer = identity.issuer.as_deref()?;
    let words = if identity.sign_in_type.as_deref() == Some("userPrincipalName") {
        tr!(locale, "convert-sign-in-password")
    } else {
        crate::directory::provider_words(locale, issuer)
    };
    Some(tr!(locale, "convert-sign-in-way", way = words, issuer = issuer))
}

/// How the account already signs in externally (or was invited to), if it does.
fn external_state(user: &User) -> Option<String> {
    if let Some(state) = &user.external_user_state {
        return Some(state.as_str().to_owned());
    }
    let federated = user.identities.iter().flatten().any(|i| i.sign_in_type.as_deref() == Some("federated"));
    (user.creation_type == Some(CreationType::Invitation) || federated).then(|| "invited".to_owned())
}

fn finding(severity: Severity, title: impl Into<String>, text: impl Into<String>) -> Finding {
    Finding { severity, title: title.into(), text: text.into() }
}

/// Every check for converting `user` to sign in with the external `address`.
pub async fn assess(
    locale: Locale,
    callers: &Callers,
    settings: &InviteSettings,
    user: &User,
    address: &str,
    tenant_id: &str,
) -> Result<Assessment> {
    let account = account(locale, user);
    let name = account.short_name.clone();
    let address = address.trim().to_owned();
    let mut findings = Vec::new();
    let already_invited = external_state(user);
    if let Some(state) = &already_invited {
        findings.push(finding(
            Severity::Blocker,
            tr!(locale, "convert-already-invited-title"),
            tr!(locale, "convert-already-invited", name = &name, state = state.as_str()),
        ));
    }
    if let Some(on_premises_upn) = &user.on_premises_user_principal_name {
        findings.push(finding(
            Severity::Blocker,
            tr!(locale, "convert-on-premises-upn-title"),
            tr!(locale, "convert-on-premises-upn", upn = on_premises_upn.as_str(), name = &name),
        ));
    }
    if account.synced {
        findings.push(finding(
            Severity::Warning,
            tr!(locale, "convert-synced-title"),
            tr!(locale, "convert-synced", name = &name),
        ));
    }
    let roles = directory_roles(locale, &callers.acting, user).await?;
    if !roles.is_empty() {
        findings.push(finding(
            Severity::Warning,
            tr!(locale, "convert-roles-title"),
            tr!(locale, "convert-roles", name = &name, roles = roles.join(", ")),
        ));
    }
    let mail = match EmailAddress::parse(&address) {
        Err(_) => {
            // The invite page's wording for what is wrong with the address.
            findings.extend(address_problems(locale, callers, settings, &address).await?);
            MailChange::Elsewhere
        }
        Ok(email) => {
            let domain = email.domain();
            if callers.acting.organization().await?.owns_domain(&domain) {
                findings.push(finding(
                    Severity::Blocker,
                    tr!(locale, "convert-own-domain-title"),
                    tr!(locale, "convert-own-domain", domain = domain.to_string(), name = &name),
                ));
            } else {
                let review = review_address(callers, settings, email.as_str(), locale).await?;
                findings.extend(review.problems.into_iter().map(|p| finding(Severity::Blocker, tr!(locale, "convert-address-unusable-title"), p.text)));
                if let Some(other) = review.existing.filter(|other| other.id != account.id) {
                    findings.push(finding(
                        Severity::Blocker,
                        tr!(locale, "convert-address-taken-title"),
                        tr!(locale, "convert-address-taken", name = &other.display_name, upn = &other.user_principal_name, address = &address),
                    ));
                }
            }
            mail_change(locale, &account, &email, &mut findings)
        }
    };
    Ok(Assessment {
        account,
        address,
        findings,
        already_invited,
        mail,
        teams_url: format!("https://teams.microsoft.com/?tenantId={tenant_id}"),
    })
}

/// The names of the directory roles `user` holds (from `memberOf`).
async fn directory_roles(locale: Locale, checks: &Caller, user: &User) -> Result<Vec<String>> {
    let Some(id) = user.id else { return Ok(Vec::new()) };
    let objects: Vec<graph::DirectoryObject> = checks.member_of(&UserRef::Id(id), Query::new()).try_collect().await?;
    Ok(objects
        .into_iter()
        .filter(|o| o.odata_type.as_deref() == Some("#microsoft.graph.directoryRole"))
        .map(|o| o.display_name.unwrap_or_else(|| tr!(locale, "convert-a-directory-role")))
        .collect())
}

/// The invite page's checks of an address that does not even parse (they say what is wrong).
async fn address_problems(locale: Locale, callers: &Callers, settings: &InviteSettings, address: &str) -> Result<Vec<Finding>> {
    if address.is_empty() {
        return Ok(vec![finding(
            Severity::Blocker,
            tr!(locale, "convert-no-address-title"),
            tr!(locale, "convert-no-address"),
        )]);
    }
    let review = review_address(callers, settings, address, locale).await?;
    Ok(review.problems.into_iter().map(|p| finding(Severity::Blocker, tr!(locale, "convert-address-unusable-title"), p.text)).collect())
}

/// Microsoft requires `mail` to be the external address: already, settable by Guestlist, or not.
fn mail_change(locale: Locale, account: &Account, email: &EmailAddress, findings: &mut Vec<Finding>) -> MailChange {
    if account.mail.as_deref().is_some_and(|m| m.eq_ignore_ascii_case(email.as_str())) {
        return MailChange::Matches;
    }
    let name = &account.short_name;
    let address = email.as_str();
    if account.mailbox {
        findings.push(finding(
            Severity::Blocker,
            tr!(locale, "convert-mailbox-title"),
            tr!(locale, "convert-mailbox-blocker", name = name, address = address),
        ));
        MailChange::Elsewhere
    } else if account.synced {
        findings.push(finding(
            Severity::Blocker,
            tr!(locale, "convert-mail-on-premises-title"),
            tr!(locale, "convert-mail-on-premises", name = name, address = address),
        ));
        MailChange::Elsewhere
    } else {
        MailChange::CanSet
    }
}

/// The assistant's choices before the admin changes anything.
pub fn default_form(assessment: &Assessment) -> ConvertForm {
    let on = || "on".to_owned();
    ConvertForm {
        user_id: assessment.account.id.clone(),
        email: assessment.address.clone(),
        set_mail: (assessment.mail == MailChange::CanSet).then(on),
        reset_password: (!assessment.account.synced).then(on),
        set_guest: None,
        send_mail: Some(on()),
        language: "en-US".into(),
        ..ConvertForm::default()
    }
}

/// What stands in the way of converting with this form, in plain words.
pub fn form_problems(locale: Locale, assessment: &Assessment, form: &ConvertForm) -> Vec<String> {
    let name = &assessment.account.short_name;
    let mut problems = Vec::new();
    if !assessment.can_convert() {
        let titles: Vec<&str> = assessment.blockers().map(|f| f.title.as_str()).collect();
        problems.push(tr!(locale, "convert-form-blocked", name = name, blockers = titles.join("; ")));
    }
    if assessment.mail == MailChange::CanSet && form.set_mail.is_none() {
        problems.push(tr!(locale, "convert-form-set-mail", name = name, address = &assessment.address));
    }
    if !form.cc.trim().is_empty() && EmailAddress::parse(&form.cc).is_err() {
        problems.push(tr!(locale, "convert-form-cc"));
    }
    if !form.language.is_empty() && !LANGUAGES.iter().any(|(code, _)| *code == form.language) {
        problems.push(tr!(locale, "convert-pick-language"));
    }
    problems
}

fn filled(value: &str) -> Option<String> {
    Some(value.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Converts a checked account ([`assess`], [`form_problems`]): sets `mail` if asked, sends the
/// invitation with `invitedUser.id`, then resets the password and sets the user type if asked.
/// Returns the result page's outcome, or why nothing (more) was converted.
async fn convert(callers: &Callers, steps: &Steps<'_>, assessment: &Assessment, form: &ConvertForm) -> std::result::Result<InviteOutcome, String> {
    let locale = steps.actor.locale();
    let settings = &steps.ctx.settings;
    let audit_failed = |error: Error| error.to_string();
    let account = &assessment.account;
    let name = &account.short_name;
    let target = assessment.address.as_str();
    let id: ObjectId = account.id.parse().map_err(|_| tr!(locale, "convert-not-an-account-short"))?;
    let email = EmailAddress::parse(target).map_err(|e| tr!(locale, "convert-address-unusable", error = crate::address::problem(locale, &e)))?;
    let user = UserRef::Id(id);
    // The account as it was, next to the choices, so the audit trail shows before and after.
    let options = json!({"choices": form, "before": account});

    if assessment.mail == MailChange::CanSet {
        let update = UserUpdate { mail: Some(Some(email.as_str().to_owned())), ..UserUpdate::default() };
        let result = callers.acting.update_user(&user, &update).await;
        let options = json!({"user": account.user_principal_name, "mail": target});
        steps.record(AuditAction::SetEmailAddress, target, options, &result, AuditOutcome::Changed).await.map_err(audit_failed)?;
        if let Err(error) = result {
            return Err(mail_refused(locale, account, target, &error));
        }
    }

    let mut request = InvitationRequest::new(email, settings.default_redirect.clone()).existing_user(id);
    if form.send_mail.is_some() {
        let cc = filled(&form.cc).map(|address| Recipient { email_address: EmailAddressInfo { address: Some(address), name: None } });
        request = request.send_message(InvitedUserMessageInfo {
            message_language: filled(&form.language),
            cc_recipients: cc.into_iter().collect(),
            customized_message_body: filled(&form.message),
        });
    }
    let invitation = callers.acting.invite(&request).await;
    steps.record(AuditAction::ConvertToExternalUser, target, options, &invitation, AuditOutcome::Invited).await.map_err(audit_failed)?;
    let invitation = invitation.map_err(|error| invitation_refused(locale, name, &error))?;

    let mut outcome = read_back(&callers.acting, invitation, steps.actor).await;
    outcome.language = form.language.clone();
    outcome.message = filled(&form.message);
    let mut what_next = what_happens(locale, assessment);
    let mut failed: Vec<Failed> = Vec::new();

    if form.reset_password.is_some() && !account.synced {
        let update = UserUpdate { password_profile: Some(PasswordProfile::random()), ..UserUpdate::default() };
        let result = callers.acting.update_user(&user, &update).await;
        let options = json!({"password": "random, not kept"});
        steps.record(AuditAction::ResetPassword, &account.user_principal_name, options, &result, AuditOutcome::Changed).await.map_err(audit_failed)?;
        what_next.push(match result {
            Ok(_) => tr!(locale, "convert-done-password-reset", name = name),
            Err(error) => {
                failed.push(Failed::Password);
                password_refused(locale, account, &error, settings.credential)
            }
        });
    } else if account.synced {
        what_next.push(tr!(locale, "convert-done-password-on-premises", name = name));
    } else {
        what_next.push(tr!(locale, "convert-done-password-kept", name = name));
    }

    if form.set_guest.is_some() && account.user_type != "Guest" {
        let update = UserUpdate { user_type: Some(UserType::Guest), ..UserUpdate::default() };
        let result = callers.acting.update_user(&user, &update).await;
        let options = json!({"userType": "Guest"});
        steps.record(AuditAction::SetUserType, &account.user_principal_name, options, &result, AuditOutcome::Changed).await.map_err(audit_failed)?;
        what_next.push(match result {
            Ok(_) => tr!(locale, "convert-done-guest", name = name),
            Err(error) => {
                failed.push(Failed::UserType);
                tr!(locale, "convert-done-guest-failed", name = name, error = Error::from(error).to_string())
            }
        });
    } else if account.user_type == "Guest" {
        what_next.push(tr!(locale, "convert-done-type-stays-guest", name = name));
    } else {
        let user_type = crate::directory::user_type_words(locale, &account.user_type);
        what_next.push(tr!(locale, "convert-done-type-stays", name = name, user_type = user_type));
    }
    what_next.push(tr!(locale, "convert-done-teams", name = name, url = &assessment.teams_url));

    outcome.heading = Some(match failed.as_slice() {
        [] => tr!(locale, "convert-heading"),
        [Failed::Password] => tr!(locale, "convert-heading-password-failed"),
        [Failed::UserType] => tr!(locale, "convert-heading-type-failed"),
        _ => tr!(locale, "convert-heading-both-failed"),
    });
    outcome.what_next = what_next;
    Ok(outcome)
}

/// A step after the invitation that failed (the result page's heading names them).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Failed {
    Password,
    UserType,
}

/// What redemption will do, in plain sentences, for the result page.
fn what_happens(locale: Locale, assessment: &Assessment) -> Vec<String> {
    let account = &assessment.account;
    let name = &account.short_name;
    let domain = assessment.address.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
    vec![
        tr!(locale, "convert-done-nothing-until", name = name, domain = domain, address = &assessment.address),
        tr!(locale, "convert-done-keeps", name = name, id = &account.id, upn = &account.user_principal_name),
        tr!(locale, "convert-done-domain", name = name, domain = domain),
        tr!(locale, "convert-done-one-way", name = name),
    ]
}

/// A refused `mail` change in plain words (Graph says only "invalid request").
fn mail_refused(locale: Locale, account: &Account, address: &str, error: &GraphError) -> String {
    let name = &account.short_name;
    match error.code() {
        Some(ErrorCode::BadRequest) => tr!(locale, "convert-mail-refused", name = name, address = address, display_name = &account.display_name, error = explain(error, locale)),
        _ => tr!(locale, "convert-mail-failed", name = name, error = explain(error, locale)),
    }
}

/// A refused password reset in plain words, with who Microsoft lets reset passwords.
fn password_refused(locale: Locale, account: &Account, error: &GraphError, credential: CredentialMode) -> String {
    let id = match (error.code(), credential) {
        (Some(ErrorCode::AuthorizationRequestDenied | ErrorCode::Unauthorized), CredentialMode::Application) => "convert-password-failed-app",
        (Some(ErrorCode::AuthorizationRequestDenied | ErrorCode::Unauthorized), CredentialMode::Delegated) => "convert-password-failed-delegated",
        _ => "convert-password-failed",
    };
    let args = [
        ("name", i18n::Arg::from(&account.short_name)),
        ("error", i18n::Arg::from(explain(error, locale))),
        ("display_name", i18n::Arg::from(&account.display_name)),
    ];
    i18n::translate(locale, id, &args)
}

fn invitation_refused(locale: Locale, name: &str, error: &GraphError) -> String {
    match error.code() {
        Some(ErrorCode::AuthorizationRequestDenied | ErrorCode::Unauthorized) => {
            tr!(locale, "convert-invitation-refused-role", name = name, error = explain(error, locale))
        }
        _ => tr!(locale, "convert-invitation-refused", name = name, error = explain(error, locale)),
    }
}

/// Accounts of this tenant that do not sign in externally, whose name, address or user name
/// starts with `text` (all when empty), by name.
async fn internal_accounts(locale: Locale, checks: &Caller, text: &str) -> Result<Vec<Account>> {
    let mut query = Query::new().select(FIELDS).top(100);
    if !text.is_empty() {
        let filter = Filter::starts_with("displayName", text)
            .or(Filter::starts_with("mail", text))
            .or(Filter::starts_with("userPrincipalName", text));
        query = query.filter(filter);
    }
    let users: Vec<User> = checks.users(query).take(500).try_collect().await?;
    let mut accounts: Vec<Account> = users.iter().filter(|u| external_state(u).is_none()).map(|u| account(locale, u)).collect();
    accounts.sort_by_key(|a| a.display_name.to_lowercase());
    Ok(accounts)
}

/// The preview of a batch: each account checked with its current `mail` (a batch cannot set
/// addresses: that is the single assistant's job), and the action that will be taken.
async fn preview(locale: Locale, callers: &Callers, settings: &InviteSettings, tenant_id: &str, ids: &[&str]) -> Result<Vec<BatchRow>> {
    let mut rows = Vec::new();
    for id in ids {
        let user = read_account(locale, &callers.acting, id).await?;
        let address = user.mail.clone().unwrap_or_default();
        let mut assessment = assess(locale, callers, settings, &user, &address, tenant_id).await?;
        let name = assessment.account.short_name.clone();
        let already_invited = tr!(locale, "convert-already-invited-title");
        let open_assistant = tr!(locale, "convert-batch-open-assistant", name = &name);
        for f in assessment.findings.iter_mut().filter(|f| f.severity == Severity::Blocker && f.title != already_invited) {
            f.text.push(' ');
            f.text.push_str(&open_assistant);
        }
        let action = match (&assessment.already_invited, assessment.can_convert()) {
            (Some(state), _) => tr!(locale, "convert-batch-action-invited", state = state.as_str(), name = &name),
            (None, true) => tr!(locale, "convert-batch-action-send", address = &assessment.address, name = &name),
            (None, false) => tr!(locale, "convert-batch-action-blocked"),
        };
        rows.push(BatchRow { assessment, action, result: None });
    }
    Ok(rows)
}

/// Converts the batch's eligible accounts without a result (or, on `retry`, the failed ones).
async fn run(sender: &Caller, steps: &Steps<'_>, settings: &InviteSettings, batch: &mut Batch, retry: bool) -> Result<()> {
    let locale = steps.actor.locale();
    let options = json!({"batch": true, "send_mail": batch.send_mail, "language": batch.language, "set_guest": batch.set_guest});
    for row in batch.rows.iter_mut().filter(|r| r.eligible() && if retry { r.failed() } else { r.result.is_none() }) {
        let account = &row.assessment.account;
        let address = row.assessment.address.clone();
        let name = account.short_name.clone();
        let sent = async {
            let id: ObjectId = account.id.parse().map_err(|_| GraphError::InvalidRequest("not a directory id".into()))?;
            let email = EmailAddress::parse(&address).map_err(|e| GraphError::InvalidRequest(e.to_string()))?;
            let mut request = InvitationRequest::new(email, settings.default_redirect.clone()).existing_user(id);
            if batch.send_mail {
                request = request.send_message(InvitedUserMessageInfo { message_language: filled(&batch.language), ..Default::default() });
            }
            sender.invite(&request).await
        }
        .await;
        steps.record(AuditAction::ConvertToExternalUser, &address, options.clone(), &sent, AuditOutcome::Invited).await?;
        let invitation = match sent {
            Ok(sent) => sent.value,
            Err(error) => {
                row.result = Some(RowResult { converted: false, text: invitation_refused(locale, &name, &error), redeem_url: None });
                continue;
            }
        };
        let mut text = if batch.send_mail {
            tr!(locale, "convert-batch-mailed", address = &address, name = &name)
        } else {
            tr!(locale, "convert-batch-link", name = &name)
        };
        if batch.set_guest && account.user_type != "Guest" {
            let update = UserUpdate { user_type: Some(UserType::Guest), ..UserUpdate::default() };
            let id = invitation.invited_user.as_ref().and_then(|u| u.id);
            let result = match id {
                Some(id) => sender.update_user(&UserRef::Id(id), &update).await,
                None => Err(GraphError::InvalidRequest("Microsoft's answer named no user".into())),
            };
            let guest = json!({"userType": "Guest"});
            steps.record(AuditAction::SetUserType, &account.user_principal_name, guest, &result, AuditOutcome::Changed).await?;
            text.push(' ');
            text.push_str(&match result {
                Ok(_) => tr!(locale, "convert-batch-guest"),
                Err(error) => tr!(locale, "convert-batch-guest-failed", error = explain(&error, locale)),
            });
        }
        let redeem_url = (!batch.send_mail).then_some(invitation.invite_redeem_url).flatten();
        row.result = Some(RowResult { converted: true, text, redeem_url });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use graph::ApiError;

    fn elena(mail: MailChange, findings: Vec<Finding>) -> Assessment {
        Assessment {
            account: Account {
                id: "81e3bf59-a6cf-447d-a8fe-0491d3f6b28a".into(),
                display_name: "Elena Popescu".into(),
                short_name: "Elena".into(),
                user_principal_name: "elena.popescu@northwind.example".into(),
                mail: Some("elena.popescu@fabrikam.example".into()),
                user_type: "Member".into(),
                ..Account::default()
            },
            address: "elena@popescu.example".into(),
            findings,
            already_invited: None,
            mail,
            teams_url: "https://teams.microsoft.com/?tenantId=t".into(),
        }
    }

    #[test]
    fn the_defaults_set_mail_when_needed_and_take_the_password_out_of_use() {
        let form = default_form(&elena(MailChange::CanSet, vec![]));
        assert!(form.set_mail.is_some() && form.reset_password.is_some() && form.send_mail.is_some());
        assert_eq!((form.set_guest, form.email.as_str()), (None, "elena@popescu.example"));
        let mut synced = elena(MailChange::Matches, vec![]);
        synced.account.synced = true;
        let form = default_form(&synced);
        assert!(form.set_mail.is_none() && form.reset_password.is_none(), "no password of a synced account is reset here");
    }

    #[test]
    fn a_form_is_refused_for_blockers_an_unset_mail_and_bad_fields() {
        let ok = ConvertForm { set_mail: Some("on".into()), language: "de-DE".into(), ..ConvertForm::default() };
        assert!(form_problems(Locale::En, &elena(MailChange::CanSet, vec![]), &ok).is_empty());
        let blocked = elena(MailChange::Matches, vec![finding(Severity::Blocker, "The address is on your own domain", "…")]);
        assert_eq!(form_problems(Locale::En, &blocked, &ok), ["Elena cannot be converted yet: The address is on your own domain. Each is explained below with its fix."]);
        let warned = elena(MailChange::Matches, vec![finding(Severity::Warning, "Synchronised from on-premises", "…")]);
        assert!(form_problems(Locale::En, &warned, &ok).is_empty(), "warnings do not block");
        let sloppy = ConvertForm { cc: "not an address".into(), language: "xx".into(), ..ConvertForm::default() };
        let problems = form_problems(Locale::En, &elena(MailChange::CanSet, vec![]), &sloppy);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("only when the e-mail address (mail) is elena@popescu.example"));
    }

    #[test]
    fn a_refused_mail_change_is_explained_not_shown_raw() {
        let refused = GraphError::Api(Box::new(ApiError {
            status: http::StatusCode::BAD_REQUEST,
            code: ErrorCode::BadRequest,
            message: "Unable to update the specified properties for objects that have originated within an external service.".into(),
            request_id: Some("r-1".into()),
            client_request_id: None,
            date: None,
        }));
        let text = mail_refused(Locale::En, &elena(MailChange::CanSet, vec![]).account, "elena@popescu.example", &refused);
        assert!(text.starts_with("Microsoft refused to change Elena's e-mail address to elena@popescu.example: the address of an account with an Exchange mailbox is managed in Exchange"), "{text}");
        assert!(text.contains("Exchange admin center") && text.contains("Nothing was sent") && text.contains("r-1"));
        assert!(!text.contains("originated within an external service"));
    }

    #[test]
    fn sign_in_ways_are_named_in_words() {
        let identity = |sign_in_type: &str, issuer: &str| graph::ObjectIdentity {
            sign_in_type: Some(sign_in_type.into()),
            issuer: Some(issuer.into()),
            issuer_assigned_id: None,
        };
        assert_eq!(sign_in_way(Locale::En, &identity("federated", "ExternalAzureAD")).unwrap(), "a work or school account of another Microsoft Entra organisation (ExternalAzureAD)");
        assert_eq!(
            sign_in_way(Locale::En, &identity("userPrincipalName", "northwind.onmicrosoft.com")).unwrap(),
            "this organisation's user name and password (northwind.onmicrosoft.com)"
        );
    }
}
