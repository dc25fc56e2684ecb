//! The audit trail: every change a service makes, and every refused or failed attempt — who,
//! when, what, to whom, with which options, the outcome and Graph's request id (for Microsoft
//! support). Written by the services only, whoever called them (page, job or command line), and
//! kept append-only by the database itself.

use serde::{Deserialize, Serialize};

/// What was done or attempted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditAction {
    Invite,
    NewInvitationLink,
    ResendInvitation,
    ResetRedemption,
    RetryFollowUpSteps,
    SendLinkFromGuestlist,
    ChangeEmailAddress,
    ChangeUserType,
    ConvertToExternalUser,
    SetEmailAddress,
    ResetPassword,
    SetUserType,
    /// An Admin put a group or app role on the list of what Inviters may grant.
    AllowGrant,
    /// An Admin took one off that list.
    RemoveAllowedGrant,
    /// A deleted user brought back from deleted items.
    RestoreDeletedUser,
    /// A deleted user removed from deleted items for good.
    PurgeDeletedUser,
    /// A guest was added to a group, or removed from one.
    AddToGroup,
    RemoveFromGroup,
    /// A sponsor was added to a guest, or removed from them.
    AddSponsor,
    RemoveSponsor,
    /// An account was blocked from signing in (`accountEnabled` false), or allowed again.
    DisableAccount,
    EnableAccount,
    /// An account was deleted (restorable for 30 days).
    DeleteUser,
    /// The Guests list was exported as CSV.
    ExportGuests,
    /// A sponsor opened one guest they sponsor (recorded when refused: not their guest).
    ViewSponsoredGuest,
    /// A sponsor confirmed that a guest still needs access.
    ConfirmGuestAccess,
    /// A sponsor extended a guest's access to a date.
    ExtendGuestAccess,
    /// A guest's access was ended: disabled now, deleted after the grace period.
    EndGuestAccess,
    /// An ending was undone during the grace period: the guest can sign in again.
    UndoEndGuestAccess,
    /// A sponsor handed their sponsorship of a guest to someone else.
    HandOverSponsorship,
    /// A guest asked their sponsors for more time.
    RequestExtension,
    /// An Admin started a review campaign.
    StartReviewCampaign,
    /// A reviewer decided on a guest in a campaign (keep, extend, end).
    DecideReview,
    /// A reviewer did not know a guest: the item went to the campaign's fallback reviewer.
    RouteReviewToFallback,
    /// A reminder to review went to a reviewer with open items.
    RemindReviewers,
    /// An Admin applied an ended campaign's decisions.
    ApplyReviewCampaign,
    /// An Admin saved a lifecycle rule, or turned one on or off.
    SaveLifecycleRule,
    /// A lifecycle rule ran (daily, or at an Admin's request).
    RunLifecycleRule,
    /// A lifecycle rule told a guest's sponsors.
    NotifySponsors,
    /// An Admin turned the kill switch of automatic changes on or off.
    SetKillSwitch,
    /// A member asked for an invitation (a request, waiting for an approver).
    RequestInvitation,
    /// An approver approved an invitation request (the invitation is its own row).
    ApproveInvitationRequest,
    /// An approver denied an invitation request.
    DenyInvitationRequest,
    /// An invitation request nobody answered in time expired.
    ExpireInvitationRequest,
    /// An Admin saved the Settings page (a new version: changed, restored or imported).
    ChangeSettings,
    /// An Admin sent a test mail from the Settings page.
    SendTestMail,
    /// Audit rows past the retention period were archived to a file and removed from the database.
    ArchiveAuditRows,
}

impl AuditAction {
    pub const ALL: [AuditAction; 47] = [
        AuditAction::Invite,
        AuditAction::NewInvitationLink,
        AuditAction::ResendInvitation,
        AuditAction::ResetRedemption,
        AuditAction::RetryFollowUpSteps,
        AuditAction::SendLinkFromGuestlist,
        AuditAction::ChangeEmailAddress,
        AuditAction::ChangeUserType,
        AuditAction::ConvertToExternalUser,
        AuditAction::SetEmailAddress,
        AuditAction::ResetPassword,
        AuditAction::SetUserType,
        AuditAction::AllowGrant,
        AuditAction::RemoveAllowedGrant,
        AuditAction::RestoreDeletedUser,
        AuditAction::PurgeDeletedUser,
        AuditAction::AddToGroup,
        AuditAction::RemoveFromGroup,
        AuditAction::AddSponsor,
        AuditAction::RemoveSponsor,
        AuditAction::DisableAccount,
        AuditAction::EnableAccount,
        AuditAction::DeleteUser,
        AuditAction::ExportGuests,
        AuditAction::ViewSponsoredGuest,
        AuditAction::ConfirmGuestAccess,
        AuditAction::ExtendGuestAccess,
        AuditAction::EndGuestAccess,
        AuditAction::UndoEndGuestAccess,
        AuditAction::HandOverSponsorship,
        AuditAction::RequestExtension,
        AuditAction::StartReviewCampaign,
        AuditAction::DecideReview,
        AuditAction::RouteReviewToFallback,
        AuditAction::RemindReviewers,
        AuditAction::ApplyReviewCampaign,
        AuditAction::SaveLifecycleRule,
        AuditAction::RunLifecycleRule,
        AuditAction::NotifySponsors,
        AuditAction::SetKillSwitch,
        AuditAction::RequestInvitation,
        AuditAction::ApproveInvitationRequest,
        AuditAction::DenyInvitationRequest,
        AuditAction::ExpireInvitationRequest,
        AuditAction::ChangeSettings,
        AuditAction::SendTestMail,
        AuditAction::ArchiveAuditRows,
    ];

