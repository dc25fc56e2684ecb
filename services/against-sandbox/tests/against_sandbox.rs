//! The services against a live sandbox tenant over real HTTP, with no Leptos runtime: what the
//! pages, the worker and the command line get when they call them. Each test checks what the
//! service did in the sandbox's directory and in the audit trail.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig};
use sandbox::graph::FaultPlan;
use sandbox::Sandbox;
use services::audit::{self, AuditAction, AuditFilter, AuditOutcome};
use services::checks::Field;
use services::grants::{self, Grant};
use services::invite::{Attempt, InviteForm, InviteJob};
use services::jobs::{JobActor, JobId, JobInfo, JobKind};
use services::settings::InviteSettings;
use services::{Actor, Context, Db, Error, Principal, Role};

struct Tenant {
    sandbox: Sandbox,
    base: String,
    ctx: Context,
    /// The sandbox's data folder, deleted with the tenant.
    _data: live::DataDir,
}

const GRACE: &str = "grace.okafor@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";
const LUKAS: &str = "lukas.becker@northwind.example";

async fn tenant(vars: &[(&str, &str)]) -> Tenant {
    tenant_with(vars, |_| {}).await
}

/// A tenant whose Graph client's settings `adjust` changes (e.g. a shorter timeout).
async fn tenant_with(vars: &[(&str, &str)], adjust: impl FnOnce(&mut GraphConfig)) -> Tenant {
    tenant_serving(vars, adjust, |router| router).await
}

/// The same, with the sandbox's router passed through `wrap` (e.g. to count requests).
async fn tenant_serving(vars: &[(&str, &str)], adjust: impl FnOnce(&mut GraphConfig), wrap: impl FnOnce(axum::Router) -> axum::Router) -> Tenant {
    let data = live::DataDir::new("guestlist-services");
    let (sandbox, base) = live::serve(&data, false, wrap).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let mut config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    adjust(&mut config);
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let settings = InviteSettings::from_vars(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())).unwrap();
    let ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, settings);
    Tenant { sandbox, base, ctx, _data: data }
}

impl Tenant {
    /// `upn` signed in with the sandbox's code flow, with the portal roles given.
    async fn person(&self, upn: &str, roles: &[Role]) -> Actor {
        self.person_consenting(upn, roles, live::PORTAL_SCOPE).await
    }

    /// The same, with a token for `scope` only.
    async fn person_consenting(&self, upn: &str, roles: &[Role], scope: &str) -> Actor {
        let tokens = live::user_tokens_for(&self.sandbox, &self.base, upn, scope).await;
        let person = self.sandbox.directory().person_by_upn(upn).await.unwrap().unwrap();
        let principal = Principal {
            object_id: person.id.clone(),
            tenant_id: self.sandbox.directory().tenant().id.clone(),
            name: person.display_name.clone(),
            user_principal_name: upn.to_owned(),
            email: None,
            roles: roles.to_vec(),
        };
        let token = DelegatedToken {
            access_token: tokens["access_token"].as_str().unwrap().to_owned(),
            refresh_token: tokens["refresh_token"].as_str().map(str::to_owned),
            expires_at: chrono::Utc::now() + chrono::Duration::seconds(tokens["expires_in"].as_i64().unwrap()),
            scope: tokens["scope"].as_str().map(str::to_owned),
        };
        Actor::Person { principal, token: DelegatedSession::new(token), locale: i18n::Locale::En }
    }

    async fn audit(&self) -> Vec<audit::AuditEvent> {
        audit::list(&self.ctx.db, &Actor::operator(), &AuditFilter::default()).await.unwrap()
    }

    async fn users_with_mail(&self, mail: &str) -> usize {
        let state = self.sandbox.directory().read().await;
        state.users.values().filter(|u| u.mail.as_deref() == Some(mail)).count()
    }
}

fn form(email: &str) -> InviteForm {
    InviteForm {
        email: email.into(),
        display_name: "Ann Lee (Fabrikam)".into(),
        language: "de-DE".into(),
        redirect_url: "https://myapps.microsoft.com/".into(),
        groups: "Partner Collaboration".into(),
        job_title: "Engineer".into(),
        ..InviteForm::default()
    }
}

