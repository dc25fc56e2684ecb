//! Actions on several guests at once (ticked on the Guests list, or every guest matching its
//! filter): resend pending invitations, block or allow sign-in, delete, add a sponsor. Always a
//! preview first, stored here with its owner, listing exactly who changes and who is skipped and
//! why, at most [`crate::settings::InviteSettings::bulk_cap`] people per run; the owner's
//! confirmation checks everyone again and starts a background job with one row per person, each
//! done and audited by the same service as on the details page.

use serde::{Deserialize, Serialize};

use i18n::{tr, Locale};

use super::details::Linked;

/// What is done to each selected guest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BulkAction {
    Resend,
    Disable,
    Enable,
    Delete,
    AddSponsor,
}

impl BulkAction {
    pub const ALL: [BulkAction; 5] = [BulkAction::Resend, BulkAction::Disable, BulkAction::Enable, BulkAction::Delete, BulkAction::AddSponsor];

    /// As the list's form posts it.
    pub fn as_str(self) -> &'static str {
        match self {
            BulkAction::Resend => "resend",
            BulkAction::Disable => "disable",
            BulkAction::Enable => "enable",
            BulkAction::Delete => "delete",
            BulkAction::AddSponsor => "add_sponsor",
        }
    }

    pub fn parse(value: &str) -> Option<BulkAction> {
        BulkAction::ALL.into_iter().find(|a| a.as_str() == value.trim())
    }

    /// What the action does, for headings and buttons ("Block sign-in").
    pub fn words(self, locale: Locale) -> String {
        match self {
            BulkAction::Resend => tr!(locale, "guests-bulk-resend"),
            BulkAction::Disable => tr!(locale, "guests-bulk-disable"),
            BulkAction::Enable => tr!(locale, "guests-bulk-enable"),
            BulkAction::Delete => tr!(locale, "guests-bulk-delete"),
            BulkAction::AddSponsor => tr!(locale, "guests-bulk-add-sponsor"),
        }
    }
}

/// Which guests: ticked rows, or all that match a filter of the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// Object ids, in the order ticked.
    Ids(Vec<String>),
    /// A `GuestFilter` query string.
    Filter(String),
}

/// What the list page posts to `/guests/selection`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectionRequest {
    pub scope: Scope,
    pub action: BulkAction,
    /// For [`BulkAction::AddSponsor`]: the sponsor as the picker gives it (`user:{id}`, `group:{id}`);
    /// without one, the preview page asks for them.
    pub sponsor: Option<String>,
    /// For [`BulkAction::AddSponsor`]: sponsors the new one takes over from (a hand-over), as
    /// `sponsor` names them; each is removed from a guest once the new sponsor is added.
    pub replace: Vec<String>,
}

impl SelectionRequest {
    /// [`SelectionRequest::from_pairs`], with what to do instead in `locale`.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, locale: Locale) -> Result<SelectionRequest, crate::Error> {
        let (mut ids, mut scope, mut filter, mut action, mut sponsor, mut replace) = (Vec::new(), None, None, None, None, Vec::new());
        for (key, value) in pairs {
            match key {
                "ids" | "ids[]" => ids.push(value.trim().to_owned()),
                "scope" => scope = Some(value.trim().to_owned()),
                "filter" => filter = Some(value.trim().to_owned()),
                "action" => action = Some(value.trim().to_owned()),
                "sponsor" => sponsor = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                "replace" if !value.trim().is_empty() => replace.push(value.trim().to_owned()),
                _ => {}
            }
        }
        let invalid = crate::Error::Invalid;
        let action = match action.as_deref() {
            None | Some("") => return Err(invalid(tr!(locale, "guests-selection-no-action"))),
            Some(value) => BulkAction::parse(value).ok_or_else(|| invalid(tr!(locale, "guests-selection-bad-action", value = value)))?,
        };
        let scope = match scope.as_deref() {
            Some("filter") => Scope::Filter(filter.unwrap_or_default()),
            None | Some("") | Some("ids") => {
                ids.retain(|id| !id.is_empty());
                let mut seen = std::collections::BTreeSet::new();
                ids.retain(|id| seen.insert(id.to_lowercase()));
                if ids.is_empty() {
                    return Err(invalid(tr!(locale, "guests-selection-none-ticked")));
                }
                Scope::Ids(ids)
            }
            Some(other) => return Err(invalid(tr!(locale, "guests-selection-bad-scope", value = other))),
        };
        let adds = action == BulkAction::AddSponsor;
        Ok(SelectionRequest { scope, action, sponsor: sponsor.filter(|_| adds), replace: if adds { replace } else { Vec::new() } })
    }
}

