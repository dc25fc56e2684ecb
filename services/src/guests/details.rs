//! One external user in full: every key property with what it means, their invitation, who
//! invited them, sponsors, groups, app assignments, sign-in activity (or why Graph gives none),
//! their audit trail, and what the reader may do about them. Read in one Graph `$batch` (plus one
//! for the names of app roles when they have any), never one call per relationship.

use serde::{Deserialize, Serialize};

use crate::audit::AuditEvent;

/// One property: its name, its value in words and one line on what it means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
    pub explain: String,
}

/// Whether a linked object is a person or a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LinkedKind {
    User,
    Group,
}

/// A sponsor or a group, as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Linked {
    pub id: String,
    pub name: String,
    pub kind: LinkedKind,
    /// The e-mail address or user name of a person; the kind of group.
    pub detail: Option<String>,
}

/// An app the guest is assigned to, with the role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppAssignment {
    pub app: String,
    pub role: String,
    pub since: Option<String>,
}

/// The three sign-in times Graph keeps, in words, or why there are none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignIns {
    Known { interactive: Option<String>, non_interactive: Option<String>, successful: Option<String> },
    /// Graph gave none: the sentence says why (no licence, no permission, …).
    Unavailable(String),
}

/// What the reader may do on the page; the services check again when it is done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offers {
    /// Resend the pending invitation (Admins and Helpdesk Administrators).
    pub resend: bool,
    /// Reset the redemption (Admins and Helpdesk Administrators).
    pub reset: bool,
    /// Change the user type and the e-mail address, groups, sponsors (Admins).
    pub manage: bool,
    /// Disable or enable the account (Admins, not for synced accounts or the portal's admins).
    pub enable_disable: bool,
    /// Delete the account (same rules).
    pub delete: bool,
    /// Why some of the above are not offered, in sentences.
    pub notes: Vec<String>,
}

