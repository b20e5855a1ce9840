//! The settlements elsewhere that someone cited as a model for the chosen proposal: their
//! terms, and who cited them for these islands. Only the full page shows them.

use super::citation::PageCitation;
use crate::i18n::{Lang, Naming, Text, date, local, t};
use crate::model::catalog::{self, Preset};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrecedentsProps {
    pub preset: Option<&'static Preset>,
    pub lang: Lang,
    pub naming: Naming,
}

#[component]
pub fn Precedents(props: &PrecedentsProps) -> Html {
    let (lang, naming) = (props.lang, props.naming);
    let precedents = props.preset.map(catalog::precedents).unwrap_or_default();
    if precedents.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel precedents" aria-label={t(lang, Text::PrecedentsHeading)}>
            <h2>{t(lang, Text::PrecedentsHeading)}</h2>
            { for precedents.into_iter().map(|q| html! {
                <article class="precedent" data-precedent={q.id}>
                    <h3>{local(lang, naming, &q.title)}</h3>
                    <p>{local(lang, naming, &q.terms)}{" "}
                        { for q.sources.iter().map(|id| html! { <><PageCitation id={*id} {lang} />{" "}</> }) }
                    </p>
                    <p class="small">{t(lang, Text::PrecedentCited)}</p>
                    <ul class="cited small">
                        { for q.cited.iter().map(|c| html! {
                            <li><time>{date(lang, c.date)}</time>{t(lang, Text::Colon)}{local(lang, naming, &c.by)}{" "}<PageCitation id={c.source} {lang} /></li>
                        }) }
                    </ul>
                </article>
            }) }
        </section>
    }
}
