//! The sea a scenario decides: the territorial sea (12 nautical miles) and the economic zone
//! (to 200) that go with the four islands, split between the sides by who holds each island.
//!
//! The zones are computed at build time (`source_data::sea_zones`) by equidistance from the
//! map's simplified coastlines: each point of sea goes with the nearest land, and the four
//! islands' part is the sea nearer to them than to Hokkaido, Urup or Sakhalin. This is a
//! model: no boundary has been agreed, and neither the line Japan's coast guard uses in
//! practice nor the zone of the 1998 fishing framework is modelled.
//!
//! The rule: an island's sea follows sovereignty. Japanese sovereignty with Russian
//! administration or a lease to Russia for a period counts as Japan's; a jointly administered
//! island's sea counts as joint, half to each side in the totals, as its land does; a divided
//! Etorofu's sea goes to the part nearer to it.

use super::island::IslandId;
use super::map::MapPoint;
use super::map::PastLand;
use super::scenario::{Scenario, Status};

#[derive(Debug, PartialEq)]
pub struct SeaData {
    /// The grid the build sampled the sea on, and the tolerance of the drawn outlines.
    pub step_km: f64,
    pub outline_km: f64,
    pub regions: &'static [Region],
    pub lines: &'static [SeaLine],
    /// Across Etorofu's sea, the share at which each sample goes to Japan's part.
    pub etorofu_shares: SampledShares,
    /// Other land on the overview map.
    pub outline: &'static [OutlineShape],
}

/// One island's sea, as drawn (its land included: the map draws the land over it).
#[derive(Debug, PartialEq)]
pub struct Region {
    pub island: IslandId,
    pub rings: &'static [&'static [MapPoint]],
}

#[derive(Debug, PartialEq)]
pub struct SeaLine {
    pub kind: LineKind,
    pub points: &'static [MapPoint],
    /// For a line along Etorofu's sea: at each point, the smallest share of a divided
    /// Etorofu (1 to 99 %, 100 for none) at which the sea there goes to Japan's part.
    pub etorofu_shares: &'static [u8],
}

/// Shares as in `SeaLine::etorofu_shares`, on an `n` × `n` grid from (`x0`, `y0`) in steps
/// of `dx`, `dy` map units, row by row.
#[derive(Debug, PartialEq)]
pub struct SampledShares {
    pub x0: f64,
    pub y0: f64,
    pub dx: f64,
    pub dy: f64,
    pub n: usize,
    pub shares: &'static [u8],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// Equidistant between island `a` and its neighbour `b`.
    Median { a: IslandId, b: Neighbour },
    /// The outer limit of the 200-nautical-mile zone.
    Zone,
    /// The outer limit of the 12-nautical-mile territorial sea.
    Territorial,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Neighbour {
    Island(IslandId),
    /// Hokkaido and the rest of Japan.
    Japan,
    /// Urup and the islands north of it, Sakhalin and the mainland.
    Russia,
}

#[derive(Debug, PartialEq)]
pub struct OutlineShape {
    pub land: Neighbour,
    /// Which land it is, for the maps of the past.
    pub region: PastLand,
    pub points: &'static [MapPoint],
}

mod generated {
    use super::*;
    use crate::model::map::PastLand;
    include!(concat!(env!("OUT_DIR"), "/sea.rs"));
}

pub use generated::{AREAS, SEA};

/// An area to the nearest 100 km², as the figures are shown: the zones are sampled on a 2 km
/// grid, and a finer one changes no figure by more than 1 %.
pub fn rounded(km2: f64) -> f64 {
    (km2 / 100.0).round() * 100.0
}

/// Who holds a piece of sea.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    Japan,
    Russia,
    Joint,
}

impl Holder {
    pub const fn key(self) -> &'static str {
        match self {
            Holder::Japan => "japan",
            Holder::Russia => "russia",
            Holder::Joint => "joint",
        }
    }
}

/// Who holds an island's sea, by the rule above; `None` for a divided Etorofu, whose sea is
/// shared by nearness.
pub fn holder(status: Status) -> Option<Holder> {
    match status {
        Status::Russian => Some(Holder::Russia),
        Status::Japanese | Status::RussianAdministration { .. } | Status::LeasedToRussia { .. } => Some(Holder::Japan),
        Status::Joint => Some(Holder::Joint),
        Status::Split { .. } => None,
    }
}

/// Territorial sea and economic zone, in km².
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Belt {
    pub territorial: f64,
    pub zone: f64,
}

impl Belt {
    pub fn total(self) -> f64 {
        self.territorial + self.zone
    }

    fn add(&mut self, other: Belt) {
        self.territorial += other.territorial;
        self.zone += other.zone;
    }
}

/// One island's sea under a scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IslandSea {
    pub island: IslandId,
    pub status: Status,
    /// Its whole sea, and (for a divided Etorofu) the part nearer to Japan's part.
    pub whole: Belt,
    pub japan: Belt,
    pub russia: Belt,
    pub joint: Belt,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeaSplit {
    pub islands: [IslandSea; 4],
    /// By holder; joint sea is counted in `joint` only.
    pub japan: Belt,
    pub russia: Belt,
    pub joint: Belt,
    pub total: Belt,
    /// Each side's sea with half the joint sea, as land is counted, and Japan's share of all.
    pub japan_km2: f64,
    pub russia_km2: f64,
    pub japan_share: f64,
    /// Japan's gain over the status quo, in which all of it goes with Russia (km²).
    pub japan_change_km2: f64,
}

impl SeaSplit {
    /// The share (0–1) of all the islands' sea that goes with `islands`, whoever holds them.
    pub fn share_of(&self, islands: &[IslandId]) -> f64 {
        let all = self.total.total();
        let theirs: f64 = self.islands.iter().filter(|i| islands.contains(&i.island)).map(|i| i.whole.total()).sum();
        if all > 0.0 { theirs / all } else { 0.0 }
    }
}

