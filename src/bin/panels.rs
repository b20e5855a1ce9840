//! Entry point of the full page's second binary: the parts far below the first screen, loaded
//! when a reader nears them (and, on the embed page, the card with the long panels).

#[cfg(target_arch = "wasm32")]
fn main() {
    four_islands::ui::run_panels();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("four-islands-panels is a browser build of the page: run ./scripts/serve to build and serve it.");
}
