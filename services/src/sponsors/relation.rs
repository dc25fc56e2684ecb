//! The check every read and action of a sponsor goes through: does Graph, now, name the person as
//! this guest's sponsor, directly or through a group they belong to? Read with the application's
//! token (sponsors cannot read `/users/{id}/sponsors` themselves), in one `$batch` with the
//! person's own group memberships. Anything else — another sponsor's guest, a made-up id, a
//! deleted guest — gets the same refusal, audited.

use futures::{StreamExt as _, TryStreamExt as _};
use graph::{ApiVersion, Batch, BatchRequest, DirectoryObject, DirectoryObjectKind, ErrorCode, ObjectId, Page, Query, User, UserRef};
use http::Method;

use crate::audit::{self, AuditAction, AuditOutcome, Entry};
use crate::{Actor, Context, Error, Result, Role};

/// The user fields the sponsor pages and actions read.
pub(crate) const FIELDS: &[&str] = &[
    "id",
    "displayName",
    "userPrincipalName",
    "mail",
    "userType",
    "externalUserState",
    "externalUserStateChangeDateTime",
    "creationType",
    "identities",
    "onPremisesSyncEnabled",
    "accountEnabled",
    "createdDateTime",
    "companyName",
    "preferredLanguage",
];

/// A guest the actor sponsors, as read for the check.
pub(crate) struct Sponsored {
    pub id: ObjectId,
    pub user: User,
    /// Their sponsors (people and groups).
    pub sponsors: Vec<DirectoryObject>,
    /// The groups among `sponsors` the actor belongs to; empty when they sponsor them directly.
    pub through_groups: Vec<DirectoryObject>,
    /// The actor is one of `sponsors` themselves.
    pub direct: bool,
}

impl Sponsored {
    /// Their name; "This guest" (in `locale`) when the directory gives none.
    pub fn name(&self, locale: i18n::Locale) -> String {
        self.user.display_name.clone().unwrap_or_else(|| i18n::tr!(locale, "sponsors-this-guest"))
    }

    /// How the audit trail names them.
    pub fn who(&self) -> String {
        self.user.mail.clone().or_else(|| self.user.user_principal_name.clone()).unwrap_or_else(|| self.id.to_string())
    }
}

/// The refusal for an id the actor does not sponsor, the same whether it exists or not.
pub(crate) fn not_yours(locale: i18n::Locale) -> Error {
    Error::NotYours(i18n::tr!(locale, "sponsors-not-yours"))
}

fn take<T: serde::de::DeserializeOwned>(answers: &mut graph::BatchResponses, id: &str) -> std::result::Result<T, graph::GraphError> {
    let answer = answers.take(id).ok_or_else(|| graph::GraphError::Decode { url: "$batch".into(), reason: format!("no answer for {id}") })?;
    answer.into_result()
}

/// The groups the actor belongs to (their own `memberOf`, read with the application's token).
pub(crate) fn groups_of(objects: &[DirectoryObject]) -> Vec<ObjectId> {
    objects.iter().filter(|o| o.kind() == DirectoryObjectKind::Group).filter_map(|o| o.id).collect()
}

/// How `me` (with groups `my_groups`) sponsors someone whose sponsors are `sponsors`: directly,
/// through some groups, or not at all (`None`).
pub(crate) fn relation(me: ObjectId, my_groups: &[ObjectId], sponsors: &[DirectoryObject]) -> Option<(bool, Vec<DirectoryObject>)> {
    let direct = sponsors.iter().any(|s| s.kind() == DirectoryObjectKind::User && s.id == Some(me));
    let through: Vec<DirectoryObject> =
        sponsors.iter().filter(|s| s.kind() == DirectoryObjectKind::Group && s.id.is_some_and(|g| my_groups.contains(&g))).cloned().collect();
    (direct || !through.is_empty()).then(|| (direct, if direct { Vec::new() } else { through }))
}

/// The actor's object id, for a person signed in to the portal: only people sponsor.
pub(crate) fn me(actor: &Actor) -> Result<ObjectId> {
    actor.require(Role::Sponsor)?;
    match actor {
        Actor::Person { principal, .. } => principal.object_id.parse().map_err(|_| not_yours(actor.locale())),
        _ => Err(Error::Invalid(i18n::tr!(actor.locale(), "sponsors-only-people"))),
    }
}

