//! Sponsors and the guests they answer for: "My guests" (every guest a member sponsors, directly
//! or through a group, with the evidence to decide), the actions on them (keep, extend, end with
//! undo, resend, add a co-sponsor, hand over), the page a guest sees about their own access, and
//! the lifecycle facts Guestlist keeps beside Graph (access until, next review, ending).
//!
//! In Entra, sponsors hold no directory rights: they cannot read their guests' sign-in activity,
//! groups or apps, nor change them. So every read and action here first checks, at the time of
//! the request, that Graph names the person as the guest's sponsor (directly, or through a group
//! they belong to); only then does Guestlist read or act with the application's own token, and
//! only for that guest. An id that is not theirs is refused and audited.

use serde::{Deserialize, Serialize};

use crate::guests::details::{Linked, SignIns};

/// How often sponsors confirm a guest still needs access when nobody set another date
/// (Microsoft's default attestation interval in "Guest lifecycle policies" is 90 days).
pub const REVIEW_EVERY_DAYS: i64 = 90;

/// The longest extension a sponsor may give at once.
pub const LONGEST_EXTENSION_DAYS: i64 = 366;

/// What Guestlist records about a guest's access beyond Graph, in words for the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lifecycle {
    /// "30 June 2027", when an end date was set.
    pub access_until: Option<String>,
    /// The same as `YYYY-MM-DD`, to fill in the extend form.
    pub access_until_date: Option<String>,
    /// When sponsors should next confirm access, in words.
    pub next_review: Option<String>,
    /// "3 March 2026 by Amara Diallo <amara…>".
    pub last_confirmed: Option<String>,
    /// Set while the guest is being ended.
    pub ending: Option<Ending>,
}

/// A guest whose access was ended and who is deleted once the grace period passed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ending {
    pub ended_on: String,
    pub ended_by: String,
    /// The day the account is deleted, in words.
    pub delete_after: String,
}

/// A guest's request for more time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtensionRequest {
    pub id: i64,
    pub asked_on: String,
    /// The date they would like, in words, if they named one.
    pub wanted_until: Option<String>,
    pub reason: String,
}

/// One guest in My guests, with the evidence a sponsor needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyGuest {
    pub id: String,
    pub display_name: String,
    pub mail: Option<String>,
    pub company: Option<String>,
    /// The plain status ("Active", "Pending since 3 March 2026", "Disabled", …).
    pub status: String,
    /// The invitation in words: "Accepted on 3 March 2026" or "Pending since …".
    pub invitation: String,
    pub pending: bool,
    pub enabled: bool,
    pub sign_ins: SignIns,
    /// Names of the groups they belong to.
    pub groups: Vec<String>,
    /// "App (role)" for each app assignment.
    pub apps: Vec<String>,
    /// Who invited them and the reason they gave, from Guestlist's own audit trail.
    pub invited_by: String,
    /// Empty when the reader sponsors them directly; else the groups through which they do.
    pub through_groups: Vec<String>,
    /// The other sponsors (people and groups).
    pub co_sponsors: Vec<Linked>,
    /// How many sponsors they have in all.
    pub sponsor_count: usize,
    pub lifecycle: Lifecycle,
    /// Open requests for more time.
    pub requests: Vec<ExtensionRequest>,
}

impl MyGuest {
    /// The reader sponsors them themselves (not only through a group): they can hand over.
    pub fn direct(&self) -> bool {
        self.through_groups.is_empty()
    }
}

/// The My guests page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyGuests {
    pub guests: Vec<MyGuest>,
    /// The grace period before an ended guest is deleted, in days.
    pub grace_days: u32,
    /// Why some evidence is missing for everyone (no licence for sign-ins, …).
    pub notes: Vec<String>,
}

/// A sponsor as a guest sees them: how to reach them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SponsorContact {
    pub name: String,
    /// E-mail address (people) or the group's address.
    pub mail: Option<String>,
    /// A group: its members sponsor together.
    pub group: bool,
}

/// The page a guest sees about their own access.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyAccess {
    pub display_name: String,
    pub organisation: String,
    pub sponsors: Vec<SponsorContact>,
    /// Until when their access runs, in words; none when no end date is set.
    pub access_until: Option<String>,
    /// When their sponsors next confirm it, in words.
    pub next_review: Option<String>,
    /// Their requests for more time that are still open.
    pub open_requests: Vec<ExtensionRequest>,
}

/// Someone Guestlist suggests to take over a sponsorship, and why them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Successor {
    pub id: String,
    pub name: String,
    /// "Manager of Rafael Costa", "Invited them through Guestlist".
    pub why: String,
}

/// A guest who needs a sponsor (Sponsor continuity).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrphanedGuest {
    pub id: String,
    pub display_name: String,
    pub mail: Option<String>,
    /// Why they are listed, in words.
    pub why: String,
    /// Their sponsors now, each with their state ("Rafael Costa (disabled)").
    pub sponsors: Vec<String>,
    /// Ids of their sponsors whose accounts are disabled: handing over removes them.
    pub departed: Vec<String>,
    pub successor: Option<Successor>,
}

/// A disabled member who still sponsors guests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepartedSponsor {
    pub id: String,
    pub name: String,
    pub manager: Option<Successor>,
    /// Ids and names of every guest they sponsor.
    pub guests: Vec<(String, String)>,
}

/// A sponsor group with no enabled member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmptySponsorGroup {
    pub id: String,
    pub name: String,
    /// Names of the guests it sponsors.
    pub guests: Vec<String>,
}

/// The Sponsor continuity page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Continuity {
    pub guests: Vec<OrphanedGuest>,
    pub departed: Vec<DepartedSponsor>,
    pub empty_groups: Vec<EmptySponsorGroup>,
    /// `GUESTLIST_MIN_SPONSORS`.
    pub min_sponsors: usize,
}

#[cfg(feature = "server")]
mod access;
#[cfg(feature = "server")]
mod actions;
#[cfg(feature = "server")]
mod continuity;
#[cfg(feature = "server")]
mod grace;
#[cfg(feature = "server")]
pub(crate) mod mails;
#[cfg(feature = "server")]
mod mine;
#[cfg(feature = "server")]
mod relation;
#[cfg(feature = "server")]
pub mod store;

#[cfg(feature = "server")]
pub use access::{ask_extension, my_access};
#[cfg(feature = "server")]
pub use actions::{add_co_sponsor, end, extend, hand_over, keep, resend, undo_end};
#[cfg(feature = "server")]
pub use continuity::continuity;
#[cfg(feature = "server")]
pub use grace::{delete_due, warn_due, WARN_DAYS_BEFORE};
#[cfg(feature = "server")]
pub use mine::{my_guest, my_guests};
// Review campaigns decide through the same sponsor check, colleague look-up and dates.
#[cfg(feature = "server")]
pub(crate) use actions::{colleague, extension_date};
#[cfg(feature = "server")]
pub(crate) use relation::check as check_sponsor;
