//! The Dashboard (Admins' home page): how many external users there are and where they stand —
//! by status, by identity provider, by e-mail domain, invitations per week, invitations pending
//! for more than 30 days, sign-ins long ago, and guests without a sponsor — each figure a link to
//! the Guests list filtered to exactly those people.
//!
//! A page view never reads the whole directory. What Graph can count (`$count` with
//! `ConsistencyLevel: eventual`, "Count users") is counted live, with two calls; the rest
//! needs every external user's sign-in activity, identities and sponsors, so the worker reads the
//! directory in the background every few minutes (and when an Admin asks) and stores the figures
//! as a snapshot in the database, shown with its age.

use chrono::NaiveDate;
use i18n::{tr, Locale};
use serde::{Deserialize, Serialize};

use super::filter::{GuestFilter, StatusFilter};

/// Invitations older than this many days are "pending for long" (the dashboard's fixed view; the
/// list lets Admins choose any number).
pub const LONG_PENDING_DAYS: u32 = 30;
/// The buckets of "last sign-in more than N days ago".
pub const INACTIVE_BUCKETS: [u32; 4] = [30, 90, 180, 365];
/// How many e-mail domains the domain chart names; the rest are summed.
pub const TOP_DOMAINS: usize = 10;
/// How many weeks the invitations chart covers, this week included.
pub const WEEKS: usize = 12;

/// The figures read from the whole directory, as stored in the snapshot.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// External users counted.
    pub total: u64,
    /// Whether Graph gave sign-in activity (Entra ID P1 and `AuditLog.Read.All`); without it
    /// every accepted guest's status is Unknown and the sign-in buckets are empty.
    pub sign_in_known: bool,
    /// Every status, in the list's order, with its count.
    pub by_status: Vec<(StatusFilter, u64)>,
    /// Identity issuers as Graph spells them, most used first. A guest who signs in with two
    /// counts under both.
    pub by_provider: Vec<(String, u64)>,
    /// External users with no outside identity yet (an invitation not accepted).
    pub no_provider: u64,
    /// The [`TOP_DOMAINS`] e-mail domains with the most external users, most first.
    pub by_domain: Vec<(String, u64)>,
    /// External users of every other domain.
    pub other_domains: u64,
    /// External users without an e-mail address.
    pub no_domain: u64,
    /// Users created by invitation in each of the last [`WEEKS`] weeks (Monday to Sunday, UTC),
    /// oldest first, by `createdDateTime`.
    pub invitations_per_week: Vec<(NaiveDate, u64)>,
    /// Invitations pending for more than [`LONG_PENDING_DAYS`] days.
    pub pending_long: u64,
    /// For each of [`INACTIVE_BUCKETS`]: external users whose last sign-in is more than that
    /// many days ago (a guest counts in every bucket it passes).
    pub inactive: Vec<(u32, u64)>,
    /// External users without a sponsor.
    pub without_sponsor: u64,
}

/// One bar of a chart (one row of its table): what, how many, and the list of exactly those.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub count: u64,
    /// The Guests list filtered to them; none when the list cannot show just these.
    pub href: Option<String>,
}

/// A chart: a title, one sentence that says what it shows, and its data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chart {
    /// Unique on the page (for `id` and `aria-labelledby`).
    pub id: String,
    pub title: String,
    pub description: String,
    /// The heading of the table's label column ("Status", "Week of").
    pub label_heading: String,
    pub bars: Vec<Bar>,
}

/// A figure counted live by Graph for this page view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveFigure {
    pub label: String,
    pub count: u64,
    pub href: String,
    /// What exactly is counted, in one sentence.
    pub help: String,
}

/// How old the snapshot is, and what is happening to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotInfo {
    /// "Figures from 12 minutes ago (5 December 2026, 17:10 UTC)."; none before the first one.
    pub age: Option<String>,
    /// An Admin asked for new figures and the worker has not finished them yet.
    pub refresh_requested: Option<String>,
    /// Why the last computation failed, until one succeeds.
    pub last_error: Option<String>,
}