/// One guest in a preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectedGuest {
    pub id: String,
    pub name: String,
    pub user_principal_name: String,
    /// Why they are skipped; none for those who change.
    pub skipped: Option<String>,
}

/// A preview, as stored and shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    /// The preview's own id (random), which the confirmation posts.
    pub id: String,
    pub action: BulkAction,
    /// The sponsor to add, by name.
    pub sponsor: Option<Linked>,
    /// The sponsors the added one takes over from, by name: removed from each guest once the
    /// new sponsor is added.
    #[serde(default)]
    pub replace: Vec<Linked>,
    /// The `GuestFilter` query string, when all matching guests were chosen.
    pub filter: Option<String>,
    /// Who will change, in order: at most `cap`.
    pub change: Vec<SelectedGuest>,
    /// Who is skipped, each with why.
    pub skipped: Vec<SelectedGuest>,
    pub cap: usize,
    /// More guests would change than the cap allows: they are left for another run.
    pub beyond_cap: bool,
    /// RFC 3339.
    pub created_at: String,
    /// The job started by the confirmation.
    pub job: Option<crate::jobs::JobId>,
}

impl Preview {
    /// The preview's one-line summary, in `locale`.
    pub fn summary(&self, locale: Locale) -> String {
        match self.skipped.len() {
            0 => tr!(locale, "guests-preview-summary", change = self.change.len()),
            skipped => tr!(locale, "guests-preview-summary-skipped", change = self.change.len(), skipped = skipped),
        }
    }

    /// An "add a sponsor" preview whose sponsor is still to be chosen.
    pub fn needs_sponsor(&self) -> bool {
        self.action == BulkAction::AddSponsor && self.sponsor.is_none()
    }

    /// What the cap means for this run, when it matters, in `locale`.
    pub fn cap_note(&self, locale: Locale) -> Option<String> {
        self.beyond_cap.then(|| tr!(locale, "guests-preview-cap", cap = self.cap))
    }
}

/// A preview and, once confirmed, its job's rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectionStatus {
    pub preview: Preview,
    pub job: Option<crate::jobs::JobDetail>,
}

