//! The peace treaty, the timing, and the optional terms of a settlement.

use crate::i18n::{Lang, Text, t, years_word};
use crate::model::scenario::{MAX_YEARS, Scenario, Term, Timing};
use crate::ui::components::timeline::FISHING_ANCHOR;
use crate::ui::{browser, labels};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermsControlsProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub on_treaty: Callback<bool>,
    pub on_timing: Callback<Timing>,
    pub on_term: Callback<(Term, bool)>,
    /// Whether the page has the timeline the fishing-rights term links to.
    #[prop_or_default]
    pub timeline: bool,
    /// The other terms folded under one line that names those chosen (the embed's card).
    #[prop_or_default]
    pub folded: bool,
}

fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

#[component]
pub fn TermsControls(props: &TermsControlsProps) -> Html {
    let (s, lang) = (props.scenario, props.lang);
    let phased_years = match s.timing {
        Timing::Phased { years } => Some(years),
        Timing::AtSignature => None,
    };
    let on_treaty = props.on_treaty.reform(|e: Event| checked(&e));
    let on_phased = props.on_timing.reform(move |e: Event| {
        if checked(&e) { Timing::Phased { years: phased_years.unwrap_or(10) } } else { Timing::AtSignature }
    });
    let on_years = props.on_timing.reform(move |e: Event| {
        let current = phased_years.unwrap_or(10);
        let years = browser::typed_number(&e, 1, MAX_YEARS.into(), current.into());
        Timing::Phased { years: u8::try_from(years).unwrap_or(current) }
    });
    // Folded, the line says which terms are chosen.
    let chosen: Vec<&str> = Term::ALL.into_iter().filter(|&term| s.terms.get(term)).map(|term| labels::term(lang, term)).collect();
    let chosen = if chosen.is_empty() {
        String::new()
    } else {
        format!("{}{}", t(lang, Text::Colon), chosen.join(t(lang, Text::ListComma)))
    };
    let others = html! {
        <fieldset>
            <legend class={classes!(props.folded.then_some("visually-hidden"))}>{t(lang, Text::OtherTerms)}</legend>
            { for Term::ALL.into_iter().map(|term| {
                let on_change = props.on_term.reform(move |e: Event| (term, checked(&e)));
                html! {
                    <>
                        <label class="check"><input type="checkbox" id={format!("term-{}", term.key())} checked={s.terms.get(term)} onchange={on_change} /><span>{labels::term(lang, term)}</span></label>
                        if term == Term::FishingRights && props.timeline {
                            <a class="term-link" href={format!("#{FISHING_ANCHOR}")}>{t(lang, Text::FishingLink)}</a>
                        }
                    </>
                }
            }) }
        </fieldset>
    };
    html! {
        <section class="panel terms">
            <h2>{t(lang, Text::TermsHeading)}</h2>
            <label class="check"><input type="checkbox" id="peace-treaty" checked={s.peace_treaty} onchange={on_treaty} /><span>{t(lang, Text::PeaceTreaty)}</span></label>
            <div class="stages">
                <label class="check"><input type="checkbox" id="phased" checked={phased_years.is_some()} onchange={on_phased} /><span>{t(lang, Text::Stages)}</span></label>
                <input type="number" min="1" max={MAX_YEARS.to_string()} value={phased_years.unwrap_or(10).to_string()}
                    disabled={phased_years.is_none()} onchange={on_years} aria-label={t(lang, Text::StagesYears)} />
                {" "}{years_word(lang, phased_years.unwrap_or(10).into())}
            </div>
            if props.folded {
                <details class="other-terms">
                    <summary>{t(lang, Text::OtherTerms)}{chosen}</summary>
                    {others}
                </details>
            } else {
                {others}
            }
        </section>
    }
}
