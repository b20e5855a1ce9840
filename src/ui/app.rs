//! The full page: the explorer with every panel, sharing, embedding and the negotiation
//! analysis.

use super::browser;
use super::components::{
    analysis::Analysis, citation::Citation, embed_panel::EmbedPanel, later_figures::LaterFigures, opinions::Opinions,
    polls::Polls, precedents::Precedents, sea::Sea, settings::Settings, share_bar::ShareBar, timeline::Timeline,
};
use super::explorer::use_explorer;
use crate::i18n::{BRAND, Lang, Text, fill, region_name, scenario_title, t};
use crate::model::catalog::MAP;
use crate::model::view::{Action, Controls, Loader, Panels};
use crate::render::card::{HEIGHT, WIDTH, card_svg};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let e = use_explorer();
    let copied = use_state_eq(|| None::<bool>);
    let view = e.view();
    let (lang, naming) = (view.lang, view.naming);
    let query = e.query.clone();
    {
        // A "copied" note belongs to the address it copied.
        let copied = copied.clone();
        use_effect_with(query.clone(), move |_| copied.set(None));
    }
    let base = browser::base_address();
    let (dispatch, evaluation, as_of) = (&e.dispatch, &e.evaluation, e.as_of);
    let settings = html! {
        <Settings {lang} {naming} on_lang={dispatch.reform(Action::Lang)} on_naming={dispatch.reform(Action::Naming)} />
    };

    // What the reader shares carries the date shown, so it opens the same view later.
    let shared = view.pinned(as_of);
    let address = format!("{base}{}", shared.to_query());
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
    // It is drawn when asked for, not on every render: most readers never download it.
    let card = {
        let (scenario, evaluation, address) = (view.scenario, evaluation.clone(), address.clone());
        let title = view.preset().map_or(t(Lang::En, Text::CustomTitle), |p| p.title);
        move || card_svg(&scenario, &evaluation, title, &address)
    };
    let file = format!("four-islands-{}", crate::model::link::encode(&view.scenario));
    let on_download_svg = {
        let (file, card) = (file.clone(), card.clone());
        Callback::from(move |_| browser::download_svg(&file, &card()))
    };
    let on_download_png = Callback::from(move |_| browser::download_png(&file, &card(), WIDTH, HEIGHT));
    // The code names the loader by its content, with its integrity hash, so that an article
    // runs exactly the script its editors pasted.
    let (loader_file, integrity) = browser::embed_loader();
    let loader = Loader { file: &loader_file, integrity: integrity.as_deref() };
    let frame_title =
        fill(t(lang, Text::EmbedFrameTitle), &[("scenario", &scenario_title(lang, naming, &view.scenario))]);
    let snippets: Vec<(Text, String, String)> = [
        (Text::EmbedNone, Controls::None, Panels::Card),
        (Text::EmbedPresets, Controls::Presets, Panels::Card),
        (Text::EmbedAll, Controls::All, Panels::Card),
        (Text::EmbedLong, Controls::All, Panels::All),
    ]
    .into_iter()
    .map(|(label, c, p)| {
        (
            label,
            shared.embed_snippet(&base, c, p, &loader, &frame_title),
            shared.iframe_snippet(&base, c, p, &frame_title),
        )
    })
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
            {e.notice.clone()}
            <main class="layout">
                <section class="controls" aria-label={t(lang, Text::RegionScenario)}>
                    {e.preset_picker()}
                    <Precedents preset={view.preset()} {lang} {naming} />
                    {e.island_controls()}
                    {e.terms_controls(true)}
                </section>
                <section class="results" aria-label={t(lang, Text::RegionOutcome)}>
                    {e.map()}
                    <ShareBar {address} {lang} copied={*copied} {on_copy} {on_download_svg} {on_download_png} />
                    {e.figures()}
                    <Sea scenario={view.scenario} {lang} {naming} />
                    <LaterFigures {lang} {naming} />
                    <p class="to-analysis"><a href="#analysis">{t(lang, Text::ToAnalysis)}</a></p>
                    {e.positions()}
                    <Polls polls={evaluation.polls()} context={evaluation.context_polls()} {lang} {naming} />
                    <Opinions opinions={evaluation.opinions()} {lang} {naming} />
                    <Timeline {as_of} {lang} {naming} on_as_of={dispatch.reform(Action::AsOf)} />
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
                    {t(lang, Text::SentenceBreak)}{t(lang, Text::FooterSources)}
                </p>
            </footer>
        </>
    }
}
