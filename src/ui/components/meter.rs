//! Where the scenario sits between the two sides' positions: the "draw" (hikiwake) meter.

use super::citation::Citation;
use crate::model::evaluation::{DRAW, PositionIndex};
use crate::model::format::percent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeterProps {
    pub index: PositionIndex,
}

/// The meter runs from -10 % to 110 % of the way between the positions, drawn 1,200 units
/// wide; values beyond are pinned to its ends, and the number says the true value.
fn position_on_meter(x: f64) -> String {
    format!("{:.0}", ((x + 0.1) / 1.2).clamp(0.0, 1.0) * 1200.0)
}

#[component]
pub fn Meter(props: &MeterProps) -> Html {
    let i = props.index;
    let tick = |x: f64, class: &'static str, label: &'static str| {
        let at = position_on_meter(x);
        html! {
            <g class={class}>
                <line x1={at.clone()} x2={at.clone()} y1="8" y2="40" />
                <text x={at} y="62" text-anchor="middle">{label}</text>
            </g>
        }
    };
    html! {
        <section class="panel meter">
            <h2>{"Between the two positions"}</h2>
            <svg class="meter-track" viewBox="-30 0 1260 70" role="img"
                aria-label={format!("{} of the way from the 1956 Soviet offer to Japan's claim to all four, by land area", percent(i.by_area))}>
                <line class="track" x1="0" x2="1200" y1="24" y2="24" />
                { tick(0.0, "tick", "1956 offer") }
                { tick(DRAW, "tick draw", "equal concessions") }
                { tick(1.0, "tick", "all four") }
                <circle class="marker" cx={position_on_meter(i.by_area)} cy="24" r="13" />
            </svg>
            <p id="position-index">{format!("By land area: {} of the way from the Soviet offer of 1956 (Habomai and Shikotan) to Japan's claim to all four islands. By number of islands: {}.", percent(i.by_area), percent(i.by_islands))}</p>
            <p class="small">{"Putin has said the dispute should end in a hikiwake, a draw in judo ("}<Citation id="seed-jt-2013-03-03" />{"; "}<Citation id="rt-hiki-2019" />{"). On this scale, a settlement in which each side gives up the same share of the distance between the two positions lies at 50 %. Below 0 %, Japan would receive less than the 1956 Declaration promised."}</p>
        </section>
    }
}
