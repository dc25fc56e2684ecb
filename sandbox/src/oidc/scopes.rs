//! The `scope` parameter: OIDC scopes plus the permissions of one resource, as Entra reads it.
//!
//! `openid profile email offline_access` are OIDC scopes; `https://graph.microsoft.com/X`,
//! `00000003-0000-0000-c000-000000000000/X` and a bare `X` all name Graph's permission `X`;
//! `{resource}/.default` asks for everything consented for that resource. Anything else with a
//! `/` names another resource, which this tenant does not have.

use super::error::{AadError, OAuthError};
use super::{GRAPH_APP_ID, GRAPH_RESOURCE};
use crate::directory::AppRegistration;

/// The OIDC scopes, in the order Entra echoes them.
const OIDC_SCOPES: [&str; 4] = ["openid", "profile", "email", "offline_access"];

/// A parsed `scope` parameter.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Requested {
    oidc: Vec<&'static str>,
    /// The one resource named, if any (`GRAPH_RESOURCE` for Graph).
    resource: Option<String>,
    /// Permission names on `resource`, `.default` included.
    permissions: Vec<String>,
}

/// Scopes granted to a client for a user: OIDC scopes and consented Graph permissions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Granted {
    pub oidc: Vec<&'static str>,
    pub graph: Vec<String>,
}

impl Requested {
    pub fn parse(scope: &str) -> Result<Requested, AadError> {
        let mut requested = Requested::default();
        let mut resources: Vec<String> = Vec::new();
        for item in scope.split_whitespace() {
            if let Some(oidc) = OIDC_SCOPES.iter().find(|s| s.eq_ignore_ascii_case(item)) {
                if !requested.oidc.contains(oidc) {
                    requested.oidc.push(oidc);
                }
                continue;
            }
            let (resource, permission) = match item.rsplit_once('/') {
                Some((resource, permission)) => (resource.trim_end_matches('/'), permission),
                None => (GRAPH_RESOURCE, item),
            };
            let resource =
                if resource.eq_ignore_ascii_case(GRAPH_RESOURCE) || resource.eq_ignore_ascii_case(GRAPH_APP_ID) {
                    GRAPH_RESOURCE.to_owned()
                } else {
                    resource.to_owned()
                };
            if permission.is_empty() {
                return Err(invalid_scope(scope));
            }
            if !resources.contains(&resource) {
                resources.push(resource);
            }
            requested.permissions.push(permission.to_owned());
        }
        if resources.len() > 1 {
            return Err(AadError::new(
                OAuthError::InvalidScope,
                28000,
                format!(
                    "Provided value for the input parameter scope is not valid because it contains more than one \
                     resource. Scope {scope} is not valid."
                ),
            ));
        }
        let is_default = |p: &String| p.eq_ignore_ascii_case(".default");
        if requested.permissions.iter().any(is_default) && requested.permissions.len() > 1 {
            // `.default` stands for the whole consented set and cannot be mixed with names.
            return Err(invalid_scope(scope));
        }
        requested.resource = resources.pop();
        Ok(requested)
    }

    pub fn has_openid(&self) -> bool {
        self.oidc.contains(&"openid")
    }

    /// Grants a delegated request against the app's consented permissions. With no resource
    /// named, the access token is for Graph with just the OIDC scopes, as Entra does.
    pub fn grant_delegated(&self, app: &AppRegistration, tenant_name: &str) -> Result<Granted, AadError> {
        self.require_graph(tenant_name)?;
        let consented = |name: &str| app.delegated_permissions.iter().find(|p| p.eq_ignore_ascii_case(name)).cloned();
        let graph = if self.permissions.first().is_some_and(|p| p.eq_ignore_ascii_case(".default")) {
            app.delegated_permissions.iter().filter(|p| !is_oidc(p)).cloned().collect()
        } else {
            let mut graph: Vec<String> = Vec::new();
            for permission in &self.permissions {
                let Some(granted) = consented(permission) else {
                    return Err(AadError::new(
                        OAuthError::ConsentRequired,
                        65001,
                        format!(
                            "The user or administrator has not consented to use the application with ID '{}' named \
                             '{}'. Send an interactive authorization request for this user and resource.",
                            app.client_id, app.display_name
                        ),
                    ));
                };
                if !graph.contains(&granted) {
                    graph.push(granted);
                }
            }
            graph
        };
        Ok(Granted { oidc: self.oidc.clone(), graph })
    }

    /// The application permissions for a client-credentials request: exactly `{resource}/.default`.
    pub fn grant_application(
        &self,
        app: &AppRegistration,
        tenant_name: &str,
        scope: &str,
    ) -> Result<Vec<String>, AadError> {
        let only_default =
            self.oidc.is_empty() && self.permissions.len() == 1 && self.permissions[0].eq_ignore_ascii_case(".default");
        if !only_default {
            return Err(AadError::new(
                OAuthError::InvalidScope,
                1002012,
                format!(
                    "The provided value for scope {scope} is not valid. Client credential flows must have a scope \
                     value with /.default suffixed to the resource identifier (application ID URI)."
                ),
            ));
        }
        self.require_graph(tenant_name)?;
        Ok(app.application_permissions.clone())
    }

