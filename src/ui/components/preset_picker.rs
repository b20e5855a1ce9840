//! The ready-made scenarios on offer, each with its one-line description and who proposed it;
//! a scenario that was once a preset says why it no longer is.

use super::citation::Citation;
use crate::i18n::{Lang, Naming, Text, local, t};
use crate::i18n::fill;
use crate::model::catalog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub current: Option<&'static str>,
    /// A preset no longer offered whose scenario this is (an old link or page).
    #[prop_or_default]
    pub retired: Option<&'static str>,
    pub lang: Lang,
    pub naming: Naming,
    pub on_choose: Callback<&'static str>,
}

#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let lang = props.lang;
    let chosen = props.current.and_then(catalog::preset);
    let retired = props.retired.and_then(catalog::preset);
    html! {
        <section class="panel presets">
            <h2>{t(lang, Text::PresetsHeading)}</h2>
            <div class="preset-list" role="group" aria-label={t(lang, Text::PresetsGroup)}>
                { for catalog::offered_presets().map(|p| {
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
                } else if let Some(p) = retired {
                    <p>{fill(t(lang, Text::PresetRetired), &[("title", &local(lang, props.naming, &p.texts.title))])}</p>
                    if let Some(why) = &p.retired {
                        <p class="small retired">{local(lang, props.naming, why)}{" "}
                            { for p.sources.iter().enumerate().map(|(i, id)| html! {
                                <>{ if i > 0 { "; " } else { "" } }<Citation id={*id} {lang} /></>
                            }) }
                        </p>
                    }
                } else {
                    <p>{t(lang, Text::CustomScenario)}</p>
                }
            </div>
        </section>
    }
}
