//! The yew interface. It renders what `crate::model` computes: `explorer` holds the state and
//! gives it to the components through context, `app` and `embed` place the components of each
//! page, and every side effect on the browser lives in `browser` (and, for the analysis
//! worker, `analysis_worker`); `events` reads what a control's event says.

mod analysis_worker;
mod browser;
mod components;
mod copy;
mod embed;
mod events;
mod explorer;
mod panels;
mod plain_embed;
mod plain_page;
mod two_binaries;

use crate::i18n::texts::Part;
use crate::model::site::Page;

/// Shows the full page's first screen in `#app`, in place of the static content the page
/// ships with, without yew: the entry point of `four-islands-web`. The embed page's starter
/// never starts it (it starts the card's binary, the embed's, or the panels' for
/// `panels=all`), so it carries no card.
pub fn run() {
    plain_page::run();
}

/// Mounts the embed: the entry point of the smaller `four-islands-embed` binary.
pub fn run_embed() {
    mount::<embed::Embed>(&[Part::Shared]);
}

/// Shows the embed's card without yew: the entry point of `four-islands-card`, which the
/// embed page's starter picks unless the embed code asks for every control or the long panels.
pub fn run_plain_embed() {
    plain_embed::run();
}

/// The entry point of `four-islands-panels`: on the full page, the parts far below the first
/// screen, into the places the first binary left; on the embed page (the page says which it
/// is: its address may be `/embed`, `/embed.html` or anything a host makes of it), whose
/// starter picks this binary when the embed code asks for the long panels, the card with
/// those panels.
pub fn run_panels() {
    if browser::page() == Page::Embed {
        mount::<embed::EmbedWithPanels>(&Part::ALL);
        return;
    }
    browser::load_texts(explorer::opening_state().view.lang, &[Part::Shared], || {
        if let Some(root) = two_binaries::panels_root() {
            yew::Renderer::<panels::Panels>::with_root(root).render();
        }
    });
}

/// Renders once the texts of the reader's language are there (the starter fetched them
/// beside the wasm, so this waits at most for the end of that download): the first screen's,
/// and for the embed's long panels the others too.
fn mount<C: yew::BaseComponent<Properties = ()>>(parts: &'static [Part]) {
    browser::mark_start();
    browser::load_texts(explorer::opening_state().view.lang, parts, render::<C>);
}

fn render<C: yew::BaseComponent<Properties = ()>>() {
    match browser::app_root() {
        Some(root) => {
            yew::Renderer::<C>::with_root(root).render();
        }
        None => {
            yew::Renderer::<C>::new().render();
        }
    }
}
