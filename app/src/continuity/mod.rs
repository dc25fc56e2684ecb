//! Sponsor continuity (`/sponsors/continuity`, Admins): guests whose sponsors can no longer act
//! for them, members who left with the guests they still sponsor, and sponsor groups nobody is
//! in; each with a suggested successor. Handing over posts to the Guests page's selection
//! (`POST /guests/selection` with `action=add_sponsor` and the leavers as `replace`), whose
//! preview says who changes before the job adds the successor and then removes the leavers; a
//! leaver's guests go to their manager with one button.

use leptos::prelude::*;
use leptos_meta::Title;
use services::sponsors::{Continuity, DepartedSponsor, OrphanedGuest, Successor};

use crate::error::PageError;
use crate::routes;
use crate::t;
use crate::widgets::{with_slot, Loaded, SLOT};

#[server(endpoint = "continuity/page")]
pub async fn load_continuity() -> Result<Continuity, PageError> {
    let me = crate::server::Me::load().await?;
    let page = services::sponsors::continuity(&me.ctx, &me.actor).await?;
    me.save().await?;
    Ok(page)
}

#[component]
pub fn ContinuityPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| load_continuity());
    view! { <Loaded data content=|data| view! { <ContinuityView data/> } title=t!("continuity-title") back=routes::HOME back_label=t!("continuity-back")/> }
}

/// The form field naming a successor as the selection's sponsor picker does.
fn sponsor_value(s: &Successor) -> String {
    format!("user:{}", s.id)
}

/// The form fields naming the sponsors a hand-over removes (disabled accounts, by id).
fn replace_fields(ids: &[String]) -> impl IntoView {
    ids.iter().map(|id| view! { <input type="hidden" name="replace" value=format!("user:{id}")/> }).collect_view()
}

/// Form id that the ticked guests of the first table belong to.
const MANY: &str = "continuity-many";

#[component]
fn ContinuityView(data: Continuity) -> impl IntoView {
    let Continuity { guests, departed, empty_groups, min_sponsors } = data;
    let lead = t!("continuity-lead", min = min_sponsors);
    let guest_section = if guests.is_empty() {
        view! { <p>{t!("continuity-guests-none")}</p> }.into_any()
    } else {
        let mut departed_ids: Vec<String> = guests.iter().flat_map(|g| g.departed.clone()).collect();
        departed_ids.sort();
        departed_ids.dedup();
        let rows = guests.into_iter().map(|g| view! { <GuestRow g/> }).collect_view();
        view! {
            <form method="post" action=routes::GUESTS_SELECTION id=MANY>
                <input type="hidden" name="action" value="add_sponsor"/>
                {replace_fields(&departed_ids)}
            </form>
            <div class="table-scroll">
                <table class="guests continuity">
                    <thead>
                        <tr>
                            <th scope="col"><span class="visually-hidden">{t!("continuity-col-select")}</span></th>
                            <th scope="col">{t!("continuity-col-guest")}</th>
                            <th scope="col">{t!("continuity-col-why")}</th>
                            <th scope="col">{t!("continuity-col-sponsors")}</th>
                            <th scope="col">{t!("continuity-col-successor")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="actions">
                <button type="submit" form=MANY class="button secondary">{t!("continuity-add-sponsor")}</button>
            </div>
            <p class="help">{t!("continuity-add-sponsor-help")}</p>
        }
        .into_any()
    };
    let departed_section = if departed.is_empty() {
        view! { <p>{t!("continuity-departed-none")}</p> }.into_any()
    } else {
        view! { <ul class="continuity-departed">{departed.into_iter().map(|d| view! { <Departed d/> }).collect_view()}</ul> }.into_any()
    };
    let groups_section = if empty_groups.is_empty() {
        view! { <p>{t!("continuity-groups-none")}</p> }.into_any()
    } else {
        let items = empty_groups
            .into_iter()
            .map(|g| {
                let text = t!("continuity-empty-group", group = SLOT, guests = g.guests.join(", "));
                view! { <li>{with_slot(text, view! { <strong>{g.name}</strong> })}</li> }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <Title text=t!("continuity-title")/>
        <h1>{t!("continuity-title")}</h1>
        <p class="lead">{lead}</p>
        <h2>{t!("continuity-guests-heading")}</h2>
        {guest_section}
        <h2>{t!("continuity-departed-heading")}</h2>
        {departed_section}
        <h2>{t!("continuity-groups-heading")}</h2>
        {groups_section}
    }
}

#[component]
fn GuestRow(g: OrphanedGuest) -> impl IntoView {
    let label = t!("continuity-select-guest", name = g.display_name.clone());
    let successor = match g.successor.clone() {
        Some(s) => {
            let button = t!("continuity-hand-over", name = s.name.clone());
            view! {
                <p>{format!("{} — {}", s.name, s.why)}</p>
                <form method="post" action=routes::GUESTS_SELECTION>
                    <input type="hidden" name="ids" value=g.id.clone()/>
                    <input type="hidden" name="action" value="add_sponsor"/>
                    <input type="hidden" name="sponsor" value=sponsor_value(&s)/>
                    {replace_fields(&g.departed)}
                    <button type="submit" class="button secondary">{button}</button>
                </form>
            }
            .into_any()
        }
        None => view! { <p>{t!("continuity-successor-none")}</p> }.into_any(),
    };
    let sponsors = if g.sponsors.is_empty() { t!("continuity-sponsors-none") } else { g.sponsors.join(", ") };
    view! {
        <tr>
            <td><input type="checkbox" name="ids" value=g.id.clone() form=MANY aria-label=label/></td>
            <th scope="row"><a href=routes::guest(&g.id)>{g.display_name.clone()}</a>{g.mail.clone().map(|m| view! { <br/><span class="detail">{m}</span> })}</th>
            <td>{g.why.clone()}</td>
            <td>{sponsors}</td>
            <td>{successor}</td>
        </tr>
    }
}

#[component]
fn Departed(d: DepartedSponsor) -> impl IntoView {
    let names = d.guests.iter().map(|(_, name)| name.clone()).collect::<Vec<_>>().join(", ");
    let count = d.guests.len();
    let ids = d.guests.iter().map(|(id, _)| view! { <input type="hidden" name="ids" value=id.clone()/> }).collect_view();
    let (sponsor, button) = match &d.manager {
        Some(m) => (Some(sponsor_value(m)), t!("continuity-hand-to-manager", count = count, manager = m.name.clone())),
        None => (None, t!("continuity-hand-to-someone", count = count)),
    };
    let manager = match &d.manager {
        Some(m) => t!("continuity-manager", name = m.name.clone()),
        None => t!("continuity-manager-none"),
    };
    let text = t!("continuity-departed", name = SLOT, guests = names, manager = manager);
    view! {
        <li>
            {with_slot(text, view! { <strong>{d.name.clone()}</strong> })}
            <form method="post" action=routes::GUESTS_SELECTION>
                {ids}
                <input type="hidden" name="action" value="add_sponsor"/>
                {sponsor.map(|s| view! { <input type="hidden" name="sponsor" value=s/> })}
                {replace_fields(std::slice::from_ref(&d.id))}
                <button type="submit" class="button">{button}</button>
            </form>
        </li>
    }
}
