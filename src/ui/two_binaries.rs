//! The full page runs as two wasm binaries, so that a reader who stays on the first screen
//! downloads only the first: `four-islands-web` draws the first screen without yew
//! (`ui::plain_page`) and leaves a place for each part far below it (`data-remote`);
//! `four-islands-panels` renders those parts into their places once a reader nears one
//! (`ui::panels`). Each keeps a state of its own, and the address is the one they share:
//! whichever changes the view says so with an event on the window and writes the address, and
//! the other follows it (`model::state::Change::Follow`). This module holds what that needs of
//! the browser.
//!
//! The first binary listens to the events of `#app` and leaves those from inside a place to
//! the second, whose yew renders nothing under its own root: only portals into the places,
//! which it marks as held (`data-held`) so that the first, patching the page on each change,
//! leaves them alone.

use super::browser;
use crate::i18n::Lang;
use crate::i18n::texts::{self, Part};
use crate::model::view::View;
use std::cell::{OnceCell, RefCell};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, window};
use yew::Html;

/// The event by which one binary tells the other the view it shows (and writes into the
/// address once the reader pauses).
const ANNOUNCED_VIEW: &str = "four-islands:address";

/// Where the page keeps the query of the view its binaries show ([`shown_view`]).
const SHOWN_VIEW: &str = "fourIslandsView";

/// Says that this binary shows the view of `query`, which it writes into the address; and
/// keeps it where a binary that starts later reads it ([`shown_view`]).
pub fn announce(query: &str) {
    let Some(w) = window() else { return };
    let _ = js_sys::Reflect::set(&w, &SHOWN_VIEW.into(), &query.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&query.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(ANNOUNCED_VIEW, &init) {
        let _ = w.dispatch_event(&event);
    }
}

/// The query of the view the page's other binary shows, if it started first. The second
/// binary opens with it rather than with the address: the first writes the address only once
/// the reader pauses (`browser::replace_query`), and the second, which would then open with
/// the view before the change, would make the first follow it back.
pub fn shown_view() -> Option<String> {
    js_sys::Reflect::get(&window()?.into(), &SHOWN_VIEW.into()).ok()?.as_string()
}

/// Calls `then` with each query the page's binaries announce (this one's too: following
/// one's own view changes nothing). The listener stays as long as the page.
pub fn on_view_announced(then: impl Fn(String) + 'static) {
    let Some(w) = window() else { return };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        if let Some(query) = e.detail().as_string() {
            then(query);
        }
    })
    .into_js_value();
    let _ = w.add_event_listener_with_callback(ANNOUNCED_VIEW, listener.unchecked_ref());
}

/// Calls `then` with the view of a query the page's other binary announced, once this one has
/// the texts of its language: those it holds already, in whichever language it holds them.
/// (Every query a binary announces names its language, so the one given to `View::open` is
/// never used.)
pub fn with_view_of(query: &str, then: impl FnOnce(View) + 'static) {
    let (view, _) = View::open(browser::page(), query, Lang::En);
    let panels_texts = Lang::ALL.into_iter().any(|lang| texts::installed(lang, Part::Page));
    let parts: &'static [Part] = if panels_texts { &Part::ALL } else { &[Part::Shared] };
    browser::load_texts(view.lang, parts, move || then(view));
}

/// How far beyond the viewport a place counts as seen ([`a_place_seen`]): far enough that a
/// reader scrolling to one reaches it after the follow it waits for has run.
const SEEN_MARGIN: &str = "25% 0px";

/// How long a follow may wait for the browser to be idle ([`when_idle_or_seen`]).
const IDLE_WAIT_MS: u32 = 100;

thread_local! {
    /// The places in or near the viewport, as the observer last reported them; `None` before
    /// its first report (or where there is no observer), when every place counts as seen.
    static SEEN: RefCell<Option<Vec<Element>>> = const { RefCell::new(None) };
    /// What waits until the browser is idle or a place is seen ([`when_idle_or_seen`]).
    static WAITING: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
    /// One function that runs it, for every idle callback and the page's scrolling: one made
    /// per wait would leak when a place seen ran it first.
    static RUN_WAITING: OnceCell<js_sys::Function> = const { OnceCell::new() };
}

/// Whether one of the places is in or near the viewport.
pub fn a_place_seen() -> bool {
    SEEN.with(|seen| seen.borrow().as_ref().is_none_or(|seen| !seen.is_empty()))
}

/// Calls `then` once the browser is idle (within a tenth of a second), or sooner if the page
/// scrolls (before the frame that shows the scroll, so that an in-page link to a built panel
/// never shows it a view behind) or a place comes into view. If something waits already,
/// `then` is dropped: what waits is meant to read the state of the page when it runs, not
/// when it was asked for.
pub fn when_idle_or_seen(then: impl FnOnce() + 'static) {
    if WAITING.with(|waiting| waiting.borrow().is_some()) {
        return;
    }
    WAITING.with(|waiting| *waiting.borrow_mut() = Some(Box::new(then)));
    let Some(w) = window() else { return run_waiting() };
    let run = run_waiting_function();
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_WAIT_MS);
    // Safari has no idle callbacks: the next task, then.
    if w.request_idle_callback_with_options(&run, &options).is_err() && w.set_timeout_with_callback(&run).is_err() {
        run_waiting();
    }
}

