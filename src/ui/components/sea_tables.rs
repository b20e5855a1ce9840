//! The sea panel's two tables: each side's sea with its change from the status quo, and each
//! island's sea with who it goes with.

use crate::i18n::{Locale, Text};
use crate::model::scenario::Status;
use crate::model::sea::{Belt, Holder, SeaSplit, holder, rounded};
use yew::prelude::*;

/// An area of sea as the panel shows it: to the nearest 100 km².
pub fn km2(loc: Locale, x: f64) -> String {
    format!("{}\u{a0}{}", loc.number(rounded(x)), loc.t(Text::UnitKm2))
}

/// Each side's sea, with the change from the status quo.
pub fn sides_table(loc: Locale, sea: &SeaSplit) -> Html {
    let signed = |x: f64| {
        let r = rounded(x);
        let sign = if r > 0.0 {
            "+"
        } else if r < 0.0 {
            "−"
        } else {
            "±"
        };
        format!("{sign}{}", km2(loc, r.abs()))
    };
    let row = |side: &'static str, label: &str, b: Belt, change: Option<f64>| {
        html! {
            <tr data-side={side}>
                <th scope="row">{label.to_owned()}</th>
                <td>{km2(loc, b.territorial)}</td><td>{km2(loc, b.zone)}</td><td>{km2(loc, b.total())}</td>
                <td>{change.map(signed).unwrap_or_default()}</td>
            </tr>
        }
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={loc.t(Text::SeaCaption)}>
            <table class="sea-table" id="sea-sides">
                <caption>{loc.t(Text::SeaCaption)}</caption>
                <thead><tr>
                    <th scope="col">{loc.t(Text::SeaColSide)}</th><th scope="col">{loc.t(Text::SeaColTerritorial)}</th>
                    <th scope="col">{loc.t(Text::SeaColZone)}</th><th scope="col">{loc.t(Text::SeaColTotal)}</th>
                    <th scope="col">{loc.t(Text::SeaColChange)}</th>
                </tr></thead>
                <tbody>
                    {row("japan", loc.t(Text::Japan), sea.japan, Some(sea.japan_change_km2))}
                    {row("russia", loc.t(Text::Russia), sea.russia, Some(-sea.japan_change_km2))}
                    if sea.joint.total() > 0.0 {
                        {row("joint", loc.t(Text::SeaJointRow), sea.joint, None)}
                    }
                    {row("all", loc.t(Text::SeaAll), sea.total, None)}
                </tbody>
            </table>
        </div>
    }
}

/// Each island's sea, and who it goes with.
pub fn islands_table(loc: Locale, sea: &SeaSplit) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={loc.t(Text::SeaIslandCaption)}>
            <table class="sea-table" id="sea-islands">
                <caption>{loc.t(Text::SeaIslandCaption)}</caption>
                <thead><tr>
                    <th scope="col">{loc.t(Text::ColIsland)}</th><th scope="col">{loc.t(Text::SeaColHolder)}</th>
                    <th scope="col">{loc.t(Text::SeaColTerritorial)}</th><th scope="col">{loc.t(Text::SeaColZone)}</th>
                </tr></thead>
                <tbody>
                    { for sea.islands.iter().map(|i| html! {
                        <tr data-island={i.island.key()}>
                            <th scope="row">{loc.island(i.island)}</th>
                            <td>{goes_with(loc, i.status, i.japan.total(), i.russia.total())}</td>
                            <td>{km2(loc, i.whole.territorial)}</td><td>{km2(loc, i.whole.zone)}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Who an island's sea goes with, in words.
fn goes_with(loc: Locale, status: Status, japan: f64, russia: f64) -> String {
    match holder(status) {
        Some(Holder::Japan) => loc.t(Text::Japan).to_owned(),
        Some(Holder::Russia) => loc.t(Text::Russia).to_owned(),
        Some(Holder::Joint) => loc.t(Text::SeaJointRow).to_owned(),
        None => loc.fill(Text::SeaDivided, &[("japan", &km2(loc, japan)), ("russia", &km2(loc, russia))]),
    }
}
