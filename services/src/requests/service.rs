//! Asking, approving, denying and expiring invitation requests.

use chrono::Duration;

use super::mails::{self, Notice};
use super::store::{self, NewRequest, Stored};
use super::{InvitationRequest, RequestState, Route};
use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::checks::{Field, Problem, Review};
use crate::context::Callers;
use crate::configuration::{self, PortalSettings};
use crate::invite::{self, Attempt, InviteForm, Ruled};
use crate::partners::PartnerRule;
use crate::settings::InviteSettings;
use crate::{Actor, Context, Error, Result, Role};

/// How a filled-in Invite form ended.
#[derive(Debug)]
pub enum Asked {
    /// Sent (or refused) as a direct invitation.
    Direct(Attempt),
    /// Stored as a request for an approver.
    Requested(Box<InvitationRequest>),
    /// A request the checks stopped: nothing was stored.
    Refused(Review),
}

/// What an approver may change before approving: the groups and sponsors as edited (one a line),
/// and a comment for the requester.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Approval {
    pub groups: Option<String>,
    pub sponsors: Option<String>,
    pub comment: String,
}

/// The requests an approver sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Approvals {
    /// Waiting, oldest first.
    pub pending: Vec<InvitationRequest>,
    /// The last ones answered, newest first.
    pub decided: Vec<InvitationRequest>,
}

/// Whether the form of `actor` for `domain` is sent directly or becomes a request, and why:
/// Admins always send; a partner rule requiring approval makes everyone else ask; Inviters send;
/// other members ask.
pub fn route(actor: &Actor, document: &PortalSettings, domain: &str) -> Route {
    if actor.has(Role::Admin) {
        Route::Direct
    } else if configuration::needs_approval(document, domain) {
        Route::Request(if domain.is_empty() {
            i18n::tr!(actor.locale(), "requests-why-rule-no-domain")
        } else {
            i18n::tr!(actor.locale(), "requests-why-rule", domain = domain)
        })
    } else if actor.has(Role::Inviter) {
        Route::Direct
    } else {
        Route::Request(i18n::tr!(actor.locale(), "requests-why-not-inviter"))
    }
}

/// The form's route under the rules in force (for the Invite page).
pub async fn route_for(ctx: &Context, actor: &Actor, email: &str) -> Result<Route> {
    let (_, document) = configuration::in_force(ctx).await?;
    Ok(route(actor, &document, &invite::domain_of(email)))
}

/// The actor's own addresses (user name and e-mail), lower case.
fn addresses(actor: &Actor) -> Vec<String> {
    actor.principal().map(|p| [Some(&p.user_principal_name), p.email.as_ref()].into_iter().flatten().map(|a| a.to_lowercase()).collect()).unwrap_or_default()
}

/// Whether `actor` may approve or deny requests for `domain`: an Admin, a global approver, or an
/// approver of the domain's partner rule.
fn approves(actor: &Actor, settings: &InviteSettings, document: &PortalSettings, domain: &str) -> bool {
    let mine = addresses(actor);
    actor.has(Role::Admin) || configuration::approvers_for(settings, document, domain).iter().any(|a| mine.contains(a))
}

/// Refuses unless `actor` approves for some domain (the Approvals page).
fn require_approver(actor: &Actor, settings: &InviteSettings, document: &PortalSettings) -> Result<()> {
    let mine = addresses(actor);
    let listed = settings.request_approvers.iter().chain(document.partner_rules.iter().flat_map(|r| &r.approvers)).any(|a| mine.contains(a));
    if actor.has(Role::Admin) || listed { Ok(()) } else { Err(Error::NotAllowed { needed: Role::Admin }) }
}

/// The request as `actor` sees it: they may decide it if they approve its domain and did not ask.
fn seen_by(actor: &Actor, settings: &InviteSettings, document: &PortalSettings, stored: Stored) -> InvitationRequest {
    let mut request = stored.request;
    request.can_decide = request.state == RequestState::Pending
        && approves(actor, settings, document, &request.domain)
        && actor.object_id() != Some(request.requester_id.as_str());
    request
}

/// The Invite form of `actor`: sent at once when they may invite, else (with `reason`) stored as a
/// request and mailed to the approvers. Every attempt is audited.
pub async fn invite_or_ask(ctx: &Context, actor: &Actor, form: &InviteForm, reason: &str) -> Result<Asked> {
    actor.require_invite_form()?;
    match route_for(ctx, actor, &form.email).await? {
        Route::Direct => Ok(Asked::Direct(invite::invite(ctx, actor, form).await?)),
        Route::Request(why) => Ok(match ask(ctx, actor, form, reason, &why).await? {
            Ok(request) => Asked::Requested(request),
            Err(review) => Asked::Refused(review),
        }),
    }
}

