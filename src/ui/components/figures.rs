//! Land, residents and the meter, in one region that screen readers announce politely.

use super::meter::Meter;
use super::outcome::Outcome;
use yew::prelude::*;

#[component]
pub fn Figures() -> Html {
    html! {
        <div aria-live="polite" class="live">
            <Outcome />
            <Meter />
        </div>
    }
}
