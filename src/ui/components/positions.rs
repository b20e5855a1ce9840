//! Each government's stated position in force on the chosen date, and whether the scenario
//! fits it, with the statement and its source.

use super::as_of_control::AsOfControl;
use super::citation::Citation;
use super::quote::QuoteView;
use crate::i18n::{Locale, Text};
use crate::model::catalog::RECORD_ENDS;
use crate::model::evaluation::{PositionVerdict, Verdict};
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Positions() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let verdicts = &explorer.evaluation.positions;
    html! {
        <section class="panel positions" id="positions">
            <h2>{loc.t(Text::PositionsHeading)}</h2>
            <AsOfControl />
            if verdicts.is_empty() {
                <p>{loc.t(Text::NoPositions)}</p>
            }
            <ul class="verdicts">
                { for verdicts.iter().map(|v| verdict(loc, v)) }
            </ul>
            // Said wherever the positions are, so that a later reader knows what the data cannot show.
            <p class="small record-ends">{loc.fill(Text::RecordRunsTo, &[("date", &loc.date(RECORD_ENDS))])}</p>
        </section>
    }
}

fn verdict(loc: Locale, v: &PositionVerdict) -> Html {
    let p = v.position;
    let class = match v.verdict {
        Verdict::Compatible => "verdict fits",
        Verdict::Conflicts => "verdict conflicts",
        Verdict::NotAddressed => "verdict silent",
    };
    html! {
        <li class="verdict-item" data-party={p.party.key()} data-verdict={v.verdict.key()}>
            <h3>{loc.party(p.party)}{loc.t(Text::Colon)}<span class={class}>{loc.verdict(v.verdict)}</span></h3>
            <p class="reason">{loc.reasons(&v.reasons)}{loc.t(Text::FullStop)}</p>
            <p class="statement">
                <span class="speaker">{loc.text(&p.texts.speaker)}</span>{loc.t(Text::ListComma)}{loc.date(p.date)}{loc.t(Text::Colon)}
                if let Some(q) = &p.quote { <QuoteView quote={q} />{" "} }
                <span class="paraphrase">{loc.t(Text::InShort)}{" "}{loc.text(&p.texts.paraphrase)}</span>
                { for p.sources.iter().map(|id| html! { <>{" "}<Citation id={*id} /></> }) }
                if p.own_words_missing() { <span class="small press-only">{" "}{loc.t(Text::PressOnly)}{loc.t(Text::FullStop)}</span> }
            </p>
        </li>
    }
}
