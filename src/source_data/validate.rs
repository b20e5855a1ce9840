//! Checks across files: every reference resolves, every date and address is well formed,
//! every percentage set adds up, every required entry exists.

use super::schema::{self, Quote};
use crate::model::island::IslandId;
use crate::model::map::Land;
use crate::model::party::Party;
use super::{Data, DataError};
use crate::model::date::Date;
use std::collections::{HashMap, HashSet};

/// The presets the explorer names, offered or retired; each must exist, since published pages
/// (`p/<id>.html`) and articles link to them.
pub const REQUIRED_PRESETS: [&str; 12] = [
    "status-quo",
    "1956",
    "treaty-first",
    "two-plus-alpha",
    "three-islands",
    "all-four",
    "all-four-phased",
    "aland",
    "equal-area",
    "joint-development",
    "condominium",
    "lease-back",
];

const LANGUAGES: [&str; 5] = ["en", "ja", "ru", "et", "zh"];

/// The placeholders data texts may use for island names.
pub const ISLAND_KEYS: [&str; 4] = ["habomai", "shikotan", "kunashiri", "etorofu"];

/// Each government's positions after this year must cite a source of its own (its own site
/// or official record) beside press reports, so that each side is heard in its own words.
pub const OWN_WORDS_FROM: u16 = 2000;

/// Two sources' figures for the same thing that differ by more than this share are flagged.
pub const DISAGREEMENT: f64 = 0.05;

pub fn validate(data: &Data) -> Vec<DataError> {
    let mut v = Validator { errors: Vec::new(), file: "", entry: String::new(), sources: HashMap::new() };
    // Sources first: every other file's citations are checked against them.
    for check in [sources, islands, documents, positions, polls, opinions, presets, precedents, map, coasts, borders] {
        check(&mut v, data);
    }
    v.errors
}

fn sources(v: &mut Validator, data: &Data) {
    v.file = "sources.toml";
    for s in &data.sources.source {
        v.entry(&format!("source `{}`", s.id));
        v.register_source(&s.id, &s.url);
        v.date_or_undated(&s.date);
        v.url(&s.url);
        v.language(&s.language);
        v.text("title", &s.title);
        v.text("publisher", &s.publisher);
    }
}

fn islands(v: &mut Validator, data: &Data) {
    v.file = "islands.toml";
    v.entry("region");
    v.cite(&data.islands.region.source);
    v.figure("area_total", &data.islands.region.area_total);
    for f in data.islands.region.residents_later.iter().chain(&data.islands.region.former_residents_alive) {
        v.date(&f.date);
        v.cite_all(&f.sources);
        v.localized("scope", &f.scope);
        if !f.value.is_finite() || f.value < 0.0 {
            v.error(format!("{} is not a count", f.value));
        }
    }
    if data.islands.region.area_total.source != data.islands.island.first().map(|i| i.area.source.clone()).unwrap_or_default() {
        v.error("`area_total` must come from the survey the island areas come from".into());
    }
    let found: Vec<IslandId> = data.islands.island.iter().map(|i| i.id).collect();
    let mut sorted = found.clone();
    sorted.sort();
    sorted.dedup();
    if sorted.len() != 4 || found.len() != 4 {
        v.entry("");
        v.error("must list each of habomai, shikotan, kunashiri and etorofu exactly once".into());
    }
    for island in &data.islands.island {
        v.entry(&format!("island `{:?}`", island.id));
        for (what, f) in [
            ("area", &island.area),
            ("residents_1945", &island.residents_1945),
            ("residents_now", &island.residents_now),
        ] {
            v.figure(what, f);
        }
        for f in island.area_alternates.iter().chain(&island.residents_alternates) {
            v.date_or_undated(&f.date);
            v.figure_source("alternate", f);
        }
        if island.area.value <= 0.0 {
            v.error("the area must be positive".into());
        }
    }
}

fn documents(v: &mut Validator, data: &Data) {
    v.file = "documents.toml";
    let mut seen = HashSet::new();
    for d in &data.documents.document {
        v.entry(&format!("document `{}`", d.id));
        v.unique(&mut seen, &d.id);
        v.date(&d.date);
        v.localized("title", &d.title);
        v.localized("summary", &d.summary);
        if d.sources.is_empty() {
            v.error("names no source".into());
        }
        for s in &d.sources {
            v.cite(s);
        }
    }
}

