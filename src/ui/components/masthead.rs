//! The page's heading: the project's name, the area by the reader's names, the settings and
//! the tagline.

use super::settings::Settings;
use crate::i18n::{BRAND, Text};
use crate::ui::explorer::use_locale;
use yew::prelude::*;

#[component]
pub fn Masthead() -> Html {
    let loc = use_locale();
    html! {
        <header class="masthead">
            <div class="masthead-row">
                <h1>{BRAND}<span class="region">{loc.region()}</span></h1>
                <Settings />
            </div>
            <p class="tagline">{loc.t(Text::Tagline)}</p>
        </header>
    }
}
