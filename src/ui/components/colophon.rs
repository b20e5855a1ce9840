//! The page's footer: where the map comes from, and where the sources are.

use super::citation::Citation;
use crate::i18n::Text;
use crate::model::catalog::MAP;
use crate::ui::explorer::use_locale;
use yew::prelude::*;

#[component]
pub fn Colophon() -> Html {
    let loc = use_locale();
    html! {
        <footer class="colophon">
            <p>
                {loc.t(Text::FooterMap)}{" "}{MAP.attribution}{" ("}{MAP.licence}{"), "}<Citation id={MAP.source} />
                {loc.t(Text::SentenceBreak)}{loc.t(Text::FooterSources)}
            </p>
        </footer>
    }
}
