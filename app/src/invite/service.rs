//! The invitation service (server side): settings, the checks before sending, and sending.
//! Plain Rust over `graph::Caller`s, so server functions stay thin and the rules are testable.

use std::collections::BTreeSet;

use futures::{StreamExt, TryStreamExt};
use graph::{
    existing_user_filter, AllowInvitesFrom, Caller, EmailAddress, EmailAddressInfo, Filter, GraphError, Invitation,
    InvitationRequest, InvitedUserMessageInfo, ObjectId, Query, Recipient, Sent, UserRef, UserType, UserUpdate,
    MAX_INVITATION_SPONSORS,
};
use url::Url;

use super::{AppChoice, ExistingUser, Suggestion, Field, FollowUp, InviteForm, InviteOutcome, Problem, Review, Step, LANGUAGES};
use crate::auth::{Principal, Role};

/// Which token sends the invitation (`GUESTLIST_INVITE_CREDENTIAL`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CredentialMode {
    /// The signed-in person's own token: Entra decides with their role (default).
    Delegated,
    /// The portal's application token, after the portal's own role check: staff without an
    /// Entra role can invite under the portal's rules.
    Application,
}

/// The invite page's settings, from `GUESTLIST_*` variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InviteSettings {
    /// Where guests land after accepting, unless the inviter picks another allowed URL.
    pub default_redirect: Url,
    /// A redirect URL must start with one of these.
    pub allowed_redirect_prefixes: Vec<String>,
    /// Domains Guestlist refuses on top of the tenant's own list (lower case).
    pub blocked_domains: BTreeSet<String>,
    pub credential: CredentialMode,
    /// `GUESTLIST_SMTP_URL`: where "Send it from Guestlist" mails go (the sandbox's own
    /// receiver when unset in sandbox mode).
    pub smtp_url: Option<String>,
    /// `GUESTLIST_MAIL_FROM`: the sender of those mails.
    pub mail_from: String,
}

/// The sender when `GUESTLIST_MAIL_FROM` is unset (fine for the sandbox; set it for real mail).
pub const DEFAULT_MAIL_FROM: &str = "Guestlist <guestlist@localhost>";

/// A setting of the invite page that cannot be used.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("{var} is {value:?}, which is not {expected}. Fix it or unset it to use the default.")]
    Invalid { var: &'static str, value: String, expected: &'static str },
}

const DEFAULT_REDIRECT: &str = "https://myapps.microsoft.com/";

