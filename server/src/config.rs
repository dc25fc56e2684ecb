//! The portal's settings, read from `GUESTLIST_*` environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use url::Url;

/// Everything the portal needs to start.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen (`GUESTLIST_ADDR`).
    pub addr: SocketAddr,
    /// Folder for the portal's and the sandbox's data (`GUESTLIST_DATA_DIR`).
    pub data_dir: PathBuf,
    /// The origin people reach the portal at (`GUESTLIST_PUBLIC_URL`), without a trailing `/`
    /// in what [`Config::public_origin`] returns. Redirect URIs and the cross-site check use it.
    pub public_url: Url,
    /// `sqlite://…` or `postgres://…` (`GUESTLIST_DATABASE_URL`).
    pub database_url: String,
    pub tenant: Tenant,
    /// The Invite page's redirect URLs, blocked domains and credential mode, and who counts as
    /// an inviter (`invite.inviters`).
    pub invite: services::settings::InviteSettings,
    /// How long a worker's claim on a job row holds without renewal (`GUESTLIST_JOB_LEASE_SECONDS`):
    /// after a crash, another instance takes the row over once it ran out.
    pub job_lease: std::time::Duration,
    /// Job rows one worker runs at the same time (`GUESTLIST_WORKER_CONCURRENCY`): enough for a
    /// bulk invitation to reach Graph's invitation limit (150 per 5 seconds per tenant).
    pub worker_concurrency: usize,
    /// How often the worker computes the Dashboard's figures anew
    /// (`GUESTLIST_DASHBOARD_REFRESH_MINUTES`).
    pub dashboard_refresh: std::time::Duration,
    /// How long a sign-in lasts and how often it is checked again.
    pub sessions: SessionSettings,
    /// The longest one Graph call may take, retries and waits included
    /// (`GUESTLIST_GRAPH_BUDGET_SECONDS`): however Graph misbehaves, a page answers in about
    /// twice this (it makes at most two calls in turn) and a job row gives up its try and waits.
    pub graph_budget: Duration,
    /// The bearer token `/metrics` requires from any caller (`GUESTLIST_METRICS_TOKEN`); without
    /// one it is served to loopback callers only.
    pub metrics_token: Option<String>,
    /// The portal's language (`GUESTLIST_LANGUAGE`, default `en`): of the mail to people whose
    /// own language Guestlist does not know (they never signed in).
    pub language: i18n::Locale,
}

/// Limits on a signed-in session.
#[derive(Clone, Debug)]
pub struct SessionSettings {
    /// From sign-in until the person must sign in again (`GUESTLIST_SESSION_MAX_HOURS`).
    pub max_age: Duration,
    /// How often the account and roles are read again from Graph (`GUESTLIST_SESSION_RECHECK_MINUTES`).
    pub recheck_every: Duration,
    /// The key sealing session data at rest (`GUESTLIST_SESSION_KEY`); when unset, one kept in
    /// the data folder.
    pub key: Option<[u8; 32]>,
}

/// Which Entra tenant the portal signs people in to.
#[derive(Clone, Debug)]
pub enum Tenant {
    /// The local sandbox tenant, served by this process under `/_sandbox/`.
    Sandbox,
    /// A real tenant (or anything speaking its protocols).
    Entra(EntraApp),
}

/// The portal's app registration in a tenant and where that tenant's services are.
#[derive(Clone, Debug)]
pub struct EntraApp {
    pub tenant_id: String,
    pub client_id: String,
    pub client_secret: String,
    /// The OIDC issuer, e.g. `https://login.microsoftonline.com/{tid}/v2.0`.
    pub issuer_url: Url,
    /// Graph's root, e.g. `https://graph.microsoft.com` (versions are appended by callers).
    pub graph_base: Url,
}

