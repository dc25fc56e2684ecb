//! Partner rules: what Guestlist does for a guest's domain — allow, block, or require approval —
//! with that domain's defaults (groups, sponsor, required sponsor count, maximum guest lifetime,
//! redirect URL, message and language) and approvers. The most specific domain wins
//! (`sales.fabrikam.com` before `fabrikam.com` before the default rule); the tenant's own settings
//! come first: Guestlist never allows what the tenant blocks, and says which rule decided.

use serde::{Deserialize, Serialize};

use i18n::tr;

use crate::checks::{Field, Problem};
use crate::invite::InviteForm;

/// The domain of the default rule, which applies where no other rule does.
pub const DEFAULT_DOMAIN: &str = "*";

/// What a rule says about its domain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Inviters invite directly; members ask an approver as always.
    #[default]
    Allow,
    /// Nobody invites anyone from the domain through Guestlist.
    Block,
    /// Everyone but the Admins asks an approver first.
    ApprovalRequired,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Allow, Decision::ApprovalRequired, Decision::Block];

    pub fn label(self) -> &'static str {
        match self {
            Decision::Allow => "Allow",
            Decision::Block => "Block",
            Decision::ApprovalRequired => "Approval required",
        }
    }

    /// [`Decision::label`] in `locale`, for pages.
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            Decision::Allow => "checks-partner-decision-allow",
            Decision::Block => "checks-partner-decision-block",
            Decision::ApprovalRequired => "checks-partner-decision-approval",
        };
        i18n::translate(locale, id, &[])
    }
}

/// One domain's rule. Empty texts and lists mean "no default".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerRule {
    /// Lower case; it also covers its subdomains. [`DEFAULT_DOMAIN`] for the default rule.
    pub domain: String,
    pub decision: Decision,
    /// Groups (names or group e-mail addresses) a guest joins when the form names none.
    pub default_groups: Vec<String>,
    /// The sponsor (an address or group name) when the form names none.
    pub default_sponsor: String,
    /// The fewest sponsors an invitation must name (0: no minimum; an empty list counts as one,
    /// the inviter).
    pub required_sponsors: usize,
    /// The longest a guest's access may run, in days, from the invitation (0: no limit); recorded
    /// as the guest's "access until" for their sponsors' reviews.
    pub max_lifetime_days: u32,
    /// Where guests land after accepting, unless the form says otherwise.
    pub redirect_url: String,
    /// The invitation's personal message when the form has none.
    pub message: String,
    /// The invitation mail's language when the form leaves the default.
    pub language: String,
    /// Addresses of the people who may approve requests for this domain (beside the global ones).
    pub approvers: Vec<String>,
}

impl PartnerRule {
    pub fn is_default(&self) -> bool {
        self.domain == DEFAULT_DOMAIN
    }

    /// Whether the rule covers `domain` (lower case): the same domain or a subdomain of it.
    fn covers(&self, domain: &str) -> bool {
        self.is_default() || domain == self.domain || domain.strip_suffix(&self.domain).is_some_and(|rest| rest.ends_with('.'))
    }

    /// The form with this rule's defaults filled in where the form leaves them open (a language
    /// or redirect equal to the form's starting value counts as open).
    pub fn apply_defaults(&self, form: &InviteForm, form_default_language: &str, form_default_redirect: &str) -> InviteForm {
        let mut form = form.clone();
        if form.groups.trim().is_empty() && !self.default_groups.is_empty() {
            form.groups = self.default_groups.join("\n");
        }
        if form.sponsors.trim().is_empty() && !self.default_sponsor.trim().is_empty() {
            form.sponsors = self.default_sponsor.trim().to_owned();
        }
        if !self.redirect_url.trim().is_empty() && (form.redirect_url.trim().is_empty() || form.redirect_url.trim() == form_default_redirect) {
            form.redirect_url = self.redirect_url.trim().to_owned();
        }
        if form.message.trim().is_empty() && !self.message.trim().is_empty() {
            form.message = self.message.clone();
        }
        if !self.language.is_empty() && (form.language.is_empty() || form.language == form_default_language) {
            form.language = self.language.clone();
        }
        form
    }
}

/// What the rule refuses in a form (after its defaults): a blocked domain, too few sponsors; in
/// `locale`.
pub fn problems(rule: &PartnerRule, form: &InviteForm, locale: i18n::Locale) -> Vec<Problem> {
    let mut problems = Vec::new();
    if rule.decision == Decision::Block {
        let text = if rule.is_default() {
            tr!(locale, "checks-partner-default-blocks")
        } else {
            tr!(locale, "checks-partner-rule-blocks", domain = &rule.domain)
        };
        problems.push(Problem { field: Field::Email, text });
    }
    // No sponsor named means one: the inviter (or requester).
    let named = form.sponsors.split(['\n', ',', ';']).filter(|s| !s.trim().is_empty()).count().max(1);
    if named < rule.required_sponsors {
        problems.push(Problem {
            field: Field::Sponsors,
            text: tr!(
                locale,
                "checks-partner-sponsors-needed",
                domain = form_domain(form),
                required = rule.required_sponsors,
                more = rule.required_sponsors - named
            ),
        });
    }
    problems
}