impl InviteSettings {
    /// Reads `GUESTLIST_INVITE_REDIRECT_URL`, `GUESTLIST_INVITE_REDIRECT_PREFIXES` (comma
    /// separated; default: the redirect URL), `GUESTLIST_BLOCKED_DOMAINS` (comma separated) and
    /// `GUESTLIST_INVITE_CREDENTIAL` (`delegated` or `application`) through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<InviteSettings, SettingsError> {
        let list = |value: Option<String>| -> Vec<String> {
            value.iter().flat_map(|v| v.split(',')).map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
        };
        let redirect_var = "GUESTLIST_INVITE_REDIRECT_URL";
        let default_redirect = var(redirect_var).unwrap_or_else(|| DEFAULT_REDIRECT.into());
        let default_redirect = https_url(&default_redirect).ok_or(SettingsError::Invalid {
            var: redirect_var,
            value: default_redirect,
            expected: "an https:// URL",
        })?;
        let mut allowed_redirect_prefixes = list(var("GUESTLIST_INVITE_REDIRECT_PREFIXES"));
        if let Some(bad) = allowed_redirect_prefixes.iter().find(|p| https_url(p).is_none()) {
            return Err(SettingsError::Invalid {
                var: "GUESTLIST_INVITE_REDIRECT_PREFIXES",
                value: bad.clone(),
                expected: "a comma-separated list of https:// URL prefixes",
            });
        }
        if allowed_redirect_prefixes.is_empty() {
            allowed_redirect_prefixes.push(default_redirect.to_string());
        }
        let blocked_domains = list(var("GUESTLIST_BLOCKED_DOMAINS")).into_iter().map(|d| d.to_lowercase()).collect();
        let credential = match var("GUESTLIST_INVITE_CREDENTIAL").as_deref().map(str::to_ascii_lowercase).as_deref() {
            None | Some("delegated") => CredentialMode::Delegated,
            Some("application") => CredentialMode::Application,
            Some(other) => {
                return Err(SettingsError::Invalid {
                    var: "GUESTLIST_INVITE_CREDENTIAL",
                    value: other.to_owned(),
                    expected: "delegated or application",
                })
            }
        };
        let smtp_url = var("GUESTLIST_SMTP_URL");
        let mail_from = var("GUESTLIST_MAIL_FROM");
        if smtp_url.is_some() && mail_from.is_none() {
            return Err(SettingsError::Invalid {
                var: "GUESTLIST_MAIL_FROM",
                value: String::new(),
                expected: "set when GUESTLIST_SMTP_URL is: a sender such as \"Guestlist <guests@contoso.com>\"",
            });
        }
        let mail_from = mail_from.unwrap_or_else(|| DEFAULT_MAIL_FROM.into());
        Ok(InviteSettings { default_redirect, allowed_redirect_prefixes, blocked_domains, credential, smtp_url, mail_from })
    }

    fn redirect_allowed(&self, url: &Url) -> bool {
        self.allowed_redirect_prefixes.iter().any(|prefix| url.as_str().starts_with(prefix.as_str()))
    }
}

fn https_url(value: &str) -> Option<Url> {
    Url::parse(value.trim()).ok().filter(|url| url.scheme() == "https" && url.has_host())
}

/// Whether `principal` may use the invite page at all (the portal's own rule).
pub fn may_use_invite_page(principal: &Principal) -> bool {
    principal.has(Role::Inviter) || principal.has(Role::Admin)
}

/// The Graph credentials an invitation uses: `checks` reads the tenant's rules with the
/// portal's own permissions; `sender` sends as configured.
pub struct Callers {
    pub checks: Caller,
    pub sender: Caller,
}

/// What the tenant and Guestlist decide about an address.
fn problem(field: Field, text: impl Into<String>) -> Problem {
    Problem { field, text: text.into() }
}

/// Every check that only depends on the address: syntax, own domain, domain lists, existing user.
pub async fn review_address(callers: &Callers, settings: &InviteSettings, input: &str) -> Result<Review, GraphError> {
    let email = match EmailAddress::parse(input) {
        Ok(email) => email,
        Err(error) => {
            let text = format!("This address cannot be invited: {error}. Check it for typos; Microsoft does not accept addresses with '+' or similar characters, so ask the person for their plain address.");
            return Ok(Review { problems: vec![problem(Field::Email, text)], existing: None });
        }
    };
    let domain = email.domain();
    let mut problems = Vec::new();
    if callers.checks.organization().await?.owns_domain(&domain) {
        problems.push(problem(
            Field::Email,
            format!("{domain} is your own organization's domain: this is a colleague, not a guest. They can sign in with their work account already."),
        ));
    }
    if settings.blocked_domains.contains(&domain) {
        problems.push(problem(Field::Email, format!("Guestlist is set up not to invite people from {domain}. Ask an administrator if this person really needs access.")));
    }
    for policy in callers.checks.b2b_management_policies().await? {
        let restriction = policy
            .domain_restriction()
            .map_err(|e| GraphError::InvalidRequest(format!("the tenant's domain list cannot be read: {e}")))?;
        if !restriction.permits(&domain) {
            problems.push(problem(Field::Email, format!("Your organization's guest settings do not allow invitations to {domain}. Ask an administrator to allow the domain, or use another address.")));
        }
    }
    let query = Query::new()
        .select(&["id", "displayName", "userPrincipalName", "mail", "userType", "externalUserState"])
        .filter(existing_user_filter(&email));
    let existing = callers.checks.users(query).try_next().await?.map(|user| ExistingUser {
        id: user.id.map(|id| id.to_string()).unwrap_or_default(),
        display_name: user.display_name.unwrap_or_default(),
        user_principal_name: user.user_principal_name.unwrap_or_default(),
        is_guest: user.user_type == Some(UserType::Guest),
        state: user.external_user_state.map(|s| s.as_str().to_owned()),
    });
    Ok(Review { problems, existing })
}

