//! The reader's language and choice of names.

use crate::i18n::{Lang, Naming, Text};
use crate::model::view::Action;
use crate::ui::events::select_value;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Settings() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let on_lang = explorer.on(move |e: Event| Action::Lang(Lang::from_code(&select_value(&e)).unwrap_or(loc.lang)));
    let on_naming =
        explorer.on(|e: Event| Action::Naming(Naming::from_code(&select_value(&e)).unwrap_or(Naming::Both)));
    html! {
        <div class="settings">
            <label>{loc.t(Text::Language)}{" "}
                <select id="language" onchange={on_lang}>
                    { for Lang::ALL.into_iter().map(|l| html! {
                        <option value={l.code()} lang={l.code()} selected={l == loc.lang}>{l.native_name()}</option>
                    }) }
                </select>
            </label>
            <label>{loc.t(Text::Naming)}{" "}
                <select id="naming" onchange={on_naming}>
                    { for Naming::ALL.into_iter().map(|n| html! {
                        <option value={n.code()} selected={n == loc.naming}>{loc.naming(n)}</option>
                    }) }
                </select>
            </label>
        </div>
    }
}
