//! The seed: a believable small company ("Northwind Traders") with admins, sponsors, internal
//! accounts waiting to become B2B, external guests in every redemption state, groups and apps.
//!
//! Ids are fixed so docs, scripts and tests can name them; dates are relative to the seed time
//! so "inactive for months" stays true whenever the sandbox is reset.

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sha2::{Digest, Sha256};

use super::model::*;
use super::{AppRegistration, AppRole, State, Tenant};

pub const TENANT_ID: &str = "7c1e5a2d-3b94-4f08-a6d1-52e8c0b9f4a7";
pub const DEFAULT_DOMAIN: &str = "northwind.example";
pub const INITIAL_DOMAIN: &str = "northwindtraders.onmicrosoft.example";
pub const PORTAL_CLIENT_ID: &str = "4b9d2e71-8c3f-4a65-9e0b-d17a6f3c2e58";
/// Shaped like an Entra client secret; the issuer still checks it.
pub const PORTAL_CLIENT_SECRET: &str = "Sbx8Q~nW3tR7vY2pK9mL4xZ6cB1dF5hJ0gT8sA2e";

pub const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";
pub const USER_ADMINISTRATOR: &str = "fe930be7-5e62-47db-91af-98c3a49a38b1";
pub const GUEST_INVITER: &str = "95e79109-95c0-4d8e-aee3-d01accf2d47b";
pub const HELPDESK_ADMINISTRATOR: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
pub const DIRECTORY_READERS: &str = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
pub const DIRECTORY_WRITERS: &str = "9360feb5-f418-4baa-8175-e2a00bac4301";
pub const EXTERNAL_IDENTITY_PROVIDER_ADMINISTRATOR: &str = "be2f45a1-457d-42af-a067-6ec1fa63bc45";
pub const PRIVILEGED_AUTHENTICATION_ADMINISTRATOR: &str = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";
/// Graph's `guestUserRoleId` for the default, limited "Guest User" role.
const GUEST_USER_ROLE: &str = "10dae51f-b6af-4016-8d66-8c2a99b929b3";

// People.
const GRACE: &str = "0f3a8c21-5d7e-4b19-8a62-c4e9d1b07f35"; // Global Administrator
const MATEO: &str = "1a7c4e92-3f58-4d06-b1e7-9d2a6c8f4b13"; // User Administrator
const PRIYA: &str = "2b8d5fa3-4069-4e17-c2f8-ae3b7d905c24"; // Guest Inviter
const LUKAS: &str = "3c9e6a04-517a-4f28-93a9-bf4c8ea16d35"; // Helpdesk Administrator
const AMARA: &str = "4daf7b15-628b-4039-a4ba-c05d9fb27e46";
const JONAS: &str = "5eb08c26-739c-414a-b5cb-d16ea0c38f57";
const SOFIA: &str = "6fc19d37-84ad-425b-86dc-e27fb1d49068";
const KENJI: &str = "70d2ae48-95be-436c-97ed-f380c2e5a179";
const ELENA: &str = "81e3bf59-a6cf-447d-a8fe-0491d3f6b28a"; // internal, cloud-only, external mail
const TOMASZ: &str = "92f4c06a-b7d0-458e-b90f-15a2e407c39b"; // internal, synced from on-premises
const HANNAH: &str = "a305d17b-c8e1-469f-8a01-26b3f518d4ac"; // internal, Exchange mailbox
const OLIVIA: &str = "b416e28c-d9f2-47a0-9b12-37c40629e5bd"; // Entra guest, active
const DIEGO: &str = "c527f39d-ea03-48b1-ac23-48d5173af6ce"; // Google guest
const FATIMA: &str = "d63804ae-fb14-49c2-bd34-59e6284b07df"; // one-time passcode guest
const LIAM: &str = "e7491abf-0c25-4ad3-8e45-6af7395c18e0"; // Microsoft account guest, inactive
const NOAH: &str = "f85a2bc0-1d36-4be4-9f56-7b08406d29f1"; // pending
const YUKI: &str = "0a6b3cd1-2e47-4cf5-a067-8c19517e3a02"; // pending for months
const MARCUS: &str = "1b7c4de2-3f58-4d06-b178-9d2a628f4b13"; // Entra guest, inactive, no sponsor
const INGRID: &str = "2c8d5ef3-4069-4e17-c289-ae3b739f5c24"; // OTP guest, disabled, inactive
const RAFAEL: &str = "3d9e6f04-517a-4f28-939a-bf4c84a06d35"; // member who left: disabled, still a sponsor
const ZOE: &str = "4eaf7015-628b-4039-a4ab-c05d95b17e46"; // Entra guest whose only sponsors are gone
const PEDRO: &str = "5fb08126-739c-414a-b5bc-d16ea6c28f57"; // OTP guest sponsored by a group

