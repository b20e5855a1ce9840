//! The evaluator against sourced facts: land, residents, the position index, verdicts of
//! each government's position at a given date, and which polls and opinions are shown.

mod common;
use common::{date, link, preset};
use four_islands::model::catalog::{self, Party};
use four_islands::model::evaluation::{self, Verdict};
use four_islands::{IslandId, Scenario, Status, evaluate};

#[test]
fn habomai_and_shikotan_are_about_seven_percent_of_the_land() {
    let e = evaluate(&preset("1956"), date("2026-01-01"));
    assert!((0.068..=0.070).contains(&e.area.japan_share), "share {}", e.area.japan_share);
    // GSI 2025 (MLIT): 94.84 + 247.65 km² of the 4,998.40 km² the four island figures add up to.
    assert!((e.area.japan_km2 - 342.49).abs() < 1e-9, "{}", e.area.japan_km2);
    assert!((e.area.total_km2 - 4998.40).abs() < 1e-9, "{}", e.area.total_km2);
    assert_eq!(e.area.source, "mlit-hoppo-data");
}

#[test]
fn an_equal_split_needs_about_21_percent_of_etorofu() {
    let areas: Vec<f64> = IslandId::ALL.iter().map(|&i| catalog::island(i).area.value).collect();
    let total: f64 = areas.iter().sum();
    let needed = (total / 2.0 - areas[0] - areas[1] - areas[2]) / areas[3];
    assert!((0.205..0.215).contains(&needed), "needed {needed}");
    let e = evaluate(&preset("equal-area"), date("2026-01-01"));
    assert!((e.area.japan_share - 0.5).abs() < 0.001, "share {}", e.area.japan_share);
}

#[test]
fn residents_now_and_in_1945_match_the_sources() {
    let now: f64 = catalog::ISLANDS.iter().map(|i| i.residents_now.value).sum();
    let then: f64 = catalog::ISLANDS.iter().map(|i| i.residents_1945.value).sum();
    assert_eq!(now, 18_403.0, "Rosstat 1 Jan 2023 via Hokkaido Shimbun");
    assert_eq!(then, 17_291.0, "Japanese residents on 15 Aug 1945");
    assert_eq!(catalog::island(IslandId::Habomai).residents_now.value, 0.0);
}

#[test]
fn residents_changing_follow_the_islands_and_the_timing() {
    let check = |scenario: Scenario, changing: u32, at_signature: u32, divided: u32| {
        let r = evaluation::residents(&scenario);
        assert_eq!((r.changing, r.changing_at_signature, r.on_divided_island), (changing, at_signature, divided));
    };
    check(preset("status-quo"), 0, 0, 0);
    check(preset("1956"), 3_772, 3_772, 0);
    check(preset("all-four"), 18_403, 18_403, 0);
    check(preset("all-four-phased"), 18_403, 0, 0);
    check(preset("equal-area"), 11_487, 11_487, 6_916);
    check(link("1-JJRR-tp10"), 3_772, 0, 0);
}

#[test]
fn each_side_stands_where_the_settlement_its_position_names_puts_it() {
    use four_islands::model::meter::marks;
    let two = evaluation::share_of(&[IslandId::Habomai, IslandId::Shikotan]);
    assert!((two - 342.49 / 4998.40).abs() < 1e-12);
    let at = |as_of: &str| {
        let e = evaluate(&preset("status-quo"), date(as_of));
        marks(&e.stances).into_iter().filter(|m| m.in_force).map(|m| (m.party, m.japan_share)).collect::<Vec<_>>()
    };
    // 1957: the Joint Declaration's two islands against Japan's claim to all four.
    assert_eq!(at("1957-01-01"), vec![(Party::Japan, 1.0), (Party::Russia, two)]);
    // 1995: both sides' Tokyo Declaration names no settlement, so neither has a mark.
    assert!(at("1995-01-01").is_empty());
    // Today: Russia hands nothing over; Japan claims all four.
    let today = at("2026-11-23");
    assert!(today.contains(&(Party::Russia, 0.0)) && today.contains(&(Party::Japan, 1.0)), "{today:?}");
}

