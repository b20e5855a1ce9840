//! Counts later than the per-island figures the explorer computes with, each for the area or
//! definition it has: a district total is shown as one, never split into islands. Only the
//! full page shows them.

use super::citation::PageCitation;
use crate::i18n::{Noun, Text};
use crate::model::catalog::REGION;
use crate::ui::explorer::use_locale;
use yew::prelude::*;

#[component]
pub fn LaterFigures() -> Html {
    let loc = use_locale();
    let cites = |ids: &'static [&'static str]| html! { <>{ for ids.iter().map(|id| html! { <>{" "}<PageCitation id={*id} /></> }) }</> };
    // The sentence around the items, each of which carries its own citations.
    let (before, after) = loc.t(Text::FormerAlive).split_once("{items}").unwrap_or(("", ""));
    let alive = &REGION.former_residents_alive;
    html! {
        <div class="later-figures small">
            { for REGION.residents_later.iter().map(|f| html! {
                <p class="later-residents">
                    {loc.fill(Text::LaterResidents, &[
                        ("count", &loc.counted(f.value as u32, Noun::Resident)),
                        ("date", &loc.date(f.date)),
                        ("scope", &loc.text(&f.scope)),
                    ])}
                    {cites(f.sources)}
                </p>
            }) }
            if !alive.is_empty() {
                <p class="former-alive">
                    { for alive.iter().enumerate().map(|(i, f)| {
                        let item = loc.fill(Text::FormerAliveItem, &[
                            ("count", &loc.counted(f.value as u32, Noun::Resident)),
                            ("date", &loc.date(f.date)),
                            ("scope", &loc.text(&f.scope)),
                        ]);
                        html! {
                            <>
                                if i == 0 { {before} }
                                {item}{cites(f.sources)}
                                if i + 1 < alive.len() { {loc.t(Text::ListSemicolon)} } else { {after} }
                            </>
                        }
                    }) }
                </p>
            }
        </div>
    }
}
