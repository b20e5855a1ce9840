//! Negotiation analysis: each side's value for a settlement under the reader's assumptions,
//! over the whole space of settlements the explorer can express, with the Pareto frontier,
//! the Nash and Kalai–Smorodinsky bargaining solutions and the equal-concession "draw".
//!
//! Values are in thousandths of "all four islands" for that side: handing every island over
//! at signature is worth 1000 to Japan and −1000 to Russia (before terms and the treaty).
//! Each island's part and the terms' part are rounded to a thousandth before they are
//! added, so every sum is exact and two settlements a reader could not tell apart on the
//! page are one point. No agreement, the status quo, is worth 0 to both: the disagreement
//! point.
//!
//! Values add up over islands and over terms, so the frontier of the whole space is found
//! by adding frontiers one part at a time (the frontier of a sum of sets lies within the sum
//! of their frontiers) instead of listing the space's hundreds of millions of scenarios.

use super::catalog;
use super::island::IslandId;
use super::scenario::{Scenario, Status, Term, Terms, Timing};
use super::sea;

/// How a side weighs the four islands against each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weighting {
    /// By land area.
    Area,
    /// By current residents.
    Population,
    /// A quarter each.
    Equal,
    /// By the sea that goes with each island (territorial sea and economic zone, the sea
    /// model's areas); a divided Etorofu by the sea that goes with each part.
    Sea,
}

impl Weighting {
    pub const ALL: [Weighting; 4] = [Weighting::Area, Weighting::Population, Weighting::Equal, Weighting::Sea];

    pub const fn code(self) -> char {
        match self {
            Weighting::Area => 'a',
            Weighting::Population => 'p',
            Weighting::Equal => 'e',
            Weighting::Sea => 's',
        }
    }

    pub fn from_code(c: char) -> Option<Weighting> {
        Weighting::ALL.into_iter().find(|w| w.code() == c)
    }

    /// Each island's weight, summing to 1.
    pub fn weights(self) -> [f64; 4] {
        let measure = |id: IslandId| match self {
            Weighting::Area => catalog::island(id).area.value,
            Weighting::Population => catalog::island(id).residents_now.value,
            Weighting::Equal => 1.0,
            Weighting::Sea => sea::Areas::COMPILED.whole(id).total(),
        };
        let raw = IslandId::ALL.map(measure);
        let total: f64 = raw.iter().sum();
        raw.map(|x| if total > 0.0 { x / total } else { 0.25 })
    }

    /// The part of an island's weight that Japan holds under `status`: its share of the
    /// sovereignty, except that by sea a divided Etorofu counts the sea of Japan's part.
    pub fn japan_part(self, id: IslandId, status: Status) -> f64 {
        match (self, status) {
            (Weighting::Sea, Status::Split { japan_percent }) => {
                let whole = sea::Areas::COMPILED.whole(id).total();
                if whole > 0.0 { sea::etorofu_japan(japan_percent).total() / whole } else { status.japan_sovereignty() }
            }
            _ => status.japan_sovereignty(),
        }
    }
}

/// One side's assumptions. Term values are in percent of that side's value of all four
/// islands; positive means the side gains from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Valuation {
    pub weighting: Weighting,
    /// A signed peace treaty.
    pub treaty: i8,
    /// Each security term: demilitarized islands, no foreign forces.
    pub demilitarization: i8,
    /// Each economic term: joint economic activity, fishing rights.
    pub joint_activity: i8,
    /// Each residents' term: residents' choice, visa-free visits.
    pub residents: i8,
    /// Percent of value lost per year of delay before the side's part takes effect.
    pub discount: u8,
}

impl Valuation {
    /// The default for each side: islands by land area, nothing for a treaty or a term, and
    /// 3 % a year for delay.
    pub const ALIKE: Valuation =
        Valuation { weighting: Weighting::Area, treaty: 0, demilitarization: 0, joint_activity: 0, residents: 0, discount: 3 };
}

