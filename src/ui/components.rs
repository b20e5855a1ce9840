//! One component per file; each takes values and `on…` callbacks, never the state itself.

pub mod analysis;
pub mod citation;
pub mod embed_panel;
pub mod island_controls;
pub mod later_figures;
pub mod map_view;
pub mod meter;
pub mod notice;
pub mod opinions;
pub mod outcome;
pub mod polls;
pub mod positions;
pub mod precedents;
pub mod preset_picker;
pub mod quote;
pub mod sensitivity;
pub mod settings;
pub mod share_bar;
pub mod terms_controls;
pub mod timeline;
