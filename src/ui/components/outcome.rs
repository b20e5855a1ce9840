//! Land and residents for each side under the scenario.

use super::citation::Citation;
use crate::i18n::{Lang, Text, date, fill, number, percent, t};
use crate::model::evaluation::Evaluation;
use crate::model::format::fixed;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutcomeProps {
    pub evaluation: Rc<Evaluation>,
    pub lang: Lang,
}

#[component]
pub fn Outcome(props: &OutcomeProps) -> Html {
    let lang = props.lang;
    let a = &props.evaluation.area;
    let r = &props.evaluation.residents;
    let km2 = |x: f64| format!("{} {}", number(lang, x), t(lang, Text::UnitKm2));
    let count = |n: u32| number(lang, f64::from(n));
    // Drawn in SVG attributes, not inline styles, which the page's security policy refuses.
    let japan_width = fixed(a.japan_share * 1000.0, 1).to_string();
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
                if r.on_divided_island > 0 {
                    <div><dt>{t(lang, Text::OnDivided)}</dt><dd>{fill(t(lang, Text::DividedNote), &[("count", &count(r.on_divided_island))])}</dd></div>
                }
            </dl>
            <p class="small">{t(lang, Text::AreasSource)}{" "}<Citation id={a.source} {lang} />{t(lang, Text::SentenceBreak)}
                {fill(t(lang, Text::ResidentsSource), &[("date", &date(lang, r.date))])}{" "}
                { for r.sources.iter().map(|id| html! { <Citation id={*id} {lang} /> }) }{t(lang, Text::FullStop)}</p>
        </section>
    }
}