/// A request for `form` with `reason` (a bulk file's row that needs approval), stored and mailed
/// to the approvers as from the Invite page; `Err(review)` when the checks stop it. Refused when
/// `actor` may send this invitation themselves.
pub async fn ask_for(ctx: &Context, actor: &Actor, form: &InviteForm, reason: &str) -> Result<Result<Box<InvitationRequest>, Review>> {
    actor.require_invite_form()?;
    match route_for(ctx, actor, &form.email).await? {
        Route::Request(why) => ask(ctx, actor, form, reason, &why).await,
        Route::Direct => Err(Error::Invalid(i18n::tr!(actor.locale(), "requests-problem-no-approval-needed", email = form.email.trim()))),
    }
}

/// The checks a request goes through (from the Invite page or a bulk file): as an Inviter's
/// invitation would be checked (what Inviters may grant applies), by the application, under the
/// partner rule in force.
pub async fn review_request(ctx: &Context, actor: &Actor, form: &InviteForm) -> Result<(Ruled, Review)> {
    let as_inviter = Actor::Job { name: actor.audit_name(), object_id: actor.object_id().map(str::to_owned), roles: vec![Role::Inviter], locale: actor.locale() };
    invite::review_ruled(ctx, &as_application(ctx), &as_inviter, form).await
}

/// The application's Graph access for both: requests are checked and sent with the application's
/// identity, since the requester holds no right to invite in Entra.
fn as_application(ctx: &Context) -> Callers {
    Callers { acting: ctx.app(), tenant: ctx.app() }
}

async fn ask(ctx: &Context, actor: &Actor, form: &InviteForm, reason: &str, why: &str) -> Result<Result<Box<InvitationRequest>, Review>> {
    let Some(requester_id) = actor.object_id() else {
        return Err(Error::Invalid(i18n::tr!(actor.locale(), "requests-problem-not-a-person")));
    };
    let reason = reason.trim();
    let (Ruled { settings, document, form, .. }, mut review) = review_request(ctx, actor, form).await?;
    let form = &form;
    let entry = |outcome| Entry::new(AuditAction::RequestInvitation, form.email.trim(), outcome).options(&serde_json::json!({ "form": form, "reason": reason }));
    if reason.is_empty() {
        review.problems.push(Problem { field: Field::Reason, text: i18n::tr!(actor.locale(), "requests-problem-reason") });
    }
    if !review.can_send() {
        audit::record(&ctx.db, actor, entry(AuditOutcome::Refused)).await?;
        return Ok(Err(review));
    }
    let now = ctx.clock.now();
    let principal = actor.principal();
    let requester_mail = principal.map(|p| p.email.clone().unwrap_or_else(|| p.user_principal_name.clone())).unwrap_or_default();
    let email = form.email.trim();
    let new = NewRequest {
        requester_id,
        requester_name: &actor.audit_name(),
        requester_mail: &requester_mail,
        email,
        domain: &invite::domain_of(email),
        form,
        reason,
        why_request: why,
        asked_at: now,
        expires_at: now + Duration::days(settings.request_expiry_days.into()),
    };
    let id = store::insert(&ctx.db, &new).await?;
    audit::record(&ctx.db, actor, entry(AuditOutcome::Requested).options(&serde_json::json!({ "requestId": id, "form": form, "reason": reason }))).await?;
    let stored = store::one(&ctx.db, id).await?.ok_or_else(|| Error::Unavailable(i18n::tr!(actor.locale(), "requests-problem-not-read-back")))?;
    let mine = addresses(actor);
    let to: Vec<String> = configuration::approvers_for(&settings, &document, new.domain).into_iter().filter(|a| !mine.contains(a)).collect();
    mails::send(ctx, actor, &to, &stored.request, &Notice::Asked, AuditAction::RequestInvitation).await?;
    Ok(Ok(Box::new(seen_by(actor, &settings, &document, stored))))
}

/// The requests an approver sees: those of the domains they approve (all for Admins and global
/// approvers), pending ones and the last ones answered.
pub async fn approvals(ctx: &Context, actor: &Actor) -> Result<Approvals> {
    let (settings, document) = configuration::in_force(ctx).await?;
    require_approver(actor, &settings, &document)?;
    let (pending, decided) = store::for_approvers(&ctx.db).await?;
    let seen = |list: Vec<Stored>| {
        list.into_iter().filter(|s| approves(actor, &settings, &document, &s.request.domain)).map(|s| seen_by(actor, &settings, &document, s)).collect()
    };
    Ok(Approvals { pending: seen(pending), decided: seen(decided) })
}

