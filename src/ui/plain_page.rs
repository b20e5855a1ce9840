//! The full page's first screen without yew: drawn as one string (`render::first_screen`) and
//! patched in place on each change, so that the reader's control keeps its focus and the live
//! region of land and residents reads out only what changed. It is `four-islands-web`; the
//! parts far below stay yew's, in the page's second binary (`super::two_binaries`), which
//! follows the view this one announces and announces its own (BENCHMARKS.md has why: the
//! virtual DOM was most of the first screen's bytes).

use super::{browser, explorer, two_binaries};
use crate::i18n::texts::{self, Part};
use crate::i18n::{Lang, Locale, Naming, Text};
use crate::model::catalog;
use crate::model::date::Date;
use crate::model::evaluation::evaluate;
use crate::model::format::typed_whole;
use crate::model::island::IslandId;
use crate::model::scenario::{MAX_YEARS, StatusKind, Term, Timing};
use crate::model::state::{Change, State};
use crate::model::view::{Action, View};
use crate::render::card::{HEIGHT, WIDTH, card_svg};
use crate::render::first_screen::{FirstScreen, first_screen};
use std::cell::RefCell;

/// What the page shows: the reader's state, and the last copy of an address they made.
struct Shown {
    state: State,
    copied: Option<(String, bool)>,
}

