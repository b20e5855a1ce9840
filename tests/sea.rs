//! The sea zones are right enough to quote: refining the computation (a finer grid, finer
//! coastlines) changes no figure by more than 2 %, and the map puts Kaigara 3.7 km off
//! Nosappu. `cargo test --test sea -- --nocapture` prints the figures compared.

use four_islands::model::catalog::{MAP, PRESETS};
use four_islands::model::island::IslandId;
use four_islands::model::map::{Land, nearest_on_rings};
use four_islands::model::sea::{AREAS, Areas, split_with};
use four_islands::source_data::sea_zones::{self, STEP_KM};
use four_islands::{Scenario, Status};
use std::path::Path;

struct Run {
    name: String,
    territorial: [f64; 4],
    zone: [f64; 4],
    etorofu_japan: Vec<(f64, f64)>,
}

impl Run {
    fn areas(&self) -> Areas<'_> {
        Areas { territorial_km2: &self.territorial, zone_km2: &self.zone, etorofu_japan_km2: &self.etorofu_japan }
    }
}

fn run(name: &str, coasts: &[sea_zones::Coast], step_km: f64) -> Run {
    let a = sea_zones::compute(coasts, step_km).areas();
    Run { name: name.to_owned(), territorial: a.territorial, zone: a.zone, etorofu_japan: a.etorofu_japan }
}

/// Every figure the explorer shows about the sea: each island's territorial sea and zone,
/// and each preset's sea per side (which covers the divided Etorofu of the presets), plus
/// Etorofu divided at every tenth percent.
fn figures(r: &Run) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for island in IslandId::ALL {
        out.push((format!("{} territorial", island.key()), r.territorial[island.index()]));
        out.push((format!("{} zone", island.key()), r.zone[island.index()]));
    }
    let quo = split_with(&r.areas(), &Scenario::STATUS_QUO);
    out.push(("all four, total".into(), quo.total.total()));
    out.push((
        "Habomai + Shikotan, total".into(),
        r.territorial[0] + r.zone[0] + r.territorial[1] + r.zone[1],
    ));
    for p in &PRESETS {
        let sea = split_with(&r.areas(), &p.scenario);
        if sea.japan_km2 > 0.0 {
            out.push((format!("preset {}: Japan", p.id), sea.japan_km2));
        }
        if sea.russia_km2 > 0.0 {
            out.push((format!("preset {}: Russia", p.id), sea.russia_km2));
        }
    }
    for percent in [10u8, 20, 21, 30, 40, 50, 60, 70, 80, 90] {
        let s = Scenario { islands: [Status::Japanese, Status::Japanese, Status::Japanese, Status::Split { japan_percent: percent }], ..Scenario::STATUS_QUO };
        out.push((format!("three islands and {percent} % of Etorofu: Japan"), split_with(&r.areas(), &s).japan_km2));
    }
    out
}

#[test]
fn refining_the_grid_or_the_coastlines_changes_no_figure_by_more_than_two_percent() {
    let data = four_islands::source_data::load_dir(Path::new("data")).unwrap();
    let build = sea_zones::build_coasts(&data);
    let fine = sea_zones::fine_coasts(&data);
    let base = run(&format!("build: {STEP_KM} km grid, map coastlines"), &build, STEP_KM);
    assert_eq!(&base.territorial, AREAS.territorial_km2, "the compiled-in figures are the build's");
    let refined = [
        run(&format!("grid {} km", STEP_KM / 2.0), &build, STEP_KM / 2.0),
        run(&format!("finer coastlines, grid {STEP_KM} km"), &fine, STEP_KM),
        run(&format!("finer coastlines, grid {} km", STEP_KM / 2.0), &fine, STEP_KM / 2.0),
    ];
    let reference = figures(&base);
    let mut worst = (0.0, String::new());
    for r in &refined {
        println!("\n{} vs {}:", r.name, base.name);
        for ((name, a), (_, b)) in reference.iter().zip(figures(r)) {
            let change = (b - a) / a;
            println!("  {name:48} {a:10.0} km² → {b:10.0} km²  {:+.2} %", change * 100.0);
            if change.abs() > worst.0 {
                worst = (change.abs(), format!("{name}, {}", r.name));
            }
        }
    }
    println!("\nlargest change: {:.2} % ({})", worst.0 * 100.0, worst.1);
    assert!(worst.0 <= 0.02, "{:.2} % ({})", worst.0 * 100.0, worst.1);
}

#[test]
fn kaigara_lies_three_point_seven_kilometres_off_nosappu() {
    let rings = |land: Land| MAP.shapes.iter().filter(|s| s.land == land).map(|s| s.float_points()).collect::<Vec<_>>();
    let hokkaido = rings(Land::Hokkaido);
    // Kaigara is the smallest drawn islet of the Habomai group, and the nearest to Hokkaido.
    let habomai = rings(Land::Island(IslandId::Habomai));
    let distance = |ring: &Vec<(f64, f64)>| {
        ring.iter()
            .map(|&p| {
                let q = nearest_on_rings(&hokkaido, p);
                ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt() * MAP.unit_km
            })
            .fold(f64::MAX, f64::min)
    };
    let nearest = habomai.iter().map(distance).fold(f64::MAX, f64::min);
    println!("Nosappu–Kaigara on the map: {nearest:.2} km");
    assert!((nearest / 3.7 - 1.0).abs() <= 0.10, "{nearest:.2} km");
}
