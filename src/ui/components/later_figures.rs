//! Counts later than the per-island figures the explorer computes with (drawn by
//! `render::outcome`). Only the full page shows them.

use super::use_patched;
use crate::render::outcome::later_figures_html;
use crate::ui::explorer::use_locale;
use yew::prelude::*;

#[component]
pub fn LaterFigures() -> Html {
    let loc = use_locale();
    let node = use_patched(later_figures_html(loc));
    html! { <div class="later-figures small" ref={node}></div> }
}
