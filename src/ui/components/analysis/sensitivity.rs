//! Where the analysis's marked points go when one main assumption changes, as Japan's share of
//! the land in each: which results follow from the assumptions rather than from the islands.

use super::open_in_explorer;
use crate::i18n::Text;
use crate::model::evaluation::japan_area_share;
use crate::model::negotiation::Outcome;
use crate::model::negotiation::sensitivity::Marked;
use crate::ui::explorer::{use_explorer, use_locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SensitivityProps {
    pub marked: Vec<Marked>,
}

#[component]
pub fn Sensitivity(props: &SensitivityProps) -> Html {
    let loc = use_locale();
    let Some(explorer) = use_explorer() else { return html! {} };
    let on_open = open_in_explorer(&explorer);
    let cell = |o: &Option<Outcome>| match o {
        Some(o) => {
            let scenario = o.scenario;
            let open = on_open.reform(move |_: MouseEvent| scenario);
            html! {
                <td class="num">{loc.percent(japan_area_share(&scenario))}{" "}
                    <button type="button" class="link" onclick={open}>{loc.t(Text::OpenInExplorer)}</button></td>
            }
        }
        None => html! { <td class="num">{loc.t(Text::NoPoint)}</td> },
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={loc.t(Text::SensitivityCaption)}>
            <table class="sensitivity">
                <caption>{loc.t(Text::SensitivityCaption)}</caption>
                <thead><tr>
                    <th scope="col">{loc.t(Text::ColumnChange)}</th><th scope="col">{loc.t(Text::Nash)}</th>
                    <th scope="col">{loc.t(Text::KalaiSmorodinsky)}</th><th scope="col">{loc.t(Text::Draw)}</th>
                </tr></thead>
                <tbody>
                    { for props.marked.iter().map(|m| html! {
                        <tr data-variation={m.variation.code().to_string()}>
                            <th scope="row">{loc.variation(m.variation)}</th>
                            {cell(&m.nash)}{cell(&m.kalai_smorodinsky)}{cell(&m.equal_concession)}
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
