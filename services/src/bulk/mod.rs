//! Bulk invite: a file (Microsoft Entra's bulk invite template, Guestlist's richer one, any CSV
//! with recognisable headers, or addresses pasted one a line) becomes a stored preview in which
//! every row is marked new, already in the directory, blocked, invalid or a duplicate, with why in
//! plain words; rows can be fixed or dropped. Nothing is sent until the inviter confirms; then a
//! background job (kind `bulk-invite`) invites row by row, each row's state written before and
//! after its Graph call, re-checking the directory before it repeats a row that was cut off.
//! The portal's pages and `guestlist bulk-invite` share all of it.

use i18n::{tr, Locale};
use serde::{Deserialize, Serialize};

use crate::checks::ExistingUser;
use crate::jobs::{Job, JobId, JobRow, RowCounts, RowState};

pub mod parse;

pub use parse::{Column, FileError, Format, HeaderMapping, LineError, ParsedFile, RowFields};

/// What the preview found for a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nobody has the address yet: they will be invited.
    New,
    /// Someone in the directory has the address: resend, reset or skip, as chosen.
    Existing,
    /// An invitation would be refused (domain, lists, permission, redirect…); the reasons say why.
    Blocked,
    /// A cell cannot be used (no address, an address Microsoft does not take, true/false…).
    Invalid,
    /// The same address on an earlier row: only that one counts.
    Duplicate,
    /// Nothing stands in the way, but the person may not send it themselves (the rule is in the
    /// reasons): confirming makes it an invitation request for an approver.
    NeedsApproval,
}

impl Verdict {
    pub const ALL: [Verdict; 6] =
        [Verdict::New, Verdict::NeedsApproval, Verdict::Existing, Verdict::Blocked, Verdict::Invalid, Verdict::Duplicate];

    pub fn label(self) -> &'static str {
        match self {
            Verdict::New => "New",
            Verdict::Existing => "Already in the directory",
            Verdict::Blocked => "Blocked",
            Verdict::Invalid => "Invalid",
            Verdict::Duplicate => "Duplicate",
            Verdict::NeedsApproval => "Needs approval",
        }
    }

    /// [`Verdict::label`] in `locale`.
    pub fn name(self, locale: Locale) -> String {
        let id = match self {
            Verdict::New => "bulk-verdict-new",
            Verdict::Existing => "bulk-verdict-existing",
            Verdict::Blocked => "bulk-verdict-blocked",
            Verdict::Invalid => "bulk-verdict-invalid",
            Verdict::Duplicate => "bulk-verdict-duplicate",
            Verdict::NeedsApproval => "bulk-verdict-needs-approval",
        };
        i18n::translate(locale, id, &[])
    }
}

/// What to do with someone already in the directory.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExistingChoice {
    /// Leave them as they are (the default).
    #[default]
    Skip,
    /// A fresh invitation link (pending guests).
    Resend,
    /// Reset their redemption so they accept again (Admins, or the application credential).
    Reset,
}

impl ExistingChoice {
    pub const ALL: [ExistingChoice; 3] = [ExistingChoice::Skip, ExistingChoice::Resend, ExistingChoice::Reset];

    pub fn as_str(self) -> &'static str {
        match self {
            ExistingChoice::Skip => "skip",
            ExistingChoice::Resend => "resend",
            ExistingChoice::Reset => "reset",
        }
    }

    pub fn parse(value: &str) -> Option<ExistingChoice> {
        ExistingChoice::ALL.into_iter().find(|c| c.as_str() == value.trim())
    }

    pub fn words(self) -> &'static str {
        match self {
            ExistingChoice::Skip => "Skip them",
            ExistingChoice::Resend => "Resend the invitation (a new link)",
            ExistingChoice::Reset => "Reset their redemption",
        }
    }

    /// [`ExistingChoice::words`] in `locale`.
    pub fn name(self, locale: Locale) -> String {
        let id = match self {
            ExistingChoice::Skip => "bulk-choice-skip",
            ExistingChoice::Resend => "bulk-choice-resend",
            ExistingChoice::Reset => "bulk-choice-reset",
        };
        i18n::translate(locale, id, &[])
    }
}

