//! Converting internal accounts to B2B: people who were given an account of this tenant before
//! B2B collaboration existed move to signing in with their own organisation's account, keeping
//! their object id, user name, groups and app assignments (Microsoft Learn: "Invite internal users
//! to B2B collaboration"). One account at a time with every precondition explained, or several
//! at once with a preview.

use serde::{Deserialize, Serialize};

/// How much a finding stands in the way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    /// Microsoft would refuse the conversion: fix this first.
    Blocker,
    /// The conversion works, but the admin should know this.
    Warning,
}

/// What Guestlist found out about an account, in plain words: what it is and what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub title: String,
    pub text: String,
}

/// An internal account, as the lists and the assistant show it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: String,
    pub display_name: String,
    /// How the account is addressed in sentences: the first name, else the display name.
    pub short_name: String,
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Member` or `Guest`.
    pub user_type: String,
    /// Synchronised from an on-premises Active Directory.
    pub synced: bool,
    /// Has an Exchange Online mailbox.
    pub mailbox: bool,
    /// Who vouches for each way the account signs in (`identities`' issuers), e.g. the tenant's
    /// own domain, or `ExternalAzureAD` once redeemed with another Entra organisation.
    pub sign_in_with: Vec<String>,
}

/// Whether the account's `mail` already is the external address, and if not, whether Guestlist
/// can set it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailChange {
    /// `mail` is the address already.
    Matches,
    /// A cloud account without a mailbox: Guestlist can set `mail` (PATCH) before inviting.
    CanSet,
    /// Exchange or the on-premises directory owns `mail`: a blocker explains where to change it.
    Elsewhere,
}

/// The result of every check for one account and one external address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub account: Account,
    /// The external address checked.
    pub address: String,
    pub findings: Vec<Finding>,
    /// `PendingAcceptance` or `Accepted` when the account already signs in externally (or was
    /// invited to): then it is resent or reset, not converted.
    pub already_invited: Option<String>,
    pub mail: MailChange,
    /// The tenant's Teams address for the converted person (Teams otherwise opens their own
    /// organisation).
    pub teams_url: String,
}

impl Assessment {
    pub fn blockers(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Blocker)
    }

    pub fn can_convert(&self) -> bool {
        self.blockers().next().is_none()
    }
}

/// The assistant's form. Text as typed; checkboxes are present (`Some`) when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConvertForm {
    pub user_id: String,
    /// The external address (it was checked on the page; the server checks it again).
    pub email: String,
    /// Set `mail` to the address first (needed unless it is already).
    pub set_mail: Option<String>,
    /// Cloud-only accounts: reset the password to a random value, so it stops working.
    pub reset_password: Option<String>,
    /// Members: set UserType to Guest (MAU billing, guest permissions).
    pub set_guest: Option<String>,
    /// Microsoft mails the invitation; otherwise Guestlist shows the redeem link.
    pub send_mail: Option<String>,
    pub message: String,
    pub language: String,
    pub cc: String,
}

/// How one account of a batch went.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowResult {
    pub converted: bool,
    pub text: String,
    /// The redeem link when Microsoft sent no mail.
    pub redeem_url: Option<String>,
}

/// One account of a batch: its checks, what will be done, and (after converting) the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchRow {
    pub assessment: Assessment,
    pub action: String,
    pub result: Option<RowResult>,
}

impl BatchRow {
    pub fn eligible(&self) -> bool {
        self.assessment.can_convert()
    }

    pub fn failed(&self) -> bool {
        self.result.as_ref().is_some_and(|r| !r.converted)
    }
}

/// A batch in progress, kept in the session between preview, conversion and retries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Batch {
    pub rows: Vec<BatchRow>,
    /// Whether Microsoft mails the invitations, and in which language (set when converting).
    pub send_mail: bool,
    pub language: String,
    pub set_guest: bool,
}

impl Batch {
    pub fn converted(&self) -> bool {
        self.rows.iter().any(|r| r.result.is_some())
    }
}

#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub use service::*;