/// A numeric assumption of a side's, as the page's controls set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assumption {
    Treaty,
    Security,
    Economy,
    Residents,
    Discount,
}

impl Assumption {
    pub const ALL: [Assumption; 5] =
        [Assumption::Treaty, Assumption::Security, Assumption::Economy, Assumption::Residents, Assumption::Discount];

    pub const fn key(self) -> &'static str {
        match self {
            Assumption::Treaty => "treaty",
            Assumption::Security => "security",
            Assumption::Economy => "economy",
            Assumption::Residents => "residents",
            Assumption::Discount => "discount",
        }
    }

    /// The lowest and highest value the link format carries.
    pub const fn bounds(self) -> (i32, i32) {
        match self {
            Assumption::Discount => (0, MAX_DISCOUNT as i32),
            _ => (-(MAX_TERM_VALUE as i32), MAX_TERM_VALUE as i32),
        }
    }

    pub fn get(self, v: &Valuation) -> i32 {
        match self {
            Assumption::Treaty => v.treaty.into(),
            Assumption::Security => v.demilitarization.into(),
            Assumption::Economy => v.joint_activity.into(),
            Assumption::Residents => v.residents.into(),
            Assumption::Discount => v.discount.into(),
        }
    }

    /// Sets the value, clamped to the bounds.
    pub fn set(self, v: &mut Valuation, value: i32) {
        let (low, high) = self.bounds();
        let value = value.clamp(low, high);
        let term = i8::try_from(value).unwrap_or_default();
        match self {
            Assumption::Treaty => v.treaty = term,
            Assumption::Security => v.demilitarization = term,
            Assumption::Economy => v.joint_activity = term,
            Assumption::Residents => v.residents = term,
            Assumption::Discount => v.discount = u8::try_from(value).unwrap_or_default(),
        }
    }
}

/// Limits a reader can set; the link codec refuses values outside them.
pub const MAX_TERM_VALUE: i8 = 100;
pub const MAX_DISCOUNT: u8 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Valuations {
    pub japan: Valuation,
    pub russia: Valuation,
}

impl Valuations {
    /// The explorer's default assumptions: the same for both sides, and no value for a treaty
    /// or a term, which the explorer cannot know. From them alone the analysis marks no
    /// bargaining solution (land is zero-sum); the sensitivity table shows what follows when a
    /// treaty is worth something (see `sensitivity`). The page says why, in one line each.
    pub const DEFAULT: Valuations = Valuations { japan: Valuation::ALIKE, russia: Valuation::ALIKE };

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

impl Valuations {
    /// The form a link carries: each side as weighting letter then treaty, demilitarization,
    /// joint activity, residents and discount, Japan first: `a20.-5.5.5.3_a20.5.5.5.3`.
    pub fn encode(&self) -> String {
        let side = |v: &Valuation| {
            format!(
                "{}{}.{}.{}.{}.{}",
                v.weighting.code(),
                v.treaty,
                v.demilitarization,
                v.joint_activity,
                v.residents,
                v.discount
            )
        };
        format!("{}_{}", side(&self.japan), side(&self.russia))
    }

