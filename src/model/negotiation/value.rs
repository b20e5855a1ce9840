//! What a settlement is worth to each side: whole thousandths of that side's value of all
//! four islands, added up over the islands and over the treaty and terms.

use super::space::Space;
use super::valuation::{Valuation, Valuations, Weighting};
use crate::model::island::IslandId;
use crate::model::scenario::{Scenario, Status, Terms, Timing};

/// A point in the two sides' value space, in thousandths of all four islands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Point {
    pub japan: i32,
    pub russia: i32,
}

impl Point {
    /// At least as good for both and better for one.
    pub fn dominates(self, other: Point) -> bool {
        self.japan >= other.japan && self.russia >= other.russia && self != other
    }

    pub(super) fn plus(self, other: Point) -> Point {
        Point { japan: self.japan + other.japan, russia: self.russia + other.russia }
    }
}

/// A value in thousandths, rounded.
fn thousandths(x: f64) -> i32 {
    (x * 1000.0).round() as i32
}

/// A scenario with its value to each side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub point: Point,
    pub scenario: Scenario,
}

impl Valuations {
    /// Both sides' values for one scenario.
    pub fn value(&self, s: &Scenario) -> Point {
        let (j, r) = (Side::new(&self.japan), Side::new(&self.russia));
        let delay = timing_years(s.timing);
        IslandId::ALL
            .into_iter()
            .map(|id| island_value(&j, &r, id, s.status(id), delay))
            .fold(extras_value(&j, &r, s.peace_treaty, s.terms), Point::plus)
    }
}

/// One side's assumptions in the form the sums use.
pub(super) struct Side {
    weighting: Weighting,
    weights: [f64; 4],
    keep: f64,
    treaty: f64,
    security: f64,
    economy: f64,
    residents: f64,
}

impl Side {
    pub(super) fn new(v: &Valuation) -> Side {
        let pct = |x: i8| f64::from(x) / 100.0;
        Side {
            weighting: v.weighting,
            weights: v.weighting.weights(),
            keep: 1.0 - f64::from(v.discount) / 100.0,
            treaty: pct(v.treaty),
            security: pct(v.demilitarization),
            economy: pct(v.joint_activity),
            residents: pct(v.residents),
        }
    }

    fn terms(&self, treaty: bool, t: Terms) -> f64 {
        let count = |a: bool, b: bool| f64::from(u8::from(a) + u8::from(b));
        f64::from(u8::from(treaty)) * self.treaty
            + count(t.demilitarization, t.no_foreign_forces) * self.security
            + count(t.joint_activity, t.fishing_rights) * self.economy
            + count(t.residents_choice, t.visa_free) * self.residents
    }
}

pub(super) fn timing_years(t: Timing) -> u32 {
    match t {
        Timing::AtSignature => 0,
        Timing::Phased { years } => u32::from(years),
    }
}

/// What an island's status is worth to Japan (a gain) and to Russia (a loss): the share of
/// the island under Japanese sovereignty, discounted for the years before Japan has it.
fn island_value(j: &Side, r: &Side, id: IslandId, status: Status, delay: u32) -> Point {
    let years = delay
        + match status {
            Status::RussianAdministration { years } | Status::LeasedToRussia { years } => u32::from(years),
            _ => 0,
        };
    let at = |side: &Side| {
        thousandths(side.weights[id.index()] * side.weighting.japan_part(id, status) * side.keep.powi(years as i32))
    };
    Point { japan: at(j), russia: -at(r) }
}

/// What the treaty and the terms are worth to each side.
fn extras_value(j: &Side, r: &Side, treaty: bool, terms: Terms) -> Point {
    Point { japan: thousandths(j.terms(treaty, terms)), russia: thousandths(r.terms(treaty, terms)) }
}

/// Each island's choices with their values, for one timing.
pub(super) fn island_choices(j: &Side, r: &Side, space: &Space, id: IslandId, delay: u32) -> Vec<(Status, Point)> {
    space.statuses[id.index()].iter().map(|&status| (status, island_value(j, r, id, status, delay))).collect()
}

/// The treaty and term choices with their values.
pub(super) fn extra_choices(j: &Side, r: &Side, space: &Space) -> Vec<((bool, Terms), Point)> {
    space
        .treaty
        .iter()
        .flat_map(|&treaty| space.term_sets().map(move |terms| (treaty, terms)))
        .map(|(treaty, terms)| ((treaty, terms), extras_value(j, r, treaty, terms)))
        .collect()
}
