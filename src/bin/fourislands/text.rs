//! Plain-text output for people at a terminal.

use four_islands::i18n::{Locale, Text};
use four_islands::model::catalog::{MAP, PRESETS, Party, Preset, RECORD_ENDS};
use four_islands::model::evaluation::Evaluation;
use four_islands::model::sea::sea_split;
use four_islands::model::format::thousands;
use four_islands::model::link;
use four_islands::model::evaluation::japan_area_share;
use four_islands::model::negotiation::{Analysis, Outcome, Space, Valuations};
use four_islands::model::negotiation::sensitivity::{Variation, sensitivity};
use four_islands::source_data::{self, Data, validate};
use four_islands::{IslandId, Scenario, Timing};
use std::fmt::Write;

pub fn presets() -> String {
    let en = Locale::ENGLISH;
    let mut out = String::new();
    let width = PRESETS.iter().map(|p| p.id.len()).max().unwrap_or(0);
    for p in &PRESETS {
        let _ = writeln!(out, "{:width$}  {:24}  {}", p.id, link::encode(&p.scenario), en.text(&p.texts.title));
        let _ = writeln!(out, "{:width$}  {:24}  {}", "", "", en.text(&p.texts.description));
        let _ = writeln!(
            out,
            "{:width$}  {:24}  proposed or discussed by: {} [{}]",
            "",
            "",
            Locale::ENGLISH.local(&p.proposed_by),
            p.sources.join(", ")
        );
        if let Some(why) = &p.retired {
            let _ = writeln!(out, "{:width$}  {:24}  {}", "", "", Locale::ENGLISH.text(why));
        }
    }
    out
}

pub fn evaluation(s: &Scenario, preset: Option<&Preset>, e: &Evaluation) -> String {
    let mut out = String::new();
    scenario_lines(&mut out, s, preset);
    land_lines(&mut out, e);
    sea_lines(&mut out, s);
    resident_lines(&mut out, e);
    stance_lines(&mut out, e);
    position_lines(&mut out, e);
    poll_lines(&mut out, e);
    opinion_lines(&mut out, e);
    out
}

/// The scenario: its title and link, each island's status, the treaty, the timing, the terms.
fn scenario_lines(out: &mut String, s: &Scenario, preset: Option<&Preset>) {
    let en = Locale::ENGLISH;
    let title = preset.map_or_else(|| en.t(Text::CustomTitle).to_owned(), |p| en.text(&p.texts.title));
    let _ = writeln!(out, "{title}  (link {})", link::encode(s));
    for island in IslandId::ALL {
        let _ = writeln!(out, "  {:20} {}", en.island(island), s.status(island));
    }
    let timing = match s.timing {
        Timing::AtSignature => "at signature".to_owned(),
        Timing::Phased { years } => format!("phased over {years} years"),
    };
    let terms = s.terms.names();
    let _ = writeln!(
        out,
        "  peace treaty: {}; {timing}; terms: {}",
        if s.peace_treaty { "yes" } else { "no" },
        if terms.is_empty() { "none".to_owned() } else { terms.join(", ") }
    );
}

/// Land under each side, with the joint part.
fn land_lines(out: &mut String, e: &Evaluation) {
    let a = &e.area;
    let _ = writeln!(out, "\nLand [{}]", a.source);
    let _ = writeln!(out, "  Japan   {:>8} km²  {:>5.1} %", thousands(a.japan_km2), a.japan_share * 100.0);
    let _ = writeln!(out, "  Russia  {:>8} km²  {:>5.1} %", thousands(a.russia_km2), (1.0 - a.japan_share) * 100.0);
    if a.joint_km2 > 0.0 {
        let _ = writeln!(
            out,
            "  (of which {} km² under joint administration, counted half to each)",
            thousands(a.joint_km2)
        );
    }
}

/// The sea each side's islands carry, a model.
fn sea_lines(out: &mut String, s: &Scenario) {
    let sea = sea_split(s);
    let _ = writeln!(out, "\nSea within 200 nm (a model: equidistance from the map's coastlines) [{}]", MAP.source);
    for (side, b) in [("Japan ", sea.japan), ("Russia", sea.russia), ("joint ", sea.joint)] {
        if b.total() > 0.0 || side != "joint " {
            let _ = writeln!(
                out,
                "  {side}  {:>8} km²  (territorial sea {} km², zone beyond {} km²)",
                thousands(b.total().round()),
                thousands(b.territorial.round()),
                thousands(b.zone.round())
            );
        }
    }
    let _ = writeln!(
        out,
        "  change for Japan from the status quo: {} km² ({:.1} % of {} km²)",
        thousands(sea.japan_change_km2.round()),
        sea.japan_share * 100.0,
        thousands(sea.total.total().round())
    );
}

