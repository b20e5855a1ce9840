// The negotiation analysis's web worker (src/bin/analysis_worker.rs): explores every
// settlement off the page's main thread.
import init, { explore } from __MODULE__;
const ready = init({ module_or_path: new URL(__WASM__, import.meta.url) });
onmessage = (event) => {
  const { id, valuations } = event.data;
  ready
    .then(() => postMessage({ id, results: explore(valuations) }))
    .catch((error) => postMessage({ id, error: String(error) }));
};
