//! A bar chart drawn on the server as SVG, readable without sight and without JavaScript: the
//! picture is an image named by its `<title>` and described by its `<desc>`, and the same data
//! follows as a real table (in a `<details>`), whose counts are links. The bars link to their
//! lists for pointer users from a layer drawn after the image, not inside it: an image may not
//! hold links, which screen readers could not reach there.

use leptos::prelude::*;
use services::guests::dashboard::{Bar, Chart};

/// Height of one bar's row, and the room left of the bars for labels and right for counts.
const ROW: u32 = 28;
const LABEL_WIDTH: u32 = 260;
const BAR_WIDTH: u32 = 320;
const COUNT_WIDTH: u32 = 80;

/// The bar's length in pixels for `count` out of the largest `max` (at least 1 px when not 0,
/// so a small count still shows).
pub fn bar_length(count: u64, max: u64) -> u32 {
    if count == 0 || max == 0 {
        return 0;
    }
    let length = (u128::from(count) * u128::from(BAR_WIDTH) / u128::from(max)) as u32;
    length.max(1)
}

/// A count as the page's language writes numbers.
fn count_text(count: u64) -> String {
    i18n::number(crate::lang::locale(), count as f64)
}

/// One bar: label, bar and count in a row.
fn bar_row(index: usize, bar: &Bar, max: u64) -> impl IntoView {
    let y = index as u32 * ROW;
    let length = bar_length(bar.count, max);
    view! {
        <g transform=format!("translate(0 {y})")>
            <text x=(LABEL_WIDTH - 8).to_string() y="18" text-anchor="end" class="chart-label">{bar.label.clone()}</text>
            <rect x=LABEL_WIDTH.to_string() y="5" width=length.to_string() height="18" class="chart-bar"></rect>
            <text x=(LABEL_WIDTH + length + 6).to_string() y="18" class="chart-count">{count_text(bar.count)}</text>
        </g>
    }
}

/// Over a bar in the link layer: its link to the list, for pointer users (keyboard and screen
/// reader users get the same links in the table), showing the bar darker on hover. Only the bar:
/// the layer covers no text, whose contrast could not be checked otherwise.
fn bar_link(index: usize, bar: &Bar, max: u64) -> Option<impl IntoView> {
    let href = bar.href.clone()?;
    let y = index as u32 * ROW;
    let length = bar_length(bar.count, max);
    // The inner <svg> only makes the macro build an SVG <a>, not an HTML one.
    Some(view! {
        <svg overflow="visible">
            <a href=href tabindex="-1">
                <rect x=LABEL_WIDTH.to_string() y=(y + 5).to_string() width=length.to_string() height="18" class="chart-bar-hover"></rect>
            </a>
        </svg>
    })
}

/// The chart, its title as a heading, and its data as a table.
#[component]
pub fn BarChart(chart: Chart) -> impl IntoView {
    let Chart { id, title, description, label_heading, bars } = chart;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let heading_id = format!("{id}-heading");
    let figure_label = heading_id.clone();
    let labelled_by = format!("{title_id} {desc_id}");
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0);
    let height = (bars.len().max(1) as u32) * ROW;
    let width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH;
    let drawn = bars.iter().enumerate().map(|(i, bar)| bar_row(i, bar, max)).collect_view();
    let links = bars.iter().enumerate().filter_map(|(i, bar)| bar_link(i, bar, max)).collect_view();
    let rows = bars
        .iter()
        .map(|bar| {
            let count = match &bar.href {
                Some(href) => view! { <a href=href.clone()>{count_text(bar.count)}</a> }.into_any(),
                None => count_text(bar.count).into_any(),
            };
            view! { <tr><th scope="row">{bar.label.clone()}</th><td class="number">{count}</td></tr> }
        })
        .collect_view();
    let empty = bars.is_empty().then(|| view! { <p>{crate::t!("dashboard-chart-empty")}</p> });
    view! {
        <figure class="chart" aria-labelledby=figure_label>
            <h3 id=heading_id>{title.clone()}</h3>
            <p class="help">{description.clone()}</p>
            // The image and the link layer share the outer drawing's coordinates.
            <svg viewBox=format!("0 0 {width} {height}") width="100%" preserveAspectRatio="xMinYMin meet" class="chart-svg">
                <svg role="img" aria-labelledby=labelled_by overflow="visible">
                    <title id=title_id.clone()>{title.clone()}</title>
                    <desc id=desc_id>{description}</desc>
                    {drawn}
                </svg>
                <g aria-hidden="true" class="chart-links">{links}</g>
            </svg>
            {empty}
            <details class="chart-data">
                <summary>{crate::t!("dashboard-chart-as-table", title = title.clone())}</summary>
                <div class="table-scroll">
                    <table>
                        <caption>{title.clone()}</caption>
                        <thead><tr><th scope="col">{label_heading}</th><th scope="col">{crate::t!("dashboard-chart-count")}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional_and_small_counts_still_show() {
        assert_eq!(bar_length(0, 10), 0);
        assert_eq!(bar_length(10, 10), BAR_WIDTH);
        assert_eq!(bar_length(5, 10), BAR_WIDTH / 2);
        assert_eq!(bar_length(1, 100_000), 1);
        assert_eq!(bar_length(3, 0), 0);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_chart_has_a_title_a_description_and_its_data_as_a_table_of_links() {
        let chart = Chart {
            id: "by-status".into(),
            title: "External users by status".into(),
            description: "How many are in each status <as counted>.".into(),
            label_heading: "Status".into(),
            bars: vec![
                Bar { label: "Pending".into(), count: 3, href: Some("/guests?status=pending".into()) },
                Bar { label: "All other domains".into(), count: 7, href: None },
            ],
        };
        let owner = Owner::new();
        let html = owner.with(|| view! { <BarChart chart/> }.to_html());
        // The picture is an image named by its title and described by its description.
        assert!(html.contains(r#"<svg role="img" aria-labelledby="by-status-title by-status-desc""#), "{html}");
        assert!(html.contains(r#"<title id="by-status-title">External users by status</title>"#), "{html}");
        assert!(html.contains(r#"<desc id="by-status-desc">How many are in each status &lt;as counted&gt;.</desc>"#), "{html}");
        // The data again as a real table, with the counts as links where the list can show them.
        assert!(html.contains("<details"), "{html}");
        assert!(html.contains(r#"<caption>External users by status</caption>"#), "{html}");
        assert!(html.contains(r#"<th scope="col">Status</th><th scope="col">Count</th>"#), "{html}");
        assert!(html.contains(r#"<th scope="row">Pending</th><td class="number"><a href="/guests?status=pending">3</a></td>"#), "{html}");
        assert!(html.contains(r#"<th scope="row">All other domains</th><td class="number">7</td>"#), "{html}");
        // The longest bar fills the width; a bar with a list links to it from a layer after the
        // image, hidden from keyboard and screen readers, who have the table; the image holds no link.
        assert!(html.contains(&format!(r#"width="{BAR_WIDTH}""#)), "{html}");
        let (image, rest) = html.split_once(r#"<g aria-hidden="true""#).expect("the link layer");
        let layer = rest.split_once("<details").expect("the table after the picture").0;
        assert!(!image.contains("<a "), "{html}");
        assert!(layer.contains(r#"<a href="/guests?status=pending" tabindex="-1">"#), "{html}");
        assert!(!layer.contains("All other domains"), "{html}");
    }
}
