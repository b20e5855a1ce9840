//! Negotiation analysis: each side's value for a settlement under the reader's assumptions,
//! over the whole space of settlements the explorer can express, with the Pareto frontier,
//! the Nash and Kalai–Smorodinsky bargaining solutions and the equal-concession "draw".
//!
//! Values are in thousandths of "all four islands" for that side: handing every island over
//! at signature is worth 1000 to Japan and −1000 to Russia (before terms and the treaty).
//! Each island's part and the terms' part are rounded to a thousandth before they are
//! added, so every sum is exact and two settlements a reader could not tell apart on the
//! page are one point. No agreement, the status quo, is worth 0 to both: the disagreement
//! point.
//!
//! Values add up over islands and over terms, so the frontier of the whole space is found
//! by adding frontiers one part at a time (the frontier of a sum of sets lies within the sum
//! of their frontiers) instead of listing the space's hundreds of millions of scenarios.

mod cloud;
mod frontier;
pub mod sensitivity;
mod solutions;
mod space;
mod valuation;
mod value;

pub use cloud::cloud;
pub use frontier::{frontier, pareto};
pub use solutions::{Analysis, DRAWS, Draw, Range, analyse, range};
pub use space::{PERIODS, Space};
pub use valuation::{Assumption, MAX_DISCOUNT, MAX_TERM_VALUE, Valuation, Valuations, Weighting};
pub use value::{Outcome, Point};

/// Everything the analysis panel shows for one set of valuations.
#[derive(Clone, Debug, PartialEq)]
pub struct Exploration {
    pub analysis: Analysis,
    /// The chart's grid of scenarios (see `cloud`).
    pub cloud: Vec<Outcome>,
    /// The marked points under each variation of the main assumptions.
    pub sensitivity: Vec<sensitivity::Marked>,
}

/// How many cells the chart's grid has on each side.
pub const CELLS: usize = 100;

/// The analysis of the full space and the chart's grid: the work the page hands to a worker.
pub fn explore(v: &Valuations) -> Exploration {
    let space = Space::full();
    let analysis = analyse(v, &space);
    let cloud = cloud(v, &space, &analysis.range, CELLS);
    let sensitivity = sensitivity::sensitivity(v, &space);
    Exploration { analysis, cloud, sensitivity }
}

#[cfg(test)]
mod tests;
