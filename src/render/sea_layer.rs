//! The sea a scenario decides, drawn under the land of a map: each island's sea filled by
//! who holds it (a pattern as well as a colour), the equidistance line where the two sides'
//! sea meets, and the 12- and 200-nautical-mile limits.
//!
//! A divided Etorofu's sea goes to the part of the island nearest to it. The build samples,
//! across Etorofu's sea and along the lines that bound it, the share of Etorofu at which each
//! point goes to Japan's part; here the line for the scenario's share is interpolated between
//! the samples, so the page does no geometry. The figures come from the build's finer grid.

use crate::model::format::fixed;
use crate::model::island::IslandId;
use crate::model::map::{Point, svg_path};
use crate::model::scenario::{Scenario, Status};
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

/// For a divided Etorofu with `japan_percent` to Japan: how far a sampled share is from
/// changing hands (negative: the sea there goes to Japan's part).
fn side(share: u8, japan_percent: u8) -> f64 {
    f64::from(share) - f64::from(japan_percent) - 0.5
}

fn holder_of(s: &Scenario, n: Neighbour) -> Option<Holder> {
    match n {
        Neighbour::Island(id) => holder(s.status(id)),
        Neighbour::Japan => Some(Holder::Japan),
        Neighbour::Russia => Some(Holder::Russia),
    }
}

/// Draws the sea layer.
pub fn sea_layer(out: &mut String, s: &Scenario, style: &Style) {
    let sides = match s.status(IslandId::Etorofu) {
        Status::Split { japan_percent } => Some(japan_percent),
        _ => None,
    };
    let w = |x: f64| fixed(x * style.scale, 0);
    out.push_str(r#"<g class="sea-zones">"#);
    for region in SEA.regions {
        let d: String = region.rings.iter().map(|r| svg_path(&points(r))).collect();
        let status = s.status(region.island);
        let fill = fill_id(style, holder(status).unwrap_or(Holder::Russia));
        // A faint edge of the same fill hides the hairline between neighbouring fills.
        let _ = write!(
            out,
            r#"<path class="sea-zone" data-sea="{}" fill="url(#{fill})" stroke="url(#{fill})" stroke-width="{}" d="{d}"/>"#,
            region.island.key(),
            w(6.0)
        );
        if let (IslandId::Etorofu, Some(percent)) = (region.island, sides) {
            let clip = format!("{}-etorofu-sea", style.prefix);
            let (japan, border) = etorofu_japanese_sea(percent);
            let _ = write!(
                out,
                r##"<clipPath id="{clip}"><path d="{d}"/></clipPath><g clip-path="url(#{clip})"><path class="sea-zone" data-sea="etorofu" data-sea-part="japan" fill="url(#{})" d="{japan}"/>"##,
                fill_id(style, Holder::Japan),
            );
            stroke(out, style, Stroke::BORDER, &border);
            out.push_str("</g>");
        }
    }
    for line in SEA.lines {
        let path = points(line.points);
        match line.kind {
            LineKind::Zone => stroke(out, style, Stroke::ZONE, &open_path(&path)),
            LineKind::Territorial => stroke(out, style, Stroke::TERRITORIAL, &open_path(&path)),
            LineKind::Median { a, b } => {
                let (ha, hb) = (holder(s.status(a)), holder_of(s, b));
                // Pieces of the line, each with whether the two sides' sea meets there.
                let values = || line.etorofu_shares.iter().map(|&v| side(v, sides.unwrap_or(0))).collect::<Vec<_>>();
                let pieces: Vec<(bool, Vec<Point>)> = match (sides, a, b) {
                    (Some(_), IslandId::Etorofu, _) => split_by_side(&path, &values(), |japan| {
                        Some(if japan { Holder::Japan } else { Holder::Russia }) != hb
                    }),
                    (Some(_), _, Neighbour::Island(IslandId::Etorofu)) => split_by_side(&path, &values(), |japan| {
                        Some(if japan { Holder::Japan } else { Holder::Russia }) != ha
                    }),
                    _ => vec![(ha != hb, path)],
                };
                for (border, piece) in pieces {
                    stroke(out, style, if border { Stroke::BORDER } else { Stroke::MEDIAN }, &open_path(&piece));
                }
            }
        }
    }
    out.push_str("</g>");
}

/// How a line of the sea is drawn: class, colour, width and dashes, in units of the style's scale.
struct Stroke {
    class: &'static str,
    colour: &'static str,
    width: f64,
    dash: Option<(f64, f64)>,
}

impl Stroke {
    const ZONE: Stroke = Stroke { class: "zone-limit", colour: "#5a7684", width: 5.0, dash: None };
    const TERRITORIAL: Stroke = Stroke { class: "territorial-limit", colour: "#5a7684", width: 4.0, dash: Some((6.0, 10.0)) };
    /// Where the two sides' sea meets.
    const BORDER: Stroke = Stroke { class: "sea-border", colour: "#1d2327", width: 7.0, dash: Some((28.0, 14.0)) };
    /// Between two islands' sea held by the same side.
    const MEDIAN: Stroke = Stroke { class: "median", colour: "#7d909a", width: 3.0, dash: None };
}

fn stroke(out: &mut String, style: &Style, how: Stroke, d: &str) {
    let w = |x: f64| fixed(x * style.scale, 0);
    let dash = how.dash.map_or(String::new(), |(on, off)| format!(r#" stroke-dasharray="{} {}""#, w(on), w(off)));
    let _ = write!(
        out,
        r#"<path class="{}" fill="none" stroke="{}" stroke-width="{}"{dash} d="{d}"/>"#,
        how.class,
        how.colour,
        w(how.width)
    );
}

/// An SVG path through the points, not closed.
fn open_path(points: &[Point]) -> String {
    let mut d = svg_path(points);
    d.pop();
    d
}

/// Cuts a line where the side that holds Etorofu's sea changes (`values` at its points, as
/// from `side`), each piece marked by `differs(japan)`.
fn split_by_side(path: &[Point], values: &[f64], differs: impl Fn(bool) -> bool) -> Vec<(bool, Vec<Point>)> {
    if values.len() != path.len() {
        return vec![(differs(false), path.to_vec())];
    }
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

/// The part of Etorofu's sea that goes with Japan's part (as cell pieces, to be clipped to
/// its sea) and the line where the two parts' sea meets, both as SVG path data.
fn etorofu_japanese_sea(japan_percent: u8) -> (String, String) {
    let g = &SEA.etorofu_shares;
    if g.n < 2 || g.shares.len() != g.n * g.n {
        return (String::new(), String::new());
    }
    let cells = g.n - 1;
    let at = |i: usize, j: usize| (g.x0 + i as f64 * g.dx, g.y0 + j as f64 * g.dy);
    let v = |i: usize, j: usize| side(g.shares[j * g.n + i], japan_percent);
    let (mut fill, mut border) = (String::new(), String::new());
    for j in 0..cells {
        let mut run: Option<usize> = None;
        for i in 0..=cells {
            let corners = if i < cells { [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)] } else { [(i, j); 4] };
            let full = i < cells && corners.iter().all(|&(a, b)| v(a, b) <= 0.0);
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
            if full || i == cells {
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
