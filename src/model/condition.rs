//! The machine-readable form of a stated position: conditions a scenario can be checked against.

use super::island::IslandId;
use super::scenario::{Scenario, Status};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    /// Japan's sovereignty over all four islands must be confirmed; timing and manner are open.
    JapaneseSovereigntyAllFour,
    /// Habomai and Shikotan must pass to Japan.
    TransferIncludesHabomaiShikotan,
    /// Nothing beyond Habomai and Shikotan may leave Russian sovereignty.
    TransferOnlyHabomaiShikotan,
    /// Any transfer comes only with (after) a peace treaty.
    PeaceTreatyFirst,
    /// Islands handed over must be demilitarised.
    DemilitarizedTransfer,
    /// No territory may leave Russian sovereignty.
    NoTransfer,
    /// The party has suspended talks: nothing that needs an agreement can go ahead.
    TalksSuspended,
    /// The attribution of all four islands is to be negotiated; no outcome is prescribed.
    AttributionNegotiable,
    /// Kunashiri and Etorofu are not given up: each passes to Japan, or talks on it go on.
    ClaimToRestKept,
    /// Any handover also needs every foreign force to leave Japan, which no scenario the
    /// explorer can express provides (the Soviet memoranda of 1960).
    ForeignTroopsLeaveJapan,
    /// A peace treaty is signed; it may come before the territory is settled.
    TreatySigned,
}

impl Condition {
    pub const ALL: [Condition; 11] = [
        Condition::JapaneseSovereigntyAllFour,
        Condition::TransferIncludesHabomaiShikotan,
        Condition::TransferOnlyHabomaiShikotan,
        Condition::PeaceTreatyFirst,
        Condition::DemilitarizedTransfer,
        Condition::NoTransfer,
        Condition::TalksSuspended,
        Condition::AttributionNegotiable,
        Condition::ClaimToRestKept,
        Condition::ForeignTroopsLeaveJapan,
        Condition::TreatySigned,
    ];

    /// The name data files use.
    pub const fn key(self) -> &'static str {
        match self {
            Condition::JapaneseSovereigntyAllFour => "japanese-sovereignty-all-four",
            Condition::TransferIncludesHabomaiShikotan => "transfer-includes-habomai-shikotan",
            Condition::TransferOnlyHabomaiShikotan => "transfer-only-habomai-shikotan",
            Condition::PeaceTreatyFirst => "peace-treaty-first",
            Condition::DemilitarizedTransfer => "demilitarized-transfer",
            Condition::NoTransfer => "no-transfer",
            Condition::TalksSuspended => "talks-suspended",
            Condition::AttributionNegotiable => "attribution-negotiable",
            Condition::ClaimToRestKept => "claim-to-rest-kept",
            Condition::ForeignTroopsLeaveJapan => "foreign-troops-leave-japan",
            Condition::TreatySigned => "treaty-signed",
        }
    }
}

/// What one condition says of one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    Fits(Reason),
    Conflicts(Reason),
    /// The condition does not speak to this scenario.
    Silent,
}

/// Why a condition fits or conflicts, as data: `crate::i18n::reasons` words it in each
/// language, with the reader's choice of names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    AllFourConfirmed,
    SovereigntyNotConfirmed(Vec<IslandId>),
    TwoPass,
    WouldNotPass(Vec<IslandId>),
    OnlyTwoInvolved,
    WouldLeaveRussia(Vec<IslandId>),
    WithTreaty,
    WithoutTreaty,
    Demilitarised,
    NotDemilitarised,
    NoTerritoryLeaves,
    TalksSuspended,
    /// Kunashiri and Etorofu (those given) pass to Japan as well.
    RestPasses(Vec<IslandId>),
    /// Talks go on over the islands (given) that the scenario leaves with Russia.
    TalksContinueOn(Vec<IslandId>),
    /// The scenario leaves these islands, wholly or in part, with Russia for good.
    RestGivenUp { whole: Vec<IslandId>, part: Vec<IslandId> },
    /// The scenario hands land over without all foreign forces leaving Japan.
    ForeignForcesRemain,
    TreatyConcluded,
    NoTreatyConcluded,
    /// The position does not speak to what the scenario changes.
    NotAddressed,
}

