//! The reader's assumptions for each side, as a table of inputs: how each side weighs the
//! islands, what a treaty and each kind of term is worth to it, its discount for delay.

use crate::i18n::{Locale, Text};
use crate::model::catalog::Party;
use crate::model::island::IslandId;
use crate::model::negotiation::{Assumption, Valuations, Weighting};
use crate::model::view::Action;
use crate::ui::events::{select_value, typed_number};
use crate::ui::explorer::{Explorer, use_explorer, use_locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub valuations: Valuations,
}

#[component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let v = props.valuations;
    html! {
        <table class="valuations">
            <caption>{loc.t(Text::Assumptions)}{" — "}{loc.t(Text::UnitNote)}</caption>
            <thead><tr><th scope="col">{loc.t(Text::Assumption)}</th><th scope="col">{loc.t(Text::Japan)}</th><th scope="col">{loc.t(Text::Russia)}</th></tr></thead>
            <tbody>
                <tr>
                    <th scope="row"><label for="va-weights-japan">{loc.t(Text::WeightsRow)}</label><span class="small">{loc.fill(Text::WeightsNote, &[("etorofu", &loc.island(IslandId::Etorofu))])}</span></th>
                    { for Party::ALL.into_iter().map(|party| html! { <td>{weighting_select(&explorer, loc, v, party)}</td> }) }
                </tr>
                { for Assumption::ALL.into_iter().map(|a| {
                    let (row, note) = loc.assumption(a);
                    html! {
                        <tr>
                            <th scope="row"><label for={format!("va-{}-japan", a.key())}>{row}</label><span class="small">{note}</span></th>
                            { for Party::ALL.into_iter().map(|party| html! { <td>{number_input(&explorer, loc, v, a, party)}{" %"}</td> }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// A side's party text: "Japan", "Russia".
fn side_name(loc: Locale, party: Party) -> &'static str {
    loc.t(if party == Party::Japan { Text::Japan } else { Text::Russia })
}

fn number_input(explorer: &Explorer, loc: Locale, v: Valuations, assumption: Assumption, party: Party) -> Html {
    let (min, max) = assumption.bounds();
    let current = assumption.get(v.side(party));
    let onchange = explorer.on(move |e: Event| {
        let typed = typed_number(&e, min, max, current);
        Action::Analysis(Some(v.with_side(party, |side| assumption.set(side, typed))))
    });
    let id = format!("va-{}-{}", assumption.key(), party.key());
    let label = format!("{}: {}", loc.assumption(assumption).0, side_name(loc, party));
    html! { <input {id} aria-label={label} type="number" min={min.to_string()} max={max.to_string()} step="1" value={current.to_string()} {onchange} /> }
}

fn weighting_select(explorer: &Explorer, loc: Locale, v: Valuations, party: Party) -> Html {
    let onchange = explorer.on(move |e: Event| {
        let chosen = select_value(&e).chars().next().and_then(Weighting::from_code);
        Action::Analysis(Some(chosen.map_or(v, |w| v.with_side(party, |side| side.weighting = w))))
    });
    let id = format!("va-weights-{}", party.key());
    let label = format!("{}: {}", loc.t(Text::WeightsRow), side_name(loc, party));
    html! {
        <select {id} aria-label={label} {onchange}>
            { for Weighting::ALL.into_iter().map(|w| html! {
                <option value={w.code().to_string()} selected={v.side(party).weighting == w}>{loc.weighting(w)}</option>
            }) }
        </select>
    }
}
