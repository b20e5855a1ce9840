//! The table of the marked points and of frontier points spread along the frontier, sortable
//! by either side's value, each with a button that opens it in the explorer.

use super::open_in_explorer;
use crate::i18n::{Locale, Text};
use crate::model::negotiation::Outcome;
use crate::render::chart::{Drawing, Marked, SortBy, table_rows};
use crate::ui::explorer::{use_explorer, use_locale};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrontierTableProps {
    pub drawing: Rc<Drawing>,
    pub marked: Rc<Vec<Marked>>,
}

#[component]
pub fn FrontierTable(props: &FrontierTableProps) -> Html {
    let loc = use_locale();
    let sort = use_state(SortBy::default);
    let Some(explorer) = use_explorer() else { return html! {} };
    let on_open = open_in_explorer(&explorer);
    let rows = table_rows(&props.drawing.exploration.analysis.frontier, &props.marked, *sort);
    let header = |column: SortBy, text: Text| {
        let sort = sort.clone();
        let name = loc.t(text);
        html! {
            <th scope="col" aria-sort={sort.aria_sort(column)}>
                <button type="button" class="link" aria-label={loc.fill(Text::SortBy, &[("column", name)])} onclick={Callback::from(move |_| sort.set(column))}>{name}</button>
            </th>
        }
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={loc.t(Text::TableCaption)}>
            <table class="frontier-table">
                <caption>{loc.t(Text::TableCaption)}</caption>
                <thead><tr>{header(SortBy::Listed, Text::ColumnPoint)}{header(SortBy::Japan, Text::Japan)}{header(SortBy::Russia, Text::Russia)}<th scope="col">{loc.t(Text::ColumnSettlement)}</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|&(kind, o)| row(loc, kind.text(), o, &on_open)) }
                </tbody>
            </table>
        </div>
    }
}

fn row(loc: Locale, kind: Text, o: Outcome, on_open: &Callback<crate::model::scenario::Scenario>) -> Html {
    html! {
        <tr>
            <th scope="row">{loc.t(kind)}</th>
            <td class="num">{loc.value_percent(o.point.japan)}</td>
            <td class="num">{loc.value_percent(o.point.russia)}</td>
            <td>{loc.scenario(&o.scenario)}{" "}<button type="button" class="link" onclick={on_open.reform(move |_: MouseEvent| o.scenario)}>{loc.t(Text::OpenInExplorer)}</button></td>
        </tr>
    }
}
