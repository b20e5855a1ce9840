//! What a control's event says: the value chosen, the box checked, the number typed, where
//! the pointer is. Components read events through these, so that none touches web-sys.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::{Event, MouseEvent, TargetCast};

/// The value of the `<select>` that changed.
pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The text of the `<input>` that changed.
pub fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// Whether the checkbox that changed is checked.
pub fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

/// The whole number typed into a number box or slider, rounded and clamped to `min..=max`, and
/// written back into the box so that it shows what the page uses; `current` when the box holds
/// no number (cleared, or text).
pub fn typed_number(e: &Event, min: i32, max: i32, current: i32) -> i32 {
    let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
        return current;
    };
    let n = crate::model::format::typed_whole(&input.value(), min, max, current);
    input.set_value(&n.to_string());
    n
}

/// Where the pointer is over the element that listens, in the units of a view box `width`
/// wide (the element's drawn width may be any).
pub fn pointer_in(e: &MouseEvent, width: f64) -> Option<(f64, f64)> {
    let element: Element = e.current_target()?.dyn_into().ok()?;
    let rect = element.get_bounding_client_rect();
    let scale = width / rect.width().max(1.0);
    Some(((f64::from(e.client_x()) - rect.left()) * scale, (f64::from(e.client_y()) - rect.top()) * scale))
}
