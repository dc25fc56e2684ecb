//! The Invite form and the result page.

use super::{CheckAddress, DirectorySuggestions, Draft, Field, InviteAgain, InviteOutcome, InvitePageData, MailLink, RetrySteps, SendInvite};
use crate::routes;
use crate::widgets::{field_id, Alert, CheckboxField, CopyLink, IslandScripts, MailFields, Problems, TextField};
use leptos::prelude::*;
use leptos_meta::Title;

/// Waits this long after the last keystroke before checking the address on the server.
const CHECK_DELAY: std::time::Duration = std::time::Duration::from_millis(400);

#[component]
pub fn InvitePage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| super::invite_page());
    view! {
        <Title text="Invite a guest"/>
        <h1>"Invite a guest"</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { {data.trouble.clone().map(|text| view! { <Alert text/> })} <IslandScripts/> <InviteFormView data/> }.into_any(),
                    Err(error) => view! { <Alert text=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A multi-line field for lists, one entry a line. With JavaScript, a search box under it
/// suggests people and groups from the directory and adds the one picked as a line.
#[component]
fn ListField(
    name: &'static str,
    label: &'static str,
    #[prop(into)] help: String,
    value: String,
    problems: Signal<Vec<String>>,
    /// Suggest groups only (otherwise people and groups).
    #[prop(optional)]
    groups_only: bool,
) -> impl IntoView {
    let id = field_id(name);
    let list = RwSignal::new(value.clone());
    let suggest = ServerAction::<DirectorySuggestions>::new();
    // Only the hydrated page can use the search box; without JavaScript the text area is the field.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let pending = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
    let search = RwSignal::new(String::new());
    let on_search = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        search.set(text.clone());
        let chosen = suggest.value().get_untracked().and_then(Result::ok).unwrap_or_default();
        if let Some(pick) = chosen.into_iter().find(|s| s.value == text) {
            list.update(|l| {
                if !l.trim().is_empty() {
                    l.push('\n');
                }
                l.push_str(&pick.value);
            });
            search.set(String::new());
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || { suggest.dispatch(DirectorySuggestions { text, groups_only }); }, CHECK_DELAY);
        pending.set_value(handle.ok());
    };
    let options = move || {
        suggest.value().get().and_then(Result::ok).unwrap_or_default().into_iter()
            .map(|s| view! { <option value=s.value>{s.label}</option> })
            .collect_view()
    };
    let search_id = format!("{id}-search");
    let datalist_id = format!("{id}-suggestions");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea id=id name=name rows="2" aria-describedby=format!("{id}-help {id}-problems")
                prop:value=move || list.get() on:input=move |ev| list.set(event_target_value(&ev))>{value}</textarea>
            <p class="help" id=format!("{id}-help")>{help}</p>
            <Show when=move || hydrated.get()>
                <label class="search-label" for=search_id.clone()>{format!("Find and add ({})", if groups_only { "groups" } else { "people or groups" })}</label>
                <input id=search_id.clone() type="search" list=datalist_id.clone() autocomplete="off"
                    prop:value=move || search.get() on:input=on_search/>
                <datalist id=datalist_id.clone()>{options}</datalist>
            </Show>
            <Problems texts=problems id=format!("{id}-problems")/>
        </div>
    }
}

