//! What the page shows, as a value: the scenario, the date positions are judged at, the
//! layout (full page or embed), the reader's language and names, and the negotiation
//! analysis's assumptions. Every control is an [`Action`] on it; `model::address` reads it
//! from the page's address and writes it back.

use super::catalog;
use super::date::Date;
use super::island::IslandId;
use super::locale::{Lang, Locale, Naming};
use super::negotiation::Valuations;
use super::scenario::{Scenario, Status, Term, Timing};

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

impl Controls {
    pub const fn key(self) -> &'static str {
        match self {
            Controls::None => "none",
            Controls::Presets => "presets",
            Controls::All => "all",
        }
    }
}

/// What an embed shows below its card: nothing (an article needs the scenario at a glance and
/// a way into the rest), or the full page's long panels (statements, polls, opinions, timeline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panels {
    Card,
    All,
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

/// The earliest date positions can be judged at: the Treaty of Shimoda's year, as the date box
/// allows.
pub const EARLIEST_AS_OF: Date = Date::ymd(1855, 1, 1);

impl View {
    /// The reader's language and names.
    pub fn locale(&self) -> Locale {
        Locale::new(self.lang, self.naming)
    }

    /// The view as a shared link or embed should carry it: positions judged as of the date
    /// shown (`today` when the reader has not chosen one), so that it opens the same view years
    /// later, after newer statements have been added.
    pub fn pinned(&self, today: Date) -> View {
        View { as_of: Some(self.as_of.unwrap_or(today)), ..self.clone() }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::link;

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
