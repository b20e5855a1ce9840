//! The full page's parts far below its first screen, as its second binary renders them into
//! the places the first binary left (`super::two_binaries`): each built when a reader nears it,
//! as on a page of one binary, with an explorer of its own that follows the address.

use super::components::{
    analysis::Analysis, embed_panel::EmbedPanel, near::Near, opinions::Opinions, polls::Polls, positions::Positions,
    sea::Sea, timeline::Timeline,
};
use super::explorer::{provide, use_explorer_beside};
use super::two_binaries;
use crate::render::first_screen::Far;
use yew::prelude::*;

#[component]
pub fn Panels() -> Html {
    let explorer = use_explorer_beside();
    // Found once, in the first render: emptied and filled in the same task, so the page is
    // never painted with a place empty.
    let places = use_memo((), |_| two_binaries::places());
    let parts = places.iter().filter_map(|place| Some(place.holding(part(Far::from_key(&place.part)?))));
    provide(explorer, parts.collect::<Html>())
}

fn part(far: Far) -> Html {
    let content = match far {
        Far::Sea => html! { <Sea /> },
        Far::Positions => html! { <Positions /> },
        Far::Below => html! { <><Polls /><Opinions /><Timeline /></> },
        Far::Embed => html! { <EmbedPanel /> },
        Far::Analysis => html! { <Analysis /> },
    };
    html! { <Near place={far.place()} headings={far.headings()} texts={far.texts()}>{content}</Near> }
}
