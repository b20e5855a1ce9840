//! The ready-made scenarios as one compact menu, for the embed's card: the chosen one, or a
//! custom scenario (or a preset no longer offered) as it stands.

use crate::i18n::{Lang, Naming, Text, local, t};
use crate::model::catalog;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardPresetsProps {
    pub current: Option<&'static str>,
    /// A preset no longer offered whose scenario this is (an old link or page).
    #[prop_or_default]
    pub retired: Option<&'static str>,
    pub lang: Lang,
    pub naming: Naming,
    pub on_choose: Callback<&'static str>,
}

#[component]
pub fn CardPresets(props: &CardPresetsProps) -> Html {
    let (lang, naming) = (props.lang, props.naming);
    let on_change = {
        let choose = props.on_choose.clone();
        Callback::from(move |e: Event| {
            if let Some(p) = catalog::preset(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                choose.emit(p.id);
            }
        })
    };
    let title = |p: &catalog::Preset| local(lang, naming, &p.texts.title);
    let shown = props.retired.and_then(catalog::preset).map_or_else(|| t(lang, Text::CustomTitle).to_owned(), title);
    html! {
        <div class="card-presets presets">
            <label for="card-preset">{t(lang, Text::PresetsHeading)}</label>
            <select id="card-preset" onchange={on_change}>
                if props.current.is_none() {
                    <option value="" selected=true disabled=true>{shown}</option>
                }
                { for catalog::offered_presets().map(|p| html! {
                    <option value={p.id} selected={props.current == Some(p.id)}>{title(p)}</option>
                }) }
            </select>
        </div>
    }
}
