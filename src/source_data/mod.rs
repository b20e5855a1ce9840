//! Reads the sourced TOML files in `data/`, checks them, and writes them out as Rust.
//!
//! This module is compiled twice: into build.rs (which fails the build on any error and
//! compiles the data in) and into the native library (for `fourislands check-data`).
//! It therefore reaches the rest of the crate only through the core's vocabulary modules
//! (`crate::model::{condition, confidence, date, format, formula, island, map, party,
//! population, scenario}`), which build.rs compiles in as well.

pub mod balance;
pub mod codegen;
pub mod past;
pub mod schema;
pub mod sea_zones;
pub mod translations;
pub mod validate;

use std::fmt;
use std::path::Path;

/// The names of a text's `{placeholders}`, in order.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

/// How data/ writes "no date known" for a source or an alternate figure.
pub const UNDATED: &str = "n.d.";

/// The government whose own site an address is on: Japan's government domains end in
/// `.go.jp` (a domain only Japanese government bodies may hold); Russia's are `.gov.ru` and
/// the presidency's, the government's and the foreign ministry's own domains.
pub fn government_of(url: &str) -> Option<crate::model::party::Party> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase();
    let under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    if under("go.jp") {
        Some(crate::model::party::Party::Japan)
    } else if ["gov.ru", "kremlin.ru", "government.ru", "mid.ru"].into_iter().any(under) {
        Some(crate::model::party::Party::Russia)
    } else {
        None
    }
}

/// How far the record runs: the latest date of any stated position, event, opinion or poll
/// (a date known only to the month or year counts from its first day).
pub fn record_ends(data: &Data) -> crate::model::date::Date {
    let dates = data.positions.position.iter().map(|p| p.date.as_str())
        .chain(data.documents.document.iter().map(|d| d.date.as_str()))
        .chain(data.opinions.opinion.iter().map(|o| o.date.as_str()))
        .chain(data.polls.poll.iter().map(|p| p.field_end.as_str()));
    dates.filter_map(|d| crate::model::date::Date::parse(d).ok()).max().unwrap_or(crate::model::date::Date::ymd(1855, 1, 1))
}

/// The sources cited by what the embed shows as well as the full page: positions, presets,
/// the islands' figures and the map.
pub fn shared_source_ids(data: &Data) -> std::collections::BTreeSet<&str> {
    let mut ids = figure_and_preset_source_ids(data);
    ids.extend(data.positions.position.iter().flat_map(|p| &p.sources).map(String::as_str));
    ids
}

/// The sources of the area, the map, the islands' figures and the presets, which both pages
/// show on their first screen.
fn figure_and_preset_source_ids(data: &Data) -> std::collections::BTreeSet<&str> {
    let mut ids = std::collections::BTreeSet::new();
    let region = &data.islands.region;
    ids.extend([region.source.as_str(), region.area_total.source.as_str(), data.map.source.as_str()]);
    ids.extend(data.presets.preset.iter().flat_map(|p| &p.sources).map(String::as_str));
    for i in &data.islands.island {
        let figures = [&i.area, &i.residents_1945, &i.residents_now].into_iter();
        ids.extend(figures.chain(&i.area_alternates).chain(&i.residents_alternates).map(|f| f.source.as_str()));
    }
    ids
}

/// The sources cited only by the full page's panels far below the first screen (the timeline
/// with its borders of the past and fishing agreements, the polls, the opinions, and the
/// positions' sources after the first, which only the positions' panel lists): their texts go
/// into the page's second file of texts, which the page fetches when a reader nears those
/// panels. Whatever else cites a source (the first screen, the embed's card, or a component by
/// id) keeps its texts in the first file.
pub fn far_below_source_ids(data: &Data) -> std::collections::BTreeSet<&str> {
    let mut first = figure_and_preset_source_ids(data);
    let region = &data.islands.region;
    // The embed's card and the verdicts name a position's first source.
    first.extend(data.positions.position.iter().filter_map(|p| p.sources.first()).map(String::as_str));
    for f in region.residents_later.iter().chain(&region.former_residents_alive) {
        first.extend(f.sources.iter().map(String::as_str));
    }
    for p in &data.presets.precedent {
        first.extend(p.sources.iter().chain(p.cited.iter().map(|c| &c.source)).map(String::as_str));
    }
    first.insert(data.coasts.source.as_str());
    let documents = data.documents.document.iter().flat_map(|d| &d.sources);
    let polls = data.polls.poll.iter().flat_map(|p| &p.sources);
    let opinions = data.opinions.opinion.iter().map(|o| &o.source);
    let borders = data.borders.border.iter().flat_map(|b| &b.sources);
    let positions = data.positions.position.iter().flat_map(|p| p.sources.iter().skip(1));
    let far = documents.chain(polls).chain(opinions).chain(borders).chain(positions);
    far.map(String::as_str).filter(|id| !first.contains(id)).collect()
}

/// Everything in `data/`, as read.
pub struct Data {
    pub sources: schema::SourcesFile,
    pub islands: schema::IslandsFile,
    pub documents: schema::DocumentsFile,
    pub positions: schema::PositionsFile,
    pub polls: schema::PollsFile,
    pub opinions: schema::OpinionsFile,
    pub presets: schema::PresetsFile,
    pub map: schema::MapFile,
    pub coasts: schema::CoastsFile,
    pub borders: schema::BordersFile,
}

/// A problem in one entry of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub entry: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "data/{}: {}", self.file, self.message)
        } else {
            write!(f, "data/{}: {}: {}", self.file, self.entry, self.message)
        }
    }
}

/// Reads and checks every file in `dir`; on failure, every problem found.
pub fn load_dir(dir: &Path) -> Result<Data, Vec<DataError>> {
    let mut errors = Vec::new();
    let sources = read(dir, "sources.toml", &mut errors);
    let islands = read(dir, "islands.toml", &mut errors);
    let documents = read(dir, "documents.toml", &mut errors);
    let positions = read(dir, "positions.toml", &mut errors);
    let polls = read(dir, "polls.toml", &mut errors);
    let opinions = read(dir, "opinions.toml", &mut errors);
    let presets = read(dir, "presets.toml", &mut errors);
    let map = read(dir, "map.toml", &mut errors);
    let coasts = read(dir, "coasts.toml", &mut errors);
    let borders = read(dir, "borders.toml", &mut errors);
    let (
        Some(sources),
        Some(islands),
        Some(documents),
        Some(positions),
        Some(polls),
        Some(opinions),
        Some(presets),
        Some(map),
        Some(coasts),
        Some(borders),
    ) = (sources, islands, documents, positions, polls, opinions, presets, map, coasts, borders)
    else {
        return Err(errors);
    };
    let data = Data { sources, islands, documents, positions, polls, opinions, presets, map, coasts, borders };
    let problems = validate::validate(&data);
    if problems.is_empty() { Ok(data) } else { Err(problems) }
}

fn read<T: serde::de::DeserializeOwned>(dir: &Path, file: &str, errors: &mut Vec<DataError>) -> Option<T> {
    let error = |message: String| DataError { file: file.to_owned(), entry: String::new(), message };
    let text = match std::fs::read_to_string(dir.join(file)) {
        Ok(text) => text,
        Err(e) => {
            errors.push(error(format!("cannot be read: {e}")));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            errors.push(error(e.to_string().trim_end().replace('\n', "\n    ")));
            None
        }
    }
}