fn positions(v: &mut Validator, data: &Data) {
    v.file = "positions.toml";
    let mut seen = HashSet::new();
    for p in &data.positions.position {
        v.entry(&format!("position `{}`", p.id));
        v.unique(&mut seen, &p.id);
        let date = v.date(&p.date);
        v.cite_all(&p.sources);
        let own = v.cites_government(&p.sources, p.party);
        match (date.is_some_and(|d| d.year > OWN_WORDS_FROM), own, &p.own_words_sought) {
            (true, false, None) => v.error(format!(
                "a position after {OWN_WORDS_FROM} needs a source of its own government's (a {} address) beside the press, or `own_words_sought` saying where that text was looked for",
                match p.party {
                    Party::Japan => ".go.jp",
                    Party::Russia => "kremlin.ru, mid.ru, government.ru or .gov.ru",
                }
            )),
            (_, true, Some(_)) => v.error("cites its government's own source: remove `own_words_sought`".into()),
            (_, _, Some(note)) if note.trim().is_empty() => v.error("`own_words_sought` is empty".into()),
            _ => {}
        }
        v.localized("speaker", &p.speaker);
        v.localized("paraphrase", &p.paraphrase);
        v.quote(p.quote.as_ref());
        if p.conditions.is_empty() {
            v.error("has no conditions: the evaluator could not check a scenario against it".into());
        }
    }
}

fn polls(v: &mut Validator, data: &Data) {
    v.file = "polls.toml";
    let mut seen = HashSet::new();
    for p in &data.polls.poll {
        v.entry(&format!("poll `{}`", p.id));
        v.unique(&mut seen, &p.id);
        v.cite_all(&p.sources);
        v.localized("method", &p.method);
        if let Some(c) = &p.caveat {
            v.localized("caveat", c);
        }
        if let (Some(start), Some(end)) = (v.date(&p.field_start), v.date(&p.field_end)) {
            if end < start {
                v.error(format!("fieldwork ends ({}) before it starts ({})", p.field_end, p.field_start));
            }
        }
        for (n, q) in p.question.iter().enumerate() {
            v.entry(&format!("poll `{}` question {}", p.id, n + 1));
            v.language(&q.wording_language);
            v.localized("wording", &q.wording);
            for o in &q.option {
                v.localized("option label", &o.label);
            }
            if q.option.iter().any(|o| !o.label_original.is_empty()) && q.wording_language == "en" {
                v.error(
                    "answers quoted in their original language need `wording_language` set to that language".into(),
                );
            }
            v.percentages(q);
        }
    }
}

fn opinions(v: &mut Validator, data: &Data) {
    v.file = "opinions.toml";
    let mut seen = HashSet::new();
    for o in &data.opinions.opinion {
        v.entry(&format!("opinion `{}`", o.id));
        v.unique(&mut seen, &o.id);
        v.date(&o.date);
        v.cite(&o.source);
        v.localized("author", &o.author);
        v.localized("role", &o.role);
        v.localized("paraphrase", &o.paraphrase);
        v.quote(o.quote.as_ref());
    }
}

fn presets(v: &mut Validator, data: &Data) {
    v.file = "presets.toml";
    let mut seen = HashSet::new();
    for p in &data.presets.preset {
        v.entry(&format!("preset `{}`", p.id));
        v.unique(&mut seen, &p.id);
        for (field, text) in [("title", &p.title), ("description", &p.description), ("proposed_by", &p.proposed_by)] {
            v.localized(field, text);
        }
        if p.sources.is_empty() {
            v.error("names no source for who proposed or discussed it".into());
        }
        for s in &p.sources {
            v.cite(s);
        }
        v.scenario(&p.scenario);
        if let Some(r) = &p.retired {
            v.localized("retired", r);
        }
        for id in &p.precedents {
            if !data.presets.precedent.iter().any(|q| &q.id == id) {
                v.error(format!("names the precedent `{id}`, which presets.toml does not define"));
            }
        }
    }
    v.entry("");
    for id in REQUIRED_PRESETS {
        if !seen.contains(id) {
            v.error(format!("the preset `{id}` is missing"));
        }
    }
}

fn precedents(v: &mut Validator, data: &Data) {
    v.file = "presets.toml";
    let mut precedents = HashSet::new();
    for p in &data.presets.precedent {
        v.entry(&format!("precedent `{}`", p.id));
        v.unique(&mut precedents, &p.id);
        v.date(&p.date);
        v.localized("title", &p.title);
        v.localized("terms", &p.terms);
        v.cite_all(&p.sources);
        // A model nobody cited for these islands is not offered as context for them.
        if p.cited.is_empty() {
            v.error("names nobody who cited it for these islands".into());
        }
        for c in &p.cited {
            v.date(&c.date);
            v.localized("cited.by", &c.by);
            v.cite(&c.source);
        }
        if !data.presets.preset.iter().any(|q| q.precedents.contains(&p.id)) {
            v.error("is attached to no preset".into());
        }
    }
}

