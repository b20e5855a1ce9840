//! The map as an SVG string: islands filled by status with a pattern as well as a colour,
//! Etorofu's dividing line where the core puts it, and the names in both sides' forms; and the
//! full page's caption under it, the keys and a table that says the same in words.

use super::escape::escape;
use super::sea_layer::{self, MAIN, sea_layer};
use crate::i18n::{Locale, Text};
use crate::model::catalog::{self, MAP};
use crate::model::format::fixed;
use crate::model::island::IslandId;
use crate::model::map::{Land, Point, divide_etorofu, svg_path};
use crate::model::scenario::{Scenario, Status};
use crate::model::sea::Holder;
use std::fmt::Write;

/// The part of the projected view worth drawing: open sea to the west is left out.
pub const VIEW_BOX: (u32, u32, u32, u32) = (300, 60, 2989, 2704);

/// The fills, as (pattern id, background, foreground lines): every status has a pattern.
const PATTERNS: [(&str, &str, &str); 4] = [
    ("fill-russian", "#c9b6e4", r##"<circle cx="18" cy="18" r="5" fill="#5b3d8a"/>"##),
    ("fill-japanese", "#a8dcd1", r##"<path d="M-9 9L9 -9M0 36L36 0M27 45L45 27" stroke="#176b5e" stroke-width="7"/>"##),
    ("fill-joint", "#dcd6c8", r##"<path d="M0 0L36 36M36 0L0 36" stroke="#5e5747" stroke-width="5"/>"##),
    ("fill-transition", "#a8dcd1", r##"<path d="M0 9H36M0 27H36" stroke="#5b3d8a" stroke-width="7"/>"##),
];

/// The legend: pattern id and what it means.
pub fn legend(loc: Locale) -> [(&'static str, &'static str); 4] {
    [
        ("fill-japanese", loc.t(Text::LegendJapanese)),
        ("fill-russian", loc.t(Text::LegendRussian)),
        ("fill-joint", loc.t(Text::LegendJoint)),
        ("fill-transition", loc.t(Text::LegendTransition)),
    ]
}

pub fn fill_id(status: Status) -> &'static str {
    match status {
        Status::Russian => "fill-russian",
        Status::Japanese | Status::Split { .. } => "fill-japanese",
        Status::Joint => "fill-joint",
        Status::RussianAdministration { .. } | Status::LeasedToRussia { .. } => "fill-transition",
    }
}

/// Where each name goes (map units) and which end of the text is anchored there: in open
/// sea beside the island, so no name covers the land it names.
fn label_at(id: IslandId) -> (Point, &'static str) {
    match id {
        IslandId::Habomai => ((800.0, 2600.0), "start"),
        IslandId::Shikotan => ((1680.0, 2090.0), "start"),
        IslandId::Kunashiri => ((420.0, 1190.0), "start"),
        IslandId::Etorofu => ((1500.0, 420.0), "start"),
    }
}

/// The sea's legend: pattern id and what it means, then the line where the sides' sea meets.
pub fn sea_legend(loc: Locale) -> [(String, &'static str); 3] {
    [
        (sea_layer::fill_id(&MAIN, Holder::Japan), loc.t(Text::LegendSeaJapan)),
        (sea_layer::fill_id(&MAIN, Holder::Russia), loc.t(Text::LegendSeaRussia)),
        (sea_layer::fill_id(&MAIN, Holder::Joint), loc.t(Text::LegendSeaJoint)),
    ]
}

/// A small SVG swatch of the dashed line where the two sides' sea meets.
pub fn border_swatch() -> &'static str {
    r##"<svg viewBox="0 0 36 36" aria-hidden="true" class="swatch line"><path d="M0 18H36" stroke="#1d2327" stroke-width="4" stroke-dasharray="10 5"/></svg>"##
}

/// The `<defs>` with the fill patterns: once per document, shared by the map and legend.
pub fn defs() -> String {
    let mut out = String::from("<defs>");
    out.push_str(&sea_layer::defs(&MAIN));
    for (id, background, lines) in PATTERNS {
        let _ = write!(
            out,
            r#"<pattern id="{id}" width="36" height="36" patternUnits="userSpaceOnUse"><rect width="36" height="36" fill="{background}"/>{lines}</pattern>"#
        );
    }
    out.push_str("</defs>");
    out
}

/// The `<svg>` element of the map, in the locale's language and names.
pub fn map_svg(s: &Scenario, loc: Locale) -> String {
    let mut sea = plain_sea();
    sea_layer(&mut sea, s, &MAIN);
    svg(&map_layers(s, loc), &sea)
}

/// The map without the sea the scenario decides, for the embed's card: the sea zones are a
/// model whose caveats the card has no room for (the full explorer shows both).
pub fn land_map_svg(s: &Scenario, loc: Locale) -> String {
    svg(&map_layers(s, loc), &plain_sea())
}

fn plain_sea() -> String {
    let (x, y, w, h) = VIEW_BOX;
    format!(r##"<rect class="sea" x="{x}" y="{y}" width="{w}" height="{h}" fill="#e6eef3"/>"##)
}

fn svg(layers: &MapLayers, sea: &str) -> String {
    let (x, y, w, h) = VIEW_BOX;
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="map-svg" viewBox="{x} {y} {w} {h}" role="img" aria-labelledby="map-title">{}<g clip-path="url(#map-view)">{sea}{}{}</g></svg>"#,
        layers.head, layers.land, layers.labels
    )
}

/// The map's parts but the sea (`sea_layer`, drawn between the head and the land): the page
/// keeps a part that comes out the same as last time, so a change of terms redraws nothing,
/// and one of an island's status redraws the land but not the head or the names.
pub struct MapLayers {
    /// The title, the patterns and the clip to the view box (per language).
    pub head: String,
    /// The land by status, and Etorofu's dividing line.
    pub land: String,
    /// The names.
    pub labels: String,
}

pub fn map_layers(s: &Scenario, loc: Locale) -> MapLayers {
    let (x, y, w, h) = VIEW_BOX;
    let mut head = format!(r#"<title id="map-title">{}</title>"#, escape(loc.t(Text::MapTitle)));
    head.push_str(&defs());
    // Clipped to the view box, so nothing spills into letterboxing when scaled.
    let _ = write!(head, r#"<clipPath id="map-view"><rect x="{x}" y="{y}" width="{w}" height="{h}"/></clipPath>"#);
    let divided = match s.status(IslandId::Etorofu) {
        Status::Split { japan_percent } => Some(divide_etorofu(MAP.shapes, japan_percent)),
        _ => None,
    };
    let mut land = String::new();
    for shape in MAP.shapes {
        let d = svg_path(&shape.float_points());
        match shape.land {
            Land::Hokkaido => {
                let _ = write!(
                    land,
                    r##"<path class="hokkaido" fill="#e9e4d8" stroke="#8a8371" stroke-width="4" d="{d}"/>"##
                );
            }
            Land::Island(IslandId::Etorofu) if divided.is_some() => {}
            Land::Island(id) => island_path(&mut land, id.key(), "", fill_id(s.status(id)), &d),
        }
    }
    if let Some(division) = &divided {
        for ring in &division.japan {
            island_path(&mut land, "etorofu", "japan", "fill-japanese", &svg_path(ring));
        }
        for ring in &division.russia {
            island_path(&mut land, "etorofu", "russia", "fill-russian", &svg_path(ring));
        }
        let ((x1, y1), (x2, y2)) = division.line;
        let _ = write!(
            land,
            r##"<line class="cut" x1="{}" y1="{}" x2="{}" y2="{}" stroke="#111" stroke-width="10" stroke-dasharray="30 18"/>"##,
            fixed(x1, 0),
            fixed(y1, 0),
            fixed(x2, 0),
            fixed(y2, 0)
        );
    }
    let mut labels = String::new();
    for id in IslandId::ALL {
        let ((lx, ly), anchor) = label_at(id);
        label(&mut labels, lx, ly, anchor, &loc.island(id));
    }
    label(&mut labels, 320.0, 2700.0, "start", loc.t(Text::Hokkaido));
    MapLayers { head, land, labels }
}

fn island_path(out: &mut String, island: &str, part: &str, fill: &str, d: &str) {
    let part = if part.is_empty() { String::new() } else { format!(r#" data-part="{part}""#) };
    let _ = write!(
        out,
        r##"<path class="island" data-island="{island}"{part} fill="url(#{fill})" stroke="#243238" stroke-width="5" d="{d}"/>"##
    );
}

fn label(out: &mut String, x: f64, y: f64, anchor: &str, text: &str) {
    let _ = write!(
        out,
        r##"<text class="label" x="{}" y="{}" text-anchor="{anchor}" font-size="100" font-family="sans-serif" font-weight="600" fill="#1d2327" stroke="#fff" stroke-width="14" paint-order="stroke">{}</text>"##,
        fixed(x, 0),
        fixed(y, 0),
        escape(text)
    );
}

/// The content of the full page map's caption (`figcaption`): the land's and the sea's keys,
/// and each island's status, area and residents in a table.
pub fn caption_html(s: &Scenario, loc: Locale) -> String {
    let item = |swatch: &str, label: &str| format!("<li>{swatch}{}</li>", escape(label));
    let land: String = legend(loc).iter().map(|(fill, label)| item(&swatch(fill), label)).collect();
    let sea: String = sea_legend(loc).iter().map(|(fill, label)| item(&swatch(fill), label)).collect();
    let in_words = escape(loc.t(Text::MapInWords));
    let mut out = format!(
        r#"<ul class="legend">{land}</ul><ul class="legend sea-legend">{sea}{}</ul><div class="table-scroll" tabindex="0" role="region" aria-label="{in_words}"><table class="island-table"><caption>{in_words}</caption><thead><tr>"#,
        item(border_swatch(), loc.t(Text::LegendSeaBorder))
    );
    for col in [Text::ColIsland, Text::ColStatus, Text::ColArea, Text::ColResidents, Text::ColResidents1945] {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(loc.t(col)));
    }
    out.push_str("</tr></thead><tbody>");
    for id in IslandId::ALL {
        let island = catalog::island(id);
        let _ = write!(
            out,
            r#"<tr data-island="{}"><th scope="row">{}</th><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td></tr>"#,
            id.key(),
            escape(&loc.island(id)),
            escape(&loc.status(s.status(id))),
            escape(&loc.number(island.area.value)),
            escape(loc.t(Text::UnitKm2)),
            escape(&loc.number(island.residents_now.value)),
            escape(&loc.number(island.residents_1945.value))
        );
    }
    out.push_str("</tbody></table></div>");
    out
}

/// A small SVG swatch that shows one fill from the map's patterns.
pub fn swatch(fill: &str) -> String {
    format!(
        r##"<svg viewBox="0 0 36 36" aria-hidden="true" class="swatch"><rect width="36" height="36" fill="url(#{fill})" stroke="#243238" stroke-width="3"/></svg>"##
    )
}
