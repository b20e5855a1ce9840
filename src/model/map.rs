//! Map geometry: coastlines compiled in from data/map.toml, and the line that divides Etorofu.
//!
//! Coordinates are in an equal-area projection, so a share of a shape's drawn area is the same
//! share of its land: the dividing line is placed by area, not by eye.

use super::format::fixed;
use super::island::IslandId;
use std::fmt::Write;

pub type Point = (f64, f64);

/// A point in whole map units, as the build compiles coastlines, zones and borders in.
pub type MapPoint = (i16, i16);

/// A land the main map draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Land {
    /// The facing coast of Hokkaido, for orientation.
    Hokkaido,
    Island(IslandId),
}

impl Land {
    pub const ALL: [Land; 5] = [
        Land::Hokkaido,
        Land::Island(IslandId::Habomai),
        Land::Island(IslandId::Shikotan),
        Land::Island(IslandId::Kunashiri),
        Land::Island(IslandId::Etorofu),
    ];

    /// The name data files use.
    pub const fn key(self) -> &'static str {
        match self {
            Land::Hokkaido => "hokkaido",
            Land::Island(id) => id.key(),
        }
    }
}

/// A land the overview map and the maps of the past colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PastLand {
    Hokkaido,
    Honshu,
    Sakhalin,
    /// Urup and the islands north of it, to Shumshu.
    Kurils,
    Kamchatka,
    Mainland,
    Island(IslandId),
}

impl PastLand {
    pub const ALL: [PastLand; 10] = [
        PastLand::Hokkaido,
        PastLand::Honshu,
        PastLand::Sakhalin,
        PastLand::Kurils,
        PastLand::Kamchatka,
        PastLand::Mainland,
        PastLand::Island(IslandId::Habomai),
        PastLand::Island(IslandId::Shikotan),
        PastLand::Island(IslandId::Kunashiri),
        PastLand::Island(IslandId::Etorofu),
    ];

    /// The name data files use.
    pub const fn key(self) -> &'static str {
        match self {
            PastLand::Hokkaido => "hokkaido",
            PastLand::Honshu => "honshu",
            PastLand::Sakhalin => "sakhalin",
            PastLand::Kurils => "kurils",
            PastLand::Kamchatka => "kamchatka",
            PastLand::Mainland => "mainland",
            PastLand::Island(id) => id.key(),
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Shape {
    pub land: Land,
    /// One closed ring, in map units (x east, y south).
    pub points: &'static [MapPoint],
}

#[derive(Debug, PartialEq)]
pub struct MapData {
    pub width: u32,
    pub height: u32,
    pub unit_km: f64,
    pub source: &'static str,
    pub licence: &'static str,
    pub attribution: &'static str,
    pub shapes: &'static [Shape],
}

impl Shape {
    pub fn float_points(&self) -> Vec<Point> {
        self.points.iter().map(|&(x, y)| (f64::from(x), f64::from(y))).collect()
    }
}

/// An SVG path (`M x y L … Z`) through the points, with coordinates rounded to map units.
pub fn svg_path(points: &[Point]) -> String {
    let mut d = String::with_capacity(points.len() * 10);
    for (i, (x, y)) in points.iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        let _ = write!(d, "{} {}", fixed(*x, 0), fixed(*y, 0));
    }
    if !points.is_empty() {
        d.push('Z');
    }
    d
}

/// Area enclosed by a ring (shoelace formula), in square map units.
pub fn area(points: &[Point]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (x0, y0) = points[(i + n - 1) % n];
            let (x1, y1) = points[i];
            x0 * y1 - x1 * y0
        })
        .sum::<f64>()
        .abs()
        / 2.0
}

/// The point of segment `a`–`b` nearest to `p`.
pub fn nearest_on_segment(p: Point, a: Point, b: Point) -> Point {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let k = if length2 > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0) } else { 0.0 };
    (a.0 + dx * k, a.1 + dy * k)
}

/// The point of the rings' coasts nearest to `p`.
pub fn nearest_on_rings(rings: &[Vec<Point>], p: Point) -> Point {
    let mut best = (f64::MAX, p);
    for ring in rings {
        for i in 0..ring.len() {
            let q = nearest_on_segment(p, ring[(i + ring.len() - 1) % ring.len()], ring[i]);
            let d = (q.0 - p.0) * (q.0 - p.0) + (q.1 - p.1) * (q.1 - p.1);
            if d < best.0 {
                best = (d, q);
            }
        }
    }
    best.1
}

