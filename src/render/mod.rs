//! Pure string renderers shared by the web page, the pre-rendered static pages and the
//! exports: the map as SVG, a scenario's summary as HTML, the card an article embeds, and a
//! standalone SVG card. One renderer, so the map a reader sees, the one a crawler sees and the
//! one downloaded agree.

pub mod card;
pub mod chart;
pub mod cite;
pub mod colophon;
pub mod controls;
pub mod embed_card;
pub mod escape;
pub mod first_screen;
pub mod map_svg;
pub mod meter;
pub mod outcome;
pub mod overview_svg;
pub mod precedents;
pub mod sea_layer;
pub mod snippet;
pub mod summary;
