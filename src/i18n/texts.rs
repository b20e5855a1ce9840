//! Where the texts of each language come from. build.rs writes them into files, one per
//! language and part (the interface's texts and the data's texts of the first screen; those
//! of the full page's panels far below it), so that a reader downloads the texts of one
//! language: the page fetches its reader's first file beside the wasm and installs it before
//! its first render, and the full page the second one when a reader nears those panels.
//! The command line, the static pages and the tests read the same files, compiled in.

use super::Lang;
use crate::model::catalog::Localized;
use std::sync::OnceLock;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/texts.rs"));
}

/// A file of texts: what the first screen shows, or what only the full page's panels far below
/// it show (the positions' words, polls, opinions, the timeline and its borders of the past,
/// and the sources only they cite).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Shared = 0,
    Page = 1,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::Shared, Part::Page];
}

/// Ends each text in a file (build.rs refuses a text that holds it).
const SEPARATOR: char = '\u{1f}';
/// Marks a data text of the full page's file (`source_data::codegen::PAGE_TEXT`).
const PAGE_TEXT: u32 = 1 << 31;

static LOADED: [[OnceLock<Vec<&'static str>>; 2]; 3] =
    [const { [const { OnceLock::new() }, const { OnceLock::new() }] }; 3];

/// A file as build.rs wrote it.
pub fn built_in(lang: Lang, part: Part) -> &'static str {
    macro_rules! file {
        ($name:literal) => {
            include_str!(concat!(env!("OUT_DIR"), "/", $name))
        };
    }
    match (lang, part) {
        (Lang::En, Part::Shared) => file!("texts-en.txt"),
        (Lang::Ja, Part::Shared) => file!("texts-ja.txt"),
        (Lang::Ru, Part::Shared) => file!("texts-ru.txt"),
        (Lang::En, Part::Page) => file!("page-texts-en.txt"),
        (Lang::Ja, Part::Page) => file!("page-texts-ja.txt"),
        (Lang::Ru, Part::Page) => file!("page-texts-ru.txt"),
    }
}

/// Installs a file the page fetched. False, and nothing installed, when it is not a file of
/// this build (a count that differs), so the page reports it as a failed download.
pub fn install(lang: Lang, part: Part, file: String) -> bool {
    let texts = split(file.leak());
    if texts.len() != generated::COUNTS[part as usize] {
        return false;
    }
    let _ = LOADED[lang as usize][part as usize].set(texts);
    true
}

/// Whether the page has that file already.
pub fn installed(lang: Lang, part: Part) -> bool {
    LOADED[lang as usize][part as usize].get().is_some()
}

/// Every file compiled in, for the core's tests in wasm (the pages fetch theirs instead).
pub fn install_built_in() {
    for lang in Lang::ALL {
        for part in Part::ALL {
            install(lang, part, built_in(lang, part).to_owned());
        }
    }
}

fn split(file: &'static str) -> Vec<&'static str> {
    file.split_terminator(SEPARATOR).collect()
}

fn texts(lang: Lang, part: Part) -> &'static [&'static str] {
    let cell = &LOADED[lang as usize][part as usize];
    // Natively every file is compiled in; the wasm has only what the page installed, so the
    // others never reach the readers' download.
    #[cfg(not(target_arch = "wasm32"))]
    let texts = Some(cell.get_or_init(|| split(built_in(lang, part))));
    #[cfg(target_arch = "wasm32")]
    let texts = cell.get();
    texts.map_or(&[], Vec::as_slice)
}

/// An interface text by its number in the `Text` enum.
pub fn interface(lang: Lang, index: usize) -> &'static str {
    texts(lang, Part::Shared).get(index).copied().unwrap_or("")
}

/// A data text in the three languages (`Lang` order).
pub fn forms(text: &Localized) -> [&'static str; 3] {
    Lang::ALL.map(|lang| data(lang, text))
}

/// A data text.
pub fn data(lang: Lang, text: &Localized) -> &'static str {
    let found = if text.0 & PAGE_TEXT == 0 {
        texts(lang, Part::Shared).get(super::generated::COUNT + text.0 as usize)
    } else {
        texts(lang, Part::Page).get((text.0 & !PAGE_TEXT) as usize)
    };
    found.copied().unwrap_or("")
}
