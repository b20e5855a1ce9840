//! Land, residents and the meter, in one region that screen readers announce politely. A
//! plain function, not a component: it only groups two components.

use super::meter::Meter;
use super::outcome::Outcome;
use yew::prelude::*;

pub fn figures() -> Html {
    html! {
        <div aria-live="polite" class="live">
            <Outcome />
            <Meter />
        </div>
    }
}
