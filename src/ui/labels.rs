//! English wording for the core's values, in one place (the translation issue moves these
//! into per-language files).

use crate::model::catalog::Party;
use crate::model::evaluation::Verdict;
use crate::model::island::IslandId;
use crate::model::scenario::{Status, Term};

pub fn island(id: IslandId) -> &'static str {
    match id {
        IslandId::Habomai => "Habomai",
        IslandId::Shikotan => "Shikotan",
        IslandId::Kunashiri => "Kunashiri / Kunashir",
        IslandId::Etorofu => "Etorofu / Iturup",
    }
}

pub fn status(s: Status) -> String {
    match s {
        Status::Russian => "Russian".into(),
        Status::Japanese => "Japanese".into(),
        Status::Joint => "Joint administration".into(),
        Status::RussianAdministration { years } => {
            format!("Japanese sovereignty, Russian administration for {years} years")
        }
        Status::LeasedToRussia { years } => {
            format!("Japanese sovereignty, leased to Russia for {years} years")
        }
        Status::Split { japan_percent } => {
            format!("Divided: {japan_percent} % Japanese, {} % Russian", 100 - japan_percent)
        }
    }
}

/// The short names of the kinds of status, for the island selectors.
pub const STATUS_KINDS: [(&str, &str); 6] = [
    ("russian", "Russian"),
    ("japanese", "Japanese"),
    ("joint", "Joint administration"),
    ("admin", "Japanese sovereignty, Russian administration for a period"),
    ("lease", "Japanese sovereignty, leased back to Russia"),
    ("split", "Divided by a line"),
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

pub fn term(t: Term) -> &'static str {
    match t {
        Term::Demilitarization => "Islands handed over are demilitarised",
        Term::NoForeignForces => "No foreign forces on the islands",
        Term::ResidentsChoice => "Residents choose citizenship and keep property",
        Term::VisaFree => "Visa-free visits",
        Term::JointActivity => "Joint economic activity under a special framework",
        Term::FishingRights => "Fishing rights",
        Term::ContinuedTalks => "Talks continue on the islands left with Russia",
    }
}

pub fn party(p: Party) -> &'static str {
    match p {
        Party::Japan => "Japan",
        Party::Russia => "USSR / Russia",
    }
}

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Compatible => "Fits",
        Verdict::Conflicts => "Conflicts",
        Verdict::NotAddressed => "Not addressed",
    }
}
