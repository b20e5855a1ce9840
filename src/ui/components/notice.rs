//! A message about the address the page was opened with, which the reader can dismiss.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: String,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="alert">
            <p>{&props.message}</p>
            <button type="button" onclick={on_click}>{"Dismiss"}</button>
        </div>
    }
}
