//! A part of the page far below the first screen, built when a reader nears it: until then,
//! a place of about its height holding only its headings (for screen readers, whose reading
//! of one brings it into view and builds it), so that loading and changing the scenario at
//! the top cost nothing for it. What needs the page's second file of texts (the positions,
//! whose sources after the first are in it, the polls, opinions and timeline) fetches it
//! then, so that a reader who stays on the first screen never downloads it.

use crate::i18n::texts::{self, Part};
use crate::i18n::{Lang, Locale, Text};
use crate::ui::browser::{self, Nearing};
use crate::ui::explorer::use_locale;
use std::cell::Cell;
use std::rc::Rc;
use super::trusted_markup;
use crate::render::first_screen::pending_headings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NearProps {
    /// The class that gives the place its height (`www/style.css`).
    pub place: &'static str,
    /// The headings of what it holds, read out before it is built.
    pub headings: &'static [Text],
    /// Whether what it holds needs the page's second file of texts.
    #[prop_or_default]
    pub texts: bool,
    pub children: Html,
}

#[component]
pub fn Near(props: &NearProps) -> Html {
    let loc = use_locale();
    // How it was neared, and in which language: the language makes a later language's texts
    // arriving a change of state.
    let neared = use_state_eq(|| None::<(Lang, Nearing)>);
    let place = use_node_ref();
    {
        let (neared, place, needs_texts) = (neared.setter(), place.clone(), props.texts);
        use_effect_with(loc.lang, move |&lang| {
            // Once the reader picks another language, nearing the place loads that one's texts.
            let current = Rc::new(Cell::new(true));
            let still = current.clone();
            browser::when_near(&place, move |how| match (still.get(), needs_texts) {
                (false, _) => {}
                (true, true) => browser::load_texts(lang, &[Part::Page], move || neared.set(Some((lang, how)))),
                (true, false) => neared.set(Some((lang, how))),
            });
            move || current.set(false)
        });
    }
    // Neared once, in any language: it stays built while another language's texts load.
    let built = neared.is_some() && (!props.texts || texts::installed(loc.lang, Part::Page));
    use_effect_with(built, move |&built| {
        if built && neared.is_some_and(|(_, how)| how == Nearing::Asked) {
            browser::show_address_target();
        }
    });
    if built { props.children.clone() } else { pending(props.place, props.headings, &place, loc) }
}

/// The place of a part not built yet: its height (`place`) and its headings, as the first
/// screen leaves it for the parts the second binary renders (`render::first_screen::pending`),
/// so that nothing moves when the second takes the place over.
pub fn pending(place: &'static str, headings: &[Text], node: &NodeRef, loc: Locale) -> Html {
    html! {
        <div class={place} data-pending="" ref={node}>{ trusted_markup(pending_headings(headings, loc)) }</div>
    }
}
