//! The negotiation analysis's chart and table, as geometry and choices: where each point lands
//! in the chart's view box, which point the pointer or a key is on, and which rows the table
//! lists in which order. The panel's components only draw what this computes.

use crate::i18n::Text;
use crate::model::format::fixed;
use crate::model::negotiation::{Analysis, Exploration, Outcome, Point};
use std::rc::Rc;

/// The chart's view box is 640 × 440; its drawing area lies within these lines.
pub const WIDTH: f64 = 640.0;
pub const LEFT: f64 = 64.0;
pub const RIGHT: f64 = 624.0;
pub const TOP: f64 = 16.0;
pub const BOTTOM: f64 = 380.0;
/// Frontier rows in the table, spread evenly along it, besides the marked points.
pub const TABLE_ROWS: usize = 24;
/// How near, in view-box units, the pointer must come to a point to pick it.
pub const PICK_DISTANCE: f64 = 20.0;

/// What a point on the chart stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointKind {
    Cloud,
    Frontier,
    Nash,
    KalaiSmorodinsky,
    Draw,
    Current,
}

impl PointKind {
    pub const fn text(self) -> Text {
        match self {
            PointKind::Cloud => Text::CloudPoint,
            PointKind::Frontier => Text::FrontierPoint,
            PointKind::Nash => Text::Nash,
            PointKind::KalaiSmorodinsky => Text::KalaiSmorodinsky,
            PointKind::Draw => Text::Draw,
            PointKind::Current => Text::ThisScenario,
        }
    }

    /// What the legend says a marked point means, where it needs saying.
    pub const fn note(self) -> Option<Text> {
        match self {
            PointKind::Nash => Some(Text::NashNote),
            PointKind::KalaiSmorodinsky => Some(Text::KalaiSmorodinskyNote),
            PointKind::Draw => Some(Text::DrawNote),
            _ => None,
        }
    }
}

/// A point with what it stands for.
pub type Marked = (PointKind, Outcome);

/// Where a value lands in the chart's view box: each side's range, widened to include no
/// agreement (0) and at least one thousandth.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    japan: (f64, f64),
    russia: (f64, f64),
}

impl Placement {
    pub fn new(analysis: &Analysis) -> Placement {
        let widen = |(lo, hi): (i32, i32)| (f64::from(lo.min(0)), f64::from(hi.max(0).max(lo + 1)));
        Placement { japan: widen(analysis.range.japan), russia: widen(analysis.range.russia) }
    }

    pub fn at(&self, p: Point) -> (f64, f64) {
        let x = LEFT + (f64::from(p.japan) - self.japan.0) / (self.japan.1 - self.japan.0) * (RIGHT - LEFT);
        let y = BOTTOM - (f64::from(p.russia) - self.russia.0) / (self.russia.1 - self.russia.0) * (BOTTOM - TOP);
        (x, y)
    }

