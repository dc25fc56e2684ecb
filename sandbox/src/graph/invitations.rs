//! `POST /invitations` with the rules of graph-b2b.md §1: required fields and address syntax,
//! who may invite (`allowInvitesFrom`), domain policy, existing addresses, internal→external
//! conversion (`invitedUser.id`), `resetRedemption`, sponsors, the redeem link and the mail.

use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};

use super::mail;
use super::users::{find_user, MAX_SPONSORS};
use super::{json_body, Ctx, GraphError, Permission};
use crate::directory::model::{AllowInvitesFrom, Redemption, UserRecord};
use crate::directory::seed::invited_guest;
use crate::directory::{
    State, Tenant, EXTERNAL_IDENTITY_PROVIDER_ADMINISTRATOR, GLOBAL_ADMINISTRATOR, GUEST_INVITER, HELPDESK_ADMINISTRATOR,
    USER_ADMINISTRATOR,
};

const INVITE: Permission = Permission {
    delegated: &["User.Invite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"],
    application: &["User.Invite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"],
};
const INVITER_ROLES: &[&str] = &[GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR, GUEST_INVITER];
const RESET_ROLES: &[&str] = &[HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR, GLOBAL_ADMINISTRATOR];
const CONVERT_ROLES: &[&str] = &[GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR, EXTERNAL_IDENTITY_PROVIDER_ADMINISTRATOR];
/// Characters Graph refuses in an invited address (graph-b2b.md §1).
const FORBIDDEN: &str = "~!#$%^&*()+=[]{}\\/|;:\"<>?,";

#[derive(Debug)]
struct Request {
    email: String,
    display_name: Option<String>,
    redirect_url: String,
    send_message: bool,
    language: Option<String>,
    custom_message: Option<String>,
    cc: Option<(Option<String>, String)>,
    member: bool,
    reset_redemption: bool,
    invited_user_id: Option<String>,
    sponsors: Vec<String>,
}

fn invalid_value(property: &str) -> GraphError {
    GraphError::invalid(format!("Invalid value specified for property '{property}' of resource 'Invitation'."))
}

fn opt_str(body: &Map<String, Value>, key: &str) -> Result<Option<String>, GraphError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(invalid_value(key)),
    }
}

fn opt_bool(body: &Map<String, Value>, key: &str) -> Result<bool, GraphError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(invalid_value(key)),
    }
}

/// Graph's address rule: one `@`, no forbidden characters, `.`/`-` not at either end of the local part.
pub fn valid_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    let clean = |s: &str| !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c == '@' || FORBIDDEN.contains(c));
    clean(local)
        && clean(domain)
        && !local.starts_with(['.', '-'])
        && !local.ends_with(['.', '-'])
        && domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
}

