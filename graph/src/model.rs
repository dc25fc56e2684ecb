//! Graph resource types (v1.0 unless noted), as Graph sends them: camelCase, optional where Graph may omit.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ids::ObjectId;

/// Declares a string-valued Graph enum that keeps values this crate does not know in `Other`,
/// so a new value from Microsoft never turns into a decode error.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $(#[doc = concat!("`", $wire, "`")] $(#[$vmeta])* $variant,)+
            /// A value this crate does not know yet, kept verbatim.
            Other(String),
        }

        impl $name {
            /// The value as Graph spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)+
                    Self::Other(s) => s,
                }
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $($wire => Self::$variant,)+
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(|s| Self::from(s.as_str()))
            }
        }
    };
}

string_enum! {
    /// `user.userType` and `invitation.invitedUserType`.
    UserType { Member = "Member", Guest = "Guest" }
}

string_enum! {
    /// `user.externalUserState`; `None` on the user means the account was never invited.
    ExternalUserState { PendingAcceptance = "PendingAcceptance", Accepted = "Accepted" }
}

string_enum! {
    /// `invitation.status`.
    InvitationStatus {
        PendingAcceptance = "PendingAcceptance",
        Completed = "Completed",
        InProgress = "InProgress",
        Error = "Error",
    }
}

string_enum! {
    /// `user.creationType`; `None` on the user means a work account created in the tenant.
    CreationType {
        Invitation = "Invitation",
        LocalAccount = "LocalAccount",
        EmailVerified = "EmailVerified",
        SelfServiceSignUp = "SelfServiceSignUp",
    }
}

string_enum! {
    /// `authorizationPolicy.allowInvitesFrom`: who may invite guests.
    AllowInvitesFrom {
        /// Nobody, not even administrators.
        None = "none",
        /// Global and User Administrators and Guest Inviters.
        AdminsAndGuestInviters = "adminsAndGuestInviters",
        /// The above plus all members.
        AdminsGuestInvitersAndAllMembers = "adminsGuestInvitersAndAllMembers",
        /// Everyone, guests included.
        Everyone = "everyone",
    }
}

/// `microsoft.graph.objectIdentity`: one way a user signs in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectIdentity {
    /// e.g. `userPrincipalName`, `federated`, `emailAddress`.
    pub sign_in_type: Option<String>,
    /// The identity provider, e.g. `ExternalAzureAD`, `mail`, `google.com` or a tenant domain.
    pub issuer: Option<String>,
    /// The identifier the issuer assigned.
    pub issuer_assigned_id: Option<String>,
}

/// `microsoft.graph.signInActivity` (needs Entra ID P1 and `AuditLog.Read.All`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignInActivity {
    /// Last interactive sign-in attempt (successful or not).
    pub last_sign_in_date_time: Option<DateTime<Utc>>,
    /// Request id of that sign-in.
    pub last_sign_in_request_id: Option<String>,
    /// Last non-interactive sign-in (token refresh by a client).
    pub last_non_interactive_sign_in_date_time: Option<DateTime<Utc>>,
    /// Request id of that sign-in.
    pub last_non_interactive_sign_in_request_id: Option<String>,
    /// Last successful sign-in of either kind.
    pub last_successful_sign_in_date_time: Option<DateTime<Utc>>,
    /// Request id of that sign-in.
    pub last_successful_sign_in_request_id: Option<String>,
}

