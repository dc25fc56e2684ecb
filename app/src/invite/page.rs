//! The Invite form and the result page.

use super::{CheckAddress, DirectorySuggestions, Draft, Field, InviteAgain, InviteOutcome, InvitePageData, MailLink, RetrySteps, SendInvite};
use crate::lang::Texts;
use crate::routes;
use crate::t;
use crate::widgets::{field_id, Alert, CheckboxField, CopyLink, IslandScripts, MailFields, Problems, TextField};
use leptos::prelude::*;
use leptos_meta::Title;

/// Stands for the address in the sentence around it (a character no message has).
const MARK: &str = "\u{E000}";

/// Waits this long after the last keystroke before checking the address on the server.
const CHECK_DELAY: std::time::Duration = std::time::Duration::from_millis(400);

#[component]
pub fn InvitePage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| super::invite_page());
    view! {
        <Title text=t!("invite-title")/>
        <h1>{t!("invite-title")}</h1>
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
    #[prop(into)] label: String,
    #[prop(into)] help: String,
    value: String,
    problems: Signal<Vec<String>>,
    /// Suggest groups only (otherwise people and groups).
    #[prop(optional)]
    groups_only: bool,
    /// The form's words (the search box's label).
    texts: Texts,
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
    let search_label = if groups_only { texts.text("invite-find-groups") } else { texts.text("invite-find-people") };
    let search_id = format!("{id}-search");
    let datalist_id = format!("{id}-suggestions");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea id=id name=name rows="2" aria-describedby=format!("{id}-help {id}-problems")
                prop:value=move || list.get() on:input=move |ev| list.set(event_target_value(&ev))>{value}</textarea>
            <p class="help" id=format!("{id}-help")>{help}</p>
            <Show when=move || hydrated.get()>
                <label class="search-label" for=search_id.clone()>{search_label.clone()}</label>
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
    // The words come from the server, in the page's language (an island has no messages).
    let InvitePageData { is_admin, can_reset, defaults, allowed_redirect_prefixes: _, apps, allowed_groups: _, draft, request, trouble: _, texts } = data;
    let text = {
        let texts = texts.clone();
        move |id: &str| texts.text(id)
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
    let existing = {
        let texts = texts.clone();
        move || review.get().existing.map(|user| view! { <ExistingUserBox user again can_reset texts=texts.clone()/> })
    };
    // A request asks for the reason: known when the page loads, or (a domain whose rule needs
    // approval) once a submit came back asking for it.
    let asking = request.is_some();
    let needs_reason = move || asking || !all_about(Field::Reason).get().is_empty();
    let submit = {
        let texts = texts.clone();
        move || if needs_reason() { texts.text("invite-submit-request") } else { texts.text("invite-submit") }
    };
    let (reason_label, reason_help) = (text("invite-reason-label"), text("invite-reason-help"));
    let request_box = move || {
        needs_reason().then(|| {
            let why = request.clone().map(|why| view! { <p class="notice" role="note">{why}</p> });
            view! {
                {why}
                <div class="field">
                    <label for="reason">{reason_label.clone()}</label>
                    <textarea id="reason" name="reason" rows="3" required aria-describedby="reason-help reason-problems">{reason.clone()}</textarea>
                    <p class="help" id="reason-help">{reason_help.clone()}</p>
                    <Problems texts=all_about(Field::Reason) id="reason-problems"/>
                </div>
            }
        })
    };
    let apps = apps
        .into_iter()
        .map(|app| view! { <option selected=form.app == app.value value=app.value>{app.label}</option> })
        .collect_view();
    view! {
        <p class="lead">{text("invite-lead")}</p>
        {failure}
        {permission}
        <ErrorSummary problems=summary_problems node_ref=summary title=text("invite-error-summary-title")/>
        <ActionForm action=send attr:class="invite-form" attr:novalidate=true>
            {request_box}
            <fieldset>
                <legend>{text("invite-who")}</legend>
                <div class="field">
                    <label for="email">{text("invite-email-label")}</label>
                    <input id="email" name="form[email]" type="email" required value=form.email.clone()
                        autocomplete="off" aria-describedby="email-help email-problems" on:input=on_email_input/>
                    <p class="help" id="email-help">{text("invite-email-help")}</p>
                    <Problems texts=about(Field::Email) id="email-problems"/>
                    {existing}
                </div>
                <TextField name="form[display_name]" label=text("invite-display-name-label") value=form.display_name.clone()
                    help=text("invite-display-name-help")/>
            </fieldset>
            <fieldset>
                <legend>{text("invite-mail-legend")}</legend>
                <CheckboxField name="form[send_mail]" label=text("invite-send-mail-label") checked=form.send_mail()
                    help=text("invite-send-mail-help")/>
                <MailFields texts=texts.clone() language=form.language.clone() message=form.message.clone() cc=form.cc.clone()
                    message_help=text("invite-message-help")
                    language_problems=all_about(Field::Language) cc_problems=all_about(Field::Cc)/>
                <TextField name="form[redirect_url]" label=text("invite-redirect-label") kind="url" required=true
                    value=form.redirect_url.clone() problems=all_about(Field::RedirectUrl)
                    help=text("invite-redirect-help")/>
                {is_admin.then(|| view! {
                    <CheckboxField name="form[as_member]" label=text("invite-member-label") checked=form.as_member()
                        problems=all_about(Field::UserType)
                        help=text("invite-member-help")/>
                })}
            </fieldset>
            <fieldset>
                <legend>{text("invite-about-legend")}</legend>
                <TextField name="form[given_name]" label=text("invite-given-name-label") value=form.given_name.clone() help=text("invite-name-help")/>
                <TextField name="form[surname]" label=text("invite-surname-label") value=form.surname.clone() help=text("invite-name-help")/>
                <TextField name="form[job_title]" label=text("invite-job-title-label") value=form.job_title.clone() help=text("invite-job-title-help")/>
                <TextField name="form[company]" label=text("invite-company-label") value=form.company.clone() help=text("invite-company-help")/>
                <TextField name="form[department]" label=text("invite-department-label") value=form.department.clone() help=text("invite-department-help")/>
                <TextField name="form[usage_location]" label=text("invite-usage-location-label") value=form.usage_location.clone()
                    problems=all_about(Field::UsageLocation)
                    help=text("invite-usage-location-help")/>
            </fieldset>
            <fieldset>
                <legend>{text("invite-access-legend")}</legend>
                <ListField name="form[sponsors]" label=text("invite-sponsors-label") value=form.sponsors.clone() problems=all_about(Field::Sponsors)
                    help=text("invite-sponsors-help") texts=texts.clone()/>
                <ListField name="form[groups]" label=text("invite-groups-label") value=form.groups.clone() problems=all_about(Field::Groups) groups_only=true
                    help=text("invite-groups-help") texts=texts.clone()/>
                <div class="field">
                    <label for="app">{text("invite-app-label")}</label>
                    <select id="app" name="form[app]" aria-describedby="app-help app-problems">
                        <option value="">{text("invite-no-app")}</option>
                        {apps}
                    </select>
                    <p class="help" id="app-help">{text("invite-app-help")}</p>
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
fn ErrorSummary(problems: Signal<Vec<super::Problem>>, node_ref: NodeRef<leptos::html::Div>, title: String) -> impl IntoView {
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
                <h2 id="error-summary-title">{title.clone()}</h2>
                <ul>{items}</ul>
            </div>
        })
    }
}

