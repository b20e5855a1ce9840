//! Reads and checks `data/*.toml`, then compiles the data into the crate as Rust statics.
//! Any problem fails the build with the file and the entry named.

// The same reader serves `fourislands check-data`. It reads data/ into the core's own types
// (the vocabulary modules below depend on nothing but each other), and needs the map's
// geometry for the sea zones.
#[path = "src/model/condition.rs"]
#[allow(dead_code)]
pub mod condition;
#[path = "src/model/confidence.rs"]
#[allow(dead_code)]
pub mod confidence;
#[path = "src/model/date.rs"]
pub mod date;
#[path = "src/model/format.rs"]
#[allow(dead_code)]
pub mod format;
#[path = "src/model/formula.rs"]
#[allow(dead_code)]
pub mod formula;
#[path = "src/model/island.rs"]
#[allow(dead_code)]
pub mod island;
#[path = "src/model/map.rs"]
#[allow(dead_code)]
pub mod map;
#[path = "src/model/party.rs"]
#[allow(dead_code)]
pub mod party;
#[path = "src/model/population.rs"]
#[allow(dead_code)]
pub mod population;
#[path = "src/model/scenario.rs"]
#[allow(dead_code)]
pub mod scenario;
mod model {
    pub use super::{condition, confidence, date, formula, island, map, party, population, scenario};
}
#[path = "src/source_data/mod.rs"]
#[allow(dead_code)] // `disagreements` and friends serve the command-line tool only
mod source_data;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/source_data");
    for module in ["condition", "confidence", "date", "format", "formula", "island", "map", "party", "population", "scenario"] {
        println!("cargo::rerun-if-changed=src/model/{module}.rs");
    }
    println!("cargo::rerun-if-changed=i18n");
    let data = source_data::load_dir(Path::new("data")).unwrap_or_else(|e| fail("data/", &e));
    let translations = source_data::translations::load(Path::new("i18n")).unwrap_or_else(|e| fail("i18n/", &e));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    std::fs::write(out.join("data.rs"), source_data::codegen::generate(&data)).expect("OUT_DIR is writable");
    std::fs::write(out.join("sea.rs"), source_data::sea_zones::codegen(&data)).expect("OUT_DIR is writable");
    std::fs::write(out.join("past.rs"), source_data::past::codegen(&data)).expect("OUT_DIR is writable");
    std::fs::write(out.join("i18n.rs"), source_data::translations::generate(&translations))
        .expect("OUT_DIR is writable");
    write_texts(out, &translations);
}

/// The files of texts, one per language and part: the interface's texts and the data's texts
/// both pages show (`texts-<lang>.txt`), and those only the full page shows
/// (`page-texts-<lang>.txt`), each text ended by a unit separator. The page loads its
/// reader's language only; `i18n::texts` reads them, and the native build includes them.
fn write_texts(out: &Path, translations: &source_data::translations::Translations) {
    const SEPARATOR: char = '\u{1f}';
    let [shared, page] = source_data::codegen::take_texts();
    for (lang_index, lang) in ["en", "ja", "ru"].into_iter().enumerate() {
        let interface = translations.texts[lang_index].iter().map(String::as_str);
        let files = [
            (format!("texts-{lang}.txt"), interface.chain(shared.iter().map(|t| t[lang_index].as_str())).collect::<Vec<_>>()),
            (format!("page-texts-{lang}.txt"), page.iter().map(|t| t[lang_index].as_str()).collect()),
        ];
        for (name, texts) in files {
            let mut blob = String::new();
            for text in texts {
                if text.contains(SEPARATOR) {
                    eprintln!("data/ or i18n/: a text holds U+001F, which ends each text in {name}: {text:?}");
                    std::process::exit(1);
                }
                blob.push_str(text);
                blob.push(SEPARATOR);
            }
            std::fs::write(out.join(name), blob).expect("OUT_DIR is writable");
        }
    }
    let counts = format!(
        "/// How many texts each file holds (the interface's first in the shared one).\npub const COUNTS: [usize; 2] = [{}, {}];\n",
        translations.keys.len() + shared.len(),
        page.len()
    );
    std::fs::write(out.join("texts.rs"), counts).expect("OUT_DIR is writable");
}

/// Stops the build, listing every problem with its file and entry.
fn fail<T>(folder: &str, errors: &[source_data::DataError]) -> T {
    eprintln!("{folder} has {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  {e}");
    }
    std::process::exit(1)
}