impl Condition {
    pub fn check(self, s: &Scenario) -> Check {
        let transferred = islands_where(s, &IslandId::ALL, Status::changes_sovereignty);
        match self {
            Condition::JapaneseSovereigntyAllFour => {
                none_or(not_japanese(s, &IslandId::ALL), Reason::AllFourConfirmed, Reason::SovereigntyNotConfirmed)
            }
            Condition::TransferIncludesHabomaiShikotan => {
                none_or(not_japanese(s, &[IslandId::Habomai, IslandId::Shikotan]), Reason::TwoPass, Reason::WouldNotPass)
            }
            Condition::TransferOnlyHabomaiShikotan => {
                let beyond = islands_where(s, &REST, Status::changes_sovereignty);
                if !beyond.is_empty() {
                    Check::Conflicts(Reason::WouldLeaveRussia(beyond))
                } else if transferred.is_empty() {
                    Check::Silent
                } else {
                    Check::Fits(Reason::OnlyTwoInvolved)
                }
            }
            Condition::PeaceTreatyFirst if transferred.is_empty() => Check::Silent,
            Condition::PeaceTreatyFirst if s.peace_treaty => Check::Fits(Reason::WithTreaty),
            Condition::PeaceTreatyFirst => Check::Conflicts(Reason::WithoutTreaty),
            Condition::DemilitarizedTransfer if transferred.is_empty() => Check::Silent,
            Condition::DemilitarizedTransfer if s.terms.demilitarization => Check::Fits(Reason::Demilitarised),
            Condition::DemilitarizedTransfer => Check::Conflicts(Reason::NotDemilitarised),
            Condition::NoTransfer => none_or(transferred, Reason::NoTerritoryLeaves, Reason::WouldLeaveRussia),
            Condition::TalksSuspended if needs_agreement(s, &transferred) => Check::Conflicts(Reason::TalksSuspended),
            Condition::TalksSuspended | Condition::AttributionNegotiable => Check::Silent,
            Condition::ClaimToRestKept => claim_to_rest_kept(s),
            Condition::ForeignTroopsLeaveJapan if transferred.is_empty() => Check::Silent,
            Condition::ForeignTroopsLeaveJapan => Check::Conflicts(Reason::ForeignForcesRemain),
            Condition::TreatySigned if s.peace_treaty => Check::Fits(Reason::TreatyConcluded),
            Condition::TreatySigned => Check::Conflicts(Reason::NoTreatyConcluded),
        }
    }
}

/// Kunashiri and Etorofu: the islands beyond the two of the 1956 declaration.
const REST: [IslandId; 2] = [IslandId::Kunashiri, IslandId::Etorofu];

/// Those of `islands` whose status in `s` satisfies `test`, in their order.
fn islands_where(s: &Scenario, islands: &[IslandId], test: impl Fn(Status) -> bool) -> Vec<IslandId> {
    islands.iter().copied().filter(|&i| test(s.status(i))).collect()
}

/// Those of `islands` that are not wholly under Japanese sovereignty in `s`.
fn not_japanese(s: &Scenario, islands: &[IslandId]) -> Vec<IslandId> {
    islands_where(s, islands, |status| status.japan_sovereignty() < 1.0)
}

/// Fits with `fits` when no island is `found`; conflicts with `conflicts` naming those found.
fn none_or(found: Vec<IslandId>, fits: Reason, conflicts: fn(Vec<IslandId>) -> Reason) -> Check {
    if found.is_empty() { Check::Fits(fits) } else { Check::Conflicts(conflicts(found)) }
}

/// Whether the scenario needs the other side's agreement: a transfer, a treaty, or a term that
/// both must carry out.
fn needs_agreement(s: &Scenario, transferred: &[IslandId]) -> bool {
    let t = &s.terms;
    !transferred.is_empty() || s.peace_treaty || t.joint_activity || t.visa_free || t.fishing_rights || t.continued_talks
}

