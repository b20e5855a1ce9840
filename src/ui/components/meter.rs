//! Where the scenario sits between the two sides' positions: the "draw" (hikiwake) meter.

use super::citation::Citation;
use crate::i18n::{Lang, Text, fill, percent, t};
use crate::model::evaluation::{DRAW, PositionIndex};
use crate::model::format::fixed;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeterProps {
    pub index: PositionIndex,
    pub lang: Lang,
}

/// The meter runs from -10 % to 110 % of the way between the positions, drawn 1,200 units
/// wide; values beyond are pinned to its ends, and the number says the true value.
fn position_on_meter(x: f64) -> String {
    fixed(((x + 0.1) / 1.2).clamp(0.0, 1.0) * 1200.0, 0).to_string()
}

#[component]
pub fn Meter(props: &MeterProps) -> Html {
    let (i, lang) = (props.index, props.lang);
    let tick = |x: f64, class: &'static str, label: Text| {
        let at = position_on_meter(x);
        html! {
            <g class={class}>
                <line x1={at.clone()} x2={at.clone()} y1="8" y2="40" />
                <text x={at} y="62" text-anchor="middle">{t(lang, label)}</text>
            </g>
        }
    };
    let area = percent(lang, i.by_area);
    html! {
        <section class="panel meter">
            <h2>{t(lang, Text::MeterHeading)}</h2>
            <svg class="meter-track" viewBox="-30 0 1260 70" role="img" aria-label={fill(t(lang, Text::MeterAria), &[("share", &area)])}>
                <line class="track" x1="0" x2="1200" y1="24" y2="24" />
                { tick(0.0, "tick", Text::MeterOffer) }
                { tick(DRAW, "tick draw", Text::MeterDraw) }
                { tick(1.0, "tick", Text::MeterClaim) }
                <circle class="marker" cx={position_on_meter(i.by_area)} cy="24" r="13" />
            </svg>
            <p id="position-index">{fill(t(lang, Text::MeterText), &[("area", &area), ("islands", &percent(lang, i.by_islands))])}</p>
            <p class="small">{t(lang, Text::MeterHikiwake)}{" "}<Citation id="seed-jt-2013-03-03" {lang} />{"; "}<Citation id="rt-hiki-2019" {lang} />{t(lang, Text::SentenceBreak)}
                {t(lang, Text::MeterScale)}</p>
        </section>
    }
}
