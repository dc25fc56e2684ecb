//! One page of the Guests list from Graph, or the whole view as a stream — never every user at once.
//!
//! Who is external: Graph cannot filter `identities` by issuer alone ("objectIdentity resource
//! type": `issuer` and `issuerAssignedId` together, `eq` only), so the query is the `or` of what it
//! can express — `userType eq 'Guest'`, `creationType eq 'Invitation'`, an `externalUserState`, or
//! `#EXT#` in the user name (`endsWith`, an advanced query: "Advanced query capabilities on
//! Microsoft Entra ID objects") — which also finds external members and cross-tenant synced users.
//!
//! What Graph cannot combine is applied to each page Graph returns, and the page says so: a filter
//! on `signInActivity` cannot be combined with other properties ("user resource type"), so status
//! (other than pending and disabled) and "last sign-in older than" are checked per page; so are
//! the identity provider, "not synced" and sponsors (`$expand` is not allowed in advanced queries,
//! so a page's sponsors come in one `$batch`). Such a page shows fewer rows; "Next page" goes on.
//! The calls per page view: the organisation, the users page, and the sponsors' `$batch` only when
//! the view shows or filters by sponsors.

use chrono::{Duration, NaiveTime, Utc};
use futures::stream::{self, BoxStream, StreamExt};
use graph::{
    ApiVersion, Batch, BatchRequest, Caller, CreationType, DirectoryObject, ExternalUserState, Filter, GraphError, Organization,
    Page, Query, User, UserType,
};

use super::filter::{Column, Direction, GuestFilter, Sort, StatusFilter, TypeFilter};
use super::status::{classify, last_sign_in, outside_issuers, INACTIVE_AFTER_DAYS, UNKNOWN_WORDS};
use super::{require_viewer, Guest, GuestPage, Sponsor};
use crate::{Actor, Context, Error, Result};

/// Rows asked of Graph per page.
pub const PAGE_SIZE: u16 = 50;
/// Rows per page when sponsors are read: one `$batch` holds at most 20 requests.
pub const PAGE_SIZE_WITH_SPONSORS: u16 = graph::MAX_BATCH_REQUESTS as u16;

/// A page of a view, as Graph returned it, before the per-page filters.
struct GraphPage {
    users: Vec<User>,
    next_link: Option<String>,
    count: Option<u64>,
    sign_in_known: bool,
}

/// The Graph side of a view: the query, and whether sign-in data is asked for.
struct Plan {
    query: Query,
    /// Filters Graph cannot apply, in words, for the page's note.
    per_page: Vec<&'static str>,
    sorted_by_graph: bool,
}

fn needs_sponsors(filter: &GuestFilter) -> bool {
    filter.sponsor.is_some() || filter.no_sponsor || filter.columns().contains(&Column::Sponsors)
}

/// The fields the view needs: status always, the rest by column and filter.
fn fields(filter: &GuestFilter) -> Vec<&'static str> {
    let mut fields = vec!["id", "displayName", "userPrincipalName", "userType", "accountEnabled", "externalUserState", "externalUserStateChangeDateTime"];
    let mut add = |field: &'static str| {
        if !fields.contains(&field) {
            fields.push(field);
        }
    };
    for column in filter.columns() {
        match column {
            Column::Mail => add("mail"),
            Column::Identities => add("identities"),
            Column::Synced => add("onPremisesSyncEnabled"),
            Column::Created => add("createdDateTime"),
            Column::Company => add("companyName"),
            _ => {}
        }
    }
    if filter.provider.is_some() {
        add("identities");
    }
    if filter.synced.is_some() {
        add("onPremisesSyncEnabled");
    }
    if filter.domain.is_some() {
        add("mail");
    }
    if filter.sort == Some(Sort::Created) {
        add("createdDateTime");
    }
    fields
}

/// The tenant's `*.onmicrosoft.com` domain, where invited users' `#EXT#` user names live.
fn initial_domain(organisation: &Organization) -> Option<&str> {
    organisation.verified_domains.iter().find(|d| d.is_initial == Some(true)).map(|d| d.name.as_str())
}

