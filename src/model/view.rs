//! What the page shows, as a value: the scenario and the "as of" date. It is read from and
//! written to the page address, and every control is an [`Action`] on it.

use super::catalog;
use super::date::Date;
use super::island::IslandId;
use super::link;
use super::negotiation::Valuations;
use super::scenario::{Scenario, Status, Term, Timing};
use crate::i18n::{Lang, Naming};
use crate::render::escape::escape;

#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub scenario: Scenario,
    /// The date at which positions are judged; `None` means today.
    pub as_of: Option<Date>,
    pub layout: Layout,
    pub lang: Lang,
    pub naming: Naming,
    /// The negotiation analysis and the reader's assumptions for it; `None` while closed.
    pub analysis: Option<Valuations>,
}

/// The loader script an embed snippet names: its file beside index.html and, when the file is
/// named by its content, the Subresource Integrity hash that pins it (`sha384-…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loader<'a> {
    pub file: &'a str,
    pub integrity: Option<&'a str>,
}

impl Loader<'static> {
    /// The moving alias, which always loads the newest loader.
    pub const LATEST: Loader<'static> = Loader { file: "embed.js", integrity: None };
}

/// The full explorer, or the compact page that articles embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Full,
    Embed { controls: Controls, theme: Theme, panels: Panels },
}

/// Which controls an embedded explorer shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Controls {
    None,
    Presets,
    All,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// What an embed shows below its card: nothing (an article needs the scenario at a glance and
/// a way into the rest), or the full page's long panels (statements, polls, opinions, timeline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panels {
    Card,
    All,
}

impl Controls {
    pub const fn key(self) -> &'static str {
        match self {
            Controls::None => "none",
            Controls::Presets => "presets",
            Controls::All => "all",
        }
    }
}

impl Controls {
    /// The height a plain iframe of the embed is given (CSS pixels): enough for the card with
    /// these controls, whole, in a column 360 px wide or wider, in any language, for every
    /// preset (the browser tests check it); wider columns leave space below the card, which
    /// only the loader can take away. The long panels fit no fixed height: their frame scrolls.
    pub const fn frame_height(self, panels: Panels) -> u32 {
        match (panels, self) {
            (Panels::All, _) => 1600,
            (Panels::Card, Controls::None) => 960,
            (Panels::Card, Controls::Presets) => 1040,
            (Panels::Card, Controls::All) => 1560,
        }
    }
}

impl Theme {
    pub const fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Every change a reader can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Preset(&'static str),
    Island(IslandId, Status),
    PeaceTreaty(bool),
    Timing(Timing),
    Term(Term, bool),
    AsOf(Option<Date>),
    Lang(Lang),
    Naming(Naming),
    Analysis(Option<Valuations>),
    /// A whole scenario, as the negotiation analysis offers one.
    Scenario(Scenario),
}

impl Default for View {
    fn default() -> View {
        View {
            scenario: Scenario::STATUS_QUO,
            as_of: None,
            layout: Layout::Full,
            lang: Lang::En,
            naming: Naming::Both,
            analysis: None,
        }
    }
}

/// The file an embedded explorer is served as.
pub const EMBED_PAGE: &str = "embed.html";

/// The earliest date positions can be judged at: the Treaty of Shimoda's year, as the date box
/// allows.
pub const EARLIEST_AS_OF: Date = Date::ymd(1855, 1, 1);

/// Which page the build wrote. The page says so itself (`fourislands prerender` marks each
/// document), because its address cannot: hosts serve `embed.html` as `/embed`, and the site
/// under any path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Full,
    Embed,
    /// A pre-rendered preset page, `p/<id>.html`: the full explorer, opened at that preset.
    Preset(&'static str),
}

impl Page {
    /// The page a document's markers name: `data-page` ("full", "embed" or "preset") and,
    /// for a preset page, `data-preset`. Anything unknown is the full page.
    pub fn from_marker(kind: &str, preset: &str) -> Page {
        match kind {
            "embed" => Page::Embed,
            "preset" => catalog::preset(preset).map_or(Page::Full, |p| Page::Preset(p.id)),
            _ => Page::Full,
        }
    }

