//! The points on the frontier that the theory of bargaining singles out: the Nash and
//! Kalai–Smorodinsky solutions and the equal concession, over each side's range of values.

use super::frontier::frontier;
use super::space::Space;
use super::valuation::Valuations;
use super::value::{Outcome, Point, Side, extra_choices, island_choices, timing_years};
use crate::model::island::IslandId;

/// The frontier and the points on it the theory of bargaining singles out.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub frontier: Vec<Outcome>,
    /// Maximises the product of both sides' gains over no agreement; `None` when no
    /// scenario leaves both sides better off than no agreement.
    pub nash: Option<Outcome>,
    /// Gives both sides the same share of the most each could get with the other no worse
    /// off than without agreement (on this grid: the largest smaller share); `None` as for
    /// `nash`.
    pub kalai_smorodinsky: Option<Outcome>,
    /// The frontier scenarios nearest to an equal concession, nearest first.
    pub draws: Vec<Draw>,
    /// The lowest and highest value each side can get anywhere in the space.
    pub range: Range,
    pub size: u64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Draw {
    pub outcome: Outcome,
    /// How far each side has moved from its best outcome towards its worst, 0 to 1.
    pub concession_japan: f64,
    pub concession_russia: f64,
}

impl Draw {
    /// `outcome` with each side's concession over `range`.
    pub fn new(outcome: Outcome, range: &Range) -> Draw {
        let concession = |value: i32, (low, high): (i32, i32)| {
            if high > low { f64::from(high - value) / f64::from(high - low) } else { 0.0 }
        };
        Draw {
            outcome,
            concession_japan: concession(outcome.point.japan, range.japan),
            concession_russia: concession(outcome.point.russia, range.russia),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub japan: (i32, i32),
    pub russia: (i32, i32),
}

/// How many equal-concession scenarios `analyse` lists.
pub const DRAWS: usize = 3;

pub fn analyse(v: &Valuations, space: &Space) -> Analysis {
    let frontier = frontier(v, space);
    let range = range(v, space);
    // No worse than no agreement for either side.
    let rational: Vec<&Outcome> = frontier.iter().filter(|o| o.point.japan >= 0 && o.point.russia >= 0).collect();
    let product = |o: &Outcome| i64::from(o.point.japan) * i64::from(o.point.russia);
    let nash = rational.iter().copied().filter(|o| product(o) > 0).max_by_key(|o| product(o)).copied();
    let ideal = rational.iter().fold((0, 0), |(j, r), o| (o.point.japan.max(j), o.point.russia.max(r)));
    let level = |o: &Outcome| {
        (f64::from(o.point.japan) / f64::from(ideal.0)).min(f64::from(o.point.russia) / f64::from(ideal.1))
    };
    let kalai_smorodinsky = rational
        .iter()
        .copied()
        .filter(|o| nash.is_some() && o.point.japan > 0 && o.point.russia > 0)
        .max_by(|a, b| level(a).total_cmp(&level(b)))
        .copied();
    let mut draws: Vec<Draw> = frontier.iter().map(|&outcome| Draw::new(outcome, &range)).collect();
    let gap = |d: &Draw| (d.concession_japan - d.concession_russia).abs();
    // The frontier is ordered by Japan's value, so that breaks ties without a stable sort.
    draws.sort_unstable_by(|a, b| gap(a).total_cmp(&gap(b)).then(a.outcome.point.japan.cmp(&b.outcome.point.japan)));
    draws.truncate(DRAWS);
    Analysis { frontier, nash, kalai_smorodinsky, draws, range, size: space.size() }
}

/// Each side's lowest and highest value in the space: the parts are independent, so the
/// extremes add up part by part.
pub fn range(v: &Valuations, space: &Space) -> Range {
    let (japan, russia) = (Side::new(&v.japan), Side::new(&v.russia));
    let mut land = Range::NONE;
    for &timing in &space.timings {
        let delay = timing_years(timing);
        let this_timing = IslandId::ALL.iter().fold(Range::ZERO, |sum, &id| {
            sum.plus(Range::over(island_choices(&japan, &russia, space, id, delay).into_iter().map(|(_, p)| p)))
        });
        land = land.or(this_timing);
    }
    land.plus(Range::over(extra_choices(&japan, &russia, space).into_iter().map(|(_, p)| p)))
}

impl Range {
    /// The range of no values at all, which `or` and `over` start from.
    const NONE: Range = Range { japan: (i32::MAX, i32::MIN), russia: (i32::MAX, i32::MIN) };
    /// The range of one value, nothing for either side: what sums start from.
    const ZERO: Range = Range { japan: (0, 0), russia: (0, 0) };

    /// The lowest and highest of some points.
    fn over(points: impl Iterator<Item = Point>) -> Range {
        points.fold(Range::NONE, |r, p| r.or(Range { japan: (p.japan, p.japan), russia: (p.russia, p.russia) }))
    }

    /// The values of either range.
    fn or(self, other: Range) -> Range {
        let widest = |(a_low, a_high): (i32, i32), (b_low, b_high): (i32, i32)| (a_low.min(b_low), a_high.max(b_high));
        Range { japan: widest(self.japan, other.japan), russia: widest(self.russia, other.russia) }
    }

    /// The values of a sum of one value from each range.
    fn plus(self, other: Range) -> Range {
        let add = |(a_low, a_high): (i32, i32), (b_low, b_high): (i32, i32)| (a_low + b_low, a_high + b_high);
        Range { japan: add(self.japan, other.japan), russia: add(self.russia, other.russia) }
    }
}