impl EntraApp {
    /// The app in a tenant of Microsoft's global cloud.
    pub fn microsoft(tenant_id: String, client_id: String, client_secret: String) -> Result<EntraApp, ConfigError> {
        // A tenant is named by its id (a GUID) or one of its domains: anything else would be
        // spliced into Entra's URLs ("Microsoft identity platform endpoints": login.microsoftonline.com/{tenant}).
        let is_domain = tenant_id.contains('.')
            && tenant_id.split('.').all(|label| {
                !label.is_empty() && !label.starts_with('-') && !label.ends_with('-') && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        let is_guid = tenant_id.len() == 36
            && tenant_id.char_indices().all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() });
        if !(is_domain || is_guid) {
            return Err(ConfigError::Invalid {
                var: "GUESTLIST_TENANT_ID",
                value: tenant_id,
                expected: "a tenant id (GUID) or one of the tenant's domains, e.g. contoso.onmicrosoft.com",
            });
        }
        let issuer_url = Url::parse(&format!("https://login.microsoftonline.com/{tenant_id}/v2.0"))
            .map_err(|_| ConfigError::Invalid { var: "GUESTLIST_TENANT_ID", value: tenant_id.clone(), expected: "a tenant id (GUID) or domain" })?;
        let graph_base = Url::parse("https://graph.microsoft.com").expect("a valid constant URL");
        Ok(EntraApp { tenant_id, client_id, client_secret, issuer_url, graph_base })
    }
}

impl EntraApp {
    /// The token endpoint, from the issuer's authority (`…/{tenant}/v2.0` → `…/{tenant}/oauth2/v2.0/token`),
    /// as Entra lays it out; for the Graph client's refresh and client-credential requests.
    pub fn token_endpoint(&self) -> String {
        let issuer = self.issuer_url.as_str().trim_end_matches('/');
        format!("{}/oauth2/v2.0/token", issuer.strip_suffix("/v2.0").unwrap_or(issuer))
    }
}

/// Who gets the Inviter role: the variables' policy is `Config::invite.inviters`; the Settings
/// page may set another.
pub use services::configuration::InviterPolicy;

/// A setting that cannot be used, with what to set instead.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("{var} is {value:?}, which is not {expected}. Fix it or unset it to use the default.")]
    Invalid { var: &'static str, value: String, expected: &'static str },
    #[error(
        "A real tenant needs all three of GUESTLIST_TENANT_ID, GUESTLIST_CLIENT_ID and GUESTLIST_CLIENT_SECRET, \
         but {missing} {is_are} not set. Set {them} too, or unset all three to use the sandbox tenant.",
        missing = .missing.join(" and "),
        is_are = if .missing.len() == 1 { "is" } else { "are" },
        them = if .missing.len() == 1 { "it" } else { "them" },
    )]
    PartialTenant { missing: Vec<&'static str> },
    #[error(
        "The sandbox tenant signs anyone in as any of its people, administrators included, without a password, and \
         serves its client secret: it only listens on this machine. {addr} is not a loopback address. Use \
         GUESTLIST_ADDR=127.0.0.1:3000, or set GUESTLIST_SANDBOX_ON_NETWORK=yes if everyone who can reach it may \
         see the sandbox."
    )]
    SandboxOnNetwork { addr: SocketAddr },
    #[error(
        "GUESTLIST_SMTP_URL points at {host}, but the sandbox tenant's people and addresses are made up: in sandbox \
         mode Guestlist only mails to a server on this machine. Unset GUESTLIST_SMTP_URL to use the sandbox's \
         mailbox, or configure a real tenant."
    )]
    SandboxWithRealMail { host: String },
    #[error(transparent)]
    Invite(#[from] services::settings::SettingsError),
}

const TENANT_VARS: [&str; 3] = ["GUESTLIST_TENANT_ID", "GUESTLIST_CLIENT_ID", "GUESTLIST_CLIENT_SECRET"];

impl Config {
    /// Reads the settings from the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_vars(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `var` (empty values count as unset).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let var = |name: &str| var(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());

