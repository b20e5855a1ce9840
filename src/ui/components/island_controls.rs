//! What happens to each island: a status, and its number of years or share where it has one.
//! The statuses on offer, their numbers and their ranges come from `Status` and `StatusKind`.

use crate::i18n::{Locale, Text};
use crate::model::catalog;
use crate::model::island::IslandId;
use crate::model::scenario::{Status, StatusKind};
use crate::model::view::Action;
use crate::ui::events::{select_value, typed_number};
use crate::ui::explorer::{Explorer, use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn IslandControls() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    html! {
        <section class="panel islands">
            <h2>{loc.t(Text::IslandsHeading)}</h2>
            { for IslandId::ALL.into_iter().map(|id| island_row(&explorer, loc, id)) }
        </section>
    }
}

fn island_row(explorer: &Explorer, loc: Locale, id: IslandId) -> Html {
    let status = explorer.view().scenario.status(id);
    let name = loc.island(id);
    let on_kind = explorer.on(move |e: Event| {
        Action::Island(id, StatusKind::from_key(&select_value(&e)).map_or(status, |kind| status.with_kind(kind)))
    });
    let select_id = format!("status-{}", id.key());
    html! {
        <div class="island-row" data-island={id.key()}>
            <label for={select_id.clone()}>
                <span class="island-name">{name.clone()}</span>
                <span class="small">{format!(" {} {}", loc.number(catalog::island(id).area.value), loc.t(Text::UnitKm2))}</span>
            </label>
            <select id={select_id} onchange={on_kind}>
                { for StatusKind::ALL.into_iter().filter(|k| k.allowed_on(id)).map(|kind| html! {
                    <option value={kind.key()} selected={status.kind() == kind}>{loc.status_kind(kind)}</option>
                }) }
            </select>
            if let Some((value, max)) = status.number() {
                {number_input(explorer, loc, id, status, (value, max), &name)}
            }
        </div>
    }
}

/// The years of an administration or a lease, or Japan's share of a divided Etorofu (with a
/// slider as well as a box).
fn number_input(
    explorer: &Explorer,
    loc: Locale,
    id: IslandId,
    status: Status,
    (value, max): (u8, u8),
    name: &str,
) -> Html {
    let on_number = explorer.on(move |e: Event| {
        let n = typed_number(&e, 1, max.into(), value.into());
        Action::Island(id, status.with_number(u8::try_from(n).unwrap_or(value)))
    });
    let split = status.kind() == StatusKind::Split;
    html! {
        <label class="number">
            if split {
                <input type="range" min="1" max={max.to_string()} value={value.to_string()} onchange={on_number.clone()}
                    aria-label={loc.fill(Text::ShareToJapan, &[("island", name)])} />
            }
            <input type="number" min="1" max={max.to_string()} value={value.to_string()} onchange={on_number} />
            <span>{" "}{if split { loc.with_names(loc.t(Text::SplitUnit)) } else { loc.years_word(value.into()).to_owned() }}</span>
        </label>
    }
}
