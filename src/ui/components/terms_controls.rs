//! The peace treaty, the timing, and the optional terms of a settlement.

use crate::model::scenario::{MAX_YEARS, Scenario, Term, Timing};
use crate::ui::labels;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermsControlsProps {
    pub scenario: Scenario,
    pub on_treaty: Callback<bool>,
    pub on_timing: Callback<Timing>,
    pub on_term: Callback<(Term, bool)>,
}

fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

#[component]
pub fn TermsControls(props: &TermsControlsProps) -> Html {
    let s = props.scenario;
    let phased_years = match s.timing {
        Timing::Phased { years } => Some(years),
        Timing::AtSignature => None,
    };
    let on_treaty = props.on_treaty.reform(|e: Event| checked(&e));
    let on_phased = props.on_timing.reform(move |e: Event| {
        if checked(&e) { Timing::Phased { years: phased_years.unwrap_or(10) } } else { Timing::AtSignature }
    });
    let on_years = props.on_timing.reform(|e: Event| {
        let years = e.target_unchecked_into::<HtmlInputElement>().value().parse::<u8>().unwrap_or(1);
        Timing::Phased { years: years.clamp(1, MAX_YEARS) }
    });
    html! {
        <section class="panel terms">
            <h2>{"Treaty and terms"}</h2>
            <label class="check"><input type="checkbox" id="peace-treaty" checked={s.peace_treaty} onchange={on_treaty} /><span>{"A peace treaty is concluded"}</span></label>
            <div class="stages">
                <label class="check"><input type="checkbox" id="phased" checked={phased_years.is_some()} onchange={on_phased} /><span>{"Carried out in stages over"}</span></label>
                <input type="number" min="1" max={MAX_YEARS.to_string()} value={phased_years.unwrap_or(10).to_string()}
                    disabled={phased_years.is_none()} onchange={on_years} aria-label="Years for the stages" />
                {" years"}
            </div>
            <fieldset>
                <legend>{"Other terms"}</legend>
                { for Term::ALL.into_iter().map(|t| {
                    let on_change = props.on_term.reform(move |e: Event| (t, checked(&e)));
                    html! {
                        <label class="check"><input type="checkbox" id={format!("term-{}", t.key())} checked={s.terms.get(t)} onchange={on_change} /><span>{labels::term(t)}</span></label>
                    }
                }) }
            </fieldset>
        </section>
    }
}