fn map(v: &mut Validator, data: &Data) {
    v.file = "map.toml";
    v.entry("");
    v.cite(&data.map.source);
    let map = &data.map;
    for land in Land::ALL {
        if !map.shape.iter().any(|s| s.land == land) {
            v.error(format!("has no shape for {}", land.key()));
        }
    }
    for (n, shape) in map.shape.iter().enumerate() {
        v.entry(&format!("shape {} ({})", n + 1, shape.land.key()));
        if shape.points.len() < 6 || shape.points.len() % 2 != 0 {
            v.error("needs at least three x, y pairs".into());
        }
        let fits = shape.points.chunks(2).all(|p| {
            (0..=map.width as i32).contains(&p[0]) && p.get(1).is_some_and(|y| (0..=map.height as i32).contains(y))
        });
        if !fits {
            v.error(format!("has points outside the {} × {} view", map.width, map.height));
        }
    }
}

fn coasts(v: &mut Validator, data: &Data) {
    v.file = "coasts.toml";
    v.entry("");
    v.cite(&data.coasts.source);
    for (n, c) in data.coasts.outline.iter().enumerate() {
        if c.region.is_none() {
            v.entry(&format!("outline {}", n + 1));
            v.error("names no region".into());
        }
    }
}

fn borders(v: &mut Validator, data: &Data) {
    v.file = "borders.toml";
    let documents: HashSet<&str> = data.documents.document.iter().map(|d| d.id.as_str()).collect();
    let mut seen = HashSet::new();
    for b in &data.borders.border {
        v.entry(&format!("border of `{}`", b.document));
        v.unique(&mut seen, &b.document);
        if !documents.contains(b.document.as_str()) {
            v.error(format!("names the document `{}`, which documents.toml does not define", b.document));
        }
        v.localized("caption", &b.caption);
        if b.sources.is_empty() {
            v.error("names no source".into());
        }
        for s in &b.sources {
            v.cite(s);
        }
        let lands: Vec<_> = b.japan.iter().chain(&b.russia).chain(&b.undivided).collect();
        if (1..lands.len()).any(|i| lands[..i].contains(&lands[i])) {
            v.error("colours a land twice".into());
        }
        for line in &b.line {
            if line.points.len() < 2 {
                v.error("has a line of fewer than two points".into());
            }
            if line.points.iter().any(|p| !(120.0..=170.0).contains(&p[0]) || !(30.0..=60.0).contains(&p[1])) {
                v.error("has a point outside the maps (expected [longitude, latitude])".into());
            }
            if let Some(label) = &line.label {
                v.localized("line label", label);
            }
        }
        for label in &b.label {
            v.localized("label", &label.text);
        }
    }
}

/// Alternate figures that differ from the canonical one by more than [`DISAGREEMENT`]:
/// recorded on purpose, and reported so a reader knows the sources disagree.
pub fn disagreements(data: &Data) -> Vec<String> {
    let mut out = Vec::new();
    for island in &data.islands.island {
        // An area is one quantity whatever the survey year; residents are a time series,
        // so only figures for the same year measure the same thing.
        let same_year = |a: &schema::Figure, b: &schema::Figure| a.date.get(..4) == b.date.get(..4);
        let pairs = island.area_alternates.iter().map(|alt| ("area", &island.area, alt)).chain(
            island
                .residents_alternates
                .iter()
                .filter(|alt| same_year(alt, &island.residents_now))
                .map(|alt| ("residents", &island.residents_now, alt)),
        );
        for (what, main, alt) in pairs {
            let gap = (alt.value - main.value).abs() / main.value.abs().max(1.0);
            if gap > DISAGREEMENT {
                out.push(format!(
                    "{:?} {what}: {} ({}) vs {} ({}), {:.1} % apart",
                    island.id,
                    main.value,
                    main.source,
                    alt.value,
                    alt.source,
                    gap * 100.0
                ));
            }
        }
    }
    out
}

struct Validator {
    errors: Vec<DataError>,
    file: &'static str,
    entry: String,
    /// Every source id, with its address.
    sources: HashMap<String, String>,
}

impl Validator {
    fn entry(&mut self, entry: &str) {
        self.entry = entry.to_owned();
    }

    fn error(&mut self, message: String) {
        self.errors.push(DataError { file: self.file.to_owned(), entry: self.entry.clone(), message });
    }

    fn register_source(&mut self, id: &str, url: &str) {
        if self.sources.insert(id.to_owned(), url.to_owned()).is_some() {
            self.error(format!("the source id `{id}` is used twice"));
        }
        self.id_form(id);
    }