/// The whole form's checks: may the person invite, the address, and the other fields.
pub async fn review(
    callers: &Callers,
    settings: &InviteSettings,
    principal: &Principal,
    form: &InviteForm,
) -> Result<Review, GraphError> {
    let mut review = review_address(callers, settings, &form.email).await?;
    let allowed_by_tenant = match callers.checks.authorization_policy().await?.allow_invites_from {
        Some(AllowInvitesFrom::None) => false,
        Some(AllowInvitesFrom::AdminsAndGuestInviters) => may_use_invite_page(principal),
        _ => true,
    };
    if !allowed_by_tenant {
        review.problems.push(problem(Field::Permission, "Your organization has switched off guest invitations for everyone. An administrator can turn them back on in the tenant's external collaboration settings."));
    }
    if !form.cc.trim().is_empty() && EmailAddress::parse(&form.cc).is_err() {
        review.problems.push(problem(Field::Cc, "The copy recipient is not a valid e-mail address. Correct it or leave the field empty."));
    }
    match https_url(&form.redirect_url) {
        Some(url) if settings.redirect_allowed(&url) => {}
        Some(_) => review.problems.push(problem(
            Field::RedirectUrl,
            format!("Guests may only be sent to addresses starting with {}. Pick one of those or leave the default.", settings.allowed_redirect_prefixes.join(" or ")),
        )),
        None => review.problems.push(problem(Field::RedirectUrl, "The page after acceptance must be an https:// address.")),
    }
    if form.as_member() && !principal.has(Role::Admin) {
        review.problems.push(problem(Field::UserType, "Only administrators can invite someone as a member. Leave the box unticked to invite a guest."));
    }
    if !form.language.is_empty() && !LANGUAGES.iter().any(|(code, _)| *code == form.language) {
        review.problems.push(problem(Field::Language, "Pick a language from the list."));
    }
    let usage_location = form.usage_location.trim();
    if !usage_location.is_empty() && !(usage_location.len() == 2 && usage_location.chars().all(|c| c.is_ascii_alphabetic())) {
        review.problems.push(problem(Field::UsageLocation, "The usage location is a two-letter country code such as DE or US."));
    }
    review.problems.extend(resolve_access(&callers.checks, form).await?.1);
    Ok(review)
}

/// At most this many groups per invitation, so a slip cannot hand out access wholesale.
pub const MAX_GROUPS: usize = 20;

/// Sponsors, groups and the app of a form, found in the directory.
#[derive(Default)]
pub struct Access {
    pub sponsors: Vec<ObjectId>,
    pub groups: Vec<(ObjectId, String)>,
    /// Service principal, app role id and a label.
    pub app: Option<(ObjectId, String, String)>,
}

fn entries(text: &str) -> Vec<&str> {
    text.split(['\n', ',', ';']).map(str::trim).filter(|e| !e.is_empty()).collect()
}

async fn one_group(checks: &Caller, name: &str) -> Result<Result<(ObjectId, String), String>, GraphError> {
    let query = Query::new()
        .select(&["id", "displayName"])
        .filter(Filter::eq("displayName", name).or(Filter::eq("mail", name)))
        .top(2);
    let groups: Vec<graph::Group> = checks.groups(query).take(2).try_collect().await?;
    Ok(match groups.as_slice() {
        [graph::Group { id: Some(id), display_name, .. }] => Ok((*id, display_name.clone().unwrap_or_default())),
        [_] => Err(format!("Microsoft returned the group “{name}” without an id. Try again.")),
        [] => Err(format!("There is no group called “{name}”. Check the spelling, or use the group's e-mail address.")),
        _ => Err(format!("Several groups are called “{name}”. Use the group's e-mail address instead.")),
    })
}

