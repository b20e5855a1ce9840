//! Assessments by named people and editorial boards about this kind of settlement: opinion,
//! labelled as such.

use super::citation::PageCitation;
use super::quote::QuoteView;
use crate::i18n::Text;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Opinions() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let opinions = explorer.evaluation.opinions();
    if opinions.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel opinions">
            <h2>{loc.t(Text::OpinionsHeading)}</h2>
            <p class="small">{loc.t(Text::OpinionsNote)}</p>
            <ul>
                { for opinions.iter().map(|o| html! {
                    <li>
                        <p><span class="speaker">{loc.text(&o.texts.author)}</span>{loc.t(Text::ListComma)}{loc.text(&o.texts.role)}{loc.t(Text::ParenOpen)}{loc.date(o.date)}{loc.t(Text::ParenClose)}{loc.t(Text::Colon)}
                            if let Some(q) = &o.quote { <QuoteView quote={q} />{" "} }
                            <span class="paraphrase">{loc.text(&o.texts.paraphrase)}</span>{" "}<PageCitation id={o.source} /></p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