/// The verdict of each party's position in force on `as_of`.
fn verdicts(scenario: Scenario, as_of: &str) -> Vec<(Party, Verdict)> {
    evaluate(&scenario, date(as_of)).positions.iter().map(|v| (v.position.party, v.verdict)).collect()
}

#[test]
fn positions_are_judged_as_of_a_date() {
    use Party::*;
    use Verdict::*;
    let table = [
        ("1956", "1957-01-01", vec![(Japan, Conflicts), (Russia, Compatible)]),
        ("1956", "1961-01-01", vec![(Japan, Conflicts), (Russia, Conflicts)]),
        ("all-four", "1994-01-01", vec![(Japan, NotAddressed), (Russia, NotAddressed)]),
        ("all-four", "2016-06-01", vec![(Japan, Compatible), (Russia, Conflicts)]),
        ("all-four-phased", "1998-05-01", vec![(Japan, Compatible), (Russia, NotAddressed)]),
        ("1956", "2016-06-01", vec![(Japan, Conflicts), (Russia, Compatible)]),
        // Japan's 2018 position keeps Kunashiri and Etorofu under negotiation (audit F-high-1):
        // a final two-island deal conflicts with it, two islands first with talks on the rest fits.
        ("1956", "2019-01-01", vec![(Japan, Conflicts), (Russia, Compatible)]),
        ("two-track", "2019-01-01", vec![(Japan, Compatible), (Russia, Conflicts)]),
        ("1956", "2021-01-01", vec![(Japan, Conflicts), (Russia, Conflicts)]),
        // Putin's proposal of 12 September 2018: a treaty first, without preconditions.
        ("treaty-first", "2018-10-01", vec![(Japan, Conflicts), (Russia, Compatible)]),
        ("status-quo", "2026-11-23", vec![(Japan, Conflicts), (Russia, Compatible)]),
        ("joint-development", "2026-11-23", vec![(Japan, Conflicts), (Russia, Conflicts)]),
        ("lease-back", "2026-11-23", vec![(Japan, Compatible), (Russia, Conflicts)]),
        // The record of 2022–2026: both governments' statements of 2026 are in force today.
        ("three-islands", "2026-12-01", vec![(Japan, Conflicts), (Russia, Conflicts)]),
        ("aland", "2026-12-01", vec![(Japan, Compatible), (Russia, Conflicts)]),
        ("treaty-first", "2026-12-01", vec![(Japan, Conflicts), (Russia, Conflicts)]),
        ("status-quo", "2024-06-01", vec![(Japan, Conflicts), (Russia, Compatible)]),
    ];
    for (id, as_of, expected) in table {
        assert_eq!(verdicts(preset(id), as_of), expected, "{id} as of {as_of}");
    }
    assert!(verdicts(preset("1956"), "1900-01-01").is_empty(), "no position before 1955");
}

#[test]
fn the_positions_in_force_today_are_the_latest_statements_and_the_record_says_where_it_ends() {
    let e = evaluate(&preset("1956"), date("2026-12-01"));
    let ids: Vec<&str> = e.positions.iter().map(|v| v.position.id).collect();
    assert_eq!(ids, ["japan-2026-takaichi", "russia-2026-peskov"]);
    // No stated position, event, opinion or poll is dated after the record's end.
    let ends = catalog::RECORD_ENDS;
    assert_eq!(ends, date("2026-02-20"));
    assert!(catalog::POSITIONS.iter().all(|p| p.date <= ends));
    assert!(catalog::DOCUMENTS.iter().all(|d| d.date <= ends));
    assert!(catalog::POLLS.iter().all(|p| p.field_end <= ends));
    assert!(catalog::POSITIONS.iter().any(|p| p.date == ends));
}

