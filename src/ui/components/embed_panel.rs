//! "Embed in an article": the snippet for the current scenario, with a choice of controls.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// The loader snippet and the plain iframe snippet for each choice of controls.
    pub snippets: Vec<(&'static str, String, String)>,
    pub on_copy: Callback<String>,
}

#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let open = use_state(|| false);
    let choice = use_state(|| 1usize);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let Some((_, loader, iframe)) = props.snippets.get(*choice).or(props.snippets.first()) else { return html! {} };
    html! {
        <section class="panel embed-panel">
            <button type="button" id="embed-toggle" aria-expanded={open.to_string()} onclick={toggle}>{"Embed in an article"}</button>
            if *open {
                <fieldset>
                    <legend>{"Controls shown to readers"}</legend>
                    { for props.snippets.iter().enumerate().map(|(i, (label, _, _))| {
                        let chosen = i == *choice;
                        let choice = choice.clone();
                        let on_change = Callback::from(move |_: Event| choice.set(i));
                        html! { <label class="check"><input type="radio" name="embed-controls" checked={chosen} onchange={on_change} /><span>{*label}</span></label> }
                    }) }
                </fieldset>
                <label for="embed-code">{"Paste this where the explorer should appear; it sizes itself to its content:"}</label>
                <textarea id="embed-code" readonly=true rows="3" value={loader.clone()} />
                <button type="button" id="copy-embed" onclick={props.on_copy.reform({ let l = loader.clone(); move |_: MouseEvent| l.clone() })}>{"Copy embed code"}</button>
                <label for="iframe-code">{"For sites that allow no scripts, a plain iframe of fixed height:"}</label>
                <textarea id="iframe-code" readonly=true rows="3" value={iframe.clone()} />
                <button type="button" id="copy-iframe" onclick={props.on_copy.reform({ let f = iframe.clone(); move |_: MouseEvent| f.clone() })}>{"Copy iframe code"}</button>
            }
        </section>
    }
}