/// Etorofu divided: the part toward Kunashiri (Japan's) and the rest, and the line between.
#[derive(Clone, Debug, PartialEq)]
pub struct Division {
    pub japan: Vec<Vec<Point>>,
    pub russia: Vec<Vec<Point>>,
    pub line: (Point, Point),
    /// The unit vector along the island's long axis, toward its Russian end, and where the
    /// line crosses it: a point `p` lies on the Japanese side when `p · axis <= at`.
    pub axis: Point,
    pub at: f64,
}

/// The rings of Etorofu's coast, in map units.
pub fn etorofu_rings(shapes: &[Shape]) -> Vec<Vec<Point>> {
    shapes.iter().filter(|s| s.land == Land::Island(IslandId::Etorofu)).map(Shape::float_points).collect()
}

/// Divides Etorofu across its long axis so that `japan_percent` of its area lies on the
/// south-western side.
pub fn divide_etorofu(shapes: &[Shape], japan_percent: u8) -> Division {
    divide(&etorofu_rings(shapes), japan_percent)
}

/// Divides the rings of one island across their long axis, `japan_percent` of the area on
/// the south-western side.
pub fn divide(rings: &[Vec<Point>], japan_percent: u8) -> Division {
    let (axis, across) = long_axis(rings);
    let along = |p: Point| p.0 * axis.0 + p.1 * axis.1;
    let total: f64 = rings.iter().map(|r| area(r)).sum();
    let target = total * f64::from(japan_percent.min(100)) / 100.0;
    let (mut low, mut high) = extent(rings, along);
    let japan_area = |t: f64| rings.iter().map(|r| area(&clip(r, axis, t, true))).sum::<f64>();
    // The area below the cut grows with t: bisection converges to well under a map unit.
    for _ in 0..60 {
        let mid = (low + high) / 2.0;
        if japan_area(mid) < target {
            low = mid;
        } else {
            high = mid;
        }
    }
    let t = (low + high) / 2.0;
    let (a0, a1) = extent(rings, |p| p.0 * across.0 + p.1 * across.1);
    let at = |s: f64| (axis.0 * t + across.0 * s, axis.1 * t + across.1 * s);
    let margin = 20.0;
    Division {
        japan: rings.iter().map(|r| clip(r, axis, t, true)).filter(|r| r.len() >= 3).collect(),
        russia: rings.iter().map(|r| clip(r, axis, t, false)).filter(|r| r.len() >= 3).collect(),
        line: (at(a0 - margin), at(a1 + margin)),
        axis,
        at: t,
    }
}