    /// Cites each of `ids`, at least one.
    fn cite_all(&mut self, ids: &[String]) {
        if ids.is_empty() {
            self.error("names no source".into());
        }
        for id in ids {
            self.cite(id);
        }
    }

    fn cites_government(&self, ids: &[String], party: Party) -> bool {
        ids.iter().any(|id| self.sources.get(id).is_some_and(|url| super::government_of(url) == Some(party)))
    }

    fn unique(&mut self, seen: &mut HashSet<String>, id: &str) {
        if !seen.insert(id.to_owned()) {
            self.error(format!("the id `{id}` is used twice"));
        }
        self.id_form(id);
    }

    fn id_form(&mut self, id: &str) {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            self.error(format!("the id `{id}` must be lower-case letters, digits and `-`"));
        }
    }

    fn date(&mut self, text: &str) -> Option<Date> {
        match Date::parse(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(e.to_string());
                None
            }
        }
    }

    fn cite(&mut self, id: &str) {
        if !self.sources.contains_key(id) {
            self.error(format!("cites the source `{id}`, which sources.toml does not define"));
        }
    }

    fn text(&mut self, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(format!("`{field}` is empty"));
        }
    }

    fn url(&mut self, url: &str) {
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
        let ok = host.is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'))
            && !url.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>');
        if !ok {
            self.error(format!("`{url}` is not a well-formed http(s) address"));
        }
    }

    fn language(&mut self, code: &str) {
        if !LANGUAGES.contains(&code) {
            self.error(format!("unknown language code `{code}` (known: {})", LANGUAGES.join(", ")));
        }
    }

    fn date_or_undated(&mut self, text: &str) {
        if text != super::UNDATED {
            self.date(text);
        }
    }

    fn figure(&mut self, what: &str, f: &schema::Figure) {
        self.date(&f.date);
        self.figure_source(what, f);
    }

    fn figure_source(&mut self, what: &str, f: &schema::Figure) {
        self.cite(&f.source);
        if !f.value.is_finite() || f.value < 0.0 {
            self.error(format!("{what}: {} is not a count or measure", f.value));
        }
    }

    fn quote(&mut self, quote: Option<&Quote>) {
        let Some(q) = quote else { return };
        self.language(&q.language);
        self.text("quote.text", &q.text);
        for (lang, translation) in q.translation.all() {
            match translation {
                Some(_) if lang == q.language => {
                    self.error(format!("`translation.{lang}` repeats the quote in its own language"))
                }
                None if lang != q.language => self.error(format!(
                    "a quote in `{}` needs `translation.{lang}` for readers in that language",
                    q.language
                )),
                Some(t) if t.trim().is_empty() => self.error(format!("`translation.{lang}` is empty")),
                _ => {}
            }
        }
    }

    /// All three languages present, with only island placeholders, the same in each.
    fn localized(&mut self, field: &str, text: &schema::Localized) {
        let placeholders = |t| {
            let mut p: Vec<&str> = super::placeholders(t).collect();
            p.sort_unstable();
            p
        };
        let english = placeholders(&text.en);
        for (lang, t) in text.all() {
            if t.trim().is_empty() {
                self.error(format!("`{field}.{lang}` is empty"));
            }
            let found = placeholders(t);
            if let Some(bad) = found.iter().find(|p| !ISLAND_KEYS.contains(p)) {
                self.error(format!("`{field}.{lang}` names `{{{bad}}}`, which is not an island"));
            }
            if found != english {
                self.error(format!("`{field}.{lang}` names other islands than the English text"));
            }
        }
    }

    fn percentages(&mut self, q: &schema::Question) {
        if q.option.is_empty() {
            self.error("has no answer options".into());
        }
        for o in &q.option {
            if !(0.0..=100.0).contains(&o.percent) {
                self.error(format!("option `{}`: {} is not a percentage", o.label.en, o.percent));
            }
        }
        let sum: f64 = q.option.iter().map(|o| o.percent).sum();
        // Published percentages are rounded: a full set may miss 100 by a point or so.
        if sum > 101.5 {
            self.error(format!("the percentages add up to {sum:.1}, more than 100"));
        } else if q.complete && sum < 98.5 {
            self.error(format!("marked complete, but the percentages add up to only {sum:.1}"));
        }
    }

    fn scenario(&mut self, s: &schema::Scenario) {
        for problem in s.read().err().unwrap_or_default() {
            self.error(problem);
        }
        if s.terms.iter().enumerate().any(|(i, t)| s.terms[..i].contains(t)) {
            self.error("a term is listed twice".into());
        }
    }
}
