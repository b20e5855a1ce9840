//! The string renderers: the exported card is valid SVG with the scenario's figures, the
//! static summary carries the figures the CLI prints, and no text becomes markup.

mod common;
use common::{date, preset};
use four_islands::i18n::{Lang, Locale, Naming};
use four_islands::model::catalog::PRESETS;
use four_islands::model::evaluation::evaluate;
use four_islands::model::format::thousands;
use four_islands::render::card::card_svg;
use four_islands::render::map_svg::map_svg;
use four_islands::render::summary::{Heading, summary_html};

fn parses_as_svg(svg: &str) -> Result<(), String> {
    resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).map(drop).map_err(|e| e.to_string())
}

#[test]
fn every_preset_card_is_valid_svg_showing_its_figures() {
    for p in &PRESETS {
        let e = evaluate(&p.scenario, date("2026-01-01"));
        let svg = card_svg(&p.scenario, &e, &Locale::ENGLISH.text(&p.texts.title), "https://example.org/?s=x&y=<z>");
        parses_as_svg(&svg).unwrap_or_else(|err| panic!("{}: {err}", p.id));
        assert!(svg.contains(&format!("{} km²", thousands(e.area.japan_km2))), "{}", p.id);
        assert!(svg.contains(&format!("{} km²", thousands(e.area.russia_km2))), "{}", p.id);
        assert!(svg.contains("Ministry of Land, Infrastructure, Transport and Tourism"), "the sources line");
        let former = format!("{} of 17,291", thousands(f64::from(e.residents.former.changing)));
        assert!(svg.contains(&former), "{}: the residents of 1945", p.id);
        assert!(svg.contains("https://example.org/?s=x&amp;y=&lt;z&gt;"), "the link, escaped");
    }
}

#[test]
fn the_map_is_valid_svg_and_draws_the_division() {
    let svg = map_svg(&preset("equal-area"), Locale::ENGLISH);
    parses_as_svg(&svg).unwrap();
    assert_eq!(svg.matches(r#"class="cut""#).count(), 1);
    assert!(svg.contains(r#"data-part="japan""#) && svg.contains(r#"data-part="russia""#));
    let whole = map_svg(&preset("1956"), Locale::ENGLISH);
    assert!(!whole.contains(r#"class="cut""#));
    assert!(whole.matches(r#"data-island="habomai""#).count() >= 5);
}

#[test]
fn the_static_summary_shows_the_cli_figures() {
    let s = preset("1956");
    let e = evaluate(&s, date("2019-01-01"));
    let html = summary_html(&s, &e, &Heading { title: "Two <islands>", description: "A & B" });
    assert!(html.contains(r#"<dd id="land-japan">342.5 km²"#), "{html}");
    assert!(html.contains(r#"<dd id="land-russia">4,655.9 km²"#));
    assert!(html.contains("3,772 of 18,403"));
    assert!(html.contains(r#"<dd id="residents-1945">6,319 of 17,291"#), "{html}");
    assert!(html.contains("Two &lt;islands&gt;") && html.contains("A &amp; B"));
    // Japan's position of 2018 keeps the talks on Kunashiri and Etorofu: a final two-island
    // settlement conflicts with it.
    assert!(html.contains(r#"data-party="japan" data-verdict="conflicts""#));
    assert!(html.contains("The record runs to 2026-02-20"), "{html}");
    assert!(html.contains("11,480 residents on 2024-01-01 in the Yuzhno-Kurilsky district as a whole"), "{html}");
}

#[test]
fn a_preset_page_names_its_precedents_and_a_retired_one_says_why() {
    let page = |id: &str| {
        let p = four_islands::catalog::preset(id).unwrap();
        summary_html(&p.scenario, &evaluate(&p.scenario, date("2026-12-01")), &Heading { title: &Locale::ENGLISH.text(&p.texts.title), description: &Locale::ENGLISH.text(&p.texts.description) })
    };
    let equal = page("equal-area");
    assert!(equal.contains("Precedent: <strong>The Barents Sea boundary between Norway and Russia (2010)</strong>"), "{equal}");
    assert!(equal.contains("Cited for these islands by: President Putin to Prime Minister Abe"), "{equal}");
    assert!(!equal.contains(r#"class="retired""#));
    let lease = page("lease-back");
    assert!(lease.contains(r#"<p class="retired">No longer offered as a ready-made scenario"#), "{lease}");
    assert!(!lease.contains("Precedent:"), "no model was cited for a lease-back of these islands");
    assert!(!page("three-islands").contains("Precedent:"));
}

#[test]
fn the_maps_draw_the_sea_each_side_holds() {
    use four_islands::render::overview_svg::{overview_svg, past_svg};
    // The status quo: all of it with Russia, so no line between the sides but Hokkaido's.
    let quo = map_svg(&preset("status-quo"), Locale::ENGLISH);
    parses_as_svg(&quo).unwrap();
    assert!(quo.contains("url(#map-sea-russia)") && !quo.contains("url(#map-sea-japan)"));
    assert!(quo.contains(r#"class="sea-border""#), "the line between Kunashiri's sea and Hokkaido's");
    // All four to Japan: every island's sea is Japan's, and no line is drawn against Hokkaido.
    let four = map_svg(&preset("all-four"), Locale::ENGLISH);
    assert!(!four.contains("url(#map-sea-russia)"));
    // A divided Etorofu: its sea is shared, with a line between the parts' sea.
    let split = overview_svg(&preset("equal-area"), Locale::ENGLISH);
    parses_as_svg(&split).unwrap();
    assert!(split.contains(r#"data-sea="etorofu" data-sea-part="japan""#));
    for b in &four_islands::model::past::PAST {
        let svg = past_svg(b, Locale::new(Lang::Ru, Naming::Both), "<title>");
        parses_as_svg(&svg).unwrap_or_else(|e| panic!("{}: {e}", b.document));
        assert!(svg.contains("past-line") && svg.contains("&lt;title&gt;"), "{}", b.document);
    }
}

#[test]
fn the_static_summary_and_card_carry_the_sea_figures() {
    use four_islands::model::sea::{rounded, sea_split};
    let s = preset("1956");
    let e = evaluate(&s, date("2026-01-01"));
    let sea = sea_split(&s);
    let html = summary_html(&s, &e, &Heading { title: "t", description: "d" });
    assert!(html.contains(&format!("{} km²", thousands(rounded(sea.japan.total())))), "{html}");
    assert!(html.contains("no boundary has been agreed") || html.contains("No boundary has been agreed"));
    assert!(html.contains("Treaty of Shimoda") && html.contains("St Petersburg"), "the borders of the past");
    let card = card_svg(&s, &e, "t", "https://example.org/");
    parses_as_svg(&card).unwrap();
    assert!(card.contains(&format!("Japan {} km²", thousands(rounded(sea.japan_km2)))));
}
