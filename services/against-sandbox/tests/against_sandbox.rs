//! The services against a live sandbox tenant over real HTTP, with no Leptos runtime: what the
//! pages, the worker and the command line get when they call them. Each test checks what the
//! service did in the sandbox's directory and in the audit trail.

#[path = "../../../sandbox/tests/support/live.rs"]
mod live;

use graph::{DelegatedSession, DelegatedToken, GraphClient, GraphConfig};
use sandbox::Sandbox;
use services::audit::{self, AuditAction, AuditFilter, AuditOutcome};
use services::invite::{Attempt, InviteForm};
use services::settings::InviteSettings;
use services::{Actor, Context, Db, Error, Principal, Role};

struct Tenant {
    sandbox: Sandbox,
    base: String,
    ctx: Context,
}

const GRACE: &str = "grace.okafor@northwind.example";
const PRIYA: &str = "priya.natarajan@northwind.example";
const LUKAS: &str = "lukas.becker@northwind.example";

async fn tenant(vars: &[(&str, &str)]) -> Tenant {
    let (sandbox, base) = live::serve(&live::temp_data_dir("guestlist-services"), false, |router| router).await;
    let app = sandbox.directory().portal_app().clone();
    let token_endpoint = live::issuer_endpoint(&sandbox, &base, "oauth2/v2.0/token");
    let config = GraphConfig::new(&format!("{base}/_sandbox/graph"), &token_endpoint, &app.client_id, &app.client_secret).unwrap();
    let graph = GraphClient::new(reqwest::Client::new(), config);
    let settings = InviteSettings::from_vars(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())).unwrap();
    let ctx = Context::new(graph, Db::in_memory().await.unwrap(), None, settings);
    Tenant { sandbox, base, ctx }
}

impl Tenant {
    /// `upn` signed in with the sandbox's code flow, with the portal roles given.
    async fn person(&self, upn: &str, roles: &[Role]) -> Actor {
        let tokens = live::user_tokens(&self.sandbox, &self.base, upn).await;
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
        Actor::Person { principal, token: DelegatedSession::new(token) }
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
    assert_eq!(events.len(), 1);
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
