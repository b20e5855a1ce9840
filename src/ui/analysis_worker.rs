//! The web worker that runs the negotiation analysis off the page's main thread, so the page
//! never freezes while hundreds of millions of settlements are weighed. It is started on
//! first use from the worker script that `fourislands prerender` writes (its address is on
//! the page's `<html data-worker>`), and answers in the `model::wire` text format. A worker
//! that fails to start, fails while computing or does not answer within [`TIMEOUT_SECONDS`]
//! is given up, and the next request (the panel's "Try again") starts a new one; the panel
//! says which of the three happened.

use crate::ui::browser;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::JsValue;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

/// How long a request may go unanswered, from the moment it is sent. Natively the analysis
/// takes milliseconds and the worker's wasm is 48 kB: only a stalled download or a hung
/// worker takes this long.
pub const TIMEOUT_SECONDS: u32 = 20;
/// Marks the start of a request, for the benchmark's `four-islands-analysis` measure.
const START_MARK: &str = "four-islands-analysis-start";

/// Why the worker gave no results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Its script could not load or run: blocked, missing, or a browser without module workers.
    NotStarted,
    /// It started, then failed while computing.
    Broke,
    /// No answer within [`TIMEOUT_SECONDS`].
    TimedOut,
}

/// Who waits for the worker's answer: given the results, or why there are none.
type Reply = Callback<Result<String, Failure>>;

struct Running {
    worker: Worker,
    /// Set when the worker failed; it is replaced on the next request. It is not dropped from
    /// inside its own handlers, which would free the handler while it runs.
    failed: bool,
    /// Whether it has answered once: an error after that is a failure while computing.
    answered: bool,
    // Kept alive as long as the worker: the browser calls them.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

/// The latest request: its number, who waits for it, and its timer. Older answers are dropped.
#[derive(Default)]
struct Waiting {
    id: u32,
    reply: Option<Reply>,
    timer: Option<i32>,
}

thread_local! {
    static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
    static WAITING: RefCell<Waiting> = RefCell::new(Waiting::default());
    /// How many times a failed worker was replaced.
    static RESTARTS: Cell<u32> = const { Cell::new(0) };
}

/// Asks the worker to explore the space for `valuations` (as in a link's `va`); `done` gets
/// the results in `wire` format, or why the worker could not give them.
pub fn explore(valuations: &str, done: Reply) {
    let id = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.id += 1;
        w.reply = Some(done.clone());
        w.id
    });
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(START_MARK);
    }
    let sent = WORKER.with(|worker| {
        let mut worker = worker.borrow_mut();
        if worker.as_ref().is_some_and(|r| r.failed) {
            if let Some(old) = worker.take() {
                old.worker.terminate();
            }
            RESTARTS.set(RESTARTS.get() + 1);
        }
        if worker.is_none() {
            *worker = start(RESTARTS.get());
        }
        worker.as_ref().is_some_and(|r| {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
            let _ = js_sys::Reflect::set(&message, &"valuations".into(), &valuations.into());
            r.worker.post_message(&message).is_ok()
        })
    });
    if sent {
        start_timer(id);
    } else {
        answer(id, Err(Failure::NotStarted));
    }
}

/// Starts the worker. A restart asks for its script at an address of its own: the browser
/// may still be waiting for the request that stalled, and would make the new one wait behind it.
fn start(restarts: u32) -> Option<Running> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let mut address = browser::worker_address();
    if restarts > 0 {
        address.push_str(&format!("?restart={restarts}"));
    }
    let worker = Worker::new_with_options(&address, &options).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        let Some(id) = get("id").and_then(|v| v.as_f64()) else { return };
        let reply = match get("results").and_then(|v| v.as_string()) {
            Some(text) => Ok(text),
            None => {
                mark_failed();
                Err(Failure::Broke)
            }
        };
        WORKER.with(|w| {
            if let Some(r) = w.borrow_mut().as_mut() {
                r.answered = true;
            }
        });
        answer(id as u32, reply);
    });
    // A script that cannot load, a browser without module workers, or an error inside it.
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_| {
        let answered = WORKER.with(|w| w.borrow().as_ref().is_some_and(|r| r.answered));
        mark_failed();
        let id = WAITING.with(|w| w.borrow().id);
        answer(id, Err(if answered { Failure::Broke } else { Failure::NotStarted }));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Running { worker, failed: false, answered: false, _on_message: on_message, _on_error: on_error })
}

fn mark_failed() {
    WORKER.with(|w| {
        if let Some(r) = w.borrow_mut().as_mut() {
            r.failed = true;
        }
    });
}

/// Gives request `id` up after [`TIMEOUT_SECONDS`] if it is still the one waiting.
fn start_timer(id: u32) {
    let Some(window) = web_sys::window() else { return };
    let expire = Closure::once_into_js(move || {
        let still_waiting = WAITING.with(|w| w.borrow().id == id && w.borrow().reply.is_some());
        if still_waiting {
            mark_failed();
            answer(id, Err(Failure::TimedOut));
        }
    });
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(expire.unchecked_ref(), (TIMEOUT_SECONDS * 1000) as i32)
        .ok();
    WAITING.with(|w| {
        let mut w = w.borrow_mut();
        if w.id == id {
            w.timer = timer;
        }
    });
}

fn answer(id: u32, reply: Result<String, Failure>) {
    let waiting = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        if w.id == id { Some((w.reply.take(), w.timer.take())) } else { None }
    });
    let Some((reply_to, timer)) = waiting else { return };
    if let (Some(timer), Some(window)) = (timer, web_sys::window()) {
        window.clear_timeout_with_handle(timer);
    }
    if let Some(done) = reply_to {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.measure_with_start_mark(crate::model::site::marks::ANALYSIS, START_MARK);
        }
        done.emit(reply);
    }
}
