//! Treaties and events from 1855 on, oldest first, each with its sources and, where the fact
//! base marks it below high, how far they can be trusted; choosing one shows the positions as of
//! its date, and an entry with a border of its time can show it on a map of the whole Kuril
//! chain, as the state of that time.

use super::citation::PageCitation;
use crate::i18n::{Lang, Naming, Text, date, fill, local, t};
use crate::model::catalog::{DOCUMENTS, Document};
use crate::ui::labels;
use crate::model::date::Date;
use crate::model::past::{self, PastBorder};
use crate::render::overview_svg::past_svg;
use super::trusted_markup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub as_of: Date,
    pub lang: Lang,
    pub naming: Naming,
    pub on_as_of: Callback<Option<Date>>,
}

/// The anchor the fishing-rights term links to: the first fishing agreement.
pub const FISHING_ANCHOR: &str = "fishing-agreements";


fn past_map(b: &'static PastBorder, d: &Document, lang: Lang, naming: Naming) -> Html {
    let title = fill(t(lang, Text::PastMapTitle), &[("title", &local(lang, naming, &d.texts.title))]);
    let swatch = |class: &str| html! { <span class={classes!("past-swatch", class.to_owned())} aria-hidden="true"></span> };
    html! {
        <figure class="past-map" id={format!("past-{}", d.id)}>
            { trusted_markup(past_svg(b, lang, &title)) }
            <figcaption>
                <p class="past-note"><strong>{t(lang, Text::PastNote)}</strong></p>
                <p>{local(lang, naming, &b.caption)}{" "}
                    { for b.sources.iter().map(|id| html! { <><PageCitation id={*id} {lang} />{" "}</> }) }
                </p>
                <ul class="legend">
                    <li>{swatch("japan")}{t(lang, Text::PastLegendJapan)}</li>
                    <li>{swatch("russia")}{t(lang, Text::PastLegendRussia)}</li>
                    if !b.undivided.is_empty() { <li>{swatch("undivided")}{t(lang, Text::PastLegendUndivided)}</li> }
                </ul>
            </figcaption>
        </figure>
    }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let shown = use_state_eq(|| None::<&'static str>);
    let mut documents: Vec<&'static Document> = DOCUMENTS.iter().collect();
    documents.sort_by_key(|d| d.date);
    let first_fishing = documents.iter().find(|d| past::is_fishing(d.id)).map(|d| d.id);
    html! {
        <section class="panel timeline" id="timeline">
            <h2>{t(lang, Text::TimelineHeading)}</h2>
            <ol>
                { for documents.into_iter().map(|d| {
                    let end = d.date.end();
                    let on_click = props.on_as_of.reform(move |_: MouseEvent| Some(end));
                    let current = d.date <= props.as_of;
                    let (title, summary) = (local(lang, props.naming, &d.texts.title), local(lang, props.naming, &d.texts.summary));
                    let border = past::border(d.id);
                    let open = *shown == Some(d.id);
                    let on_border = {
                        let (shown, id) = (shown.clone(), d.id);
                        Callback::from(move |_: MouseEvent| shown.set(if open { None } else { Some(id) }))
                    };
                    let anchor = (first_fishing == Some(d.id)).then_some(FISHING_ANCHOR);
                    html! {
                        <li class={classes!("event", current.then_some("past"), past::is_fishing(d.id).then_some("fishing"))} data-document={d.id} id={anchor}>
                            <p><time>{date(lang, d.date)}</time>{" "}<strong>{title}</strong></p>
                            <p>{summary}{" "}
                                { for d.sources.iter().map(|id| html! { <><PageCitation id={*id} {lang} />{" "}</> }) }
                                if let Some(note) = labels::confidence(lang, d.confidence) { <span class="small confidence">{note}</span> }
                            </p>
                            <button type="button" class="link" onclick={on_click} aria-controls="positions">{t(lang, Text::AsOfThisDate)}</button>
                            if border.is_some() {
                                {" "}
                                <button type="button" class="link show-border" onclick={on_border}
                                    aria-expanded={open.to_string()} aria-controls={open.then(|| format!("past-{}", d.id))}>
                                    {t(lang, if open { Text::PastHide } else { Text::PastShow })}
                                </button>
                            }
                            if let (true, Some(b)) = (open, border) { {past_map(b, d, lang, props.naming)} }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