    /// The marker `from_marker` reads: (`data-page`, `data-preset`).
    pub fn marker(self) -> (&'static str, &'static str) {
        match self {
            Page::Full => ("full", ""),
            Page::Embed => ("embed", ""),
            Page::Preset(id) => ("preset", id),
        }
    }

    /// For readers without the document (the command line): the page a path names on a host
    /// that serves the site under any prefix, with or without `.html` (`…/embed`,
    /// `…/p/1956.html`).
    pub fn from_path(path: &str) -> Page {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let mut segments = path.rsplit('/');
        let last = segments.next().unwrap_or("");
        let name = last.strip_suffix(".html").unwrap_or(last);
        match (name, segments.next()) {
            ("embed", _) => Page::Embed,
            (id, Some("p")) => catalog::preset(id).map_or(Page::Full, |p| Page::Preset(p.id)),
            _ => Page::Full,
        }
    }

    /// The scenario the page shows when the address names none, or names one that cannot be read.
    pub fn default_scenario(self) -> Scenario {
        match self {
            Page::Preset(id) => catalog::preset(id).map_or(Scenario::STATUS_QUO, |p| p.scenario),
            Page::Full | Page::Embed => Scenario::STATUS_QUO,
        }
    }
}

/// Something in the address that the page could not use, and what it shows instead. Each is
/// worded for the reader by `crate::i18n::problem`, in their language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `s` could not be read: the page shows `instead`, its own scenario.
    Scenario { error: link::LinkError, instead: Scenario },
    /// `asof` is not a day from `EARLIEST_AS_OF` on: positions are judged as of today.
    Date,
    /// `va` is not valid: the analysis opens with the default assumptions.
    Valuations,
}

/// The last value of each parameter the page reads, as written in the address.
#[derive(Default)]
struct Parameters<'a> {
    s: Option<&'a str>,
    asof: Option<&'a str>,
    lang: Option<&'a str>,
    names: Option<&'a str>,
    va: Option<&'a str>,
    controls: Option<&'a str>,
    theme: Option<&'a str>,
    panels: Option<&'a str>,
}

impl View {
    /// Reads a query on the full page (see [`View::open`]).
    pub fn from_query(query: &str) -> (View, Vec<Problem>) {
        View::open(Page::Full, query, Lang::En)
    }

    /// Reads a whole address's path and query, taking the page from the path (see
    /// [`Page::from_path`]); the browser reads the page from its document instead.
    pub fn from_address(path: &str, query: &str, lang: Lang) -> (View, Vec<Problem>) {
        View::open(Page::from_path(path), query, lang)
    }

    /// Reads the page's query on `page`: `s`, `asof`, `lang`, `names`, `va` and, on the
    /// embed, `controls` and `theme` (docs/link-format.md). Each parameter's last occurrence
    /// counts, and a CMS's `&amp;` is read as `&`. `lang` is the language when the query
    /// names none (the browser's preference). A value that cannot be used gives the page's
    /// default and a [`Problem`] saying what is shown instead, never a failure.
    pub fn open(page: Page, query: &str, lang: Lang) -> (View, Vec<Problem>) {
        let mut view = View { lang, scenario: page.default_scenario(), ..View::default() };
        if page == Page::Embed {
            view.layout = Layout::Embed { controls: Controls::Presets, theme: Theme::Light, panels: Panels::Card };
        }
        let mut last = Parameters::default();
        for (key, value) in query.trim_start_matches('?').split('&').filter_map(|kv| kv.split_once('=')) {
            let slot = match key.strip_prefix("amp;").unwrap_or(key) {
                "s" => &mut last.s,
                "asof" => &mut last.asof,
                "lang" => &mut last.lang,
                "names" => &mut last.names,
                "va" => &mut last.va,
                "controls" => &mut last.controls,
                "theme" => &mut last.theme,
                "panels" => &mut last.panels,
                _ => continue,
            };
            *slot = Some(value);
        }
        let decoded = |value: Option<&str>| value.map(percent_decode);
        let mut problems = Vec::new();
        if let Some(text) = decoded(last.s) {
            match link::decode(&text) {
                Ok(s) => view.scenario = s,
                Err(error) => problems.push(Problem::Scenario { error, instead: view.scenario }),
            }
        }
        if let Some(text) = decoded(last.asof) {
            match Date::parse(&text) {
                Ok(d) if d.month != 0 && d.day != 0 && d >= EARLIEST_AS_OF => view.as_of = Some(d),
                _ => problems.push(Problem::Date),
            }
        }
        if let Some(code) = decoded(last.lang) {
            view.lang = Lang::from_code(&code).unwrap_or(view.lang);
        }
        if let Some(code) = decoded(last.names) {
            view.naming = Naming::from_code(&code).unwrap_or(Naming::Both);
        }
        if let Some(code) = decoded(last.va) {
            view.analysis = Some(Valuations::decode(&code).unwrap_or_else(|_| {
                problems.push(Problem::Valuations);
                Valuations::DEFAULT
            }));
        }
        if let Layout::Embed { controls, theme, panels } = &mut view.layout {
            match decoded(last.controls).as_deref() {
                Some("none") => *controls = Controls::None,
                Some("all") => *controls = Controls::All,
                _ => {}
            }
            if decoded(last.theme).as_deref() == Some("dark") {
                *theme = Theme::Dark;
            }
            if decoded(last.panels).as_deref() == Some("all") {
                *panels = Panels::All;
            }
        }
        (view, problems)
    }

