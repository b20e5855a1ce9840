//! The analysis on small spaces where algebra gives the answer, and on the full space.

use super::*;
use crate::model::scenario::{Scenario, Status, Timing};

/// The defaults of the first release, which links made then still carry: a treaty and the
/// terms valued, so that the frontier has gains for both and the solutions exist.
const SAMPLE: Valuations = Valuations {
    japan: Valuation {
        weighting: Weighting::Area,
        treaty: 20,
        demilitarization: -5,
        joint_activity: 5,
        residents: 5,
        discount: 3,
    },
    russia: Valuation {
        weighting: Weighting::Area,
        treaty: 20,
        demilitarization: 5,
        joint_activity: 5,
        residents: 5,
        discount: 3,
    },
};

fn valuations(treaty_japan: i8, treaty_russia: i8) -> Valuations {
    let side = |treaty| Valuation {
        weighting: Weighting::Equal,
        treaty,
        demilitarization: 0,
        joint_activity: 0,
        residents: 0,
        discount: 0,
    };
    Valuations { japan: side(treaty_japan), russia: side(treaty_russia) }
}

/// Only Etorofu moves, in 1 % steps, and a treaty is always signed: each side's value is
/// a straight line in the share Japan receives.
fn etorofu_only() -> Space {
    let mut etorofu = vec![Status::Russian, Status::Japanese];
    etorofu.extend((1..=99).map(|japan_percent| Status::Split { japan_percent }));
    Space {
        statuses: [vec![Status::Russian], vec![Status::Russian], vec![Status::Russian], etorofu],
        timings: vec![Timing::AtSignature],
        treaty: vec![true],
        terms: vec![],
    }
}

fn etorofu_percent(o: &Outcome) -> u8 {
    match o.scenario.islands[3] {
        Status::Russian => 0,
        Status::Japanese => 100,
        Status::Split { japan_percent } => japan_percent,
        other => panic!("unexpected {other}"),
    }
}

#[test]
fn a_straight_trade_off_is_all_frontier_and_the_solutions_are_where_algebra_puts_them() {
    // Japan: 0.05 + p/4, Russia: 0.15 − p/4 for Japan's share p of Etorofu.
    let a = analyse(&valuations(5, 15), &etorofu_only());
    assert_eq!(a.frontier.len(), 101);
    // Nash: (0.05 + x)(0.15 − x) is largest at x = 0.05, p = 20 %.
    assert_eq!(a.nash.as_ref().map(etorofu_percent), Some(20));
    // Kalai–Smorodinsky: ideal (0.2, 0.15); the ray J/R = 4/3 meets the line at
    // p = 0.257; on the 1 % grid, 26 % gives the larger minimum share of the ideal.
    assert_eq!(a.kalai_smorodinsky.as_ref().map(etorofu_percent), Some(26));
    // Equal concession: Japan concedes 1 − p, Russia p, so p = 50 %.
    assert_eq!(etorofu_percent(&a.draws[0].outcome), 50);
    assert!((a.draws[0].concession_japan - 0.5).abs() < 1e-9);
    assert_eq!(a.range.japan, (50, 300));
    assert_eq!(a.range.russia, (-100, 150));
}

#[test]
fn without_a_gain_for_both_there_is_no_bargaining_solution() {
    let a = analyse(&valuations(0, 0), &etorofu_only());
    assert_eq!(a.nash, None);
    assert_eq!(a.kalai_smorodinsky, None);
    assert_eq!(a.frontier.len(), 101, "a zero-sum line is still all frontier");
}

#[test]
fn a_side_that_values_an_island_more_gets_it_first() {
    // Japan weighs islands by area, Russia by residents: Habomai (no residents) costs
    // Russia nothing and is worth something to Japan, so it is in every frontier scenario
    // that is not the status quo with all four kept.
    let mut v = valuations(10, 10);
    v.japan.weighting = Weighting::Area;
    v.russia.weighting = Weighting::Population;
    let space = Space {
        statuses: std::array::from_fn(|_| vec![Status::Russian, Status::Japanese]),
        timings: vec![Timing::AtSignature],
        treaty: vec![true],
        terms: vec![],
    };
    let a = analyse(&v, &space);
    assert!(a.frontier.iter().all(|o| o.scenario.islands[0] == Status::Japanese));
    // Against every scenario of the small space, listed one by one.
    let all: Vec<Point> = space.scenarios().map(|s| v.value(&s)).collect();
    assert_eq!(all.len(), 16);
    let undominated = all.iter().filter(|p| !all.iter().any(|q| q.dominates(**p))).count();
    assert_eq!(a.frontier.len(), undominated);
}

