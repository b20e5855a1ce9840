//! Everything a stranger's link reaches: the link codec, the negotiation assumptions' codec
//! and the address reader. None may panic; an accepted link or set of assumptions must
//! re-encode to itself, and the address a view writes must reopen that view without a problem.
//! It starts from the valid addresses in `fuzz/seeds/decode_address/` (tracked; the corpus
//! libFuzzer grows in `fuzz/corpus/` is not), so that mutations reach the readers' accepting
//! paths, not only their first refusal.
#![no_main]

use four_islands::i18n::Lang;
use four_islands::model::negotiation::Valuations;
use four_islands::model::site::Page;
use four_islands::model::view::View;
use four_islands::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(scenario) = decode(&text) {
        assert_eq!(encode(&scenario), text.trim());
    }
    if let Ok(valuations) = Valuations::decode(&text) {
        assert_eq!(valuations.encode(), text);
    }
    for page in [Page::Embed, Page::Preset("1956")] {
        let (view, _) = View::open(page, &text, Lang::En);
        let (again, problems) = View::open(page, &view.to_query(), Lang::En);
        assert!(problems.is_empty());
        assert_eq!(again, view);
    }
});
