//! The full page: the explorer with every panel, sharing, embedding and the negotiation
//! analysis. It only places components; each reads the explorer and the locale from context.

use super::components::{
    analysis::Analysis, colophon::Colophon, embed_panel::EmbedPanel, figures::figures, island_controls::IslandControls,
    later_figures::LaterFigures, map_view::MapView, masthead::Masthead, near::Near, notice::Notice, opinions::Opinions,
    polls::Polls, positions::Positions, precedents::Precedents, preset_picker::PresetPicker, sea::Sea,
    share_bar::ShareBar, terms_controls::TermsControls, timeline::Timeline,
};
use super::explorer::{provide, use_explorer_root, use_later_parts};
use crate::i18n::Text;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let parts = use_later_parts();
    let explorer = use_explorer_root(parts == 2);
    let loc = explorer.view().locale();
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
                        if parts >= 1 { <MapView /> }
                        if parts == 2 {
                            <ShareBar />
                            {figures()}
                            <Near place="sea-pending" headings={SEA}><Sea /></Near>
                            <LaterFigures />
                            <p class="to-analysis"><a href="#analysis">{loc.t(Text::ToAnalysis)}</a></p>
                            <Near place="positions-pending" headings={POSITIONS} texts=true><Positions /></Near>
                            <Near place="below-pending" headings={BELOW} texts=true><Polls /><Opinions /><Timeline /></Near>
                            <EmbedPanel />
                        }
                    </section>
                </main>
                if parts == 2 { <Analysis /> <Colophon /> }
            </>
        },
    )
}

// The headings of what waits far below the first screen (see `near::Near`).
const SEA: &[Text] = &[Text::SeaHeading];
const POSITIONS: &[Text] = &[Text::PositionsHeading];
const BELOW: &[Text] = &[Text::PollsHeading, Text::OpinionsHeading, Text::TimelineHeading];
