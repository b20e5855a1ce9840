//! Where the scenario and each side's stated positions stand on one scale: Japan's share of
//! the land. The marks come from the positions' data (see `model::meter`); the scale marks no
//! point of its own.

use crate::i18n::{Lang, Text, date, fill, percent, t};
use crate::model::evaluation::Evaluation;
use crate::model::format::fixed;
use crate::model::meter::{self, Mark};
use crate::ui::labels;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MeterProps {
    pub evaluation: Rc<Evaluation>,
    pub lang: Lang,
}

/// The scale is drawn 600 units wide, from 0 % to 100 % of the land to Japan: narrow enough
/// that its labels stay legible on a phone.
fn at(share: f64) -> String {
    fixed(share.clamp(0.0, 1.0) * 600.0, 0).to_string()
}

/// Labels near an end of the scale are anchored so that they stay inside it.
fn anchor(share: f64) -> &'static str {
    if share < 0.1 {
        "start"
    } else if share > 0.9 {
        "end"
    } else {
        "middle"
    }
}

fn years(lang: Lang, m: &Mark) -> String {
    if m.first.year == m.last.year {
        m.first.year.to_string()
    } else {
        fill(t(lang, Text::YearSpan), &[("from", &m.first.year.to_string()), ("to", &m.last.year.to_string())])
    }
}

#[component]
pub fn Meter(props: &MeterProps) -> Html {
    let (e, lang) = (&props.evaluation, props.lang);
    let marks = meter::marks(&e.stances);
    let in_force_positions: Vec<_> = e.positions.iter().map(|v| v.position).collect();
    let parties = meter::in_force(&marks, &in_force_positions);
    let share = percent(lang, e.area.japan_share);
    // Only the positions in force are labelled on the scale, each with its party's name and
    // the same treatment for both sides; earlier marks are thin ticks, listed in words below.
    let close = match parties.as_slice() {
        [(_, Some(a)), (_, Some(b))] => (a.japan_share - b.japan_share).abs() < 0.6,
        _ => false,
    };
    let mut labelled = 0;
    let mut mark = |m: &Mark| {
        let x = at(m.japan_share);
        if !m.in_force {
            return html! { <line class="stance" data-party={m.party.key()} x1={x.clone()} x2={x} y1="18" y2="42" /> };
        }
        let label_y = if close && labelled > 0 { "104" } else { "80" };
        labelled += 1;
        let label = fill(t(lang, Text::MeterMarkLabel), &[("party", labels::party(lang, m.party)), ("years", &years(lang, m))]);
        html! {
            <g class="stance now" data-party={m.party.key()}>
                <line x1={x.clone()} x2={x.clone()} y1="4" y2="56" />
                <text x={x} y={label_y} text-anchor={anchor(m.japan_share)}>{label}</text>
            </g>
        }
    };
    let stated = parties.iter().map(|(party, mark)| {
        let name = labels::party(lang, *party);
        match mark {
            Some(m) => fill(
                t(lang, Text::MeterInForce),
                &[("party", name), ("date", &date(lang, m.last)), ("share", &percent(lang, m.japan_share))],
            ),
            None => fill(t(lang, Text::MeterInForceNone), &[("party", name)]),
        }
    });
    let earlier: Vec<String> = marks
        .iter()
        .filter(|m| !m.in_force)
        .map(|m| {
            fill(
                t(lang, Text::MeterEarlierItem),
                &[("party", labels::party(lang, m.party)), ("years", &years(lang, m)), ("share", &percent(lang, m.japan_share))],
            )
        })
        .collect();
    html! {
        <section class="panel meter">
            <h2>{t(lang, Text::MeterHeading)}</h2>
            <svg class="meter-track" viewBox="-10 -24 620 140" role="img" aria-label={fill(t(lang, Text::MeterAria), &[("share", &share)])}>
                <text class="end" x="0" y="-4" text-anchor="start">{percent(lang, 0.0)}</text>
                <text class="end" x="600" y="-4" text-anchor="end">{percent(lang, 1.0)}</text>
                <line class="track" x1="0" x2="600" y1="30" y2="30" />
                { for marks.iter().map(&mut mark) }
                <circle class="marker" cx={at(e.area.japan_share)} cy="30" r="13" />
            </svg>
            <p id="position-index">{ std::iter::once(fill(t(lang, Text::MeterText), &[("share", &share)])).chain(stated).collect::<Vec<_>>().join(t(lang, Text::SentenceBreak)) }{t(lang, Text::FullStop)}</p>
            if !earlier.is_empty() {
                <p class="small">{t(lang, Text::MeterEarlier)}{" "}{earlier.join(t(lang, Text::ListSemicolon))}{t(lang, Text::FullStop)}</p>
            }
            <p class="small">{t(lang, Text::MeterNote)}{t(lang, Text::FullStop)}</p>
        </section>
    }
}