/// The form: an island, for the live address check and the directory pickers.
#[island]
fn InviteFormView(data: InvitePageData) -> impl IntoView {
    let send = ServerAction::<SendInvite>::new();
    let check = ServerAction::<CheckAddress>::new();
    let again = ServerAction::<InviteAgain>::new();
    let InvitePageData { is_admin, can_reset, defaults, allowed_redirect_prefixes, apps, allowed_groups, draft, request, trouble: _ } = data;
    let groups_help = match allowed_groups {
        None => "Up to 20 groups the guest joins right after the invitation (names or group e-mail addresses, one a line). Groups give access to teams, sites and files.".to_owned(),
        Some(groups) if groups.is_empty() => "Your administrators have not allowed inviters to add guests to any group yet. Leave this empty, or ask an administrator.".to_owned(),
        Some(groups) => format!("Groups the guest joins right after the invitation, one a line. You may add guests to: {}.", groups.join(", ")),
    };
    let app_help = if is_admin {
        "An application of your organization the guest may use, with the role they get in it."
    } else {
        "An application the guest may use, with their role in it: the ones your administrators allow inviters to give."
    };
    let form = draft.as_ref().map(|d| d.form.clone()).unwrap_or(defaults);
    let reason = draft.as_ref().map(|d| d.reason.clone()).unwrap_or_default();
    // The latest refused form: from this page's own submit (JavaScript) or the session (plain POST).
    let refused = Signal::derive(move || match (send.value().get(), again.value().get()) {
        (Some(Ok(draft)), _) | (None, Some(Ok(draft))) => draft,
        (Some(Err(_)), _) | (None, Some(Err(_))) => None,
        (None, None) => draft.clone(),
    });
    // The address checks: live ones replace those of the last submit once the address is edited.
    let review = Signal::derive(move || match check.value().get() {
        Some(Ok(review)) => review,
        _ => refused.get().map(|d: Draft| d.review).unwrap_or_default(),
    });
    let about = move |field: Field| Signal::derive(move || review.get().about(field));
    let all_about = move |field: Field| Signal::derive(move || refused.get().map(|d| d.review.about(field)).unwrap_or_default());
    let pending_check = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
    let on_email_input = move |event: leptos::ev::Event| {
        let email = event_target_value(&event);
        if let Some(handle) = pending_check.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || { check.dispatch(CheckAddress { email }); }, CHECK_DELAY);
        pending_check.set_value(handle.ok());
    };
    let failure = move || {
        let text = match (send.value().get(), again.value().get()) {
            (Some(Err(error)), _) | (_, Some(Err(error))) => Some(error.to_string()),
            _ => refused.get().and_then(|d| d.error),
        };
        text.map(|text| view! { <Alert text/> })
    };
    let permission = move || {
        all_about(Field::Permission).get().into_iter().map(|text| view! { <Alert text/> }).collect_view()
    };
    let summary = NodeRef::<leptos::html::Div>::new();
    let summary_problems = Signal::derive(move || refused.get().map(|d| d.review.problems).unwrap_or_default());
    // With JavaScript the refused form comes back without a new page: move to what went wrong,
    // as the new page does without JavaScript (autofocus).
    Effect::new(move |_| {
        // Read first: the effect reruns on what it read.
        let shown = summary_problems.get().iter().any(|p| field_anchor(p.field).is_some());
        if shown && send.version().get_untracked() > 0 {
            request_animation_frame(move || {
                if let Some(summary) = summary.get_untracked() {
                    let _ = summary.focus();
                }
            });
        }
    });
    let existing = move || review.get().existing.map(|user| view! { <ExistingUserBox user again can_reset/> });
    // A request asks for the reason: known when the page loads, or (a domain whose rule needs
    // approval) once a submit came back asking for it.
    let asking = request.is_some();
    let needs_reason = move || asking || !all_about(Field::Reason).get().is_empty();
    let submit = move || if needs_reason() { "Send the request to an approver" } else { "Send invitation" };
    let request_box = move || {
        needs_reason().then(|| {
            let why = request.clone().map(|why| view! { <p class="notice" role="note">{why}</p> });
            view! {
                {why}
                <div class="field">
                    <label for="reason">"Why the guest is needed (required)"</label>
                    <textarea id="reason" name="reason" rows="3" required aria-describedby="reason-help reason-problems">{reason.clone()}</textarea>
                    <p class="help" id="reason-help">"The approver decides on this: the project or work, and for how long."</p>
                    <Problems texts=all_about(Field::Reason) id="reason-problems"/>
                </div>
            }
        })
    };
    let prefixes = allowed_redirect_prefixes.join(", ");
    let apps = apps
        .into_iter()
        .map(|app| view! { <option selected=form.app == app.value value=app.value>{app.label}</option> })
        .collect_view();
    view! {
        <p class="lead">
            "Invite someone from outside your organization. Guestlist checks the address before "
            "anything is sent and tells you what to do if the invitation would not work."
        </p>
        {failure}
        {permission}
        <ErrorSummary problems=summary_problems node_ref=summary/>
        <ActionForm action=send attr:class="invite-form" attr:novalidate=true>
            {request_box}
            <fieldset>
                <legend>"Who"</legend>
                <div class="field">
                    <label for="email">"E-mail address (required)"</label>
                    <input id="email" name="form[email]" type="email" required value=form.email.clone()
                        autocomplete="off" aria-describedby="email-help email-problems" on:input=on_email_input/>
                    <p class="help" id="email-help">
                        "The address the guest uses for work, e.g. ann@fabrikam.com. They sign in with it."
                    </p>
                    <Problems texts=about(Field::Email) id="email-problems"/>
                    {existing}
                </div>
                <TextField name="form[display_name]" label="Display name" value=form.display_name.clone()
                    help="How the guest appears in your directory, e.g. “Ann Lee (Fabrikam)”. Leave empty to use the address."/>
            </fieldset>
            <fieldset>
                <legend>"The invitation e-mail"</legend>
                <CheckboxField name="form[send_mail]" label="Microsoft sends the invitation e-mail" checked=form.send_mail()
                    help="Untick to send nothing now: you get a link to pass on yourself (by chat, in a meeting…)."/>
                <MailFields texts=crate::lang::Texts::of(crate::widgets::MAIL_TEXTS) language=form.language.clone() message=form.message.clone() cc=form.cc.clone()
                    message_help="A few words on why you invite them. Microsoft then sends your words instead of its standard text and ignores the language chosen above, so write in the guest's language."
                    language_problems=all_about(Field::Language) cc_problems=all_about(Field::Cc)/>
                <TextField name="form[redirect_url]" label="Page after acceptance" kind="url" required=true
                    value=form.redirect_url.clone() problems=all_about(Field::RedirectUrl)
                    help=format!("Where the guest lands after accepting. It must start with: {prefixes}.")/>
                {is_admin.then(|| view! {
                    <CheckboxField name="form[as_member]" label="Invite as a member instead of a guest" checked=form.as_member()
                        problems=all_about(Field::UserType)
                        help="Members see the directory like your own staff; guests see only what they are given. \
                              Use it for people of a partner company that works like part of yours."/>
                })}
            </fieldset>
            <fieldset>
                <legend>"About the guest (optional)"</legend>
                <TextField name="form[given_name]" label="First name" value=form.given_name.clone() help="Shown in the directory and address books."/>
                <TextField name="form[surname]" label="Last name" value=form.surname.clone() help="Shown in the directory and address books."/>
                <TextField name="form[job_title]" label="Job title" value=form.job_title.clone() help="Helps colleagues recognise the guest."/>
                <TextField name="form[company]" label="Company" value=form.company.clone() help="The guest's own organization, e.g. Fabrikam."/>
                <TextField name="form[department]" label="Department" value=form.department.clone() help="Their department, if it helps."/>
                <TextField name="form[usage_location]" label="Usage location" value=form.usage_location.clone()
                    problems=all_about(Field::UsageLocation)
                    help="Two-letter country code (e.g. DE) where the guest works; needed before licences can be given."/>
            </fieldset>
            <fieldset>
                <legend>"Sponsors and access (optional)"</legend>
                <ListField name="form[sponsors]" label="Sponsors" value=form.sponsors.clone() problems=all_about(Field::Sponsors)
                    help="Up to 5 contact people for the guest: a colleague's e-mail address or a group's name, one a line. Leave empty and you are the sponsor."/>
                <ListField name="form[groups]" label="Add to groups" value=form.groups.clone() problems=all_about(Field::Groups) groups_only=true
                    help=groups_help/>
                <div class="field">
                    <label for="app">"Give access to an app"</label>
                    <select id="app" name="form[app]" aria-describedby="app-help app-problems">
                        <option value="">"No app"</option>
                        {apps}
                    </select>
                    <p class="help" id="app-help">{app_help}</p>
                    <Problems texts=all_about(Field::App) id="app-problems"/>
                </div>
            </fieldset>
            <button type="submit" class="button primary">{submit}</button>
        </ActionForm>
    }
}

