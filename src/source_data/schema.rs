//! The shape of the TOML files in `data/`, as serde reads them. Unknown keys are errors.
//!
//! The names data files use for islands, parties, conditions, kinds of settlement, terms,
//! populations, confidence and lands are the core's own types, read by their `key`: one
//! vocabulary, which build.rs compiles in with the core's modules (see build.rs).

use crate::model::condition::Condition;
use crate::model::confidence::Confidence;
use crate::model::formula::Formula;
use crate::model::island::IslandId;
use crate::model::map::{Land, PastLand};
use crate::model::party::Party;
use crate::model::population::Population;
use crate::model::scenario::{self, ScenarioError, Status, Term, Timing};
use serde::de::{Deserializer, Error};
use serde::Deserialize;

/// Reads each of the core's named values from the name `key()` gives it, as serde reads an
/// enum: an unknown name is an error that lists the names it knows.
macro_rules! read_by_key {
    ($($t:ty),*) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$t, D::Error> {
                let name = String::deserialize(deserializer)?;
                <$t>::ALL.into_iter().find(|v| v.key() == name).ok_or_else(|| {
                    let known: Vec<String> = <$t>::ALL.iter().map(|v| format!("`{}`", v.key())).collect();
                    D::Error::custom(format!("unknown variant `{name}`, expected one of {}", known.join(", ")))
                })
            }
        }
    )*};
}

read_by_key!(Condition, Confidence, Formula, IslandId, Land, PastLand, Party, Population, Term);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    pub url: String,
    pub language: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IslandsFile {
    pub region: Region,
    pub island: Vec<Island>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub ja: String,
    pub ja_latin: String,
    pub ru: String,
    pub ru_latin: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub japan_name: Names,
    pub russia_name: Names,
    pub japan_name_en: String,
    pub russia_name_en: String,
    pub source: String,
    /// The total area as the canonical survey prints it, which may include islets it assigns
    /// to none of the four.
    pub area_total: Figure,
    /// Later resident counts than the per-island ones, each for the area it covers (a Russian
    /// district is not an island): shown beside them, never split into islands.
    #[serde(default)]
    pub residents_later: Vec<ScopedFigure>,
    /// How many of the Japanese residents of 1945 are alive, each by its own definition.
    #[serde(default)]
    pub former_residents_alive: Vec<ScopedFigure>,
}

