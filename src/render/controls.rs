//! The full page's controls as strings: the language and names, the presets, each island's
//! status and the terms, and the notice about the address. Each control carries the id (or,
//! for a preset, `data-preset`; for an island's number, its row's `data-island`) by which
//! `ui::plain_page` reads what the reader chose. The values shown are those of the view, so a
//! number the page clamped reads as the page uses it.

use super::cite::cite;
use super::escape::escape;
use crate::i18n::{BRAND, Lang, Locale, Naming, Text};
use crate::model::address::Problem;
use crate::model::catalog::{self, Preset};
use crate::model::island::IslandId;
use crate::model::scenario::{MAX_YEARS, Status, StatusKind, Term, Timing};
use crate::model::view::View;
use std::fmt::Write;

/// The place in the timeline the fishing-rights term links to.
pub const FISHING_ANCHOR: &str = "fishing-agreements";

/// ` selected`, ` checked` or ` disabled` where `on`.
fn flag(name: &str, on: bool) -> String {
    if on { format!(" {name}") } else { String::new() }
}

/// The page's heading, with the language and names to read it in.
pub fn masthead(loc: Locale) -> String {
    let mut langs = String::new();
    for l in Lang::ALL {
        let _ = write!(langs, r#"<option value="{0}" lang="{0}"{1}>{2}</option>"#, l.code(), flag("selected", l == loc.lang), escape(l.native_name()));
    }
    let mut namings = String::new();
    for n in Naming::ALL {
        let _ = write!(namings, r#"<option value="{}"{}>{}</option>"#, n.code(), flag("selected", n == loc.naming), escape(loc.naming(n)));
    }
    format!(
        r#"<header class="masthead"><div class="masthead-row"><h1>{BRAND}<span class="region">{}</span></h1><div class="settings"><label>{} <select id="language">{langs}</select></label><label>{} <select id="naming">{namings}</select></label></div></div><p class="tagline">{}</p></header>"#,
        escape(&loc.region()),
        escape(loc.t(Text::Language)),
        escape(loc.t(Text::Naming)),
        escape(loc.t(Text::Tagline))
    )
}

/// What the address asked for that the page could not use, worded in the reader's language,
/// with the button that dismisses it; nothing when there is none.
pub fn notice(loc: Locale, problems: &[Problem]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let lines: String = problems.iter().map(|p| format!("<p>{}</p>", escape(&loc.problem(p)))).collect();
    format!(
        r#"<div class="notice" role="alert"><div>{lines}</div><button type="button">{}</button></div>"#,
        escape(loc.t(Text::Dismiss))
    )
}

/// The ready-made scenarios, each a button that says whether it is the view, and what the one
/// shown is: its description and who proposed it, why a retired one no longer is offered, or
/// that the scenario is the reader's own.
pub fn preset_picker(loc: Locale, view: &View) -> String {
    let current = view.preset();
    let mut out = format!(
        r#"<section class="panel presets"><h2>{}</h2><div class="preset-list" role="group" aria-label="{}">"#,
        escape(loc.t(Text::PresetsHeading)),
        escape(loc.t(Text::PresetsGroup))
    );
    for p in catalog::offered_presets() {
        let _ = write!(
            out,
            r#"<button type="button" class="preset" data-preset="{}" title="{}" aria-pressed="{}">{}</button>"#,
            escape(p.id),
            escape(&loc.text(&p.texts.description)),
            current.is_some_and(|c| c.id == p.id),
            escape(&loc.text(&p.texts.title))
        );
    }
    out.push_str(r#"</div><div class="preset-about">"#);
    if let Some(p) = current {
        let _ = write!(
            out,
            r#"<p>{}</p><p class="small">{} {}{}{}</p>"#,
            escape(&loc.text(&p.texts.description)),
            escape(loc.t(Text::ProposedBy)),
            escape(&loc.text(&p.proposed_by)),
            escape(loc.t(Text::SentenceBreak)),
            sources(loc, p)
        );
    } else if let Some(p) = view.retired_preset() {
        let _ = write!(out, "<p>{}</p>", escape(&loc.fill(Text::PresetRetired, &[("title", &loc.text(&p.texts.title))])));
        if let Some(why) = &p.retired {
            let _ = write!(out, r#"<p class="small retired">{} {}</p>"#, escape(&loc.text(why)), sources(loc, p));
        }
    } else {
        let _ = write!(out, "<p>{}</p>", escape(loc.t(Text::CustomScenario)));
    }
    out.push_str("</div></section>");
    out
}

/// A preset's sources, separated by semicolons.
fn sources(loc: Locale, p: &Preset) -> String {
    p.sources.iter().map(|id| cite(loc, id)).collect::<Vec<_>>().join("; ")
}

/// What happens to each island: a status, and its number of years or share where it has one.
pub fn island_controls(loc: Locale, view: &View) -> String {
    let mut out = format!(r#"<section class="panel islands"><h2>{}</h2>"#, escape(loc.t(Text::IslandsHeading)));
    for id in IslandId::ALL {
        island_row(&mut out, loc, id, view.scenario.status(id));
    }
    out.push_str("</section>");
    out
}

fn island_row(out: &mut String, loc: Locale, id: IslandId, status: Status) {
    let key = id.key();
    let _ = write!(
        out,
        r#"<div class="island-row" data-island="{key}"><label for="status-{key}"><span class="island-name">{}</span><span class="small"> {} {}</span></label><select id="status-{key}">"#,
        escape(&loc.island(id)),
        escape(&loc.number(catalog::island(id).area.value)),
        escape(loc.t(Text::UnitKm2))
    );
    for kind in StatusKind::ALL.into_iter().filter(|k| k.allowed_on(id)) {
        let _ = write!(out, r#"<option value="{}"{}>{}</option>"#, kind.key(), flag("selected", status.kind() == kind), escape(loc.status_kind(kind)));
    }
    out.push_str("</select>");
    if let Some((value, max)) = status.number() {
        // The years of an administration or a lease, or Japan's share of a divided Etorofu
        // (with a slider as well as a box).
        let split = status.kind() == StatusKind::Split;
        out.push_str(r#"<label class="number">"#);
        if split {
            let _ = write!(
                out,
                r#"<input type="range" min="1" max="{max}" value="{value}" aria-label="{}">"#,
                escape(&loc.fill(Text::ShareToJapan, &[("island", &loc.island(id))]))
            );
        }
        let unit = if split { loc.with_names(loc.t(Text::SplitUnit)) } else { loc.years_word(value.into()).to_owned() };
        let _ = write!(out, r#"<input type="number" min="1" max="{max}" value="{value}"><span> {}</span></label>"#, escape(&unit));
    }
    out.push_str("</div>");
}

/// The peace treaty, the timing, and the optional terms of a settlement (the fishing-rights
/// term with its link to the timeline).
pub fn terms_controls(loc: Locale, view: &View) -> String {
    let s = &view.scenario;
    let phased = s.timing.phased_years();
    let years = phased.unwrap_or(Timing::DEFAULT_PHASED_YEARS);
    let check = |id: &str, on: bool, label: &str| {
        format!(r#"<label class="check"><input type="checkbox" id="{id}"{}><span>{}</span></label>"#, flag("checked", on), escape(label))
    };
    let mut out = format!(
        r#"<section class="panel terms"><h2>{}</h2>{}<div class="stages">{}<input type="number" id="phased-years" min="1" max="{MAX_YEARS}" value="{years}"{} aria-label="{}"> {}</div><fieldset><legend>{}</legend>"#,
        escape(loc.t(Text::TermsHeading)),
        check("peace-treaty", s.peace_treaty, loc.t(Text::PeaceTreaty)),
        check("phased", phased.is_some(), loc.t(Text::Stages)),
        flag("disabled", phased.is_none()),
        escape(loc.t(Text::StagesYears)),
        escape(loc.years_word(years.into())),
        escape(loc.t(Text::OtherTerms))
    );
    for term in Term::ALL {
        out.push_str(&check(&format!("term-{}", term.key()), s.terms.get(term), loc.term(term)));
        if term == Term::FishingRights {
            let _ = write!(out, r##"<a class="term-link" href="#{FISHING_ANCHOR}">{}</a>"##, escape(loc.t(Text::FishingLink)));
        }
    }
    out.push_str("</fieldset></section>");
    out
}
