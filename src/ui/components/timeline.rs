//! Treaties and events from 1855 on, oldest first, each with its sources and, where the fact
//! base marks it below high, how far they can be trusted; choosing one shows the positions as of
//! its date.

use super::citation::PageCitation;
use crate::i18n::{Lang, Naming, Text, date, local, t};
use crate::model::catalog::{DOCUMENTS, Document};
use crate::ui::labels;
use crate::model::date::Date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub as_of: Date,
    pub lang: Lang,
    pub naming: Naming,
    pub on_as_of: Callback<Option<Date>>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let mut documents: Vec<&'static Document> = DOCUMENTS.iter().collect();
    documents.sort_by_key(|d| d.date);
    html! {
        <section class="panel timeline">
            <h2>{t(lang, Text::TimelineHeading)}</h2>
            <ol>
                { for documents.into_iter().map(|d| {
                    let end = d.date.end();
                    let on_click = props.on_as_of.reform(move |_: MouseEvent| Some(end));
                    let current = d.date <= props.as_of;
                    let (title, summary) = (local(lang, props.naming, &d.texts.title), local(lang, props.naming, &d.texts.summary));
                    html! {
                        <li class={classes!("event", current.then_some("past"))} data-document={d.id}>
                            <p><time>{date(lang, d.date)}</time>{" "}<strong>{title}</strong></p>
                            <p>{summary}{" "}
                                { for d.sources.iter().map(|id| html! { <><PageCitation id={*id} {lang} />{" "}</> }) }
                                if let Some(note) = labels::confidence(lang, d.confidence) { <span class="small confidence">{note}</span> }
                            </p>
                            <button type="button" class="link" onclick={on_click} aria-controls="positions">{t(lang, Text::AsOfThisDate)}</button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