/// One row of a preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    /// The row's number in the preview (1 for the first), which fixing and dropping name.
    pub number: usize,
    /// The line of the file it came from.
    pub line: u64,
    pub fields: RowFields,
    pub verdict: Verdict,
    /// Why, in plain words (empty for a new row).
    pub reasons: Vec<String>,
    /// Who has the address, for [`Verdict::Existing`].
    pub existing: Option<ExistingUser>,
    /// For [`Verdict::Existing`].
    pub choice: ExistingChoice,
    /// Left out by the inviter.
    pub dropped: bool,
    /// The invitation request confirming made of a [`Verdict::NeedsApproval`] row.
    #[serde(default)]
    pub request: Option<i64>,
}

impl PreviewRow {
    /// Whether confirming sends something for this row.
    pub fn will_send(&self) -> bool {
        !self.dropped && (self.verdict == Verdict::New || (self.verdict == Verdict::Existing && self.choice != ExistingChoice::Skip))
    }

    /// Whether confirming makes this row an invitation request for an approver.
    pub fn will_ask(&self) -> bool {
        !self.dropped && self.verdict == Verdict::NeedsApproval
    }

    /// What confirming does with the row, in words.
    pub fn plan(&self) -> &'static str {
        match (self.dropped, self.verdict, self.choice) {
            (true, _, _) => "Dropped",
            (false, Verdict::New, _) => "Invite",
            (false, Verdict::NeedsApproval, _) => "Ask an approver",
            (false, Verdict::Existing, ExistingChoice::Resend) => "Resend",
            (false, Verdict::Existing, ExistingChoice::Reset) => "Reset redemption",
            (false, _, _) => "Skip",
        }
    }

    /// [`PreviewRow::plan`] in `locale`, for people.
    pub fn plan_words(&self, locale: Locale) -> String {
        plan_words(self.plan(), locale)
    }
}

/// A plan ([`PreviewRow::plan`], or "Skip" for an unreadable line) in `locale`.
fn plan_words(plan: &str, locale: Locale) -> String {
    let id = match plan {
        "Dropped" => "bulk-plan-dropped",
        "Invite" => "bulk-plan-invite",
        "Ask an approver" => "bulk-plan-ask",
        "Resend" => "bulk-plan-resend",
        "Reset redemption" => "bulk-plan-reset",
        _ => "bulk-plan-skip",
    };
    i18n::translate(locale, id, &[])
}

/// Rows of a preview by what happens to them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub rows: usize,
    pub new: usize,
    pub existing: usize,
    pub blocked: usize,
    pub invalid: usize,
    pub duplicate: usize,
    pub dropped: usize,
    /// Rows confirming sends: new ones, and existing ones to resend or reset.
    pub to_send: usize,
    /// Rows confirming turns into invitation requests for an approver.
    pub needs_approval: usize,
}

/// A stored bulk invitation: the preview and, once confirmed, its job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkInvite {
    /// Random (a UUID): the pages' addresses carry it.
    pub id: String,
    /// The uploaded file's name, or "pasted addresses".
    pub source: String,
    pub format: Format,
    pub headers: Vec<HeaderMapping>,
    pub rows: Vec<PreviewRow>,
    /// Lines that could not be read as rows at all.
    pub errors: Vec<LineError>,
    /// As the audit trail names the person who made it.
    pub created_by: String,
    /// RFC 3339.
    pub created_at: String,
    pub job: Option<JobId>,
    /// The bulk invitation whose failed rows this one retries.
    pub retry_of: Option<String>,
    /// When it was confirmed (RFC 3339); its rows cannot change after that. (Invitations stored
    /// before requests existed have none: their job says they were confirmed.)
    #[serde(default)]
    pub confirmed_at: Option<String>,
}

