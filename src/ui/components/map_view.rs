//! The map: each island filled by its status, with a pattern as well as a colour, Etorofu's
//! dividing line where the core puts it, and a table that says the same in text.

use crate::model::catalog::{self, MAP};
use crate::model::format::thousands;
use crate::model::island::IslandId;
use crate::model::map::{Land, Point, divide_etorofu, svg_path};
use crate::model::scenario::{Scenario, Status};
use crate::ui::labels;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub scenario: Scenario,
}

/// The fill for a status: a pattern id defined in the SVG, and the legend's word for it.
fn fill(status: Status) -> &'static str {
    match status {
        Status::Russian => "url(#fill-russian)",
        Status::Japanese => "url(#fill-japanese)",
        Status::Joint => "url(#fill-joint)",
        Status::RussianAdministration { .. } | Status::LeasedToRussia { .. } => "url(#fill-transition)",
        Status::Split { .. } => "url(#fill-japanese)",
    }
}

/// Where each name goes (map units) and which end of the text is anchored there: in open
/// sea beside the island, so no name covers the land it names.
fn label_at(id: IslandId) -> (Point, &'static str) {
    match id {
        IslandId::Habomai => ((800.0, 2600.0), "start"),
        IslandId::Shikotan => ((1680.0, 2090.0), "start"),
        IslandId::Kunashiri => ((420.0, 1190.0), "start"),
        IslandId::Etorofu => ((1500.0, 420.0), "start"),
    }
}

/// The part of the projected view worth drawing: open sea to the west is left out.
const VIEW_BOX: &str = "300 60 2989 2704";

fn pattern(id: &'static str, background: &'static str, lines: Html) -> Html {
    html! {
        <pattern id={id} width="36" height="36" patternUnits="userSpaceOnUse">
            <rect width="36" height="36" fill={background} />
            {lines}
        </pattern>
    }
}

#[component]
pub fn MapView(props: &MapViewProps) -> Html {
    let s = props.scenario;
    let mut shapes = Vec::new();
    for shape in MAP.shapes {
        let d = svg_path(&shape.float_points());
        match shape.land {
            Land::Hokkaido => shapes.push(html! { <path class="hokkaido" {d} /> }),
            Land::Island(IslandId::Etorofu) if matches!(s.status(IslandId::Etorofu), Status::Split { .. }) => {}
            Land::Island(id) => {
                shapes.push(html! { <path class="island" data-island={id.key()} fill={fill(s.status(id))} {d} /> })
            }
        }
    }
    let division = match s.status(IslandId::Etorofu) {
        Status::Split { japan_percent } => Some(divide_etorofu(MAP.shapes, japan_percent)),
        _ => None,
    };
    let (w, h) = (MAP.width, MAP.height);
    html! {
        <figure class="panel map">
            <svg viewBox={VIEW_BOX} role="img" aria-labelledby="map-title" preserveAspectRatio="xMidYMid meet">
                <title id="map-title">{"Map of the four islands and the facing coast of Hokkaido, coloured by status in this scenario"}</title>
                <defs>
                    { pattern("fill-russian", "#c9b6e4", html! { <circle cx="18" cy="18" r="5" fill="#5b3d8a" /> }) }
                    { pattern("fill-japanese", "#a8dcd1", html! { <path d="M-9 9L9 -9M0 36L36 0M27 45L45 27" stroke="#176b5e" stroke-width="7" /> }) }
                    { pattern("fill-joint", "#dcd6c8", html! { <path d="M0 0L36 36M36 0L0 36" stroke="#5e5747" stroke-width="5" /> }) }
                    { pattern("fill-transition", "#a8dcd1", html! { <path d="M0 9H36M0 27H36" stroke="#5b3d8a" stroke-width="7" /> }) }
                </defs>
                <rect class="sea" width={w.to_string()} height={h.to_string()} />
                { for shapes }
                if let Some(d) = &division {
                    { for d.japan.iter().map(|r| html! { <path class="island" data-island="etorofu" data-part="japan" fill="url(#fill-japanese)" d={svg_path(r)} /> }) }
                    { for d.russia.iter().map(|r| html! { <path class="island" data-island="etorofu" data-part="russia" fill="url(#fill-russian)" d={svg_path(r)} /> }) }
                    <line class="cut" x1={d.line.0.0.round().to_string()} y1={d.line.0.1.round().to_string()}
                        x2={d.line.1.0.round().to_string()} y2={d.line.1.1.round().to_string()} />
                }
                { for IslandId::ALL.into_iter().map(|id| {
                    let ((x, y), anchor) = label_at(id);
                    html! { <text class="label" text-anchor={anchor} x={x.round().to_string()} y={y.round().to_string()}>{labels::island(id)}</text> }
                }) }
                <text class="label hokkaido-label" x="320" y="2700">{"Hokkaido"}</text>
            </svg>
            <figcaption>
                <ul class="legend">
                    <li><svg viewBox="0 0 36 36" aria-hidden="true"><rect width="36" height="36" fill="url(#fill-japanese)" /></svg>{"Japanese"}</li>
                    <li><svg viewBox="0 0 36 36" aria-hidden="true"><rect width="36" height="36" fill="url(#fill-russian)" /></svg>{"Russian"}</li>
                    <li><svg viewBox="0 0 36 36" aria-hidden="true"><rect width="36" height="36" fill="url(#fill-joint)" /></svg>{"Joint administration"}</li>
                    <li><svg viewBox="0 0 36 36" aria-hidden="true"><rect width="36" height="36" fill="url(#fill-transition)" /></svg>{"Japanese sovereignty, Russian administration or lease for a period"}</li>
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