#[test]
fn questions_that_name_no_settlement_are_shown_with_every_scenario() {
    let context: Vec<&str> = evaluate(&preset("1956"), date("2026-12-01")).context_polls().iter().map(|p| p.id).collect();
    assert_eq!(context, ["cao-2018-10", "cao-2023-10"]);
    assert_eq!(context, evaluate(&preset("all-four"), date("2026-12-01")).context_polls().iter().map(|p| p.id).collect::<Vec<_>>());
    // Their answers describe no settlement, so they never stand among the matching polls.
    for p in &catalog::PRESETS {
        assert!(evaluate(&p.scenario, date("2026-12-01")).polls().iter().all(|m| !context.contains(&m.poll.id)));
    }
}

#[test]
fn every_verdict_names_a_reason_and_a_defined_source() {
    for p in &catalog::PRESETS {
        for v in evaluation::position_timeline(&p.scenario) {
            assert!(!v.reasons.is_empty());
            assert!(v.position.sources.iter().all(|s| catalog::source(s).is_some()), "{}", v.position.id);
        }
    }
}

/// Labels of the answers shown as matching, over all polls.
fn matching_answers(scenario: Scenario) -> Vec<(&'static str, &'static str)> {
    evaluate(&scenario, date("2026-01-01"))
        .polls()
        .iter()
        .flat_map(|m| m.matching.iter().map(|&i| (m.poll.id, four_islands::i18n::Locale::ENGLISH.local(&m.question.options[i].label))))
        .collect()
}

#[test]
fn polls_are_shown_only_where_an_answer_describes_the_scenario() {
    let condominium = matching_answers(preset("condominium"));
    assert_eq!(condominium, vec![("fom-2018-11", "Joint management of the islands by the two countries")]);

    let two = matching_answers(preset("1956"));
    assert!(two.contains(&("yomiuri-2018-11", "Settle the matter with the return of two islands")));
    assert!(!two.iter().any(|(_, label)| label.starts_with("Achieve the return of two islands first")));

    let track = matching_answers(preset("two-track"));
    assert!(track.contains(&(
        "yomiuri-2018-11",
        "Achieve the return of two islands first and keep negotiating the return of the rest"
    )));

    let phased = matching_answers(preset("all-four-phased"));
    assert!(phased.contains(&("nikkei-2016-11", "Japan should aim to have all four islands returned")));
    assert!(!phased.iter().any(|(id, _)| *id == "yomiuri-2018-11"), "phased is not 'all four together'");

    let quo = matching_answers(preset("status-quo"));
    assert!(quo.contains(&("vciom-islands-2019-02", "Should not")));
    assert!(!quo.iter().any(|(_, label)| *label == "Should"));

    let alpha = matching_answers(preset("two-plus-alpha"));
    assert!(alpha.contains(&("asahi-2019-01", "In favour")));
}

#[test]
fn opinions_are_listed_for_the_settlements_they_speak_to() {
    let authors =
        |s: Scenario| -> Vec<&str> { evaluate(&s, date("2026-01-01")).opinions().iter().map(|o| four_islands::i18n::Locale::ENGLISH.local(&o.texts.author)).collect() };
    assert!(authors(preset("equal-area")).contains(&"Aso Tarō"));
    // Aso spoke of dividing the land: sharing all four is not a division (audit §5).
    assert!(!authors(preset("condominium")).contains(&"Aso Tarō"));
    assert!(!authors(preset("1956")).contains(&"Aso Tarō"));
    assert!(authors(link("1-JJJR-t")).contains(&"Mori Yoshirō"));
    assert!(authors(preset("status-quo")).is_empty());
}

#[test]
fn split_etorofu_gives_its_fraction_of_the_land() {
    let mut s = preset("status-quo");
    s.islands[IslandId::Etorofu.index()] = Status::Split { japan_percent: 50 };
    assert!((evaluation::area_split(&s).japan_km2 - 3166.64 / 2.0).abs() < 1e-9);
}

#[test]
fn the_printed_total_is_named_when_it_is_not_the_sum_of_the_four() {
    // GSI 2025 prints 5,003.05 km² in all, counting islets it assigns to none of the four.
    let area = evaluation::area_split(&preset("status-quo"));
    assert_eq!(area.printed_total_if_different(), Some(catalog::REGION.area_total.value));
    assert!((area.total_km2 - 4998.40).abs() < 0.01, "{}", area.total_km2);
}