/// Today's residents and those of 1945 of the islands that change jurisdiction.
fn resident_lines(out: &mut String, e: &Evaluation) {
    let r = &e.residents;
    let _ = writeln!(out, "\nResidents (Russian estimates of {}) [{}]", r.date, r.sources.join(", "));
    let _ = writeln!(
        out,
        "  changing jurisdiction: {} of {} ({} at signature)",
        thousands(f64::from(r.changing)),
        thousands(f64::from(r.total)),
        thousands(f64::from(r.changing_at_signature))
    );
    if r.on_divided_island > 0 {
        let _ = writeln!(out, "  on divided Etorofu (part unknown): {}", thousands(f64::from(r.on_divided_island)));
    }

    let f = &r.former;
    let _ = writeln!(
        out,
        "  Japanese residents in 1945 of the islands changing jurisdiction: {} of {} [{}]",
        thousands(f64::from(f.changing)),
        thousands(f64::from(f.total)),
        f.sources.join(", ")
    );
    if f.on_divided_island > 0 {
        let _ = writeln!(out, "    of divided Etorofu (part unknown): {}", thousands(f64::from(f.on_divided_island)));
    }
}

/// Where the scenario and each stated position stand in Japan's share of the land.
fn stance_lines(out: &mut String, e: &Evaluation) {
    let _ = writeln!(out, "\nJapan's share of the land: this scenario {:.1} %", e.area.japan_share * 100.0);
    let _ = writeln!(out, "  where each side's stated positions stand (the settlement each names):");
    for stance in &e.stances {
        let p = stance.position;
        let share = stance.japan_share.map_or("   none".to_owned(), |x| format!("{:>5.1} %", x * 100.0));
        let _ = writeln!(
            out,
            "  {:7} {share}  {} ({}){}",
            if p.party == Party::Japan { "Japan" } else { "Russia" },
            p.id,
            p.date,
            if stance.in_force { ", in force" } else { "" }
        );
    }
}

/// Each government's position in force, and how it judges the scenario.
fn position_lines(out: &mut String, e: &Evaluation) {
    let en = Locale::ENGLISH;
    let _ = writeln!(out, "\nStated positions in force on {} (the record runs to {})", e.as_of, RECORD_ENDS);
    for v in &e.positions {
        let p = v.position;
        let party = match p.party {
            Party::Japan => "Japan",
            Party::Russia => "Russia",
        };
        let _ = writeln!(out, "  {party:7} {}: {}", v.verdict.key(), Locale::ENGLISH.reasons(&v.reasons));
        let _ = writeln!(out, "          {} ({}) [{}]", en.text(&p.texts.speaker), p.date, p.sources.join(", "));
        if let Some(q) = &p.quote {
            let _ = writeln!(out, "          “{}”", Locale::ENGLISH.local(&q.text));
        }
    }
}

/// The polls with an answer that describes the scenario.
fn poll_lines(out: &mut String, e: &Evaluation) {
    let polls = e.polls();
    if !polls.is_empty() {
        let _ = writeln!(out, "\nPolls with an answer describing this settlement");
        for m in &polls {
            let sample = m.poll.sample.map_or(String::new(), |n| format!(", n = {}", thousands(f64::from(n))));
            let _ = writeln!(
                out,
                "  {}, {} to {}{sample} [{}]",
                m.poll.pollster,
                m.poll.field_start,
                m.poll.field_end,
                m.poll.sources.join(", ")
            );
            let _ = writeln!(out, "    {}", Locale::ENGLISH.text(&m.question.wording));
            for (i, o) in m.question.options.iter().enumerate() {
                let mark = if m.matching.contains(&i) { '>' } else { ' ' };
                let _ = writeln!(out, "   {mark} {:>5.1} %  {}", o.percent, Locale::ENGLISH.text(&o.label));
            }
        }
    }
}

