//! Land and residents for each side under the scenario, today's and those of 1945, with the
//! figures other sources give where they differ.

use super::citation::Citation;
use crate::i18n::{Lang, Naming, Noun, Text, counted, date, fill, island_name, number, percent, t, with_names};
use crate::model::catalog::{self, Measure, REGION};
use crate::model::evaluation::Evaluation;
use crate::model::format::fixed;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutcomeProps {
    pub evaluation: Rc<Evaluation>,
    pub lang: Lang,
    pub naming: Naming,
}

#[component]
pub fn Outcome(props: &OutcomeProps) -> Html {
    let (lang, naming) = (props.lang, props.naming);
    let a = &props.evaluation.area;
    let r = &props.evaluation.residents;
    let f = &r.former;
    let km2 = |x: f64| format!("{} {}", number(lang, x), t(lang, Text::UnitKm2));
    let count = |n: u32| number(lang, f64::from(n));
    // Drawn in SVG attributes, not inline styles, which the page's security policy refuses.
    let japan_width = fixed(a.japan_share * 1000.0, 1).to_string();
    let printed = REGION.area_total.value;
    let differ = catalog::disagreements();
    html! {
        <section class="panel outcome">
            <h2>{t(lang, Text::LandHeading)}</h2>
            <svg class="split-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true">
                <rect class="bar-russia" width="1000" height="20" />
                <rect class="bar-japan" width={japan_width} height="20" />
            </svg>
            <dl class="figures">
                <div><dt>{t(lang, Text::Japan)}</dt><dd id="land-japan">{km2(a.japan_km2)}<span class="share">{percent(lang, a.japan_share)}</span></dd></div>
                <div><dt>{t(lang, Text::Russia)}</dt><dd id="land-russia">{km2(a.russia_km2)}<span class="share">{percent(lang, 1.0 - a.japan_share)}</span></dd></div>
                if a.joint_km2 > 0.0 {
                    <div><dt>{t(lang, Text::JointlyAdministered)}</dt><dd>{fill(t(lang, Text::JointNote), &[("area", &km2(a.joint_km2))])}</dd></div>
                }
                <div><dt>{t(lang, Text::ResidentsChanging)}</dt>
                    <dd id="residents-changing">{fill(t(lang, Text::ResidentsOf), &[("changing", &count(r.changing)), ("total", &count(r.total))])}
                        <span class="share">{fill(t(lang, Text::AtSignature), &[("count", &count(r.changing_at_signature))])}</span>
                    </dd>
                </div>
                <div><dt>{t(lang, Text::FormerResidents)}</dt>
                    <dd id="residents-1945">{fill(t(lang, Text::ResidentsOf), &[("changing", &count(f.changing)), ("total", &count(f.total))])}</dd>
                </div>
                if r.on_divided_island > 0 {
                    <div><dt>{with_names(lang, naming, t(lang, Text::OnDivided))}</dt><dd>
                        {counted(lang, r.on_divided_island, Noun::Resident)}
                        <span class="share">{fill(t(lang, Text::In1945), &[("residents", &counted(lang, f.on_divided_island, Noun::Resident))])}</span>
                    </dd></div>
                }
            </dl>
            if r.on_divided_island > 0 { <p class="small">{t(lang, Text::DividedNote)}{t(lang, Text::FullStop)}</p> }
            <p class="small">{t(lang, Text::AreasSource)}{" "}<Citation id={a.source} {lang} />{t(lang, Text::SentenceBreak)}
                if (printed - a.total_km2).abs() > 0.005 {
                    {fill(t(lang, Text::AreasTotalNote), &[("printed", &km2(printed)), ("sum", &km2(a.total_km2))])}{t(lang, Text::SentenceBreak)}
                }
                {fill(t(lang, Text::ResidentsSource), &[("date", &date(lang, r.date))])}{" "}
                { for r.sources.iter().map(|id| html! { <Citation id={*id} {lang} /> }) }{t(lang, Text::SentenceBreak)}
                {t(lang, Text::Residents1945Source)}{" "}{ for f.sources.iter().map(|id| html! { <Citation id={*id} {lang} /> }) }{t(lang, Text::FullStop)}</p>
            if !differ.is_empty() {
                <p class="small sources-differ">{t(lang, Text::SourcesDiffer)}
                    { for differ.iter().enumerate().map(|(i, d)| {
                        let measure = t(lang, match d.measure { Measure::Area => Text::MeasureArea, Measure::Residents => Text::MeasureResidents });
                        let value = |x: f64| match d.measure { Measure::Area => km2(x), Measure::Residents => number(lang, x) };
                        let item = fill(t(lang, Text::DisagreementItem), &[
                            ("island", &island_name(lang, naming, d.island)),
                            ("measure", measure),
                            ("used", &value(d.used.value)),
                            ("other", &value(d.other.value)),
                        ]);
                        let end = if i + 1 == differ.len() { Text::FullStop } else { Text::ListSemicolon };
                        html! { <>{" "}{item}{" "}<Citation id={d.other.source} {lang} />{t(lang, end)}</> }
                    }) }
                </p>
            }
        </section>
    }
}
