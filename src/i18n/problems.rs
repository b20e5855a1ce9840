//! What the page could not use in its address, and why a share link could not be read, in
//! the reader's language: the address reader returns these as data, like verdict reasons.

use super::{Locale, Text};
use crate::model::address::Problem;
use crate::model::island::IslandId;
use crate::model::link::{self, Expected, LinkError};
use crate::model::scenario::ScenarioError;

impl Locale {
    /// What the page could not use in its address, and what it shows instead.
    pub fn problem(self, problem: &Problem) -> String {
        match problem {
            Problem::Scenario { error, instead } => format!(
                "{}{}",
                self.with_sentence_break(&self.link_error(error)),
                self.fill(Text::LinkShowingInstead, &[("scenario", &self.scenario_title(instead))])
            ),
            Problem::Date => self.t(Text::LinkBadDate).into(),
            Problem::Valuations => self.t(Text::LinkBadAssumptions).into(),
        }
    }

    /// Why a share link could not be read.
    pub fn link_error(self, error: &LinkError) -> String {
        match error {
            LinkError::Empty => self.t(Text::LinkEmpty).into(),
            LinkError::TooLong(n) => {
                self.fill(Text::LinkTooLong, &[("length", &n.to_string()), ("max", &link::MAX_LEN.to_string())])
            }
            LinkError::FutureVersion(v) => self.fill(
                Text::LinkFutureVersion,
                &[("version", &v.to_string()), ("current", &link::CURRENT_VERSION.to_string())],
            ),
            LinkError::UnknownVersion(found) => self.fill(Text::LinkUnknownVersion, &[("found", found)]),
            LinkError::Malformed { at, expected } => self.fill(
                Text::LinkDamaged,
                &[("position", &(at + 1).to_string()), ("expected", self.t(expected_text(*expected)))],
            ),
            LinkError::Invalid(why) => self.fill(Text::LinkImpossible, &[("why", &self.scenario_error(why))]),
        }
    }

    /// Why a scenario cannot be: a share link's numbers out of range, or a split elsewhere
    /// than on Etorofu.
    pub fn scenario_error(self, error: &ScenarioError) -> String {
        match *error {
            ScenarioError::SplitNotEtorofu(island) => self.fill(
                Text::ScenarioSplitNotEtorofu,
                &[("etorofu", &self.island(IslandId::Etorofu)), ("island", &self.island(island))],
            ),
            ScenarioError::PercentOutOfRange(p) => {
                self.fill(Text::ScenarioPercentOutOfRange, &[("percent", &p.to_string())])
            }
            ScenarioError::YearsOutOfRange(y) => self.fill(Text::ScenarioYearsOutOfRange, &[("years", &y.to_string())]),
        }
    }

    /// A finished sentence followed by what the language puts before the next one (a space,
    /// or nothing after Japanese 。).
    fn with_sentence_break(self, sentence: &str) -> String {
        let gap = self.t(Text::SentenceBreak).trim_start_matches(['.', '。']);
        format!("{sentence}{gap}")
    }
}

/// What a damaged link lacked, as a text.
fn expected_text(expected: Expected) -> Text {
    match expected {
        Expected::IslandCodes => Text::LinkExpectedIslandCodes,
        Expected::IslandCode => Text::LinkExpectedIslandCode,
        Expected::Number => Text::LinkExpectedNumber,
        Expected::TermsOrEnd => Text::LinkExpectedTermsOrEnd,
        Expected::TermLetter => Text::LinkExpectedTermLetter,
        Expected::TermOrder => Text::LinkExpectedTermOrder,
        Expected::ATerm => Text::LinkExpectedATerm,
    }
}
