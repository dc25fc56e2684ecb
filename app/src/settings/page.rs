//! The Settings page's sections.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use services::configuration::{GeneralForm, InviterPolicy, InvitersForm, MailForm, MessageForm, MessageTemplate, RuleForm, SettingsPage as Page, VersionInfo};
use services::invite::LANGUAGES;
use services::partners::{Decision, Effective, PartnerRule};

use super::{ImportSettings, Notice, RemoveRule, RestoreVersion, SaveGeneral, SaveInviters, SaveMail, SaveMessage, SaveRule, SettingsData, TestMail};
use crate::routes;
use crate::t;
use crate::lang::locale;
use crate::widgets::{answer_view, DataTable, Loaded};
use services::configuration::{date_time_of, list_in};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let query = use_query_map();
    let args = move || {
        let q = query.read();
        let text = |name: &str| q.get(name).unwrap_or_default();
        (text("domain"), text("edit"), text("message"), q.get("version").and_then(|v| v.parse::<i64>().ok()))
    };
    let data = Resource::new_blocking(args, |(domain, edit, message, version)| super::load_settings(domain, edit, message, version));
    view! { <Loaded data content=|data| view! { <SettingsView data/> } title=t!("settings-title") back=routes::HOME back_label=t!("settings-back-home")/> }
}

#[component]
fn SettingsView(data: SettingsData) -> impl IntoView {
    let SettingsData { page, rule, general, inviters: inviters_form, message, mail, viewed, notice } = data;
    let Page { document, current, versions, defaults, tenant, effective, can_mail, smtp_password_set, inviters } = page;
    let in_force = match current {
        Some(v) => t!("settings-in-force", id = v.id.to_string(), at = date_time_of(locale(), &v.changed_at), by = v.changed_by),
        None => t!("settings-nothing-saved"),
    };
    view! {
        <Title text=t!("settings-title")/>
        <h1>{t!("settings-title")}</h1>
        <p class="lead">
            {t!("settings-lead")} " " {t!("settings-lead-rules-before")}
            <a href=routes::RULES>{t!("settings-lead-rules-link")}</a> {t!("settings-lead-rules-after")}
        </p>
        {notice.map(|Notice { done, text }| answer_view(done, vec![text]))}
        <p>{in_force}</p>
        <section aria-labelledby="effective-heading">
            <h2 id="effective-heading">{t!("settings-effective-heading")}</h2>
            <dl class="request-details">
                <dt>{t!("settings-tenant-who-may-invite")}</dt><dd>{tenant.allow_invites_from}</dd>
                <dt>{t!("settings-tenant-guest-access")}</dt><dd>{tenant.guest_access}</dd>
                <dt>{t!("settings-tenant-domains")}</dt><dd>{tenant.domain_list}</dd>
            </dl>
            <form method="get" action=routes::SETTINGS class="effective-form">
                <div class="field">
                    <label for="domain">{t!("settings-check-domain-label")}</label>
                    <input id="domain" name="domain" type="text" value=effective.as_ref().map(|e| e.domain.clone()).unwrap_or_default()
                        aria-describedby="domain-help"/>
                    <p class="help" id="domain-help">{t!("settings-check-domain-help")}</p>
                </div>
                <button type="submit" class="button secondary">{t!("settings-check-domain-button")}</button>
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
            <p><strong>{t!("settings-effective-verdict", domain = e.domain, verdict = e.verdict.label())}</strong></p>
            <p>{t!("settings-effective-decided-by", rule = e.decided_by)}</p>
        </div>
    }
}

