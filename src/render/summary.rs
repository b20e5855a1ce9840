//! A scenario's key facts as static HTML: what a reader sees before the explorer starts, with
//! scripts blocked, in a link preview or on paper.

use super::escape::escape;
use super::map_svg::{legend, map_svg, swatch};
use crate::i18n::{Locale, Text};
use crate::model::past;
use crate::model::sea::{rounded, sea_split};
use crate::model::catalog;
use crate::model::evaluation::Evaluation;
use crate::model::format::{percent, thousands};
use crate::model::scenario::Scenario;
use std::fmt::Write;

/// What the static page says about the scenario it shows.
pub struct Heading<'a> {
    pub title: &'a str,
    pub description: &'a str,
}

pub fn summary_html(s: &Scenario, e: &Evaluation, heading: &Heading<'_>) -> String {
    let en = Locale::ENGLISH;
    let mut out = String::from(r#"<article class="static-summary panel">"#);
    let _ = write!(out, "<h2>{}</h2><p>{}</p>", escape(heading.title), escape(heading.description));
    // The preset this page shows, if it is one: a retired one says so, and each names the
    // precedents someone cited for these islands.
    let preset = catalog::PRESETS.iter().find(|p| p.scenario == *s && en.text(&p.texts.title) == heading.title);
    if let Some(why) = preset.and_then(|p| p.retired.as_ref()) {
        let _ = write!(out, r#"<p class="retired">{}</p>"#, escape(&english(why)));
    }
    let _ = write!(out, r#"<figure class="map">{}<ul class="legend">"#, map_svg(s, en));
    for (fill, label) in legend(en) {
        let _ = write!(out, "<li>{}{}</li>", swatch(fill), escape(label));
    }
    out.push_str("</ul></figure>");
    figures_html(&mut out, e);
    sea_html(&mut out, s);
    positions_html(&mut out, e);
    out.push_str(&past_html());
    let _ = write!(
        out,
        r#"<p class="small record-ends">Positions as of {}. The record runs to {}: statements and events after that date are not in it.</p>"#,
        e.as_of,
        catalog::RECORD_ENDS
    );
    if let Some(p) = preset {
        precedents_html(&mut out, p);
    }
    later_html(&mut out);
    let _ = write!(
        out,
        r#"<p class="small">Areas: {}. Residents: {}. Map: {} ({}).</p>"#,
        cite(e.area.source),
        cite(e.residents.sources[0]),
        escape(catalog::MAP.attribution),
        escape(catalog::MAP.licence)
    );
    out.push_str("</article>");
    out
}

/// Land and residents for each side.
fn figures_html(out: &mut String, e: &Evaluation) {
    let en = Locale::ENGLISH;
    let of = |changing: u32, total: u32| {
        en.fill(Text::ResidentsOf, &[("changing", &thousands(f64::from(changing))), ("total", &thousands(f64::from(total)))])
    };
    let (a, r) = (&e.area, &e.residents);
    let _ = write!(
        out,
        r#"<dl class="figures"><div><dt>{}</dt><dd id="land-japan">{} km²<span class="share">{}</span></dd></div><div><dt>{}</dt><dd id="land-russia">{} km²<span class="share">{}</span></dd></div><div><dt>{}</dt><dd id="residents-changing">{}</dd></div><div><dt>{}</dt><dd id="residents-1945">{}</dd></div></dl>"#,
        en.t(Text::Japan),
        thousands(a.japan_km2),
        percent(a.japan_share),
        en.t(Text::Russia),
        thousands(a.russia_km2),
        percent(1.0 - a.japan_share),
        en.t(Text::ResidentsChanging),
        of(r.changing, r.total),
        en.t(Text::FormerResidents),
        of(r.former.changing, r.former.total),
    );
}

/// Where the scenario and each position in force stand, and each position's verdict.
fn positions_html(out: &mut String, e: &Evaluation) {
    let en = Locale::ENGLISH;
    let stands: Vec<String> = e
        .stances
        .iter()
        .filter(|s| s.in_force)
        .map(|s| match s.japan_share {
            Some(share) => format!("{}'s position in force names a settlement that gives Japan {} of the land", party_name(s.position.party), percent(share)),
            None => format!("{}'s position in force names no settlement", party_name(s.position.party)),
        })
        .collect();
    let _ = write!(out, "<p>Japan's share of the land in this scenario: {}.", percent(e.area.japan_share));
    for line in stands {
        let _ = write!(out, " {line}.");
    }
    out.push_str("</p>");
    out.push_str(r#"<ul class="verdicts">"#);
    for v in &e.positions {
        let p = v.position;
        let party = party_name(p.party);
        let _ = write!(
            out,
            r#"<li data-party="{}" data-verdict="{}"><strong>{party}</strong> ({}, as of {}): {}. {}</li>"#,
            p.party.key(),
            v.verdict.key(),
            escape(&en.text(&p.texts.speaker)),
            e.as_of,
            escape(&en.reasons(&v.reasons)),
            p.sources.iter().map(|id| cite(id)).collect::<Vec<_>>().join(" ")
        );
    }
    out.push_str("</ul>");
}

/// The settlements elsewhere that the preset follows, and who cited them for these islands.
fn precedents_html(out: &mut String, p: &catalog::Preset) {
    for q in catalog::precedents(p) {
        let cited: Vec<String> =
            q.cited.iter().map(|c| format!("{} ({}) {}", escape(&english(&c.by)), c.date, cite(c.source))).collect();
        let _ = write!(
            out,
            r#"<p class="small precedent">Precedent: <strong>{}</strong>. {} {} Cited for these islands by: {}.</p>"#,
            escape(&english(&q.title)),
            escape(&english(&q.terms)),
            q.sources.iter().map(|id| cite(id)).collect::<Vec<_>>().join(" "),
            cited.join("; ")
        );
    }
}

/// The later counts of residents, and how many of 1945's are alive.
fn later_html(out: &mut String) {
    let later = catalog::REGION
        .residents_later
        .iter()
        .map(|f| format!("{} residents on {} {} {}", thousands(f.value), f.date, escape(&english(&f.scope)), cites(f.sources)))
        .chain(catalog::REGION.former_residents_alive.iter().map(|f| {
            format!("of the Japanese residents of 1945, {} alive ({}): {} {}", thousands(f.value), f.date, escape(&english(&f.scope)), cites(f.sources))
        }))
        .collect::<Vec<_>>();
    if !later.is_empty() {
        let _ = write!(out, r#"<p class="small">Later counts: {}.</p>"#, later.join("; "));
    }
}

/// The sea the scenario decides, as a table, with the rule and what the model leaves out.
fn sea_html(out: &mut String, s: &Scenario) {
    let sea = sea_split(s);
    let km2 = |x: f64| format!("{} km²", thousands(rounded(x)));
    let en = |text| Locale::ENGLISH.t(text);
    let _ = write!(
        out,
        r#"<section class="sea"><h3>{}</h3><table class="sea-table"><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        escape(en(Text::SeaHeading)),
        escape(en(Text::SeaCaption)),
        escape(en(Text::SeaColSide)),
        escape(en(Text::SeaColTerritorial)),
        escape(en(Text::SeaColZone)),
        escape(en(Text::SeaColTotal)),
        escape(en(Text::SeaColChange)),
    );
    let change = |x: f64| {
        let r = rounded(x);
        format!("{}{}", if r > 0.0 { "+" } else if r < 0.0 { "−" } else { "±" }, km2(r.abs()))
    };
    for (side, label, b, delta) in [
        ("japan", en(Text::Japan), sea.japan, Some(sea.japan_change_km2)),
        ("russia", en(Text::Russia), sea.russia, Some(-sea.japan_change_km2)),
        ("joint", en(Text::SeaJointRow), sea.joint, None),
        ("all", en(Text::SeaAll), sea.total, None),
    ] {
        if side == "joint" && b.total() == 0.0 {
            continue;
        }
        let _ = write!(
            out,
            r#"<tr data-side="{side}"><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            escape(label),
            km2(b.territorial),
            km2(b.zone),
            km2(b.total()),
            delta.map(change).unwrap_or_default()
        );
    }
    let _ = write!(
        out,
        r#"</tbody></table><p class="small">{}</p><p>{}</p><p>{} {} {}</p></section>"#,
        escape(en(Text::SeaTableNote)),
        escape(en(Text::SeaRule)),
        escape(en(Text::SeaCaveat)),
        cite(catalog::MAP.source),
        cite("lighthouse-kaigara")
    );
}

/// The borders of the past in words, each with its sources: the interactive timeline shows
/// each on a map of the whole Kuril chain.
pub fn past_html() -> String {
    let mut out = format!(r#"<section class="past-borders"><h3>{}</h3><ul>"#, escape(Locale::ENGLISH.t(Text::PastHeading)));
    for b in &past::PAST {
        let Some(d) = catalog::DOCUMENTS.iter().find(|d| d.id == b.document) else { continue };
        let _ = write!(
            out,
            "<li><strong>{} ({})</strong>: {} {}</li>",
            escape(&english(&d.texts.title)),
            d.date,
            escape(&english(&b.caption)),
            cites(b.sources)
        );
    }
    let _ = write!(out, "</ul><p class=\"small\">{}</p></section>", escape(Locale::ENGLISH.t(Text::PastNote)));
    out
}

/// A data text in English with both sides' names, as the static pages speak.
fn english(text: &catalog::Localized) -> String {
    Locale::ENGLISH.text(text)
}

fn cites(ids: &[&str]) -> String {
    ids.iter().map(|id| cite(id)).collect::<Vec<_>>().join(" ")
}

fn party_name(p: catalog::Party) -> &'static str {
    Locale::ENGLISH.party(p)
}

fn cite(id: &str) -> String {
    match catalog::source(id) {
        Some(s) => format!(
            r#"<a class="cite" href="{}" rel="noopener noreferrer">{}, {}</a>"#,
            escape(Locale::ENGLISH.local(&s.url)),
            escape(Locale::ENGLISH.local(&s.publisher)),
            s.date.map_or_else(|| "n.d.".to_owned(), |d| d.to_string())
        ),
        None => escape(id),
    }
}
