//! The sea each of the four islands decides, computed once at build time from the coasts.
//!
//! Each point of sea within 200 nautical miles of the four islands that is nearer to them
//! than to any other land belongs to the island nearest to it (equidistance), as territorial
//! sea within 12 nautical miles and as economic zone beyond. The sea is sampled on a square
//! grid of the maps' equal-area projection, so each cell counts its true area; distances in
//! that projection are within 0.3 % of great-circle distances across the whole zone.
//!
//! For a divided Etorofu, a point of its sea lies nearer to the Japanese part exactly when the
//! point of Etorofu's coast nearest to it lies on the Japanese side of the line: so each cell
//! keeps the smallest share of Etorofu (in whole percent) at which it goes to Japan.
//!
//! What the page needs is derived here too: the areas per island and per Etorofu share, and
//! the outlines of each island's sea and the lines between them, traced along the grid and
//! simplified.

use crate::model::map::{Point, divide, nearest_on_segment};

/// Map units per kilometre (the maps' coordinates are in tenths of a kilometre).
pub const UNITS_PER_KM: f64 = 10.0;
pub const NAUTICAL_MILE_KM: f64 = 1.852;
pub const ZONE_NM: f64 = 200.0;
pub const TERRITORIAL_NM: f64 = 12.0;

/// Whose land a coast is: one of the four islands (in `IslandId` order) or other land.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Island(usize),
    Japan,
    Russia,
}

pub struct Coast {
    pub owner: Owner,
    /// One closed ring, in map units.
    pub ring: Vec<Point>,
}

/// What a cell of the grid is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// More than 200 nm from the four islands, or nearest to them but beyond 200 nm.
    Beyond,
    /// Nearer to other land than to the four islands.
    Other(Owner),
    /// The sea (or land) of one of the four islands.
    Zone { island: usize, territorial: bool, land: bool },
}

pub struct Grid {
    /// Cell size in map units, and the centre of the first cell.
    pub step: f64,
    pub origin: Point,
    pub cols: usize,
    pub rows: usize,
    pub cells: Vec<Cell>,
    /// For cells of Etorofu's sea: the smallest share of Etorofu, 1 to 99 %, at which the
    /// cell goes to the part Japan holds; 100 if none does.
    pub etorofu_threshold: Vec<u8>,
}

/// Areas in km²: the four islands' territorial sea and economic zone, and for each share of a
/// divided Etorofu (index 0 = 1 %) the part of its territorial sea and zone that goes to Japan.
#[derive(Clone, Debug, PartialEq)]
pub struct Areas {
    pub territorial: [f64; 4],
    pub zone: [f64; 4],
    pub etorofu_japan: Vec<(f64, f64)>,
}

const ETOROFU: usize = 3;
const BLOCK: usize = 8;

struct Chunk {
    owner: Owner,
    bbox: [f64; 4],
    segments: std::ops::Range<usize>,
}

/// Consecutive edges of every ring in chunks of a few, each with its bounding box, so that a
/// query skips every chunk whose box is farther than the best distance found.
struct Index {
    segments: Vec<(Point, Point)>,
    chunks: Vec<Chunk>,
}

impl Index {
    fn new(coasts: &[&Coast]) -> Index {
        let mut segments = Vec::new();
        let mut chunks = Vec::new();
        for coast in coasts {
            let n = coast.ring.len();
            let mut start = segments.len();
            for i in 0..n {
                segments.push((coast.ring[i], coast.ring[(i + 1) % n]));
                if segments.len() - start == 8 || i == n - 1 {
                    let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
                    for (a, b) in &segments[start..] {
                        for p in [a, b] {
                            bbox = [bbox[0].min(p.0), bbox[1].min(p.1), bbox[2].max(p.0), bbox[3].max(p.1)];
                        }
                    }
                    chunks.push(Chunk { owner: coast.owner, bbox, segments: start..segments.len() });
                    start = segments.len();
                }
            }
        }
        Index { segments, chunks }
    }

