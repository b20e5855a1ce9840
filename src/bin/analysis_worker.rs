//! The negotiation analysis's web worker: the page hands it the reader's valuations and it
//! explores the whole space off the page's main thread. `fourislands prerender` writes the
//! worker script (`analysis-worker.js`) that loads this wasm and calls `explore`.

#[cfg(target_arch = "wasm32")]
mod exports {
    use four_islands::model::negotiation::{Valuations, explore as explore_space};
    use four_islands::model::wire;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The results for valuations written as in a link's `va`, in `model::wire` format.
    #[wasm_bindgen]
    pub fn explore(valuations: &str) -> Result<String, String> {
        let v = Valuations::decode(valuations)?;
        Ok(wire::encode(&explore_space(&v)))
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("four-islands-analysis is the browser build of the analysis worker: run ./scripts/serve.");
}