/// External users, as far as Graph can tell in one filter (see the module's comment).
fn external(organisation: &Organization) -> Filter {
    let mut filter = Filter::eq("userType", UserType::Guest)
        .or(Filter::eq("creationType", CreationType::Invitation.as_str()))
        .or(Filter::is_in("externalUserState", [ExternalUserState::PendingAcceptance, ExternalUserState::Accepted]));
    if let Some(domain) = initial_domain(organisation) {
        filter = filter.or(Filter::ends_with("userPrincipalName", format!("#EXT#@{domain}")));
    }
    filter
}

fn plan(filter: &GuestFilter, organisation: &Organization, now: chrono::DateTime<Utc>, sign_in: bool) -> Plan {
    let mut graph = external(organisation);
    let mut per_page = Vec::new();
    let mut and = |f: Filter| graph = std::mem::replace(&mut graph, Filter::eq("id", "")).and(f);
    if let Some(q) = &filter.q {
        and(Filter::starts_with("displayName", q.as_str())
            .or(Filter::starts_with("mail", q.as_str()))
            .or(Filter::starts_with("userPrincipalName", q.as_str())));
    }
    match filter.status {
        Some(StatusFilter::Pending) => {
            and(Filter::eq("externalUserState", ExternalUserState::PendingAcceptance).and(Filter::eq("accountEnabled", true)))
        }
        Some(StatusFilter::Disabled) => and(Filter::eq("accountEnabled", false)),
        Some(_) => {
            and(Filter::eq("accountEnabled", true));
            per_page.push("status");
        }
        None => {}
    }
    if let Some(days) = filter.pending_days {
        and(Filter::eq("externalUserState", ExternalUserState::PendingAcceptance)
            .and(Filter::le("externalUserStateChangeDateTime", now - Duration::days(days.into()))));
    }
    if let Some(user_type) = filter.user_type {
        and(Filter::eq("userType", if user_type == TypeFilter::Guest { UserType::Guest } else { UserType::Member }));
    }
    match filter.synced {
        Some(true) => and(Filter::eq("onPremisesSyncEnabled", true)),
        Some(false) => per_page.push("not synced"),
        None => {}
    }
    if let Some(domain) = &filter.domain {
        and(Filter::ends_with("mail", format!("@{domain}")));
    }
    if let Some(from) = filter.created_from {
        and(Filter::ge("createdDateTime", from.and_time(NaiveTime::MIN).and_utc()));
    }
    if let Some(to) = filter.created_to {
        let end = to.and_hms_opt(23, 59, 59).map_or(to.and_time(NaiveTime::MIN).and_utc(), |t| t.and_utc());
        and(Filter::le("createdDateTime", end));
    }
    if let Some(enabled) = filter.enabled {
        and(Filter::eq("accountEnabled", enabled));
    }
    if filter.inactive_days.is_some() {
        per_page.push("last sign-in");
    }
    if filter.provider.is_some() {
        per_page.push("identity provider");
    }
    if filter.sponsor.is_some() || filter.no_sponsor {
        per_page.push("sponsor");
    }
    let mut select = fields(filter);
    if sign_in {
        select.push("signInActivity");
    }
    let top = if needs_sponsors(filter) { PAGE_SIZE_WITH_SPONSORS } else { PAGE_SIZE };
    // `$count=true` comes with every advanced query (the `endsWith` makes this one advanced).
    let mut query = Query::new().select(&select).filter(graph).top(top).count();
    let sorted_by_graph = matches!(filter.sort, None | Some(Sort::Name));
    if sorted_by_graph {
        query = query.order_by(if filter.dir == Some(Direction::Desc) { "displayName desc" } else { "displayName" });
    }
    Plan { query, per_page, sorted_by_graph }
}

/// Graph's non-premium or missing-permission answer to reading `signInActivity`.
fn sign_in_refused(error: &GraphError) -> bool {
    matches!(error, GraphError::Api(e) if e.status == 403)
}

/// The cursor for the page after this one: Graph's `$skiptoken`, hex-encoded so it is opaque
/// and never a link. Only the token is kept; the next page is asked with the view's own query.
fn cursor(next_link: &str) -> Option<String> {
    let url = url::Url::parse(next_link).ok()?;
    let token = url.query_pairs().find(|(k, _)| k.trim_start_matches('$').eq_ignore_ascii_case("skiptoken"))?.1.into_owned();
    Some(token.bytes().map(|b| format!("{b:02x}")).collect())
}