impl Request {
    fn parse(body: &Map<String, Value>) -> Result<Request, GraphError> {
        const KNOWN: &[&str] = &[
            "invitedUserDisplayName", "invitedUserEmailAddress", "invitedUserMessageInfo", "sendInvitationMessage",
            "inviteRedirectUrl", "invitedUserType", "resetRedemption", "invitedUser", "invitedUserSponsors",
            // Read-only properties a client may echo back; Graph ignores them.
            "id", "inviteRedeemUrl", "status", "@odata.type",
        ];
        if let Some(unknown) = body.keys().find(|k| !KNOWN.contains(&k.as_str())) {
            return Err(GraphError::invalid(format!("The property '{unknown}' does not exist on type 'microsoft.graph.invitation'.")));
        }
        let email = opt_str(body, "invitedUserEmailAddress")?
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .ok_or_else(|| GraphError::invalid("The invitedUserEmailAddress property is required."))?;
        let redirect_url = opt_str(body, "inviteRedirectUrl")?
            .filter(|u| !u.trim().is_empty())
            .ok_or_else(|| GraphError::invalid("The inviteRedirectUrl property is required."))?;
        if !valid_address(&email) {
            return Err(GraphError::invalid("The Primary SMTP Address is an invalid value."));
        }
        if !url::Url::parse(&redirect_url).is_ok_and(|u| matches!(u.scheme(), "http" | "https")) {
            return Err(GraphError::invalid("The inviteRedirectUrl must be an absolute http or https URL."));
        }
        let member = match opt_str(body, "invitedUserType")?.as_deref() {
            None | Some("Guest") => false,
            Some("Member") => true,
            Some(_) => return Err(GraphError::invalid("The invitedUserType must be 'Guest' or 'Member'.")),
        };
        let info = match body.get("invitedUserMessageInfo") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(m)) => m.clone(),
            Some(_) => return Err(invalid_value("invitedUserMessageInfo")),
        };
        let cc_list = match info.get("ccRecipients") {
            None | Some(Value::Null) => vec![],
            Some(Value::Array(list)) => list.clone(),
            Some(_) => return Err(invalid_value("ccRecipients")),
        };
        let mut cc = cc_list.iter().filter_map(|r| {
            let address = r.pointer("/emailAddress/address").and_then(Value::as_str)?;
            let name = r.pointer("/emailAddress/name").and_then(Value::as_str).map(str::to_string);
            Some((name, address.to_string()))
        });
        let first_cc = cc.next();
        if cc.next().is_some() {
            return Err(GraphError::invalid("Only one ccRecipient is supported for an invitation message."));
        }
        if let Some((_, address)) = &first_cc {
            if !valid_address(address) {
                return Err(GraphError::invalid("The ccRecipients address is an invalid value."));
            }
        }
        let invited_user_id = match body.get("invitedUser") {
            None | Some(Value::Null) => None,
            Some(v) => Some(v.get("id").and_then(Value::as_str).ok_or_else(|| invalid_value("invitedUser"))?.to_string()),
        };
        let sponsors = match body.get("invitedUserSponsors") {
            None | Some(Value::Null) => vec![],
            Some(Value::Array(list)) => list
                .iter()
                .map(|s| s.get("id").and_then(Value::as_str).map(str::to_string).ok_or_else(|| invalid_value("invitedUserSponsors")))
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(invalid_value("invitedUserSponsors")),
        };
        if sponsors.len() > MAX_SPONSORS {
            return Err(GraphError::invalid(format!("An invitation can name at most {MAX_SPONSORS} sponsors.")));
        }
        Ok(Request {
            email,
            display_name: opt_str(body, "invitedUserDisplayName")?,
            redirect_url,
            send_message: opt_bool(body, "sendInvitationMessage")?,
            language: opt_str(&info, "messageLanguage")?,
            custom_message: opt_str(&info, "customizedMessageBody")?,
            cc: first_cc,
            member,
            reset_redemption: opt_bool(body, "resetRedemption")?,
            invited_user_id,
            sponsors,
        })
    }
}

fn company_blocks_invites() -> GraphError {
    GraphError::new(
        StatusCode::FORBIDDEN,
        "Authorization_RequestDenied",
        "Guest invitations not allowed for your company. Contact your company administrator for more details.",
    )
}

/// `authorizationPolicy.allowInvitesFrom` (graph-b2b.md §1 and §6).
fn check_policy(ctx: &Ctx, state: &State) -> Result<(), GraphError> {
    let caller_is_member = || {
        ctx.caller.object_id.as_deref().and_then(|id| state.users.get(id)).is_some_and(|u| u.user_type == "Member")
    };
    let allowed = match state.settings().allow_invites_from {
        AllowInvitesFrom::None => false,
        // App-only under this restriction is refused in practice (a 2026 report; graph-b2b.md §1).
        AllowInvitesFrom::AdminsAndGuestInviters => !ctx.caller.is_app_only() && ctx.has_role(INVITER_ROLES),
        AllowInvitesFrom::AdminsGuestInvitersAndAllMembers => {
            ctx.caller.is_app_only() || ctx.has_role(INVITER_ROLES) || caller_is_member()
        }
        AllowInvitesFrom::Everyone => true,
    };
    if allowed {
        Ok(())
    } else {
        Err(company_blocks_invites())
    }
}

fn check_domain(tenant: &Tenant, state: &State, email: &str) -> Result<(), GraphError> {
    let domain = email.rsplit_once('@').map(|(_, d)| d.to_ascii_lowercase()).unwrap_or_default();
    if tenant.is_verified_domain(&domain) {
        return Err(GraphError::invalid(format!(
            "The invited user's email domain '{domain}' is a verified domain of this organization; invite an external address."
        )));
    }
    let settings = state.settings();
    let listed = |list: &[String]| list.iter().any(|d| d.eq_ignore_ascii_case(&domain));
    if listed(&settings.blocked_domains) || (!settings.allowed_domains.is_empty() && !listed(&settings.allowed_domains)) {
        return Err(GraphError::invalid(format!(
            "This invitation is blocked: the domain '{domain}' is not allowed by the organization's B2B collaboration policy."
        )));
    }
    Ok(())
}