#[tokio::test]
async fn an_inviter_invites_with_their_own_token_and_the_attempt_is_audited() {
    let t = tenant(&[]).await;
    grants::allow_group(&t.ctx, &Actor::operator(), "Partner Collaboration").await.unwrap();
    let priya = t.person(PRIYA, &[Role::Inviter, Role::Sponsor]).await;
    let Attempt::Invited(outcome) = services::invite::invite(&t.ctx, &priya, &form("ann.lee@fabrikam.example")).await.unwrap() else {
        panic!("not invited")
    };
    assert_eq!(outcome.state, "PendingAcceptance");
    // A Guest Inviter may invite but not edit users or groups in Entra: the follow-up steps fail,
    // and say so, instead of being hidden; the form is kept for a retry.
    assert_eq!(outcome.steps.len(), 2);
    assert!(outcome.steps.iter().all(|s| s.error.as_deref().is_some_and(|e| e.contains("not allowed"))), "{:?}", outcome.steps);
    assert!(outcome.retry_form.is_some());
    assert_eq!(outcome.sponsors, ["Priya Natarajan"], "the inviter is the sponsor when none is named");
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 1);
    let events = t.audit().await;
    assert_eq!(events.len(), 2, "the list's change, then the invitation");
    let event = &events[0];
    assert_eq!((event.action, event.outcome), (AuditAction::Invite, AuditOutcome::InvitedStepFailed));
    assert_eq!(event.target, "ann.lee@fabrikam.example");
    assert!(event.actor.starts_with("Priya Natarajan <priya.natarajan@"));
    assert!(event.actor_id.is_some() && event.request_id.is_some(), "{event:?}");

    // The same address again: refused before Graph is asked, and audited as refused.
    let Attempt::Refused(review) = services::invite::invite(&t.ctx, &priya, &form("ann.lee@fabrikam.example")).await.unwrap() else {
        panic!("sent twice")
    };
    assert!(review.existing.is_some());
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 1);
    assert_eq!(t.audit().await[0].outcome, AuditOutcome::Refused);
}

#[tokio::test]
async fn permissions_are_checked_by_the_services_whoever_calls() {
    let t = tenant(&[]).await;
    let lukas = t.person(LUKAS, &[Role::Sponsor]).await;
    let refused = services::invite::invite(&t.ctx, &lukas, &form("bob@fabrikam.example")).await.unwrap_err();
    assert_eq!(refused, Error::NotAllowed { needed: Role::Inviter });
    assert_eq!(refused.status(), 403);
    let search = services::directory::search(&t.ctx, &lukas, "olivia").await.unwrap_err();
    assert_eq!(search, Error::NotAllowed { needed: Role::Admin });
    assert!(audit::list(&t.ctx.db, &lukas, &AuditFilter::default()).await.is_err(), "only Admins read the audit trail");
    assert_eq!(t.users_with_mail("bob@fabrikam.example").await, 0);
}

#[tokio::test]
async fn the_portals_own_checks_are_refusals_in_plain_words() {
    let t = tenant(&[("GUESTLIST_BLOCKED_DOMAINS", "rival.example")]).await;
    let operator = Actor::Operator { name: "ops".into() };
    let Attempt::Refused(review) = services::invite::invite(&t.ctx, &operator, &form("eve@rival.example")).await.unwrap() else {
        panic!("a blocked domain was invited")
    };
    assert!(review.problems.iter().any(|p| p.text.contains("not to invite people from rival.example")), "{review:?}");
    // The command line has no signed-in person to be the sponsor: it must name one.
    let error = services::invite::invite(&t.ctx, &operator, &form("zoe@fabrikam.example")).await.unwrap_err();
    assert!(matches!(&error, Error::Invalid(text) if text.contains("sponsor")), "{error:?}");
    let events = t.audit().await;
    assert_eq!(events.iter().map(|e| e.outcome).collect::<Vec<_>>(), [AuditOutcome::Failed, AuditOutcome::Refused]);
    assert_eq!(events[0].actor, "ops (command line)");
}

