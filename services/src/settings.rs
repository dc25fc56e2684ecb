//! The portal's settings for inviting and mailing, from `GUESTLIST_*` environment variables.

use std::collections::BTreeSet;

use url::Url;

use crate::configuration::InviterPolicy;

/// Which token sends the invitation (`GUESTLIST_INVITE_CREDENTIAL`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CredentialMode {
    /// The signed-in person's own token: Entra decides with their role (default).
    Delegated,
    /// The portal's application token, after the portal's own role check: staff without an
    /// Entra role can invite under the portal's rules.
    Application,
}

/// The invitation settings, from `GUESTLIST_*` variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InviteSettings {
    /// Where guests land after accepting, unless the inviter picks another allowed URL.
    pub default_redirect: Url,
    /// A redirect URL must start with one of these.
    pub allowed_redirect_prefixes: Vec<String>,
    /// Domains Guestlist refuses on top of the tenant's own list (lower case).
    pub blocked_domains: BTreeSet<String>,
    pub credential: CredentialMode,
    /// `GUESTLIST_SMTP_URL`: where "Send it from Guestlist" mails go (the sandbox's own
    /// receiver when unset in sandbox mode).
    pub smtp_url: Option<String>,
    /// `GUESTLIST_MAIL_FROM`: the sender of those mails.
    pub mail_from: String,
    /// Who invites directly: Entra's Guest Inviter role, `GUESTLIST_INVITER_APP_ROLE` and the
    /// members of `GUESTLIST_INVITER_GROUP_ID` (so no invitation may add a guest to that group).
    pub inviters: InviterPolicy,
    /// `GUESTLIST_BULK_ACTION_CAP`: most guests one action on a selection changes per run.
    pub bulk_cap: usize,
    /// `GUESTLIST_END_GRACE_DAYS`: how long a guest a sponsor ended stays disabled (and can be
    /// brought back) before Guestlist deletes the account.
    pub end_grace_days: u32,
    /// `GUESTLIST_MIN_SPONSORS`: guests with fewer sponsors who can act (enabled people, groups
    /// with an enabled member) are listed on Sponsor continuity.
    pub min_sponsors: usize,
    /// `GUESTLIST_PUBLIC_URL`: where people reach the portal, for links in mails (none: the
    /// mails name the page without a link's origin).
    pub portal_url: Option<String>,
    /// `GUESTLIST_REQUEST_EXPIRY_DAYS`: an invitation request nobody answered expires after this.
    pub request_expiry_days: u32,
    /// `GUESTLIST_REQUEST_APPROVERS`: addresses (user names or e-mail, lower case) of the people
    /// who may approve any invitation request, beside the Admins; they get a mail for each.
    pub request_approvers: Vec<String>,
}

/// The grace period after a sponsor ends a guest's access when `GUESTLIST_END_GRACE_DAYS` is
/// unset (Microsoft's default for "disable then delete" in guest lifecycle policies).
pub const DEFAULT_END_GRACE_DAYS: u32 = 30;

/// The fewest sponsors a guest should have when `GUESTLIST_MIN_SPONSORS` is unset.
pub const DEFAULT_MIN_SPONSORS: usize = 1;

/// The cap per run of an action on several guests when `GUESTLIST_BULK_ACTION_CAP` is unset.
pub const DEFAULT_BULK_CAP: usize = 50;

/// Days an invitation request waits for an answer when `GUESTLIST_REQUEST_EXPIRY_DAYS` is unset.
pub const DEFAULT_REQUEST_EXPIRY_DAYS: u32 = 14;

/// The app role value that makes someone an Inviter when `GUESTLIST_INVITER_APP_ROLE` is unset.
pub const DEFAULT_INVITER_APP_ROLE: &str = "Guestlist.Inviter";

/// The sender when `GUESTLIST_MAIL_FROM` is unset (fine for the sandbox; set it for real mail).
pub const DEFAULT_MAIL_FROM: &str = "Guestlist <guestlist@localhost>";