fn skip_token(cursor: &str) -> Result<String> {
    let damaged = || Error::Invalid("This page link is damaged or out of date. Start again from the first page of the list.".into());
    if cursor.len() % 2 != 0 {
        return Err(damaged());
    }
    let bytes = (0..cursor.len())
        .step_by(2)
        .map(|i| cursor.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(damaged)?;
    String::from_utf8(bytes).map_err(|_| damaged())
}

async fn graph_page(app: &Caller, filter: &GuestFilter, organisation: &Organization, now: chrono::DateTime<Utc>, after: Option<&str>) -> Result<(GraphPage, Plan)> {
    let token = after.map(skip_token).transpose()?;
    let with_token = |plan: Plan| match &token {
        Some(token) => Plan { query: plan.query.skip_token(token.clone()), ..plan },
        None => plan,
    };
    let first = with_token(plan(filter, organisation, now, true));
    let (page, plan, sign_in_known) = match app.users_page(&first.query).await {
        Ok(page) => (page, first, true),
        Err(error) if sign_in_refused(&error) => {
            let second = with_token(plan(filter, organisation, now, false));
            (app.users_page(&second.query).await.map_err(|e| page_error(e, token.is_some()))?, second, false)
        }
        Err(error) => return Err(page_error(error, token.is_some())),
    };
    let Page { value, next_link, count } = page;
    Ok((GraphPage { users: value, next_link, count, sign_in_known }, plan))
}

/// A refused skip token is a damaged or expired link, not Graph's fault.
fn page_error(error: GraphError, had_token: bool) -> Error {
    if had_token && matches!(&error, GraphError::Api(e) if e.status == 400) {
        return Error::Invalid("This page link is damaged or out of date. Start again from the first page of the list.".into());
    }
    error.into()
}

/// The sponsors of each user on the page, in one `$batch`.
async fn sponsors_of(app: &Caller, users: &[User]) -> Result<Vec<Vec<Sponsor>>> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    let mut batch = Batch::new(ApiVersion::V1);
    let query = Query::new().select(&["id", "displayName"]);
    for (i, user) in users.iter().enumerate() {
        let id = user.id.map(|id| id.to_string()).unwrap_or_default();
        batch.push(BatchRequest::new(i.to_string(), http::Method::GET, &["users", id.as_str(), "sponsors"], &query))
            .map_err(|e| Error::Unavailable(e.to_string()))?;
    }
    let mut answers = app.batch(&batch).await?;
    (0..users.len())
        .map(|i| {
            let answer = answers.take(&i.to_string()).ok_or_else(|| Error::Unavailable("Graph left a sponsor lookup unanswered.".into()))?;
            let page: Page<DirectoryObject> = answer.into_result()?;
            Ok(page
                .value
                .into_iter()
                .map(|s| Sponsor { id: s.id.map(|id| id.to_string()).unwrap_or_default(), display_name: s.display_name.unwrap_or_default() })
                .collect())
        })
        .collect()
}

/// One Graph user as a row.
pub fn row(user: User, organisation: &Organization, sign_in_known: bool, now: chrono::DateTime<Utc>) -> Guest {
    let status = classify(&user, sign_in_known, now, INACTIVE_AFTER_DAYS);
    let identity_providers = outside_issuers(&user, organisation).map(str::to_owned).collect();
    Guest {
        id: user.id.map(|id| id.to_string()).unwrap_or_default(),
        last_sign_in: if sign_in_known { last_sign_in(&user) } else { None },
        display_name: user.display_name.unwrap_or_default(),
        user_principal_name: user.user_principal_name.unwrap_or_default(),
        mail: user.mail,
        user_type: user.user_type.map_or_else(|| "Member".to_owned(), |t| t.as_str().to_owned()),
        status,
        identity_providers,
        synced: user.on_premises_sync_enabled == Some(true),
        enabled: user.account_enabled.unwrap_or(true),
        invitation_state: user.external_user_state.map(|s| s.as_str().to_owned()),
        created: user.created_date_time,
        state_changed: user.external_user_state_change_date_time,
        company: user.company_name,
        sponsors: None,
    }
}

