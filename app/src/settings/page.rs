//! The Settings page's sections.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use services::configuration::{GeneralForm, InviterPolicy, InvitersForm, MailForm, MessageForm, MessageTemplate, RuleForm, SettingsPage as Page, VersionInfo};
use services::invite::LANGUAGES;
use services::partners::{Decision, Effective, PartnerRule};

use super::{ImportSettings, Notice, RemoveRule, RestoreVersion, SaveGeneral, SaveInviters, SaveMail, SaveMessage, SaveRule, SettingsData, TestMail};
use crate::routes;
use crate::widgets::{answer_view, DataTable, Loaded};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        let text = |name: &str| q.get(name).unwrap_or_default();
        (text("domain"), text("edit"), text("message"), q.get("version").and_then(|v| v.parse::<i64>().ok()))
    };
    let data = Resource::new_blocking(args, |(domain, edit, message, version)| super::load_settings(domain, edit, message, version));
    view! { <Loaded data content=|data| view! { <SettingsView data/> } title="Settings" back=routes::HOME back_label="Back to the home page"/> }
}

#[component]
fn SettingsView(data: SettingsData) -> impl IntoView {
    let SettingsData { page, rule, general, inviters: inviters_form, message, mail, viewed, notice } = data;
    let Page { document, current, versions, defaults, tenant, effective, can_mail, smtp_password_set, inviters } = page;
    let in_force = match current {
        Some(v) => format!("In force: version {}, saved {} by {}.", v.id, v.changed_at, v.changed_by),
        None => "Nothing saved yet: the GUESTLIST_* variables apply.".to_owned(),
    };
    view! {
        <Title text="Settings"/>
        <h1>"Settings"</h1>
        <p class="lead">
            "The organisation's rules for inviting guests. A setting left empty here follows its GUESTLIST_* variable; "
            "one set here wins. What inviters may grant (groups and app roles) is on the "
            <a href=routes::RULES>"Rules"</a> " page."
        </p>
        {notice.map(|Notice { done, text }| answer_view(done, vec![text]))}
        <p>{in_force}</p>
        <section aria-labelledby="effective-heading">
            <h2 id="effective-heading">"The tenant's settings and the effective result"</h2>
            <dl class="request-details">
                <dt>"Who may invite (Entra)"</dt><dd>{tenant.allow_invites_from}</dd>
                <dt>"Guest user access (Entra)"</dt><dd>{tenant.guest_access}</dd>
                <dt>"Allowed and blocked domains (Entra)"</dt><dd>{tenant.domain_list}</dd>
            </dl>
            <form method="get" action=routes::SETTINGS class="effective-form">
                <div class="field">
                    <label for="domain">"Check a domain"</label>
                    <input id="domain" name="domain" type="text" value=effective.as_ref().map(|e| e.domain.clone()).unwrap_or_default()
                        aria-describedby="domain-help"/>
                    <p class="help" id="domain-help">"e.g. fabrikam.com: what happens to an invitation there, and which rule decides."</p>
                </div>
                <button type="submit" class="button secondary">"Check the domain"</button>
            </form>
            {effective.map(|e| view! { <EffectiveView e/> })}
        </section>
        <InvitersSection form=inviters_form inviters defaults=defaults.clone()/>
        <RulesSection rules=document.partner_rules.clone() rule/>
        <GeneralSection general defaults=defaults.clone()/>
        <MessagesSection templates=document.message_templates.clone() form=message/>
        <MailSection can_mail form=mail password_set=smtp_password_set defaults/>
        <VersionsSection versions viewed/>
        <ImportSection/>
    }
}

#[component]
fn EffectiveView(e: Effective) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p><strong>{format!("{}: {}", e.domain, e.verdict.label())}</strong></p>
            <p>{format!("Decided by: {}", e.decided_by)}</p>
        </div>
    }
}

/// The rule's defaults in a few words, for the table.
fn defaults_of(rule: &PartnerRule) -> String {
    let mut parts = Vec::new();
    if !rule.default_groups.is_empty() {
        parts.push(format!("groups: {}", rule.default_groups.join(", ")));
    }
    if !rule.default_sponsor.is_empty() {
        parts.push(format!("sponsor: {}", rule.default_sponsor));
    }
    if rule.required_sponsors > 0 {
        parts.push(format!("at least {} sponsors", rule.required_sponsors));
    }
    if rule.max_lifetime_days > 0 {
        parts.push(format!("access for at most {} days", rule.max_lifetime_days));
    }
    if !rule.redirect_url.is_empty() {
        parts.push(format!("redirect: {}", rule.redirect_url));
    }
    if !rule.language.is_empty() {
        parts.push(format!("language: {}", rule.language));
    }
    if !rule.message.is_empty() {
        parts.push("a message".into());
    }
    if !rule.approvers.is_empty() {
        parts.push(format!("approvers: {}", rule.approvers.join(", ")));
    }
    parts.join("; ")
}

