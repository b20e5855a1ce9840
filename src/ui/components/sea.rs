//! The sea the scenario decides: the overview map of the zones, the figures per side and per
//! island (the table that says what the map shows), the rule, and what the model leaves out.

use super::citation::PageCitation;
use crate::i18n::{Lang, Naming, Text, fill, island_name, number, percent, t};
use crate::model::catalog::MAP;
use crate::model::island::IslandId;
use crate::model::scenario::Status;
use crate::model::sea::{Belt, Holder, SeaSplit, holder, rounded, sea_split};
use crate::model::scenario::Scenario;
use crate::render::map_svg::{border_swatch, sea_legend, swatch};
use crate::render::overview_svg::{VIEW_BOX, overview_layers};
use super::sea_shapes::sea_shapes;
use super::trusted_markup;
use crate::render::sea_layer::OVERVIEW;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SeaProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub naming: Naming,
}


#[component]
pub fn Sea(props: &SeaProps) -> Html {
    let (s, lang, naming) = (props.scenario, props.lang, props.naming);
    let sea: SeaSplit = sea_split(&s);
    let km2 = |x: f64| format!("{}\u{a0}{}", number(lang, rounded(x)), t(lang, Text::UnitKm2));
    let signed = |x: f64| {
        let r = rounded(x);
        let sign = if r > 0.0 { "+" } else if r < 0.0 { "−" } else { "±" };
        format!("{sign}{}", km2(r.abs()))
    };
    let row = |side: &'static str, label: &str, b: Belt, change: Option<f64>| {
        html! {
            <tr data-side={side}>
                <th scope="row">{label.to_owned()}</th>
                <td>{km2(b.territorial)}</td><td>{km2(b.zone)}</td><td>{km2(b.total())}</td>
                <td>{change.map(signed).unwrap_or_default()}</td>
            </tr>
        }
    };
    let name = |id| island_name(lang, naming, id);
    let all = sea.total.total();
    let with_two = sea.islands[0].whole.total() + sea.islands[1].whole.total();
    html! {
        <section class="panel sea" id="sea" aria-labelledby="sea-heading">
            <h2 id="sea-heading">{t(lang, Text::SeaHeading)}</h2>
            <p>{t(lang, Text::SeaIntro)}</p>
            <figure class="overview">
                { overview(&s, lang) }
                <figcaption>
                    <ul class="legend">
                        { for sea_legend(lang).iter().map(|(fill, label)| html! { <li>{ trusted_markup(swatch(fill)) }{*label}</li> }) }
                        <li>{ trusted_markup(border_swatch().to_owned()) }{t(lang, Text::LegendSeaBorder)}</li>
                    </ul>
                </figcaption>
            </figure>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(lang, Text::SeaCaption)}>
                <table class="sea-table" id="sea-sides">
                    <caption>{t(lang, Text::SeaCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{t(lang, Text::SeaColSide)}</th><th scope="col">{t(lang, Text::SeaColTerritorial)}</th>
                        <th scope="col">{t(lang, Text::SeaColZone)}</th><th scope="col">{t(lang, Text::SeaColTotal)}</th>
                        <th scope="col">{t(lang, Text::SeaColChange)}</th>
                    </tr></thead>
                    <tbody>
                        {row("japan", t(lang, Text::Japan), sea.japan, Some(sea.japan_change_km2))}
                        {row("russia", t(lang, Text::Russia), sea.russia, Some(-sea.japan_change_km2))}
                        if sea.joint.total() > 0.0 {
                            {row("joint", t(lang, Text::SeaJointRow), sea.joint, None)}
                        }
                        {row("all", t(lang, Text::SeaAll), sea.total, None)}
                    </tbody>
                </table>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(lang, Text::SeaIslandCaption)}>
                <table class="sea-table" id="sea-islands">
                    <caption>{t(lang, Text::SeaIslandCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{t(lang, Text::ColIsland)}</th><th scope="col">{t(lang, Text::SeaColHolder)}</th>
                        <th scope="col">{t(lang, Text::SeaColTerritorial)}</th><th scope="col">{t(lang, Text::SeaColZone)}</th>
                    </tr></thead>
                    <tbody>
                        { for sea.islands.iter().map(|i| html! {
                            <tr data-island={i.island.key()}>
                                <th scope="row">{name(i.island)}</th>
                                <td>{goes_with(lang, i.status, i.japan.total(), i.russia.total(), &km2)}</td>
                                <td>{km2(i.whole.territorial)}</td><td>{km2(i.whole.zone)}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="small">{t(lang, Text::SeaTableNote)}</p>
            <p class="sea-rule">{t(lang, Text::SeaRule)}</p>
            <p class="sea-caveat">{t(lang, Text::SeaCaveat)}{" "}<PageCitation id={MAP.source} {lang} />{" "}<PageCitation id="lighthouse-kaigara" {lang} /></p>
            <p class="small" id="sea-quoted">
                {with_citations(&fill(t(lang, Text::SeaFiguresQuoted), &[
                    ("total", &km2(all)), ("share", &percent(lang, if all > 0.0 { with_two / all } else { 0.0 })),
                    ("habomai", &name(IslandId::Habomai)), ("shikotan", &name(IslandId::Shikotan)),
                ]), lang)}
            </p>
        </section>
    }
}

/// The overview in parts, so that what a change leaves as it was is not parsed again.
fn overview(s: &Scenario, lang: Lang) -> Html {
    let (x, y, w, h) = VIEW_BOX;
    let l = overview_layers(s, lang);
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" class="overview-svg" viewBox={format!("{x} {y} {w} {h}")} role="img" aria-labelledby="overview-title">
            { trusted_markup(l.head) }{ sea_shapes(s, &OVERVIEW) }{ trusted_markup(l.land) }
            { trusted_markup(l.islands) }{ trusted_markup(l.places) }
        </svg>
    }
}

/// A text with `{valencia}` and `{cccp}` where the citations go.
fn with_citations(text: &str, lang: Lang) -> Html {
    match text.split_once("{valencia}").and_then(|(a, rest)| rest.split_once("{cccp}").map(|(b, c)| (a, b, c))) {
        Some((a, b, c)) => html! {
            <>{a.to_owned()}<PageCitation id="jt-valencia-2000" {lang} />{b.to_owned()}<PageCitation id="cccp-site" {lang} />{c.to_owned()}</>
        },
        None => html! { <>{text.to_owned()}{" "}<PageCitation id="jt-valencia-2000" {lang} />{" "}<PageCitation id="cccp-site" {lang} /></> },
    }
}

/// Who an island's sea goes with, in words.
fn goes_with(lang: Lang, status: Status, japan: f64, russia: f64, km2: &dyn Fn(f64) -> String) -> String {
    match holder(status) {
        Some(Holder::Japan) => t(lang, Text::Japan).to_owned(),
        Some(Holder::Russia) => t(lang, Text::Russia).to_owned(),
        Some(Holder::Joint) => t(lang, Text::SeaJointRow).to_owned(),
        None => fill(t(lang, Text::SeaDivided), &[("japan", &km2(japan)), ("russia", &km2(russia))]),
    }
}
