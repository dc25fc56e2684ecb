//! The checks themselves, over Graph (read with the credential the mode says, see [`Callers`]).

use futures::{StreamExt, TryStreamExt};
use graph::{existing_user_filter, AllowInvitesFrom, Caller, EmailAddress, Filter, ObjectId, Query, UserType, MAX_INVITATION_SPONSORS};

use super::{ExistingUser, Field, Problem, Review};
use crate::context::Callers;
use crate::grants::{self, Grant};
use crate::invite::{InviteForm, LANGUAGES};
use crate::settings::{https_url, InviteSettings};
use crate::{Actor, Context, Error, Result, Role};
use i18n::{tr, Locale};

/// The checks on one address, as someone typing it into the Invite form sees them live.
pub async fn check_address(ctx: &Context, actor: &Actor, email: &str) -> Result<Review> {
    actor.require_invite_form()?;
    review_address(&ctx.callers(actor), &ctx.settings, email, actor.locale()).await
}

/// What the tenant and Guestlist decide about an address.
fn problem(field: Field, text: impl Into<String>) -> Problem {
    Problem { field, text: text.into() }
}

/// Every check that only depends on the address: syntax, own domain, domain lists, existing user;
/// the problems in `locale`.
pub async fn review_address(callers: &Callers, settings: &InviteSettings, input: &str, locale: Locale) -> Result<Review> {
    let email = match EmailAddress::parse(input) {
        Ok(email) => email,
        Err(error) => {
            let text = tr!(locale, "checks-address-unusable", error = crate::address::problem(locale, &error));
            return Ok(Review { problems: vec![problem(Field::Email, text)], existing: None });
        }
    };
    let domain = email.domain();
    let mut problems = Vec::new();
    if callers.tenant.organization().await?.owns_domain(&domain) {
        problems.push(problem(
            Field::Email,
            tr!(locale, "checks-own-domain", domain = domain.to_string()),
        ));
    }
    if settings.blocked_domains.contains(&domain) {
        problems.push(problem(Field::Email, tr!(locale, "checks-blocked-domain", domain = domain.to_string())));
    }
    for policy in callers.tenant.b2b_management_policies().await? {
        let restriction = policy
            .domain_restriction()
            .map_err(|e| Error::Invalid(tr!(locale, "checks-tenant-list-unreadable", error = e.to_string())))?;
        if !restriction.permits(&domain) {
            problems.push(problem(Field::Email, tr!(locale, "checks-tenant-disallows", domain = domain.to_string())));
        }
    }
    let existing = existing_user(&callers.acting, &email).await?.map(|mut user| {
        let state = user.state.clone().unwrap_or_else(|| tr!(locale, "checks-existing-no-state"));
        let id = if user.is_guest { "checks-existing-guest" } else { "checks-existing-member" };
        let args = [("name", i18n::Arg::from(&user.display_name)), ("upn", i18n::Arg::from(&user.user_principal_name)), ("state", i18n::Arg::from(state))];
        user.description = i18n::translate(locale, id, &args);
        user
    });
    Ok(Review { problems, existing })
}

/// Whoever is in the directory under `email` already: by UPN, mail, proxy address or other mail.
pub async fn existing_user(checks: &Caller, email: &EmailAddress) -> Result<Option<ExistingUser>> {
    let query = Query::new()
        .select(&["id", "displayName", "userPrincipalName", "mail", "userType", "externalUserState"])
        .filter(existing_user_filter(email));
    Ok(checks.users(query).try_next().await?.map(|user| ExistingUser {
        id: user.id.map(|id| id.to_string()).unwrap_or_default(),
        display_name: user.display_name.unwrap_or_default(),
        user_principal_name: user.user_principal_name.unwrap_or_default(),
        is_guest: user.user_type == Some(UserType::Guest),
        state: user.external_user_state.map(|s| s.as_str().to_owned()),
        description: String::new(),
    }))
}

