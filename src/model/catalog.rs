//! The sourced facts the explorer works from, compiled in from `data/` by build.rs.
//!
//! Every figure and statement names a source by id; build.rs has already checked that
//! each id exists, so lookups here cannot miss for compiled-in data.

use super::condition::Condition;
use super::date::Date;
use super::formula::Formula;
use super::island::IslandId;
use super::scenario::Scenario;
pub use super::confidence::Confidence;
pub use super::party::Party;
pub use super::population::Population;

#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    /// The title, publisher and address are in the files of texts (the same in each), so that
    /// those of the panels far below the first screen are downloaded only when a reader nears
    /// them.
    pub title: Localized,
    pub publisher: Localized,
    /// When it was published; `None` where the page gives no date and the fact base records
    /// none (written `n.d.` in data/).
    pub date: Option<Date>,
    pub url: Localized,
    /// ISO 639-1 code of the source's language.
    pub language: &'static str,
    /// The government whose own site or official record this is (its address is on a
    /// government domain), if any.
    pub government: Option<Party>,
}

/// A number as one source gives it.
#[derive(Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    /// When the figure holds (survey year, census day, estimate date).
    pub date: Date,
    pub source: &'static str,
}

/// Another source's figure for the same thing, kept because sources disagree (the notes that
/// say why stay in data/ for `fourislands check-data`).
#[derive(Debug, PartialEq)]
pub struct Alternate {
    pub value: f64,
    /// When the figure holds, where the source says.
    pub date: Option<Date>,
    pub source: &'static str,
}

/// An island's name in each side's language and in the Latin forms each side uses.
#[derive(Debug, PartialEq)]
pub struct Names {
    pub ja: &'static str,
    pub ja_latin: &'static str,
    pub ru: &'static str,
    pub ru_latin: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Island {
    pub id: IslandId,
    pub names: Names,
    /// The canonical land area in km², from one official survey for all four islands.
    pub area: Figure,
    /// Other published areas, kept because sources disagree.
    pub area_alternates: &'static [Alternate],
    pub residents_1945: Figure,
    /// The latest per-island estimate of current residents.
    pub residents_now: Figure,
    pub residents_alternates: &'static [Alternate],
}

#[derive(Debug, PartialEq)]
pub struct Region {
    /// What Japan calls the four islands, and what Russia calls them.
    pub japan_name: Names,
    pub russia_name: Names,
    pub japan_name_en: &'static str,
    pub russia_name_en: &'static str,
    pub source: &'static str,
    /// The total area as the canonical survey prints it (it may include islets it assigns to
    /// none of the four, so it need not equal the sum of the four).
    pub area_total: Figure,
    /// Resident counts later than the per-island figures, each for the area it names (a
    /// district total is never split into islands).
    pub residents_later: &'static [ScopedFigure],
    /// How many of the Japanese residents of 1945 are alive, each by its own definition.
    pub former_residents_alive: &'static [ScopedFigure],
}

/// A count for the scope it names.
#[derive(Debug, PartialEq)]
pub struct ScopedFigure {
    pub value: f64,
    pub date: Date,
    pub sources: &'static [&'static str],
    /// What the count covers, in English, Japanese and Russian.
    pub scope: Localized,
}

#[derive(Debug, PartialEq)]
pub struct Quote {
    /// Verbatim, in the language the source prints it in (the same in each language's file of
    /// texts, read with `Locale::local`, never with the reader's names put in).
    pub text: Localized,
    pub language: &'static str,
    /// The quote in each interface language (`crate::i18n::Lang` order), empty for its own
    /// language; shown marked as a translation, never as the speaker's words.
    pub translation: Localized,
}

/// A treaty, declaration or event, summarised in the project's own words.
#[derive(Debug, PartialEq)]
pub struct Document {
    pub id: &'static str,
    pub date: Date,
    /// Title and summary in English, Japanese and Russian, with `{island}` placeholders.
    pub texts: DocumentTexts,
    pub sources: &'static [&'static str],
    pub confidence: Confidence,
}

/// A government's stated position, in force from its date until the party's next one.
#[derive(Debug, PartialEq)]
pub struct Position {
    pub id: &'static str,
    pub party: Party,
    pub date: Date,
    pub quote: Option<Quote>,
    /// Speaker and paraphrase in English, Japanese and Russian, with `{island}` placeholders.
    pub texts: PositionTexts,
    /// The machine-readable form: what a scenario must satisfy to fit this position.
    pub conditions: &'static [Condition],
    /// The islands the settlement this position names would leave under Japanese
    /// sovereignty (Japan's claim, Russia's offer); `None` where it names no settlement.
    pub land_to_japan: Option<&'static [IslandId]>,
    /// The quote's source first, where there is a quote.
    pub sources: &'static [&'static str],
}

