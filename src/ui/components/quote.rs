//! A quote in the words the source prints, followed by a translation into the reader's
//! language that says it is one.

use crate::i18n::{Lang, Text, quote_translation, t};
use crate::model::catalog::Quote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub quote: &'static Quote,
    pub lang: Lang,
}

#[component]
pub fn QuoteView(props: &QuoteProps) -> Html {
    let q = props.quote;
    html! {
        <>
            <q lang={q.language}>{q.text}</q>
            if let Some((marker, translation)) = quote_translation(props.lang, q) {
                {t(props.lang, Text::ParenOpen)}<span class="translated">{marker}</span>{" "}<span lang={props.lang.code()}>{translation}</span>{t(props.lang, Text::ParenClose)}
            }
        </>
    }
}
