//! The settlements the analysis ranges over.

use crate::model::scenario::{Scenario, Status, Term, Terms, Timing};

/// The settlements the analysis ranges over.
#[derive(Clone, Debug, PartialEq)]
pub struct Space {
    /// The statuses each island may take, in `IslandId` order.
    pub statuses: [Vec<Status>; 4],
    pub timings: Vec<Timing>,
    pub treaty: Vec<bool>,
    /// Terms that may be on or off; the others stay off.
    pub terms: Vec<Term>,
}

/// Periods, in years, for Russian administration, lease-back and phased transfer: a grid
/// that spans a short transition to the longest period the link format allows.
pub const PERIODS: [u8; 4] = [10, 25, 50, 99];

impl Space {
    /// Every status for each island (periods on the `PERIODS` grid), Etorofu divided in 1 %
    /// steps, transfer at signature or phased, with or without a treaty, every set of terms.
    pub fn full() -> Space {
        let mut common = vec![Status::Russian, Status::Japanese, Status::Joint];
        for years in PERIODS {
            common.push(Status::RussianAdministration { years });
            common.push(Status::LeasedToRussia { years });
        }
        let mut etorofu = common.clone();
        etorofu.extend((1..=99).map(|japan_percent| Status::Split { japan_percent }));
        let mut timings = vec![Timing::AtSignature];
        timings.extend(PERIODS[..3].iter().map(|&years| Timing::Phased { years }));
        Space {
            statuses: [common.clone(), common.clone(), common, etorofu],
            timings,
            treaty: vec![false, true],
            terms: Term::ALL.to_vec(),
        }
    }

    /// How many scenarios the space holds.
    pub fn size(&self) -> u64 {
        let islands: u64 = self.statuses.iter().map(|s| s.len() as u64).product();
        islands * self.timings.len() as u64 * self.treaty.len() as u64 * (1u64 << self.terms.len())
    }

    /// Every scenario in the space, for checks over small spaces.
    pub fn scenarios(&self) -> impl Iterator<Item = Scenario> + '_ {
        let [h, s, k, e] = &self.statuses;
        h.iter().flat_map(move |&h| {
            s.iter().flat_map(move |&s| {
                k.iter().flat_map(move |&k| {
                    e.iter().flat_map(move |&e| {
                        self.timings.iter().flat_map(move |&timing| {
                            self.treaty.iter().flat_map(move |&peace_treaty| {
                                self.term_sets().map(move |terms| Scenario {
                                    islands: [h, s, k, e],
                                    peace_treaty,
                                    timing,
                                    terms,
                                })
                            })
                        })
                    })
                })
            })
        })
    }

    /// Every combination of the space's terms, fewest first.
    pub(super) fn term_sets(&self) -> impl Iterator<Item = Terms> + '_ {
        (0u32..1 << self.terms.len()).map(move |mask| {
            let mut terms = Terms::default();
            for (i, &term) in self.terms.iter().enumerate() {
                terms.set(term, mask & (1 << i) != 0);
            }
            terms
        })
    }
}