/// One request, for an approver of its domain (the page the mail links to).
pub async fn one(ctx: &Context, actor: &Actor, id: i64) -> Result<InvitationRequest> {
    let (settings, document) = configuration::in_force(ctx).await?;
    require_approver(actor, &settings, &document)?;
    let stored = stored(ctx, actor, id).await?;
    if !approves(actor, &settings, &document, &stored.request.domain) {
        return Err(Error::NotAllowed { needed: Role::Admin });
    }
    Ok(seen_by(actor, &settings, &document, stored))
}

/// The requests `actor` asked for, newest first.
pub async fn mine(ctx: &Context, actor: &Actor) -> Result<Vec<InvitationRequest>> {
    actor.require_invite_form()?;
    let Some(me) = actor.object_id() else { return Ok(Vec::new()) };
    let (settings, document) = configuration::in_force(ctx).await?;
    Ok(store::of_requester(&ctx.db, me).await?.into_iter().map(|s| seen_by(actor, &settings, &document, s)).collect())
}

async fn stored(ctx: &Context, actor: &Actor, id: i64) -> Result<Stored> {
    store::one(&ctx.db, id).await?.ok_or_else(|| Error::NotFound(i18n::tr!(actor.locale(), "requests-problem-no-request", id = id.to_string())))
}

/// A pending request `actor` may decide: of a domain they approve, not their own (refused and
/// audited), not answered yet.
async fn decidable(ctx: &Context, actor: &Actor, id: i64, action: AuditAction) -> Result<(Stored, InviteSettings, PortalSettings)> {
    let (settings, document) = configuration::in_force(ctx).await?;
    require_approver(actor, &settings, &document)?;
    let stored = stored(ctx, actor, id).await?;
    let request = &stored.request;
    if !approves(actor, &settings, &document, &request.domain) {
        return Err(Error::NotAllowed { needed: Role::Admin });
    }
    if actor.object_id() == Some(request.requester_id.as_str()) {
        let options = serde_json::json!({ "requestId": id });
        audit::record(&ctx.db, actor, Entry::new(action, &request.email, AuditOutcome::Refused).options(&options)).await?;
        return Err(Error::NotYours(i18n::tr!(actor.locale(), "requests-problem-own-request")));
    }
    if request.state != RequestState::Pending {
        return Err(Error::Invalid(i18n::tr!(actor.locale(), "requests-problem-decided", state = request.state.as_str())));
    }
    Ok((stored, settings, document))
}

fn comment_of(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|c| !c.is_empty())
}

/// Approves request `id`: sends the invitation with the application's identity, the requester as
/// sponsor (unless the approver named sponsors) and the groups and sponsors as the approver left
/// them; records the reason and the approver in the audit trail; tells the requester by mail.
/// If the checks or Microsoft refuse, the request stays pending and the error says why.
pub async fn approve(ctx: &Context, actor: &Actor, id: i64, approval: &Approval) -> Result<InvitationRequest> {
    let (Stored { request, requester_mail }, settings, document) = decidable(ctx, actor, id, AuditAction::ApproveInvitationRequest).await?;
    let comment = comment_of(&approval.comment);
    if !store::decide(&ctx.db, id, RequestState::Approved, &actor.audit_name(), comment, ctx.clock.now()).await? {
        return Err(Error::Invalid(i18n::tr!(actor.locale(), "requests-problem-someone-else")));
    }
    let mut form = request.form.clone();
    if let Some(groups) = &approval.groups {
        form.groups = groups.clone();
    }
    if let Some(sponsors) = &approval.sponsors {
        form.sponsors = sponsors.clone();
    }
    // The invitation is the application's, for the requester: they become the sponsor (Graph's
    // inviter is the application), and what may be granted follows the approver's role.
    let inviter = Actor::Job {
        name: format!("{} (request {id}, approved by {})", request.requester, actor.audit_name()),
        object_id: Some(request.requester_id.clone()),
        roles: vec![if actor.has(Role::Admin) { Role::Admin } else { Role::Inviter }],
        locale: actor.locale(),
    };
    let options = serde_json::json!({ "requestId": id, "reason": request.reason, "approvedBy": actor.audit_name(), "comment": comment, "form": form });
    let sent = send_approved(ctx, &inviter, &form, actor.locale()).await;
    let (outcome, rule) = match sent {
        Ok(outcome) => outcome,
        Err(error) => {
            store::reopen(&ctx.db, id).await?;
            let entry = Entry::new(AuditAction::ApproveInvitationRequest, &request.email, AuditOutcome::Failed).options(&options).request_id(error.request_id());
            audit::record(&ctx.db, actor, entry).await?;
            return Err(error);
        }
    };
    let entry = Entry::new(AuditAction::Invite, &request.email, invite::invited(&outcome)).options(&options).request_id(outcome.request_id.as_deref());
    audit::record(&ctx.db, &inviter, entry).await?;
    invite::record_lifetime(ctx, &rule, &outcome, &inviter.audit_name()).await?;
    store::invited(&ctx.db, id, &outcome.user_id, &form).await?;
    audit::record(&ctx.db, actor, Entry::new(AuditAction::ApproveInvitationRequest, &request.email, AuditOutcome::Changed).options(&options)).await?;
    let decided = stored(ctx, actor, id).await?;
    let notice = Notice::Approved { by: actor.name(), comment };
    mails::send(ctx, actor, &[requester_mail], &decided.request, &notice, AuditAction::ApproveInvitationRequest).await?;
    Ok(seen_by(actor, &settings, &document, decided))
}

