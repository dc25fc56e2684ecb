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
use crate::widgets::Loaded;

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
    view! { <Loaded data content=|data| view! { <ContinuityView data/> } title="Sponsor continuity" back=routes::HOME back_label="Back to the home page"/> }
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
    let lead = format!(
        "Guests need a sponsor who can answer for them: a person whose account is enabled, or a group with an enabled member. Guestlist expects at least {min_sponsors} per guest (GUESTLIST_MIN_SPONSORS). Handing over adds the successor as a sponsor and then removes the sponsors whose accounts are disabled; you see who changes on the next page before anything happens."
    );
    let guest_section = if guests.is_empty() {
        view! { <p>"Every guest has enough sponsors who can act for them."</p> }.into_any()
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
                            <th scope="col"><span class="visually-hidden">"Select"</span></th>
                            <th scope="col">"Guest"</th>
                            <th scope="col">"Why"</th>
                            <th scope="col">"Sponsors now"</th>
                            <th scope="col">"Suggested successor"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="actions">
                <button type="submit" form=MANY class="button secondary">"Add a sponsor to the ticked guests…"</button>
            </div>
            <p class="help">"On the next page you choose the sponsor for the ticked guests."</p>
        }
        .into_any()
    };
    let departed_section = if departed.is_empty() {
        view! { <p>"No disabled member sponsors a guest."</p> }.into_any()
    } else {
        view! { <ul class="continuity-departed">{departed.into_iter().map(|d| view! { <Departed d/> }).collect_view()}</ul> }.into_any()
    };
    let groups_section = if empty_groups.is_empty() {
        view! { <p>"Every sponsor group has an enabled member."</p> }.into_any()
    } else {
        let items = empty_groups
            .into_iter()
            .map(|g| view! { <li><strong>{g.name}</strong>{format!(" sponsors {}. Add members to the group in Microsoft Entra, or hand its guests to someone above.", g.guests.join(", "))}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <Title text="Sponsor continuity"/>
        <h1>"Sponsor continuity"</h1>
        <p class="lead">{lead}</p>
        <h2>"Guests who need a sponsor"</h2>
        {guest_section}
        <h2>"Members who left and still sponsor guests"</h2>
        {departed_section}
        <h2>"Sponsor groups with no one in them"</h2>
        {groups_section}
    }
}

#[component]
fn GuestRow(g: OrphanedGuest) -> impl IntoView {
    let label = format!("Select {}", g.display_name);
    let successor = match g.successor.clone() {
        Some(s) => {
            let button = format!("Hand over to {}…", s.name);
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
        None => view! { <p>"None found: choose one on the next page."</p> }.into_any(),
    };
    let sponsors = if g.sponsors.is_empty() { "None".to_owned() } else { g.sponsors.join(", ") };
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
    let guests_words = if count == 1 { "their guest".to_owned() } else { format!("all {count} of their guests") };
    let (sponsor, button) = match &d.manager {
        Some(m) => (Some(sponsor_value(m)), format!("Hand {guests_words} to {} (their manager)…", m.name)),
        None => (None, format!("Hand {guests_words} to someone else…")),
    };
    let manager = match &d.manager {
        Some(m) => format!("Their manager: {}.", m.name),
        None => "No manager is set in Microsoft Entra (or the manager's account is disabled): choose a successor on the next page.".to_owned(),
    };
    view! {
        <li>
            <strong>{d.name.clone()}</strong>{format!(" (account disabled) still sponsors {names}. {manager}")}
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
