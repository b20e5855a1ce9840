//! Property tests of the link codec and the address reader: every scenario and every set of
//! negotiation assumptions survives a round trip, and reading any string at all returns
//! (quickly) a view or an error, never a panic.

use four_islands::i18n::Lang;
use four_islands::model::negotiation::{MAX_DISCOUNT, MAX_TERM_VALUE, Valuation, Valuations, Weighting};
use four_islands::model::scenario::MAX_YEARS;
use four_islands::model::site::Page;
use four_islands::model::view::View;
use four_islands::{Scenario, Status, Terms, Timing, decode, encode};
use proptest::prelude::*;

fn years() -> impl Strategy<Value = u8> {
    1..=MAX_YEARS
}

fn status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Russian),
        Just(Status::Japanese),
        Just(Status::Joint),
        years().prop_map(|years| Status::RussianAdministration { years }),
        years().prop_map(|years| Status::LeasedToRussia { years }),
    ]
}

fn etorofu() -> impl Strategy<Value = Status> {
    prop_oneof![status(), (1u8..=99).prop_map(|japan_percent| Status::Split { japan_percent })]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        [status(), status(), status()],
        etorofu(),
        any::<bool>(),
        prop::option::of(years()),
        prop::array::uniform7(any::<bool>()),
    )
        .prop_map(|([h, s, k], e, peace_treaty, phased, t)| Scenario {
            islands: [h, s, k, e],
            peace_treaty,
            timing: phased.map_or(Timing::AtSignature, |years| Timing::Phased { years }),
            terms: Terms {
                demilitarization: t[0],
                no_foreign_forces: t[1],
                residents_choice: t[2],
                visa_free: t[3],
                joint_activity: t[4],
                fishing_rights: t[5],
                continued_talks: t[6],
            },
        })
}

fn valuation() -> impl Strategy<Value = Valuation> {
    let term = || -MAX_TERM_VALUE..=MAX_TERM_VALUE;
    (
        prop_oneof![Just(Weighting::Area), Just(Weighting::Population), Just(Weighting::Equal)],
        [term(), term(), term(), term()],
        0..=MAX_DISCOUNT,
    )
        .prop_map(|(weighting, [treaty, demilitarization, joint_activity, residents], discount)| Valuation {
            weighting,
            treaty,
            demilitarization,
            joint_activity,
            residents,
            discount,
        })
}

fn valuations() -> impl Strategy<Value = Valuations> {
    (valuation(), valuation()).prop_map(|(japan, russia)| Valuations { japan, russia })
}

/// Text shaped like a `va` value: weighting letters, signs, digits, dots and the underscore.
const VA_LIKE: &str = "[ape+x][-+]?[0-9]{1,4}(\\.-?[0-9]{1,4}){3,5}_[ape][-+]?[0-9]{1,3}(\\.-?[0-9]{1,3}){3,5}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_set_of_assumptions_survives_a_link(v in valuations()) {
        let code = v.encode();
        prop_assert_eq!(Valuations::decode(&code), Ok(v));
        let query = format!("?s=1-JJRR-t&va={code}");
        let (view, problems) = View::from_query(&query);
        prop_assert!(problems.is_empty());
        prop_assert_eq!(view.analysis, Some(v));
        let expected_end = format!("&va={code}");
        prop_assert!(view.to_query().ends_with(&expected_end));
    }

    #[test]
    fn assumptions_are_read_only_as_they_are_written(text in VA_LIKE) {
        if let Ok(v) = Valuations::decode(&text) {
            prop_assert_eq!(v.encode(), text.clone());
            for side in [v.japan, v.russia] {
                for value in [side.treaty, side.demilitarization, side.joint_activity, side.residents] {
                    prop_assert!((-MAX_TERM_VALUE..=MAX_TERM_VALUE).contains(&value), "{} in {}", value, text);
                }
                prop_assert!(side.discount <= MAX_DISCOUNT);
            }
        }
    }

    #[test]
    fn every_scenario_survives_encode_then_decode(s in scenario()) {
        let link = encode(&s);
        prop_assert!(link.len() <= 28, "{} is {} long", link, link.len());
        prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "{} is not URL-safe", link);
        prop_assert_eq!(decode(&link), Ok(s));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in "\\PC{0,80}") {
        let _ = decode(&text);
    }

    #[test]
    fn decoding_link_like_text_is_total_and_canonical(text in "[0-9]?-?[RJCALS0-9]{0,12}-?[tpdfrvjsn0-9]{0,14}") {
        if let Ok(s) = decode(&text) {
            prop_assert_eq!(encode(&s), text.trim());
        }
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_address_gives_a_view_that_its_own_address_reopens(query in "[?&=%0-9A-Za-z<>._;+\\-]{0,120}") {
        for page in [Page::Embed, Page::Full, Page::Preset("1956")] {
            let (view, _) = View::open(page, &query, Lang::Ja);
            let (again, problems) = View::open(page, &view.to_query(), Lang::En);
            prop_assert!(problems.is_empty());
            prop_assert_eq!(again, view);
        }
    }

    #[test]
    fn addresses_with_assumptions_reopen_alike(v in valuations(), noise in "[&=0-9a-z._\\-]{0,40}") {
        let query = format!("?{noise}&va={}&{noise}", v.encode());
        let (view, _) = View::from_query(&query);
        let (again, problems) = View::from_query(&view.to_query());
        prop_assert!(problems.is_empty());
        prop_assert_eq!(again, view);
    }
}

#[test]
fn a_64_kib_address_is_read_quickly_and_safely() {
    let query = format!("?{}", "s=1-JJRR-t&asof=2016-02-30&x=%E0%A4&".repeat(64 * 1024 / 36));
    assert!(query.len() >= 64 * 1024 - 64);
    let start = std::time::Instant::now();
    let (view, problems) = View::from_query(&query);
    assert_eq!(encode(&view.scenario), "1-JJRR-t");
    assert!(!problems.is_empty(), "the invalid date is reported");
    // Bounded work: one pass over the text. Generous, so a slow machine never fails it.
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn huge_input_is_rejected_without_parsing() {
    let big = "1-JJRR-t".repeat(8 * 1024); // 64 KiB
    assert!(decode(&big).is_err());
}

/// The fuzz target starts from these: each must be a valid address (or link, or set of
/// assumptions), or the fuzzer would begin from refusals only.
#[test]
fn the_fuzz_corpus_holds_valid_addresses() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/decode_address");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let valid = if text.starts_with('?') {
            let (view, problems) = View::open(Page::Embed, &text, Lang::En);
            problems.is_empty() && (!text.contains("va=") || view.analysis.is_some())
        } else {
            decode(&text).is_ok() || Valuations::decode(&text).is_ok()
        };
        assert!(valid, "{} is not valid", path.display());
        seen += 1;
    }
    assert!(seen >= 5, "{seen} corpus files");
}