/// Records the refused attempt on `id` and answers [`not_yours`].
async fn refuse(ctx: &Context, actor: &Actor, id: &str, action: AuditAction) -> Result<Sponsored> {
    let entry = Entry::new(action, id, AuditOutcome::Refused).options(&serde_json::json!({ "userId": id, "why": "not a guest they sponsor" }));
    audit::record(&ctx.db, actor, entry).await?;
    Err(not_yours(actor.locale()))
}

/// Checks that `actor` sponsors `id` now. On refusal, records `action` as refused with the id
/// asked for, and answers [`not_yours`].
pub(crate) async fn check(ctx: &Context, actor: &Actor, id: &str, action: AuditAction) -> Result<Sponsored> {
    let me = me(actor)?;
    let refused = || refuse(ctx, actor, id, action);
    let Ok(guest) = id.trim().parse::<ObjectId>() else { return refused().await };
    let guest_id = guest.to_string();
    let me_id = me.to_string();
    let mut batch = Batch::new(ApiVersion::V1);
    let requests = [
        BatchRequest::new("user", Method::GET, &["users", guest_id.as_str()], &Query::new().select(FIELDS)),
        BatchRequest::new("sponsors", Method::GET, &["users", guest_id.as_str(), "sponsors"], &Query::new().select(&["id", "displayName", "mail", "userPrincipalName", "accountEnabled"])),
        BatchRequest::new("mine", Method::GET, &["users", me_id.as_str(), "memberOf"], &Query::new().select(&["id", "displayName"]).top(999)),
    ];
    for request in requests {
        batch.push(request).map_err(|e| Error::Invalid(e.to_string()))?;
    }
    let mut answers = ctx.app().batch(&batch).await?;
    let user: User = match take(&mut answers, "user") {
        Ok(user) => user,
        Err(error) if error.code() == Some(&ErrorCode::ResourceNotFound) => return refused().await,
        Err(error) => return Err(error.into()),
    };
    let sponsors: Page<DirectoryObject> = take(&mut answers, "sponsors")?;
    let mine: Page<DirectoryObject> = take(&mut answers, "mine")?;
    if let Some((direct, through_groups)) = relation(me, &groups_of(&mine.value), &sponsors.value) {
        return Ok(Sponsored { id: guest, user, sponsors: sponsors.value, through_groups, direct });
    }
    // Graph's own answer for the person, which also counts groups within groups ("List
    // sponsorOf": directly and through group membership), read with their own token.
    if sponsors.value.iter().any(|s| s.kind() == DirectoryObjectKind::Group) {
        let theirs = ctx.as_actor(actor).sponsor_of(&UserRef::Me, Query::new().select(&["id"]));
        let found = theirs.try_filter(move |o| std::future::ready(o.id == Some(guest))).boxed().next().await.transpose()?;
        if found.is_some() {
            let through_groups = sponsors.value.iter().filter(|s| s.kind() == DirectoryObjectKind::Group).cloned().collect();
            return Ok(Sponsored { id: guest, user, sponsors: sponsors.value, through_groups, direct: false });
        }
    }
    refused().await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(kind: &str, id: &str) -> DirectoryObject {
        serde_json::from_value(serde_json::json!({"@odata.type": format!("#microsoft.graph.{kind}"), "id": id, "displayName": id})).unwrap()
    }

    #[test]
    fn a_sponsor_is_named_directly_or_through_a_group_they_belong_to() {
        let me: ObjectId = "4daf7b15-628b-4039-a4ba-c05d9fb27e46".parse().unwrap();
        let group: ObjectId = "5a1f0e6d-7c2b-4e93-8d14-6b2c9a0f3e71".parse().unwrap();
        let other = "5eb08c26-739c-414a-b5cb-d16ea0c38f57";
        let direct = [object("user", &me.to_string()), object("group", &group.to_string())];
        assert_eq!(relation(me, &[group], &direct).map(|(d, t)| (d, t.len())), Some((true, 0)));
        let through = [object("user", other), object("group", &group.to_string())];
        assert_eq!(relation(me, &[group], &through).map(|(d, t)| (d, t.len())), Some((false, 1)));
        assert!(relation(me, &[], &through).is_none(), "a group they are not in");
        // A group with the person's id is not the person.
        assert!(relation(me, &[], &[object("group", &me.to_string())]).is_none());
    }
}