/// Members that sponsor the bulk-generated guests, in turn.
const SPONSORING_MEMBERS: &[&str] = &[AMARA, JONAS, SOFIA, KENJI];

// Groups and apps.
const GROUP_PARTNERS: &str = "5a1f0e6d-7c2b-4e93-8d14-6b2c9a0f3e71";
const GROUP_ALPHA: &str = "6b201f7e-8d3c-4fa4-9e25-7c3dab104f82";
const GROUP_INVITERS: &str = "7c3120af-9e4d-40b5-af36-8d4ebc215093";
const GROUP_STAFF: &str = "8d4231b0-af5e-41c6-b047-9e5fcd3261a4";
/// A sponsor group: its members sponsor Pedro together.
const GROUP_ACCOUNT_TEAM: &str = "9e5342c1-b06f-42d7-8158-af60de43a2c6";
/// A sponsor group nobody is in any more.
const GROUP_SUPPLIER_DESK: &str = "0f6453d2-c170-43e8-9269-b071ef54b3d7";
const PORTAL_SP: &str = "9e5342c1-b06f-42d7-8158-af60de4372b5";
const EXTRANET_APP_ID: &str = "a1c47e20-3d5b-4f86-9b2a-60e8d1f4c7a3";
const EXTRANET_SP: &str = "af6453d2-c170-43e8-9269-b071ef5483c6";
const ROLE_INVITER: &str = "b0c7e8d1-2a43-4f5e-8671-9ab2c3d4e5f6";
const ROLE_REVIEWER: &str = "c1d8f9e2-3b54-4a6f-9782-0bc3d4e5f6a7";
const ROLE_PARTNER_READER: &str = "d2e90af3-4c65-4b70-a893-1cd4e5f6a7b8";
const ROLE_PARTNER_CONTRIBUTOR: &str = "e3fa1b04-5d76-4c81-b9a4-2de5f6a7b8c9";