/// Kunashiri and Etorofu pass to Japan, or talks go on over those that do not; otherwise the
/// scenario gives them up, wholly or (a divided Etorofu) in part.
fn claim_to_rest_kept(s: &Scenario) -> Check {
    let kept = not_japanese(s, &REST);
    if kept.is_empty() {
        Check::Fits(Reason::RestPasses(REST.to_vec()))
    } else if s.terms.continued_talks {
        Check::Fits(Reason::TalksContinueOn(kept))
    } else {
        let (part, whole) = kept.into_iter().partition(|&i| matches!(s.status(i), Status::Split { .. }));
        Check::Conflicts(Reason::RestGivenUp { whole, part })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::link::decode;

    /// `expected`: "fits", "conflicts" or "silent".
    fn check(condition: Condition, link: &str, expected: &str) {
        let scenario = decode(link).expect("test links are valid");
        let got = match condition.check(&scenario) {
            Check::Fits(_) => "fits",
            Check::Conflicts(_) => "conflicts",
            Check::Silent => "silent",
        };
        assert_eq!(got, expected, "{condition:?} on {link}");
    }

    #[test]
    fn each_condition_judges_the_scenarios_it_speaks_to() {
        use Condition::*;
        let table = [
            (JapaneseSovereigntyAllFour, "1-JJJJ-t", "fits"),
            (JapaneseSovereigntyAllFour, "1-A20A20A20A20-t", "fits"),
            (JapaneseSovereigntyAllFour, "1-L50L50L50L50-t", "fits"),
            (JapaneseSovereigntyAllFour, "1-JJJS99-t", "conflicts"),
            (JapaneseSovereigntyAllFour, "1-CCCC-t", "conflicts"),
            (TransferIncludesHabomaiShikotan, "1-JJRR-t", "fits"),
            (TransferIncludesHabomaiShikotan, "1-JCRR-t", "conflicts"),
            (TransferOnlyHabomaiShikotan, "1-JJRR-t", "fits"),
            (TransferOnlyHabomaiShikotan, "1-RRRR", "silent"),
            (TransferOnlyHabomaiShikotan, "1-JJRS1-t", "conflicts"),
            (TransferOnlyHabomaiShikotan, "1-JJCR-t", "conflicts"),
            (PeaceTreatyFirst, "1-JJRR-t", "fits"),
            (PeaceTreatyFirst, "1-JJRR-n", "conflicts"),
            (PeaceTreatyFirst, "1-RRRR-vj", "silent"),
            (DemilitarizedTransfer, "1-JJRR-td", "fits"),
            (DemilitarizedTransfer, "1-JJRR-t", "conflicts"),
            (DemilitarizedTransfer, "1-RRRR", "silent"),
            (NoTransfer, "1-RRRR-vj", "fits"),
            (NoTransfer, "1-RRRC-t", "conflicts"),
            (TalksSuspended, "1-RRRR", "silent"),
            (TalksSuspended, "1-RRRR-vj", "conflicts"),
            (TalksSuspended, "1-RRRR-t", "conflicts"),
            (AttributionNegotiable, "1-JJJJ-t", "silent"),
            (ClaimToRestKept, "1-JJJJ-t", "fits"),
            (ClaimToRestKept, "1-JJRR-n", "fits"),
            (ClaimToRestKept, "1-JJRS21-tn", "fits"),
            (ClaimToRestKept, "1-JJRR-t", "conflicts"),
            (ClaimToRestKept, "1-JJRR-tvj", "conflicts"),
            (ClaimToRestKept, "1-JJJS21-t", "conflicts"),
            (ClaimToRestKept, "1-RRRR", "conflicts"),
            (ForeignTroopsLeaveJapan, "1-RRRR", "silent"),
            (ForeignTroopsLeaveJapan, "1-JJRR-tdf", "conflicts"),
            (TreatySigned, "1-RRRR-tn", "fits"),
            (TreatySigned, "1-JJRR-n", "conflicts"),
        ];
        for (condition, link, expected) in table {
            check(condition, link, expected);
        }
    }
}