    fn require_graph(&self, tenant_name: &str) -> Result<(), AadError> {
        match &self.resource {
            Some(resource) if resource != GRAPH_RESOURCE => Err(AadError::new(
                OAuthError::InvalidResource,
                500011,
                format!(
                    "The resource principal named {resource} was not found in the tenant named {tenant_name}. This \
                     can happen if the application has not been installed by the administrator of the tenant or \
                     consented to by any user in the tenant. You might have sent your authentication request to \
                     the wrong tenant."
                ),
            )),
            _ => Ok(()),
        }
    }
}

impl Granted {
    /// Parses the canonical form written by [`Granted::to_scope_string`].
    pub fn from_scope_string(scope: &str) -> Granted {
        let mut granted = Granted { oidc: Vec::new(), graph: Vec::new() };
        for item in scope.split_whitespace() {
            match OIDC_SCOPES.iter().find(|s| **s == item) {
                Some(oidc) => granted.oidc.push(oidc),
                None => granted.graph.push(item.rsplit('/').next().unwrap_or(item).to_owned()),
            }
        }
        granted
    }

    /// The `scope` of a token response: Graph permissions as full URIs, then the OIDC scopes.
    pub fn to_scope_string(&self) -> String {
        self.graph
            .iter()
            .map(|p| format!("{GRAPH_RESOURCE}/{p}"))
            .chain(self.oidc.iter().map(|s| (*s).to_owned()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The access token's `scp`: Graph permissions plus `openid profile email` (not `offline_access`).
    pub fn scp(&self) -> String {
        self.graph
            .iter()
            .map(String::as_str)
            .chain(self.oidc.iter().copied().filter(|s| *s != "offline_access"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn has(&self, oidc_scope: &str) -> bool {
        self.oidc.contains(&oidc_scope)
    }
}

fn is_oidc(scope: &str) -> bool {
    OIDC_SCOPES.iter().any(|s| s.eq_ignore_ascii_case(scope))
}

fn invalid_scope(scope: &str) -> AadError {
    AadError::new(
        OAuthError::InvalidScope,
        70011,
        format!("The provided value for the input parameter 'scope' is not valid. The scope '{scope}' is not valid."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> AppRegistration {
        AppRegistration {
            client_id: "client".into(),
            client_secret: "secret".into(),
            display_name: "Guestlist".into(),
            delegated_permissions: ["User.Read", "User.Invite.All", "openid", "profile", "offline_access"]
                .map(String::from)
                .to_vec(),
            application_permissions: vec!["User.Invite.All".into()],
            directory_role_template_ids: Vec::new(),
            app_roles: Vec::new(),
        }
    }

    #[test]
    fn short_and_full_graph_names_resolve_to_graph_in_consented_case() {
        let requested =
            Requested::parse("openid https://graph.microsoft.com/user.read User.Invite.All offline_access").unwrap();
        let granted = requested.grant_delegated(&app(), "Contoso").unwrap();
        assert_eq!(granted.graph, ["User.Read", "User.Invite.All"]);
        assert_eq!(granted.oidc, ["openid", "offline_access"]);
        assert_eq!(granted.scp(), "User.Read User.Invite.All openid");
        assert_eq!(Granted::from_scope_string(&granted.to_scope_string()), granted);
    }

    #[test]
    fn default_grants_every_consented_graph_permission() {
        let granted = Requested::parse("openid 00000003-0000-0000-c000-000000000000/.default").unwrap();
        assert_eq!(granted.grant_delegated(&app(), "Contoso").unwrap().graph, ["User.Read", "User.Invite.All"]);
    }

    #[test]
    fn unconsented_permission_needs_consent() {
        let error = Requested::parse("openid Mail.Send").unwrap().grant_delegated(&app(), "Contoso").unwrap_err();
        assert_eq!((error.error, error.code), (OAuthError::ConsentRequired, 65001));
    }

    #[test]
    fn two_resources_are_refused_and_a_foreign_one_is_unknown() {
        let error = Requested::parse("api://other/read User.Read").unwrap_err();
        assert_eq!(error.code, 28000);
        let error =
            Requested::parse("openid api://other/read").unwrap().grant_delegated(&app(), "Contoso").unwrap_err();
        assert_eq!(error.code, 500011);
    }

    #[test]
    fn default_cannot_be_mixed_with_named_permissions() {
        assert_eq!(Requested::parse("https://graph.microsoft.com/.default User.Read").unwrap_err().code, 70011);
    }

    #[test]
    fn client_credentials_need_exactly_resource_default() {
        let scope = "https://graph.microsoft.com/.default";
        let roles = Requested::parse(scope).unwrap().grant_application(&app(), "Contoso", scope).unwrap();
        assert_eq!(roles, ["User.Invite.All"]);
        let scope = "https://graph.microsoft.com/User.Read";
        let error = Requested::parse(scope).unwrap().grant_application(&app(), "Contoso", scope).unwrap_err();
        assert_eq!(error.code, 1002012);
    }
}
