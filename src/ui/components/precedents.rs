//! The settlements elsewhere that someone cited as a model for the chosen proposal (drawn by
//! `render::precedents`). Only the full page shows them.

use super::use_patched;
use crate::i18n::Text;
use crate::model::catalog;
use crate::render::precedents::precedents_html;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Precedents() -> Html {
    let loc = use_locale();
    let explorer = use_explorer();
    let precedents = explorer.and_then(|x| x.view().preset().map(catalog::precedents)).unwrap_or_default();
    // Empty when there are none, so that the panel's return is a change of markup.
    let markup = if precedents.is_empty() { String::new() } else { precedents_html(loc, &precedents) };
    let node = use_patched(markup);
    if precedents.is_empty() {
        return html! {};
    }
    html! { <section class="panel precedents" aria-label={loc.t(Text::PrecedentsHeading)} ref={node}></section> }
}
