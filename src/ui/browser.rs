//! Side effects on the browser, kept in one place so components only render: the address
//! (read once, then rewritten on every change so a copied address reopens the same view),
//! the clipboard, the clock and the ready mark that tests and benchmarks wait for.
//! Every call tolerates a missing API: the page must keep working where one is blocked.

use crate::model::date::Date;
use wasm_bindgen::JsValue;
use web_sys::{Element, window};
use yew::Callback;

/// The element the app renders into, emptied of the static content it ships with.
pub fn app_root() -> Option<Element> {
    let root = window()?.document()?.get_element_by_id("app")?;
    root.set_inner_html("");
    Some(root)
}

/// The query part of the address, e.g. `?s=1-JJRR-t`.
pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Replaces the address's query without adding a history entry.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
    }
}

/// The full address of this page with the given query, for sharing.
pub fn address_with(query: &str) -> String {
    let Some(w) = window() else {
        return query.to_owned();
    };
    let origin = w.location().origin().unwrap_or_default();
    let path = w.location().pathname().unwrap_or_default();
    format!("{origin}{path}{query}")
}

/// Copies text to the clipboard and reports whether that worked.
pub fn copy(text: String, done: Callback<bool>) {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Today's date in UTC.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::ymd(now.get_utc_full_year() as u16, now.get_utc_month() as u8 + 1, now.get_utc_date() as u8)
}

/// Marks the page as ready (`<html data-ready>`), once the first view is on screen.
pub fn mark_ready() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "");
    }
}