pub fn tenant() -> Tenant {
    Tenant {
        id: TENANT_ID.into(),
        display_name: "Northwind Traders".into(),
        verified_domains: vec![DEFAULT_DOMAIN.into(), INITIAL_DOMAIN.into()],
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

pub fn portal_app() -> AppRegistration {
    AppRegistration {
        client_id: PORTAL_CLIENT_ID.into(),
        client_secret: PORTAL_CLIENT_SECRET.into(),
        display_name: "Guestlist".into(),
        delegated_permissions: strings(&[
            "User.Read",
            "User.Invite.All",
            "User.ReadWrite.All",
            "User-PasswordProfile.ReadWrite.All",
            "Directory.Read.All",
            "GroupMember.ReadWrite.All",
            "Group.Read.All",
            "AppRoleAssignment.ReadWrite.All",
            "Policy.Read.All",
            "AuditLog.Read.All",
            "offline_access",
            "openid",
            "profile",
            "email",
        ]),
        application_permissions: strings(&[
            "User.Invite.All",
            "User.ReadWrite.All",
            "Directory.Read.All",
            "GroupMember.ReadWrite.All",
            "AppRoleAssignment.ReadWrite.All",
            "Policy.Read.All",
            "Policy.Read.B2BManagementPolicy",
            "AuditLog.Read.All",
        ]),
        // The portal resets passwords as the signed-in administrator, so its service principal
        // holds no directory role of its own (least privilege).
        directory_role_template_ids: Vec::new(),
        app_roles: portal_roles()
            .into_iter()
            .map(|r| AppRole { id: r.id, value: r.value, display_name: r.display_name })
            .collect(),
    }
}

fn portal_roles() -> Vec<AppRoleRecord> {
    vec![
        app_role(ROLE_INVITER, "Guestlist.Inviter", "Guest inviter", "Can invite guests through Guestlist."),
        app_role(ROLE_REVIEWER, "Guestlist.Reviewer", "Guest reviewer", "Can review guests through Guestlist."),
    ]
}

fn app_role(id: &str, value: &str, name: &str, description: &str) -> AppRoleRecord {
    AppRoleRecord {
        id: id.into(),
        value: value.into(),
        display_name: name.into(),
        description: description.into(),
        allowed_member_types: vec!["User".into()],
    }
}

/// The parts of a person that vary; everything else follows from them.
struct P<'a> {
    id: &'a str,
    given: &'a str,
    surname: &'a str,
    job: &'a str,
    department: &'a str,
    company: &'a str,
    days_old: i64,
}

fn member(p: P, roles: &[&str], now: DateTime<Utc>) -> UserRecord {
    let alias = format!("{}.{}", p.given, p.surname).to_lowercase().replace(['\'', ' '], "");
    let upn = format!("{alias}@{DEFAULT_DOMAIN}");
    UserRecord {
        id: p.id.into(),
        user_principal_name: upn.clone(),
        display_name: format!("{} {}", p.given, p.surname),
        given_name: Some(p.given.into()),
        surname: Some(p.surname.into()),
        mail: Some(upn.clone()),
        mail_nickname: Some(alias),
        job_title: Some(p.job.into()),
        department: Some(p.department.into()),
        company_name: Some(p.company.into()),
        mobile_phone: None,
        office_location: Some("Seattle".into()),
        preferred_language: Some("en-US".into()),
        business_phones: vec!["+1 425 555 0100".into()],
        usage_location: Some("US".into()),
        account_enabled: true,
        user_type: "Member".into(),
        created_date_time: now - Duration::days(p.days_old),
        creation_type: None,
        external_user_state: None,
        external_user_state_change_date_time: None,
        identities: vec![ObjectIdentity {
            sign_in_type: "userPrincipalName".into(),
            issuer: INITIAL_DOMAIN.into(),
            issuer_assigned_id: Some(upn.clone()),
        }],
        other_mails: vec![],
        proxy_addresses: vec![format!("SMTP:{upn}")],
        on_premises_sync_enabled: None,
        on_premises_user_principal_name: None,
        sign_in_activity: Some(activity(now - Duration::hours(p.days_old % 20 + 1))),
        last_password_change_date_time: None,
        deleted_date_time: None,
        has_mailbox: true,
        directory_role_template_ids: strings(roles),
        generated: false,
        pending_b2b: None,
        manager: None,
    }
}

fn activity(at: DateTime<Utc>) -> SignInActivity {
    SignInActivity {
        last_sign_in_date_time: Some(at),
        last_sign_in_request_id: Some(derived_id(&format!("signin-{at}"))),
        last_non_interactive_sign_in_date_time: Some(at),
        last_non_interactive_sign_in_request_id: Some(derived_id(&format!("signin-ni-{at}"))),
        last_successful_sign_in_date_time: Some(at),
        last_successful_sign_in_request_id: Some(derived_id(&format!("signin-ok-{at}"))),
    }
}

/// A guest UPN as Entra makes it: `alias_domain#EXT#@initial-domain`.
pub fn guest_upn(address: &str, tenant: &Tenant) -> String {
    format!("{}#EXT#@{}", address.replace('@', "_"), tenant.initial_domain())
}

/// Where a redeemed guest signs in; the `identities` entry Entra adds on redemption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentityProvider {
    EntraId,
    Google,
    EmailOneTimePasscode,
    MicrosoftAccount,
}

impl IdentityProvider {
    pub const ALL: [IdentityProvider; 4] =
        [Self::EntraId, Self::Google, Self::EmailOneTimePasscode, Self::MicrosoftAccount];

    /// The issuer Graph shows in `identities` (graph-b2b.md §2).
    pub fn issuer(self) -> &'static str {
        match self {
            Self::EntraId => "ExternalAzureAD",
            Self::Google => "google.com",
            Self::EmailOneTimePasscode => "mail",
            Self::MicrosoftAccount => "MicrosoftAccount",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::EntraId => "Another Microsoft Entra organisation (work or school account)",
            Self::Google => "Google",
            Self::EmailOneTimePasscode => "One-time passcode sent by email",
            Self::MicrosoftAccount => "Personal Microsoft account",
        }
    }

    pub fn parse(issuer: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.issuer() == issuer)
    }

    pub fn identity(self, address: &str) -> ObjectIdentity {
        ObjectIdentity { sign_in_type: "federated".into(), issuer: self.issuer().into(), issuer_assigned_id: Some(address.into()) }
    }
}

