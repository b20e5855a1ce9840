//! Property tests of the link codec: every scenario survives a round trip, and decoding
//! any string at all returns (quickly) a scenario or an error, never a panic.

use four_islands::model::scenario::MAX_YEARS;
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

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
}

#[test]
fn huge_input_is_rejected_without_parsing() {
    let big = "1-JJRR-t".repeat(8 * 1024); // 64 KiB
    assert!(decode(&big).is_err());
}
