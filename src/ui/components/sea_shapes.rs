//! The sea layer of a map as elements rather than markup: its outlines never change, so on a
//! change of scenario the page updates only the fills and line styles that change, instead of
//! parsing the whole layer again.

use crate::model::scenario::Scenario;
use crate::render::sea_layer::{Piece, Style, ZONE_EDGE, sea_pieces};
use yew::prelude::*;

pub fn sea_shapes(s: &Scenario, style: &Style) -> Html {
    let line = |how: crate::render::sea_layer::Stroke, d: AttrValue| {
        html! {
            <path class={how.class} fill="none" stroke={how.colour} stroke-width={style.width(how.width)}
                stroke-dasharray={how.dasharray(style)} {d} />
        }
    };
    html! {
        <g class="sea-zones">
            { for sea_pieces(s, style).into_iter().map(|piece| match piece {
                Piece::Zone { island, fill, d } => {
                    let fill = format!("url(#{fill})");
                    html! { <path class="sea-zone" data-sea={island.key()} fill={fill.clone()} stroke={fill} stroke-width={style.width(ZONE_EDGE)} d={AttrValue::Static(d)} /> }
                }
                Piece::EtorofuJapan { clip, clip_d, fill, d, border } => html! {
                    <>
                        <clipPath id={clip.clone()}><path d={AttrValue::Static(clip_d)} /></clipPath>
                        <g clip-path={format!("url(#{clip})")}>
                            <path class="sea-zone" data-sea="etorofu" data-sea-part="japan" fill={format!("url(#{fill})")} {d} />
                            { line(crate::render::sea_layer::Stroke::BORDER, AttrValue::from(border)) }
                        </g>
                    </>
                },
                Piece::Line { how, d } => line(how, match d {
                    std::borrow::Cow::Borrowed(d) => AttrValue::Static(d),
                    std::borrow::Cow::Owned(d) => AttrValue::from(d),
                }),
            }) }
        </g>
    }
}