#[tokio::test]
async fn a_change_made_from_the_command_line_is_audited() {
    let t = tenant(&[]).await;
    let operator = Actor::Operator { name: "ops".into() };
    let mut invite = form("kim@fabrikam.example");
    invite.sponsors = GRACE.into();
    let Attempt::Invited(outcome) = services::invite::invite(&t.ctx, &operator, &invite).await.unwrap() else { panic!("refused") };
    let id = outcome.user_id.parse().unwrap();
    let lines = services::directory::change_mail(&t.ctx, &operator, id, "kim@contoso.example").await.unwrap().unwrap();
    assert!(lines[0].contains("is now kim@contoso.example"), "{lines:?}");
    assert_eq!(t.users_with_mail("kim@contoso.example").await, 1);
    let events = t.audit().await;
    assert_eq!(events[0].action, AuditAction::ChangeEmailAddress);
    assert_eq!((events[0].outcome, events[0].actor.as_str()), (AuditOutcome::Changed, "ops (command line)"));
    assert_eq!(events[1].action, AuditAction::Invite);
}

#[tokio::test]
async fn the_directory_resends_and_refuses_what_does_not_apply() {
    let t = tenant(&[]).await;
    let grace = t.person(GRACE, &[Role::Admin, Role::Sponsor]).await;
    let found = services::directory::search(&t.ctx, &grace, "olivia").await.unwrap();
    let olivia = found.people.iter().find(|p| p.display_name == "Olivia Chen").expect("Olivia is seeded");
    let id = olivia.id.parse().unwrap();
    // Olivia accepted: there is nothing pending to resend.
    let refused = services::directory::resend(&t.ctx, &grace, id).await.unwrap().unwrap_err();
    assert!(refused.0[0].contains("has no pending invitation"), "{refused:?}");
    assert_eq!(t.audit().await[0].outcome, AuditOutcome::Refused);
    let missing = services::directory::person(&t.ctx, &grace, "00000000-0000-0000-0000-000000000001".parse().unwrap()).await;
    assert!(matches!(missing, Err(Error::NotFound(_))), "{missing:?}");
}

#[tokio::test]
async fn the_conversion_assistant_explains_a_synced_accounts_blocker() {
    let t = tenant(&[]).await;
    let grace = t.person(GRACE, &[Role::Admin]).await;
    let accounts = services::convert::find_internal(&t.ctx, &grace, "Tomasz").await.unwrap();
    let tomasz = accounts.first().expect("Tomasz is seeded");
    let assessment = services::convert::assess_account(&t.ctx, &grace, &tomasz.id, Some("tomasz@nowak.example")).await.unwrap();
    assert!(!assessment.can_convert());
    assert!(assessment.blockers().any(|f| f.title.contains("Entra Connect")), "{:?}", assessment.findings);
}

#[tokio::test]
async fn a_new_link_or_reset_is_only_for_external_users_and_resets_only_for_admins() {
    let t = tenant(&[]).await;
    let priya = t.person(PRIYA, &[Role::Inviter, Role::Sponsor]).await;
    let grace_id = t.sandbox.directory().person_by_upn(GRACE).await.unwrap().unwrap().id.parse().unwrap();
    // A member's id sent by hand: refused and audited, and Grace stays a member.
    let refused = services::invite::invite_again(&t.ctx, &priya, grace_id, false).await.unwrap_err();
    assert!(matches!(&refused, Error::Invalid(text) if text.contains("not an external user")), "{refused:?}");
    assert_eq!((t.audit().await[0].action, t.audit().await[0].outcome), (AuditAction::NewInvitationLink, AuditOutcome::Refused));
    let missing = services::invite::invite_again(&t.ctx, &priya, "00000000-0000-0000-0000-0000000000ff".parse().unwrap(), false).await;
    assert!(matches!(missing, Err(Error::NotFound(_))), "{missing:?}");
    // An Inviter may not reset a redemption with their own token: Entra lets only administrators.
    let olivia = services::directory::search(&t.ctx, &Actor::operator(), "olivia").await.unwrap().people[0].id.parse().unwrap();
    let reset = services::invite::invite_again(&t.ctx, &priya, olivia, true).await.unwrap_err();
    assert_eq!(reset, Error::NotAllowed { needed: Role::Admin });
    let link = services::invite::invite_again(&t.ctx, &priya, olivia, false).await.unwrap();
    assert!(link.redeem_url.is_some(), "a guest gets a new link");
}

