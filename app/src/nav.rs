//! The navigation: which pages a person sees, with a sentence each for the home page, and the
//! visitor loaded once per page for the shell and the pages.

use leptos::prelude::*;

use crate::auth::{Principal, Role, Viewer};
use crate::error::PageError;
use crate::routes;

/// One place in the navigation. A capability adds its page here with the roles that see it.
pub struct NavEntry {
    pub href: &'static str,
    pub label: &'static str,
    /// One sentence for the home page's "what you can do here".
    pub summary: &'static str,
    /// Who sees the entry; empty means everyone who is signed in. The services check roles
    /// again on the server: this only decides what is shown.
    pub roles: &'static [Role],
}

impl NavEntry {
    pub fn visible_to(&self, principal: &Principal) -> bool {
        self.roles.is_empty() || self.roles.iter().any(|role| principal.has(*role))
    }
}

pub const NAV: &[NavEntry] = &[
    NavEntry { href: routes::HOME, label: "Home", summary: "See who you are signed in as and what you can do.", roles: &[] },
    NavEntry {
        href: routes::MY_GUESTS,
        label: "My guests",
        summary: "The guests you sponsor, with what you need to decide whether they still need access: keep, extend, end, or hand them over.",
        roles: &[Role::Sponsor],
    },
    NavEntry {
        href: routes::DASHBOARD,
        label: "Dashboard",
        summary: "See how many external users there are and where they stand, each figure a link to exactly those people.",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::SPONSOR_CONTINUITY,
        label: "Sponsor continuity",
        summary: "Find guests whose sponsors left or are missing, and hand them to a successor (the leaver's manager, or who invited them).",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::REVIEWS,
        label: "Access reviews",
        summary: "Run review campaigns in which sponsors confirm their guests still need access, and keep the lifecycle rules that run every day — each change previewed, capped and reversible.",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::GUESTS,
        label: "Guests",
        summary: "Every external user in one list: filter, open one for the details, act on several at once, export the view.",
        roles: &[Role::Admin, Role::Helpdesk],
    },
    NavEntry {
        href: routes::INVITE,
        label: "Invite",
        summary: "Invite someone from outside the organization as a guest (or ask an approver to, if you may not invite yourself).",
        roles: &[Role::Inviter, Role::Admin, Role::Sponsor],
    },
    NavEntry {
        href: routes::MY_REQUESTS,
        label: "My requests",
        summary: "Your requests to invite guests, and the approvers' answers.",
        roles: &[Role::Sponsor],
    },
    NavEntry {
        href: routes::APPROVALS,
        label: "Approvals",
        summary: "Approve or deny colleagues' requests to invite guests, in one click.",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::BULK_INVITE,
        label: "Bulk invite",
        summary: "Invite many people at once from a CSV file or a pasted list (or ask an approver for them): see what happens to every row before anything is sent.",
        roles: &[Role::Inviter, Role::Admin, Role::Sponsor],
    },
    NavEntry {
        href: routes::DIRECTORY,
        label: "Directory",
        summary: "Find anyone in the directory, see their B2B collaboration status, resend or reset an invitation, change their user type or e-mail address.",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::CONVERT,
        label: "Convert",
        summary: "Move internal accounts of partners to B2B, so they sign in with their own organisation's account and keep their access.",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::AUDIT,
        label: "Audit",
        summary: "See every invitation attempt: who, when, to whom and what happened.",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::SETTINGS,
        label: "Settings",
        summary: "Set the partner rules per domain, who approves requests, and see the tenant's own settings and any earlier version.",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::RULES,
        label: "Rules",
        summary: "Decide which groups and app roles inviters may give their guests.",
        roles: &[Role::Admin],
    },
];

/// The visitor, loaded once per page and shared by the shell and the pages.
#[derive(Clone, Copy)]
pub struct ViewerResource(pub Resource<Result<Viewer, PageError>>);

/// Who a panel is for on a page that several kinds of people share (the home page).
pub type Audience = fn(&Principal) -> bool;

/// `load()` for a panel's resource; when the panel is only for `only`, nothing (not loaded) for
/// anyone else. Awaited inside the resource, so that the panel's resource is made with the page,
/// not inside a `Suspense` waiting for the viewer (which makes it, and fetches it, once more each
/// time it looks over its children).
pub async fn load_for<T, F>(viewer: ViewerResource, only: Option<Audience>, load: impl FnOnce() -> F) -> Result<Option<T>, PageError>
where
    F: std::future::Future<Output = Result<T, PageError>>,
{
    if let Some(who) = only {
        let ViewerResource(viewer) = viewer;
        if !matches!(viewer.await, Ok(Viewer { principal: Some(principal), .. }) if who(&principal)) {
            return Ok(None);
        }
    }
    load().await.map(Some)
}
