//! Side effects on the browser, kept in one place so components only render: the address
//! (read once, then rewritten on every change so a copied address reopens the same view),
//! the clipboard, the clock and the ready mark that tests and benchmarks wait for.
//! Every call tolerates a missing API: the page must keep working where one is blocked.

use crate::i18n::Lang;
use crate::i18n::texts::{self, Part};
use crate::model::date::Date;
use crate::model::site::{self, Page, marks};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, window};
use yew::Callback;

/// A fresh, hidden element in `#app` for the app to render into. The static content the page
/// ships with stays until the first render is on screen ([`show_live_page`]), so a failure
/// before then leaves the pre-rendered figures, not a blank page.
pub fn app_root() -> Option<Element> {
    let document = window()?.document()?;
    let live = document.create_element("div").ok()?;
    let _ = live.set_attribute("hidden", "");
    let _ = live.set_attribute("data-live", "");
    document.get_element_by_id("app")?.append_child(&live).ok()?;
    Some(live)
}

/// After the first render: removes the pre-rendered content and shows the live page in its
/// place, in the same task, so nothing is painted in between.
pub fn show_live_page() {
    let Some(app) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else { return };
    let children = app.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i) {
            if child.has_attribute("data-live") {
                let _ = child.remove_attribute("hidden");
                let _ = child.remove_attribute("data-prerendered");
            } else {
                child.remove();
            }
        }
    }
    // Comments and text between the pre-rendered parts.
    while let Some(node) = app.first_child().filter(|n| n.node_type() != web_sys::Node::ELEMENT_NODE) {
        let _ = app.remove_child(&node);
    }
}

/// Markup drawn by `crate::render` (the plain embed's card), as the live page: into a fresh
/// element of `#app` (see [`app_root`]), to be shown by [`show_live_page`]. Without `#app`,
/// it throws: the starter reports it in the reader's language, and what the page shows stays.
/// A page pre-rendered as the live page draws it (`data-prerendered`: the full page's first
/// screen) is patched instead, so that what is on screen stays where the markup agrees.
pub fn draw_live_page(markup: &str) {
    let document = window().and_then(|w| w.document());
    if let Some(prerendered) = document.and_then(|d| d.query_selector("#app > [data-live][data-prerendered]").ok().flatten()) {
        patch_element(&prerendered, markup);
        return;
    }
    let Some(root) = app_root() else { wasm_bindgen::throw_str("four-islands: the page has no #app") };
    root.set_inner_html(markup);
}

/// Redraws the content of the element `selector` names with markup drawn by `crate::render`,
/// or the element itself (`whole`).
pub fn redraw(selector: &str, markup: &str, whole: bool) {
    let found = window().and_then(|w| w.document()).and_then(|d| d.query_selector(selector).ok().flatten());
    match found {
        Some(part) if whole => part.set_outer_html(markup),
        Some(part) => part.set_inner_html(markup),
        None => {}
    }
}

/// Makes the content of `node`'s element the markup drawn by `crate::render`, changing in
/// place only what differs (a text, an attribute, a node of another kind), so that a live
/// region reads out only what changed and nothing else is laid out again.
pub fn patch_content(node: &yew::NodeRef, markup: &str) {
    if let Some(live) = node.cast::<Element>() {
        patch_element(&live, markup);
    }
}

/// As [`patch_content`], for the live page [`draw_live_page`] drew: the reader's control keeps
/// its focus, and a place the page's second binary holds (`data-held`) is left to it.
pub fn patch_live_page(markup: &str) {
    let live = window().and_then(|w| w.document()).and_then(|d| d.query_selector("#app > [data-live]").ok().flatten());
    if let Some(live) = live {
        patch_element(&live, markup);
    }
}

fn patch_element(live: &Element, markup: &str) {
    // A shallow copy parses the markup as the element's own content would be (SVG inside SVG).
    let Some(fresh) = live.clone_node().ok().and_then(|n| n.dyn_into::<Element>().ok()) else { return };
    fresh.set_inner_html(markup);
    patch_children(live, &fresh);
}

/// Moves `fresh`'s children into `live` where `live` has none of their kind at their place,
/// and patches those it has: a node that went (a notice dismissed) is removed, one that came
/// is inserted, so that the nodes after them are patched, not made again.
fn patch_children(live: &web_sys::Node, fresh: &web_sys::Node) {
    let mut old = live.first_child();
    while let Some(new) = fresh.first_child() {
        let next = old.as_ref().and_then(|o| o.next_sibling());
        match old {
            Some(o) if same_kind(&o, &new) => {
                if !unchanged(&o, &new) {
                    patch_node(&o, &new);
                }
                let _ = fresh.remove_child(&new);
                old = next;
            }
            Some(o) if next.as_ref().is_some_and(|n| same_kind(n, &new)) => {
                let _ = live.remove_child(&o);
                old = next;
            }
            Some(o) => {
                let _ = live.insert_before(&new, Some(&o));
                old = Some(o);
            }
            None => {
                let _ = live.append_child(&new);
            }
        }
    }
    while let Some(o) = old {
        old = o.next_sibling();
        let _ = live.remove_child(&o);
    }
}