/// Finds the form's sponsors (people by address, groups by name), groups and app.
pub async fn resolve_access(checks: &Caller, form: &InviteForm) -> Result<(Access, Vec<Problem>), GraphError> {
    let mut access = Access::default();
    let mut problems = Vec::new();
    let sponsors = entries(&form.sponsors);
    if sponsors.len() > MAX_INVITATION_SPONSORS {
        problems.push(problem(Field::Sponsors, format!("A guest can have at most {MAX_INVITATION_SPONSORS} sponsors; remove {}.", sponsors.len() - MAX_INVITATION_SPONSORS)));
    }
    for entry in sponsors {
        if entry.contains('@') {
            let query = Query::new()
                .select(&["id", "displayName"])
                .filter(Filter::eq("userPrincipalName", entry).or(Filter::eq("mail", entry)));
            match checks.users(query).try_next().await? {
                Some(graph::User { id: Some(id), .. }) => access.sponsors.push(id),
                _ => problems.push(problem(Field::Sponsors, format!("Nobody in your directory has the address {entry}. Check it, or leave the field empty to be the sponsor yourself."))),
            }
        } else {
            match one_group(checks, entry).await? {
                Ok((id, _)) => access.sponsors.push(id),
                Err(text) => problems.push(problem(Field::Sponsors, text)),
            }
        }
    }
    let groups = entries(&form.groups);
    if groups.len() > MAX_GROUPS {
        problems.push(problem(Field::Groups, format!("At most {MAX_GROUPS} groups at once; invite first, then add the rest.")));
    }
    for entry in groups {
        match one_group(checks, entry).await? {
            Ok(group) => access.groups.push(group),
            Err(text) => problems.push(problem(Field::Groups, text)),
        }
    }
    if !form.app.is_empty() {
        let choice = app_choices(checks).await?.into_iter().find(|c| c.value == form.app);
        let parsed = choice.as_ref().and_then(|c| c.value.split_once('/')).and_then(|(sp, role)| Some((sp.parse().ok()?, role)));
        match (choice.as_ref(), parsed) {
            (Some(choice), Some((sp, role))) => access.app = Some((sp, role.to_owned(), choice.label.clone())),
            _ => problems.push(problem(Field::App, "That app is not offered any more. Pick one from the list.")),
        }
    }
    Ok((access, problems))
}

/// Most suggestions of each kind the pickers show.
const MAX_SUGGESTIONS: u16 = 8;

/// Members (by name or address) and groups (by name) whose name starts with `text`.
pub async fn suggestions(checks: &Caller, text: &str, groups_only: bool) -> Result<Vec<Suggestion>, GraphError> {
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
        Some(Suggestion { label: format!("{name} (group)"), value: name })
    }));
    Ok(found)
}

