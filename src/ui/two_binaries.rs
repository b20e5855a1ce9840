//! The full page runs as two wasm binaries, so that a reader who stays on the first screen
//! downloads only the first: `four-islands-web` renders the first screen and leaves a place
//! for each part far below it (`components::remote::Remote`); `four-islands-panels` renders
//! those parts into their places once a reader nears one (`ui::panels`). Each keeps a state
//! of its own, and the address is the one they share: whichever changes the view says so with
//! an event on the window and writes the address, and the other follows it
//! (`model::state::Change::Follow`). This module holds what that needs of the browser.
//!
//! Each binary has its own copy of yew, and both mark the elements they listen on with the
//! number of the yew subtree that owns them, counting from 1 in each. The first binary's yew
//! sees the events of the places, which are inside its tree, and leaves to another subtree
//! those marked with a number not its own (1). So the second renders nothing under its own
//! root (1): only portals (2 and up).

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

/// The places the first binary left, emptied of what it put there, in the page's order.
pub fn places() -> Vec<Place> {
    let Some(found) = window().and_then(|w| w.document()).and_then(|d| d.query_selector_all("[data-remote]").ok())
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .map(|host| {
            host.set_inner_html("");
            Place { part: host.get_attribute("data-remote").unwrap_or_default(), host }
        })
        .collect()
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
