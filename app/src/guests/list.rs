//! `/guests`: the list. The filter form is a plain GET, so a view is a URL to bookmark or share;
//! the ticked rows post to `/guests/selection`, which previews the change before anything happens.

use crate::error::PageError;
use crate::routes;
use crate::t;
use crate::widgets::Alert;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};
use services::guests::filter::{provider_name, Column, Direction, GuestFilter, Sort, StatusFilter, TypeFilter, PROVIDERS};
use services::guests::GuestPage;

/// The page's data: the checked view and one page of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuestsData {
    pub filter: GuestFilter,
    pub page: GuestPage,
}

/// One page of the list for the view in `query` (the page's query string).
#[server(endpoint = "guests/list")]
pub async fn guests_list(query: String) -> Result<GuestsData, PageError> {
    let me = crate::server::Me::load().await?;
    let filter = GuestFilter::parse(&query, crate::lang::locale())?;
    let page = services::guests::list::list_page(&me.ctx, &me.actor, &filter).await?;
    Ok(GuestsData { filter, page })
}

#[cfg(feature = "ssr")]
mod server {
    use axum::body::Body;
    use axum::extract::{Extension, RawQuery};
    use axum::http::header;
    use axum::response::{IntoResponse, Response};
    use services::guests::GuestFilter;
    use services::Context;
    use tower_sessions::Session;

    use crate::error::PageError;
    use crate::server::Me;

    /// `GET /guests/export.csv?<view>`: the view as CSV, streamed while Graph is read page by
    /// page. The export is audited before the first byte, so no export goes unrecorded.
    pub async fn csv_export(session: Session, Extension(ctx): Extension<Context>, Extension(locale): Extension<i18n::Locale>, RawQuery(query): RawQuery) -> Response {
        let started = async {
            let me = Me::from_session(ctx, session, locale).await?;
            let filter = GuestFilter::parse(query.as_deref().unwrap_or(""), locale)?;
            services::guests::export::audit(&me.ctx, &me.actor, &filter).await?;
            Ok::<_, PageError>((me, filter))
        };
        match started.await {
            Ok((me, filter)) => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"guestlist-guests.csv\""),
                ],
                Body::from_stream(services::guests::export::csv(&me.ctx, &me.actor, &filter)),
            )
                .into_response(),
            Err(error) => error.into_response(),
        }
    }
}
#[cfg(feature = "ssr")]
pub use server::csv_export;

/// The column presets of the form (the URL takes any list of columns), with their names' messages.
const COLUMN_SETS: &[(&str, &str, &[Column])] = &[
    ("", "guests-cols-standard", &[]),
    ("name,mail,company,status,last_sign_in,sponsors", "guests-cols-contacts", &[]),
    ("name,upn,type,identities,synced,invitation,status,last_sign_in,created,company,sponsors,enabled", "guests-cols-everything", &[]),
];

fn options<T: Copy + PartialEq>(all: &[T], chosen: Option<T>, value: fn(T) -> &'static str, words: fn(T, i18n::Locale) -> String) -> impl IntoView {
    let locale = crate::lang::locale();
    all.iter()
        .map(|item| view! { <option value=value(*item) selected=chosen == Some(*item)>{words(*item, locale)}</option> })
        .collect_view()
}