/// Whether `old` is `new` already, compared by the browser in one call (most of a change
/// leaves most of the page as it was). A control's value and checked box are not its
/// attributes, which is all the browser compares: each control `old` holds must also still
/// show what its attributes say (the reader may have changed it, or the browser restored a
/// form on its own).
fn unchanged(old: &web_sys::Node, new: &web_sys::Node) -> bool {
    if !old.is_equal_node(Some(new)) {
        return false;
    }
    let Some(old) = old.dyn_ref::<Element>() else { return true };
    let controls = old.query_selector_all("input, select").ok();
    let inner = controls.iter().flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i)));
    let mut all = std::iter::once(old.clone().unchecked_into::<web_sys::Node>()).chain(inner);
    all.all(|node| shows_as_drawn(&node))
}

/// Whether a control shows what its attributes say (anything else does).
fn shows_as_drawn(node: &web_sys::Node) -> bool {
    if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
        return match input.type_().as_str() {
            "checkbox" | "radio" => input.checked() == input.has_attribute("checked"),
            _ => input.value() == input.get_attribute("value").unwrap_or_default(),
        };
    }
    if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
        let drawn = select.query_selector("option[selected]").ok().flatten();
        let drawn = drawn.and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok()).map_or(0, |o| o.index());
        return select.selected_index() == drawn;
    }
    true
}

/// Whether `a` can be patched into `b`: the same kind of node, and for elements the same name,
/// id, class and place of the page's second binary.
fn same_kind(a: &web_sys::Node, b: &web_sys::Node) -> bool {
    if a.node_type() != b.node_type() || a.node_name() != b.node_name() {
        return false;
    }
    let (Some(a), Some(b)) = (a.dyn_ref::<Element>(), b.dyn_ref::<Element>()) else { return true };
    ["id", "class", "data-remote"].iter().all(|name| a.get_attribute(name) == b.get_attribute(name))
}

/// Gives `old` the text, or the attributes and children, of `new`, a node of the same kind;
/// a control's value, checked box or chosen line too, which its attributes only begin with.
fn patch_node(old: &web_sys::Node, new: &web_sys::Node) {
    let (Some(old_element), Some(new_element)) = (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) else {
        if old.node_value() != new.node_value() {
            old.set_node_value(new.node_value().as_deref());
        }
        return;
    };
    if old_element.has_attribute("data-held") {
        return;
    }
    for name in old_element.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        if !new_element.has_attribute(&name) {
            let _ = old_element.remove_attribute(&name);
        }
    }
    for name in new_element.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        let value = new_element.get_attribute(&name).unwrap_or_default();
        if old_element.get_attribute(&name).as_ref() != Some(&value) {
            let _ = old_element.set_attribute(&name, &value);
        }
    }
    if let Some(input) = old_element.dyn_ref::<web_sys::HtmlInputElement>() {
        let value = new_element.get_attribute("value").unwrap_or_default();
        if input.value() != value {
            input.set_value(&value);
        }
        input.set_checked(new_element.has_attribute("checked"));
    } else if let Some(option) = old_element.dyn_ref::<web_sys::HtmlOptionElement>() {
        option.set_selected(new_element.has_attribute("selected"));
    }
    patch_children(old, new);
}

/// What a control of the live page said: the one changed, or the button pressed.
pub struct Control {
    pub id: String,
    /// The value of a box, slider or menu.
    pub value: String,
    /// Whether a checkbox is checked.
    pub checked: bool,
    /// The `data-preset` of a preset's button.
    pub preset: Option<String>,
    /// The `data-island` of the island's row it is in.
    pub island: Option<String>,
    /// Whether it is in the notice about the address.
    pub in_notice: bool,
}

/// Calls `changed` with each control of `#app` that changes and `pressed` with each button
/// pressed there, for as long as the page; those in a place the page's second binary holds
/// (`data-remote`) are its own.
pub fn on_controls(changed: fn(&Control), pressed: fn(&Control)) {
    on_app_event("change", move |target| {
        if let Some(control) = target.dyn_into::<Element>().ok().and_then(|e| control(&e)) {
            changed(&control);
        }
    });
    on_app_event("click", move |target| {
        let button = target.dyn_into::<Element>().ok().and_then(|e| e.closest("button").ok().flatten());
        if let Some(control) = button.and_then(|b| control(&b)) {
            pressed(&control);
        }
    });
}

