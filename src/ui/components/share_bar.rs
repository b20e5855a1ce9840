//! The address of this exact view, and a button that copies it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub address: String,
    /// `Some(true)` after a successful copy, `Some(false)` when the clipboard refused.
    pub copied: Option<bool>,
    pub on_copy: Callback<()>,
    pub on_download_svg: Callback<()>,
    pub on_download_png: Callback<()>,
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let on_click = props.on_copy.reform(|_: MouseEvent| ());
    let status = match props.copied {
        Some(true) => "Copied to the clipboard.",
        Some(false) => "The browser did not allow copying: select the address and copy it by hand.",
        None => "",
    };
    html! {
        <div class="share">
            <label for="share-link">{"Link to this view"}</label>
            <input id="share-link" type="text" readonly=true value={props.address.clone()} />
            <button type="button" id="copy-link" onclick={on_click}>{"Copy link"}</button>
            <button type="button" id="download-svg" onclick={props.on_download_svg.reform(|_: MouseEvent| ())}>{"Download SVG"}</button>
            <button type="button" id="download-png" onclick={props.on_download_png.reform(|_: MouseEvent| ())}>{"Download PNG"}</button>
            <span class="small" role="status">{status}</span>
        </div>
    }
}
