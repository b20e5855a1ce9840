//! Treaties and events from 1855 on; choosing one shows the positions as of its date.

use super::citation::Citation;
use crate::model::catalog::DOCUMENTS;
use crate::model::date::Date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub as_of: Date,
    pub on_as_of: Callback<Option<Date>>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    html! {
        <section class="panel timeline">
            <h2>{"Timeline"}</h2>
            <ol>
                { for DOCUMENTS.iter().map(|d| {
                    let date = d.date.end();
                    let on_click = props.on_as_of.reform(move |_: MouseEvent| Some(date));
                    let current = d.date <= props.as_of;
                    html! {
                        <li class={classes!("event", current.then_some("past"))} data-document={d.id}>
                            <p><time>{d.date.to_string()}</time>{" "}<strong>{d.title}</strong></p>
                            <p>{d.summary}{" "}
                                { for d.sources.iter().map(|id| html! { <><Citation id={*id} />{" "}</> }) }
                            </p>
                            <button type="button" class="link" onclick={on_click} aria-controls="positions">{"Positions as of this date"}</button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
