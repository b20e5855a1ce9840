//! The ready-made scenarios, each with its one-line description and who proposed it.

use super::citation::Citation;
use crate::model::catalog::{self, PRESETS};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub current: Option<&'static str>,
    pub on_choose: Callback<&'static str>,
}

#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let chosen = props.current.and_then(catalog::preset);
    html! {
        <section class="panel presets">
            <h2>{"Start from a proposal"}</h2>
            <div class="preset-list" role="group" aria-label="Ready-made scenarios">
                { for PRESETS.iter().map(|p| {
                    let on_click = props.on_choose.reform(move |_: MouseEvent| p.id);
                    html! {
                        <button type="button" class="preset" data-preset={p.id}
                            aria-pressed={(props.current == Some(p.id)).to_string()} onclick={on_click}>
                            {p.title}
                        </button>
                    }
                }) }
            </div>
            <div class="preset-about">
                if let Some(p) = chosen {
                    <p>{p.description}</p>
                    <p class="small">{"Proposed or discussed by: "}{p.proposed_by}{". "}
                        { for p.sources.iter().enumerate().map(|(i, id)| html! {
                            <>{ if i > 0 { "; " } else { "" } }<Citation id={*id} /></>
                        }) }
                    </p>
                } else {
                    <p>{"A custom scenario: change any island or term below."}</p>
                }
            </div>
        </section>
    }
}
