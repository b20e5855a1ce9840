//! Everything a stranger's link reaches: the link codec and the address reader. Neither may
//! panic, and an accepted link must re-encode to itself.
#![no_main]

use four_islands::model::view::View;
use four_islands::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(scenario) = decode(&text) {
        assert_eq!(encode(&scenario), text.trim());
    }
    let (view, _) = View::from_address("/embed.html", &text, four_islands::i18n::Lang::En);
    let (again, problem) = View::from_query(&view.to_query());
    assert!(problem.is_none());
    assert_eq!(again.scenario, view.scenario);
});
