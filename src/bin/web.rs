//! Entry point of the web page. Trunk builds it for wasm32; elsewhere it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    four_islands::ui::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("four-islands-web is the browser build: run ./scripts/serve to build and serve it.");
}
