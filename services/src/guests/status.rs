//! Where an external user stands, in one plain status, and who counts as external at all.
//!
//! Sign-in activity ("signInActivity resource type" on Microsoft Learn) has three times: the last
//! interactive attempt, the last non-interactive attempt and the last successful sign-in. A guest
//! who only refreshes tokens in Teams has no recent interactive sign-in but is active, so the
//! latest of the three counts. Graph leaves all three out for people who never signed in (or not
//! since April 2020), and gives none at all without Entra ID P1 and `AuditLog.Read.All`: neither
//! case is ever read as "inactive".

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use i18n::{tr, Locale};

/// After how many days without a sign-in a guest counts as inactive (Microsoft's default for
/// inactivity in "Guest lifecycle policies").
pub const INACTIVE_AFTER_DAYS: u32 = 90;

/// Why a status is unknown, as the page says it (in English; [`GuestStatus::words`] says it
/// in a person's language).
pub const UNKNOWN_WORDS: &str = "Unknown — sign-in data needs Entra ID P1 and AuditLog.Read.All";

/// One external user's status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GuestStatus {
    /// Invited, not accepted yet; since when, if Graph says.
    Pending { since: Option<DateTime<Utc>> },
    /// Signed in within the inactivity period.
    Active,
    /// Last sign-in more than the inactivity period ago.
    Inactive { days: u32 },
    /// Accepted (or never invited), but Graph records no sign-in.
    NeverSignedIn,
    /// The account is disabled: nobody can sign in with it.
    Disabled,
    /// Graph gave no sign-in data (no Entra ID P1, or no `AuditLog.Read.All`).
    Unknown,
}

impl GuestStatus {
    /// The status in plain words, in `locale`.
    pub fn words(&self, locale: Locale) -> String {
        match self {
            GuestStatus::Pending { since: Some(since) } => tr!(locale, "guests-status-pending-since", date = i18n::date(locale, *since)),
            GuestStatus::Pending { since: None } => tr!(locale, "guests-status-pending"),
            GuestStatus::Active => tr!(locale, "guests-status-active"),
            GuestStatus::Inactive { days } => tr!(locale, "guests-status-inactive", days = *days),
            GuestStatus::NeverSignedIn => tr!(locale, "guests-status-never"),
            GuestStatus::Disabled => tr!(locale, "guests-status-disabled"),
            GuestStatus::Unknown => tr!(locale, "guests-status-unknown"),
        }
    }

