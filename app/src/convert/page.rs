//! The conversion assistant for one account, and the batch page.

use super::{
    Account, Assessment, Batch, BatchPageData, ClearBatch, ConvertForm, ConvertPageData, ConvertUser, Finding, MailChange,
    PreviewBatch, RunBatch, Severity,
};
use crate::lang::locale;
use crate::routes;
use crate::t;
use crate::widgets::{language_options, Alert, CheckboxField, CopyLink, DataTable, MailFields, SearchForm};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ConvertPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let send = ServerAction::<ConvertUser>::new();
    let data = Resource::new_blocking(
        move || (params.read().get("id").unwrap_or_default(), query.read().get("email")),
        |(id, email)| super::convert_page(id, email),
    );
    view! {
        <Title text=t!("convert-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <Assistant data send/> }.into_any(),
                    Err(error) => view! {
                        <h1>{t!("convert-title")}</h1>
                        <Alert text=error.to_string()/>
                        <p><a href=routes::CONVERT>{t!("convert-back")}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Why the last submit was refused: from this page's own submit (JavaScript) or the session.
fn problems_view(send: ServerAction<ConvertUser>, stored: Vec<String>) -> impl IntoView {
    move || {
        let problems = match send.value().get() {
            Some(Ok(Some(draft))) => draft.problems,
            Some(Err(error)) => vec![error.to_string()],
            _ => stored.clone(),
        };
        (!problems.is_empty()).then(|| {
            let items = problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view();
            view! { <div class="alert" role="alert">{items}</div> }
        })
    }
}

#[component]
fn Facts(account: Account) -> impl IntoView {
    view! {
        <dl class="outcome">
            <dt>{t!("convert-col-name")}</dt><dd>{account.display_name.clone()}</dd>
            <dt>{t!("convert-object-id")}</dt><dd class="object-id">{account.id.clone()}</dd>
            <dt>{t!("convert-col-upn")}</dt><dd class="upn">{account.user_principal_name.clone()}</dd>
            <dt>{t!("convert-mail-property")}</dt><dd>{account.mail.clone().unwrap_or_else(|| t!("convert-not-set"))}</dd>
            <dt>{t!("convert-col-user-type")}</dt><dd>{services::directory::user_type_words(locale(), &account.user_type)}</dd>
            <dt>{t!("convert-col-managed-in")}</dt>
            <dd>{if account.synced { t!("convert-managed-on-premises") } else { t!("convert-managed-cloud") }}</dd>
            <dt>{t!("convert-mailbox")}</dt><dd>{if account.mailbox { t!("convert-mailbox-exchange") } else { t!("convert-mailbox-none") }}</dd>
            <dt>{t!("convert-signs-in-with")}</dt><dd class="identities">{account.sign_in_with.join(", ")}</dd>
        </dl>
    }
}

/// The checks, blockers first; each says what it means and what to do.
#[component]
fn Findings(findings: Vec<Finding>) -> impl IntoView {
    let mut findings = findings;
    findings.sort_by_key(|f| f.severity != Severity::Blocker);
    let items = findings
        .into_iter()
        .map(|f| {
            let (class, kind) = match f.severity {
                Severity::Blocker => ("finding blocker", t!("convert-finding-blocker", title = &f.title)),
                Severity::Warning => ("finding warning", t!("convert-finding-warning", title = &f.title)),
            };
            view! { <li class=class><strong>{kind}</strong><p>{f.text}</p></li> }
        })
        .collect_view();
    view! { <ul class="findings">{items}</ul> }
}

fn directory_link(account: &Account) -> impl IntoView {
    view! {
        <p>
            <a href=routes::person(&account.id) class="button secondary">
                {t!("convert-directory-link", name = &account.short_name)}
            </a>
        </p>
    }
}

#[component]
fn Assistant(data: ConvertPageData, send: ServerAction<ConvertUser>) -> impl IntoView {
    let ConvertPageData { assessment, form, problems } = data;
    let account = assessment.account.clone();
    let name = account.short_name.clone();
    let ready = assessment.can_convert().then(|| view! {
        <p class="ready" role="status">{t!("convert-ready", name = &name, address = &assessment.address)}</p>
    });
    let invited = assessment.already_invited.is_some().then(|| directory_link(&account));
    let form_view = assessment.can_convert().then(|| view! { <ConvertFormView assessment=assessment.clone() form send/> });
    view! {
        <h1>{t!("convert-heading-account", name = &account.display_name)}</h1>
        <p class="lead">{t!("convert-assistant-lead", name = &name)}</p>
        {problems_view(send, problems)}
        <Facts account=account.clone()/>
        <h2>{t!("convert-col-address")}</h2>
        <form method="get" action=routes::convert_account(&account.id) class="convert-address">
            <div class="field">
                <label for="convert-email">{t!("convert-address-label")}</label>
                <input id="convert-email" name="email" type="email" value=assessment.address.clone() aria-describedby="convert-email-help"/>
                <p class="help" id="convert-email-help">
                    {t!("convert-address-help", name = &name)}
                </p>
            </div>
            <button type="submit" class="button secondary">{t!("convert-check-address")}</button>
        </form>
        <h2>{t!("convert-col-checks")}</h2>
        <Findings findings=assessment.findings.clone()/>
        {invited}
        {ready}
        {form_view}
        <p><a href=routes::CONVERT>{t!("convert-back")}</a></p>
    }
}

/// A consideration that needs no choice: what stays as it is, and what the admin can do about it.
fn consideration(title: String, text: String) -> AnyView {
    view! { <p class="consideration"><strong>{title}</strong>" "{text}</p> }.into_any()
}

#[component]
fn ConvertFormView(assessment: Assessment, form: ConvertForm, send: ServerAction<ConvertUser>) -> impl IntoView {
    let account = assessment.account.clone();
    let name = account.short_name.clone();
    let current = account.mail.clone().unwrap_or_else(|| t!("convert-not-set"));
    let mail = match assessment.mail {
        MailChange::CanSet => view! {
            <CheckboxField name="form[set_mail]" label=t!("convert-set-mail-label") checked=form.set_mail.is_some()
                help=t!("convert-set-mail-help", name = &name, current = &current, address = &assessment.address)/>
        }
        .into_any(),
        _ => view! { <p>{t!("convert-mail-already", name = &name, address = &assessment.address)}</p> }.into_any(),
    };
    let password = if account.synced {
        consideration(t!("convert-password-title"), t!("convert-password-on-premises", name = &name))
    } else {
        view! {
            <CheckboxField name="form[reset_password]" label=t!("convert-reset-password-label") checked=form.reset_password.is_some()
                help=t!("convert-reset-password-help", name = &name)/>
        }
        .into_any()
    };
    let billing = if account.user_type == "Guest" {
        consideration(t!("convert-billing-title"), t!("convert-billing-guest", name = &name))
    } else {
        view! {
            <CheckboxField name="form[set_guest]" label=t!("convert-set-guest-label") checked=form.set_guest.is_some()
                help=t!("convert-set-guest-help", name = &name)/>
        }
        .into_any()
    };
    view! {
        <ActionForm action=send attr:class="invite-form convert-form" attr:novalidate=true>
            <input type="hidden" name="form[user_id]" value=form.user_id.clone()/>
            <input type="hidden" name="form[email]" value=form.email.clone()/>
            <fieldset>
                <legend>{t!("convert-col-mail")}</legend>
                {mail}
            </fieldset>
            <fieldset>
                <legend>{t!("convert-considerations")}</legend>
                {password}
                {billing}
                <p class="consideration">
                    <strong>{t!("convert-teams-title")}</strong>" "
                    {t!("convert-teams-before", name = &name)}" "
                    <code>{assessment.teams_url.clone()}</code>" "
                    {t!("convert-teams-after")}
                </p>
            </fieldset>
            <fieldset>
                <legend>{t!("convert-invitation")}</legend>
                <CheckboxField name="form[send_mail]" label=t!("convert-send-mail-label") checked=form.send_mail.is_some()
                    help=t!("convert-send-mail-help")/>
                <MailFields texts=crate::lang::Texts::of(crate::widgets::MAIL_TEXTS) language=form.language.clone() message=form.message.clone() cc=form.cc.clone()
                    message_help=t!("convert-message-help")/>
            </fieldset>
            <button type="submit" class="button primary">{t!("convert-title")}</button>
        </ActionForm>
    }
}

#[component]
pub fn ConvertBatchPage() -> impl IntoView {
    let query = use_query_map();
    let preview = ServerAction::<PreviewBatch>::new();
    let run = ServerAction::<RunBatch>::new();
    let clear = ServerAction::<ClearBatch>::new();
    let data = Resource::new_blocking(
        move || (query.read().get("q").unwrap_or_default(), preview.version().get(), run.version().get(), clear.version().get()),
        |(q, ..)| super::batch_page(q),
    );
    view! {
        <Title text=t!("convert-batch-title")/>
        <h1>{t!("convert-batch-title")}</h1>
        <p class="lead">{t!("convert-batch-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(BatchPageData { query, accounts, batch, error }) => {
                        let error = error.map(|text| view! { <Alert text/> });
                        let body = match batch {
                            Some(batch) if batch.converted() => view! { <BatchResults batch run clear/> }.into_any(),
                            Some(batch) => view! { <BatchPreview batch run clear/> }.into_any(),
                            None => view! { <Choose query accounts preview/> }.into_any(),
                        };
                        view! { {error} {body} }.into_any()
                    }
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Choose(query: String, accounts: Vec<Account>, preview: ServerAction<PreviewBatch>) -> impl IntoView {
    let count = accounts.len();
    let locale = locale();
    let rows = accounts
        .into_iter()
        .enumerate()
        .map(|(row, a)| {
            let id = format!("pick-{}", a.id);
            view! {
                <tr>
                    <td><input type="checkbox" id=id.clone() name=format!("pick[{row}]") value=a.id.clone()/></td>
                    <td><label for=id>{a.display_name.clone()}</label></td>
                    <td class="upn">{a.user_principal_name.clone()}</td>
                    <td>{a.mail.clone().unwrap_or_default()}</td>
                    <td>{services::directory::user_type_words(locale, &a.user_type)}</td>
                    <td>{if a.synced { t!("convert-on-premises") } else { t!("convert-cloud-only") }}</td>
                    <td><a href=routes::convert_account(&a.id)>{t!("convert-open-assistant", name = &a.short_name)}</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <SearchForm action=routes::CONVERT id="convert-q" label=t!("convert-find-label") value=query
            help=t!("convert-find-help")/>
        <ActionForm action=preview>
            <p>{t!("convert-internal-count", count = count)}</p>
            <DataTable class="audit convert-accounts"
                headings=vec![t!("convert-col-convert"), t!("convert-col-name"), t!("convert-col-upn"), t!("convert-col-mail"), t!("convert-col-user-type"), t!("convert-col-managed-in"), t!("convert-col-one")]>
                {rows}
            </DataTable>
            <button type="submit" class="button primary">{t!("convert-check-selected")}</button>
        </ActionForm>
    }
}

/// Why an account of the batch was not converted.
fn left_out(assessment: &Assessment) -> String {
    let blockers: Vec<&str> = assessment.blockers().map(|f| f.title.as_str()).collect();
    t!("convert-left-out", blockers = blockers.join("; "))
}

fn account_cell(account: &Account) -> impl IntoView {
    view! {
        <th scope="row">
            <a href=routes::convert_account(&account.id)>{account.display_name.clone()}</a>
            <span class="upn">{account.user_principal_name.clone()}</span>
        </th>
    }
}

#[component]
fn BatchPreview(batch: Batch, run: ServerAction<RunBatch>, clear: ServerAction<ClearBatch>) -> impl IntoView {
    let eligible = batch.rows.iter().filter(|r| r.eligible()).count();
    let rows = batch
        .rows
        .into_iter()
        .map(|row| {
            let blockers = row.assessment.findings.clone();
            let ok = blockers.is_empty().then(|| t!("convert-no-blockers"));
            view! {
                <tr class=if row.eligible() { "eligible" } else { "blocked" }>
                    {account_cell(&row.assessment.account)}
                    <td>{row.assessment.address.clone()}</td>
                    <td>{ok}<Findings findings=blockers/></td>
                    <td class="action">{row.action.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let convert = if eligible == 0 {
        view! { <p role="status">{t!("convert-none-eligible")}</p> }.into_any()
    } else {
        view! {
            <ActionForm action=run attr:class="invite-form convert-form">
                <CheckboxField name="send_mail" label=t!("convert-batch-send-mail-label") checked=true
                    help=t!("convert-batch-send-mail-help")/>
                <div class="field">
                    <label for="batch-language">{t!("convert-batch-language")}</label>
                    <select id="batch-language" name="language">{language_options("en-US")}</select>
                </div>
                <CheckboxField name="set_guest" label=t!("convert-batch-set-guest-label") checked=false
                    help=t!("convert-batch-set-guest-help")/>
                <button type="submit" class="button primary">{t!("convert-batch-convert", count = eligible)}</button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <h2>{t!("convert-preview")}</h2>
        <p>{t!("convert-preview-lead")}</p>
        <DataTable class="audit convert-preview" headings=vec![t!("convert-col-account"), t!("convert-col-address"), t!("convert-col-checks"), t!("convert-col-action")]>
            {rows}
        </DataTable>
        {convert}
        <ActionForm action=clear>
            <button type="submit" class="button secondary">{t!("convert-choose-other")}</button>
        </ActionForm>
    }
}

#[component]
fn BatchResults(batch: Batch, run: ServerAction<RunBatch>, clear: ServerAction<ClearBatch>) -> impl IntoView {
    let failed = batch.rows.iter().filter(|r| r.failed()).count();
    let rows = batch
        .rows
        .into_iter()
        .map(|row| {
            let account = row.assessment.account.clone();
            let result = match row.result {
                Some(result) => {
                    let link = result.redeem_url.map(|link| view! {
                        <CopyLink id=format!("link-{}", account.id) label=t!("convert-link-label", name = &account.short_name)
                            button=t!("convert-link-copy", name = &account.short_name) link/>
                    });
                    let class = if result.converted { "step-ok" } else { "step-failed" };
                    view! { <td class=class>{result.text}</td><td>{link}</td> }.into_any()
                }
                None => view! { <td>{left_out(&row.assessment)}</td><td></td> }.into_any(),
            };
            view! { <tr>{account_cell(&account)}<td>{row.assessment.address.clone()}</td>{result}</tr> }
        })
        .collect_view();
    let retry = (failed > 0).then(|| view! {
        <ActionForm action=run>
            <input type="hidden" name="retry" value="on"/>
            <button type="submit" class="button primary">
                {t!("convert-retry", count = failed)}
            </button>
        </ActionForm>
    });
    view! {
        <h2>{t!("convert-results")}</h2>
        <DataTable class="audit convert-results" headings=vec![t!("convert-col-account"), t!("convert-col-address"), t!("convert-col-result"), t!("convert-col-link")]>
            {rows}
        </DataTable>
        {retry}
        <ActionForm action=clear>
            <button type="submit" class="button secondary">{t!("convert-other")}</button>
        </ActionForm>
    }
}
