//! The overview map, reaching from Honshu's tip to Kamchatka: the sea a scenario decides
//! within 200 nautical miles of the four islands, and the borders of the past along the
//! whole Kuril chain. It shares the main map's projection and coordinates, at a smaller
//! scale, so the main map stays as it is for the usual view.

use super::escape::escape;
use super::sea_layer::{self, OVERVIEW, sea_layer};
use crate::i18n::{Locale, Text};
use crate::model::island::IslandId;
use crate::model::map::{Point, divide, svg_path};
use crate::model::past::{PastBorder, PastHolder, PastLand};
use crate::model::scenario::{Scenario, Status};
use crate::model::sea::{Holder, Neighbour, SEA, holder};
use std::fmt::Write;

/// x, y, width, height in map units: Honshu's tip to Kamchatka's.
pub const VIEW_BOX: (i32, i32, u32, u32) = (-4300, -7000, 13600, 13100);

const LAND: &str = "#e9e4d8";
const JAPAN: &str = "#8fcfc1";
const RUSSIA: &str = "#b9a2dc";
const JOINT: &str = "#cfc7b4";

fn points(ring: &[(i16, i16)]) -> Vec<Point> {
    ring.iter().map(|&(x, y)| (f64::from(x), f64::from(y))).collect()
}

fn open(id: &str, title: &str, class: &str) -> String {
    let (x, y, w, h) = VIEW_BOX;
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="{class}" viewBox="{x} {y} {w} {h}" role="img" aria-labelledby="{id}-title">{}"#,
        head(id, title)
    )
}

/// The title and the sea behind everything.
fn head(id: &str, title: &str) -> String {
    let (x, y, w, h) = VIEW_BOX;
    format!(
        r##"<title id="{id}-title">{}</title><rect class="sea" x="{x}" y="{y}" width="{w}" height="{h}" fill="#e6eef3"/>"##,
        escape(title)
    )
}

fn label(out: &mut String, (x, y): (i32, i32), size: u32, text: &str, italic: bool) {
    let style = if italic { r#" font-style="italic" font-weight="400""# } else { r#" font-weight="600""# };
    let _ = write!(
        out,
        r##"<text class="label" x="{x}" y="{y}" font-size="{size}" font-family="sans-serif"{style} fill="#1d2327" stroke="#fff" stroke-width="{}" paint-order="stroke">{}</text>"##,
        size / 7,
        escape(text)
    );
}

/// The names of the other lands and the seas, where they go.
fn places(out: &mut String, loc: Locale) {
    for (at, text) in [
        ((-2900, 2900), Text::Hokkaido),
        ((-1000, -3300), Text::PlaceSakhalin),
        ((4500, -700), Text::PlaceUrup),
        ((5400, -6000), Text::PlaceShumshu),
        ((6900, -6750), Text::PlaceKamchatka),
    ] {
        label(out, at, 300, loc.t(text), false);
    }
    label(out, (1000, -2700), 320, loc.t(Text::PlaceOkhotsk), true);
    label(out, (5200, 4300), 320, loc.t(Text::PlacePacific), true);
}

/// Every land but the four islands, drawn with `fill` for each.
fn other_land(out: &mut String, fill: impl Fn(PastLand) -> &'static str) {
    for shape in SEA.outline.iter().filter(|s| !matches!(s.land, Neighbour::Island(_))) {
        let _ = write!(
            out,
            r##"<path class="land" fill="{}" stroke="#8a8371" stroke-width="12" d="{}"/>"##,
            fill(shape.region),
            svg_path(&points(shape.points))
        );
    }
}

/// The four islands at the overview's scale, as (island, ring).
fn islands() -> impl Iterator<Item = (IslandId, Vec<Point>)> {
    SEA.outline.iter().filter_map(|s| match s.land {
        Neighbour::Island(id) => Some((id, points(s.points))),
        _ => None,
    })
}

fn island(out: &mut String, id: IslandId, fill: &str, d: &str) {
    let _ = write!(
        out,
        r##"<path class="island" data-island="{}" fill="{fill}" stroke="#243238" stroke-width="10" d="{d}"/>"##,
        id.key()
    );
}

fn status_fill(status: Status) -> &'static str {
    match holder(status) {
        Some(Holder::Japan) => JAPAN,
        Some(Holder::Joint) => JOINT,
        Some(Holder::Russia) | None => RUSSIA,
    }
}