/// `microsoft.graph.user`, limited to what guest management uses; most fields need `$select`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// Object id.
    pub id: Option<ObjectId>,
    /// Display name.
    pub display_name: Option<String>,
    /// First name.
    pub given_name: Option<String>,
    /// Last name.
    pub surname: Option<String>,
    /// Sign-in name; for guests `alias_domain#EXT#@tenant.onmicrosoft.com`.
    pub user_principal_name: Option<String>,
    /// Primary e-mail address.
    pub mail: Option<String>,
    /// Additional e-mail addresses.
    pub other_mails: Option<Vec<String>>,
    /// Exchange addresses, `SMTP:` primary and `smtp:` secondary.
    pub proxy_addresses: Option<Vec<String>>,
    /// Member or guest.
    pub user_type: Option<UserType>,
    /// Invitation state; `None` if never invited.
    pub external_user_state: Option<ExternalUserState>,
    /// When `external_user_state` last changed.
    pub external_user_state_change_date_time: Option<DateTime<Utc>>,
    /// How the account was created.
    pub creation_type: Option<CreationType>,
    /// Sign-in identities.
    pub identities: Option<Vec<ObjectIdentity>>,
    /// Whether the account is synced from on-premises AD.
    pub on_premises_sync_enabled: Option<bool>,
    /// The on-premises UPN; its presence blocks converting the user to an external user.
    pub on_premises_user_principal_name: Option<String>,
    /// Last sign-ins.
    pub sign_in_activity: Option<SignInActivity>,
    /// Whether the account can sign in.
    pub account_enabled: Option<bool>,
    /// Creation time (missing for some users created before June 2018).
    pub created_date_time: Option<DateTime<Utc>>,
    /// When the user was deleted; set only on users read from deleted items ("List deletedItems").
    pub deleted_date_time: Option<DateTime<Utc>>,
    /// Company.
    pub company_name: Option<String>,
    /// Job title.
    pub job_title: Option<String>,
    /// Department.
    pub department: Option<String>,
    /// Two-letter country code for licensing.
    pub usage_location: Option<String>,
    /// The language they prefer (`en-US`), for mail to them.
    pub preferred_language: Option<String>,
    /// Sponsors, when requested with `$expand=sponsors`.
    pub sponsors: Option<Vec<DirectoryObject>>,
    /// The services provisioned for the user by their licences (Exchange Online: a mailbox).
    pub provisioned_plans: Option<Vec<ProvisionedPlan>>,
    /// When the password was last changed or reset.
    pub last_password_change_date_time: Option<DateTime<Utc>>,
}

impl User {
    /// Whether the user has an Exchange Online mailbox (from `provisionedPlans`, which needs
    /// `$select`): Exchange then owns the `mail` address, and Graph cannot change it.
    pub fn has_exchange_mailbox(&self) -> bool {
        self.provisioned_plans.iter().flatten().any(|plan| {
            plan.service.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("exchange"))
                && plan.capability_status.as_deref() != Some("Deleted")
        })
    }
}

/// `microsoft.graph.provisionedPlan`: one service a user's licences provision.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProvisionedPlan {
    /// `Enabled`, `Warning`, `Suspended`, `Deleted` or `LockedOut`.
    pub capability_status: Option<String>,
    /// e.g. `Success`.
    pub provisioning_status: Option<String>,
    /// e.g. `exchange`, `SharePoint`.
    pub service: Option<String>,
}

/// Whether a directory object is a user, a group, or something else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectoryObjectKind {
    /// `#microsoft.graph.user`.
    User,
    /// `#microsoft.graph.group`.
    Group,
    /// Another type, e.g. `#microsoft.graph.directoryRole`, or no type given.
    Other(Option<String>),
}

/// `microsoft.graph.directoryObject` as returned in sponsors, memberOf, members and sponsorOf lists.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryObject {
    /// The derived type, e.g. `#microsoft.graph.user`.
    #[serde(rename = "@odata.type")]
    pub odata_type: Option<String>,
    /// Object id.
    pub id: Option<ObjectId>,
    /// Display name (users and groups).
    pub display_name: Option<String>,
    /// E-mail (users and mail-enabled groups).
    pub mail: Option<String>,
    /// Sign-in name (users).
    pub user_principal_name: Option<String>,
    /// Member or guest (users).
    pub user_type: Option<UserType>,
    /// The role's template id (directory roles), the same in every tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_template_id: Option<String>,
    /// Whether the account can sign in (users, when selected); `false` for a disabled account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_enabled: Option<bool>,
}

impl DirectoryObject {
    /// Which kind of object this is, from `@odata.type`.
    pub fn kind(&self) -> DirectoryObjectKind {
        match self.odata_type.as_deref() {
            Some("#microsoft.graph.user") => DirectoryObjectKind::User,
            Some("#microsoft.graph.group") => DirectoryObjectKind::Group,
            other => DirectoryObjectKind::Other(other.map(str::to_owned)),
        }
    }
}

/// `microsoft.graph.emailAddress`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailAddressInfo {
    /// Display name.
    pub name: Option<String>,
    /// Address.
    pub address: Option<String>,
}