    /// The point nearest to `at` (in view-box units) among `candidates`, if one is within
    /// [`PICK_DISTANCE`]; the first listed wins a tie.
    pub fn nearest(&self, candidates: &[Marked], at: (f64, f64)) -> Option<Marked> {
        candidates
            .iter()
            .map(|&(kind, o)| {
                let (px, py) = self.at(o.point);
                ((px - at.0).powi(2) + (py - at.1).powi(2), kind, o)
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .filter(|(d, _, _)| *d < PICK_DISTANCE * PICK_DISTANCE)
            .map(|(_, kind, o)| (kind, o))
    }
}

/// An exploration with its chart's two long paths, drawn once when it arrives: the panel
/// re-renders on every pointer move, key press and sort, and the cloud alone is about 1,100
/// points to format.
#[derive(Debug, PartialEq)]
pub struct Drawing {
    pub exploration: Exploration,
    pub place: Placement,
    /// The cloud of settlements, a dot per point, as a path.
    pub dots: Rc<str>,
    /// The Pareto frontier, as a polyline's points.
    pub line: Rc<str>,
}

impl Drawing {
    pub fn new(exploration: Exploration) -> Drawing {
        let place = Placement::new(&exploration.analysis);
        let at = |o: &Outcome| {
            let (x, y) = place.at(o.point);
            (fixed(x, 1), fixed(y, 1))
        };
        let dots: String = exploration.cloud.iter().map(at).map(|(x, y)| format!("M{x} {y}h0")).collect();
        let line: String = exploration.analysis.frontier.iter().map(at).map(|(x, y)| format!("{x},{y} ")).collect();
        Drawing { exploration, place, dots: dots.into(), line: line.into() }
    }

    /// The points the chart marks: the solutions that exist, the first equal concession, and
    /// the scenario the explorer shows (`current`).
    pub fn marked(&self, current: Outcome) -> Vec<Marked> {
        let a = &self.exploration.analysis;
        let mut marked: Vec<Marked> = Vec::new();
        marked.extend(a.nash.map(|o| (PointKind::Nash, o)));
        marked.extend(a.kalai_smorodinsky.map(|o| (PointKind::KalaiSmorodinsky, o)));
        marked.extend(a.draws.first().map(|d| (PointKind::Draw, d.outcome)));
        marked.push((PointKind::Current, current));
        marked
    }

    /// Every point a reader can pick on the chart: the cloud, the frontier, then the marked
    /// points, which win when they lie as near.
    pub fn candidates(&self, marked: &[Marked]) -> Vec<Marked> {
        let cloud = self.exploration.cloud.iter().map(|&o| (PointKind::Cloud, o));
        let frontier = self.exploration.analysis.frontier.iter().map(|&o| (PointKind::Frontier, o));
        cloud.chain(frontier).chain(marked.iter().copied()).collect()
    }
}

/// How the table is sorted: as listed (the marked points, then the frontier from Japan's
/// lowest value), or by one side's value, highest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Listed,
    Japan,
    Russia,
}

impl SortBy {
    /// The `aria-sort` of a column sorted this way.
    pub fn aria_sort(self, column: SortBy) -> &'static str {
        if self == column && column != SortBy::Listed { "descending" } else { "none" }
    }
}

/// The table's rows: the marked points, then frontier points spread evenly along it, sorted.
pub fn table_rows(frontier: &[Outcome], marked: &[Marked], sort: SortBy) -> Vec<Marked> {
    let mut rows: Vec<Marked> = marked.to_vec();
    let step = frontier.len().div_ceil(TABLE_ROWS).max(1);
    rows.extend(frontier.iter().step_by(step).map(|&o| (PointKind::Frontier, o)));
    match sort {
        SortBy::Listed => {}
        SortBy::Japan => rows.sort_unstable_by_key(|(_, o)| std::cmp::Reverse((o.point.japan, o.point.russia))),
        SortBy::Russia => rows.sort_unstable_by_key(|(_, o)| std::cmp::Reverse((o.point.russia, o.point.japan))),
    }
    rows
}

/// What a key does on the chart, which walks the frontier of `len` points from `cursor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Move to the frontier point with this index.
    Move(usize),
    /// Open the selected point in the explorer.
    Open,
    /// Not a key the chart uses.
    None,
}

