//! How the negotiation analysis's marked points move when one main assumption changes: the
//! reader sees which results follow from the assumptions rather than from the islands.

use super::{Outcome, Space, Valuation, Valuations, Weighting, analyse};

/// One change to the reader's assumptions, the same for both sides unless it names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variation {
    /// The assumptions as the reader set them.
    AsSet,
    /// A peace treaty worth +20 % to both sides.
    TreatyBoth,
    /// A peace treaty worth +20 % to Japan only (nothing to Russia).
    TreatyJapan,
    /// A peace treaty worth +20 % to Russia only (nothing to Japan).
    TreatyRussia,
    /// Both sides weigh the islands by their residents.
    ByResidents,
    /// Both sides weigh the four islands equally.
    Equally,
    /// Neither side discounts delay.
    NoDiscount,
    /// Both sides discount delay at 10 % a year.
    HighDiscount,
}

/// What a treaty is worth in the treaty variations, in % of all four islands.
pub const TREATY: i8 = 20;

impl Variation {
    pub const ALL: [Variation; 8] = [
        Variation::AsSet,
        Variation::TreatyBoth,
        Variation::TreatyJapan,
        Variation::TreatyRussia,
        Variation::ByResidents,
        Variation::Equally,
        Variation::NoDiscount,
        Variation::HighDiscount,
    ];

    /// A letter for the worker's answer (`model::wire`).
    pub const fn code(self) -> char {
        match self {
            Variation::AsSet => 'a',
            Variation::TreatyBoth => 't',
            Variation::TreatyJapan => 'j',
            Variation::TreatyRussia => 'r',
            Variation::ByResidents => 'p',
            Variation::Equally => 'e',
            Variation::NoDiscount => 'n',
            Variation::HighDiscount => 'h',
        }
    }

    pub fn from_code(c: char) -> Option<Variation> {
        Variation::ALL.into_iter().find(|v| v.code() == c)
    }

    /// The reader's valuations with this change made.
    pub fn apply(self, v: &Valuations) -> Valuations {
        let both = |change: &dyn Fn(&mut Valuation)| {
            let mut out = *v;
            change(&mut out.japan);
            change(&mut out.russia);
            out
        };
        match self {
            Variation::AsSet => *v,
            Variation::TreatyBoth => both(&|s| s.treaty = TREATY),
            Variation::TreatyJapan => Valuations {
                japan: Valuation { treaty: TREATY, ..v.japan },
                russia: Valuation { treaty: 0, ..v.russia },
            },
            Variation::TreatyRussia => Valuations {
                japan: Valuation { treaty: 0, ..v.japan },
                russia: Valuation { treaty: TREATY, ..v.russia },
            },
            Variation::ByResidents => both(&|s| s.weighting = Weighting::Population),
            Variation::Equally => both(&|s| s.weighting = Weighting::Equal),
            Variation::NoDiscount => both(&|s| s.discount = 0),
            Variation::HighDiscount => both(&|s| s.discount = 10),
        }
    }
}

/// The points the analysis marks, under one variation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marked {
    pub variation: Variation,
    pub nash: Option<Outcome>,
    pub kalai_smorodinsky: Option<Outcome>,
    pub equal_concession: Option<Outcome>,
}

/// The marked points under each variation of `v`, over `space`.
pub fn sensitivity(v: &Valuations, space: &Space) -> Vec<Marked> {
    Variation::ALL
        .into_iter()
        .map(|variation| {
            let a = analyse(&variation.apply(v), space);
            Marked {
                variation,
                nash: a.nash,
                kalai_smorodinsky: a.kalai_smorodinsky,
                equal_concession: a.draws.first().map(|d| d.outcome),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluation::japan_area_share;

    #[test]
    fn the_defaults_treat_both_sides_alike_and_crown_no_sequence() {
        let v = Valuations::DEFAULT;
        assert_eq!(v.japan, v.russia, "the same assumptions for both sides");
        let marked = sensitivity(&v, &Space::full());
        let as_set = marked[0];
        // Land alone is zero-sum: no settlement leaves both better off than no agreement, so the
        // theory marks no bargaining solution; equal concessions meet at half the land.
        assert_eq!((as_set.nash, as_set.kalai_smorodinsky), (None, None));
        let half = as_set.equal_concession.map(|o| japan_area_share(&o.scenario)).expect("a draw");
        assert!((half - 0.5).abs() < 0.01, "{half}");
    }

    #[test]
    fn a_treaty_valued_by_both_moves_the_nash_solution_and_the_table_shows_it() {
        let marked = sensitivity(&Valuations::DEFAULT, &Space::full());
        let treaty = marked.iter().find(|m| m.variation == Variation::TreatyBoth).expect("listed");
        let nash = treaty.nash.expect("a treaty both value is a gain for both");
        assert!(nash.scenario.peace_treaty);
        for variation in Variation::ALL {
            assert_eq!(Variation::from_code(variation.code()), Some(variation));
        }
    }
}
