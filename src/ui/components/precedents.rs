//! The settlements elsewhere that someone cited as a model for the chosen proposal: their
//! terms, and who cited them for these islands. Only the full page shows them.

use super::citation::PageCitation;
use crate::i18n::Text;
use crate::model::catalog;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Precedents() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let precedents = explorer.view().preset().map(catalog::precedents).unwrap_or_default();
    if precedents.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel precedents" aria-label={loc.t(Text::PrecedentsHeading)}>
            <h2>{loc.t(Text::PrecedentsHeading)}</h2>
            { for precedents.into_iter().map(|q| html! {
                <article class="precedent" data-precedent={q.id}>
                    <h3>{loc.text(&q.title)}</h3>
                    <p>{loc.text(&q.terms)}{" "}
                        { for q.sources.iter().map(|id| html! { <><PageCitation id={*id} />{" "}</> }) }
                    </p>
                    <p class="small">{loc.t(Text::PrecedentCited)}</p>
                    <ul class="cited small">
                        { for q.cited.iter().map(|c| html! {
                            <li><time>{loc.date(c.date)}</time>{loc.t(Text::Colon)}{loc.text(&c.by)}{" "}<PageCitation id={c.source} /></li>
                        }) }
                    </ul>
                </article>
            }) }
        </section>
    }
}
