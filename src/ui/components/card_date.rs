//! The date the card's verdicts are judged at, as a control (the embed with every control).

use crate::i18n::{Lang, Text, t};
use crate::model::date::Date;
use crate::model::view::EARLIEST_AS_OF;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardDateProps {
    pub as_of: Date,
    pub is_today: bool,
    pub lang: Lang,
    pub on_as_of: Callback<Option<Date>>,
}

#[component]
pub fn CardDate(props: &CardDateProps) -> Html {
    let lang = props.lang;
    let on_date =
        props.on_as_of.reform(|e: Event| Date::parse(&e.target_unchecked_into::<HtmlInputElement>().value()).ok());
    let on_today = props.on_as_of.reform(|_: MouseEvent| None);
    html! {
        <div class="as-of">
            <label for="as-of">{t(lang, Text::AsOf)}</label>
            <input id="as-of" type="date" min={EARLIEST_AS_OF.to_string()} value={props.as_of.to_string()} onchange={on_date} />
            if !props.is_today {
                <button type="button" onclick={on_today}>{t(lang, Text::Today)}</button>
            }
        </div>
    }
}