/// The checks again under the rules in force (the directory or the rules may have changed since
/// the request), then the invitation; with the partner rule that applied.
async fn send_approved(ctx: &Context, inviter: &Actor, form: &InviteForm, locale: i18n::Locale) -> Result<(invite::InviteOutcome, PartnerRule)> {
    let callers = as_application(ctx);
    let (Ruled { settings, rule, form, .. }, review) = invite::review_ruled(ctx, &callers, inviter, form).await?;
    let form = &form;
    if let Some(existing) = &review.existing {
        return Err(Error::Invalid(i18n::tr!(
            locale,
            "requests-problem-exists",
            email = form.email.trim(),
            account = &existing.user_principal_name
        )));
    }
    if !review.can_send() {
        let problems: Vec<String> = review.problems.into_iter().map(|p| p.text).collect();
        return Err(Error::Invalid(i18n::tr!(locale, "requests-problem-cannot-send", problems = problems.join(" "))));
    }
    Ok((invite::send(&callers, &settings, inviter, form).await?, rule))
}

/// Denies request `id` with a comment for the requester, who is told by mail.
pub async fn deny(ctx: &Context, actor: &Actor, id: i64, comment: &str) -> Result<InvitationRequest> {
    let (Stored { request, requester_mail }, settings, document) = decidable(ctx, actor, id, AuditAction::DenyInvitationRequest).await?;
    let comment = comment_of(comment);
    if !store::decide(&ctx.db, id, RequestState::Denied, &actor.audit_name(), comment, ctx.clock.now()).await? {
        return Err(Error::Invalid(i18n::tr!(actor.locale(), "requests-problem-someone-else")));
    }
    let options = serde_json::json!({ "requestId": id, "reason": request.reason, "comment": comment });
    audit::record(&ctx.db, actor, Entry::new(AuditAction::DenyInvitationRequest, &request.email, AuditOutcome::Changed).options(&options)).await?;
    let decided = stored(ctx, actor, id).await?;
    mails::send(ctx, actor, &[requester_mail], &decided.request, &Notice::Denied { by: actor.name(), comment }, AuditAction::DenyInvitationRequest).await?;
    Ok(seen_by(actor, &settings, &document, decided))
}

/// Expires the requests nobody answered by the context's clock, telling each requester (the
/// worker's "request-expiry" task); how many.
pub async fn expire_due(ctx: &Context) -> Result<usize> {
    let actor = Actor::Job { name: "Guestlist (invitation requests not answered in time)".into(), object_id: None, roles: Vec::new(), locale: i18n::Locale::default() };
    let now = ctx.clock.now();
    let (settings, _) = configuration::in_force(ctx).await?;
    let mut expired = 0;
    for Stored { request, requester_mail } in store::due(&ctx.db, now).await? {
        if !store::decide(&ctx.db, request.id, RequestState::Expired, &actor.audit_name(), None, now).await? {
            continue;
        }
        let options = serde_json::json!({ "requestId": request.id, "askedAt": request.asked_at });
        audit::record(&ctx.db, &actor, Entry::new(AuditAction::ExpireInvitationRequest, &request.email, AuditOutcome::Changed).options(&options)).await?;
        let notice = Notice::Expired { days: settings.request_expiry_days };
        mails::send(ctx, &actor, &[requester_mail], &request, &notice, AuditAction::ExpireInvitationRequest).await?;
        expired += 1;
    }
    Ok(expired)
}
