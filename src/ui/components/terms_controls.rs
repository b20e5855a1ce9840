//! The peace treaty, the timing, and the optional terms of a settlement.

use super::timeline::FISHING_ANCHOR;
use crate::i18n::{Locale, Text};
use crate::model::scenario::{MAX_YEARS, Term, Terms, Timing};
use crate::model::view::Action;
use crate::ui::events::{checked, typed_number};
use crate::ui::explorer::{Explorer, use_explorer, use_locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermsControlsProps {
    /// Whether the page has the timeline the fishing-rights term links to.
    #[prop_or_default]
    pub timeline: bool,
    /// The other terms folded under one line that names those chosen (the embed's card).
    #[prop_or_default]
    pub folded: bool,
}

#[component]
pub fn TermsControls(props: &TermsControlsProps) -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let s = explorer.view().scenario;
    let timing = s.timing;
    let years = timing.phased_years().unwrap_or(Timing::DEFAULT_PHASED_YEARS);
    let on_treaty = explorer.on(|e: Event| Action::PeaceTreaty(checked(&e)));
    let on_phased = explorer.on(move |e: Event| Action::Timing(timing.phased(checked(&e))));
    let on_years = explorer.on(move |e: Event| {
        let typed = typed_number(&e, 1, MAX_YEARS.into(), years.into());
        Action::Timing(Timing::Phased { years: u8::try_from(typed).unwrap_or(years) })
    });
    html! {
        <section class="panel terms">
            <h2>{loc.t(Text::TermsHeading)}</h2>
            <label class="check"><input type="checkbox" id="peace-treaty" checked={s.peace_treaty} onchange={on_treaty} /><span>{loc.t(Text::PeaceTreaty)}</span></label>
            <div class="stages">
                <label class="check"><input type="checkbox" id="phased" checked={timing.phased_years().is_some()} onchange={on_phased} /><span>{loc.t(Text::Stages)}</span></label>
                <input type="number" min="1" max={MAX_YEARS.to_string()} value={years.to_string()}
                    disabled={timing.phased_years().is_none()} onchange={on_years} aria-label={loc.t(Text::StagesYears)} />
                {" "}{loc.years_word(years.into())}
            </div>
            if props.folded {
                <details class="other-terms">
                    <summary>{loc.t(Text::OtherTerms)}{chosen(loc, &s.terms)}</summary>
                    {other_terms(&explorer, loc, props)}
                </details>
            } else {
                {other_terms(&explorer, loc, props)}
            }
        </section>
    }
}

/// Folded, the line names the terms chosen.
fn chosen(loc: Locale, terms: &Terms) -> String {
    let chosen: Vec<&str> = Term::ALL.into_iter().filter(|&term| terms.get(term)).map(|term| loc.term(term)).collect();
    if chosen.is_empty() {
        String::new()
    } else {
        format!("{}{}", loc.t(Text::Colon), chosen.join(loc.t(Text::ListComma)))
    }
}

/// A box for each of the other terms.
fn other_terms(explorer: &Explorer, loc: Locale, props: &TermsControlsProps) -> Html {
    let s = explorer.view().scenario;
    html! {
        <fieldset>
            <legend class={classes!(props.folded.then_some("visually-hidden"))}>{loc.t(Text::OtherTerms)}</legend>
            { for Term::ALL.into_iter().map(|term| {
                let on_change = explorer.on(move |e: Event| Action::Term(term, checked(&e)));
                html! {
                    <>
                        <label class="check"><input type="checkbox" id={format!("term-{}", term.key())} checked={s.terms.get(term)} onchange={on_change} /><span>{loc.term(term)}</span></label>
                        if term == Term::FishingRights && props.timeline {
                            <a class="term-link" href={format!("#{FISHING_ANCHOR}")}>{loc.t(Text::FishingLink)}</a>
                        }
                    </>
                }
            }) }
        </fieldset>
    }
}