/// What the Dashboard page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    /// Counted by Graph now; empty when Graph could not count (see `live_problem`).
    pub live: Vec<LiveFigure>,
    pub live_problem: Option<String>,
    pub snapshot: SnapshotInfo,
    /// Total external users in the snapshot.
    pub total: Option<u64>,
    pub total_href: String,
    /// Whether the snapshot had sign-in data.
    pub sign_in_known: bool,
    /// External users without a sponsor, in the snapshot.
    pub without_sponsor: Option<u64>,
    pub without_sponsor_href: String,
    /// Invitations pending for more than [`LONG_PENDING_DAYS`] days, in the snapshot.
    pub pending_long: Option<u64>,
    pub pending_long_href: String,
    pub charts: Vec<Chart>,
}

/// `/guests?…` for `filter`.
fn link(filter: GuestFilter) -> Option<String> {
    Some(filter.href())
}

/// "3 March 2026", in `locale`.
fn day_month(locale: Locale, date: NaiveDate) -> String {
    i18n::date(locale, date.and_time(chrono::NaiveTime::MIN).and_utc())
}

impl Figures {
    /// The charts of these figures, in `locale`, each bar a link to the Guests list showing
    /// exactly those.
    pub fn charts(&self, locale: Locale) -> Vec<Chart> {
        let status = Chart {
            id: "by-status".into(),
            title: tr!(locale, "dashboard-chart-status-title"),
            description: if self.sign_in_known {
                tr!(locale, "dashboard-chart-status-description", total = self.total)
            } else {
                tr!(locale, "dashboard-chart-status-description-no-sign-ins", total = self.total)
            },
            label_heading: tr!(locale, "dashboard-chart-status-heading"),
            bars: self
                .by_status
                .iter()
                .map(|(status, count)| Bar {
                    label: status.words(locale),
                    count: *count,
                    href: link(GuestFilter { status: Some(*status), ..GuestFilter::default() }),
                })
                .collect(),
        };
        let mut providers: Vec<Bar> = self
            .by_provider
            .iter()
            .map(|(issuer, count)| Bar {
                label: super::filter::provider_name(issuer, locale),
                count: *count,
                href: link(GuestFilter { provider: Some(issuer.clone()), ..GuestFilter::default() }),
            })
            .collect();
        if self.no_provider > 0 {
            providers.push(Bar { label: tr!(locale, "dashboard-chart-provider-none"), count: self.no_provider, href: None });
        }
        let provider = Chart {
            id: "by-provider".into(),
            title: tr!(locale, "dashboard-chart-provider-title"),
            description: tr!(locale, "dashboard-chart-provider-description"),
            label_heading: tr!(locale, "dashboard-chart-provider-heading"),
            bars: providers,
        };
        let mut domains: Vec<Bar> = self
            .by_domain
            .iter()
            .map(|(domain, count)| Bar {
                label: domain.clone(),
                count: *count,
                href: link(GuestFilter { domain: Some(domain.clone()), ..GuestFilter::default() }),
            })
            .collect();
        if self.other_domains > 0 {
            domains.push(Bar { label: tr!(locale, "dashboard-chart-domain-other"), count: self.other_domains, href: None });
        }
        if self.no_domain > 0 {
            domains.push(Bar { label: tr!(locale, "dashboard-chart-domain-none"), count: self.no_domain, href: None });
        }
        let domain = Chart {
            id: "by-domain".into(),
            title: tr!(locale, "dashboard-chart-domain-title", count = TOP_DOMAINS),
            description: tr!(locale, "dashboard-chart-domain-description", count = TOP_DOMAINS),
            label_heading: tr!(locale, "dashboard-chart-domain-heading"),
            bars: domains,
        };
        let weeks = Chart {
            id: "invitations-per-week".into(),
            title: tr!(locale, "dashboard-chart-weeks-title", count = WEEKS),
            description: tr!(locale, "dashboard-chart-weeks-description"),
            label_heading: tr!(locale, "dashboard-chart-weeks-heading"),
            bars: self
                .invitations_per_week
                .iter()
                .map(|(monday, count)| Bar {
                    label: day_month(locale, *monday),
                    count: *count,
                    href: link(GuestFilter {
                        created_from: Some(*monday),
                        created_to: Some(*monday + chrono::Duration::days(6)),
                        ..GuestFilter::default()
                    }),
                })
                .collect(),
        };
        let inactive = Chart {
            id: "inactive".into(),
            title: tr!(locale, "dashboard-chart-inactive-title"),
            description: if self.sign_in_known {
                tr!(locale, "dashboard-chart-inactive-description")
            } else {
                tr!(locale, "dashboard-chart-inactive-description-no-sign-ins")
            },
            label_heading: tr!(locale, "dashboard-chart-inactive-heading"),
            bars: self
                .inactive
                .iter()
                .map(|(days, count)| Bar {
                    label: tr!(locale, "dashboard-chart-inactive-bar", days = *days),
                    count: *count,
                    href: link(GuestFilter { inactive_days: Some(*days), ..GuestFilter::default() }),
                })
                .collect(),
        };
        vec![status, provider, domain, weeks, inactive]
    }

