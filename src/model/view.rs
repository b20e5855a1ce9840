//! What the page shows, as a value: the scenario and the "as of" date. It is read from and
//! written to the page address, and every control is an [`Action`] on it.

use super::catalog;
use super::date::Date;
use super::island::IslandId;
use super::link;
use super::scenario::{Scenario, Status, Term, Timing};

#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub scenario: Scenario,
    /// The date at which positions are judged; `None` means today.
    pub as_of: Option<Date>,
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
}

impl Default for View {
    fn default() -> View {
        View { scenario: Scenario::STATUS_QUO, as_of: None }
    }
}

impl View {
    /// Reads `?s=<link>&asof=<date>` (other parameters are left to their readers). A damaged
    /// link gives the status quo and a message for the reader, never a failure.
    pub fn from_query(query: &str) -> (View, Option<String>) {
        let mut view = View::default();
        let mut problem = None;
        for (key, value) in query.trim_start_matches('?').split('&').filter_map(|kv| kv.split_once('=')) {
            match key {
                "s" => match link::decode(&percent_decode(value)) {
                    Ok(s) => view.scenario = s,
                    Err(e) => problem = Some(format!("{e} Showing the status quo instead.")),
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
        let mut q = format!("?s={}", link::encode(&self.scenario));
        if let Some(d) = self.as_of {
            q.push_str(&format!("&asof={d}"));
        }
        q
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
        }
        // Controls clamp their numbers, but the view must never hold a scenario a link cannot carry.
        if next.scenario.validate().is_err() {
            return self.clone();
        }
        next
    }

    /// The preset this view's scenario equals, if any.
    pub fn preset(&self) -> Option<&'static catalog::Preset> {
        catalog::PRESETS.iter().find(|p| p.scenario == self.scenario)
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
        assert_eq!(view.to_query(), "?s=1-JJRR-t&asof=2016-12-16");
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
