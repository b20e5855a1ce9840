//! A settlement scenario: what happens to each island, and on what terms.

use super::island::IslandId;
use std::fmt;

/// Who holds an island (or, for Etorofu, which part of it) once the scenario is carried out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Russian sovereignty and administration, as today.
    Russian,
    /// Japanese sovereignty and administration.
    Japanese,
    /// Joint administration by both states (a condominium).
    Joint,
    /// Japanese sovereignty recognised, Russian administration continuing for `years`.
    RussianAdministration { years: u8 },
    /// Japanese sovereignty, the island leased back to Russia for `years`.
    LeasedToRussia { years: u8 },
    /// Etorofu only: divided by a line, `japan_percent` of its land to Japan, the rest Russian.
    Split { japan_percent: u8 },
}

/// When the changes of jurisdiction take effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Timing {
    AtSignature,
    /// Carried out in stages, completed `years` after signature.
    Phased {
        years: u8,
    },
}

/// Terms that can accompany any distribution of the islands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Terms {
    pub demilitarization: bool,
    pub no_foreign_forces: bool,
    pub residents_choice: bool,
    pub visa_free: bool,
    pub joint_activity: bool,
    pub fishing_rights: bool,
    /// Negotiations go on over the islands this scenario leaves with Russia.
    pub continued_talks: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub islands: [Status; 4],
    pub peace_treaty: bool,
    pub timing: Timing,
    pub terms: Terms,
}

/// Longest period, in years, that a transition, administration or lease can last.
pub const MAX_YEARS: u8 = 99;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    SplitNotEtorofu(IslandId),
    PercentOutOfRange(u8),
    YearsOutOfRange(u8),
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::SplitNotEtorofu(id) => {
                write!(f, "only Etorofu can be divided, not {}", id.key())
            }
            ScenarioError::PercentOutOfRange(p) => {
                write!(f, "a divided Etorofu needs a share from 1 to 99 %, not {p}")
            }
            ScenarioError::YearsOutOfRange(y) => {
                write!(f, "a period must last 1 to {MAX_YEARS} years, not {y}")
            }
        }
    }
}

impl Scenario {
    /// The situation since 1945: every island Russian, no treaty, no special terms.
    pub const STATUS_QUO: Scenario = Scenario {
        islands: [Status::Russian; 4],
        peace_treaty: false,
        timing: Timing::AtSignature,
        terms: Terms {
            demilitarization: false,
            no_foreign_forces: false,
            residents_choice: false,
            visa_free: false,
            joint_activity: false,
            fishing_rights: false,
            continued_talks: false,
        },
    };

    pub fn status(&self, island: IslandId) -> Status {
        self.islands[island.index()]
    }

    /// Checks the invariants that the types cannot: ranges, and that only Etorofu is split.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        for island in IslandId::ALL {
            match self.status(island) {
                Status::Split { .. } if island != IslandId::Etorofu => {
                    return Err(ScenarioError::SplitNotEtorofu(island));
                }
                Status::Split { japan_percent: p } if !(1..=99).contains(&p) => {
                    return Err(ScenarioError::PercentOutOfRange(p));
                }
                Status::RussianAdministration { years } | Status::LeasedToRussia { years } => check_years(years)?,
                _ => {}
            }
        }
        if let Timing::Phased { years } = self.timing {
            check_years(years)?;
        }
        Ok(())
    }
}

fn check_years(years: u8) -> Result<(), ScenarioError> {
    if (1..=MAX_YEARS).contains(&years) { Ok(()) } else { Err(ScenarioError::YearsOutOfRange(years)) }
}

impl Status {
    /// Japan's share of sovereignty over the island's land, 0 to 1; joint administration counts half.
    pub fn japan_sovereignty(self) -> f64 {
        match self {
            Status::Russian => 0.0,
            Status::Joint => 0.5,
            Status::Japanese | Status::RussianAdministration { .. } | Status::LeasedToRussia { .. } => 1.0,
            Status::Split { japan_percent } => f64::from(japan_percent) / 100.0,
        }
    }

    /// Whether any of the island passes from Russian sovereignty, fully or in part.
    pub fn changes_sovereignty(self) -> bool {
        self != Status::Russian
    }
}