/// The rule's defaults in a few words, for the table.
fn defaults_of(rule: &PartnerRule) -> String {
    let locale = locale();
    let mut parts = Vec::new();
    if !rule.default_groups.is_empty() {
        parts.push(t!("settings-rule-groups", groups = list_in(locale, &rule.default_groups)));
    }
    if !rule.default_sponsor.is_empty() {
        parts.push(t!("settings-rule-sponsor", sponsor = rule.default_sponsor.clone()));
    }
    if rule.required_sponsors > 0 {
        parts.push(t!("settings-rule-required-sponsors", count = rule.required_sponsors));
    }
    if rule.max_lifetime_days > 0 {
        parts.push(t!("settings-rule-lifetime", days = rule.max_lifetime_days));
    }
    if !rule.redirect_url.is_empty() {
        parts.push(t!("settings-rule-redirect", url = rule.redirect_url.clone()));
    }
    if !rule.language.is_empty() {
        parts.push(t!("settings-rule-language", language = rule.language.clone()));
    }
    if !rule.message.is_empty() {
        parts.push(t!("settings-rule-message"));
    }
    if !rule.approvers.is_empty() {
        parts.push(t!("settings-rule-approvers", approvers = list_in(locale, &rule.approvers)));
    }
    parts.join(&t!("settings-rule-separator"))
}

