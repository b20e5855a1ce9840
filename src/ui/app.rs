//! The page: wires the view state to the components and keeps the address in step.

use super::browser;
use super::components::{
    analysis::Analysis, citation::Citation, embed_panel::EmbedPanel, island_controls::IslandControls,
    map_view::MapView, meter::Meter, notice::Notice, opinions::Opinions, outcome::Outcome, polls::Polls,
    positions::Positions, preset_picker::PresetPicker, settings::Settings, share_bar::ShareBar,
    terms_controls::TermsControls, timeline::Timeline,
};
use crate::i18n::{BRAND, Lang, Text, region_name, t};
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
    let opened = use_memo((), |_| {
        let preferred = browser::preferred_languages();
        let lang = Lang::from_preferences(preferred.iter().map(String::as_str));
        View::from_address(&browser::path(), &browser::query(), lang)
    });
    let state = use_reducer({
        let opened = opened.clone();
        move || State(opened.0.clone())
    });
    let problem = use_state(|| opened.1.clone());
    let copied = use_state(|| None::<bool>);

    let view = &state.0;
    let (lang, naming) = (view.lang, view.naming);
    let query = view.to_query();
    let embedded = matches!(view.layout, Layout::Embed { .. });
    use_effect_with(query.clone(), move |q| browser::replace_query(q));
    use_effect_with(lang, |lang| browser::set_document_lang(lang.code()));
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
    let notice = (*problem).clone().map(|message| html! { <Notice {message} {lang} {on_dismiss} /> });
    let settings = html! {
        <Settings {lang} {naming} on_lang={dispatch.reform(Action::Lang)} on_naming={dispatch.reform(Action::Naming)} />
    };
    let preset_picker = html! { <PresetPicker current={view.preset().map(|p| p.id)} {lang} {naming} on_choose={dispatch.reform(Action::Preset)} /> };
    let island_controls = html! {
        <IslandControls scenario={view.scenario} {lang} {naming} on_change={dispatch.reform(|(i, s)| Action::Island(i, s))} />
    };
    let terms_controls = html! {
        <TermsControls
            scenario={view.scenario}
            {lang}
            on_treaty={dispatch.reform(Action::PeaceTreaty)}
            on_timing={dispatch.reform(Action::Timing)}
            on_term={dispatch.reform(|(t, on)| Action::Term(t, on))}
        />
    };
    let figures = html! {
        <div aria-live="polite" class="live">
            <Outcome evaluation={evaluation.clone()} {lang} />
            <Meter index={evaluation.index} {lang} />
        </div>
    };
    let positions = html! {
        <Positions verdicts={evaluation.positions.clone()} {as_of} is_today={view.as_of.is_none()} {lang} {naming} on_as_of={on_as_of.clone()} />
    };
    let map = html! { <MapView scenario={view.scenario} {lang} {naming} /> };

    if let Layout::Embed { controls, theme } = view.layout {
        let full = format!("{base}{}", view.full_query());
        return html! {
            <div class={classes!("embed", (theme == Theme::Dark).then_some("theme-dark"))}>
                {notice}
                if controls != Controls::None { {preset_picker} }
                {map}
                if controls == Controls::All { {island_controls} {terms_controls} }
                {figures}
                {positions}
                <p class="embed-footer"><a href={full} target="_blank" rel="noopener">{t(lang, Text::ViewFull)}</a>{" · "}{t(lang, Text::EmbedCredit)}</p>
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
    // The exported card is in English, like the pre-rendered pages and their preview images.
    let card = {
        let title = view.preset().map_or(t(Lang::En, Text::CustomTitle), |p| p.title);
        card_svg(&view.scenario, &evaluation, title, &address)
    };
    let file = format!("four-islands-{}", crate::model::link::encode(&view.scenario));
    let on_download_svg = {
        let (file, card) = (file.clone(), card.clone());
        Callback::from(move |_| browser::download_svg(&file, &card))
    };
    let on_download_png = Callback::from(move |_| browser::download_png(&file, &card, WIDTH, HEIGHT));
    let snippets: Vec<(Text, String, String)> =
        [(Text::EmbedNone, Controls::None), (Text::EmbedPresets, Controls::Presets), (Text::EmbedAll, Controls::All)]
            .into_iter()
            .map(|(label, c)| (label, view.embed_snippet(&base, c), view.iframe_snippet(&base, c)))
            .collect();

    html! {
        <>
            <header class="masthead">
                <div class="masthead-row">
                    <h1>{BRAND}<span class="region">{region_name(lang, naming)}</span></h1>
                    {settings}
                </div>
                <p class="tagline">{t(lang, Text::Tagline)}</p>
            </header>
            {notice}
            <main class="layout">
                <section class="controls" aria-label={t(lang, Text::RegionScenario)}>
                    {preset_picker}
                    {island_controls}
                    {terms_controls}
                </section>
                <section class="results" aria-label={t(lang, Text::RegionOutcome)}>
                    {map}
                    <ShareBar {address} {lang} copied={*copied} {on_copy} {on_download_svg} {on_download_png} />
                    {figures}
                    <p class="to-analysis"><a href="#analysis">{t(lang, Text::ToAnalysis)}</a></p>
                    {positions}
                    <Polls polls={evaluation.polls.clone()} {lang} {naming} />
                    <Opinions opinions={evaluation.opinions.clone()} {lang} {naming} />
                    <Timeline {as_of} {lang} {naming} {on_as_of} />
                    <EmbedPanel {snippets} {lang} on_copy={copy_text} />
                </section>
            </main>
            <Analysis valuations={view.analysis} scenario={view.scenario} {lang} {naming}
                on_valuations={dispatch.reform(Action::Analysis)} on_open={dispatch.reform(|s| {
                    // The explorer is at the top: show the reader what they opened.
                    browser::scroll_to_top();
                    Action::Scenario(s)
                })} />
            <footer class="colophon">
                <p>
                    {t(lang, Text::FooterMap)}{" "}{MAP.attribution}{" ("}{MAP.licence}{"), "}<Citation id={MAP.source} {lang} />
                    {". "}{t(lang, Text::FooterSources)}
                </p>
            </footer>
        </>
    }
}