/// A freshly invited external guest, as `POST /invitations` creates one.
pub fn invited_guest(id: String, address: &str, display_name: Option<&str>, tenant: &Tenant, now: DateTime<Utc>) -> UserRecord {
    let upn = guest_upn(address, tenant);
    let local = address.split('@').next().unwrap_or(address);
    UserRecord {
        id,
        user_principal_name: upn.clone(),
        display_name: display_name.map(str::to_string).unwrap_or_else(|| local.to_string()),
        given_name: None,
        surname: None,
        mail: Some(address.into()),
        mail_nickname: Some(address.replace('@', "_") + "#EXT#"),
        job_title: None,
        department: None,
        company_name: None,
        mobile_phone: None,
        office_location: None,
        preferred_language: None,
        business_phones: vec![],
        usage_location: None,
        account_enabled: true,
        user_type: "Guest".into(),
        created_date_time: now,
        creation_type: Some("Invitation".into()),
        external_user_state: Some("PendingAcceptance".into()),
        external_user_state_change_date_time: Some(now),
        identities: vec![ObjectIdentity {
            sign_in_type: "userPrincipalName".into(),
            issuer: tenant.initial_domain().into(),
            issuer_assigned_id: Some(upn),
        }],
        other_mails: vec![address.into()],
        proxy_addresses: vec![format!("SMTP:{address}")],
        on_premises_sync_enabled: None,
        on_premises_user_principal_name: None,
        sign_in_activity: None,
        last_password_change_date_time: None,
        deleted_date_time: None,
        has_mailbox: false,
        directory_role_template_ids: vec![],
        generated: false,
        pending_b2b: None,
        manager: None,
    }
}

struct G<'a> {
    id: &'a str,
    name: &'a str,
    address: &'a str,
    company: &'a str,
    job: &'a str,
    invited_days_ago: i64,
    /// `None`: still PendingAcceptance.
    redeemed: Option<(IdentityProvider, i64)>,
    last_sign_in_days_ago: Option<i64>,
    enabled: bool,
}

fn external_guest(g: G, tenant: &Tenant, now: DateTime<Utc>) -> UserRecord {
    let invited = now - Duration::days(g.invited_days_ago);
    let mut u = invited_guest(g.id.into(), g.address, Some(g.name), tenant, invited);
    let mut names = g.name.splitn(2, ' ');
    u.given_name = names.next().map(str::to_string);
    u.surname = names.next().map(str::to_string);
    u.company_name = Some(g.company.into());
    u.job_title = Some(g.job.into());
    u.account_enabled = g.enabled;
    if let Some((idp, days)) = g.redeemed {
        u.external_user_state = Some("Accepted".into());
        u.external_user_state_change_date_time = Some(now - Duration::days(days));
        u.identities.push(idp.identity(g.address));
    }
    u.sign_in_activity = g.last_sign_in_days_ago.map(|d| activity(now - Duration::days(d)));
    u
}