fn control(element: &Element) -> Option<Control> {
    let near = |selector: &str| element.closest(selector).ok().flatten();
    if near("[data-remote]").is_some() {
        return None;
    }
    let (value, checked) = if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        (input.value(), input.checked())
    } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        (select.value(), false)
    } else {
        (String::new(), false)
    };
    Some(Control {
        id: element.id(),
        value,
        checked,
        preset: element.get_attribute("data-preset"),
        island: near("[data-island]").and_then(|row| row.get_attribute("data-island")),
        in_notice: near(".notice").is_some(),
    })
}

/// Moves the keyboard's focus to the first element `selector` names in `#app`, if there is one
/// (and says whether there was).
pub fn focus(selector: &str) -> bool {
    let found = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("#app {selector}")).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    found.is_some_and(|e| e.focus().is_ok())
}

/// Listens to events of kind `name` inside `#app`, by their target.
fn on_app_event(name: &str, then: impl Fn(web_sys::EventTarget) + 'static) {
    let Some(app) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else { return };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(target) = e.target() {
            then(target);
        }
    })
    .into_js_value();
    let _ = app.add_event_listener_with_callback(name, listener.unchecked_ref());
}

/// What page the build wrote, from the markers `fourislands prerender` puts on `<html>`
/// (`data-page`, `data-preset`); from the address only if a page has none.
pub fn page() -> Page {
    let root = window().and_then(|w| w.document()).and_then(|d| d.document_element());
    match root.as_ref().and_then(|r| r.get_attribute("data-page")) {
        Some(kind) => {
            let preset = root.and_then(|r| r.get_attribute("data-preset")).unwrap_or_default();
            Page::from_marker(&kind, &preset)
        }
        None => Page::from_path(&path()),
    }
}

/// A marker `fourislands prerender` wrote on `<html>`, e.g. `data-worker`.
fn marker(name: &str) -> Option<String> {
    window()?.document()?.document_element()?.get_attribute(name).filter(|v| !v.is_empty())
}

/// The address of a file of the site, resolved from this page: `data-root` says where the
/// site's root is relative to the page (`./`, or `../` on `p/<id>.html`), so it holds under
/// any path and at addresses without `.html`.
pub fn site_address(file: &str) -> String {
    let root = marker("data-root").unwrap_or_else(|| "./".into());
    let here = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(&format!("{root}{file}"), &here).map(|u| u.href()).unwrap_or_else(|_| file.into())
}

/// The analysis worker's script, by the content-named file the build wrote.
pub fn worker_address() -> String {
    site_address(&marker("data-worker").unwrap_or_else(|| site::ANALYSIS_WORKER.into()))
}

/// The embed loader the embed code names, as the build pinned it: (file, integrity).
pub fn embed_loader() -> (String, Option<String>) {
    match marker("data-loader") {
        Some(file) => (file, marker("data-loader-integrity")),
        None => (site::EMBED_LOADER.into(), None),
    }
}

/// The query part of the address, e.g. `?s=1-JJRR-t`.
pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Replaces the address's query without adding a history entry, once the reader has paused
/// (a quarter of a second without a change), or as the page is left. Each `replaceState`
/// delays the frames that follow it by some milliseconds, wherever it falls between them:
/// written on every change, it made the frames of the changes after it late (measured in
/// BENCHMARKS.md); written once after a pause, it falls where no frame is waited for. It
/// also keeps within the limits some browsers set on how often a page may call it. Changes
/// made before the write are written once, the last. An address that has the query already
/// is left alone: on the full page both binaries write each change.
pub fn replace_query(query: &str) {
    PENDING_QUERY.with(|pending| *pending.borrow_mut() = Some(query.to_owned()));
    let Some(w) = window() else { return };
    let writer = ADDRESS_WRITER.with(|writer| {
        writer
            .get_or_init(|| {
                let write = wasm_bindgen::closure::Closure::<dyn Fn()>::new(write_pending_query).into_js_value();
                let _ = w.add_event_listener_with_callback("pagehide", write.unchecked_ref());
                write.unchecked_into()
            })
            .clone()
    });
    if let Some(timer) = ADDRESS_TIMER.with(|timer| timer.take()) {
        w.clear_timeout_with_handle(timer);
    }
    let timer = w.set_timeout_with_callback_and_timeout_and_arguments_0(&writer, PAUSE_BEFORE_WRITING_MS);
    ADDRESS_TIMER.with(|t| t.set(timer.ok()));
}

