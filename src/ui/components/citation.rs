//! A link to a source, by id: publisher and date, with the title on hover.

use crate::i18n::{Lang, Text, date, t};
use crate::model::catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub id: &'static str,
    pub lang: Lang,
}

#[component]
pub fn Citation(props: &CitationProps) -> Html {
    match catalog::source(props.id) {
        Some(s) => html! {
            <a class="cite" href={s.url} title={s.title} lang={s.language} target="_blank" rel="noopener noreferrer">
                {s.publisher}{t(props.lang, Text::ListComma)}{s.date.map_or_else(|| t(props.lang, Text::Undated).to_owned(), |d| date(props.lang, d))}
            </a>
        },
        None => html! { <span class="cite">{props.id}</span> },
    }
}
