//! Where the stated positions stand on one scale, Japan's share of the land (0 to 1), and
//! where a scenario stands on it. Every mark comes from the data: a position's mark is the
//! share of the land that the settlement it names would leave with Japan (what Japan claimed,
//! what the Soviet Union or Russia offered). The scale marks no midpoint or "fair" point of
//! its own: where a compromise lies is for the reader to judge.

use super::catalog::{Party, Position};
use super::date::Date;
use super::evaluation::Stance;

/// One mark: a party's stated positions that named the same share, from `first` to `last`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub party: Party,
    pub japan_share: f64,
    pub first: Date,
    pub last: Date,
    /// The latest position of the mark (the one in force, for `in_force` marks).
    pub position: &'static Position,
    /// The party's position in force on the date stands here.
    pub in_force: bool,
}

/// The marks for `stances` (oldest first, as `evaluation::stances` gives them): a party's
/// successive earlier positions that named the same share make one mark; a position that names
/// no settlement has none and ends the run; the in-force position of each party has a mark of
/// its own.
pub fn marks(stances: &[Stance]) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    // For each party, the mark its previous position extended, if any.
    let mut open: Vec<(Party, Option<usize>)> = Vec::new();
    for s in stances {
        let p = s.position;
        let slot = match open.iter().position(|(party, _)| *party == p.party) {
            Some(i) => i,
            None => {
                open.push((p.party, None));
                open.len() - 1
            }
        };
        let Some(share) = s.japan_share else {
            open[slot].1 = None;
            continue;
        };
        let extends = open[slot].1.filter(|&i| !s.in_force && marks[i].japan_share == share);
        match extends {
            Some(i) => {
                marks[i].last = p.date;
                marks[i].position = p;
            }
            None => {
                marks.push(Mark { party: p.party, japan_share: share, first: p.date, last: p.date, position: p, in_force: s.in_force });
                open[slot].1 = Some(marks.len() - 1);
            }
        }
    }
    marks
}

/// Each party's position in force, in `Party::ALL` order, with its mark where it names a
/// settlement (`None` where it only agrees to negotiate, or states nothing yet).
pub fn in_force(marks: &[Mark], positions_in_force: &[&'static Position]) -> Vec<(Party, Option<Mark>)> {
    Party::ALL
        .into_iter()
        .filter(|&party| positions_in_force.iter().any(|p| p.party == party))
        .map(|party| (party, marks.iter().find(|m| m.in_force && m.party == party).copied()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::POSITIONS;
    use crate::model::evaluation::{positions_in_force, stances};

    fn marks_on(date: &str) -> Vec<(Party, u32, String, String, bool)> {
        let date = Date::parse(date).expect("test dates are valid");
        marks(&stances(date))
            .iter()
            .map(|m| {
                (m.party, (m.japan_share * 1000.0).round() as u32, m.first.to_string(), m.last.to_string(), m.in_force)
            })
            .collect()
    }

    #[test]
    fn earlier_positions_of_one_share_share_a_mark_and_the_position_in_force_has_its_own() {
        let marks = marks_on("2019-06-01");
        let russia: Vec<_> = marks.iter().filter(|m| m.0 == Party::Russia).collect();
        // The Soviet offers of 1955–60 named Habomai and Shikotan (about 7 %), the stance of
        // 1961 none of them; after the Tokyo Declaration, which named no settlement, the offers
        // named the two islands again, but for the treaty-first proposal of September 2018.
        let expected = [
            (69, "1955", "1960-01-27", false),
            (0, "1961-08", "1961-08", false),
            (69, "2004-11", "2016-12-13", false),
            (0, "2018-09-12", "2018-09-12", false),
            (69, "2018-11-15", "2018-11-15", false),
            (69, "2019-01-16", "2019-01-16", true),
        ];
        let got: Vec<_> = russia.iter().map(|m| (m.1, m.2.as_str(), m.3.as_str(), m.4)).collect();
        assert_eq!(got, expected, "{russia:?}");
        let japan: Vec<_> = marks.iter().filter(|m| m.0 == Party::Japan).collect();
        assert!(japan.iter().all(|m| m.1 == 1000), "{japan:?}");
    }

    #[test]
    fn a_position_that_names_no_settlement_has_no_mark() {
        let date = Date::parse("1995-01-01").expect("valid");
        let in_force = positions_in_force(date);
        let parties = super::in_force(&marks(&stances(date)), &in_force);
        assert_eq!(parties.len(), 2);
        assert!(parties.iter().all(|(_, mark)| mark.is_none()), "the Tokyo Declaration names no settlement");
    }

    #[test]
    fn every_mark_stands_where_its_positions_data_puts_it() {
        for m in marks(&stances(Date::ymd(2100, 1, 1))) {
            assert_eq!(m.position.land_to_japan.map(crate::model::evaluation::share_of), Some(m.japan_share));
            assert!(POSITIONS.iter().any(|p| std::ptr::eq(p, m.position)));
            assert!((0.0..=1.0).contains(&m.japan_share));
        }
    }
}