    /// The chunks that may hold the nearest coast of some point of the rectangle, nearest first.
    fn candidates(&self, rect: [f64; 4]) -> Vec<(f64, usize)> {
        let corners = [(rect[0], rect[1]), (rect[2], rect[1]), (rect[0], rect[3]), (rect[2], rect[3])];
        let mut upper = f64::MAX;
        let mut lower = Vec::with_capacity(self.chunks.len());
        for (i, c) in self.chunks.iter().enumerate() {
            let first = self.segments[c.segments.start].0;
            let far = corners.iter().map(|q| dist2(*q, first)).fold(0.0, f64::max);
            upper = upper.min(far);
            lower.push((box_box2(rect, c.bbox), i));
        }
        let mut keep: Vec<(f64, usize)> = lower.into_iter().filter(|(d, _)| *d <= upper).collect();
        keep.sort_by(|a, b| a.0.total_cmp(&b.0));
        keep
    }

    /// The nearest coast point to `p` among `candidates`, if nearer than `limit2` (squared).
    fn nearest(&self, p: Point, candidates: &[(f64, usize)], limit2: f64) -> Option<(f64, Owner, Point)> {
        let mut best: Option<(f64, Owner, Point)> = None;
        let mut bound = limit2;
        for &(_, i) in candidates {
            let c = &self.chunks[i];
            if box_point2(c.bbox, p) >= bound {
                continue;
            }
            for &(a, b) in &self.segments[c.segments.clone()] {
                let q = nearest_on_segment(p, a, b);
                let d = dist2(p, q);
                if d < bound {
                    bound = d;
                    best = Some((d, c.owner, q));
                }
            }
        }
        best
    }
}

fn dist2(a: Point, b: Point) -> f64 {
    (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)
}

fn gap(a0: f64, a1: f64, b0: f64, b1: f64) -> f64 {
    (b0 - a1).max(a0 - b1).max(0.0)
}

fn box_box2(a: [f64; 4], b: [f64; 4]) -> f64 {
    let (dx, dy) = (gap(a[0], a[2], b[0], b[2]), gap(a[1], a[3], b[1], b[3]));
    dx * dx + dy * dy
}

fn box_point2(b: [f64; 4], p: Point) -> f64 {
    box_box2(b, [p.0, p.1, p.0, p.1])
}

fn inside(ring: &[Point], p: Point) -> bool {
    let mut inside = false;
    let n = ring.len();
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + n - 1) % n]);
        if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) * (b.0 - a.0) / (b.1 - a.1) {
            inside = !inside;
        }
    }
    inside
}

/// Where a divided Etorofu's sea changes hands: for any point, the smallest share of
/// Etorofu (1 to 99 %) at which the point of its coast nearest to that point lies on the
/// Japanese side of the dividing line, 100 if at none.
pub struct EtorofuShares {
    rings: Vec<Vec<Point>>,
    cuts: Vec<(Point, f64)>,
}

impl EtorofuShares {
    pub fn new(coasts: &[Coast]) -> EtorofuShares {
        let rings: Vec<Vec<Point>> =
            coasts.iter().filter(|c| c.owner == Owner::Island(ETOROFU)).map(|c| c.ring.clone()).collect();
        let cuts = (1..=99).map(|p| divide(&rings, p)).map(|d| (d.axis, d.at)).collect();
        EtorofuShares { rings, cuts }
    }

    /// The share at which the coast point `q` (nearest to some point of sea) goes to Japan.
    pub fn of_coast_point(&self, q: Point) -> u8 {
        let along = |axis: Point| q.0 * axis.0 + q.1 * axis.1;
        self.cuts.iter().position(|&(axis, at)| along(axis) <= at).map_or(100, |i| i as u8 + 1)
    }

    pub fn at(&self, p: Point) -> u8 {
        self.of_coast_point(crate::model::map::nearest_on_rings(&self.rings, p))
    }
}

/// Samples the sea on a grid of `step_km`.
pub fn compute(coasts: &[Coast], step_km: f64) -> Grid {
    let sampler = Sampler::new(coasts, step_km);
    let (cols, rows) = (sampler.cols, sampler.rows);
    let mut grid = Grid {
        step: sampler.step,
        origin: sampler.origin,
        cols,
        rows,
        cells: vec![Cell::Beyond; cols * rows],
        etorofu_threshold: vec![100u8; cols * rows],
    };
    for block_row in (0..rows).step_by(BLOCK) {
        for block_col in (0..cols).step_by(BLOCK) {
            sampler.block(&mut grid, block_col, block_row);
        }
    }
    grid
}

/// What sampling the grid needs: the islands' and the other coasts' indexes, the frame of
/// the grid, and the limits of the zone and the territorial sea in map units.
struct Sampler<'a> {
    islands: Vec<&'a Coast>,
    island_index: Index,
    other_index: Index,
    island_boxes: Vec<([f64; 4], usize)>,
    shares: EtorofuShares,
    zone: f64,
    territorial: f64,
    step: f64,
    origin: Point,
    cols: usize,
    rows: usize,
}