        let addr = match var("GUESTLIST_ADDR") {
            Some(value) => value.parse().map_err(|_| ConfigError::Invalid {
                var: "GUESTLIST_ADDR",
                value,
                expected: "an address and port such as 127.0.0.1:3000",
            })?,
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
        };
        let data_dir = PathBuf::from(var("GUESTLIST_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let public_url = parse_public_url(var("GUESTLIST_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}")))?;
        let database_url = match var("GUESTLIST_DATABASE_URL") {
            Some(url) if url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://") => url,
            Some(value) => {
                return Err(ConfigError::Invalid {
                    var: "GUESTLIST_DATABASE_URL",
                    value,
                    expected: "a sqlite://… or postgres://… URL",
                })
            }
            None => format!("sqlite://{}/guestlist.db", data_dir.display()),
        };

        let [tenant_id, client_id, client_secret] = TENANT_VARS.map(&var);
        let tenant = match (tenant_id, client_id, client_secret) {
            (None, None, None) => Tenant::Sandbox,
            (Some(tenant_id), Some(client_id), Some(client_secret)) => {
                let mut app = EntraApp::microsoft(tenant_id, client_id, client_secret)?;
                if let Some(value) = var("GUESTLIST_AUTHORITY_URL") {
                    app.issuer_url = parse_authority(value)?;
                }
                Tenant::Entra(app)
            }
            (tenant_id, client_id, client_secret) => {
                let set = [tenant_id.is_some(), client_id.is_some(), client_secret.is_some()];
                let missing = TENANT_VARS.iter().zip(set).filter(|(_, set)| !set).map(|(name, _)| *name).collect();
                return Err(ConfigError::PartialTenant { missing });
            }
        };

        let invite = services::settings::InviteSettings::from_vars(var)?;
        if matches!(tenant, Tenant::Sandbox) {
            if !addr.ip().is_loopback() && var("GUESTLIST_SANDBOX_ON_NETWORK").as_deref() != Some("yes") {
                return Err(ConfigError::SandboxOnNetwork { addr });
            }
            if let Some(smtp) = &invite.smtp_url {
                if let Err(host) = services::mail::on_this_machine(smtp) {
                    return Err(ConfigError::SandboxWithRealMail { host });
                }
            }
        }
        let job_lease =
            Duration::from_secs(number(&var, "GUESTLIST_JOB_LEASE_SECONDS", 60, 2..=3600, "a number of seconds from 2 to 3600")?);
        let worker_concurrency = number(&var, "GUESTLIST_WORKER_CONCURRENCY", 16, 1..=64, "a number from 1 to 64")? as usize;
        let dashboard_refresh = Duration::from_secs(
            60 * number(&var, "GUESTLIST_DASHBOARD_REFRESH_MINUTES", 60, 1..=1440, "a number of minutes from 1 to 1440")?,
        );
        let sessions = SessionSettings {
            max_age: Duration::from_secs(3600 * number(&var, "GUESTLIST_SESSION_MAX_HOURS", 12, 1..=168, "a number of hours from 1 to 168")?),
            recheck_every: Duration::from_secs(
                60 * number(&var, "GUESTLIST_SESSION_RECHECK_MINUTES", 15, 1..=240, "a number of minutes from 1 to 240")?,
            ),
            key: var("GUESTLIST_SESSION_KEY").map(parse_session_key).transpose()?,
        };
        let graph_budget =
            Duration::from_secs(number(&var, "GUESTLIST_GRAPH_BUDGET_SECONDS", graph::RetryPolicy::default().budget.as_secs(), 2..=300, "a number of seconds from 2 to 300")?);
        let metrics_token = var("GUESTLIST_METRICS_TOKEN").filter(|token| !token.is_empty());
        let language = match var("GUESTLIST_LANGUAGE") {
            None => i18n::Locale::default(),
            Some(value) => i18n::Locale::parse(&value).ok_or(ConfigError::Invalid {
                var: "GUESTLIST_LANGUAGE",
                value,
                expected: "a language Guestlist speaks: en (English), de (German), fr (French), es (Spanish) or ar (Arabic)",
            })?,
        };
        Ok(Config {
            addr,
            data_dir,
            public_url,
            database_url,
            tenant,
            invite,
            job_lease,
            worker_concurrency,
            dashboard_refresh,
            sessions,
            graph_budget,
            metrics_token,
            language,
        })
    }