    /// The list of invitations pending for more than [`LONG_PENDING_DAYS`] days.
    pub fn pending_long_href() -> String {
        GuestFilter { status: Some(StatusFilter::Pending), pending_days: Some(LONG_PENDING_DAYS), ..GuestFilter::default() }.href()
    }

    /// The list of external users without a sponsor.
    pub fn without_sponsor_href() -> String {
        GuestFilter { no_sponsor: true, ..GuestFilter::default() }.href()
    }
}

#[cfg(feature = "server")]
pub use server::*;

#[cfg(feature = "server")]
mod server {
    use std::collections::HashMap;
    use std::time::Duration;

    use chrono::{DateTime, Datelike, NaiveDate, Utc};
    use i18n::{tr, Locale};
    use futures::TryStreamExt;
    use graph::{Caller, CreationType, ExternalUserState, Filter, GraphError, Organization, Query, User, UserType};

    use super::{Dashboard, Figures, LiveFigure, SnapshotInfo, INACTIVE_BUCKETS, LONG_PENDING_DAYS, TOP_DOMAINS, WEEKS};
    use crate::guests::filter::{GuestFilter, StatusFilter, TypeFilter};
    use crate::guests::status::{classify, is_external, last_sign_in, outside_issuers, GuestStatus, INACTIVE_AFTER_DAYS};
    use crate::jobs::lease::{on_db, timestamp, timestamp_after};
    use crate::{Actor, Context, Error, Result, Role};

    /// The snapshot's row in `dashboard_snapshots`.
    const NAME: &str = "guests";
    /// How long one computation may hold its claim; a worker that dies leaves it to another after this.
    const LEASE: Duration = Duration::from_secs(30 * 60);

    /// What the snapshot reads of each user (and `signInActivity` where Graph gives it).
    const FIELDS: &[&str] = &[
        "id",
        "userPrincipalName",
        "mail",
        "userType",
        "creationType",
        "externalUserState",
        "externalUserStateChangeDateTime",
        "identities",
        "accountEnabled",
        "createdDateTime",
    ];

    /// Counts external users one by one into [`Figures`].
    pub struct Tally {
        now: DateTime<Utc>,
        first_monday: NaiveDate,
        figures: Figures,
        status: HashMap<StatusFilter, u64>,
        providers: HashMap<String, u64>,
        domains: HashMap<String, u64>,
        weeks: [u64; WEEKS],
        inactive: [u64; INACTIVE_BUCKETS.len()],
    }

    impl Tally {
        pub fn new(now: DateTime<Utc>, sign_in_known: bool) -> Tally {
            let today = now.date_naive();
            let this_monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
            Tally {
                now,
                first_monday: this_monday - chrono::Duration::weeks(WEEKS as i64 - 1),
                figures: Figures { sign_in_known, ..Figures::default() },
                status: HashMap::new(),
                providers: HashMap::new(),
                domains: HashMap::new(),
                weeks: [0; WEEKS],
                inactive: [0; INACTIVE_BUCKETS.len()],
            }
        }

