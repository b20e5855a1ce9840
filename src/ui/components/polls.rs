//! Published poll questions with an answer that describes this kind of settlement.

use super::citation::Citation;
use crate::model::catalog::Population;
use crate::model::evaluation::PollMatch;
use crate::model::format::thousands;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PollsProps {
    pub polls: Vec<PollMatch>,
}

fn population(p: Population) -> &'static str {
    match p {
        Population::Japan => "Japan",
        Population::Russia => "Russia",
        Population::Islands => "residents of the islands",
    }
}

#[component]
pub fn Polls(props: &PollsProps) -> Html {
    html! {
        <section class="panel polls">
            <h2>{"What polls asked"}</h2>
            if props.polls.is_empty() {
                <p>{"No published poll in the data offered an answer describing this settlement."}</p>
            } else {
                <p class="small">{"Only questions with an answer that describes this kind of settlement; the matching answer is marked. Nothing is extrapolated."}</p>
            }
            { for props.polls.iter().map(|m| {
                let poll = m.poll;
                let dates = if poll.field_start == poll.field_end { poll.field_start.to_string() } else { format!("{} to {}", poll.field_start, poll.field_end) };
                let sample = poll.sample.map(|n| format!(", {} respondents", thousands(f64::from(n)))).unwrap_or_default();
                html! {
                    <article class="poll" data-poll={poll.id}>
                        <h3>{poll.pollster}{" ("}{population(poll.population)}{", "}{dates}{sample}{")"}</h3>
                        <p class="wording">{m.question.wording}</p>
                        <ul class="answers">
                            { for m.question.options.iter().enumerate().map(|(i, o)| {
                                let matches = m.matching.contains(&i);
                                html! {
                                    <li class={classes!("answer", matches.then_some("match"))}>
                                        <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect width={format!("{:.1}", o.percent)} height="1" /></svg>
                                        <span class="pct">{format!("{:.0} %", o.percent)}</span>
                                        <span class="label">{o.label}
                                            if !o.label_original.is_empty() { {" "}<span lang="ja" class="original">{"「"}{o.label_original}{"」"}</span> }
                                            if matches { <span class="visually-hidden">{" (matches this scenario)"}</span> }
                                        </span>
                                    </li>
                                }
                            }) }
                        </ul>
                        <p class="small">
                            if !m.question.complete { {"The source reports only these answers. "} }
                            {poll.method}{". "}<Citation id={poll.source} />
                        </p>
                    </article>
                }
            }) }
        </section>
    }
}