    /// The query string that reopens this view.
    pub fn to_query(&self) -> String {
        let mut q = self.full_query();
        if let Layout::Embed { controls, theme, panels } = self.layout {
            q.push_str(&format!("&controls={}&theme={}", controls.key(), theme.key()));
            if panels == Panels::All {
                q.push_str("&panels=all");
            }
        }
        q
    }

    /// The query that opens this scenario, date, language and names in the full explorer.
    pub fn full_query(&self) -> String {
        let mut q = format!("?s={}", link::encode(&self.scenario));
        if let Some(d) = self.as_of {
            q.push_str(&format!("&asof={d}"));
        }
        q.push_str(&format!("&lang={}", self.lang.code()));
        if self.naming != Naming::Both {
            q.push_str(&format!("&names={}", self.naming.code()));
        }
        if let Some(v) = self.analysis {
            q.push_str(&format!("&va={}", v.encode()));
        }
        q
    }

    /// The view as a shared link or embed should carry it: positions judged as of the date
    /// shown (`today` when the reader has not chosen one), so that it opens the same view years
    /// later, after newer statements have been added.
    pub fn pinned(&self, today: Date) -> View {
        View { as_of: Some(self.as_of.unwrap_or(today)), ..self.clone() }
    }

    /// The date, names and panels options of an embed, as (name, value) pairs.
    fn embed_options(&self, panels: Panels) -> Vec<(&'static str, String)> {
        let mut options = Vec::new();
        if let Some(d) = self.as_of {
            options.push(("asof", d.to_string()));
        }
        if self.naming != Naming::Both {
            options.push(("names", self.naming.code().to_owned()));
        }
        if panels == Panels::All {
            options.push(("panels", "all".to_owned()));
        }
        options
    }

    /// What a newsroom pastes: a placeholder the loader script turns into a resizing iframe,
    /// holding a link to the scenario for readers whose browser or CMS drops the script.
    /// `base` is the explorer's address up to and including the last `/`; `title` names the
    /// scenario in the reader's language, for the link and the iframe.
    pub fn embed_snippet(&self, base: &str, controls: Controls, panels: Panels, loader: &Loader, title: &str) -> String {
        let options: String = self.embed_options(panels).iter().map(|(k, v)| format!(" data-{k}=\"{v}\"")).collect();
        let integrity = loader
            .integrity
            .map(|sri| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", escape(sri)))
            .unwrap_or_default();
        format!(
            "<div data-four-islands=\"{}\" data-controls=\"{}\" data-lang=\"{}\"{options}><a href=\"{}\">{}</a></div>\n<script async src=\"{}\"{integrity}></script>",
            link::encode(&self.scenario),
            controls.key(),
            self.lang.code(),
            escape(&format!("{base}{}", self.full_query())),
            escape(title),
            escape(&format!("{base}{}", loader.file)),
        )
    }

    /// For hosts that allow no scripts: a plain iframe of fixed height, enough for the card.
    pub fn iframe_snippet(&self, base: &str, controls: Controls, panels: Panels, title: &str) -> String {
        let options: String = self.embed_options(panels).iter().map(|(k, v)| format!("&{k}={v}")).collect();
        let src = format!(
            "{base}{EMBED_PAGE}?s={}&controls={}&lang={}{options}",
            link::encode(&self.scenario),
            controls.key(),
            self.lang.code()
        );
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\"></iframe>",
            escape(&src),
            escape(title),
            controls.frame_height(panels),
        )
    }

