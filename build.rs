//! Reads and checks `data/*.toml`, then compiles the data into the crate as Rust statics.
//! Any problem fails the build with the file and the entry named.

// The same reader serves `fourislands check-data`; it needs the core's dates, and the map's
// geometry for the sea zones.
#[path = "src/model/date.rs"]
pub mod date;
#[path = "src/model/format.rs"]
#[allow(dead_code)]
pub mod format;
#[path = "src/model/island.rs"]
#[allow(dead_code)]
pub mod island;
#[path = "src/model/map.rs"]
#[allow(dead_code)]
pub mod map;
mod model {
    pub use super::{date, map};
}
#[path = "src/source_data/mod.rs"]
#[allow(dead_code)] // `disagreements` and friends serve the command-line tool only
mod source_data;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/source_data");
    println!("cargo::rerun-if-changed=src/model/date.rs");
    println!("cargo::rerun-if-changed=src/model/format.rs");
    println!("cargo::rerun-if-changed=src/model/island.rs");
    println!("cargo::rerun-if-changed=src/model/map.rs");
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
}

/// Stops the build, listing every problem with its file and entry.
fn fail<T>(folder: &str, errors: &[source_data::DataError]) -> T {
    eprintln!("{folder} has {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  {e}");
    }
    std::process::exit(1)
}
