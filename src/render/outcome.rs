//! The full page's figures as strings: land and residents for each side under the scenario,
//! today's and those of 1945, with their sources and the figures other sources give where they
//! differ; and the counts later than those the explorer computes with. The page patches them
//! in place on each change (`ui::components::outcome`), so that its live region reads out only
//! what changed.

use super::cite::{cite, page_cites};
use super::escape::escape;
use crate::i18n::{Locale, Noun, Text};
use crate::model::catalog::{self, Measure, REGION};
use crate::model::evaluation::Evaluation;
use crate::model::format::fixed;
use std::fmt::Write;

/// The content of the land-and-residents panel (`section.panel.outcome`).
pub fn outcome_html(loc: Locale, e: &Evaluation) -> String {
    let a = &e.area;
    // Drawn in SVG attributes, not inline styles, which the page's security policy refuses.
    let mut out = format!(
        r#"<h2>{}</h2><svg class="split-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true"><rect class="bar-russia" width="1000" height="20"></rect><rect class="bar-japan" width="{}" height="20"></rect></svg><dl class="figures">"#,
        escape(loc.t(Text::LandHeading)),
        fixed(a.japan_share * 1000.0, 1)
    );
    for (id, side, km, share) in [
        ("land-japan", Text::Japan, a.japan_km2, a.japan_share),
        ("land-russia", Text::Russia, a.russia_km2, 1.0 - a.japan_share),
    ] {
        entry(&mut out, loc.t(side), Some(id), &km2(loc, km), &loc.percent(share));
    }
    if a.joint_km2 > 0.0 {
        let joint = loc.fill(Text::JointNote, &[("area", &km2(loc, a.joint_km2))]);
        let _ = write!(out, "<div><dt>{}</dt><dd>{}</dd></div>", escape(loc.t(Text::JointlyAdministered)), escape(&joint));
    }
    residents(&mut out, loc, e);
    out.push_str("</dl>");
    if e.residents.on_divided_island > 0 {
        let _ = write!(out, r#"<p class="small">{}{}</p>"#, escape(loc.t(Text::DividedNote)), escape(loc.t(Text::FullStop)));
    }
    sources(&mut out, loc, e);
    disagreements(&mut out, loc);
    out
}

/// One figure of the list, with its share (or other second line) after it.
fn entry(out: &mut String, term: &str, id: Option<&str>, figure: &str, share: &str) {
    let id = id.map(|id| format!(r#" id="{id}""#)).unwrap_or_default();
    let _ = write!(
        out,
        r#"<div><dt>{}</dt><dd{id}>{}<span class="share">{}</span></dd></div>"#,
        escape(term),
        escape(figure),
        escape(share)
    );
}

fn km2(loc: Locale, x: f64) -> String {
    format!("{} {}", loc.number(x), loc.t(Text::UnitKm2))
}

/// Residents changing jurisdiction, today's and 1945's, and those on a divided island.
fn residents(out: &mut String, loc: Locale, e: &Evaluation) {
    let r = &e.residents;
    let f = &r.former;
    let count = |n: u32| loc.number(f64::from(n));
    let of = |changing: u32, total: u32| {
        loc.fill(Text::ResidentsOf, &[("changing", &count(changing)), ("total", &count(total))])
    };
    let at_signature = loc.fill(Text::AtSignature, &[("count", &count(r.changing_at_signature))]);
    entry(out, loc.t(Text::ResidentsChanging), Some("residents-changing"), &of(r.changing, r.total), &at_signature);
    let _ = write!(
        out,
        r#"<div><dt>{}</dt><dd id="residents-1945">{}</dd></div>"#,
        escape(loc.t(Text::FormerResidents)),
        escape(&of(f.changing, f.total))
    );
    if r.on_divided_island > 0 {
        let in_1945 = loc.fill(Text::In1945, &[("residents", &loc.counted(f.on_divided_island, Noun::Resident))]);
        let term = loc.with_names(loc.t(Text::OnDivided));
        entry(out, &term, None, &loc.counted(r.on_divided_island, Noun::Resident), &in_1945);
    }
}

/// Where the areas and the counts of residents come from.
fn sources(out: &mut String, loc: Locale, e: &Evaluation) {
    let (a, r) = (&e.area, &e.residents);
    let all = |ids: &[&str]| ids.iter().map(|id| cite(loc, id)).collect::<String>();
    let _ = write!(out, r#"<p class="small">{} {}{}"#, escape(loc.t(Text::AreasSource)), cite(loc, a.source), escape(loc.t(Text::SentenceBreak)));
    if let Some(printed) = a.printed_total_if_different() {
        let note = loc.fill(Text::AreasTotalNote, &[("printed", &km2(loc, printed)), ("sum", &km2(loc, a.total_km2))]);
        let _ = write!(out, "{}{}", escape(&note), escape(loc.t(Text::SentenceBreak)));
    }
    let _ = write!(
        out,
        "{} {}{}{} {}{}</p>",
        escape(&loc.fill(Text::ResidentsSource, &[("date", &loc.date(r.date))])),
        all(&r.sources),
        escape(loc.t(Text::SentenceBreak)),
        escape(loc.t(Text::Residents1945Source)),
        all(&r.former.sources),
        escape(loc.t(Text::FullStop))
    );
}

/// The figures other sources give that differ from those the explorer uses.
fn disagreements(out: &mut String, loc: Locale) {
    let differ = catalog::disagreements();
    if differ.is_empty() {
        return;
    }
    let _ = write!(out, r#"<p class="small sources-differ">{}"#, escape(loc.t(Text::SourcesDiffer)));
    for (i, d) in differ.iter().enumerate() {
        let value = |x: f64| match d.measure {
            Measure::Area => km2(loc, x),
            Measure::Residents => loc.number(x),
        };
        let item = loc.fill(
            Text::DisagreementItem,
            &[
                ("island", &loc.island(d.island)),
                ("measure", loc.measure(d.measure)),
                ("used", &value(d.used.value)),
                ("other", &value(d.other.value)),
            ],
        );
        let end = if i + 1 == differ.len() { Text::FullStop } else { Text::ListSemicolon };
        let _ = write!(out, " {} {}{}", escape(&item), cite(loc, d.other.source), escape(loc.t(end)));
    }
    out.push_str("</p>");
}

/// The content of the counts later than the per-island figures (`div.later-figures`), each
/// for the area or definition it has: a district total is shown as one, never split into
/// islands.
pub fn later_figures_html(loc: Locale) -> String {
    let counted = |f: &catalog::ScopedFigure, text: Text| {
        loc.fill(
            text,
            &[
                ("count", &loc.counted(f.value as u32, Noun::Resident)),
                ("date", &loc.date(f.date)),
                ("scope", &loc.text(&f.scope)),
            ],
        )
    };
    let mut out = String::new();
    for f in REGION.residents_later {
        let _ = write!(out, r#"<p class="later-residents">{}{}</p>"#, escape(&counted(f, Text::LaterResidents)), page_cites(loc, f.sources));
    }
    let alive = REGION.former_residents_alive;
    if alive.is_empty() {
        return out;
    }
    // The sentence around the items, each of which carries its own citations.
    let (before, after) = loc.t(Text::FormerAlive).split_once("{items}").unwrap_or(("", ""));
    let items: Vec<String> =
        alive.iter().map(|f| format!("{}{}", escape(&counted(f, Text::FormerAliveItem)), page_cites(loc, f.sources))).collect();
    let _ = write!(
        out,
        r#"<p class="former-alive">{}{}{}</p>"#,
        escape(before),
        items.join(&escape(loc.t(Text::ListSemicolon))),
        escape(after)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Naming};
    use crate::model::date::Date;
    use crate::model::evaluation::evaluate;

    fn panel(link: &str, lang: Lang) -> String {
        let s = crate::model::link::decode(link).unwrap();
        outcome_html(Locale::new(lang, Naming::Both), &evaluate(&s, Date::ymd(2026, 3, 1)))
    }

    #[test]
    fn both_sides_land_and_both_counts_of_residents_are_given_with_their_sources() {
        for lang in Lang::ALL {
            let html = panel("1-JJRR-t", lang);
            for id in ["land-japan", "land-russia", "residents-changing", "residents-1945"] {
                assert!(html.contains(&format!(r#" id="{id}">"#)), "{lang:?} lacks {id}: {html}");
            }
            assert!(html.matches(r#"<a class="cite""#).count() >= 3, "{html}");
            assert_eq!(html.matches("<div>").count(), html.matches("</div>").count());
        }
    }

    #[test]
    fn a_divided_island_gets_its_residents_line_and_note() {
        let note = |html: &str| html.contains(&escape(Locale::ENGLISH.t(Text::DividedNote)));
        assert!(!note(&panel("1-JJRR-t", Lang::En)));
        let divided = panel("1-JJRS30-t", Lang::En);
        assert!(note(&divided), "{divided}");
        assert_eq!(divided.matches("<dt>").count(), 5, "{divided}");
    }

    #[test]
    fn later_counts_are_sentences_with_their_own_sources() {
        let later = later_figures_html(Locale::ENGLISH);
        assert!(later.starts_with(r#"<p class="later-residents">"#), "{later}");
        assert!(later.contains(r#"<p class="former-alive">"#) && !later.contains("{items}"), "{later}");
        assert!(later.matches(r#"<a class="cite""#).count() > REGION.former_residents_alive.len(), "{later}");
    }
}