    /// `scheme://host[:port]`, as browsers send it in `Origin`.
    pub fn public_origin(&self) -> String {
        self.public_url.origin().ascii_serialization()
    }

    /// Where the identity provider sends people back after sign-in.
    pub fn redirect_uri(&self) -> String {
        format!("{}{}", self.public_base(), crate::auth::CALLBACK)
    }

    /// Where the identity provider ends a sign-in session in a hidden frame (front-channel logout).
    pub fn front_channel_logout_uri(&self) -> String {
        format!("{}{}", self.public_base(), crate::auth::FRONT_CHANNEL_LOGOUT)
    }

    /// The public URL without a trailing `/`, for joining paths.
    pub fn public_base(&self) -> &str {
        self.public_url.as_str().trim_end_matches('/')
    }

    /// Cookies get `Secure` when people reach the portal over HTTPS.
    pub fn is_https(&self) -> bool {
        self.public_url.scheme() == "https"
    }
}

/// A whole number setting within `range`, or `default` when unset.
fn number(
    var: impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: u64,
    range: std::ops::RangeInclusive<u64>,
    expected: &'static str,
) -> Result<u64, ConfigError> {
    match var(name) {
        None => Ok(default),
        Some(value) => match value.parse::<u64>() {
            Ok(n) if range.contains(&n) => Ok(n),
            _ => Err(ConfigError::Invalid { var: name, value, expected }),
        },
    }
}

/// 32 bytes in standard base64 (e.g. from `openssl rand -base64 32`).
fn parse_session_key(value: String) -> Result<[u8; 32], ConfigError> {
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::STANDARD.decode(&value).ok();
    decoded.and_then(|bytes| <[u8; 32]>::try_from(bytes).ok()).ok_or(ConfigError::Invalid {
        var: "GUESTLIST_SESSION_KEY",
        // Never echoed back: it is a secret.
        value: "(hidden)".into(),
        expected: "32 random bytes in base64, e.g. from `openssl rand -base64 32`",
    })
}

/// The issuer URL of another authority speaking Entra's protocols (a sovereign cloud, or a
/// test provider), replacing `https://login.microsoftonline.com/{tenant}/v2.0`.
fn parse_authority(value: String) -> Result<Url, ConfigError> {
    match Url::parse(&value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() && url.query().is_none() => Ok(url),
        _ => Err(ConfigError::Invalid {
            var: "GUESTLIST_AUTHORITY_URL",
            value,
            expected: "the issuer URL of the identity provider, e.g. https://login.microsoftonline.us/{tenant}/v2.0",
        }),
    }
}