/// A count that holds for the scope it names, in the three languages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopedFigure {
    pub value: f64,
    pub date: String,
    pub sources: Vec<String>,
    pub scope: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub date: String,
    pub source: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Island {
    pub id: IslandId,
    pub names: Names,
    pub area: Figure,
    #[serde(default)]
    pub area_alternates: Vec<Figure>,
    pub residents_1945: Figure,
    pub residents_now: Figure,
    #[serde(default)]
    pub residents_alternates: Vec<Figure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsFile {
    pub document: Vec<Document>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub date: String,
    /// `fishing` for the fishing agreements, which the fishing-rights term links to.
    #[serde(default)]
    pub topic: Option<Topic>,
    pub title: Localized,
    pub summary: Localized,
    pub islands: Vec<IslandId>,
    pub sources: Vec<String>,
    /// How far the sources can be trusted, on the fact base's scale; high when absent.
    #[serde(default)]
    pub confidence: Confidence,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Fishing,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub language: String,
    /// The quote in each interface language other than its own, marked as a translation.
    #[serde(default)]
    pub translation: QuoteTranslation,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct QuoteTranslation {
    pub en: Option<String>,
    pub ja: Option<String>,
    pub ru: Option<String>,
}

impl QuoteTranslation {
    pub fn all(&self) -> [(&'static str, Option<&str>); 3] {
        [("en", self.en.as_deref()), ("ja", self.ja.as_deref()), ("ru", self.ru.as_deref())]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionsFile {
    pub position: Vec<Position>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub id: String,
    pub party: Party,
    pub date: String,
    pub speaker: Localized,
    pub quote: Option<Quote>,
    pub paraphrase: Localized,
    pub conditions: Vec<Condition>,
    /// The islands the settlement this position names leaves under Japanese sovereignty
    /// (Japan's claim, Russia's offer); absent where it names no settlement.
    pub land_to_japan: Option<Vec<IslandId>>,
    /// The quote's source first, where there is a quote.
    pub sources: Vec<String>,
    /// Where a position after 2000 cites no source of its government's own: where that text
    /// was looked for. The page then says it is cited from press reports.
    pub own_words_sought: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollsFile {
    pub poll: Vec<Poll>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poll {
    pub id: String,
    pub pollster: String,
    pub population: Population,
    pub field_start: String,
    pub field_end: String,
    pub sample: Option<u32>,
    pub method: Localized,
    /// What a reader must know to read the answers: question format, a premise, a change
    /// of wording between waves.
    pub caveat: Option<Localized>,
    #[serde(default)]
    pub confidence: Confidence,
    pub sources: Vec<String>,
    pub question: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub wording: Localized,
    #[serde(default)]
    pub wording_original: String,
    pub wording_language: String,
    pub complete: bool,
    pub option: Vec<PollOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollOption {
    pub label: Localized,
    #[serde(default)]
    pub label_original: String,
    pub percent: f64,
    pub formula: Option<Formula>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpinionsFile {
    pub opinion: Vec<Opinion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opinion {
    pub id: String,
    pub author: Localized,
    /// Where the author works from: `japan`, `russia` or `other`.
    pub country: Country,
    pub role: Localized,
    pub date: String,
    pub quote: Option<Quote>,
    pub paraphrase: Localized,
    pub about: Vec<Formula>,
    pub source: String,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Country {
    Japan,
    Russia,
    Other,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresetsFile {
    pub preset: Vec<Preset>,
    #[serde(default)]
    pub precedent: Vec<Precedent>,
}

/// A settlement elsewhere that someone cited as a model for these islands.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Precedent {
    pub id: String,
    /// The date of its main instrument.
    pub date: String,
    pub title: Localized,
    /// What it settled and how, with its dates.
    pub terms: Localized,
    /// The sources of `terms`.
    pub sources: Vec<String>,
    /// Who cited it for these islands; at least one.
    pub cited: Vec<Citing>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citing {
    pub date: String,
    /// Who cited it, and for what.
    pub by: Localized,
    pub source: String,
}

/// A text in the three languages of the interface.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub en: String,
    pub ja: String,
    pub ru: String,
}

impl Localized {
    pub fn all(&self) -> [(&'static str, &str); 3] {
        [("en", &self.en), ("ja", &self.ja), ("ru", &self.ru)]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub title: Localized,
    pub description: Localized,
    pub proposed_by: Localized,
    pub sources: Vec<String>,
    /// The models it follows that someone cited for these islands (ids of `[[precedent]]`).
    #[serde(default)]
    pub precedents: Vec<String>,
    /// Why a preset is no longer offered; its page and links keep working.
    pub retired: Option<Localized>,
    pub scenario: Scenario,
}

/// A scenario as data files write it: `etorofu = "split:21"`, `terms = ["joint-activity"]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub habomai: String,
    pub shikotan: String,
    pub kunashiri: String,
    pub etorofu: String,
    pub peace_treaty: bool,
    pub phased_years: Option<u8>,
    #[serde(default)]
    pub terms: Vec<Term>,
}

impl Scenario {
    /// The core's scenario, or each thing wrong with it: a status that does not read, a split
    /// elsewhere than on Etorofu, a period out of range (the core's own checks).
    pub fn read(&self) -> Result<scenario::Scenario, Vec<String>> {
        let texts = [&self.habomai, &self.shikotan, &self.kunashiri, &self.etorofu];
        let read: Vec<Result<Status, String>> = texts.iter().map(|t| t.parse::<Status>()).collect();
        let errors: Vec<String> = IslandId::ALL
            .into_iter()
            .zip(&read)
            .filter_map(|(id, r)| r.as_ref().err().map(|e| format!("{}: {e}", id.key())))
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut s = scenario::Scenario::STATUS_QUO;
        for (slot, status) in s.islands.iter_mut().zip(read.into_iter().flatten()) {
            *slot = status;
        }
        s.peace_treaty = self.peace_treaty;
        s.timing = self.phased_years.map_or(Timing::AtSignature, |years| Timing::Phased { years });
        for &term in &self.terms {
            s.terms.set(term, true);
        }
        s.validate().map(|()| s).map_err(|e| {
            vec![match e {
                ScenarioError::SplitNotEtorofu(id) => format!("{}: only Etorofu can be split", id.key()),
                ScenarioError::YearsOutOfRange(years) => format!("phased_years must be 1 to 99, not {years}"),
                ScenarioError::PercentOutOfRange(p) => format!("etorofu: a split needs 1 to 99 %, not {p}"),
            }]
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapFile {
    pub source: String,
    pub licence: String,
    pub attribution: String,
    pub width: u32,
    pub height: u32,
    pub unit_km: f64,
    pub projection: Projection,
    pub shape: Vec<Shape>,
}

/// The maps' Lambert azimuthal equal-area projection: its centre, the sphere's radius, and
/// where the main view's north-west corner lies (km east and north of the centre).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    pub lon: f64,
    pub lat: f64,
    pub radius_km: f64,
    pub x0_km: f64,
    pub y0_km: f64,
}

/// data/borders.toml: the borders of the past, each shown from its timeline entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BordersFile {
    pub border: Vec<Border>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Border {
    pub document: String,
    pub japan: Vec<PastLand>,
    pub russia: Vec<PastLand>,
    pub undivided: Vec<PastLand>,
    pub caption: Localized,
    pub sources: Vec<String>,
    pub line: Vec<BorderLine>,
    #[serde(default)]
    pub label: Vec<BorderLabel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BorderLine {
    /// [longitude, latitude] pairs.
    pub points: Vec<[f64; 2]>,
    pub label: Option<Localized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BorderLabel {
    pub at: [f64; 2],
    pub text: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shape {
    pub land: Land,
    pub measured_km2: f64,
    /// x0, y0, x1, y1, … in map units.
    pub points: Vec<i32>,
}

/// data/coasts.toml: the other coasts that bound the sea zones, and the overview map's land.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoastsFile {
    pub source: String,
    pub near_km: f64,
    pub coast_tolerance_km: Tolerances,
    pub fine_tolerance_km: Tolerances,
    pub outline_tolerance_km: f64,
    /// What the build computes the zones from (with the main map's four islands).
    pub coast: Vec<Coast>,
    /// Finer coasts, the four islands included, for the convergence test.
    pub fine: Vec<Coast>,
    /// The land drawn on the overview map.
    pub outline: Vec<Coast>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tolerances {
    pub near: f64,
    pub far: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coast {
    pub land: CoastLand,
    /// Which land an overview outline is.
    #[serde(default)]
    pub region: Option<PastLand>,
    /// x0, y0, x1, y1, … in map units.
    pub points: Vec<i32>,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum CoastLand {
    Japan,
    Russia,
    Habomai,
    Shikotan,
    Kunashiri,
    Etorofu,
}

