//! Where the scenario sits between the two sides' positions: the "draw" (hikiwake) meter.

use super::citation::Citation;
use crate::model::evaluation::{DRAW, PositionIndex};
use crate::model::format::percent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeterProps {
    pub index: PositionIndex,
}

/// The meter runs from -10 % to 110 % of the way between the positions; values beyond are
/// pinned to its ends, and the number says the true value.
fn position_on_meter(x: f64) -> f64 {
    ((x + 0.1) / 1.2).clamp(0.0, 1.0) * 100.0
}

#[component]
pub fn Meter(props: &MeterProps) -> Html {
    let i = props.index;
    let marker = format!("left: {:.2}%", position_on_meter(i.by_area));
    let at = |x: f64| format!("left: {:.2}%", position_on_meter(x));
    html! {
        <section class="panel meter">
            <h2>{"Between the two positions"}</h2>
            <div class="meter-track" role="img"
                aria-label={format!("{} of the way from the 1956 Soviet offer to Japan's claim to all four, by land area", percent(i.by_area))}>
                <span class="tick" style={at(0.0)}><span>{"1956 offer"}</span></span>
                <span class="tick draw" style={at(DRAW)}><span>{"equal concessions"}</span></span>
                <span class="tick" style={at(1.0)}><span>{"all four"}</span></span>
                <span class="marker" style={marker}></span>
            </div>
            <p id="position-index">{format!("By land area: {} of the way from the Soviet offer of 1956 (Habomai and Shikotan) to Japan's claim to all four islands. By number of islands: {}.", percent(i.by_area), percent(i.by_islands))}</p>
            <p class="small">{"Putin has said the dispute should end in a hikiwake, a draw in judo ("}<Citation id="seed-jt-2013-03-03" />{"; "}<Citation id="rt-hiki-2019" />{"). On this scale, a settlement in which each side gives up the same share of the distance between the two positions lies at 50 %. Below 0 %, Japan would receive less than the 1956 Declaration promised."}</p>
        </section>
    }
}
