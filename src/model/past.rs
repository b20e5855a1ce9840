//! The borders of the past, each shown on the map from its timeline entry as the state of
//! that time (never as a settlement option), and the fishing agreements of the timeline.
//! Compiled in from data/borders.toml and data/documents.toml.

use super::catalog::Localized;
pub use super::map::PastLand;
use super::map::MapPoint;

#[derive(Debug, PartialEq)]
pub struct PastBorder {
    /// The timeline entry it belongs to.
    pub document: &'static str,
    pub japan: &'static [PastLand],
    pub russia: &'static [PastLand],
    /// Undivided, or claimed under two readings.
    pub undivided: &'static [PastLand],
    /// What the map shows, with `{island}` placeholders.
    pub caption: Localized,
    pub sources: &'static [&'static str],
    pub lines: &'static [PastLine],
    pub labels: &'static [PastLabel],
}

#[derive(Debug, PartialEq)]
pub struct PastLine {
    pub points: &'static [MapPoint],
    pub label: Option<Localized>,
}

#[derive(Debug, PartialEq)]
pub struct PastLabel {
    pub at: MapPoint,
    pub text: Localized,
}

/// Who held a land at the time the border shows, if the map colours it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PastHolder {
    Japan,
    Russia,
    Undivided,
}

impl PastBorder {
    pub fn holder(&self, land: PastLand) -> Option<PastHolder> {
        if self.japan.contains(&land) {
            Some(PastHolder::Japan)
        } else if self.russia.contains(&land) {
            Some(PastHolder::Russia)
        } else if self.undivided.contains(&land) {
            Some(PastHolder::Undivided)
        } else {
            None
        }
    }
}

mod generated {
    use super::*;
    use crate::model::island::IslandId;
    include!(concat!(env!("OUT_DIR"), "/past.rs"));
}

pub use generated::{FISHING, PAST};

/// The border a timeline entry can show, if it has one.
pub fn border(document: &str) -> Option<&'static PastBorder> {
    PAST.iter().find(|b| b.document == document)
}

/// The first fishing agreement, which the fishing-rights term links to.
pub fn first_fishing() -> Option<&'static str> {
    super::catalog::timeline().into_iter().map(|d| d.id).find(|id| is_fishing(id))
}

/// Whether a timeline entry is one of the fishing agreements.
pub fn is_fishing(document: &str) -> bool {
    FISHING.contains(&document)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog;

    #[test]
    fn the_timeline_runs_oldest_first_and_the_first_fishing_agreement_is_one() {
        let timeline = catalog::timeline();
        assert!(timeline.windows(2).all(|w| w[0].date <= w[1].date));
        let first = first_fishing().expect("the record has fishing agreements");
        assert!(is_fishing(first));
        let at = |id: &str| timeline.iter().position(|d| d.id == id);
        assert!(FISHING.iter().all(|id| at(id) >= at(first)), "{first} is the earliest");
    }
}