/// The opinions about this kind of settlement.
fn opinion_lines(out: &mut String, e: &Evaluation) {
    let en = Locale::ENGLISH;
    let opinions = e.opinions();
    if !opinions.is_empty() {
        let _ = writeln!(out, "\nOpinions on this kind of settlement (opinion, not fact)");
        for o in &opinions {
            let _ = writeln!(out, "  {}, {} ({}) [{}]", en.text(&o.texts.author), en.text(&o.texts.role), o.date, o.source);
            let _ =
                writeln!(out, "    {}", o.quote.as_ref().map_or(en.text(&o.texts.paraphrase), |q| format!("“{}”", Locale::ENGLISH.local(&q.text))));
        }
    }
}

pub fn data_summary(data: &Data) -> String {
    let mut out = String::from("data/ is valid.\n");
    let polls = &data.polls.poll;
    let questions: usize = polls.iter().map(|p| p.question.len()).sum();
    for (what, n) in [
        ("sources", data.sources.source.len()),
        ("islands", data.islands.island.len()),
        ("documents and events", data.documents.document.len()),
        ("stated positions", data.positions.position.len()),
        ("polls", polls.len()),
        ("poll questions", questions),
        ("opinions", data.opinions.opinion.len()),
        ("presets", data.presets.preset.len()),
        ("  of them no longer offered", data.presets.preset.iter().filter(|p| p.retired.is_some()).count()),
        ("precedents cited for these islands", data.presets.precedent.len()),
    ] {
        let _ = writeln!(out, "  {n:4} {what}");
    }
    let _ = writeln!(out, "  the record runs to {}", source_data::record_ends(data));
    out.push_str(&source_data::balance::balance(data).table());
    let total: f64 = data.islands.island.iter().map(|i| i.area.value).sum();
    let _ = writeln!(out, "  total land area {} km² (canonical figures)", thousands(total));
    let flags = validate::disagreements(data);
    if !flags.is_empty() {
        let _ =
            writeln!(out, "Sources that disagree by more than {:.0} % (all recorded):", validate::DISAGREEMENT * 100.0);
        for f in flags {
            let _ = writeln!(out, "  {f}");
        }
    }
    out
}

/// The negotiation analysis, for people: each singled-out scenario with its values and link.
pub fn analysis(v: &Valuations, a: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Negotiation analysis: a model of these assumptions, not a forecast ({})", v.encode());
    let _ = writeln!(
        out,
        "Values in % of all four islands to each side; no agreement = 0 for both.\n{} scenarios, {} on the Pareto frontier.",
        thousands(a.size as f64),
        a.frontier.len()
    );
    let line = |out: &mut String, name: &str, o: &Outcome| {
        let _ = writeln!(
            out,
            "  {name:<22} Japan {:>+7.1} %  Russia {:>+7.1} %  {}",
            f64::from(o.point.japan) / 10.0,
            f64::from(o.point.russia) / 10.0,
            link::encode(&o.scenario)
        );
    };
    match &a.nash {
        Some(o) => line(&mut out, "Nash", o),
        None => out.push_str("  Nash: none; no scenario leaves both sides better off than no agreement\n"),
    }
    if let Some(o) = &a.kalai_smorodinsky {
        line(&mut out, "Kalai-Smorodinsky", o);
    }
    for (i, d) in a.draws.iter().enumerate() {
        line(
            &mut out,
            &format!("Equal concession {} ({:.0}/{:.0} %)", i + 1, d.concession_japan * 100.0, d.concession_russia * 100.0),
            &d.outcome,
        );
    }
    let _ = writeln!(out, "\nWhere the marked points go when one assumption changes (Japan's share of the land):");
    let share = |o: &Option<Outcome>| o.as_ref().map_or("none".to_owned(), |o| format!("{:.1} %", japan_area_share(&o.scenario) * 100.0));
    for m in sensitivity(v, &Space::full()) {
        let _ = writeln!(
            out,
            "  {:<34} Nash {:<8} Kalai-Smorodinsky {:<8} equal concession {}",
            variation_text(m.variation),
            share(&m.nash),
            share(&m.kalai_smorodinsky),
            share(&m.equal_concession)
        );
    }
    out
}

fn variation_text(v: Variation) -> &'static str {
    match v {
        Variation::AsSet => "as set",
        Variation::TreatyBoth => "a treaty worth +20 % to both",
        Variation::TreatyJapan => "a treaty worth +20 % to Japan only",
        Variation::TreatyRussia => "a treaty worth +20 % to Russia only",
        Variation::ByResidents => "islands weighed by residents",
        Variation::Equally => "islands weighed equally",
        Variation::NoDiscount => "no discount for delay",
        Variation::HighDiscount => "10 % a year discount",
    }
}
