//! The chart's marked points and its legend: a diamond for Nash, a triangle for
//! Kalai–Smorodinsky, a square for the equal concession, a circle for the current scenario.

use super::chart::values;
use crate::i18n::{Locale, Text};
use crate::model::format::fixed;
use crate::model::negotiation::Outcome;
use crate::render::chart::{Drawing, Marked, PointKind};
use yew::prelude::*;

/// A marked point: a diamond for Nash, a triangle for Kalai–Smorodinsky, a square for the
/// equal concession, a circle for the current scenario.
pub fn marker(loc: Locale, drawing: &Drawing, kind: PointKind, o: &Outcome) -> Html {
    let (x, y) = drawing.place.at(o.point);
    let shape = match kind {
        PointKind::Nash => {
            html! { <path class="mark nash" d={format!("M{} {}l7 7-7 7-7-7z", fixed(x, 1), fixed(y - 7.0, 1))} /> }
        }
        PointKind::KalaiSmorodinsky => {
            html! { <path class="mark ks" d={format!("M{} {}l7 12h-14z", fixed(x, 1), fixed(y - 8.0, 1))} /> }
        }
        PointKind::Draw => {
            html! { <rect class="mark draw" x={fixed(x - 6.0, 1).to_string()} y={fixed(y - 6.0, 1).to_string()} width="12" height="12" /> }
        }
        _ => html! { <circle class="mark current" cx={fixed(x, 1).to_string()} cy={fixed(y, 1).to_string()} r="8" /> },
    };
    html! { <g><title>{format!("{}: {}", loc.t(kind.text()), values(loc, o.point))}</title>{shape}</g> }
}

/// The key's shape for a marked point, as the chart draws it.
fn legend_shape(kind: PointKind) -> Html {
    let shape = match kind {
        PointKind::Nash => html! { <path class="mark nash" d="M8 1l7 7-7 7-7-7z" /> },
        PointKind::KalaiSmorodinsky => html! { <path class="mark ks" d="M8 2l7 12H1z" /> },
        PointKind::Draw => html! { <rect class="mark draw" x="2" y="2" width="12" height="12" /> },
        _ => html! { <circle class="mark current" cx="8" cy="8" r="6" /> },
    };
    html! { <svg class="key" viewBox="0 0 16 16" aria-hidden="true">{shape}</svg> }
}

pub fn legend(loc: Locale, drawing: &Drawing, marked: &[Marked]) -> Html {
    html! {
        <figcaption>
            <p id="chart-help" class="small">{loc.t(Text::ChartHelp)}</p>
            <ul class="legend">
                <li><svg class="key" viewBox="0 0 16 16" aria-hidden="true"><path class="frontier" d="M1 4 8 8 15 14" /></svg>{loc.t(Text::FrontierLabel)}</li>
                { for marked.iter().map(|&(kind, _)| html! { <li>{legend_shape(kind)}{loc.t(kind.text())}
                    if let Some(n) = kind.note() { <span class="small">{" — "}{loc.t(n)}</span> }</li> }) }
            </ul>
            if drawing.exploration.analysis.nash.is_none() { <p>{loc.t(Text::NoSolution)}</p> }
        </figcaption>
    }
}
