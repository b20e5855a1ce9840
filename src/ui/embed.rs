//! The embed: the card an article needs (the scenario at a glance and a way into the rest),
//! with only the controls the host asked for. It is its own wasm binary
//! (`four-islands-embed`), so readers of an article do not download the full page's panels;
//! an embed code that asks for those (`panels=all`) runs on the full page's binary, whose
//! starter the embed page picks, and shows them below the card.

use super::browser;
use super::components::{
    card_date::CardDate, card_presets::CardPresets, embed_card::EmbedCard, later_figures::LaterFigures, meter::Meter,
    opinions::Opinions, polls::Polls, precedents::Precedents, sea::Sea, terms_controls::TermsControls,
    timeline::Timeline,
};
use super::explorer::{Explorer, use_explorer};
use crate::model::view::{Action, Controls, Layout, Panels, Theme};
use yew::prelude::*;

/// The embed's own binary: the card only.
#[component]
pub fn Embed() -> Html {
    let e = use_explorer();
    card(&e, None)
}

/// The full page's binary on the embed page: the card and, if asked for, the long panels.
#[component]
pub fn EmbedWithPanels() -> Html {
    let e = use_explorer();
    let v = e.view();
    if !matches!(v.layout, Layout::Embed { panels: Panels::All, .. }) {
        return card(&e, None);
    }
    let (lang, naming, evaluation) = (v.lang, v.naming, &e.evaluation);
    let panels = html! {
            <div class="embed-panels">
                <Meter evaluation={evaluation.clone()} {lang} />
                <Sea scenario={v.scenario} {lang} {naming} />
                <LaterFigures {lang} {naming} />
                <Precedents preset={v.preset()} {lang} {naming} />
                {e.positions()}
                <Polls polls={evaluation.polls()} context={evaluation.context_polls()} {lang} {naming} />
                <Opinions opinions={evaluation.opinions()} {lang} {naming} />
                <Timeline as_of={e.as_of} {lang} {naming} on_as_of={e.dispatch.reform(Action::AsOf)} />
            </div>
    };
    card(&e, Some(panels))
}

/// Every control, compact: the islands, then the treaty and timing with the other terms folded
/// under one line (`timeline` when the long panels hold the timeline the fishing term links to).
fn controls_of(e: &Explorer, timeline: bool) -> Html {
    let v = e.view();
    let d = &e.dispatch;
    html! {
        <div class="card-controls">
            {e.island_controls()}
            <TermsControls scenario={v.scenario} lang={v.lang} {timeline} folded=true
                on_treaty={d.reform(Action::PeaceTreaty)} on_timing={d.reform(Action::Timing)}
                on_term={d.reform(|(t, on)| Action::Term(t, on))} />
        </div>
    }
}

/// The card with the controls the embed code asks for, and the long panels below it if given
/// (they hold the date control, and the timeline the fishing-rights term links to).
fn card(e: &Explorer, panels: Option<Html>) -> Html {
    let v = e.view();
    let (lang, naming) = (v.lang, v.naming);
    let (controls, theme) = match v.layout {
        Layout::Embed { controls, theme, .. } => (controls, theme),
        // The embed binary opened as a full page: show the scenario with every control.
        Layout::Full => (Controls::All, Theme::Light),
    };
    // The full explorer at the date shown, so that it opens the same view.
    let full_address = format!("{}{}", browser::base_address(), v.pinned(e.as_of).full_query());
    let presets = (controls != Controls::None).then(|| {
        html! {
            <CardPresets current={v.preset().map(|p| p.id)} retired={v.retired_preset().map(|p| p.id)} {lang} {naming}
                on_choose={e.dispatch.reform(Action::Preset)} />
        }
    });
    let all = controls == Controls::All;
    let date = (all && panels.is_none()).then(|| {
        html! { <CardDate as_of={e.as_of} is_today={v.as_of.is_none()} {lang} on_as_of={e.dispatch.reform(Action::AsOf)} /> }
    });
    html! {
        <div class={classes!("embed", (theme == Theme::Dark).then_some("theme-dark"))}>
            {e.notice.clone()}
            <EmbedCard evaluation={e.evaluation.clone()} {lang} {naming} full_address={full_address}
                presets={presets.unwrap_or_default()} {date}
                controls={if all { controls_of(e, panels.is_some()) } else { Html::default() }} />
            {panels.unwrap_or_default()}
        </div>
    }
}