#[derive(Debug, PartialEq)]
pub struct PollOption {
    /// As the source reports it in English, with the project's translations.
    pub label: Localized,
    pub label_original: &'static str,
    pub percent: f64,
    /// The settlements this answer describes; `None` for answers that describe none
    /// (don't know, other, no interest), which never match a scenario.
    pub formula: Option<Formula>,
}

#[derive(Debug, PartialEq)]
pub struct Question {
    /// As the source reports it in English, with the project's translations; may be a note
    /// that the source does not quote the question.
    pub wording: Localized,
    pub wording_original: &'static str,
    pub wording_language: &'static str,
    pub options: &'static [PollOption],
    /// False where the source reports only some of the answers.
    pub complete: bool,
}

#[derive(Debug, PartialEq)]
pub struct Poll {
    pub id: &'static str,
    pub pollster: &'static str,
    pub population: Population,
    pub field_start: Date,
    pub field_end: Date,
    pub sample: Option<u32>,
    pub method: Localized,
    /// What a reader must know to read the answers (question format, a premise, a change of
    /// wording), in the three languages.
    pub caveat: Option<Localized>,
    pub confidence: Confidence,
    pub questions: &'static [Question],
    pub sources: &'static [&'static str],
}

impl Poll {
    /// Whether some answer names a kind of settlement; the others ask about the dispute
    /// (awareness, hopes) and are shown for every scenario.
    pub fn names_a_settlement(&self) -> bool {
        self.questions.iter().any(Question::names_a_settlement)
    }
}

impl Question {
    /// Whether some answer names a kind of settlement, and so may describe a scenario.
    pub fn names_a_settlement(&self) -> bool {
        self.options.iter().any(|o| o.formula.is_some())
    }
}

/// An assessment by a named person or an editorial board: shown as opinion, never as fact.
#[derive(Debug, PartialEq)]
pub struct Opinion {
    pub id: &'static str,
    pub date: Date,
    pub quote: Option<Quote>,
    /// Author, role and paraphrase in English, Japanese and Russian, with `{island}` placeholders.
    pub texts: OpinionTexts,
    /// The settlements the opinion is about.
    pub about: &'static [Formula],
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    /// Title and description in English, Japanese and Russian, with `{island}` placeholders
    /// for the reader's choice of names (`crate::i18n::Locale::text` words them; the static
    /// pages and the command line in `Locale::ENGLISH`).
    pub texts: PresetTexts,
    /// Who proposed or discussed it, in the three languages.
    pub proposed_by: Localized,
    pub scenario: Scenario,
    pub sources: &'static [&'static str],
    /// Ids of the precedents it follows that someone cited for these islands.
    pub precedents: &'static [&'static str],
    /// Why it is no longer offered, if it is not; its page and links keep working.
    pub retired: Option<Localized>,
}

impl Preset {
    pub fn offered(&self) -> bool {
        self.retired.is_none()
    }
}

/// A settlement elsewhere that someone cited as a model for these islands.
#[derive(Debug, PartialEq)]
pub struct Precedent {
    pub id: &'static str,
    pub title: Localized,
    /// What it settled and how, with its dates.
    pub terms: Localized,
    pub sources: &'static [&'static str],
    /// Who cited it for these islands, and when.
    pub cited: &'static [Citing],
}

#[derive(Debug, PartialEq)]
pub struct Citing {
    pub date: Date,
    pub by: Localized,
    pub source: &'static str,
}

/// A data text in English, Japanese and Russian, with `{island}` placeholders for the reader's
/// choice of names: its place in the files of texts (build.rs writes one per language, so a
/// reader downloads one language), which `crate::i18n::Locale::local` reads.
#[derive(Debug, PartialEq)]
pub struct Localized(pub u32);

#[derive(Debug, PartialEq)]
pub struct OpinionTexts {
    pub author: Localized,
    pub role: Localized,
    pub paraphrase: Localized,
}

#[derive(Debug, PartialEq)]
pub struct DocumentTexts {
    pub title: Localized,
    pub summary: Localized,
}

