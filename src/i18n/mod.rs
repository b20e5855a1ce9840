//! The interface in English, Japanese and Russian, and the reader's choice of names: each
//! island and the area by Japan's names, Russia's, or both (the default in every language,
//! so that no reader is told which side the page takes). Texts come from `i18n/*.toml`.
//!
//! Everything is worded through a [`Locale`] (a language and a choice of names), whose methods
//! live here by subject: the texts themselves (this file), names in data texts (`names`),
//! numbers and dates (`format`), the core's values and verdict reasons (`words`), and the
//! problems of an address (`problems`). The command line and the static pages use
//! [`Locale::ENGLISH`].

mod format;
mod names;
mod problems;
pub mod texts;
mod words;

pub use crate::model::locale::{Lang, Locale, Naming};
pub use format::{Noun, capitalized, lower_first};
pub use generated::Text;
pub use names::quoted;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n.rs"));
}

/// The project's name, the same in every language.
pub const BRAND: &str = "Four Islands";

impl Locale {
    /// An interface text in the locale's language.
    pub fn t(self, text: Text) -> &'static str {
        texts::interface(self.lang, text as usize)
    }

    /// A data text in the locale's language, placeholders unfilled.
    pub fn local(self, text: &crate::model::catalog::Localized) -> &'static str {
        texts::data(self.lang, text)
    }

    /// An interface text with its `{name}` placeholders filled.
    pub fn fill(self, text: Text, values: &[(&str, &str)]) -> String {
        fill(self.t(text), values)
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// Every interface text in every language, for checks over all of them.
pub fn every_text() -> impl Iterator<Item = &'static str> {
    Lang::ALL.into_iter().flat_map(|lang| (0..generated::COUNT).map(move |i| texts::interface(lang, i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_every_language() {
        for lang in Lang::ALL {
            for (i, text) in (0..generated::COUNT).map(|i| texts::interface(lang, i)).enumerate() {
                assert!(!text.trim().is_empty(), "{lang:?} text {i} is empty");
            }
        }
        assert_eq!(Locale::new(Lang::Ja, Naming::Both).t(Text::Japan), "日本");
        assert_eq!(Locale::new(Lang::Ru, Naming::Both).t(Text::Russia), "Россия");
        assert_eq!(fill("{a} of {b}", &[("a", "1"), ("b", "2")]), "1 of 2");
    }
}