impl<'a> Sampler<'a> {
    fn new(coasts: &'a [Coast], step_km: f64) -> Sampler<'a> {
        let zone = ZONE_NM * NAUTICAL_MILE_KM * UNITS_PER_KM;
        let step = step_km * UNITS_PER_KM;
        let islands: Vec<&Coast> = coasts.iter().filter(|c| matches!(c.owner, Owner::Island(_))).collect();
        let others: Vec<&Coast> = coasts.iter().filter(|c| !matches!(c.owner, Owner::Island(_))).collect();
        let bounds = |points: &mut dyn Iterator<Item = &Point>| {
            points.fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, p| {
                [b[0].min(p.0), b[1].min(p.1), b[2].max(p.0), b[3].max(p.1)]
            })
        };
        let bbox = bounds(&mut islands.iter().flat_map(|c| &c.ring));
        let island_boxes = islands.iter().enumerate().map(|(i, c)| (bounds(&mut c.ring.iter()), i)).collect();
        Sampler {
            island_index: Index::new(&islands),
            other_index: Index::new(&others),
            islands,
            island_boxes,
            shares: EtorofuShares::new(coasts),
            zone,
            territorial: TERRITORIAL_NM * NAUTICAL_MILE_KM * UNITS_PER_KM,
            step,
            origin: (bbox[0] - zone - step / 2.0, bbox[1] - zone - step / 2.0),
            cols: ((bbox[2] - bbox[0] + 2.0 * zone) / step).ceil() as usize + 2,
            rows: ((bbox[3] - bbox[1] + 2.0 * zone) / step).ceil() as usize + 2,
        }
    }

    fn centre(&self, col: usize, row: usize) -> Point {
        (self.origin.0 + col as f64 * self.step, self.origin.1 + row as f64 * self.step)
    }

    /// Samples the `BLOCK` × `BLOCK` cells from (`block_col`, `block_row`), looking only at the
    /// coasts that can be nearest to some point of the block.
    fn block(&self, grid: &mut Grid, block_col: usize, block_row: usize) {
        let (c1, r1) = ((block_col + BLOCK).min(self.cols) - 1, (block_row + BLOCK).min(self.rows) - 1);
        let (a, b) = (self.centre(block_col, block_row), self.centre(c1, r1));
        let rect = [a.0, a.1, b.0, b.1];
        let near = self.island_index.candidates(rect);
        if near.first().is_none_or(|(d, _)| *d > self.zone * self.zone) {
            return;
        }
        let far = self.other_index.candidates(rect);
        for row in block_row..=r1 {
            for col in block_col..=c1 {
                self.cell(grid, row * self.cols + col, self.centre(col, row), &near, &far);
            }
        }
    }

    /// One cell: beyond every zone, in another coast's sea, or in an island's zone (its
    /// territorial sea or not, on its land or not, and for Etorofu the share it goes with).
    fn cell(&self, grid: &mut Grid, k: usize, p: Point, near: &[(f64, usize)], far: &[(f64, usize)]) {
        let Some((d_island, Owner::Island(island), q)) = self.island_index.nearest(p, near, self.zone * self.zone)
        else {
            return;
        };
        if let Some((_, owner, _)) = self.other_index.nearest(p, far, d_island) {
            grid.cells[k] = Cell::Other(owner);
            return;
        }
        let land = self.island_boxes.iter().any(|&(b, i)| {
            box_point2(b, p) == 0.0 && self.islands[i].owner == Owner::Island(island) && inside(&self.islands[i].ring, p)
        });
        grid.cells[k] = Cell::Zone { island, territorial: d_island <= self.territorial * self.territorial, land };
        if island == ETOROFU {
            grid.etorofu_threshold[k] = self.shares.of_coast_point(q);
        }
    }
}

impl Grid {
    pub fn areas(&self) -> Areas {
        let km2 = (self.step / UNITS_PER_KM) * (self.step / UNITS_PER_KM);
        let mut a = Areas { territorial: [0.0; 4], zone: [0.0; 4], etorofu_japan: vec![(0.0, 0.0); 99] };
        for (k, cell) in self.cells.iter().enumerate() {
            let Cell::Zone { island, territorial, land: false } = *cell else { continue };
            if territorial {
                a.territorial[island] += km2;
            } else {
                a.zone[island] += km2;
            }
            if island == ETOROFU {
                for share in &mut a.etorofu_japan[usize::from(self.etorofu_threshold[k]).saturating_sub(1).min(99)..] {
                    if territorial {
                        share.0 += km2;
                    } else {
                        share.1 += km2;
                    }
                }
            }
        }
        a
    }