/// The overview's parts, as the main map's (`map_svg::MapLayers`): the page keeps the parts a
/// change leaves as they were, which for the land and the names of places is every change.
/// (The sea goes between the head and the land: `sea_layer` with the `OVERVIEW` style.)
pub struct OverviewLayers {
    pub head: String,
    pub land: String,
    pub islands: String,
    pub places: String,
}

pub fn overview_layers(s: &Scenario, loc: Locale) -> OverviewLayers {
    let mut head = head("overview", loc.t(Text::OverviewTitle));
    let _ = write!(head, "<defs>{}</defs>", sea_layer::defs(&OVERVIEW));
    let mut land = String::new();
    other_land(&mut land, |_| LAND);
    let mut isl = String::new();
    for (id, ring) in islands() {
        match (id, s.status(id)) {
            (IslandId::Etorofu, Status::Split { japan_percent }) => {
                let d = divide(std::slice::from_ref(&ring), japan_percent);
                for r in &d.japan {
                    island(&mut isl, id, JAPAN, &svg_path(r));
                }
                for r in &d.russia {
                    island(&mut isl, id, RUSSIA, &svg_path(r));
                }
            }
            (_, status) => island(&mut isl, id, status_fill(status), &svg_path(&ring)),
        }
    }
    let mut names = String::new();
    places(&mut names, loc);
    OverviewLayers { head, land, islands: isl, places: names }
}

/// The overview of the scenario's sea, as one SVG.
pub fn overview_svg(s: &Scenario, loc: Locale) -> String {
    let (x, y, w, h) = VIEW_BOX;
    let l = overview_layers(s, loc);
    let mut sea = String::new();
    sea_layer(&mut sea, s, &OVERVIEW);
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="overview-svg" viewBox="{x} {y} {w} {h}" role="img" aria-labelledby="overview-title">{}{sea}{}{}{}</svg>"#,
        l.head, l.land, l.islands, l.places
    )
}

fn past_fill(holder: Option<PastHolder>) -> &'static str {
    match holder {
        Some(PastHolder::Japan) => JAPAN,
        Some(PastHolder::Russia) => RUSSIA,
        Some(PastHolder::Undivided) => "url(#past-undivided)",
        None => LAND,
    }
}

/// A border of the past: the land coloured by who held it then, and the line.
pub fn past_svg(b: &PastBorder, loc: Locale, title: &str) -> String {
    let mut out = open(&format!("past-{}", b.document), title, "overview-svg past-svg");
    out.push_str(&format!(
        r##"<defs><pattern id="past-undivided" width="36" height="36" patternUnits="userSpaceOnUse" patternTransform="scale(4)"><rect width="36" height="36" fill="{JOINT}"/><path d="M0 0L36 36M36 0L0 36" stroke="#5e5747" stroke-width="4"/></pattern></defs>"##
    ));
    other_land(&mut out, |region| past_fill(b.holder(region)));
    for (id, ring) in islands() {
        island(&mut out, id, past_fill(b.holder(PastLand::Island(id))), &svg_path(&ring));
    }
    for line in b.lines {
        let path = points(line.points);
        let mut d = svg_path(&path);
        d.pop();
        let _ = write!(
            out,
            r##"<path class="past-line" fill="none" stroke="#b3261e" stroke-width="45" stroke-dasharray="120 60" stroke-linecap="round" d="{d}"/>"##
        );
        if let (Some(text), Some(&(x, y))) = (&line.label, line.points.last()) {
            label(&mut out, (i32::from(x) + 120, i32::from(y) + 120), 380, loc.local(text), false);
        }
    }
    for l in b.labels {
        label(&mut out, (i32::from(l.at.0), i32::from(l.at.1)), 260, loc.local(&l.text), false);
    }
    places(&mut out, loc);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overview_reaches_from_hokkaido_to_kamchatka() {
        let (x, y, w, h) = VIEW_BOX;
        let inside = |p: &(i16, i16)| {
            (x..x + w as i32).contains(&i32::from(p.0)) && (y..y + h as i32).contains(&i32::from(p.1))
        };
        for region in SEA.regions {
            assert!(region.rings.iter().flat_map(|r| r.iter()).all(inside), "{:?}", region.island);
        }
        assert!(SEA.outline.iter().any(|s| s.region == PastLand::Kamchatka));
        for b in &crate::model::past::PAST {
            assert!(b.lines.iter().flat_map(|l| l.points.iter()).all(inside), "{}", b.document);
        }
    }
}
