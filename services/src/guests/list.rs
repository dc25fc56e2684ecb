//! The Guests list: external users, a page at a time, with the facts to judge them.
//!
//! What Graph can filter is sent to Graph; what it cannot (sign-in activity together with other
//! properties, identity providers without the account's own id, invitation age, sponsors in an
//! advanced query) is checked on each page Graph returns, and the page says so. Pages follow
//! Graph's `@odata.nextLink`: the list never reads every user.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use i18n::{tr, Locale};

use super::filter::{provider_name, user_type_name, Column};
use super::status::GuestStatus;

/// One external user as the list (and its CSV export) shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guest {
    pub id: String,
    pub display_name: String,
    /// With `#EXT#` for invited guests, as Graph has it.
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Member` or `Guest` as Graph spells it.
    pub user_type: String,
    pub status: GuestStatus,
    /// Graph's `externalUserState` (`PendingAcceptance`, `Accepted`), if invited.
    pub invitation: Option<String>,
    /// When the invitation state last changed.
    pub state_changed: Option<DateTime<Utc>>,
    /// Identity providers they sign in with, as Graph names them (`google.com`, `mail`, …).
    pub providers: Vec<String>,
    pub synced: bool,
    pub enabled: bool,
    pub created: Option<DateTime<Utc>>,
    /// The latest of the interactive, non-interactive and successful sign-ins.
    pub last_sign_in: Option<DateTime<Utc>>,
    pub company: Option<String>,
    /// Sponsors' names, when the view asked Graph for them.
    pub sponsors: Option<Vec<String>>,
}

impl Guest {
    /// The text of one column in `locale`, for the table and the CSV export alike.
    pub fn cell(&self, column: Column, locale: Locale) -> String {
        let date = |at: Option<DateTime<Utc>>| at.map(|at| i18n::date(locale, at)).unwrap_or_default();
        let yes_no = |b: bool| if b { tr!(locale, "guests-cell-yes") } else { tr!(locale, "guests-cell-no") };
        match column {
            Column::Name => self.display_name.clone(),
            Column::Upn => self.user_principal_name.clone(),
            Column::Mail => self.mail.clone().unwrap_or_default(),
            Column::UserType => user_type_name(&self.user_type, locale),
            Column::Identities => self.providers.iter().map(|p| provider_name(p, locale)).collect::<Vec<_>>().join(", "),
            Column::Synced => yes_no(self.synced),
            Column::Invitation => match (self.invitation.as_deref(), self.state_changed) {
                (None, _) => tr!(locale, "guests-cell-not-invited"),
                (Some("Accepted"), Some(at)) => tr!(locale, "guests-cell-accepted-on", date = i18n::date(locale, at)),
                (Some("Accepted"), None) => tr!(locale, "guests-cell-accepted"),
                (Some(_), Some(at)) => tr!(locale, "guests-status-pending-since", date = i18n::date(locale, at)),
                (Some(_), None) => tr!(locale, "guests-status-pending"),
            },
            Column::Status => self.status.words(locale),
            Column::LastSignIn => match (&self.status, self.last_sign_in) {
                (GuestStatus::Unknown, _) => tr!(locale, "guests-cell-not-available"),
                (_, None) => tr!(locale, "guests-cell-never"),
                (_, at) => date(at),
            },
            Column::Created => date(self.created),
            Column::Company => self.company.clone().unwrap_or_default(),
            Column::Sponsors => match &self.sponsors {
                Some(names) if names.is_empty() => tr!(locale, "guests-cell-none"),
                Some(names) => names.join(", "),
                None => String::new(),
            },
            Column::Enabled => yes_no(self.enabled),
        }
    }
}

/// One page of the list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuestPage {
    pub rows: Vec<Guest>,
    /// The cursor of the next page, if there is one.
    pub next_after: Option<String>,
    /// How many external users match what Graph filtered (before the checks on each page).
    pub total: Option<u64>,
    /// How many users Graph returned for this page (rows are the ones that passed every check).
    pub read: usize,
    /// What the reader should know about this view, in sentences.
    pub notes: Vec<String>,
}

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    use chrono::{DateTime, Duration, NaiveTime, Utc};
    use futures::{Stream, TryStreamExt};
    use graph::{Caller, ExternalUserState, Filter, Organization, Page, Query, Search, User, UserType};

    use super::{Guest, GuestPage};
    use crate::guests::filter::{Column, Direction, GuestFilter, Sort, StatusFilter, TypeFilter};
    use crate::guests::status::{classify, is_external, last_sign_in, outside_issuers, INACTIVE_AFTER_DAYS};
    use crate::{Actor, Context, Error, Result};
    use i18n::{tr, Locale};

    /// Users per Graph page. Graph limits pages that carry `signInActivity` ("List users").
    const PAGE_SIZE: u16 = 100;

    const FIELDS: &[&str] = &[
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
    ];

    /// How one view is asked of Graph.
    pub struct Plan {
        pub query: Query,
        /// Checks Graph could not make, applied to each page (the messages naming them).
        pub on_each_page: Vec<&'static str>,
    }

    /// External users as Graph can find them: guests by user type, users created by invitation,
    /// users with an invitation state, and (advanced queries only) `#EXT#` user names in the
    /// tenant's initial domain — never user type alone, which misses external members and
    /// cross-tenant synced users ("Properties of a Microsoft Entra B2B collaboration user").
    fn external(advanced: bool, organisation: &Organization) -> Filter {
        let mut parts = vec![
            Filter::eq("userType", UserType::Guest),
            Filter::eq("creationType", "Invitation"),
            Filter::is_in("externalUserState", [ExternalUserState::PendingAcceptance, ExternalUserState::Accepted]),
        ];
        if advanced {
            let initial = organisation.verified_domains.iter().filter(|d| d.is_initial == Some(true));
            parts.extend(initial.map(|d| Filter::ends_with("userPrincipalName", format!("#EXT#@{}", d.name))));
        }
        parts.into_iter().reduce(Filter::or).expect("at least one part")
    }

    /// The Graph query for `filter`, and what must be checked on each page instead.
    pub fn plan(filter: &GuestFilter, organisation: &Organization, sign_ins: bool) -> Plan {
        // Sponsors are only available with `$expand`, which advanced queries do not allow
        // ("Advanced query capabilities on Microsoft Entra ID objects"): such views use only what
        // Graph filters without `ConsistencyLevel: eventual`.
        let with_sponsors = filter.sponsor.is_some() || filter.no_sponsor || filter.columns().contains(&Column::Sponsors);
        let advanced_allowed = !with_sponsors;
        let mut on_each_page = Vec::new();
        let mut parts = vec![];
        if let Some(user_type) = filter.user_type {
            parts.push(Filter::eq("userType", if user_type == TypeFilter::Guest { UserType::Guest } else { UserType::Member }));
        }
        match filter.status {
            Some(StatusFilter::Pending) => parts.push(Filter::eq("externalUserState", ExternalUserState::PendingAcceptance)),
            Some(StatusFilter::Disabled) => parts.push(Filter::eq("accountEnabled", false)),
            // Sign-in activity cannot be filtered together with other properties ("user resource
            // type"), so these statuses are read from each page.
            Some(_) => on_each_page.push("guests-check-status"),
            None => {}
        }
        if let Some(enabled) = filter.enabled {
            parts.push(Filter::eq("accountEnabled", enabled));
        }
        match filter.synced {
            Some(true) => parts.push(Filter::eq("onPremisesSyncEnabled", true)),
            Some(false) if advanced_allowed => parts.push(!Filter::eq("onPremisesSyncEnabled", true)),
            Some(false) => on_each_page.push("guests-check-synced"),
            None => {}
        }
        if let Some(from) = filter.created_from {
            parts.push(Filter::ge("createdDateTime", from.and_time(NaiveTime::MIN).and_utc()));
        }
        if let Some(to) = filter.created_to {
            parts.push(Filter::le("createdDateTime", (to.and_time(NaiveTime::MIN) + Duration::days(1)).and_utc()));
        }
        match &filter.domain {
            Some(domain) if advanced_allowed => parts.push(Filter::ends_with("mail", format!("@{domain}"))),
            Some(_) => on_each_page.push("guests-check-domain"),
            None => {}
        }
        // Graph filters `identities` only with the account's own id as well; invitation age and
        // inactivity need sign-in activity or `le` on a property that offers only `eq`.
        if filter.provider.is_some() {
            on_each_page.push("guests-check-provider");
        }
        if filter.pending_days.is_some() {
            on_each_page.push("guests-check-pending-days");
        }
        if filter.inactive_days.is_some() {
            on_each_page.push("guests-check-inactive-days");
        }
        if filter.sponsor.is_some() || filter.no_sponsor {
            on_each_page.push("guests-check-sponsor");
        }
        let mut query = Query::new().top(PAGE_SIZE);
        let mut fields: Vec<&'static str> = FIELDS.to_vec();
        if sign_ins {
            fields.push("signInActivity");
        }
        query = query.select(&fields);
        let base = parts.into_iter().fold(external(advanced_allowed, organisation), Filter::and);
        query = query.filter(base);
        if let Some(text) = filter.q.as_deref() {
            if advanced_allowed {
                query = query.search(
                    Search::term("displayName", text).or(Search::term("mail", text)).or(Search::term("userPrincipalName", text)),
                );
            } else {
                on_each_page.push("guests-check-search");
            }
        }
        if with_sponsors {
            query = query.expand("sponsors($select=id,displayName)");
        } else {
            query = query.count();
            let desc = filter.dir == Some(Direction::Desc);
            match (filter.sort, desc) {
                (Some(Sort::Created), false) => query = query.order_by("createdDateTime"),
                (Some(Sort::Created), true) => query = query.order_by("createdDateTime desc"),
                (Some(Sort::Name) | None, true) => query = query.order_by("displayName desc"),
                (Some(Sort::Name) | None, false) => query = query.order_by("displayName"),
                _ => {}
            }
        }
        Plan { query, on_each_page }
    }

    /// The list's row for a Graph user.
    pub fn row(user: &User, organisation: &Organization, sign_ins: bool, now: DateTime<Utc>) -> Guest {
        let status = classify(user, sign_ins, now, INACTIVE_AFTER_DAYS);
        let providers = outside_issuers(user, organisation).map(str::to_owned).collect();
        Guest {
            id: user.id.as_ref().map(|id| id.to_string()).unwrap_or_default(),
            display_name: user.display_name.clone().unwrap_or_default(),
            user_principal_name: user.user_principal_name.clone().unwrap_or_default(),
            mail: user.mail.clone(),
            user_type: user.user_type.as_ref().map(|t| t.as_str().to_owned()).unwrap_or_else(|| "Member".into()),
            invitation: user.external_user_state.as_ref().map(|s| s.as_str().to_owned()),
            state_changed: user.external_user_state_change_date_time,
            providers,
            synced: user.on_premises_sync_enabled == Some(true),
            enabled: user.account_enabled != Some(false),
            created: user.created_date_time,
            last_sign_in: last_sign_in(user),
            company: user.company_name.clone(),
            sponsors: user
                .sponsors
                .as_ref()
                .map(|sponsors| sponsors.iter().map(|s| s.display_name.clone().unwrap_or_default()).collect()),
            status,
        }
    }

    /// Whether a row passes what Graph could not check.
    pub fn passes(filter: &GuestFilter, user: &User, guest: &Guest, organisation: &Organization, now: DateTime<Utc>) -> bool {
        let days_since = |at: Option<DateTime<Utc>>| at.map(|at| (now - at).num_days());
        is_external(user, organisation)
            && filter.wants_status(guest.status.filter_value())
            && filter.synced.is_none_or(|synced| guest.synced == synced)
            && filter.domain.as_deref().is_none_or(|domain| {
                guest.mail.as_deref().is_some_and(|mail| mail.to_ascii_lowercase().ends_with(&format!("@{}", domain.to_ascii_lowercase())))
            })
            && filter.provider.as_deref().is_none_or(|p| guest.providers.iter().any(|have| have.eq_ignore_ascii_case(p)))
            && filter.pending_days.is_none_or(|days| {
                matches!(guest.status, crate::guests::status::GuestStatus::Pending { .. })
                    && days_since(guest.state_changed).is_some_and(|d| d > i64::from(days))
            })
            // A missing sign-in is never "older than": unknown stays unknown.
            && filter.inactive_days.is_none_or(|days| days_since(guest.last_sign_in).is_some_and(|d| d > i64::from(days)))
            && filter.sponsor.as_deref().is_none_or(|sponsor| {
                user.sponsors.iter().flatten().any(|s| s.id.is_some_and(|id| id.to_string().eq_ignore_ascii_case(sponsor)))
            })
            && (!filter.no_sponsor || user.sponsors.as_ref().is_some_and(Vec::is_empty))
            && filter.q.as_deref().is_none_or(|q| {
                let q = q.to_lowercase();
                [Some(&guest.display_name), guest.mail.as_ref(), Some(&guest.user_principal_name)]
                    .into_iter()
                    .flatten()
                    .any(|v| v.to_lowercase().starts_with(&q))
            })
    }

    /// The cursor for Graph's next-page link: the link itself, base64url, so it carries nothing
    /// a person can aim elsewhere (it is checked again when used).
    fn cursor(next_link: &str) -> String {
        URL_SAFE_NO_PAD.encode(next_link)
    }

    /// The next-page link inside `cursor`, only if it continues a `/users` list on Graph.
    fn next_link(cursor: &str, locale: Locale) -> Result<String> {
        let refused = || Error::Invalid(tr!(locale, "guests-list-bad-page"));
        let link = URL_SAFE_NO_PAD.decode(cursor).ok().and_then(|bytes| String::from_utf8(bytes).ok()).ok_or_else(refused)?;
        let url = url::Url::parse(&link).map_err(|_| refused())?;
        if !url.path().ends_with("/users") {
            return Err(refused());
        }
        Ok(link)
    }

    /// Reads one Graph page of `plan`: the first, or the one after `after`.
    async fn graph_page(graph: &Caller, plan: &Plan, after: Option<&str>, locale: Locale) -> Result<Page<User>> {
        match after {
            Some(after) => Ok(graph.next_page(&next_link(after, locale)?, plan.query.is_advanced()).await?),
            None => Ok(graph.users_page(&plan.query).await?),
        }
    }

    /// A page of the list: one page of users from Graph, classified and checked.
    async fn page_with(ctx: &Context, graph: &Caller, organisation: &Organization, filter: &GuestFilter, sign_ins: bool, locale: Locale) -> Result<GuestPage> {
        let plan = plan(filter, organisation, sign_ins);
        let page = graph_page(graph, &plan, filter.after.as_deref(), locale).await?;
        let now = ctx.clock.now();
        let read = page.value.len();
        let mut rows: Vec<Guest> = page
            .value
            .into_iter()
            .filter_map(|user| {
                let guest = row(&user, organisation, sign_ins, now);
                passes(filter, &user, &guest, organisation, now).then_some(guest)
            })
            .collect();
        match filter.sort {
            Some(Sort::StateChanged) => rows.sort_by_key(|g| g.state_changed),
            Some(Sort::LastSignIn) => rows.sort_by_key(|g| g.last_sign_in),
            _ => {}
        }
        let page_sorted = matches!(filter.sort, Some(Sort::StateChanged | Sort::LastSignIn));
        if page_sorted && filter.dir == Some(Direction::Desc) {
            rows.reverse();
        }
        let mut notes = Vec::new();
        if !plan.on_each_page.is_empty() {
            let checks: Vec<String> = plan.on_each_page.iter().map(|id| i18n::translate(locale, id, &[])).collect();
            notes.push(tr!(locale, "guests-list-note-checked-on-each-page", checks = checks.join(", ")));
        }
        if page_sorted {
            notes.push(tr!(locale, "guests-list-note-sorted-per-page"));
        }
        if !sign_ins {
            notes.push(tr!(locale, "guests-list-note-no-sign-ins"));
        }
        let next_after = page.next_link.as_deref().map(cursor);
        Ok(GuestPage { rows, next_after, total: page.count, read, notes })
    }

    /// A page with sign-in activity, or without when Graph refuses it (no Entra ID P1 or no
    /// `AuditLog.Read.All`): then statuses that need it are Unknown.
    async fn page_as(ctx: &Context, graph: &Caller, organisation: &Organization, filter: &GuestFilter, locale: Locale) -> Result<GuestPage> {
        match page_with(ctx, graph, organisation, filter, true, locale).await {
            Err(Error::Graph { status: 403, .. }) => page_with(ctx, graph, organisation, filter, false, locale).await,
            other => other,
        }
    }

    /// One page of external users matching `filter` (Admins and Helpdesk Administrators): two
    /// Graph calls, the organisation (for its domains) and the page; a third only in tenants
    /// whose Graph refuses sign-in activity.
    pub async fn list_page(ctx: &Context, actor: &Actor, filter: &GuestFilter) -> Result<GuestPage> {
        actor.require_helpdesk()?;
        let graph = ctx.app();
        let organisation = graph.organization().await?;
        let filter = with_sponsor_id(&graph, filter, actor.locale()).await?;
        page_as(ctx, &graph, &organisation, &filter, actor.locale()).await
    }

    /// `filter` with a sponsor given by e-mail address replaced by their object id (one more
    /// Graph call, only then): Graph relates sponsors by id.
    async fn with_sponsor_id(graph: &Caller, filter: &GuestFilter, locale: Locale) -> Result<GuestFilter> {
        let Some(address) = filter.sponsor.as_deref().filter(|s| !crate::guests::filter::is_object_id(s)) else {
            return Ok(filter.clone());
        };
        let query = Query::new()
            .filter(Filter::eq("mail", address).or(Filter::eq("userPrincipalName", address)))
            .select(&["id"])
            .top(2);
        let found = graph.users_page(&query).await?.value;
        match found.as_slice() {
            [one] => Ok(GuestFilter { sponsor: one.id.map(|id| id.to_string()), ..filter.clone() }),
            [] => Err(Error::Invalid(tr!(locale, "guests-list-sponsor-unknown", address = address))),
            _ => Err(Error::Invalid(tr!(locale, "guests-list-sponsor-several", address = address))),
        }
    }

    /// Every external user matching `filter`, read page by page as the stream is consumed (for
    /// exports and actions on everyone a filter matches); one page is held at a time.
    pub fn stream(ctx: &Context, actor: &Actor, filter: &GuestFilter) -> impl Stream<Item = Result<Guest>> + Send + 'static {
        let (ctx, actor, first) = (ctx.clone(), actor.clone(), filter.first_page());
        futures::stream::once(async move {
            actor.require_helpdesk()?;
            let graph = ctx.app();
            let organisation = graph.organization().await?;
            let first = with_sponsor_id(&graph, &first, actor.locale()).await?;
            Ok::<_, Error>((ctx, graph, organisation, first, actor.locale()))
        })
        .map_ok(move |(ctx, graph, organisation, first, locale)| {
            futures::stream::try_unfold(Some(first), move |next| {
                let (ctx, graph, organisation) = (ctx.clone(), graph.clone(), organisation.clone());
                async move {
                    let Some(filter) = next else { return Ok::<_, Error>(None) };
                    let page = page_as(&ctx, &graph, &organisation, &filter, locale).await?;
                    let following = page.next_after.as_deref().map(|after| filter.page_after(after));
                    Ok(Some((futures::stream::iter(page.rows.into_iter().map(Ok)), following)))
                }
            })
            .try_flatten()
        })
        .try_flatten()
    }
}
