//! Named kinds of settlement ("two islands only", "all four at once", …), as poll answers
//! and opinions describe them. A poll answer or an opinion is shown for a scenario only when
//! the scenario is of the kind it names: nothing is extrapolated.

use super::island::IslandId::{self, Etorofu, Habomai, Kunashiri, Shikotan};
use super::scenario::{Scenario, Status, Timing};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Formula {
    /// No island leaves Russian sovereignty.
    NoTransfer,
    /// At least part of one island is handed over to Japanese sovereignty (sharing under
    /// joint administration is not a handover).
    AnyTransfer,
    /// Some, but not all, of the land passes to Japanese sovereignty.
    PartialReturn,
    /// Habomai and Shikotan to Japan as the final settlement; the other two remain with
    /// Russia, without talks or joint activity there (answers offer those against it).
    TwoOnly,
    /// Habomai and Shikotan to Japan now, with talks continuing on the other two.
    TwoFirst,
    /// Habomai and Shikotan to Japan, joint economic activity on the other two, which remain
    /// with Russia (with talks going on, it is "two first").
    TwoPlusJointActivity,
    /// Habomai, Shikotan and Kunashiri to Japan; Etorofu Russian.
    ThreeIslands,
    /// The land divided about equally (Japan's share within 2 points of 50 %), not shared:
    /// joint administration is not a division.
    EqualArea,
    /// All four under Japanese sovereignty, whatever the timing.
    AllFour,
    /// All four to Japan, handed over at signature.
    AllFourAtOnce,
    /// Some island under the joint administration of both states.
    JointAdministration,
    /// No transfer, but joint economic activity on the islands.
    JointActivityOnly,
}

impl Formula {
    pub const ALL: [Formula; 12] = [
        Formula::NoTransfer,
        Formula::AnyTransfer,
        Formula::PartialReturn,
        Formula::TwoOnly,
        Formula::TwoFirst,
        Formula::TwoPlusJointActivity,
        Formula::ThreeIslands,
        Formula::EqualArea,
        Formula::AllFour,
        Formula::AllFourAtOnce,
        Formula::JointAdministration,
        Formula::JointActivityOnly,
    ];

    /// The name data files use.
    pub const fn key(self) -> &'static str {
        match self {
            Formula::NoTransfer => "no-transfer",
            Formula::AnyTransfer => "any-transfer",
            Formula::PartialReturn => "partial-return",
            Formula::TwoOnly => "two-only",
            Formula::TwoFirst => "two-first",
            Formula::TwoPlusJointActivity => "two-plus-joint-activity",
            Formula::ThreeIslands => "three-islands",
            Formula::EqualArea => "equal-area",
            Formula::AllFour => "all-four",
            Formula::AllFourAtOnce => "all-four-at-once",
            Formula::JointAdministration => "joint-administration",
            Formula::JointActivityOnly => "joint-activity-only",
        }
    }

    /// Whether scenario `s`, which gives Japan `japan_share` (0–1) of the land, is of this kind.
    pub fn matches(self, s: &Scenario, japan_share: f64) -> bool {
        let japanese = |i: IslandId| s.status(i).japan_sovereignty() == 1.0;
        let russian = |i: IslandId| s.status(i) == Status::Russian;
        let two = japanese(Habomai) && japanese(Shikotan) && russian(Kunashiri) && russian(Etorofu);
        let no_transfer = IslandId::ALL.into_iter().all(russian);
        let all_four = IslandId::ALL.into_iter().all(japanese);
        let handed_over = s.islands.iter().any(|&st| st != Status::Russian && st != Status::Joint);
        match self {
            Formula::NoTransfer => no_transfer,
            Formula::AnyTransfer => handed_over,
            Formula::PartialReturn => handed_over && !all_four,
            Formula::TwoOnly => two && !s.terms.continued_talks && !s.terms.joint_activity,
            Formula::TwoFirst => two && s.terms.continued_talks,
            Formula::TwoPlusJointActivity => two && s.terms.joint_activity && !s.terms.continued_talks,
            Formula::ThreeIslands => japanese(Habomai) && japanese(Shikotan) && japanese(Kunashiri) && russian(Etorofu),
            Formula::EqualArea => !s.islands.contains(&Status::Joint) && (japan_share - 0.5).abs() <= 0.02,
            Formula::AllFour => all_four,
            Formula::AllFourAtOnce => {
                s.islands.iter().all(|&st| st == Status::Japanese) && s.timing == Timing::AtSignature
            }
            Formula::JointAdministration => s.islands.contains(&Status::Joint),
            Formula::JointActivityOnly => no_transfer && s.terms.joint_activity,
        }
    }
}
