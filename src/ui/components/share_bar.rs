//! The address of this exact view, a button that copies it, and the downloads of the card.
//! What the reader shares carries the date shown, so it opens the same view later.

use crate::i18n::{Locale, Text};
use crate::render::card::{HEIGHT, WIDTH, card_svg};
use crate::ui::browser;
use crate::ui::copy::use_copying;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn ShareBar() -> Html {
    let loc = use_locale();
    let copying = use_copying();
    let Some(explorer) = use_explorer() else { return html! {} };
    let view = explorer.view();
    let address = format!("{}{}", browser::base_address(), view.pinned(explorer.as_of).to_query());
    let status = match copying.status(&address) {
        Some(true) => loc.t(Text::Copied),
        Some(false) => loc.t(Text::CopyRefused),
        None => "",
    };
    let on_copy = copying.copy.reform({
        let address = address.clone();
        move |_: MouseEvent| address.clone()
    });
    // The exported card is in English, like the pre-rendered pages and their preview images.
    // It is drawn when asked for, not on every render: most readers never download it.
    let card = {
        let (scenario, evaluation, address) = (view.scenario, explorer.evaluation.clone(), address.clone());
        let en = Locale::ENGLISH;
        let title = view.preset().map_or_else(|| en.t(Text::CustomTitle).to_owned(), |p| en.text(&p.texts.title));
        move || card_svg(&scenario, &evaluation, &title, &address)
    };
    let file = format!("four-islands-{}", crate::model::link::encode(&view.scenario));
    let on_download_svg = {
        let (file, card) = (file.clone(), card.clone());
        Callback::from(move |_: MouseEvent| browser::download_svg(&file, &card()))
    };
    let on_download_png = Callback::from(move |_: MouseEvent| browser::download_png(&file, &card(), WIDTH, HEIGHT));
    html! {
        <div class="share">
            <label for="share-link">{loc.t(Text::ShareLabel)}</label>
            <input id="share-link" type="text" readonly=true value={address} />
            <button type="button" id="copy-link" onclick={on_copy}>{loc.t(Text::CopyLink)}</button>
            <button type="button" id="download-svg" onclick={on_download_svg}>{loc.t(Text::DownloadSvg)}</button>
            <button type="button" id="download-png" onclick={on_download_png}>{loc.t(Text::DownloadPng)}</button>
            <span class="small" role="status">{status}</span>
        </div>
    }
}