/// `/guests`.
#[component]
pub fn GuestsPage() -> impl IntoView {
    let location = use_location();
    let data = Resource::new_blocking(move || location.search.get(), guests_list);
    view! {
        <Title text=t!("guests-title")/>
        <h1>{t!("guests-title")}</h1>
        <p class="lead">{t!("guests-lead")}</p>
        <p><a href=routes::GUESTS_DELETED>{t!("guests-deleted-link")}</a>" · "<a href=routes::DASHBOARD>{t!("guests-dashboard-link")}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <FilterForm filter=data.filter.clone()/> <Results data/> }.into_any(),
                    // A contradiction keeps the form as typed, to correct one value.
                    Err(error) => view! {
                        <Alert text=error.to_string()/>
                        {GuestFilter::as_typed(&location.search.get_untracked()).map(|filter| view! { <FilterForm filter/> })}
                        <p><a href=routes::GUESTS>{t!("guests-show-all")}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn FilterForm(filter: GuestFilter) -> impl IntoView {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let days = |v: Option<u32>| v.map(|d| d.to_string()).unwrap_or_default();
    let date = |v: Option<_>| v.map(|d: services::guests::filter::Date| d.to_string()).unwrap_or_default();
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let cols = filter.cols.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",");
    let provider = filter.provider.clone().unwrap_or_default();
    let other_provider = (!provider.is_empty() && !PROVIDERS.iter().any(|(p, _)| p.eq_ignore_ascii_case(&provider))).then(|| provider.clone());
    view! {
        <form method="get" action=routes::GUESTS class="guest-filter" role="search" aria-label=t!("guests-filter-label")>
            <div class="field">
                <label for="guests-q">{t!("guests-filter-q")}</label>
                <input id="guests-q" name="q" type="search" value=text(&filter.q)/>
            </div>
            <div class="filter-grid">
                <SelectField id="guests-status" name="status" label=t!("guests-filter-status")>
                    <option value="">{t!("guests-filter-any")}</option>
                    {options(StatusFilter::ALL, filter.status, StatusFilter::as_str, StatusFilter::words)}
                </SelectField>
                <SelectField id="guests-type" name="type" label=t!("guests-filter-type")>
                    <option value="">{t!("guests-filter-any")}</option>
                    {options(TypeFilter::ALL, filter.user_type, TypeFilter::as_str, TypeFilter::words)}
                </SelectField>
                <SelectField id="guests-provider" name="provider" label=t!("guests-filter-provider")>
                    <option value="">{t!("guests-filter-any")}</option>
                    {PROVIDERS.iter().map(|(value, _)| view! { <option value=*value selected=provider.eq_ignore_ascii_case(value)>{provider_name(value, crate::lang::locale())}</option> }).collect_view()}
                    {other_provider.map(|p| view! { <option value=p.clone() selected=true>{p.clone()}</option> })}
                </SelectField>
                <div class="field">
                    <label for="guests-domain">{t!("guests-filter-domain")}</label>
                    <input id="guests-domain" name="domain" type="text" placeholder="fabrikam.com" value=text(&filter.domain)/>
                </div>
                <SelectField id="guests-synced" name="synced" label=t!("guests-filter-synced")>
                    <option value="">{t!("guests-filter-any")}</option>
                    <option value="yes" selected=yes_no(filter.synced) == "yes">{t!("guests-filter-synced-yes")}</option>
                    <option value="no" selected=yes_no(filter.synced) == "no">{t!("guests-cell-no")}</option>
                </SelectField>
                <SelectField id="guests-enabled" name="enabled" label=t!("guests-filter-enabled")>
                    <option value="">{t!("guests-filter-any")}</option>
                    <option value="yes" selected=yes_no(filter.enabled) == "yes">{t!("guests-cell-yes")}</option>
                    <option value="no" selected=yes_no(filter.enabled) == "no">{t!("guests-filter-enabled-no")}</option>
                </SelectField>
                <div class="field">
                    <label for="guests-created-from">{t!("guests-filter-created-from")}</label>
                    <input id="guests-created-from" name="created_from" type="date" value=date(filter.created_from)/>
                </div>
                <div class="field">
                    <label for="guests-created-to">{t!("guests-filter-created-to")}</label>
                    <input id="guests-created-to" name="created_to" type="date" value=date(filter.created_to)/>
                </div>
                <div class="field">
                    <label for="guests-pending-days">{t!("guests-filter-pending-days")}</label>
                    <input id="guests-pending-days" name="pending_days" type="number" min="0" inputmode="numeric" value=days(filter.pending_days)/>
                </div>
                <div class="field">
                    <label for="guests-inactive-days">{t!("guests-filter-inactive-days")}</label>
                    <input id="guests-inactive-days" name="inactive_days" type="number" min="0" inputmode="numeric" value=days(filter.inactive_days)/>
                </div>
                <div class="field">
                    <label for="guests-sponsor">{t!("guests-filter-sponsor")}</label>
                    <input id="guests-sponsor" name="sponsor" type="text" inputmode="email" value=text(&filter.sponsor)/>
                </div>
                <div class="field checkbox">
                    <input id="guests-no-sponsor" name="no_sponsor" type="checkbox" value="yes" checked=filter.no_sponsor/>
                    <label for="guests-no-sponsor">{t!("guests-filter-no-sponsor")}</label>
                </div>
                <SelectField id="guests-sort" name="sort" label=t!("guests-filter-sort")>
                    {options(Sort::ALL, filter.sort.or(Some(Sort::Name)), Sort::as_str, Sort::words)}
                </SelectField>
                <SelectField id="guests-dir" name="dir" label=t!("guests-filter-dir")>
                    {options(Direction::ALL, filter.dir.or(Some(Direction::Asc)), Direction::as_str, Direction::words)}
                </SelectField>
                <SelectField id="guests-cols" name="cols" label=t!("guests-filter-cols")>
                    {COLUMN_SETS.iter().map(|(value, words, _)| view! { <option value=*value selected=cols == *value>{t!(words)}</option> }).collect_view()}
                    {(!cols.is_empty() && !COLUMN_SETS.iter().any(|(v, _, _)| *v == cols)).then(|| view! { <option value=cols.clone() selected=true>{t!("guests-cols-as-linked")}</option> })}
                </SelectField>
            </div>
            <button type="submit" class="button primary">{t!("guests-filter-submit")}</button>
            " "
            <a href=routes::GUESTS>{t!("guests-filter-clear")}</a>
        </form>
    }
}

/// A labelled drop-down of the filter form; its options are the children.
#[component]
fn SelectField(id: &'static str, name: &'static str, #[prop(into)] label: String, children: Children) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=name>{children()}</select>
        </div>
    }
}


