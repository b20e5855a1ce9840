//! A standalone SVG card of a scenario, 1200 × 630 (the link-preview size): title, map, key
//! figures, the sources and the link. Downloaded as SVG or PNG, and rendered to the
//! pre-rendered pages' preview image.

use super::escape::escape;
use super::map_svg::map_svg;
use crate::i18n::{Locale, Text};
use crate::model::catalog;
use crate::model::evaluation::Evaluation;
use crate::model::format::{percent, thousands};
use crate::model::scenario::Scenario;
use crate::model::sea::{rounded, sea_split};
use std::fmt::Write;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

pub fn card_svg(s: &Scenario, e: &Evaluation, title: &str, address: &str) -> String {
    let a = &e.area;
    let map =
        map_svg(s, Locale::ENGLISH).replacen("<svg ", r#"<svg x="640" y="84" width="520" height="440" "#, 1);
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif"><rect width="{WIDTH}" height="{HEIGHT}" fill="#fbfaf7"/>"##
    );
    let _ = write!(
        out,
        r##"<text x="40" y="60" font-size="34" font-weight="700" fill="#1d2327">{}</text>"##,
        escape(title)
    );
    out.push_str(&map);
    let en = Locale::ENGLISH;
    let of = |changing: u32, total: u32| {
        en.fill(Text::ResidentsOf, &[("changing", &thousands(f64::from(changing))), ("total", &thousands(f64::from(total)))])
    };
    let lines = [
        (en.t(Text::Japan), format!("{} km² ({})", thousands(a.japan_km2), percent(a.japan_share))),
        (en.t(Text::Russia), format!("{} km² ({})", thousands(a.russia_km2), percent(1.0 - a.japan_share))),
        (en.t(Text::ResidentsChanging), of(e.residents.changing, e.residents.total)),
        (en.t(Text::FormerResidents), of(e.residents.former.changing, e.residents.former.total)),
        ("Sea within 200 nm (a model: equidistance)", {
            let sea = sea_split(s);
            format!("Japan {} km², Russia {} km²", thousands(rounded(sea.japan_km2)), thousands(rounded(sea.russia_km2)))
        }),
    ];
    for (i, (label, value)) in lines.iter().enumerate() {
        let y = 130 + i as u32 * 80;
        let _ = write!(out, r##"<text x="40" y="{y}" font-size="20" fill="#4d5a61">{}</text>"##, escape(label));
        let _ = write!(
            out,
            r##"<text x="40" y="{}" font-size="30" font-weight="700" fill="#1d2327">{}</text>"##,
            y + 36,
            escape(value)
        );
    }
    let sources: Vec<String> = [a.source, e.residents.sources[0], catalog::MAP.source]
        .iter()
        .filter_map(|id| catalog::shared_source(id))
        .map(|s| format!("{} ({})", Locale::ENGLISH.local(&s.publisher), s.date.map_or_else(|| "n.d.".to_owned(), |d| d.to_string())))
        .collect();
    let _ = write!(
        out,
        r##"<text x="40" y="560" font-size="15" fill="#4d5a61">Sources: {}</text>"##,
        escape(&sources.join("; "))
    );
    let _ = write!(
        out,
        r##"<text x="40" y="590" font-size="15" fill="#4d5a61">Map © OpenStreetMap contributors (ODbL). Four Islands: {}</text>"##,
        escape(address)
    );
    out.push_str("</svg>");
    out
}