/// The value of `name` among the defaults, as "Empty: … (value)." help.
fn default_help(defaults: &[(String, String)], name: &str) -> String {
    defaults.iter().find(|(n, _)| n == name).map(|(_, v)| format!("Empty: {name} ({v}).")).unwrap_or_default()
}

#[component]
fn InvitersSection(form: InvitersForm, inviters: InviterPolicy, defaults: Vec<(String, String)>) -> impl IntoView {
    let save = ServerAction::<SaveInviters>::new();
    let by_variables = defaults.iter().find(|(n, _)| n == "Who invites directly").map(|(_, v)| v.clone()).unwrap_or_default();
    let who = form.who.clone();
    let choice = move |value: &'static str, id: &'static str, label: String| {
        let checked = who == value;
        view! {
            <div class="field checkbox">
                <input type="radio" id=id name="inviters[who]" value=value checked=checked/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <section aria-labelledby="inviters-heading">
            <h2 id="inviters-heading">"Who may invite directly"</h2>
            <p>{format!("Who invites directly now: {}.", inviters.describe())}</p>
            <p id="who-must-request">{inviters.who_must_request()}</p>
            <ActionForm action=save attr:class="inviters-form">
                <fieldset>
                    <legend>"Who invites without asking (administrators always do)"</legend>
                    {choice("variables", "inviters-variables", format!("As the GUESTLIST_INVITER_* variables say ({by_variables})"))}
                    {choice("everyone", "inviters-everyone", "Every member of the organisation".to_owned())}
                    {choice("some", "inviters-some", "Only these (tick and fill in below):".to_owned())}
                </fieldset>
                <div class="field checkbox">
                    <input type="checkbox" id="inviters-entra" name="inviters[guest_inviter_role]" checked=form.guest_inviter_role.is_some()/>
                    <label for="inviters-entra">"People with Entra's Guest Inviter role"</label>
                </div>
                <div class="field">
                    <label for="inviters-app-role">"People with this app role of Guestlist (its value)"</label>
                    <input id="inviters-app-role" name="inviters[app_role]" type="text" value=form.app_role aria-describedby="inviters-app-role-help"/>
                    <p class="help" id="inviters-app-role-help">"e.g. Guestlist.Inviter, as in the app registration's App roles."</p>
                </div>
                <div class="field">
                    <label for="inviters-groups">"Members of these groups (object ids, one a line)"</label>
                    <textarea id="inviters-groups" name="inviters[group_ids]" rows="2" aria-describedby="inviters-groups-help">{form.group_ids}</textarea>
                    <p class="help" id="inviters-groups-help">"Guests can never be added to these groups through Guestlist. Needs the groups claim or Graph's memberOf."</p>
                </div>
                <p class="help">"Everyone else who is a member asks with a reason, and an approver answers. A change applies at each person's next sign-in or check of their account."</p>
                <button type="submit" class="button primary">"Save who may invite"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MessagesSection(templates: Vec<MessageTemplate>, form: MessageForm) -> impl IntoView {
    let save = ServerAction::<SaveMessage>::new();
    let name = |code: &str| LANGUAGES.iter().find(|(c, _)| *c == code).map(|(_, n)| (*n).to_owned()).unwrap_or_else(|| code.to_owned());
    let list = if templates.is_empty() {
        view! { <p>"No default messages: invitations without a message carry Microsoft's own text."</p> }.into_any()
    } else {
        let rows = templates
            .into_iter()
            .map(|t| {
                let language = name(&t.language);
                let edit = format!("{}?message={}#messages-heading", routes::SETTINGS, t.language);
                view! {
                    <tr>
                        <td>{language.clone()}</td>
                        <td>{t.message}</td>
                        <td><a href=edit>{format!("Change the message in {language}")}</a></td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="message-templates" headings=vec!["Language".into(), "Message".into(), "Change".into()]>{rows}</DataTable> }.into_any()
    };
    let languages = LANGUAGES.iter().map(|(code, name)| view! { <option selected=form.language == *code value=*code>{*name}</option> }).collect_view();
    view! {
        <section aria-labelledby="messages-heading">
            <h2 id="messages-heading">"Default invitation messages"</h2>
            <p>"The personal message in the invitation when the inviter wrote none and the partner rule for the domain has none, in the invitation's language."</p>
            {list}
            <ActionForm action=save attr:class="message-form">
                <div class="field">
                    <label for="message-language">"Language"</label>
                    <select id="message-language" name="message[language]">{languages}</select>
                </div>
                <div class="field">
                    <label for="message-text">"Message"</label>
                    <textarea id="message-text" name="message[message]" rows="3" aria-describedby="message-text-help">{form.message}</textarea>
                    <p class="help" id="message-text-help">"Plain text. Empty removes the language's message."</p>
                </div>
                <button type="submit" class="button primary">"Save the message"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn RulesSection(rules: Vec<PartnerRule>, rule: RuleForm) -> impl IntoView {
    let save = ServerAction::<SaveRule>::new();
    let remove = ServerAction::<RemoveRule>::new();
    let list = if rules.is_empty() {
        view! { <p>"No partner rules: every domain the tenant allows is allowed, without defaults."</p> }.into_any()
    } else {
        let rows = rules
            .into_iter()
            .map(|r| {
                let name = if r.is_default() { "Default rule (*)".to_owned() } else { r.domain.clone() };
                let edit = format!("{}?edit={}", routes::SETTINGS, r.domain);
                view! {
                    <tr>
                        <td>{name.clone()}</td>
                        <td>{r.decision.label()}</td>
                        <td>{defaults_of(&r)}</td>
                        <td>
                            <a href=edit>{format!("Change the rule for {name}")}</a>
                            <ActionForm action=remove>
                                <input type="hidden" name="domain" value=r.domain.clone()/>
                                <button type="submit" class="button secondary">{format!("Remove the rule for {name}")}</button>
                            </ActionForm>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="partner-rules" headings=vec!["Domain".into(), "Decision".into(), "Defaults".into(), "Change".into()]>{rows}</DataTable> }.into_any()
    };
    let heading = if rule.original.is_empty() { "Add a rule".to_owned() } else { format!("Change the rule for {}", rule.original) };
    let decisions = Decision::ALL
        .map(|d| {
            let value = serde_json::to_value(d).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            view! { <option selected=rule.decision == value value=value.clone()>{d.label()}</option> }
        })
        .collect_view();
    let languages = LANGUAGES.iter().map(|(code, name)| view! { <option selected=rule.language == *code value=*code>{*name}</option> }).collect_view();
    view! {
        <section aria-labelledby="rules-heading">
            <h2 id="rules-heading">"Partner rules"</h2>
            <p>
                "A rule covers its domain and the domains under it; the most specific one wins, else the default rule (*). "
                "Allow: inviters invite, other members ask an approver. Approval required: everyone but administrators asks. "
                "Block: nobody invites from the domain. The tenant's own settings come first: Guestlist never allows what Entra blocks."
            </p>
            {list}
            <h3>{heading}</h3>
            <ActionForm action=save attr:class="rule-form">
                <input type="hidden" name="rule[original]" value=rule.original.clone()/>
                <div class="field">
                    <label for="rule-domain">"Domain"</label>
                    <input id="rule-domain" name="rule[domain]" type="text" value=rule.domain.clone() aria-describedby="rule-domain-help"/>
                    <p class="help" id="rule-domain-help">"e.g. fabrikam.com; * for the default rule."</p>
                </div>
                <div class="field">
                    <label for="rule-decision">"Decision"</label>
                    <select id="rule-decision" name="rule[decision]">{decisions}</select>
                </div>
                <div class="field">
                    <label for="rule-groups">"Default groups (one a line)"</label>
                    <textarea id="rule-groups" name="rule[default_groups]" rows="2">{rule.default_groups.clone()}</textarea>
                </div>
                <div class="field">
                    <label for="rule-sponsor">"Default sponsor (an address or a group's name)"</label>
                    <input id="rule-sponsor" name="rule[default_sponsor]" type="text" value=rule.default_sponsor.clone()/>
                </div>
                <div class="field">
                    <label for="rule-count">"Required number of sponsors"</label>
                    <input id="rule-count" name="rule[required_sponsors]" type="number" min="0" max="5" value=rule.required_sponsors.clone()/>
                </div>
                <div class="field">
                    <label for="rule-lifetime">"Maximum guest lifetime (days)"</label>
                    <input id="rule-lifetime" name="rule[max_lifetime_days]" type="number" min="0" value=rule.max_lifetime_days.clone() aria-describedby="rule-lifetime-help"/>
                    <p class="help" id="rule-lifetime-help">"Recorded as the guest's access end, for their sponsors' reviews. Empty: no limit."</p>
                </div>
                <div class="field">
                    <label for="rule-redirect">"Page after acceptance"</label>
                    <input id="rule-redirect" name="rule[redirect_url]" type="url" value=rule.redirect_url.clone()/>
                </div>
                <div class="field">
                    <label for="rule-message">"Message template"</label>
                    <textarea id="rule-message" name="rule[message]" rows="2">{rule.message.clone()}</textarea>
                </div>
                <div class="field">
                    <label for="rule-language">"Language of the invitation"</label>
                    <select id="rule-language" name="rule[language]">
                        <option value="">"As the inviter chooses"</option>
                        {languages}
                    </select>
                </div>
                <div class="field">
                    <label for="rule-approvers">"Approvers for this domain (addresses, one a line)"</label>
                    <textarea id="rule-approvers" name="rule[approvers]" rows="2">{rule.approvers.clone()}</textarea>
                </div>
                <button type="submit" class="button primary">"Save the rule"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn GeneralSection(general: GeneralForm, defaults: Vec<(String, String)>) -> impl IntoView {
    let save = ServerAction::<SaveGeneral>::new();
    let default = |name: &str| default_help(&defaults, name);
    let approvers_help = format!("Administrators approve too. {}", default("GUESTLIST_REQUEST_APPROVERS"));
    let (expiry_help, prefixes_help, blocked_help) =
        (default("GUESTLIST_REQUEST_EXPIRY_DAYS"), default("GUESTLIST_INVITE_REDIRECT_PREFIXES"), default("GUESTLIST_BLOCKED_DOMAINS"));
    view! {
        <section aria-labelledby="general-heading">
            <h2 id="general-heading">"Requests, redirects, blocked domains, audit"</h2>
            <ActionForm action=save attr:class="general-form">
                <div class="field">
                    <label for="approvers">"Approvers of every request (addresses, one a line)"</label>
                    <textarea id="approvers" name="general[request_approvers]" rows="2" aria-describedby="approvers-help">{general.request_approvers}</textarea>
                    <p class="help" id="approvers-help">{approvers_help}</p>
                </div>
                <div class="field">
                    <label for="expiry">"Days before an unanswered request expires"</label>
                    <input id="expiry" name="general[request_expiry_days]" type="number" min="1" max="90" value=general.request_expiry_days aria-describedby="expiry-help"/>
                    <p class="help" id="expiry-help">{expiry_help}</p>
                </div>
                <div class="field">
                    <label for="prefixes">"Allowed redirect URL prefixes (one a line)"</label>
                    <textarea id="prefixes" name="general[redirect_prefixes]" rows="2" aria-describedby="prefixes-help">{general.redirect_prefixes}</textarea>
                    <p class="help" id="prefixes-help">{prefixes_help}</p>
                </div>
                <div class="field">
                    <label for="blocked">"Blocked domains (one a line)"</label>
                    <textarea id="blocked" name="general[blocked_domains]" rows="2" aria-describedby="blocked-help">{general.blocked_domains}</textarea>
                    <p class="help" id="blocked-help">{blocked_help}</p>
                </div>
                <div class="field">
                    <label for="retention">"Keep audit rows in the database for (days)"</label>
                    <input id="retention" name="general[audit_retention_days]" type="number" min="30" value=general.audit_retention_days aria-describedby="retention-help"/>
                    <p class="help" id="retention-help">"Older rows are archived to a file by the worker, never dropped. Empty: keep every row."</p>
                </div>
                <button type="submit" class="button primary">"Save these settings"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MailSection(can_mail: bool, form: MailForm, password_set: bool, defaults: Vec<(String, String)>) -> impl IntoView {
    let send = ServerAction::<TestMail>::new();
    let save = ServerAction::<SaveMail>::new();
    let password_help = if password_set {
        "A password is set. Leave this empty to keep it (while the server and user name stay the same)."
    } else {
        "If the server needs one. Never shown again."
    };
    let url_help = format!("e.g. smtp://guests@mail.contoso.com:587?tls=required or smtps://mail.contoso.com:465. {}", default_help(&defaults, "GUESTLIST_SMTP_URL"));
    let from_help = format!("e.g. Guestlist <guests@contoso.com>. {}", default_help(&defaults, "GUESTLIST_MAIL_FROM"));
    view! {
        <section aria-labelledby="mail-heading">
            <h2 id="mail-heading">"Mail"</h2>
            <p>"Guestlist's own mail (invitation links, requests and answers) goes through this server, from this sender."</p>
            <ActionForm action=save attr:class="mail-form">
                <div class="field">
                    <label for="smtp-url">"Mail server"</label>
                    <input id="smtp-url" name="mail[smtp_url]" type="text" value=form.smtp_url aria-describedby="smtp-url-help"/>
                    <p class="help" id="smtp-url-help">{url_help}</p>
                </div>
                <div class="field">
                    <label for="smtp-password">"Mail server password"</label>
                    <input id="smtp-password" name="mail[smtp_password]" type="password" autocomplete="new-password" aria-describedby="smtp-password-help"/>
                    <p class="help" id="smtp-password-help">{password_help}</p>
                </div>
                <div class="field">
                    <label for="mail-from">"Sender"</label>
                    <input id="mail-from" name="mail[mail_from]" type="text" value=form.mail_from aria-describedby="mail-from-help"/>
                    <p class="help" id="mail-from-help">{from_help}</p>
                </div>
                <button type="submit" class="button primary">"Save the mail settings"</button>
            </ActionForm>
            {if can_mail {
                view! {
                    <ActionForm action=send attr:class="test-mail-form">
                        <div class="field">
                            <label for="test-to">"Send a test mail to"</label>
                            <input id="test-to" name="to" type="email" required/>
                        </div>
                        <button type="submit" class="button secondary">"Send a test mail"</button>
                    </ActionForm>
                }
                .into_any()
            } else {
                view! { <p>"No mail server is set up: fill in the mail server above, or set GUESTLIST_SMTP_URL and GUESTLIST_MAIL_FROM."</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn VersionsSection(versions: Vec<VersionInfo>, viewed: Option<(VersionInfo, String)>) -> impl IntoView {
    let restore = ServerAction::<RestoreVersion>::new();
    let none = versions.is_empty();
    let rows = versions
        .into_iter()
        .map(|v| {
            let view_link = format!("{}?version={}#versions-heading", routes::SETTINGS, v.id);
            view! {
                <tr>
                    <td>{v.id}</td>
                    <td>{v.changed_at.clone()}</td>
                    <td>{v.changed_by.clone()}</td>
                    <td>{v.summary.clone()}</td>
                    <td>
                        <a href=view_link>{format!("View version {}", v.id)}</a>
                        <ActionForm action=restore>
                            <input type="hidden" name="id" value=v.id.to_string()/>
                            <button type="submit" class="button secondary">{format!("Restore version {}", v.id)}</button>
                        </ActionForm>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">"Versions"</h2>
            <p>"Every save is a version. Restoring one saves it again as the newest."</p>
            {if none {
                view! { <p>"No version yet: nothing has been saved on this page."</p> }.into_any()
            } else {
                view! { <DataTable class="versions" headings=vec!["Version".into(), "Saved (UTC)".into(), "By".into(), "What changed".into(), "Actions".into()]>{rows}</DataTable> }.into_any()
            }}
            {viewed.map(|(v, json)| view! {
                <h3>{format!("Version {}", v.id)}</h3>
                <pre class="settings-json">{json}</pre>
            })}
        </section>
    }
}

#[component]
fn ImportSection() -> impl IntoView {
    let import = ServerAction::<ImportSettings>::new();
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Export and import"</h2>
            <p><a href=routes::SETTINGS_EXPORT rel="external" download="guestlist-settings.json">"Download the settings as JSON"</a></p>
            <ActionForm action=import attr:class="import-form">
                <div class="field">
                    <label for="import-json">"Settings to import (JSON, as exported)"</label>
                    <textarea id="import-json" name="json" rows="4"></textarea>
                </div>
                <button type="submit" class="button secondary">"Import these settings"</button>
            </ActionForm>
        </section>
    }
}