/// The element a field's problems are about, for the error summary's links; none for
/// [`Field::Permission`], which is not a field (and has its own alert).
fn field_anchor(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Email => "email",
        Field::Cc => "cc",
        Field::Language => "language",
        Field::RedirectUrl => "redirect_url",
        Field::UserType => "as_member",
        Field::UsageLocation => "usage_location",
        Field::Sponsors => "sponsors",
        Field::Groups => "groups",
        Field::App => "app",
        Field::Reason => "reason",
        Field::Permission => return None,
    })
}

/// What stopped the last submit, each problem a link to its field, above the form. Each field
/// also names its own problems (`aria-describedby`).
#[component]
fn ErrorSummary(problems: Signal<Vec<super::Problem>>, node_ref: NodeRef<leptos::html::Div>) -> impl IntoView {
    let items = move || {
        problems
            .get()
            .into_iter()
            .filter_map(|problem| {
                let anchor = field_anchor(problem.field)?;
                // `target="_self"`: the browser, not the router, follows the link, and so moves
                // the focus to the field.
                Some(view! { <li><a href=format!("#{anchor}") target="_self">{problem.text}</a></li> })
            })
            .collect::<Vec<_>>()
    };
    move || {
        let items = items();
        (!items.is_empty()).then(|| view! {
            <div class="error-summary" tabindex="-1" autofocus=true aria-labelledby="error-summary-title" node_ref=node_ref>
                <h2 id="error-summary-title">"The invitation was not sent: please fix this first"</h2>
                <ul>{items}</ul>
            </div>
        })
    }
}

