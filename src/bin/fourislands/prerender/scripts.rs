//! The scripts `fourislands prerender` writes beside the pages: the starters of the full
//! page and of the embed, and the analysis worker. They are files, not inline scripts, so
//! that the pages' security policy can refuse every inline script.

use four_islands::i18n::texts::Part;
use four_islands::i18n::{Lang, Locale, Naming, Text};
use four_islands::model::catalog::PRESETS;
use four_islands::model::link;
use four_islands::model::site::PRESET_FOLDER;
use std::fmt::Write;

/// A wasm binary as the build named it: its glue module, its wasm, and the wasm's
/// Subresource Integrity hash when known, all relative to the site's root.
pub struct Binary {
    pub module: String,
    pub wasm: String,
    pub integrity: Option<String>,
}

/// The names of the files of texts, by language and part (`i18n::texts::Part`).
pub type TextFiles = [[String; 2]; 3];

/// The starter of a page: compiles the wasm while the glue module loads, and, if the explorer
/// cannot start or fails later, keeps the pre-rendered content and says on it, in the
/// reader's language, what it shows and what the link asked for (`i18n/*.toml`'s `boot_*`).
/// On the embed page it also tells the host page the height of what is shown, from the
/// pre-rendered card on, and starts `panels`, the binary of the full page's panels, instead
/// of `binary` when the embed code asks for the long panels (`panels=all`), and `card`, the
/// card without yew, when it asks for neither those nor every control; on the full page
/// it starts `panels` when the first binary asks (`fourIslandsPanels`).
/// It also fetches the reader's first file of texts beside the wasm (and, for the long panels,
/// the second), and hands the explorer the others when it asks.
/// The script is `boot.js`, with the build's texts, presets and files written into it.
pub fn boot(binary: &Binary, panels: Option<&Binary>, card: Option<&Binary>, files: &TextFiles) -> String {
    let as_js = |b: &Binary| {
        format!(
            "{{ module: {:?}, wasm: {:?}, integrity: {} }}",
            format!("./{}", b.module),
            b.wasm,
            b.integrity.as_deref().map_or_else(|| "null".to_owned(), |i| format!("{i:?}"))
        )
    };
    include_str!("boot.js")
        .replace("__TEXTS__", &texts())
        .replace("__PRESETS__", &presets())
        .replace("__TEXT_FILES__", &text_files(files))
        .replace("__PRESET_FOLDER__", PRESET_FOLDER)
        .replace("__PANELS__", &panels.map_or_else(|| "null".to_owned(), as_js))
        .replace("__CARD__", &card.map_or_else(|| "null".to_owned(), as_js))
        .replace("__BINARY__", &as_js(binary))
}

/// The check that runs before the first paint: hides the pre-rendered figures when the
/// address asks for another view than the page shows (`view.js`).
pub fn view_check() -> &'static str {
    include_str!("view.js")
}

/// The analysis worker: loads its wasm once and answers each request with `explore`'s text,
/// or the reason it could not. Its addresses are relative to itself, so it runs under any
/// path. The script is `analysis-worker.js`, with the build's file names written into it.
pub fn worker(binary: &Binary) -> String {
    include_str!("analysis-worker.js")
        .replace("__WASM__", &format!("{:?}", binary.wasm))
        .replace("__MODULE__", &format!("{:?}", format!("./{}", binary.module)))
}

/// The `boot_*` texts and the words they need, in every language, as a JavaScript object.
fn texts() -> String {
    let keys = [
        ("boot_failed", Text::BootFailed),
        ("boot_shown", Text::BootShown),
        ("boot_asked", Text::BootAsked),
        ("boot_shown_other", Text::BootShownOther),
        ("boot_asked_date", Text::BootAskedDate),
        ("boot_static_page", Text::BootStaticPage),
        ("boot_custom", Text::BootCustom),
        ("boot_stopped", Text::BootStopped),
    ];
    let mut out = String::from("{");
    for lang in Lang::ALL {
        let _ = write!(out, "{:?}: {{", lang.code());
        for (key, text) in keys {
            let _ = write!(out, "{key:?}: {}, ", js_string(Locale::new(lang, Naming::Both).t(text)));
        }
        out.push_str("}, ");
    }
    out.push('}');
    out
}

/// The files of texts of each language, as a JavaScript object of lists of names in
/// `i18n::texts::Part` order.
fn text_files(texts: &TextFiles) -> String {
    let mut out = String::from("{");
    for lang in Lang::ALL {
        let names: Vec<String> = Part::ALL.iter().map(|&part| format!("{:?}", texts[lang as usize][part as usize])).collect();
        let _ = write!(out, "{:?}: [{}], ", lang.code(), names.join(", "));
    }
    out.push('}');
    out
}

/// Each preset by its link: its id and its title in every language and choice of names.
fn presets() -> String {
    let mut out = String::from("{");
    for p in &PRESETS {
        let _ = write!(out, "{:?}: {{ id: {:?}, title: {{", link::encode(&p.scenario), p.id);
        for lang in Lang::ALL {
            let _ = write!(out, "{:?}: {{", lang.code());
            for naming in Naming::ALL {
                let _ = write!(
                    out,
                    "{:?}: {}, ",
                    naming.code(),
                    js_string(&Locale::new(lang, naming).text(&p.texts.title))
                );
            }
            out.push_str("}, ");
        }
        out.push_str("} }, ");
    }
    out.push('}');
    out
}

/// A JavaScript string literal: Rust's `{:?}` quoting is valid JavaScript for these texts
/// except for its `\u{…}` escapes, which are written out as the characters they stand for.
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::js_string;

    #[test]
    fn texts_become_javascript_strings_that_cannot_end_a_script() {
        assert_eq!(js_string("a \"b\" \\ </script> 日本\u{2028}"), "\"a \\\"b\\\" \\\\ \\u003c/script> 日本\\u2028\"");
    }
}
