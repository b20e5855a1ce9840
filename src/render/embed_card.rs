//! The card an article embeds: the scenario at a glance and a way into the rest. Its name; the
//! map, with a key that says each island's status in words; the land split in km² and shares;
//! the residents who would change jurisdiction, and those of 1945; each government's verdict
//! as of the date shown, with a one-line reason and its source, both alike; how far the record
//! runs; and a link that opens the full explorer at the same view and date.
//!
//! Strings, so that the embed page's pre-rendered card (English, for readers without scripts)
//! and the live one are the same markup: nothing moves when the explorer starts. Sources come
//! from `catalog::shared_source` only, so the embed's wasm carries no more of them than before.

use super::cite::cite;
use super::escape::escape;
use super::map_svg::{fill_id, land_map_svg, swatch};
use crate::i18n::{Locale, Noun, Text};
use crate::model::catalog::{self, RECORD_ENDS};
use crate::model::date::Date;
use crate::model::evaluation::{Evaluation, Verdict};
use crate::model::format::fixed;
use crate::model::island::IslandId;
use crate::model::scenario::{Scenario, Status, Timing};
use crate::model::view::View;
use std::fmt::Write;

/// What one card shows, and in which words.
pub struct Card<'a> {
    pub evaluation: &'a Evaluation,
    pub locale: Locale,
    /// The full explorer at the same view and date.
    pub full_address: &'a str,
}

impl Card<'_> {
    fn scenario(&self) -> &Scenario {
        &self.evaluation.scenario
    }
}

/// The whole card, as the pre-rendered embed page shows it: what the live card shows
/// without its controls.
pub fn card_html(c: &Card<'_>) -> String {
    card_with_presets(c, "")
}

/// The whole card with `presets` (the presets' menu, or nothing) above the map, as the embed
/// without every control shows it live (`ui::plain_embed`). Land and residents are announced
/// politely when a control changes them.
pub fn card_with_presets(c: &Card<'_>, presets: &str) -> String {
    format!(
        r#"<article class="card"><h2 class="card-title">{}</h2>{presets}<div class="card-glance" aria-live="polite">{}{}</div><section class="card-positions">{}</section>{}</article>"#,
        title(c),
        map(c),
        figures(c),
        positions(c),
        footer(c)
    )
}

/// The verdicts under their heading, "Positions as of …".
pub fn positions(c: &Card<'_>) -> String {
    format!("<h3>{}</h3>{}", escape(&as_of(c.locale, c.evaluation.as_of)), verdicts(c))
}

/// The ready-made scenarios as one compact menu (`ui::components::card_presets` draws the
/// same for the embed with every control).
pub fn presets(loc: Locale, view: &View) -> String {
    format!(
        r#"<div class="card-presets presets"><label for="card-preset">{}</label><select id="card-preset">{}</select></div>"#,
        escape(loc.t(Text::PresetsHeading)),
        preset_options(loc, view)
    )
}

