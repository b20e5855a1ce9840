//! The chart: every settlement in the two sides' value space, the Pareto frontier and the
//! marked points, with a legend. The pointer picks the nearest point, arrow keys walk the
//! frontier, and a click or Enter opens the point in the explorer.

use super::open_in_explorer;
use crate::i18n::{Locale, Text};
use crate::model::format::fixed;
use crate::model::negotiation::{Outcome, Point};
use crate::render::chart::{BOTTOM, Drawing, KeyAction, LEFT, Marked, PointKind, RIGHT, TOP, WIDTH, key_action};
use crate::ui::events::pointer_in;
use crate::ui::explorer::{use_explorer, use_locale};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub drawing: Rc<Drawing>,
    /// The solutions, the equal concession and the current scenario.
    pub marked: Rc<Vec<Marked>>,
}

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let loc = use_locale();
    // Compared before setting: the pointer moving over the same point must not redraw the chart.
    let selected = use_state_eq(|| None::<Marked>);
    let cursor = use_state_eq(|| None::<usize>);
    let Some(explorer) = use_explorer() else { return html! {} };
    let (drawing, on_open) = (&props.drawing, open_in_explorer(&explorer));
    let frontier = Rc::new(drawing.exploration.analysis.frontier.clone());
    let onkeydown = {
        let (cursor, selected, on_open, frontier) =
            (cursor.clone(), selected.clone(), on_open.clone(), frontier.clone());
        Callback::from(move |e: KeyboardEvent| match key_action(&e.key(), *cursor, frontier.len()) {
            KeyAction::Move(i) => {
                e.prevent_default();
                cursor.set(Some(i));
                selected.set(Some((PointKind::Frontier, frontier[i])));
            }
            KeyAction::Open => {
                if let Some((_, o)) = *selected {
                    e.prevent_default();
                    on_open.emit(o.scenario);
                }
            }
            KeyAction::None => {}
        })
    };
    let candidates = Rc::new(drawing.candidates(&props.marked));
    let nearest = {
        let drawing = drawing.clone();
        move |e: &MouseEvent| pointer_in(e, WIDTH).and_then(|at| drawing.place.nearest(&candidates, at))
    };
    let onpointermove = {
        let (selected, nearest) = (selected.clone(), nearest.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(found) = nearest(&e) {
                selected.set(Some(found));
            }
        })
    };
    let onclick = {
        let on_open = on_open.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, o)) = nearest(&e) {
                on_open.emit(o.scenario);
            }
        })
    };
    html! {
        <>
            <figure class="chart">
                <svg viewBox="0 0 640 440" role="slider" tabindex="0" aria-label={loc.t(Text::ChartLabel)} aria-describedby="chart-help"
                    aria-valuemin="0" aria-valuemax={frontier.len().saturating_sub(1).to_string()} aria-valuenow={cursor.unwrap_or(0).to_string()}
                    aria-valuetext={selected.map(|(kind, o)| format!("{}: {}", loc.t(kind.text()), values(loc, o.point))).unwrap_or_default()}
                    {onkeydown} {onpointermove} {onclick}>
                    { plot(loc, drawing, &props.marked, *selected) }
                </svg>
                { legend(loc, drawing, &props.marked) }
            </figure>
            <div id="chart-point" class="chart-point" aria-live="polite">
                if let Some((kind, o)) = *selected {
                    <p><strong>{loc.t(kind.text())}</strong>{": "}{values(loc, o.point)}{loc.t(Text::SentenceBreak)}{loc.scenario(&o.scenario)}</p>
                    <button type="button" onclick={on_open.reform(move |_: MouseEvent| o.scenario)}>{loc.t(Text::OpenInExplorer)}</button>
                }
            </div>
        </>
    }
}

/// What the chart draws: the area, the axes through no agreement, the cloud, the frontier,
/// the marked points and a ring around the selected one.
fn plot(loc: Locale, drawing: &Drawing, marked: &[Marked], selected: Option<Marked>) -> Html {
    let range = &drawing.exploration.analysis.range;
    let (ox, oy) = drawing.place.at(Point::default());
    html! {
        <>
            <rect class="plot" x={fixed(LEFT, 0).to_string()} y={fixed(TOP, 0).to_string()} width={fixed(RIGHT - LEFT, 0).to_string()} height={fixed(BOTTOM - TOP, 0).to_string()} />
            <line class="zero" x1={fixed(ox, 1).to_string()} x2={fixed(ox, 1).to_string()} y1={fixed(TOP, 0).to_string()} y2={fixed(BOTTOM, 0).to_string()} />
            <line class="zero" x1={fixed(LEFT, 0).to_string()} x2={fixed(RIGHT, 0).to_string()} y1={fixed(oy, 1).to_string()} y2={fixed(oy, 1).to_string()} />
            <text class="zero-label" x={fixed(ox + 4.0, 1).to_string()} y={fixed(oy - 4.0, 1).to_string()}>{loc.t(Text::NoAgreement)}</text>
            <path class="cloud" d={AttrValue::from(drawing.dots.clone())} />
            <polyline class="frontier" points={AttrValue::from(drawing.line.clone())} />
            { for marked.iter().map(|&(kind, o)| marker(loc, drawing, kind, &o)) }
            if let Some((_, o)) = selected {
                <circle class="focus-ring" cx={fixed(drawing.place.at(o.point).0, 1).to_string()} cy={fixed(drawing.place.at(o.point).1, 1).to_string()} r="11" />
            }
            <text class="axis" x={fixed((LEFT + RIGHT) / 2.0, 1).to_string()} y="420" text-anchor="middle">{loc.t(Text::AxisJapan)}{" → "}{loc.value_percent(range.japan.0)}{" … "}{loc.value_percent(range.japan.1)}</text>
            <text class="axis" transform={format!("translate(20 {}) rotate(-90)", fixed((TOP + BOTTOM) / 2.0, 1))} text-anchor="middle">{loc.t(Text::AxisRussia)}{" → "}{loc.value_percent(range.russia.0)}{" … "}{loc.value_percent(range.russia.1)}</text>
        </>
    }
}

fn values(loc: Locale, p: Point) -> String {
    loc.values(p.japan, p.russia)
}

/// A marked point: a diamond for Nash, a triangle for Kalai–Smorodinsky, a square for the
/// equal concession, a circle for the current scenario.
fn marker(loc: Locale, drawing: &Drawing, kind: PointKind, o: &Outcome) -> Html {
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

fn legend(loc: Locale, drawing: &Drawing, marked: &[Marked]) -> Html {
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
