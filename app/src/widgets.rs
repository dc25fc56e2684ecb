//! Pieces every page uses alike: labelled fields with help and problems, the mail fields of
//! invitations, a link to copy, the one-field search form, alerts, and charts ([`chart`]).

use leptos::prelude::*;
use services::invite::LANGUAGES;

use crate::lang::Texts;

pub mod chart;

/// Stands in a message for a piece of markup (a link, a name in bold) that [`with_slot`] puts
/// there: `t!("home-signed-in", account = SLOT)`. A character of Unicode's private use area,
/// which no message or name holds.
pub const SLOT: &str = "\u{E000}";

/// `text`, a message given [`SLOT`] for one of its variables, with `piece` where the variable
/// is: one sentence in the order each language puts its words, with markup inside it.
pub fn with_slot(text: String, piece: impl IntoView + 'static) -> impl IntoView {
    let (before, after) = match text.split_once(SLOT) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (text, String::new()),
    };
    view! { {before} {piece} {after} }
}

/// A field's problems, announced to screen readers when they change.
#[component]
pub fn Problems(texts: Signal<Vec<String>>, #[prop(into)] id: String) -> impl IntoView {
    view! {
        <div id=id class="field-problems" aria-live="polite">
            {move || texts.get().into_iter().map(|text| view! { <p class="problem">{text}</p> }).collect_view()}
        </div>
    }
}

/// `form[name]` → `name`, the element id.
pub fn field_id(name: &'static str) -> &'static str {
    name.trim_start_matches("form[").trim_end_matches(']')
}

#[component]
pub fn TextField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] help: String,
    value: String,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] problems: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let id = field_id(name);
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id name=name type=kind.unwrap_or("text") value=value required=required
                aria-describedby=format!("{id}-help {id}-problems")/>
            <p class="help" id=format!("{id}-help")>{help}</p>
            {problems.map(|texts| view! { <Problems texts id=format!("{id}-problems")/> })}
        </div>
    }
}

#[component]
pub fn CheckboxField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] help: String,
    checked: bool,
    #[prop(optional)] problems: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let id = field_id(name);
    view! {
        <div class="field checkbox">
            <input id=id name=name type="checkbox" checked=checked aria-describedby=format!("{id}-help {id}-problems")/>
            <label for=id>{label}</label>
            <p class="help" id=format!("{id}-help")>{help}</p>
            {problems.map(|texts| view! { <Problems texts id=format!("{id}-problems")/> })}
        </div>
    }
}

/// The languages Microsoft's invitation mail is offered in, `chosen` selected.
pub fn language_options(chosen: &str) -> impl IntoView {
    LANGUAGES
        .iter()
        .map(|(code, name)| view! { <option value=*code selected=chosen == *code>{*name}</option> })
        .collect_view()
}

/// The messages [`MailFields`] shows, for the [`Texts`] it is given.
pub const MAIL_TEXTS: &[&str] = &["mail-language-label", "mail-language-help", "mail-message-label", "mail-cc-label", "mail-cc-help"];

/// The invitation mail's language, personal message and copy recipient (`form[language]`,
/// `form[message]`, `form[cc]`), for invitations and conversions alike. Its words come as
/// [`Texts`] (with [`MAIL_TEXTS`]): the Invite form is an island.
#[component]
pub fn MailFields(
    texts: Texts,
    language: String,
    message: String,
    cc: String,
    #[prop(into)] message_help: String,
    #[prop(optional)] language_problems: Option<Signal<Vec<String>>>,
    #[prop(optional)] cc_problems: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let cc_problems = cc_problems.unwrap_or_default();
    view! {
        <div class="field">
            <label for="language">{texts.text("mail-language-label")}</label>
            <select id="language" name="form[language]" aria-describedby="language-help">{language_options(&language)}</select>
            <p class="help" id="language-help">{texts.text("mail-language-help")}</p>
            {language_problems.map(|texts| view! { <Problems texts id="language-problems"/> })}
        </div>
        <div class="field">
            <label for="message">{texts.text("mail-message-label")}</label>
            <textarea id="message" name="form[message]" rows="3" aria-describedby="message-help">{message}</textarea>
            <p class="help" id="message-help">{message_help}</p>
        </div>
        <TextField name="form[cc]" label=texts.text("mail-cc-label") kind="email" value=cc problems=cc_problems
            help=texts.text("mail-cc-help")/>
    }
}