/// Deterministic GUID-shaped id from a name (the bulk guests must keep their ids across resets).
pub fn derived_id(name: &str) -> String {
    let h = Sha256::digest(name.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(b).to_string()
}

const FIRST: &[&str] = &[
    "Ava", "Ben", "Chloe", "Daniel", "Emma", "Felix", "Gabriela", "Hugo", "Isla", "Jamal", "Kira", "Leo", "Mia", "Nikolai",
    "Oscar", "Paula", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yara", "Zoltan",
];
const LAST: &[&str] = &[
    "Andersen", "Baptiste", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Jensen", "Kowalski",
    "Lopez", "Moreau", "Nakamura", "Okoye", "Petrov", "Quispe", "Rahman", "Silva", "Takahashi", "Usman", "Varga", "Weber",
];
const PARTNERS: &[(&str, &str)] = &[
    ("Fabrikam", "fabrikam.example"),
    ("Tailspin Toys", "tailspintoys.example"),
    ("Woodgrove Bank", "woodgrove.example"),
    ("Alpine Ski House", "alpineskihouse.example"),
    ("Wide World Importers", "wideworldimporters.example"),
    ("Litware", "litware.test"),
    ("Proseware", "proseware.test"),
];

pub fn generated_guest_id(n: usize) -> String {
    derived_id(&format!("generated-guest-{n}"))
}

/// Small partner organisations behind the few dominant ones: `{prefix}{suffix}.example`.
const TAIL_PREFIXES: &[&str] = &[
    "adatum", "bluesky", "cedar", "contour", "northstar", "fourth", "graphic", "humongous", "lucerne", "margie",
    "nod", "relecloud", "southridge", "trey", "vanarsdel", "wingtip", "coho", "datum", "lamna", "munson",
];
const TAIL_SUFFIXES: &[&str] = &["labs", "consulting", "design", "logistics", "health", "media", "energy", "partners"];

/// The `n`th bulk guest, drawn from a generator seeded with `n` (so the same on every machine
/// and independent of which other guests exist), with the mix a real Guests list shows: a few
/// dominant partner domains and a long tail, every way of redeeming, pending invitations of all
/// ages, sign-ins from today to years ago, no sign-in data at all, and some disabled accounts.
pub fn generated_guest(n: usize, tenant: &Tenant, now: DateTime<Utc>) -> UserRecord {
    let mut rng = StdRng::seed_from_u64(n as u64);
    let given = FIRST[n % FIRST.len()];
    let surname = LAST[(n / FIRST.len()) % LAST.len()];
    let tail;
    let (company, domain) = match rng.gen_range(0..100) {
        0..30 => PARTNERS[0],
        30..45 => PARTNERS[1],
        45..55 => PARTNERS[2],
        55..65 => PARTNERS[rng.gen_range(3..PARTNERS.len())],
        _ => {
            let (prefix, suffix) = (TAIL_PREFIXES[rng.gen_range(0..TAIL_PREFIXES.len())], TAIL_SUFFIXES[rng.gen_range(0..TAIL_SUFFIXES.len())]);
            tail = (format!("{}{} {suffix}", prefix[..1].to_uppercase(), &prefix[1..]), format!("{prefix}{suffix}.example"));
            (tail.0.as_str(), tail.1.as_str())
        }
    };
    let address = format!("{}.{}{}@{domain}", given.to_lowercase(), surname.to_lowercase(), n);
    let invited_days_ago = rng.gen_range(1..=900);
    let mut u = invited_guest(generated_guest_id(n), &address, Some(&format!("{given} {surname}")), tenant, now - Duration::days(invited_days_ago));
    u.given_name = Some(given.into());
    u.surname = Some(surname.into());
    u.company_name = Some(company.into());
    u.job_title = Some(["Consultant", "Account Manager", "Engineer", "Analyst", "Designer"][rng.gen_range(0..5)].into());
    u.account_enabled = rng.gen_range(0..100) >= 6;
    u.generated = true;
    // A quarter never redeemed: pending since their invitation, never signed in.
    if rng.gen_range(0..100) < 25 {
        return u;
    }
    let accepted_days_ago = rng.gen_range(0..invited_days_ago);
    u.external_user_state = Some("Accepted".into());
    u.external_user_state_change_date_time = Some(now - Duration::days(accepted_days_ago));
    let identity = match rng.gen_range(0..100) {
        0..45 => IdentityProvider::EntraId.identity(&address),
        45..60 => IdentityProvider::MicrosoftAccount.identity(&address),
        60..70 => IdentityProvider::Google.identity(&address),
        70..90 => IdentityProvider::EmailOneTimePasscode.identity(&address),
        // SAML/WS-Fed direct federation shows the partner's issuer URI ("User properties").
        _ => ObjectIdentity {
            sign_in_type: "federated".into(),
            issuer: format!("https://sts.{domain}/adfs/services/trust"),
            issuer_assigned_id: Some(address.clone()),
        },
    };
    u.identities.push(identity);
    let last_days_ago = match rng.gen_range(0..100) {
        // Not returned for users who never signed in ("signInActivity resource type").
        0..15 => return u,
        15..50 => rng.gen_range(0..30),
        50..85 => rng.gen_range(30..365),
        _ => rng.gen_range(365..=900),
    }
    .min(accepted_days_ago);
    let mut activity = activity(now - Duration::days(last_days_ago));
    // Non-interactive sign-ins (token refreshes) are often later than the last interactive one.
    if rng.gen_range(0..100) < 40 {
        let later = now - Duration::days(rng.gen_range(0..=last_days_ago));
        activity.last_non_interactive_sign_in_date_time = Some(later);
        activity.last_successful_sign_in_date_time = Some(later);
    }
    // Both fields record attempts, failed ones included; some never succeeded.
    if rng.gen_range(0..100) < 5 {
        activity.last_successful_sign_in_date_time = None;
        activity.last_successful_sign_in_request_id = None;
    }
    u.sign_in_activity = Some(activity);
    u
}

/// The sponsors of the `n`th bulk guest: none for some, one or two members for most, and a
/// group (its members sponsor together, "Sponsors") for some.
pub fn generated_sponsors(n: usize) -> Vec<&'static str> {
    let mut rng = StdRng::seed_from_u64(!(n as u64));
    let count = SPONSORING_MEMBERS.len();
    let first = rng.gen_range(0..count);
    match rng.gen_range(0..100) {
        0..15 => vec![],
        15..25 => vec![[GROUP_INVITERS, GROUP_PARTNERS][rng.gen_range(0..2)]],
        25..85 => vec![SPONSORING_MEMBERS[first]],
        _ => vec![SPONSORING_MEMBERS[first], SPONSORING_MEMBERS[(first + rng.gen_range(1..count)) % count]],
    }
}

