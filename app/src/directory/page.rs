//! The Directory's pages: the search, a person with their "B2B collaboration" card, and one
//! page per action that needs explaining first (reset, user type, e-mail address).

use super::{ChangeMail, ChangeUserType, Notice, PersonCard, PersonData, ResendInvitation, ResetRedemption, SearchResults};
use crate::error::PageError;
use crate::routes;
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
        <Title text="Directory"/>
        <h1>"Directory"</h1>
        <p class="lead">
            "Find anyone in your directory — staff, guests, internal accounts of partners — and see where they "
            "stand with B2B collaboration: whether they were invited, and with which account they sign in."
        </p>
        <SearchForm action=routes::DIRECTORY id="directory-q" label="Name, e-mail address or user name" value=q() primary=true
            help="The start of a word is enough, e.g. “oli” or “olivia.chen@”."/>
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
            <p role="status">{format!("Nobody matches “{}”. Try the start of the first or last name, or of the e-mail address.", searched.trim())}</p>
        }
        .into_any();
    }
    let count = results.people.len();
    let summary = match (count, results.more) {
        (_, true) => format!("The first {count} matches. Search for more of the name or address to narrow it down."),
        (1, false) => "1 match.".to_owned(),
        (n, false) => format!("{n} matches."),
    };
    let rows = results
        .people
        .into_iter()
        .map(|person| {
            let state = person.state_words();
            view! {
                <tr>
                    <td><a href=routes::person(&person.id)>{person.display_name}</a></td>
                    <td class="upn">{person.user_principal_name}</td>
                    <td>{person.mail.unwrap_or_default()}</td>
                    <td>{person.user_type}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p role="status">{summary}</p>
        <DataTable class="directory" headings=vec!["Name".into(), "User name".into(), "E-mail address".into(), "User type".into(), "B2B collaboration".into()]>
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
    view! { <Loaded data content title="Directory" back=routes::DIRECTORY back_label="Search the directory"/> }
}

#[component]
pub fn PersonPage() -> impl IntoView {
    view! { <WithPerson content=|data| view! { <PersonView data/> }/> }
}



#[component]
fn Breadcrumb(card: PersonCard, #[prop(optional)] here: bool) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <a href=routes::DIRECTORY>"Directory"</a>
            {(!here).then(|| view! { " › " <a href=routes::person(&card.id)>{card.display_name.clone()}</a> })}
        </nav>
    }
}

#[component]
fn PersonView(data: PersonData) -> impl IntoView {
    let PersonData { card, notice, manage } = data;
    let resend = ServerAction::<ResendInvitation>::new();
    let notice = latest(notice, move || resend.value().get());
    let yes_no = |yes: bool, y: &'static str, n: &'static str| if yes { y } else { n };
    let (id, other_type) = (card.id.clone(), card.other_user_type());
    let resend_id = id.clone();
    let resend_item = card.can_resend().then(|| view! {
        <li>
            <ActionForm action=resend>
                <input type="hidden" name="user_id" value=resend_id/>
                <button type="submit" class="button secondary">"Resend invitation"</button>
            </ActionForm>
            <span class="help">"A new invitation link to pass on or send from Guestlist: Microsoft does not e-mail an address twice."</span>
        </li>
    });
    // The links to the pages that explain an action before it is taken, where it applies.
    let links = [
        (card.can_reset(), routes::person_action(&id, "reset"), "Reset redemption…".to_owned(),
            "They accept again — with the same or a new e-mail address — and then sign in with that address's account."),
        (manage && card.can_edit(), routes::person_action(&id, "user-type"), format!("Change user type to {other_type}…"),
            "Whether they count as part of your organisation. Microsoft's questions come first."),
        (manage && card.can_change_mail(), routes::person_action(&id, "e-mail"), "Change e-mail address…".to_owned(),
            "Where Microsoft sends their invitations and notifications."),
        (manage && card.can_convert(), routes::convert_account(&id), "Convert to external user…".to_owned(),
            "They then sign in with their own organisation's account, and keep their groups and apps."),
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
        <p class="help">"This account is synced from your on-premises Active Directory: its user type and e-mail address are changed there."</p>
    });
    view! {
        <Title text=card.display_name.clone()/>
        <Breadcrumb card=card.clone() here=true/>
        <h1>{card.display_name.clone()}</h1>
        <NoticeView notice/>
        <dl class="outcome person">
            <dt>"User name"</dt><dd class="upn">{card.user_principal_name.clone()}</dd>
            <dt>"E-mail address"</dt><dd>{card.mail.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>"User type"</dt><dd>{card.user_type.clone()}</dd>
            <dt>"Company"</dt><dd>{card.company.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>"Job title"</dt><dd>{card.job_title.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>"Sign-in"</dt><dd>{yes_no(card.account_enabled, "Allowed", "Blocked")}</dd>
            <dt>"Created"</dt><dd>{card.created.clone().unwrap_or_else(|| "—".into())}</dd>
            <dt>"Synced from on-premises"</dt><dd>{yes_no(card.synced, "Yes", "No")}</dd>
            <dt>"Mailbox"</dt><dd>{yes_no(card.mailbox, "Yes (Exchange Online)", "No")}</dd>
        </dl>
        <section class="b2b-card" aria-labelledby="b2b-heading">
            <h2 id="b2b-heading">"B2B collaboration"</h2>
            <p class="b2b-state">{card.state_words()}</p>
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
            <Title text="Directory"/>
            <h1>"Directory"</h1>
            <Alert text="There is no such page. Find the person in the directory and pick an action on their card."/>
            <p><a href=routes::DIRECTORY>"Search the directory"</a></p>
        }
        .into_any(),
    }
}

/// The top of an action page: where we are, what is asked, whom it is about, and the last answer.
#[component]
fn ActionHeader(card: PersonCard, title: String, state: String, notice: Signal<Option<Notice>>) -> impl IntoView {
    view! {
        <Title text=format!("{title} — {}", card.display_name)/>
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
    let current = card.mail.clone().unwrap_or_else(|| "their current address".into());
    view! {
        <ActionHeader card=card.clone() title="Reset redemption".into() notice
            state=format!("{}: {}", card.display_name, card.state_words())/>
        <p class="lead">
            "Resetting the redemption lets someone accept the invitation again: for example when they moved to "
            "another company, lost access to their account, or should use another address. Their account in "
            "your directory stays, with everything it has."
        </p>
        <h2>{format!("What {} will experience", card.first_name())}</h2>
        {list(card.reset_what_next(&current, false))}
        <p class="help">"With a new address below, the invitation goes there instead, and they accept with the account of the new address."</p>
        <ActionForm action=reset attr:class="invite-form directory-action" attr:novalidate=true>
            <input type="hidden" name="user_id" value=card.id.clone()/>
            <TextField name="email" label="New e-mail address (optional)" kind="email" value=typed
                help=format!("Leave empty to send the new invitation to {current}. A new address becomes their e-mail address first, as Microsoft requires, and gets the same checks as an invitation.")/>
            <button type="submit" class="button primary">"Reset redemption"</button>
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
    let target = card.other_user_type();
    let name = card.first_name().to_owned();
    view! {
        <ActionHeader card=card.clone() title=format!("Change user type to {target}") notice
            state=format!("{} is a {} now. {}.", card.display_name, card.user_type, card.state_words())/>
        <p class="lead">
            "The user type says whether someone is part of your organisation (Member) or an outside collaborator "
            "(Guest). It does not change how they sign in. Microsoft advises answering these questions first."
        </p>
        <ActionForm action=change attr:class="invite-form directory-action">
            <input type="hidden" name="form[user_id]" value=card.id.clone()/>
            <input type="hidden" name="form[target]" value=target/>
            <fieldset>
                <legend>{format!("Has {name}'s relationship to your organisation changed?")}</legend>
                <Choice name="form[relationship]" value="changed" label="Yes — for example, they joined your staff, or left it to work for a partner"/>
                <Choice name="form[relationship]" value="unchanged" label="No"/>
            </fieldset>
            <fieldset>
                <legend>{format!("Should their user name ({}) change?", card.user_principal_name)}</legend>
                <Choice name="form[upn]" value="keep" label="No, keep it"/>
                <Choice name="form[upn]" value="change" label="Yes — I will change it in the Microsoft Entra admin center afterwards (changing the user type does not)"/>
            </fieldset>
            <fieldset>
                <legend>"Should they keep access to the same groups and apps?"</legend>
                <Choice name="form[access]" value="keep" label="Yes, keep everything"/>
                <Choice name="form[access]" value="review" label="No — I will review their groups and apps afterwards"/>
            </fieldset>
            <fieldset>
                <legend>"Should they have a mailbox?"</legend>
                <Choice name="form[mailbox]" value="no" label="No"/>
                <Choice name="form[mailbox]" value="yes" label="Yes — I will give them an Exchange Online licence afterwards"/>
            </fieldset>
            <h2>"What changes"</h2>
            {list(card.user_type_consequences())}
            <CheckboxField name="form[confirm]" label="I have read what changes" checked=false
                help=format!("Then Guestlist changes the user type to {target}; nothing else changes.")/>
            <button type="submit" class="button primary">{format!("Change user type to {target}")}</button>
        </ActionForm>
    }
}

#[component]
fn MailView(data: PersonData) -> impl IntoView {
    let PersonData { card, notice, .. } = data;
    let change = ServerAction::<ChangeMail>::new();
    let typed = notice.as_ref().and_then(|n| n.email.clone()).unwrap_or_default();
    let notice = latest(notice, move || change.value().get());
    let current = card.mail.clone().unwrap_or_else(|| "not set".into());
    view! {
        <ActionHeader card=card.clone() title="Change e-mail address".into() notice
            state=format!("The e-mail address of {} is {current}.", card.display_name)/>
        <p class="lead">
            "Microsoft sends invitations and notifications to this address. For an external user it does not change "
            "how they sign in; to have them sign in with the account of a new address, reset their redemption with "
            "that address instead."
        </p>
        {card.mailbox.then(|| view! {
            <p class="alert">
                "This account has an Exchange Online mailbox, so Exchange owns its address and Microsoft Entra will "
                "refuse the change: change it in the Exchange admin center (Recipients, then Mailboxes) instead."
            </p>
        })}
        <ActionForm action=change attr:class="invite-form directory-action" attr:novalidate=true>
            <input type="hidden" name="user_id" value=card.id.clone()/>
            <TextField name="email" label="New e-mail address" kind="email" required=true value=typed
                help="The same checks as for an invitation: no '+' or similar characters, not one of your organisation's \
                      domains, not a blocked domain, and not already someone else's address."/>
            <button type="submit" class="button primary">"Change e-mail address"</button>
        </ActionForm>
    }
}
