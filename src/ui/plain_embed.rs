//! The embed without every control, without yew: the card (`crate::render::embed_card`, the
//! markup the embed page is pre-rendered with) and the presets' menu, drawn as strings and
//! patched in place when the reader picks a preset. It is its own wasm binary
//! (`four-islands-card`), which the embed page's starter picks unless the embed code asks for
//! every control (`controls=all`: `four-islands-embed`) or the long panels (`panels=all`):
//! an article's reader downloads no virtual DOM for one menu and one button (BENCHMARKS.md
//! has the bytes and times).

use super::{browser, explorer};
use crate::i18n::texts::Part;
use crate::model::catalog;
use crate::model::evaluation::evaluate;
use crate::model::state::{Change, State};
use crate::model::view::{Action, Controls, Layout, Theme};
use crate::render::embed_card::{self as card, Card};
use crate::render::controls::notice;
use std::cell::RefCell;

thread_local! {
    /// What the reader has chosen, and what the address asked for that the page could not use.
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// The entry point of `four-islands-card`: shows the card once the texts of the reader's
/// language are there, in place of the pre-rendered one.
pub fn run() {
    browser::mark_start();
    let state = explorer::opening_state();
    browser::load_texts(state.view.lang, &[Part::Shared], move || show(state));
}

fn show(state: State) {
    browser::draw_live_page(&page(&state));
    browser::on_controls(on_choice, on_press);
    browser::replace_query(&state.view.to_query());
    browser::set_document_lang(state.view.lang.code());
    STATE.with(|s| *s.borrow_mut() = Some(state));
    browser::show_live_page();
    browser::mark_ready();
}

/// Whether the card shows the presets' menu (an embed code that asks for every control runs on
/// `four-islands-embed`; one that reaches this binary anyway gets the menu), and its theme.
fn shown(state: &State) -> (bool, Theme) {
    match state.view.layout {
        Layout::Embed { controls, theme, .. } => (controls != Controls::None, theme),
        Layout::Full => (true, Theme::Light),
    }
}

/// The card and what it needs: the view's evaluation at the date shown, and the address of
/// the full explorer at the same view and date.
fn with_card<T>(state: &State, then: impl FnOnce(&Card<'_>) -> T) -> T {
    let view = &state.view;
    let as_of = view.as_of.unwrap_or_else(browser::today);
    let evaluation = evaluate(&view.scenario, as_of);
    let full_address = format!("{}{}", browser::base_address(), view.pinned(as_of).full_query());
    then(&Card { evaluation: &evaluation, locale: view.locale(), full_address: &full_address })
}

/// The whole live page: the notice about the address, if any, and the card.
fn page(state: &State) -> String {
    let (presets, theme) = shown(state);
    let dark = if theme == Theme::Dark { " theme-dark" } else { "" };
    let menu = if presets { card::presets(state.view.locale(), &state.view) } else { String::new() };
    let body = with_card(state, |c| card::card_with_presets(c, &menu));
    format!(r#"<div class="embed{dark}">{}{body}</div>"#, notice(state.view.locale(), &state.problems))
}

/// A preset chosen in the menu; a value that names no preset (the line that chooses nothing)
/// changes nothing.
fn on_choice(c: &browser::Control) {
    if let Some(preset) = catalog::preset(&c.value).filter(|_| c.id == "card-preset") {
        apply(Change::View(Action::Preset(preset.id)));
    }
}

/// The notice's button: the notice goes, and nothing else is drawn again.
fn on_press(c: &browser::Control) {
    if c.in_notice {
        browser::redraw(".notice", "", true);
        apply(Change::DismissProblems);
    }
}

/// Applies a change and redraws what it changes. A change that leaves the view as it was (a
/// dismissed notice) redraws nothing, so the live region of land and residents is not
/// announced again.
fn apply(change: Change) {
    let Some(before) = STATE.with(|s| s.borrow_mut().take()) else { return };
    let state = before.apply(change);
    if state.view != before.view {
        redraw(&state);
    }
    STATE.with(|s| *s.borrow_mut() = Some(state));
}

/// Redraws the parts of the card a view shows, in place: the menu keeps the focus it has.
fn redraw(state: &State) {
    with_card(state, |c| {
        browser::redraw(".card-title", &card::title(c), false);
        browser::redraw(".card-glance", &format!("{}{}", card::map(c), card::figures(c)), false);
        browser::redraw(".card-positions", &card::positions(c), false);
        browser::redraw(".card-footer", &card::footer(c), true);
    });
    browser::redraw("#card-preset", &card::preset_options(state.view.locale(), &state.view), false);
    browser::replace_query(&state.view.to_query());
}
