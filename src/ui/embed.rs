//! The embed: a compact view for articles, with only the controls the host asked for. It is
//! its own wasm binary (`four-islands-embed`), so readers of an article do not download the
//! full page's panels.

use super::browser;
use super::components::{
    figures::figures, island_controls::IslandControls, map_view::MapView, notice::Notice, positions::Positions,
    preset_picker::PresetPicker, terms_controls::TermsControls,
};
use super::explorer::{provide, use_explorer_root};
use crate::i18n::Text;
use crate::model::view::{Controls, Layout, Theme};
use yew::prelude::*;

#[component]
pub fn Embed() -> Html {
    let explorer = use_explorer_root();
    let view = explorer.view();
    let loc = view.locale();
    let (controls, theme) = match view.layout {
        Layout::Embed { controls, theme } => (controls, theme),
        // The embed binary opened as a full page: show the scenario with every control.
        Layout::Full => (Controls::All, Theme::Light),
    };
    let full = format!("{}{}", browser::base_address(), view.full_query());
    provide(explorer.clone(), html! {
        <div class={classes!("embed", (theme == Theme::Dark).then_some("theme-dark"))}>
            <Notice />
            if controls != Controls::None { <PresetPicker /> }
            <MapView />
            if controls == Controls::All { <IslandControls /> <TermsControls /> }
            {figures()}
            <Positions />
            <p class="embed-footer"><a href={full} target="_blank" rel="noopener">{loc.t(Text::ViewFull)}</a>{" · "}{loc.t(Text::EmbedCredit)}</p>
        </div>
    })
}