impl SelectionStatus {
    /// Rows still to run: the page refreshes itself until none is left.
    pub fn running(&self) -> bool {
        self.job.as_ref().is_some_and(|job| job.job.state.is_open())
    }
}

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use futures::{StreamExt as _, TryStreamExt as _};
    use graph::ObjectId;
    use serde_json::{json, Value};

    use super::*;
    use crate::directory::{self, Refused};
    use crate::guests::actions::{self, protected, SponsorRef};
    use crate::guests::details::{self, LinkedKind, Read};
    use i18n::{tr, Locale};
    use crate::jobs::lease::{on_db, timestamp};
    use crate::jobs::{self, JobId, JobInfo, JobKind};
    use crate::{Actor, Context, Error, Result, Role};

    /// Guests read at the same time while previewing.
    const READ_AT_ONCE: usize = 4;

    /// Whom the stored preview belongs to: their object id, or the operator's name.
    fn owner_key(actor: &Actor) -> String {
        actor.object_id().map(str::to_owned).unwrap_or_else(|| actor.audit_name())
    }

    fn require(actor: &Actor, action: BulkAction) -> Result<()> {
        match action {
            // Entra lets Helpdesk Administrators resend; everything else is the Admins'.
            BulkAction::Resend => actor.require_helpdesk(),
            _ => actor.require(Role::Admin),
        }
    }

    /// Why `read`'s guest is skipped for `action`, if they are.
    pub fn skip_reason(actor: &Actor, action: BulkAction, sponsor: Option<&SponsorRef>, replace: &[SponsorRef], read: &Read) -> Option<String> {
        let locale = actor.locale();
        let t = |id: &str| Some(i18n::translate(locale, id, &[]));
        let user = &read.user;
        let state = user.external_user_state.as_ref().map(|s| s.as_str().to_owned());
        match action {
            BulkAction::Resend => match state.as_deref() {
                None => t("guests-skip-never-invited"),
                Some("Accepted") => t("guests-skip-accepted"),
                Some(_) => None,
            },
            BulkAction::Disable if user.account_enabled == Some(false) => t("guests-skip-blocked"),
            BulkAction::Enable if user.account_enabled != Some(false) => t("guests-skip-allowed"),
            BulkAction::Enable if read.synced() => protected(actor, read),
            BulkAction::Disable | BulkAction::Delete => protected(actor, read),
            BulkAction::Enable => None,
            // Before the sponsor is chosen, only what rules out any sponsor.
            BulkAction::AddSponsor => {
                let is_sponsor = |id: Option<ObjectId>| sponsor.is_some_and(|s| id.map(|id| id.to_string()) == Some(s.id.clone()));
                // A hand-over still has work while one it takes over from sponsors them.
                let leaving = |current: &[graph::DirectoryObject]| {
                    current.iter().any(|s| !is_sponsor(s.id) && replace.iter().any(|r| s.id.map(|id| id.to_string()) == Some(r.id.clone())))
                };
                match &read.sponsors {
                    Err(_) => t("guests-skip-sponsors-unreadable"),
                    Ok(current) if leaving(current) => if is_sponsor(user.id) { t("guests-skip-self") } else { None },
                    Ok(current) if current.iter().any(|s| is_sponsor(s.id)) => t("guests-skip-has-sponsor"),
                    Ok(current) if current.len() >= actions::MAX_SPONSORS => Some(tr!(locale, "guests-skip-sponsors-full", most = actions::MAX_SPONSORS)),
                    Ok(_) if is_sponsor(user.id) => t("guests-skip-self"),
                    Ok(_) => None,
                }
            }
        }
    }

    fn guest(read: &Read, skipped: Option<String>) -> SelectedGuest {
        SelectedGuest {
            id: read.user.id.map(|id| id.to_string()).unwrap_or_default(),
            name: read.user.display_name.clone().unwrap_or_default(),
            user_principal_name: read.user.user_principal_name.clone().unwrap_or_default(),
            skipped,
        }
    }

    fn unknown(id: &str, why: &str) -> SelectedGuest {
        SelectedGuest { id: id.to_owned(), name: id.to_owned(), user_principal_name: String::new(), skipped: Some(why.to_owned()) }
    }

    /// Reads each id (a few at a time, in order) and sorts them into who changes and who is
    /// skipped, up to `cap` changes; `true` when more would change.
    async fn sort_out(
        ctx: &Context,
        actor: &Actor,
        action: BulkAction,
        (sponsor, replace): (Option<&SponsorRef>, &[SponsorRef]),
        ids: Vec<String>,
        cap: usize,
    ) -> Result<(Vec<SelectedGuest>, Vec<SelectedGuest>, bool)> {
        let caller = ctx.app();
        let locale = actor.locale();
        let reads = futures::stream::iter(ids.into_iter().map(|id| {
            let caller = caller.clone();
            async move {
                let read = match id.parse::<ObjectId>() {
                    Ok(object_id) => Some(details::read(&caller, object_id, locale).await),
                    Err(_) => None,
                };
                (id, read)
            }
        }))
        .buffered(READ_AT_ONCE);
        tokio::pin!(reads);
        let (mut change, mut skipped, mut beyond) = (Vec::new(), Vec::new(), false);
        while let Some((id, read)) = reads.next().await {
            match read {
                None | Some(Err(Error::NotFound(_))) => skipped.push(unknown(&id, &tr!(locale, "guests-skip-not-found"))),
                Some(Err(error)) => return Err(error),
                Some(Ok(read)) => match skip_reason(actor, action, sponsor, replace, &read) {
                    Some(why) => skipped.push(guest(&read, Some(why))),
                    None if change.len() < cap => change.push(guest(&read, None)),
                    None => {
                        beyond = true;
                        break;
                    }
                },
            }
        }
        Ok((change, skipped, beyond))
    }

    /// The object ids of guests matching the list's filter `query`, read page by page and no
    /// further than `limit`.
    async fn matching(ctx: &Context, actor: &Actor, query: &str, limit: usize) -> Result<Vec<String>> {
        let filter = crate::guests::filter::GuestFilter::parse(query, actor.locale())?;
        let stream = crate::guests::list::stream(ctx, actor, &filter);
        stream.take(limit).map_ok(|guest| guest.id.to_string()).try_collect().await
    }

    /// The sponsor to add, by name (and that they exist).
    async fn sponsor_named(ctx: &Context, sponsor: &SponsorRef, locale: Locale) -> Result<Linked> {
        let id: ObjectId = sponsor.id.parse().map_err(|_| Error::Invalid(tr!(locale, "guests-sponsor-not-in-directory")))?;
        let select = graph::Query::new().select(&["id", "displayName", "mail", "userPrincipalName"]);
        let found = match sponsor.kind {
            LinkedKind::User => ctx.app().user(&graph::UserRef::Id(id), &select).await.map(|u| (u.display_name, u.mail.or(u.user_principal_name))),
            LinkedKind::Group => ctx.app().group(id, &select).await.map(|g| (g.display_name, g.mail)),
        };
        match found {
            Ok((name, detail)) => Ok(Linked { id: sponsor.id.clone(), name: name.unwrap_or_default(), kind: sponsor.kind, detail }),
            Err(error) if error.code() == Some(&graph::ErrorCode::ResourceNotFound) => {
                Err(Error::Invalid(tr!(locale, "guests-sponsor-gone")))
            }
            Err(error) => Err(error.into()),
        }
    }

    /// The picker's value (`user:{id}`, `group:{id}`) and who that is.
    async fn chosen_sponsor(ctx: &Context, value: &str, locale: Locale) -> Result<(SponsorRef, Linked)> {
        let sponsor = SponsorRef::parse(value).ok_or_else(|| Error::Invalid(tr!(locale, "guests-selection-bad-sponsor")))?;
        let named = sponsor_named(ctx, &sponsor, locale).await?;
        Ok((sponsor, named))
    }

    /// Checks who `request` would change and stores the preview for its owner; shown next.
    pub async fn preview(ctx: &Context, actor: &Actor, request: &SelectionRequest) -> Result<Preview> {
        require(actor, request.action)?;
        let cap = ctx.settings.bulk_cap;
        let (sponsor_ref, sponsor) = match &request.sponsor {
            Some(value) => chosen_sponsor(ctx, value, actor.locale()).await.map(|(r, s)| (Some(r), Some(s)))?,
            None => (None, None),
        };
        let mut replace = Vec::new();
        for value in &request.replace {
            replace.push(chosen_sponsor(ctx, value, actor.locale()).await?.1);
        }
        let replace_refs: Vec<SponsorRef> = replace.iter().map(SponsorRef::of).collect();
        let (ids, filter) = match &request.scope {
            Scope::Ids(ids) => (ids.clone(), None),
            // Enough to fill a run even when many are skipped, never the whole tenant.
            Scope::Filter(query) => (matching(ctx, actor, query, cap.saturating_mul(4).max(cap + 1)).await?, Some(query.clone())),
        };
        let (change, skipped, beyond_cap) = sort_out(ctx, actor, request.action, (sponsor_ref.as_ref(), &replace_refs), ids, cap).await?;
        let preview = Preview {
            id: uuid::Uuid::new_v4().to_string(),
            action: request.action,
            sponsor,
            replace,
            filter,
            change,
            skipped,
            cap,
            beyond_cap,
            created_at: timestamp(ctx.clock.now()),
            job: None,
        };
        on_db!(&ctx.db, pool => {
            sqlx::query("INSERT INTO guest_selections (id, owner_id, created_at, preview) VALUES ($1, $2, $3, $4)")
                .bind(&preview.id)
                .bind(owner_key(actor))
                .bind(&preview.created_at)
                .bind(sqlx::types::Json(&preview))
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(preview)
    }

    /// The stored preview `id`, if it is `actor`'s.
    async fn stored(ctx: &Context, actor: &Actor, id: &str) -> Result<Preview> {
        let row: Option<(String, sqlx::types::Json<Preview>)> = on_db!(&ctx.db, pool => {
            sqlx::query_as("SELECT owner_id, preview FROM guest_selections WHERE id = $1").bind(id.trim()).fetch_optional(pool).await?
        });
        match row {
            Some((owner, preview)) if owner == owner_key(actor) => Ok(preview.0),
            Some(_) => Err(Error::NotFound(tr!(actor.locale(), "guests-preview-not-yours"))),
            None => Err(Error::NotFound(tr!(actor.locale(), "guests-preview-unknown"))),
        }
    }

    /// The preview `id` and, once confirmed, its job with every row (its owner only).
    pub async fn status(ctx: &Context, actor: &Actor, id: &str) -> Result<SelectionStatus> {
        // Nobody who may not act on guests at all learns whether a preview exists.
        actor.require_helpdesk()?;
        let preview = stored(ctx, actor, id).await?;
        require(actor, preview.action)?;
        let job = match preview.job {
            Some(job) => Some(jobs::show(&ctx.db, actor, job).await?),
            None => None,
        };
        Ok(SelectionStatus { preview, job })
    }

    /// The preview `id` (its owner's, not confirmed yet) to change.
    async fn open_preview(ctx: &Context, actor: &Actor, id: &str) -> Result<Preview> {
        actor.require_helpdesk()?;
        let preview = stored(ctx, actor, id).await?;
        require(actor, preview.action)?;
        match preview.job {
            Some(job) => Err(Error::Invalid(tr!(actor.locale(), "guests-preview-confirmed-already", job = job.to_string()))),
            None => Ok(preview),
        }
    }

    /// Sets the sponsor an "add a sponsor" preview adds (the picker's `user:{id}` or
    /// `group:{id}`) and sorts its guests out again for them.
    pub async fn choose_sponsor(ctx: &Context, actor: &Actor, id: &str, sponsor: &str) -> Result<Preview> {
        let mut preview = open_preview(ctx, actor, id).await?;
        if preview.action != BulkAction::AddSponsor {
            return Err(Error::Invalid(tr!(actor.locale(), "guests-preview-not-add-sponsor")));
        }
        let (sponsor_ref, sponsor) = chosen_sponsor(ctx, sponsor, actor.locale()).await?;
        let ids = preview.change.iter().chain(&preview.skipped).map(|g| g.id.clone()).collect();
        let replace: Vec<SponsorRef> = preview.replace.iter().map(SponsorRef::of).collect();
        let (change, skipped, beyond_cap) = sort_out(ctx, actor, preview.action, (Some(&sponsor_ref), &replace), ids, preview.cap).await?;
        preview.sponsor = Some(sponsor);
        preview.change = change;
        preview.skipped = skipped;
        preview.beyond_cap |= beyond_cap;
        save(ctx, &preview).await?;
        Ok(preview)
    }

    /// Confirms the preview `id` (its owner only): checks everyone in it again (anyone who no
    /// longer qualifies is skipped, with why) and starts the job; returns its number.
    pub async fn confirm(ctx: &Context, actor: &Actor, id: &str) -> Result<JobId> {
        let mut preview = open_preview(ctx, actor, id).await?;
        if preview.action == BulkAction::AddSponsor && preview.sponsor.is_none() {
            return Err(Error::Invalid(tr!(actor.locale(), "guests-preview-choose-sponsor-first")));
        }
        let sponsor_ref = preview.sponsor.as_ref().map(SponsorRef::of);
        let replace: Vec<SponsorRef> = preview.replace.iter().map(SponsorRef::of).collect();
        let ids = preview.change.iter().map(|g| g.id.clone()).collect();
        let (change, mut now_skipped, _) = sort_out(ctx, actor, preview.action, (sponsor_ref.as_ref(), &replace), ids, preview.cap).await?;
        for guest in &mut now_skipped {
            guest.skipped = guest.skipped.take().map(|why| tr!(actor.locale(), "guests-skip-changed-since", why = why));
        }
        preview.skipped.extend(now_skipped);
        preview.change = change;
        if preview.change.is_empty() {
            save(ctx, &preview).await?;
            return Err(Error::Invalid(tr!(actor.locale(), "guests-preview-nobody-qualifies")));
        }
        let inputs = preview
            .change
            .iter()
            .map(|g| {
                let replace: Vec<String> = replace.iter().map(SponsorRef::value).collect();
                json!({ "action": preview.action, "id": g.id, "name": g.name, "sponsor": sponsor_ref.as_ref().map(SponsorRef::value), "replace": replace })
            })
            .collect();
        let job = jobs::create(&ctx.db, actor, &GuestActionJob, inputs).await?;
        preview.job = Some(job);
        save(ctx, &preview).await?;
        Ok(job)
    }

    async fn save(ctx: &Context, preview: &Preview) -> Result<()> {
        on_db!(&ctx.db, pool => {
            sqlx::query("UPDATE guest_selections SET preview = $1, job_id = $2 WHERE id = $3")
                .bind(sqlx::types::Json(preview))
                .bind(preview.job.map(|j| j.0))
                .bind(&preview.id)
                .execute(pool)
                .await
                .map(drop)?
        });
        Ok(())
    }

    /// The job kind `guest-action`: each row is one guest and one [`BulkAction`], done as the
    /// person who confirmed, through the same services as the details page (which check and audit).
    pub struct GuestActionJob;

    #[derive(serde::Deserialize)]
    struct RowInput {
        action: BulkAction,
        id: String,
        sponsor: Option<String>,
        #[serde(default)]
        replace: Vec<String>,
    }

    fn refused(Refused(lines): Refused) -> Error {
        Error::Invalid(lines.join(" "))
    }

    #[async_trait::async_trait]
    impl JobKind for GuestActionJob {
        fn name(&self) -> &'static str {
            "guest-action"
        }

        /// Helpdesk Administrators may resend; each row checks its own action's role again.
        fn may_start(&self, actor: &Actor) -> Result<(), Error> {
            actor.require_helpdesk()
        }

        async fn run_row(&self, ctx: &Context, job: &JobInfo, input: &Value) -> Result<Value, Error> {
            let actor = job.started_by.actor();
            let locale = actor.locale();
            let input: RowInput = serde_json::from_value(input.clone())
                .map_err(|e| Error::Invalid(tr!(locale, "guests-row-unreadable", row = job.row.to_string(), problem = e.to_string())))?;
            require(&actor, input.action)?;
            let id: ObjectId = input.id.parse().map_err(|_| Error::NotFound(tr!(locale, "guests-row-not-a-user")))?;
            if input.action == BulkAction::Resend {
                let outcome = directory::resend(ctx, &actor, id).await?.map_err(refused)?;
                return Ok(json!({ "done": tr!(locale, "guests-row-resent", email = outcome.email.as_str()), "redeemUrl": outcome.redeem_url }));
            }
            let read = match details::read(&ctx.app(), id, locale).await {
                // An earlier run of this row deleted them before it was cut off.
                Err(Error::NotFound(_)) if input.action == BulkAction::Delete && job.is_rerun() => {
                    return Ok(json!({ "done": tr!(locale, "guests-row-deleted-earlier") }));
                }
                other => other?,
            };
            let lines = match input.action {
                BulkAction::Disable => actions::set_enabled_of(ctx, &actor, &read, false).await?,
                BulkAction::Enable => actions::set_enabled_of(ctx, &actor, &read, true).await?,
                BulkAction::Delete => actions::delete_of(ctx, &actor, &read).await?,
                BulkAction::AddSponsor => {
                    let sponsor = input.sponsor.as_deref().and_then(SponsorRef::parse).ok_or_else(|| Error::Invalid(tr!(locale, "guests-row-no-sponsor")))?;
                    let replace: Vec<SponsorRef> = input.replace.iter().filter_map(|r| SponsorRef::parse(r)).collect();
                    let has_sponsor = tr!(locale, "guests-skip-has-sponsor");
                    if job.is_rerun() && skip_reason(&actor, input.action, Some(&sponsor), &replace, &read).is_some_and(|why| why == has_sponsor) {
                        return Ok(json!({ "done": tr!(locale, "guests-row-sponsor-earlier") }));
                    }
                    if replace.is_empty() {
                        actions::add_sponsor_of(ctx, &actor, &read, &sponsor).await?.map(|line| vec![line])
                    } else {
                        actions::hand_over_of(ctx, &actor, &read, &sponsor, &replace).await?
                    }
                }
                BulkAction::Resend => unreachable!("resent above"),
            };
            Ok(json!({ "done": lines.map_err(refused)?.join(" ") }))
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_list_pages_form_is_read_with_plain_errors() {
            let request = SelectionRequest::from_pairs([("ids", "a"), ("ids", " b "), ("ids", "A"), ("ids", ""), ("action", "disable")], Locale::En).unwrap();
            assert_eq!(request.scope, Scope::Ids(vec!["a".into(), "b".into()]));
            assert_eq!(request.action, BulkAction::Disable);
            assert_eq!(request.sponsor, None);
            let all = SelectionRequest::from_pairs([("scope", "filter"), ("filter", "status=pending&pending_days=30"), ("action", "resend")], Locale::En).unwrap();
            assert_eq!(all.scope, Scope::Filter("status=pending&pending_days=30".into()));
            let error = |pairs: &[(&'static str, &'static str)]| SelectionRequest::from_pairs(pairs.iter().copied(), Locale::En).unwrap_err().to_string();
            assert!(error(&[("action", "disable")]).contains("Tick at least one guest"));
            assert!(error(&[("ids", "a")]).contains("Choose what to do"));
            assert!(error(&[("ids", "a"), ("action", "promote")]).contains("“promote” is not something"));
            // The sponsor to add is chosen on the preview when the list's form names none.
            let add = SelectionRequest::from_pairs([("ids", "a"), ("action", "add_sponsor")], Locale::En).unwrap();
            assert_eq!((add.action, add.sponsor), (BulkAction::AddSponsor, None));
            // A hand-over names whom the new sponsor replaces; other actions ignore it.
            let hand_over = SelectionRequest::from_pairs([("ids", "a"), ("action", "add_sponsor"), ("sponsor", "user:n"), ("replace", "user:r"), ("replace", "")], Locale::En).unwrap();
            assert_eq!((hand_over.sponsor.as_deref(), hand_over.replace), (Some("user:n"), vec!["user:r".to_owned()]));
            assert!(SelectionRequest::from_pairs([("ids", "a"), ("action", "disable"), ("replace", "user:r")], Locale::En).unwrap().replace.is_empty());
            assert!(error(&[("scope", "everyone"), ("action", "delete")]).contains("is not a selection"));
        }

        #[test]
        fn the_summary_counts_and_the_cap_is_explained() {
            let guest = |skipped: Option<&str>| SelectedGuest { id: "x".into(), name: "X".into(), user_principal_name: "x".into(), skipped: skipped.map(str::to_owned) };
            let mut preview = Preview {
                id: "p".into(),
                action: BulkAction::Disable,
                sponsor: None,
                replace: Vec::new(),
                filter: None,
                change: vec![guest(None), guest(None)],
                skipped: vec![guest(Some("Already blocked from signing in."))],
                cap: 2,
                beyond_cap: false,
                created_at: String::new(),
                job: None,
            };
            assert_eq!(preview.summary(Locale::En), "2 guests will change; 1 is skipped.");
            assert_eq!(preview.cap_note(Locale::En), None);
            preview.beyond_cap = true;
            assert!(preview.cap_note(Locale::En).unwrap().contains("at most 2"));
            preview.skipped.clear();
            assert_eq!(preview.summary(Locale::En), "2 guests will change.");
            preview.change.truncate(1);
            assert_eq!(preview.summary(Locale::En), "1 guest will change.");
            preview.change.clear();
            preview.skipped = vec![guest(Some("x")), guest(Some("y"))];
            assert_eq!(preview.summary(Locale::En), "Nobody will change; 2 are skipped.");
        }
    }
}