thread_local! {
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// The entry point of `four-islands-web`: shows the first screen once the texts of the
/// reader's language are there, in place of the pre-rendered page.
pub fn run() {
    browser::mark_start();
    let state = explorer::opening_state();
    browser::load_texts(state.view.lang, &[Part::Shared], move || show(state));
}

fn show(state: State) {
    let shown = Shown { state, copied: None };
    browser::draw_live_page(&page(&shown));
    browser::on_controls(on_change, on_press);
    // The places far below ask for the second binary when a reader nears one, or when the
    // address names a place in the page (which may be inside one). A place has no box of its
    // own (`display: contents`): what holds its height is watched.
    browser::when_any_near("[data-remote] > [data-pending]", two_binaries::start_panels);
    let view = shown.state.view.clone();
    SHOWN.with(|s| *s.borrow_mut() = Some(shown));
    tell_outside(&view);
    two_binaries::on_view_announced(follow);
    browser::show_live_page();
    browser::mark_ready();
}

/// The whole first screen for what is shown.
fn page(shown: &Shown) -> String {
    let view = &shown.state.view;
    let (as_of, share_address) = shared(view);
    let evaluation = evaluate(&view.scenario, as_of);
    let copied = shown.copied.as_ref().filter(|(text, _)| *text == share_address).map(|&(_, ok)| ok);
    first_screen(&FirstScreen { view, evaluation: &evaluation, problems: &shown.state.problems, share_address: &share_address, copied })
}

/// The date the view is shown at (the reader's, or today), and the address that reopens it
/// at that date.
fn shared(view: &View) -> (Date, String) {
    let as_of = view.as_of.unwrap_or_else(browser::today);
    (as_of, format!("{}{}", browser::base_address(), view.pinned(as_of).to_query()))
}

/// Keeps the address, the document's language and the page's second binary in step with the
/// view.
fn tell_outside(view: &View) {
    let query = view.to_query();
    browser::replace_query(&query);
    browser::set_document_lang(view.lang.code());
    two_binaries::announce(&query);
}

/// Applies a change to what is shown and patches the page where it differs; a change that
/// leaves the view and the notice as they were draws nothing unless `always` (a control that
/// shows what the reader typed, not what the page uses, is drawn back).
fn apply(always: bool, change: impl FnOnce(&mut Shown)) {
    let Some(mut shown) = SHOWN.with(|s| s.borrow_mut().take()) else { return };
    let (view, problems, copied) = (shown.state.view.clone(), shown.state.problems.len(), shown.copied.clone());
    change(&mut shown);
    let view_changed = view != shown.state.view;
    if view_changed || problems != shown.state.problems.len() || copied != shown.copied || always {
        browser::patch_live_page(&page(&shown));
    }
    let view = view_changed.then(|| shown.state.view.clone());
    SHOWN.with(|s| *s.borrow_mut() = Some(shown));
    if let Some(view) = view {
        tell_outside(&view);
    }
}

fn act(action: Action) {
    apply(false, |shown| shown.state = shown.state.apply(Change::View(action)));
}

/// Takes the view the page's second binary shows (the reader changed it in a panel far below).
fn follow(query: String) {
    two_binaries::with_view_of(&query, |view| {
        apply(false, |shown| {
            if shown.state.view != view {
                shown.state = shown.state.apply(Change::Follow(view));
            }
        })
    });
}

/// The view as it stands, for a control that changes part of it.
fn view() -> Option<View> {
    SHOWN.with(|s| s.borrow().as_ref().map(|shown| shown.state.view.clone()))
}

/// A box, slider, menu or checkbox the reader changed.
fn on_change(c: &browser::Control) {
    let Some(view) = view() else { return };
    let s = view.scenario;
    let island = c.island.as_deref().and_then(|key| IslandId::ALL.into_iter().find(|id| id.key() == key));
    let action = match (c.id.as_str(), island) {
        ("language", _) => return choose_language(&view, &c.value),
        ("naming", _) => Naming::from_code(&c.value).map(Action::Naming),
        ("peace-treaty", _) => Some(Action::PeaceTreaty(c.checked)),
        ("phased", _) => Some(Action::Timing(s.timing.phased(c.checked))),
        ("phased-years", _) => {
            let years = s.timing.phased_years().unwrap_or(Timing::DEFAULT_PHASED_YEARS);
            let typed = typed_whole(&c.value, 1, MAX_YEARS.into(), years.into());
            Some(Action::Timing(Timing::Phased { years: u8::try_from(typed).unwrap_or(years) }))
        }
        (id, Some(island)) if id.starts_with("status-") => {
            let status = s.status(island);
            Some(Action::Island(island, StatusKind::from_key(&c.value).map_or(status, |kind| status.with_kind(kind))))
        }
        (_, Some(island)) => {
            let status = s.status(island);
            status.number().map(|(value, max)| {
                let typed = typed_whole(&c.value, 1, max.into(), value.into());
                Action::Island(island, status.with_number(u8::try_from(typed).unwrap_or(value)))
            })
        }
        (id, None) => id
            .strip_prefix("term-")
            .and_then(|key| Term::ALL.into_iter().find(|t| t.key() == key))
            .map(|term| Action::Term(term, c.checked)),
    };
    // What the page does not use (a number cleared, or out of range) is shown back as the page
    // has it.
    apply(true, |shown| {
        if let Some(action) = action {
            shown.state = shown.state.apply(Change::View(action));
        }
    });
}

/// The other language's texts load first (the page holds only its reader's), then it changes;
/// those of the panels far below too if they are built, so that they change in place.
fn choose_language(view: &View, code: &str) {
    let lang = Lang::from_code(code).unwrap_or(view.lang);
    let parts: &'static [Part] = if texts::installed(view.lang, Part::Page) { &Part::ALL } else { &[Part::Shared] };
    browser::load_texts(lang, parts, move || act(Action::Lang(lang)));
}

/// A button the reader pressed.
fn on_press(c: &browser::Control) {
    if let Some(preset) = c.preset.as_deref().and_then(catalog::preset) {
        return act(Action::Preset(preset.id));
    }
    if c.in_notice {
        apply(false, |shown| shown.state = shown.state.apply(Change::DismissProblems));
        // The button went with the notice: a keyboard reader's place is the scenario it spoke
        // of, not the top of the page.
        if !browser::focus(r#".preset[aria-pressed="true"]"#) {
            browser::focus(".preset");
        }
        return;
    }
    let Some(view) = view() else { return };
    let (as_of, address) = shared(&view);
    // The exported card is in English, like the pre-rendered pages and their preview images.
    let card = || {
        let en = Locale::ENGLISH;
        let title = view.preset().map_or_else(|| en.t(Text::CustomTitle).to_owned(), |p| en.text(&p.texts.title));
        card_svg(&view.scenario, &evaluate(&view.scenario, as_of), &title, &address)
    };
    let file = format!("four-islands-{}", crate::model::link::encode(&view.scenario));
    match c.id.as_str() {
        "copy-link" => {
            let copied = address.clone();
            browser::copy(address, yew::Callback::from(move |ok| apply(false, |shown| shown.copied = Some((copied.clone(), ok)))));
        }
        "download-svg" => browser::download_svg(&file, &card()),
        "download-png" => browser::download_png(&file, &card(), WIDTH, HEIGHT),
        _ => {}
    }
}
