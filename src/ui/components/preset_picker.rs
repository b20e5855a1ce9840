//! The ready-made scenarios, each with its one-line description and who proposed it.

use super::citation::Citation;
use crate::i18n::{Lang, Naming, Text, local, t};
use crate::model::catalog::{self, PRESETS};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub current: Option<&'static str>,
    pub lang: Lang,
    pub naming: Naming,
    pub on_choose: Callback<&'static str>,
}

#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let lang = props.lang;
    let chosen = props.current.and_then(catalog::preset);
    html! {
        <section class="panel presets">
            <h2>{t(lang, Text::PresetsHeading)}</h2>
            <div class="preset-list" role="group" aria-label={t(lang, Text::PresetsGroup)}>
                { for PRESETS.iter().map(|p| {
                    let on_click = props.on_choose.reform(move |_: MouseEvent| p.id);
                    let (title, description) = (local(lang, props.naming, &p.texts.title), local(lang, props.naming, &p.texts.description));
                    html! {
                        <button type="button" class="preset" data-preset={p.id} title={description}
                            aria-pressed={(props.current == Some(p.id)).to_string()} onclick={on_click}>
                            {title}
                        </button>
                    }
                }) }
            </div>
            <div class="preset-about">
                if let Some(p) = chosen {
                    <p>{local(lang, props.naming, &p.texts.description)}</p>
                    <p class="small">{t(lang, Text::ProposedBy)}{" "}{local(lang, props.naming, &p.proposed_by)}{t(lang, Text::SentenceBreak)}
                        { for p.sources.iter().enumerate().map(|(i, id)| html! {
                            <>{ if i > 0 { "; " } else { "" } }<Citation id={*id} {lang} /></>
                        }) }
                    </p>
                } else {
                    <p>{t(lang, Text::CustomScenario)}</p>
                }
            </div>
        </section>
    }
}
