//! The conversion assistant for one account, and the batch page.

use super::{
    Account, Assessment, Batch, BatchPageData, ClearBatch, ConvertForm, ConvertPageData, ConvertUser, Finding, MailChange,
    PreviewBatch, RunBatch, Severity,
};
use crate::routes;
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
        <Title text="Convert to external user"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <Assistant data send/> }.into_any(),
                    Err(error) => view! {
                        <h1>"Convert to external user"</h1>
                        <Alert text=error.to_string()/>
                        <p><a href=routes::CONVERT>"Back to the list of internal accounts"</a></p>
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
            <dt>"Name"</dt><dd>{account.display_name.clone()}</dd>
            <dt>"Object id"</dt><dd class="object-id">{account.id.clone()}</dd>
            <dt>"User name"</dt><dd class="upn">{account.user_principal_name.clone()}</dd>
            <dt>"E-mail address (mail)"</dt><dd>{account.mail.clone().unwrap_or_else(|| "not set".into())}</dd>
            <dt>"User type"</dt><dd>{account.user_type.clone()}</dd>
            <dt>"Managed in"</dt>
            <dd>{if account.synced { "your on-premises Active Directory (synchronised)" } else { "Microsoft Entra only (cloud-only)" }}</dd>
            <dt>"Mailbox"</dt><dd>{if account.mailbox { "Exchange Online mailbox" } else { "none" }}</dd>
            <dt>"Signs in with"</dt><dd class="identities">{account.sign_in_with.join(", ")}</dd>
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
                Severity::Blocker => ("finding blocker", "Blocks the conversion: "),
                Severity::Warning => ("finding warning", "Good to know: "),
            };
            view! { <li class=class><strong>{kind}{f.title}</strong><p>{f.text}</p></li> }
        })
        .collect_view();
    view! { <ul class="findings">{items}</ul> }
}

fn directory_link(account: &Account) -> impl IntoView {
    view! {
        <p>
            <a href=routes::person(&account.id) class="button secondary">
                {format!("Resend the invitation or reset the redemption on {}'s Directory page", account.short_name)}
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
        <p class="ready" role="status">{format!("Nothing stands in the way: {name} can be converted with {}.", assessment.address)}</p>
    });
    let invited = assessment.already_invited.is_some().then(|| directory_link(&account));
    let form_view = assessment.can_convert().then(|| view! { <ConvertFormView assessment=assessment.clone() form send/> });
    view! {
        <h1>{format!("Convert {} to an external user", account.display_name)}</h1>
        <p class="lead">
            {format!("{name} then signs in with their own organisation's account instead of a password of yours, and keeps this account: its object id, user name, group memberships and app assignments. Guestlist checks every precondition first and nothing is changed until you convert.")}
        </p>
        {problems_view(send, problems)}
        <Facts account=account.clone()/>
        <h2>"External address"</h2>
        <form method="get" action=routes::convert_account(&account.id) class="convert-address">
            <div class="field">
                <label for="convert-email">"External e-mail address"</label>
                <input id="convert-email" name="email" type="email" value=assessment.address.clone() aria-describedby="convert-email-help"/>
                <p class="help" id="convert-email-help">
                    {format!("The address at their own organisation that {name} will sign in with. Microsoft requires the account's e-mail address (mail) to be this address.")}
                </p>
            </div>
            <button type="submit" class="button secondary">"Check this address"</button>
        </form>
        <h2>"Checks"</h2>
        <Findings findings=assessment.findings.clone()/>
        {invited}
        {ready}
        {form_view}
        <p><a href=routes::CONVERT>"Back to the list of internal accounts"</a></p>
    }
}

/// A consideration that needs no choice: what stays as it is, and what the admin can do about it.
fn consideration(title: &'static str, text: String) -> AnyView {
    view! { <p class="consideration"><strong>{title} ": "</strong>{text}</p> }.into_any()
}