    /// The status filter value that selects this status.
    pub fn filter_value(&self) -> super::filter::StatusFilter {
        use super::filter::StatusFilter;
        match self {
            GuestStatus::Pending { .. } => StatusFilter::Pending,
            GuestStatus::Active => StatusFilter::Active,
            GuestStatus::Inactive { .. } => StatusFilter::Inactive,
            GuestStatus::NeverSignedIn => StatusFilter::Never,
            GuestStatus::Disabled => StatusFilter::Disabled,
            GuestStatus::Unknown => StatusFilter::Unknown,
        }
    }
}

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use chrono::{DateTime, Utc};
    use graph::{CreationType, ExternalUserState, ObjectIdentity, Organization, User, UserType};

    use super::GuestStatus;

    /// The latest of the interactive, non-interactive and successful sign-ins, if any.
    pub fn last_sign_in(user: &User) -> Option<DateTime<Utc>> {
        let activity = user.sign_in_activity.as_ref()?;
        [
            activity.last_sign_in_date_time,
            activity.last_non_interactive_sign_in_date_time,
            activity.last_successful_sign_in_date_time,
        ]
        .into_iter()
        .flatten()
        .max()
    }

    /// The status of `user` at `now`. `sign_in_known` is false when Graph was not allowed to give
    /// sign-in activity (then nobody's absent activity means anything). A disabled account is
    /// Disabled whatever else holds; an invitation not yet accepted is Pending.
    pub fn classify(user: &User, sign_in_known: bool, now: DateTime<Utc>, inactive_after_days: u32) -> GuestStatus {
        if user.account_enabled == Some(false) {
            return GuestStatus::Disabled;
        }
        match &user.external_user_state {
            Some(ExternalUserState::Accepted) | None => {}
            // PendingAcceptance, and any state Microsoft adds later, is "not accepted yet".
            Some(_) => return GuestStatus::Pending { since: user.external_user_state_change_date_time },
        }
        if !sign_in_known {
            return GuestStatus::Unknown;
        }
        match last_sign_in(user) {
            None => GuestStatus::NeverSignedIn,
            Some(last) => {
                let days = u32::try_from((now - last).num_days().max(0)).unwrap_or(u32::MAX);
                if days > inactive_after_days { GuestStatus::Inactive { days } } else { GuestStatus::Active }
            }
        }
    }

    /// The identity providers `user` signs in with that are not the tenant's own (`ExternalAzureAD`,
    /// `google.com`, `mail`, a SAML issuer, …), as Graph spells them.
    pub fn outside_issuers<'a>(user: &'a User, organisation: &'a Organization) -> impl Iterator<Item = &'a str> + 'a {
        user.identities.iter().flatten().filter_map(move |identity| outside_issuer(identity, organisation))
    }

    fn outside_issuer<'a>(identity: &'a ObjectIdentity, organisation: &Organization) -> Option<&'a str> {
        // The tenant's `userPrincipalName` entry is the account's name here, not how they sign in.
        if identity.sign_in_type.as_deref() == Some("userPrincipalName") {
            return None;
        }
        identity.issuer.as_deref().filter(|issuer| !organisation.owns_domain(issuer) && !is_tenant_issuer(issuer, organisation))
    }

    /// `northwind.onmicrosoft.com` and the like are the tenant's even when not listed as verified.
    fn is_tenant_issuer(issuer: &str, organisation: &Organization) -> bool {
        organisation.id.as_deref().is_some_and(|id| issuer.eq_ignore_ascii_case(id))
    }

    /// Whether `user` is an external user: a guest by user type, created by invitation, with an
    /// invitation state, `#EXT#` in the user name, or an identity from another issuer. Never user
    /// type alone: external members (and cross-tenant synced users) are `Member`s
    /// ("Properties of a Microsoft Entra B2B collaboration user").
    pub fn is_external(user: &User, organisation: &Organization) -> bool {
        user.user_type == Some(UserType::Guest)
            || user.creation_type == Some(CreationType::Invitation)
            || user.external_user_state.is_some()
            || user.user_principal_name.as_deref().is_some_and(|upn| upn.to_ascii_uppercase().contains("#EXT#"))
            || outside_issuers(user, organisation).next().is_some()
    }
}

