//! The map: each island filled by its status, with a pattern as well as a colour, Etorofu's
//! dividing line where the core puts it, and a table that says the same in text.

use super::sea_shapes::sea_shapes;
use super::trusted_markup;
use crate::i18n::{Locale, Text};
use crate::model::catalog;
use crate::model::island::IslandId;
use crate::model::scenario::Scenario;
use crate::render::map_svg::{VIEW_BOX, border_swatch, legend, map_layers, sea_legend, swatch};
use crate::render::sea_layer::MAIN;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

/// The map in parts, so that what a change leaves as it was is not parsed again.
fn map(s: &Scenario, loc: Locale) -> Html {
    let (x, y, w, h) = VIEW_BOX;
    let layers = map_layers(s, loc);
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" class="map-svg" viewBox={format!("{x} {y} {w} {h}")} role="img" aria-labelledby="map-title">
            { trusted_markup(layers.head) }
            <g clip-path="url(#map-view)">
                <rect class="sea" x={x.to_string()} y={y.to_string()} width={w.to_string()} height={h.to_string()} fill="#e6eef3" />
                { sea_shapes(s, &MAIN) }
                { trusted_markup(layers.land) }{ trusted_markup(layers.labels) }
            </g>
        </svg>
    }
}

#[component]
pub fn MapView() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let s = explorer.view().scenario;
    html! {
        <figure class="panel map">
            { map(&s, loc) }
            <figcaption>
                <ul class="legend">
                    { for legend(loc).iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
                </ul>
                <ul class="legend sea-legend">
                    { for sea_legend(loc).iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
                    <li>{ trusted_markup(border_swatch().to_owned()) }{loc.t(Text::LegendSeaBorder)}</li>
                </ul>
                <div class="table-scroll" tabindex="0" role="region" aria-label={loc.t(Text::MapInWords)}><table class="island-table">
                    <caption>{loc.t(Text::MapInWords)}</caption>
                    <thead><tr>
                        <th scope="col">{loc.t(Text::ColIsland)}</th><th scope="col">{loc.t(Text::ColStatus)}</th>
                        <th scope="col">{loc.t(Text::ColArea)}</th><th scope="col">{loc.t(Text::ColResidents)}</th>
                        <th scope="col">{loc.t(Text::ColResidents1945)}</th>
                    </tr></thead>
                    <tbody>
                        { for IslandId::ALL.into_iter().map(|id| {
                            let island = catalog::island(id);
                            html! {
                                <tr data-island={id.key()}>
                                    <th scope="row">{loc.island(id)}</th>
                                    <td>{loc.status(s.status(id))}</td>
                                    <td>{format!("{} {}", loc.number(island.area.value), loc.t(Text::UnitKm2))}</td>
                                    <td>{loc.number(island.residents_now.value)}</td>
                                    <td>{loc.number(island.residents_1945.value)}</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table></div>
            </figcaption>
        </figure>
    }
}