/// How long the reader leaves the controls alone before the address is written.
const PAUSE_BEFORE_WRITING_MS: i32 = 250;

thread_local! {
    /// The query [`replace_query`] is yet to write.
    static PENDING_QUERY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// The timer that writes it.
    static ADDRESS_TIMER: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
    /// One function that writes it, for every timer and for `pagehide`: a closure made per
    /// change would leak when its timer is cleared.
    static ADDRESS_WRITER: std::cell::OnceCell<js_sys::Function> = const { std::cell::OnceCell::new() };
}

fn write_pending_query() {
    let Some(query) = PENDING_QUERY.with(|pending| pending.take()) else { return };
    let Some(w) = window() else { return };
    if w.location().search().is_ok_and(|now| now == query) {
        return;
    }
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
    }
}

/// Copies text to the clipboard and reports whether that worked. Outside secure contexts
/// `navigator.clipboard` does not exist: that is a refusal too, not an exception.
pub fn copy(text: String, done: Callback<bool>) {
    let clipboard = window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| c.is_object())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    let Some(clipboard) = clipboard else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

thread_local! {
    /// What the next change of the address's `#…` calls ([`on_next_link`]).
    static ON_NEXT_LINK: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Calls `then` at the next change of the address's `#…` (an in-page link followed). One
/// listener serves every place of the page, however often they ask: a listener per place and
/// language would stay for as long as the page.
fn on_next_link(then: impl FnOnce() + 'static) {
    ON_NEXT_LINK.with(|waiting| waiting.borrow_mut().push(Box::new(then)));
    static LISTENING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if LISTENING.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let Some(w) = window() else { return };
    let on_link = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        for then in ON_NEXT_LINK.with(|waiting| waiting.take()) {
            then();
        }
    })
    .into_js_value();
    let _ = w.add_event_listener_with_callback("hashchange", on_link.unchecked_ref());
}

/// How a place far below the first screen came to be built ([`when_near`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nearing {
    /// A reader scrolled to within a screen of it.
    Reached,
    /// The address names a place in the page (`#…`), on load or by an in-page link, which may
    /// be inside it: once built, the page goes there ([`show_address_target`]).
    Asked,
}

/// Calls `then` once the element `place` holds comes within a screen's height of the
/// viewport, so that what lies far below the first screen is built when a reader nears it,
/// not on every load; at once where there is no such element or no IntersectionObserver.
pub fn when_near(place: &yew::NodeRef, then: impl FnOnce(Nearing) + 'static) {
    when_element_near(place.cast::<Element>(), then);
}

/// Calls `then` once any element `selector` names in the page nears the viewport, as
/// [`when_near`] does for one.
pub fn when_any_near(selector: &str, then: impl Fn() + Clone + 'static) {
    let found = window().and_then(|w| w.document()).and_then(|d| d.query_selector_all(selector).ok());
    let Some(found) = found else { return then() };
    for element in (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()) {
        let then = then.clone();
        when_element_near(Some(element), move |_| then());
    }
}

fn when_element_near(place: Option<Element>, then: impl FnOnce(Nearing) + 'static) {
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let fire = move |how: Nearing| {
        if let Some(then) = then.take() {
            then(how);
        }
    };
    if address_place().is_some() {
        return fire(Nearing::Asked);
    }
    on_next_link({
        let fire = fire.clone();
        move || fire(Nearing::Asked)
    });
    if place.and_then(|element| observe_nearing(&element, fire.clone())).is_none() {
        fire(Nearing::Reached);
    }
}

/// Whether the browser has IntersectionObserver: where it does not, what waits for a place to
/// come into view happens at once.
pub fn has_intersection_observer() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"IntersectionObserver".into()).unwrap_or(false)
}

fn observe_nearing(element: &Element, fire: impl Fn(Nearing) + 'static) -> Option<()> {
    has_intersection_observer().then_some(())?;
    let on_change = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            if entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting()) {
                observer.disconnect();
                fire(Nearing::Reached);
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    // The observer keeps the callback; once per place and language, it is not worth freeing.
    let observer = web_sys::IntersectionObserver::new_with_options(&on_change.into_js_value().unchecked_into(), &options).ok()?;
    observer.observe(element);
    Some(())
}

/// The `#…` of the address, without the `#`, if it has one.
fn address_place() -> Option<String> {
    let hash = window()?.location().hash().ok().filter(|h| h.len() > 1)?;
    js_sys::decode_uri_component(&hash[1..]).ok()?.as_string()
}

