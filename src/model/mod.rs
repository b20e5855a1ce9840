//! The pure core: no yew, no web-sys, no DOM. Everything here is computed, never rendered.

pub mod address;
pub mod catalog;
pub mod condition;
pub mod confidence;
pub mod date;
pub mod evaluation;
pub mod format;
pub mod formula;
pub mod island;
pub mod link;
pub mod locale;
pub mod map;
pub mod meter;
pub mod negotiation;
pub mod party;
pub mod past;
pub mod population;
pub mod scenario;
pub mod sea;
pub mod site;
pub mod state;
pub mod view;
pub mod wire;