fn run_waiting_function() -> js_sys::Function {
    RUN_WAITING.with(|run| {
        run.get_or_init(|| wasm_bindgen::closure::Closure::<dyn Fn()>::new(run_waiting).into_js_value().unchecked_into())
            .clone()
    })
}

fn run_waiting() {
    if let Some(then) = WAITING.with(|waiting| waiting.borrow_mut().take()) {
        then();
    }
}

/// Keeps [`SEEN`] up to date with which of the elements in `hosts` are in or near the
/// viewport, and runs what waits when one comes into view or the page scrolls. The hosts
/// themselves have no box (`display: contents`), which an observer never sees intersect: what
/// is inside them is watched, as the second binary renders it there.
fn watch_seen(hosts: &[Element]) -> Option<()> {
    super::browser::has_intersection_observer().then_some(())?;
    let on_change = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            let seen = seen.get_or_insert_with(Vec::new);
            for entry in entries.iter().map(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>()) {
                seen.retain(|element| *element != entry.target());
                if entry.is_intersecting() {
                    seen.push(entry.target());
                }
            }
        });
        if a_place_seen() {
            run_waiting();
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(SEEN_MARGIN);
    // The observers keep their callbacks, for the life of the page.
    let seen_by = web_sys::IntersectionObserver::new_with_options(&on_change.into_js_value().unchecked_into(), &options).ok()?;
    let on_mutation = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(move |records: js_sys::Array| {
        for record in records.iter().map(|r| r.unchecked_into::<web_sys::MutationRecord>()) {
            for element in elements(&record.removed_nodes()) {
                seen_by.unobserve(&element);
                // Before the observer's first report, every place counts as seen: still so.
                SEEN.with(|seen| {
                    if let Some(seen) = seen.borrow_mut().as_mut() {
                        seen.retain(|e| *e != element);
                    }
                });
            }
            for element in elements(&record.added_nodes()) {
                seen_by.observe(&element);
            }
        }
    });
    let contents = web_sys::MutationObserver::new(on_mutation.into_js_value().unchecked_ref()).ok()?;
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    for host in hosts {
        let _ = contents.observe_with_options(host, &init);
    }
    // Scroll events cannot be cancelled: the listener never holds scrolling up.
    let _ = window()?.add_event_listener_with_callback("scroll", &run_waiting_function());
    Some(())
}

fn elements(nodes: &web_sys::NodeList) -> impl Iterator<Item = Element> + '_ {
    (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
}

/// Asks the page's starter to load the second binary (`fourIslandsPanels`, once per page);
/// a starter without one (an older page) is left alone: the places stay as they are.
pub fn start_panels() {
    let starter = js_sys::Reflect::get(&js_sys::global(), &"fourIslandsPanels".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(starter) = starter {
        let _ = starter.call0(&JsValue::NULL);
    }
}

/// A place the first binary left (`data-remote`), into which the second renders a part.
#[derive(Clone, PartialEq)]
pub struct Place {
    /// Which part it is for (`data-remote`).
    pub part: String,
    host: Element,
}

impl Place {
    /// `content` rendered into the place, in place of what the first binary put there (the
    /// headings and the reserved height it had, which `content` brings back until it is built).
    pub fn holding(&self, content: Html) -> Html {
        yew::create_portal(content, self.host.clone())
    }
}

/// The places the first binary left, emptied of what it put there, in the page's order;
/// from now on, which of them are seen is watched ([`a_place_seen`]).
pub fn places() -> Vec<Place> {
    let Some(found) = window().and_then(|w| w.document()).and_then(|d| d.query_selector_all("[data-remote]").ok())
    else {
        return Vec::new();
    };
    let places: Vec<Place> = elements(&found)
        .map(|host| {
            host.set_inner_html("");
            // The first screen, which patches the page on each change, leaves it alone now.
            let _ = host.set_attribute("data-held", "");
            Place { part: host.get_attribute("data-remote").unwrap_or_default(), host }
        })
        .collect();
    watch_seen(&places.iter().map(|place| place.host.clone()).collect::<Vec<_>>());
    places
}

/// An element for the second binary's own root: it renders nothing there, only into the
/// places. Outside `#app`, which the first binary swaps in whole.
pub fn panels_root() -> Option<Element> {
    let document = window()?.document()?;
    let root = document.create_element("div").ok()?;
    let _ = root.set_attribute("hidden", "");
    document.body()?.append_child(&root).ok()?;
    Some(root)
}
