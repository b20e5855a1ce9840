//! The address of this exact view, a button that copies it, and the downloads.

use crate::i18n::{Lang, Text, t};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub address: String,
    pub lang: Lang,
    /// `Some(true)` after a successful copy, `Some(false)` when the clipboard refused.
    pub copied: Option<bool>,
    pub on_copy: Callback<()>,
    pub on_download_svg: Callback<()>,
    pub on_download_png: Callback<()>,
}

#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let lang = props.lang;
    let status = match props.copied {
        Some(true) => t(lang, Text::Copied),
        Some(false) => t(lang, Text::CopyRefused),
        None => "",
    };
    html! {
        <div class="share">
            <label for="share-link">{t(lang, Text::ShareLabel)}</label>
            <input id="share-link" type="text" readonly=true value={props.address.clone()} />
            <button type="button" id="copy-link" onclick={props.on_copy.reform(|_: MouseEvent| ())}>{t(lang, Text::CopyLink)}</button>
            <button type="button" id="download-svg" onclick={props.on_download_svg.reform(|_: MouseEvent| ())}>{t(lang, Text::DownloadSvg)}</button>
            <button type="button" id="download-png" onclick={props.on_download_png.reform(|_: MouseEvent| ())}>{t(lang, Text::DownloadPng)}</button>
            <span class="small" role="status">{status}</span>
        </div>
    }
}