#[component]
fn ConvertFormView(assessment: Assessment, form: ConvertForm, send: ServerAction<ConvertUser>) -> impl IntoView {
    let account = assessment.account.clone();
    let name = account.short_name.clone();
    let current = account.mail.clone().unwrap_or_else(|| "not set".into());
    let mail = match assessment.mail {
        MailChange::CanSet => view! {
            <CheckboxField name="form[set_mail]" label="Set the e-mail address to the external address" checked=form.set_mail.is_some()
                help=format!("{name}'s e-mail address (mail) is {current}; Microsoft requires {}. Guestlist sets it just before the invitation; the old address is removed from the account.", assessment.address)/>
        }
        .into_any(),
        _ => view! { <p>{format!("{name}'s e-mail address already is {}.", assessment.address)}</p> }.into_any(),
    };
    let password = if account.synced {
        consideration("Password", format!("{name}'s password comes from your on-premises Active Directory and keeps working there. Set it to a long unknown value in Active Directory if {name} should not use it any more."))
    } else {
        view! {
            <CheckboxField name="form[reset_password]" label="Reset the password to a random value now" checked=form.reset_password.is_some()
                help=format!("The current password stops working at once and nobody learns the new one: {name} then signs in only with their own organisation's account, once they accept. Untick to let the current password keep working, also for on-premises resources after the conversion.")/>
        }
        .into_any()
    };
    let billing = if account.user_type == "Guest" {
        consideration("Billing", format!("{name}'s user type is already Guest: billed as an external user (monthly active users)."))
    } else {
        view! {
            <CheckboxField name="form[set_guest]" label="Set the user type to Guest" checked=form.set_guest.is_some()
                help=format!("The conversion does not change the user type. As Guest, {name} is billed as an external user (monthly active users, once your tenant is linked to an Azure subscription) and gets guest permissions in your directory; left as Member, {name} keeps a member's permissions.")/>
        }
        .into_any()
    };
    view! {
        <ActionForm action=send attr:class="invite-form convert-form" attr:novalidate=true>
            <input type="hidden" name="form[user_id]" value=form.user_id.clone()/>
            <input type="hidden" name="form[email]" value=form.email.clone()/>
            <fieldset>
                <legend>"E-mail address"</legend>
                {mail}
            </fieldset>
            <fieldset>
                <legend>"Considerations"</legend>
                {password}
                {billing}
                <p class="consideration">
                    <strong>"Teams: "</strong>
                    {format!("Teams opens a person's own organisation. After accepting, {name} should first open ")}
                    <code>{assessment.teams_url.clone()}</code>
                    " to reach yours. The result page repeats this."
                </p>
            </fieldset>
            <fieldset>
                <legend>"The invitation"</legend>
                <CheckboxField name="form[send_mail]" label="Microsoft sends the invitation e-mail" checked=form.send_mail.is_some()
                    help="Untick to send nothing now: the result page shows the link to copy, as a QR code, or to send from Guestlist."/>
                <MailFields texts=crate::lang::Texts::of(crate::widgets::MAIL_TEXTS) language=form.language.clone() message=form.message.clone() cc=form.cc.clone()
                    message_help="A few words on why their sign-in changes. Microsoft then sends your words instead of its standard text."/>
            </fieldset>
            <button type="submit" class="button primary">"Convert to external user"</button>
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
        <Title text="Convert internal accounts"/>
        <h1>"Convert internal accounts"</h1>
        <p class="lead">
            "Partners who were given an account of your organisation can sign in with their own organisation's account "
            "instead, and keep this account with its groups and apps. Pick accounts to see, for each, what stands in the way "
            "and what will be done; or open one to set its external address and choose the details."
        </p>
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
                    <td>{a.user_type.clone()}</td>
                    <td>{if a.synced { "on-premises" } else { "cloud-only" }}</td>
                    <td><a href=routes::convert_account(&a.id)>{format!("Open the assistant for {}", a.short_name)}</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <SearchForm action=routes::CONVERT id="convert-q" label="Find internal accounts" value=query
            help="The start of a name, e-mail address or user name. Empty lists them all."/>
        <ActionForm action=preview>
            <p>{if count == 1 { "1 internal account.".to_owned() } else { format!("{count} internal accounts.") }}</p>
            <DataTable class="audit convert-accounts"
                headings=vec!["Convert".into(), "Name".into(), "User name".into(), "E-mail address".into(), "User type".into(), "Managed in".into(), "One at a time".into()]>
                {rows}
            </DataTable>
            <button type="submit" class="button primary">"Check the selected accounts"</button>
        </ActionForm>
    }
}

/// Why an account of the batch was not converted.
fn left_out(assessment: &Assessment) -> String {
    let blockers: Vec<&str> = assessment.blockers().map(|f| f.title.as_str()).collect();
    format!("Left out: {}.", blockers.join("; "))
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
            let ok = blockers.is_empty().then_some("No blockers.");
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
        view! { <p role="status">"None of these accounts can be converted yet: each one's blockers say what to fix."</p> }.into_any()
    } else {
        view! {
            <ActionForm action=run attr:class="invite-form convert-form">
                <CheckboxField name="send_mail" label="Microsoft sends the invitation e-mails" checked=true
                    help="Untick to send nothing now: the results show each person's link to pass on."/>
                <div class="field">
                    <label for="batch-language">"Language of the e-mails"</label>
                    <select id="batch-language" name="language">{language_options("en-US")}</select>
                </div>
                <CheckboxField name="set_guest" label="Also set members' user type to Guest" checked=false
                    help="The conversion does not change the user type. As Guest, they are billed as external users (monthly active users) and get guest permissions."/>
                <button type="submit" class="button primary">
                    {if eligible == 1 { "Convert 1 eligible account".to_owned() } else { format!("Convert {eligible} eligible accounts") }}
                </button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <h2>"Preview"</h2>
        <p>"Nothing has been changed yet. Accounts with blockers are left out; open one to fix its address or see the details."</p>
        <DataTable class="audit convert-preview" headings=vec!["Account".into(), "External address".into(), "Checks".into(), "What will be done".into()]>
            {rows}
        </DataTable>
        {convert}
        <ActionForm action=clear>
            <button type="submit" class="button secondary">"Choose other accounts"</button>
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
                        <CopyLink id=format!("link-{}", account.id) label=format!("Invitation link for {}", account.short_name)
                            button=format!("Copy {}'s link", account.short_name) link/>
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
                {if failed == 1 { "Retry the failed account".to_owned() } else { format!("Retry the {failed} failed accounts") }}
            </button>
        </ActionForm>
    });
    view! {
        <h2>"Results"</h2>
        <DataTable class="audit convert-results" headings=vec!["Account".into(), "External address".into(), "Result".into(), "Link".into()]>
            {rows}
        </DataTable>
        {retry}
        <ActionForm action=clear>
            <button type="submit" class="button secondary">"Convert other accounts"</button>
        </ActionForm>
    }
}
