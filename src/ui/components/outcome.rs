//! Land and residents for each side under the scenario, today's and those of 1945, with the
//! figures other sources give where they differ.

use super::citation::Citation;
use crate::i18n::{Locale, Noun, Text};
use crate::model::catalog::{self, Measure};
use crate::model::evaluation::{AreaSplit, Residents};
use crate::model::format::fixed;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[component]
pub fn Outcome() -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let (a, r) = (&explorer.evaluation.area, &explorer.evaluation.residents);
    let f = &r.former;
    let count = |n: u32| loc.number(f64::from(n));
    let of = |changing: u32, total: u32| {
        loc.fill(Text::ResidentsOf, &[("changing", &count(changing)), ("total", &count(total))])
    };
    // Drawn in SVG attributes, not inline styles, which the page's security policy refuses.
    let japan_width = fixed(a.japan_share * 1000.0, 1).to_string();
    html! {
        <section class="panel outcome">
            <h2>{loc.t(Text::LandHeading)}</h2>
            <svg class="split-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true">
                <rect class="bar-russia" width="1000" height="20" />
                <rect class="bar-japan" width={japan_width} height="20" />
            </svg>
            <dl class="figures">
                <div><dt>{loc.t(Text::Japan)}</dt><dd id="land-japan">{km2(loc, a.japan_km2)}<span class="share">{loc.percent(a.japan_share)}</span></dd></div>
                <div><dt>{loc.t(Text::Russia)}</dt><dd id="land-russia">{km2(loc, a.russia_km2)}<span class="share">{loc.percent(1.0 - a.japan_share)}</span></dd></div>
                if a.joint_km2 > 0.0 {
                    <div><dt>{loc.t(Text::JointlyAdministered)}</dt><dd>{loc.fill(Text::JointNote, &[("area", &km2(loc, a.joint_km2))])}</dd></div>
                }
                <div><dt>{loc.t(Text::ResidentsChanging)}</dt>
                    <dd id="residents-changing">{of(r.changing, r.total)}
                        <span class="share">{loc.fill(Text::AtSignature, &[("count", &count(r.changing_at_signature))])}</span>
                    </dd>
                </div>
                <div><dt>{loc.t(Text::FormerResidents)}</dt>
                    <dd id="residents-1945">{of(f.changing, f.total)}</dd>
                </div>
                if r.on_divided_island > 0 {
                    <div><dt>{loc.with_names(loc.t(Text::OnDivided))}</dt><dd>
                        {loc.counted(r.on_divided_island, Noun::Resident)}
                        <span class="share">{loc.fill(Text::In1945, &[("residents", &loc.counted(f.on_divided_island, Noun::Resident))])}</span>
                    </dd></div>
                }
            </dl>
            if r.on_divided_island > 0 { <p class="small">{loc.t(Text::DividedNote)}{loc.t(Text::FullStop)}</p> }
            { sources(loc, a, r) }
            { disagreements(loc) }
        </section>
    }
}

fn km2(loc: Locale, x: f64) -> String {
    format!("{} {}", loc.number(x), loc.t(Text::UnitKm2))
}

/// Where the areas and the counts of residents come from.
fn sources(loc: Locale, a: &AreaSplit, r: &Residents) -> Html {
    html! {
        <p class="small">{loc.t(Text::AreasSource)}{" "}<Citation id={a.source} />{loc.t(Text::SentenceBreak)}
            if let Some(printed) = a.printed_total_if_different() {
                {loc.fill(Text::AreasTotalNote, &[("printed", &km2(loc, printed)), ("sum", &km2(loc, a.total_km2))])}{loc.t(Text::SentenceBreak)}
            }
            {loc.fill(Text::ResidentsSource, &[("date", &loc.date(r.date))])}{" "}
            { for r.sources.iter().map(|id| html! { <Citation id={*id} /> }) }{loc.t(Text::SentenceBreak)}
            {loc.t(Text::Residents1945Source)}{" "}{ for r.former.sources.iter().map(|id| html! { <Citation id={*id} /> }) }{loc.t(Text::FullStop)}</p>
    }
}

/// The figures other sources give that differ from those the explorer uses.
fn disagreements(loc: Locale) -> Html {
    let differ = catalog::disagreements();
    if differ.is_empty() {
        return html! {};
    }
    html! {
        <p class="small sources-differ">{loc.t(Text::SourcesDiffer)}
            { for differ.iter().enumerate().map(|(i, d)| {
                let value = |x: f64| match d.measure { Measure::Area => km2(loc, x), Measure::Residents => loc.number(x) };
                let item = loc.fill(Text::DisagreementItem, &[
                    ("island", &loc.island(d.island)),
                    ("measure", loc.measure(d.measure)),
                    ("used", &value(d.used.value)),
                    ("other", &value(d.other.value)),
                ]);
                let end = if i + 1 == differ.len() { Text::FullStop } else { Text::ListSemicolon };
                html! { <>{" "}{item}{" "}<Citation id={d.other.source} />{loc.t(end)}</> }
            }) }
        </p>
    }
}