impl BulkInvite {
    /// Whether it was confirmed: its invitations sent (a job) or its requests made.
    pub fn is_confirmed(&self) -> bool {
        self.job.is_some() || self.confirmed_at.is_some()
    }

    pub fn totals(&self) -> Totals {
        let mut totals = Totals { rows: self.rows.len(), ..Totals::default() };
        for row in &self.rows {
            if row.dropped {
                totals.dropped += 1;
                continue;
            }
            match row.verdict {
                Verdict::New => totals.new += 1,
                Verdict::Existing => totals.existing += 1,
                Verdict::Blocked => totals.blocked += 1,
                Verdict::Invalid => totals.invalid += 1,
                Verdict::Duplicate => totals.duplicate += 1,
                Verdict::NeedsApproval => totals.needs_approval += 1,
            }
            totals.to_send += usize::from(row.will_send());
        }
        totals
    }

    /// The preview's one-line summary in `locale`.
    pub fn summary(&self, locale: Locale) -> String {
        let t = self.totals();
        let mut parts = vec![tr!(locale, "bulk-summary-new", count = t.new)];
        let counts = [
            (t.needs_approval, "bulk-summary-needs-approval"),
            (t.existing, "bulk-summary-existing"),
            (t.blocked, "bulk-summary-blocked"),
            (t.invalid, "bulk-summary-invalid"),
            (t.duplicate, "bulk-summary-duplicate"),
            (t.dropped, "bulk-summary-dropped"),
            (self.errors.len(), "bulk-summary-unreadable"),
        ];
        for (n, id) in counts {
            if n > 0 {
                parts.push(i18n::translate(locale, id, &[("count", i18n::Arg::from(n))]));
            }
        }
        let parts = parts.join(&tr!(locale, "bulk-summary-separator"));
        match t.needs_approval {
            0 => tr!(locale, "bulk-summary", rows = t.rows, parts = parts, send = t.to_send),
            ask => tr!(locale, "bulk-summary-asking", rows = t.rows, parts = parts, send = t.to_send, ask = ask),
        }
    }
}

/// A bulk invitation with its job (once confirmed; its rows counted, not read), and the progress
/// figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkStatus {
    pub invite: BulkInvite,
    pub job: Option<Job>,
    /// Whether the viewer made it (only they fix, drop, confirm or retry).
    pub mine: bool,
    pub progress: Option<Progress>,
}

/// How far a job is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub total: i64,
    pub done: i64,
    pub failed: i64,
    pub remaining: i64,
    pub cancelled: i64,
    /// Whole percent of rows ended.
    pub percent: i64,
    /// Rows ended per second since the job started.
    pub rate: f64,
    /// Seconds left at that rate.
    pub seconds_left: Option<i64>,
    /// The job's state label ("Running"), as code compares it ([`crate::jobs::JobState::label`]).
    pub state: String,
    pub open: bool,
    /// "14:05:09 UTC" while the job waits for Graph, busy or out of reach, before going on by itself.
    pub paused_until: Option<String>,
    /// The state, percent and [`Progress::sentence`] in the viewer's language, as the page
    /// shows it: put in by the server ([`Progress::told`]), since the browser has no messages.
    #[serde(default)]
    pub status: String,
}

impl Progress {
    /// From a job's counts and how long it has run.
    pub fn of(counts: RowCounts, total: i64, state: &str, open: bool, seconds: f64) -> Progress {
        let ended = counts.done + counts.failed + counts.cancelled;
        let remaining = counts.pending + counts.in_flight;
        let rate = if seconds > 0.0 { (counts.done + counts.failed) as f64 / seconds } else { 0.0 };
        Progress {
            total,
            done: counts.done,
            failed: counts.failed,
            remaining,
            cancelled: counts.cancelled,
            percent: if total > 0 { ended * 100 / total } else { 100 },
            rate,
            seconds_left: (rate > 0.0 && remaining > 0).then(|| (remaining as f64 / rate).ceil() as i64),
            state: state.to_owned(),
            open,
            paused_until: None,
            status: String::new(),
        }
    }

