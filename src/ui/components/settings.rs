//! The reader's language and choice of names.

use crate::i18n::texts::{self, Part};
use crate::i18n::{Lang, Naming, Text};
use crate::model::view::Action;
use crate::ui::browser;
use crate::ui::events::select_value;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Settings() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    // The other language's texts load first (the page holds only its reader's), then it changes;
    // those of the panels far below too if they are built, so that they change in place.
    let set_lang = explorer.on(Action::Lang);
    let on_lang = Callback::from(move |e: Event| {
        let lang = Lang::from_code(&select_value(&e)).unwrap_or(loc.lang);
        let set_lang = set_lang.clone();
        let parts: &'static [Part] = if texts::installed(loc.lang, Part::Page) { &Part::ALL } else { &[Part::Shared] };
        browser::load_texts(lang, parts, move || set_lang.emit(lang));
    });
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
