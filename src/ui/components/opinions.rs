//! Assessments by named people and editorial boards about this kind of settlement: opinion,
//! labelled as such.

use super::citation::PageCitation;
use super::quote::QuoteView;
use crate::i18n::{Lang, Naming, Text, date, local, t};
use crate::model::catalog::Opinion;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpinionsProps {
    pub opinions: Vec<&'static Opinion>,
    pub lang: Lang,
    pub naming: Naming,
}

#[component]
pub fn Opinions(props: &OpinionsProps) -> Html {
    let lang = props.lang;
    if props.opinions.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel opinions">
            <h2>{t(lang, Text::OpinionsHeading)}</h2>
            <p class="small">{t(lang, Text::OpinionsNote)}</p>
            <ul>
                { for props.opinions.iter().map(|o| {
                    let (role, paraphrase) = (local(lang, props.naming, &o.texts.role), local(lang, props.naming, &o.texts.paraphrase));
                    html! {
                        <li>
                            <p><span class="speaker">{local(lang, props.naming, &o.texts.author)}</span>{t(lang, Text::ListComma)}{role}{t(lang, Text::ParenOpen)}{date(lang, o.date)}{t(lang, Text::ParenClose)}{t(lang, Text::Colon)}
                                if let Some(q) = &o.quote { <QuoteView quote={q} {lang} />{" "} }
                                <span class="paraphrase">{paraphrase}</span>{" "}<PageCitation id={o.source} {lang} /></p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