    /// [`Progress::sentence`] in `locale`.
    pub fn sentence(&self, locale: Locale) -> String {
        let pace = if self.open && self.rate > 0.0 {
            let rate = format!("{:.1}", self.rate);
            let rate = if matches!(locale, Locale::En | Locale::Ar) { rate } else { rate.replace('.', ",") };
            let pace = match self.seconds_left {
                Some(left) => tr!(locale, "bulk-progress-pace-left", rate = rate, left = duration_words(left, locale)),
                None => tr!(locale, "bulk-progress-pace", rate = rate),
            };
            format!(" — {pace}")
        } else {
            String::new()
        };
        let mut text = tr!(
            locale,
            "bulk-progress-sentence",
            done = self.done,
            total = self.total,
            failed = self.failed,
            remaining = self.remaining,
            cancelled = self.cancelled,
            pace = pace
        );
        if let Some(at) = self.paused_until.as_deref().filter(|_| self.open) {
            text.push(' ');
            text.push_str(&tr!(locale, "bulk-progress-paused", at = at));
        }
        text
    }

    /// The progress with its [`Progress::status`] line in `locale`: "Running — 45 %. 16 of 40 done…".
    pub fn told(mut self, locale: Locale) -> Progress {
        let state = crate::jobs::JobState::ALL.iter().find(|s| s.label() == self.state).map_or_else(|| self.state.clone(), |s| s.name(locale));
        self.status = tr!(locale, "bulk-progress-status", state = state, percent = self.percent, sentence = self.sentence(locale));
        self
    }
}

fn duration_words(seconds: i64, locale: Locale) -> String {
    match seconds {
        s if s < 90 => tr!(locale, "bulk-duration-seconds", n = s),
        s if s < 5400 => tr!(locale, "bulk-duration-minutes", n = (s + 30) / 60),
        s => tr!(locale, "bulk-duration-hours", n = (s + 1800) / 3600),
    }
}

/// One row's outcome, as the results show and download it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowOutcome {
    pub line: u64,
    pub email: String,
    pub display_name: String,
    /// "Invited", "Failed", "Skipped: blocked"…
    pub outcome: String,
    pub user_id: String,
    /// When no e-mail was sent (or on a resend): the link to pass on.
    pub redeem_url: String,
    /// The error or the reasons, in plain words.
    pub detail: String,
    pub request_id: String,
}