        /// Counts `user` if it is an external user of `organisation`; sponsors come from
        /// `$expand=sponsors`.
        pub fn add(&mut self, user: &User, organisation: &Organization) {
            if !is_external(user, organisation) {
                return;
            }
            let f = &mut self.figures;
            f.total += 1;
            let status = classify(user, f.sign_in_known, self.now, INACTIVE_AFTER_DAYS);
            *self.status.entry(status.filter_value()).or_default() += 1;
            let mut issuers: Vec<&str> = outside_issuers(user, organisation).collect();
            issuers.sort_unstable();
            issuers.dedup();
            if issuers.is_empty() {
                f.no_provider += 1;
            }
            for issuer in issuers {
                *self.providers.entry(issuer.to_owned()).or_default() += 1;
            }
            match user.mail.as_deref().and_then(|mail| mail.rsplit_once('@')).map(|(_, domain)| domain.to_lowercase()) {
                Some(domain) if !domain.is_empty() => *self.domains.entry(domain).or_default() += 1,
                _ => f.no_domain += 1,
            }
            if user.creation_type == Some(CreationType::Invitation) {
                if let Some(created) = user.created_date_time {
                    let days = (created.date_naive() - self.first_monday).num_days();
                    if let Some(week) = usize::try_from(days / 7).ok().filter(|w| days >= 0 && *w < WEEKS) {
                        self.weeks[week] += 1;
                    }
                }
            }
            let long_ago = self.now - chrono::Duration::days(i64::from(LONG_PENDING_DAYS));
            if let GuestStatus::Pending { since: Some(since) } = status {
                if since <= long_ago {
                    f.pending_long += 1;
                }
            }
            if f.sign_in_known {
                if let Some(last) = last_sign_in(user) {
                    // As the list's inactive_days filter reads it: older than exactly N days.
                    for (bucket, count) in INACTIVE_BUCKETS.iter().zip(self.inactive.iter_mut()) {
                        if self.now - last > chrono::Duration::days(i64::from(*bucket)) {
                            *count += 1;
                        }
                    }
                }
            }
            if user.sponsors.as_ref().is_none_or(Vec::is_empty) {
                f.without_sponsor += 1;
            }
        }

        pub fn finish(self) -> Figures {
            let most_first = |map: HashMap<String, u64>| {
                let mut items: Vec<(String, u64)> = map.into_iter().collect();
                items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                items
            };
            let mut domains = most_first(self.domains);
            let rest = if domains.len() > TOP_DOMAINS { domains.split_off(TOP_DOMAINS) } else { Vec::new() };
            Figures {
                by_status: StatusFilter::ALL.iter().map(|s| (*s, self.status.get(s).copied().unwrap_or(0))).collect(),
                by_provider: most_first(self.providers),
                by_domain: domains,
                other_domains: rest.iter().map(|(_, n)| n).sum(),
                invitations_per_week: (0..WEEKS)
                    .map(|w| (self.first_monday + chrono::Duration::weeks(w as i64), self.weeks[w]))
                    .collect(),
                inactive: INACTIVE_BUCKETS.iter().copied().zip(self.inactive).collect(),
                ..self.figures
            }
        }
    }

    /// Whether Graph refused sign-in activity: no Entra ID P1, or no `AuditLog.Read.All`.
    fn sign_ins_refused(error: &GraphError) -> bool {
        matches!(error, GraphError::Api(api) if api.status.as_u16() == 403)
    }

    /// Reads every user page by page (with the application's permissions, as the worker acts for
    /// nobody in particular) and counts the external ones. Users are read unfiltered because
    /// Graph cannot pick external users in one filter without advanced queries, which rule out
    /// `$expand=sponsors` ("Advanced query capabilities on Microsoft Entra ID objects").
    pub async fn compute(ctx: &Context) -> Result<Figures> {
        let graph = ctx.app();
        let organisation = graph.organization().await?;
        match read_all(&graph, &organisation, ctx.clock.now(), true).await {
            Err(error) if sign_ins_refused(&error) => {
                tracing::info!("Graph gave no sign-in activity; the dashboard counts accepted guests as Unknown");
                Ok(read_all(&graph, &organisation, ctx.clock.now(), false).await?)
            }
            other => Ok(other?),
        }
    }

    async fn read_all(graph: &Caller, organisation: &Organization, now: DateTime<Utc>, sign_ins: bool) -> Result<Figures, GraphError> {
        // Graph pages at most 500 users with signInActivity, 999 without ("List users").
        let fields: Vec<&'static str> = FIELDS.iter().copied().chain(sign_ins.then_some("signInActivity")).collect();
        let query = Query::new().select(&fields).top(if sign_ins { 500 } else { 999 }).expand("sponsors($select=id)");
        let mut tally = Tally::new(now, sign_ins);
        let mut users = std::pin::pin!(graph.users(query));
        while let Some(user) = users.try_next().await? {
            tally.add(&user, organisation);
        }
        Ok(tally.finish())
    }