/// A setting of the invite page that cannot be used.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("{var} is {value:?}, which is not {expected}. Fix it or unset it to use the default.")]
    Invalid { var: &'static str, value: String, expected: &'static str },
}

pub const DEFAULT_REDIRECT: &str = "https://myapps.microsoft.com/";

impl InviteSettings {
    /// Reads `GUESTLIST_INVITE_REDIRECT_URL`, `GUESTLIST_INVITE_REDIRECT_PREFIXES` (comma
    /// separated; default: the redirect URL), `GUESTLIST_BLOCKED_DOMAINS` (comma separated) and
    /// `GUESTLIST_INVITE_CREDENTIAL` (`delegated` or `application`) and the inviter group
    /// through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<InviteSettings, SettingsError> {
        let list = |value: Option<String>| -> Vec<String> {
            value.iter().flat_map(|v| v.split(',')).map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
        };
        let redirect_var = "GUESTLIST_INVITE_REDIRECT_URL";
        let default_redirect = var(redirect_var).unwrap_or_else(|| DEFAULT_REDIRECT.into());
        let default_redirect = https_url(&default_redirect).ok_or(SettingsError::Invalid {
            var: redirect_var,
            value: default_redirect,
            expected: "an https:// URL",
        })?;
        let mut allowed_redirect_prefixes = list(var("GUESTLIST_INVITE_REDIRECT_PREFIXES"));
        if let Some(bad) = allowed_redirect_prefixes.iter().find(|p| https_url(p).is_none()) {
            return Err(SettingsError::Invalid {
                var: "GUESTLIST_INVITE_REDIRECT_PREFIXES",
                value: bad.clone(),
                expected: "a comma-separated list of https:// URL prefixes",
            });
        }
        if allowed_redirect_prefixes.is_empty() {
            allowed_redirect_prefixes.push(default_redirect.to_string());
        }
        let blocked_domains = list(var("GUESTLIST_BLOCKED_DOMAINS")).into_iter().map(|d| d.to_lowercase()).collect();
        let credential = match var("GUESTLIST_INVITE_CREDENTIAL").as_deref().map(str::to_ascii_lowercase).as_deref() {
            None | Some("delegated") => CredentialMode::Delegated,
            Some("application") => CredentialMode::Application,
            Some(other) => {
                return Err(SettingsError::Invalid {
                    var: "GUESTLIST_INVITE_CREDENTIAL",
                    value: other.to_owned(),
                    expected: "delegated or application",
                })
            }
        };
        let smtp_url = var("GUESTLIST_SMTP_URL");
        let mail_from = var("GUESTLIST_MAIL_FROM");
        if smtp_url.is_some() && mail_from.is_none() {
            return Err(SettingsError::Invalid {
                var: "GUESTLIST_MAIL_FROM",
                value: String::new(),
                expected: "set when GUESTLIST_SMTP_URL is: a sender such as \"Guestlist <guests@contoso.com>\"",
            });
        }
        let mail_from = mail_from.unwrap_or_else(|| DEFAULT_MAIL_FROM.into());
        let inviters = InviterPolicy {
            all_members: false,
            guest_inviter_role: true,
            app_role: Some(var("GUESTLIST_INVITER_APP_ROLE").unwrap_or_else(|| DEFAULT_INVITER_APP_ROLE.into())),
            group_ids: var("GUESTLIST_INVITER_GROUP_ID").map(|g| g.trim().to_lowercase()).into_iter().collect(),
        };
        let bulk_cap = match var("GUESTLIST_BULK_ACTION_CAP") {
            None => DEFAULT_BULK_CAP,
            Some(value) => value.trim().parse().ok().filter(|cap| (1..=crate::jobs::MAX_INPUTS).contains(cap)).ok_or(SettingsError::Invalid {
                var: "GUESTLIST_BULK_ACTION_CAP",
                value,
                expected: "a whole number from 1 to 10000",
            })?,
        };
        let end_grace_days = match var("GUESTLIST_END_GRACE_DAYS") {
            None => DEFAULT_END_GRACE_DAYS,
            Some(value) => value.trim().parse().ok().filter(|days| (1..=365).contains(days)).ok_or(SettingsError::Invalid {
                var: "GUESTLIST_END_GRACE_DAYS",
                value,
                expected: "a whole number of days from 1 to 365",
            })?,
        };
        let min_sponsors = match var("GUESTLIST_MIN_SPONSORS") {
            None => DEFAULT_MIN_SPONSORS,
            // Graph allows at most five sponsors per guest ("Add sponsor").
            Some(value) => value.trim().parse().ok().filter(|n| (1..=graph::MAX_INVITATION_SPONSORS).contains(n)).ok_or(SettingsError::Invalid {
                var: "GUESTLIST_MIN_SPONSORS",
                value,
                expected: "a whole number from 1 to 5",
            })?,
        };
        let request_expiry_days = match var("GUESTLIST_REQUEST_EXPIRY_DAYS") {
            None => DEFAULT_REQUEST_EXPIRY_DAYS,
            Some(value) => value.trim().parse().ok().filter(|days| (1..=90).contains(days)).ok_or(SettingsError::Invalid {
                var: "GUESTLIST_REQUEST_EXPIRY_DAYS",
                value,
                expected: "a whole number of days from 1 to 90",
            })?,
        };
        let request_approvers = list(var("GUESTLIST_REQUEST_APPROVERS")).into_iter().map(|a| a.to_lowercase()).collect();
        Ok(InviteSettings {
            default_redirect,
            allowed_redirect_prefixes,
            blocked_domains,
            credential,
            smtp_url,
            mail_from,
            inviters,
            bulk_cap,
            end_grace_days,
            min_sponsors,
            portal_url: var("GUESTLIST_PUBLIC_URL").map(|url| url.trim().trim_end_matches('/').to_owned()).filter(|url| !url.is_empty()),
            request_expiry_days,
            request_approvers,
        })
    }

    /// Whether `url` lies under an allowed prefix: the same scheme, host and port exactly (so
    /// `https://intranet.example` never admits `https://intranet.example.evil.com`), then a path
    /// equal to the prefix's or below it.
    pub fn redirect_allowed(&self, url: &Url) -> bool {
        self.allowed_redirect_prefixes.iter().filter_map(|prefix| Url::parse(prefix).ok()).any(|prefix| {
            let base = prefix.path().trim_end_matches('/');
            let path = url.path();
            url.scheme() == prefix.scheme()
                && url.host() == prefix.host()
                && url.port_or_known_default() == prefix.port_or_known_default()
                && (base.is_empty() || path == base || path.starts_with(&format!("{base}/")))
        })
    }
}

