//! JSON output: the stable, scriptable form of what the core computes.

use four_islands::i18n::{Lang, Locale, Naming, Text};
use four_islands::model::sea::{Belt, Holder, SEA, holder, sea_split};
use four_islands::model::catalog::{self, Opinion, PRESETS, Preset, Quote};
use four_islands::model::evaluation::{Evaluation, PollMatch, PositionVerdict};
use four_islands::model::link;
use four_islands::model::evaluation::japan_area_share;
use four_islands::model::negotiation::{Analysis, Outcome, Space, Valuations};
use four_islands::model::negotiation::sensitivity::{Variation, sensitivity};
use four_islands::{IslandId, Scenario, Timing};
use serde_json::{Value, json};

pub fn presets() -> String {
    let list: Vec<Value> = PRESETS
        .iter()
        .map(|p| {
            json!({
                "id": p.id,
                "title": english(&p.texts.title),
                "description": english(&p.texts.description),
                "proposed_by": Locale::ENGLISH.local(&p.proposed_by),
                "link": link::encode(&p.scenario),
                "sources": p.sources.iter().map(|s| source(s)).collect::<Vec<_>>(),
                "precedents": catalog::precedents(p).iter().map(|q| q.id).collect::<Vec<_>>(),
                "retired": p.retired.as_ref().map(english),
            })
        })
        .collect();
    pretty(&Value::Array(list))
}

pub fn evaluation(s: &Scenario, preset: Option<&Preset>, e: &Evaluation) -> String {
    let (polls, opinions) = (e.polls(), e.opinions());
    let mut cited: Vec<&'static str> = vec![e.area.source, catalog::MAP.source, "lighthouse-kaigara"];
    cited.extend(&e.residents.sources);
    cited.extend(&e.residents.former.sources);
    cited.extend(e.positions.iter().flat_map(|v| v.position.sources));
    cited.extend(polls.iter().flat_map(|m| m.poll.sources));
    cited.extend(opinions.iter().map(|o| o.source));
    cited.sort_unstable();
    cited.dedup();
    let value = json!({
        "link": link::encode(s),
        "preset": preset.map(|p| p.id),
        "as_of": e.as_of.to_string(),
        // How far the record runs: a reader later than this cannot see what came after.
        "record_ends": catalog::RECORD_ENDS.to_string(),
        "scenario": {
            "islands": IslandId::ALL.iter().map(|&i| (i.key().to_owned(), json!(s.status(i).to_string()))).collect::<serde_json::Map<_, _>>(),
            "peace_treaty": s.peace_treaty,
            "phased_years": match s.timing { Timing::Phased { years } => json!(years), Timing::AtSignature => Value::Null },
            "terms": s.terms.names(),
        },
        "area": {
            "japan_km2": round(e.area.japan_km2, 2),
            "russia_km2": round(e.area.russia_km2, 2),
            "joint_km2": round(e.area.joint_km2, 2),
            "total_km2": round(e.area.total_km2, 2),
            "japan_share": round(e.area.japan_share, 4),
            "source": e.area.source,
        },
        "sea": sea(s),
        "residents_changing": e.residents.changing,
        "residents": residents(e),
        "stances": e.stances.iter().map(|s| json!({
            "party": s.position.party.key(),
            "id": s.position.id,
            "date": s.position.date.to_string(),
            "japan_share": s.japan_share.map(|x| round(x, 4)),
            "in_force": s.in_force,
        })).collect::<Vec<_>>(),
        "positions": e.positions.iter().map(verdict).collect::<Vec<_>>(),
        "position_timeline": four_islands::model::evaluation::position_timeline(s).iter().map(verdict).collect::<Vec<_>>(),
        "polls": polls.iter().map(poll).collect::<Vec<_>>(),
        "opinions": opinions.iter().map(|o| opinion(o)).collect::<Vec<_>>(),
        "sources": cited.iter().map(|s| source(s)).collect::<Vec<_>>(),
    });
    pretty(&value)
}

