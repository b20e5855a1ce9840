//! "Embed in an article": the code for the current scenario, with a choice of controls. The
//! code names the loader by its content, with its integrity hash, so that an article runs
//! exactly the script its editors pasted; it is written only while the panel is open.

use crate::i18n::{Locale, Text};
use crate::model::view::{Controls, Panels, View};
use crate::render::snippet::{Loader, embed_snippet, iframe_snippet};
use crate::ui::browser;
use crate::ui::copy::{Copying, use_copying};
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

/// The choices of controls and panels, with their labels: the card, and the long panels as
/// an option for articles that want them.
const CHOICES: [(Controls, Panels, Text); 4] = [
    (Controls::None, Panels::Card, Text::EmbedNone),
    (Controls::Presets, Panels::Card, Text::EmbedPresets),
    (Controls::All, Panels::Card, Text::EmbedAll),
    (Controls::All, Panels::All, Text::EmbedLong),
];

#[component]
pub fn EmbedPanel() -> Html {
    let loc = use_locale();
    let open = use_state(|| false);
    let choice = use_state(|| (Controls::Presets, Panels::Card));
    let copying = use_copying();
    let Some(explorer) = use_explorer() else { return html! {} };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <section class="panel embed-panel">
            <button type="button" id="embed-toggle" aria-expanded={open.to_string()} onclick={toggle}>{loc.t(Text::EmbedButton)}</button>
            if *open {
                <fieldset>
                    <legend>{loc.t(Text::EmbedControls)}</legend>
                    { for CHOICES.into_iter().map(|(controls, panels, label)| {
                        let choice = choice.clone();
                        let chosen = *choice == (controls, panels);
                        let on_change = Callback::from(move |_: Event| choice.set((controls, panels)));
                        html! { <label class="check"><input type="radio" name="embed-controls" checked={chosen} onchange={on_change} /><span>{loc.t(label)}</span></label> }
                    }) }
                </fieldset>
                { code(loc, &explorer.view().pinned(explorer.as_of), *choice, &copying) }
            }
        </section>
    }
}

/// The loader code and the plain iframe for these controls and panels, each with its copy button.
fn code(loc: Locale, shared: &View, (controls, panels): (Controls, Panels), copying: &Copying) -> Html {
    let base = browser::base_address();
    let (loader_file, integrity) = browser::embed_loader();
    let loader = Loader { file: &loader_file, integrity: integrity.as_deref() };
    let title = loc.fill(Text::EmbedFrameTitle, &[("scenario", &loc.scenario_title(&shared.scenario))]);
    let (with_loader, iframe) = (
        embed_snippet(shared, &base, controls, panels, &loader, &title),
        iframe_snippet(shared, &base, controls, panels, &title),
    );
    let copy = |text: &String| {
        let text = text.clone();
        copying.copy.reform(move |_: MouseEvent| text.clone())
    };
    let status = [&with_loader, &iframe]
        .into_iter()
        .find_map(|text| copying.status(text))
        .map(|ok| loc.t(if ok { Text::Copied } else { Text::CopyRefused }));
    html! {
        <>
            <label for="embed-code">{loc.t(Text::EmbedPaste)}</label>
            <textarea id="embed-code" readonly=true rows="3" value={with_loader.clone()} />
            <button type="button" id="copy-embed" onclick={copy(&with_loader)}>{loc.t(Text::EmbedCopy)}</button>
            <label for="iframe-code">{loc.t(Text::IframePaste)}</label>
            <textarea id="iframe-code" readonly=true rows="3" value={iframe.clone()} />
            <button type="button" id="copy-iframe" onclick={copy(&iframe)}>{loc.t(Text::IframeCopy)}</button>
            <span class="small" role="status">{status.unwrap_or_default()}</span>
        </>
    }
}