/// Whether a row passes the filters Graph could not apply.
fn passes(filter: &GuestFilter, guest: &Guest, now: chrono::DateTime<Utc>) -> bool {
    if !filter.wants_status(guest.status.filter_value()) {
        return false;
    }
    if let Some(days) = filter.inactive_days {
        // No sign-in data is never "older than": it is unknown.
        let old = guest.last_sign_in.is_some_and(|last| now - last > Duration::days(days.into()));
        if !old {
            return false;
        }
    }
    if let Some(provider) = &filter.provider {
        if !guest.identity_providers.iter().any(|p| p.eq_ignore_ascii_case(provider)) {
            return false;
        }
    }
    if filter.synced == Some(false) && guest.synced {
        return false;
    }
    if let Some(sponsor) = &filter.sponsor {
        if !guest.sponsors.iter().flatten().any(|s| s.id.eq_ignore_ascii_case(sponsor)) {
            return false;
        }
    }
    if filter.no_sponsor && guest.sponsors.as_ref().is_some_and(|s| !s.is_empty()) {
        return false;
    }
    true
}

fn sort_rows(filter: &GuestFilter, rows: &mut [Guest]) {
    let key = |g: &Guest| match filter.sort {
        Some(Sort::Created) => g.created,
        Some(Sort::StateChanged) => g.state_changed,
        Some(Sort::LastSignIn) => g.last_sign_in,
        _ => None,
    };
    rows.sort_by_key(key);
    if filter.dir == Some(Direction::Desc) {
        rows.reverse();
    }
}

/// Reads one Graph page of the view and turns it into rows (sponsors read when the view needs them).
async fn rows_of(ctx: &Context, app: &Caller, filter: &GuestFilter, organisation: &Organization, after: Option<&str>) -> Result<(Vec<Guest>, GraphPage, Plan)> {
    let now = ctx.clock.now();
    let (mut page, plan) = graph_page(app, filter, organisation, now, after).await?;
    let users = std::mem::take(&mut page.users);
    let sponsors = if needs_sponsors(filter) { Some(sponsors_of(app, &users).await?) } else { None };
    let mut rows: Vec<Guest> = users.into_iter().map(|u| row(u, organisation, page.sign_in_known, now)).collect();
    if let Some(sponsors) = sponsors {
        for (row, sponsors) in rows.iter_mut().zip(sponsors) {
            row.sponsors = Some(sponsors);
        }
    }
    rows.retain(|g| passes(filter, g, now));
    if !plan.sorted_by_graph {
        sort_rows(filter, &mut rows);
    }
    Ok((rows, page, plan))
}

/// One page of the view `filter` (Admins and Helpdesk Administrators).
pub async fn list_page(ctx: &Context, actor: &Actor, filter: &GuestFilter) -> Result<GuestPage> {
    require_viewer(actor)?;
    let app = ctx.app();
    let organisation = app.organization().await?;
    let (rows, page, plan) = rows_of(ctx, &app, filter, &organisation, filter.after.as_deref()).await?;
    let mut notes = Vec::new();
    if !page.sign_in_known {
        notes.push(format!(
            "Sign-in data is not available, so active and inactive guests show as “{UNKNOWN_WORDS}”. Graph gives it only to tenants with Microsoft Entra ID P1 or P2, and only with the AuditLog.Read.All permission."
        ));
        if matches!(filter.status, Some(StatusFilter::Active | StatusFilter::Inactive | StatusFilter::Never)) || filter.inactive_days.is_some() {
            notes.push("Without sign-in data no guest can be shown as active, inactive or never signed in, so this view finds none.".into());
        }
    }
    if !plan.per_page.is_empty() {
        notes.push(format!(
            "Microsoft Graph cannot filter by {} together with the rest of this view, so Guestlist checks each page Graph returns: a page may show fewer rows, and “Next page” goes on to the rest.",
            plan.per_page.join(", ")
        ));
    }
    if !plan.sorted_by_graph {
        notes.push("Microsoft Graph sorts external users only by name, so this order applies within each page.".into());
    }
    Ok(GuestPage {
        shown: rows.len(),
        rows,
        next_after: page.next_link.as_deref().and_then(cursor),
        total: page.count,
        notes,
    })
}