    /// How the Audit page describes the action, in `locale` (the trail stores [`AuditAction::label`]).
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            AuditAction::Invite => "audit-action-invite",
            AuditAction::NewInvitationLink => "audit-action-new-invitation-link",
            AuditAction::ResendInvitation => "audit-action-resend-invitation",
            AuditAction::ResetRedemption => "audit-action-reset-redemption",
            AuditAction::RetryFollowUpSteps => "audit-action-retry-follow-up-steps",
            AuditAction::SendLinkFromGuestlist => "audit-action-send-link-from-guestlist",
            AuditAction::ChangeEmailAddress => "audit-action-change-email-address",
            AuditAction::ChangeUserType => "audit-action-change-user-type",
            AuditAction::ConvertToExternalUser => "audit-action-convert-to-external-user",
            AuditAction::SetEmailAddress => "audit-action-set-email-address",
            AuditAction::ResetPassword => "audit-action-reset-password",
            AuditAction::SetUserType => "audit-action-set-user-type",
            AuditAction::AllowGrant => "audit-action-allow-grant",
            AuditAction::RemoveAllowedGrant => "audit-action-remove-allowed-grant",
            AuditAction::RestoreDeletedUser => "audit-action-restore-deleted-user",
            AuditAction::PurgeDeletedUser => "audit-action-purge-deleted-user",
            AuditAction::AddToGroup => "audit-action-add-to-group",
            AuditAction::RemoveFromGroup => "audit-action-remove-from-group",
            AuditAction::AddSponsor => "audit-action-add-sponsor",
            AuditAction::RemoveSponsor => "audit-action-remove-sponsor",
            AuditAction::DisableAccount => "audit-action-disable-account",
            AuditAction::EnableAccount => "audit-action-enable-account",
            AuditAction::DeleteUser => "audit-action-delete-user",
            AuditAction::ExportGuests => "audit-action-export-guests",
            AuditAction::ViewSponsoredGuest => "audit-action-view-sponsored-guest",
            AuditAction::ConfirmGuestAccess => "audit-action-confirm-guest-access",
            AuditAction::ExtendGuestAccess => "audit-action-extend-guest-access",
            AuditAction::EndGuestAccess => "audit-action-end-guest-access",
            AuditAction::UndoEndGuestAccess => "audit-action-undo-end-guest-access",
            AuditAction::HandOverSponsorship => "audit-action-hand-over-sponsorship",
            AuditAction::RequestExtension => "audit-action-request-extension",
            AuditAction::StartReviewCampaign => "audit-action-start-review-campaign",
            AuditAction::DecideReview => "audit-action-decide-review",
            AuditAction::RouteReviewToFallback => "audit-action-route-review-to-fallback",
            AuditAction::RemindReviewers => "audit-action-remind-reviewers",
            AuditAction::ApplyReviewCampaign => "audit-action-apply-review-campaign",
            AuditAction::SaveLifecycleRule => "audit-action-save-lifecycle-rule",
            AuditAction::RunLifecycleRule => "audit-action-run-lifecycle-rule",
            AuditAction::NotifySponsors => "audit-action-notify-sponsors",
            AuditAction::SetKillSwitch => "audit-action-set-kill-switch",
            AuditAction::RequestInvitation => "audit-action-request-invitation",
            AuditAction::ApproveInvitationRequest => "audit-action-approve-invitation-request",
            AuditAction::DenyInvitationRequest => "audit-action-deny-invitation-request",
            AuditAction::ExpireInvitationRequest => "audit-action-expire-invitation-request",
            AuditAction::ChangeSettings => "audit-action-change-settings",
            AuditAction::SendTestMail => "audit-action-send-test-mail",
            AuditAction::ArchiveAuditRows => "audit-action-archive-audit-rows",
        };
        i18n::translate(locale, id, &[])
    }

    /// The words the audit trail stores and the CSV export writes (stable, English).
    pub fn label(self) -> &'static str {
        match self {
            AuditAction::Invite => "Invite",
            AuditAction::NewInvitationLink => "New invitation link",
            AuditAction::ResendInvitation => "Resend invitation",
            AuditAction::ResetRedemption => "Reset redemption",
            AuditAction::RetryFollowUpSteps => "Retry follow-up steps",
            AuditAction::SendLinkFromGuestlist => "Send link from Guestlist",
            AuditAction::ChangeEmailAddress => "Change e-mail address",
            AuditAction::ChangeUserType => "Change user type",
            AuditAction::ConvertToExternalUser => "Convert to external user",
            AuditAction::SetEmailAddress => "Set e-mail address",
            AuditAction::ResetPassword => "Reset password",
            AuditAction::SetUserType => "Set user type",
            AuditAction::AllowGrant => "Allow inviters to grant",
            AuditAction::RemoveAllowedGrant => "Stop inviters granting",
            AuditAction::RestoreDeletedUser => "Restore deleted user",
            AuditAction::PurgeDeletedUser => "Delete for good",
            AuditAction::AddToGroup => "Add to group",
            AuditAction::RemoveFromGroup => "Remove from group",
            AuditAction::AddSponsor => "Add sponsor",
            AuditAction::RemoveSponsor => "Remove sponsor",
            AuditAction::DisableAccount => "Block sign-in",
            AuditAction::EnableAccount => "Allow sign-in",
            AuditAction::DeleteUser => "Delete user",
            AuditAction::ExportGuests => "Export guests",
            AuditAction::ViewSponsoredGuest => "Open sponsored guest",
            AuditAction::ConfirmGuestAccess => "Confirm access still needed",
            AuditAction::ExtendGuestAccess => "Extend access",
            AuditAction::EndGuestAccess => "End access",
            AuditAction::UndoEndGuestAccess => "Undo end of access",
            AuditAction::HandOverSponsorship => "Hand over sponsorship",
            AuditAction::RequestExtension => "Ask for more time",
            AuditAction::StartReviewCampaign => "Start review campaign",
            AuditAction::DecideReview => "Review decision",
            AuditAction::RouteReviewToFallback => "Review to fallback reviewer",
            AuditAction::RemindReviewers => "Remind reviewer",
            AuditAction::ApplyReviewCampaign => "Apply review campaign",
            AuditAction::SaveLifecycleRule => "Save lifecycle rule",
            AuditAction::RunLifecycleRule => "Run lifecycle rule",
            AuditAction::NotifySponsors => "Tell sponsors",
            AuditAction::SetKillSwitch => "Kill switch",
            AuditAction::RequestInvitation => "Ask to invite",
            AuditAction::ApproveInvitationRequest => "Approve invitation request",
            AuditAction::DenyInvitationRequest => "Deny invitation request",
            AuditAction::ExpireInvitationRequest => "Invitation request expired",
            AuditAction::ChangeSettings => "Change settings",
            AuditAction::SendTestMail => "Send test mail",
            AuditAction::ArchiveAuditRows => "Archive audit rows",
        }
    }

    pub fn from_label(label: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.label() == label)
    }
}

