//! Land and residents for each side under the scenario.

use super::citation::Citation;
use crate::model::evaluation::Evaluation;
use crate::model::format::{percent, thousands};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutcomeProps {
    pub evaluation: Rc<Evaluation>,
}

#[component]
pub fn Outcome(props: &OutcomeProps) -> Html {
    let a = &props.evaluation.area;
    let r = &props.evaluation.residents;
    // Drawn in SVG attributes, not inline styles, which the page's security policy refuses.
    let japan_width = format!("{:.1}", a.japan_share * 1000.0);
    html! {
        <section class="panel outcome">
            <h2>{"Land and people"}</h2>
            <svg class="split-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true">
                <rect class="bar-russia" width="1000" height="20" />
                <rect class="bar-japan" width={japan_width} height="20" />
            </svg>
            <dl class="figures">
                <div><dt>{"Japan"}</dt><dd id="land-japan">{format!("{} km²", thousands(a.japan_km2))}<span class="share">{percent(a.japan_share)}</span></dd></div>
                <div><dt>{"Russia"}</dt><dd id="land-russia">{format!("{} km²", thousands(a.russia_km2))}<span class="share">{percent(1.0 - a.japan_share)}</span></dd></div>
                if a.joint_km2 > 0.0 {
                    <div><dt>{"Jointly administered"}</dt><dd>{format!("{} km², counted half to each side", thousands(a.joint_km2))}</dd></div>
                }
                <div><dt>{"Residents changing jurisdiction"}</dt>
                    <dd id="residents-changing">{format!("{} of {}", thousands(f64::from(r.changing)), thousands(f64::from(r.total)))}
                        <span class="share">{format!("{} at signature", thousands(f64::from(r.changing_at_signature)))}</span>
                    </dd>
                </div>
                if r.on_divided_island > 0 {
                    <div><dt>{"On divided Etorofu"}</dt><dd>{format!("{} residents; no source says how many live on each side of the line", thousands(f64::from(r.on_divided_island)))}</dd></div>
                }
            </dl>
            <p class="small">{"Areas: "}<Citation id={a.source} />{". Residents: Russian estimates for "}{r.date.to_string()}{", "}
                { for r.sources.iter().map(|id| html! { <Citation id={*id} /> }) }{"."}</p>
        </section>
    }
}
