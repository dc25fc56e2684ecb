//! What campaigns and rules read about guests, and the facts they decide on: one read of every
//! external user with their sign-ins and sponsors (as the Dashboard reads them), and whether a
//! guest is inactive.
//!
//! Inactivity is decided on all three sign-in signals ("signInActivity resource type" on
//! Microsoft Learn: interactive, non-interactive and successful): a guest who only refreshes
//! tokens has no recent interactive sign-in but is active. Without sign-in data (no Entra ID P1
//! or `AuditLog.Read.All`), or for a guest Graph records no sign-in for, nobody is inactive: they
//! are listed as "cannot tell". A guest younger than N days is never inactive for N days.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, Utc};
use futures::TryStreamExt as _;
use graph::{DirectoryObject, DirectoryObjectKind, ExternalUserState, GraphError, Organization, Query, User};

use super::Scope;
use crate::guests::status::is_external;
use crate::{Context, Result};

/// Whether a guest is inactive for N days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inactivity {
    /// Every sign-in signal and the account are older than N days; the evidence in words.
    Inactive(String),
    /// A signal within N days, or the account is younger: not inactive.
    Active,
    /// No sign-in data to decide on; why, in words.
    CannotTell(String),
}

/// A date in the evidence, which is stored with a campaign's items and a rule's changes (and
/// sealed in a campaign's report): in English, the language of the audit trail.
fn date(at: DateTime<Utc>) -> String {
    i18n::date(i18n::Locale::En, at)
}

fn day(at: Option<DateTime<Utc>>) -> String {
    at.map(date).unwrap_or_else(|| "none".into())
}

/// The sign-in dates read, in words.
pub(crate) fn sign_in_words(user: &User, sign_in_known: bool) -> String {
    let created = format!("account created {}", day(user.created_date_time));
    if !sign_in_known {
        return format!("sign-in data not available (needs Entra ID P1 and AuditLog.Read.All); {created}");
    }
    let a = user.sign_in_activity.clone().unwrap_or_default();
    format!(
        "last interactive sign-in {}, non-interactive {}, successful {}; {created}",
        day(a.last_sign_in_date_time),
        day(a.last_non_interactive_sign_in_date_time),
        day(a.last_successful_sign_in_date_time)
    )
}

/// Whether `user` has been inactive for more than `days` at `now`.
pub fn inactivity(user: &User, sign_in_known: bool, now: DateTime<Utc>, days: u32) -> Inactivity {
    let words = sign_in_words(user, sign_in_known);
    if !sign_in_known {
        return Inactivity::CannotTell(words);
    }
    let limit = now - Duration::days(i64::from(days));
    // Missing only for accounts created before June 2018 ("user resource type"): old enough.
    if user.created_date_time.is_some_and(|created| created > limit) {
        return Inactivity::Active;
    }
    let signals: Vec<DateTime<Utc>> = user
        .sign_in_activity
        .iter()
        .flat_map(|a| [a.last_sign_in_date_time, a.last_non_interactive_sign_in_date_time, a.last_successful_sign_in_date_time])
        .flatten()
        .collect();
    if signals.is_empty() {
        return Inactivity::CannotTell(format!("Graph records no sign-in for them (never, or not since April 2020): {words}"));
    }
    if signals.iter().all(|at| *at < limit) { Inactivity::Inactive(words) } else { Inactivity::Active }
}

/// Pending (not yet redeemed) for more than `days`: since when, in words.
pub(crate) fn pending_for(user: &User, now: DateTime<Utc>, days: u32) -> Option<String> {
    let pending = user.external_user_state.as_ref().is_some_and(|s| *s != ExternalUserState::Accepted);
    let since = user.external_user_state_change_date_time.or(user.created_date_time)?;
    (pending && since < now - Duration::days(i64::from(days))).then(|| format!("invitation pending since {}", date(since)))
}

/// The guest's e-mail domain (their address, else the one folded into a `#EXT#` user name).
pub(crate) fn domain_of(user: &User) -> Option<String> {
    let address = user.mail.clone().or_else(|| {
        let upn = user.user_principal_name.as_deref()?;
        let (alias, _) = upn.split_once("#EXT#")?;
        let at = alias.rfind('_')?;
        Some(format!("{}@{}", &alias[..at], &alias[at + 1..]))
    })?;
    address.rsplit_once('@').map(|(_, d)| d.to_lowercase())
}