fn group(id: &str, name: &str, description: &str, unified: bool, days_old: i64, now: DateTime<Utc>) -> GroupRecord {
    let nickname: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    GroupRecord {
        id: id.into(),
        display_name: name.into(),
        description: Some(description.into()),
        group_types: if unified { vec!["Unified".into()] } else { vec![] },
        mail: unified.then(|| format!("{}@{DEFAULT_DOMAIN}", nickname.to_lowercase())),
        mail_enabled: unified,
        mail_nickname: nickname.to_lowercase(),
        security_enabled: !unified,
        visibility: unified.then(|| "Private".into()),
        created_date_time: now - Duration::days(days_old),
    }
}

fn assignment(sp: &ServicePrincipalRecord, role: &str, user: &UserRecord, days_ago: i64, now: DateTime<Utc>) -> AppRoleAssignmentRecord {
    AppRoleAssignmentRecord {
        id: derived_id(&format!("assignment-{}-{role}-{}", sp.id, user.id)),
        app_role_id: role.into(),
        principal_id: user.id.clone(),
        principal_display_name: user.display_name.clone(),
        principal_type: "User".into(),
        resource_id: sp.id.clone(),
        resource_display_name: sp.display_name.clone(),
        created_date_time: now - Duration::days(days_ago),
    }
}

