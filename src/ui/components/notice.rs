//! A message about the address the page was opened with, which the reader can dismiss.

use crate::i18n::{Lang, Text, t};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: String,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    // The codec's messages are English: marked so, for screen readers.
    html! {
        <div class="notice" role="alert">
            <p lang="en">{&props.message}</p>
            <button type="button" onclick={on_click}>{t(props.lang, Text::Dismiss)}</button>
        </div>
    }
}