#[component]
fn ExistingUserBox(user: super::ExistingUser, again: ServerAction<InviteAgain>, can_reset: bool, texts: Texts) -> impl IntoView {
    let offer = if user.is_guest {
        let (resend_id, reset_id) = (user.id.clone(), user.id.clone());
        let (reset, reset_help) = (texts.text("invite-existing-reset"), texts.text("invite-existing-reset-help"));
        let (instead, new_link, new_link_help) =
            (texts.text("invite-existing-instead"), texts.text("invite-existing-new-link"), texts.text("invite-existing-new-link-help"));
        view! {
            <p>{instead}</p>
            <ActionForm action=again>
                <input type="hidden" name="user_id" value=resend_id/>
                <button type="submit" class="button secondary">{new_link}</button>
                <span class="help">" "{new_link_help}</span>
            </ActionForm>
            {can_reset.then(|| view! {
                <ActionForm action=again>
                    <input type="hidden" name="user_id" value=reset_id/>
                    <input type="hidden" name="reset" value="on"/>
                    <button type="submit" class="button secondary">{reset}</button>
                    <span class="help">" "{reset_help}</span>
                </ActionForm>
            })}
        }
        .into_any()
    } else {
        view! { <p>{texts.text("invite-existing-member")}</p> }.into_any()
    };
    let title = texts.text("invite-existing-title");
    view! {
        <div class="existing-user" role="status">
            <p>
                <strong>{title}" "</strong>
                {user.description.clone()}
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
        <Title text=t!("invite-done-title")/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match outcome.await {
                    Ok(outcome) => view! { <OutcomeView outcome mail retry/> }.into_any(),
                    Err(error) => view! {
                        <h1>{t!("invite-done-heading-plain")}</h1>
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
            <button type="submit" class="button primary">{t!("invite-retry-steps")}</button>
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
        (Some(to), None) => Some(view! { <p class="mailed" role="status">{t!("invite-link-mailed", to = to)}</p> }.into_any()),
        (None, None) => None,
    };
    outcome.can_mail_link.then(|| view! {
        {status}
        <ActionForm action=send>
            <button type="submit" class="button secondary">{t!("invite-mail-link")}</button>
            <span class="help">" "{t!("invite-mail-link-help")}</span>
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
        _ if all_done => t!("invite-done-title"),
        _ => t!("invite-done-partly"),
    };
    let what_next = (!outcome.what_next.is_empty()).then(|| {
        let items = outcome.what_next.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view();
        view! { <h2>{t!("invite-what-next")}</h2> <ul class="what-next">{items}</ul> }
    });
    let steps = outcome
        .steps
        .iter()
        .map(|step| match &step.error {
            None => view! { <li class="step-ok">{t!("invite-step-ok", step = &step.what)}</li> }.into_any(),
            Some(error) => view! { <li class="step-failed">{t!("invite-step-failed", step = &step.what, error = error)}</li> }.into_any(),
        })
        .collect_view();
    let sponsors = if outcome.sponsors.is_empty() { "—".to_string() } else { outcome.sponsors.join(", ") };
    let notes = (!outcome.notes.is_empty()).then(|| {
        let items = outcome.notes.iter().map(|note| view! { <li>{note.clone()}</li> }).collect_view();
        // The status around the list: a list with a role of its own is no longer a list.
        view! { <div role="status"><ul class="notes">{items}</ul></div> }
    });
    let mail = if outcome.mail_sent {
        // The address in bold, where the sentence puts it in the page's language.
        let sentence = t!("invite-mail-sent", email = MARK);
        let (before, after) = sentence.split_once(MARK).map_or((sentence.clone(), String::new()), |(b, a)| (b.to_owned(), a.to_owned()));
        view! { <p>{before}<strong>{outcome.email.clone()}</strong>{after}</p> }.into_any()
    } else if let Some(link) = outcome.redeem_url.clone() {
        let qr = outcome.redeem_qr_svg.clone().map(|svg| view! {
            <figure class="redeem-qr">
                <div role="img" aria-label=t!("invite-qr-label") inner_html=svg></div>
                <figcaption>{t!("invite-qr-caption")}</figcaption>
            </figure>
        });
        view! {
            <h2>{t!("invite-pass-on")}</h2>
            <p>{t!("invite-pass-on-help")}</p>
            <CopyLink id="redeem-url" label=t!("invite-link-label") button=t!("invite-copy-link") link/>
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
            <p class="alert" role="alert">{t!("invite-read-error", error = error)}</p>
        })}
        <dl class="outcome">
            <dt>{t!("invite-outcome-name")}</dt><dd>{outcome.display_name.clone()}</dd>
            <dt>{t!("invite-outcome-email")}</dt><dd>{outcome.email.clone()}</dd>
            <dt>{t!("invite-outcome-upn")}</dt><dd class="upn">{outcome.user_principal_name.clone()}</dd>
            <dt>{t!("invite-outcome-state")}</dt><dd class="state">{outcome.state.clone()}</dd>
            <dt>{t!("invite-outcome-sponsors")}</dt><dd>{sponsors}</dd>
        </dl>
        {what_next}
        {(!outcome.steps.is_empty()).then(|| view! { <h2>{t!("invite-follow-up-steps")}</h2> <ul class="steps">{steps}</ul> })}
        {outcome.retry_form.is_some().then(|| view! { <RetryButton retry/> })}
        {mail}
        <p><a href=routes::INVITE class="button primary">{t!("invite-someone-else")}</a></p>
    }
}