#[component]
fn ExistingUserBox(user: super::ExistingUser, again: ServerAction<InviteAgain>, can_reset: bool) -> impl IntoView {
    let state = user.state.clone().unwrap_or_else(|| "no invitation state".into());
    let offer = if user.is_guest {
        let (resend_id, reset_id) = (user.id.clone(), user.id.clone());
        view! {
            <p>"Instead of a new invitation you can:"</p>
            <ActionForm action=again>
                <input type="hidden" name="user_id" value=resend_id/>
                <button type="submit" class="button secondary">"Get a new invitation link"</button>
                <span class="help">" — to pass on yourself; Microsoft does not mail an address twice."</span>
            </ActionForm>
            {can_reset.then(|| view! {
                <ActionForm action=again>
                    <input type="hidden" name="user_id" value=reset_id/>
                    <input type="hidden" name="reset" value="on"/>
                    <button type="submit" class="button secondary">"Reset redemption"</button>
                    <span class="help">" — the guest accepts again, e.g. with a new address or account."</span>
                </ActionForm>
            })}
        }
        .into_any()
    } else {
        view! { <p>"This is a member of your organization: they can already sign in and need no invitation."</p> }.into_any()
    };
    view! {
        <div class="existing-user" role="status">
            <p>
                <strong>"Already in your directory: "</strong>
                {user.display_name.clone()} " (" {user.user_principal_name.clone()} "), "
                {if user.is_guest { "guest" } else { "member" }} ", " {state} "."
            </p>
            {offer}
        </div>
    }
}

