//! The checks build.rs runs on data/: each kind of fault is caught, with the file and the
//! entry named. The faults are injected into a copy of the real data.

use four_islands::source_data::load_dir;
use std::path::{Path, PathBuf};

/// A copy of data/ with `edit` applied to `file`, in a fresh temporary directory.
fn copy_with(file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let dir = std::env::temp_dir()
        .join(format!("four-islands-data-{}-{}", std::process::id(), file.replace('.', "-")))
        .join(format!("{:x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = if name == file { edit(text) } else { text };
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

fn check(file: &str, from: &str, to: &str, expected: &[&str]) {
    let dir = copy_with(file, |t| {
        assert!(t.contains(from), "{file} does not contain {from:?}");
        t.replacen(from, to, 1)
    });
    let errors = load_dir(&dir).err().unwrap_or_else(|| panic!("{file}: {from:?} → {to:?} was accepted"));
    let all: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let text = all.join("\n");
    for fragment in expected {
        assert!(text.contains(fragment), "{file}: errors {text:?} lack {fragment:?}");
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn the_real_data_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    if let Err(errors) = load_dir(&dir) {
        panic!("{errors:#?}");
    }
}

#[test]
fn a_missing_source_is_named_with_its_file_and_entry() {
    check(
        "positions.toml",
        "sources = [\"life-2022-03-21\", \"jiji-2022\"]",
        "sources = [\"life-2022-03-21\", \"no-such-source\"]",
        &["data/positions.toml: position `russia-2022-suspension`: cites the source `no-such-source`"],
    );
}

#[test]
fn an_unknown_key_is_rejected() {
    check(
        "presets.toml",
        "peace_treaty = false\n",
        "peace_treaty = false\nwinner = \"japan\"\n",
        &["data/presets.toml", "unknown field `winner`"],
    );
}

#[test]
fn percentages_that_do_not_add_up_are_rejected() {
    check(
        "polls.toml",
        "label_original = \"скорее поддержали бы\", percent = 17.0",
        "label_original = \"скорее поддержали бы\", percent = 27.0",
        &["data/polls.toml: poll `levada-2018-11` question 1: the percentages add up to 110.0"],
    );
    check(
        "polls.toml",
        "{ label = { en = \"Don't know\", ja = \"わからない\", ru = \"Затрудняюсь ответить\" }, percent = 2.0 },",
        "",
        &["poll `vciom-islands-2019-02` question 1: marked complete, but the percentages add up to only 98.0"],
    );
}

#[test]
fn an_undefined_island_is_rejected() {
    check(
        "documents.toml",
        "islands = [\"kunashiri\"]",
        "islands = [\"urup\"]",
        &["data/documents.toml", "unknown variant `urup`"],
    );
    check("islands.toml", "id = \"habomai\"", "id = \"etorofu\"", &["data/islands.toml", "exactly once"]);
}

#[test]
fn bad_dates_addresses_and_quotes_are_rejected() {
    check(
        "sources.toml",
        "date = \"2016-11-29\"",
        "date = \"2016-11-31\"",
        &["source `jmh-nikkei-2016-11`: `2016-11-31` names a day that does not exist"],
    );
    check(
        "sources.toml",
        "url = \"https://tass.com/society/1045319/amp\"",
        "url = \"tass dot com\"",
        &["source `tass-2019`: `tass dot com` is not a well-formed"],
    );
    check(
        "positions.toml",
        "language = \"en\", translation = { ja = \"ソ連は、",
        "language = \"ru\", translation = { ja = \"ソ連は、",
        &[
            "position `ussr-1955-london`: `translation.ru` repeats the quote in its own language",
            "position `ussr-1955-london`: a quote in `ru` needs `translation.en` for readers in that language",
        ],
    );
    check(
        "polls.toml",
        "field_start = \"2018-11-22\"",
        "field_start = \"2018-12-22\"",
        &["poll `levada-2018-11`: fieldwork ends"],
    );
}

#[test]
fn presets_are_checked() {
    check(
        "presets.toml",
        "etorofu = \"split:21\"",
        "etorofu = \"split:0\"",
        &["preset `equal-area`: etorofu: `split:0` needs a number from 1 to 99"],
    );
    check(
        "presets.toml",
        "habomai = \"joint\"",
        "habomai = \"split:50\"",
        &["preset `condominium`: habomai: only Etorofu can be split"],
    );
    check("presets.toml", "id = \"lease-back\"", "id = \"leaseback\"", &["the preset `lease-back` is missing"]);
    check("presets.toml", "ja = \"四島すべて\"", "ja = \"\"", &["preset `all-four`: `title.ja` is empty"]);
    // A preset names only precedents that exist; a precedent names who cited it for these
    // islands, and serves some preset.
    check(
        "presets.toml",
        "precedents = [\"china-russia-2004\", \"barents-2010\"]",
        "precedents = [\"china-russia-2004\", \"heligoland-1890\"]",
        &["preset `equal-area`: names the precedent `heligoland-1890`, which presets.toml does not define"],
    );
    check(
        "presets.toml",
        "precedents = [\"china-russia-2004\", \"barents-2010\"]",
        "precedents = [\"china-russia-2004\"]",
        &["precedent `barents-2010`: is attached to no preset"],
    );
    let barents = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/presets.toml")).unwrap();
    let start = barents.find("sources = [\"regj-background\", \"asil-2010\"]\ncited = [").unwrap();
    let end = start + barents[start..].find("\n]\n").unwrap() + 3;
    check(
        "presets.toml",
        &barents[start..end],
        "sources = [\"regj-background\", \"asil-2010\"]\ncited = []\n",
        &["precedent `barents-2010`: names nobody who cited it for these islands"],
    );
    let retired_en = &barents[barents.find("retired = { en = \"").unwrap()..];
    let retired_en = &retired_en[..retired_en.find("\", ja = ").unwrap()];
    check("presets.toml", retired_en, "retired = { en = \"", &["preset `lease-back`: `retired.en` is empty"]);
    check(
        "presets.toml",
        "remain with Russia.\", ja",
        "remain with {urup}.\", ja",
        &["preset `1956`: `description.en` names `{urup}`, which is not an island"],
    );
}

#[test]
fn each_government_is_heard_in_its_own_words_or_the_gap_is_said() {
    // A position after 2000 that cites only the press, and says nothing of where its
    // government's own text was looked for, is refused.
    check(
        "positions.toml",
        "sources = [\"tvasahi-2022-04-22\", \"fomin-kyodo-2022\", \"cao-hoppo\"]",
        "sources = [\"tvasahi-2022-04-22\", \"fomin-kyodo-2022\"]",
        &["position `japan-2022-bluebook`: a position after 2000 needs a source of its own government's (a .go.jp address)"],
    );
    // Saying the text was not found where it was cited after all is refused too.
    check(
        "positions.toml",
        "sources = [\"kremlin-constitution\", \"reuters-2020\", \"kxan-2020\"]",
        "sources = [\"kremlin-constitution\", \"reuters-2020\", \"kxan-2020\"]\nown_words_sought = \"kremlin.ru\"",
        &["position `russia-2020-constitution`: cites its government's own source: remove `own_words_sought`"],
    );
    // A source with no known date says so; anything else in its place is an error.
    check(
        "sources.toml",
        "publisher = \"Wikipedia (English)\"\ndate = \"n.d.\"",
        "publisher = \"Wikipedia (English)\"\ndate = \"undated\"",
        &["data/sources.toml: source `enwiki-1956`", "undated"],
    );
}
