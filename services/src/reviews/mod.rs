//! Review campaigns and lifecycle rules: sponsors attest that their guests still need access,
//! and decisions are applied safely.
//!
//! - A **campaign** (Admins) picks guests by a scope, asks each guest's sponsors (or a fallback
//!   reviewer) to keep, extend or end them, reminds reviewers with open items, and once it has
//!   ended applies the decisions (and what was chosen for guests nobody reviewed).
//! - A **lifecycle rule** (Admins) is evaluated every day by the worker: attestation, inactivity,
//!   too few sponsors, or an invitation not redeemed, each with its action and scope; rules go in
//!   order of priority and a guest is handled by the first that matches.
//!
//! Both go through the same rails: a dry run that says what will happen to whom and why (with the
//! sign-in dates read), a cap per run above which nothing happens until an Admin confirms, a kill
//! switch that stops every automatic change, "end" as disable now and delete after the grace
//! period (the `guest_lifecycle` rows the end-grace task reads), undo, and an audit row for every
//! step naming the campaign or rule.

use i18n::{tr, Locale};
use serde::{Deserialize, Serialize};

/// Which guests a campaign or rule looks at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    All,
    /// Guests whose address is at this domain (lower case).
    Domain(String),
    /// Guests in this group (its object id).
    Group(String),
    /// Guests whose every sign-in signal, and account, is older than this many days.
    Inactive(u32),
    /// Invitations pending for more than this many days.
    Pending(u32),
}

impl Scope {
    /// Stored as a kind and a value.
    pub fn parts(&self) -> (&'static str, String) {
        match self {
            Scope::All => ("all", String::new()),
            Scope::Domain(d) => ("domain", d.clone()),
            Scope::Group(g) => ("group", g.clone()),
            Scope::Inactive(n) => ("inactive", n.to_string()),
            Scope::Pending(n) => ("pending", n.to_string()),
        }
    }

    /// From a form's (or the table's) kind and value; the error says what to enter, in `locale`.
    pub fn from_parts(kind: &str, value: &str, locale: Locale) -> Result<Scope, String> {
        let value = value.trim();
        let days = |id: &str| value.parse::<u32>().ok().filter(|n| (1..=3650).contains(n)).ok_or_else(|| i18n::translate(locale, id, &[]));
        match kind {
            "all" => Ok(Scope::All),
            "domain" if value.contains('.') && !value.contains(char::is_whitespace) => Ok(Scope::Domain(value.trim_start_matches('@').to_lowercase())),
            "domain" => Err(tr!(locale, "reviews-scope-enter-domain")),
            "group" if !value.is_empty() => Ok(Scope::Group(value.to_owned())),
            "group" => Err(tr!(locale, "reviews-scope-enter-group")),
            "inactive" => days("reviews-scope-enter-inactive-days").map(Scope::Inactive),
            "pending" => days("reviews-scope-enter-pending-days").map(Scope::Pending),
            _ => Err(tr!(locale, "reviews-scope-choose")),
        }
    }

    /// The scope in words, in `locale` (the audit trail takes English).
    pub fn words(&self, locale: Locale) -> String {
        match self {
            Scope::All => tr!(locale, "reviews-scope-all"),
            Scope::Domain(d) => tr!(locale, "reviews-scope-domain", domain = d),
            Scope::Group(g) => tr!(locale, "reviews-scope-group", group = g),
            Scope::Inactive(n) => tr!(locale, "reviews-scope-inactive", days = *n),
            Scope::Pending(n) => tr!(locale, "reviews-scope-pending", days = *n),
        }
    }
}

/// What happens to guests no reviewer decided on when the campaign is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unreviewed {
    NoChange,
    End,
    Keep,
}

impl Unreviewed {
    pub fn as_str(self) -> &'static str {
        match self {
            Unreviewed::NoChange => "no_change",
            Unreviewed::End => "end",
            Unreviewed::Keep => "keep",
        }
    }

    pub fn parse(value: &str) -> Option<Unreviewed> {
        [Unreviewed::NoChange, Unreviewed::End, Unreviewed::Keep].into_iter().find(|u| u.as_str() == value)
    }

    pub fn words(self, locale: Locale) -> String {
        match self {
            Unreviewed::NoChange => tr!(locale, "reviews-unreviewed-no-change"),
            Unreviewed::End => tr!(locale, "reviews-unreviewed-end"),
            Unreviewed::Keep => tr!(locale, "reviews-unreviewed-keep"),
        }
    }
}

