//! A link to a source, by id: publisher and date, with the title on hover. `Citation` looks
//! only among the sources of what both pages show; `PageCitation`, for the panels only the full
//! page has (timeline, polls, opinions, precedents), among all, so the embed carries no more
//! sources than it cites.

use crate::i18n::{Locale, Text};
use crate::model::catalog::{self, Source};
use crate::ui::explorer::use_locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub id: &'static str,
}

#[component]
pub fn Citation(props: &CitationProps) -> Html {
    link(catalog::shared_source(props.id), props.id, use_locale())
}

#[component]
pub fn PageCitation(props: &CitationProps) -> Html {
    link(catalog::source(props.id), props.id, use_locale())
}

fn link(source: Option<&'static Source>, id: &'static str, loc: Locale) -> Html {
    match source {
        Some(s) => html! {
            <a class="cite" href={loc.local(&s.url)} title={loc.local(&s.title)} lang={s.language} target="_blank" rel="noopener noreferrer">
                {loc.local(&s.publisher)}{loc.t(Text::ListComma)}{s.date.map_or_else(|| loc.t(Text::Undated).to_owned(), |d| loc.date(d))}
            </a>
        },
        None => html! { <span class="cite">{id}</span> },
    }
}
