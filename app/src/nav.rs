//! The navigation: which pages a person sees, with a sentence each for the home page, and the
//! visitor loaded once per page for the shell and the pages.

use leptos::prelude::*;

use crate::auth::{Principal, Role, Viewer};
use crate::error::PageError;
use crate::routes;

/// One place in the navigation. A capability adds its page here with the roles that see it.
pub struct NavEntry {
    pub href: &'static str,
    /// The message of its name in the navigation ([`NavEntry::label`]).
    pub label_id: &'static str,
    /// The message of one sentence for the home page's "what you can do here"
    /// ([`NavEntry::summary`]).
    pub summary_id: &'static str,
    /// Who sees the entry; empty means everyone who is signed in. The services check roles
    /// again on the server: this only decides what is shown.
    pub roles: &'static [Role],
}

impl NavEntry {
    /// Its name in the navigation, in the page's language.
    pub fn label(&self) -> String {
        crate::t!(self.label_id)
    }

    /// Its sentence on the home page, in the page's language.
    pub fn summary(&self) -> String {
        crate::t!(self.summary_id)
    }

    pub fn visible_to(&self, principal: &Principal) -> bool {
        self.roles.is_empty() || self.roles.iter().any(|role| principal.has(*role))
    }
}

pub const NAV: &[NavEntry] = &[
    NavEntry { href: routes::HOME, label_id: "shell-nav-home", summary_id: "shell-nav-home-summary", roles: &[] },
    NavEntry {
        href: routes::MY_GUESTS,
        label_id: "shell-nav-my-guests",
        summary_id: "shell-nav-my-guests-summary",
        roles: &[Role::Sponsor],
    },
    NavEntry {
        href: routes::DASHBOARD,
        label_id: "shell-nav-dashboard",
        summary_id: "shell-nav-dashboard-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::SPONSOR_CONTINUITY,
        label_id: "shell-nav-continuity",
        summary_id: "shell-nav-continuity-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::REVIEWS,
        label_id: "shell-nav-reviews",
        summary_id: "shell-nav-reviews-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::GUESTS,
        label_id: "shell-nav-guests",
        summary_id: "shell-nav-guests-summary",
        roles: &[Role::Admin, Role::Helpdesk],
    },
    NavEntry {
        href: routes::INVITE,
        label_id: "shell-nav-invite",
        summary_id: "shell-nav-invite-summary",
        roles: &[Role::Inviter, Role::Admin, Role::Sponsor],
    },
    NavEntry {
        href: routes::MY_REQUESTS,
        label_id: "shell-nav-my-requests",
        summary_id: "shell-nav-my-requests-summary",
        roles: &[Role::Sponsor],
    },
    NavEntry {
        href: routes::APPROVALS,
        label_id: "shell-nav-approvals",
        summary_id: "shell-nav-approvals-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::BULK_INVITE,
        label_id: "shell-nav-bulk-invite",
        summary_id: "shell-nav-bulk-invite-summary",
        roles: &[Role::Inviter, Role::Admin, Role::Sponsor],
    },
    NavEntry {
        href: routes::DIRECTORY,
        label_id: "shell-nav-directory",
        summary_id: "shell-nav-directory-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::CONVERT,
        label_id: "shell-nav-convert",
        summary_id: "shell-nav-convert-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::AUDIT,
        label_id: "shell-nav-audit",
        summary_id: "shell-nav-audit-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::SETTINGS,
        label_id: "shell-nav-settings",
        summary_id: "shell-nav-settings-summary",
        roles: &[Role::Admin],
    },
    NavEntry {
        href: routes::RULES,
        label_id: "shell-nav-rules",
        summary_id: "shell-nav-rules-summary",
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

#[cfg(test)]
mod tests {
    use super::NAV;

    #[test]
    fn every_entry_names_messages_english_has() {
        let known = i18n::message_ids();
        for entry in NAV {
            assert!(known.contains(entry.label_id) && known.contains(entry.summary_id), "{}", entry.href);
        }
    }
}
