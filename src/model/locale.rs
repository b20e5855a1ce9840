//! The reader's locale: the interface language and whose names the page uses. Plain values of
//! the page's state, so the model can carry them without knowing any text; `crate::i18n`
//! words everything in them.

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ja,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ru];

    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself, for the language menu.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages that the page speaks, else English.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_code).unwrap_or(Lang::En)
    }
}

/// Which side's names the page uses: Japan's, Russia's, or both (the default in every
/// language, so that no reader is told which side the page takes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Naming {
    Japanese,
    Russian,
    Both,
}

impl Naming {
    pub const ALL: [Naming; 3] = [Naming::Both, Naming::Japanese, Naming::Russian];

    pub const fn code(self) -> &'static str {
        match self {
            Naming::Japanese => "ja",
            Naming::Russian => "ru",
            Naming::Both => "both",
        }
    }

    pub fn from_code(code: &str) -> Option<Naming> {
        Naming::ALL.into_iter().find(|n| n.code() == code)
    }
}

/// A language and a choice of names: everything a text needs to be worded for a reader.
/// `crate::i18n` gives it the methods that word texts, names, numbers and dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    pub lang: Lang,
    pub naming: Naming,
}

impl Locale {
    /// English with both sides' names: the static pages, the preview cards and the command line.
    pub const ENGLISH: Locale = Locale { lang: Lang::En, naming: Naming::Both };

    pub const fn new(lang: Lang, naming: Naming) -> Locale {
        Locale { lang, naming }
    }
}

impl Default for Locale {
    fn default() -> Locale {
        Locale::ENGLISH
    }
}