#[component]
fn Results(data: GuestsData) -> impl IntoView {
    let GuestsData { filter, page } = data;
    let columns: Vec<Column> = filter.columns().to_vec();
    let export = format!("{}?{}", routes::GUESTS_EXPORT, filter.first_page().to_query_string());
    let next = page.next_after.as_deref().map(|after| filter.page_after(after).href());
    let first = filter.after.is_some().then(|| filter.first_page().href());
    let locale = crate::lang::locale();
    let summary = match page.total {
        Some(total) => t!("guests-count-matching", count = total),
        None => t!("guests-count-on-page", count = page.rows.len()),
    };
    let headings = columns.iter().map(|c| view! { <th scope="col">{c.words(locale)}</th> }).collect_view();
    let empty = page.rows.is_empty();
    let rows = page
        .rows
        .into_iter()
        .map(|guest| {
            let href = routes::guest(&guest.id);
            let label = t!("guests-select-one", name = &guest.display_name);
            let cells = columns
                .iter()
                .map(|column| match column {
                    Column::Name => view! { <td><a href=href.clone()>{guest.display_name.clone()}</a></td> }.into_any(),
                    other => view! { <td>{guest.cell(*other, locale)}</td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <td><input type="checkbox" name="ids" value=guest.id.clone() aria-label=label/></td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let notes = page.notes.into_iter().map(|note| view! { <p class="help">{note}</p> }).collect_view();
    view! {
        <section aria-labelledby="guests-results">
            <h2 id="guests-results">{summary}</h2>
            {notes}
            <p><a href=export download="guestlist-guests.csv">{t!("guests-export")}</a></p>
            {if empty {
                view! { <p>{t!("guests-page-empty")}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=routes::GUESTS_SELECTION class="guest-selection">
                        <input type="hidden" name="filter" value=filter.first_page().to_query_string()/>
                        <div class="table-scroll">
                            <table class="guests">
                                <thead><tr><th scope="col"><span class="visually-hidden">{t!("guests-select")}</span></th>{headings}</tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                        <fieldset class="selection-scope">
                            <legend>{t!("guests-act-on")}</legend>
                            <label><input type="radio" name="scope" value="ids" checked=true/>{format!(" {}", t!("guests-act-on-ticked"))}</label>
                            <label><input type="radio" name="scope" value="filter"/>{format!(" {}", match page.total {
                                Some(count) => t!("guests-act-on-all-counted", count = count),
                                None => t!("guests-act-on-all"),
                            })}</label>
                        </fieldset>
                        <p class="help">{t!("guests-act-help")}</p>
                        <div class="actions">
                            <button type="submit" name="action" value="resend" class="button secondary">{t!("guests-act-resend")}</button>
                            <button type="submit" name="action" value="disable" class="button secondary">{t!("guests-act-disable")}</button>
                            <button type="submit" name="action" value="enable" class="button secondary">{t!("guests-act-enable")}</button>
                            <button type="submit" name="action" value="add_sponsor" class="button secondary">{t!("guests-act-add-sponsor")}</button>
                            <button type="submit" name="action" value="delete" class="button secondary">{t!("guests-act-delete")}</button>
                        </div>
                    </form>
                }.into_any()
            }}
            <nav class="pager" aria-label=t!("guests-pages")>
                {first.map(|href| view! { <a href=href>{t!("guests-page-first")}</a> " " })}
                {next.map(|href| view! { <a href=href rel="next">{t!("guests-page-next")}</a> })}
            </nav>
        </section>
    }
}
