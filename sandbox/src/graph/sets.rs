//! The entity sets the Graph emulation serves and their per-property `$filter` support, from
//! Microsoft's tables (graph-b2b.md §2; DC `includes/filter-directory-objects.md`).

use serde_json::{json, Value};

use super::odata::{Cap, Entity, EntitySet, Op};
use crate::directory::model::{
    GroupRecord, ServicePrincipalRecord, GROUP_PROPERTIES, USER_DEFAULT_PROPERTIES, USER_PROPERTIES,
};
use crate::directory::model::UserRecord;
use crate::directory::seed::{derived_id, directory_role_name};

/// A directory object of any kind the emulation returns.
#[derive(Clone, Copy)]
pub enum Obj<'a> {
    User(&'a UserRecord),
    Group(&'a GroupRecord),
    /// An activated directory role, by template id.
    Role(&'a str),
    ServicePrincipal(&'a ServicePrincipalRecord),
}

impl Entity for Obj<'_> {
    fn property(&self, name: &str) -> Option<Value> {
        match self {
            Obj::User(u) => u.property(name),
            Obj::Group(g) => g.property(name),
            Obj::Role(template) => Some(match name {
                // Activated roles have their own object id, distinct from the template id.
                "id" => Value::String(derived_id(&format!("directory-role-{template}"))),
                "deletedDateTime" => Value::Null,
                "displayName" => json!(directory_role_name(template)),
                "description" => json!(directory_role_name(template).map(|n| format!("Members of this role are {n}s."))),
                "roleTemplateId" => Value::String(template.to_string()),
                _ => return None,
            }),
            Obj::ServicePrincipal(sp) => sp.to_graph().get(name).cloned(),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Obj::User(_) => "user",
            Obj::Group(_) => "group",
            Obj::Role(_) => "directoryRole",
            Obj::ServicePrincipal(_) => "servicePrincipal",
        }
    }
}

const STRING_DEFAULT: &[Op] = &[Op::Eq, Op::Ge, Op::Le, Op::In, Op::StartsWith];
const STRING_ADVANCED: &[Op] = &[Op::Ne, Op::Not, Op::EndsWith, Op::Null];
const ENUM_DEFAULT: &[Op] = &[Op::Eq, Op::In];
const ENUM_ADVANCED: &[Op] = &[Op::Ne, Op::Not, Op::Null];
const EVERYTHING: &[Op] = &[Op::Eq, Op::Ne, Op::Not, Op::Ge, Op::Le, Op::In, Op::StartsWith, Op::EndsWith, Op::Null];

const fn cap(default: &'static [Op], advanced: &'static [Op]) -> Option<Cap> {
    Some(Cap { default, advanced })
}

fn user_capability(property: &str) -> Option<Cap> {
    match property {
        "id" | "accountEnabled" | "creationType" | "userType" => cap(ENUM_DEFAULT, ENUM_ADVANCED),
        "externalUserState" => cap(ENUM_DEFAULT, ENUM_ADVANCED),
        "createdDateTime" | "externalUserStateChangeDateTime" => cap(&[Op::Eq, Op::Ge, Op::Le, Op::In], &[Op::Ne, Op::Not, Op::Null]),
        "displayName" | "givenName" | "surname" | "jobTitle" | "mail" | "mailNickname" | "mobilePhone" | "officeLocation"
        | "usageLocation" | "onPremisesUserPrincipalName" | "userPrincipalName" => cap(STRING_DEFAULT, STRING_ADVANCED),
        "onPremisesSyncEnabled" => cap(&[Op::Eq, Op::In, Op::Null], &[Op::Ne, Op::Not]),
        "preferredLanguage" => cap(&[Op::Eq], EVERYTHING),
        // Only with advanced query parameters (graph-b2b.md §2).
        "companyName" | "department" => cap(&[], EVERYTHING),
        "otherMails" | "proxyAddresses" | "businessPhones" => cap(&[Op::Any, Op::Eq, Op::StartsWith], &[Op::EndsWith, Op::Ne, Op::Not]),
        "identities" => cap(&[Op::Any, Op::Eq], &[]),
        // Its sub-properties; the filter may not mix it with anything else.
        "signInActivity" => cap(&[Op::Eq, Op::Ne, Op::Not, Op::Ge, Op::Le], &[]),
        _ => None,
    }
}

fn group_capability(property: &str) -> Option<Cap> {
    match property {
        "id" | "mailEnabled" | "securityEnabled" | "visibility" => cap(ENUM_DEFAULT, ENUM_ADVANCED),
        "displayName" | "mail" | "mailNickname" | "description" => cap(STRING_DEFAULT, STRING_ADVANCED),
        "createdDateTime" => cap(&[Op::Eq, Op::Ge, Op::Le, Op::In], &[Op::Ne, Op::Not, Op::Null]),
        "groupTypes" => cap(&[Op::Any, Op::Eq], &[Op::Ne, Op::Not]),
        _ => None,
    }
}

fn service_principal_capability(property: &str) -> Option<Cap> {
    match property {
        "id" | "appId" | "servicePrincipalType" => cap(ENUM_DEFAULT, ENUM_ADVANCED),
        "displayName" => cap(STRING_DEFAULT, STRING_ADVANCED),
        "tags" => cap(&[Op::Any, Op::Eq], &[Op::Ne, Op::Not]),
        _ => None,
    }
}

fn object_capability(property: &str) -> Option<Cap> {
    (property == "id").then_some(Cap { default: ENUM_DEFAULT, advanced: ENUM_ADVANCED })
}

pub static USERS: EntitySet = EntitySet {
    type_name: "user",
    label: "User",
    properties: USER_PROPERTIES,
    defaults: Some(USER_DEFAULT_PROPERTIES),
    capability: user_capability,
    orderable: &["displayName", "userPrincipalName"],
    searchable: &["displayName", "givenName", "surname", "mail", "userPrincipalName", "jobTitle", "companyName"],
    casts: &[],
    navigations: &["sponsors", "memberOf"],
};

/// `/directory/deletedItems/microsoft.graph.user`: users as `/users` has them, also ordered by
/// `deletedDateTime` ("List deletedItems").
pub static DELETED_USERS: EntitySet = EntitySet {
    orderable: &["deletedDateTime", "displayName", "userPrincipalName"],
    navigations: &[],
    ..USERS
};

pub static GROUPS: EntitySet = EntitySet {
    type_name: "group",
    label: "Group",
    properties: GROUP_PROPERTIES,
    defaults: None,
    capability: group_capability,
    orderable: &["displayName"],
    searchable: &["displayName", "description", "mail"],
    casts: &[],
    navigations: &[],
};

pub static ROLES: EntitySet = EntitySet {
    type_name: "directoryRole",
    label: "DirectoryRole",
    properties: &["id", "deletedDateTime", "description", "displayName", "roleTemplateId"],
    defaults: None,
    capability: object_capability,
    orderable: &[],
    searchable: &[],
    casts: &[],
    navigations: &[],
};

pub static SERVICE_PRINCIPALS: EntitySet = EntitySet {
    type_name: "servicePrincipal",
    label: "ServicePrincipal",
    properties: &[
        "id",
        "accountEnabled",
        "appId",
        "appRoleAssignmentRequired",
        "appRoles",
        "deletedDateTime",
        "displayName",
        "servicePrincipalType",
        "tags",
    ],
    defaults: None,
    capability: service_principal_capability,
    orderable: &["displayName"],
    searchable: &["displayName"],
    casts: &[],
    navigations: &[],
};

/// Mixed collections (sponsors, memberOf, members, sponsorOf): properties of the item's own
/// type, reachable in `$filter` through a cast such as `microsoft.graph.user/userType`.
pub static DIRECTORY_OBJECTS: EntitySet = EntitySet {
    type_name: "directoryObject",
    label: "DirectoryObject",
    properties: &["id", "deletedDateTime"],
    defaults: None,
    capability: object_capability,
    orderable: &[],
    searchable: &[],
    casts: &[&USERS, &GROUPS, &ROLES],
    navigations: &[],
};
