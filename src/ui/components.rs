//! One component per file. Each reads the explorer and the locale from context
//! (`crate::ui::explorer`) and takes as props only the values its parent computed for it;
//! what it shows and decides comes from the core, its words from `crate::i18n`.

pub mod analysis;
pub mod as_of_control;
pub mod card_presets;
pub mod citation;
pub mod embed_card;
pub mod embed_panel;
pub mod island_controls;
pub mod later_figures;
pub mod meter;
pub mod near;
pub mod notice;
pub mod opinions;
pub mod polls;
pub mod positions;
pub mod precedents;
pub mod quote;
pub mod sea;
pub mod sea_shapes;
pub mod sea_tables;
pub mod terms_controls;
pub mod timeline;

use crate::ui::browser;
use yew::{AttrValue, Html, NodeRef, hook, use_effect_with, use_node_ref};

/// Markup made by our own renderers (`crate::render`) from compiled-in data and numbers, which
/// escape all text: never from the address or any other input.
pub(crate) fn trusted_markup(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}

/// An element whose content is markup made by our own renderers (`crate::render`, as for
/// [`trusted_markup`]), patched in place on each change instead of replaced: give the element
/// the returned ref and no children.
#[hook]
pub(crate) fn use_patched(markup: String) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(markup, move |markup| browser::patch_content(&node, markup));
    }
    node
}