/// Every external user, read once with sign-ins (where Graph gives them) and sponsors.
pub(crate) struct Guests {
    pub users: Vec<User>,
    pub sign_in_known: bool,
    /// Members of the groups asked for, by group id.
    pub groups: BTreeMap<String, BTreeSet<String>>,
    /// The enabled members of the sponsor groups, by group id: (id, name, mail).
    pub group_people: BTreeMap<String, Vec<(String, String, Option<String>)>>,
}

const FIELDS: &[&str] = &[
    "id",
    "displayName",
    "userPrincipalName",
    "mail",
    "userType",
    "creationType",
    "externalUserState",
    "externalUserStateChangeDateTime",
    "identities",
    "accountEnabled",
    "createdDateTime",
    "onPremisesSyncEnabled",
];

async fn read_users(ctx: &Context, organisation: &Organization, sign_ins: bool) -> std::result::Result<Vec<User>, GraphError> {
    // Graph pages at most 500 users with signInActivity ("List users"). Users are read unfiltered,
    // as the Dashboard does: picking external users needs advanced queries, which rule out $expand.
    let fields: Vec<&str> = FIELDS.iter().copied().chain(sign_ins.then_some("signInActivity")).collect();
    let query = Query::new()
        .select(&fields)
        .top(if sign_ins { 500 } else { 999 })
        .expand("sponsors($select=id,displayName,mail,userPrincipalName,accountEnabled)");
    let users: Vec<User> = ctx.app().users(query).try_collect().await?;
    Ok(users.into_iter().filter(|u| is_external(u, organisation)).collect())
}

impl Guests {
    /// Reads every external user, the members of `groups`, and the people in their sponsor groups.
    pub async fn read(ctx: &Context, groups: &[String]) -> Result<Guests> {
        let organisation = ctx.app().organization().await?;
        let (users, sign_in_known) = match read_users(ctx, &organisation, true).await {
            // No Entra ID P1, or no AuditLog.Read.All: nobody's activity can be told.
            Err(GraphError::Api(api)) if api.status.as_u16() == 403 => (read_users(ctx, &organisation, false).await?, false),
            other => (other?, true),
        };
        let mut members = BTreeMap::new();
        for group in groups {
            members.insert(group.clone(), group_members(ctx, group).await?.into_iter().filter_map(|m| m.id.map(|id| id.to_string())).collect());
        }
        let sponsor_groups: BTreeSet<String> = users
            .iter()
            .flat_map(|u| u.sponsors.iter().flatten())
            .filter(|s| s.kind() == DirectoryObjectKind::Group)
            .filter_map(|s| s.id.map(|id| id.to_string()))
            .collect();
        let mut group_people = BTreeMap::new();
        for group in sponsor_groups {
            let people = group_members(ctx, &group)
                .await?
                .into_iter()
                .filter(|m| m.kind() == DirectoryObjectKind::User && m.account_enabled != Some(false))
                .filter_map(|m| Some((m.id?.to_string(), m.display_name.clone().unwrap_or_default(), m.mail.clone().or(m.user_principal_name.clone()))))
                .collect();
            group_people.insert(group, people);
        }
        Ok(Guests { users, sign_in_known, groups: members, group_people })
    }

    /// Who can review `user`: their enabled sponsors, and the enabled members of their sponsor groups.
    pub fn reviewers(&self, user: &User) -> Vec<(String, String, Option<String>)> {
        let mut found: Vec<(String, String, Option<String>)> = Vec::new();
        for sponsor in user.sponsors.iter().flatten() {
            let Some(id) = sponsor.id.map(|id| id.to_string()) else { continue };
            match sponsor.kind() {
                DirectoryObjectKind::User if sponsor.account_enabled != Some(false) => {
                    found.push((id, sponsor.display_name.clone().unwrap_or_default(), sponsor.mail.clone().or(sponsor.user_principal_name.clone())));
                }
                DirectoryObjectKind::Group => found.extend(self.group_people.get(&id).cloned().unwrap_or_default()),
                _ => {}
            }
        }
        found.sort();
        found.dedup_by(|a, b| a.0 == b.0);
        found
    }