#[test]
fn valuations_survive_a_link_and_bad_ones_are_refused() {
    assert_eq!(Valuations::DEFAULT.encode(), "a0.0.0.0.3_a0.0.0.0.3");
    assert_eq!(Valuations::decode(&Valuations::DEFAULT.encode()), Ok(Valuations::DEFAULT));
    let v = SAMPLE;
    assert_eq!(v.encode(), "a20.-5.5.5.3_a20.5.5.5.3");
    assert_eq!(Valuations::decode(&v.encode()), Ok(v));
    let odd = Valuations {
        japan: Valuation { weighting: Weighting::Population, treaty: -100, ..v.japan },
        russia: Valuation { weighting: Weighting::Equal, discount: MAX_DISCOUNT, ..v.russia },
    };
    assert_eq!(Valuations::decode(&odd.encode()), Ok(odd));
    for bad in [
        "",
        "a20.-5.5.5.3",
        "x20.-5.5.5.3_a20.5.5.5.3",
        "a20.-5.5.5_a20.5.5.5.3",
        "a20.-5.5.5.21_a20.5.5.5.3",
        "a101.0.0.0.0_a0.0.0.0.0",
        "a20.-5.5.5.3_a20.5.5.5.3_",
        "a20.-5.5.5.3_a20.5.5.5.3.1",
        "aé.0.0.0.0_a0.0.0.0.0",
        // Out of range, including the one value whose absolute value overflows an i8.
        "a-128.0.0.0.0_a0.0.0.0.0",
        "a-101.0.0.0.0_a0.0.0.0.0",
        "a0.0.0.0.-1_a0.0.0.0.0",
        "a99999999999.0.0.0.0_a0.0.0.0.0",
        // Written otherwise than `encode` writes them.
        "a+20.-5.5.5.3_a20.5.5.5.3",
        "a020.-5.5.5.3_a20.5.5.5.3",
        "a20.-05.5.5.3_a20.5.5.5.3",
        "a20.-0.5.5.3_a20.5.5.5.3",
        "a20.-5.5.5.03_a20.5.5.5.3",
        "a20.-5.5.5. 3_a20.5.5.5.3",
        "a20.-5..5.3_a20.5.5.5.3",
        "a20.--5.5.5.3_a20.5.5.5.3",
    ] {
        assert!(Valuations::decode(bad).is_err(), "{bad}");
    }
}

#[test]
fn one_side_changes_and_the_other_keeps_its_assumptions() {
    use crate::model::catalog::Party;
    let v = SAMPLE.with_side(Party::Russia, |s| Assumption::Treaty.set(s, 50));
    assert_eq!((v.japan, v.russia.treaty, v.side(Party::Russia).treaty), (SAMPLE.japan, 50, 50));
    let v = SAMPLE.with_side(Party::Japan, |s| s.weighting = Weighting::Sea);
    assert_eq!((v.side(Party::Japan).weighting, v.russia), (Weighting::Sea, SAMPLE.russia));
}

#[test]
fn assumptions_are_set_within_their_bounds() {
    let mut v = Valuations::DEFAULT.japan;
    for a in Assumption::ALL {
        let (low, high) = a.bounds();
        a.set(&mut v, high + 50);
        assert_eq!(a.get(&v), high);
        a.set(&mut v, low - 50);
        assert_eq!(a.get(&v), low);
    }
    assert_eq!(v.discount, 0);
    assert_eq!(v.treaty, -MAX_TERM_VALUE);
}

#[test]
fn value_of_known_scenarios() {
    let v = SAMPLE;
    assert_eq!(v.value(&Scenario::STATUS_QUO), Point { japan: 0, russia: 0 });
    let four = Scenario { islands: [Status::Japanese; 4], peace_treaty: true, ..Scenario::STATUS_QUO };
    // Each island's part is rounded to a thousandth first: with the 2025 areas the four
    // parts add up to 1001, not 1000.
    assert_eq!(v.value(&four), Point { japan: 1201, russia: -801 });
    // Ten years' delay at 3 % a year keeps 0.97^10 = 73.7 % of the land's value.
    let later = Scenario { timing: Timing::Phased { years: 10 }, ..four };
    let japan = v.value(&later).japan - 200;
    assert!((japan - 737).abs() <= 2, "{japan}");
}

#[test]
fn the_full_space_is_large_and_its_frontier_is_not() {
    let space = Space::full();
    assert_eq!(space.size(), 11 * 11 * 11 * 110 * 4 * 2 * 128);
    let a = analyse(&SAMPLE, &space);
    assert!(a.frontier.len() > 10 && a.frontier.len() < 5_000, "{}", a.frontier.len());
    for pair in a.frontier.windows(2) {
        assert!(pair[0].point.japan < pair[1].point.japan && pair[0].point.russia > pair[1].point.russia);
    }
    for o in &a.frontier {
        assert!(o.scenario.validate().is_ok());
        assert_eq!(SAMPLE.value(&o.scenario), o.point);
    }
    assert!(a.nash.is_some() && a.kalai_smorodinsky.is_some());

    let dots = cloud(&SAMPLE, &space, &a.range, 100);
    assert!(dots.len() > 1_000 && dots.len() <= 10_000, "{}", dots.len());
    for o in &dots {
        assert!(o.scenario.validate().is_ok());
        assert!(a.frontier.iter().all(|f| !o.point.dominates(f.point)), "{o:?} beats the frontier");
    }
}