/// The sandbox's Extranet app role `Partner reader` and Guestlist's own `Guest inviter` role, as
/// `{servicePrincipalId}/{appRoleId}`.
async fn app_roles(t: &Tenant) -> (String, String) {
    let state = t.sandbox.directory().read().await;
    let role = |app: &str, role: &str| {
        let sp = state.service_principals.values().find(|sp| sp.display_name == app).unwrap();
        format!("{}/{}", sp.id, sp.app_roles.iter().find(|r| r.display_name == role).unwrap().id)
    };
    (role("Northwind Partner Extranet", "Partner reader"), role("Guestlist", "Guest inviter"))
}

fn with_access(email: &str, groups: &str, app: &str) -> InviteForm {
    InviteForm { groups: groups.into(), app: app.into(), job_title: String::new(), ..form(email) }
}

#[tokio::test]
async fn an_inviters_grant_outside_the_list_is_refused_and_audited() {
    let t = tenant(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await;
    let priya = t.person(PRIYA, &[Role::Inviter]).await;
    let (extranet, _) = app_roles(&t).await;
    let Attempt::Refused(review) =
        services::invite::invite(&t.ctx, &priya, &with_access("ann.lee@fabrikam.example", "Partner Collaboration", &extranet)).await.unwrap()
    else {
        panic!("the application token granted what no administrator allowed")
    };
    assert!(review.about(Field::Groups)[0].contains("Inviters may not add guests to the group “Partner Collaboration”"), "{review:?}");
    assert!(review.about(Field::App)[0].contains("Inviters may not give access to Northwind Partner Extranet — Partner reader"), "{review:?}");
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 0);
    assert_eq!((t.audit().await[0].action, t.audit().await[0].outcome), (AuditAction::Invite, AuditOutcome::Refused));
    assert!(services::invite::offered_apps(&t.ctx, &priya).await.unwrap().is_empty(), "nothing is offered by default");

    // Once an Admin allows both, the Inviter may grant them.
    let grace = t.person(GRACE, &[Role::Admin]).await;
    grants::allow_group(&t.ctx, &grace, "Partner Collaboration").await.unwrap();
    grants::allow_app_role(&t.ctx, &grace, &extranet).await.unwrap();
    let offered = services::invite::offered_apps(&t.ctx, &priya).await.unwrap();
    assert_eq!(offered.iter().map(|a| a.value.as_str()).collect::<Vec<_>>(), [extranet.as_str()]);
    let Attempt::Invited(outcome) =
        services::invite::invite(&t.ctx, &priya, &with_access("ann.lee@fabrikam.example", "Partner Collaboration", &extranet)).await.unwrap()
    else {
        panic!("refused what is on the list")
    };
    assert!(outcome.steps.iter().all(|s| s.error.is_none()), "{:?}", outcome.steps);
}