/// The enterprise apps' roles that can be given to people, for the form's list.
pub async fn app_choices(checks: &Caller) -> Result<Vec<AppChoice>, GraphError> {
    let apps: Vec<graph::ServicePrincipal> =
        checks.service_principals(Query::new().select(&["id", "displayName", "appRoles"])).try_collect().await?;
    Ok(apps
        .into_iter()
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

/// Sends the invitation for a reviewed form (see [`review`]), then the follow-up steps:
/// properties, groups, app. A failed step is reported in the outcome, never hidden.
pub async fn send(
    callers: &Callers,
    settings: &InviteSettings,
    principal: &Principal,
    form: &InviteForm,
) -> Result<InviteOutcome, GraphError> {
    let email = EmailAddress::parse(&form.email).map_err(|e| GraphError::InvalidRequest(e.to_string()))?;
    let redirect = https_url(&form.redirect_url).unwrap_or_else(|| settings.default_redirect.clone());
    let (access, _) = resolve_access(&callers.checks, form).await?;
    let sponsors = if access.sponsors.is_empty() {
        let inviter = principal.object_id.parse().map_err(|_| GraphError::InvalidRequest("your account has no valid object id".into()))?;
        vec![inviter]
    } else {
        access.sponsors.clone()
    };
    let mut request = InvitationRequest::new(email, redirect).sponsors(sponsors);
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
    let invitation = callers.sender.invite(&request).await?;
    let mut outcome = read_back(&callers.sender, invitation, principal).await;
    outcome.language = form.language.clone();
    outcome.message = filled(&form.message);
    let mut plan = Vec::new();
    if properties(form).is_some() {
        plan.push((PROPERTIES_STEP.to_owned(), FollowUp::Properties));
    }
    for (id, name) in access.groups {
        plan.push((format!("Add to the group {name}"), FollowUp::AddToGroup { group_id: id.to_string() }));
    }
    if let Some((sp, role, label)) = access.app {
        let action = FollowUp::AssignApp { service_principal_id: sp.to_string(), app_role_id: role };
        plan.push((format!("Give access to {label}"), action));
    }
    for (what, action) in plan {
        let error = follow_up(&callers.sender, &outcome.user_id, form, &action).await.err().map(|e| e.user_message());
        outcome.steps.push(Step { what, action, error });
    }
    if outcome.steps.iter().any(|step| step.error.is_some()) {
        outcome.retry_form = Some(form.clone());
    }
    Ok(outcome)
}

/// Runs one follow-up step for the invited user.
async fn follow_up(sender: &Caller, user_id: &str, form: &InviteForm, action: &FollowUp) -> Result<(), GraphError> {
    let invalid = |what: &str| GraphError::InvalidRequest(format!("{what} is not a valid directory id"));
    let user: ObjectId = user_id.parse().map_err(|_| invalid("the new user"))?;
    match action {
        FollowUp::Properties => match properties(form) {
            Some(update) => sender.update_user(&UserRef::Id(user), &update).await.map(drop),
            None => Ok(()),
        },
        FollowUp::AddToGroup { group_id } => {
            sender.add_group_member(group_id.parse().map_err(|_| invalid("the group"))?, user).await
        }
        FollowUp::AssignApp { service_principal_id, app_role_id } => {
            let app = sender.service_principal(service_principal_id.parse().map_err(|_| invalid("the app"))?).await?;
            let role = app.app_roles.iter().filter_map(|r| r.id).find(|id| id.to_string() == *app_role_id);
            let role = role.ok_or_else(|| GraphError::InvalidRequest("the app no longer has that role".into()))?;
            let app_id = app.id.ok_or_else(|| invalid("the app"))?;
            sender.assign_app_role(user, app_id, role).await.map(drop)
        }
    }
}

/// Retries the failed follow-up steps of `outcome`, replacing their results.
pub async fn retry(sender: &Caller, outcome: &mut InviteOutcome) {
    let Some(form) = outcome.retry_form.take() else { return };
    for step in outcome.steps.iter_mut().filter(|step| step.error.is_some()) {
        step.error = follow_up(sender, &outcome.user_id, &form, &step.action).await.err().map(|e| e.user_message());
    }
    if outcome.steps.iter().any(|step| step.error.is_some()) {
        outcome.retry_form = Some(form);
    }
}

const PROPERTIES_STEP: &str = "Set name, job title, company, department and usage location";

/// The outcome of an invitation, completed from the directory: Graph's answer names only the
/// user's id, not their UPN, state or sponsors. A failed read is reported, not fatal.
pub(crate) async fn read_back(sender: &Caller, invitation: Sent<Invitation>, principal: &Principal) -> InviteOutcome {
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
        let sponsors = sender.sponsors(&user).await?;
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
                    (None, Some(id)) if id.to_string() == principal.object_id => principal.name.clone(),
                    (None, id) => id.map(|id| id.to_string()).unwrap_or_default(),
                })
                .collect();
        }
        Err(error) => outcome.read_error = Some(error.user_message()),
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
    principal: &Principal,
    user_id: ObjectId,
    reset: bool,
    address: Option<&EmailAddress>,
) -> Result<InviteOutcome, GraphError> {
    let email = match address {
        Some(address) => address.clone(),
        None => {
            let user = sender.user(&UserRef::Id(user_id), &Query::new().select(&["id", "mail", "otherMails"])).await?;
            let address = user.mail.or_else(|| user.other_mails.and_then(|m| m.into_iter().next()));
            let address = address.ok_or_else(|| GraphError::InvalidRequest("this user has no e-mail address to invite".into()))?;
            EmailAddress::parse(&address).map_err(|e| GraphError::InvalidRequest(e.to_string()))?
        }
    };
    let mut request = InvitationRequest::new(email, settings.default_redirect.clone());
    // Microsoft mails a reset redemption, but never a second invitation to an address that
    // exists: resending means a fresh link for the inviter to pass on.
    if reset {
        request = request.reset_redemption(user_id).send_message(InvitedUserMessageInfo::default());
    }
    let invitation = sender.invite(&request).await?;
    Ok(read_back(sender, invitation, principal).await)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<InviteSettings, SettingsError> {
        let vars: HashMap<&str, &str> = vars.iter().copied().collect();
        InviteSettings::from_vars(|name| vars.get(name).map(|v| v.to_string()))
    }

    #[test]
    fn defaults_send_guests_to_my_apps_with_the_signed_in_persons_token() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.default_redirect.as_str(), DEFAULT_REDIRECT);
        assert_eq!(s.allowed_redirect_prefixes, vec![DEFAULT_REDIRECT.to_string()]);
        assert!(s.blocked_domains.is_empty());
        assert_eq!(s.credential, CredentialMode::Delegated);
    }

    #[test]
    fn lists_and_modes_are_read_and_checked() {
        let s = settings(&[
            ("GUESTLIST_BLOCKED_DOMAINS", " Rival.example, ,spam.example"),
            ("GUESTLIST_INVITE_REDIRECT_PREFIXES", "https://intranet.example/, https://myapps.microsoft.com/"),
            ("GUESTLIST_INVITE_CREDENTIAL", "Application"),
        ])
        .unwrap();
        assert_eq!(s.blocked_domains, BTreeSet::from(["rival.example".into(), "spam.example".into()]));
        assert_eq!(s.credential, CredentialMode::Application);
        assert!(s.redirect_allowed(&Url::parse("https://intranet.example/projects").unwrap()));
        assert!(!s.redirect_allowed(&Url::parse("https://intranet.example.evil.com/").unwrap()));
        assert!(matches!(settings(&[("GUESTLIST_INVITE_CREDENTIAL", "both")]), Err(SettingsError::Invalid { .. })));
        assert!(matches!(settings(&[("GUESTLIST_INVITE_REDIRECT_URL", "http://x.example")]), Err(SettingsError::Invalid { .. })));
        assert!(matches!(settings(&[("GUESTLIST_INVITE_REDIRECT_PREFIXES", "ftp://x")]), Err(SettingsError::Invalid { .. })));
        let missing_from = settings(&[("GUESTLIST_SMTP_URL", "smtps://mail.example")]);
        assert!(matches!(missing_from, Err(SettingsError::Invalid { var: "GUESTLIST_MAIL_FROM", .. })));
    }

    #[test]
    fn the_redeem_link_becomes_an_inline_svg_qr_code() {
        let svg = qr_svg("https://login.example/redeem?rd=abc").unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path"));
        assert_ne!(svg, qr_svg("https://login.example/redeem?rd=abd").unwrap());
    }

    #[test]
    fn list_fields_take_lines_commas_and_semicolons() {
        assert_eq!(entries(" a@b.example\n\nPartner Collaboration; c@d.example ,"), ["a@b.example", "Partner Collaboration", "c@d.example"]);
        assert!(entries("  \n ").is_empty());
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