pub fn initial_state(tenant: &Tenant, portal: &AppRegistration, now: DateTime<Utc>) -> State {
    let p = |id, given, surname, job, department, days_old| P { id, given, surname, job, department, company: "Northwind Traders", days_old };
    let mut users = vec![
        member(p(GRACE, "Grace", "Okafor", "IT Director", "IT", 1900), &[GLOBAL_ADMINISTRATOR], now),
        member(p(MATEO, "Mateo", "Rossi", "Identity Engineer", "IT", 1400), &[USER_ADMINISTRATOR], now),
        member(p(PRIYA, "Priya", "Natarajan", "Partner Program Manager", "Partnerships", 900), &[GUEST_INVITER], now),
        member(p(LUKAS, "Lukas", "Becker", "Service Desk Lead", "IT", 1100), &[HELPDESK_ADMINISTRATOR], now),
        member(p(AMARA, "Amara", "Diallo", "Procurement Manager", "Procurement", 800), &[], now),
        member(p(JONAS, "Jonas", "Lindqvist", "Research Lead", "Research", 650), &[], now),
        member(p(SOFIA, "Sofia", "Marquez", "Marketing Manager", "Marketing", 500), &[], now),
        member(p(KENJI, "Kenji", "Watanabe", "Project Engineer", "Engineering", 300), &[], now),
    ];

    // Internal accounts that are not B2B yet (graph-b2b.md §1, "Inviting an existing internal user").
    let mut elena = member(p(ELENA, "Elena", "Popescu", "Contract Translator", "Marketing", 240), &[], now);
    elena.user_type = "Guest".into();
    elena.company_name = Some("Fabrikam".into());
    elena.mail = Some("elena.popescu@fabrikam.example".into());
    elena.proxy_addresses = vec![];
    elena.has_mailbox = false;
    let mut tomasz = member(p(TOMASZ, "Tomasz", "Nowak", "Logistics Contractor", "Operations", 720), &[], now);
    tomasz.company_name = Some("Tailspin Toys".into());
    tomasz.mail = Some("tomasz.nowak@tailspintoys.example".into());
    tomasz.on_premises_sync_enabled = Some(true);
    tomasz.on_premises_user_principal_name = Some("tomasz.nowak@corp.northwind.example".into());
    tomasz.proxy_addresses = vec![];
    tomasz.has_mailbox = false;
    let mut hannah = member(p(HANNAH, "Hannah", "Schmidt", "Interim Finance Analyst", "Finance", 400), &[], now);
    hannah.company_name = Some("Woodgrove Bank".into());
    // Reads Guestlist in German: the ID token's `xms_pl` says so (no test page signs her in).
    hannah.preferred_language = Some("de-DE".into());
    // A member who left: the account is disabled (as leavers' accounts are before deletion), and
    // Graph still names them as the sponsor of their guests.
    let mut rafael = member(p(RAFAEL, "Rafael", "Costa", "Supplier Relations Manager", "Procurement", 1000), &[], now);
    rafael.account_enabled = false;
    rafael.manager = Some(AMARA.into());
    rafael.sign_in_activity = Some(activity(now - Duration::days(45)));
    users.extend([elena, tomasz, hannah, rafael]);

    let g = |id, name, address, company, job, invited_days_ago, redeemed, last, enabled| G {
        id,
        name,
        address,
        company,
        job,
        invited_days_ago,
        redeemed,
        last_sign_in_days_ago: last,
        enabled,
    };
    use IdentityProvider::*;
    users.extend(
        [
            g(OLIVIA, "Olivia Chen", "olivia.chen@fabrikam.example", "Fabrikam", "Solutions Architect", 200, Some((EntraId, 199)), Some(2), true),
            g(DIEGO, "Diego Alvarez", "diego.alvarez@gmail.example", "Alvarez Design", "Freelance Designer", 120, Some((Google, 118)), Some(9), true),
            g(FATIMA, "Fatima Zahra", "fatima.zahra@alpineskihouse.example", "Alpine Ski House", "Buyer", 90, Some((EmailOneTimePasscode, 89)), Some(30), true),
            g(LIAM, "Liam O'Brien", "liam.obrien@outlook.example", "Independent", "Auditor", 500, Some((MicrosoftAccount, 495)), Some(210), true),
            g(NOAH, "Noah Williams", "noah.williams@tailspintoys.example", "Tailspin Toys", "Product Owner", 3, None, None, true),
            g(YUKI, "Yuki Tanaka", "yuki.tanaka@woodgrove.example", "Woodgrove Bank", "Risk Analyst", 160, None, None, true),
            g(MARCUS, "Marcus Johnson", "marcus.johnson@wideworldimporters.example", "Wide World Importers", "Sales Director", 800, Some((EntraId, 790)), Some(365), true),
            g(INGRID, "Ingrid Larsen", "ingrid.larsen@litware.test", "Litware", "Researcher", 900, Some((EmailOneTimePasscode, 880)), Some(420), false),
            g(ZOE, "Zoe Martin", "zoe.martin@proseware.test", "Proseware", "Supply Planner", 400, Some((EntraId, 398)), Some(12), true),
            g(PEDRO, "Pedro Santos", "pedro.santos@coholabs.example", "Coho Labs", "Quality Engineer", 150, Some((EmailOneTimePasscode, 149)), Some(5), true),
        ]
        .into_iter()
        .map(|g| external_guest(g, tenant, now)),
    );

    let sponsors = [
        (OLIVIA, AMARA),
        (OLIVIA, JONAS),
        (DIEGO, SOFIA),
        (FATIMA, AMARA),
        (LIAM, KENJI),
        (NOAH, PRIYA),
        (YUKI, JONAS),
        (INGRID, KENJI),
        (ELENA, SOFIA),
        (ZOE, RAFAEL),
        (ZOE, GROUP_SUPPLIER_DESK),
        (PEDRO, GROUP_ACCOUNT_TEAM),
    ];
    let groups = vec![
        group(GROUP_PARTNERS, "Partner Collaboration", "Partners working with Northwind on shared projects.", false, 600, now),
        group(GROUP_ALPHA, "Project Alpha", "Fabrikam and Northwind joint product team.", true, 250, now),
        group(GROUP_INVITERS, "Guest Inviters", "Members allowed to invite guests through Guestlist.", false, 400, now),
        group(GROUP_STAFF, "All Staff", "Every Northwind employee.", false, 1900, now),
        group(GROUP_ACCOUNT_TEAM, "Coho Account Team", "Members who look after Coho Labs together.", false, 300, now),
        group(GROUP_SUPPLIER_DESK, "Supplier Desk", "Sponsored supplier contacts; its members have left.", false, 700, now),
    ];
    let mut members = vec![
        (GROUP_PARTNERS, OLIVIA),
        (GROUP_PARTNERS, DIEGO),
        (GROUP_PARTNERS, FATIMA),
        (GROUP_PARTNERS, MARCUS),
        (GROUP_PARTNERS, AMARA),
        (GROUP_ALPHA, OLIVIA),
        (GROUP_ALPHA, JONAS),
        (GROUP_ALPHA, KENJI),
        (GROUP_ALPHA, ELENA),
        (GROUP_INVITERS, PRIYA),
        (GROUP_INVITERS, SOFIA),
        (GROUP_ACCOUNT_TEAM, JONAS),
        (GROUP_ACCOUNT_TEAM, KENJI),
    ];
    members.extend([GRACE, MATEO, PRIYA, LUKAS, AMARA, JONAS, SOFIA, KENJI, HANNAH].map(|m| (GROUP_STAFF, m)));

    let portal_sp = ServicePrincipalRecord {
        id: PORTAL_SP.into(),
        app_id: portal.client_id.clone(),
        display_name: portal.display_name.clone(),
        app_roles: portal_roles(),
        app_role_assignment_required: false,
        service_principal_type: "Application".into(),
        tags: vec!["WindowsAzureActiveDirectoryIntegratedApp".into()],
    };
    let extranet_sp = ServicePrincipalRecord {
        id: EXTRANET_SP.into(),
        app_id: EXTRANET_APP_ID.into(),
        display_name: "Northwind Partner Extranet".into(),
        app_roles: vec![
            app_role(ROLE_PARTNER_READER, "Extranet.Read", "Partner reader", "Reads shared partner documents."),
            app_role(ROLE_PARTNER_CONTRIBUTOR, "Extranet.Contribute", "Partner contributor", "Uploads and edits shared partner documents."),
        ],
        app_role_assignment_required: true,
        service_principal_type: "Application".into(),
        tags: vec!["WindowsAzureActiveDirectoryIntegratedApp".into(), "HideApp".into()],
    };
    let by_id = |id: &str| users.iter().find(|u| u.id == id).expect("seeded user");
    let assignments = vec![
        assignment(&portal_sp, ROLE_INVITER, by_id(SOFIA), 100, now),
        assignment(&portal_sp, ROLE_INVITER, by_id(PRIYA), 300, now),
        assignment(&portal_sp, ROLE_REVIEWER, by_id(JONAS), 60, now),
        assignment(&extranet_sp, ROLE_PARTNER_CONTRIBUTOR, by_id(OLIVIA), 190, now),
        assignment(&extranet_sp, ROLE_PARTNER_READER, by_id(DIEGO), 110, now),
        assignment(&extranet_sp, ROLE_PARTNER_READER, by_id(MARCUS), 780, now),
    ];

    State {
        users: users.into_iter().map(|u| (u.id.clone(), u)).collect(),
        groups: groups.into_iter().map(|g| (g.id.clone(), g)).collect(),
        group_members: members.into_iter().map(|(g, m)| (g.to_string(), m.to_string())).collect(),
        sponsors: sponsors.into_iter().map(|(u, s)| (u.to_string(), s.to_string())).collect(),
        service_principals: [portal_sp, extranet_sp].into_iter().map(|s| (s.id.clone(), s)).collect(),
        assignments: assignments.into_iter().map(|a| (a.id.clone(), a)).collect(),
        settings: Some(Settings {
            clock_offset_seconds: 0,
            allow_invites_from: AllowInvitesFrom::AdminsGuestInvitersAndAllMembers,
            guest_user_role_id: GUEST_USER_ROLE.into(),
            allow_email_verified_users_to_join_organization: false,
            blocked_domains: vec![],
            allowed_domains: vec![],
            entra_id_p1: true,
        }),
        ..State::default()
    }
}

/// Directory role names for the template ids the sandbox knows (graph-b2b.md §6).
pub fn directory_role_name(template_id: &str) -> Option<&'static str> {
    [
        (GLOBAL_ADMINISTRATOR, "Global Administrator"),
        (USER_ADMINISTRATOR, "User Administrator"),
        (GUEST_INVITER, "Guest Inviter"),
        (HELPDESK_ADMINISTRATOR, "Helpdesk Administrator"),
        (DIRECTORY_READERS, "Directory Readers"),
        (DIRECTORY_WRITERS, "Directory Writers"),
        (EXTERNAL_IDENTITY_PROVIDER_ADMINISTRATOR, "External Identity Provider Administrator"),
        (PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, "Privileged Authentication Administrator"),
    ]
    .into_iter()
    .find(|(id, _)| id.eq_ignore_ascii_case(template_id))
    .map(|(_, name)| name)
}
