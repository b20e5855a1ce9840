//! Shared links must open the same scenario forever: every link in tests/golden-links.toml
//! must decode to its recorded scenario and figures, and encode back to itself.

use four_islands::model::evaluation;
use four_islands::{Timing, decode, encode};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Golden {
    link: String,
    islands: [String; 4],
    peace_treaty: bool,
    phased_years: u8,
    terms: Vec<String>,
    japan_km2: f64,
    residents_changing: u32,
}

#[derive(Deserialize)]
struct Corpus {
    link: Vec<Golden>,
}

#[test]
fn every_golden_link_still_means_the_same() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden-links.toml")).unwrap();
    let corpus: Corpus = toml::from_str(&text).unwrap();
    assert!(corpus.link.len() >= 12);
    for g in &corpus.link {
        let s = decode(&g.link).unwrap_or_else(|e| panic!("{}: {e:?}", g.link));
        let islands = s.islands.map(|st| st.to_string());
        assert_eq!(islands, g.islands, "{}", g.link);
        assert_eq!(s.peace_treaty, g.peace_treaty, "{}", g.link);
        let phased = match s.timing {
            Timing::AtSignature => 0,
            Timing::Phased { years } => years,
        };
        assert_eq!(phased, g.phased_years, "{}", g.link);
        assert_eq!(s.terms.names(), g.terms, "{}", g.link);
        let area = evaluation::area_split(&s);
        assert!((area.japan_km2 - g.japan_km2).abs() < 0.005, "{}: {} km²", g.link, area.japan_km2);
        assert_eq!(evaluation::residents(&s).changing, g.residents_changing, "{}", g.link);
        assert_eq!(encode(&s), g.link, "links are canonical");
    }
}