    /// Reads `encode`'s form and nothing else: a value out of range or written another way
    /// (`+5`, `05`, `-0`) is an error, so that `encode(decode(x)) == x` as for scenario links.
    pub fn decode(text: &str) -> Result<Valuations, String> {
        let side = |text: &str| -> Option<Valuation> {
            let mut chars = text.chars();
            let weighting = Weighting::from_code(chars.next()?)?;
            let numbers: Vec<&str> = chars.as_str().split('.').collect();
            let [treaty, demilitarization, joint_activity, residents, discount] = numbers.as_slice() else {
                return None;
            };
            let limit = i32::from(MAX_TERM_VALUE);
            let term = |t: &str| canonical_whole(t, -limit, limit).and_then(|v| i8::try_from(v).ok());
            Some(Valuation {
                weighting,
                treaty: term(treaty)?,
                demilitarization: term(demilitarization)?,
                joint_activity: term(joint_activity)?,
                residents: term(residents)?,
                discount: canonical_whole(discount, 0, i32::from(MAX_DISCOUNT)).and_then(|d| u8::try_from(d).ok())?,
            })
        };
        let (japan, russia) = text.split_once('_').ok_or("no `_` between the two sides")?;
        match (side(japan), side(russia)) {
            (Some(japan), Some(russia)) => Ok(Valuations { japan, russia }),
            _ => Err(format!(
                "each side needs a weighting (a, p or e) and five whole numbers: values from -{MAX_TERM_VALUE} to {MAX_TERM_VALUE}, a discount from 0 to {MAX_DISCOUNT}"
            )),
        }
    }
}

/// A whole number from `low` to `high` as `i32`'s `Display` writes it: an optional `-`, then
/// digits without a leading zero; `-0` is refused. Bounded by its length before parsing.
fn canonical_whole(text: &str, low: i32, high: i32) -> Option<i32> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let well_formed = !digits.is_empty()
        && digits.len() <= 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && text != "-0";
    let value: i32 = if well_formed { text.parse().ok()? } else { return None };
    (low..=high).contains(&value).then_some(value)
}

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

    fn plus(self, other: Point) -> Point {
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

/// The settlements the analysis ranges over.
#[derive(Clone, Debug, PartialEq)]
pub struct Space {
    /// The statuses each island may take, in `IslandId` order.
    pub statuses: [Vec<Status>; 4],
    pub timings: Vec<Timing>,
    pub treaty: Vec<bool>,
    /// Terms that may be on or off; the others stay off.
    pub terms: Vec<Term>,
}

/// Periods, in years, for Russian administration, lease-back and phased transfer: a grid
/// that spans a short transition to the longest period the link format allows.
pub const PERIODS: [u8; 4] = [10, 25, 50, 99];

impl Space {
    /// Every status for each island (periods on the `PERIODS` grid), Etorofu divided in 1 %
    /// steps, transfer at signature or phased, with or without a treaty, every set of terms.
    pub fn full() -> Space {
        let mut common = vec![Status::Russian, Status::Japanese, Status::Joint];
        for years in PERIODS {
            common.push(Status::RussianAdministration { years });
            common.push(Status::LeasedToRussia { years });
        }
        let mut etorofu = common.clone();
        etorofu.extend((1..=99).map(|japan_percent| Status::Split { japan_percent }));
        let mut timings = vec![Timing::AtSignature];
        timings.extend(PERIODS[..3].iter().map(|&years| Timing::Phased { years }));
        Space {
            statuses: [common.clone(), common.clone(), common, etorofu],
            timings,
            treaty: vec![false, true],
            terms: Term::ALL.to_vec(),
        }
    }

    /// How many scenarios the space holds.
    pub fn size(&self) -> u64 {
        let islands: u64 = self.statuses.iter().map(|s| s.len() as u64).product();
        islands * self.timings.len() as u64 * self.treaty.len() as u64 * (1u64 << self.terms.len())
    }

    /// Every scenario in the space, for checks over small spaces.
    pub fn scenarios(&self) -> impl Iterator<Item = Scenario> + '_ {
        let [h, s, k, e] = &self.statuses;
        h.iter().flat_map(move |&h| {
            s.iter().flat_map(move |&s| {
                k.iter().flat_map(move |&k| {
                    e.iter().flat_map(move |&e| {
                        self.timings.iter().flat_map(move |&timing| {
                            self.treaty.iter().flat_map(move |&peace_treaty| {
                                self.term_sets().map(move |terms| Scenario {
                                    islands: [h, s, k, e],
                                    peace_treaty,
                                    timing,
                                    terms,
                                })
                            })
                        })
                    })
                })
            })
        })
    }

    /// Every combination of the space's terms, fewest first.
    fn term_sets(&self) -> impl Iterator<Item = Terms> + '_ {
        (0u32..1 << self.terms.len()).map(move |mask| {
            let mut terms = Terms::default();
            for (i, &term) in self.terms.iter().enumerate() {
                terms.set(term, mask & (1 << i) != 0);
            }
            terms
        })
    }
}

