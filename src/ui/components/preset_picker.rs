//! The ready-made scenarios on offer, each with its one-line description and who proposed it;
//! a scenario that was once a preset says why it no longer is.

use super::citation::Citation;
use crate::i18n::Text;
use crate::model::catalog::{self, Preset};
use crate::model::view::Action;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn PresetPicker() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let current = explorer.view().preset();
    html! {
        <section class="panel presets">
            <h2>{loc.t(Text::PresetsHeading)}</h2>
            <div class="preset-list" role="group" aria-label={loc.t(Text::PresetsGroup)}>
                { for catalog::offered_presets().map(|p| {
                    let on_click = explorer.on(move |_: MouseEvent| Action::Preset(p.id));
                    html! {
                        <button type="button" class="preset" data-preset={p.id} title={loc.text(&p.texts.description)}
                            aria-pressed={(current.is_some_and(|c| c.id == p.id)).to_string()} onclick={on_click}>
                            {loc.text(&p.texts.title)}
                        </button>
                    }
                }) }
            </div>
            <div class="preset-about">
                if let Some(p) = current {
                    <p>{loc.text(&p.texts.description)}</p>
                    <p class="small">{loc.t(Text::ProposedBy)}{" "}{loc.text(&p.proposed_by)}{loc.t(Text::SentenceBreak)}
                        {sources(p)}
                    </p>
                } else if let Some(p) = explorer.view().retired_preset() {
                    <p>{loc.fill(Text::PresetRetired, &[("title", &loc.text(&p.texts.title))])}</p>
                    if let Some(why) = &p.retired {
                        <p class="small retired">{loc.text(why)}{" "}{sources(p)}</p>
                    }
                } else {
                    <p>{loc.t(Text::CustomScenario)}</p>
                }
            </div>
        </section>
    }
}

/// A preset's sources, separated by semicolons.
fn sources(p: &'static Preset) -> Html {
    html! {
        { for p.sources.iter().enumerate().map(|(i, id)| html! {
            <>{ if i > 0 { "; " } else { "" } }<Citation id={*id} /></>
        }) }
    }
}
