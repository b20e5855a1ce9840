//! What a scenario means: land and residents for each side, where it and each side's stated
//! positions stand in Japan's share of the land, how each stated position judges it, and which
//! polls and opinions speak to it.

use super::catalog::{self, ISLANDS, OPINIONS, Opinion, POLLS, POSITIONS, Party, Poll, Position, Question};
use super::condition::{Check, Reason};
use super::date::Date;
use super::formula::Formula;
use super::island::IslandId;
use super::scenario::{Scenario, Status, Timing};

/// What a scenario means, as of a date. Polls and opinions are looked up on demand (`polls`,
/// `opinions`), so that a page that does not show them (the embed) carries none of their texts.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub scenario: Scenario,
    pub as_of: Date,
    pub area: AreaSplit,
    pub residents: Residents,
    /// Where the stated positions up to `as_of` stand, in Japan's share of the land.
    pub stances: Vec<Stance>,
    /// The position of each party in force on `as_of`, judged.
    pub positions: Vec<PositionVerdict>,
}

impl Evaluation {
    /// The published poll questions with an answer that describes the scenario.
    pub fn polls(&self) -> Vec<PollMatch> {
        self.settlement_polls().into_iter().filter(|m| !m.matching.is_empty()).collect()
    }

    /// Every published poll question with an answer that names a kind of settlement, in the
    /// catalogue's order, with the answers that describe this scenario (maybe none).
    pub fn settlement_polls(&self) -> Vec<PollMatch> {
        settlement_polls(&self.scenario)
    }

    /// The published poll questions about the dispute that name no kind of settlement
    /// (awareness, willingness to take part): the same for every scenario.
    pub fn context_polls(&self) -> Vec<&'static Poll> {
        POLLS.iter().filter(|p| !p.names_a_settlement()).collect()
    }

    /// The attributed opinions that speak to this kind of settlement.
    pub fn opinions(&self) -> Vec<&'static Opinion> {
        let share = self.area.japan_share;
        OPINIONS.iter().filter(|o| o.about.iter().any(|f| f.matches(&self.scenario, share))).collect()
    }
}

/// Land under each side's sovereignty; joint administration counts half to each.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaSplit {
    pub japan_km2: f64,
    pub russia_km2: f64,
    /// Land under joint administration (already counted half to each side above).
    pub joint_km2: f64,
    pub total_km2: f64,
    /// Japan's share of the land, 0 to 1.
    pub japan_share: f64,
    /// The source of the area figures used.
    pub source: &'static str,
}

/// Today's residents of the islands (Russian estimate) whose jurisdiction would change, and
/// the Japanese residents of 1945 of the same islands.
#[derive(Clone, Debug, PartialEq)]
pub struct Residents {
    /// Residents of the islands that leave sole Russian jurisdiction at some point.
    pub changing: u32,
    /// Of those, the ones whose jurisdiction changes at signature.
    pub changing_at_signature: u32,
    /// Residents of a divided Etorofu: how many live on the part that changes is not known.
    pub on_divided_island: u32,
    pub total: u32,
    pub date: Date,
    pub sources: Vec<&'static str>,
    /// The Japanese residents of 1945 (15 August) of the islands whose jurisdiction would change.
    pub former: FormerResidents,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormerResidents {
    pub changing: u32,
    /// Of a divided Etorofu: where they lived on the island is not known.
    pub on_divided_island: u32,
    pub total: u32,
    pub date: Date,
    pub sources: Vec<&'static str>,
}

/// Where a stated position stands: Japan's share of the land in the settlement the position
/// names (what Japan claims, or what Russia offers), from the position's own data; `None` for
/// a position that names no settlement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stance {
    pub position: &'static Position,
    pub japan_share: Option<f64>,
    /// The party's position in force on the date, not an earlier one.
    pub in_force: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Compatible,
    Conflicts,
    NotAddressed,
}