/// A reviewer's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Keep,
    Extend,
    End,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Keep => "keep",
            Decision::Extend => "extend",
            Decision::End => "end",
        }
    }

    pub fn parse(value: &str) -> Option<Decision> {
        [Decision::Keep, Decision::Extend, Decision::End].into_iter().find(|d| d.as_str() == value)
    }
}

/// The New campaign form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignForm {
    pub name: String,
    /// `all`, `domain`, `group`, `inactive` or `pending`.
    pub scope: String,
    /// The domain, group id or number of days.
    pub value: String,
    /// The fallback reviewer's e-mail address (empty: the Admin who starts it).
    pub fallback: String,
    /// `YYYY-MM-DD`; empty: today.
    pub starts: String,
    /// `YYYY-MM-DD`.
    pub ends: String,
    /// `no_change`, `end` or `keep`.
    pub unreviewed: String,
}

/// A campaign in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignSummary {
    pub id: i64,
    pub name: String,
    pub scope: String,
    pub starts: String,
    pub ends: String,
    /// "Running", "Ended: waiting to be applied", "Applied on …".
    pub state: String,
    pub items: usize,
    pub decided: usize,
}

/// One reviewer's progress in a campaign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewerProgress {
    pub id: String,
    pub name: String,
    pub fallback: bool,
    pub decided: usize,
    pub open: usize,
    /// Open after the end date.
    pub overdue: usize,
}

/// A campaign's page: its settings and the progress per reviewer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub summary: CampaignSummary,
    pub fallback: String,
    pub unreviewed: String,
    pub applied: bool,
    pub ended: bool,
    pub reviewers: Vec<ReviewerProgress>,
    /// Guests in the scope whose activity cannot be told (no sign-in data): not in the campaign.
    pub cannot_tell: Vec<String>,
}

/// One guest for a reviewer to decide on (My guests, "To review").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToReview {
    pub item_id: i64,
    pub campaign: String,
    pub ends: String,
    pub guest_id: String,
    pub guest_name: String,
    pub guest_mail: Option<String>,
    pub evidence: String,
    /// Set when it came to the reader as fallback reviewer.
    pub routed: Option<String>,
    /// Their decision so far, in words (they may change it until the campaign is applied).
    pub decided: Option<String>,
}

/// One line of a dry run (or of what a run did).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanLine {
    pub guest_id: String,
    pub guest: String,
    /// "Disable now, delete on 5 January 2027", "Keep (next review 5 March 2027)", "No change".
    pub change: String,
    /// Who decided and why, or which rule matched.
    pub why: String,
    /// The sign-in dates and other facts read.
    pub evidence: String,
    /// This line changes an account (counts against the cap).
    pub changes_account: bool,
}

/// A dry run: exactly what applying will do.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub title: String,
    pub lines: Vec<PlanLine>,
    /// Accounts it would change (disable or end).
    pub changes: usize,
    pub cap: usize,
    pub kill_switch: bool,
    /// Why it cannot be applied now, if it cannot.
    pub blocked: Option<String>,
}

impl Plan {
    pub fn over_cap(&self) -> bool {
        self.changes > self.cap
    }
}

/// One row of a campaign's report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    /// The review item (for undo).
    pub item: i64,
    pub guest: String,
    pub guest_id: String,
    pub decision: String,
    pub decided_by: String,
    pub decided_at: String,
    pub justification: String,
    pub outcome: String,
    /// When an Admin undid the block ("6 December 2026"); not part of the sealed row.
    pub undone: Option<String>,
    /// The campaign blocked this guest's sign-in and nobody undid it yet.
    pub undoable: bool,
    /// This row's link in the hash chain (SHA-256 over the row and the previous hash, hex).
    pub hash: String,
    /// The stored hash does not match the row as it is now: it was edited after the report.
    pub tampered: bool,
}

/// A finished campaign's report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub campaign: String,
    pub scope: String,
    pub applied: String,
    pub rows: Vec<ReportRow>,
}

impl Report {
    pub fn intact(&self) -> bool {
        !self.rows.iter().any(|r| r.tampered)
    }
}

/// What a lifecycle rule looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleKind {
    /// No sponsor confirmed the guest in the last N days.
    Attestation,
    /// Every sign-in signal, and the account, older than N days.
    Inactivity,
    /// Fewer than N sponsors who can act.
    Sponsors,
    /// Invitation not redeemed after N days.
    Unredeemed,
}

