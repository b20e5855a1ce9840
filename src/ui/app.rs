//! The page: wires the view state to the components and keeps the address in step.

use super::browser;
use super::components::{
    citation::Citation, embed_panel::EmbedPanel, island_controls::IslandControls, map_view::MapView, meter::Meter,
    notice::Notice, opinions::Opinions, outcome::Outcome, polls::Polls, positions::Positions,
    preset_picker::PresetPicker, share_bar::ShareBar, terms_controls::TermsControls, timeline::Timeline,
};
use crate::model::catalog::MAP;
use crate::model::evaluation::evaluate;
use crate::model::view::{Action, Controls, Layout, Theme, View};
use crate::render::card::{HEIGHT, WIDTH, card_svg};
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
    let opened = use_memo((), |_| View::from_address(&browser::path(), &browser::query()));
    let state = use_reducer({
        let opened = opened.clone();
        move || State(opened.0.clone())
    });
    let problem = use_state(|| opened.1.clone());
    let copied = use_state(|| None::<bool>);

    let view = &state.0;
    let query = view.to_query();
    let embedded = matches!(view.layout, Layout::Embed { .. });
    use_effect_with(query.clone(), move |q| browser::replace_query(q));
    use_effect_with(embedded, |&embedded| {
        if embedded {
            browser::report_height();
        }
        browser::mark_ready();
    });

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
    let base = browser::base_address();
    let on_dismiss = {
        let problem = problem.clone();
        Callback::from(move |_| problem.set(None))
    };
    let on_as_of = dispatch.reform(Action::AsOf);
    let notice = (*problem).clone().map(|message| html! { <Notice {message} {on_dismiss} /> });
    let preset_picker =
        html! { <PresetPicker current={view.preset().map(|p| p.id)} on_choose={dispatch.reform(Action::Preset)} /> };
    let island_controls = html! { <IslandControls scenario={view.scenario} on_change={dispatch.reform(|(i, s)| Action::Island(i, s))} /> };
    let terms_controls = html! {
        <TermsControls
            scenario={view.scenario}
            on_treaty={dispatch.reform(Action::PeaceTreaty)}
            on_timing={dispatch.reform(Action::Timing)}
            on_term={dispatch.reform(|(t, on)| Action::Term(t, on))}
        />
    };
    let figures = html! {
        <div aria-live="polite" class="live">
            <Outcome evaluation={evaluation.clone()} />
            <Meter index={evaluation.index} />
        </div>
    };
    let positions = html! {
        <Positions verdicts={evaluation.positions.clone()} {as_of} is_today={view.as_of.is_none()} on_as_of={on_as_of.clone()} />
    };

    if let Layout::Embed { controls, theme } = view.layout {
        let full = format!("{base}{}", view.full_query());
        return html! {
            <div class={classes!("embed", (theme == Theme::Dark).then_some("theme-dark"))}>
                {notice}
                if controls != Controls::None { {preset_picker} }
                <MapView scenario={view.scenario} />
                if controls == Controls::All { {island_controls} {terms_controls} }
                {figures}
                {positions}
                <p class="embed-footer"><a href={full} target="_blank" rel="noopener">{"View full explorer"}</a>{" · Four Islands. Map © OpenStreetMap contributors."}</p>
            </div>
        };
    }

    let address = format!("{base}{query}");
    let copy_text = {
        let copied = copied.clone();
        Callback::from(move |text: String| {
            let copied = copied.clone();
            browser::copy(text, Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let on_copy = copy_text.reform({
        let address = address.clone();
        move |_| address.clone()
    });
    let card = {
        let title = view.preset().map_or("Custom scenario", |p| p.title);
        card_svg(&view.scenario, &evaluation, title, &address)
    };
    let file = format!("four-islands-{}", crate::model::link::encode(&view.scenario));
    let on_download_svg = {
        let (file, card) = (file.clone(), card.clone());
        Callback::from(move |_| browser::download_svg(&file, &card))
    };
    let on_download_png = Callback::from(move |_| browser::download_png(&file, &card, WIDTH, HEIGHT));
    let snippets: Vec<(&'static str, String, String)> =
        [("None: the scenario only", Controls::None), ("Presets", Controls::Presets), ("All controls", Controls::All)]
            .into_iter()
            .map(|(label, c)| (label, view.embed_snippet(&base, c), view.iframe_snippet(&base, c)))
            .collect();

    html! {
        <>
            <header class="masthead">
                <h1>{"Four Islands"}</h1>
                <p class="tagline">
                    {"Settlement scenarios for the islands off Hokkaido called the Northern Territories (北方領土) in Japan and the Southern Kurils (Южные Курилы) in Russia. Every figure and statement is sourced; the explorer computes and cites, and takes no side."}
                </p>
            </header>
            {notice}
            <main class="layout">
                <section class="controls" aria-label="Scenario">
                    {preset_picker}
                    {island_controls}
                    {terms_controls}
                </section>
                <section class="results" aria-label="Outcome">
                    <MapView scenario={view.scenario} />
                    <ShareBar {address} copied={*copied} {on_copy} {on_download_svg} {on_download_png} />
                    {figures}
                    {positions}
                    <Polls polls={evaluation.polls.clone()} />
                    <Opinions opinions={evaluation.opinions.clone()} />
                    <Timeline {as_of} {on_as_of} />
                    <EmbedPanel {snippets} on_copy={copy_text} />
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
