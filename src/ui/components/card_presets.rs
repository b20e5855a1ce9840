//! The ready-made scenarios as one compact menu, for the embed's card: the chosen one, or a
//! custom scenario (or a preset no longer offered) as it stands.

use crate::i18n::Text;
use crate::model::catalog;
use crate::model::view::Action;
use crate::render::embed_card;
use crate::ui::events::select_value;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn CardPresets() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let view = explorer.view();
    let current = view.preset().map(|p| p.id);
    // A value that names no preset (the disabled line) changes nothing.
    let on_change = explorer.on_some(|e: Event| catalog::preset(&select_value(&e)).map(|p| Action::Preset(p.id)));
    let title = |p: &catalog::Preset| loc.text(&p.texts.title);
    html! {
        <div class="card-presets presets">
            <label for="card-preset">{loc.t(Text::PresetsHeading)}</label>
            <select id="card-preset" onchange={on_change}>
                if let Some(shown) = embed_card::unchosen_line(loc, view) {
                    <option value="" selected=true disabled=true>{shown}</option>
                }
                { for catalog::offered_presets().map(|p| html! {
                    <option value={p.id} selected={current == Some(p.id)}>{title(p)}</option>
                }) }
            </select>
        </div>
    }
}
