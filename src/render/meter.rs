//! The meter's scale as geometry: where a share of the land lies on it, how a label near an
//! end is anchored, and when the two parties' labels would overlap. The component draws it.

use crate::i18n::{Locale, Text};
use crate::model::catalog::Party;
use crate::model::format::fixed;
use crate::model::meter::Mark;

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
