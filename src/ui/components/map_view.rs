//! The map: each island filled by its status, with a pattern as well as a colour, Etorofu's
//! dividing line where the core puts it, and a table that says the same in text.

use crate::i18n::{Lang, Naming, Text, island_name, number, t};
use crate::model::catalog;
use crate::model::island::IslandId;
use crate::model::scenario::Scenario;
use crate::render::map_svg::{VIEW_BOX, border_swatch, legend, map_layers, sea_legend, swatch};
use crate::ui::labels;
use super::sea_shapes::sea_shapes;
use super::trusted_markup;
use crate::render::sea_layer::MAIN;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub naming: Naming,
}


/// The map in parts, so that what a change leaves as it was is not parsed again.
fn map(s: &Scenario, lang: Lang, naming: Naming) -> Html {
    let (x, y, w, h) = VIEW_BOX;
    let layers = map_layers(s, lang, |id| island_name(lang, naming, id));
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
pub fn MapView(props: &MapViewProps) -> Html {
    let (s, lang, naming) = (props.scenario, props.lang, props.naming);
    html! {
        <figure class="panel map">
            { map(&s, lang, naming) }
            <figcaption>
                <ul class="legend">
                    { for legend(lang).iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
                </ul>
                <ul class="legend sea-legend">
                    { for sea_legend(lang).iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
                    <li>{ trusted_markup(border_swatch().to_owned()) }{t(lang, Text::LegendSeaBorder)}</li>
                </ul>
                <div class="table-scroll" tabindex="0" role="region" aria-label={t(lang, Text::MapInWords)}><table class="island-table">
                    <caption>{t(lang, Text::MapInWords)}</caption>
                    <thead><tr>
                        <th scope="col">{t(lang, Text::ColIsland)}</th><th scope="col">{t(lang, Text::ColStatus)}</th>
                        <th scope="col">{t(lang, Text::ColArea)}</th><th scope="col">{t(lang, Text::ColResidents)}</th>
                        <th scope="col">{t(lang, Text::ColResidents1945)}</th>
                    </tr></thead>
                    <tbody>
                        { for IslandId::ALL.into_iter().map(|id| {
                            let island = catalog::island(id);
                            html! {
                                <tr data-island={id.key()}>
                                    <th scope="row">{island_name(lang, naming, id)}</th>
                                    <td>{labels::status(lang, s.status(id))}</td>
                                    <td>{format!("{} {}", number(lang, island.area.value), t(lang, Text::UnitKm2))}</td>
                                    <td>{number(lang, island.residents_now.value)}</td>
                                    <td>{number(lang, island.residents_1945.value)}</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table></div>
            </figcaption>
        </figure>
    }
}