impl Verdict {
    pub const fn key(self) -> &'static str {
        match self {
            Verdict::Compatible => "compatible",
            Verdict::Conflicts => "conflicts",
            Verdict::NotAddressed => "not-addressed",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PositionVerdict {
    pub position: &'static Position,
    pub verdict: Verdict,
    /// What in the scenario decides the verdict: the first conflict, or every condition that
    /// fits; `crate::i18n::reasons` words them in a language.
    pub reasons: Vec<Reason>,
}

/// A poll question with at least one answer that describes the scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct PollMatch {
    pub poll: &'static Poll,
    pub question: &'static Question,
    /// Indices into `question.options` of the answers that describe the scenario.
    pub matching: Vec<usize>,
}

pub fn evaluate(s: &Scenario, as_of: Date) -> Evaluation {
    Evaluation {
        scenario: *s,
        as_of,
        area: area_split(s),
        residents: residents(s),
        stances: stances(as_of),
        positions: positions_in_force(as_of).into_iter().map(|p| judge(p, s)).collect(),
    }
}

pub fn area_split(s: &Scenario) -> AreaSplit {
    let mut split = AreaSplit {
        japan_km2: 0.0,
        russia_km2: 0.0,
        joint_km2: 0.0,
        total_km2: 0.0,
        japan_share: 0.0,
        source: ISLANDS[0].area.source,
    };
    for island in &ISLANDS {
        let km2 = island.area.value;
        let status = s.status(island.id);
        let japan = km2 * status.japan_sovereignty();
        split.japan_km2 += japan;
        split.russia_km2 += km2 - japan;
        split.total_km2 += km2;
        if status == Status::Joint {
            split.joint_km2 += km2;
        }
    }
    split.japan_share = split.japan_km2 / split.total_km2;
    split
}

impl AreaSplit {
    /// The total area as the survey prints it, when it differs from the sum of the four
    /// islands (it counts islets it assigns to none of them): the page says so.
    pub fn printed_total_if_different(&self) -> Option<f64> {
        let printed = catalog::REGION.area_total.value;
        ((printed - self.total_km2).abs() > 0.005).then_some(printed)
    }
}

/// Japan's share of the land under the scenario, 0 to 1.
pub fn japan_area_share(s: &Scenario) -> f64 {
    area_split(s).japan_share
}

/// Whether the scenario is of the kind `formula` names, as poll answers and opinions use it.
pub fn describes(formula: Formula, s: &Scenario) -> bool {
    formula.matches(s, japan_area_share(s))
}

pub fn residents(s: &Scenario) -> Residents {
    let mut r = Residents {
        changing: 0,
        changing_at_signature: 0,
        on_divided_island: 0,
        total: 0,
        date: ISLANDS[0].residents_now.date,
        sources: Vec::new(),
        former: FormerResidents {
            changing: 0,
            on_divided_island: 0,
            total: 0,
            date: ISLANDS[0].residents_1945.date,
            sources: Vec::new(),
        },
    };
    let f = &mut r.former;
    for island in &ISLANDS {
        let (count, then) = (island.residents_now.value as u32, island.residents_1945.value as u32);
        r.total += count;
        f.total += then;
        r.date = r.date.min(island.residents_now.date);
        for (sources, source) in
            [(&mut r.sources, island.residents_now.source), (&mut f.sources, island.residents_1945.source)]
        {
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        match s.status(island.id) {
            Status::Russian => {}
            Status::Split { .. } => {
                r.on_divided_island += count;
                f.on_divided_island += then;
            }
            status => {
                r.changing += count;
                f.changing += then;
                let at_signature =
                    matches!(status, Status::Japanese | Status::Joint) && s.timing == Timing::AtSignature;
                if at_signature {
                    r.changing_at_signature += count;
                }
            }
        }
    }
    r
}

/// Japan's share of the land if `islands` were Japanese and the rest Russian.
pub fn share_of(islands: &[IslandId]) -> f64 {
    let area = |ids: &[IslandId]| ids.iter().map(|&i| catalog::island(i).area.value).sum::<f64>();
    area(islands) / area(&IslandId::ALL)
}

/// Every stated position up to `as_of`, oldest first, with where it stands.
pub fn stances(as_of: Date) -> Vec<Stance> {
    let in_force = positions_in_force(as_of);
    let mut all: Vec<Stance> = POSITIONS
        .iter()
        .filter(|p| p.date <= as_of)
        .map(|p| Stance { position: p, japan_share: p.land_to_japan.map(share_of), in_force: in_force.contains(&p) })
        .collect();
    all.sort_by_key(|s| (s.position.date, s.position.party));
    all
}

/// For each party, its latest position dated on or before `as_of`.
pub fn positions_in_force(as_of: Date) -> Vec<&'static Position> {
    Party::ALL
        .into_iter()
        .filter_map(|party| POSITIONS.iter().filter(|p| p.party == party && p.date <= as_of).max_by_key(|p| p.date))
        .collect()
}

/// Every position ever stated, oldest first, each judged against the scenario.
pub fn position_timeline(s: &Scenario) -> Vec<PositionVerdict> {
    let mut all: Vec<PositionVerdict> = POSITIONS.iter().map(|p| judge(p, s)).collect();
    all.sort_by_key(|v| (v.position.date, v.position.party));
    all
}

/// A position conflicts if any of its conditions does; it fits if at least one condition
/// speaks to the scenario and all that speak fit; otherwise it does not address it.
pub fn judge(position: &'static Position, s: &Scenario) -> PositionVerdict {
    let checks: Vec<Check> = position.conditions.iter().map(|c| c.check(s)).collect();
    let conflict = checks.iter().find_map(|c| match c {
        Check::Conflicts(why) => Some(why.clone()),
        _ => None,
    });
    let fits: Vec<Reason> = checks
        .iter()
        .filter_map(|c| match c {
            Check::Fits(why) => Some(why.clone()),
            _ => None,
        })
        .collect();
    let (verdict, reasons) = match conflict {
        Some(why) => (Verdict::Conflicts, vec![why]),
        None if !fits.is_empty() => (Verdict::Compatible, fits),
        None => (Verdict::NotAddressed, vec![Reason::NotAddressed]),
    };
    PositionVerdict { position, verdict, reasons }
}

fn settlement_polls(s: &Scenario) -> Vec<PollMatch> {
    let share = japan_area_share(s);
    let mut found = Vec::new();
    for poll in &POLLS {
        for question in poll.questions.iter().filter(|q| q.names_a_settlement()) {
            let matching: Vec<usize> = question
                .options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.formula.is_some_and(|f| f.matches(s, share)))
                .map(|(i, _)| i)
                .collect();
            found.push(PollMatch { poll, question, matching });
        }
    }
    found
}
