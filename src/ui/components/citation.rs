//! A link to a source, by id: publisher and date, with the title on hover.

use crate::model::catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub id: &'static str,
}

#[component]
pub fn Citation(props: &CitationProps) -> Html {
    match catalog::source(props.id) {
        Some(s) => html! {
            <a class="cite" href={s.url} title={s.title} target="_blank" rel="noopener noreferrer">
                {s.publisher}{", "}{s.date.to_string()}
            </a>
        },
        None => html! { <span class="cite">{props.id}</span> },
    }
}
