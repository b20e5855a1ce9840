//! Treaties and events from 1855 on, oldest first, each with its sources and, where the fact
//! base marks it below high, how far they can be trusted; choosing one shows the positions as of
//! its date, and an entry with a border of its time can show it on a map of the whole Kuril
//! chain, as the state of that time.

use super::citation::PageCitation;
use super::trusted_markup;
use crate::i18n::{Locale, Text};
use crate::model::catalog::{self, Document};
use crate::model::past::{self, PastBorder};
use crate::model::view::Action;
use crate::render::overview_svg::past_svg;
use crate::ui::explorer::{Explorer, use_explorer, use_locale};
pub use crate::render::controls::FISHING_ANCHOR;
use yew::prelude::*;

#[component]
pub fn Timeline() -> Html {
    let loc = use_locale();
    // Which entry shows its border of the past: the panel's own state, not the explorer's.
    let shown = use_state_eq(|| None::<&'static str>);
    let Some(explorer) = use_explorer() else { return html! {} };
    let first_fishing = past::first_fishing();
    html! {
        <section class="panel timeline" id="timeline">
            <h2>{loc.t(Text::TimelineHeading)}</h2>
            <ol>
                { for catalog::timeline().into_iter().map(|d| {
                    let open = *shown == Some(d.id);
                    let on_border = {
                        let (shown, id) = (shown.clone(), d.id);
                        Callback::from(move |_: MouseEvent| shown.set(if open { None } else { Some(id) }))
                    };
                    entry(&explorer, loc, d, first_fishing == Some(d.id), open, on_border)
                }) }
            </ol>
        </section>
    }
}

/// One entry: its date, title and summary with sources, a button that judges positions as of
/// its date, and one that shows or hides its border of the past, if it has one.
fn entry(
    explorer: &Explorer,
    loc: Locale,
    d: &'static Document,
    first_fishing: bool,
    open: bool,
    on_border: Callback<MouseEvent>,
) -> Html {
    let end = d.date.end();
    let on_click = explorer.on(move |_: MouseEvent| Action::AsOf(Some(end)));
    let current = d.date <= explorer.as_of;
    let border = past::border(d.id);
    let anchor = first_fishing.then_some(FISHING_ANCHOR);
    html! {
        <li class={classes!("event", current.then_some("past"), past::is_fishing(d.id).then_some("fishing"))} data-document={d.id} id={anchor}>
            <p><time>{loc.date(d.date)}</time>{" "}<strong>{loc.text(&d.texts.title)}</strong></p>
            <p>{loc.text(&d.texts.summary)}{" "}
                { for d.sources.iter().map(|id| html! { <><PageCitation id={*id} />{" "}</> }) }
                if let Some(note) = loc.confidence(d.confidence) { <span class="small confidence">{note}</span> }
            </p>
            <button type="button" class="link" onclick={on_click} aria-controls="positions">{loc.t(Text::AsOfThisDate)}</button>
            if border.is_some() {
                {" "}
                <button type="button" class="link show-border" onclick={on_border}
                    aria-expanded={open.to_string()} aria-controls={open.then(|| format!("past-{}", d.id))}>
                    {loc.t(if open { Text::PastHide } else { Text::PastShow })}
                </button>
            }
            if let (true, Some(b)) = (open, border) { {past_map(loc, b, d)} }
        </li>
    }
}

fn past_map(loc: Locale, b: &'static PastBorder, d: &Document) -> Html {
    let title = loc.fill(Text::PastMapTitle, &[("title", &loc.text(&d.texts.title))]);
    let swatch =
        |class: &str| html! { <span class={classes!("past-swatch", class.to_owned())} aria-hidden="true"></span> };
    html! {
        <figure class="past-map" id={format!("past-{}", d.id)}>
            { trusted_markup(past_svg(b, loc, &title)) }
            <figcaption>
                <p class="past-note"><strong>{loc.t(Text::PastNote)}</strong></p>
                <p>{loc.text(&b.caption)}{" "}
                    { for b.sources.iter().map(|id| html! { <><PageCitation id={*id} />{" "}</> }) }
                </p>
                <ul class="legend">
                    <li>{swatch("japan")}{loc.t(Text::PastLegendJapan)}</li>
                    <li>{swatch("russia")}{loc.t(Text::PastLegendRussia)}</li>
                    if !b.undivided.is_empty() { <li>{swatch("undivided")}{loc.t(Text::PastLegendUndivided)}</li> }
                </ul>
            </figcaption>
        </figure>
    }
}
