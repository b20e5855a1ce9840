//! Each government's stated position in force on the chosen date, and whether the scenario
//! fits it, with the statement and its source.

use super::citation::Citation;
use super::quote::QuoteView;
use crate::i18n::{Lang, Naming, Text, date, fill, local, reasons, t};
use crate::model::catalog::RECORD_ENDS;
use crate::model::date::Date;
use crate::model::evaluation::{PositionVerdict, Verdict};
use crate::ui::labels;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PositionsProps {
    pub verdicts: Vec<PositionVerdict>,
    pub as_of: Date,
    pub is_today: bool,
    pub lang: Lang,
    pub naming: Naming,
    pub on_as_of: Callback<Option<Date>>,
}

#[component]
pub fn Positions(props: &PositionsProps) -> Html {
    let lang = props.lang;
    let on_date =
        props.on_as_of.reform(|e: Event| Date::parse(&e.target_unchecked_into::<HtmlInputElement>().value()).ok());
    let on_today = props.on_as_of.reform(|_: MouseEvent| None);
    let as_of = props.as_of;
    let day = Date::ymd(as_of.year, as_of.month.max(1), as_of.day.max(1));
    html! {
        <section class="panel positions" id="positions">
            <h2>{t(lang, Text::PositionsHeading)}</h2>
            <div class="as-of">
                <label for="as-of">{t(lang, Text::AsOf)}</label>
                <input id="as-of" type="date" min="1855-01-01" value={day.to_string()} onchange={on_date} />
                if !props.is_today {
                    <button type="button" onclick={on_today}>{t(lang, Text::Today)}</button>
                }
            </div>
            if props.verdicts.is_empty() {
                <p>{t(lang, Text::NoPositions)}</p>
            }
            <ul class="verdicts">
                { for props.verdicts.iter().map(|v| {
                    let p = v.position;
                    let (speaker, paraphrase) = (local(lang, props.naming, &p.texts.speaker), local(lang, props.naming, &p.texts.paraphrase));
                    let class = match v.verdict {
                        Verdict::Compatible => "verdict fits",
                        Verdict::Conflicts => "verdict conflicts",
                        Verdict::NotAddressed => "verdict silent",
                    };
                    html! {
                        <li class="verdict-item" data-party={p.party.key()} data-verdict={v.verdict.key()}>
                            <h3>{labels::party(lang, p.party)}{t(lang, Text::Colon)}<span class={class}>{labels::verdict(lang, v.verdict)}</span></h3>
                            <p class="reason">{reasons(lang, props.naming, &v.reasons)}{t(lang, Text::FullStop)}</p>
                            <p class="statement">
                                <span class="speaker">{speaker}</span>{t(lang, Text::ListComma)}{date(lang, p.date)}{t(lang, Text::Colon)}
                                if let Some(q) = &p.quote { <QuoteView quote={q} {lang} />{" "} }
                                <span class="paraphrase">{t(lang, Text::InShort)}{" "}{paraphrase}</span>
                                { for p.sources.iter().map(|id| html! { <>{" "}<Citation id={*id} {lang} /></> }) }
                                if p.own_words_missing() { <span class="small press-only">{" "}{t(lang, Text::PressOnly)}{t(lang, Text::FullStop)}</span> }
                            </p>
                        </li>
                    }
                }) }
            </ul>
            // Said wherever the positions are, so that a later reader knows what the data cannot show.
            <p class="small record-ends">{fill(t(lang, Text::RecordRunsTo), &[("date", &date(lang, RECORD_ENDS))])}</p>
        </section>
    }
}
