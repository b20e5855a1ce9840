//! One component per file. Each reads the explorer and the locale from context
//! (`crate::ui::explorer`) and takes as props only the values its parent computed for it;
//! what it shows and decides comes from the core, its words from `crate::i18n`.

pub mod analysis;
pub mod as_of_control;
pub mod card_presets;
pub mod citation;
pub mod colophon;
pub mod embed_card;
pub mod embed_panel;
pub mod figures;
pub mod island_controls;
pub mod later_figures;
pub mod map_view;
pub mod masthead;
pub mod meter;
pub mod near;
pub mod notice;
pub mod opinions;
pub mod outcome;
pub mod polls;
pub mod positions;
pub mod precedents;
pub mod preset_picker;
pub mod quote;
pub mod remote;
pub mod sea;
pub mod sea_shapes;
pub mod sea_tables;
pub mod settings;
pub mod share_bar;
pub mod terms_controls;
pub mod timeline;

use yew::{AttrValue, Html};

/// Markup made by our own renderers (`crate::render`) from compiled-in data and numbers, which
/// escape all text: never from the address or any other input.
pub(crate) fn trusted_markup(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}
