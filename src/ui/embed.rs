//! The embed: a compact view for articles, with only the controls the host asked for. It is
//! its own wasm binary (`four-islands-embed`), so readers of an article do not download the
//! full page's panels.

use super::browser;
use super::explorer::use_explorer;
use crate::i18n::{Text, t};
use crate::model::view::{Controls, Layout, Theme};
use yew::prelude::*;

#[component]
pub fn Embed() -> Html {
    let e = use_explorer();
    let view = e.view();
    let lang = view.lang;
    let (controls, theme) = match view.layout {
        Layout::Embed { controls, theme } => (controls, theme),
        // The embed binary opened as a full page: show the scenario with every control.
        Layout::Full => (Controls::All, Theme::Light),
    };
    let full = format!("{}{}", browser::base_address(), view.full_query());
    html! {
        <div class={classes!("embed", (theme == Theme::Dark).then_some("theme-dark"))}>
            {e.notice.clone()}
            if controls != Controls::None { {e.preset_picker()} }
            {e.map()}
            if controls == Controls::All { {e.island_controls()} {e.terms_controls(false)} }
            {e.figures()}
            {e.positions()}
            <p class="embed-footer"><a href={full} target="_blank" rel="noopener">{t(lang, Text::ViewFull)}</a>{" · "}{t(lang, Text::EmbedCredit)}</p>
        </div>
    }
}
