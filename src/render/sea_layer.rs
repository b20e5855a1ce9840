//! The sea a scenario decides, drawn under the land of a map: each island's sea filled by
//! who holds it (a pattern as well as a colour), the equidistance line where the two sides'
//! sea meets, and the 12- and 200-nautical-mile limits.
//!
//! A divided Etorofu's sea goes to the part of the island nearest to it. Where that changes
//! is found here by sampling, on a coarse grid over Etorofu's sea, which side of the line the
//! nearest point of its coast lies on; the figures come from the build's finer grid.

use crate::model::catalog::MAP;
use crate::model::format::fixed;
use crate::model::island::IslandId;
use crate::model::map::{Division, Point, etorofu_rings, nearest_on_rings, svg_path};
use crate::model::scenario::Scenario;
use crate::model::sea::{Holder, LineKind, MapPoint, Neighbour, SEA, holder};
use std::fmt::Write;

/// How one map draws the sea: ids are unique per map, and line widths follow its scale.
pub struct Style {
    pub prefix: &'static str,
    /// Map units per pattern tile and per unit of line width.
    pub scale: f64,
}

pub const MAIN: Style = Style { prefix: "map", scale: 1.0 };
pub const OVERVIEW: Style = Style { prefix: "ov", scale: 4.0 };

