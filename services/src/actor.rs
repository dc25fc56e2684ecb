//! Who acts: a person signed in to the portal with their [`Role`]s, or an operator at the
//! command line. Every service takes the [`Actor`] explicitly and checks what it may do.

use serde::{Deserialize, Serialize};

/// What a signed-in person may do in the portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// Global Administrator or User Administrator in the tenant.
    Admin,
    /// Guest Inviter, the portal's inviter app role, or member of the configured inviter group.
    Inviter,
    /// Helpdesk Administrator in the tenant: sees the guests and may resend and reset their
    /// invitations (Entra lets Helpdesk Administrators reset redemption), nothing else.
    Helpdesk,
    /// Any member (not guest) of the tenant: can look after the guests they sponsor.
    Sponsor,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Inviter, Role::Helpdesk, Role::Sponsor];

    /// The role's name in `locale`, for pages and mails (the audit trail keeps [`Role::label`]).
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            Role::Admin => "role-admin",
            Role::Inviter => "role-inviter",
            Role::Helpdesk => "role-helpdesk",
            Role::Sponsor => "role-sponsor",
        };
        i18n::translate(locale, id, &[])
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Inviter => "Inviter",
            Role::Helpdesk => "Helpdesk Administrator",
            Role::Sponsor => "Sponsor",
        }
    }

    /// What the role means, in plain words in `locale`, for the home page.
    pub fn description(self, locale: i18n::Locale) -> String {
        let id = match self {
            Role::Admin => "shell-role-admin",
            Role::Inviter => "shell-role-inviter",
            Role::Helpdesk => "shell-role-helpdesk",
            Role::Sponsor => "shell-role-sponsor",
        };
        i18n::translate(locale, id, &[])
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// The signed-in person, as established from the verified ID token at sign-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    /// `oid`: the user's object id in this tenant (equals Graph `user.id`).
    pub object_id: String,
    /// `tid`: the tenant signed in to.
    pub tenant_id: String,
    pub name: String,
    /// `preferred_username`; display only, it can change.
    pub user_principal_name: String,
    pub email: Option<String>,
    /// Sorted, without duplicates.
    pub roles: Vec<Role>,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Inviters and Admins may invite (the portal's own rule; the tenant may still refuse).
    pub fn may_invite(&self) -> bool {
        self.has(Role::Inviter) || self.has(Role::Admin)
    }
}

#[cfg(feature = "server")]
pub use server::Actor;

#[cfg(feature = "server")]
mod server {
    use super::{Principal, Role};
    use crate::Error;
    use i18n::Locale;

    /// Who performs an operation, passed explicitly to every service.
    #[derive(Clone)]
    pub enum Actor {
        /// A person signed in to the portal. Graph calls made for them use their own delegated
        /// token where the portal's settings say so.
        Person {
            principal: Principal,
            /// Their delegated Graph session (renewed in place; the caller stores it back).
            token: graph::DelegatedSession,
            /// The language they read the portal in: what the services say to them is in it.
            locale: Locale,
        },
        /// Someone at the server's command line: they already hold the server's secrets, so
        /// they act as an administrator with the application's own Graph permissions.
        Operator {
            /// Who, as the operating system names them (for the audit trail).
            name: String,
        },
        /// A background job acting for whoever started it, who is not there: as they were named
        /// in the audit trail, with the roles they had then. There is no delegated token to act
        /// with, so its Graph calls use the application's permissions after the portal's checks.
        Job {
            /// As the audit trail named the starter ("Priya Natarajan <priya@contoso.com>").
            name: String,
            object_id: Option<String>,
            roles: Vec<Role>,
            /// The starter's language: what the job reports is in it.
            locale: Locale,
        },
    }

    impl Actor {
        /// The operator running this process, named after the operating-system user.
        pub fn operator() -> Actor {
            let name = std::env::var("USER").or_else(|_| std::env::var("LOGNAME")).unwrap_or_else(|_| "unknown".into());
            Actor::Operator { name }
        }

        /// The language to answer in: the person's; at the command line the operating system's
        /// (`LANG`); a background job's starter's.
        pub fn locale(&self) -> Locale {
            match self {
                Actor::Person { locale, .. } => *locale,
                Actor::Operator { .. } => {
                    std::env::var("LANG").ok().and_then(|lang| Locale::parse(&lang)).unwrap_or_default()
                }
                Actor::Job { locale, .. } => *locale,
            }
        }

        pub fn principal(&self) -> Option<&Principal> {
            match self {
                Actor::Person { principal, .. } => Some(principal),
                Actor::Operator { .. } | Actor::Job { .. } => None,
            }
        }

        pub fn has(&self, role: Role) -> bool {
            match self {
                Actor::Person { principal, .. } => principal.has(role),
                Actor::Operator { .. } => true,
                Actor::Job { roles, .. } => roles.contains(&role),
            }
        }

        /// Refuses unless the actor has `role`.
        pub fn require(&self, role: Role) -> Result<(), Error> {
            if self.has(role) { Ok(()) } else { Err(Error::NotAllowed { needed: role }) }
        }

        /// Refuses unless the actor may look after guests' invitations: see the guests, resend and
        /// reset redemption (Helpdesk Administrator or Admin).
        pub fn require_helpdesk(&self) -> Result<(), Error> {
            if self.has(Role::Helpdesk) || self.has(Role::Admin) { Ok(()) } else { Err(Error::NotAllowed { needed: Role::Helpdesk }) }
        }

        /// Refuses unless the actor may invite (Inviter or Admin).
        pub fn require_inviter(&self) -> Result<(), Error> {
            if self.has(Role::Inviter) || self.has(Role::Admin) { Ok(()) } else { Err(Error::NotAllowed { needed: Role::Inviter }) }
        }

        /// Refuses unless the actor may fill in the Invite form: Inviters and Admins send it, other
        /// members ask for the invitation (see [`crate::requests`]).
        pub fn require_invite_form(&self) -> Result<(), Error> {
            if self.has(Role::Sponsor) || self.has(Role::Inviter) || self.has(Role::Admin) {
                Ok(())
            } else {
                Err(Error::NotAllowed { needed: Role::Inviter })
            }
        }

        /// The name shown in the audit trail and in mails.
        pub fn name(&self) -> &str {
            match self {
                Actor::Person { principal, .. } => &principal.name,
                Actor::Operator { name } | Actor::Job { name, .. } => name,
            }
        }

        /// How the audit trail records the actor: name and user name, or the operator.
        pub fn audit_name(&self) -> String {
            match self {
                Actor::Person { principal, .. } => format!("{} <{}>", principal.name, principal.user_principal_name),
                Actor::Operator { name } => format!("{name} (command line)"),
                Actor::Job { name, .. } => name.clone(),
            }
        }

        /// The actor's directory object id; none for an operator.
        pub fn object_id(&self) -> Option<&str> {
            match self {
                Actor::Job { object_id, .. } => object_id.as_deref(),
                _ => self.principal().map(|p| p.object_id.as_str()),
            }
        }
    }

    impl std::fmt::Debug for Actor {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            // Never the token.
            match self {
                Actor::Person { principal, .. } => f.debug_struct("Person").field("principal", principal).finish_non_exhaustive(),
                Actor::Operator { name } => f.debug_struct("Operator").field("name", name).finish(),
                Actor::Job { name, roles, .. } => f.debug_struct("Job").field("name", name).field("roles", roles).finish(),
            }
        }
    }
}