/// A redeem link to copy: read-only, with a button that copies it.
#[component]
pub fn CopyLink(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] button: String,
    link: String,
) -> impl IntoView {
    view! {
        <div class="redeem-link">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" readonly value=link.clone()/>
            // Copied by /copy-link.js.
            <button type="button" class="button secondary" data-copy-link=link>
                {button}
            </button>
        </div>
    }
}

/// A one-field search form (`q`, GET: the search is in the address, so it works without
/// JavaScript and can be bookmarked).
#[component]
pub fn SearchForm(
    #[prop(into)] action: String,
    /// The input's id, unique on the page.
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] help: String,
    value: String,
    /// The page's main action (a primary button) rather than a filter beside other content.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    view! {
        <form method="get" action=action class="audit-filter search-form" role="search">
            <div class="field">
                <label for=id>{label}</label>
                <input id=id name="q" type="search" value=value aria-describedby=help_id.clone()/>
                <p class="help" id=help_id>{help}</p>
            </div>
            <button type="submit" class=if primary { "button primary" } else { "button secondary" }>{crate::t!("common-search")}</button>
        </form>
    }
}

/// A table of records that scrolls sideways on narrow screens: its column headings, and the
/// rows (`<tr>`s) as children.
#[component]
pub fn DataTable(class: &'static str, headings: Vec<String>, children: Children) -> impl IntoView {
    let headings = headings.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view();
    view! {
        // Focusable, so that keyboard users can scroll it too when no row holds a link or button.
        <div class="table-scroll" tabindex="0">
            <table class=class>
                <thead><tr>{headings}</tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// An error or refusal, announced to screen readers. The page opens with the focus on it (the
/// first one), so that a keyboard user starts from what went wrong, with JavaScript or without.
#[component]
pub fn Alert(#[prop(into)] text: String) -> impl IntoView {
    view! { <p class="alert" role="alert" tabindex="-1" autofocus=true>{text}</p> }
}

/// An action's answer above a page's content: what was done (a status) or why not (an alert,
/// focused as [`Alert`] is).
pub fn answer_view(done: bool, lines: Vec<String>) -> AnyView {
    let lines = lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view();
    if done {
        view! { <div class="notice" role="status">{lines}</div> }.into_any()
    } else {
        view! { <div class="alert" role="alert" tabindex="-1" autofocus=true>{lines}</div> }.into_any()
    }
}

/// The latest answer of a form: from the page's own submit (JavaScript), else `initial` (kept in
/// the session after a plain POST); a failed call becomes `failed(its words)`.
pub fn latest_answer<T: Clone + Send + Sync + 'static>(
    initial: Option<T>,
    value: impl Fn() -> Option<Result<Option<T>, crate::error::PageError>> + Send + Sync + 'static,
    failed: fn(String) -> T,
) -> Signal<Option<T>> {
    Signal::derive(move || match value() {
        Some(Ok(answer)) => answer,
        Some(Err(error)) => Some(failed(error.to_string())),
        None => initial.clone(),
    })
}

/// The script that makes the page's islands (`#[island]` components) live, once on each page that
/// has them: the other pages load no wasm at all, only their HTML and styles.
#[component]
pub fn IslandScripts() -> impl IntoView {
    let options: LeptosOptions = expect_context();
    view! { <HydrationScripts options islands=true/> }
}

/// `content` once `data` has loaded; else what went wrong, under `title`, with a link `back`.
#[component]
pub fn Loaded<T, V>(
    data: Resource<Result<T, crate::error::PageError>>,
    content: fn(T) -> V,
    #[prop(into)] title: String,
    back: &'static str,
    #[prop(into)] back_label: String,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let (title, back_label) = (title.clone(), back_label.clone());
                Suspend::new(async move {
                match data.await {
                    Ok(data) => content(data).into_any(),
                    Err(error) => view! {
                        <leptos_meta::Title text=title.clone()/>
                        <h1>{title}</h1>
                        <Alert text=error.to_string()/>
                        <p><a href=back>{back_label}</a></p>
                    }
                    .into_any(),
                }
            })}}
        </Suspense>
    }
}