#[component]
pub fn InviteDonePage() -> impl IntoView {
    // Created here so that, with JavaScript, each answer reloads the outcome shown.
    let mail = ServerAction::<MailLink>::new();
    let retry = ServerAction::<RetrySteps>::new();
    let outcome = Resource::new_blocking(move || (mail.version().get(), retry.version().get()), |_| super::last_outcome());
    view! {
        <Title text="Invitation sent"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match outcome.await {
                    Ok(outcome) => view! { <OutcomeView outcome mail retry/> }.into_any(),
                    Err(error) => view! {
                        <h1>"Invitation"</h1>
                        <Alert text=error.to_string()/>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The guest exists; only a follow-up step failed. Trying again must not invite twice.
#[component]
fn RetryButton(retry: ServerAction<RetrySteps>) -> impl IntoView {
    view! {
        <ActionForm action=retry>
            <button type="submit" class="button primary">"Try the failed steps again"</button>
        </ActionForm>
        {move || match retry.value().get() {
            Some(Err(error)) => Some(view! { <Alert text=error.to_string()/> }),
            _ => None,
        }}
    }
}

/// "Send it from Guestlist", when the portal can send mail.
#[component]
fn MailLinkPart(outcome: InviteOutcome, send: ServerAction<MailLink>) -> impl IntoView {
    let status = match (&outcome.link_mailed_to, &outcome.link_mail_error) {
        (_, Some(error)) => Some(view! { <Alert text=error.clone()/> }.into_any()),
        (Some(to), None) => Some(view! { <p class="mailed" role="status">{format!("Guestlist has e-mailed the link to {to}.")}</p> }.into_any()),
        (None, None) => None,
    };
    outcome.can_mail_link.then(|| view! {
        {status}
        <ActionForm action=send>
            <button type="submit" class="button secondary">"Send it from Guestlist"</button>
            <span class="help">" — a short e-mail in the language you chose, with your message and this link."</span>
        </ActionForm>
        {move || match send.value().get() {
            Some(Err(error)) => Some(view! { <Alert text=error.to_string()/> }),
            _ => None,
        }}
    })
}

#[component]
fn OutcomeView(outcome: InviteOutcome, mail: ServerAction<MailLink>, retry: ServerAction<RetrySteps>) -> impl IntoView {
    let all_done = outcome.steps.iter().all(|s| s.error.is_none());
    let heading = match &outcome.heading {
        Some(heading) if all_done => heading.clone(),
        _ if all_done => "Invitation sent".to_owned(),
        _ => "Invited, but not everything worked".to_owned(),
    };
    let what_next = (!outcome.what_next.is_empty()).then(|| {
        let items = outcome.what_next.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view();
        view! { <h2>"What happens next"</h2> <ul class="what-next">{items}</ul> }
    });
    let steps = outcome
        .steps
        .iter()
        .map(|step| match &step.error {
            None => view! { <li class="step-ok">{format!("{}: done", step.what)}</li> }.into_any(),
            Some(error) => view! { <li class="step-failed">{format!("{}: failed — {error}", step.what)}</li> }.into_any(),
        })
        .collect_view();
    let sponsors = if outcome.sponsors.is_empty() { "—".to_string() } else { outcome.sponsors.join(", ") };
    let notes = (!outcome.notes.is_empty()).then(|| {
        let items = outcome.notes.iter().map(|note| view! { <li>{note.clone()}</li> }).collect_view();
        // The status around the list: a list with a role of its own is no longer a list.
        view! { <div role="status"><ul class="notes">{items}</ul></div> }
    });
    let mail = if outcome.mail_sent {
        view! { <p>"Microsoft has sent the invitation e-mail to " <strong>{outcome.email.clone()}</strong> "."</p> }.into_any()
    } else if let Some(link) = outcome.redeem_url.clone() {
        let qr = outcome.redeem_qr_svg.clone().map(|svg| view! {
            <figure class="redeem-qr">
                <div role="img" aria-label="QR code of the invitation link" inner_html=svg></div>
                <figcaption>"Or let the guest scan this with their phone."</figcaption>
            </figure>
        });
        view! {
            <h2>"Pass on this invitation link"</h2>
            <p>"No e-mail was sent. Give the guest this link; they open it to accept the invitation."</p>
            <CopyLink id="redeem-url" label="Invitation link" button="Copy link" link/>
            {qr}
            <MailLinkPart outcome=outcome.clone() send=mail/>
        }
        .into_any()
    } else {
        ().into_any()
    };
    view! {
        <h1>{heading}</h1>
        {notes}
        {outcome.read_error.clone().map(|error| view! {
            <p class="alert" role="alert">"The invitation was sent, but its details could not be read back: " {error}</p>
        })}
        <dl class="outcome">
            <dt>"Name"</dt><dd>{outcome.display_name.clone()}</dd>
            <dt>"E-mail address"</dt><dd>{outcome.email.clone()}</dd>
            <dt>"User name in your directory"</dt><dd class="upn">{outcome.user_principal_name.clone()}</dd>
            <dt>"State"</dt><dd class="state">{outcome.state.clone()}</dd>
            <dt>"Sponsors"</dt><dd>{sponsors}</dd>
        </dl>
        {what_next}
        {(!outcome.steps.is_empty()).then(|| view! { <h2>"Follow-up steps"</h2> <ul class="steps">{steps}</ul> })}
        {outcome.retry_form.is_some().then(|| view! { <RetryButton retry/> })}
        {mail}
        <p><a href=routes::INVITE class="button primary">"Invite someone else"</a></p>
    }
}
