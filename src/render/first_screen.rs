//! The full page's first screen as one string: the heading with its settings, the notice
//! about the address, the controls, the map, sharing and the figures, and a place for each
//! part far below, which the page's second binary fills (`ui::two_binaries`). The page draws
//! it, then patches it in place on each change (`ui::plain_page`); its prerender says the same
//! in the summary (`render::summary`).

use super::colophon::colophon_html;
use super::controls::{island_controls, masthead, notice, preset_picker, terms_controls};
use super::escape::escape;
use super::map_svg::{caption_html, map_svg};
use super::meter::meter_html;
use super::outcome::{later_figures_html, outcome_html};
use super::precedents::precedents_html;
use crate::i18n::{Locale, Text};
use crate::model::address::Problem;
use crate::model::catalog;
use crate::model::evaluation::Evaluation;
use crate::model::view::View;
use std::fmt::Write;

/// What the first screen shows.
pub struct FirstScreen<'a> {
    pub view: &'a View,
    /// The view's evaluation at the date shown.
    pub evaluation: &'a Evaluation,
    pub problems: &'a [Problem],
    /// The address that reopens the view at the date shown, to share.
    pub share_address: &'a str,
    /// Whether the last copy of that address worked, if the reader made one.
    pub copied: Option<bool>,
}

/// The parts far below the first screen, in the page's order, which the second binary renders.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Far {
    /// The sea: its overview map and tables.
    Sea,
    /// The stated positions.
    Positions,
    /// The polls, opinions and timeline.
    Below,
    /// The embed code.
    Embed,
    /// The negotiation analysis, after the results.
    Analysis,
}

impl Far {
    pub const ALL: [Far; 5] = [Far::Sea, Far::Positions, Far::Below, Far::Embed, Far::Analysis];

    /// The name of its place (`data-remote`).
    pub const fn key(self) -> &'static str {
        match self {
            Far::Sea => "sea",
            Far::Positions => "positions",
            Far::Below => "below",
            Far::Embed => "embed",
            Far::Analysis => "analysis",
        }
    }

    pub fn from_key(key: &str) -> Option<Far> {
        Far::ALL.into_iter().find(|far| far.key() == key)
    }

    /// The class that gives its place its height before it is built (`www/style.css`).
    pub const fn place(self) -> &'static str {
        match self {
            Far::Sea => "sea-pending",
            Far::Positions => "positions-pending",
            Far::Below => "below-pending",
            Far::Embed => "embed-pending",
            Far::Analysis => "analysis-pending",
        }
    }

    /// The headings it holds, read out before it is built.
    pub const fn headings(self) -> &'static [Text] {
        match self {
            Far::Sea => &[Text::SeaHeading],
            Far::Positions => &[Text::PositionsHeading],
            Far::Below => &[Text::PollsHeading, Text::OpinionsHeading, Text::TimelineHeading],
            Far::Embed => &[],
            Far::Analysis => &[Text::AnalysisHeading],
        }
    }

    /// Whether it needs the page's second file of texts.
    pub const fn texts(self) -> bool {
        matches!(self, Far::Positions | Far::Below)
    }
}