/// Every row of the view, page by page as the stream is read (for the export): one Graph page
/// in memory at a time.
pub async fn stream(ctx: &Context, actor: &Actor, filter: &GuestFilter) -> Result<BoxStream<'static, Result<Guest>>> {
    require_viewer(actor)?;
    let app = ctx.app();
    let organisation = app.organization().await?;
    let ctx = ctx.clone();
    let filter = GuestFilter { after: None, ..filter.clone() };
    enum Next {
        Start,
        After(String),
        Done,
    }
    let pages = stream::try_unfold(Next::Start, move |next| {
        let (ctx, app, filter, organisation) = (ctx.clone(), app.clone(), filter.clone(), organisation.clone());
        async move {
            let after = match next {
                Next::Done => return Ok(None),
                Next::Start => None,
                Next::After(cursor) => Some(cursor),
            };
            let (rows, page, _) = rows_of(&ctx, &app, &filter, &organisation, after.as_deref()).await?;
            let next = page.next_link.as_deref().and_then(cursor).map_or(Next::Done, Next::After);
            Ok::<_, Error>(Some((stream::iter(rows.into_iter().map(Ok)), next)))
        }
    });
    Ok(futures::TryStreamExt::try_flatten(pages).boxed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn organisation() -> Organization {
        serde_json::from_value(json!({"id": "t", "displayName": "Northwind Traders",
            "verifiedDomains": [{"name": "northwind.example", "isInitial": false}, {"name": "northwindtraders.onmicrosoft.example", "isInitial": true}]}))
        .unwrap()
    }

    fn filter_of(query: &str) -> String {
        let filter = GuestFilter::parse(query).unwrap();
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-05T12:00:00Z").unwrap().with_timezone(&Utc);
        let plan = plan(&filter, &organisation(), now, true);
        plan.query.params().into_iter().find(|(k, _)| *k == "$filter").unwrap().1
    }

    #[test]
    fn external_users_are_found_by_more_than_user_type() {
        let filter = filter_of("");
        assert!(filter.contains("(userType eq 'Guest') or (creationType eq 'Invitation')"), "{filter}");
        assert!(filter.contains("externalUserState in ('PendingAcceptance','Accepted')"), "{filter}");
        assert!(filter.contains("endsWith(userPrincipalName,'#EXT#@northwindtraders.onmicrosoft.example')"), "{filter}");
    }

    #[test]
    fn values_enter_the_filter_quoted_whatever_they_hold() {
        let filter = filter_of("q=O%27Brien%27%29%20or%20%28userType%20eq%20%27Member");
        assert!(filter.contains("startsWith(displayName,'O''Brien'') or (userType eq ''Member')"), "{filter}");
        let filter = filter_of("q=Zo%C3%AB%20%23EXT%23&domain=b%C3%BCcher.example");
        assert!(filter.contains("startsWith(mail,'Zoë #EXT#')") && filter.contains("endsWith(mail,'@bücher.example')"), "{filter}");
        let filter = filter_of("pending_days=30&created_from=2026-01-01&created_to=2026-03-31&enabled=no");
        assert!(filter.contains("externalUserStateChangeDateTime le 2026-11-05T12:00:00Z"), "{filter}");
        assert!(filter.contains("createdDateTime ge 2026-01-01T00:00:00Z") && filter.contains("createdDateTime le 2026-03-31T23:59:59Z"), "{filter}");
        assert!(filter.contains("accountEnabled eq false"), "{filter}");
    }

    #[test]
    fn cursors_are_opaque_and_only_ever_a_token() {
        let link = "https://graph.microsoft.com/v1.0/users?$select=id&$skiptoken=RFNwdAIAAQAAA%2Bx%3D";
        let cursor = cursor(link).unwrap();
        assert!(super::super::filter::is_cursor(&cursor));
        assert_eq!(skip_token(&cursor).unwrap(), "RFNwdAIAAQAAA+x=");
        assert!(skip_token("zz").is_err() && skip_token("abc").is_err());
    }
}