/// The areas a scenario's figures are made of (the compiled-in `AREAS`, or another
/// computation's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Areas<'a> {
    /// Each island's territorial sea and the zone beyond it, in `IslandId` order.
    pub territorial_km2: &'a [f64; 4],
    pub zone_km2: &'a [f64; 4],
    /// For a divided Etorofu with 1 to 99 % to Japan: the territorial sea and zone beyond that
    /// go to the part Japan holds.
    pub etorofu_japan_km2: &'a [(f64, f64)],
}

impl Areas<'static> {
    pub const COMPILED: Areas<'static> = AREAS;
}

impl Areas<'_> {
    /// An island's whole sea.
    pub fn whole(&self, island: IslandId) -> Belt {
        Belt { territorial: self.territorial_km2[island.index()], zone: self.zone_km2[island.index()] }
    }

    /// The part of Etorofu's sea nearer to the part Japan holds, with `japan_percent` to Japan.
    pub fn etorofu_japan(&self, japan_percent: u8) -> Belt {
        let i = usize::from(japan_percent.clamp(1, 99)) - 1;
        self.etorofu_japan_km2.get(i).map_or(Belt::default(), |&(territorial, zone)| Belt { territorial, zone })
    }
}

/// The part of Etorofu's sea nearer to the part Japan holds, with `japan_percent` to Japan.
pub fn etorofu_japan(japan_percent: u8) -> Belt {
    Areas::COMPILED.etorofu_japan(japan_percent)
}

pub fn sea_split(s: &Scenario) -> SeaSplit {
    split_with(&Areas::COMPILED, s)
}

/// The sea a scenario decides, from the given areas.
pub fn split_with(areas: &Areas<'_>, s: &Scenario) -> SeaSplit {
    let islands = IslandId::ALL.map(|island| {
        let status = s.status(island);
        let all = areas.whole(island);
        let mut sea = IslandSea {
            island,
            status,
            whole: all,
            japan: Belt::default(),
            russia: Belt::default(),
            joint: Belt::default(),
        };
        match (status, holder(status)) {
            (Status::Split { japan_percent }, _) => {
                sea.japan = areas.etorofu_japan(japan_percent);
                sea.russia = Belt { territorial: all.territorial - sea.japan.territorial, zone: all.zone - sea.japan.zone };
            }
            (_, Some(Holder::Japan)) => sea.japan = all,
            (_, Some(Holder::Joint)) => sea.joint = all,
            (_, _) => sea.russia = all,
        }
        sea
    });
    let mut split = SeaSplit {
        islands,
        japan: Belt::default(),
        russia: Belt::default(),
        joint: Belt::default(),
        total: Belt::default(),
        japan_km2: 0.0,
        russia_km2: 0.0,
        japan_share: 0.0,
        japan_change_km2: 0.0,
    };
    for sea in &split.islands {
        split.japan.add(sea.japan);
        split.russia.add(sea.russia);
        split.joint.add(sea.joint);
        split.total.add(sea.whole);
    }
    split.japan_km2 = split.japan.total() + split.joint.total() / 2.0;
    split.russia_km2 = split.russia.total() + split.joint.total() / 2.0;
    split.japan_share = if split.total.total() > 0.0 { split.japan_km2 / split.total.total() } else { 0.0 };
    split.japan_change_km2 = split.japan_km2;
    split
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_quo_gives_all_the_sea_to_russia_and_all_four_to_japan() {
        let quo = sea_split(&Scenario::STATUS_QUO);
        assert_eq!(quo.japan_km2, 0.0);
        assert!(quo.russia_km2 > 100_000.0, "{}", quo.russia_km2);
        let all = Scenario { islands: [Status::Japanese; 4], ..Scenario::STATUS_QUO };
        let four = sea_split(&all);
        assert!((four.japan_km2 - quo.russia_km2).abs() < 1e-6);
        assert_eq!(four.japan_change_km2, four.japan_km2);
    }

    #[test]
    fn a_divided_etorofu_shares_its_sea_and_more_land_means_more_sea() {
        let mut last = -1.0;
        for p in 1..=99u8 {
            let b = etorofu_japan(p);
            assert!(b.total() >= last, "{p} %");
            last = b.total();
        }
        let e = Areas::COMPILED.whole(IslandId::Etorofu);
        assert!(etorofu_japan(1).total() < e.total() * 0.1 && etorofu_japan(99).total() > e.total() * 0.9);
    }

    #[test]
    fn joint_sea_counts_half_to_each_side() {
        let s = Scenario { islands: [Status::Joint; 4], ..Scenario::STATUS_QUO };
        let sea = sea_split(&s);
        assert!((sea.japan_km2 - sea.russia_km2).abs() < 1e-6);
        assert!((sea.japan_share - 0.5).abs() < 1e-9);
    }

    #[test]
    fn the_share_of_some_islands_sea_does_not_depend_on_who_holds_them() {
        let quo = sea_split(&Scenario::STATUS_QUO);
        assert!((quo.share_of(&IslandId::ALL) - 1.0).abs() < 1e-9);
        let two = [IslandId::Habomai, IslandId::Shikotan];
        let four = sea_split(&Scenario { islands: [Status::Japanese; 4], ..Scenario::STATUS_QUO });
        assert!((quo.share_of(&two) - four.share_of(&two)).abs() < 1e-12);
        assert!(quo.share_of(&two) > 0.0 && quo.share_of(&two) < 1.0);
        assert_eq!(quo.share_of(&[]), 0.0);
    }
}