#[cfg(all(test, feature = "server"))]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use graph::{Organization, User};
    use serde_json::json;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 5, 12, 0, 0).unwrap()
    }

    fn user(extra: serde_json::Value) -> User {
        let mut base = json!({"id": "b416e28c-d9f2-47a0-9b12-37c40629e5bd", "displayName": "Liam O'Brien",
            "userPrincipalName": "liam_contoso.example#EXT#@northwindtraders.onmicrosoft.example",
            "userType": "Guest", "accountEnabled": true, "externalUserState": "Accepted"});
        base.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        serde_json::from_value(base).unwrap()
    }

    fn organisation() -> Organization {
        serde_json::from_value(json!({"id": "t", "displayName": "Northwind Traders",
            "verifiedDomains": [{"name": "northwind.example"}, {"name": "northwindtraders.onmicrosoft.example"}]}))
        .unwrap()
    }

    #[test]
    fn only_a_recent_non_interactive_sign_in_is_active() {
        let guest = user(json!({"signInActivity": {
            "lastSignInDateTime": "2025-01-01T00:00:00Z",
            "lastNonInteractiveSignInDateTime": "2026-12-01T08:00:00Z"}}));
        assert_eq!(classify(&guest, true, now(), INACTIVE_AFTER_DAYS), GuestStatus::Active);
        // The interactive field alone would have said 338 days.
        let interactive_only = user(json!({"signInActivity": {"lastSignInDateTime": "2025-01-01T00:00:00Z"}}));
        assert_eq!(classify(&interactive_only, true, now(), INACTIVE_AFTER_DAYS), GuestStatus::Inactive { days: 703 });
        assert_eq!(GuestStatus::Inactive { days: 703 }.words(Locale::En), "Inactive 703 days");
        let successful = user(json!({"signInActivity": {"lastSuccessfulSignInDateTime": "2026-11-30T08:00:00Z"}}));
        assert_eq!(classify(&successful, true, now(), INACTIVE_AFTER_DAYS), GuestStatus::Active);
    }

    #[test]
    fn no_sign_in_data_is_unknown_never_inactive() {
        let guest = user(json!({}));
        assert_eq!(classify(&guest, false, now(), INACTIVE_AFTER_DAYS), GuestStatus::Unknown);
        assert_eq!(classify(&guest, false, now(), 0), GuestStatus::Unknown);
        assert_eq!(GuestStatus::Unknown.words(Locale::En), UNKNOWN_WORDS);
        assert_eq!(GuestStatus::Inactive { days: 1 }.words(Locale::En), "Inactive 1 day");
        assert_eq!(GuestStatus::Inactive { days: 3 }.words(Locale::De), "Seit 3 Tagen inaktiv");
        // Sign-in data available, but none recorded for this person: not inactive either.
        assert_eq!(classify(&guest, true, now(), 0), GuestStatus::NeverSignedIn);
        let empty = user(json!({"signInActivity": {"lastSignInDateTime": null}}));
        assert_eq!(classify(&empty, true, now(), 0), GuestStatus::NeverSignedIn);
    }

    #[test]
    fn disabled_wins_then_pending() {
        let disabled = user(json!({"accountEnabled": false, "externalUserState": "PendingAcceptance",
            "signInActivity": {"lastNonInteractiveSignInDateTime": "2026-12-04T08:00:00Z"}}));
        assert_eq!(classify(&disabled, true, now(), INACTIVE_AFTER_DAYS), GuestStatus::Disabled);
        assert_eq!(classify(&disabled, false, now(), INACTIVE_AFTER_DAYS), GuestStatus::Disabled);
        let pending = user(json!({"externalUserState": "PendingAcceptance", "externalUserStateChangeDateTime": "2026-03-03T10:00:00Z"}));
        let status = classify(&pending, false, now(), INACTIVE_AFTER_DAYS);
        assert_eq!(status.words(Locale::En), "Pending since 3 March 2026");
        assert_eq!(status.filter_value(), crate::guests::filter::StatusFilter::Pending);
    }

    #[test]
    fn external_is_never_user_type_alone() {
        let org = organisation();
        // An external member: invited with userType Member.
        let member = user(json!({"userType": "Member", "creationType": "Invitation"}));
        assert!(is_external(&member, &org));
        // A cross-tenant synced member: #EXT# in the user name only.
        let synced = user(json!({"userType": "Member", "externalUserState": null}));
        assert!(is_external(&synced, &org));
        // A member with an outside identity and an ordinary user name.
        let federated = user(json!({"userType": "Member", "externalUserState": null, "userPrincipalName": "ann@northwind.example",
            "identities": [{"signInType": "federated", "issuer": "https://idp.fabrikam.example/", "issuerAssignedId": "ann"}]}));
        assert!(is_external(&federated, &org));
        assert_eq!(outside_issuers(&federated, &org).collect::<Vec<_>>(), ["https://idp.fabrikam.example/"]);
        // Staff: the tenant's own identities only.
        let staff = user(json!({"userType": "Member", "externalUserState": null, "userPrincipalName": "grace@northwind.example",
            "identities": [{"signInType": "userPrincipalName", "issuer": "northwindtraders.onmicrosoft.example", "issuerAssignedId": "grace@northwind.example"},
                           {"signInType": "federated", "issuer": "northwind.example", "issuerAssignedId": "grace"}]}));
        assert!(!is_external(&staff, &org));
    }
}
