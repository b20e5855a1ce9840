//! The card an article embeds (`crate::render::embed_card`, the same markup the embed page is
//! pre-rendered with), with the controls the embed code asks for in their places.

use super::trusted_markup;
use crate::render::embed_card::{self as card, Card};
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCardProps {
    /// The full explorer at the same view and date.
    pub full_address: AttrValue,
    /// Above the map: the presets, if shown.
    #[prop_or_default]
    pub presets: Html,
    /// Below the figures: the islands and terms, if shown.
    #[prop_or_default]
    pub controls: Html,
    /// In place of the verdicts' heading: a date control, if shown.
    #[prop_or_default]
    pub date: Option<Html>,
}

#[component]
pub fn EmbedCard(props: &EmbedCardProps) -> Html {
    let locale = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let c = Card { evaluation: &explorer.evaluation, locale, full_address: &props.full_address };
    let heading = props.date.clone().unwrap_or_else(|| html! { <h3>{card::as_of(locale, c.evaluation.as_of)}</h3> });
    html! {
        <article class="card">
            <h2 class="card-title">{ trusted_markup(card::title(&c)) }</h2>
            { props.presets.clone() }
            // Land and residents are announced politely when a control changes them.
            <div class="card-glance" aria-live="polite">{ trusted_markup(card::map(&c)) }{ trusted_markup(card::figures(&c)) }</div>
            { props.controls.clone() }
            <section class="card-positions">{heading}{ trusted_markup(card::verdicts(&c)) }</section>
            { trusted_markup(card::footer(&c)) }
        </article>
    }
}
