//! The page: wires the view state to the components and keeps the address in step.

use super::browser;
use super::components::{
    citation::Citation, island_controls::IslandControls, map_view::MapView, meter::Meter, notice::Notice,
    opinions::Opinions, outcome::Outcome, polls::Polls, positions::Positions, preset_picker::PresetPicker,
    share_bar::ShareBar, terms_controls::TermsControls, timeline::Timeline,
};
use crate::model::catalog::MAP;
use crate::model::evaluation::evaluate;
use crate::model::view::{Action, View};
use std::rc::Rc;
use yew::prelude::*;

/// `View` as yew state: every control dispatches an `Action`.
#[derive(PartialEq)]
struct State(View);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(self.0.apply(action)))
    }
}

#[component]
pub fn App() -> Html {
    let opened = use_memo((), |_| View::from_query(&browser::query()));
    let state = use_reducer({
        let opened = opened.clone();
        move || State(opened.0.clone())
    });
    let problem = use_state(|| opened.1.clone());
    let copied = use_state(|| None::<bool>);

    let query = state.0.to_query();
    use_effect_with(query.clone(), move |q| browser::replace_query(q));
    use_effect_with((), |_| browser::mark_ready());

    let view = &state.0;
    let today = browser::today();
    let as_of = view.as_of.unwrap_or(today);
    let evaluation = Rc::new(evaluate(&view.scenario, as_of));
    let dispatch = {
        let state = state.clone();
        let copied = copied.clone();
        Callback::from(move |a: Action| {
            copied.set(None);
            state.dispatch(a)
        })
    };
    let address = browser::address_with(&query);
    let on_copy = {
        let copied = copied.clone();
        let address = address.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            browser::copy(address.clone(), Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let on_dismiss = {
        let problem = problem.clone();
        Callback::from(move |_| problem.set(None))
    };
    let on_as_of = dispatch.reform(Action::AsOf);

    html! {
        <>
            <header class="masthead">
                <h1>{"Four Islands"}</h1>
                <p class="tagline">
                    {"Settlement scenarios for the islands off Hokkaido called the Northern Territories (北方領土) in Japan and the Southern Kurils (Южные Курилы) in Russia. Every figure and statement is sourced; the explorer computes and cites, and takes no side."}
                </p>
            </header>
            if let Some(message) = (*problem).clone() {
                <Notice {message} {on_dismiss} />
            }
            <main class="layout">
                <section class="controls" aria-label="Scenario">
                    <PresetPicker current={view.preset().map(|p| p.id)} on_choose={dispatch.reform(Action::Preset)} />
                    <IslandControls scenario={view.scenario} on_change={dispatch.reform(|(i, s)| Action::Island(i, s))} />
                    <TermsControls
                        scenario={view.scenario}
                        on_treaty={dispatch.reform(Action::PeaceTreaty)}
                        on_timing={dispatch.reform(Action::Timing)}
                        on_term={dispatch.reform(|(t, on)| Action::Term(t, on))}
                    />
                </section>
                <section class="results" aria-label="Outcome">
                    <MapView scenario={view.scenario} />
                    <ShareBar address={address} copied={*copied} {on_copy} />
                    <div aria-live="polite" class="live">
                        <Outcome evaluation={evaluation.clone()} />
                        <Meter index={evaluation.index} />
                    </div>
                    <Positions verdicts={evaluation.positions.clone()} {as_of} is_today={view.as_of.is_none()} on_as_of={on_as_of.clone()} />
                    <Polls polls={evaluation.polls.clone()} />
                    <Opinions opinions={evaluation.opinions.clone()} />
                    <Timeline {as_of} {on_as_of} />
                </section>
            </main>
            <footer class="colophon">
                <p>
                    {"Map: "}{MAP.attribution}{" ("}{MAP.licence}{"), via "}<Citation id={MAP.source} />
                    {". Areas: Japanese government survey of 2020 as published by MOFA; residents: Russian estimates of 1 January 2023 as reported by Hokkaido Shimbun. Names are given in both forms."}
                </p>
            </footer>
        </>
    }
}
