//! The core compiled to wasm32 and run by wasm-bindgen-test-runner (in Node): the figures the
//! browser computes must be those the native tests pin.
#![cfg(target_arch = "wasm32")]

use four_islands::model::catalog;
use four_islands::model::evaluation::{evaluate, japan_area_share};
use four_islands::model::format::thousands;
use four_islands::model::map::{area, divide_etorofu};
use four_islands::model::view::View;
use four_islands::{Date, decode, encode};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn presets_evaluate_as_natively() {
    let two = catalog::preset("1956").unwrap().scenario;
    let e = evaluate(&two, Date::ymd(2019, 1, 1));
    assert_eq!(thousands(e.area.japan_km2), "342.5");
    assert_eq!(e.residents.changing, 3772);
    assert!((japan_area_share(&two) - 342.49 / 4998.40).abs() < 1e-12);
    // The sea the browser computes is the build's: Habomai's and Shikotan's, 106,316 km².
    assert_eq!(four_islands::model::sea::sea_split(&two).japan_km2, 106_316.0);
    assert_eq!(e.positions.len(), 2);
    for p in &catalog::PRESETS {
        assert_eq!(decode(&encode(&p.scenario)), Ok(p.scenario));
    }
}

#[wasm_bindgen_test]
fn addresses_and_map_division_work_in_wasm() {
    let (view, problems) = View::from_query("?s=1-JJJS21-t&asof=2016-12-16");
    assert!(problems.is_empty());
    assert_eq!(view.to_query(), "?s=1-JJJS21-t&asof=2016-12-16&lang=en");
    let (_, problems) = View::from_query("?s=%FF%FE");
    assert_eq!(problems.len(), 1);
    // The same value never panics in a debug wasm build, as -128 once did.
    let (_, problems) = View::from_query("?va=a-128.0.0.0.0_a0.0.0.0.0");
    assert_eq!(problems.len(), 1);
    let d = divide_etorofu(catalog::MAP.shapes, 21);
    let japan: f64 = d.japan.iter().map(|r| area(r)).sum();
    let russia: f64 = d.russia.iter().map(|r| area(r)).sum();
    assert!((japan / (japan + russia) - 0.21).abs() < 0.001);
}
