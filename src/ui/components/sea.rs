//! The sea the scenario decides: the overview map of the zones, the figures per side and per
//! island (the table that says what the map shows), the rule, and what the model leaves out.

use super::citation::PageCitation;
use super::sea_shapes::sea_shapes;
use super::trusted_markup;
use crate::i18n::{Locale, Text};
use crate::model::catalog::MAP;
use crate::model::island::IslandId;
use crate::model::scenario::{Scenario, Status};
use crate::model::sea::{Belt, Holder, SeaSplit, holder, rounded, sea_split};
use crate::render::map_svg::{border_swatch, sea_legend, swatch};
use crate::render::overview_svg::{VIEW_BOX, overview_layers};
use crate::render::sea_layer::OVERVIEW;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Sea() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let s = explorer.view().scenario;
    let sea: SeaSplit = sea_split(&s);
    let all = sea.total.total();
    let with_two = sea.islands[0].whole.total() + sea.islands[1].whole.total();
    html! {
        <section class="panel sea" id="sea" aria-labelledby="sea-heading">
            <h2 id="sea-heading">{loc.t(Text::SeaHeading)}</h2>
            <p>{loc.t(Text::SeaIntro)}</p>
            <figure class="overview">
                { overview(&s, loc) }
                <figcaption>
                    <ul class="legend">
                        { for sea_legend(loc).iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
                        <li>{ trusted_markup(border_swatch().to_owned()) }{loc.t(Text::LegendSeaBorder)}</li>
                    </ul>
                </figcaption>
            </figure>
            { sides_table(loc, &sea) }
            { islands_table(loc, &sea) }
            <p class="small">{loc.t(Text::SeaTableNote)}</p>
            <p class="sea-rule">{loc.t(Text::SeaRule)}</p>
            <p class="sea-caveat">{loc.t(Text::SeaCaveat)}{" "}<PageCitation id={MAP.source} />{" "}<PageCitation id="lighthouse-kaigara" /></p>
            <p class="small" id="sea-quoted">
                {with_citations(&loc.fill(Text::SeaFiguresQuoted, &[
                    ("total", &km2(loc, all)), ("share", &loc.percent(if all > 0.0 { with_two / all } else { 0.0 })),
                    ("habomai", &loc.island(IslandId::Habomai)), ("shikotan", &loc.island(IslandId::Shikotan)),
                ]))}
            </p>
        </section>
    }
}

/// An area of sea as the panel shows it: to the nearest 100 km².
fn km2(loc: Locale, x: f64) -> String {
    format!("{}\u{a0}{}", loc.number(rounded(x)), loc.t(Text::UnitKm2))
}

/// Each side's sea, with the change from the status quo.
fn sides_table(loc: Locale, sea: &SeaSplit) -> Html {
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
fn islands_table(loc: Locale, sea: &SeaSplit) -> Html {
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

/// The overview in parts, so that what a change leaves as it was is not parsed again.
fn overview(s: &Scenario, loc: Locale) -> Html {
    let (x, y, w, h) = VIEW_BOX;
    let l = overview_layers(s, loc);
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" class="overview-svg" viewBox={format!("{x} {y} {w} {h}")} role="img" aria-labelledby="overview-title">
            { trusted_markup(l.head) }{ sea_shapes(s, &OVERVIEW) }{ trusted_markup(l.land) }
            { trusted_markup(l.islands) }{ trusted_markup(l.places) }
        </svg>
    }
}

/// A text with `{valencia}` and `{cccp}` where the citations go.
fn with_citations(text: &str) -> Html {
    match text.split_once("{valencia}").and_then(|(a, rest)| rest.split_once("{cccp}").map(|(b, c)| (a, b, c))) {
        Some((a, b, c)) => html! {
            <>{a.to_owned()}<PageCitation id="jt-valencia-2000" />{b.to_owned()}<PageCitation id="cccp-site" />{c.to_owned()}</>
        },
        None => {
            html! { <>{text.to_owned()}{" "}<PageCitation id="jt-valencia-2000" />{" "}<PageCitation id="cccp-site" /></> }
        }
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