    /// Whether `user` is in `scope` at `now`: `Ok(Some(evidence))`, `Ok(None)` when not, and
    /// `Err(why)` when it cannot be told (inactivity without sign-in data).
    pub fn in_scope(&self, user: &User, scope: &Scope, now: DateTime<Utc>) -> std::result::Result<Option<String>, String> {
        let words = sign_in_words(user, self.sign_in_known);
        match scope {
            Scope::All => Ok(Some(words)),
            Scope::Domain(domain) => Ok((domain_of(user).as_deref() == Some(domain.as_str())).then_some(words)),
            Scope::Group(group) => {
                let id = user.id.map(|id| id.to_string()).unwrap_or_default();
                Ok(self.groups.get(group).is_some_and(|m| m.contains(&id)).then_some(words))
            }
            Scope::Inactive(days) => match inactivity(user, self.sign_in_known, now, *days) {
                Inactivity::Inactive(words) => Ok(Some(words)),
                Inactivity::Active => Ok(None),
                Inactivity::CannotTell(why) => Err(why),
            },
            Scope::Pending(days) => Ok(pending_for(user, now, *days).map(|p| format!("{p}; {words}"))),
        }
    }
}

async fn group_members(ctx: &Context, group: &str) -> Result<Vec<DirectoryObject>> {
    let Ok(id) = group.parse() else { return Ok(Vec::new()) };
    let query = Query::new().select(&["id", "displayName", "mail", "userPrincipalName", "accountEnabled"]).top(999);
    match ctx.app().group_members(id, query).try_collect().await {
        Ok(members) => Ok(members),
        Err(error) if error.code() == Some(&graph::ErrorCode::ResourceNotFound) => Ok(Vec::new()),
        Err(error) => Err(error.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn user(created_days_ago: i64, signals: [Option<i64>; 3], now: DateTime<Utc>) -> User {
        let at = |d: Option<i64>| d.map(|d| (now - Duration::days(d)).to_rfc3339());
        serde_json::from_value(serde_json::json!({
            "id": "b416e28c-d9f2-47a0-9b12-37c40629e5bd",
            "createdDateTime": (now - Duration::days(created_days_ago)).to_rfc3339(),
            "signInActivity": {
                "lastSignInDateTime": at(signals[0]),
                "lastNonInteractiveSignInDateTime": at(signals[1]),
                "lastSuccessfulSignInDateTime": at(signals[2]),
            }
        }))
        .unwrap()
    }

    #[test]
    fn inactive_only_when_every_signal_and_the_account_are_older_and_sign_ins_are_known() {
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 12, 0, 0).unwrap();
        assert!(matches!(inactivity(&user(400, [Some(200), Some(150), Some(150)], now), true, now, 90), Inactivity::Inactive(_)));
        // Recent non-interactive sign-ins (a token refreshed in Teams) count.
        assert_eq!(inactivity(&user(400, [Some(200), Some(3), Some(200)], now), true, now, 90), Inactivity::Active);
        // Younger than N days: never inactive, whatever the signals say.
        assert_eq!(inactivity(&user(30, [None, None, None], now), true, now, 90), Inactivity::Active);
        // No sign-in data in the tenant: nobody is inactive.
        assert!(matches!(inactivity(&user(400, [Some(200), Some(200), Some(200)], now), false, now, 90), Inactivity::CannotTell(_)));
        // No signal at all: cannot tell, never read as inactive.
        assert!(matches!(inactivity(&user(400, [None, None, None], now), true, now, 90), Inactivity::CannotTell(_)));
    }

    #[test]
    fn a_guests_domain_comes_from_their_address_or_their_user_name() {
        let u: User = serde_json::from_value(serde_json::json!({"userPrincipalName": "olivia.chen_Contoso.com#EXT#@northwind.onmicrosoft.com"})).unwrap();
        assert_eq!(domain_of(&u).as_deref(), Some("contoso.com"));
        let u: User = serde_json::from_value(serde_json::json!({"mail": "a@Fabrikam.example"})).unwrap();
        assert_eq!(domain_of(&u).as_deref(), Some("fabrikam.example"));
    }
}
