//! The chart: every settlement in the two sides' value space, the Pareto frontier and the
//! marked points, with a legend. The pointer picks the nearest point, arrow keys walk the
//! frontier, and a click or Enter opens the point in the explorer.

use super::legend::{legend, marker};
use super::open_in_explorer;
use crate::i18n::{Locale, Text};
use crate::model::format::fixed;
use crate::model::negotiation::Point;
use crate::model::scenario::Scenario;
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
    let frontier = &drawing.exploration.analysis.frontier;
    let onkeydown = key_handler(drawing, &cursor, &selected, &on_open);
    let (onpointermove, onclick) = pointer_handlers(drawing, &props.marked, &selected, &on_open);
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

/// Arrow keys, Home and End walk the frontier; Enter and space open the selected point.
fn key_handler(
    drawing: &Rc<Drawing>,
    cursor: &UseStateHandle<Option<usize>>,
    selected: &UseStateHandle<Option<Marked>>,
    on_open: &Callback<Scenario>,
) -> Callback<KeyboardEvent> {
    let (drawing, cursor, selected, on_open) = (drawing.clone(), cursor.clone(), selected.clone(), on_open.clone());
    Callback::from(move |e: KeyboardEvent| {
        let frontier = &drawing.exploration.analysis.frontier;
        match key_action(&e.key(), *cursor, frontier.len()) {
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
        }
    })
}

/// The pointer selects the nearest point within reach; a click opens it.
fn pointer_handlers(
    drawing: &Rc<Drawing>,
    marked: &[Marked],
    selected: &UseStateHandle<Option<Marked>>,
    on_open: &Callback<Scenario>,
) -> (Callback<PointerEvent>, Callback<MouseEvent>) {
    let candidates = Rc::new(drawing.candidates(marked));
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
    let on_open = on_open.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some((_, o)) = nearest(&e) {
            on_open.emit(o.scenario);
        }
    });
    (onpointermove, onclick)
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

pub(super) fn values(loc: Locale, p: Point) -> String {
    loc.values(p.japan, p.russia)
}