/// The value of `name` among the defaults, as "Empty: … (value)." help.
fn default_help(defaults: &[(String, String)], name: &str) -> String {
    defaults.iter().find(|(n, _)| n == name).map(|(_, v)| t!("settings-default-help", name = name, value = v)).unwrap_or_default()
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
            <h2 id="inviters-heading">{t!("settings-inviters-heading")}</h2>
            <p>{t!("settings-inviters-now", who = inviters.describe(locale()))}</p>
            <p id="who-must-request">{inviters.who_must_request(locale())}</p>
            <ActionForm action=save attr:class="inviters-form">
                <fieldset>
                    <legend>{t!("settings-inviters-legend")}</legend>
                    {choice("variables", "inviters-variables", t!("settings-inviters-variables", who = by_variables.clone()))}
                    {choice("everyone", "inviters-everyone", t!("settings-inviters-choice-everyone"))}
                    {choice("some", "inviters-some", t!("settings-inviters-choice-some"))}
                </fieldset>
                <div class="field checkbox">
                    <input type="checkbox" id="inviters-entra" name="inviters[guest_inviter_role]" checked=form.guest_inviter_role.is_some()/>
                    <label for="inviters-entra">{t!("settings-inviters-entra-label")}</label>
                </div>
                <div class="field">
                    <label for="inviters-app-role">{t!("settings-inviters-app-role-label")}</label>
                    <input id="inviters-app-role" name="inviters[app_role]" type="text" value=form.app_role aria-describedby="inviters-app-role-help"/>
                    <p class="help" id="inviters-app-role-help">{t!("settings-inviters-app-role-help")}</p>
                </div>
                <div class="field">
                    <label for="inviters-groups">{t!("settings-inviters-groups-label")}</label>
                    <textarea id="inviters-groups" name="inviters[group_ids]" rows="2" aria-describedby="inviters-groups-help">{form.group_ids}</textarea>
                    <p class="help" id="inviters-groups-help">{t!("settings-inviters-groups-help")}</p>
                </div>
                <p class="help">{t!("settings-inviters-others")}</p>
                <button type="submit" class="button primary">{t!("settings-inviters-save")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MessagesSection(templates: Vec<MessageTemplate>, form: MessageForm) -> impl IntoView {
    let save = ServerAction::<SaveMessage>::new();
    let name = |code: &str| LANGUAGES.iter().find(|(c, _)| *c == code).map(|(_, n)| (*n).to_owned()).unwrap_or_else(|| code.to_owned());
    let list = if templates.is_empty() {
        view! { <p>{t!("settings-messages-none")}</p> }.into_any()
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
                        <td><a href=edit>{t!("settings-messages-change", language = language.clone())}</a></td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="message-templates" headings=vec![t!("settings-messages-language"), t!("settings-messages-message"), t!("settings-column-change")]>{rows}</DataTable> }.into_any()
    };
    let languages = LANGUAGES.iter().map(|(code, name)| view! { <option selected=form.language == *code value=*code>{*name}</option> }).collect_view();
    view! {
        <section aria-labelledby="messages-heading">
            <h2 id="messages-heading">{t!("settings-messages-heading")}</h2>
            <p>{t!("settings-messages-lead")}</p>
            {list}
            <ActionForm action=save attr:class="message-form">
                <div class="field">
                    <label for="message-language">{t!("settings-messages-language")}</label>
                    <select id="message-language" name="message[language]">{languages}</select>
                </div>
                <div class="field">
                    <label for="message-text">{t!("settings-messages-message")}</label>
                    <textarea id="message-text" name="message[message]" rows="3" aria-describedby="message-text-help">{form.message}</textarea>
                    <p class="help" id="message-text-help">{t!("settings-messages-help")}</p>
                </div>
                <button type="submit" class="button primary">{t!("settings-messages-save")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn RulesSection(rules: Vec<PartnerRule>, rule: RuleForm) -> impl IntoView {
    let save = ServerAction::<SaveRule>::new();
    let remove = ServerAction::<RemoveRule>::new();
    let list = if rules.is_empty() {
        view! { <p>{t!("settings-rules-none")}</p> }.into_any()
    } else {
        let rows = rules
            .into_iter()
            .map(|r| {
                let name = if r.is_default() { t!("settings-rules-default-rule") } else { r.domain.clone() };
                let edit = format!("{}?edit={}", routes::SETTINGS, r.domain);
                view! {
                    <tr>
                        <td>{name.clone()}</td>
                        <td>{r.decision.label()}</td>
                        <td>{defaults_of(&r)}</td>
                        <td>
                            <a href=edit>{t!("settings-rules-change", name = name.clone())}</a>
                            <ActionForm action=remove>
                                <input type="hidden" name="domain" value=r.domain.clone()/>
                                <button type="submit" class="button secondary">{t!("settings-rules-remove", name = name.clone())}</button>
                            </ActionForm>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="partner-rules" headings=vec![t!("settings-rules-domain"), t!("settings-rules-decision"), t!("settings-rules-defaults"), t!("settings-column-change")]>{rows}</DataTable> }.into_any()
    };
    let heading = if rule.original.is_empty() { t!("settings-rules-add") } else { t!("settings-rules-change", name = rule.original.clone()) };
    let decisions = Decision::ALL
        .map(|d| {
            let value = serde_json::to_value(d).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            view! { <option selected=rule.decision == value value=value.clone()>{d.label()}</option> }
        })
        .collect_view();
    let languages = LANGUAGES.iter().map(|(code, name)| view! { <option selected=rule.language == *code value=*code>{*name}</option> }).collect_view();
    view! {
        <section aria-labelledby="rules-heading">
            <h2 id="rules-heading">{t!("settings-rules-heading")}</h2>
            <p>
                {t!("settings-rules-lead")}
            </p>
            {list}
            <h3>{heading}</h3>
            <ActionForm action=save attr:class="rule-form">
                <input type="hidden" name="rule[original]" value=rule.original.clone()/>
                <div class="field">
                    <label for="rule-domain">{t!("settings-rules-domain")}</label>
                    <input id="rule-domain" name="rule[domain]" type="text" value=rule.domain.clone() aria-describedby="rule-domain-help"/>
                    <p class="help" id="rule-domain-help">{t!("settings-rules-domain-help")}</p>
                </div>
                <div class="field">
                    <label for="rule-decision">{t!("settings-rules-decision")}</label>
                    <select id="rule-decision" name="rule[decision]">{decisions}</select>
                </div>
                <div class="field">
                    <label for="rule-groups">{t!("settings-rules-groups-label")}</label>
                    <textarea id="rule-groups" name="rule[default_groups]" rows="2">{rule.default_groups.clone()}</textarea>
                </div>
                <div class="field">
                    <label for="rule-sponsor">{t!("settings-rules-sponsor-label")}</label>
                    <input id="rule-sponsor" name="rule[default_sponsor]" type="text" value=rule.default_sponsor.clone()/>
                </div>
                <div class="field">
                    <label for="rule-count">{t!("settings-rules-count-label")}</label>
                    <input id="rule-count" name="rule[required_sponsors]" type="number" min="0" max="5" value=rule.required_sponsors.clone()/>
                </div>
                <div class="field">
                    <label for="rule-lifetime">{t!("settings-rules-lifetime-label")}</label>
                    <input id="rule-lifetime" name="rule[max_lifetime_days]" type="number" min="0" value=rule.max_lifetime_days.clone() aria-describedby="rule-lifetime-help"/>
                    <p class="help" id="rule-lifetime-help">{t!("settings-rules-lifetime-help")}</p>
                </div>
                <div class="field">
                    <label for="rule-redirect">{t!("settings-rules-redirect-label")}</label>
                    <input id="rule-redirect" name="rule[redirect_url]" type="url" value=rule.redirect_url.clone()/>
                </div>
                <div class="field">
                    <label for="rule-message">{t!("settings-rules-message-label")}</label>
                    <textarea id="rule-message" name="rule[message]" rows="2">{rule.message.clone()}</textarea>
                </div>
                <div class="field">
                    <label for="rule-language">{t!("settings-rules-language-label")}</label>
                    <select id="rule-language" name="rule[language]">
                        <option value="">{t!("settings-rules-language-inviter")}</option>
                        {languages}
                    </select>
                </div>
                <div class="field">
                    <label for="rule-approvers">{t!("settings-rules-approvers-label")}</label>
                    <textarea id="rule-approvers" name="rule[approvers]" rows="2">{rule.approvers.clone()}</textarea>
                </div>
                <button type="submit" class="button primary">{t!("settings-rules-save")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn GeneralSection(general: GeneralForm, defaults: Vec<(String, String)>) -> impl IntoView {
    let save = ServerAction::<SaveGeneral>::new();
    let default = |name: &str| default_help(&defaults, name);
    let approvers_help = t!("settings-general-approvers-help", default = default("GUESTLIST_REQUEST_APPROVERS"));
    let (expiry_help, prefixes_help, blocked_help) =
        (default("GUESTLIST_REQUEST_EXPIRY_DAYS"), default("GUESTLIST_INVITE_REDIRECT_PREFIXES"), default("GUESTLIST_BLOCKED_DOMAINS"));
    view! {
        <section aria-labelledby="general-heading">
            <h2 id="general-heading">{t!("settings-general-heading")}</h2>
            <ActionForm action=save attr:class="general-form">
                <div class="field">
                    <label for="approvers">{t!("settings-general-approvers-label")}</label>
                    <textarea id="approvers" name="general[request_approvers]" rows="2" aria-describedby="approvers-help">{general.request_approvers}</textarea>
                    <p class="help" id="approvers-help">{approvers_help}</p>
                </div>
                <div class="field">
                    <label for="expiry">{t!("settings-general-expiry-label")}</label>
                    <input id="expiry" name="general[request_expiry_days]" type="number" min="1" max="90" value=general.request_expiry_days aria-describedby="expiry-help"/>
                    <p class="help" id="expiry-help">{expiry_help}</p>
                </div>
                <div class="field">
                    <label for="prefixes">{t!("settings-general-prefixes-label")}</label>
                    <textarea id="prefixes" name="general[redirect_prefixes]" rows="2" aria-describedby="prefixes-help">{general.redirect_prefixes}</textarea>
                    <p class="help" id="prefixes-help">{prefixes_help}</p>
                </div>
                <div class="field">
                    <label for="blocked">{t!("settings-general-blocked-label")}</label>
                    <textarea id="blocked" name="general[blocked_domains]" rows="2" aria-describedby="blocked-help">{general.blocked_domains}</textarea>
                    <p class="help" id="blocked-help">{blocked_help}</p>
                </div>
                <div class="field">
                    <label for="retention">{t!("settings-general-retention-label")}</label>
                    <input id="retention" name="general[audit_retention_days]" type="number" min="30" value=general.audit_retention_days aria-describedby="retention-help"/>
                    <p class="help" id="retention-help">{t!("settings-general-retention-help")}</p>
                </div>
                <button type="submit" class="button primary">{t!("settings-general-save")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MailSection(can_mail: bool, form: MailForm, password_set: bool, defaults: Vec<(String, String)>) -> impl IntoView {
    let send = ServerAction::<TestMail>::new();
    let save = ServerAction::<SaveMail>::new();
    let password_help = if password_set {
        t!("settings-mail-password-set")
    } else {
        t!("settings-mail-password-help")
    };
    let url_help = t!("settings-mail-server-help", default = default_help(&defaults, "GUESTLIST_SMTP_URL"));
    let from_help = t!("settings-mail-from-help", default = default_help(&defaults, "GUESTLIST_MAIL_FROM"));
    view! {
        <section aria-labelledby="mail-heading">
            <h2 id="mail-heading">{t!("settings-mail-heading")}</h2>
            <p>{t!("settings-mail-lead")}</p>
            <ActionForm action=save attr:class="mail-form">
                <div class="field">
                    <label for="smtp-url">{t!("settings-mail-server-label")}</label>
                    <input id="smtp-url" name="mail[smtp_url]" type="text" value=form.smtp_url aria-describedby="smtp-url-help"/>
                    <p class="help" id="smtp-url-help">{url_help}</p>
                </div>
                <div class="field">
                    <label for="smtp-password">{t!("settings-mail-password-label")}</label>
                    <input id="smtp-password" name="mail[smtp_password]" type="password" autocomplete="new-password" aria-describedby="smtp-password-help"/>
                    <p class="help" id="smtp-password-help">{password_help}</p>
                </div>
                <div class="field">
                    <label for="mail-from">{t!("settings-mail-from-label")}</label>
                    <input id="mail-from" name="mail[mail_from]" type="text" value=form.mail_from aria-describedby="mail-from-help"/>
                    <p class="help" id="mail-from-help">{from_help}</p>
                </div>
                <button type="submit" class="button primary">{t!("settings-mail-save")}</button>
            </ActionForm>
            {if can_mail {
                view! {
                    <ActionForm action=send attr:class="test-mail-form">
                        <div class="field">
                            <label for="test-to">{t!("settings-mail-test-label")}</label>
                            <input id="test-to" name="to" type="email" required/>
                        </div>
                        <button type="submit" class="button secondary">{t!("settings-mail-test-button")}</button>
                    </ActionForm>
                }
                .into_any()
            } else {
                view! { <p>{t!("settings-mail-none")}</p> }.into_any()
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
                    <td>{date_time_of(locale(), &v.changed_at)}</td>
                    <td>{v.changed_by.clone()}</td>
                    <td>{v.summary.clone()}</td>
                    <td>
                        <a href=view_link>{t!("settings-versions-view", id = v.id.to_string())}</a>
                        <ActionForm action=restore>
                            <input type="hidden" name="id" value=v.id.to_string()/>
                            <button type="submit" class="button secondary">{t!("settings-versions-restore", id = v.id.to_string())}</button>
                        </ActionForm>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t!("settings-versions-heading")}</h2>
            <p>{t!("settings-versions-lead")}</p>
            {if none {
                view! { <p>{t!("settings-versions-none")}</p> }.into_any()
            } else {
                view! { <DataTable class="versions" headings=vec![t!("settings-versions-version"), t!("settings-versions-saved"), t!("settings-versions-by"), t!("settings-versions-what"), t!("settings-versions-actions")]>{rows}</DataTable> }.into_any()
            }}
            {viewed.map(|(v, json)| view! {
                <h3>{t!("settings-versions-one", id = v.id.to_string())}</h3>
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
            <h2 id="export-heading">{t!("settings-export-heading")}</h2>
            <p><a href=routes::SETTINGS_EXPORT rel="external" download="guestlist-settings.json">{t!("settings-export-download")}</a></p>
            <ActionForm action=import attr:class="import-form">
                <div class="field">
                    <label for="import-json">{t!("settings-import-label")}</label>
                    <textarea id="import-json" name="json" rows="4"></textarea>
                </div>
                <button type="submit" class="button secondary">{t!("settings-import-button")}</button>
            </ActionForm>
        </section>
    }
}
