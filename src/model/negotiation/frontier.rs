//! The Pareto frontier of a space, built part by part: values add up over islands and terms,
//! and a part of a frontier scenario is itself undominated.

use super::space::Space;
use super::valuation::Valuations;
use super::value::{Outcome, Point, Side, extra_choices, island_choices, timing_years};
use crate::model::island::IslandId;
use crate::model::scenario::Scenario;

/// The scenarios no other scenario in the space is better for both sides than, one per
/// point, sorted by Japan's value rising (so Russia's falls).
pub fn frontier(v: &Valuations, space: &Space) -> Vec<Outcome> {
    let (j, r) = (Side::new(&v.japan), Side::new(&v.russia));
    let mut whole = Vec::new();
    for &timing in &space.timings {
        let delay = timing_years(timing);
        // Start from no island handed over and add one island's choices at a time.
        let mut land = vec![Outcome { point: Point::default(), scenario: Scenario { timing, ..Scenario::STATUS_QUO } }];
        for id in IslandId::ALL {
            let choices = island_choices(&j, &r, space, id, delay);
            land = pareto(combine(&land, &choices, |s, status| s.islands[id.index()] = status));
        }
        whole.extend(land);
    }
    let extras = pareto_choices(extra_choices(&j, &r, space));
    pareto(combine(&pareto(whole), &extras, |s, (treaty, terms)| {
        s.peace_treaty = treaty;
        s.terms = terms;
    }))
}

/// Every sum of an outcome and a choice, the choice written into the scenario.
fn combine<C: Copy>(outcomes: &[Outcome], choices: &[(C, Point)], set: impl Fn(&mut Scenario, C)) -> Vec<Outcome> {
    let mut out = Vec::with_capacity(outcomes.len() * choices.len());
    for o in outcomes {
        for &(choice, p) in choices {
            let mut scenario = o.scenario;
            set(&mut scenario, choice);
            out.push(Outcome { point: o.point.plus(p), scenario });
        }
    }
    out
}

/// The undominated choices: a part of a frontier scenario is itself undominated.
fn pareto_choices<C: Copy>(choices: Vec<(C, Point)>) -> Vec<(C, Point)> {
    let kept = pareto_by(choices.iter().map(|&(c, p)| (p, c)).collect());
    kept.into_iter().map(|(p, c)| (c, p)).collect()
}

/// The undominated outcomes, one per point (the first met keeps it, so simpler choices,
/// listed first, stand for their point), sorted by Japan's value rising.
pub fn pareto(outcomes: Vec<Outcome>) -> Vec<Outcome> {
    let kept = pareto_by(outcomes.into_iter().map(|o| (o.point, o.scenario)).collect());
    kept.into_iter().map(|(point, scenario)| Outcome { point, scenario }).collect()
}

fn pareto_by<T: Copy>(items: Vec<(Point, T)>) -> Vec<(Point, T)> {
    let (Some(low), Some(high)) = (items.iter().map(|(p, _)| p.japan).min(), items.iter().map(|(p, _)| p.japan).max())
    else {
        return Vec::new();
    };
    // Values are whole thousandths in a span of a few thousand: one slot per value of
    // Japan's, holding the best for Russia (the first met among equals), then one sweep from
    // Japan's best down. Linear, where sorting the candidates would not be.
    let mut best: Vec<Option<usize>> = vec![None; (high - low) as usize + 1];
    for (i, (p, _)) in items.iter().enumerate() {
        let slot = &mut best[(p.japan - low) as usize];
        if slot.is_none_or(|j| p.russia > items[j].0.russia) {
            *slot = Some(i);
        }
    }
    let mut kept = Vec::new();
    let mut floor = i32::MIN;
    for &i in best.iter().rev().flatten() {
        if items[i].0.russia > floor {
            floor = items[i].0.russia;
            kept.push(items[i]);
        }
    }
    kept.reverse();
    kept
}
