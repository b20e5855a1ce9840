//! The wording of the core's values in the reader's language: statuses, terms, parties,
//! verdicts and their reasons, populations, confidence, the negotiation analysis's
//! assumptions. The page, the static pages and the command line word them alike.

use super::{Lang, Locale, Naming, Noun, Text, lower_first};
use crate::model::catalog::{self, Confidence, Measure, Party, Population};
use crate::model::condition::Reason;
use crate::model::evaluation::Verdict;
use crate::model::island::IslandId;
use crate::model::negotiation::sensitivity::Variation;
use crate::model::negotiation::{Assumption, Weighting};
use crate::model::scenario::{Scenario, Status, StatusKind, Term, Timing};

impl Locale {
    /// A status with its years or shares: "Russian administration for 20 years".
    pub fn status(self, s: Status) -> String {
        let years = |years: u8| self.counted(years.into(), Noun::Year);
        match s {
            Status::Russian => self.t(Text::StatusRussian).into(),
            Status::Japanese => self.t(Text::StatusJapanese).into(),
            Status::Joint => self.t(Text::StatusJoint).into(),
            Status::RussianAdministration { years: y } => self.fill(Text::StatusAdmin, &[("years", &years(y))]),
            Status::LeasedToRussia { years: y } => self.fill(Text::StatusLease, &[("years", &years(y))]),
            Status::Split { japan_percent } => self.fill(
                Text::StatusSplit,
                &[("japan", &japan_percent.to_string()), ("russia", &(100 - japan_percent).to_string())],
            ),
        }
    }