/// Everything the details page shows about one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuestDetails {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// The plain status ("Pending since 3 March 2026", "Inactive 212 days", …).
    pub status: String,
    pub enabled: bool,
    pub synced: bool,
    /// The invitation is not accepted yet.
    pub pending: bool,
    /// Found external by Guestlist's rules (not by userType alone).
    pub external: bool,
    /// Every key property, each with what it means.
    pub facts: Vec<Fact>,
    /// Who invited them through Guestlist, and when; or that Guestlist did not.
    pub invited_by: String,
    /// The sponsors, or why they could not be read.
    pub sponsors: Result<Vec<Linked>, String>,
    pub groups: Vec<Linked>,
    /// They belong to more groups than one page of Graph's answer holds.
    pub more_groups: bool,
    /// Directory roles they hold (by name), which make some of them the portal's own admins.
    pub roles: Vec<String>,
    pub apps: Vec<AppAssignment>,
    pub sign_ins: SignIns,
    /// Their audit trail in Guestlist, newest first.
    pub audit: Vec<AuditEvent>,
    pub offers: Offers,
}

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use std::collections::BTreeSet;

    use chrono::{DateTime, Utc};
    use graph::{
        AppRoleAssignment, ApiVersion, Batch, BatchRequest, BatchResponses, Caller, DirectoryObject, DirectoryObjectKind, ErrorCode,
        GraphError, ObjectId, Organization, Page, Query, ServicePrincipal, User,
    };
    use http::Method;

    use super::*;
    use crate::audit::{self, AuditAction, AuditOutcome};
    use crate::guests::status::{classify, is_external, INACTIVE_AFTER_DAYS};
    use crate::{Actor, Context, Error, Result, Role};
    use i18n::{tr, Locale};

    /// Directory roles whose holders are the portal's own administrators: Guestlist never
    /// disables or deletes them (Global Administrator, User Administrator).
    pub const PORTAL_ADMIN_ROLES: [&str; 2] = ["62e90394-69f5-4237-9190-012177145e10", "fe930be7-5e62-47db-91af-98c3a49a38b1"];

    /// Most audit events the page shows.
    const AUDIT_ROWS: i64 = 50;

    /// What one `$batch` answers about a user.
    pub struct Read {
        pub user: User,
        pub organisation: Organization,
        /// `signInActivity`, or Graph's refusal of it.
        pub sign_ins: std::result::Result<Option<graph::SignInActivity>, GraphError>,
        /// The sponsors, or why Graph would not give them.
        pub sponsors: std::result::Result<Vec<DirectoryObject>, Error>,
        pub member_of: Page<DirectoryObject>,
        pub assignments: Vec<AppRoleAssignment>,
    }

    impl Read {
        /// Holds one of the [`PORTAL_ADMIN_ROLES`].
        pub fn is_portal_admin(&self) -> bool {
            self.member_of.value.iter().filter_map(|m| m.role_template_id.as_deref()).any(|r| PORTAL_ADMIN_ROLES.iter().any(|a| a.eq_ignore_ascii_case(r)))
        }

        pub fn synced(&self) -> bool {
            self.user.on_premises_sync_enabled == Some(true)
        }

        /// The address audit entries name them by (as the Directory's actions do).
        pub fn who(&self) -> String {
            self.user.mail.clone().or_else(|| self.user.user_principal_name.clone()).unwrap_or_default()
        }
    }

    fn not_found(error: GraphError, locale: Locale) -> Error {
        match error.code() {
            Some(ErrorCode::ResourceNotFound) => Error::NotFound(tr!(locale, "guests-details-not-found")),
            _ => error.into(),
        }
    }

    fn take<T: serde::de::DeserializeOwned>(answers: &mut BatchResponses, id: &str) -> std::result::Result<T, GraphError> {
        let answer = answers.take(id).ok_or_else(|| GraphError::Decode { url: "$batch".into(), reason: format!("no answer for {id}") })?;
        answer.into_result()
    }

    /// [`read`], its problems said in `locale`.
    pub async fn read(caller: &Caller, id: ObjectId, locale: Locale) -> Result<Read> {
        let user = id.to_string();
        let get = |name: &str, segments: &[&str], query: &Query| BatchRequest::new(name, Method::GET, segments, query);
        let mut batch = Batch::new(ApiVersion::V1);
        let requests = [
            // The Directory card's fields; `signInActivity` apart, so that refusing it leaves the rest.
            get("user", &["users", &user], &Query::new().select(crate::directory::CARD_FIELDS)),
            get("signIns", &["users", &user], &Query::new().select(&["id", "signInActivity"])),
            get("sponsors", &["users", &user, "sponsors"], &Query::new()),
            get("memberOf", &["users", &user, "memberOf"], &Query::new()),
            get("apps", &["users", &user, "appRoleAssignments"], &Query::new()),
            get("organization", &["organization"], &Query::new()),
        ];
        for request in requests {
            batch.push(request).map_err(|e| Error::Invalid(e.to_string()))?;
        }
        let mut answers = caller.batch(&batch).await?;
        let user: User = take(&mut answers, "user").map_err(|e| not_found(e, locale))?;
        let organisation = take::<Page<Organization>>(&mut answers, "organization")?
            .value
            .into_iter()
            .next()
            .ok_or_else(|| Error::Unavailable(tr!(locale, "guests-details-no-organisation")))?;
        let sign_ins = take::<User>(&mut answers, "signIns").map(|u| u.sign_in_activity);
        let sponsors = take::<Page<DirectoryObject>>(&mut answers, "sponsors").map(|p| p.value).map_err(Error::from);
        let member_of: Page<DirectoryObject> = take(&mut answers, "memberOf")?;
        let assignments = take::<Page<AppRoleAssignment>>(&mut answers, "apps")?.value;
        Ok(Read { user, organisation, sign_ins, sponsors, member_of, assignments })
    }

    /// The names of the app roles in `assignments`, from their apps, in one more `$batch`.
    async fn role_names(caller: &Caller, assignments: &[AppRoleAssignment]) -> Vec<ServicePrincipal> {
        let resources: BTreeSet<String> = assignments.iter().filter_map(|a| a.resource_id.map(|r| r.to_string())).collect();
        if resources.is_empty() {
            return Vec::new();
        }
        let mut batch = Batch::new(ApiVersion::V1);
        for (n, resource) in resources.iter().take(graph::MAX_BATCH_REQUESTS).enumerate() {
            let request = BatchRequest::new(n.to_string(), Method::GET, &["servicePrincipals", resource.as_str()], &Query::new().select(&["id", "displayName", "appRoles"]));
            if batch.push(request).is_err() {
                break;
            }
        }
        // The names only make the page nicer: without them it shows the role's id.
        let Ok(mut answers) = caller.batch(&batch).await else { return Vec::new() };
        (0..batch.len()).filter_map(|n| take::<ServicePrincipal>(&mut answers, &n.to_string()).ok()).collect()
    }

    /// What each identity issuer says about how they sign in (Microsoft Learn: "Properties of a
    /// Microsoft Entra B2B collaboration user", Identities).
    pub fn issuer_explained(issuer: &str, organisation: &Organization, locale: Locale) -> String {
        if organisation.owns_domain(issuer) {
            return tr!(locale, "guests-issuer-own", issuer = issuer);
        }
        match issuer.to_ascii_lowercase().replace(' ', "").as_str() {
            "externalazuread" => tr!(locale, "guests-issuer-entra"),
            "microsoftaccount" => tr!(locale, "guests-issuer-microsoft"),
            "google.com" => tr!(locale, "guests-issuer-google"),
            "facebook.com" => tr!(locale, "guests-issuer-facebook"),
            "mail" => tr!(locale, "guests-issuer-mail"),
            other if other.starts_with("http") => tr!(locale, "guests-issuer-federated", issuer = issuer),
            other => tr!(locale, "guests-issuer-other", issuer = other),
        }
    }

    fn words(at: Option<DateTime<Utc>>, locale: Locale) -> Option<String> {
        at.map(|at| i18n::date(locale, at))
    }

    fn dash(value: Option<String>) -> String {
        value.filter(|v| !v.trim().is_empty()).unwrap_or_else(|| "—".into())
    }

    /// A fact whose label is the message `id` and whose explanation is `id`-explain.
    fn fact(locale: Locale, id: &str, value: impl Into<String>, explain: impl Into<String>) -> Fact {
        Fact { label: i18n::translate(locale, id, &[]), value: value.into(), explain: explain.into() }
    }

    /// The key properties, each with what it means, in `locale`.
    pub fn facts(user: &User, organisation: &Organization, locale: Locale) -> Vec<Fact> {
        let user_type = crate::guests::filter::user_type_name(user.user_type.as_ref().map_or("Member", |t| t.as_str()), locale);
        let state = match user.external_user_state.as_ref().map(|s| s.as_str()) {
            None => tr!(locale, "guests-cell-not-invited"),
            Some("PendingAcceptance") => tr!(locale, "guests-fact-state-pending"),
            Some("Accepted") => tr!(locale, "guests-cell-accepted"),
            Some(other) => other.to_owned(),
        };
        let identities: Vec<String> = user
            .identities
            .iter()
            .flatten()
            .filter_map(|i| i.issuer.as_deref())
            .map(|issuer| issuer_explained(issuer, organisation, locale))
            .collect();
        let issuers: Vec<&str> = user.identities.iter().flatten().filter_map(|i| i.issuer.as_deref()).collect();
        let t = |id: &str| i18n::translate(locale, id, &[]);
        let mut facts = vec![
            fact(locale, "guests-fact-upn", dash(user.user_principal_name.clone()), t("guests-fact-upn-explain")),
            fact(locale, "guests-fact-mail", dash(user.mail.clone()), t("guests-fact-mail-explain")),
            fact(locale, "guests-fact-type", user_type, t("guests-fact-type-explain")),
            fact(
                locale,
                "guests-fact-identities",
                if issuers.is_empty() { "—".to_owned() } else { issuers.join(", ") },
                if identities.is_empty() { t("guests-fact-identities-none") } else { identities.join(" ") },
            ),
            fact(locale, "guests-fact-state", state, t("guests-fact-state-explain")),
            fact(locale, "guests-fact-state-changed", dash(words(user.external_user_state_change_date_time, locale)), t("guests-fact-state-changed-explain")),
            fact(
                locale,
                "guests-fact-creation",
                user.creation_type.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_else(|| "—".into()),
                t("guests-fact-creation-explain"),
            ),
            fact(
                locale,
                "guests-fact-synced",
                if user.on_premises_sync_enabled == Some(true) { t("guests-cell-yes") } else { t("guests-cell-no") },
                t("guests-fact-synced-explain"),
            ),
            fact(
                locale,
                "guests-fact-sign-in",
                if user.account_enabled == Some(false) { t("guests-fact-sign-in-blocked") } else { t("guests-fact-sign-in-allowed") },
                t("guests-fact-sign-in-explain"),
            ),
            fact(locale, "guests-fact-created", dash(words(user.created_date_time, locale)), t("guests-fact-created-explain")),
            fact(locale, "guests-fact-company", dash(user.company_name.clone()), t("guests-fact-company-explain")),
        ];
        if let Some(job) = user.job_title.clone().filter(|j| !j.is_empty()) {
            facts.push(fact(locale, "guests-fact-job", job, t("guests-fact-job-explain")));
        }
        if let Some(other) = user.other_mails.clone().filter(|m| !m.is_empty()) {
            facts.push(fact(locale, "guests-fact-other-mails", other.join(", "), t("guests-fact-other-mails-explain")));
        }
        facts
    }

    /// The three sign-in times in words in `locale`, or why Graph gave none.
    pub(crate) fn sign_ins(read: &std::result::Result<Option<graph::SignInActivity>, GraphError>, locale: Locale) -> (SignIns, bool) {
        match read {
            Ok(Some(activity)) => (
                SignIns::Known {
                    interactive: words(activity.last_sign_in_date_time, locale),
                    non_interactive: words(activity.last_non_interactive_sign_in_date_time, locale),
                    successful: words(activity.last_successful_sign_in_date_time, locale),
                },
                true,
            ),
            Ok(None) => (SignIns::Known { interactive: None, non_interactive: None, successful: None }, true),
            Err(error) => {
                let why = if matches!(error.code(), Some(ErrorCode::Other(code)) if code.contains("NonPremium")) {
                    "guests-sign-ins-no-licence"
                } else if matches!(error.code(), Some(ErrorCode::AuthorizationRequestDenied) | Some(ErrorCode::Unauthorized)) {
                    "guests-sign-ins-no-permission"
                } else {
                    "guests-sign-ins-not-given"
                };
                (SignIns::Unavailable(i18n::translate(locale, why, &[])), false)
            }
        }
    }

    pub(crate) fn linked(object: &DirectoryObject) -> Option<Linked> {
        let kind = match object.kind() {
            DirectoryObjectKind::User => LinkedKind::User,
            DirectoryObjectKind::Group => LinkedKind::Group,
            DirectoryObjectKind::Other(_) => return None,
        };
        let detail = match kind {
            LinkedKind::User => object.mail.clone().or_else(|| object.user_principal_name.clone()),
            LinkedKind::Group => object.mail.clone(),
        };
        Some(Linked { id: object.id?.to_string(), name: object.display_name.clone().unwrap_or_default(), kind, detail })
    }

    /// The sponsors as the page lists them, or why not in `locale`.
    pub fn sponsors_of(read: &Read, locale: Locale) -> std::result::Result<Vec<Linked>, String> {
        match &read.sponsors {
            Ok(sponsors) => Ok(sponsors.iter().filter_map(linked).collect()),
            Err(error) => Err(tr!(locale, "guests-sponsors-unreadable", problem = error.to_string())),
        }
    }

    /// Who invited them through Guestlist, from its own audit trail.
    fn invited_by(trail: &[AuditEvent], locale: Locale) -> String {
        let invited = |e: &&AuditEvent| {
            matches!(e.action, AuditAction::Invite | AuditAction::ConvertToExternalUser)
                && matches!(e.outcome, AuditOutcome::Invited | AuditOutcome::InvitedStepFailed)
        };
        // The trail is newest first: the first invitation is the last one in it.
        match trail.iter().filter(invited).last() {
            Some(event) => {
                let on = DateTime::parse_from_rfc3339(&event.at).map(|at| i18n::date(locale, at.with_timezone(&Utc))).unwrap_or_else(|_| event.at.clone());
                let id = if event.action == AuditAction::Invite { "guests-invited-by" } else { "guests-converted-by" };
                i18n::translate(locale, id, &[("who", event.actor.as_str().into()), ("date", on.into())])
            }
            None => tr!(locale, "guests-invited-not-through-guestlist"),
        }
    }

    /// Why Guestlist may not block or delete this account, if it may not: synced accounts
    /// (Graph refuses), yourself, and the portal's own administrators.
    pub fn protected(actor: &Actor, read: &Read) -> Option<String> {
        let locale = actor.locale();
        let who = name(&read.user, locale);
        if read.synced() {
            return Some(tr!(locale, "guests-protected-synced", who = who));
        }
        let myself = actor.object_id().zip(read.user.id).is_some_and(|(me, id)| id.to_string().eq_ignore_ascii_case(me));
        if myself {
            return Some(tr!(locale, "guests-protected-yourself"));
        }
        read.is_portal_admin().then(|| tr!(locale, "guests-protected-admin", who = who))
    }

    /// What `actor` may do to this person, and why not.
    pub fn offers(actor: &Actor, read: &Read, external: bool) -> Offers {
        let admin = actor.has(Role::Admin);
        let helpdesk = admin || actor.has(Role::Helpdesk);
        let pending = read.user.external_user_state.as_ref().is_some_and(|s| s.as_str() != "Accepted");
        let invited = read.user.external_user_state.is_some();
        let mut notes = Vec::new();
        let protected = protected(actor, read);
        if let Some(why) = protected.clone().filter(|_| admin) {
            notes.push(why);
        }
        if !admin && helpdesk {
            notes.push(tr!(actor.locale(), "guests-offers-helpdesk"));
        }
        if !external {
            notes.push(tr!(actor.locale(), "guests-offers-not-external"));
        }
        Offers {
            resend: helpdesk && pending,
            reset: helpdesk && invited,
            manage: admin,
            enable_disable: admin && protected.is_none(),
            delete: admin && protected.is_none(),
            notes,
        }
    }

    fn name(user: &User, locale: Locale) -> String {
        user.display_name.clone().unwrap_or_else(|| tr!(locale, "guests-this-person"))
    }

    /// One person in full (Admins and Helpdesk Administrators). Reads with the application's
    /// permissions after this check, as the Directory does, so a Helpdesk Administrator sees what
    /// an Admin sees. At most two Graph calls.
    pub async fn details(ctx: &Context, actor: &Actor, id: ObjectId) -> Result<GuestDetails> {
        actor.require_helpdesk()?;
        let locale = actor.locale();
        let caller = ctx.app();
        let read = read(&caller, id, locale).await?;
        let apps = role_names(&caller, &read.assignments).await;
        let (sign_ins, sign_in_known) = sign_ins(&read.sign_ins, locale);
        let mut user = read.user.clone();
        user.sign_in_activity = read.sign_ins.as_ref().ok().cloned().flatten();
        let status = classify(&user, sign_in_known, ctx.clock.now(), INACTIVE_AFTER_DAYS).words(locale);
        let external = is_external(&read.user, &read.organisation);
        let targets: Vec<String> = [read.user.mail.clone(), read.user.user_principal_name.clone(), Some(id.to_string())].into_iter().flatten().collect();
        let target_refs: Vec<&str> = targets.iter().map(String::as_str).collect();
        let trail = audit::about(&ctx.db, &target_refs, AUDIT_ROWS).await?;
        let groups = read.member_of.value.iter().filter(|m| m.kind() == DirectoryObjectKind::Group).filter_map(linked).collect();
        let roles = read.member_of.value.iter().filter(|m| m.role_template_id.is_some()).filter_map(|m| m.display_name.clone()).collect();
        let assignments = read
            .assignments
            .iter()
            .map(|a| {
                let app = apps.iter().find(|p| p.id.is_some() && p.id == a.resource_id);
                let role = match a.app_role_id {
                    Some(role) if role.is_nil() => tr!(locale, "guests-app-default-access"),
                    Some(role) => app
                        .and_then(|p| p.app_roles.iter().find(|r| r.id == Some(role)))
                        .and_then(|r| r.display_name.clone().or_else(|| r.value.clone()))
                        .unwrap_or_else(|| role.to_string()),
                    None => tr!(locale, "guests-app-default-access"),
                };
                AppAssignment {
                    app: a.resource_display_name.clone().unwrap_or_else(|| tr!(locale, "guests-app-unnamed")),
                    role,
                    since: words(a.created_date_time, locale),
                }
            })
            .collect();
        let offers = offers(actor, &read, external);
        Ok(GuestDetails {
            id: id.to_string(),
            display_name: name(&read.user, locale),
            user_principal_name: read.user.user_principal_name.clone().unwrap_or_default(),
            mail: read.user.mail.clone(),
            status,
            enabled: read.user.account_enabled != Some(false),
            synced: read.synced(),
            pending: read.user.external_user_state.as_ref().is_some_and(|s| s.as_str() != "Accepted"),
            external,
            facts: facts(&read.user, &read.organisation, locale),
            invited_by: invited_by(&trail, locale),
            sponsors: sponsors_of(&read, locale),
            groups,
            more_groups: read.member_of.next_link.is_some(),
            roles,
            apps: assignments,
            sign_ins,
            audit: trail,
            offers,
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use serde_json::json;

        fn organisation() -> Organization {
            serde_json::from_value(json!({"id": "t", "displayName": "Northwind Traders", "verifiedDomains": [{"name": "northwind.example"}]})).unwrap()
        }

        fn issuer_explained_en(issuer: &str, org: &Organization) -> String {
            issuer_explained(issuer, org, Locale::En)
        }

        #[test]
        fn every_identity_issuer_is_explained() {
            let org = organisation();
            assert!(issuer_explained_en("ExternalAzureAD", &org).contains("another Microsoft Entra organisation"));
            assert!(issuer_explained_en("MicrosoftAccount", &org).contains("personal Microsoft account"));
            assert!(issuer_explained_en("google.com", &org).contains("Google"));
            assert!(issuer_explained_en("facebook.com", &org).contains("Facebook"));
            assert!(issuer_explained_en("mail", &org).contains("one-time passcode"));
            assert!(issuer_explained_en("northwind.example", &org).contains("your own organisation"));
            assert!(issuer_explained_en("https://sts.fabrikam.example/adfs/services/trust", &org).contains("SAML or WS-Fed"));
        }

        #[test]
        fn user_type_is_explained_as_what_it_is_not() {
            let user: User = serde_json::from_value(json!({"id": "b416e28c-d9f2-47a0-9b12-37c40629e5bd", "userType": "Guest",
                "externalUserState": "PendingAcceptance", "externalUserStateChangeDateTime": "2026-03-03T10:00:00Z",
                "identities": [{"signInType": "federated", "issuer": "mail"}]}))
            .unwrap();
            let facts = facts(&user, &organisation(), Locale::En);
            let by = |label: &str| facts.iter().find(|f| f.label == label).unwrap().clone();
            assert_eq!(by("User type").value, "Guest");
            assert!(by("User type").explain.contains("does not say how they sign in"));
            assert_eq!(by("Invitation state").value, "Pending acceptance");
            assert_eq!(by("Invitation state changed").value, "3 March 2026");
            assert!(by("Identities").explain.contains("one-time passcode"));
        }

        #[test]
        fn the_first_invitation_in_the_trail_names_the_inviter() {
            let event = |id, action, outcome, actor: &str| AuditEvent {
                id,
                at: "2026-03-03T10:00:00Z".into(),
                actor: actor.into(),
                actor_id: None,
                action,
                target: "ann@fabrikam.example".into(),
                options: "{}".into(),
                outcome,
                request_id: None,
            };
            let trail = [
                event(3, AuditAction::Invite, AuditOutcome::Invited, "Mateo"),
                event(2, AuditAction::ResendInvitation, AuditOutcome::Invited, "Grace"),
                event(1, AuditAction::Invite, AuditOutcome::Invited, "Priya"),
                event(0, AuditAction::Invite, AuditOutcome::Refused, "Sofia"),
            ];
            assert_eq!(invited_by(&trail, Locale::En), "Invited by Priya on 3 March 2026, through Guestlist");
            assert!(invited_by(&trail[3..], Locale::En).starts_with("Not invited through Guestlist"));
            assert_eq!(invited_by(&trail, Locale::De), "Am 3. März 2026 von Priya über Guestlist eingeladen");
        }
    }
}
