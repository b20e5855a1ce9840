//! Published poll questions with an answer that describes this kind of settlement, and the
//! questions about the dispute that name no settlement, shown with every scenario.

use super::citation::PageCitation;
use crate::i18n::{Locale, Noun, Text, capitalized, quoted};
use crate::model::catalog::{Poll, PollOption, Question};
use crate::model::format::fixed;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Polls() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    // Every question that names a settlement is there, and those with no answer that describes
    // the scenario are hidden: a change of scenario then shows and hides questions instead of
    // rewriting one into another.
    let (polls, context) = (explorer.evaluation.settlement_polls(), explorer.evaluation.context_polls());
    html! {
        <section class="panel polls">
            <h2>{loc.t(Text::PollsHeading)}</h2>
            if polls.iter().all(|m| m.matching.is_empty()) {
                <p>{loc.t(Text::PollsNone)}</p>
            } else {
                <p class="small">{loc.t(Text::PollsNote)}</p>
            }
            { for polls.iter().map(|m| poll(loc, m.poll, m.question, &m.matching, m.matching.is_empty())) }
            if !context.is_empty() {
                <details class="context-polls">
                    <summary>{loc.t(Text::PollsContextHeading)}</summary>
                    <p class="small">{loc.t(Text::PollsContextNote)}</p>
                    { for context.iter().flat_map(|p| p.questions.iter().map(move |q| poll(loc, p, q, &[], false))) }
                </details>
            }
        </section>
    }
}

/// One question of a poll, with its answers; `matching` marks those that describe the scenario.
fn poll(loc: Locale, poll: &'static Poll, question: &'static Question, matching: &[usize], hidden: bool) -> Html {
    let dates = if poll.field_start == poll.field_end {
        loc.date(poll.field_start)
    } else {
        loc.fill(Text::DateRange, &[("from", &loc.date(poll.field_start)), ("to", &loc.date(poll.field_end))])
    };
    let sample = poll
        .sample
        .map(|n| format!("{}{}", loc.t(Text::ListComma), loc.counted(n, Noun::Respondent)))
        .unwrap_or_default();
    let (wording, translated) = loc.poll_wording(question);
    let own_language = loc.lang.code() == question.wording_language;
    let originals_shown = !own_language && question.options.iter().any(|o| !o.label_original.is_empty());
    html! {
        <article class="poll" data-poll={poll.id} {hidden}>
            <h3><span lang="en">{poll.pollster}</span>{loc.t(Text::ParenOpen)}{loc.population(poll.population)}{loc.t(Text::ListComma)}{dates}{sample}{loc.t(Text::ParenClose)}</h3>
            <p class="wording" lang={if own_language { question.wording_language } else { loc.lang.code() }}>{wording}</p>
            <ul class="answers">
                { for question.options.iter().enumerate().map(|(i, o)| answer(loc, question, o, matching.contains(&i))) }
            </ul>
            if let Some(caveat) = &poll.caveat {
                <p class="small caveat"><strong>{loc.t(Text::PollCaveat)}</strong>{" "}{loc.text(caveat)}</p>
            }
            <p class="small">
                if !question.complete { {loc.t(Text::PartialAnswers)}{" "} }
                if let Some(note) = translated { {note}{" "} }
                if originals_shown { {loc.t(Text::PollOriginals)}{" "} }
                {capitalized(&loc.text(&poll.method))}{loc.t(Text::SentenceBreak)}{ for poll.sources.iter().map(|id| html! { <>{" "}<PageCitation id={*id} /></> }) }
                if let Some(note) = loc.confidence(poll.confidence) { {" "}<span class="confidence">{note}</span> }
            </p>
        </article>
    }
}

/// One answer with its share; `matches` when it describes the scenario.
fn answer(loc: Locale, question: &'static Question, o: &'static PollOption, matches: bool) -> Html {
    let original_lang = question.wording_language;
    let own_language = loc.lang.code() == original_lang;
    html! {
        <li class={classes!("answer", matches.then_some("match"))}>
            <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect width={fixed(o.percent, 1).to_string()} height="1" /></svg>
            <span class="pct">{loc.percent_figure(o.percent)}</span>
            <span class="label">
                // The original's own words replace a translation back into them.
                if o.label_original.is_empty() || !own_language { {loc.text(&o.label)} }
                if !o.label_original.is_empty() {
                    if own_language { <span lang={original_lang}>{capitalized(o.label_original)}</span> }
                    else { {" "}<span lang={original_lang} class="original">{quoted(original_lang, o.label_original)}</span> }
                }
                if matches { <span class="visually-hidden">{" "}{loc.t(Text::Matches)}</span> }
            </span>
        </li>
    }
}