fn form_domain(form: &InviteForm) -> String {
    form.email.trim().rsplit_once('@').map(|(_, d)| d.to_lowercase()).unwrap_or_default()
}

/// What the tenant itself says about inviting someone from a domain, read from Graph.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantFacts {
    /// One of the tenant's verified domains: a colleague, not a guest.
    pub own_domain: bool,
    /// `authorizationPolicy.allowInvitesFrom` is `none`: nobody may invite.
    pub invitations_off: bool,
    /// The B2B allow/deny list (external collaboration settings) lets the domain in.
    pub list_permits: bool,
    /// On `GUESTLIST_BLOCKED_DOMAINS` (or the Settings page's blocked domains).
    pub blocked_by_guestlist: bool,
}

/// The effective answer for a domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Allowed,
    ApprovalRequired,
    Blocked,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Allowed => "Allowed",
            Verdict::ApprovalRequired => "Allowed after approval",
            Verdict::Blocked => "Blocked",
        }
    }

    /// [`Verdict::label`] in `locale`, for pages.
    pub fn name(self, locale: i18n::Locale) -> String {
        let id = match self {
            Verdict::Allowed => "checks-partner-verdict-allowed",
            Verdict::ApprovalRequired => "checks-partner-verdict-approval",
            Verdict::Blocked => "checks-partner-verdict-blocked",
        };
        i18n::translate(locale, id, &[])
    }
}

/// The effective result for a domain, which rule decided, and the portal rule that applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effective {
    pub domain: String,
    pub verdict: Verdict,
    /// Which rule decided, in a sentence.
    pub decided_by: String,
    /// The portal's rule for the domain (its defaults apply when allowed).
    pub rule: PartnerRule,
}

/// The most specific rule for `domain`: the longest domain that covers it, else the default rule,
/// else a built-in "allow" without defaults.
pub fn rule_for(rules: &[PartnerRule], domain: &str) -> PartnerRule {
    let domain = domain.trim().to_lowercase();
    let specific = rules.iter().filter(|r| !r.is_default() && r.covers(&domain)).max_by_key(|r| r.domain.len());
    specific
        .or_else(|| rules.iter().find(|r| r.is_default()))
        .cloned()
        .unwrap_or_else(|| PartnerRule { domain: DEFAULT_DOMAIN.into(), ..PartnerRule::default() })
}