/// The whole form's checks: may the person invite, the address, the other fields, and may they
/// give what the form asks for (`allowed`: what Inviters may grant, see [`grants`]).
pub async fn review(
    callers: &Callers,
    settings: &InviteSettings,
    actor: &Actor,
    allowed: &[Grant],
    form: &InviteForm,
) -> Result<Review> {
    let locale = actor.locale();
    let mut review = review_address(callers, settings, &form.email, locale).await?;
    let allowed_by_tenant = match callers.tenant.authorization_policy().await?.allow_invites_from {
        Some(AllowInvitesFrom::None) => false,
        Some(AllowInvitesFrom::AdminsAndGuestInviters) => actor.principal().is_none_or(|p| p.may_invite()),
        _ => true,
    };
    if !allowed_by_tenant {
        review.problems.push(problem(Field::Permission, tr!(locale, "checks-invites-off")));
    }
    if !form.cc.trim().is_empty() && EmailAddress::parse(&form.cc).is_err() {
        review.problems.push(problem(Field::Cc, tr!(locale, "checks-cc-invalid")));
    }
    match https_url(&form.redirect_url) {
        Some(url) if settings.redirect_allowed(&url) => {}
        Some(_) => review.problems.push(problem(
            Field::RedirectUrl,
            tr!(
                locale,
                "checks-redirect-not-allowed",
                prefixes = settings.allowed_redirect_prefixes.join(&format!(" {} ", tr!(locale, "checks-or")))
            ),
        )),
        None => review.problems.push(problem(Field::RedirectUrl, tr!(locale, "checks-redirect-not-https"))),
    }
    if form.as_member() && !actor.has(Role::Admin) {
        review.problems.push(problem(Field::UserType, tr!(locale, "checks-member-admins-only")));
    }
    if !form.language.is_empty() && !LANGUAGES.iter().any(|(code, _)| *code == form.language) {
        review.problems.push(problem(Field::Language, tr!(locale, "checks-language-pick")));
    }
    let usage_location = form.usage_location.trim();
    if !usage_location.is_empty() && !(usage_location.len() == 2 && usage_location.chars().all(|c| c.is_ascii_alphabetic())) {
        review.problems.push(problem(Field::UsageLocation, tr!(locale, "checks-usage-location")));
    }
    let (access, problems) = resolve_access(&callers.acting, settings, form, locale).await?;
    review.problems.extend(problems);
    review.problems.extend(grants::refusals(actor, allowed, &access));
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

pub fn entries(text: &str) -> Vec<&str> {
    text.split(['\n', ',', ';']).map(str::trim).filter(|e| !e.is_empty()).collect()
}

/// The one group called `name` (or with that address); else why not, in `locale`.
pub(crate) async fn one_group(checks: &Caller, name: &str, locale: Locale) -> Result<Result<(ObjectId, String), String>> {
    let query = Query::new()
        .select(&["id", "displayName"])
        .filter(Filter::eq("displayName", name).or(Filter::eq("mail", name)))
        .top(2);
    let groups: Vec<graph::Group> = checks.groups(query).take(2).try_collect().await?;
    Ok(match groups.as_slice() {
        [graph::Group { id: Some(id), display_name, .. }] => Ok((*id, display_name.clone().unwrap_or_default())),
        [_] => Err(tr!(locale, "checks-group-no-id", name = name)),
        [] => Err(tr!(locale, "checks-group-unknown", name = name)),
        _ => Err(tr!(locale, "checks-group-several", name = name)),
    })
}

/// Finds the form's sponsors (people by address, groups by name), groups and app. Guestlist's own
/// app roles and inviter group are refused whoever asks (see [`grants`]). Problems in `locale`.
pub async fn resolve_access(checks: &Caller, settings: &InviteSettings, form: &InviteForm, locale: Locale) -> Result<(Access, Vec<Problem>)> {
    let mut access = Access::default();
    let mut problems = Vec::new();
    let sponsors = entries(&form.sponsors);
    if sponsors.len() > MAX_INVITATION_SPONSORS {
        problems.push(problem(
            Field::Sponsors,
            tr!(locale, "checks-sponsors-too-many", max = MAX_INVITATION_SPONSORS, remove = sponsors.len() - MAX_INVITATION_SPONSORS),
        ));
    }
    for entry in sponsors {
        if entry.contains('@') {
            let query = Query::new()
                .select(&["id", "displayName"])
                .filter(Filter::eq("userPrincipalName", entry).or(Filter::eq("mail", entry)));
            match checks.users(query).try_next().await? {
                Some(graph::User { id: Some(id), .. }) => access.sponsors.push(id),
                _ => problems.push(problem(Field::Sponsors, tr!(locale, "checks-sponsor-unknown", address = entry))),
            }
        } else {
            match one_group(checks, entry, locale).await? {
                Ok((id, _)) => access.sponsors.push(id),
                Err(text) => problems.push(problem(Field::Sponsors, text)),
            }
        }
    }
    let groups = entries(&form.groups);
    if groups.len() > MAX_GROUPS {
        problems.push(problem(Field::Groups, tr!(locale, "checks-groups-too-many", max = MAX_GROUPS)));
    }
    for entry in groups {
        match one_group(checks, entry, locale).await? {
            Ok((id, name)) if grants::is_inviter_group(settings, id) => problems.push(problem(Field::Groups, grants::inviter_group_refusal(locale, &name))),
            Ok(group) => access.groups.push(group),
            Err(text) => problems.push(problem(Field::Groups, text)),
        }
    }
    if !form.app.is_empty() {
        match grants::app_role(checks, locale, &form.app).await? {
            Ok(choice) => access.app = Some(choice),
            Err(text) => problems.push(problem(Field::App, text)),
        }
    }
    Ok((access, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_fields_take_lines_commas_and_semicolons() {
        assert_eq!(entries(" a@b.example\n\nPartner Collaboration; c@d.example ,"), ["a@b.example", "Partner Collaboration", "c@d.example"]);
        assert!(entries("  \n ").is_empty());
    }
}
