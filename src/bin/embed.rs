//! Entry point of the embed page: the explorer's compact view without the full page's panels,
//! built as its own wasm so that readers of an article download less.

#[cfg(target_arch = "wasm32")]
fn main() {
    four_islands::ui::run_embed();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("four-islands-embed is the browser build of the embed page: run ./scripts/serve to build and serve it.");
}
