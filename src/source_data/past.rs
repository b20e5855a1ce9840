//! The borders of the past and the fishing agreements, written out for `model::past`: each
//! border's lines projected onto the maps, so the page does no trigonometry.

use super::Data;
use super::codegen::{TextFile, lit, texts, texts_into};
use super::schema::{Projection, Topic};
use crate::model::map::PastLand;
use std::fmt::Write;

/// Longitude and latitude to map units, by the maps' projection (see tools/extract-map.py).
pub fn project(p: &Projection, unit_km: f64, lon: f64, lat: f64) -> (f64, f64) {
    let (l0, p0) = (p.lon.to_radians(), p.lat.to_radians());
    let (lam, phi) = (lon.to_radians(), lat.to_radians());
    let k = (2.0 / (1.0 + p0.sin() * phi.sin() + p0.cos() * phi.cos() * (lam - l0).cos())).sqrt();
    let x = p.radius_km * k * phi.cos() * (lam - l0).sin();
    let y = p.radius_km * k * (p0.cos() * phi.sin() - p0.sin() * phi.cos() * (lam - l0).cos());
    ((x - p.x0_km) / unit_km, (p.y0_km - y) / unit_km)
}

pub fn land(l: PastLand) -> String {
    match l {
        PastLand::Island(id) => format!("PastLand::Island(IslandId::{id:?})"),
        other => format!("PastLand::{other:?}"),
    }
}

pub fn codegen(d: &Data) -> String {
    let map = &d.map;
    let at = |p: [f64; 2]| {
        let (x, y) = project(&map.projection, map.unit_km, p[0], p[1]);
        format!("({}, {})", x.round() as i16, y.round() as i16)
    };
    let lands = |ls: &[PastLand]| ls.iter().map(|l| land(*l)).collect::<Vec<_>>().join(", ");
    // Only the full page's overview map and timeline show them.
    texts_into(TextFile::Page);
    let mut out = String::new();
    let _ = writeln!(out, "pub static PAST: [PastBorder; {}] = [", d.borders.border.len());
    for b in &d.borders.border {
        let lines: Vec<String> = b
            .line
            .iter()
            .map(|l| {
                let points: Vec<String> = l.points.iter().map(|p| at(*p)).collect();
                format!(
                    "PastLine {{ points: &[{}], label: {} }}",
                    points.join(", "),
                    l.label.as_ref().map_or("None".to_owned(), |t| format!("Some({})", texts(t)))
                )
            })
            .collect();
        let labels: Vec<String> =
            b.label.iter().map(|l| format!("PastLabel {{ at: {}, text: {} }}", at(l.at), texts(&l.text))).collect();
        let _ = writeln!(
            out,
            "    PastBorder {{ document: {}, japan: &[{}], russia: &[{}], undivided: &[{}], caption: {}, sources: &[{}], lines: &[{}], labels: &[{}] }},",
            lit(&b.document),
            lands(&b.japan),
            lands(&b.russia),
            lands(&b.undivided),
            texts(&b.caption),
            b.sources.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", "),
            lines.join(", "),
            labels.join(", ")
        );
    }
    out.push_str("];\n");
    let fishing: Vec<String> =
        d.documents.document.iter().filter(|doc| doc.topic == Some(Topic::Fishing)).map(|doc| lit(&doc.id)).collect();
    let _ = writeln!(out, "pub static FISHING: [&str; {}] = [{}];", fishing.len(), fishing.join(", "));
    out
}
