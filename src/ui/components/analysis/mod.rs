//! The negotiation analysis: the reader's assumptions, every settlement in the two sides'
//! value space with the Pareto frontier and the bargaining solutions, a table of them, and
//! where they go when an assumption changes. The core computes (`model::negotiation`, off
//! the page in a worker) and `render::chart` places; these components draw, and let the
//! reader pick a point to open in the explorer.

mod assumptions;
mod chart;
mod exploration;
mod frontier_table;
mod legend;
mod sensitivity;

use crate::i18n::{Locale, Text};
use crate::model::negotiation::{Outcome, Valuations};
use crate::model::scenario::Scenario;
use crate::model::view::Action;
use crate::render::chart::Drawing;
use crate::ui::analysis_worker::{Failure, TIMEOUT_SECONDS};
use crate::ui::browser;
use crate::ui::explorer::{Explorer, use_explorer, use_locale};
use assumptions::Assumptions;
use chart::Chart;
use exploration::{Explored, use_exploration};
use frontier_table::FrontierTable;
use sensitivity::Sensitivity;
use std::rc::Rc;
use yew::prelude::*;

/// The panel: closed, with a button that opens it at the default assumptions, or open at
/// the assumptions the address carries.
#[component]
pub fn Analysis() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    match explorer.view().analysis {
        Some(valuations) => html! { <Panel {valuations} /> },
        None => html! {
            <section class="panel analysis" id="analysis">
                <h2>{loc.t(Text::AnalysisHeading)}</h2>
                <p>{loc.t(Text::AnalysisIntro)}</p>
                <button type="button" onclick={explorer.on(|_: MouseEvent| Action::Analysis(Some(Valuations::DEFAULT)))}>{loc.t(Text::AnalysisOpen)}</button>
            </section>
        },
    }
}

/// Opens a scenario the analysis offers in the explorer, which is at the top of the page:
/// the reader is shown what they opened.
fn open_in_explorer(explorer: &Explorer) -> Callback<Scenario> {
    explorer.on(|scenario| {
        browser::scroll_to_top();
        Action::Scenario(scenario)
    })
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    valuations: Valuations,
}

#[component]
fn Panel(props: &PanelProps) -> Html {
    let loc = use_locale();
    let (explored, retry) = use_exploration(props.valuations);
    let Some(explorer) = use_explorer() else { return html! {} };
    let (shown, drawing) = match explored {
        Explored::Ready(shown, drawing) => (shown, drawing),
        Explored::Pending => return waiting(loc, None, retry),
        Explored::Failed(failure) => return waiting(loc, Some(failure), retry),
    };
    let scenario = explorer.view().scenario;
    let current = Outcome { point: shown.value(&scenario), scenario };
    let marked = Rc::new(drawing.marked(current));
    html! {
        <section class="panel analysis" id="analysis" aria-busy={(shown != props.valuations).to_string()}>
            <h2>{loc.t(Text::AnalysisHeading)}</h2>
            <p class="disclaimer"><strong>{loc.t(Text::AnalysisDisclaimer)}</strong></p>
            <p>{summary(loc, &drawing)}</p>
            <Assumptions valuations={props.valuations} />
            <p class="actions">
                <button type="button" onclick={explorer.on(|_: MouseEvent| Action::Analysis(Some(Valuations::DEFAULT)))}>{loc.t(Text::Defaults)}</button>{" "}
                <button type="button" onclick={explorer.on(|_: MouseEvent| Action::Analysis(None))}>{loc.t(Text::AnalysisClose)}</button>
            </p>
            <Chart drawing={drawing.clone()} marked={marked.clone()} />
            <FrontierTable drawing={drawing.clone()} {marked} />
            <Sensitivity marked={drawing.exploration.sensitivity.clone()} />
        </section>
    }
}

/// How many settlements were weighed, and how many lie on the frontier.
fn summary(loc: Locale, drawing: &Drawing) -> String {
    let a = &drawing.exploration.analysis;
    loc.fill(
        Text::AnalysisSummary,
        &[("count", &loc.number(a.size as f64)), ("frontier", &loc.number(a.frontier.len() as f64))],
    )
}

/// The panel while the worker computes (`failure` is `None`), or after it failed, with a
/// button that tries again.
fn waiting(loc: Locale, failure: Option<Failure>, retry: Callback<()>) -> Html {
    let Some(failure) = failure else {
        return html! {
            <section class="panel analysis" id="analysis" aria-busy="true">
                <h2>{loc.t(Text::AnalysisHeading)}</h2>
                <p class="computing" role="status">{loc.t(Text::AnalysisComputing)}</p>
            </section>
        };
    };
    let message = match failure {
        Failure::NotStarted => loc.t(Text::AnalysisFailed).to_owned(),
        Failure::Broke => loc.t(Text::AnalysisBroke).to_owned(),
        Failure::TimedOut => loc.fill(Text::AnalysisTimeout, &[("seconds", &TIMEOUT_SECONDS.to_string())]),
    };
    html! {
        <section class="panel analysis" id="analysis" aria-busy="false">
            <h2>{loc.t(Text::AnalysisHeading)}</h2>
            <p class="computing" role="status">{message}</p>
            <button type="button" id="analysis-retry" onclick={retry.reform(|_: MouseEvent| ())}>{loc.t(Text::AnalysisRetry)}</button>
        </section>
    }
}