#[derive(Debug, PartialEq)]
pub struct PositionTexts {
    pub speaker: Localized,
    pub paraphrase: Localized,
}

#[derive(Debug, PartialEq)]
pub struct PresetTexts {
    pub title: Localized,
    pub description: Localized,
}

mod generated {
    use super::*;
    use crate::model::map::{Land, MapData, Shape};
    use crate::model::scenario::{Status, Terms, Timing};
    include!(concat!(env!("OUT_DIR"), "/data.rs"));
}

// `RECORD_ENDS` is the latest date of any statement, event, opinion or poll in data/: how far
// the record runs, which every output says so that a later reader knows what it cannot show.
pub use generated::{
    DOCUMENTS, ISLANDS, MAP, OPINIONS, PAGE_SOURCES, POLLS, POSITIONS, PRECEDENTS, PRESETS, RECORD_ENDS, REGION,
    SHARED_SOURCES,
};

/// Positions after this year cite their government's own words or say they could not be
/// found (build.rs checks, with `source_data::validate::OWN_WORDS_FROM`, the same year).
pub const OWN_WORDS_FROM: u16 = 2000;

impl Position {
    /// Whether one of the position's sources is its own government's site or record.
    pub fn cites_own_government(&self) -> bool {
        self.sources.iter().any(|id| shared_source(id).is_some_and(|s| s.government == Some(self.party)))
    }

    /// A position after 2000 known only from other reports: the page says so.
    pub fn own_words_missing(&self) -> bool {
        self.date.year > OWN_WORDS_FROM && !self.cites_own_government()
    }
}

/// Alternate figures that differ from the canonical one by more than this share are shown to
/// the reader beside it (`fourislands check-data` flags them at the same threshold).
pub const DISAGREEMENT: f64 = 0.05;

/// What a disagreement is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Area,
    Residents,
}

/// A published figure that differs from the one the explorer uses by more than
/// [`DISAGREEMENT`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disagreement {
    pub island: IslandId,
    pub measure: Measure,
    pub used: &'static Figure,
    pub other: &'static Alternate,
}

/// Every such disagreement, island by island. An area is one quantity whatever the survey's
/// year; residents are a series, so only a figure for the same day measures the same thing.
pub fn disagreements() -> Vec<Disagreement> {
    let mut out = Vec::new();
    for island in &ISLANDS {
        let apart = |used: &Figure, other: &Alternate| (other.value - used.value).abs() / used.value.abs().max(1.0) > DISAGREEMENT;
        for other in island.area_alternates.iter().filter(|a| apart(&island.area, a)) {
            out.push(Disagreement { island: island.id, measure: Measure::Area, used: &island.area, other });
        }
        let now = &island.residents_now;
        for other in island.residents_alternates.iter().filter(|a| a.date == Some(now.date) && apart(now, a)) {
            out.push(Disagreement { island: island.id, measure: Measure::Residents, used: now, other });
        }
    }
    out
}

/// A source by id, whatever cites it.
pub fn source(id: &str) -> Option<&'static Source> {
    sources().find(|s| s.id == id)
}

/// Every source.
pub fn sources() -> impl Iterator<Item = &'static Source> {
    SHARED_SOURCES.iter().chain(&PAGE_SOURCES)
}

/// A source cited by what both pages show (positions, presets, figures, the map): looking
/// only there keeps the sources of what the full page alone shows out of the embed.
pub fn shared_source(id: &str) -> Option<&'static Source> {
    SHARED_SOURCES.iter().find(|s| s.id == id)
}

pub fn island(id: IslandId) -> &'static Island {
    &ISLANDS[id.index()]
}

/// Every treaty, declaration and event, oldest first, as the timeline lists them.
pub fn timeline() -> Vec<&'static Document> {
    let mut documents: Vec<&'static Document> = DOCUMENTS.iter().collect();
    documents.sort_by_key(|d| d.date);
    documents
}

/// A preset by id, offered or retired (a retired preset's page and links keep working).
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The presets the explorer offers, in their order.
pub fn offered_presets() -> impl Iterator<Item = &'static Preset> {
    PRESETS.iter().filter(|p| p.offered())
}

/// The precedents a preset follows.
pub fn precedents(preset: &Preset) -> Vec<&'static Precedent> {
    preset.precedents.iter().filter_map(|id| PRECEDENTS.iter().find(|p| p.id == *id)).collect()
}