    /// The stored snapshot row.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct Stored {
        pub taken_at: Option<DateTime<Utc>>,
        pub figures: Option<Figures>,
        pub requested_at: Option<DateTime<Utc>>,
        pub requested_by: Option<String>,
        pub last_error: Option<String>,
    }

    impl Stored {
        /// Whether the worker should compute new figures at `now`, refreshing every `every`.
        pub fn due(&self, now: DateTime<Utc>, every: Duration) -> bool {
            match self.taken_at {
                None => true,
                Some(taken) => {
                    self.requested_at.is_some_and(|asked| asked >= taken)
                        || chrono::Duration::from_std(every).is_ok_and(|every| now - taken >= every)
                }
            }
        }
    }

    fn parse_time(text: Option<String>) -> Option<DateTime<Utc>> {
        text.and_then(|t| DateTime::parse_from_rfc3339(&t).ok()).map(|t| t.with_timezone(&Utc))
    }

    type Row = (Option<String>, Option<String>, Option<String>, Option<String>, Option<String>);

    /// The snapshot as stored (empty before the first one).
    pub async fn load(db: &crate::Db) -> Result<Stored> {
        const SELECT: &str =
            "SELECT taken_at, figures, requested_at, requested_by, last_error FROM dashboard_snapshots WHERE name = $1";
        let row: Option<Row> = on_db!(db, pool => sqlx::query_as(SELECT).bind(NAME).fetch_optional(pool).await?);
        let Some((taken_at, figures, requested_at, requested_by, last_error)) = row else { return Ok(Stored::default()) };
        Ok(Stored {
            taken_at: parse_time(taken_at),
            // Figures stored by another version of Guestlist that cannot be read are as good as none.
            figures: figures.and_then(|f| serde_json::from_str(&f).ok()),
            requested_at: parse_time(requested_at),
            requested_by,
            last_error,
        })
    }

    async fn ensure_row(db: &crate::Db) -> Result<()> {
        const INSERT: &str = "INSERT INTO dashboard_snapshots (name) VALUES ($1) ON CONFLICT (name) DO NOTHING";
        on_db!(db, pool => sqlx::query(INSERT).bind(NAME).execute(pool).await.map(drop)?);
        Ok(())
    }

    /// Claims the computation for `owner` unless another instance holds it; true when claimed.
    async fn claim(db: &crate::Db, owner: &str, now: DateTime<Utc>) -> Result<bool> {
        ensure_row(db).await?;
        const CLAIM: &str = "UPDATE dashboard_snapshots SET lease_owner = $1, lease_until = $2 \
             WHERE name = $3 AND (lease_until IS NULL OR lease_until < $4 OR lease_owner = $1)";
        let claimed = on_db!(db, pool => sqlx::query(CLAIM)
            .bind(owner).bind(timestamp_after(now, LEASE)).bind(NAME).bind(timestamp(now))
            .execute(pool).await?.rows_affected());
        Ok(claimed == 1)
    }

    /// Stores new figures taken at `taken_at`; a refresh asked for after `taken_at` stays asked.
    async fn store(db: &crate::Db, owner: &str, taken_at: DateTime<Utc>, figures: &Figures) -> Result<()> {
        const STORE: &str = "UPDATE dashboard_snapshots SET taken_at = $1, figures = $2, last_error = NULL, \
             lease_owner = NULL, lease_until = NULL, \
             requested_by = CASE WHEN requested_at <= $1 THEN NULL ELSE requested_by END, \
             requested_at = CASE WHEN requested_at <= $1 THEN NULL ELSE requested_at END \
             WHERE name = $3 AND lease_owner = $4";
        let json = serde_json::to_string(figures).map_err(|e| Error::Unavailable(format!("The dashboard's figures could not be stored ({e}).")))?;
        on_db!(db, pool => sqlx::query(STORE).bind(timestamp(taken_at)).bind(&json).bind(NAME).bind(owner).execute(pool).await.map(drop)?);
        Ok(())
    }

    async fn failed(db: &crate::Db, owner: &str, error: &Error) -> Result<()> {
        const FAILED: &str =
            "UPDATE dashboard_snapshots SET last_error = $1, lease_owner = NULL, lease_until = NULL WHERE name = $2 AND lease_owner = $3";
        on_db!(db, pool => sqlx::query(FAILED).bind(error.to_string()).bind(NAME).bind(owner).execute(pool).await.map(drop)?);
        Ok(())
    }

    /// Hands back `owner`'s claim on a computation it will not finish (at shutdown).
    pub async fn release(db: &crate::Db, owner: &str) -> Result<()> {
        const RELEASE: &str = "UPDATE dashboard_snapshots SET lease_owner = NULL, lease_until = NULL WHERE name = $1 AND lease_owner = $2";
        on_db!(db, pool => sqlx::query(RELEASE).bind(NAME).bind(owner).execute(pool).await.map(drop)?);
        Ok(())
    }

    /// Computes and stores new figures now, unless another instance is at it (then `Ok(None)`).
    /// A failure is kept for the page until a computation succeeds.
    pub async fn refresh(ctx: &Context, owner: &str) -> Result<Option<Figures>> {
        let started = ctx.clock.now();
        if !claim(&ctx.db, owner, started).await? {
            return Ok(None);
        }
        match compute(ctx).await {
            Ok(figures) => {
                store(&ctx.db, owner, started, &figures).await?;
                tracing::info!(external_users = figures.total, "dashboard figures refreshed");
                Ok(Some(figures))
            }
            Err(error) => {
                failed(&ctx.db, owner, &error).await?;
                Err(error)
            }
        }
    }

    /// The worker's step: refreshes when the figures are older than `every` or an Admin asked.
    /// True when new figures were stored.
    pub async fn refresh_if_due(ctx: &Context, owner: &str, every: Duration) -> Result<bool> {
        if !load(&ctx.db).await?.due(ctx.clock.now(), every) {
            return Ok(false);
        }
        Ok(refresh(ctx, owner).await?.is_some())
    }

    /// An Admin's "Refresh the figures now": the worker computes them at its next look.
    pub async fn request_refresh(ctx: &Context, actor: &Actor) -> Result<()> {
        actor.require(Role::Admin)?;
        ensure_row(&ctx.db).await?;
        const REQUEST: &str = "UPDATE dashboard_snapshots SET requested_at = $1, requested_by = $2 WHERE name = $3";
        on_db!(&ctx.db, pool => sqlx::query(REQUEST).bind(timestamp(ctx.clock.now())).bind(actor.audit_name()).bind(NAME).execute(pool).await.map(drop)?);
        Ok(())
    }

    /// "12 minutes", "1 hour", "3 days", in `locale`, as said in "… ago".
    pub fn elapsed_words(locale: Locale, elapsed: chrono::Duration) -> String {
        match elapsed.num_minutes() {
            m if m < 1 => tr!(locale, "dashboard-elapsed-moment"),
            m if m < 60 => tr!(locale, "dashboard-elapsed-minutes", count = m),
            m if m < 48 * 60 => tr!(locale, "dashboard-elapsed-hours", count = m / 60),
            m => tr!(locale, "dashboard-elapsed-days", count = m / (24 * 60)),
        }
    }

    /// The figures Graph counts live: two `$count` calls, run at once.
    async fn live(ctx: &Context, actor: &Actor) -> Result<Vec<LiveFigure>, GraphError> {
        let graph = ctx.callers(actor).acting;
        let locale = actor.locale();
        // "Pending for more than 30 days" is not among them: Graph documents only eq, ne, not and in
        // for externalUserStateChangeDateTime ("user resource type"), so the snapshot counts it.
        let pending = Query::new().filter(Filter::eq("externalUserState", ExternalUserState::PendingAcceptance));
        let guests = Query::new().filter(Filter::eq("userType", UserType::Guest));
        let (pending_n, guests_n) = futures::try_join!(graph.count_users(&pending), graph.count_users(&guests))?;
        Ok(vec![
            LiveFigure {
                label: tr!(locale, "dashboard-live-pending"),
                count: pending_n,
                href: GuestFilter { status: Some(StatusFilter::Pending), ..GuestFilter::default() }.href(),
                help: tr!(locale, "dashboard-live-pending-help"),
            },
            LiveFigure {
                label: tr!(locale, "dashboard-live-guests"),
                count: guests_n,
                href: GuestFilter { user_type: Some(TypeFilter::Guest), ..GuestFilter::default() }.href(),
                help: tr!(locale, "dashboard-live-guests-help"),
            },
        ])
    }

    /// The Dashboard for an Admin: two live `$count`s and one read of the snapshot.
    pub async fn view(ctx: &Context, actor: &Actor) -> Result<Dashboard> {
        actor.require(Role::Admin)?;
        let locale = actor.locale();
        let (live, stored) = futures::join!(live(ctx, actor), load(&ctx.db));
        let stored = stored?;
        let (live, live_problem) = match live {
            Ok(live) => (live, None),
            // The snapshot is still worth showing when Graph cannot count right now.
            Err(error) => (Vec::new(), Some(Error::from(error).message(locale))),
        };
        let now = ctx.clock.now();
        let age = stored.taken_at.map(|taken| {
            tr!(
                locale,
                "dashboard-age",
                elapsed = elapsed_words(locale, now - taken),
                date = i18n::date(locale, taken),
                time = taken.format("%H:%M").to_string()
            )
        });
        let refresh_requested = stored
            .requested_at
            .filter(|asked| stored.taken_at.is_none_or(|taken| *asked >= taken))
            .map(|asked| {
                let elapsed = elapsed_words(locale, now - asked);
                match stored.requested_by.as_deref() {
                    Some(by) => tr!(locale, "dashboard-refresh-asked-by", name = by, elapsed = elapsed),
                    None => tr!(locale, "dashboard-refresh-asked", elapsed = elapsed),
                }
            });
        let figures = stored.figures;
        Ok(Dashboard {
            live,
            live_problem,
            snapshot: SnapshotInfo { age, refresh_requested, last_error: stored.last_error },
            total: figures.as_ref().map(|f| f.total),
            total_href: GuestFilter::default().href(),
            sign_in_known: figures.as_ref().is_some_and(|f| f.sign_in_known),
            charts: figures.as_ref().map(|f| f.charts(locale)).unwrap_or_default(),
            without_sponsor: figures.as_ref().map(|f| f.without_sponsor),
            without_sponsor_href: Figures::without_sponsor_href(),
            pending_long: figures.as_ref().map(|f| f.pending_long),
            pending_long_href: Figures::pending_long_href(),
        })
    }
}

