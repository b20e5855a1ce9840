//! Four Islands: a scenario explorer for the Japan–Russia dispute over the four islands off
//! Hokkaido. This crate's core (`model`) computes; the command-line tool and the web
//! interface only present what it computes.
// Code that runs in the browser handles every input without panicking: no unwrap or expect
// outside tests (build-time code that may assume checked data opts out where it does).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod model;

/// The interface in three languages, and the reader's choice of names.
pub mod i18n;

/// Pure string renderers (map SVG, static summary, export card) shared by every output.
pub mod render;

/// Reading and checking `data/`: used by build.rs to compile the data in, and by the
/// command-line tool's `check-data`. Native only: no parser reaches the wasm bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod source_data;

/// The yew interface: renders what `model` computes, and nothing else.
#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use model::catalog::{self, Preset};
pub use model::date::Date;
pub use model::evaluation::{Evaluation, evaluate};
pub use model::island::IslandId;
pub use model::link::{LinkError, decode, encode};
pub use model::scenario::{Scenario, Status, Terms, Timing};
