//! Where the scenario and each side's stated positions stand on one scale, Japan's share of
//! the land, as a string: where a share lies on the scale, how a label near an end is
//! anchored, and when the two parties' labels would overlap. The marks come from the
//! positions' data (see `model::meter`); the scale marks no point of its own.

use super::escape::escape;
use crate::i18n::{Locale, Text};
use crate::model::catalog::Party;
use crate::model::evaluation::Evaluation;
use crate::model::format::fixed;
use crate::model::meter::{self, Mark};
use std::fmt::Write;

/// The scale is drawn this many units wide, from 0 % to 100 % of the land to Japan: narrow
/// enough that its labels stay legible on a phone.
pub const SCALE_WIDTH: f64 = 600.0;

/// Where a share of the land (0–1) lies on the scale, as an SVG coordinate.
pub fn at(share: f64) -> String {
    fixed(share.clamp(0.0, 1.0) * SCALE_WIDTH, 0).to_string()
}

/// The `text-anchor` of a label at `share`: near an end of the scale it is anchored so that
/// it stays inside it.
pub fn anchor(share: f64) -> &'static str {
    if share < 0.1 {
        "start"
    } else if share > 0.9 {
        "end"
    } else {
        "middle"
    }
}

/// Whether the two parties' marks in force lie so near that their labels would overlap on one
/// row: the second then goes a row lower, with the same treatment for both sides otherwise.
pub fn labels_overlap(parties: &[(Party, Option<Mark>)]) -> bool {
    match parties {
        [(_, Some(a)), (_, Some(b))] => (a.japan_share - b.japan_share).abs() < 0.6,
        _ => false,
    }
}

/// The years a mark spans: "1956", or "1956–2001".
pub fn years(loc: Locale, m: &Mark) -> String {
    if m.first.year == m.last.year {
        m.first.year.to_string()
    } else {
        loc.fill(Text::YearSpan, &[("from", &m.first.year.to_string()), ("to", &m.last.year.to_string())])
    }
}

/// The content of the meter's panel (`section.panel.meter`). Only the positions in force are
/// labelled on the scale, each with its party's name and the same treatment for both sides;
/// earlier marks are thin ticks, listed in words below.
pub fn meter_html(loc: Locale, e: &Evaluation) -> String {
    let marks = meter::marks(&e.stances);
    let in_force_positions: Vec<_> = e.positions.iter().map(|v| v.position).collect();
    let parties = meter::in_force(&marks, &in_force_positions);
    let share = loc.percent(e.area.japan_share);
    let mut out = format!(
        r#"<h2>{}</h2><svg class="meter-track" viewBox="-10 -24 620 140" role="img" aria-label="{}"><text class="end" x="0" y="-4" text-anchor="start">{}</text><text class="end" x="600" y="-4" text-anchor="end">{}</text><line class="track" x1="0" x2="600" y1="30" y2="30"></line>"#,
        escape(loc.t(Text::MeterHeading)),
        escape(&loc.fill(Text::MeterAria, &[("share", &share)])),
        escape(&loc.percent(0.0)),
        escape(&loc.percent(1.0))
    );
    let overlap = labels_overlap(&parties);
    let mut labelled = 0;
    for m in &marks {
        drawn_mark(&mut out, loc, m, overlap && labelled > 0);
        labelled += usize::from(m.in_force);
    }
    let _ = write!(
        out,
        r#"<circle class="marker" cx="{}" cy="30" r="13"></circle></svg><p id="position-index">{}{}</p>"#,
        at(e.area.japan_share),
        escape(&in_words(loc, &share, &parties)),
        escape(loc.t(Text::FullStop))
    );
    let earlier: Vec<String> = marks
        .iter()
        .filter(|m| !m.in_force)
        .map(|m| {
            let values = [("party", loc.party(m.party)), ("years", &years(loc, m)), ("share", &loc.percent(m.japan_share))];
            loc.fill(Text::MeterEarlierItem, &values)
        })
        .collect();
    if !earlier.is_empty() {
        let list = earlier.join(loc.t(Text::ListSemicolon));
        let _ = write!(out, r#"<p class="small">{} {}{}</p>"#, escape(loc.t(Text::MeterEarlier)), escape(&list), escape(loc.t(Text::FullStop)));
    }
    let _ = write!(out, r#"<p class="small">{}{}</p>"#, escape(loc.t(Text::MeterNote)), escape(loc.t(Text::FullStop)));
    out
}

/// A mark on the scale: a thin tick for an earlier position, a labelled line for one in force
/// (its label a row lower when it would overlap the other party's).
fn drawn_mark(out: &mut String, loc: Locale, m: &Mark, lower: bool) {
    let (x, party) = (at(m.japan_share), m.party.key());
    if !m.in_force {
        let _ = write!(out, r#"<line class="stance" data-party="{party}" x1="{x}" x2="{x}" y1="18" y2="42"></line>"#);
        return;
    }
    let label = loc.fill(Text::MeterMarkLabel, &[("party", loc.party(m.party)), ("years", &years(loc, m))]);
    let _ = write!(
        out,
        r#"<g class="stance now" data-party="{party}"><line x1="{x}" x2="{x}" y1="4" y2="56"></line><text x="{x}" y="{}" text-anchor="{}">{}</text></g>"#,
        if lower { "104" } else { "80" },
        anchor(m.japan_share),
        escape(&label)
    );
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::POSITIONS;
    use crate::model::date::Date;

    #[test]
    fn labels_stay_inside_the_scale_and_apart() {
        assert_eq!((at(0.0), at(0.5), at(1.2)), ("0".to_owned(), "300".to_owned(), "600".to_owned()));
        assert_eq!((anchor(0.05), anchor(0.5), anchor(0.95)), ("start", "middle", "end"));
        let mark = |party, japan_share, year| Mark {
            party,
            japan_share,
            first: Date::ymd(year, 0, 0),
            last: Date::ymd(2001, 0, 0),
            position: &POSITIONS[0],
            in_force: true,
        };
        let near = [
            (Party::Japan, Some(mark(Party::Japan, 1.0, 1956))),
            (Party::Russia, Some(mark(Party::Russia, 0.5, 2001))),
        ];
        assert!(labels_overlap(&near));
        assert!(!labels_overlap(&[near[0], (Party::Russia, None)]));
        assert_eq!(years(Locale::ENGLISH, &mark(Party::Japan, 1.0, 1956)), "1956–2001");
        assert_eq!(years(Locale::ENGLISH, &mark(Party::Japan, 1.0, 2001)), "2001");
    }
}