#[tokio::test]
async fn the_invite_job_refuses_a_grant_outside_the_list_and_audits_it() {
    let t = tenant(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await;
    let priya = t.sandbox.directory().person_by_upn(PRIYA).await.unwrap().unwrap();
    let started_by = JobActor { name: "Priya Natarajan <priya.natarajan@northwind.example>".into(), object_id: Some(priya.id), roles: vec![Role::Inviter], locale: i18n::Locale::En };
    let job = JobInfo { id: JobId(1), kind: "invite".into(), started_by, row: 1, attempt: 1 };
    let input = serde_json::to_value(with_access("bo@fabrikam.example", "Partner Collaboration", "")).unwrap();
    let refused = InviteJob.run_row(&t.ctx, &job, &input).await.unwrap_err();
    assert!(matches!(&refused, Error::Invalid(text) if text.contains("Inviters may not add guests to the group")), "{refused:?}");
    assert_eq!(t.users_with_mail("bo@fabrikam.example").await, 0);
    let event = &t.audit().await[0];
    assert_eq!((event.action, event.outcome, event.target.as_str()), (AuditAction::Invite, AuditOutcome::Refused, "bo@fabrikam.example"));
}

#[tokio::test]
async fn guestlists_own_roles_are_never_granted_even_by_admins_or_from_the_list() {
    let t = tenant(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await;
    let grace = t.person(GRACE, &[Role::Admin]).await;
    let (_, inviter_role) = app_roles(&t).await;
    // An Admin may grant any app, but not Guestlist's own roles; they are not even offered.
    assert!(services::invite::offered_apps(&t.ctx, &grace).await.unwrap().iter().all(|a| !a.label.starts_with("Guestlist")));
    let Attempt::Refused(review) = services::invite::invite(&t.ctx, &grace, &with_access("mal@fabrikam.example", "", &inviter_role)).await.unwrap()
    else {
        panic!("Guestlist's inviter role went to an outside account")
    };
    assert!(review.about(Field::App)[0].contains("Guestlist's own roles cannot be given"), "{review:?}");
    // They cannot be put on the list, and the attempt is audited.
    let refused = grants::allow_app_role(&t.ctx, &grace, &inviter_role).await.unwrap_err();
    assert!(matches!(&refused, Error::Invalid(text) if text.contains("Guestlist's own roles")), "{refused:?}");
    assert_eq!((t.audit().await[0].action, t.audit().await[0].outcome), (AuditAction::AllowGrant, AuditOutcome::Refused));
    // Even when the database holds such an entry (written by hand, or before this rule), it is refused.
    let (sp, role) = inviter_role.split_once('/').unwrap();
    let planted = Grant::AppRole { service_principal_id: sp.into(), app_role_id: role.into(), label: "Guestlist — Guest inviter".into() };
    let services::Db::Sqlite(pool) = &t.ctx.db else { unreachable!() };
    sqlx::query("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, '2026-01-01T00:00:00Z', 'someone')")
        .bind(format!("grants.{}", planted.key()))
        .bind(serde_json::to_string(&planted).unwrap())
        .execute(pool)
        .await
        .unwrap();
    let priya = t.person(PRIYA, &[Role::Inviter]).await;
    let Attempt::Refused(review) = services::invite::invite(&t.ctx, &priya, &with_access("mal@fabrikam.example", "", &inviter_role)).await.unwrap()
    else {
        panic!("a planted entry let an Inviter grant Guestlist's own role")
    };
    assert!(review.about(Field::App)[0].contains("Guestlist's own roles cannot be given"), "{review:?}");
    assert_eq!(t.users_with_mail("mal@fabrikam.example").await, 0);
}

#[tokio::test]
async fn guests_are_never_added_to_guestlists_inviter_group() {
    let inviters = "Guest Inviters";
    let probe = tenant(&[]).await;
    let group = probe.sandbox.directory().read().await.groups.values().find(|g| g.display_name == inviters).unwrap().id.clone();
    let t = tenant(&[("GUESTLIST_INVITE_CREDENTIAL", "application"), ("GUESTLIST_INVITER_GROUP_ID", &group)]).await;
    let refused = grants::allow_group(&t.ctx, &Actor::operator(), inviters).await.unwrap_err();
    assert!(matches!(&refused, Error::Invalid(text) if text.contains("makes people inviters")), "{refused:?}");
    let mut admins_form = with_access("mal@fabrikam.example", inviters, "");
    admins_form.sponsors = GRACE.into();
    let Attempt::Refused(review) = services::invite::invite(&t.ctx, &Actor::operator(), &admins_form).await.unwrap() else {
        panic!("a guest was added to the inviter group")
    };
    assert!(review.about(Field::Groups)[0].contains("makes people inviters"), "{review:?}");
}

#[tokio::test]
async fn only_admins_read_and_change_what_inviters_may_grant() {
    let t = tenant(&[]).await;
    let priya = t.person(PRIYA, &[Role::Inviter]).await;
    let grace = t.person(GRACE, &[Role::Admin]).await;
    let not_admin = Error::NotAllowed { needed: Role::Admin };
    assert_eq!(grants::list(&t.ctx, &priya).await.unwrap_err(), not_admin);
    assert_eq!(grants::allow_group(&t.ctx, &priya, "Partner Collaboration").await.unwrap_err(), not_admin);
    assert_eq!(grants::find(&t.ctx, &priya, "Partner").await.unwrap_err(), not_admin);
    assert!(grants::list(&t.ctx, &grace).await.unwrap().is_empty(), "empty by default");

    let found = grants::find(&t.ctx, &grace, "Partner").await.unwrap();
    assert!(found.groups.iter().any(|g| g.value == "Partner Collaboration"), "{found:?}");
    assert!(found.apps.iter().any(|a| a.label == "Northwind Partner Extranet — Partner reader"), "{found:?}");
    let added = grants::allow_group(&t.ctx, &grace, "Partner Collaboration").await.unwrap();
    assert_eq!(grants::list(&t.ctx, &grace).await.unwrap(), [added.clone()]);
    assert_eq!(grants::remove(&t.ctx, &priya, &added.key()).await.unwrap_err(), not_admin);
    grants::remove(&t.ctx, &grace, &added.key()).await.unwrap();
    assert!(grants::list(&t.ctx, &grace).await.unwrap().is_empty());
    assert!(matches!(grants::remove(&t.ctx, &grace, &added.key()).await, Err(Error::NotFound(_))));
    let events = t.audit().await;
    let actions: Vec<_> = events.iter().map(|e| (e.action, e.outcome, e.target.as_str())).collect();
    assert_eq!(
        actions,
        [
            (AuditAction::RemoveAllowedGrant, AuditOutcome::Changed, "Partner Collaboration (group)"),
            (AuditAction::AllowGrant, AuditOutcome::Changed, "Partner Collaboration (group)"),
        ]
    );
    assert!(events[0].actor.starts_with("Grace Okafor"));
}

#[tokio::test]
async fn in_delegated_mode_the_checks_and_suggestions_read_with_the_persons_own_token() {
    // A token consented to inviting only: it cannot read the directory's people.
    let narrow = "openid profile offline_access https://graph.microsoft.com/User.Read https://graph.microsoft.com/User.Invite.All";
    let t = tenant(&[]).await;
    let priya = t.person_consenting(PRIYA, &[Role::Inviter], narrow).await;
    let refused = services::checks::check_address(&t.ctx, &priya, "ann.lee@fabrikam.example").await.unwrap_err();
    assert!(matches!(&refused, Error::Graph { status: 403, .. }), "Entra's answer to her own token: {refused:?}");
    let refused = services::invite::suggest(&t.ctx, &priya, "Pr", false).await.unwrap_err();
    assert!(matches!(&refused, Error::Graph { status: 403, .. }), "{refused:?}");

    // In application mode the portal reads with its own permissions, after its own role check.
    let t = tenant(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await;
    let priya = t.person_consenting(PRIYA, &[Role::Inviter], narrow).await;
    assert!(services::checks::check_address(&t.ctx, &priya, "ann.lee@fabrikam.example").await.unwrap().can_send());
}

#[tokio::test]
async fn an_invitation_whose_answer_was_lost_goes_on_with_the_guest_it_created() {
    let t = tenant(&[("GUESTLIST_INVITE_CREDENTIAL", "application")]).await;
    let grace = t.person(GRACE, &[Role::Admin]).await;
    // Graph creates the guest, then its gateway answers 504.
    let lost = FaultPlan { status: Some(504), count: 1, path: Some("/invitations".into()), after_handling: true, ..FaultPlan::default() };
    t.sandbox.faults().inject(lost).unwrap();
    let Attempt::Invited(outcome) = services::invite::invite(&t.ctx, &grace, &form("ann.lee@fabrikam.example")).await.unwrap() else {
        panic!("refused")
    };
    assert!(t.sandbox.faults().pending().is_none(), "the invitation met the fault");
    assert!(outcome.notes.iter().any(|n| n.contains("Microsoft did not confirm the invitation")), "{:?}", outcome.notes);
    assert!(outcome.user_principal_name.contains("#EXT#"), "{outcome:?}");
    assert!(outcome.steps.iter().all(|s| s.error.is_none()), "the follow-up steps ran on the guest found: {:?}", outcome.steps);
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 1, "no second guest");
    let event = &t.audit().await[0];
    assert_eq!(event.outcome, AuditOutcome::Invited);
    assert!(event.options.contains("lostAnswer") && event.request_id.is_some(), "{event:?}");
}

#[tokio::test]
async fn an_invitation_that_timed_out_goes_on_with_the_guest_created_meanwhile() {
    let t = tenant_with(&[("GUESTLIST_INVITE_CREDENTIAL", "application")], |config| {
        config.retry.attempt_timeout = std::time::Duration::from_millis(500);
    })
    .await;
    let grace = t.person(GRACE, &[Role::Admin]).await;
    // The sandbox creates the guest after the client stopped waiting.
    let slow = FaultPlan { delay_ms: Some(1_000), count: 1, path: Some("/invitations".into()), ..FaultPlan::default() };
    t.sandbox.faults().inject(slow).unwrap();
    let Attempt::Invited(outcome) = services::invite::invite(&t.ctx, &grace, &form("ann.lee@fabrikam.example")).await.unwrap() else {
        panic!("refused")
    };
    assert!(outcome.notes.iter().any(|n| n.contains("could not reach Microsoft Graph") || n.contains("did not confirm")), "{:?}", outcome.notes);
    assert_eq!(t.users_with_mail("ann.lee@fabrikam.example").await, 1, "no second guest");
    assert!(outcome.steps.iter().all(|s| s.error.is_none()), "{:?}", outcome.steps);
}

#[tokio::test]
async fn a_guests_details_take_one_graph_call_and_a_second_only_for_app_role_names() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let t = tenant_serving(&[], |_| {}, move |router| {
        router.layer(axum::middleware::from_fn(move |request: axum::extract::Request, next: axum::middleware::Next| {
            // A `$batch` is one call: its requests run inside the sandbox, not through this layer.
            if request.uri().path().starts_with("/_sandbox/graph/") {
                counter.fetch_add(1, Ordering::SeqCst);
            }
            next.run(request)
        }))
    })
    .await;
    let helpdesk = t.person(LUKAS, &[Role::Helpdesk, Role::Sponsor]).await;
    let ids: std::collections::HashMap<String, graph::ObjectId> =
        t.sandbox.directory().read().await.users.values().map(|u| (u.display_name.clone(), u.id.parse().unwrap())).collect();
    let id_of = |name: &str| std::future::ready(ids[name]);
    // The application token is fetched once first (from the issuer, not Graph).
    services::guests::details::details(&t.ctx, &helpdesk, id_of("Yuki Tanaka").await).await.unwrap();
    for (name, expected) in [("Noah Williams", 1), ("Olivia Chen", 2)] {
        let before = calls.load(Ordering::SeqCst);
        let details = services::guests::details::details(&t.ctx, &helpdesk, id_of(name).await).await.unwrap();
        assert_eq!(calls.load(Ordering::SeqCst) - before, expected, "{name}");
        assert_eq!(details.display_name, name);
    }
    let priya = t.person(PRIYA, &[Role::Inviter, Role::Sponsor]).await;
    let before = calls.load(Ordering::SeqCst);
    let refused = services::guests::details::details(&t.ctx, &priya, id_of("Noah Williams").await).await;
    assert_eq!(refused, Err(Error::NotAllowed { needed: Role::Helpdesk }));
    assert_eq!(calls.load(Ordering::SeqCst), before, "refused before Graph is asked");
}