/// [`evaluate`], which rule decided said in `locale`.
pub fn evaluate(tenant: &TenantFacts, rules: &[PartnerRule], domain: &str, locale: i18n::Locale) -> Effective {
    let domain = domain.trim().to_lowercase();
    let rule = rule_for(rules, &domain);
    let (verdict, decided_by) = if tenant.own_domain {
        (Verdict::Blocked, tr!(locale, "checks-partner-own-domain", domain = &domain))
    } else if tenant.invitations_off {
        (Verdict::Blocked, tr!(locale, "checks-partner-invitations-off"))
    } else if !tenant.list_permits {
        (Verdict::Blocked, tr!(locale, "checks-partner-tenant-list", domain = &domain))
    } else if tenant.blocked_by_guestlist {
        (Verdict::Blocked, tr!(locale, "checks-partner-guestlist-blocks", domain = &domain))
    } else {
        let (verdict, id) = match (rule.decision, rule.is_default()) {
            (Decision::Allow, true) => (Verdict::Allowed, "checks-partner-default-allows"),
            (Decision::Allow, false) => (Verdict::Allowed, "checks-partner-rule-allows"),
            (Decision::ApprovalRequired, true) => (Verdict::ApprovalRequired, "checks-partner-default-requires-approval"),
            (Decision::ApprovalRequired, false) => (Verdict::ApprovalRequired, "checks-partner-rule-requires-approval"),
            (Decision::Block, true) => (Verdict::Blocked, "checks-partner-default-decides-block"),
            (Decision::Block, false) => (Verdict::Blocked, "checks-partner-rule-decides-block"),
        };
        (verdict, i18n::translate(locale, id, &[("domain", i18n::Arg::from(&rule.domain))]))
    };
    Effective { domain, verdict, decided_by, rule }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(domain: &str, decision: Decision) -> PartnerRule {
        PartnerRule { domain: domain.into(), decision, ..PartnerRule::default() }
    }

    fn open() -> TenantFacts {
        TenantFacts { list_permits: true, ..TenantFacts::default() }
    }

    #[test]
    fn the_effective_result_follows_the_tenant_first_then_the_most_specific_rule() {
        let rules = [
            rule(DEFAULT_DOMAIN, Decision::ApprovalRequired),
            rule("fabrikam.example", Decision::Allow),
            rule("sales.fabrikam.example", Decision::Block),
            rule("contoso.example", Decision::ApprovalRequired),
        ];
        let tenant_blocks = TenantFacts { list_permits: false, ..open() };
        let off = TenantFacts { invitations_off: true, ..open() };
        let own = TenantFacts { own_domain: true, ..open() };
        let guestlist_blocks = TenantFacts { blocked_by_guestlist: true, ..open() };
        // (tenant, domain, verdict, words of the rule that decided)
        let cases: &[(&TenantFacts, &str, Verdict, &str)] = &[
            (&open(), "fabrikam.example", Verdict::Allowed, "rule for fabrikam.example allows"),
            (&tenant_blocks, "fabrikam.example", Verdict::Blocked, "allow/deny list"),
            (&off, "fabrikam.example", Verdict::Blocked, "allowInvitesFrom: none"),
            (&own, "fabrikam.example", Verdict::Blocked, "own domains"),
            (&guestlist_blocks, "fabrikam.example", Verdict::Blocked, "Guestlist's blocked domains"),
            (&open(), "contoso.example", Verdict::ApprovalRequired, "rule for contoso.example requires"),
            (&open(), "sales.fabrikam.example", Verdict::Blocked, "rule for sales.fabrikam.example blocks"),
            (&open(), "eu.sales.fabrikam.example", Verdict::Blocked, "rule for sales.fabrikam.example"),
            (&open(), "hr.fabrikam.example", Verdict::Allowed, "rule for fabrikam.example"),
            (&open(), "notfabrikam.example", Verdict::ApprovalRequired, "default rule requires"),
            (&open(), "Other.Example", Verdict::ApprovalRequired, "default rule"),
            (&tenant_blocks, "other.example", Verdict::Blocked, "allow/deny list"),
        ];
        for (tenant, domain, verdict, words) in cases {
            let effective = evaluate(tenant, &rules, domain, i18n::Locale::En);
            assert_eq!(effective.verdict, *verdict, "{domain}: {effective:?}");
            assert!(effective.decided_by.contains(words), "{domain}: {}", effective.decided_by);
        }
        assert_eq!(evaluate(&open(), &[], "any.example", i18n::Locale::En).verdict, Verdict::Allowed, "no rules: allowed by the built-in default");
    }

    #[test]
    fn a_rules_defaults_fill_what_the_form_leaves_open() {
        let rule = PartnerRule {
            domain: "fabrikam.example".into(),
            default_groups: vec!["Fabrikam Project".into(), "Partners".into()],
            default_sponsor: "amara.diallo@northwind.example".into(),
            message: "Welcome to the Fabrikam project.".into(),
            language: "de-DE".into(),
            ..PartnerRule::default()
        };
        let cases = [
            (InviteForm::default(), "Fabrikam Project\nPartners", "amara.diallo@northwind.example", "de-DE"),
            (InviteForm { groups: "Sales".into(), sponsors: "x@northwind.example".into(), language: "fr-FR".into(), ..InviteForm::default() }, "Sales", "x@northwind.example", "fr-FR"),
            (InviteForm { language: "en-US".into(), ..InviteForm::default() }, "Fabrikam Project\nPartners", "amara.diallo@northwind.example", "de-DE"),
        ];
        for (form, groups, sponsors, language) in cases {
            let applied = rule.apply_defaults(&form, "en-US", "https://myapps.microsoft.com/");
            assert_eq!((applied.groups.as_str(), applied.sponsors.as_str(), applied.language.as_str()), (groups, sponsors, language), "{form:?}");
        }
        assert_eq!(rule.apply_defaults(&InviteForm::default(), "en-US", "https://myapps.microsoft.com/").message, "Welcome to the Fabrikam project.");
    }

    #[test]
    fn a_blocking_rule_and_too_few_sponsors_are_problems() {
        let form = |sponsors: &str| InviteForm { email: "ann@fabrikam.example".into(), sponsors: sponsors.into(), ..InviteForm::default() };
        let two = PartnerRule { domain: "fabrikam.example".into(), required_sponsors: 2, ..PartnerRule::default() };
        let cases: &[(&PartnerRule, &str, &[Field])] = &[
            (&two, "", &[Field::Sponsors]),
            (&two, "a@northwind.example", &[Field::Sponsors]),
            (&two, "a@northwind.example\nPartner Team", &[]),
            (&PartnerRule { decision: Decision::Block, ..two.clone() }, "a@x.example, b@x.example", &[Field::Email]),
            (&PartnerRule::default(), "", &[]),
        ];
        for (rule, sponsors, fields) in cases {
            let found: Vec<Field> = problems(rule, &form(sponsors), i18n::Locale::En).iter().map(|p| p.field).collect();
            assert_eq!(&found, fields, "{sponsors:?}");
        }
    }
}
