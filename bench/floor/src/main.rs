//! A bare yew counter: the smallest app the framework allows, marked ready like Four Islands.

use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    use_effect_with((), |_| {
        if let Some(w) = web_sys::window() {
            if let Some(root) = w.document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-ready", "");
            }
            if let Some(p) = w.performance() {
                let _ = p.mark("app-ready");
            }
            let _ = js_sys::Reflect::set(&w, &"benchWasmMemory".into(), &wasm_bindgen::memory());
        }
    });
    html! {
        <main>
            <button id="increment" {onclick}>{"+1"}</button>
            <p id="count">{*count}</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
