//! What happens to each island: a status, and its number of years or share where it has one.

use crate::i18n::{Lang, Naming, Text, fill, island_name, number, t, with_names, years_word};
use crate::model::catalog;
use crate::model::island::IslandId;
use crate::model::scenario::{MAX_YEARS, Scenario, Status};
use crate::ui::{browser, labels};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IslandControlsProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub naming: Naming,
    pub on_change: Callback<(IslandId, Status)>,
}

/// The status a kind switches to, keeping the island's current number where it has one.
fn with_kind(kind: &str, current: Status) -> Status {
    let years = match current {
        Status::RussianAdministration { years } | Status::LeasedToRussia { years } => Some(years),
        _ => None,
    };
    match kind {
        "japanese" => Status::Japanese,
        "joint" => Status::Joint,
        "admin" => Status::RussianAdministration { years: years.unwrap_or(20) },
        "lease" => Status::LeasedToRussia { years: years.unwrap_or(50) },
        "split" => Status::Split { japan_percent: 50 },
        _ => Status::Russian,
    }
}

/// The status with its number set (already clamped to the island's range by the box).
fn with_number(current: Status, n: u8) -> Status {
    match current {
        Status::RussianAdministration { .. } => Status::RussianAdministration { years: n },
        Status::LeasedToRussia { .. } => Status::LeasedToRussia { years: n },
        Status::Split { .. } => Status::Split { japan_percent: n },
        other => other,
    }
}

/// The number an island's status carries and its highest value, for its box.
fn number_of(status: Status) -> Option<(u8, u8)> {
    match status {
        Status::RussianAdministration { years } | Status::LeasedToRussia { years } => Some((years, MAX_YEARS)),
        Status::Split { japan_percent } => Some((japan_percent, 99)),
        _ => None,
    }
}

#[component]
pub fn IslandControls(props: &IslandControlsProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="panel islands">
            <h2>{t(lang, Text::IslandsHeading)}</h2>
            { for IslandId::ALL.into_iter().map(|id| {
                let status = props.scenario.status(id);
                let name = island_name(lang, props.naming, id);
                let area = catalog::island(id).area.value;
                let on_kind = props.on_change.reform(move |e: Event| {
                    let kind = e.target_unchecked_into::<HtmlSelectElement>().value();
                    (id, with_kind(&kind, status))
                });
                let on_number = props.on_change.reform(move |e: Event| {
                    let (current, max) = number_of(status).unwrap_or((1, 1));
                    let n = browser::typed_number(&e, 1, max.into(), current.into());
                    (id, with_number(status, u8::try_from(n).unwrap_or(current)))
                });
                let select_id = format!("status-{}", id.key());
                let number_input = match status {
                    Status::RussianAdministration { years } | Status::LeasedToRussia { years } => Some((Text::UnitYearMany, years, MAX_YEARS)),
                    Status::Split { japan_percent } => Some((Text::SplitUnit, japan_percent, 99)),
                    _ => None,
                };
                html! {
                    <div class="island-row" data-island={id.key()}>
                        <label for={select_id.clone()}>
                            <span class="island-name">{name.clone()}</span>
                            <span class="small">{format!(" {} {}", number(lang, area), t(lang, Text::UnitKm2))}</span>
                        </label>
                        <select id={select_id} onchange={on_kind}>
                            { for labels::STATUS_KINDS.iter().filter(|(k, _)| *k != "split" || id == IslandId::Etorofu).map(|(kind, text)| html! {
                                <option value={*kind} selected={labels::status_kind(status) == *kind}>{t(lang, *text)}</option>
                            }) }
                        </select>
                        if let Some((unit, value, max)) = number_input {
                            <label class="number">
                                if unit == Text::SplitUnit {
                                    <input type="range" min="1" max={max.to_string()} value={value.to_string()} onchange={on_number.clone()}
                                        aria-label={fill(t(lang, Text::ShareToJapan), &[("island", &name)])} />
                                }
                                <input type="number" min="1" max={max.to_string()} value={value.to_string()} onchange={on_number} />
                                <span>{" "}{if unit == Text::SplitUnit { with_names(lang, props.naming, t(lang, unit)) } else { years_word(lang, value.into()).to_owned() }}</span>
                            </label>
                        }
                    </div>
                }
            }) }
        </section>
    }
}