pub fn key_action(key: &str, cursor: Option<usize>, len: usize) -> KeyAction {
    let last = len.saturating_sub(1);
    let to = match key {
        "ArrowRight" | "ArrowDown" => cursor.map_or(0, |i| (i + 1).min(last)),
        "ArrowLeft" | "ArrowUp" => cursor.map_or(last, |i| i.saturating_sub(1)),
        "Home" => 0,
        "End" => last,
        "Enter" | " " => return KeyAction::Open,
        _ => return KeyAction::None,
    };
    if len == 0 { KeyAction::None } else { KeyAction::Move(to) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::negotiation::{Draw, Range};
    use crate::model::scenario::Scenario;

    fn outcome(japan: i32, russia: i32) -> Outcome {
        Outcome { point: Point { japan, russia }, scenario: Scenario::STATUS_QUO }
    }

    fn analysis(frontier: Vec<Outcome>) -> Analysis {
        let range = Range { japan: (0, 1000), russia: (-1000, 0) };
        let draws = frontier.first().map(|&o| Draw::new(o, &range)).into_iter().collect();
        Analysis { frontier, nash: None, kalai_smorodinsky: None, draws, range, size: 4 }
    }

    #[test]
    fn values_land_in_the_drawing_area_and_the_nearest_point_is_picked() {
        let place = Placement::new(&analysis(vec![]));
        assert_eq!(place.at(Point { japan: 0, russia: 0 }), (LEFT, TOP));
        assert_eq!(place.at(Point { japan: 1000, russia: -1000 }), (RIGHT, BOTTOM));
        let near = [(PointKind::Cloud, outcome(0, 0)), (PointKind::Frontier, outcome(1000, -1000))];
        assert_eq!(place.nearest(&near, (LEFT + 5.0, TOP + 5.0)), Some(near[0]));
        assert_eq!(place.nearest(&near, (RIGHT - 3.0, BOTTOM)), Some(near[1]));
        assert_eq!(place.nearest(&near, (320.0, 200.0)), None, "too far from any point");
        // A marked point listed after a cloud point at the same place does not lose to it.
        let both = [(PointKind::Cloud, outcome(0, 0)), (PointKind::Nash, outcome(0, 0))];
        assert_eq!(place.nearest(&both, (LEFT, TOP)).map(|(k, _)| k), Some(PointKind::Cloud));
    }

    #[test]
    fn the_table_lists_marked_points_then_a_sample_of_the_frontier() {
        let frontier: Vec<Outcome> = (0..100).map(|i| outcome(i * 10, -i * 10)).collect();
        let drawing = Drawing::new(Exploration {
            analysis: analysis(frontier.clone()),
            cloud: vec![outcome(5, -5)],
            sensitivity: vec![],
        });
        let current = outcome(500, -500);
        let marked = drawing.marked(current);
        assert_eq!(marked.iter().map(|m| m.0).collect::<Vec<_>>(), [PointKind::Draw, PointKind::Current]);
        let rows = table_rows(&frontier, &marked, SortBy::Listed);
        assert_eq!(rows.len(), 2 + 20, "every fifth point of 100, and the two marked");
        assert_eq!(rows[..2], marked[..]);
        let by_japan = table_rows(&frontier, &marked, SortBy::Japan);
        assert!(by_japan.windows(2).all(|w| w[0].1.point.japan >= w[1].1.point.japan));
        let by_russia = table_rows(&frontier, &marked, SortBy::Russia);
        assert_eq!(by_russia[0].1.point.russia, 0);
        assert_eq!(drawing.candidates(&marked).len(), 1 + 100 + 2);
        assert_eq!((drawing.dots.matches('M').count(), drawing.line.matches(',').count()), (1, 100));
        assert_eq!(SortBy::Japan.aria_sort(SortBy::Japan), "descending");
        assert_eq!(SortBy::Listed.aria_sort(SortBy::Listed), "none");
        assert_eq!(SortBy::Japan.aria_sort(SortBy::Russia), "none");
    }

    #[test]
    fn keys_walk_the_frontier_and_open_the_selection() {
        assert_eq!(key_action("ArrowRight", None, 5), KeyAction::Move(0));
        assert_eq!(key_action("ArrowRight", Some(4), 5), KeyAction::Move(4));
        assert_eq!(key_action("ArrowDown", Some(1), 5), KeyAction::Move(2));
        assert_eq!(key_action("ArrowLeft", None, 5), KeyAction::Move(4));
        assert_eq!(key_action("ArrowUp", Some(0), 5), KeyAction::Move(0));
        assert_eq!(
            (key_action("Home", Some(3), 5), key_action("End", Some(0), 5)),
            (KeyAction::Move(0), KeyAction::Move(4))
        );
        assert_eq!((key_action("Enter", None, 5), key_action(" ", None, 0)), (KeyAction::Open, KeyAction::Open));
        assert_eq!((key_action("a", None, 5), key_action("Home", None, 0)), (KeyAction::None, KeyAction::None));
    }
}
