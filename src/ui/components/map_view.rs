//! The map: each island filled by its status, with a pattern as well as a colour, Etorofu's
//! dividing line where the core puts it, and a table that says the same in text.

use crate::i18n::{Lang, Naming, Text, island_name, number, t};
use crate::model::catalog;
use crate::model::island::IslandId;
use crate::model::scenario::Scenario;
use crate::render::map_svg::{legend, map_svg, swatch};
use crate::ui::labels;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub naming: Naming,
}

/// Markup made by our own renderer from compiled-in data and numbers (it escapes all text),
/// never from the address or any other input.
fn trusted_markup(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let (s, lang, naming) = (props.scenario, props.lang, props.naming);
    html! {
        <figure class="panel map">
            { trusted_markup(map_svg(&s, lang, |id| island_name(lang, naming, id))) }
            <figcaption>
                <ul class="legend">
                    { for legend(lang).iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
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