    fn cell(&self, col: isize, row: isize) -> Cell {
        if col < 0 || row < 0 || col as usize >= self.cols || row as usize >= self.rows {
            Cell::Beyond
        } else {
            self.cells[row as usize * self.cols + col as usize]
        }
    }

    /// Map position of grid vertex (col, row): the corner above and left of that cell.
    fn corner(&self, col: isize, row: isize) -> Point {
        (self.origin.0 + (col as f64 - 0.5) * self.step, self.origin.1 + (row as f64 - 0.5) * self.step)
    }
}

/// What kind of line separates two neighbouring cells, if any worth drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Line {
    /// Equidistant between island `a` and `b` (an island, or other land).
    Median { a: usize, b: Neighbour },
    /// The outer limit of the 200-nm zone.
    Zone,
    /// The outer limit of the 12-nm territorial sea.
    Territorial,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Neighbour {
    Island(usize),
    Japan,
    Russia,
}

fn line_between(x: Cell, y: Cell) -> Option<Line> {
    use Cell::*;
    match (x, y) {
        (Zone { island: a, territorial: ta, .. }, Zone { island: b, territorial: tb, .. }) => {
            if a != b {
                Some(Line::Median { a: a.min(b), b: Neighbour::Island(a.max(b)) })
            } else if ta != tb {
                Some(Line::Territorial)
            } else {
                None
            }
        }
        (Zone { island, .. }, Other(owner)) | (Other(owner), Zone { island, .. }) => Some(Line::Median {
            a: island,
            b: if owner == Owner::Japan { Neighbour::Japan } else { Neighbour::Russia },
        }),
        (Zone { .. }, Beyond) | (Beyond, Zone { .. }) => Some(Line::Zone),
        _ => None,
    }
}

/// The drawn form of the zones: each island's sea as rings, and the lines between.
pub struct Outlines {
    /// (island, rings) in map units.
    pub regions: Vec<(usize, Vec<Vec<Point>>)>,
    pub lines: Vec<(Line, Vec<Point>)>,
}

/// Traces the grid's boundaries through the midpoints of the cell sides they follow (which
/// turns the grid's steps into diagonals), then simplifies them to `tolerance_km`.
pub fn outlines(grid: &Grid, tolerance_km: f64) -> Outlines {
    let tolerance = tolerance_km * UNITS_PER_KM;
    let sides = cell_sides(grid);
    let regions = (0..4).map(|island| (island, region_rings(grid, &sides, island, tolerance))).collect();
    Outlines { regions, lines: boundary_lines(grid, &sides, tolerance) }
}

/// A side between two cells that differ: from one vertex to the next, with the cells on its
/// left and right when walked in that direction (y down).
type Side = (Vertex, Vertex, Cell, Cell);

fn cell_sides(grid: &Grid) -> Vec<Side> {
    let (cols, rows) = (grid.cols as isize, grid.rows as isize);
    let mut sides = Vec::new();
    for row in 0..=rows {
        for col in 0..=cols {
            // The side on top of cell (col, row), walked west to east: the cell above is on the left.
            let (up, here, left) = (grid.cell(col, row - 1), grid.cell(col, row), grid.cell(col - 1, row));
            if up != here {
                sides.push(((col, row), (col + 1, row), up, here));
            }
            // The side left of cell (col, row), walked north to south: the cell to the east is on the left.
            if left != here {
                sides.push(((col, row), (col, row + 1), here, left));
            }
        }
    }
    sides
}

/// The closed rings around one island's sea.
fn region_rings(grid: &Grid, sides: &[Side], island: usize, tolerance: f64) -> Vec<Vec<Point>> {
    let is = |c: Cell| matches!(c, Cell::Zone { island: i, .. } if i == island);
    // Directed with the island's sea on the left.
    let directed: Vec<(Vertex, Vertex)> = sides
        .iter()
        .filter_map(|&(a, b, left, right)| match (is(left), is(right)) {
            (true, false) => Some((a, b)),
            (false, true) => Some((b, a)),
            _ => None,
        })
        .collect();
    chain(&directed, true)
        .into_iter()
        .map(|loop_| simplify_closed(&midpoints(grid, &loop_), tolerance))
        .filter(|r| r.len() >= 3)
        .collect()
}

