//! The negotiation analysis: the reader's assumptions, every settlement in the two sides'
//! value space with the Pareto frontier and the bargaining solutions, and a table of them.
//! The core computes; this draws and lets the reader pick a point to open.

use super::sensitivity::Sensitivity;
use crate::i18n::{Lang, Naming, Text, fill, island_name, number, t};
use crate::model::format::fixed;
use crate::model::island::IslandId;
use crate::model::negotiation::{Analysis as Result, Assumption, Exploration, Outcome, Point, Valuations, Weighting};
use crate::model::scenario::Scenario;
use crate::model::wire;
use crate::ui::analysis_worker::{self, Failure};
use crate::ui::{browser, labels};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnalysisProps {
    pub valuations: Option<Valuations>,
    pub scenario: Scenario,
    pub lang: Lang,
    pub naming: Naming,
    pub on_valuations: Callback<Option<Valuations>>,
    pub on_open: Callback<Scenario>,
}

/// The chart's drawing area inside its 640 × 440 view box.
const LEFT: f64 = 64.0;
const RIGHT: f64 = 624.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 380.0;
/// Frontier rows in the table, spread evenly along it, besides the solutions.
const TABLE_ROWS: usize = 24;

#[component]
pub fn Analysis(props: &AnalysisProps) -> Html {
    let lang = props.lang;
    let Some(valuations) = props.valuations else {
        let open = props.on_valuations.reform(|_: MouseEvent| Some(Valuations::DEFAULT));
        return html! {
            <section class="panel analysis" id="analysis">
                <h2>{t(lang, Text::AnalysisHeading)}</h2>
                <p>{t(lang, Text::AnalysisIntro)}</p>
                <button type="button" onclick={open}>{t(lang, Text::AnalysisOpen)}</button>
            </section>
        };
    };
    html! { <Open {valuations} scenario={props.scenario} {lang} naming={props.naming} on_valuations={props.on_valuations.clone()} on_open={props.on_open.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct OpenProps {
    valuations: Valuations,
    scenario: Scenario,
    lang: Lang,
    naming: Naming,
    on_valuations: Callback<Option<Valuations>>,
    on_open: Callback<Scenario>,
}

/// What a point on the chart stands for.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Cloud,
    Frontier,
    Nash,
    KalaiSmorodinsky,
    Draw,
    Current,
}

impl Kind {
    fn text(self) -> Text {
        match self {
            Kind::Cloud => Text::CloudPoint,
            Kind::Frontier => Text::FrontierPoint,
            Kind::Nash => Text::Nash,
            Kind::KalaiSmorodinsky => Text::KalaiSmorodinsky,
            Kind::Draw => Text::Draw,
            Kind::Current => Text::ThisScenario,
        }
    }
}

/// What the panel has to show: the exploration arrives from the worker, which computes off
/// the main thread; until a new one arrives, the panel keeps the earlier one.
#[derive(Clone, PartialEq)]
enum Explored {
    Pending,
    Ready(Valuations, Rc<Drawn>),
    Failed(Failure),
}

/// An exploration with its chart's two long paths, drawn once when it arrives: the panel
/// re-renders on every pointer move, key press and sort, and the cloud alone is about 1,100
/// points to format.
#[derive(PartialEq)]
struct Drawn {
    exploration: Exploration,
    place: Placement,
    /// The cloud of settlements, a dot per point.
    dots: AttrValue,
    /// The Pareto frontier, as a polyline's points.
    line: AttrValue,
}

impl Drawn {
    fn new(exploration: Exploration) -> Drawn {
        let place = Placement::new(&exploration.analysis);
        let at = |o: &Outcome| {
            let (x, y) = place.at(o.point);
            (fixed(x, 1), fixed(y, 1))
        };
        let dots: String = exploration.cloud.iter().map(at).map(|(x, y)| format!("M{x} {y}h0")).collect();
        let line: String = exploration.analysis.frontier.iter().map(at).map(|(x, y)| format!("{x},{y} ")).collect();
        Drawn { exploration, place, dots: dots.into(), line: line.into() }
    }
}

/// The exploration for `v`, and a callback that asks again after a failure.
#[hook]
fn use_exploration(v: Valuations) -> (Explored, Callback<()>) {
    let latest = use_state(|| Explored::Pending);
    let attempt = use_state(|| 0u32);
    {
        let latest = latest.clone();
        use_effect_with((v, *attempt), move |&(v, _)| {
            // New assumptions keep the earlier results on screen until theirs arrive; trying
            // again after a failure says that it is computing.
            if matches!(*latest, Explored::Failed(_)) {
                latest.set(Explored::Pending);
            }
            let done = Callback::from(move |reply: std::result::Result<String, Failure>| {
                let decoded = browser::timed(crate::model::site::marks::ANALYSIS_PAGE, || {
                    reply.and_then(|text| wire::decode(&text).map_err(|_| Failure::Broke))
                });
                latest.set(match decoded {
                    Ok(exploration) => Explored::Ready(v, Rc::new(Drawn::new(exploration))),
                    Err(failure) => Explored::Failed(failure),
                });
            });
            analysis_worker::explore(&v.encode(), done);
        });
    }
    let retry = Callback::from(move |_| attempt.set(*attempt + 1));
    ((*latest).clone(), retry)
}

#[component]
fn Open(props: &OpenProps) -> Html {
    let (lang, naming, v) = (props.lang, props.naming, props.valuations);
    // Compared before setting: the pointer moving over the same point must not redraw the chart.
    let selected = use_state_eq(|| None::<(Kind, Outcome)>);
    let cursor = use_state_eq(|| None::<usize>);
    let sort = use_state(|| 0usize);
    let (explored, retry) = use_exploration(v);
    let (shown, drawn) = match explored {
        Explored::Ready(shown, drawn) => (shown, drawn),
        Explored::Pending => {
            return html! {
                <section class="panel analysis" id="analysis" aria-busy="true">
                    <h2>{t(lang, Text::AnalysisHeading)}</h2>
                    <p class="computing" role="status">{t(lang, Text::AnalysisComputing)}</p>
                </section>
            };
        }
        Explored::Failed(failure) => {
            let message = match failure {
                Failure::NotStarted => t(lang, Text::AnalysisFailed).to_owned(),
                Failure::Broke => t(lang, Text::AnalysisBroke).to_owned(),
                Failure::TimedOut => {
                    fill(t(lang, Text::AnalysisTimeout), &[("seconds", &analysis_worker::TIMEOUT_SECONDS.to_string())])
                }
            };
            return html! {
                <section class="panel analysis" id="analysis" aria-busy="false">
                    <h2>{t(lang, Text::AnalysisHeading)}</h2>
                    <p class="computing" role="status">{message}</p>
                    <button type="button" id="analysis-retry" onclick={retry.reform(|_: MouseEvent| ())}>{t(lang, Text::AnalysisRetry)}</button>
                </section>
            };
        }
    };
    let (result, cloud, place) = (&drawn.exploration.analysis, &drawn.exploration.cloud, &drawn.place);
    let current = Outcome { point: shown.value(&props.scenario), scenario: props.scenario };

    let set = |assumption: Assumption, japan: bool| {
        let on = props.on_valuations.clone();
        Callback::from(move |value: i32| {
            let mut next = v;
            assumption.set(if japan { &mut next.japan } else { &mut next.russia }, value);
            on.emit(Some(next));
        })
    };
    let number_input = |assumption: Assumption, japan: bool| {
        let (side, party) = if japan { (&v.japan, Text::Japan) } else { (&v.russia, Text::Russia) };
        let (min, max) = assumption.bounds();
        let on = set(assumption, japan);
        let current = assumption.get(side);
        let onchange = Callback::from(move |e: Event| on.emit(browser::typed_number(&e, min, max, current)));
        let id = format!("va-{}-{}", assumption.key(), if japan { "japan" } else { "russia" });
        let label = format!("{}: {}", t(lang, assumption_texts(assumption).0), t(lang, party));
        html! { <input {id} aria-label={label} type="number" min={min.to_string()} max={max.to_string()} step="1" value={assumption.get(side).to_string()} {onchange} /> }
    };
    let weighting_select = |japan: bool| {
        let side = if japan { v.japan } else { v.russia };
        let on = props.on_valuations.clone();
        let onchange = Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(w) = code.chars().next().and_then(Weighting::from_code) {
                let mut next = v;
                if japan {
                    next.japan.weighting = w
                } else {
                    next.russia.weighting = w
                }
                on.emit(Some(next));
            }
        });
        let id = format!("va-weights-{}", if japan { "japan" } else { "russia" });
        let label =
            format!("{}: {}", t(lang, Text::WeightsRow), t(lang, if japan { Text::Japan } else { Text::Russia }));
        html! {
            <select {id} aria-label={label} {onchange}>
                { for Weighting::ALL.into_iter().map(|w| html! {
                    <option value={w.code().to_string()} selected={side.weighting == w}>{labels::weighting(lang, w)}</option>
                }) }
            </select>
        }
    };

    // The points a reader can pick: the frontier in order, then the solutions.
    let mut marked: Vec<(Kind, Outcome)> = Vec::new();
    if let Some(o) = result.nash {
        marked.push((Kind::Nash, o));
    }
    if let Some(o) = result.kalai_smorodinsky {
        marked.push((Kind::KalaiSmorodinsky, o));
    }
    if let Some(d) = result.draws.first() {
        marked.push((Kind::Draw, d.outcome));
    }
    marked.push((Kind::Current, current));

    let frontier = result.frontier.clone();
    let onkeydown = {
        let (cursor, selected, on_open, frontier) =
            (cursor.clone(), selected.clone(), props.on_open.clone(), frontier.clone());
        Callback::from(move |e: KeyboardEvent| {
            let last = frontier.len().saturating_sub(1);
            let at = *cursor;
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(at.map_or(0, |i| (i + 1).min(last))),
                "ArrowLeft" | "ArrowUp" => Some(at.map_or(last, |i| i.saturating_sub(1))),
                "Home" => Some(0),
                "End" => Some(last),
                "Enter" | " " => {
                    if let Some((_, o)) = *selected {
                        e.prevent_default();
                        on_open.emit(o.scenario);
                    }
                    None
                }
                _ => None,
            };
            if let Some(i) = next.filter(|_| !frontier.is_empty()) {
                e.prevent_default();
                cursor.set(Some(i));
                selected.set(Some((Kind::Frontier, frontier[i])));
            }
        })
    };
    let candidates: Vec<(Kind, Outcome)> = cloud
        .iter()
        .map(|&o| (Kind::Cloud, o))
        .chain(frontier.iter().map(|&o| (Kind::Frontier, o)))
        .chain(marked.iter().copied())
        .collect();
    let nearest = {
        let place = place.clone();
        move |e: &MouseEvent| -> Option<(Kind, Outcome)> {
            let svg: Element = e.current_target()?.dyn_into().ok()?;
            let rect = svg.get_bounding_client_rect();
            let scale = 640.0 / rect.width().max(1.0);
            let (x, y) =
                ((f64::from(e.client_x()) - rect.left()) * scale, (f64::from(e.client_y()) - rect.top()) * scale);
            candidates
                .iter()
                .map(|&(k, o)| {
                    let (px, py) = place.at(o.point);
                    ((px - x).powi(2) + (py - y).powi(2), k, o)
                })
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .filter(|(d, _, _)| *d < 400.0)
                .map(|(_, k, o)| (k, o))
        }
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
        let on_open = props.on_open.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, o)) = nearest(&e) {
                on_open.emit(o.scenario);
            }
        })
    };

    let pct = |x: i32| format!("{}{} %", if x > 0 { "+" } else { "" }, number(lang, f64::from(x) / 10.0));
    let values = |p: Point| fill(t(lang, Text::PointValues), &[("japan", &pct(p.japan)), ("russia", &pct(p.russia))]);
    let (ox, oy) = place.at(Point::default());
    let marker = |kind: Kind, o: &Outcome| {
        let (x, y) = place.at(o.point);
        let shape = match kind {
            Kind::Nash => {
                html! { <path class="mark nash" d={format!("M{} {}l7 7-7 7-7-7z", fixed(x, 1), fixed(y - 7.0, 1))} /> }
            }
            Kind::KalaiSmorodinsky => {
                html! { <path class="mark ks" d={format!("M{} {}l7 12h-14z", fixed(x, 1), fixed(y - 8.0, 1))} /> }
            }
            Kind::Draw => {
                html! { <rect class="mark draw" x={fixed(x - 6.0, 1).to_string()} y={fixed(y - 6.0, 1).to_string()} width="12" height="12" /> }
            }
            _ => {
                html! { <circle class="mark current" cx={fixed(x, 1).to_string()} cy={fixed(y, 1).to_string()} r="8" /> }
            }
        };
        html! { <g><title>{format!("{}: {}", t(lang, kind.text()), values(o.point))}</title>{shape}</g> }
    };
    let legend_shape = |kind: Kind| match kind {
        Kind::Nash => {
            html! { <svg class="key" viewBox="0 0 16 16" aria-hidden="true"><path class="mark nash" d="M8 1l7 7-7 7-7-7z" /></svg> }
        }
        Kind::KalaiSmorodinsky => {
            html! { <svg class="key" viewBox="0 0 16 16" aria-hidden="true"><path class="mark ks" d="M8 2l7 12H1z" /></svg> }
        }
        Kind::Draw => {
            html! { <svg class="key" viewBox="0 0 16 16" aria-hidden="true"><rect class="mark draw" x="2" y="2" width="12" height="12" /></svg> }
        }
        _ => {
            html! { <svg class="key" viewBox="0 0 16 16" aria-hidden="true"><circle class="mark current" cx="8" cy="8" r="6" /></svg> }
        }
    };
    let note = |kind: Kind| match kind {
        Kind::Nash => Some(Text::NashNote),
        Kind::KalaiSmorodinsky => Some(Text::KalaiSmorodinskyNote),
        Kind::Draw => Some(Text::DrawNote),
        _ => None,
    };

    // The table: the solutions, then frontier points spread along it.
    let mut table: Vec<(Kind, Outcome)> = marked.clone();
    let step = frontier.len().div_ceil(TABLE_ROWS).max(1);
    table.extend(frontier.iter().step_by(step).map(|&o| (Kind::Frontier, o)));
    match *sort {
        1 => table.sort_unstable_by_key(|(_, o)| std::cmp::Reverse((o.point.japan, o.point.russia))),
        2 => table.sort_unstable_by_key(|(_, o)| std::cmp::Reverse((o.point.russia, o.point.japan))),
        _ => {}
    }
    let header = |i: usize, text: Text| {
        let sort = sort.clone();
        let column = t(lang, text);
        let aria_sort = if *sort == i { if i == 0 { "none" } else { "descending" } } else { "none" };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="link" aria-label={fill(t(lang, Text::SortBy), &[("column", column)])} onclick={Callback::from(move |_| sort.set(i))}>{column}</button>
            </th>
        }
    };
    let open = |o: Outcome| props.on_open.reform(move |_: MouseEvent| o.scenario);
    let reset = props.on_valuations.reform(|_: MouseEvent| Some(Valuations::DEFAULT));
    let close = props.on_valuations.reform(|_: MouseEvent| None);

    html! {
        <section class="panel analysis" id="analysis" aria-busy={(shown != v).to_string()}>
            <h2>{t(lang, Text::AnalysisHeading)}</h2>
            <p class="disclaimer"><strong>{t(lang, Text::AnalysisDisclaimer)}</strong></p>
            <p>{fill(t(lang, Text::AnalysisSummary), &[("count", &number(lang, result.size as f64)), ("frontier", &number(lang, result.frontier.len() as f64))])}</p>
            <table class="valuations">
                <caption>{t(lang, Text::Assumptions)}{" — "}{t(lang, Text::UnitNote)}</caption>
                <thead><tr><th scope="col">{t(lang, Text::Assumption)}</th><th scope="col">{t(lang, Text::Japan)}</th><th scope="col">{t(lang, Text::Russia)}</th></tr></thead>
                <tbody>
                    <tr>
                        <th scope="row"><label for="va-weights-japan">{t(lang, Text::WeightsRow)}</label><span class="small">{fill(t(lang, Text::WeightsNote), &[("etorofu", &island_name(lang, naming, IslandId::Etorofu))])}</span></th>
                        <td>{weighting_select(true)}</td>
                        <td>{weighting_select(false)}</td>
                    </tr>
                    { for Assumption::ALL.into_iter().map(|a| {
                        let (row, note) = assumption_texts(a);
                        html! {
                            <tr>
                                <th scope="row"><label for={format!("va-{}-japan", a.key())}>{t(lang, row)}</label><span class="small">{t(lang, note)}</span></th>
                                <td>{number_input(a, true)}{" %"}</td>
                                <td>{number_input(a, false)}{" %"}</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p class="actions">
                <button type="button" onclick={reset}>{t(lang, Text::Defaults)}</button>{" "}
                <button type="button" onclick={close}>{t(lang, Text::AnalysisClose)}</button>
            </p>
            <figure class="chart">
                <svg viewBox="0 0 640 440" role="slider" tabindex="0" aria-label={t(lang, Text::ChartLabel)} aria-describedby="chart-help"
                    aria-valuemin="0" aria-valuemax={frontier.len().saturating_sub(1).to_string()} aria-valuenow={cursor.unwrap_or(0).to_string()}
                    aria-valuetext={selected.map(|(kind, o)| format!("{}: {}", t(lang, kind.text()), values(o.point))).unwrap_or_default()}
                    {onkeydown} {onpointermove} {onclick}>
                    <rect class="plot" x={fixed(LEFT, 0).to_string()} y={fixed(TOP, 0).to_string()} width={fixed(RIGHT - LEFT, 0).to_string()} height={fixed(BOTTOM - TOP, 0).to_string()} />
                    <line class="zero" x1={fixed(ox, 1).to_string()} x2={fixed(ox, 1).to_string()} y1={fixed(TOP, 0).to_string()} y2={fixed(BOTTOM, 0).to_string()} />
                    <line class="zero" x1={fixed(LEFT, 0).to_string()} x2={fixed(RIGHT, 0).to_string()} y1={fixed(oy, 1).to_string()} y2={fixed(oy, 1).to_string()} />
                    <text class="zero-label" x={fixed(ox + 4.0, 1).to_string()} y={fixed(oy - 4.0, 1).to_string()}>{t(lang, Text::NoAgreement)}</text>
                    <path class="cloud" d={drawn.dots.clone()} />
                    <polyline class="frontier" points={drawn.line.clone()} />
                    { for marked.iter().map(|(k, o)| marker(*k, o)) }
                    if let Some((_, o)) = *selected {
                        <circle class="focus-ring" cx={fixed(place.at(o.point).0, 1).to_string()} cy={fixed(place.at(o.point).1, 1).to_string()} r="11" />
                    }
                    <text class="axis" x={fixed((LEFT + RIGHT) / 2.0, 1).to_string()} y="420" text-anchor="middle">{t(lang, Text::AxisJapan)}{" → "}{pct(result.range.japan.0)}{" … "}{pct(result.range.japan.1)}</text>
                    <text class="axis" transform={format!("translate(20 {}) rotate(-90)", fixed((TOP + BOTTOM) / 2.0, 1))} text-anchor="middle">{t(lang, Text::AxisRussia)}{" → "}{pct(result.range.russia.0)}{" … "}{pct(result.range.russia.1)}</text>
                </svg>
                <figcaption>
                    <p id="chart-help" class="small">{t(lang, Text::ChartHelp)}</p>
                    <ul class="legend">
                        <li><svg class="key" viewBox="0 0 16 16" aria-hidden="true"><path class="frontier" d="M1 4 8 8 15 14" /></svg>{t(lang, Text::FrontierLabel)}</li>
                        { for marked.iter().map(|(k, _)| html! { <li>{legend_shape(*k)}{t(lang, k.text())}
                            if let Some(n) = note(*k) { <span class="small">{" — "}{t(lang, n)}</span> }</li> }) }
                    </ul>
                    if result.nash.is_none() { <p>{t(lang, Text::NoSolution)}</p> }
                </figcaption>
            </figure>
            <div id="chart-point" class="chart-point" aria-live="polite">
                if let Some((kind, o)) = *selected {
                    <p><strong>{t(lang, kind.text())}</strong>{": "}{values(o.point)}{t(lang, Text::SentenceBreak)}{labels::scenario(lang, naming, &o.scenario)}</p>
                    <button type="button" onclick={open(o)}>{t(lang, Text::OpenInExplorer)}</button>
                }
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(lang, Text::TableCaption)}>
                <table class="frontier-table">
                    <caption>{t(lang, Text::TableCaption)}</caption>
                    <thead><tr>{header(0, Text::ColumnPoint)}{header(1, Text::Japan)}{header(2, Text::Russia)}<th scope="col">{t(lang, Text::ColumnSettlement)}</th></tr></thead>
                    <tbody>
                        { for table.iter().map(|&(kind, o)| html! {
                            <tr>
                                <th scope="row">{t(lang, kind.text())}</th>
                                <td class="num">{pct(o.point.japan)}</td>
                                <td class="num">{pct(o.point.russia)}</td>
                                <td>{labels::scenario(lang, naming, &o.scenario)}{" "}<button type="button" class="link" onclick={open(o)}>{t(lang, Text::OpenInExplorer)}</button></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <Sensitivity marked={drawn.exploration.sensitivity.clone()} {lang} on_open={props.on_open.clone()} />
        </section>
    }
}

/// An assumption's name and its one-line reason.
fn assumption_texts(a: Assumption) -> (Text, Text) {
    match a {
        Assumption::Treaty => (Text::TreatyRow, Text::TreatyNote),
        Assumption::Security => (Text::SecurityRow, Text::SecurityNote),
        Assumption::Economy => (Text::EconomyRow, Text::EconomyNote),
        Assumption::Residents => (Text::ResidentsRow, Text::ResidentsNote),
        Assumption::Discount => (Text::DiscountRow, Text::DiscountNote),
    }
}

/// Where a value lands in the chart's view box.
#[derive(Clone, PartialEq)]
struct Placement {
    japan: (f64, f64),
    russia: (f64, f64),
}

impl Placement {
    fn new(r: &Result) -> Placement {
        let widen = |(lo, hi): (i32, i32)| (f64::from(lo.min(0)), f64::from(hi.max(0).max(lo + 1)));
        Placement { japan: widen(r.range.japan), russia: widen(r.range.russia) }
    }

    fn at(&self, p: Point) -> (f64, f64) {
        let x = LEFT + (f64::from(p.japan) - self.japan.0) / (self.japan.1 - self.japan.0) * (RIGHT - LEFT);
        let y = BOTTOM - (f64::from(p.russia) - self.russia.0) / (self.russia.1 - self.russia.0) * (BOTTOM - TOP);
        (x, y)
    }
}
