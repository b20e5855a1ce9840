//! The chart's cloud: the whole space binned into a grid of cells, one scenario standing for
//! each occupied cell.

use super::solutions::Range;
use super::space::Space;
use super::valuation::Valuations;
use super::value::{Outcome, Point, Side, extra_choices, island_choices, timing_years};
use crate::model::island::IslandId;
use crate::model::scenario::{Scenario, Status, Terms};

/// The space's scenarios binned into a `cells` × `cells` grid over `range`, one scenario
/// standing for each occupied cell, in the order of the space: what a scatter plot can
/// show of hundreds of millions of points. Land and terms are binned apart and their cells
/// added, so a scenario may be drawn a cell away from its value.
pub fn cloud(v: &Valuations, space: &Space, range: &Range, cells: usize) -> Vec<Outcome> {
    let (japan, russia) = (Side::new(&v.japan), Side::new(&v.russia));
    let grid = Grid::new(range, cells);
    let land = land_cells(&japan, &russia, space, &grid);
    let mut extras: Vec<((isize, isize), (bool, Terms))> = Vec::new();
    for (choice, p) in extra_choices(&japan, &russia, space) {
        let cell = grid.cell(p);
        if !extras.iter().any(|(seen, _)| *seen == cell) {
            extras.push((cell, choice));
        }
    }
    let origin = grid.cell(Point { japan: -range.japan.0, russia: -range.russia.0 });
    let n = grid.n();
    let mut shown: Vec<Option<Scenario>> = vec![None; cells * cells];
    for (i, scenario) in land.iter().enumerate().filter_map(|(i, s)| Some((i, (*s)?))) {
        let (land_x, land_y) = grid.offset(i);
        for &((extra_x, extra_y), (peace_treaty, terms)) in &extras {
            let (x, y) = (origin.0 + land_x + extra_x, origin.1 + land_y + extra_y);
            if (0..n).contains(&x) && (0..n).contains(&y) {
                let at = &mut shown[y as usize * cells + x as usize];
                if at.is_none() {
                    *at = Some(Scenario { peace_treaty, terms, ..scenario });
                }
            }
        }
    }
    shown.into_iter().flatten().map(|scenario| Outcome { point: v.value(&scenario), scenario }).collect()
}

/// The cells of the chart, and the wider grid of offsets that land or extras alone can take:
/// each lies within one range's width of the origin, cells −n … n on each axis.
struct Grid {
    cells: usize,
    japan_span: i64,
    russia_span: i64,
}

impl Grid {
    fn new(range: &Range, cells: usize) -> Grid {
        let span = |(low, high): (i32, i32)| i64::from((high - low).max(1));
        Grid { cells, japan_span: span(range.japan), russia_span: span(range.russia) }
    }

    fn n(&self) -> isize {
        self.cells as isize
    }

    /// The cell a value offset falls in, rounded half up in whole numbers: this runs for
    /// every land scenario.
    fn cell(&self, p: Point) -> (isize, isize) {
        let scale = self.cells as i64 - 1;
        let at = |value: i32, span: i64| ((2 * i64::from(value) * scale + span).div_euclid(2 * span)) as isize;
        (at(p.japan, self.japan_span), at(p.russia, self.russia_span))
    }

    /// The width of the offsets' grid.
    fn width(&self) -> usize {
        2 * self.cells + 1
    }

    /// An offset's slot in the offsets' grid, and back.
    fn slot(&self, (x, y): (isize, isize)) -> usize {
        ((y + self.n()) as usize) * self.width() + (x + self.n()) as usize
    }

    fn offset(&self, slot: usize) -> (isize, isize) {
        ((slot % self.width()) as isize - self.n(), (slot / self.width()) as isize - self.n())
    }
}

/// Land alone, for every timing: the first scenario met keeps an offset's slot.
fn land_cells(japan: &Side, russia: &Side, space: &Space, grid: &Grid) -> Vec<Option<Scenario>> {
    let mut land: Vec<Option<Scenario>> = vec![None; grid.width() * grid.width()];
    for &timing in &space.timings {
        let delay = timing_years(timing);
        let [habomai, shikotan, kunashiri, etorofu] =
            IslandId::ALL.map(|id| island_choices(japan, russia, space, id, delay));
        // The first three islands' sums repeat (whole thousandths): keep one per value.
        let mut three: Vec<(Point, usize, [Status; 3])> =
            Vec::with_capacity(habomai.len() * shikotan.len() * kunashiri.len());
        for &(h, hp) in &habomai {
            for &(s, sp) in &shikotan {
                for &(k, kp) in &kunashiri {
                    three.push((hp.plus(sp).plus(kp), three.len(), [h, s, k]));
                }
            }
        }
        // By value, then by order of listing, so the first listed keeps each value.
        three.sort_unstable_by_key(|&(p, order, _)| (p, order));
        three.dedup_by_key(|&mut (p, _, _)| p);
        for &(p3, _, [h, s, k]) in &three {
            for &(e, ep) in &etorofu {
                let at = &mut land[grid.slot(grid.cell(p3.plus(ep)))];
                if at.is_none() {
                    *at = Some(Scenario { islands: [h, s, k, e], timing, ..Scenario::STATUS_QUO });
                }
            }
        }
    }
    land
}