/// What the invitation did to the directory.
struct Outcome {
    user_id: String,
    status: &'static str,
    /// Whether a mail goes out (never for an address that already exists, graph-b2b.md §1).
    mail: bool,
}

pub async fn create(ctx: Ctx, body: Bytes) -> Result<Response, GraphError> {
    let directory = ctx.sandbox.directory();
    if ctx.sandbox.config().throttle_invitations {
        directory.invitation_throttle().admit().map_err(GraphError::throttled)?;
    }
    ctx.require(&INVITE)?;
    let req = Request::parse(&json_body(&body)?)?;
    let now = directory.now();
    let tenant = directory.tenant().clone();
    let mut w = directory.write().await;
    check_policy(&ctx, w.state())?;
    check_domain(&tenant, w.state(), &req.email)?;
    if req.member {
        ctx.require_admin()?;
    }
    for sponsor in &req.sponsors {
        if !w.state().users.contains_key(sponsor) && !w.state().groups.contains_key(sponsor) {
            return Err(GraphError::invalid(format!("The sponsor '{sponsor}' was not found in the directory.")));
        }
    }

    let (mut user, outcome) = match (&req.invited_user_id, req.reset_redemption) {
        (None, true) => return Err(GraphError::invalid("resetRedemption requires invitedUser with the id of the user to reset.")),
        (Some(id), true) => {
            ctx.require_role(RESET_ROLES)?;
            let mut user = find_user(w.state(), id)?.clone();
            if ctx.caller.is_app_only() && !user.directory_role_template_ids.is_empty() {
                return Err(GraphError::denied());
            }
            let known = user.mail.iter().chain(user.other_mails.iter()).any(|a| a.eq_ignore_ascii_case(&req.email));
            if !known {
                return Err(GraphError::invalid(
                    "To reset redemption, first set the new address in the user's mail or otherMails property.",
                ));
            }
            user.external_user_state = Some("PendingAcceptance".into());
            user.external_user_state_change_date_time = Some(now);
            user.identities.retain(|i| i.sign_in_type != "federated");
            let outcome = Outcome { user_id: user.id.clone(), status: "PendingAcceptance", mail: true };
            (Some(user), outcome)
        }
        (Some(id), false) => {
            ctx.require_role(CONVERT_ROLES)?;
            let mut user = convertible(find_user(w.state(), id)?, &req.email)?.clone();
            user.external_user_state = Some("PendingAcceptance".into());
            user.external_user_state_change_date_time = Some(now);
            user.pending_b2b = Some(crate::directory::model::PendingB2b { external_address: req.email.clone() });
            let outcome = Outcome { user_id: user.id.clone(), status: "PendingAcceptance", mail: true };
            (Some(user), outcome)
        }
        (None, false) => {
            let existing = w.state().users.values().find(|u| u.known_addresses().any(|a| a.eq_ignore_ascii_case(&req.email)));
            match existing {
                Some(u) => {
                    let status = if u.external_user_state.as_deref() == Some("Accepted") { "Completed" } else { "PendingAcceptance" };
                    (None, Outcome { user_id: u.id.clone(), status, mail: false })
                }
                None => {
                    let mut user =
                        invited_guest(uuid::Uuid::new_v4().to_string(), &req.email, req.display_name.as_deref(), &tenant, now);
                    if req.member {
                        user.user_type = "Member".into();
                    }
                    let outcome = Outcome { user_id: user.id.clone(), status: "PendingAcceptance", mail: true };
                    (Some(user), outcome)
                }
            }
        }
    };
    // A new guest or an internal user invited to B2B; not a reset or an address that exists.
    let first_invitation = user.is_some() && !req.reset_redemption;
    // Sponsors: those named, else the inviting user (graph-b2b.md §1). Checked before any write.
    let current: Vec<&str> = w.state().sponsors_of(&outcome.user_id).collect();
    let sponsors: Vec<String> = match (&req.sponsors[..], ctx.caller.object_id.as_deref()) {
        ([], Some(inviter)) if first_invitation => vec![inviter.to_string()],
        (named, _) => named.to_vec(),
    }
    .into_iter()
    .filter(|s| !current.contains(&s.as_str()))
    .collect();
    if current.len() + sponsors.len() > MAX_SPONSORS {
        return Err(GraphError::invalid(format!("A user can have at most {MAX_SPONSORS} sponsors.")));
    }
    if let Some(user) = user.take() {
        w.put_user(user).await?;
    }
    for sponsor in &sponsors {
        w.add_sponsor(&outcome.user_id, sponsor).await?;
    }

    let ticket = uuid::Uuid::new_v4().simple().to_string();
    let redeem_url = format!("{}/_sandbox/redeem?rd={ticket}", ctx.sandbox.config().public_url.as_str().trim_end_matches('/'));
    if outcome.status == "PendingAcceptance" {
        w.put_redemption(Redemption {
            ticket,
            user_id: outcome.user_id.clone(),
            invited_email: req.email.clone(),
            redirect_url: req.redirect_url.clone(),
            created: now,
        })
        .await?;
    }
    if req.send_message && outcome.mail {
        let inviter = inviter_name(&ctx, w.state(), &tenant);
        let message = mail::compose(
            &mail::Invitation {
                organisation: &tenant.display_name,
                inviter: &inviter,
                to: &req.email,
                cc: req.cc.as_ref().map(|(_, a)| a.as_str()),
                redeem_url: &redeem_url,
                custom_message: req.custom_message.as_deref(),
                language: req.language.as_deref(),
            },
            now,
        );
        w.put_mail(message).await?;
    }
    drop(w);

    let cc: Vec<Value> = match &req.cc {
        Some((name, address)) => vec![json!({"emailAddress": {"name": name, "address": address}})],
        None => vec![json!({"emailAddress": {"name": null, "address": null}})],
    };
    let body = json!({
        "@odata.context": ctx.context("invitations/$entity"),
        "id": uuid::Uuid::new_v4().to_string(),
        "inviteRedeemUrl": redeem_url,
        "invitedUserDisplayName": req.display_name,
        "invitedUserType": if req.member { "Member" } else { "Guest" },
        "invitedUserEmailAddress": req.email,
        "sendInvitationMessage": req.send_message,
        "resetRedemption": req.reset_redemption,
        "inviteRedirectUrl": req.redirect_url,
        "status": outcome.status,
        "invitedUserMessageInfo": {
            "messageLanguage": req.language,
            "customizedMessageBody": req.custom_message,
            "ccRecipients": cc,
        },
        "invitedUser": {"id": outcome.user_id},
    });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// Preconditions for inviting an internal user to B2B (graph-b2b.md §1).
fn convertible<'u>(user: &'u UserRecord, email: &str) -> Result<&'u UserRecord, GraphError> {
    if user.creation_type.as_deref() == Some("Invitation") || user.identities.iter().any(|i| i.sign_in_type == "federated") {
        return Err(GraphError::invalid("The user already signs in with an external account; use resetRedemption instead."));
    }
    if user.on_premises_user_principal_name.is_some() {
        return Err(GraphError::invalid(
            "Users synchronized from on-premises with onPremisesUserPrincipalName set cannot be invited to B2B collaboration.",
        ));
    }
    if !user.mail.as_deref().is_some_and(|m| m.eq_ignore_ascii_case(email)) {
        return Err(GraphError::invalid("The invitedUserEmailAddress must match the mail property of the invited user."));
    }
    Ok(user)
}

/// The name the mail says the invitation is from: the signed-in user, else the calling app.
fn inviter_name(ctx: &Ctx, state: &State, tenant: &Tenant) -> String {
    match ctx.caller.object_id.as_deref().and_then(|id| state.users.get(id)) {
        Some(user) => user.display_name.clone(),
        None => state
            .service_principals
            .values()
            .find(|sp| sp.app_id == ctx.caller.app_id)
            .map(|sp| sp.display_name.clone())
            .unwrap_or_else(|| tenant.display_name.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::valid_address;

    #[test]
    fn address_rules() {
        assert!(valid_address("first.last@fabrikam.example"));
        assert!(valid_address("first_last@fabrikam.example"));
        assert!(!valid_address("first+tag@fabrikam.example"));
        assert!(!valid_address(".first@fabrikam.example"));
        assert!(!valid_address("first-@fabrikam.example"));
        assert!(!valid_address("first@@fabrikam.example"));
        assert!(!valid_address("first last@fabrikam.example"));
        assert!(!valid_address("nobody"));
    }
}
