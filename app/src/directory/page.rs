//! The Directory's pages: the search, a person with their "B2B collaboration" card, and one
//! page per action that needs explaining first (reset, user type, e-mail address).

use super::{ChangeMail, ChangeUserType, Notice, PersonCard, PersonData, ResendInvitation, ResetRedemption, SearchResults};
use crate::error::PageError;
use crate::lang::locale;
use crate::routes;
use crate::t;
use crate::widgets::{Alert, CheckboxField, DataTable, Loaded, SearchForm, TextField};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let results = Resource::new_blocking(q, super::directory_search);
    view! {
        <Title text=t!("directory-title")/>
        <h1>{t!("directory-title")}</h1>
        <p class="lead">{t!("directory-lead")}</p>
        <SearchForm action=routes::DIRECTORY id="directory-q" label=t!("directory-search-label") value=q() primary=true
            help=t!("directory-search-help")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let searched = q();
                match results.await {
                    Ok(_) if searched.trim().is_empty() => ().into_any(),
                    Ok(results) => view! { <ResultsTable results searched/> }.into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ResultsTable(results: SearchResults, searched: String) -> impl IntoView {
    if results.people.is_empty() {
        return view! {
            <p role="status">{t!("directory-no-match", searched = searched.trim())}</p>
        }
        .into_any();
    }
    let count = results.people.len();
    let summary = if results.more { t!("directory-matches-more", count = count) } else { t!("directory-matches", count = count) };
    let locale = locale();
    let rows = results
        .people
        .into_iter()
        .map(|person| {
            let state = person.state_words(locale);
            let user_type = person.user_type_name(locale);
            view! {
                <tr>
                    <td><a href=routes::person(&person.id)>{person.display_name}</a></td>
                    <td class="upn">{person.user_principal_name}</td>
                    <td>{person.mail.unwrap_or_default()}</td>
                    <td>{user_type}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p role="status">{summary}</p>
        <DataTable class="directory" headings=vec![t!("directory-col-name"), t!("directory-col-upn"), t!("directory-col-mail"), t!("directory-col-user-type"), t!("directory-col-b2b")]>
            {rows}
        </DataTable>
    }
    .into_any()
}

/// The latest answer: from this page's own submit (JavaScript), else from the session (plain POST).
fn latest(initial: Option<Notice>, value: impl Fn() -> Option<Result<Option<Notice>, PageError>> + Send + Sync + 'static) -> Signal<Option<Notice>> {
    crate::widgets::latest_answer(initial, value, |text| Notice { user_id: String::new(), done: false, lines: vec![text], email: None })
}

#[component]
fn NoticeView(notice: Signal<Option<Notice>>) -> impl IntoView {
    move || notice.get().map(|notice| crate::widgets::answer_view(notice.done, notice.lines))
}

/// Loads the person named in the address and shows `content` for them, or why not.
#[component]
fn WithPerson<V: IntoView + 'static>(content: fn(PersonData) -> V) -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let data = Resource::new_blocking(id, super::load_person);
    view! { <Loaded data content title=t!("directory-title") back=routes::DIRECTORY back_label=t!("directory-back")/> }
}

#[component]
pub fn PersonPage() -> impl IntoView {
    view! { <WithPerson content=|data| view! { <PersonView data/> }/> }
}



#[component]
fn Breadcrumb(card: PersonCard, #[prop(optional)] here: bool) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label=t!("directory-breadcrumb")>
            <a href=routes::DIRECTORY>{t!("directory-title")}</a>
            {(!here).then(|| view! { " › " <a href=routes::person(&card.id)>{card.display_name.clone()}</a> })}
        </nav>
    }
}

#[component]
fn PersonView(data: PersonData) -> impl IntoView {
    let PersonData { card, notice, manage } = data;
    let resend = ServerAction::<ResendInvitation>::new();
    let notice = latest(notice, move || resend.value().get());
    let locale = locale();
    let yes_no = |yes: bool, y: &'static str, n: &'static str| if yes { t!(y) } else { t!(n) };
    let (id, other_type) = (card.id.clone(), services::directory::user_type_words(locale, card.other_user_type()));
    let resend_id = id.clone();
    let resend_item = card.can_resend().then(|| view! {
        <li>
            <ActionForm action=resend>
                <input type="hidden" name="user_id" value=resend_id/>
                <button type="submit" class="button secondary">{t!("directory-resend-button")}</button>
            </ActionForm>
            <span class="help">{t!("directory-resend-help")}</span>
        </li>
    });
    // The links to the pages that explain an action before it is taken, where it applies.
    let links = [
        (card.can_reset(), routes::person_action(&id, "reset"), t!("directory-reset-link"), t!("directory-reset-link-help")),
        (manage && card.can_edit(), routes::person_action(&id, "user-type"), t!("directory-type-link", user_type = other_type),
            t!("directory-type-link-help")),
        (manage && card.can_change_mail(), routes::person_action(&id, "e-mail"), t!("directory-mail-link"), t!("directory-mail-link-help")),
        (manage && card.can_convert(), routes::convert_account(&id), t!("directory-convert-link"), t!("directory-convert-link-help")),
    ];
    let link_items = links
        .into_iter()
        .filter(|(applies, ..)| *applies)
        .map(|(_, href, label, help)| view! {
            <li>
                <a class="button secondary" href=href>{label}</a>
                <span class="help">{help}</span>
            </li>
        })
        .collect_view();
    let synced_note = (!card.can_edit()).then(|| view! {
        <p class="help">{t!("directory-synced-note")}</p>
    });
    view! {
        <Title text=card.display_name.clone()/>
        <Breadcrumb card=card.clone() here=true/>
        <h1>{card.display_name.clone()}</h1>
        <NoticeView notice/>
        <dl class="outcome person">
            <dt>{t!("directory-col-upn")}</dt><dd class="upn">{card.user_principal_name.clone()}</dd>
            <dt>{t!("directory-col-mail")}</dt><dd>{card.mail.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>{t!("directory-col-user-type")}</dt><dd>{card.user_type_name(locale)}</dd>
            <dt>{t!("directory-company")}</dt><dd>{card.company.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>{t!("directory-job-title")}</dt><dd>{card.job_title.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>{t!("directory-sign-in")}</dt><dd>{yes_no(card.account_enabled, "directory-sign-in-allowed", "directory-sign-in-blocked")}</dd>
            <dt>{t!("directory-created")}</dt><dd>{card.created.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>{t!("directory-synced")}</dt><dd>{yes_no(card.synced, "directory-yes", "directory-no")}</dd>
            <dt>{t!("directory-mailbox")}</dt><dd>{yes_no(card.mailbox, "directory-mailbox-yes", "directory-no")}</dd>
        </dl>
        <section class="b2b-card" aria-labelledby="b2b-heading">
            <h2 id="b2b-heading">{t!("directory-col-b2b")}</h2>
            <p class="b2b-state">{card.state_words(locale)}</p>
            <ul class="b2b-actions">{resend_item} {link_items}</ul>
            {synced_note}
        </section>
    }
}

/// `/directory/:id/:action`: the pages that explain an action before it is taken.
#[component]
pub fn PersonActionPage() -> impl IntoView {
    let params = use_params_map();
    let action = move || params.read().get("action").unwrap_or_default();
    move || match action().as_str() {
        "reset" => view! { <WithPerson content=|data| view! { <ResetView data/> }/> }.into_any(),
        "user-type" => view! { <WithPerson content=|data| view! { <UserTypeView data/> }/> }.into_any(),
        "e-mail" => view! { <WithPerson content=|data| view! { <MailView data/> }/> }.into_any(),
        _ => view! {
            <Title text=t!("directory-title")/>
            <h1>{t!("directory-title")}</h1>
            <Alert text=t!("directory-no-such-page")/>
            <p><a href=routes::DIRECTORY>{t!("directory-back")}</a></p>
        }
        .into_any(),
    }
}

/// The top of an action page: where we are, what is asked, whom it is about, and the last answer.
#[component]
fn ActionHeader(card: PersonCard, title: String, state: String, notice: Signal<Option<Notice>>) -> impl IntoView {
    view! {
        <Title text=t!("directory-action-title", title = &title, name = &card.display_name)/>
        <Breadcrumb card/>
        <h1>{title}</h1>
        <p class="b2b-state">{state}</p>
        <NoticeView notice/>
    }
}

fn list(lines: Vec<String>) -> impl IntoView {
    let items = lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
    view! { <ul class="what-next">{items}</ul> }
}

#[component]
fn ResetView(data: PersonData) -> impl IntoView {
    let PersonData { card, notice, .. } = data;
    let reset = ServerAction::<ResetRedemption>::new();
    let typed = notice.as_ref().and_then(|n| n.email.clone()).unwrap_or_default();
    let notice = latest(notice, move || reset.value().get());
    let locale = locale();
    let current = card.mail.clone().unwrap_or_else(|| t!("directory-reset-current-address"));
    view! {
        <ActionHeader card=card.clone() title=t!("directory-reset-title") notice
            state=t!("directory-reset-state", name = &card.display_name, state = card.state_words(locale))/>
        <p class="lead">{t!("directory-reset-lead")}</p>
        <h2>{t!("directory-reset-experience", name = card.first_name())}</h2>
        {list(card.reset_what_next(locale, &current, false))}
        <p class="help">{t!("directory-reset-new-address-help")}</p>
        <ActionForm action=reset attr:class="invite-form directory-action" attr:novalidate=true>
            <input type="hidden" name="user_id" value=card.id.clone()/>
            <TextField name="email" label=t!("directory-reset-field") kind="email" value=typed
                help=t!("directory-reset-field-help", address = &current)/>
            <button type="submit" class="button primary">{t!("directory-reset-title")}</button>
        </ActionForm>
    }
}

/// One answer of a question on the user type page.
#[component]
fn Choice(name: &'static str, value: &'static str, #[prop(into)] label: String) -> impl IntoView {
    let id = format!("{}-{value}", name.trim_start_matches("form[").trim_end_matches(']'));
    view! {
        <div class="field checkbox">
            <input type="radio" id=id.clone() name=name value=value required=true/>
            <label for=id>{label}</label>
        </div>
    }
}

#[component]
fn UserTypeView(data: PersonData) -> impl IntoView {
    let PersonData { card, notice, .. } = data;
    let change = ServerAction::<ChangeUserType>::new();
    let notice = latest(notice, move || change.value().get());
    let locale = locale();
    let target = card.other_user_type();
    let target_name = services::directory::user_type_words(locale, target);
    let name = card.first_name().to_owned();
    view! {
        <ActionHeader card=card.clone() title=t!("directory-type-title", user_type = &target_name) notice
            state=t!("directory-type-state", name = &card.display_name, user_type = card.user_type_name(locale), state = card.state_words(locale))/>
        <p class="lead">{t!("directory-type-lead")}</p>
        <ActionForm action=change attr:class="invite-form directory-action">
            <input type="hidden" name="form[user_id]" value=card.id.clone()/>
            <input type="hidden" name="form[target]" value=target/>
            <fieldset>
                <legend>{t!("directory-type-q-relationship", name = &name)}</legend>
                <Choice name="form[relationship]" value="changed" label=t!("directory-type-a-relationship-changed")/>
                <Choice name="form[relationship]" value="unchanged" label=t!("directory-no")/>
            </fieldset>
            <fieldset>
                <legend>{t!("directory-type-q-upn", upn = &card.user_principal_name)}</legend>
                <Choice name="form[upn]" value="keep" label=t!("directory-type-a-upn-keep")/>
                <Choice name="form[upn]" value="change" label=t!("directory-type-a-upn-change")/>
            </fieldset>
            <fieldset>
                <legend>{t!("directory-type-q-access")}</legend>
                <Choice name="form[access]" value="keep" label=t!("directory-type-a-access-keep")/>
                <Choice name="form[access]" value="review" label=t!("directory-type-a-access-review")/>
            </fieldset>
            <fieldset>
                <legend>{t!("directory-type-q-mailbox")}</legend>
                <Choice name="form[mailbox]" value="no" label=t!("directory-no")/>
                <Choice name="form[mailbox]" value="yes" label=t!("directory-type-a-mailbox-yes")/>
            </fieldset>
            <h2>{t!("directory-type-what-changes")}</h2>
            {list(card.user_type_consequences(locale))}
            <CheckboxField name="form[confirm]" label=t!("directory-type-confirm-label") checked=false
                help=t!("directory-type-confirm-help", user_type = &target_name)/>
            <button type="submit" class="button primary">{t!("directory-type-title", user_type = &target_name)}</button>
        </ActionForm>
    }
}

#[component]
fn MailView(data: PersonData) -> impl IntoView {
    let PersonData { card, notice, .. } = data;
    let change = ServerAction::<ChangeMail>::new();
    let typed = notice.as_ref().and_then(|n| n.email.clone()).unwrap_or_default();
    let notice = latest(notice, move || change.value().get());
    let current = card.mail.clone().unwrap_or_else(|| t!("directory-mail-not-set"));
    view! {
        <ActionHeader card=card.clone() title=t!("directory-mail-title") notice
            state=t!("directory-mail-state", name = &card.display_name, address = &current)/>
        <p class="lead">{t!("directory-mail-lead")}</p>
        {card.mailbox.then(|| view! {
            <p class="alert">{t!("directory-mail-mailbox-alert")}</p>
        })}
        <ActionForm action=change attr:class="invite-form directory-action" attr:novalidate=true>
            <input type="hidden" name="user_id" value=card.id.clone()/>
            <TextField name="email" label=t!("directory-mail-field") kind="email" required=true value=typed
                help=t!("directory-mail-field-help")/>
            <button type="submit" class="button primary">{t!("directory-mail-title")}</button>
        </ActionForm>
    }
}
