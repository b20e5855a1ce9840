//! The yew interface. It renders what `crate::model` computes; every side effect on the
//! browser lives in `browser`.

mod app;
mod browser;
mod components;
mod labels;

/// Mounts the explorer in `#app`, replacing the static content the page ships with.
pub fn run() {
    match browser::app_root() {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