/// A part not built yet: its height (`place`) and its headings.
pub fn pending(place: &str, headings: &[Text], loc: Locale) -> String {
    format!(r#"<div class="{place}" data-pending="">{}</div>"#, pending_headings(headings, loc))
}

/// The headings of a part not built yet, read out before it is built (for screen readers,
/// whose reading of one brings it into view and builds it).
pub fn pending_headings(headings: &[Text], loc: Locale) -> String {
    headings.iter().map(|&h| format!(r#"<h2 class="visually-hidden">{}</h2>"#, escape(loc.t(h)))).collect()
}

/// The place the first screen leaves for a part far below it.
fn remote(far: Far, loc: Locale) -> String {
    format!(r#"<div class="remote" data-remote="{}">{}</div>"#, far.key(), pending(far.place(), far.headings(), loc))
}

/// The whole first screen, and the places below it.
pub fn first_screen(f: &FirstScreen<'_>) -> String {
    let loc = f.view.locale();
    let precedents = f.view.preset().map(catalog::precedents).unwrap_or_default();
    let precedents = if precedents.is_empty() {
        String::new()
    } else {
        let heading = escape(loc.t(Text::PrecedentsHeading));
        format!(r#"<section class="panel precedents" aria-label="{heading}">{}</section>"#, precedents_html(loc, &precedents))
    };
    let mut out = format!(
        r#"{}{}<main class="layout"><section class="controls" aria-label="{}">{}{precedents}{}{}</section><section class="results" aria-label="{}">"#,
        masthead(loc),
        notice(loc, f.problems),
        escape(loc.t(Text::RegionScenario)),
        preset_picker(loc, f.view),
        island_controls(loc, f.view),
        terms_controls(loc, f.view),
        escape(loc.t(Text::RegionOutcome))
    );
    let s = &f.view.scenario;
    let _ = write!(
        out,
        r##"<figure class="panel map">{}<figcaption>{}</figcaption></figure>{}<div aria-live="polite" class="live"><section class="panel outcome">{}</section><section class="panel meter">{}</section></div>{}<div class="later-figures small">{}</div><p class="to-analysis"><a href="#analysis">{}</a></p>"##,
        map_svg(s, loc),
        caption_html(s, loc),
        share_bar(f),
        outcome_html(loc, f.evaluation),
        meter_html(loc, f.evaluation),
        remote(Far::Sea, loc),
        later_figures_html(loc),
        escape(loc.t(Text::ToAnalysis))
    );
    for far in [Far::Positions, Far::Below, Far::Embed] {
        out.push_str(&remote(far, loc));
    }
    let _ = write!(out, r#"</section></main>{}<footer class="colophon">{}</footer>"#, remote(Far::Analysis, loc), colophon_html(loc));
    out
}

/// The address to share, and the buttons that copy it or download the scenario's card.
fn share_bar(f: &FirstScreen<'_>) -> String {
    let loc = f.view.locale();
    let status = match f.copied {
        Some(true) => loc.t(Text::Copied),
        Some(false) => loc.t(Text::CopyRefused),
        None => "",
    };
    format!(
        r#"<div class="share"><label for="share-link">{}</label><input id="share-link" type="text" readonly value="{}"><button type="button" id="copy-link">{}</button><button type="button" id="download-svg">{}</button><button type="button" id="download-png">{}</button><span class="small" role="status">{}</span></div>"#,
        escape(loc.t(Text::ShareLabel)),
        escape(f.share_address),
        escape(loc.t(Text::CopyLink)),
        escape(loc.t(Text::DownloadSvg)),
        escape(loc.t(Text::DownloadPng)),
        escape(status)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::address::Problem;
    use crate::model::date::Date;
    use crate::model::evaluation::evaluate;
    use crate::model::site::Page;

    fn screen(query: &str) -> (String, Vec<Problem>) {
        let (view, problems) = View::open(Page::Full, query, Lang::En);
        let e = evaluate(&view.scenario, Date::ymd(2026, 3, 1));
        let html = first_screen(&FirstScreen {
            view: &view,
            evaluation: &e,
            problems: &problems,
            share_address: "https://x.org/?s=1&lang=en",
            copied: None,
        });
        (html, problems)
    }

    fn ids(html: &str) -> Vec<&str> {
        html.split(" id=\"").skip(1).map(|rest| rest.split('"').next().unwrap_or_default()).collect()
    }

    #[test]
    fn every_id_is_unique_and_every_place_far_below_is_left_in_order() {
        for lang in Lang::ALL {
            let (html, _) = screen(&format!("?s=1-JJRS30-tp5d&lang={}", lang.code()));
            let mut seen = ids(&html);
            let count = seen.len();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), count, "{lang:?}: an id repeats");
            let places: Vec<&str> =
                html.split("data-remote=\"").skip(1).map(|rest| rest.split('"').next().unwrap_or_default()).collect();
            assert_eq!(places, ["sea", "positions", "below", "embed", "analysis"]);
        }
    }

    #[test]
    fn the_controls_say_the_view() {
        let (html, _) = screen("?s=1-JJRS30-tp5d");
        assert!(html.contains(r#"<input type="checkbox" id="peace-treaty" checked>"#), "treaty");
        assert!(html.contains(r#"<input type="checkbox" id="phased" checked>"#), "phased");
        assert!(html.contains(r#"<input type="number" id="phased-years" min="1" max="99" value="5" aria-label"#), "years");
        assert!(html.contains(r#"<input type="checkbox" id="term-demilitarization" checked>"#), "{html}");
        // A divided Etorofu has a slider and a box for Japan's share.
        assert!(html.contains(r#"<input type="range" min="1" max="99" value="30""#), "split");
        let (at_once, _) = screen("?s=1-JJRR-t");
        assert!(at_once.contains(r#"<input type="checkbox" id="phased">"#), "not phased");
        assert!(at_once.contains(r#"id="phased-years" min="1" max="99" value="10" disabled"#), "years unused");
        let (custom, _) = screen("?s=1-JJRR-p5");
        assert!(!custom.contains(r#"aria-pressed="true""#), "no preset is this view");
    }

    #[test]
    fn a_preset_is_pressed_and_a_damaged_link_gets_its_notice() {
        let (html, _) = screen("?s=1-JJRR-t");
        assert_eq!(html.matches(r#"aria-pressed="true""#).count(), 1);
        let (damaged, problems) = screen("?s=1-JJ");
        assert!(!problems.is_empty());
        assert!(damaged.contains(r#"<div class="notice" role="alert">"#), "{damaged}");
        assert!(!html.contains("class=\"notice\""));
    }
}
