//! Where the analysis's marked points go when one main assumption changes, as Japan's share of
//! the land in each: which results follow from the assumptions rather than from the islands.

use crate::i18n::{Lang, Text, percent, t};
use crate::model::evaluation::japan_area_share;
use crate::model::negotiation::Outcome;
use crate::model::scenario::Scenario;
use crate::model::negotiation::sensitivity::{Marked, Variation};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SensitivityProps {
    pub marked: Vec<Marked>,
    pub lang: Lang,
    pub on_open: Callback<Scenario>,
}

fn label(v: Variation) -> Text {
    match v {
        Variation::AsSet => Text::VariationAsSet,
        Variation::TreatyBoth => Text::VariationTreatyBoth,
        Variation::TreatyJapan => Text::VariationTreatyJapan,
        Variation::TreatyRussia => Text::VariationTreatyRussia,
        Variation::ByResidents => Text::VariationByResidents,
        Variation::Equally => Text::VariationEqually,
        Variation::NoDiscount => Text::VariationNoDiscount,
        Variation::HighDiscount => Text::VariationHighDiscount,
    }
}

#[component]
pub fn Sensitivity(props: &SensitivityProps) -> Html {
    let lang = props.lang;
    let cell = |o: &Option<Outcome>| match o {
        Some(o) => {
            let scenario = o.scenario;
            let open = props.on_open.reform(move |_: MouseEvent| scenario);
            html! {
                <td class="num">{percent(lang, japan_area_share(&scenario))}{" "}
                    <button type="button" class="link" onclick={open}>{t(lang, Text::OpenInExplorer)}</button></td>
            }
        }
        None => html! { <td class="num">{t(lang, Text::NoPoint)}</td> },
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={t(lang, Text::SensitivityCaption)}>
            <table class="sensitivity">
                <caption>{t(lang, Text::SensitivityCaption)}</caption>
                <thead><tr>
                    <th scope="col">{t(lang, Text::ColumnChange)}</th><th scope="col">{t(lang, Text::Nash)}</th>
                    <th scope="col">{t(lang, Text::KalaiSmorodinsky)}</th><th scope="col">{t(lang, Text::Draw)}</th>
                </tr></thead>
                <tbody>
                    { for props.marked.iter().map(|m| html! {
                        <tr data-variation={m.variation.code().to_string()}>
                            <th scope="row">{t(lang, label(m.variation))}</th>
                            {cell(&m.nash)}{cell(&m.kalai_smorodinsky)}{cell(&m.equal_concession)}
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
