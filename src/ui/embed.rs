//! The embed: the card an article needs (the scenario at a glance and a way into the rest),
//! with only the controls the host asked for. It is its own wasm binary
//! (`four-islands-embed`), so readers of an article do not download the full page's panels;
//! an embed code that asks for those (`panels=all`) runs on the binary of the full page's
//! panels (`four-islands-panels`), which the embed page's starter picks, and shows them below
//! the card.

use super::browser;
use super::components::{
    as_of_control::AsOfControl, card_presets::CardPresets, embed_card::EmbedCard, island_controls::IslandControls,
    later_figures::LaterFigures, meter::Meter, notice::Notice, opinions::Opinions, polls::Polls, positions::Positions,
    precedents::Precedents, sea::Sea, terms_controls::TermsControls, timeline::Timeline,
};
use super::explorer::{Explorer, provide, use_explorer_root};
use crate::model::view::{Controls, Layout, Panels, Theme};
use yew::prelude::*;

/// The embed's own binary: the card only.
#[component]
pub fn Embed() -> Html {
    let explorer = use_explorer_root(true);
    card(explorer, false)
}

/// The binary of the full page's panels on the embed page: the card and, if asked for, the
/// long panels.
#[component]
pub fn EmbedWithPanels() -> Html {
    let explorer = use_explorer_root(true);
    let panels = matches!(explorer.view().layout, Layout::Embed { panels: Panels::All, .. });
    card(explorer, panels)
}

/// The long panels below the card (they hold the date control, and the timeline the
/// fishing-rights term links to).
fn long_panels() -> Html {
    html! {
        <div class="embed-panels">
            <Meter />
            <Sea />
            <LaterFigures />
            <Precedents />
            <Positions />
            <Polls />
            <Opinions />
            <Timeline />
        </div>
    }
}

/// The card with the controls the embed code asks for, and the long panels below it if asked.
fn card(explorer: Explorer, panels: bool) -> Html {
    let view = explorer.view();
    let (controls, theme) = match view.layout {
        Layout::Embed { controls, theme, .. } => (controls, theme),
        // The embed binary opened as a full page: show the scenario with every control.
        Layout::Full => (Controls::All, Theme::Light),
    };
    // The full explorer at the date shown, so that it opens the same view.
    let full_address = format!("{}{}", browser::base_address(), view.pinned(explorer.as_of).full_query());
    let presets = if controls == Controls::None {
        Html::default()
    } else {
        html! { <CardPresets /> }
    };
    let all = controls == Controls::All;
    let date = (all && !panels).then(|| html! { <AsOfControl /> });
    // Every control, compact: the islands, then the treaty and timing with the other terms
    // folded under one line.
    let every_control = if all {
        html! { <div class="card-controls"><IslandControls /><TermsControls timeline={panels} folded=true /></div> }
    } else {
        Html::default()
    };
    provide(
        explorer,
        html! {
            <div class={classes!("embed", (theme == Theme::Dark).then_some("theme-dark"))}>
                <Notice />
                <EmbedCard {full_address} {presets} {date} controls={every_control} />
                if panels { {long_panels()} }
            </div>
        },
    )
}