pub fn https_url(value: &str) -> Option<Url> {
    Url::parse(value.trim()).ok().filter(|url| url.scheme() == "https" && url.has_host())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<InviteSettings, SettingsError> {
        let vars: HashMap<&str, &str> = vars.iter().copied().collect();
        InviteSettings::from_vars(|name| vars.get(name).map(|v| v.to_string()))
    }

    #[test]
    fn defaults_send_guests_to_my_apps_with_the_signed_in_persons_token() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.default_redirect.as_str(), DEFAULT_REDIRECT);
        assert_eq!(s.allowed_redirect_prefixes, vec![DEFAULT_REDIRECT.to_string()]);
        assert!(s.blocked_domains.is_empty());
        assert_eq!(s.credential, CredentialMode::Delegated);
    }

    #[test]
    fn lists_and_modes_are_read_and_checked() {
        let s = settings(&[
            ("GUESTLIST_BLOCKED_DOMAINS", " Rival.example, ,spam.example"),
            ("GUESTLIST_INVITE_REDIRECT_PREFIXES", "https://intranet.example/, https://myapps.microsoft.com/"),
            ("GUESTLIST_INVITE_CREDENTIAL", "Application"),
        ])
        .unwrap();
        assert_eq!(s.blocked_domains, BTreeSet::from(["rival.example".into(), "spam.example".into()]));
        assert_eq!(s.credential, CredentialMode::Application);
        assert!(s.redirect_allowed(&Url::parse("https://intranet.example/projects").unwrap()));
        assert!(!s.redirect_allowed(&Url::parse("https://intranet.example.evil.com/").unwrap()));
        let bare = settings(&[("GUESTLIST_INVITE_REDIRECT_PREFIXES", "https://intranet.example, https://apps.example/team")]).unwrap();
        for allowed in ["https://intranet.example/", "https://intranet.example/x?y=1", "https://INTRANET.example:443/a", "https://apps.example/team", "https://apps.example/team/wiki"] {
            assert!(bare.redirect_allowed(&Url::parse(allowed).unwrap()), "{allowed}");
        }
        for refused in [
            "https://intranet.example.evil.com/", "https://intranet.example@evil.com/", "https://intranet.example:8443/",
            "http://intranet.example/", "https://apps.example/teamspace", "https://apps.example/", "https://evil.com/https://intranet.example",
        ] {
            assert!(!bare.redirect_allowed(&Url::parse(refused).unwrap()), "{refused}");
        }
        assert!(matches!(settings(&[("GUESTLIST_INVITE_CREDENTIAL", "both")]), Err(SettingsError::Invalid { .. })));
        assert_eq!(settings(&[]).unwrap().bulk_cap, DEFAULT_BULK_CAP);
        assert_eq!(settings(&[("GUESTLIST_BULK_ACTION_CAP", " 3 ")]).unwrap().bulk_cap, 3);
        for bad in ["0", "-1", "fifty", "10001"] {
            assert!(matches!(settings(&[("GUESTLIST_BULK_ACTION_CAP", bad)]), Err(SettingsError::Invalid { var: "GUESTLIST_BULK_ACTION_CAP", .. })), "{bad}");
        }
        assert_eq!(settings(&[]).unwrap().end_grace_days, DEFAULT_END_GRACE_DAYS);
        assert_eq!(settings(&[("GUESTLIST_END_GRACE_DAYS", "7")]).unwrap().end_grace_days, 7);
        assert_eq!(settings(&[]).unwrap().min_sponsors, DEFAULT_MIN_SPONSORS);
        assert_eq!(settings(&[("GUESTLIST_MIN_SPONSORS", "2")]).unwrap().min_sponsors, 2);
        for bad in ["0", "6", "two"] {
            assert!(matches!(settings(&[("GUESTLIST_MIN_SPONSORS", bad)]), Err(SettingsError::Invalid { var: "GUESTLIST_MIN_SPONSORS", .. })), "{bad}");
        }
        assert_eq!(settings(&[]).unwrap().request_expiry_days, DEFAULT_REQUEST_EXPIRY_DAYS);
        let requests = settings(&[("GUESTLIST_REQUEST_EXPIRY_DAYS", "3"), ("GUESTLIST_REQUEST_APPROVERS", "Grace@Northwind.example, ,mateo@northwind.example")]).unwrap();
        assert_eq!((requests.request_expiry_days, requests.request_approvers), (3, vec!["grace@northwind.example".to_owned(), "mateo@northwind.example".to_owned()]));
        assert!(matches!(settings(&[("GUESTLIST_REQUEST_EXPIRY_DAYS", "0")]), Err(SettingsError::Invalid { var: "GUESTLIST_REQUEST_EXPIRY_DAYS", .. })));
        for bad in ["0", "366", "a month"] {
            assert!(matches!(settings(&[("GUESTLIST_END_GRACE_DAYS", bad)]), Err(SettingsError::Invalid { var: "GUESTLIST_END_GRACE_DAYS", .. })), "{bad}");
        }
        assert!(matches!(settings(&[("GUESTLIST_INVITE_REDIRECT_URL", "http://x.example")]), Err(SettingsError::Invalid { .. })));
        assert!(matches!(settings(&[("GUESTLIST_INVITE_REDIRECT_PREFIXES", "ftp://x")]), Err(SettingsError::Invalid { .. })));
        let missing_from = settings(&[("GUESTLIST_SMTP_URL", "smtps://mail.example")]);
        assert!(matches!(missing_from, Err(SettingsError::Invalid { var: "GUESTLIST_MAIL_FROM", .. })));
    }

}
