//! Property tests of the link codec: every scenario survives a round trip, and decoding
//! any string at all returns (quickly) a scenario or an error, never a panic.

use four_islands::model::scenario::MAX_YEARS;
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

    #[test]
    fn any_address_gives_a_view_that_its_own_address_reopens(query in "[?&=%0-9A-Za-z<>\\-]{0,120}") {
        let (view, _) = View::from_address("/embed.html", &query, four_islands::i18n::Lang::Ja);
        let (again, problem) = View::from_address("/embed.html", &view.to_query(), four_islands::i18n::Lang::En);
        prop_assert!(problem.is_none());
        prop_assert_eq!(again, view);
    }
}

#[test]
fn a_64_kib_address_is_read_quickly_and_safely() {
    let query = format!("?{}", "s=1-JJRR-t&asof=2016-02-30&x=%E0%A4&".repeat(64 * 1024 / 36));
    assert!(query.len() >= 64 * 1024 - 64);
    let start = std::time::Instant::now();
    let (view, problem) = View::from_query(&query);
    assert_eq!(encode(&view.scenario), "1-JJRR-t");
    assert!(problem.is_some(), "the invalid date is reported");
    // Bounded work: one pass over the text. Generous, so a slow machine never fails it.
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn huge_input_is_rejected_without_parsing() {
    let big = "1-JJRR-t".repeat(8 * 1024); // 64 KiB
    assert!(decode(&big).is_err());
}