/// The open lines between zones: medians between two holders' seas, the zone's outer edge
/// and the territorial sea's.
fn boundary_lines(grid: &Grid, sides: &[Side], tolerance: f64) -> Vec<(Line, Vec<Point>)> {
    let mut by_line: std::collections::BTreeMap<Line, Vec<(Vertex, Vertex)>> = Default::default();
    for &(a, b, left, right) in sides {
        if let Some(line) = line_between(left, right) {
            by_line.entry(line).or_default().push((a, b));
        }
    }
    let mut lines = Vec::new();
    for (line, segments) in by_line {
        for path in chain(&segments, false) {
            // Open lines run from junction to junction: keep those corners, so lines meet.
            let mut points = midpoints(grid, &path);
            if let (Some(first), Some(last)) = (path.first(), path.last())
                && first.0 != last.1
            {
                points.insert(0, grid.corner(first.0.0, first.0.1));
                points.push(grid.corner(last.1.0, last.1.1));
            }
            if points.len() >= 2 {
                lines.push((line, simplify_open(&points, tolerance)));
            }
        }
    }
    lines
}

type Vertex = (isize, isize);

/// Chains sides into paths through shared vertices; `directed` sides are followed only
/// forward and close into loops. Each path is the list of its sides.
fn chain(sides: &[(Vertex, Vertex)], directed: bool) -> Vec<Vec<(Vertex, Vertex)>> {
    use std::collections::HashMap;
    let mut at: HashMap<Vertex, Vec<usize>> = HashMap::new();
    for (i, &(a, b)) in sides.iter().enumerate() {
        at.entry(a).or_default().push(i);
        if !directed {
            at.entry(b).or_default().push(i);
        }
    }
    let mut used = vec![false; sides.len()];
    let mut paths = Vec::new();
    // Open paths start where a vertex does not join exactly two sides.
    let mut starts: Vec<usize> = Vec::new();
    if !directed {
        for (i, &(a, b)) in sides.iter().enumerate() {
            if at[&a].len() != 2 || at[&b].len() != 2 {
                starts.push(i);
            }
        }
    }
    starts.extend(0..sides.len());
    for start in starts {
        if used[start] {
            continue;
        }
        let (a, b) = sides[start];
        // Walk from the end that is not a junction, if one is.
        let (mut from, mut to) = if !directed && at[&b].len() != 2 && at[&a].len() == 2 { (b, a) } else { (a, b) };
        used[start] = true;
        let mut path = vec![(from, to)];
        loop {
            if !directed && at[&to].len() != 2 {
                break;
            }
            let next = at.get(&to).and_then(|list| {
                list.iter().copied().find(|&j| {
                    // Directed sides leave from `to`; undirected ones touch it at either end.
                    !used[j] && (sides[j].0 == to || (!directed && sides[j].1 == to))
                })
            });
            let Some(j) = next else { break };
            used[j] = true;
            let (s0, s1) = sides[j];
            let (f, t) = if s0 == to { (s0, s1) } else { (s1, s0) };
            path.push((f, t));
            from = f;
            to = t;
        }
        let _ = from;
        paths.push(path);
    }
    paths
}

fn midpoints(grid: &Grid, path: &[(Vertex, Vertex)]) -> Vec<Point> {
    path.iter()
        .map(|&(a, b)| {
            let (p, q) = (grid.corner(a.0, a.1), grid.corner(b.0, b.1));
            ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0)
        })
        .collect()
}