/// [`outcomes`] in `locale` (what the job stored is in the language it ran in).
pub fn outcomes(invite: &BulkInvite, rows: &[JobRow], locale: Locale) -> Vec<RowOutcome> {
    let ran: std::collections::HashMap<u64, &JobRow> =
        rows.iter().filter_map(|r| Some((r.input.get("number")?.as_u64()?, r))).collect();
    let by_number = |number: usize| ran.get(&(number as u64)).copied();
    invite
        .rows
        .iter()
        .map(|row| {
            let mut out = RowOutcome {
                line: row.line,
                email: row.fields.email.clone(),
                display_name: row.fields.display_name.clone(),
                ..RowOutcome::default()
            };
            let text = |value: Option<&serde_json::Value>, key: &str| {
                value.and_then(|v| v.get(key)).and_then(|v| v.as_str()).unwrap_or_default().to_owned()
            };
            match by_number(row.number) {
                Some(ran) => {
                    let result = ran.result.as_ref();
                    out.user_id = text(result, "userId");
                    // Graph returns a redeem link for every invitation; it is for passing on only when
                    // Microsoft sent no e-mail (a resend's link is always for passing on).
                    let mailed = row.plan() == "Invite" && row.fields.form().send_mail();
                    out.redeem_url = if mailed { String::new() } else { text(result, "redeemUrl") };
                    out.request_id = text(result, "requestId");
                    let done = match row.plan() {
                        "Resend" => "bulk-outcome-resent",
                        "Reset redemption" => "bulk-outcome-reset",
                        _ => "bulk-outcome-invited",
                    };
                    out.outcome = match ran.state {
                        RowState::Done => i18n::translate(locale, done, &[]),
                        state => state.name(locale),
                    };
                    let mut detail = Vec::new();
                    if let Some(error) = &ran.error {
                        detail.push(error.clone());
                    }
                    if result.and_then(|r| r.get("foundAfterInterruption")).and_then(|f| f.as_bool()) == Some(true) {
                        // The interrupted attempt may have stopped between the invitation and its follow-up steps.
                        detail.push(tr!(locale, "bulk-outcome-found-after-interruption"));
                    }
                    if let Some(steps) = result.and_then(|r| r.get("failedSteps")).and_then(|s| s.as_array()) {
                        detail.extend(steps.iter().filter_map(|s| s.as_str()).map(|s| tr!(locale, "bulk-outcome-step-failed", step = s)));
                    }
                    out.detail = detail.join(" ");
                }
                None => {
                    out.outcome = match (row.dropped, row.verdict, row.request) {
                        (true, _, _) => tr!(locale, "bulk-outcome-dropped"),
                        (false, _, Some(request)) => tr!(locale, "bulk-outcome-requested", request = request.to_string()),
                        (false, Verdict::New | Verdict::NeedsApproval, None) if !invite.is_confirmed() => tr!(locale, "bulk-outcome-not-sent"),
                        (false, verdict, None) => tr!(locale, "bulk-outcome-skipped", verdict = verdict.name(locale).to_lowercase()),
                    };
                    out.user_id = row.existing.as_ref().map(|e| e.id.clone()).unwrap_or_default();
                    out.detail = row.reasons.join(" ");
                }
            }
            out
        })
        .collect()
}