    pub fn apply(&self, action: Action) -> View {
        let mut next = self.clone();
        let s = &mut next.scenario;
        match action {
            Action::Preset(id) => {
                if let Some(p) = catalog::preset(id) {
                    *s = p.scenario;
                }
            }
            Action::Island(island, status) => {
                if island == IslandId::Etorofu || !matches!(status, Status::Split { .. }) {
                    s.islands[island.index()] = status;
                }
            }
            Action::PeaceTreaty(on) => s.peace_treaty = on,
            Action::Timing(t) => s.timing = t,
            Action::Term(term, on) => s.terms.set(term, on),
            Action::AsOf(d) => next.as_of = d,
            Action::Lang(l) => next.lang = l,
            Action::Naming(n) => next.naming = n,
            Action::Analysis(v) => next.analysis = v,
            Action::Scenario(scenario) => *s = scenario,
        }
        // Controls clamp their numbers, but the view must never hold a scenario a link cannot carry.
        if next.scenario.validate().is_err() {
            return self.clone();
        }
        next
    }

    /// The preset on offer that this view's scenario equals, if any.
    pub fn preset(&self) -> Option<&'static catalog::Preset> {
        catalog::offered_presets().find(|p| p.scenario == self.scenario)
    }

    /// A preset no longer offered that this view's scenario equals: old links and pages
    /// still open it, and the page says why it is no longer offered.
    pub fn retired_preset(&self) -> Option<&'static catalog::Preset> {
        catalog::PRESETS.iter().find(|p| !p.offered() && p.scenario == self.scenario)
    }
}