/// The sea fills, as (holder, background, foreground).
const PATTERNS: [(Holder, &str, &str); 3] = [
    (Holder::Japan, "#d4ede7", r##"<path d="M0 36L36 0" stroke="#7fbfb2" stroke-width="2"/>"##),
    (Holder::Russia, "#e8e0f2", r##"<circle cx="18" cy="18" r="2.5" fill="#a08cc4"/>"##),
    (Holder::Joint, "#ebe7dc", r##"<path d="M0 0L36 36M36 0L0 36" stroke="#b3ab97" stroke-width="2"/>"##),
];

pub fn fill_id(style: &Style, holder: Holder) -> String {
    format!("{}-sea-{}", style.prefix, holder.key())
}

/// The sea patterns, for the map's `<defs>`.
pub fn defs(style: &Style) -> String {
    let mut out = String::new();
    for (holder, background, lines) in PATTERNS {
        let _ = write!(
            out,
            r#"<pattern id="{}" width="36" height="36" patternUnits="userSpaceOnUse" patternTransform="scale({})"><rect width="36" height="36" fill="{background}"/>{lines}</pattern>"#,
            fill_id(style, holder),
            fixed(style.scale * 2.0, 0)
        );
    }
    out
}

fn points(ring: &[MapPoint]) -> Vec<Point> {
    ring.iter().map(|&(x, y)| (f64::from(x), f64::from(y))).collect()
}

/// Which side holds the sea at a point of Etorofu's sea, for a divided Etorofu: the side of
/// the dividing line its nearest coast lies on (negative: Japan's).
struct EtorofuSides {
    rings: Vec<Vec<Point>>,
    axis: Point,
    at: f64,
}

impl EtorofuSides {
    fn new(division: &Division) -> EtorofuSides {
        EtorofuSides { rings: etorofu_rings(MAP.shapes), axis: division.axis, at: division.at }
    }

    fn side(&self, p: Point) -> f64 {
        let q = nearest_on_rings(&self.rings, p);
        q.0 * self.axis.0 + q.1 * self.axis.1 - self.at
    }
}

fn holder_of(s: &Scenario, n: Neighbour) -> Option<Holder> {
    match n {
        Neighbour::Island(id) => holder(s.status(id)),
        Neighbour::Japan => Some(Holder::Japan),
        Neighbour::Russia => Some(Holder::Russia),
    }
}

/// Draws the sea layer; `division` is Etorofu's when the scenario divides it.
pub fn sea_layer(out: &mut String, s: &Scenario, division: Option<&Division>, style: &Style) {
    let sides = division.map(EtorofuSides::new);
    let w = |x: f64| fixed(x * style.scale, 0);
    out.push_str(r#"<g class="sea-zones">"#);
    for region in SEA.regions {
        let d: String = region.rings.iter().map(|r| svg_path(&points(r))).collect();
        let status = s.status(region.island);
        let fill = fill_id(style, holder(status).unwrap_or(Holder::Russia));
        // A faint edge of the same fill hides the hairline between neighbouring fills.
        let _ = write!(
            out,
            r#"<path class="sea-zone" data-island="{}" fill="url(#{fill})" stroke="url(#{fill})" stroke-width="{}" d="{d}"/>"#,
            region.island.key(),
            w(6.0)
        );
        if let (IslandId::Etorofu, Some(sides)) = (region.island, &sides) {
            let clip = format!("{}-etorofu-sea", style.prefix);
            let (japan, border) = etorofu_japanese_sea(sides, region.rings);
            let _ = write!(
                out,
                r##"<clipPath id="{clip}"><path d="{d}"/></clipPath><g clip-path="url(#{clip})"><path class="sea-zone" data-island="etorofu" data-part="japan" fill="url(#{})" d="{japan}"/><path class="sea-border" fill="none" stroke="#1d2327" stroke-width="{}" stroke-dasharray="{} {}" d="{border}"/></g>"##,
                fill_id(style, Holder::Japan),
                w(7.0),
                w(28.0),
                w(14.0)
            );
        }
    }
    for line in SEA.lines {
        let path = points(line.points);
        match line.kind {
            LineKind::Zone => {
                let _ = write!(
                    out,
                    r##"<path class="zone-limit" fill="none" stroke="#5a7684" stroke-width="{}" d="{}"/>"##,
                    w(5.0),
                    open_path(&path)
                );
            }
            LineKind::Territorial => {
                let _ = write!(
                    out,
                    r##"<path class="territorial-limit" fill="none" stroke="#5a7684" stroke-width="{}" stroke-dasharray="{} {}" d="{}"/>"##,
                    w(4.0),
                    w(6.0),
                    w(10.0),
                    open_path(&path)
                );
            }
            LineKind::Median { a, b } => {
                let (ha, hb) = (holder(s.status(a)), holder_of(s, b));
                // Pieces of the line, each with whether the two sides' sea meets there.
                let pieces: Vec<(bool, Vec<Point>)> = match (&sides, a, b) {
                    (Some(sides), IslandId::Etorofu, _) => split_by_side(&path, sides, |japan| {
                        Some(if japan { Holder::Japan } else { Holder::Russia }) != hb
                    }),
                    (Some(sides), _, Neighbour::Island(IslandId::Etorofu)) => split_by_side(&path, sides, |japan| {
                        Some(if japan { Holder::Japan } else { Holder::Russia }) != ha
                    }),
                    _ => vec![(ha != hb, path)],
                };
                for (border, piece) in pieces {
                    if border {
                        let _ = write!(
                            out,
                            r##"<path class="sea-border" fill="none" stroke="#1d2327" stroke-width="{}" stroke-dasharray="{} {}" d="{}"/>"##,
                            w(7.0),
                            w(28.0),
                            w(14.0),
                            open_path(&piece)
                        );
                    } else {
                        let _ = write!(
                            out,
                            r##"<path class="median" fill="none" stroke="#7d909a" stroke-width="{}" d="{}"/>"##,
                            w(3.0),
                            open_path(&piece)
                        );
                    }
                }
            }
        }
    }
    out.push_str("</g>");
}

/// An SVG path through the points, not closed.
fn open_path(points: &[Point]) -> String {
    let mut d = svg_path(points);
    d.pop();
    d
}

/// Cuts a line where the side that holds Etorofu's sea changes, by `differs(japan)`.
fn split_by_side(path: &[Point], sides: &EtorofuSides, differs: impl Fn(bool) -> bool) -> Vec<(bool, Vec<Point>)> {
    let values: Vec<f64> = path.iter().map(|&p| sides.side(p)).collect();
    let mut pieces: Vec<(bool, Vec<Point>)> = Vec::new();
    for (i, &p) in path.iter().enumerate() {
        let here = differs(values[i] <= 0.0);
        if i > 0 && (values[i - 1] <= 0.0) != (values[i] <= 0.0) {
            let k = values[i - 1] / (values[i - 1] - values[i]);
            let q = path[i - 1];
            let cross = (q.0 + (p.0 - q.0) * k, q.1 + (p.1 - q.1) * k);
            if let Some(last) = pieces.last_mut() {
                last.1.push(cross);
            }
            pieces.push((here, vec![cross]));
        }
        match pieces.last_mut() {
            Some(last) if last.0 == here => last.1.push(p),
            _ => pieces.push((here, vec![p])),
        }
    }
    pieces.retain(|(_, piece)| piece.len() >= 2);
    pieces
}

const SAMPLES: usize = 44;

/// The part of Etorofu's sea that goes with Japan's part (as cell pieces, to be clipped to
/// its sea) and the line where the two parts' sea meets, both as SVG path data.
fn etorofu_japanese_sea(sides: &EtorofuSides, rings: &[&[MapPoint]]) -> (String, String) {
    let all: Vec<Point> = rings.iter().flat_map(|r| points(r)).collect();
    let (x0, y0, x1, y1) = all.iter().fold((f64::MAX, f64::MAX, f64::MIN, f64::MIN), |b, p| {
        (b.0.min(p.0), b.1.min(p.1), b.2.max(p.0), b.3.max(p.1))
    });
    let (dx, dy) = ((x1 - x0) / SAMPLES as f64, (y1 - y0) / SAMPLES as f64);
    let at = |i: usize, j: usize| (x0 + i as f64 * dx, y0 + j as f64 * dy);
    let n = SAMPLES + 1;
    let values: Vec<f64> = (0..n * n).map(|k| sides.side(at(k % n, k / n))).collect();
    let v = |i: usize, j: usize| values[j * n + i];
    let (mut fill, mut border) = (String::new(), String::new());
    for j in 0..SAMPLES {
        let mut run: Option<usize> = None;
        for i in 0..=SAMPLES {
            let corners = if i < SAMPLES { [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)] } else { [(i, j); 4] };
            let full = i < SAMPLES && corners.iter().all(|&(a, b)| v(a, b) <= 0.0);
            // Whole cells on Japan's side are drawn as runs along the row.
            match (full, run) {
                (true, None) => run = Some(i),
                (false, Some(start)) => {
                    let (p, q) = (at(start, j), at(i, j + 1));
                    fill.push_str(&svg_path(&[p, (q.0, p.1), q, (p.0, q.1)]));
                    run = None;
                }
                _ => {}
            }
            if full || i == SAMPLES {
                continue;
            }
            let mut piece = Vec::with_capacity(8);
            let mut crossings = Vec::with_capacity(2);
            for e in 0..4 {
                let ((a, b), (c, d)) = (corners[e], corners[(e + 1) % 4]);
                let (va, vc) = (v(a, b), v(c, d));
                if va <= 0.0 {
                    piece.push(at(a, b));
                }
                if (va <= 0.0) != (vc <= 0.0) {
                    let k = va / (va - vc);
                    let (p, q) = (at(a, b), at(c, d));
                    let cross = (p.0 + (q.0 - p.0) * k, p.1 + (q.1 - p.1) * k);
                    piece.push(cross);
                    crossings.push(cross);
                }
            }
            if piece.len() >= 3 {
                fill.push_str(&svg_path(&piece));
            }
            for pair in crossings.chunks(2) {
                if let [a, b] = pair {
                    border.push_str(&open_path(&[*a, *b]));
                }
            }
        }
    }
    (fill, border)
}
