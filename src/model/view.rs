//! What the page shows, as a value: the scenario and the "as of" date. It is read from and
//! written to the page address, and every control is an [`Action`] on it.

use super::catalog;
use super::date::Date;
use super::island::IslandId;
use super::link;
use super::negotiation::Valuations;
use super::scenario::{Scenario, Status, Term, Timing};
use crate::i18n::{Lang, Naming};

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

/// The full explorer, or the compact page that articles embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Full,
    Embed { controls: Controls, theme: Theme },
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

impl Controls {
    pub const fn key(self) -> &'static str {
        match self {
            Controls::None => "none",
            Controls::Presets => "presets",
            Controls::All => "all",
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

impl View {
    /// Reads `?s=<link>&asof=<date>` (other parameters are left to their readers). A damaged
    /// link gives the status quo and a message for the reader, never a failure.
    pub fn from_query(query: &str) -> (View, Option<String>) {
        View::from_address("/", query, Lang::En)
    }

    /// Reads the page's path and query. `/embed.html` is the embedded layout; a pre-rendered
    /// preset page `/p/<id>.html` starts from that preset when the query names no scenario;
    /// `lang` is the language when the query names none (the browser's preference).
    pub fn from_address(path: &str, query: &str, lang: Lang) -> (View, Option<String>) {
        let mut view = View { lang, ..View::default() };
        let page = path.rsplit('/').next().unwrap_or("");
        if page == EMBED_PAGE {
            view.layout = Layout::Embed { controls: Controls::Presets, theme: Theme::Light };
        }
        if let Some(id) = path.strip_prefix("/p/").and_then(|p| p.strip_suffix(".html")) {
            if let Some(preset) = catalog::preset(id) {
                view.scenario = preset.scenario;
            }
        }
        let mut problem = None;
        for (key, value) in query.trim_start_matches('?').split('&').filter_map(|kv| kv.split_once('=')) {
            match (key, &mut view.layout) {
                ("controls", Layout::Embed { controls, .. }) => {
                    *controls = match value {
                        "none" => Controls::None,
                        "all" => Controls::All,
                        _ => Controls::Presets,
                    }
                }
                ("theme", Layout::Embed { theme, .. }) => {
                    *theme = if value == "dark" { Theme::Dark } else { Theme::Light }
                }
                _ => {}
            }
            match key {
                "s" => match link::decode(&percent_decode(value)) {
                    Ok(s) => view.scenario = s,
                    Err(e) => problem = Some(format!("{e} Showing the status quo instead.")),
                },
                "lang" => view.lang = Lang::from_code(value).unwrap_or(view.lang),
                "names" => view.naming = Naming::from_code(value).unwrap_or(Naming::Both),
                "va" => match Valuations::decode(value) {
                    Ok(v) => view.analysis = Some(v),
                    Err(_) => {
                        view.analysis = Some(Valuations::DEFAULT);
                        problem = problem.or(Some(
                            "The negotiation assumptions in the link are not valid; the defaults are shown.".into(),
                        ));
                    }
                },
                "asof" => match Date::parse(&percent_decode(value)) {
                    Ok(d) => view.as_of = Some(d),
                    Err(_) => {
                        problem = problem
                            .or(Some("The date in the link is not valid; positions are shown as of today.".into()))
                    }
                },
                _ => {}
            }
        }
        (view, problem)
    }

    /// The query string that reopens this view.
    pub fn to_query(&self) -> String {
        let mut q = self.full_query();
        if let Layout::Embed { controls, theme } = self.layout {
            q.push_str(&format!("&controls={}&theme={}", controls.key(), theme.key()));
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

    /// The date and names options of an embed, as (name, value) pairs.
    fn embed_options(&self) -> Vec<(&'static str, String)> {
        let mut options = Vec::new();
        if let Some(d) = self.as_of {
            options.push(("asof", d.to_string()));
        }
        if self.naming != Naming::Both {
            options.push(("names", self.naming.code().to_owned()));
        }
        options
    }

    /// What a newsroom pastes: a placeholder the loader script turns into a resizing iframe.
    /// `base` is the explorer's address up to and including the last `/`.
    pub fn embed_snippet(&self, base: &str, controls: Controls) -> String {
        let options: String = self.embed_options().iter().map(|(k, v)| format!(" data-{k}=\"{v}\"")).collect();
        format!(
            "<div data-four-islands=\"{}\" data-controls=\"{}\" data-lang=\"{}\"{options}></div>\n<script async src=\"{base}embed.js\"></script>",
            link::encode(&self.scenario),
            controls.key(),
            self.lang.code()
        )
    }

    /// For hosts that allow no scripts: a plain iframe of fixed height.
    pub fn iframe_snippet(&self, base: &str, controls: Controls) -> String {
        let title = self.preset().map_or("a settlement scenario", |p| p.title);
        let options: String = self.embed_options().iter().map(|(k, v)| format!("&amp;{k}={v}")).collect();
        format!(
            "<iframe src=\"{base}{EMBED_PAGE}?s={}&amp;controls={}&amp;lang={}{options}\" title=\"Four Islands: {title}\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\"></iframe>",
            link::encode(&self.scenario),
            controls.key(),
            self.lang.code()
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

    fn check(query: &str, expected_link: &str, expected_problem: Option<&str>) {
        let (view, problem) = View::from_query(query);
        assert_eq!(link::encode(&view.scenario), expected_link, "{query}");
        match (problem, expected_problem) {
            (None, None) => {}
            (Some(p), Some(fragment)) => assert!(p.contains(fragment), "{query}: {p}"),
            (got, want) => panic!("{query}: problem {got:?}, expected {want:?}"),
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
    fn reads_the_embedded_layout_and_preset_pages() {
        let (v, _) = View::from_address("/embed.html", "?s=1-JJRR-t&controls=all&theme=dark", Lang::En);
        assert_eq!(v.layout, Layout::Embed { controls: Controls::All, theme: Theme::Dark });
        assert_eq!(v.to_query(), "?s=1-JJRR-t&lang=en&controls=all&theme=dark");
        assert_eq!(v.full_query(), "?s=1-JJRR-t&lang=en");
        let (v, _) = View::from_address("/embed.html", "?controls=bogus", Lang::En);
        assert_eq!(v.layout, Layout::Embed { controls: Controls::Presets, theme: Theme::Light });
        let (v, _) = View::from_address("/", "?controls=all", Lang::En);
        assert_eq!(v.layout, Layout::Full, "embed options mean nothing on the full page");
        let (v, _) = View::from_address("/p/1956.html", "", Lang::En);
        assert_eq!(link::encode(&v.scenario), "1-JJRR-t");
        let (v, _) = View::from_address("/p/1956.html", "?s=1-JJJJ-t", Lang::En);
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
    }

    #[test]
    fn embed_snippets_carry_the_scenario_and_options() {
        let (v, _) = View::from_query("?s=1-JJRR-t");
        assert_eq!(
            v.embed_snippet("https://example.org/fi/", Controls::None),
            "<div data-four-islands=\"1-JJRR-t\" data-controls=\"none\" data-lang=\"en\"></div>\n<script async src=\"https://example.org/fi/embed.js\"></script>"
        );
        let iframe = v.iframe_snippet("https://example.org/fi/", Controls::All);
        assert!(
            iframe.starts_with(
                "<iframe src=\"https://example.org/fi/embed.html?s=1-JJRR-t&amp;controls=all&amp;lang=en\""
            )
        );
        assert!(iframe.contains("title=\"Four Islands: Two islands (1956 Joint Declaration)\""));

        // Shared, the view keeps its date and names.
        let (v, _) = View::from_query("?s=1-JJRR-t&names=ru");
        let shared = v.pinned(Date::ymd(2026, 11, 24));
        assert_eq!(
            shared.embed_snippet("https://example.org/fi/", Controls::Presets),
            "<div data-four-islands=\"1-JJRR-t\" data-controls=\"presets\" data-lang=\"en\" data-asof=\"2026-11-24\" data-names=\"ru\"></div>\n<script async src=\"https://example.org/fi/embed.js\"></script>"
        );
        assert!(shared.iframe_snippet("https://example.org/fi/", Controls::None).starts_with(
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