/// One side's assumptions in the form the sums use.
struct Side {
    weighting: Weighting,
    weights: [f64; 4],
    keep: f64,
    treaty: f64,
    security: f64,
    economy: f64,
    residents: f64,
}

impl Side {
    fn new(v: &Valuation) -> Side {
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

fn timing_years(t: Timing) -> u32 {
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
fn island_choices(j: &Side, r: &Side, space: &Space, id: IslandId, delay: u32) -> Vec<(Status, Point)> {
    space.statuses[id.index()].iter().map(|&status| (status, island_value(j, r, id, status, delay))).collect()
}

/// The treaty and term choices with their values.
fn extra_choices(j: &Side, r: &Side, space: &Space) -> Vec<((bool, Terms), Point)> {
    space
        .treaty
        .iter()
        .flat_map(|&treaty| space.term_sets().map(move |terms| (treaty, terms)))
        .map(|(treaty, terms)| ((treaty, terms), extras_value(j, r, treaty, terms)))
        .collect()
}

/// The scenarios no other scenario in the space is better for both sides than, one per
/// point, sorted by Japan's value rising (so Russia's falls).
pub fn frontier(v: &Valuations, space: &Space) -> Vec<Outcome> {
    let (j, r) = (Side::new(&v.japan), Side::new(&v.russia));
    let mut whole = Vec::new();
    for &timing in &space.timings {
        let delay = timing_years(timing);
        // Start from no island handed over and add one island's choices at a time.
        let mut land = vec![Outcome { point: Point::default(), scenario: Scenario { timing, ..Scenario::STATUS_QUO } }];
        for id in IslandId::ALL {
            let choices = island_choices(&j, &r, space, id, delay);
            land = pareto(combine(&land, &choices, |s, status| s.islands[id.index()] = status));
        }
        whole.extend(land);
    }
    let extras = pareto_choices(extra_choices(&j, &r, space));
    pareto(combine(&pareto(whole), &extras, |s, (treaty, terms)| {
        s.peace_treaty = treaty;
        s.terms = terms;
    }))
}

/// Every sum of an outcome and a choice, the choice written into the scenario.
fn combine<C: Copy>(outcomes: &[Outcome], choices: &[(C, Point)], set: impl Fn(&mut Scenario, C)) -> Vec<Outcome> {
    let mut out = Vec::with_capacity(outcomes.len() * choices.len());
    for o in outcomes {
        for &(choice, p) in choices {
            let mut scenario = o.scenario;
            set(&mut scenario, choice);
            out.push(Outcome { point: o.point.plus(p), scenario });
        }
    }
    out
}

/// The undominated choices: a part of a frontier scenario is itself undominated.
fn pareto_choices<C: Copy>(choices: Vec<(C, Point)>) -> Vec<(C, Point)> {
    let kept = pareto_by(choices.iter().map(|&(c, p)| (p, c)).collect());
    kept.into_iter().map(|(p, c)| (c, p)).collect()
}

/// The undominated outcomes, one per point (the first met keeps it, so simpler choices,
/// listed first, stand for their point), sorted by Japan's value rising.
pub fn pareto(outcomes: Vec<Outcome>) -> Vec<Outcome> {
    let kept = pareto_by(outcomes.into_iter().map(|o| (o.point, o.scenario)).collect());
    kept.into_iter().map(|(point, scenario)| Outcome { point, scenario }).collect()
}

fn pareto_by<T: Copy>(items: Vec<(Point, T)>) -> Vec<(Point, T)> {
    let (Some(low), Some(high)) = (items.iter().map(|(p, _)| p.japan).min(), items.iter().map(|(p, _)| p.japan).max())
    else {
        return Vec::new();
    };
    // Values are whole thousandths in a span of a few thousand: one slot per value of
    // Japan's, holding the best for Russia (the first met among equals), then one sweep from
    // Japan's best down. Linear, where sorting the candidates would not be.
    let mut best: Vec<Option<usize>> = vec![None; (high - low) as usize + 1];
    for (i, (p, _)) in items.iter().enumerate() {
        let slot = &mut best[(p.japan - low) as usize];
        if slot.is_none_or(|j| p.russia > items[j].0.russia) {
            *slot = Some(i);
        }
    }
    let mut kept = Vec::new();
    let mut floor = i32::MIN;
    for &i in best.iter().rev().flatten() {
        if items[i].0.russia > floor {
            floor = items[i].0.russia;
            kept.push(items[i]);
        }
    }
    kept.reverse();
    kept
}

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
    let (j, r) = (Side::new(&v.japan), Side::new(&v.russia));
    let span = |points: &mut dyn Iterator<Item = Point>| {
        points.fold(((i32::MAX, i32::MIN), (i32::MAX, i32::MIN)), |((jl, jh), (rl, rh)), p| {
            ((jl.min(p.japan), jh.max(p.japan)), (rl.min(p.russia), rh.max(p.russia)))
        })
    };
    let add = |a: ((i32, i32), (i32, i32)), b: ((i32, i32), (i32, i32))| {
        ((a.0.0 + b.0.0, a.0.1 + b.0.1), (a.1.0 + b.1.0, a.1.1 + b.1.1))
    };
    let mut total = ((i32::MAX, i32::MIN), (i32::MAX, i32::MIN));
    for &timing in &space.timings {
        let delay = timing_years(timing);
        let land = IslandId::ALL.iter().fold(((0, 0), (0, 0)), |acc, &id| {
            add(acc, span(&mut island_choices(&j, &r, space, id, delay).into_iter().map(|(_, p)| p)))
        });
        total =
            ((total.0.0.min(land.0.0), total.0.1.max(land.0.1)), (total.1.0.min(land.1.0), total.1.1.max(land.1.1)));
    }
    let extras = span(&mut extra_choices(&j, &r, space).into_iter().map(|(_, p)| p));
    let ((jl, jh), (rl, rh)) = add(total, extras);
    Range { japan: (jl, jh), russia: (rl, rh) }
}

/// Everything the analysis panel shows for one set of valuations.
#[derive(Clone, Debug, PartialEq)]
pub struct Exploration {
    pub analysis: Analysis,
    /// The chart's grid of scenarios (see `cloud`).
    pub cloud: Vec<Outcome>,
    /// The marked points under each variation of the main assumptions.
    pub sensitivity: Vec<super::sensitivity::Marked>,
}

/// How many cells the chart's grid has on each side.
pub const CELLS: usize = 100;

/// The analysis of the full space and the chart's grid: the work the page hands to a worker.
pub fn explore(v: &Valuations) -> Exploration {
    let space = Space::full();
    let analysis = analyse(v, &space);
    let cloud = cloud(v, &space, &analysis.range, CELLS);
    let sensitivity = super::sensitivity::sensitivity(v, &space);
    Exploration { analysis, cloud, sensitivity }
}

/// The space's scenarios binned into a `cells` × `cells` grid over `range`, one scenario
/// standing for each occupied cell, in the order of the space: what a scatter plot can
/// show of hundreds of millions of points. Land and terms are binned apart and their cells
/// added, so a scenario may be drawn a cell away from its value.
pub fn cloud(v: &Valuations, space: &Space, range: &Range, cells: usize) -> Vec<Outcome> {
    let (j, r) = (Side::new(&v.japan), Side::new(&v.russia));
    let span = |(lo, hi): (i32, i32)| i64::from((hi - lo).max(1));
    let (sj, sr) = (span(range.japan), span(range.russia));
    let scale = cells as i64 - 1;
    // Whole numbers, rounded half up: this runs for every land scenario.
    let at = |value: i32, span: i64| ((2 * i64::from(value) * scale + span).div_euclid(2 * span)) as isize;
    let cell = |p: Point| (at(p.japan, sj), at(p.russia, sr));
    // Land and extras each lie within one range's width of the origin: cells −n … n.
    let n = cells as isize;
    let width = 2 * cells + 1;
    let slot = |(x, y): (isize, isize)| ((y + n) as usize) * width + (x + n) as usize;

    // Land, for every timing; the first scenario met keeps a cell.
    let mut land: Vec<Option<Scenario>> = vec![None; width * width];
    for &timing in &space.timings {
        let delay = timing_years(timing);
        let [h, s, k, e] = IslandId::ALL.map(|id| island_choices(&j, &r, space, id, delay));
        // The first three islands' sums repeat (whole thousandths): keep one per value.
        let mut three: Vec<(Point, usize, [Status; 3])> = Vec::with_capacity(h.len() * s.len() * k.len());
        for &(hs, hp) in &h {
            for &(ss, sp) in &s {
                for &(ks, kp) in &k {
                    three.push((hp.plus(sp).plus(kp), three.len(), [hs, ss, ks]));
                }
            }
        }
        // By value, then by order of listing, so the first listed keeps each value.
        three.sort_unstable_by_key(|&(p, order, _)| (p, order));
        three.dedup_by_key(|&mut (p, _, _)| p);
        for &(p3, _, [hs, ss, ks]) in &three {
            for &(es, ep) in &e {
                let at = &mut land[slot(cell(p3.plus(ep)))];
                if at.is_none() {
                    *at = Some(Scenario { islands: [hs, ss, ks, es], timing, ..Scenario::STATUS_QUO });
                }
            }
        }
    }
    let mut extras: Vec<((isize, isize), (bool, Terms))> = Vec::new();
    for (choice, p) in extra_choices(&j, &r, space) {
        let c = cell(p);
        if !extras.iter().any(|(seen, _)| *seen == c) {
            extras.push((c, choice));
        }
    }
    let origin = cell(Point { japan: -range.japan.0, russia: -range.russia.0 });
    let mut grid: Vec<Option<Scenario>> = vec![None; cells * cells];
    for (i, scenario) in land.iter().enumerate().filter_map(|(i, s)| Some((i, (*s)?))) {
        let (lj, lr) = ((i % width) as isize - n, (i / width) as isize - n);
        for &((ej, er), (peace_treaty, terms)) in &extras {
            let (x, y) = (origin.0 + lj + ej, origin.1 + lr + er);
            if (0..n).contains(&x) && (0..n).contains(&y) {
                let at = &mut grid[y as usize * cells + x as usize];
                if at.is_none() {
                    *at = Some(Scenario { peace_treaty, terms, ..scenario });
                }
            }
        }
    }
    grid.into_iter().flatten().map(|scenario| Outcome { point: v.value(&scenario), scenario }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The defaults of the first release, which links made then still carry: a treaty and the
    /// terms valued, so that the frontier has gains for both and the solutions exist.
    const SAMPLE: Valuations = Valuations {
        japan: Valuation { weighting: Weighting::Area, treaty: 20, demilitarization: -5, joint_activity: 5, residents: 5, discount: 3 },
        russia: Valuation { weighting: Weighting::Area, treaty: 20, demilitarization: 5, joint_activity: 5, residents: 5, discount: 3 },
    };

    fn valuations(treaty_japan: i8, treaty_russia: i8) -> Valuations {
        let side = |treaty| Valuation {
            weighting: Weighting::Equal,
            treaty,
            demilitarization: 0,
            joint_activity: 0,
            residents: 0,
            discount: 0,
        };
        Valuations { japan: side(treaty_japan), russia: side(treaty_russia) }
    }

    /// Only Etorofu moves, in 1 % steps, and a treaty is always signed: each side's value is
    /// a straight line in the share Japan receives.
    fn etorofu_only() -> Space {
        let mut etorofu = vec![Status::Russian, Status::Japanese];
        etorofu.extend((1..=99).map(|japan_percent| Status::Split { japan_percent }));
        Space {
            statuses: [vec![Status::Russian], vec![Status::Russian], vec![Status::Russian], etorofu],
            timings: vec![Timing::AtSignature],
            treaty: vec![true],
            terms: vec![],
        }
    }

    fn etorofu_percent(o: &Outcome) -> u8 {
        match o.scenario.islands[3] {
            Status::Russian => 0,
            Status::Japanese => 100,
            Status::Split { japan_percent } => japan_percent,
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn a_straight_trade_off_is_all_frontier_and_the_solutions_are_where_algebra_puts_them() {
        // Japan: 0.05 + p/4, Russia: 0.15 − p/4 for Japan's share p of Etorofu.
        let a = analyse(&valuations(5, 15), &etorofu_only());
        assert_eq!(a.frontier.len(), 101);
        // Nash: (0.05 + x)(0.15 − x) is largest at x = 0.05, p = 20 %.
        assert_eq!(a.nash.as_ref().map(etorofu_percent), Some(20));
        // Kalai–Smorodinsky: ideal (0.2, 0.15); the ray J/R = 4/3 meets the line at
        // p = 0.257; on the 1 % grid, 26 % gives the larger minimum share of the ideal.
        assert_eq!(a.kalai_smorodinsky.as_ref().map(etorofu_percent), Some(26));
        // Equal concession: Japan concedes 1 − p, Russia p, so p = 50 %.
        assert_eq!(etorofu_percent(&a.draws[0].outcome), 50);
        assert!((a.draws[0].concession_japan - 0.5).abs() < 1e-9);
        assert_eq!(a.range.japan, (50, 300));
        assert_eq!(a.range.russia, (-100, 150));
    }

    #[test]
    fn without_a_gain_for_both_there_is_no_bargaining_solution() {
        let a = analyse(&valuations(0, 0), &etorofu_only());
        assert_eq!(a.nash, None);
        assert_eq!(a.kalai_smorodinsky, None);
        assert_eq!(a.frontier.len(), 101, "a zero-sum line is still all frontier");
    }

    #[test]
    fn a_side_that_values_an_island_more_gets_it_first() {
        // Japan weighs islands by area, Russia by residents: Habomai (no residents) costs
        // Russia nothing and is worth something to Japan, so it is in every frontier scenario
        // that is not the status quo with all four kept.
        let mut v = valuations(10, 10);
        v.japan.weighting = Weighting::Area;
        v.russia.weighting = Weighting::Population;
        let space = Space {
            statuses: std::array::from_fn(|_| vec![Status::Russian, Status::Japanese]),
            timings: vec![Timing::AtSignature],
            treaty: vec![true],
            terms: vec![],
        };
        let a = analyse(&v, &space);
        assert!(a.frontier.iter().all(|o| o.scenario.islands[0] == Status::Japanese));
        // Against every scenario of the small space, listed one by one.
        let all: Vec<Point> = space.scenarios().map(|s| v.value(&s)).collect();
        assert_eq!(all.len(), 16);
        let undominated = all.iter().filter(|p| !all.iter().any(|q| q.dominates(**p))).count();
        assert_eq!(a.frontier.len(), undominated);
    }

    #[test]
    fn valuations_survive_a_link_and_bad_ones_are_refused() {
        assert_eq!(Valuations::DEFAULT.encode(), "a0.0.0.0.3_a0.0.0.0.3");
        assert_eq!(Valuations::decode(&Valuations::DEFAULT.encode()), Ok(Valuations::DEFAULT));
        let v = SAMPLE;
        assert_eq!(v.encode(), "a20.-5.5.5.3_a20.5.5.5.3");
        assert_eq!(Valuations::decode(&v.encode()), Ok(v));
        let odd = Valuations {
            japan: Valuation { weighting: Weighting::Population, treaty: -100, ..v.japan },
            russia: Valuation { weighting: Weighting::Equal, discount: MAX_DISCOUNT, ..v.russia },
        };
        assert_eq!(Valuations::decode(&odd.encode()), Ok(odd));
        for bad in [
            "",
            "a20.-5.5.5.3",
            "x20.-5.5.5.3_a20.5.5.5.3",
            "a20.-5.5.5_a20.5.5.5.3",
            "a20.-5.5.5.21_a20.5.5.5.3",
            "a101.0.0.0.0_a0.0.0.0.0",
            "a20.-5.5.5.3_a20.5.5.5.3_",
            "a20.-5.5.5.3_a20.5.5.5.3.1",
            "aé.0.0.0.0_a0.0.0.0.0",
            // Out of range, including the one value whose absolute value overflows an i8.
            "a-128.0.0.0.0_a0.0.0.0.0",
            "a-101.0.0.0.0_a0.0.0.0.0",
            "a0.0.0.0.-1_a0.0.0.0.0",
            "a99999999999.0.0.0.0_a0.0.0.0.0",
            // Written otherwise than `encode` writes them.
            "a+20.-5.5.5.3_a20.5.5.5.3",
            "a020.-5.5.5.3_a20.5.5.5.3",
            "a20.-05.5.5.3_a20.5.5.5.3",
            "a20.-0.5.5.3_a20.5.5.5.3",
            "a20.-5.5.5.03_a20.5.5.5.3",
            "a20.-5.5.5. 3_a20.5.5.5.3",
            "a20.-5..5.3_a20.5.5.5.3",
            "a20.--5.5.5.3_a20.5.5.5.3",
        ] {
            assert!(Valuations::decode(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn assumptions_are_set_within_their_bounds() {
        let mut v = Valuations::DEFAULT.japan;
        for a in Assumption::ALL {
            let (low, high) = a.bounds();
            a.set(&mut v, high + 50);
            assert_eq!(a.get(&v), high);
            a.set(&mut v, low - 50);
            assert_eq!(a.get(&v), low);
        }
        assert_eq!(v.discount, 0);
        assert_eq!(v.treaty, -MAX_TERM_VALUE);
    }

    #[test]
    fn value_of_known_scenarios() {
        let v = SAMPLE;
        assert_eq!(v.value(&Scenario::STATUS_QUO), Point { japan: 0, russia: 0 });
        let four = Scenario { islands: [Status::Japanese; 4], peace_treaty: true, ..Scenario::STATUS_QUO };
        // Each island's part is rounded to a thousandth first: with the 2025 areas the four
        // parts add up to 1001, not 1000.
        assert_eq!(v.value(&four), Point { japan: 1201, russia: -801 });
        // Ten years' delay at 3 % a year keeps 0.97^10 = 73.7 % of the land's value.
        let later = Scenario { timing: Timing::Phased { years: 10 }, ..four };
        let japan = v.value(&later).japan - 200;
        assert!((japan - 737).abs() <= 2, "{japan}");
    }

    #[test]
    fn the_full_space_is_large_and_its_frontier_is_not() {
        let space = Space::full();
        assert_eq!(space.size(), 11 * 11 * 11 * 110 * 4 * 2 * 128);
        let a = analyse(&SAMPLE, &space);
        assert!(a.frontier.len() > 10 && a.frontier.len() < 5_000, "{}", a.frontier.len());
        for pair in a.frontier.windows(2) {
            assert!(pair[0].point.japan < pair[1].point.japan && pair[0].point.russia > pair[1].point.russia);
        }
        for o in &a.frontier {
            assert!(o.scenario.validate().is_ok());
            assert_eq!(SAMPLE.value(&o.scenario), o.point);
        }
        assert!(a.nash.is_some() && a.kalai_smorodinsky.is_some());

        let dots = cloud(&SAMPLE, &space, &a.range, 100);
        assert!(dots.len() > 1_000 && dots.len() <= 10_000, "{}", dots.len());
        for o in &dots {
            assert!(o.scenario.validate().is_ok());
            assert!(a.frontier.iter().all(|f| !o.point.dominates(f.point)), "{o:?} beats the frontier");
        }
    }
}