    /// A kind of status, as the island selectors offer it.
    pub fn status_kind(self, kind: StatusKind) -> &'static str {
        self.t(match kind {
            StatusKind::Russian => Text::StatusRussian,
            StatusKind::Japanese => Text::StatusJapanese,
            StatusKind::Joint => Text::StatusJoint,
            StatusKind::RussianAdministration => Text::StatusAdminKind,
            StatusKind::LeasedToRussia => Text::StatusLeaseKind,
            StatusKind::Split => Text::StatusSplitKind,
        })
    }

    pub fn term(self, term: Term) -> &'static str {
        self.t(match term {
            Term::Demilitarization => Text::TermDemilitarization,
            Term::NoForeignForces => Text::TermNoForeignForces,
            Term::ResidentsChoice => Text::TermResidentsChoice,
            Term::VisaFree => Text::TermVisaFree,
            Term::JointActivity => Text::TermJointActivity,
            Term::FishingRights => Text::TermFishingRights,
            Term::ContinuedTalks => Text::TermContinuedTalks,
        })
    }

    /// A term's label as it reads inside a sentence.
    fn term_in_sentence(self, term: Term) -> String {
        match self.lang {
            Lang::Ja => self.term(term).to_owned(),
            _ => lower_first(self.term(term)),
        }
    }

    /// A government, with its stated positions: "Japan", "USSR / Russia".
    pub fn party(self, p: Party) -> &'static str {
        self.t(if p == Party::Japan { Text::PartyJapan } else { Text::PartyRussia })
    }

    pub fn verdict(self, v: Verdict) -> &'static str {
        self.t(match v {
            Verdict::Compatible => Text::VerdictFits,
            Verdict::Conflicts => Text::VerdictConflicts,
            Verdict::NotAddressed => Text::VerdictSilent,
        })
    }

    pub fn population(self, p: Population) -> &'static str {
        self.t(match p {
            Population::Japan => Text::PopulationJapan,
            Population::Hokkaido => Text::PopulationHokkaido,
            Population::FormerResidents => Text::PopulationFormerResidents,
            Population::Russia => Text::PopulationRussia,
            Population::Islands => Text::PopulationIslands,
        })
    }

    /// What the reader must know of a fact whose sources the fact base marks below high;
    /// nothing for high, which is the rule.
    pub fn confidence(self, c: Confidence) -> Option<&'static str> {
        match c {
            Confidence::High => None,
            Confidence::Medium => Some(self.t(Text::ConfidenceMedium)),
            Confidence::Low => Some(self.t(Text::ConfidenceLow)),
        }
    }

    /// What a disagreement between sources is about.
    pub fn measure(self, m: Measure) -> &'static str {
        self.t(match m {
            Measure::Area => Text::MeasureArea,
            Measure::Residents => Text::MeasureResidents,
        })
    }

    /// A choice of names, for the names menu.
    pub fn naming(self, n: Naming) -> &'static str {
        self.t(match n {
            Naming::Japanese => Text::NamingJapanese,
            Naming::Russian => Text::NamingRussian,
            Naming::Both => Text::NamingBoth,
        })
    }

    /// A whole scenario in one line: each island's status, the treaty, the timing, the terms.
    pub fn scenario(self, s: &Scenario) -> String {
        let mut parts: Vec<String> = IslandId::ALL
            .iter()
            .map(|&id| format!("{}{}{}", self.island(id), self.t(Text::Colon), self.status(s.status(id))))
            .collect();
        parts.push(self.t(if s.peace_treaty { Text::WithTreaty } else { Text::NoTreaty }).to_owned());
        if let Timing::Phased { years } = s.timing {
            parts.push(self.fill(Text::InStages, &[("years", &self.counted(years.into(), Noun::Year))]));
        }
        parts.extend(Term::ALL.into_iter().filter(|&term| s.terms.get(term)).map(|term| self.term_in_sentence(term)));
        parts.join(self.t(Text::ItemSeparator))
    }

    /// A scenario's name for the reader: its preset's title, or "Custom scenario".
    pub fn scenario_title(self, scenario: &Scenario) -> String {
        catalog::PRESETS
            .iter()
            .find(|p| p.scenario == *scenario)
            .map_or_else(|| self.t(Text::CustomTitle).to_owned(), |p| self.text(&p.texts.title))
    }

    /// One reason for a verdict.
    pub fn reason(self, r: &Reason) -> String {
        let with = |text: Text, islands: &[IslandId]| self.fill(text, &[("islands", &self.islands(islands))]);
        let plain = |text: Text| self.t(text).to_owned();
        match r {
            Reason::AllFourConfirmed => plain(Text::ReasonAllFourConfirmed),
            Reason::SovereigntyNotConfirmed(i) => with(Text::ReasonSovereigntyNotConfirmed, i),
            Reason::TwoPass => self.with_names(self.t(Text::ReasonTwoPass)),
            Reason::WouldNotPass(i) => with(Text::ReasonWouldNotPass, i),
            Reason::OnlyTwoInvolved => self.with_names(self.t(Text::ReasonOnlyTwoInvolved)),
            Reason::WouldLeaveRussia(i) => with(Text::ReasonWouldLeaveRussia, i),
            Reason::WithTreaty => plain(Text::ReasonWithTreaty),
            Reason::WithoutTreaty => plain(Text::ReasonWithoutTreaty),
            Reason::Demilitarised => plain(Text::ReasonDemilitarised),
            Reason::NotDemilitarised => plain(Text::ReasonNotDemilitarised),
            Reason::NoTerritoryLeaves => plain(Text::ReasonNoTerritoryLeaves),
            Reason::TalksSuspended => plain(Text::ReasonTalksSuspended),
            Reason::RestPasses(i) => with(Text::ReasonRestPasses, i),
            Reason::TalksContinueOn(i) => with(Text::ReasonTalksContinueOn, i),
            Reason::RestGivenUp { whole, part } => match (whole.is_empty(), part.is_empty()) {
                (false, true) => with(Text::ReasonRestGivenUp, whole),
                (true, _) => with(Text::ReasonPartGivenUp, part),
                (false, false) => self.fill(
                    Text::ReasonRestAndPartGivenUp,
                    &[("islands", &self.islands(whole)), ("part", &self.islands(part))],
                ),
            },
            Reason::ForeignForcesRemain => plain(Text::ReasonForeignForcesRemain),
            Reason::TreatyConcluded => plain(Text::ReasonTreatyConcluded),
            Reason::NoTreatyConcluded => plain(Text::ReasonNoTreatyConcluded),
            Reason::NotAddressed => plain(Text::ReasonNotAddressed),
        }
    }

    /// A verdict's reasons as one sentence (without its full stop).
    pub fn reasons(self, rs: &[Reason]) -> String {
        let text = rs.iter().map(|r| self.reason(r)).collect::<Vec<_>>().join(self.t(Text::ListSemicolon));
        super::capitalized(&text)
    }

    pub fn weighting(self, w: Weighting) -> &'static str {
        self.t(match w {
            Weighting::Area => Text::WeightingArea,
            Weighting::Population => Text::WeightingPopulation,
            Weighting::Equal => Text::WeightingEqual,
            Weighting::Sea => Text::WeightingSea,
        })
    }

    /// An assumption's name and its one-line reason.
    pub fn assumption(self, a: Assumption) -> (&'static str, &'static str) {
        let (row, note) = match a {
            Assumption::Treaty => (Text::TreatyRow, Text::TreatyNote),
            Assumption::Security => (Text::SecurityRow, Text::SecurityNote),
            Assumption::Economy => (Text::EconomyRow, Text::EconomyNote),
            Assumption::Residents => (Text::ResidentsRow, Text::ResidentsNote),
            Assumption::Discount => (Text::DiscountRow, Text::DiscountNote),
        };
        (self.t(row), self.t(note))
    }

    /// A change to the reader's assumptions, as the sensitivity table names it.
    pub fn variation(self, v: Variation) -> &'static str {
        self.t(match v {
            Variation::AsSet => Text::VariationAsSet,
            Variation::TreatyBoth => Text::VariationTreatyBoth,
            Variation::TreatyJapan => Text::VariationTreatyJapan,
            Variation::TreatyRussia => Text::VariationTreatyRussia,
            Variation::ByResidents => Text::VariationByResidents,
            Variation::Equally => Text::VariationEqually,
            Variation::NoDiscount => Text::VariationNoDiscount,
            Variation::HighDiscount => Text::VariationHighDiscount,
        })
    }

    /// A value in thousandths of all four islands as a signed percentage: "+12.5 %".
    pub fn value_percent(self, thousandths: i32) -> String {
        let sign = if thousandths > 0 { "+" } else { "" };
        format!("{sign}{} %", self.number(f64::from(thousandths) / 10.0))
    }

    /// Each side's value of a point: "Japan +12.5 %, Russia −3 %".
    pub fn values(self, japan: i32, russia: i32) -> String {
        self.fill(Text::PointValues, &[("japan", &self.value_percent(japan)), ("russia", &self.value_percent(russia))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_worded_in_each_language() {
        let r = [Reason::SovereigntyNotConfirmed(vec![IslandId::Kunashiri, IslandId::Etorofu])];
        assert_eq!(
            Locale::ENGLISH.reasons(&r),
            "Japanese sovereignty over Kunashiri / Kunashir and Etorofu / Iturup is not confirmed"
        );
        assert_eq!(
            Locale::new(Lang::Ja, Naming::Japanese).reasons(&r),
            "国後島と択捉島に対する日本の主権が確認されない"
        );
        assert_eq!(
            Locale::new(Lang::Ru, Naming::Russian).reasons(&r),
            "Не подтверждён суверенитет Японии над островами: Кунашир и Итуруп"
        );
        let both = [Reason::TwoPass, Reason::WithTreaty];
        assert_eq!(
            Locale::ENGLISH.reasons(&both),
            "Habomai / Khabomai and Shikotan pass to Japan; the transfer comes with a peace treaty"
        );
        // The reader's choice of names reaches the reasons too.
        assert_eq!(Locale::new(Lang::En, Naming::Russian).reasons(&both[..1]), "Khabomai and Shikotan pass to Japan");
    }

    #[test]
    fn every_status_kind_and_value_has_words_in_every_language() {
        for lang in Lang::ALL {
            let loc = Locale::new(lang, Naming::Both);
            for kind in StatusKind::ALL {
                assert!(!loc.status_kind(kind).is_empty());
                assert!(!loc.status(Status::Russian.with_kind(kind)).contains('{'), "{kind:?}");
            }
            assert!(!loc.scenario(&Scenario::STATUS_QUO).contains('{'));
        }
        assert_eq!(Locale::ENGLISH.value_percent(125), "+12.5 %");
        assert_eq!(Locale::ENGLISH.value_percent(-30), "-3 %");
    }
}