/// `microsoft.graph.recipient`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Recipient {
    /// The recipient's address.
    pub email_address: EmailAddressInfo,
}

/// `microsoft.graph.invitedUserMessageInfo`: the invitation e-mail.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvitedUserMessageInfo {
    /// ISO 639 language of the mail; ignored when a customized body is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_language: Option<String>,
    /// Extra recipients; Graph supports only one.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "null_as_empty")]
    pub cc_recipients: Vec<Recipient>,
    /// Custom text in the mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customized_message_body: Option<String>,
}

/// `microsoft.graph.invitation` as returned by `POST /invitations`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    /// Invitation id.
    pub id: Option<String>,
    /// Display name given for the invitee.
    pub invited_user_display_name: Option<String>,
    /// Address invited.
    pub invited_user_email_address: String,
    /// The invitation mail settings.
    pub invited_user_message_info: Option<InvitedUserMessageInfo>,
    /// Guest or Member.
    pub invited_user_type: Option<UserType>,
    /// Redemption link; returned only here and never stored by Graph.
    pub invite_redeem_url: Option<String>,
    /// Where the user lands after redeeming.
    pub invite_redirect_url: String,
    /// Whether the redemption state was reset.
    pub reset_redemption: Option<bool>,
    /// Whether Microsoft sent the mail.
    pub send_invitation_message: Option<bool>,
    /// Invitation status.
    pub status: Option<InvitationStatus>,
    /// The invited (or existing) user, usually only its id.
    pub invited_user: Option<User>,
    /// Sponsors stamped on the guest.
    pub invited_user_sponsors: Option<Vec<DirectoryObject>>,
}

/// `microsoft.graph.group`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// Object id.
    pub id: Option<ObjectId>,
    /// Display name.
    pub display_name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// E-mail address.
    pub mail: Option<String>,
    /// Whether the group is mail-enabled.
    pub mail_enabled: Option<bool>,
    /// Whether the group is a security group.
    pub security_enabled: Option<bool>,
    /// e.g. `Unified` for Microsoft 365 groups, `DynamicMembership`.
    pub group_types: Option<Vec<String>>,
    /// Dynamic membership rule; members cannot be added by hand when set.
    pub membership_rule: Option<String>,
    /// `Public`, `Private` or `HiddenMembership`.
    pub visibility: Option<String>,
    /// Whether the group can hold directory roles.
    pub is_assignable_to_role: Option<bool>,
    /// Creation time.
    pub created_date_time: Option<DateTime<Utc>>,
}

/// `microsoft.graph.appRole`: a role an application defines.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppRole {
    /// Role id.
    pub id: Option<Uuid>,
    /// `User`, `Application` or both.
    pub allowed_member_types: Option<Vec<String>>,
    /// Description.
    pub description: Option<String>,
    /// Display name.
    pub display_name: Option<String>,
    /// Whether the role can be assigned.
    pub is_enabled: Option<bool>,
    /// The value in the `roles` claim.
    pub value: Option<String>,
}

/// `microsoft.graph.servicePrincipal` (the subset needed to assign app roles).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServicePrincipal {
    /// Object id of the service principal.
    pub id: Option<ObjectId>,
    /// Application (client) id.
    pub app_id: Option<Uuid>,
    /// Display name.
    pub display_name: Option<String>,
    /// Roles the application defines.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub app_roles: Vec<AppRole>,
}

/// `microsoft.graph.appRoleAssignment`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppRoleAssignment {
    /// Assignment id (not a GUID).
    pub id: Option<String>,
    /// Assigned role; the nil GUID means default access.
    pub app_role_id: Option<Uuid>,
    /// The user, group or service principal assigned.
    pub principal_id: Option<ObjectId>,
    /// `User`, `Group` or `ServicePrincipal`.
    pub principal_type: Option<String>,
    /// The principal's name.
    pub principal_display_name: Option<String>,
    /// The resource service principal.
    pub resource_id: Option<ObjectId>,
    /// The resource's name.
    pub resource_display_name: Option<String>,
    /// When the assignment was made.
    pub created_date_time: Option<DateTime<Utc>>,
}

