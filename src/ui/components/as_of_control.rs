//! The date positions are judged at, as a control: the full page's statements panel and the
//! embed's card with every control.

use crate::i18n::Text;
use crate::model::date::Date;
use crate::model::view::{Action, EARLIEST_AS_OF};
use crate::ui::events::input_value;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn AsOfControl() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let on_date = explorer.on(|e: Event| Action::AsOf(Date::parse(&input_value(&e)).ok()));
    let on_today = explorer.on(|_: MouseEvent| Action::AsOf(None));
    html! {
        <div class="as-of">
            <label for="as-of">{loc.t(Text::AsOf)}</label>
            <input id="as-of" type="date" min={EARLIEST_AS_OF.to_string()} value={explorer.as_of.first_day().to_string()} onchange={on_date} />
            if explorer.view().as_of.is_some() {
                <button type="button" onclick={on_today}>{loc.t(Text::Today)}</button>
            }
        </div>
    }
}
