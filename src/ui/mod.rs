//! The yew interface. It renders what `crate::model` computes; every side effect on the
//! browser lives in `browser`.

mod analysis_worker;
mod app;
mod browser;
mod components;
mod embed;
mod explorer;
use crate::i18n::labels;

/// Mounts the full explorer in `#app`, in place of the static content the page ships with; on
/// the embed page, the embed (the full binary can stand in for the embed's own). The page
/// says which it is: its address may be `/embed`, `/embed.html` or anything a host makes of it.
pub fn run() {
    if browser::page() == crate::model::view::Page::Embed {
        mount::<embed::EmbedWithPanels>();
    } else {
        mount::<app::App>();
    }
}

/// Mounts the embed: the entry point of the smaller `four-islands-embed` binary.
pub fn run_embed() {
    mount::<embed::Embed>();
}

fn mount<C: yew::BaseComponent<Properties = ()>>() {
    browser::mark_start();
    match browser::app_root() {
        Some(root) => {
            yew::Renderer::<C>::with_root(root).render();
        }
        None => {
            yew::Renderer::<C>::new().render();
        }
    }
}
