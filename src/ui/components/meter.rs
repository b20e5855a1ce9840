//! Where the scenario and each side's stated positions stand on one scale: Japan's share of
//! the land (drawn by `render::meter`).

use super::use_patched;
use crate::render::meter::meter_html;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Meter() -> Html {
    let loc = use_locale();
    let explorer = use_explorer();
    let node = use_patched(explorer.as_ref().map(|x| meter_html(loc, &x.evaluation)).unwrap_or_default());
    html! { <section class="panel meter" ref={node}></section> }
}
