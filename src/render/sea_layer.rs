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
use crate::model::map::{MapPoint, Point, svg_path};
use crate::model::scenario::{Scenario, Status};
use crate::model::sea::{Holder, LineKind, Neighbour, SEA, holder};
use std::borrow::Cow;
use std::fmt::Write;
use std::sync::OnceLock;

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

/// One element of the sea layer, for the string renderer and the page alike. The outlines
/// never change, so their path data is made once and shared: the page then updates only the
/// fills and the line styles a change alters.
pub enum Piece {
    /// An island's sea, filled by who holds it.
    Zone { island: IslandId, fill: String, d: &'static str },
    /// A divided Etorofu: the sea of Japan's part (sampled cells, clipped to Etorofu's sea)
    /// and the line between the two parts' sea.
    EtorofuJapan { clip: String, clip_d: &'static str, fill: String, d: String, border: String },
    Line { how: Stroke, d: Cow<'static, str> },
}

fn region_paths() -> &'static [String] {
    static PATHS: OnceLock<Vec<String>> = OnceLock::new();
    PATHS.get_or_init(|| SEA.regions.iter().map(|r| r.rings.iter().map(|ring| svg_path(&points(ring))).collect()).collect())
}

fn line_paths() -> &'static [String] {
    static PATHS: OnceLock<Vec<String>> = OnceLock::new();
    PATHS.get_or_init(|| SEA.lines.iter().map(|l| open_path(&points(l.points))).collect())
}

/// The sea layer's elements for a scenario.
pub fn sea_pieces(s: &Scenario, style: &Style) -> Vec<Piece> {
    let sides = match s.status(IslandId::Etorofu) {
        Status::Split { japan_percent } => Some(japan_percent),
        _ => None,
    };
    let mut pieces = Vec::with_capacity(SEA.regions.len() + SEA.lines.len() + 4);
    for (region, d) in SEA.regions.iter().zip(region_paths()) {
        let fill = fill_id(style, holder(s.status(region.island)).unwrap_or(Holder::Russia));
        pieces.push(Piece::Zone { island: region.island, fill, d });
        if let (IslandId::Etorofu, Some(percent)) = (region.island, sides) {
            let (japan, border) = etorofu_japanese_sea(percent);
            pieces.push(Piece::EtorofuJapan {
                clip: format!("{}-etorofu-sea", style.prefix),
                clip_d: d,
                fill: fill_id(style, Holder::Japan),
                d: japan,
                border,
            });
        }
    }
    for (line, d) in SEA.lines.iter().zip(line_paths()) {
        match line.kind {
            LineKind::Zone => pieces.push(Piece::Line { how: Stroke::ZONE, d: Cow::Borrowed(d) }),
            LineKind::Territorial => pieces.push(Piece::Line { how: Stroke::TERRITORIAL, d: Cow::Borrowed(d) }),
            LineKind::Median { a, b } => {
                let (ha, hb) = (holder(s.status(a)), holder_of(s, b));
                let touches = a == IslandId::Etorofu || b == Neighbour::Island(IslandId::Etorofu);
                match sides {
                    Some(percent) if touches => {
                        let other = if a == IslandId::Etorofu { hb } else { ha };
                        let values: Vec<f64> = line.etorofu_shares.iter().map(|&v| side(v, percent)).collect();
                        let path = points(line.points);
                        // Pieces of the line, each with whether the two sides' sea meets there.
                        for (border, piece) in split_by_side(&path, &values, |japan| {
                            Some(if japan { Holder::Japan } else { Holder::Russia }) != other
                        }) {
                            let how = if border { Stroke::BORDER } else { Stroke::MEDIAN };
                            pieces.push(Piece::Line { how, d: Cow::Owned(open_path(&piece)) });
                        }
                    }
                    _ => {
                        let how = if ha != hb { Stroke::BORDER } else { Stroke::MEDIAN };
                        pieces.push(Piece::Line { how, d: Cow::Borrowed(d) });
                    }
                }
            }
        }
    }
    pieces
}

/// Draws the sea layer as markup.
pub fn sea_layer(out: &mut String, s: &Scenario, style: &Style) {
    out.push_str(r#"<g class="sea-zones">"#);
    for piece in sea_pieces(s, style) {
        match piece {
            Piece::Zone { island, fill, d } => {
                let _ = write!(
                    out,
                    r#"<path class="sea-zone" data-sea="{}" fill="url(#{fill})" stroke="url(#{fill})" stroke-width="{}" d="{d}"/>"#,
                    island.key(),
                    style.width(ZONE_EDGE)
                );
            }
            Piece::EtorofuJapan { clip, clip_d, fill, d, border } => {
                let _ = write!(
                    out,
                    r#"<clipPath id="{clip}"><path d="{clip_d}"/></clipPath><g clip-path="url(#{clip})"><path class="sea-zone" data-sea="etorofu" data-sea-part="japan" fill="url(#{fill})" d="{d}"/>"#
                );
                stroke(out, style, Stroke::BORDER, &border);
                out.push_str("</g>");
            }
            Piece::Line { how, d } => stroke(out, style, how, &d),
        }
    }
    out.push_str("</g>");
}

/// The faint edge of the same fill around each island's sea, which hides the hairline
/// between neighbouring fills.
pub const ZONE_EDGE: f64 = 6.0;

impl Style {
    /// A width in map units at this map's scale.
    pub fn width(&self, x: f64) -> String {
        fixed(x * self.scale, 0).to_string()
    }
}

/// How a line of the sea is drawn: class, colour, width and dashes, in units of the style's scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub class: &'static str,
    pub colour: &'static str,
    pub width: f64,
    pub dash: Option<(f64, f64)>,
}

impl Stroke {
    /// The `stroke-dasharray` value at a style's scale, if dashed.
    pub fn dasharray(&self, style: &Style) -> Option<String> {
        self.dash.map(|(on, off)| format!("{} {}", style.width(on), style.width(off)))
    }

    pub const ZONE: Stroke = Stroke { class: "zone-limit", colour: "#5a7684", width: 5.0, dash: None };
    pub const TERRITORIAL: Stroke = Stroke { class: "territorial-limit", colour: "#5a7684", width: 4.0, dash: Some((6.0, 10.0)) };
    /// Where the two sides' sea meets.
    pub const BORDER: Stroke = Stroke { class: "sea-border", colour: "#1d2327", width: 7.0, dash: Some((28.0, 14.0)) };
    /// Between two islands' sea held by the same side.
    pub const MEDIAN: Stroke = Stroke { class: "median", colour: "#7d909a", width: 3.0, dash: None };
}

fn stroke(out: &mut String, style: &Style, how: Stroke, d: &str) {
    let dash = how.dasharray(style).map_or(String::new(), |d| format!(r#" stroke-dasharray="{d}""#));
    let _ = write!(
        out,
        r#"<path class="{}" fill="none" stroke="{}" stroke-width="{}"{dash} d="{d}"/>"#,
        how.class,
        how.colour,
        style.width(how.width)
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