/// Today's residents and those of 1945 of the islands that change jurisdiction, with the
/// later counts and how many of the 1945 residents are alive.
fn residents(e: &Evaluation) -> Value {
    let (r, f) = (&e.residents, &e.residents.former);
    json!({
        "changing": r.changing,
        "changing_at_signature": r.changing_at_signature,
        "on_divided_island": r.on_divided_island,
        "total": r.total,
        "date": r.date.to_string(),
        "sources": r.sources,
        "former_1945": {
            "changing": f.changing,
            "on_divided_island": f.on_divided_island,
            "total": f.total,
            "date": f.date.to_string(),
            "sources": f.sources,
            "alive": catalog::REGION.former_residents_alive.iter().map(scoped).collect::<Vec<_>>(),
        },
        // Later counts than the per-island figures, each for the area it covers.
        "later": catalog::REGION.residents_later.iter().map(scoped).collect::<Vec<_>>(),
    })
}

/// A poll question with an answer that describes the scenario.
fn poll(m: &PollMatch) -> Value {
    json!({
    "id": m.poll.id,
    "pollster": m.poll.pollster,
    "population": m.poll.population.key(),
    "field_start": m.poll.field_start.to_string(),
    "field_end": m.poll.field_end.to_string(),
    "sample": m.poll.sample,
    "method": english(&m.poll.method),
    "caveat": m.poll.caveat.as_ref().map(english),
    "confidence": m.poll.confidence.key(),
    "wording": english(&m.question.wording),
    "wording_original": nonempty(m.question.wording_original),
    "complete": m.question.complete,
    "options": m.question.options.iter().enumerate().map(|(i, o)| json!({
        "label": english(&o.label),
        "label_original": nonempty(o.label_original),
        "percent": o.percent,
        "matches": m.matching.contains(&i),
    })).collect::<Vec<_>>(),
    "sources": m.poll.sources,
})
}

fn opinion(o: &Opinion) -> Value {
    json!({
    "id": o.id,
    "author": english(&o.texts.author),
    "role": english(&o.texts.role),
    "date": o.date.to_string(),
    "quote": o.quote.as_ref().map(quote),
    "paraphrase": english(&o.texts.paraphrase),
    "source": o.source,
})
}

/// The sea the scenario decides (a model: equidistance from the map's coastlines).
fn sea(s: &Scenario) -> Value {
    let sea = sea_split(s);
    let belt = |b: Belt| json!({ "territorial_km2": round(b.territorial, 0), "zone_km2": round(b.zone, 0), "total_km2": round(b.total(), 0) });
    json!({
        "model": Locale::ENGLISH.t(Text::SeaCaveat),
        "rule": Locale::ENGLISH.t(Text::SeaRule),
        "grid_km": SEA.step_km,
        "japan": belt(sea.japan),
        "russia": belt(sea.russia),
        "joint": belt(sea.joint),
        "total": belt(sea.total),
        "japan_km2": round(sea.japan_km2, 0),
        "russia_km2": round(sea.russia_km2, 0),
        "japan_share": round(sea.japan_share, 4),
        "japan_change_km2": round(sea.japan_change_km2, 0),
        "islands": sea.islands.iter().map(|i| (i.island.key().to_owned(), json!({
            "status": i.status.to_string(),
            "goes_with": holder(i.status).map_or("divided by nearness", Holder::key),
            "territorial_km2": round(i.whole.territorial, 0),
            "zone_km2": round(i.whole.zone, 0),
            "japan_km2": round(i.japan.total(), 0),
            "russia_km2": round(i.russia.total(), 0),
            "joint_km2": round(i.joint.total(), 0),
        }))).collect::<serde_json::Map<_, _>>(),
        "sources": [catalog::MAP.source, "lighthouse-kaigara"],
    })
}

fn scoped(f: &catalog::ScopedFigure) -> Value {
    json!({ "value": f.value, "date": f.date.to_string(), "scope": english(&f.scope), "sources": f.sources })
}

