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

/// The kinds of status, as the island selectors offer them and data files name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatusKind {
    Russian,
    Japanese,
    Joint,
    RussianAdministration,
    LeasedToRussia,
    Split,
}

impl StatusKind {
    pub const ALL: [StatusKind; 6] = [
        StatusKind::Russian,
        StatusKind::Japanese,
        StatusKind::Joint,
        StatusKind::RussianAdministration,
        StatusKind::LeasedToRussia,
        StatusKind::Split,
    ];

    /// The name data files and the island selectors use.
    pub const fn key(self) -> &'static str {
        match self {
            StatusKind::Russian => "russian",
            StatusKind::Japanese => "japanese",
            StatusKind::Joint => "joint",
            StatusKind::RussianAdministration => "russian-administration",
            StatusKind::LeasedToRussia => "leased-to-russia",
            StatusKind::Split => "split",
        }
    }

    pub fn from_key(key: &str) -> Option<StatusKind> {
        StatusKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether an island may have a status of this kind: only Etorofu is ever divided.
    pub fn allowed_on(self, island: IslandId) -> bool {
        self != StatusKind::Split || island == IslandId::Etorofu
    }

    /// Whether a status of this kind carries a number (years, or Japan's percent).
    pub const fn has_number(self) -> bool {
        matches!(self, StatusKind::RussianAdministration | StatusKind::LeasedToRussia | StatusKind::Split)
    }
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

/// The largest share of a divided Etorofu, in percent, that either side can have.
pub const MAX_SPLIT_PERCENT: u8 = 99;

impl Timing {
    /// The period a phased transfer starts with when the reader chooses one.
    pub const DEFAULT_PHASED_YEARS: u8 = 10;

    /// The years of a phased transfer, if it is one.
    pub fn phased_years(self) -> Option<u8> {
        match self {
            Timing::Phased { years } => Some(years),
            Timing::AtSignature => None,
        }
    }

    /// A transfer in stages (keeping this timing's years, or the default) or at signature.
    pub fn phased(self, on: bool) -> Timing {
        match on {
            true => Timing::Phased { years: self.phased_years().unwrap_or(Timing::DEFAULT_PHASED_YEARS) },
            false => Timing::AtSignature,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    SplitNotEtorofu(IslandId),
    PercentOutOfRange(u8),
    YearsOutOfRange(u8),
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

    pub fn kind(self) -> StatusKind {
        match self {
            Status::Russian => StatusKind::Russian,
            Status::Japanese => StatusKind::Japanese,
            Status::Joint => StatusKind::Joint,
            Status::RussianAdministration { .. } => StatusKind::RussianAdministration,
            Status::LeasedToRussia { .. } => StatusKind::LeasedToRussia,
            Status::Split { .. } => StatusKind::Split,
        }
    }

    /// The number the status carries (years, or Japan's percent of a divided Etorofu) and the
    /// highest it may be; the lowest is always 1.
    pub fn number(self) -> Option<(u8, u8)> {
        match self {
            Status::RussianAdministration { years } | Status::LeasedToRussia { years } => Some((years, MAX_YEARS)),
            Status::Split { japan_percent } => Some((japan_percent, MAX_SPLIT_PERCENT)),
            _ => None,
        }
    }

    /// The status of `kind` a selector switches to: it keeps this status's years where both
    /// have them, and otherwise starts from 20 years of administration, a 50-year lease or
    /// an equal division.
    pub fn with_kind(self, kind: StatusKind) -> Status {
        let years = match self {
            Status::RussianAdministration { years } | Status::LeasedToRussia { years } => Some(years),
            _ => None,
        };
        match kind {
            StatusKind::Russian => Status::Russian,
            StatusKind::Japanese => Status::Japanese,
            StatusKind::Joint => Status::Joint,
            StatusKind::RussianAdministration => Status::RussianAdministration { years: years.unwrap_or(20) },
            StatusKind::LeasedToRussia => Status::LeasedToRussia { years: years.unwrap_or(50) },
            StatusKind::Split => Status::Split { japan_percent: 50 },
        }
    }

    /// This status with its number set, clamped to 1 and the status's highest; a status
    /// without a number is unchanged.
    pub fn with_number(self, n: u8) -> Status {
        let n = self.number().map_or(n, |(_, max)| n.clamp(1, max));
        match self {
            Status::RussianAdministration { .. } => Status::RussianAdministration { years: n },
            Status::LeasedToRussia { .. } => Status::LeasedToRussia { years: n },
            Status::Split { .. } => Status::Split { japan_percent: n },
            other => other,
        }
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

/// Reads the form `Display` writes, as data files give it; the number must be 1 to 99.
impl std::str::FromStr for Status {
    type Err = String;

    fn from_str(text: &str) -> Result<Status, String> {
        let (name, number) = match text.split_once(':') {
            Some((name, n)) => {
                (name, Some(n.parse::<u8>().map_err(|_| format!("`{n}` is not a whole number from 1 to 99"))?))
            }
            None => (text, None),
        };
        let unknown = || {
            format!(
                "unknown island status `{text}` (expected russian, japanese, joint, russian-administration:N, leased-to-russia:N or split:N)"
            )
        };
        let kind = StatusKind::from_key(name).ok_or_else(unknown)?;
        match (kind.has_number(), number) {
            (false, None) => Ok(Status::Russian.with_kind(kind)),
            (false, Some(_)) => Err(unknown()),
            (true, Some(n @ 1..=99)) => Ok(Status::Russian.with_kind(kind).with_number(n)),
            (true, _) => Err(format!("`{text}` needs a number from 1 to 99 after `:`")),
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
    fn statuses_read_as_they_are_written() {
        for s in [
            Status::Russian,
            Status::Japanese,
            Status::Joint,
            Status::RussianAdministration { years: 20 },
            Status::LeasedToRussia { years: 99 },
            Status::Split { japan_percent: 1 },
        ] {
            assert_eq!(s.to_string().parse::<Status>(), Ok(s));
        }
        for (bad, says) in [
            ("split:0", "needs a number from 1 to 99"),
            ("split", "needs a number"),
            ("leased-to-russia:100", "needs a number"),
            ("split:x", "not a whole number"),
            ("japanese:3", "unknown island status"),
            ("admin:20", "unknown island status"),
        ] {
            let error = bad.parse::<Status>().expect_err(bad);
            assert!(error.contains(says), "{bad}: {error}");
        }
    }

    #[test]
    fn a_selector_changes_the_kind_and_keeps_the_years() {
        let admin = Status::RussianAdministration { years: 30 };
        assert_eq!(admin.with_kind(StatusKind::LeasedToRussia), Status::LeasedToRussia { years: 30 });
        assert_eq!(Status::Russian.with_kind(StatusKind::LeasedToRussia), Status::LeasedToRussia { years: 50 });
        assert_eq!(Status::Japanese.with_kind(StatusKind::RussianAdministration), Status::RussianAdministration { years: 20 });
        assert_eq!(admin.with_kind(StatusKind::Split), Status::Split { japan_percent: 50 });
        assert_eq!(admin.with_kind(StatusKind::Joint), Status::Joint);
        for kind in StatusKind::ALL {
            assert_eq!(Status::Russian.with_kind(kind).kind(), kind);
            assert_eq!(StatusKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(admin.with_number(0), Status::RussianAdministration { years: 1 });
        assert_eq!(Status::Split { japan_percent: 50 }.with_number(100), Status::Split { japan_percent: 99 });
        assert_eq!(Status::Joint.with_number(5), Status::Joint);
        assert_eq!(admin.number(), Some((30, MAX_YEARS)));
        assert!(StatusKind::Split.allowed_on(IslandId::Etorofu) && !StatusKind::Split.allowed_on(IslandId::Habomai));
        assert!(StatusKind::Joint.allowed_on(IslandId::Habomai));
    }

    #[test]
    fn a_phased_transfer_starts_at_ten_years_and_keeps_its_period() {
        assert_eq!(Timing::AtSignature.phased(true), Timing::Phased { years: Timing::DEFAULT_PHASED_YEARS });
        assert_eq!(Timing::Phased { years: 25 }.phased(true), Timing::Phased { years: 25 });
        assert_eq!(Timing::Phased { years: 25 }.phased(false), Timing::AtSignature);
        assert_eq!(Timing::Phased { years: 25 }.phased_years(), Some(25));
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