/// The menu's lines: the chosen preset, or a custom scenario (or a preset no longer offered)
/// as it stands, on a line that chooses nothing.
pub fn preset_options(loc: Locale, view: &View) -> String {
    let current = view.preset().map(|p| p.id);
    let mut out = String::new();
    if let Some(shown) = unchosen_line(loc, view) {
        let _ = write!(out, r#"<option value="" selected disabled>{}</option>"#, escape(&shown));
    }
    for p in catalog::offered_presets() {
        let selected = if current == Some(p.id) { " selected" } else { "" };
        let _ = write!(out, r#"<option value="{}"{selected}>{}</option>"#, escape(p.id), escape(&loc.text(&p.texts.title)));
    }
    out
}

/// What the menu's line that chooses nothing says, when no offered preset is the view: the
/// title of a preset no longer offered, or "Custom scenario" (text, unescaped).
pub fn unchosen_line(loc: Locale, view: &View) -> Option<String> {
    if view.preset().is_some() {
        return None;
    }
    Some(view.retired_preset().map_or_else(|| loc.t(Text::CustomTitle).to_owned(), |p| loc.text(&p.texts.title)))
}

/// The scenario's name, as text (escaped).
pub fn title(c: &Card<'_>) -> String {
    escape(&c.locale.scenario_title(c.scenario()))
}

/// "Positions as of …", for the heading above the verdicts.
pub fn as_of(loc: Locale, day: Date) -> String {
    loc.fill(Text::CardAsOf, &[("date", &loc.date(day))])
}

/// The map (land only: see `land_map_svg`), and its key: each status in the scenario, its pattern, and the islands that have
/// it, so that the map can be read in words.
pub fn map(c: &Card<'_>) -> String {
    let (loc, s) = (c.locale, c.scenario());
    let mut out = format!(r#"<figure class="card-map">{}<figcaption><ul class="card-key">"#, land_map_svg(s, loc));
    let mut groups: Vec<(Status, Vec<IslandId>)> = Vec::new();
    for id in IslandId::ALL {
        let status = s.status(id);
        match groups.iter_mut().find(|(st, _)| *st == status) {
            Some((_, ids)) => ids.push(id),
            None => groups.push((status, vec![id])),
        }
    }
    for (status, ids) in groups {
        // A divided island shows both sides' patterns, as the map does.
        let swatches = match status {
            Status::Split { .. } => format!("{}{}", swatch("fill-japanese"), swatch("fill-russian")),
            other => swatch(fill_id(other)),
        };
        let names: Vec<String> = if ids.len() == IslandId::ALL.len() {
            vec![loc.t(Text::CardAllFour).to_owned()]
        } else {
            ids.iter().map(|&id| loc.island(id)).collect()
        };
        let _ = write!(
            out,
            r#"<li data-status="{}">{swatches}<span>{}{}{}{}</span></li>"#,
            status.kind().key(),
            escape(&loc.status(status)),
            loc.t(Text::ParenOpen),
            escape(&names.join(loc.t(Text::ListComma))),
            loc.t(Text::ParenClose)
        );
    }
    out.push_str("</ul></figcaption></figure>");
    out
}

/// Land and residents, with their sources.
pub fn figures(c: &Card<'_>) -> String {
    let loc = c.locale;
    let a = &c.evaluation.area;
    // A figure never wraps away from its unit.
    let km2 = |x: f64| format!("{}\u{a0}{}", loc.number(x), loc.t(Text::UnitKm2));
    // Drawn in SVG attributes, not inline styles, which the page's security policy refuses.
    let mut out = format!(
        r#"<section class="card-figures"><h3 class="visually-hidden">{}</h3><svg class="split-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true"><rect class="bar-russia" width="1000" height="20"/><rect class="bar-japan" width="{}" height="20"/></svg><dl class="figures">"#,
        escape(loc.t(Text::LandHeading)),
        fixed(a.japan_share * 1000.0, 1)
    );
    for (id, label, km, share) in [
        ("land-japan", Text::Japan, a.japan_km2, a.japan_share),
        ("land-russia", Text::Russia, a.russia_km2, 1.0 - a.japan_share),
    ] {
        let _ = write!(
            out,
            r#"<div><dt>{}</dt><dd id="{id}">{}<span class="share">{}</span></dd></div>"#,
            escape(loc.t(label)),
            escape(&km2(km)),
            escape(&loc.percent(share))
        );
    }
    if a.joint_km2 > 0.0 {
        let _ = write!(
            out,
            r#"<div class="wide"><dt>{}</dt><dd>{}</dd></div>"#,
            escape(loc.t(Text::JointlyAdministered)),
            escape(&loc.fill(Text::JointNote, &[("area", &km2(a.joint_km2))]))
        );
    }
    residents(c, &mut out);
    out.push_str("</dl></section>");
    out
}

/// Residents changing jurisdiction, today's and 1945's, as entries of the figures' list.
fn residents(c: &Card<'_>, out: &mut String) {
    let loc = c.locale;
    let r = &c.evaluation.residents;
    let f = &r.former;
    let count = |n: u32| loc.number(f64::from(n));
    let of = |changing: u32, total: u32| {
        escape(&loc.fill(Text::ResidentsOf, &[("changing", &count(changing)), ("total", &count(total))]))
    };
    let staged = match c.scenario().timing {
        Timing::Phased { .. } => format!(
            r#"<span class="share">{}</span>"#,
            escape(&loc.fill(Text::AtSignature, &[("count", &count(r.changing_at_signature))]))
        ),
        Timing::AtSignature => String::new(),
    };
    let _ = write!(
        out,
        r#"<div><dt>{}</dt><dd id="residents-changing">{}{staged}</dd></div><div><dt>{}</dt><dd id="residents-1945">{}</dd></div>"#,
        escape(loc.t(Text::ResidentsChanging)),
        of(r.changing, r.total),
        escape(loc.t(Text::FormerResidents)),
        of(f.changing, f.total)
    );
    if r.on_divided_island > 0 {
        let _ = write!(
            out,
            r#"<div class="wide"><dt>{}</dt><dd>{}<span class="share">{}</span></dd></div>"#,
            escape(&loc.with_names(loc.t(Text::OnDivided))),
            escape(&loc.counted(r.on_divided_island, Noun::Resident)),
            escape(&loc.fill(Text::In1945, &[("residents", &loc.counted(f.on_divided_island, Noun::Resident))]))
        );
    }
}

/// Each government's position in force, judged: the same markup for both.
pub fn verdicts(c: &Card<'_>) -> String {
    let loc = c.locale;
    if c.evaluation.positions.is_empty() {
        return format!("<p>{}</p>", escape(loc.t(Text::NoPositions)));
    }
    let mut out = String::from(r#"<ul class="card-verdicts">"#);
    for v in &c.evaluation.positions {
        let p = v.position;
        let class = match v.verdict {
            Verdict::Compatible => "fits",
            Verdict::Conflicts => "conflicts",
            Verdict::NotAddressed => "silent",
        };
        // The position's date, unless its source bears the same date.
        let source = p.sources.first().and_then(|id| catalog::shared_source(id));
        let dated = if source.is_some_and(|s| s.date == Some(p.date)) {
            String::new()
        } else {
            format!("{} ", escape(&loc.fill(Text::CardPositionOf, &[("date", &loc.date(p.date))])))
        };
        let press = if p.own_words_missing() {
            format!(r#" <span class="press-only">({})</span>"#, escape(loc.t(Text::CardPressReport)))
        } else {
            String::new()
        };
        let _ = write!(
            out,
            r#"<li class="card-verdict" data-party="{}" data-verdict="{}"><p class="reason"><strong>{}</strong>{}<span class="verdict {class}">{}</span> {}{}</p><p class="small">{dated}{}{press}</p></li>"#,
            p.party.key(),
            v.verdict.key(),
            escape(loc.party(p.party)),
            loc.t(Text::Colon),
            escape(loc.verdict(v.verdict)),
            escape(&loc.reasons(&v.reasons)),
            loc.t(Text::FullStop),
            p.sources.first().map(|id| cite(loc, id)).unwrap_or_default(),
        );
    }
    out.push_str("</ul>");
    out
}

/// Where the figures come from, and what no source says (one click away: the verdicts cite
/// theirs in view), how far the record runs, and the way into the full explorer.
pub fn footer(c: &Card<'_>) -> String {
    let loc = c.locale;
    let (a, r) = (&c.evaluation.area, &c.evaluation.residents);
    let cites = |ids: &[&str]| ids.iter().map(|id| cite(loc, id)).collect::<Vec<_>>().join(" ");
    // What no source says, for a divided island's residents.
    let divided = if r.on_divided_island > 0 {
        format!(" {}{}", escape(loc.t(Text::DividedNote)), loc.t(Text::FullStop))
    } else {
        String::new()
    };
    format!(
        r#"<footer class="card-footer"><details class="card-sources small"><summary>{}</summary><p>{} {}{}{} {}{}{} {}{}{divided}</p></details><p class="small record-ends">{}</p><p class="card-links"><a class="card-full" href="{}" target="_blank" rel="noopener">{}</a> · {}</p></footer>"#,
        escape(loc.t(Text::CardSources)),
        escape(loc.t(Text::AreasSource)),
        cite(loc, a.source),
        loc.t(Text::SentenceBreak),
        escape(&loc.fill(Text::ResidentsSource, &[("date", &loc.date(r.date))])),
        cites(&r.sources),
        loc.t(Text::SentenceBreak),
        escape(loc.t(Text::Residents1945Source)),
        cites(&r.former.sources),
        loc.t(Text::FullStop),
        escape(&loc.fill(Text::RecordRunsTo, &[("date", &loc.date(RECORD_ENDS))])),
        escape(c.full_address),
        escape(loc.t(Text::ViewFull)),
        escape(loc.t(Text::EmbedCredit)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Naming};
    use crate::model::evaluation::evaluate;

    fn card_for(link: &str, lang: Lang) -> String {
        let s = crate::model::link::decode(link).unwrap();
        let e = evaluate(&s, Date::ymd(2026, 3, 1));
        card_html(&Card {
            evaluation: &e,
            locale: Locale::new(lang, Naming::Both),
            full_address: "https://x.org/?s=1&lang=en",
        })
    }

    #[test]
    fn the_card_says_the_scenario_its_figures_and_both_verdicts() {
        let html = card_for("1-JJRR-t", Lang::En);
        for part in [
            "<h2 class=\"card-title\">Two islands (1956 Joint Declaration)</h2>",
            "Japanese (Habomai / Khabomai, Shikotan)",
            "Russian (Kunashiri / Kunashir, Etorofu / Iturup)",
            "<dd id=\"land-japan\">342.5\u{a0}km²<span class=\"share\">6.9 %</span></dd>",
            "<dd id=\"residents-changing\">3,772 of 18,403</dd>",
            "<dd id=\"residents-1945\">6,319 of 17,291</dd>",
            "Positions as of 2026-03-01",
            "data-party=\"japan\" data-verdict=\"conflicts\"",
            "data-party=\"russia\" data-verdict=\"conflicts\"",
            "<a class=\"cite\" href=\"https://www.interfax.ru/",
            "The record runs to 2026-02-20",
            "href=\"https://x.org/?s=1&amp;lang=en\"",
        ] {
            assert!(html.contains(part), "{part} missing from {html}");
        }
        // Both verdicts have the same parts, whichever side.
        let shape = |party: &str| {
            let item = html.split(&format!("data-party=\"{party}\"")).nth(1).unwrap().split("</li>").next().unwrap();
            item.matches("<p").count()
        };
        assert_eq!(shape("japan"), shape("russia"));
    }

    #[test]
    fn a_divided_island_shows_both_patterns_and_what_is_not_known() {
        let html = card_for("1-JJJS21-t", Lang::Ru);
        assert!(html.contains("Разделён"), "{html}");
        assert!(html.contains("url(#fill-japanese)") && html.contains("url(#fill-russian)"));
        assert!(html.contains(Locale::new(Lang::Ru, Naming::Both).t(Text::DividedNote)), "{html}");
    }

    #[test]
    fn the_card_speaks_the_readers_language() {
        let html = card_for("1-JJJJ-t", Lang::Ja);
        assert!(html.contains("日本（四島すべて）"), "{html}");
        assert!(html.contains("2026年3月1日時点の立場"), "{html}");
        assert!(html.contains(Locale::new(Lang::Ja, Naming::Both).t(Text::ViewFull)));
    }
}
