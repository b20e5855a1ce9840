//! "Embed in an article": the snippet for the current scenario, with a choice of controls.

use crate::i18n::{Lang, Text, t};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// For each choice of controls: its label, the loader snippet and the iframe snippet.
    pub snippets: Vec<(Text, String, String)>,
    pub lang: Lang,
    pub on_copy: Callback<String>,
}

#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| false);
    let choice = use_state(|| 1usize);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let Some((_, loader, iframe)) = props.snippets.get(*choice).or(props.snippets.first()) else { return html! {} };
    let copy = |text: &String| {
        let text = text.clone();
        props.on_copy.reform(move |_: MouseEvent| text.clone())
    };
    html! {
        <section class="panel embed-panel">
            <button type="button" id="embed-toggle" aria-expanded={open.to_string()} onclick={toggle}>{t(lang, Text::EmbedButton)}</button>
            if *open {
                <fieldset>
                    <legend>{t(lang, Text::EmbedControls)}</legend>
                    { for props.snippets.iter().enumerate().map(|(i, (label, _, _))| {
                        let chosen = i == *choice;
                        let choice = choice.clone();
                        let on_change = Callback::from(move |_: Event| choice.set(i));
                        html! { <label class="check"><input type="radio" name="embed-controls" checked={chosen} onchange={on_change} /><span>{t(lang, *label)}</span></label> }
                    }) }
                </fieldset>
                <label for="embed-code">{t(lang, Text::EmbedPaste)}</label>
                <textarea id="embed-code" readonly=true rows="3" value={loader.clone()} />
                <button type="button" id="copy-embed" onclick={copy(loader)}>{t(lang, Text::EmbedCopy)}</button>
                <label for="iframe-code">{t(lang, Text::IframePaste)}</label>
                <textarea id="iframe-code" readonly=true rows="3" value={iframe.clone()} />
                <button type="button" id="copy-iframe" onclick={copy(iframe)}>{t(lang, Text::IframeCopy)}</button>
            }
        </section>
    }
}