/// `microsoft.graph.authorizationPolicy` (the singleton `/policies/authorizationPolicy`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthorizationPolicy {
    /// Always `authorizationPolicy`.
    pub id: Option<String>,
    /// Display name.
    pub display_name: Option<String>,
    /// Who may invite guests.
    pub allow_invites_from: Option<AllowInvitesFrom>,
    /// Role template id given to guests (User, Guest User or Restricted Guest User).
    pub guest_user_role_id: Option<Uuid>,
    /// Whether e-mail-verified users may join the organisation.
    pub allow_email_verified_users_to_join_organization: Option<bool>,
}

/// The writable part of the authorization policy sent with `PATCH`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthorizationPolicyUpdate {
    /// New invite restriction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_invites_from: Option<AllowInvitesFrom>,
    /// New guest role template id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_user_role_id: Option<Uuid>,
}

/// `microsoft.graph.verifiedDomain`: a domain the tenant has proven it owns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifiedDomain {
    /// The domain name, e.g. `contoso.com`.
    pub name: String,
    /// Whether new users get this domain by default.
    pub is_default: Option<bool>,
    /// Whether this is the `*.onmicrosoft.com` domain the tenant was created with.
    pub is_initial: Option<bool>,
}

/// `microsoft.graph.organization`: the tenant itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    /// The tenant id.
    pub id: Option<String>,
    /// The organization's name.
    pub display_name: Option<String>,
    /// The tenant's own domains: addresses there belong to colleagues, not guests.
    #[serde(default)]
    pub verified_domains: Vec<VerifiedDomain>,
}

impl Organization {
    /// Whether `domain` is one of the tenant's verified domains (case-insensitive).
    pub fn owns_domain(&self, domain: &str) -> bool {
        self.verified_domains.iter().any(|d| d.name.eq_ignore_ascii_case(domain))
    }
}

/// Beta `microsoft.graph.b2bManagementPolicy`: the tenant's invitation domain allow or block list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct B2bManagementPolicy {
    /// Policy id.
    pub id: Option<String>,
    /// Display name.
    pub display_name: Option<String>,
    /// JSON documents as strings, e.g. `{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{...}}}`.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub definition: Vec<String>,
    /// Whether this is the tenant default.
    pub is_organization_default: Option<bool>,
}

/// Which invitee domains a tenant allows; Entra has an allow list or a block list, never both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum DomainRestriction {
    /// No list: any domain may be invited.
    #[default]
    Unrestricted,
    /// Only these (lower-cased) domains may be invited.
    AllowOnly(BTreeSet<String>),
    /// These (lower-cased) domains may not be invited.
    Block(BTreeSet<String>),
}

impl DomainRestriction {
    /// Whether an invitation to `domain` passes the list (domains compare case-insensitively).
    pub fn permits(&self, domain: &str) -> bool {
        let domain = domain.to_lowercase();
        match self {
            Self::Unrestricted => true,
            Self::AllowOnly(allowed) => allowed.contains(&domain),
            Self::Block(blocked) => !blocked.contains(&domain),
        }
    }
}

/// Why a b2bManagementPolicy definition could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PolicyDefinitionError {
    /// A definition entry is not JSON.
    #[error("the domain policy definition is not valid JSON: {0}")]
    NotJson(String),
    /// Both an allow list and a block list are present, which Entra does not allow.
    #[error("the domain policy has both an allow list and a block list")]
    BothLists,
}

#[derive(Deserialize)]
struct PolicyDocument {
    #[serde(rename = "B2BManagementPolicy")]
    policy: Option<PolicyBody>,
}

#[derive(Deserialize)]
struct PolicyBody {
    #[serde(rename = "InvitationsAllowedAndBlockedDomainsPolicy")]
    domains: Option<DomainLists>,
}

#[derive(Deserialize)]
struct DomainLists {
    #[serde(rename = "AllowedDomains")]
    allowed: Option<Vec<String>>,
    #[serde(rename = "BlockedDomains")]
    blocked: Option<Vec<String>>,
}

