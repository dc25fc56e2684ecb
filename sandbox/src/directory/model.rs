//! The directory's records, persisted as JSON rows and projected to Graph's JSON on demand.
//!
//! Field names follow Graph's property names so a record's meaning is obvious next to the docs;
//! what Graph does not expose (mailbox flag, role assignments, ...) is only reachable through
//! Rust, never through [`UserRecord::property`].

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Graph writes timestamps as `2024-02-05T20:16:37Z`.
pub fn graph_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn opt_time(t: Option<DateTime<Utc>>) -> Value {
    t.map(graph_time).map(Value::String).unwrap_or(Value::Null)
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ObjectIdentity {
    pub sign_in_type: String,
    pub issuer: String,
    pub issuer_assigned_id: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignInActivity {
    pub last_sign_in_date_time: Option<DateTime<Utc>>,
    pub last_sign_in_request_id: Option<String>,
    pub last_non_interactive_sign_in_date_time: Option<DateTime<Utc>>,
    pub last_non_interactive_sign_in_request_id: Option<String>,
    pub last_successful_sign_in_date_time: Option<DateTime<Utc>>,
    pub last_successful_sign_in_request_id: Option<String>,
}

impl SignInActivity {
    fn to_graph(&self) -> Value {
        json!({
            "lastSignInDateTime": opt_time(self.last_sign_in_date_time),
            "lastSignInRequestId": self.last_sign_in_request_id,
            "lastNonInteractiveSignInDateTime": opt_time(self.last_non_interactive_sign_in_date_time),
            "lastNonInteractiveSignInRequestId": self.last_non_interactive_sign_in_request_id,
            "lastSuccessfulSignInDateTime": opt_time(self.last_successful_sign_in_date_time),
            "lastSuccessfulSignInRequestId": self.last_successful_sign_in_request_id,
        })
    }
}

/// A pending internal→external conversion, completed when the invitee redeems.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingB2b {
    pub external_address: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserRecord {
    pub id: String,
    pub user_principal_name: String,
    pub display_name: String,
    pub given_name: Option<String>,
    pub surname: Option<String>,
    pub mail: Option<String>,
    pub mail_nickname: Option<String>,
    pub job_title: Option<String>,
    pub department: Option<String>,
    pub company_name: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_location: Option<String>,
    pub preferred_language: Option<String>,
    pub business_phones: Vec<String>,
    pub usage_location: Option<String>,
    pub account_enabled: bool,
    pub user_type: String,
    pub created_date_time: DateTime<Utc>,
    pub creation_type: Option<String>,
    pub external_user_state: Option<String>,
    pub external_user_state_change_date_time: Option<DateTime<Utc>>,
    pub identities: Vec<ObjectIdentity>,
    pub other_mails: Vec<String>,
    pub proxy_addresses: Vec<String>,
    pub on_premises_sync_enabled: Option<bool>,
    pub on_premises_user_principal_name: Option<String>,
    pub sign_in_activity: Option<SignInActivity>,
    /// Set when an administrator sets a new password (`passwordProfile`).
    #[serde(default)]
    pub last_password_change_date_time: Option<DateTime<Utc>>,
    /// Set while the user is in deleted items (`DELETE /users/{id}`).
    #[serde(default)]
    pub deleted_date_time: Option<DateTime<Utc>>,
    // Not Graph properties of the user resource.
    /// An Exchange Online mailbox: Graph may not change `mail` then (graph-b2b.md §1).
    #[serde(default)]
    pub has_mailbox: bool,
    #[serde(default)]
    pub directory_role_template_ids: Vec<String>,
    /// Made in bulk by `seed_guests`; kept off the sign-in page.
    #[serde(default)]
    pub generated: bool,
    #[serde(default)]
    pub pending_b2b: Option<PendingB2b>,
    /// The id of their manager (Graph's `manager` relationship), if one is set.
    #[serde(default)]
    pub manager: Option<String>,
}

/// Every user property the emulation knows, in Graph's names.
pub const USER_PROPERTIES: &[&str] = &[
    "id",
    "accountEnabled",
    "businessPhones",
    "companyName",
    "createdDateTime",
    "creationType",
    "deletedDateTime",
    "department",
    "displayName",
    "externalUserState",
    "externalUserStateChangeDateTime",
    "givenName",
    "identities",
    "jobTitle",
    "lastPasswordChangeDateTime",
    "mail",
    "mailNickname",
    "mobilePhone",
    "officeLocation",
    "onPremisesSyncEnabled",
    "onPremisesUserPrincipalName",
    "otherMails",
    "preferredLanguage",
    "provisionedPlans",
    "proxyAddresses",
    "signInActivity",
    "surname",
    "usageLocation",
    "userPrincipalName",
    "userType",
];

/// Graph's default property set for users (graph-b2b.md §2).
pub const USER_DEFAULT_PROPERTIES: &[&str] = &[
    "businessPhones",
    "displayName",
    "givenName",
    "jobTitle",
    "mail",
    "mobilePhone",
    "officeLocation",
    "preferredLanguage",
    "surname",
    "userPrincipalName",
    "id",
];

impl UserRecord {
    /// The Graph JSON value of one property; `None` when the user type has no such property.
    pub fn property(&self, name: &str) -> Option<Value> {
        let s = |v: &Option<String>| v.clone().map(Value::String).unwrap_or(Value::Null);
        Some(match name {
            "id" => Value::String(self.id.clone()),
            "accountEnabled" => Value::Bool(self.account_enabled),
            "businessPhones" => json!(self.business_phones),
            "companyName" => s(&self.company_name),
            "createdDateTime" => Value::String(graph_time(self.created_date_time)),
            "creationType" => s(&self.creation_type),
            "deletedDateTime" => opt_time(self.deleted_date_time),
            "department" => s(&self.department),
            "displayName" => Value::String(self.display_name.clone()),
            "externalUserState" => s(&self.external_user_state),
            "externalUserStateChangeDateTime" => opt_time(self.external_user_state_change_date_time),
            "givenName" => s(&self.given_name),
            "identities" => json!(self.identities),
            "jobTitle" => s(&self.job_title),
            "lastPasswordChangeDateTime" => opt_time(self.last_password_change_date_time),
            "mail" => s(&self.mail),
            "mailNickname" => s(&self.mail_nickname),
            "mobilePhone" => s(&self.mobile_phone),
            "officeLocation" => s(&self.office_location),
            "onPremisesSyncEnabled" => json!(self.on_premises_sync_enabled),
            "onPremisesUserPrincipalName" => s(&self.on_premises_user_principal_name),
            "otherMails" => json!(self.other_mails),
            "preferredLanguage" => s(&self.preferred_language),
            // Exchange Online is the service plan that gives a user a mailbox.
            "provisionedPlans" => match self.has_mailbox {
                true => json!([{"capabilityStatus": "Enabled", "provisioningStatus": "Success", "service": "exchange"}]),
                false => json!([]),
            },
            "proxyAddresses" => json!(self.proxy_addresses),
            "signInActivity" => self.sign_in_activity.as_ref().map(SignInActivity::to_graph).unwrap_or(Value::Null),
            "surname" => s(&self.surname),
            "usageLocation" => s(&self.usage_location),
            "userPrincipalName" => Value::String(self.user_principal_name.clone()),
            "userType" => Value::String(self.user_type.clone()),
            _ => return None,
        })
    }

    pub fn is_guest(&self) -> bool {
        self.user_type == "Guest"
    }

    /// Every address this user is known by, for the "already exists" invitation check.
    pub fn known_addresses(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.user_principal_name.as_str())
            .chain(self.mail.as_deref())
            .chain(self.other_mails.iter().map(String::as_str))
            .chain(self.proxy_addresses.iter().filter_map(|p| {
                p.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case("smtp")).map(|(_, a)| a)
            }))
    }
}

