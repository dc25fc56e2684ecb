//! What Microsoft Graph says about a signed-in person now, read with the portal's own
//! application token: whether the account still exists and may sign in, whether it is a member
//! or a guest (`userType`; the ID token does not say it reliably), and what makes it an Admin
//! or an Inviter. Read at sign-in and again while the session lasts.

use app::auth::Role;
use futures::{StreamExt as _, TryStreamExt as _};
use graph::{DirectoryObject, DirectoryObjectKind, ErrorCode, Filter, GraphClient, GraphError, ObjectId, Query, UserRef, UserType};

use crate::config::InviterPolicy;

/// Directory role template ids that make someone an administrator of guest access.
const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";
const USER_ADMINISTRATOR: &str = "fe930be7-5e62-47db-91af-98c3a49a38b1";
/// Entra's Guest Inviter directory role.
const GUEST_INVITER: &str = "95e79109-95c0-4d8e-aee3-d01accf2d47b";
/// Entra's Helpdesk Administrator directory role: may reset guests' redemption in Entra, so the
/// portal lets them see guests and resend or reset their invitations.
const HELPDESK_ADMINISTRATOR: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";

/// What the portal's roles are made of.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    /// Directory role template ids.
    pub directory_roles: Vec<String>,
    /// Values of the portal's app roles assigned to the person.
    pub app_roles: Vec<String>,
    /// Object ids of the groups the person is a member of.
    pub groups: Vec<String>,
    /// A member of the organisation (`userType` Member); `false` when unknown.
    pub member: bool,
}

impl Grants {
    /// The portal's roles under the policy in force (the Settings page's, else the variables').
    pub fn roles(&self, inviters: &InviterPolicy) -> Vec<Role> {
        let has_directory_role = |id: &str| self.directory_roles.iter().any(|w| w.eq_ignore_ascii_case(id));
        let admin = has_directory_role(GLOBAL_ADMINISTRATOR) || has_directory_role(USER_ADMINISTRATOR);
        // Administrators may always invite (Entra lets them whatever `allowInvitesFrom` says, unless `none`).
        let inviter = admin
            || (inviters.all_members && self.member)
            || (inviters.guest_inviter_role && has_directory_role(GUEST_INVITER))
            || inviters.app_role.as_ref().is_some_and(|role| self.app_roles.contains(role))
            || inviters.group_ids.iter().any(|g| self.groups.iter().any(|m| m.eq_ignore_ascii_case(g)));
        let mut roles = Vec::new();
        roles.extend(admin.then_some(Role::Admin));
        roles.extend(inviter.then_some(Role::Inviter));
        roles.extend(has_directory_role(HELPDESK_ADMINISTRATOR).then_some(Role::Helpdesk));
        roles.extend(self.member.then_some(Role::Sponsor));
        roles
    }
}

/// The answer of [`look_up`].
#[derive(Debug)]
pub enum Lookup {
    /// The account, enabled or not.
    Found { enabled: bool, grants: Grants },
    /// Graph says there is no such user (deleted).
    NotFound,
    /// Graph could not be asked or did not answer properly.
    Unavailable(String),
}

/// Reads the user `object_id` with the app token: `accountEnabled` and `userType`, direct
/// memberships (groups and directory roles: `memberOf`), and app role assignments to the
/// portal (`client_id`).
pub async fn look_up(graph: &GraphClient, client_id: &str, object_id: &str) -> Lookup {
    let Ok(id) = object_id.parse::<ObjectId>() else {
        return Lookup::Unavailable(format!("the oid {object_id:?} is not a Graph object id"));
    };
    match read(graph, client_id, UserRef::Id(id)).await {
        Ok(found) => found,
        Err(error) if error.code() == Some(&ErrorCode::ResourceNotFound) => Lookup::NotFound,
        Err(error) => Lookup::Unavailable(error.to_string()),
    }
}