impl B2bManagementPolicy {
    /// Parses `definition` into the allow or block list it holds.
    pub fn domain_restriction(&self) -> Result<DomainRestriction, PolicyDefinitionError> {
        let mut restriction = DomainRestriction::Unrestricted;
        for entry in &self.definition {
            let doc: PolicyDocument =
                serde_json::from_str(entry).map_err(|e| PolicyDefinitionError::NotJson(e.to_string()))?;
            let Some(lists) = doc.policy.and_then(|p| p.domains) else { continue };
            // The portal writes an empty list for the mode that is not in use; only non-empty lists count.
            let non_empty = |v: Option<Vec<String>>| -> Option<BTreeSet<String>> {
                let set: BTreeSet<String> = v?.into_iter().map(|d| d.trim().to_lowercase()).collect();
                (!set.is_empty()).then_some(set)
            };
            restriction = match (non_empty(lists.allowed), non_empty(lists.blocked)) {
                (Some(_), Some(_)) => return Err(PolicyDefinitionError::BothLists),
                (Some(allowed), None) => DomainRestriction::AllowOnly(allowed),
                (None, Some(blocked)) => DomainRestriction::Block(blocked),
                (None, None) => restriction,
            };
        }
        Ok(restriction)
    }
}

/// `passwordProfile`: a password set by an administrator (a user update, or converting an
/// external user to an internal one). Its `Debug` output never shows the password.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordProfile {
    /// Initial password.
    pub password: String,
    /// Whether the user must change it at next sign-in.
    pub force_change_password_next_sign_in: bool,
    /// Whether the user must also do MFA at that change.
    pub force_change_password_next_sign_in_with_mfa: bool,
}

impl std::fmt::Debug for PasswordProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordProfile")
            .field("password", &"(hidden)")
            .field("force_change_password_next_sign_in", &self.force_change_password_next_sign_in)
            .field("force_change_password_next_sign_in_with_mfa", &self.force_change_password_next_sign_in_with_mfa)
            .finish()
    }
}

impl PasswordProfile {
    /// A long random password nobody knows (it meets Entra's complexity rule: upper and lower
    /// case, digits and symbols), for taking a password out of use.
    pub fn random() -> PasswordProfile {
        use rand::Rng;
        const GROUPS: [&[u8]; 4] = [b"ABCDEFGHJKLMNPQRSTUVWXYZ", b"abcdefghijkmnopqrstuvwxyz", b"23456789", b"-_.!#%+=@"];
        let mut rng = rand::rngs::OsRng;
        // Four of each kind, then 40 more from all of them: about 250 bits.
        let mut chars: Vec<u8> = GROUPS.iter().flat_map(|g| (0..4).map(|_| g[rng.gen_range(0..g.len())]).collect::<Vec<_>>()).collect();
        let all: Vec<u8> = GROUPS.concat();
        chars.extend((0..40).map(|_| all[rng.gen_range(0..all.len())]));
        for i in (1..chars.len()).rev() {
            chars.swap(i, rng.gen_range(0..=i));
        }
        PasswordProfile {
            password: String::from_utf8(chars).expect("ASCII"),
            force_change_password_next_sign_in: false,
            force_change_password_next_sign_in_with_mfa: false,
        }
    }
}

/// Body of beta `POST /users/{id}/convertExternalToInternalMemberUser`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConvertToInternal {
    /// New UPN; required for cloud users, not allowed for synced users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
    /// New primary mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// Password; required for cloud-managed authentication.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_profile: Option<PasswordProfile>,
}

/// Beta `microsoft.graph.conversionUserDetails`: the result of a conversion to internal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversionUserDetails {
    /// Display name.
    pub display_name: Option<String>,
    /// The new UPN.
    pub user_principal_name: Option<String>,
    /// Mail.
    pub mail: Option<String>,
    /// When the conversion happened.
    pub converted_to_internal_user_date_time: Option<DateTime<Utc>>,
}

/// Fields to change with `PATCH /users/{id}`; `None` leaves a field alone, `Some(None)` clears it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserUpdate {
    /// Display name (cannot be cleared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// First name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_name: Option<Option<String>>,
    /// Last name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surname: Option<Option<String>>,
    /// Primary e-mail (also updates proxyAddresses).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail: Option<Option<String>>,
    /// Additional e-mail addresses (replaces the list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_mails: Option<Vec<String>>,
    /// Member or guest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_type: Option<UserType>,
    /// Enable or block sign-in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_enabled: Option<bool>,
    /// Company.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_name: Option<Option<String>>,
    /// Job title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<Option<String>>,
    /// Department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<Option<String>>,
    /// Two-letter country code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage_location: Option<Option<String>>,
    /// A new password (needs an administrator; not for accounts synced from on-premises).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_profile: Option<PasswordProfile>,
}

