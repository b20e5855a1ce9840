//! A message about the address the page was opened with, which the reader can dismiss.

use crate::i18n::{Lang, Text, t};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// One sentence or more for each problem, in the reader's language.
    pub messages: Vec<String>,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="alert">
            <div>{ for props.messages.iter().map(|m| html! { <p>{m}</p> }) }</div>
            <button type="button" onclick={on_click}>{t(props.lang, Text::Dismiss)}</button>
        </div>
    }
}
