//! Assessments by named people and editorial boards about this kind of settlement: opinion,
//! labelled as such.

use super::citation::Citation;
use crate::i18n::{Lang, Text, date, t};
use crate::model::catalog::Opinion;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpinionsProps {
    pub opinions: Vec<&'static Opinion>,
    pub lang: Lang,
}

#[component]
pub fn Opinions(props: &OpinionsProps) -> Html {
    let lang = props.lang;
    if props.opinions.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel opinions">
            <h2>{t(lang, Text::OpinionsHeading)}</h2>
            <p class="small">{t(lang, Text::OpinionsNote)}</p>
            <ul>
                { for props.opinions.iter().map(|o| html! {
                    <li>
                        <p><span class="speaker" lang="en">{o.author}</span>{", "}<span lang="en">{o.role}</span>{" ("}{date(lang, o.date)}{"): "}
                            if let Some(q) = &o.quote { <q lang={q.language}>{q.text}</q>{" "} }
                            <span class="paraphrase" lang="en">{o.paraphrase}</span>{" "}<Citation id={o.source} {lang} /></p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
