//! The explorer's state, given to every component through context: one reducer holds the
//! view and the problems of the address it was opened with; the evaluation of the view is
//! computed once per scenario and date; the locale (language and names) is a context of its
//! own, so that components that only word things follow it alone. Side effects keep the
//! outside in step: the address, the document's language, and the ready mark. Each page's
//! component (`embed::Embed`, `panels::Panels`) holds it and provides it.

use super::{browser, two_binaries};
use crate::i18n::{Lang, Locale};
use crate::model::address::Problem;
use crate::model::date::Date;
use crate::model::evaluation::{Evaluation, evaluate};
use crate::model::state::{Change, State};
use crate::model::view::{Action, View};
use std::rc::Rc;
use yew::prelude::*;

/// `State` as yew state: the core's reducer, unchanged, and how many changes it has seen, by
/// which two states are compared (a deep comparison would cost every render, and code).
struct Reduced {
    state: State,
    changes: u32,
}

impl PartialEq for Reduced {
    fn eq(&self, other: &Reduced) -> bool {
        self.changes == other.changes
    }
}

impl Reducible for Reduced {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        // Following the view it has already (its own, or one it announced) changes nothing.
        if matches!(&change, Change::Follow(view) if *view == self.state.view) {
            return self;
        }
        Rc::new(Reduced { state: self.state.apply(change), changes: self.changes.wrapping_add(1) })
    }
}

/// What components read of the explorer, and how they change it. Two are equal when they hold
/// the same state (by its count of changes) and the same evaluation (by address: the memo keeps
/// it while its scenario and date stay).
#[derive(Clone)]
pub struct Explorer {
    state: UseReducerHandle<Reduced>,
    /// What the view means as of [`Explorer::as_of`].
    pub evaluation: Rc<Evaluation>,
    /// The date positions are judged at: the reader's choice, or today.
    pub as_of: Date,
    changes: Callback<Change>,
}

impl PartialEq for Explorer {
    fn eq(&self, other: &Explorer) -> bool {
        self.state == other.state && Rc::ptr_eq(&self.evaluation, &other.evaluation) && self.as_of == other.as_of
    }
}

impl Explorer {
    pub fn view(&self) -> &View {
        &self.state.state.view
    }

    /// What the address asked for that the page could not use, until the reader dismisses it.
    pub fn problems(&self) -> &[Problem] {
        &self.state.state.problems
    }

    /// A callback that makes the action its event gives: `explorer.on(Action::Preset)`.
    pub fn on<T: 'static>(&self, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        self.changes.reform(move |event| Change::View(action(event)))
    }

    /// A callback that makes the action its event gives, if it gives one.
    pub fn on_some<T: 'static>(&self, action: impl Fn(T) -> Option<Action> + 'static) -> Callback<T> {
        let changes = self.changes.clone();
        Callback::from(move |event| {
            if let Some(action) = action(event) {
                changes.emit(Change::View(action));
            }
        })
    }

    /// A callback that dismisses the notice about the address.
    pub fn on_dismiss<T: 'static>(&self) -> Callback<T> {
        self.changes.reform(|_| Change::DismissProblems)
    }
}

/// The explorer's state and locale, for the components inside it.
#[hook]
pub fn use_explorer() -> Option<Explorer> {
    use_context::<Explorer>()
}

/// The reader's language and names.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The state the page opens in: from its address (or, for the full page's second binary, the
/// view the first shows) and the browser's languages.
pub fn opening_state() -> State {
    let preferred = browser::preferred_languages();
    let lang = Lang::from_preferences(preferred.iter().map(String::as_str));
    let query = two_binaries::shown_view().unwrap_or_else(browser::query);
    State::open(browser::page(), &query, lang)
}

/// The explorer of a page: reads the state from the address once, keeps the address, the
/// document's language and the ready mark in step with it, and evaluates the view. The page
/// component calls it, then gives it to its components with [`provide`]; `built` says when
/// its first render is whole, so that the live page replaces the pre-rendered one then.
#[hook]
pub fn use_explorer_root(built: bool) -> Explorer {
    let explorer = use_explorer_state();
    // (An embed's height is reported to the host page by its starter, from before the explorer
    // starts: see `fourislands prerender`'s scripts.)
    use_effect_with(built, move |&built| {
        if built {
            browser::show_live_page();
            browser::mark_ready();
        }
    });
    explorer
}

/// The explorer of the full page's second binary (`super::panels`): the same state as the
/// first's, read from the address, and in step with it.
#[hook]
pub fn use_explorer_beside() -> Explorer {
    let explorer = use_explorer_state();
    use_in_step(&explorer);
    explorer
}

/// The state from the address, written back on every change, and its evaluation.
#[hook]
fn use_explorer_state() -> Explorer {
    let state = use_reducer(|| Reduced { state: opening_state(), changes: 0 });
    // The dispatcher never changes: a callback made once keeps every control's callback equal
    // across renders.
    let changes = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Callback::from(move |change| dispatcher.dispatch(change)))
    };
    let view = &state.state.view;
    let as_of = view.as_of.unwrap_or_else(browser::today);
    let evaluation = use_memo((view.scenario, as_of), |&(scenario, as_of)| evaluate(&scenario, as_of));
    use_effect_with(view.to_query(), |query| browser::replace_query(query));
    use_effect_with(view.lang, |lang| browser::set_document_lang(lang.code()));
    Explorer { state: state.clone(), evaluation, as_of, changes: (*changes).clone() }
}

/// Keeps this binary's view and the first screen's the same: says which view it shows (the
/// one [`use_explorer_state`] writes into the address), and follows what the other says. Each
/// query goes back and forth once: the second time, it is the view the binary has, and
/// following it changes nothing. It follows in the task that announces a view while one of its
/// places is in or near the viewport; otherwise once the browser is idle, taking the view the
/// page shows then, the last of those announced meanwhile, so that the frame that shows a
/// change made on the first screen does not wait for parts no one sees (with every part built,
/// they doubled a change's work) and the two binaries never trade an older view for a newer.
#[hook]
fn use_in_step(explorer: &Explorer) {
    use_effect_with(explorer.view().to_query(), |query| two_binaries::announce(query));
    let changes = explorer.changes.clone();
    use_effect_with((), move |_| {
        two_binaries::on_view_announced(move |query| {
            if two_binaries::a_place_seen() {
                return follow(&changes, &query);
            }
            let changes = changes.clone();
            two_binaries::when_idle_or_seen(move || {
                if let Some(query) = two_binaries::shown_view() {
                    follow(&changes, &query);
                }
            });
        })
    });
}

fn follow(changes: &Callback<Change>, query: &str) {
    let changes = changes.clone();
    two_binaries::with_view_of(query, move |view| changes.emit(Change::Follow(view)));
}

/// `page` with the explorer and its locale in context, for every component inside it.
pub fn provide(explorer: Explorer, page: Html) -> Html {
    html! {
        <ContextProvider<Locale> context={explorer.view().locale()}>
            <ContextProvider<Explorer> context={explorer}>{page}</ContextProvider<Explorer>>
        </ContextProvider<Locale>>
    }
}