/// The unit vector along the rings' principal axis, pointing north-east (x up, y down on
/// screen), and the unit vector across it.
fn long_axis(rings: &[Vec<Point>]) -> (Point, Point) {
    let points: Vec<Point> = rings.iter().flatten().copied().collect();
    let n = points.len().max(1) as f64;
    let (mx, my) = points.iter().fold((0.0, 0.0), |(sx, sy), p| (sx + p.0 / n, sy + p.1 / n));
    let (mut sxx, mut sxy, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in &points {
        sxx += (x - mx) * (x - mx);
        sxy += (x - mx) * (y - my);
        syy += (y - my) * (y - my);
    }
    // The eigenvector of the larger eigenvalue of the covariance matrix, by algebra instead of
    // trigonometry: sin, cos and atan2 would bring about 8 kB of libm into the wasm.
    let largest = 0.5 * (sxx + syy) + (0.25 * (sxx - syy) * (sxx - syy) + sxy * sxy).sqrt();
    let (ax, ay) = if sxx >= syy { (largest - syy, sxy) } else { (sxy, largest - sxx) };
    let length = (ax * ax + ay * ay).sqrt();
    let mut axis = if length > 0.0 { (ax / length, ay / length) } else { (1.0, 0.0) };
    if axis.0 < 0.0 {
        axis = (-axis.0, -axis.1);
    }
    (axis, (-axis.1, axis.0))
}

fn extent(rings: &[Vec<Point>], f: impl Fn(Point) -> f64) -> (f64, f64) {
    rings.iter().flatten().fold((f64::MAX, f64::MIN), |(lo, hi), &p| (lo.min(f(p)), hi.max(f(p))))
}

/// The part of a ring on one side of the line `p · axis = t` (Sutherland–Hodgman against a
/// single half-plane, which is exact in area even for a ring that is not convex).
fn clip(ring: &[Point], axis: Point, t: f64, below: bool) -> Vec<Point> {
    let side = |p: Point| {
        let d = p.0 * axis.0 + p.1 * axis.1 - t;
        if below { d <= 0.0 } else { d >= 0.0 }
    };
    let cross = |a: Point, b: Point| {
        let da = a.0 * axis.0 + a.1 * axis.1 - t;
        let db = b.0 * axis.0 + b.1 * axis.1 - t;
        let k = da / (da - db);
        (a.0 + (b.0 - a.0) * k, a.1 + (b.1 - a.1) * k)
    };
    let mut out = Vec::with_capacity(ring.len());
    for i in 0..ring.len() {
        let (prev, cur) = (ring[(i + ring.len() - 1) % ring.len()], ring[i]);
        match (side(prev), side(cur)) {
            (true, true) => out.push(cur),
            (true, false) => out.push(cross(prev, cur)),
            (false, true) => {
                out.push(cross(prev, cur));
                out.push(cur);
            }
            (false, false) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::MAP;

    #[test]
    fn the_dividing_line_leaves_the_chosen_share_of_etorofu_on_each_side() {
        let whole: f64 = MAP
            .shapes
            .iter()
            .filter(|s| s.land == Land::Island(IslandId::Etorofu))
            .map(|s| area(&s.float_points()))
            .sum();
        for percent in [1u8, 10, 21, 50, 79, 99] {
            let d = divide_etorofu(MAP.shapes, percent);
            let japan: f64 = d.japan.iter().map(|r| area(r)).sum();
            let russia: f64 = d.russia.iter().map(|r| area(r)).sum();
            assert!((japan / whole * 100.0 - f64::from(percent)).abs() < 0.05, "{percent}: {}", japan / whole);
            assert!(((japan + russia) / whole - 1.0).abs() < 1e-9);
        }
    }

    #[test]
    fn the_long_axis_follows_an_elongated_shape_at_any_angle() {
        for degrees in [-80.0_f64, -45.0, -30.0, 0.0, 10.0, 45.0, 60.0, 89.0] {
            let (c, s) = (degrees.to_radians().cos(), degrees.to_radians().sin());
            // An ellipse 10 times longer than wide, turned by `degrees`.
            let ring: Vec<Point> = (0..72)
                .map(|i| {
                    let a = f64::from(i) * 5.0_f64.to_radians();
                    let (x, y) = (100.0 * a.cos(), 10.0 * a.sin());
                    (x * c - y * s, x * s + y * c)
                })
                .collect();
            let (axis, across) = long_axis(&[ring]);
            let want = if c < 0.0 { (-c, -s) } else { (c, s) };
            assert!((axis.0 - want.0).abs() < 1e-9 && (axis.1 - want.1).abs() < 1e-9, "{degrees}°: {axis:?}");
            assert!((axis.0 * across.0 + axis.1 * across.1).abs() < 1e-12);
        }
    }

    #[test]
    fn japan_gets_the_end_toward_kunashiri() {
        let d = divide_etorofu(MAP.shapes, 21);
        let centre = |rings: &[Vec<Point>]| {
            let pts: Vec<&Point> = rings.iter().flatten().collect();
            pts.iter().map(|p| p.0).sum::<f64>() / pts.len() as f64
        };
        assert!(centre(&d.japan) < centre(&d.russia), "the Japanese part lies west, toward Kunashiri");
    }

    #[test]
    fn every_island_and_hokkaido_is_drawn_and_habomai_as_several_islets() {
        for land in [Land::Hokkaido].into_iter().chain(IslandId::ALL.map(Land::Island)) {
            assert!(MAP.shapes.iter().any(|s| s.land == land), "{land:?}");
        }
        let islets = MAP.shapes.iter().filter(|s| s.land == Land::Island(IslandId::Habomai)).count();
        assert!(islets >= 5, "Habomai drawn as {islets} shapes");
    }

    #[test]
    fn drawn_areas_match_the_official_ones_within_five_percent() {
        let km2_per_unit = MAP.unit_km * MAP.unit_km;
        for island in IslandId::ALL {
            let drawn: f64 = MAP
                .shapes
                .iter()
                .filter(|s| s.land == Land::Island(island))
                .map(|s| area(&s.float_points()) * km2_per_unit)
                .sum();
            let official = crate::model::catalog::island(island).area.value;
            assert!((drawn / official - 1.0).abs() < 0.05, "{island:?}: drawn {drawn:.1} km², official {official}");
        }
    }

    #[test]
    fn svg_paths_are_closed() {
        assert_eq!(svg_path(&[(0.0, 0.0), (10.4, 0.0), (10.0, 5.6)]), "M0 0L10 0L10 6Z");
        assert_eq!(svg_path(&[]), "");
    }
}