/// The form data files use: `japanese`, `russian-administration:20`, `split:21`.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Russian => f.write_str("russian"),
            Status::Japanese => f.write_str("japanese"),
            Status::Joint => f.write_str("joint"),
            Status::RussianAdministration { years } => write!(f, "russian-administration:{years}"),
            Status::LeasedToRussia { years } => write!(f, "leased-to-russia:{years}"),
            Status::Split { japan_percent } => write!(f, "split:{japan_percent}"),
        }
    }
}

/// One of the optional terms, for controls and lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    Demilitarization,
    NoForeignForces,
    ResidentsChoice,
    VisaFree,
    JointActivity,
    FishingRights,
    ContinuedTalks,
}

impl Term {
    pub const ALL: [Term; 7] = [
        Term::Demilitarization,
        Term::NoForeignForces,
        Term::ResidentsChoice,
        Term::VisaFree,
        Term::JointActivity,
        Term::FishingRights,
        Term::ContinuedTalks,
    ];

    /// The name data files and JSON output use.
    pub const fn key(self) -> &'static str {
        match self {
            Term::Demilitarization => "demilitarization",
            Term::NoForeignForces => "no-foreign-forces",
            Term::ResidentsChoice => "residents-choice",
            Term::VisaFree => "visa-free",
            Term::JointActivity => "joint-activity",
            Term::FishingRights => "fishing-rights",
            Term::ContinuedTalks => "continued-talks",
        }
    }
}

impl Terms {
    fn slot(&mut self, term: Term) -> &mut bool {
        match term {
            Term::Demilitarization => &mut self.demilitarization,
            Term::NoForeignForces => &mut self.no_foreign_forces,
            Term::ResidentsChoice => &mut self.residents_choice,
            Term::VisaFree => &mut self.visa_free,
            Term::JointActivity => &mut self.joint_activity,
            Term::FishingRights => &mut self.fishing_rights,
            Term::ContinuedTalks => &mut self.continued_talks,
        }
    }

    pub fn get(mut self, term: Term) -> bool {
        *self.slot(term)
    }

    pub fn set(&mut self, term: Term, on: bool) {
        *self.slot(term) = on;
    }

    /// The terms that are set, by the names data files use.
    pub fn names(&self) -> Vec<&'static str> {
        Term::ALL.into_iter().filter(|&t| self.get(t)).map(Term::key).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(islands: [Status; 4], timing: Timing, expected: Result<(), ScenarioError>) {
        let s = Scenario { islands, timing, ..Scenario::STATUS_QUO };
        assert_eq!(s.validate(), expected, "{islands:?} {timing:?}");
    }

    #[test]
    fn validate_enforces_ranges_and_where_a_split_may_be() {
        use Status::*;
        let at = Timing::AtSignature;
        check([Japanese, Japanese, Russian, Split { japan_percent: 21 }], at, Ok(()));
        check(
            [Split { japan_percent: 50 }, Russian, Russian, Russian],
            at,
            Err(ScenarioError::SplitNotEtorofu(IslandId::Habomai)),
        );
        check([Russian, Russian, Russian, Split { japan_percent: 0 }], at, Err(ScenarioError::PercentOutOfRange(0)));
        check(
            [Russian, Russian, Russian, Split { japan_percent: 100 }],
            at,
            Err(ScenarioError::PercentOutOfRange(100)),
        );
        check([LeasedToRussia { years: 0 }, Russian, Russian, Russian], at, Err(ScenarioError::YearsOutOfRange(0)));
        check(
            [RussianAdministration { years: 100 }, Russian, Russian, Russian],
            at,
            Err(ScenarioError::YearsOutOfRange(100)),
        );
        check([Russian; 4], Timing::Phased { years: 0 }, Err(ScenarioError::YearsOutOfRange(0)));
        check([Russian; 4], Timing::Phased { years: 99 }, Ok(()));
    }

    #[test]
    fn sovereignty_shares() {
        assert_eq!(Status::Joint.japan_sovereignty(), 0.5);
        assert_eq!(Status::LeasedToRussia { years: 50 }.japan_sovereignty(), 1.0);
        assert_eq!(Status::Split { japan_percent: 21 }.japan_sovereignty(), 0.21);
        assert!(!Status::Russian.changes_sovereignty());
    }

    #[test]
    fn terms_are_set_and_named() {
        let mut t = Terms::default();
        t.set(Term::FishingRights, true);
        t.set(Term::VisaFree, true);
        assert!(t.get(Term::FishingRights) && !t.get(Term::JointActivity));
        assert_eq!(t.names(), ["visa-free", "fishing-rights"]);
    }
}
