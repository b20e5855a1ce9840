//! The sea the scenario decides: the overview map of the zones, the figures per side and per
//! island (the table that says what the map shows), the rule, and what the model leaves out.

use super::citation::PageCitation;
use super::sea_shapes::sea_shapes;
use super::sea_tables::{islands_table, km2, sides_table};
use super::trusted_markup;
use crate::i18n::{Locale, Text};
use crate::model::catalog::MAP;
use crate::model::island::IslandId;
use crate::model::scenario::Scenario;
use crate::model::sea::{SeaSplit, sea_split};
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
    let with_two = sea.share_of(&[IslandId::Habomai, IslandId::Shikotan]);
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
                    ("total", &km2(loc, sea.total.total())), ("share", &loc.percent(with_two)),
                    ("habomai", &loc.island(IslandId::Habomai)), ("shikotan", &loc.island(IslandId::Shikotan)),
                ]))}
            </p>
        </section>
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
