//! A message about the address the page was opened with, which the reader can dismiss. The
//! problems are data; they are worded here, at each render, in the reader's language.

use crate::i18n::Text;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Notice() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    if explorer.problems().is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="alert">
            <div>{ for explorer.problems().iter().map(|p| html! { <p>{loc.problem(p)}</p> }) }</div>
            <button type="button" onclick={explorer.on_dismiss::<MouseEvent>()}>{loc.t(Text::Dismiss)}</button>
        </div>
    }
}
