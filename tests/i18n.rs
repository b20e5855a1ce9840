//! The interface speaks three languages: every key exists in each translation file, and no
//! component writes text of its own instead of taking it from them.

use std::path::Path;

fn keys(lang: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n").join(format!("{lang}.toml"));
    let table: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
    table.keys().cloned().collect()
}

#[test]
fn every_key_exists_in_every_language() {
    let english = keys("en");
    assert!(english.len() > 100);
    for lang in ["ja", "ru"] {
        assert_eq!(keys(lang), english, "{lang}.toml has other keys than en.toml");
    }
}

/// The loader names a frame in the embed's language when the placeholder does not: with the
/// translations' words, which it carries itself (it is the one file newsrooms paste).
#[test]
fn the_loader_names_frames_in_the_translations_words() {
    let loader = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/embed.js")).unwrap();
    for lang in ["en", "ja", "ru"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n").join(format!("{lang}.toml"));
        let table: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let title = table["embed_frame_generic"].as_str().unwrap();
        assert!(loader.contains(&format!("{lang}: \"{title}\"")), "embed.js lacks the {lang} title {title:?}");
    }
}

/// Text written into the interface by hand: a string literal child with letters in it, a
/// sentence's full stop (Japanese ends sentences with 。 and no space), or an attribute a
/// person reads (label, title, placeholder, alt) set to literal words.
fn hard_coded(line: &str) -> bool {
    let literal_child = line.match_indices("{\"").any(|(i, _)| {
        let rest = &line[i + 2..];
        let text = rest.split('"').next().unwrap_or("");
        text.chars().any(char::is_alphabetic) || text.trim_end() == "."
    });
    let literal_attribute = ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""].iter().any(|attr| {
        line.match_indices(attr).any(|(i, _)| line[i + attr.len()..].chars().next().is_some_and(char::is_alphabetic))
    });
    literal_child || literal_attribute
}

#[test]
fn components_take_all_their_text_from_the_translations() {
    let mut files = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "the scan found {} files", files.len());
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if hard_coded(code) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "text written in components instead of i18n/*.toml:\n{}", found.join("\n"));
}

#[test]
fn the_detector_finds_what_it_should() {
    assert!(hard_coded(r#"<h2>{"Timeline"}</h2>"#));
    assert!(hard_coded(r#"<button aria-label="Close">"#));
    assert!(hard_coded(r#"{name}{". "}<Citation id={id} />"#));
    assert!(hard_coded(r#"{for citations}{"."}</p>"#));
    assert!(!hard_coded(r#"{", "}{loc.date(d)}{": "}"#));
    assert!(!hard_coded(r#"<h2>{loc.t(Text::TimelineHeading)}</h2>"#));
    assert!(!hard_coded(r#"<input type="date" min="1855-01-01" />"#));
}

#[test]
fn poll_texts_proposers_and_quotes_reach_every_reader_in_their_language() {
    use four_islands::i18n::{Lang, Locale, Naming};
    use four_islands::model::catalog::{OPINIONS, POLLS, POSITIONS, PRESETS};
    for poll in &POLLS {
        let mut texts = vec![&poll.method];
        for q in poll.questions {
            texts.push(&q.wording);
            texts.extend(q.options.iter().map(|o| &o.label));
        }
        for lang in Lang::ALL {
            for text in &texts {
                let shown = Locale::new(lang, Naming::Both).text(text);
                assert!(!shown.trim().is_empty() && !shown.contains('{'), "{} in {lang:?}: {shown}", poll.id);
            }
        }
        // A Japanese reader of a Japanese-language poll sees Japanese, not the English report.
        assert!(Locale::new(Lang::Ja, Naming::Both).text(&poll.method).chars().any(|c| c > '\u{3000}'), "{}", poll.id);
    }
    for o in &OPINIONS {
        assert!(Locale::new(Lang::Ja, Naming::Both).text(&o.texts.author).chars().any(|c| c > '\u{3000}'), "{}", o.id);
    }
    // Who proposed each preset, in the reader's language.
    for p in &PRESETS {
        let (ja, ru) = (
            Locale::new(Lang::Ja, Naming::Both).text(&p.proposed_by),
            Locale::new(Lang::Ru, Naming::Both).text(&p.proposed_by),
        );
        assert!(ja.chars().any(|c| c > '\u{3000}'), "{}: {ja}", p.id);
        assert!(ru.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)), "{}: {ru}", p.id);
    }
    let quotes =
        POSITIONS.iter().filter_map(|p| p.quote.as_ref()).chain(OPINIONS.iter().filter_map(|o| o.quote.as_ref()));
    for q in quotes {
        let original = Locale::ENGLISH.local(&q.text);
        for lang in Lang::ALL {
            match Locale::new(lang, Naming::Both).quote_translation(q) {
                None => assert_eq!(lang.code(), q.language, "{original} lacks a {lang:?} translation"),
                Some((marker, text)) => {
                    assert_ne!(lang.code(), q.language);
                    assert!(!marker.is_empty() && !text.is_empty() && text != original, "{original}");
                }
            }
        }
    }
}