fn parse_public_url(value: String) -> Result<Url, ConfigError> {
    let invalid = |value: String| ConfigError::Invalid {
        var: "GUESTLIST_PUBLIC_URL",
        value,
        expected: "an http(s) URL such as https://guests.example.com",
    };
    match Url::parse(&value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => Ok(url),
        _ => Err(invalid(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_vars(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_are_a_local_sandbox() {
        let config = config(&[]).unwrap();
        assert_eq!(config.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.public_origin(), "http://127.0.0.1:3000");
        assert_eq!(config.redirect_uri(), "http://127.0.0.1:3000/auth/callback");
        assert_eq!(config.database_url, "sqlite://./data/guestlist.db");
        assert!(matches!(config.tenant, Tenant::Sandbox));
        let inviters = InviterPolicy { guest_inviter_role: true, app_role: Some("Guestlist.Inviter".into()), ..InviterPolicy::default() };
        assert_eq!(config.invite.inviters, inviters);
        assert!(!config.is_https());
    }

    #[test]
    fn the_sandbox_stays_on_this_machine_and_sends_no_real_mail() {
        let error = config(&[("GUESTLIST_ADDR", "0.0.0.0:8080")]).unwrap_err();
        assert_eq!(error, ConfigError::SandboxOnNetwork { addr: "0.0.0.0:8080".parse().unwrap() });
        assert!(error.to_string().contains("GUESTLIST_SANDBOX_ON_NETWORK=yes"));
        assert!(config(&[("GUESTLIST_ADDR", "192.168.1.5:3000")]).is_err());
        assert!(config(&[("GUESTLIST_ADDR", "[::1]:3000")]).is_ok());
        let real_mail = [("GUESTLIST_SMTP_URL", "smtps://mail.contoso.com:465"), ("GUESTLIST_MAIL_FROM", "g@contoso.com")];
        assert_eq!(config(&real_mail).unwrap_err(), ConfigError::SandboxWithRealMail { host: "mail.contoso.com".into() });
        for local in ["smtp://127.0.0.1:2525", "smtp://localhost:25", "smtp://[::1]:25"] {
            assert!(config(&[("GUESTLIST_SMTP_URL", local), ("GUESTLIST_MAIL_FROM", "g@contoso.com")]).is_ok(), "{local}");
        }
        // A real tenant may listen anywhere and mail anywhere.
        let tenant = [("GUESTLIST_TENANT_ID", "contoso.onmicrosoft.com"), ("GUESTLIST_CLIENT_ID", "c"), ("GUESTLIST_CLIENT_SECRET", "s")];
        assert!(config(&[tenant.as_slice(), &[("GUESTLIST_ADDR", "0.0.0.0:8080")], &real_mail].concat()).is_ok());
    }

    #[test]
    fn public_url_follows_the_address_unless_set() {
        let vars = [("GUESTLIST_ADDR", "0.0.0.0:8080"), ("GUESTLIST_DATA_DIR", "/var/lib/guestlist"), ("GUESTLIST_SANDBOX_ON_NETWORK", "yes")];
        let config = config(&vars).unwrap();
        assert_eq!(config.public_origin(), "http://0.0.0.0:8080");
        assert_eq!(config.database_url, "sqlite:///var/lib/guestlist/guestlist.db");
        let config = config_https();
        assert!(config.is_https());
        assert_eq!(config.redirect_uri(), "https://guests.example.com/auth/callback");
    }

    fn config_https() -> Config {
        config(&[("GUESTLIST_PUBLIC_URL", "https://guests.example.com/")]).unwrap()
    }

    #[test]
    fn all_three_tenant_settings_select_microsoft() {
        let config = config(&[
            ("GUESTLIST_TENANT_ID", "contoso.onmicrosoft.com"),
            ("GUESTLIST_CLIENT_ID", "client"),
            ("GUESTLIST_CLIENT_SECRET", "secret"),
        ])
        .unwrap();
        let Tenant::Entra(app) = config.tenant else { panic!("expected a real tenant") };
        assert_eq!(app.issuer_url.as_str(), "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0");
        assert_eq!(app.graph_base.as_str(), "https://graph.microsoft.com/");
        assert_eq!(app.token_endpoint(), "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    }

    #[test]
    fn a_tenant_is_named_by_its_id_or_a_domain() {
        let tenant = |id: &str| config(&[("GUESTLIST_TENANT_ID", id), ("GUESTLIST_CLIENT_ID", "c"), ("GUESTLIST_CLIENT_SECRET", "s")]);
        for good in ["72f988bf-86f1-41af-91ab-2d7cd011db47", "contoso.onmicrosoft.com", "northwind-traders.example"] {
            assert!(tenant(good).is_ok(), "{good}");
        }
        for bad in ["contoso", "a/b.example", "x.example?y", "contoso.onmicrosoft.com/v2.0", "72f988bf86f141af91ab2d7cd011db47", "-x.example", "a..b"] {
            assert!(matches!(tenant(bad), Err(ConfigError::Invalid { var: "GUESTLIST_TENANT_ID", .. })), "{bad}");
        }
    }

    #[test]
    fn partial_tenant_settings_say_what_is_missing() {
        let error = config(&[("GUESTLIST_TENANT_ID", "t")]).unwrap_err();
        assert_eq!(error, ConfigError::PartialTenant { missing: vec!["GUESTLIST_CLIENT_ID", "GUESTLIST_CLIENT_SECRET"] });
        assert!(error.to_string().contains("GUESTLIST_CLIENT_ID and GUESTLIST_CLIENT_SECRET are not set"));
        let error = config(&[("GUESTLIST_TENANT_ID", "t"), ("GUESTLIST_CLIENT_ID", "c")]).unwrap_err();
        assert!(error.to_string().contains("GUESTLIST_CLIENT_SECRET is not set. Set it too"));
    }

    #[test]
    fn session_limits_and_key_are_read_and_checked() {
        let defaults = config(&[]).unwrap().sessions;
        assert_eq!(defaults.max_age, Duration::from_secs(12 * 3600));
        assert_eq!(defaults.recheck_every, Duration::from_secs(15 * 60));
        assert!(defaults.key.is_none());
        let key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        let set = config(&[("GUESTLIST_SESSION_MAX_HOURS", "8"), ("GUESTLIST_SESSION_RECHECK_MINUTES", "5"), ("GUESTLIST_SESSION_KEY", key)])
            .unwrap()
            .sessions;
        assert_eq!((set.max_age.as_secs(), set.recheck_every.as_secs()), (8 * 3600, 300));
        assert_eq!(set.key.unwrap()[31], 31);
        for (var, value) in [("GUESTLIST_SESSION_MAX_HOURS", "0"), ("GUESTLIST_SESSION_RECHECK_MINUTES", "soon"), ("GUESTLIST_SESSION_KEY", "c2hvcnQ=")] {
            let error = config(&[(var, value)]).unwrap_err();
            assert!(matches!(&error, ConfigError::Invalid { var: v, .. } if *v == var), "{error}");
            assert!(!error.to_string().contains("c2hvcnQ="), "the key is never shown");
        }
    }

    #[test]
    fn the_authority_can_be_overridden_for_a_real_tenant() {
        let tenant = [("GUESTLIST_TENANT_ID", "contoso.onmicrosoft.com"), ("GUESTLIST_CLIENT_ID", "c"), ("GUESTLIST_CLIENT_SECRET", "s")];
        let issuer = "http://127.0.0.1:4000/contoso/v2.0";
        let Tenant::Entra(app) = config(&[tenant.as_slice(), &[("GUESTLIST_AUTHORITY_URL", issuer)]].concat()).unwrap().tenant else {
            panic!("expected a real tenant")
        };
        assert_eq!(app.issuer_url.as_str(), issuer);
        assert_eq!(app.token_endpoint(), "http://127.0.0.1:4000/contoso/oauth2/v2.0/token");
        let bad = config(&[tenant.as_slice(), &[("GUESTLIST_AUTHORITY_URL", "login.example/v2.0")]].concat()).unwrap_err();
        assert!(matches!(bad, ConfigError::Invalid { var: "GUESTLIST_AUTHORITY_URL", .. }));
    }

    #[test]
    fn the_portal_language_is_one_guestlist_speaks() {
        assert_eq!(config(&[]).unwrap().language, i18n::Locale::En);
        assert_eq!(config(&[("GUESTLIST_LANGUAGE", "de-CH")]).unwrap().language, i18n::Locale::De);
        let error = config(&[("GUESTLIST_LANGUAGE", "klingon")]).unwrap_err().to_string();
        assert!(error.contains("GUESTLIST_LANGUAGE") && error.contains("de (German)"), "{error}");
    }

    #[test]
    fn bad_values_name_the_variable() {
        let error = config(&[("GUESTLIST_ADDR", "localhost")]).unwrap_err();
        assert!(error.to_string().starts_with("GUESTLIST_ADDR is \"localhost\""));
        let error = config(&[("GUESTLIST_PUBLIC_URL", "guests.example.com")]).unwrap_err();
        assert!(matches!(error, ConfigError::Invalid { var: "GUESTLIST_PUBLIC_URL", .. }));
        let error = config(&[("GUESTLIST_DATABASE_URL", "mysql://db")]).unwrap_err();
        assert!(matches!(error, ConfigError::Invalid { var: "GUESTLIST_DATABASE_URL", .. }));
    }
}
