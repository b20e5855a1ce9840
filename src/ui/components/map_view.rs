//! The map: each island filled by its status, with a pattern as well as a colour, Etorofu's
//! dividing line where the core puts it, and a table that says the same in text.

use crate::model::catalog;
use crate::model::format::thousands;
use crate::model::island::IslandId;
use crate::model::scenario::Scenario;
use crate::render::map_svg::{LEGEND, map_svg, swatch};
use crate::ui::labels;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub scenario: Scenario,
}

/// Markup made by our own renderer from compiled-in data and numbers (it escapes all text),
/// never from the address or any other input.
fn trusted_markup(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let s = props.scenario;
    html! {
        <figure class="panel map">
            { trusted_markup(map_svg(&s, |id| labels::island(id).to_owned())) }
            <figcaption>
                <ul class="legend">
                    { for LEGEND.iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
                </ul>
                <table class="island-table">
                    <caption>{"The map in words"}</caption>
                    <thead><tr><th scope="col">{"Island"}</th><th scope="col">{"Status"}</th><th scope="col">{"Area"}</th><th scope="col">{"Residents (2023)"}</th></tr></thead>
                    <tbody>
                        { for IslandId::ALL.into_iter().map(|id| {
                            let island = catalog::island(id);
                            html! {
                                <tr data-island={id.key()}>
                                    <th scope="row">{labels::island(id)}</th>
                                    <td>{labels::status(s.status(id))}</td>
                                    <td>{format!("{} km²", thousands(island.area.value))}</td>
                                    <td>{thousands(island.residents_now.value)}</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </figcaption>
        </figure>
    }
}
