//! The full page: the explorer with every panel, sharing, embedding and the negotiation
//! analysis. It only places components; each reads the explorer and the locale from context.

use super::components::{
    analysis::Analysis, colophon::Colophon, embed_panel::EmbedPanel, figures::figures, island_controls::IslandControls,
    later_figures::LaterFigures, map_view::MapView, masthead::Masthead, notice::Notice, opinions::Opinions,
    polls::Polls, positions::Positions, precedents::Precedents, preset_picker::PresetPicker, sea::Sea,
    share_bar::ShareBar, terms_controls::TermsControls, timeline::Timeline,
};
use super::explorer::{provide, use_below_the_screen, use_explorer_root};
use crate::i18n::Text;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let explorer = use_explorer_root();
    let loc = explorer.view().locale();
    let below = use_below_the_screen(loc.lang);
    provide(
        explorer,
        html! {
            <>
                <Masthead />
                <Notice />
                <main class="layout">
                    <section class="controls" aria-label={loc.t(Text::RegionScenario)}>
                        <PresetPicker />
                        <Precedents />
                        <IslandControls />
                        <TermsControls timeline=true />
                    </section>
                    <section class="results" aria-label={loc.t(Text::RegionOutcome)}>
                        <MapView />
                        <ShareBar />
                        {figures()}
                        <Sea />
                        <LaterFigures />
                        <p class="to-analysis"><a href="#analysis">{loc.t(Text::ToAnalysis)}</a></p>
                        <Positions />
                        // Until their texts are there, their place, at about their height.
                        if below { <Polls /> <Opinions /> <Timeline /> } else { <div class="below-pending" data-pending=""></div> }
                        <EmbedPanel />
                    </section>
                </main>
                <Analysis />
                <Colophon />
            </>
        },
    )
}
