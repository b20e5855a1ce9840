//! Integrity of the compiled-in data beyond what build.rs refuses: addresses, dates, quotes
//! with their speakers, and disagreeing sources recorded side by side.

use four_islands::i18n::texts::forms;
use four_islands::model::catalog::{self, DOCUMENTS, ISLANDS, OPINIONS, POLLS, POSITIONS, PRESETS};
use four_islands::source_data::{load_dir, validate};
use std::path::Path;

#[test]
fn every_source_address_is_well_formed_and_unique() {
    let all: Vec<_> = catalog::sources().collect();
    for s in &all {
        // Each language's file of texts holds the same title, publisher and address.
        let [url, title, publisher] = [&s.url, &s.title, &s.publisher].map(|t| {
            let [en, ja, ru] = forms(t);
            assert!(en == ja && en == ru, "{}: {en} / {ja} / {ru}", s.id);
            en
        });
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        let host = rest.and_then(|r| r.split('/').next()).unwrap_or("");
        assert!(host.contains('.') && !host.contains(' '), "{}: {url}", s.id);
        assert!(!title.is_empty() && !publisher.is_empty(), "{}", s.id);
        // Undated pages say so ("n.d."); a dated one is dated within the record.
        if let Some(date) = s.date {
            assert!(date.year >= 1855 && date.year <= 2026, "{}: {date}", s.id);
        }
    }
    let mut ids: Vec<&str> = all.iter().map(|s| s.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
}

/// What the embed shows cites only the sources compiled into its share of the data: every
/// source of a position, a preset, an island's figures and the map is among them.
#[test]
fn what_both_pages_show_cites_the_shared_sources() {
    let shared = |id: &str| catalog::shared_source(id).is_some();
    for p in &POSITIONS {
        assert!(p.sources.iter().all(|s| shared(s)), "{}", p.id);
    }
    for p in &PRESETS {
        assert!(p.sources.iter().all(|s| shared(s)), "{}", p.id);
    }
    for i in &ISLANDS {
        let figures = [&i.area, &i.residents_1945, &i.residents_now].map(|f| f.source);
        let alternates = i.area_alternates.iter().chain(i.residents_alternates).map(|a| a.source);
        assert!(figures.into_iter().chain(alternates).all(shared), "{:?}", i.id);
    }
    assert!(shared(catalog::MAP.source) && shared(catalog::REGION.source));
    // The rest are there for the full page only, and found by `catalog::source`.
    for d in &DOCUMENTS {
        assert!(d.sources.iter().all(|s| catalog::source(s).is_some()), "{}", d.id);
    }
}

#[test]
fn every_quote_is_attributed_and_every_statement_cited() {
    for p in &POSITIONS {
        assert!(forms(&p.texts.speaker).iter().all(|s| !s.trim().is_empty()), "{}", p.id);
        assert!(!p.sources.is_empty() && p.sources.iter().all(|s| catalog::source(s).is_some()), "{}", p.id);
        if let Some(q) = &p.quote {
            // Verbatim, and the same whichever language's file of texts a reader has.
            let [en, ja, ru] = forms(&q.text);
            assert!(!en.trim().is_empty() && en == ja && en == ru, "{}", p.id);
            // A translation for every reader's language but the quote's own.
            for (lang, translation) in ["en", "ja", "ru"].into_iter().zip(forms(&q.translation)) {
                assert_eq!(translation.is_empty(), lang == q.language, "{} in {lang}", p.id);
            }
        }
    }
    for o in &OPINIONS {
        assert!([&o.texts.author, &o.texts.role].iter().all(|t| forms(t).iter().all(|s| !s.trim().is_empty())), "{}", o.id);
        assert!(catalog::source(o.source).is_some(), "{}", o.id);
    }
    for d in &DOCUMENTS {
        assert!(!d.sources.is_empty() && d.sources.iter().all(|s| catalog::source(s).is_some()), "{}", d.id);
    }
    for p in &POLLS {
        assert!(!p.sources.is_empty() && p.sources.iter().all(|s| catalog::source(s).is_some()), "{}", p.id);
        assert!(p.field_start <= p.field_end, "{}", p.id);
    }
}

#[test]
fn figures_from_every_source_are_cited_and_dated() {
    for island in &ISLANDS {
        for f in [&island.area, &island.residents_1945, &island.residents_now] {
            assert!(catalog::source(f.source).is_some(), "{:?}: {}", island.id, f.source);
            assert!(f.date.year >= 1945, "{:?}", island.id);
        }
        for f in island.area_alternates.iter().chain(island.residents_alternates) {
            assert!(catalog::source(f.source).is_some(), "{:?}: {}", island.id, f.source);
            assert!(f.date.is_none_or(|d| d.year >= 1945), "{:?}", island.id);
        }
    }
}

#[test]
fn sources_that_disagree_by_more_than_five_percent_are_both_kept_and_flagged() {
    let data = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).expect("valid data");
    let flags = validate::disagreements(&data);
    // Shikotan: 247.65 km² (Japan's 2025 survey) against 225 km² (Bulgarian Wikipedia).
    assert!(
        flags.iter().any(|f| f.starts_with("Shikotan area: 247.65 (mlit-hoppo-data) vs 225 (bgwiki-shikotan)")),
        "{flags:#?}"
    );
    // Habomai: 94.84 km² against 100 km² (English Wikipedia), 5.4 % apart.
    assert!(flags.iter().any(|f| f.contains("vs 100 (enwiki-habomai)")), "{flags:#?}");
    // Close figures are kept but not flagged: Etorofu 3,166.64 against 3,139 km², and the
    // 2020 survey against the 2025 one.
    assert!(!flags.iter().any(|f| f.contains("3139") || f.contains("mofa-area")), "{flags:#?}");
    let shikotan = catalog::island(four_islands::IslandId::Shikotan);
    assert!(shikotan.area_alternates.iter().any(|f| f.value == 225.0 && f.source == "bgwiki-shikotan"));
}

#[test]
fn the_page_and_build_rs_agree_on_when_a_government_must_be_heard_in_its_own_words() {
    assert_eq!(catalog::OWN_WORDS_FROM, validate::OWN_WORDS_FROM);
    assert_eq!(catalog::DISAGREEMENT, validate::DISAGREEMENT);
    // Every position after 2000 cites its government's own words or is marked as not doing so.
    let missing: Vec<&str> = POSITIONS.iter().filter(|p| p.own_words_missing()).map(|p| p.id).collect();
    let data = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).expect("valid data");
    let marked: Vec<&str> =
        data.positions.position.iter().filter(|p| p.own_words_sought.is_some()).map(|p| p.id.as_str()).collect();
    assert_eq!(missing, marked);
}
