//! Counts later than the per-island figures the explorer computes with, each for the area or
//! definition it has: a district total is shown as one, never split into islands. Only the
//! full page shows them.

use super::citation::PageCitation;
use crate::i18n::{Lang, Naming, Noun, Text, counted, date, fill, local, t};
use crate::model::catalog::REGION;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterFiguresProps {
    pub lang: Lang,
    pub naming: Naming,
}

#[component]
pub fn LaterFigures(props: &LaterFiguresProps) -> Html {
    let (lang, naming) = (props.lang, props.naming);
    let cites = |ids: &'static [&'static str]| html! { <>{ for ids.iter().map(|id| html! { <>{" "}<PageCitation id={*id} {lang} /></> }) }</> };
    // The sentence around the items, each of which carries its own citations.
    let (before, after) = t(lang, Text::FormerAlive).split_once("{items}").unwrap_or(("", ""));
    let alive = &REGION.former_residents_alive;
    html! {
        <div class="later-figures small">
            { for REGION.residents_later.iter().map(|f| html! {
                <p class="later-residents">
                    {fill(t(lang, Text::LaterResidents), &[
                        ("count", &counted(lang, f.value as u32, Noun::Resident)),
                        ("date", &date(lang, f.date)),
                        ("scope", &local(lang, naming, &f.scope)),
                    ])}
                    {cites(f.sources)}
                </p>
            }) }
            if !alive.is_empty() {
                <p class="former-alive">
                    { for alive.iter().enumerate().map(|(i, f)| {
                        let item = fill(t(lang, Text::FormerAliveItem), &[
                            ("count", &counted(lang, f.value as u32, Noun::Resident)),
                            ("date", &date(lang, f.date)),
                            ("scope", &local(lang, naming, &f.scope)),
                        ]);
                        html! {
                            <>
                                if i == 0 { {before} }
                                {item}{cites(f.sources)}
                                if i + 1 < alive.len() { {t(lang, Text::ListSemicolon)} } else { {after} }
                            </>
                        }
                    }) }
                </p>
            }
        </div>
    }
}
