//! The page's address, read and written: `s`, `asof`, `lang`, `names`, `va` and, on the
//! embed, `controls`, `theme` and `panels` (docs/link-format.md). Reading never fails: a value that
//! cannot be used gives the page's default and a [`Problem`], data that `crate::i18n` words
//! in the reader's language.

use super::date::Date;
use super::link;
use super::locale::{Lang, Naming};
use super::negotiation::Valuations;
use super::scenario::Scenario;
use super::site::Page;
use super::view::{Controls, EARLIEST_AS_OF, Layout, Panels, Theme, View};

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

impl Parameters<'_> {
    /// On the embed, the controls, theme and panels its code asks for; an unknown value keeps
    /// the default.
    fn embed_options(&self, layout: &mut Layout) {
        let Layout::Embed { controls, theme, panels } = layout else { return };
        match self.controls.map(percent_decode).as_deref() {
            Some("none") => *controls = Controls::None,
            Some("all") => *controls = Controls::All,
            _ => {}
        }
        if self.theme.map(percent_decode).as_deref() == Some("dark") {
            *theme = Theme::Dark;
        }
        if self.panels.map(percent_decode).as_deref() == Some("all") {
            *panels = Panels::All;
        }
    }
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
    /// embed, `controls`, `theme` and `panels` (docs/link-format.md). Each parameter's last occurrence
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
                Ok(d) if d.is_day() && d >= EARLIEST_AS_OF => view.as_of = Some(d),
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
        last.embed_options(&mut view.layout);
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
        problems.iter().map(|p| crate::i18n::Locale::ENGLISH.problem(p)).collect()
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
    fn each_page_opens_with_its_own_scenario_and_layout() {
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
    }
}
