//! The wording of the core's values in the reader's language (texts in i18n/*.toml).

use crate::i18n::{Lang, Naming, Noun, Text, counted, fill, island_name, lower_first, t};
use crate::model::catalog::{Confidence, Party, Population};
use crate::model::evaluation::Verdict;
use crate::model::island::IslandId;
use crate::model::negotiation::Weighting;
use crate::model::scenario::{Scenario, Timing};
use crate::model::scenario::{Status, Term};

pub fn status(lang: Lang, s: Status) -> String {
    match s {
        Status::Russian => t(lang, Text::StatusRussian).into(),
        Status::Japanese => t(lang, Text::StatusJapanese).into(),
        Status::Joint => t(lang, Text::StatusJoint).into(),
        Status::RussianAdministration { years } => {
            fill(t(lang, Text::StatusAdmin), &[("years", &counted(lang, years.into(), Noun::Year))])
        }
        Status::LeasedToRussia { years } => {
            fill(t(lang, Text::StatusLease), &[("years", &counted(lang, years.into(), Noun::Year))])
        }
        Status::Split { japan_percent } => fill(
            t(lang, Text::StatusSplit),
            &[("japan", &japan_percent.to_string()), ("russia", &(100 - japan_percent).to_string())],
        ),
    }
}

/// The kinds of status, for the island selectors: (form value, text).
pub const STATUS_KINDS: [(&str, Text); 6] = [
    ("russian", Text::StatusRussian),
    ("japanese", Text::StatusJapanese),
    ("joint", Text::StatusJoint),
    ("admin", Text::StatusAdminKind),
    ("lease", Text::StatusLeaseKind),
    ("split", Text::StatusSplitKind),
];

pub fn status_kind(s: Status) -> &'static str {
    match s {
        Status::Russian => "russian",
        Status::Japanese => "japanese",
        Status::Joint => "joint",
        Status::RussianAdministration { .. } => "admin",
        Status::LeasedToRussia { .. } => "lease",
        Status::Split { .. } => "split",
    }
}

pub fn term(lang: Lang, term: Term) -> &'static str {
    t(
        lang,
        match term {
            Term::Demilitarization => Text::TermDemilitarization,
            Term::NoForeignForces => Text::TermNoForeignForces,
            Term::ResidentsChoice => Text::TermResidentsChoice,
            Term::VisaFree => Text::TermVisaFree,
            Term::JointActivity => Text::TermJointActivity,
            Term::FishingRights => Text::TermFishingRights,
            Term::ContinuedTalks => Text::TermContinuedTalks,
        },
    )
}

pub fn party(lang: Lang, p: Party) -> &'static str {
    t(lang, if p == Party::Japan { Text::PartyJapan } else { Text::PartyRussia })
}

pub fn verdict(lang: Lang, v: Verdict) -> &'static str {
    t(
        lang,
        match v {
            Verdict::Compatible => Text::VerdictFits,
            Verdict::Conflicts => Text::VerdictConflicts,
            Verdict::NotAddressed => Text::VerdictSilent,
        },
    )
}

pub fn population(lang: Lang, p: Population) -> &'static str {
    t(
        lang,
        match p {
            Population::Japan => Text::PopulationJapan,
            Population::Hokkaido => Text::PopulationHokkaido,
            Population::FormerResidents => Text::PopulationFormerResidents,
            Population::Russia => Text::PopulationRussia,
            Population::Islands => Text::PopulationIslands,
        },
    )
}

/// What the reader must know of a fact whose sources the fact base marks below high; nothing
/// for high, which is the rule.
pub fn confidence(lang: Lang, c: Confidence) -> Option<&'static str> {
    match c {
        Confidence::High => None,
        Confidence::Medium => Some(t(lang, Text::ConfidenceMedium)),
        Confidence::Low => Some(t(lang, Text::ConfidenceLow)),
    }
}

/// A whole scenario in one line: each island's status, the treaty, the timing, the terms.
pub fn scenario(lang: Lang, naming: Naming, s: &Scenario) -> String {
    let mut parts: Vec<String> = IslandId::ALL
        .iter()
        .map(|&id| format!("{}{}{}", island_name(lang, naming, id), t(lang, Text::Colon), status(lang, s.status(id))))
        .collect();
    parts.push(t(lang, if s.peace_treaty { Text::WithTreaty } else { Text::NoTreaty }).to_owned());
    if let Timing::Phased { years } = s.timing {
        parts.push(fill(t(lang, Text::InStages), &[("years", &counted(lang, years.into(), Noun::Year))]));
    }
    parts.extend(Term::ALL.into_iter().filter(|&term| s.terms.get(term)).map(|term| term_lower(lang, term)));
    parts.join(t(lang, Text::ItemSeparator))
}

/// A term's label as it reads inside a sentence.
fn term_lower(lang: Lang, t: Term) -> String {
    let label = term(lang, t);
    match lang {
        Lang::Ja => label.to_owned(),
        _ => lower_first(label),
    }
}

pub fn weighting(lang: Lang, w: Weighting) -> &'static str {
    t(
        lang,
        match w {
            Weighting::Area => Text::WeightingArea,
            Weighting::Population => Text::WeightingPopulation,
            Weighting::Equal => Text::WeightingEqual,
            Weighting::Sea => Text::WeightingSea,
        },
    )
}