/// Douglas–Peucker on an open line, keeping its ends.
pub fn simplify_open(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((i0, i1)) = stack.pop() {
        let (a, b) = (points[i0], points[i1]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let norm = (dx * dx + dy * dy).sqrt();
        let mut best = (0.0, 0);
        for (i, p) in points.iter().enumerate().take(i1).skip(i0 + 1) {
            let d = if norm > 0.0 { (dy * (p.0 - a.0) - dx * (p.1 - a.1)).abs() / norm } else { dist2(*p, a).sqrt() };
            if d > best.0 {
                best = (d, i);
            }
        }
        if best.0 > tolerance {
            keep[best.1] = true;
            stack.push((i0, best.1));
            stack.push((best.1, i1));
        }
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// Douglas–Peucker on a closed ring, split at its two farthest-apart points.
pub fn simplify_closed(ring: &[Point], tolerance: f64) -> Vec<Point> {
    if ring.len() < 5 {
        return ring.to_vec();
    }
    let far = (0..ring.len()).max_by(|&i, &j| dist2(ring[i], ring[0]).total_cmp(&dist2(ring[j], ring[0]))).unwrap_or(0);
    let mut first = simplify_open(&ring[..=far], tolerance);
    let mut rest: Vec<Point> = ring[far..].to_vec();
    rest.push(ring[0]);
    let second = simplify_open(&rest, tolerance);
    first.pop();
    first.extend(&second[..second.len() - 1]);
    first
}

/// The grid the build samples the sea on, and the tolerance its drawn outlines keep.
pub const STEP_KM: f64 = 2.0;
pub const OUTLINE_KM: f64 = 1.0;
/// Samples across Etorofu's sea for the page to draw a divided Etorofu's line between the
/// parts' sea (by interpolating shares), without any geometry of its own.
pub const ETOROFU_SAMPLES: usize = 64;

fn ring(points: &[i32]) -> Vec<Point> {
    points.chunks(2).map(|p| (f64::from(p[0]), f64::from(p[1]))).collect()
}

fn owner(land: super::schema::CoastLand) -> Owner {
    use super::schema::CoastLand::*;
    match land {
        Japan => Owner::Japan,
        Russia => Owner::Russia,
        Habomai => Owner::Island(0),
        Shikotan => Owner::Island(1),
        Kunashiri => Owner::Island(2),
        Etorofu => Owner::Island(3),
    }
}

/// What the build computes from: the four islands as the main map draws them, and the
/// other coasts of data/coasts.toml.
pub fn build_coasts(data: &super::Data) -> Vec<Coast> {
    use crate::model::map::Land;
    let mut coasts: Vec<Coast> = data
        .map
        .shape
        .iter()
        .filter_map(|s| {
            let island = match s.land {
                Land::Hokkaido => return None,
                Land::Island(id) => id.index(),
            };
            Some(Coast { owner: Owner::Island(island), ring: ring(&s.points) })
        })
        .collect();
    coasts.extend(data.coasts.coast.iter().map(|c| Coast { owner: owner(c.land), ring: ring(&c.points) }));
    coasts
}

/// The refinement: every coast, the four islands included, at finer detail.
pub fn fine_coasts(data: &super::Data) -> Vec<Coast> {
    data.coasts.fine.iter().map(|c| Coast { owner: owner(c.land), ring: ring(&c.points) }).collect()
}

/// The generated Rust for `model::sea`: areas, outlines and the overview map's land.
pub fn codegen(data: &super::Data) -> String {
    let coasts = build_coasts(data);
    let grid = compute(&coasts, STEP_KM);
    let etorofu = EtorofuShares::new(&coasts);
    let drawn = outlines(&grid, OUTLINE_KM);
    // The areas apart from the drawing, so that what needs only the figures (the analysis's
    // worker) carries no outlines.
    let mut out = areas_code(&grid.areas());
    out.push_str(&format!("pub static SEA: SeaData = SeaData {{ step_km: {STEP_KM:?}, outline_km: {OUTLINE_KM:?},\n"));
    out.push_str(&format!("regions: &[{}],\n", regions_code(&drawn)));
    out.push_str(&format!("lines: &[{}],\n", lines_code(&drawn, &etorofu)));
    out.push_str(&format!("etorofu_shares: {},\n", etorofu_samples_code(&drawn, &etorofu)));
    out.push_str(&format!("outline: &[{}] }};\n", outline_code(data)));
    out
}

/// How generated code names an island of the grid, by its index.
const ISLAND_NAMES: [&str; 4] = ["Habomai", "Shikotan", "Kunashiri", "Etorofu"];

/// A ring or path as generated code writes it: whole map units.
fn points_code(ring: &[Point]) -> String {
    ring.iter().map(|p| format!("({}, {})", p.0.round() as i16, p.1.round() as i16)).collect::<Vec<_>>().join(", ")
}

fn neighbour_code(n: Neighbour) -> String {
    match n {
        Neighbour::Island(i) => format!("Neighbour::Island(IslandId::{})", ISLAND_NAMES[i]),
        Neighbour::Japan => "Neighbour::Japan".to_owned(),
        Neighbour::Russia => "Neighbour::Russia".to_owned(),
    }
}

/// Each island's territorial sea and zone, and a divided Etorofu's Japanese part at each share.
fn areas_code(areas: &Areas) -> String {
    let round = |x: f64| (x * 10.0).round() / 10.0;
    let four = |a: [f64; 4]| a.iter().map(|x| format!("{:?}", round(*x))).collect::<Vec<_>>().join(", ");
    let shares: Vec<String> =
        areas.etorofu_japan.iter().map(|(t, z)| format!("({:?}, {:?})", round(*t), round(*z))).collect();
    format!(
        "pub static AREAS: Areas<'static> = Areas {{ territorial_km2: &[{}], zone_km2: &[{}], etorofu_japan_km2: &[{}] }};\n",
        four(areas.territorial),
        four(areas.zone),
        shares.join(", ")
    )
}

fn regions_code(drawn: &Outlines) -> String {
    let region = |(island, rings): &(usize, Vec<Vec<Point>>)| {
        let rings: Vec<String> = rings.iter().map(|r| format!("&[{}]", points_code(r))).collect();
        format!("Region {{ island: IslandId::{}, rings: &[{}] }}, ", ISLAND_NAMES[*island], rings.join(", "))
    };
    drawn.regions.iter().map(region).collect()
}

fn lines_code(drawn: &Outlines, etorofu: &EtorofuShares) -> String {
    let mut out = String::new();
    for (line, path) in &drawn.lines {
        let kind = match *line {
            Line::Median { a, b } => {
                format!("LineKind::Median {{ a: IslandId::{}, b: {} }}", ISLAND_NAMES[a], neighbour_code(b))
            }
            Line::Zone => "LineKind::Zone".to_owned(),
            Line::Territorial => "LineKind::Territorial".to_owned(),
        };
        // Where a line borders Etorofu's sea, the share at which each point goes to Japan.
        let touches = matches!(*line, Line::Median { a: ETOROFU, .. } | Line::Median { b: Neighbour::Island(ETOROFU), .. });
        let thresholds: Vec<String> =
            if touches { path.iter().map(|&p| etorofu.at(p).to_string()).collect() } else { Vec::new() };
        out.push_str(&format!(
            "SeaLine {{ kind: {kind}, points: &[{}], etorofu_shares: &[{}] }}, ",
            points_code(path),
            thresholds.join(", ")
        ));
    }
    out
}

/// Across Etorofu's sea, on an `ETOROFU_SAMPLES`-square grid, the share at which each sample
/// goes to Japan's part.
fn etorofu_samples_code(drawn: &Outlines, etorofu: &EtorofuShares) -> String {
    let etorofu_sea: Vec<Point> =
        drawn.regions.iter().filter(|(i, _)| *i == ETOROFU).flat_map(|(_, r)| r.iter().flatten().copied()).collect();
    let (x0, y0, x1, y1) = etorofu_sea.iter().fold((f64::MAX, f64::MAX, f64::MIN, f64::MIN), |b, p| {
        (b.0.min(p.0), b.1.min(p.1), b.2.max(p.0), b.3.max(p.1))
    });
    let n = ETOROFU_SAMPLES;
    let (dx, dy) = ((x1 - x0) / (n - 1) as f64, (y1 - y0) / (n - 1) as f64);
    let samples: Vec<String> =
        (0..n * n).map(|k| etorofu.at((x0 + (k % n) as f64 * dx, y0 + (k / n) as f64 * dy)).to_string()).collect();
    format!(
        "SampledShares {{ x0: {x0:?}, y0: {y0:?}, dx: {dx:?}, dy: {dy:?}, n: {n}, shares: &[{}] }}",
        samples.join(", ")
    )
}

/// The overview map's other land, each with the region a map of the past colours it as.
fn outline_code(data: &super::Data) -> String {
    let mut out = String::new();
    for c in &data.coasts.outline {
        let land = match owner(c.land) {
            Owner::Japan => "Neighbour::Japan".to_owned(),
            Owner::Russia => "Neighbour::Russia".to_owned(),
            Owner::Island(i) => format!("Neighbour::Island(IslandId::{})", ISLAND_NAMES[i]),
        };
        let region = c.region.map_or("PastLand::Mainland".to_owned(), super::past::land);
        out.push_str(&format!(
            "OutlineShape {{ land: {land}, region: {region}, points: &[{}] }}, ",
            points_code(&ring(&c.points))
        ));
    }
    out
}
