//! Properties of the negotiation analysis over the full scenario space, for any valuations a
//! reader can set: no frontier point is dominated by any scenario, and every scenario is
//! matched or beaten by one on the frontier.

use four_islands::model::negotiation::{MAX_DISCOUNT, Space, Valuation, Valuations, Weighting, analyse};
use four_islands::{Scenario, Terms};
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// One scenario of a space: an index into each of its lists, and which terms are on.
type Pick = ([Index; 4], Index, Index, u8);

fn pick(space: &Space, (islands, timing, treaty, mask): &Pick) -> Scenario {
    let mut terms = Terms::default();
    for (i, &term) in space.terms.iter().enumerate() {
        terms.set(term, mask & (1 << i) != 0);
    }
    Scenario {
        islands: std::array::from_fn(|i| *islands[i].get(&space.statuses[i])),
        peace_treaty: *treaty.get(&space.treaty),
        timing: *timing.get(&space.timings),
        terms,
    }
}

fn valuation() -> impl Strategy<Value = Valuation> {
    let value = || -50i8..=50;
    (select(Weighting::ALL.to_vec()), value(), value(), value(), value(), 0..=MAX_DISCOUNT).prop_map(
        |(weighting, treaty, demilitarization, joint_activity, residents, discount)| Valuation {
            weighting,
            treaty,
            demilitarization,
            joint_activity,
            residents,
            discount,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_frontier_is_exactly_the_undominated_part_of_the_space(
        japan in valuation(),
        russia in valuation(),
        picks in prop::collection::vec(any::<Pick>(), 2_000),
    ) {
        let v = Valuations { japan, russia };
        let space = Space::full();
        let a = analyse(&v, &space);
        prop_assert!(!a.frontier.is_empty());
        // Scenarios drawn from the whole space, plus the frontier's own.
        let mut sample: Vec<Scenario> = picks.iter().map(|p| pick(&space, p)).collect();
        sample.extend(a.frontier.iter().map(|o| o.scenario));
        for s in sample {
            let p = v.value(&s);
            prop_assert!(a.frontier.iter().all(|f| !p.dominates(f.point)), "{s:?} dominates a frontier point");
            prop_assert!(
                a.frontier.iter().any(|f| f.point == p || f.point.dominates(p)),
                "{s:?} at {p:?} is beaten by nothing on the frontier"
            );
        }
        for o in [a.nash, a.kalai_smorodinsky].into_iter().flatten() {
            prop_assert!(o.point.japan > 0 && o.point.russia > 0);
            prop_assert!(a.frontier.contains(&o));
        }
    }
}

#[test]
fn weighing_the_islands_by_their_sea_values_habomai_and_shikotan_at_their_share_of_the_zone() {
    use four_islands::model::catalog::preset;
    use four_islands::model::sea::{AREAS, etorofu_japan, sea_split};
    let by_sea = Valuation { weighting: Weighting::Sea, ..Valuation::ALIKE };
    let v = Valuations { japan: by_sea, russia: by_sea };
    for id in ["1956", "all-four", "equal-area"] {
        let s = preset(id).unwrap().scenario;
        let sea = sea_split(&s);
        let expected = (sea.japan_share * 1000.0).round() as i32;
        let got = v.value(&s);
        assert!((got.japan - expected).abs() <= 1, "{id}: {} vs {expected}", got.japan);
        assert_eq!(got.russia, -got.japan, "{id}: what one side gains the other loses");
    }
    // Etorofu divided by land is not divided by sea: 21 % of its land carries another share
    // of its sea.
    let etorofu: f64 = AREAS.territorial_km2[3] + AREAS.zone_km2[3];
    assert!((etorofu_japan(21).total() / etorofu - 0.21).abs() > 0.01);
    assert!(Valuations::decode("s20.-5.5.5.3_s20.5.5.5.3").is_ok(), "the link carries the weighting");
}
