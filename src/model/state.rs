//! Everything the page remembers, in one value: the view, and the problems its address had,
//! until the reader dismisses them. The interface keeps one `State` in one reducer; every
//! change is a [`Change`].

use super::address::Problem;
use super::locale::Lang;
use super::site::Page;
use super::view::{Action, View};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub view: View,
    /// What the address asked for that the page could not use, as data (`crate::i18n` words
    /// it in the reader's language); empty once the reader dismisses the notice.
    pub problems: Vec<Problem>,
}

/// Every change the page can make to its state.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A control changed the view.
    View(Action),
    /// The reader dismissed the notice about the address.
    DismissProblems,
    /// Another part of the same page, with a state of its own (the full page's panels far
    /// below the first screen are a second wasm binary), changed the view: this one follows it,
    /// and keeps its own problems.
    Follow(View),
}

impl State {
    /// The state a page opens in: its address read on `page`, in the reader's preferred
    /// language where the address names none.
    pub fn open(page: Page, query: &str, preferred: Lang) -> State {
        let (view, problems) = View::open(page, query, preferred);
        State { view, problems }
    }

    pub fn apply(&self, change: Change) -> State {
        match change {
            Change::View(action) => State { view: self.view.apply(action), problems: self.problems.clone() },
            Change::DismissProblems => State { view: self.view.clone(), problems: Vec::new() },
            Change::Follow(view) => State { view, problems: self.problems.clone() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::link;

    #[test]
    fn problems_stay_until_dismissed_and_controls_change_the_view() {
        let opened = State::open(Page::Full, "?s=garbage&asof=x", Lang::Ja);
        assert_eq!((opened.view.lang, opened.problems.len()), (Lang::Ja, 2));
        let changed = opened.apply(Change::View(Action::Preset("1956")));
        assert_eq!(link::encode(&changed.view.scenario), "1-JJRR-t");
        assert_eq!(changed.problems, opened.problems, "a control does not hide the notice");
        let dismissed = changed.apply(Change::DismissProblems);
        assert_eq!((dismissed.view, dismissed.problems), (changed.view, vec![]));
    }

    #[test]
    fn a_view_followed_from_its_address_is_the_view_that_wrote_it() {
        // The two binaries of the full page keep in step through the address alone, so a view
        // must come back whole from the query it writes.
        let elsewhere = State::open(Page::Full, "?s=4-JJJJ-t&asof=2001-03-25&lang=ru&names=ja", Lang::En)
            .apply(Change::View(Action::Preset("1956")))
            .apply(Change::View(Action::Analysis(Some(crate::model::negotiation::Valuations::DEFAULT))));
        let (read, problems) = View::open(Page::Full, &elsewhere.view.to_query(), Lang::Ja);
        assert_eq!((&read, problems), (&elsewhere.view, vec![]));
        let here = State::open(Page::Full, "?s=garbage", Lang::En);
        let followed = here.apply(Change::Follow(read.clone()));
        assert_eq!((followed.view, followed.problems), (read, here.problems));
    }
}