/// Undoes %-escapes that browsers may add; invalid escapes are kept as text, so decoding
/// then fails with a message instead of guessing.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b))) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The problems as the English page words them.
    fn worded(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(|p| crate::i18n::problem(Lang::En, Naming::Both, p)).collect()
    }

    fn check(query: &str, expected_link: &str, expected_problem: Option<&str>) {
        let (view, problems) = View::from_query(query);
        assert_eq!(link::encode(&view.scenario), expected_link, "{query}");
        let problems = worded(&problems);
        match (problems.as_slice(), expected_problem) {
            ([], None) => {}
            ([p], Some(fragment)) => assert!(p.contains(fragment), "{query}: {p}"),
            (got, want) => panic!("{query}: problems {got:?}, expected {want:?}"),
        }
    }

    #[test]
    fn reads_the_address() {
        check("", "1-RRRR", None);
        check("?s=1-JJRR-t", "1-JJRR-t", None);
        check("?lang=ja&s=1-JJJS21-t&embed=1", "1-JJJS21-t", None);
        check("?s=1%2DJJRR%2Dt", "1-JJRR-t", None);
        check("?s=1-JJXX", "1-RRRR", Some("damaged"));
        check("?s=7-JJRR", "1-RRRR", Some("newer version"));
        check("?s=%3Cscript%3E", "1-RRRR", Some("known format version"));
        check("?s=%E0%A4%A", "1-RRRR", Some("known format version"));
        check("?s=1-JJRR-t&asof=2016-02-30", "1-JJRR-t", Some("date in the link"));
        let (view, _) = View::from_query("?s=1-JJRR-t&asof=2016-12-16");
        assert_eq!(view.as_of, Some(Date::ymd(2016, 12, 16)));
        assert_eq!(view.to_query(), "?s=1-JJRR-t&asof=2016-12-16&lang=en");
        let (view, _) = View::from_address("/", "?s=1-JJRR-t&lang=ru-RU&names=ja", Lang::Ja);
        assert_eq!((view.lang, view.naming), (Lang::Ru, Naming::Japanese));
        assert_eq!(view.to_query(), "?s=1-JJRR-t&lang=ru&names=ja");
        let (view, _) = View::from_address("/", "?s=1-JJRR-t&lang=xx&names=yy", Lang::Ja);
        assert_eq!((view.lang, view.naming), (Lang::Ja, Naming::Both), "unknown values fall back");
    }

    #[test]
    fn the_message_says_what_is_shown_instead() {
        let (view, problems) = View::open(Page::Preset("1956"), "?s=garbage", Lang::En);
        assert_eq!(link::encode(&view.scenario), "1-JJRR-t", "the page's own preset");
        let said = worded(&problems).concat();
        assert!(said.ends_with("Showing “Two islands (1956 Joint Declaration)” instead."), "{said}");
        let (_, problems) = View::from_query("?s=garbage");
        assert!(worded(&problems).concat().ends_with("Showing “Status quo” instead."));
    }

    #[test]
    fn the_last_value_of_a_parameter_counts_and_alone_is_judged() {
        check("?s=1-JJRR-t&s=1-JJXX", "1-RRRR", Some("damaged"));
        check("?s=garbage&s=1-JJRR-t", "1-JJRR-t", None);
        let (view, problems) = View::from_query("?asof=2016-02-30&asof=2016-01-01");
        assert_eq!((view.as_of, problems), (Some(Date::ymd(2016, 1, 1)), vec![]));
        let (view, problems) = View::from_query(&format!("?va=bad&va={}", Valuations::DEFAULT.encode()));
        assert_eq!((view.analysis, problems), (Some(Valuations::DEFAULT), vec![]));
        // Every problem is reported, not only the first.
        let (_, problems) = View::from_query("?s=x&asof=x&va=x");
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn dates_are_days_from_1855_on() {
        for bad in ["2016", "2016-05", "0000-01-01", "1854-12-31", "2016-13-01", "2016-1-01", "today"] {
            let (view, problems) = View::from_query(&format!("?asof={bad}"));
            assert_eq!((view.as_of, problems), (None, vec![Problem::Date]), "{bad}");
        }
        let (view, problems) = View::from_query("?asof=1855-01-01");
        assert_eq!((view.as_of, problems), (Some(EARLIEST_AS_OF), vec![]));
    }

    #[test]
    fn a_cms_escaped_ampersand_and_escaped_values_are_read() {
        let (v, _) = View::open(Page::Embed, "?s=1-JJRR-t&amp;controls=none&amp;theme=dark", Lang::En);
        assert_eq!(v.layout, Layout::Embed { controls: Controls::None, theme: Theme::Dark, panels: Panels::Card });
        let (v, problems) = View::from_query("?va=a20.%2D5.5.5.3_a20.5.5.5.3&lang=%6Aa");
        assert_eq!(
            (v.analysis, v.lang, problems),
            (Valuations::decode("a20.-5.5.5.3_a20.5.5.5.3").ok(), Lang::Ja, vec![])
        );
    }

    #[test]
    fn the_page_comes_from_the_document_and_paths_read_alike_on_any_host() {
        let (v, _) = View::open(Page::Embed, "?s=1-JJRR-t&controls=all&theme=dark", Lang::En);
        assert_eq!(v.layout, Layout::Embed { controls: Controls::All, theme: Theme::Dark, panels: Panels::Card });
        assert_eq!(v.to_query(), "?s=1-JJRR-t&lang=en&controls=all&theme=dark");
        assert_eq!(v.full_query(), "?s=1-JJRR-t&lang=en");
        let (v, _) = View::open(Page::Embed, "?controls=bogus&panels=bogus", Lang::En);
        assert_eq!(v.layout, Layout::Embed { controls: Controls::Presets, theme: Theme::Light, panels: Panels::Card });
        // The long panels are an option; the address keeps it, the full explorer needs none.
        let (v, _) = View::open(Page::Embed, "?s=1-JJRR-t&controls=none&panels=all", Lang::En);
        assert_eq!(v.layout, Layout::Embed { controls: Controls::None, theme: Theme::Light, panels: Panels::All });
        assert_eq!(v.to_query(), "?s=1-JJRR-t&lang=en&controls=none&theme=light&panels=all");
        assert_eq!(v.full_query(), "?s=1-JJRR-t&lang=en");
        let (v, _) = View::open(Page::Full, "?controls=all", Lang::En);
        assert_eq!(v.layout, Layout::Full, "embed options mean nothing on the full page");
        let (v, _) = View::open(Page::Preset("1956"), "", Lang::En);
        assert_eq!(link::encode(&v.scenario), "1-JJRR-t");
        let (v, _) = View::open(Page::Preset("1956"), "?s=1-JJJJ-t", Lang::En);
        assert_eq!(link::encode(&v.scenario), "1-JJJJ-t", "the address wins over the page's preset");
        let (v, _) = View::from_address("/p/nonsense.html", "", Lang::En);
        assert_eq!(v.scenario, Scenario::STATUS_QUO);
        // A retired preset's page still opens its scenario, which is no longer an offered preset.
        let (v, _) = View::from_address("/p/lease-back.html", "", Lang::En);
        assert_eq!(link::encode(&v.scenario), "1-L50L50L50L50-t");
        assert_eq!(v.preset(), None);
        assert_eq!(v.retired_preset().map(|p| p.id), Some("lease-back"));
        let (v, _) = View::from_query("?s=1-JJJR-t");
        assert_eq!((v.preset().map(|p| p.id), v.retired_preset()), (Some("three-islands"), None));

        assert_eq!(Page::from_marker("embed", ""), Page::Embed);
        assert_eq!(Page::from_marker("preset", "1956"), Page::Preset("1956"));
        assert_eq!(Page::from_marker("preset", "nonsense"), Page::Full);
        assert_eq!(Page::from_marker("", ""), Page::Full);
        for page in [Page::Full, Page::Embed, Page::Preset("1956")] {
            let (kind, preset) = page.marker();
            assert_eq!(Page::from_marker(kind, preset), page);
        }
        for (path, page) in [
            ("/", Page::Full),
            ("/index.html", Page::Full),
            ("/embed.html", Page::Embed),
            ("/embed", Page::Embed),
            ("/2026/four-islands/embed", Page::Embed),
            ("/2026/four-islands/", Page::Full),
            ("/p/1956.html", Page::Preset("1956")),
            ("/fi/p/1956.html", Page::Preset("1956")),
            ("/fi/p/1956", Page::Preset("1956")),
            ("https://h.example/a/b/p/1956?s=x", Page::Preset("1956")),
            ("/p/nonsense.html", Page::Full),
            ("/1956.html", Page::Full),
        ] {
            assert_eq!(Page::from_path(path), page, "{path}");
        }
    }

    #[test]
    fn embed_snippets_carry_the_scenario_and_options() {
        let (v, _) = View::from_query("?s=1-JJRR-t");
        let title = "Four Islands: Two islands (1956 Joint Declaration)";
        assert_eq!(
            v.embed_snippet("https://example.org/fi/", Controls::None, Panels::Card, &Loader::LATEST, title),
            "<div data-four-islands=\"1-JJRR-t\" data-controls=\"none\" data-lang=\"en\"><a href=\"https://example.org/fi/?s=1-JJRR-t&amp;lang=en\">Four Islands: Two islands (1956 Joint Declaration)</a></div>\n<script async src=\"https://example.org/fi/embed.js\"></script>"
        );
        let pinned = Loader { file: "embed-0123456789abcdef.js", integrity: Some("sha384-abc+/=") };
        assert!(v.embed_snippet("https://example.org/fi/", Controls::None, Panels::Card, &pinned, title).ends_with(
            "<script async src=\"https://example.org/fi/embed-0123456789abcdef.js\" integrity=\"sha384-abc+/=\" crossorigin=\"anonymous\"></script>"
        ));
        let iframe = v.iframe_snippet("https://example.org/fi/", Controls::All, Panels::Card, title);
        assert!(
            iframe.starts_with(
                "<iframe src=\"https://example.org/fi/embed.html?s=1-JJRR-t&amp;controls=all&amp;lang=en\""
            )
        );
        assert!(iframe.contains(&format!("height=\"{}\"", Controls::All.frame_height(Panels::Card))), "{iframe}");
        // The long panels, asked for by the code.
        let long = v.embed_snippet("https://example.org/fi/", Controls::None, Panels::All, &Loader::LATEST, title);
        assert!(long.starts_with("<div data-four-islands=\"1-JJRR-t\" data-controls=\"none\" data-lang=\"en\" data-panels=\"all\">"), "{long}");
        let long = v.iframe_snippet("https://example.org/fi/", Controls::None, Panels::All, title);
        assert!(long.contains("&amp;lang=en&amp;panels=all\""), "{long}");
        assert!(iframe.contains("title=\"Four Islands: Two islands (1956 Joint Declaration)\""));
        // A title is text, never markup, wherever it is written.
        let hostile = "A \"quoted\" <b>title</b> & more";
        for code in [
            v.iframe_snippet("https://example.org/fi/", Controls::All, Panels::Card, hostile),
            v.embed_snippet("https://example.org/fi/", Controls::All, Panels::Card, &Loader::LATEST, hostile),
        ] {
            assert!(code.contains("A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"), "{code}");
            assert!(!code.contains("<b>"), "{code}");
        }

        // Shared, the view keeps its date and names.
        let (v, _) = View::from_query("?s=1-JJRR-t&names=ru");
        let shared = v.pinned(Date::ymd(2026, 11, 24));
        assert_eq!(
            shared.embed_snippet("https://example.org/fi/", Controls::Presets, Panels::Card, &Loader::LATEST, title),
            "<div data-four-islands=\"1-JJRR-t\" data-controls=\"presets\" data-lang=\"en\" data-asof=\"2026-11-24\" data-names=\"ru\"><a href=\"https://example.org/fi/?s=1-JJRR-t&amp;asof=2026-11-24&amp;lang=en&amp;names=ru\">Four Islands: Two islands (1956 Joint Declaration)</a></div>\n<script async src=\"https://example.org/fi/embed.js\"></script>"
        );
        assert!(shared.iframe_snippet("https://example.org/fi/", Controls::None, Panels::Card, title).starts_with(
            "<iframe src=\"https://example.org/fi/embed.html?s=1-JJRR-t&amp;controls=none&amp;lang=en&amp;asof=2026-11-24&amp;names=ru\""
        ));
    }

    #[test]
    fn a_shared_view_keeps_the_date_it_shows() {
        let today = Date::ymd(2026, 11, 24);
        let (floating, _) = View::from_query("?s=1-JJRR-t");
        assert_eq!(floating.pinned(today).to_query(), "?s=1-JJRR-t&asof=2026-11-24&lang=en");
        let (chosen, _) = View::from_query("?s=1-JJRR-t&asof=2016-06-01");
        assert_eq!(chosen.pinned(today).to_query(), "?s=1-JJRR-t&asof=2016-06-01&lang=en");
        let (reopened, _) = View::from_query(&floating.pinned(today).to_query());
        assert_eq!(reopened, floating.pinned(today));
    }

    #[test]
    fn actions_change_the_view_and_keep_it_valid() {
        let v = View::default().apply(Action::Preset("1956"));
        assert_eq!(link::encode(&v.scenario), "1-JJRR-t");
        assert_eq!(v.preset().map(|p| p.id), Some("1956"));
        let v = v.apply(Action::Island(IslandId::Etorofu, Status::Split { japan_percent: 30 }));
        assert_eq!(link::encode(&v.scenario), "1-JJRS30-t");
        let same = v.apply(Action::Island(IslandId::Habomai, Status::Split { japan_percent: 30 }));
        assert_eq!(same, v, "only Etorofu can be split");
        let same = v.apply(Action::Timing(Timing::Phased { years: 0 }));
        assert_eq!(same, v, "out-of-range values are refused");
        let v = v.apply(Action::Term(Term::VisaFree, true)).apply(Action::PeaceTreaty(false));
        assert_eq!(link::encode(&v.scenario), "1-JJRS30-v");
        let v = v.apply(Action::AsOf(Some(Date::ymd(2001, 3, 25))));
        assert_eq!(View::from_query(&v.to_query()).0, v, "the address reopens the same view");
    }
}
