//! Published poll questions with an answer that describes this kind of settlement, and the
//! questions about the dispute that name no settlement, shown with every scenario.

use super::citation::PageCitation;
use crate::i18n::{
    Lang, Naming, Noun, Text, capitalized, counted, date, fill, local, percent_figure, poll_wording, quoted, t,
};
use crate::model::catalog::{Poll, Question};
use crate::model::evaluation::PollMatch;
use crate::model::format::fixed;
use crate::ui::labels;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PollsProps {
    pub polls: Vec<PollMatch>,
    /// Polls about the dispute whose answers name no settlement.
    pub context: Vec<&'static Poll>,
    pub lang: Lang,
    pub naming: Naming,
}

#[component]
pub fn Polls(props: &PollsProps) -> Html {
    let (lang, naming) = (props.lang, props.naming);
    html! {
        <section class="panel polls">
            <h2>{t(lang, Text::PollsHeading)}</h2>
            if props.polls.is_empty() {
                <p>{t(lang, Text::PollsNone)}</p>
            } else {
                <p class="small">{t(lang, Text::PollsNote)}</p>
            }
            { for props.polls.iter().map(|m| poll(m.poll, m.question, &m.matching, lang, naming)) }
            if !props.context.is_empty() {
                <details class="context-polls">
                    <summary>{t(lang, Text::PollsContextHeading)}</summary>
                    <p class="small">{t(lang, Text::PollsContextNote)}</p>
                    { for props.context.iter().flat_map(|p| p.questions.iter().map(move |q| poll(p, q, &[], lang, naming))) }
                </details>
            }
        </section>
    }
}

/// One question of a poll, with its answers; `matching` marks those that describe the scenario.
fn poll(poll: &'static Poll, question: &'static Question, matching: &[usize], lang: Lang, naming: Naming) -> Html {
    let dates = if poll.field_start == poll.field_end {
        date(lang, poll.field_start)
    } else {
        fill(t(lang, Text::DateRange), &[("from", &date(lang, poll.field_start)), ("to", &date(lang, poll.field_end))])
    };
    let sample = poll
        .sample
        .map(|n| format!("{}{}", t(lang, Text::ListComma), counted(lang, n, Noun::Respondent)))
        .unwrap_or_default();
    let (wording, translated) = poll_wording(lang, naming, question);
    let original_lang = question.wording_language;
    let own_language = lang.code() == original_lang;
    let originals_shown = !own_language && question.options.iter().any(|o| !o.label_original.is_empty());
    html! {
        <article class="poll" data-poll={poll.id}>
            <h3><span lang="en">{poll.pollster}</span>{t(lang, Text::ParenOpen)}{labels::population(lang, poll.population)}{t(lang, Text::ListComma)}{dates}{sample}{t(lang, Text::ParenClose)}</h3>
            <p class="wording" lang={if own_language { original_lang } else { lang.code() }}>{wording}</p>
            <ul class="answers">
                { for question.options.iter().enumerate().map(|(i, o)| {
                    let matches = matching.contains(&i);
                    html! {
                        <li class={classes!("answer", matches.then_some("match"))}>
                            <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect width={fixed(o.percent, 1).to_string()} height="1" /></svg>
                            <span class="pct">{percent_figure(lang, o.percent)}</span>
                            <span class="label">
                                // The original's own words replace a translation back into them.
                                if o.label_original.is_empty() || !own_language { {local(lang, naming, &o.label)} }
                                if !o.label_original.is_empty() {
                                    if own_language { <span lang={original_lang}>{capitalized(o.label_original)}</span> }
                                    else { {" "}<span lang={original_lang} class="original">{quoted(original_lang, o.label_original)}</span> }
                                }
                                if matches { <span class="visually-hidden">{" "}{t(lang, Text::Matches)}</span> }
                            </span>
                        </li>
                    }
                }) }
            </ul>
            if let Some(caveat) = &poll.caveat {
                <p class="small caveat"><strong>{t(lang, Text::PollCaveat)}</strong>{" "}{local(lang, naming, caveat)}</p>
            }
            <p class="small">
                if !question.complete { {t(lang, Text::PartialAnswers)}{" "} }
                if let Some(note) = translated { {note}{" "} }
                if originals_shown { {t(lang, Text::PollOriginals)}{" "} }
                {capitalized(&local(lang, naming, &poll.method))}{t(lang, Text::SentenceBreak)}{ for poll.sources.iter().map(|id| html! { <>{" "}<PageCitation id={*id} {lang} /></> }) }
                if let Some(note) = labels::confidence(lang, poll.confidence) { {" "}<span class="confidence">{note}</span> }
            </p>
        </article>
    }
}