/// The results as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark for Excel), every cell
/// formula-safe: the file holds what other people typed.
pub fn outcomes_csv(outcomes: &[RowOutcome]) -> String {
    let cell = crate::audit::csv_cell;
    let mut out = String::from("\u{FEFF}");
    let header = ["line", "email", "display_name", "outcome", "user_id", "redeem_url", "detail", "request_id"];
    out.push_str(&(header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(",") + "\r\n"));
    for o in outcomes {
        let line = o.line.to_string();
        let cells = [line.as_str(), &o.email, &o.display_name, &o.outcome, &o.user_id, &o.redeem_url, &o.detail, &o.request_id];
        out.push_str(&(cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n"));
    }
    out
}

/// [`preview_csv`], what was found and what happens in `locale` (the column names stay as they are).
pub fn preview_csv(invite: &BulkInvite, locale: Locale) -> String {
    let cell = crate::audit::csv_cell;
    let mut out = String::from("\u{FEFF}");
    let header = ["line", "email", "display_name", "found", "plan", "reasons", "existing_user"];
    out.push_str(&(header.iter().map(|h| cell(h)).collect::<Vec<_>>().join(",") + "\r\n"));
    for row in &invite.rows {
        let line = row.line.to_string();
        let reasons = row.reasons.join(" ");
        let existing = row.existing.as_ref().map(|e| e.user_principal_name.clone()).unwrap_or_default();
        let (verdict, plan) = (row.verdict.name(locale), row.plan_words(locale));
        let cells = [line.as_str(), &row.fields.email, &row.fields.display_name, &verdict, &plan, &reasons, &existing];
        out.push_str(&(cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n"));
    }
    for error in &invite.errors {
        let line = error.line.to_string();
        let (unreadable, skip, text) = (tr!(locale, "bulk-verdict-unreadable"), plan_words("Skip", locale), error.words(locale));
        let cells = [line.as_str(), "", "", &unreadable, &skip, &text, ""];
        out.push_str(&(cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n"));
    }
    out
}

#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub use service::*;

#[cfg(test)]
mod tests {
    use super::*;

    fn row(number: usize, verdict: Verdict) -> PreviewRow {
        PreviewRow {
            number,
            line: number as u64 + 1,
            fields: RowFields { email: format!("p{number}@partner.example"), ..RowFields::default() },
            verdict,
            reasons: Vec::new(),
            existing: None,
            choice: ExistingChoice::Skip,
            dropped: false,
            request: None,
        }
    }

    fn invite(rows: Vec<PreviewRow>) -> BulkInvite {
        BulkInvite {
            id: "b".into(),
            source: "f.csv".into(),
            format: Format::Csv,
            headers: Vec::new(),
            rows,
            errors: Vec::new(),
            created_by: "x".into(),
            created_at: String::new(),
            job: None,
            retry_of: None,
            confirmed_at: None,
        }
    }

    #[test]
    fn totals_count_what_confirming_sends() {
        let mut existing = row(2, Verdict::Existing);
        existing.choice = ExistingChoice::Resend;
        let mut dropped = row(5, Verdict::New);
        dropped.dropped = true;
        let preview = invite(vec![row(1, Verdict::New), existing, row(3, Verdict::Blocked), row(4, Verdict::Duplicate), dropped, row(6, Verdict::Invalid)]);
        let t = preview.totals();
        assert_eq!((t.rows, t.new, t.existing, t.blocked, t.duplicate, t.dropped, t.invalid, t.to_send), (6, 1, 1, 1, 1, 1, 1, 2));
        assert_eq!(preview.summary(Locale::En), "6 rows: 1 to invite, 1 already in the directory, 1 blocked, 1 invalid, 1 duplicates, 1 dropped. Confirming sends 2.");
    }

    #[test]
    fn csv_downloads_are_formula_safe() {
        let mut evil = row(1, Verdict::New);
        evil.fields.display_name = "=HYPERLINK(\"http://x\")".into();
        let preview = invite(vec![evil]);
        let csv = preview_csv(&preview, Locale::En);
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
        let results = outcomes_csv(&outcomes(&preview, &[], Locale::En));
        assert!(results.contains("\"'=HYPERLINK(") && results.contains("\"Not sent yet\""), "{results}");
    }

    #[test]
    fn rows_for_an_approver_are_counted_apart_and_end_as_their_requests() {
        let mut asked = row(2, Verdict::NeedsApproval);
        let mut preview = invite(vec![row(1, Verdict::New), asked.clone(), row(3, Verdict::Blocked)]);
        let t = preview.totals();
        assert_eq!((t.new, t.needs_approval, t.to_send), (1, 1, 1));
        assert_eq!(preview.summary(Locale::En), "3 rows: 1 to invite, 1 need an approver's approval, 1 blocked. Confirming sends 1 and asks an approver for 1.");
        assert_eq!((asked.plan(), asked.will_send(), asked.will_ask()), ("Ask an approver", false, true));
        assert_eq!(outcomes(&preview, &[], Locale::En)[1].outcome, "Not sent yet");
        asked.request = Some(12);
        preview.rows[1] = asked;
        preview.confirmed_at = Some("2026-12-06T07:00:00.000Z".into());
        let results = outcomes(&preview, &[], Locale::En);
        assert_eq!(results[1].outcome, "Request 12 sent for approval");
    }

    #[test]
    fn progress_reads_as_a_sentence() {
        let counts = RowCounts { pending: 20, in_flight: 2, done: 16, failed: 2, cancelled: 0 };
        let progress = Progress::of(counts, 40, "Running", true, 6.0);
        assert_eq!((progress.percent, progress.remaining, progress.seconds_left), (45, 22, Some(8)));
        assert_eq!(progress.sentence(Locale::En), "16 of 40 done, 2 failed, 22 remaining — 3.0 a second, about 8 s left.");
        let paused = Progress { paused_until: Some("14:02:31 UTC".into()), ..progress };
        assert!(paused.sentence(Locale::En).ends_with(
            "left. Paused by itself: Microsoft Graph is busy or not answering. It goes on by itself at 14:02:31 UTC; nothing is lost meanwhile."
        ));
        let ended = Progress { open: false, ..paused };
        assert!(!ended.sentence(Locale::En).contains("Paused"), "an ended job does not wait");
    }
}
