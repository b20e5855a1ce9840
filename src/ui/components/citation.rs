//! A link to a source, by id: publisher and date, with the title on hover. `Citation` looks
//! only among the sources of what both pages show; `PageCitation`, for the panels only the full
//! page has (timeline, polls, opinions, precedents), among all, so the embed carries no more
//! sources than it cites.

use crate::i18n::{Lang, Text, date, t};
use crate::model::catalog::{self, Source};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub id: &'static str,
    pub lang: Lang,
}

#[component]
pub fn Citation(props: &CitationProps) -> Html {
    link(catalog::shared_source(props.id), props)
}

#[component]
pub fn PageCitation(props: &CitationProps) -> Html {
    link(catalog::source(props.id), props)
}

fn link(source: Option<&'static Source>, props: &CitationProps) -> Html {
    match source {
        Some(s) => html! {
            <a class="cite" href={s.url} title={s.title} lang={s.language} target="_blank" rel="noopener noreferrer">
                {s.publisher}{t(props.lang, Text::ListComma)}{s.date.map_or_else(|| t(props.lang, Text::Undated).to_owned(), |d| date(props.lang, d))}
            </a>
        },
        None => html! { <span class="cite">{props.id}</span> },
    }
}