/// How an attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditOutcome {
    Invited,
    /// Invited, but a follow-up step (properties, group, app) failed.
    InvitedStepFailed,
    Changed,
    /// A mail Guestlist sends was put in its outbox (the outbox says when it went out).
    Queued,
    /// The portal's checks (or the actor's permissions) stopped it before Graph was asked.
    Refused,
    Failed,
    /// Data left Guestlist as a file (an export).
    Exported,
    /// Stored as a request, waiting for an approver.
    Requested,
}

impl AuditOutcome {
    pub const ALL: [AuditOutcome; 8] = [
        AuditOutcome::Invited,
        AuditOutcome::InvitedStepFailed,
        AuditOutcome::Changed,
        AuditOutcome::Queued,
        AuditOutcome::Refused,
        AuditOutcome::Failed,
        AuditOutcome::Exported,
        AuditOutcome::Requested,
    ];

    /// How the Audit page describes the outcome, in `locale` (the trail stores [`AuditOutcome::label`]).
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            AuditOutcome::Invited => "audit-outcome-invited",
            AuditOutcome::InvitedStepFailed => "audit-outcome-invited-step-failed",
            AuditOutcome::Changed => "audit-outcome-changed",
            AuditOutcome::Queued => "audit-outcome-queued",
            AuditOutcome::Refused => "audit-outcome-refused",
            AuditOutcome::Failed => "audit-outcome-failed",
            AuditOutcome::Exported => "audit-outcome-exported",
            AuditOutcome::Requested => "audit-outcome-requested",
        };
        i18n::translate(locale, id, &[])
    }

    pub fn label(self) -> &'static str {
        match self {
            AuditOutcome::Invited => "Invited",
            AuditOutcome::InvitedStepFailed => "Invited, a step failed",
            AuditOutcome::Changed => "Changed",
            AuditOutcome::Queued => "Queued",
            AuditOutcome::Refused => "Refused",
            AuditOutcome::Failed => "Failed",
            AuditOutcome::Exported => "Exported",
            AuditOutcome::Requested => "Requested",
        }
    }

    pub fn from_label(label: &str) -> Option<AuditOutcome> {
        AuditOutcome::ALL.into_iter().find(|o| o.label() == label)
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

impl std::fmt::Display for AuditOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// One recorded attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    /// Name and user name of who acted.
    pub actor: String,
    /// Their directory object id; none for the command line and for rows older than this column.
    pub actor_id: Option<String>,
    pub action: AuditAction,
    pub target: String,
    /// The options chosen, as JSON.
    pub options: String,
    pub outcome: AuditOutcome,
    pub request_id: Option<String>,
}

