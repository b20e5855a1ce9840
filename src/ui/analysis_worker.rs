//! The web worker that runs the negotiation analysis off the page's main thread, so the page
//! never freezes while hundreds of millions of settlements are weighed. It is started on
//! first use from `analysis-worker.js` (written by `fourislands prerender`), answers in the
//! `model::wire` text format, and is given up for good if it fails to start: the caller then
//! computes on the page.

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::JsValue;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

/// The worker's script, at the root beside index.html.
const SCRIPT: &str = "analysis-worker.js";
/// Marks the start of a request, for the benchmark's `four-islands-analysis` measure.
const START_MARK: &str = "four-islands-analysis-start";

/// Who waits for the worker's answer: given the results, or why there are none.
type Reply = Callback<Result<String, String>>;

struct Running {
    worker: Worker,
    // Kept alive as long as the worker: the browser calls them.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
    /// Set once the worker cannot be used; it is then left alone (dropping it from inside its
    /// own error handler would free the handler while it runs).
    static FAILED: Cell<bool> = const { Cell::new(false) };
    /// The latest request: its number and who waits for it. Older answers are dropped.
    static WAITING: RefCell<(u32, Option<Reply>)> = const { RefCell::new((0, None)) };
}

/// Asks the worker to explore the space for `valuations` (as in a link's `va`); `done` gets
/// the results in `wire` format, or why the worker could not give them.
pub fn explore(valuations: &str, done: Reply) {
    let id = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.0 += 1;
        w.1 = Some(done.clone());
        w.0
    });
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(START_MARK);
    }
    let sent = !FAILED.get()
        && WORKER.with(|worker| {
            let mut worker = worker.borrow_mut();
            if worker.is_none() {
                *worker = start();
            }
            worker.as_ref().is_some_and(|r| {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
                let _ = js_sys::Reflect::set(&message, &"valuations".into(), &valuations.into());
                r.worker.post_message(&message).is_ok()
            })
        });
    if !sent {
        answer(id, Err("the analysis worker is not available".into()));
    }
}

fn start() -> Option<Running> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&format!("/{SCRIPT}"), &options).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        let Some(id) = get("id").and_then(|v| v.as_f64()) else { return };
        let reply = match get("results").and_then(|v| v.as_string()) {
            Some(text) => Ok(text),
            None => Err(get("error").and_then(|v| v.as_string()).unwrap_or_else(|| "no results".into())),
        };
        answer(id as u32, reply);
    });
    // A script that cannot load or a browser without module workers: give up on the worker.
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_| {
        FAILED.set(true);
        let id = WAITING.with(|w| w.borrow().0);
        answer(id, Err("the analysis worker failed to start".into()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Running { worker, _on_message: on_message, _on_error: on_error })
}

fn answer(id: u32, reply: Result<String, String>) {
    let waiting = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        if w.0 == id { w.1.take() } else { None }
    });
    if let Some(done) = waiting {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.measure_with_start_mark("four-islands-analysis", START_MARK);
        }
        done.emit(reply);
    }
}
