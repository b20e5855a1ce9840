//! A quote in the words the source prints, followed by a translation into the reader's
//! language that says it is one.

use crate::i18n::Text;
use crate::model::catalog::Quote;
use crate::ui::explorer::use_locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub quote: &'static Quote,
}

#[component]
pub fn QuoteView(props: &QuoteProps) -> Html {
    let loc = use_locale();
    let q = props.quote;
    html! {
        <>
            <q lang={q.language}>{loc.local(&q.text)}</q>
            if let Some((marker, translation)) = loc.quote_translation(q) {
                {loc.t(Text::ParenOpen)}<span class="translated">{marker}</span>{" "}<span lang={loc.lang.code()}>{translation}</span>{loc.t(Text::ParenClose)}
            }
        </>
    }
}