impl RuleKind {
    pub const ALL: [RuleKind; 4] = [RuleKind::Attestation, RuleKind::Inactivity, RuleKind::Sponsors, RuleKind::Unredeemed];

    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Attestation => "attestation",
            RuleKind::Inactivity => "inactivity",
            RuleKind::Sponsors => "sponsors",
            RuleKind::Unredeemed => "unredeemed",
        }
    }

    pub fn parse(value: &str) -> Option<RuleKind> {
        RuleKind::ALL.into_iter().find(|k| k.as_str() == value)
    }

    fn message(self) -> &'static str {
        match self {
            RuleKind::Attestation => "reviews-kind-attestation",
            RuleKind::Inactivity => "reviews-kind-inactivity",
            RuleKind::Sponsors => "reviews-kind-sponsors",
            RuleKind::Unredeemed => "reviews-kind-unredeemed",
        }
    }

    /// The rule in words, with its number, in `locale` (the audit trail takes English).
    pub fn words(self, locale: Locale, n: i64) -> String {
        i18n::translate(locale, self.message(), &[("n", i18n::Arg::from(n))])
    }

    /// The rule in words with "N" for its number, for the New rule form.
    pub fn form_words(self, locale: Locale) -> String {
        i18n::translate(locale, self.message(), &[("n", i18n::Arg::from("N"))])
    }
}

/// What a rule does to the guests it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleAction {
    Notify,
    Disable,
    DisableThenDelete,
}

impl RuleAction {
    pub const ALL: [RuleAction; 3] = [RuleAction::Notify, RuleAction::Disable, RuleAction::DisableThenDelete];

    pub fn as_str(self) -> &'static str {
        match self {
            RuleAction::Notify => "notify",
            RuleAction::Disable => "disable",
            RuleAction::DisableThenDelete => "disable_delete",
        }
    }

    pub fn parse(value: &str) -> Option<RuleAction> {
        RuleAction::ALL.into_iter().find(|a| a.as_str() == value)
    }

    /// What the rule does, in `locale` (the audit trail takes English).
    pub fn words(self, locale: Locale) -> String {
        match self {
            RuleAction::Notify => tr!(locale, "reviews-action-notify"),
            RuleAction::Disable => tr!(locale, "reviews-action-disable"),
            RuleAction::DisableThenDelete => tr!(locale, "reviews-action-disable-delete"),
        }
    }
}

/// The New rule form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleForm {
    pub name: String,
    pub kind: String,
    pub threshold: String,
    pub action: String,
    /// `all`, `domain` or `group`.
    pub scope: String,
    pub value: String,
    pub priority: String,
}

/// A rule with its last run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: i64,
    pub name: String,
    pub condition: String,
    pub action: String,
    pub scope: String,
    pub priority: i64,
    pub enabled: bool,
    pub last_run: Option<String>,
    pub last_changed: i64,
    pub last_skipped: i64,
    pub last_summary: Option<String>,
}

/// A guest a rule acted on, with undo while it can be undone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleChange {
    pub id: i64,
    pub rule: String,
    pub guest_id: String,
    pub guest: String,
    pub action: String,
    pub at: String,
    pub evidence: String,
    pub undoable: bool,
}

/// The rules page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub rules: Vec<Rule>,
    pub recent: Vec<RuleChange>,
    pub kill_switch: bool,
    pub cap: usize,
    pub grace_days: u32,
}

#[cfg(feature = "server")]
mod apply;
#[cfg(feature = "server")]
mod campaigns;
#[cfg(feature = "server")]
mod evidence;
#[cfg(feature = "server")]
mod report;
#[cfg(feature = "server")]
mod rules;
#[cfg(feature = "server")]
mod store;

#[cfg(feature = "server")]
pub use apply::{apply_campaign, kill_switch, plan_campaign, set_kill_switch, undo_campaign_item};
#[cfg(feature = "server")]
pub use campaigns::{campaign, campaigns, decide, dont_know, remind, send_due_reminders, start, to_review};
#[cfg(feature = "server")]
pub use evidence::{inactivity, Inactivity};
#[cfg(feature = "server")]
pub use report::{report, report_csv, verify_csv};
#[cfg(feature = "server")]
pub use rules::{plan_rules, rules, run_due, run_rule, save_rule, set_rule_enabled, undo_rule_change};
