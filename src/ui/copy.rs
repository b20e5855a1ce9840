//! Copying to the clipboard from a panel, with the panel's note that says whether it worked.
//! The note belongs to the text it copied: once the panel shows another text, it goes.

use super::browser;
use yew::prelude::*;

/// The last copy a panel made, and how to make one.
#[derive(Clone, PartialEq)]
pub struct Copying {
    last: Option<(String, bool)>,
    pub copy: Callback<String>,
}

impl Copying {
    /// `Some(true)` after `text` was copied, `Some(false)` when the clipboard refused it, and
    /// `None` if the last copy was of something else, or there was none.
    pub fn status(&self, text: &str) -> Option<bool> {
        self.last.as_ref().filter(|(copied, _)| copied == text).map(|&(_, ok)| ok)
    }
}

#[hook]
pub fn use_copying() -> Copying {
    let last = use_state_eq(|| None::<(String, bool)>);
    let copy = {
        let last = last.clone();
        Callback::from(move |text: String| {
            let last = last.clone();
            let copied = text.clone();
            browser::copy(text, Callback::from(move |ok| last.set(Some((copied.clone(), ok)))));
        })
    };
    Copying { last: (*last).clone(), copy }
}
