//! A link to a source, by id (drawn by `render::cite`). `Citation` looks only among the
//! sources of what both pages show; `PageCitation`, for the panels only the full page has
//! (timeline, polls, opinions, precedents), among all, so the embed carries no more sources
//! than it cites.

use super::trusted_markup;
use crate::render::cite::{cite, page_cite};
use crate::ui::explorer::use_locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub id: &'static str,
}

#[component]
pub fn Citation(props: &CitationProps) -> Html {
    let loc = use_locale();
    trusted_markup(cite(loc, props.id))
}

#[component]
pub fn PageCitation(props: &CitationProps) -> Html {
    let loc = use_locale();
    trusted_markup(page_cite(loc, props.id))
}