fn verdict(v: &PositionVerdict) -> Value {
    let p = v.position;
    json!({
        "party": p.party.key(),
        "id": p.id,
        "date": p.date.to_string(),
        "speaker": english(&p.texts.speaker),
        "verdict": v.verdict.key(),
        "reason": Locale::ENGLISH.reasons(&v.reasons),
        "quote": p.quote.as_ref().map(quote),
        "paraphrase": english(&p.texts.paraphrase),
        // `source` is kept for scripts written before positions cited several.
        "source": p.sources[0],
        "sources": p.sources,
    })
}

fn quote(q: &Quote) -> Value {
    let translations: serde_json::Map<String, Value> = [Lang::En, Lang::Ja, Lang::Ru]
        .into_iter()
        .map(|lang| (lang, Locale::new(lang, Naming::Both).local(&q.translation)))
        .filter(|(_, text)| !text.is_empty())
        .map(|(lang, text)| (lang.code().to_owned(), Value::from(text)))
        .collect();
    json!({ "text": Locale::ENGLISH.local(&q.text), "language": q.language, "translations": translations })
}

/// A data text in English with both sides' names, as the command line speaks.
fn english(text: &catalog::Localized) -> String {
    Locale::ENGLISH.text(text)
}

fn source(id: &str) -> Value {
    match catalog::source(id) {
        Some(s) => json!({
            "id": s.id, "title": english(&s.title), "publisher": english(&s.publisher),
            "date": s.date.map(|d| d.to_string()), "url": english(&s.url), "language": s.language,
            "government": s.government.map(|p| p.key()),
        }),
        None => json!({ "id": id }),
    }
}

fn variation_key(v: Variation) -> &'static str {
    match v {
        Variation::AsSet => "as-set",
        Variation::TreatyBoth => "treaty-both",
        Variation::TreatyJapan => "treaty-japan",
        Variation::TreatyRussia => "treaty-russia",
        Variation::ByResidents => "by-residents",
        Variation::Equally => "equally",
        Variation::NoDiscount => "no-discount",
        Variation::HighDiscount => "discount-10",
    }
}

fn nonempty(text: &str) -> Value {
    if text.is_empty() { Value::Null } else { json!(text) }
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

fn pretty(value: &Value) -> String {
    let mut out = serde_json::to_string_pretty(value).unwrap_or_default();
    out.push('\n');
    out
}

/// The negotiation analysis, for scripts: values in thousandths of all four islands.
pub fn analysis(v: &Valuations, a: &Analysis) -> String {
    let outcome =
        |o: &Outcome| json!({ "japan": o.point.japan, "russia": o.point.russia, "link": link::encode(&o.scenario) });
    let value = json!({
        "valuations": v.encode(),
        "unit": "thousandths of all four islands; no agreement = 0",
        "scenarios": a.size,
        "range": { "japan": [a.range.japan.0, a.range.japan.1], "russia": [a.range.russia.0, a.range.russia.1] },
        "frontier": a.frontier.iter().map(outcome).collect::<Vec<_>>(),
        "nash": a.nash.as_ref().map(outcome),
        "kalai_smorodinsky": a.kalai_smorodinsky.as_ref().map(outcome),
        "draws": a.draws.iter().map(|d| json!({
            "outcome": outcome(&d.outcome),
            "concession_japan": round(d.concession_japan, 4),
            "concession_russia": round(d.concession_russia, 4),
        })).collect::<Vec<_>>(),
        "sensitivity": sensitivity(v, &Space::full()).iter().map(|m| {
            let marked = |o: &Option<Outcome>| o.as_ref().map(|o| json!({
                "japan": o.point.japan,
                "russia": o.point.russia,
                "link": link::encode(&o.scenario),
                "japan_land_share": round(japan_area_share(&o.scenario), 4),
            }));
            json!({
                "variation": variation_key(m.variation),
                "nash": marked(&m.nash),
                "kalai_smorodinsky": marked(&m.kalai_smorodinsky),
                "equal_concession": marked(&m.equal_concession),
            })
        }).collect::<Vec<_>>(),
    });
    pretty(&value)
}