#[cfg(all(test, feature = "server"))]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use std::time::Duration;

    #[test]
    fn figures_are_due_when_missing_old_or_asked_for_after_they_were_taken() {
        let taken = Utc.with_ymd_and_hms(2026, 12, 5, 12, 0, 0).unwrap();
        let hour = Duration::from_secs(3600);
        assert!(Stored::default().due(taken, hour), "none yet");
        let fresh = Stored { taken_at: Some(taken), ..Stored::default() };
        assert!(!fresh.due(taken + chrono::Duration::minutes(59), hour));
        assert!(fresh.due(taken + chrono::Duration::minutes(60), hour));
        let asked = Stored { requested_at: Some(taken + chrono::Duration::minutes(5)), ..fresh.clone() };
        assert!(asked.due(taken + chrono::Duration::minutes(6), hour));
        let answered = Stored { requested_at: Some(taken - chrono::Duration::minutes(5)), ..fresh };
        assert!(!answered.due(taken + chrono::Duration::minutes(6), hour), "asked before these figures were taken");
    }

    #[test]
    fn ages_are_in_words() {
        let words = |minutes| elapsed_words(i18n::Locale::En, chrono::Duration::minutes(minutes));
        assert_eq!(words(0), "less than a minute");
        assert_eq!(words(1), "1 minute");
        assert_eq!(words(12), "12 minutes");
        assert_eq!(words(60), "1 hour");
        assert_eq!(words(47 * 60), "47 hours");
        assert_eq!(words(72 * 60), "3 days");
        assert_eq!(elapsed_words(i18n::Locale::De, chrono::Duration::minutes(72 * 60)), "3 Tagen");
    }
}