/// Which events the Audit page and the exports show. Every text is matched as typed: parts are
/// case-insensitive with `%` and `_` taken literally; empty means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilter {
    /// Part of who acted or of the target.
    pub text: String,
    /// Only this outcome (its label).
    pub outcome: String,
    /// Only events at or after this RFC 3339 time (or date).
    pub since: String,
    /// Only events up to this RFC 3339 time, or to the end of this date.
    pub until: String,
    /// Part of who acted (name, user name or directory object id).
    pub actor: String,
    /// Only this action (its label).
    pub action: String,
    /// Part of the target (an address, a user name, an id).
    pub target: String,
    /// Only the events of this invitation request (its number).
    pub request: String,
}

impl AuditFilter {
    /// The filter as a query string (percent-encoded, empty fields left out), for links and the
    /// export.
    pub fn query(&self) -> String {
        let fields = [
            ("text", &self.text),
            ("outcome", &self.outcome),
            ("since", &self.since),
            ("until", &self.until),
            ("actor", &self.actor),
            ("action", &self.action),
            ("target", &self.target),
            ("request", &self.request),
        ];
        let filled: Vec<(&str, &str)> = fields.iter().filter(|(_, v)| !v.trim().is_empty()).map(|(k, v)| (*k, v.as_str())).collect();
        serde_urlencoded::to_string(filled).unwrap_or_default()
    }

    /// The upper bound as stored times compare: a bare date means its whole day.
    pub fn until_bound(&self) -> String {
        let until = self.until.trim();
        if until.len() == 10 { format!("{until}T23:59:59.999Z") } else { until.to_owned() }
    }

    /// The `options` patterns of the request filter: its id followed by `,` or `}` (serde_json
    /// writes object keys in order, so `"requestId":12` never matches request 1).
    pub fn request_patterns(&self) -> Option<(String, String)> {
        let id: i64 = self.request.trim().parse().ok()?;
        Some((format!("%\"requestId\":{id},%"), format!("%\"requestId\":{id}}}%")))
    }
}

/// The columns of the CSV export, in order.
const CSV_HEADER: [&str; 9] = ["id", "at", "actor", "actor_id", "action", "target", "options", "outcome", "request_id"];

/// A CSV cell: quoted, and prefixed with `'` when it starts like a formula (`= + - @`, tab or
/// carriage return), so spreadsheets show it as text instead of running it (OWASP "CSV Injection").
pub fn csv_cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