async fn read(graph: &GraphClient, client_id: &str, user: UserRef) -> Result<Lookup, GraphError> {
    let app = graph.as_app();
    let account = app.user(&user, &Query::new().select(&["id", "accountEnabled", "userType"])).await?;
    let memberships: Vec<DirectoryObject> = app.member_of(&user, Query::new()).try_collect().await?;
    let portal = app
        .service_principals(Query::new().filter(Filter::eq("appId", client_id)).select(&["id", "appRoles"]))
        .next()
        .await
        .transpose()?;
    let assignments: Vec<_> = app.app_role_assignments(&user).try_collect().await?;
    let app_roles = portal
        .map(|portal| {
            let portal_roles = assignments.iter().filter(|a| a.resource_id.is_some() && a.resource_id == portal.id);
            portal_roles
                .filter_map(|a| portal.app_roles.iter().find(|r| r.id.is_some() && r.id == a.app_role_id)?.value.clone())
                .collect()
        })
        .unwrap_or_default();
    let grants = Grants {
        directory_roles: memberships.iter().filter_map(|m| m.role_template_id.clone()).collect(),
        app_roles,
        groups: memberships
            .iter()
            .filter(|m| m.kind() == DirectoryObjectKind::Group)
            .filter_map(|m| m.id.map(|id| id.to_string()))
            .collect(),
        member: account.user_type == Some(UserType::Member),
    };
    Ok(Lookup::Found { enabled: account.account_enabled != Some(false), grants })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> InviterPolicy {
        InviterPolicy { all_members: false, guest_inviter_role: true, app_role: Some("Guestlist.Inviter".into()), group_ids: vec!["group-1".into()] }
    }

    fn grants(wids: &[&str], roles: &[&str], groups: &[&str], member: bool) -> Grants {
        let strings = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        Grants { directory_roles: strings(wids), app_roles: strings(roles), groups: strings(groups), member }
    }

    #[test]
    fn administrators_are_admins_inviters_and_sponsors() {
        for wid in [GLOBAL_ADMINISTRATOR, USER_ADMINISTRATOR] {
            assert_eq!(grants(&[wid], &[], &[], true).roles(&policy()), vec![Role::Admin, Role::Inviter, Role::Sponsor]);
        }
    }

    #[test]
    fn inviters_come_from_the_directory_role_the_app_role_or_the_group() {
        for grants in [
            grants(&[GUEST_INVITER], &[], &[], true),
            grants(&[], &["Guestlist.Inviter"], &[], true),
            grants(&[], &[], &["GROUP-1"], true),
        ] {
            assert_eq!(grants.roles(&policy()), vec![Role::Inviter, Role::Sponsor]);
        }
        assert_eq!(grants(&[], &["Guestlist.Reviewer"], &["group-2"], true).roles(&policy()), vec![Role::Sponsor]);
    }

    #[test]
    fn the_settings_page_decides_who_invites_directly_but_admins_always_do() {
        let everyone = InviterPolicy { all_members: true, ..InviterPolicy::default() };
        let nobody_else = InviterPolicy::default();
        let groups = InviterPolicy { group_ids: vec!["group-2".into(), "group-3".into()], ..InviterPolicy::default() };
        let app_role = InviterPolicy { app_role: Some("Partners.Invite".into()), ..InviterPolicy::default() };
        let member = grants(&[], &[], &[], true);
        let guest_inviter = grants(&[GUEST_INVITER], &["Guestlist.Inviter"], &["group-1"], true);
        let admin = grants(&[GLOBAL_ADMINISTRATOR], &[], &[], true);
        let table: [(&Grants, &InviterPolicy, &[Role]); 10] = [
            (&member, &everyone, &[Role::Inviter, Role::Sponsor]),
            (&grants(&[GUEST_INVITER], &[], &[], false), &everyone, &[]),
            (&member, &nobody_else, &[Role::Sponsor]),
            (&guest_inviter, &nobody_else, &[Role::Sponsor]),
            (&admin, &nobody_else, &[Role::Admin, Role::Inviter, Role::Sponsor]),
            (&grants(&[], &[], &["GROUP-3"], true), &groups, &[Role::Inviter, Role::Sponsor]),
            (&grants(&[], &[], &["group-1"], true), &groups, &[Role::Sponsor]),
            (&grants(&[], &["Partners.Invite"], &[], true), &app_role, &[Role::Inviter, Role::Sponsor]),
            (&guest_inviter, &app_role, &[Role::Sponsor]),
            (&grants(&[GUEST_INVITER], &[], &[], true), &InviterPolicy { guest_inviter_role: true, ..InviterPolicy::default() }, &[Role::Inviter, Role::Sponsor]),
        ];
        for (row, (grants, policy, roles)) in table.iter().enumerate() {
            assert_eq!(grants.roles(policy), *roles, "row {row}: {policy:?}");
        }
    }

    #[test]
    fn helpdesk_administrators_get_the_helpdesk_role_and_nothing_more() {
        assert_eq!(grants(&[HELPDESK_ADMINISTRATOR], &[], &[], true).roles(&policy()), vec![Role::Helpdesk, Role::Sponsor]);
        let upper = HELPDESK_ADMINISTRATOR.to_uppercase();
        let both = grants(&[USER_ADMINISTRATOR, upper.as_str()], &[], &[], false).roles(&policy());
        assert_eq!(both, vec![Role::Admin, Role::Inviter, Role::Helpdesk]);
    }

    #[test]
    fn only_members_are_sponsors() {
        assert!(grants(&[], &[], &[], false).roles(&policy()).is_empty());
        assert_eq!(grants(&[GUEST_INVITER], &[], &[], false).roles(&policy()), vec![Role::Inviter]);
    }
}