/// A soft-deleted user in deleted items, with the relationships a restore gives back.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeletedUser {
    pub user: UserRecord,
    /// Ids of the groups it was a member of.
    pub groups: Vec<String>,
    /// Ids of its sponsors.
    pub sponsors: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupRecord {
    pub id: String,
    pub display_name: String,
    pub description: Option<String>,
    pub group_types: Vec<String>,
    pub mail: Option<String>,
    pub mail_enabled: bool,
    pub mail_nickname: String,
    pub security_enabled: bool,
    pub visibility: Option<String>,
    pub created_date_time: DateTime<Utc>,
}

pub const GROUP_PROPERTIES: &[&str] = &[
    "id",
    "createdDateTime",
    "deletedDateTime",
    "description",
    "displayName",
    "groupTypes",
    "isAssignableToRole",
    "mail",
    "mailEnabled",
    "mailNickname",
    "membershipRule",
    "securityEnabled",
    "visibility",
];

impl GroupRecord {
    pub fn property(&self, name: &str) -> Option<Value> {
        Some(match name {
            "id" => Value::String(self.id.clone()),
            "createdDateTime" => Value::String(graph_time(self.created_date_time)),
            "deletedDateTime" => Value::Null,
            "description" => json!(self.description),
            "displayName" => Value::String(self.display_name.clone()),
            "groupTypes" => json!(self.group_types),
            // The sandbox's groups have assigned members and cannot hold directory roles.
            "isAssignableToRole" => Value::Bool(false),
            "membershipRule" => Value::Null,
            "mail" => json!(self.mail),
            "mailEnabled" => Value::Bool(self.mail_enabled),
            "mailNickname" => Value::String(self.mail_nickname.clone()),
            "securityEnabled" => Value::Bool(self.security_enabled),
            "visibility" => json!(self.visibility),
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppRoleRecord {
    pub id: String,
    pub value: String,
    pub display_name: String,
    pub description: String,
    pub allowed_member_types: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServicePrincipalRecord {
    pub id: String,
    pub app_id: String,
    pub display_name: String,
    pub app_roles: Vec<AppRoleRecord>,
    pub app_role_assignment_required: bool,
    pub service_principal_type: String,
    pub tags: Vec<String>,
}

impl ServicePrincipalRecord {
    pub fn to_graph(&self) -> Value {
        let roles: Vec<Value> = self
            .app_roles
            .iter()
            .map(|r| {
                json!({"id": r.id, "value": r.value, "displayName": r.display_name, "description": r.description,
                       "allowedMemberTypes": r.allowed_member_types, "isEnabled": true, "origin": "Application"})
            })
            .collect();
        json!({
            "id": self.id, "appId": self.app_id, "displayName": self.display_name, "appRoles": roles,
            "appRoleAssignmentRequired": self.app_role_assignment_required, "accountEnabled": true,
            "servicePrincipalType": self.service_principal_type, "tags": self.tags, "deletedDateTime": null,
        })
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppRoleAssignmentRecord {
    pub id: String,
    pub app_role_id: String,
    pub principal_id: String,
    pub principal_display_name: String,
    pub principal_type: String,
    pub resource_id: String,
    pub resource_display_name: String,
    pub created_date_time: DateTime<Utc>,
}

impl AppRoleAssignmentRecord {
    pub fn to_graph(&self) -> Value {
        json!({
            "id": self.id, "appRoleId": self.app_role_id, "principalId": self.principal_id,
            "principalDisplayName": self.principal_display_name, "principalType": self.principal_type,
            "resourceId": self.resource_id, "resourceDisplayName": self.resource_display_name,
            "createdDateTime": graph_time(self.created_date_time), "deletedDateTime": null,
        })
    }
}

/// An invitation mail in the sandbox outbox (nothing is ever sent).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MailMessage {
    pub id: String,
    pub sent: DateTime<Utc>,
    pub from: String,
    pub to: String,
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    pub language: String,
    pub redeem_url: String,
}

/// What a redeem link stands for: `rd` tickets are stored so the redeem page can complete it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Redemption {
    pub ticket: String,
    pub user_id: String,
    pub invited_email: String,
    pub redirect_url: String,
    pub created: DateTime<Utc>,
}

/// Who may invite guests (`authorizationPolicy.allowInvitesFrom`).
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum AllowInvitesFrom {
    None,
    AdminsAndGuestInviters,
    AdminsGuestInvitersAndAllMembers,
    Everyone,
}

impl AllowInvitesFrom {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::AdminsAndGuestInviters => "adminsAndGuestInviters",
            Self::AdminsGuestInvitersAndAllMembers => "adminsGuestInvitersAndAllMembers",
            Self::Everyone => "everyone",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::None, Self::AdminsAndGuestInviters, Self::AdminsGuestInvitersAndAllMembers, Self::Everyone]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// Tenant-wide settings kept in one row: the clock offset and the B2B policies.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub clock_offset_seconds: i64,
    pub allow_invites_from: AllowInvitesFrom,
    pub guest_user_role_id: String,
    pub allow_email_verified_users_to_join_organization: bool,
    pub blocked_domains: Vec<String>,
    pub allowed_domains: Vec<String>,
    /// The tenant holds Microsoft Entra ID P1 (or P2) licences, which reading `signInActivity`
    /// needs ("signInActivity resource type"); databases from before this setting had it.
    #[serde(default = "licensed")]
    pub entra_id_p1: bool,
}

fn licensed() -> bool {
    true
}