/// The CSV header line (RFC 4180, CRLF).
pub fn csv_header() -> String {
    CSV_HEADER.iter().map(|h| csv_cell(h)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// One event as a CSV line (RFC 4180, CRLF).
pub fn csv_line(e: &AuditEvent) -> String {
    let id = e.id.to_string();
    let cells = [
        id.as_str(),
        &e.at,
        &e.actor,
        e.actor_id.as_deref().unwrap_or(""),
        e.action.label(),
        &e.target,
        &e.options,
        e.outcome.label(),
        e.request_id.as_deref().unwrap_or(""),
    ];
    cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// The events as CSV.
pub fn to_csv(events: &[AuditEvent]) -> String {
    events.iter().fold(csv_header(), |out, e| out + &csv_line(e))
}

#[cfg(feature = "server")]
pub(crate) use server::InTransaction;
#[cfg(feature = "server")]
pub(crate) use server::{about, older_than};
#[cfg(feature = "server")]
pub use server::{export, list, record, Entry};

#[cfg(feature = "server")]
mod server {
    use super::{AuditAction, AuditEvent, AuditFilter, AuditOutcome};
    use crate::{Actor, Db, Error, Role};
    use sqlx::Row;

    /// Most rows one page or export shows.
    pub const MAX_ROWS: i64 = 5000;

    /// One attempt to record: what, to whom, with which options and how it ended.
    pub struct Entry {
        pub action: AuditAction,
        pub target: String,
        /// The options chosen, as JSON.
        pub options: serde_json::Value,
        pub outcome: AuditOutcome,
        /// Graph's `request-id` of the call that decided the outcome.
        pub request_id: Option<String>,
    }

    impl Entry {
        pub fn new(action: AuditAction, target: impl Into<String>, outcome: AuditOutcome) -> Self {
            Entry { action, target: target.into(), options: serde_json::Value::Null, outcome, request_id: None }
        }

        pub fn options(mut self, options: &impl serde::Serialize) -> Self {
            self.options = serde_json::to_value(options).unwrap_or_default();
            self
        }

        pub fn request_id(mut self, request_id: Option<&str>) -> Self {
            self.request_id = request_id.map(str::to_owned);
            self
        }
    }

    const INSERT_SQLITE: &str = "INSERT INTO audit_events (at, actor, actor_id, action, target, options, outcome, request_id) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    const INSERT_POSTGRES: &str = "INSERT INTO audit_events (at, actor, actor_id, action, target, options, outcome, request_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
    /// `text` matches who or to whom (`\` escapes the wildcards), `outcome` and `action` exactly,
    /// `since`/`until` the time, `actor` who (or their id), `target` to whom, `request` the
    /// options; `after` pages through by id.
    macro_rules! where_clause {
        ($like:literal) => {
            concat!(
                "WHERE (actor ", $like, " $1 ESCAPE '\\' OR target ", $like, " $1 ESCAPE '\\') AND ($2 = '' OR outcome = $2) \
                 AND ($3 = '' OR at >= $3) AND id > $4 AND ($6 = '' OR at <= $6) \
                 AND (actor ", $like, " $7 ESCAPE '\\' OR COALESCE(actor_id, '') ", $like, " $7 ESCAPE '\\') \
                 AND ($8 = '' OR action = $8) AND target ", $like, " $9 ESCAPE '\\' \
                 AND ($10 = '' OR options LIKE $10 OR options LIKE $11)"
            )
        };
    }
    const WHERE_SQLITE: &str = where_clause!("LIKE");
    const WHERE_POSTGRES: &str = where_clause!("ILIKE");
    const COLUMNS: &str = "SELECT id, at, actor, actor_id, action, target, options, outcome, request_id FROM audit_events";
    /// Rows one export query reads at a time.
    const EXPORT_PAGE: i64 = 1000;

    /// The row as written, computed once from the actor and the entry.
    struct Written<'a> {
        at: String,
        actor: String,
        actor_id: Option<&'a str>,
        options: String,
        entry: &'a Entry,
        /// The actor's language, for the error that stops the operation.
        locale: i18n::Locale,
    }

    impl<'a> Written<'a> {
        fn new(actor: &'a Actor, entry: &'a Entry) -> Self {
            let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            Written { at, actor: actor.audit_name(), actor_id: actor.object_id(), options: entry.options.to_string(), entry, locale: actor.locale() }
        }

        /// A failure to write fails the operation: a change that cannot be audited must not look
        /// like it went through silently.
        fn failed(&self, error: sqlx::Error) -> Error {
            let entry = self.entry;
            tracing::error!(%error, action = %entry.action, target = %entry.target, "could not write the audit trail");
            let (action, outcome) = (entry.action.name(self.locale), entry.outcome.name(self.locale));
            Error::Unavailable(i18n::tr!(self.locale, "audit-not-written", action = action, outcome = outcome))
        }
    }

    /// Runs the INSERT on `$executor` (a pool, or a connection inside the caller's transaction).
    macro_rules! insert {
        ($sql:expr, $row:expr, $executor:expr) => {
            sqlx::query($sql)
                .bind(&$row.at)
                .bind(&$row.actor)
                .bind($row.actor_id)
                .bind($row.entry.action.label())
                .bind(&$row.entry.target)
                .bind(&$row.options)
                .bind($row.entry.outcome.label())
                .bind(&$row.entry.request_id)
                .execute($executor)
                .await
                .map(drop)
        };
    }

    /// Records an attempt. A failure to write fails the operation.
    pub async fn record(db: &Db, actor: &Actor, entry: Entry) -> Result<(), Error> {
        let row = Written::new(actor, &entry);
        let written = match db {
            Db::Sqlite(pool) => insert!(INSERT_SQLITE, row, pool),
            Db::Postgres(pool) => insert!(INSERT_POSTGRES, row, pool),
        };
        written.map_err(|error| row.failed(error))
    }

    /// A connection (of either database) inside a transaction the caller holds.
    #[async_trait::async_trait]
    pub(crate) trait InTransaction: Send {
        /// Writes the audit row on this connection: it commits, or rolls back, with the change
        /// it records.
        async fn record_audit(&mut self, actor: &Actor, entry: &Entry) -> Result<(), Error>;
    }

    macro_rules! in_transaction {
        ($connection:ty, $sql:expr) => {
            #[async_trait::async_trait]
            impl InTransaction for $connection {
                async fn record_audit(&mut self, actor: &Actor, entry: &Entry) -> Result<(), Error> {
                    let row = Written::new(actor, entry);
                    insert!($sql, row, self).map_err(|error| row.failed(error))
                }
            }
        };
    }
    in_transaction!(sqlx::SqliteConnection, INSERT_SQLITE);
    in_transaction!(sqlx::PgConnection, INSERT_POSTGRES);

    /// `%text%` for LIKE, with `%`, `_` and `\` in `text` taken literally.
    fn contains_pattern(text: &str) -> String {
        let escaped = text.trim().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        format!("%{escaped}%")
    }

    fn event(row: &impl RowLike) -> Result<AuditEvent, Error> {
        let action: String = row.text("action")?;
        let outcome: String = row.text("outcome")?;
        let unknown = |what: &str, value: &str| Error::Unavailable(format!("The audit trail holds an unknown {what} {value:?}."));
        Ok(AuditEvent {
            id: row.id()?,
            at: row.text("at")?,
            actor: row.text("actor")?,
            actor_id: row.optional("actor_id")?,
            action: AuditAction::from_label(&action).ok_or_else(|| unknown("action", &action))?,
            target: row.text("target")?,
            options: row.text("options")?,
            outcome: AuditOutcome::from_label(&outcome).ok_or_else(|| unknown("outcome", &outcome))?,
            request_id: row.optional("request_id")?,
        })
    }

    /// Reads columns alike from SQLite and PostgreSQL rows.
    trait RowLike {
        fn id(&self) -> Result<i64, Error>;
        fn text(&self, column: &str) -> Result<String, Error>;
        fn optional(&self, column: &str) -> Result<Option<String>, Error>;
    }

    macro_rules! row_like {
        ($row:ty) => {
            impl RowLike for $row {
                fn id(&self) -> Result<i64, Error> {
                    Ok(self.try_get("id")?)
                }
                fn text(&self, column: &str) -> Result<String, Error> {
                    Ok(self.try_get(column)?)
                }
                fn optional(&self, column: &str) -> Result<Option<String>, Error> {
                    Ok(self.try_get(column)?)
                }
            }
        };
    }
    row_like!(sqlx::sqlite::SqliteRow);
    row_like!(sqlx::postgres::PgRow);

    /// The matching events after id `after`, newest first or oldest first, at most `limit`.
    async fn select(db: &Db, filter: &AuditFilter, after: i64, newest_first: bool, limit: i64) -> Result<Vec<AuditEvent>, Error> {
        let pattern = contains_pattern(&filter.text);
        let since = filter.since.trim();
        let until = filter.until_bound();
        let (actor, target) = (contains_pattern(&filter.actor), contains_pattern(&filter.target));
        let (request, request_end) = filter.request_patterns().unwrap_or_default();
        let order = if newest_first { "DESC" } else { "ASC" };
        // Both databases take `$n` placeholders (sqlx binds them on SQLite too).
        macro_rules! run {
            ($pool:expr, $where:expr) => {{
                let sql = format!("{COLUMNS} {} ORDER BY id {order} LIMIT $5", $where);
                let query = sqlx::query(&sql).bind(&pattern).bind(filter.outcome.trim()).bind(since).bind(after).bind(limit);
                let query = query.bind(&until).bind(&actor).bind(filter.action.trim()).bind(&target).bind(&request).bind(&request_end);
                query.fetch_all($pool).await?.iter().map(event).collect()
            }};
        }
        match db {
            Db::Sqlite(pool) => run!(pool, WHERE_SQLITE),
            Db::Postgres(pool) => run!(pool, WHERE_POSTGRES),
        }
    }

    /// The events whose target is one of `targets` (compared without case), newest first, at most
    /// `limit`: a person's own trail, for a page that has checked its reader already.
    pub(crate) async fn about(db: &Db, targets: &[&str], limit: i64) -> Result<Vec<AuditEvent>, Error> {
        let targets: Vec<String> = targets.iter().map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()).collect();
        if targets.is_empty() {
            return Ok(Vec::new());
        }
        // Both databases take `$n` placeholders (sqlx binds them on SQLite too).
        let places = (1..=targets.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ");
        let sql = format!("{COLUMNS} WHERE lower(target) IN ({places}) ORDER BY id DESC LIMIT ${}", targets.len() + 1);
        match db {
            Db::Sqlite(pool) => {
                let query = targets.iter().fold(sqlx::query(&sql), |q, t| q.bind(t)).bind(limit);
                query.fetch_all(pool).await?.iter().map(event).collect()
            }
            Db::Postgres(pool) => {
                let query = targets.iter().fold(sqlx::query(&sql), |q, t| q.bind(t)).bind(limit);
                query.fetch_all(pool).await?.iter().map(event).collect()
            }
        }
    }

    /// The oldest events written before `before` (a stored time), oldest first, at most `limit`:
    /// what the retention archives next.
    pub(crate) async fn older_than(db: &Db, before: &str, limit: i64) -> Result<Vec<AuditEvent>, Error> {
        let sql = format!("{COLUMNS} WHERE at < $1 ORDER BY id LIMIT $2");
        match db {
            Db::Sqlite(pool) => sqlx::query(&sql).bind(before).bind(limit).fetch_all(pool).await?.iter().map(event).collect(),
            Db::Postgres(pool) => sqlx::query(&sql).bind(before).bind(limit).fetch_all(pool).await?.iter().map(event).collect(),
        }
    }

    /// The filtered audit trail, newest first, at most [`MAX_ROWS`] (Admins only).
    pub async fn list(db: &Db, actor: &Actor, filter: &AuditFilter) -> Result<Vec<AuditEvent>, Error> {
        actor.require(Role::Admin)?;
        select(db, filter, 0, true, MAX_ROWS).await
    }

    /// Every matching event, oldest first, handed to `sink` one at a time while the database is
    /// read a page at a time, so any size of trail exports in constant memory (Admins only).
    /// Returns how many were exported.
    pub async fn export(db: &Db, actor: &Actor, filter: &AuditFilter, mut sink: impl FnMut(&AuditEvent) -> std::io::Result<()>) -> Result<usize, Error> {
        actor.require(Role::Admin)?;
        let (mut after, mut count) = (0, 0);
        loop {
            let page = select(db, filter, after, false, EXPORT_PAGE).await?;
            for event in &page {
                sink(event).map_err(|e| Error::Unavailable(format!("The export could not be written: {e}.")))?;
            }
            count += page.len();
            match page.last() {
                Some(last) if page.len() as i64 == EXPORT_PAGE => after = last.id,
                _ => return Ok(count),
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn operator() -> Actor {
            Actor::Operator { name: "ops".into() }
        }

        async fn add(db: &Db, target: &str, outcome: AuditOutcome) {
            record(db, &operator(), Entry::new(AuditAction::Invite, target, outcome).options(&serde_json::json!({"x": 1})))
                .await
                .unwrap();
        }

        #[tokio::test]
        async fn events_are_listed_newest_first_and_filtered() {
            let db = Db::in_memory().await.unwrap();
            add(&db, "ann@fabrikam.example", AuditOutcome::Invited).await;
            add(&db, "bob_x@contoso.example", AuditOutcome::Refused).await;
            add(&db, "carol#EXT#@northwind.example", AuditOutcome::Failed).await;
            let all = list(&db, &operator(), &AuditFilter::default()).await.unwrap();
            assert_eq!(all.len(), 3);
            assert_eq!(all[0].target, "carol#EXT#@northwind.example");
            assert_eq!(all[0].actor, "ops (command line)");
            assert_eq!(all[0].actor_id, None);
            let by = |text: &str| AuditFilter { text: text.into(), ..AuditFilter::default() };
            assert_eq!(list(&db, &operator(), &by("FABRIKAM")).await.unwrap().len(), 1);
            assert_eq!(list(&db, &operator(), &by("%")).await.unwrap().len(), 0, "% is literal");
            assert_eq!(list(&db, &operator(), &by("_x@")).await.unwrap().len(), 1, "_ is literal");
            assert_eq!(list(&db, &operator(), &by("b_x")).await.unwrap()[0].target, "bob_x@contoso.example");
            assert_eq!(list(&db, &operator(), &by("l#EXT#")).await.unwrap().len(), 1);
            let refused = AuditFilter { outcome: "Refused".into(), ..AuditFilter::default() };
            assert_eq!(list(&db, &operator(), &refused).await.unwrap()[0].outcome, AuditOutcome::Refused);
            let future = AuditFilter { since: "2999-01-01".into(), ..AuditFilter::default() };
            assert!(list(&db, &operator(), &future).await.unwrap().is_empty());
        }

        #[tokio::test]
        async fn events_are_filtered_by_actor_action_target_time_and_request() {
            let db = Db::in_memory().await.unwrap();
            add(&db, "ann@fabrikam.example", AuditOutcome::Invited).await;
            let request = |id: i64, action| Entry::new(action, "bob@contoso.example", AuditOutcome::Changed).options(&serde_json::json!({ "requestId": id, "reason": "x" }));
            record(&db, &operator(), request(1, AuditAction::ApproveInvitationRequest)).await.unwrap();
            record(&db, &Actor::Job { name: "Kim <kim@northwind.example>".into(), object_id: Some("k-1".into()), roles: vec![], locale: i18n::Locale::En }, request(12, AuditAction::DenyInvitationRequest)).await.unwrap();
            let count = |filter: AuditFilter| {
                let db = db.clone();
                async move { list(&db, &operator(), &filter).await.unwrap().len() }
            };
            // (filter, how many match)
            let cases = [
                (AuditFilter { actor: "KIM".into(), ..AuditFilter::default() }, 1),
                (AuditFilter { actor: "k-1".into(), ..AuditFilter::default() }, 1),
                (AuditFilter { actor: "ops".into(), ..AuditFilter::default() }, 2),
                (AuditFilter { action: "Deny invitation request".into(), ..AuditFilter::default() }, 1),
                (AuditFilter { target: "contoso".into(), ..AuditFilter::default() }, 2),
                (AuditFilter { target: "%".into(), ..AuditFilter::default() }, 0),
                (AuditFilter { request: "1".into(), ..AuditFilter::default() }, 1),
                (AuditFilter { request: "12".into(), ..AuditFilter::default() }, 1),
                (AuditFilter { request: "2".into(), ..AuditFilter::default() }, 0),
                (AuditFilter { until: "2000-01-01".into(), ..AuditFilter::default() }, 0),
                (AuditFilter { until: "2999-01-01".into(), since: "2000-01-01".into(), ..AuditFilter::default() }, 3),
                (AuditFilter { actor: "ops".into(), target: "contoso".into(), outcome: "Changed".into(), ..AuditFilter::default() }, 1),
            ];
            for (filter, expected) in cases {
                assert_eq!(count(filter.clone()).await, expected, "{filter:?}");
            }
            let filter = AuditFilter { actor: "Kim & co".into(), request: "12".into(), ..AuditFilter::default() };
            assert_eq!(filter.query(), "actor=Kim+%26+co&request=12");
            assert_eq!(AuditFilter { until: "2026-12-05".into(), ..AuditFilter::default() }.until_bound(), "2026-12-05T23:59:59.999Z");
        }

        #[tokio::test]
        async fn an_export_reads_every_event_oldest_first_page_by_page() {
            let db = Db::in_memory().await.unwrap();
            for n in 0..(EXPORT_PAGE + 5) {
                add(&db, &format!("guest{n}@fabrikam.example"), AuditOutcome::Invited).await;
            }
            let mut seen = Vec::new();
            let count = export(&db, &operator(), &AuditFilter::default(), |e| {
                seen.push(e.id);
                Ok(())
            })
            .await
            .unwrap();
            assert_eq!(count, EXPORT_PAGE as usize + 5);
            assert!(seen.windows(2).all(|w| w[0] < w[1]), "oldest first, each once");
            let one = AuditFilter { text: "guest7@".into(), ..AuditFilter::default() };
            assert_eq!(export(&db, &operator(), &one, |_| Ok(())).await.unwrap(), 1);
        }

        #[tokio::test]
        async fn a_persons_trail_matches_their_addresses_exactly_and_without_case() {
            let db = Db::in_memory().await.unwrap();
            add(&db, "Ann@Fabrikam.example", AuditOutcome::Invited).await;
            add(&db, "joann@fabrikam.example", AuditOutcome::Invited).await;
            add(&db, "ann_fabrikam.example#EXT#@northwind.example", AuditOutcome::Refused).await;
            let found = about(&db, &["ann@fabrikam.example", "ANN_fabrikam.example#EXT#@northwind.example", ""], 10).await.unwrap();
            let targets: Vec<_> = found.iter().map(|e| e.target.as_str()).collect();
            assert_eq!(targets, ["ann_fabrikam.example#EXT#@northwind.example", "Ann@Fabrikam.example"]);
            assert!(about(&db, &[" "], 10).await.unwrap().is_empty());
            assert_eq!(about(&db, &["ann@fabrikam.example"], 0).await.unwrap().len(), 0);
        }

        #[tokio::test]
        async fn the_database_refuses_changes_and_deletions() {
            let db = Db::in_memory().await.unwrap();
            add(&db, "ann@fabrikam.example", AuditOutcome::Invited).await;
            let Db::Sqlite(pool) = &db else { unreachable!() };
            assert!(sqlx::query("UPDATE audit_events SET outcome = 'Refused'").execute(pool).await.is_err());
            assert!(sqlx::query("DELETE FROM audit_events").execute(pool).await.is_err());
            assert_eq!(list(&db, &operator(), &AuditFilter::default()).await.unwrap()[0].outcome, AuditOutcome::Invited);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_that_look_like_formulas_are_neutralised() {
        let event = AuditEvent {
            id: 7,
            at: "2026-11-23T17:00:00Z".into(),
            actor: "=HYPERLINK(\"http://evil\")".into(),
            actor_id: None,
            action: AuditAction::Invite,
            target: "+1@x.example".into(),
            options: "-sum".into(),
            outcome: AuditOutcome::Failed,
            request_id: Some("@cmd".into()),
        };
        let csv = to_csv(&[event]);
        let line = csv.lines().nth(1).unwrap();
        assert_eq!(
            line,
            "\"7\",\"2026-11-23T17:00:00Z\",\"'=HYPERLINK(\"\"http://evil\"\")\",\"\",\"Invite\",\"'+1@x.example\",\"'-sum\",\"Failed\",\"'@cmd\""
        );
        assert!(csv.starts_with("\"id\",\"at\""));
    }

    #[test]
    fn labels_round_trip() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::from_label(action.label()), Some(action));
        }
        for outcome in AuditOutcome::ALL {
            assert_eq!(AuditOutcome::from_label(outcome.label()), Some(outcome));
        }
    }
}
