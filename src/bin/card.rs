//! Entry point of the embed page's card without every control: the card and the presets'
//! menu, drawn without yew, so that an article's readers download the least.

#[cfg(target_arch = "wasm32")]
fn main() {
    four_islands::ui::run_plain_embed();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("four-islands-card is the browser build of the embed page's card: run ./scripts/serve to build and serve it.");
}
