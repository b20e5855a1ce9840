//! The reader's language and choice of names.

use crate::i18n::{Lang, Naming, Text, t};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub lang: Lang,
    pub naming: Naming,
    pub on_lang: Callback<Lang>,
    pub on_naming: Callback<Naming>,
}

fn selected(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    let lang = props.lang;
    let fallback = props.lang;
    let on_lang = props.on_lang.reform(move |e: Event| Lang::from_code(&selected(&e)).unwrap_or(fallback));
    let on_naming = props.on_naming.reform(|e: Event| Naming::from_code(&selected(&e)).unwrap_or(Naming::Both));
    let naming_text = |n: Naming| match n {
        Naming::Japanese => Text::NamingJapanese,
        Naming::Russian => Text::NamingRussian,
        Naming::Both => Text::NamingBoth,
    };
    html! {
        <div class="settings">
            <label>{t(lang, Text::Language)}{" "}
                <select id="language" onchange={on_lang}>
                    { for Lang::ALL.into_iter().map(|l| html! {
                        <option value={l.code()} lang={l.code()} selected={l == lang}>{l.native_name()}</option>
                    }) }
                </select>
            </label>
            <label>{t(lang, Text::Naming)}{" "}
                <select id="naming" onchange={on_naming}>
                    { for Naming::ALL.into_iter().map(|n| html! {
                        <option value={n.code()} selected={n == props.naming}>{t(lang, naming_text(n))}</option>
                    }) }
                </select>
            </label>
        </div>
    }
}