/// Graph sends `null` for some empty collections; treat it like `[]`.
fn null_as_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn organization_owns_its_verified_domains_case_insensitively() {
        let organization: Organization = serde_json::from_value(json!({
            "id": "t",
            "verifiedDomains": [{"name": "contoso.com", "isDefault": true}, {"name": "contoso.onmicrosoft.com"}]
        }))
        .unwrap();
        assert!(organization.owns_domain("Contoso.COM"));
        assert!(organization.owns_domain("contoso.onmicrosoft.com"));
        assert!(!organization.owns_domain("fabrikam.com"));
        assert!(!organization.owns_domain("sub.contoso.com"));
    }

    #[test]
    fn enums_round_trip_and_keep_unknown_values() {
        for (wire, known) in [("Guest", UserType::Guest), ("Member", UserType::Member)] {
            assert_eq!(serde_json::from_value::<UserType>(json!(wire)).unwrap(), known);
            assert_eq!(serde_json::to_value(&known).unwrap(), json!(wire));
        }
        let unknown: UserType = serde_json::from_value(json!("ExternalMember")).unwrap();
        assert_eq!(unknown, UserType::Other("ExternalMember".into()));
        assert_eq!(serde_json::to_value(&unknown).unwrap(), json!("ExternalMember"));

        let a: AllowInvitesFrom = serde_json::from_value(json!("unknownFutureValue")).unwrap();
        assert_eq!(a.as_str(), "unknownFutureValue");
        assert_eq!(AllowInvitesFrom::from("adminsAndGuestInviters"), AllowInvitesFrom::AdminsAndGuestInviters);
        assert_eq!(InvitationStatus::from("Error"), InvitationStatus::Error);
        assert_eq!(ExternalUserState::Accepted.to_string(), "Accepted");
    }

    #[test]
    fn decodes_the_documented_invitation_response() {
        let body = json!({"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#invitations/$entity",
            "id":"9071bfde-35e0-47d2-a582-d244ab1b4af6",
            "inviteRedeemUrl":"https://login.microsoftonline.com/redeem?rd=x",
            "invitedUserDisplayName":null,"invitedUserType":"Guest","invitedUserEmailAddress":"admin@fabrikam.com",
            "sendInvitationMessage":false,"resetRedemption":false,"inviteRedirectUrl":"https://myapp.contoso.com",
            "status":"PendingAcceptance",
            "invitedUserMessageInfo":{"messageLanguage":null,"customizedMessageBody":null,
              "ccRecipients":[{"emailAddress":{"name":null,"address":null}}]},
            "invitedUser":{"id":"cbb896f9-8306-49d0-b56b-b8e39cd28825"}});
        let inv: Invitation = serde_json::from_value(body).unwrap();
        assert_eq!(inv.status, Some(InvitationStatus::PendingAcceptance));
        assert_eq!(inv.invited_user_type, Some(UserType::Guest));
        assert_eq!(inv.invited_user.unwrap().id.unwrap().to_string(), "cbb896f9-8306-49d0-b56b-b8e39cd28825");
        assert_eq!(inv.invited_user_message_info.unwrap().cc_recipients.len(), 1);
    }

    #[test]
    fn directory_object_kind_comes_from_odata_type() {
        let objs: Vec<DirectoryObject> = serde_json::from_value(json!([
            {"@odata.type":"#microsoft.graph.user","id":"cbb896f9-8306-49d0-b56b-b8e39cd28825","userType":"Guest"},
            {"@odata.type":"#microsoft.graph.group","id":"9071bfde-35e0-47d2-a582-d244ab1b4af6"},
            {"@odata.type":"#microsoft.graph.directoryRole"},
            {}
        ]))
        .unwrap();
        let kinds: Vec<_> = objs.iter().map(DirectoryObject::kind).collect();
        assert_eq!(
            kinds,
            [
                DirectoryObjectKind::User,
                DirectoryObjectKind::Group,
                DirectoryObjectKind::Other(Some("#microsoft.graph.directoryRole".into())),
                DirectoryObjectKind::Other(None)
            ]
        );
    }

    #[test]
    fn user_decodes_guest_fields() {
        let user: User = serde_json::from_value(json!({
            "id":"cbb896f9-8306-49d0-b56b-b8e39cd28825","userType":"Guest","externalUserState":"PendingAcceptance",
            "externalUserStateChangeDateTime":"2024-02-05T20:16:37.5012924Z","creationType":"Invitation",
            "identities":[{"signInType":"userPrincipalName","issuer":"contoso.com","issuerAssignedId":"a_b.com#EXT#@contoso.com"}],
            "otherMails":[],"proxyAddresses":["SMTP:a@b.com"],"signInActivity":{"lastSignInDateTime":"2025-01-01T00:00:00Z"},
            "accountEnabled":true,"onPremisesSyncEnabled":null,"someNewProperty":1
        }))
        .unwrap();
        assert_eq!(user.external_user_state, Some(ExternalUserState::PendingAcceptance));
        assert_eq!(user.creation_type, Some(CreationType::Invitation));
        assert_eq!(user.identities.unwrap()[0].issuer.as_deref(), Some("contoso.com"));
        assert!(user.sign_in_activity.unwrap().last_sign_in_date_time.is_some());
    }

    #[test]
    fn random_passwords_meet_the_complexity_rule_differ_and_stay_out_of_logs() {
        let (a, b) = (PasswordProfile::random(), PasswordProfile::random());
        assert_ne!(a.password, b.password);
        assert_eq!(a.password.len(), 56);
        for kind in [char::is_ascii_uppercase, char::is_ascii_lowercase, char::is_ascii_digit] {
            assert!(a.password.chars().any(|c| kind(&c)), "{}", a.password);
        }
        assert!(a.password.chars().any(|c| !c.is_ascii_alphanumeric()));
        assert!(!format!("{a:?}").contains(&a.password));
    }

    #[test]
    fn a_mailbox_is_an_exchange_plan() {
        let user: User = serde_json::from_value(json!({"provisionedPlans": [
            {"capabilityStatus": "Enabled", "provisioningStatus": "Success", "service": "SharePoint"},
            {"capabilityStatus": "Enabled", "provisioningStatus": "Success", "service": "exchange"}
        ]}))
        .unwrap();
        assert!(user.has_exchange_mailbox());
        let gone: User = serde_json::from_value(json!({"provisionedPlans": [{"capabilityStatus": "Deleted", "service": "exchange"}]})).unwrap();
        assert!(!gone.has_exchange_mailbox());
        assert!(!User::default().has_exchange_mailbox());
    }

    #[test]
    fn user_update_distinguishes_unchanged_from_cleared() {
        let update = UserUpdate { job_title: Some(None), department: Some(Some("Sales".into())), ..Default::default() };
        assert_eq!(serde_json::to_value(&update).unwrap(), json!({"jobTitle": null, "department": "Sales"}));
    }

    #[test]
    fn b2b_policy_definition_parses_into_lists() {
        let policy = |def: &str| B2bManagementPolicy { definition: vec![def.to_owned()], ..Default::default() };
        let blocked = policy(
            r#"{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"BlockedDomains":["Live.com"]}}}"#,
        )
        .domain_restriction()
        .unwrap();
        assert!(!blocked.permits("live.COM"));
        assert!(blocked.permits("fabrikam.com"));
        let allowed = policy(r#"{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":["fabrikam.com"]}}}"#)
            .domain_restriction()
            .unwrap();
        assert!(allowed.permits("Fabrikam.com"));
        assert!(!allowed.permits("live.com"));
        assert_eq!(B2bManagementPolicy::default().domain_restriction().unwrap(), DomainRestriction::Unrestricted);
        let inactive_allow = r#"{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":[],"BlockedDomains":["x.com"]}}}"#;
        assert!(!policy(inactive_allow).domain_restriction().unwrap().permits("x.com"));
        assert_eq!(
            policy(r#"{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":["a.com"],"BlockedDomains":["b.com"]}}}"#)
                .domain_restriction(),
            Err(PolicyDefinitionError::BothLists)
        );
        assert!(matches!(policy("{").domain_restriction(), Err(PolicyDefinitionError::NotJson(_))));
    }
}