/// Brings the element the address names into view, once the place that holds it is built.
pub fn show_address_target() {
    let target = address_place().and_then(|id| window()?.document()?.get_element_by_id(&id));
    if let Some(target) = target {
        target.scroll_into_view();
    }
}

/// Fetches the files of texts `parts` of `lang` through the page's starter
/// (`fourIslandsTexts`, which knows the files' names and fetched the reader's first one beside
/// the wasm), installs them, then calls `then`. A file that does not arrive is reported by the
/// starter, in the reader's language, as a wasm that fails would be; one that is not this
/// build's is thrown to it.
pub fn load_texts(lang: Lang, parts: &'static [Part], then: impl FnOnce() + 'static) {
    if parts.iter().all(|&part| texts::installed(lang, part)) {
        then();
        return;
    }
    let starter = js_sys::Reflect::get(&js_sys::global(), &"fourIslandsTexts".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(starter) = starter else {
        wasm_bindgen::throw_str("four-islands: the page's starter gives no texts");
    };
    let requests: Vec<(Part, Option<js_sys::Promise>)> = parts
        .iter()
        .filter(|&&part| !texts::installed(lang, part))
        .map(|&part| {
            let promise = starter.call2(&JsValue::NULL, &lang.code().into(), &(part as u32).into()).ok();
            (part, promise.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()))
        })
        .collect();
    wasm_bindgen_futures::spawn_local(async move {
        for (part, promise) in requests {
            // A rejection was already reported by the starter: the pre-rendered page stays.
            let Some(promise) = promise else { return };
            let Ok(file) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
            if !texts::install(lang, part, file.as_string().unwrap_or_default()) {
                wasm_bindgen::throw_str("four-islands: a file of texts is not this build's");
            }
        }
        then();
    });
}

/// Today's date in UTC.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::ymd(now.get_utc_full_year() as u16, now.get_utc_month() as u8 + 1, now.get_utc_date() as u8)
}

/// Marks the moment the wasm starts running, so the benchmark can tell loading the bundle
/// apart from rendering the first view.
pub fn mark_start() {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(marks::START);
    }
}

/// Marks the page as ready, once the first view is on screen: `<html data-ready>` for tests,
/// and a `four-islands-ready` performance mark for the benchmark's time to interactive.
pub fn mark_ready() {
    let Some(w) = window() else { return };
    if let Some(root) = w.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "");
    }
    if let Some(performance) = w.performance() {
        let _ = performance.mark(marks::READY);
    }
}

/// Runs `work` and records how long it took as the performance measure `name`, which the
/// benchmark reads (`performance.getEntriesByName(name)`).
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The path part of the address, e.g. `/embed.html`.
pub fn path() -> String {
    window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into())
}

/// The explorer's address up to and including the `/` of its root: where index.html,
/// embed.html and embed.js live.
pub fn base_address() -> String {
    site_address("")
}

/// Offers `svg` for download as `name`.svg. The address is revoked a while later, not at
/// once: some browsers have cancelled downloads whose address went away under them.
pub fn download_svg(name: &str, svg: &str) {
    if let Some(url) = object_url(svg) {
        click_download(&url, &format!("{name}.svg"));
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
        }
    }
}

/// Draws `svg` (of the given size) on a canvas and offers it for download as `name`.png.
pub fn download_png(name: &str, svg: &str, width: u32, height: u32) {
    use wasm_bindgen::closure::Closure;
    let (Some(url), Some(document)) = (object_url(svg), window().and_then(|w| w.document())) else { return };
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let file = format!("{name}.png");
    let loaded = image.clone();
    let svg_url = url.clone();
    let onload = Closure::once(move || {
        let canvas =
            document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        if let Some(canvas) = canvas {
            canvas.set_width(width);
            canvas.set_height(height);
            let context = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
            if let Some(context) = context {
                let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
                if let Ok(png) = canvas.to_data_url_with_type("image/png") {
                    click_download(&png, &file);
                }
            }
        }
        let _ = web_sys::Url::revoke_object_url(&svg_url);
    });
    image.set_onload(Some(onload.as_ref().unchecked_ref()));
    // Dropped after one call by `Closure::once`; kept alive until then by the image.
    onload.forget();
    image.set_src(&url);
}

fn object_url(svg: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn click_download(url: &str, file: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let Some(anchor) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(url);
    anchor.set_download(file);
    anchor.click();
}

/// The reader's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
}

/// Sets `<html lang>`, so screen readers and fonts follow the chosen language.
pub fn set_document_lang(code: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}
