//! Assessments by named people and editorial boards about this kind of settlement: opinion,
//! labelled as such.

use super::citation::Citation;
use crate::model::catalog::Opinion;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpinionsProps {
    pub opinions: Vec<&'static Opinion>,
}

#[component]
pub fn Opinions(props: &OpinionsProps) -> Html {
    if props.opinions.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel opinions">
            <h2>{"Opinions on this kind of settlement"}</h2>
            <p class="small">{"These are the views of the people named, not findings of fact."}</p>
            <ul>
                { for props.opinions.iter().map(|o| html! {
                    <li>
                        <p><span class="speaker">{o.author}</span>{", "}{o.role}{" ("}{o.date.to_string()}{"): "}
                            if let Some(q) = &o.quote { <q>{q.text}</q>{" "} }
                            <span class="paraphrase">{o.paraphrase}</span>{" "}<Citation id={o.source} /></p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
