//! The full page: the explorer with every panel, sharing, embedding and the negotiation
//! analysis. It only places components; each reads the explorer and the locale from context.
//! The parts far below the first screen are the second binary's (`super::panels`): this one
//! leaves their places.

use super::components::{
    colophon::Colophon, figures::figures, island_controls::IslandControls, later_figures::LaterFigures,
    map_view::MapView, masthead::Masthead, notice::Notice, precedents::Precedents, preset_picker::PresetPicker,
    remote::{Far, Remote}, share_bar::ShareBar, terms_controls::TermsControls,
};
use super::explorer::{provide, use_explorer_first, use_later_parts};
use crate::i18n::Text;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let parts = use_later_parts();
    let explorer = use_explorer_first(parts == 2);
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
                            <Remote part={Far::Sea} />
                            <LaterFigures />
                            <p class="to-analysis"><a href="#analysis">{loc.t(Text::ToAnalysis)}</a></p>
                            <Remote part={Far::Positions} />
                            <Remote part={Far::Below} />
                            <Remote part={Far::Embed} />
                        }
                    </section>
                </main>
                if parts == 2 { <Remote part={Far::Analysis} /> <Colophon /> }
            </>
        },
    )
}
