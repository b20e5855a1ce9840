//! Where the scenario and each side's stated positions stand on one scale: Japan's share of
//! the land. The marks come from the positions' data (see `model::meter`); the scale marks no
//! point of its own.

use crate::i18n::{Locale, Text};
use crate::model::catalog::Party;
use crate::model::meter::{self, Mark};
use crate::render::meter::{anchor, at, labels_overlap, years};
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Meter() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let e = &explorer.evaluation;
    let marks = meter::marks(&e.stances);
    let in_force_positions: Vec<_> = e.positions.iter().map(|v| v.position).collect();
    let parties = meter::in_force(&marks, &in_force_positions);
    let share = loc.percent(e.area.japan_share);
    // Only the positions in force are labelled on the scale, each with its party's name and
    // the same treatment for both sides; earlier marks are thin ticks, listed in words below.
    let overlap = labels_overlap(&parties);
    let mut labelled = 0;
    let mut mark = |m: &Mark| {
        let lower = overlap && labelled > 0;
        labelled += usize::from(m.in_force);
        drawn_mark(loc, m, lower)
    };
    let earlier: Vec<String> = marks
        .iter()
        .filter(|m| !m.in_force)
        .map(|m| {
            loc.fill(
                Text::MeterEarlierItem,
                &[("party", loc.party(m.party)), ("years", &years(loc, m)), ("share", &loc.percent(m.japan_share))],
            )
        })
        .collect();
    html! {
        <section class="panel meter">
            <h2>{loc.t(Text::MeterHeading)}</h2>
            <svg class="meter-track" viewBox="-10 -24 620 140" role="img" aria-label={loc.fill(Text::MeterAria, &[("share", &share)])}>
                <text class="end" x="0" y="-4" text-anchor="start">{loc.percent(0.0)}</text>
                <text class="end" x="600" y="-4" text-anchor="end">{loc.percent(1.0)}</text>
                <line class="track" x1="0" x2="600" y1="30" y2="30" />
                { for marks.iter().map(&mut mark) }
                <circle class="marker" cx={at(e.area.japan_share)} cy="30" r="13" />
            </svg>
            <p id="position-index">{in_words(loc, &share, &parties)}{loc.t(Text::FullStop)}</p>
            if !earlier.is_empty() {
                <p class="small">{loc.t(Text::MeterEarlier)}{" "}{earlier.join(loc.t(Text::ListSemicolon))}{loc.t(Text::FullStop)}</p>
            }
            <p class="small">{loc.t(Text::MeterNote)}{loc.t(Text::FullStop)}</p>
        </section>
    }
}

/// A mark on the scale: a thin tick for an earlier position, a labelled line for one in force
/// (its label a row lower when it would overlap the other party's).
fn drawn_mark(loc: Locale, m: &Mark, lower: bool) -> Html {
    let x = at(m.japan_share);
    if !m.in_force {
        return html! { <line class="stance" data-party={m.party.key()} x1={x.clone()} x2={x} y1="18" y2="42" /> };
    }
    let label = loc.fill(Text::MeterMarkLabel, &[("party", loc.party(m.party)), ("years", &years(loc, m))]);
    html! {
        <g class="stance now" data-party={m.party.key()}>
            <line x1={x.clone()} x2={x.clone()} y1="4" y2="56" />
            <text x={x} y={if lower { "104" } else { "80" }} text-anchor={anchor(m.japan_share)}>{label}</text>
        </g>
    }
}

/// The scenario's share and each party's position in force, in words.
fn in_words(loc: Locale, share: &str, parties: &[(Party, Option<Mark>)]) -> String {
    let stated = parties.iter().map(|(party, mark)| {
        let name = loc.party(*party);
        match mark {
            Some(m) => loc.fill(
                Text::MeterInForce,
                &[("party", name), ("date", &loc.date(m.last)), ("share", &loc.percent(m.japan_share))],
            ),
            None => loc.fill(Text::MeterInForceNone, &[("party", name)]),
        }
    });
    std::iter::once(loc.fill(Text::MeterText, &[("share", share)]))
        .chain(stated)
        .collect::<Vec<_>>()
        .join(loc.t(Text::SentenceBreak))
}
