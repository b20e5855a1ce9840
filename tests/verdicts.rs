//! Verdicts a reader can review: tests/verdicts.toml gives, for every stated position and every
//! preset, the verdict expected and why, in plain words. The evaluator must agree with every
//! row, and a position or preset added without its rows fails here.

use four_islands::model::catalog::{POSITIONS, PRESETS};
use four_islands::model::condition::Condition;
use four_islands::model::evaluation::{Verdict, judge};
use four_islands::{IslandId, Scenario, Status};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    position: Vec<Row>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    id: String,
    reads: String,
    verdicts: Vec<Expected>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    preset: String,
    verdict: String,
    why: String,
}

fn table() -> Table {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/verdicts.toml"))
        .expect("tests/verdicts.toml is readable");
    toml::from_str(&text).unwrap_or_else(|e| panic!("tests/verdicts.toml: {e}"))
}

#[test]
fn every_position_judges_every_preset_as_the_table_says() {
    let mut wrong = Vec::new();
    for row in table().position {
        let position = POSITIONS.iter().find(|p| p.id == row.id).unwrap_or_else(|| panic!("no position `{}`", row.id));
        assert!(!row.reads.trim().is_empty(), "{}: say what the position requires", row.id);
        for e in &row.verdicts {
            let preset = PRESETS.iter().find(|p| p.id == e.preset).unwrap_or_else(|| panic!("no preset `{}`", e.preset));
            assert!(!e.why.trim().is_empty(), "{} × {}: give the reason", row.id, e.preset);
            let got = judge(position, &preset.scenario).verdict.key();
            if got != e.verdict {
                wrong.push(format!("{} × {}: expected {} ({}), the evaluator says {got}", row.id, e.preset, e.verdict, e.why));
            }
        }
    }
    assert!(wrong.is_empty(), "verdicts that disagree with tests/verdicts.toml:\n{}", wrong.join("\n"));
}

#[test]
fn the_table_has_a_row_for_every_position_and_every_preset() {
    let table = table();
    let listed: BTreeSet<&str> = table.position.iter().map(|r| r.id.as_str()).collect();
    let missing: Vec<&str> = POSITIONS.iter().map(|p| p.id).filter(|id| !listed.contains(id)).collect();
    assert!(missing.is_empty(), "positions without rows in tests/verdicts.toml: {missing:?}");
    assert_eq!(listed.len(), table.position.len(), "a position is listed twice");
    for row in &table.position {
        let presets: BTreeSet<&str> = row.verdicts.iter().map(|e| e.preset.as_str()).collect();
        let missing: Vec<&str> = PRESETS.iter().map(|p| p.id).filter(|id| !presets.contains(id)).collect();
        assert!(missing.is_empty(), "{}: presets without a row: {missing:?}", row.id);
        assert_eq!(presets.len(), row.verdicts.len(), "{}: a preset is listed twice", row.id);
    }
}

/// A position's mark on the meter (`land_to_japan`) must be a settlement the position accepts:
/// those islands Japanese at signature, the rest Russian, with a treaty and demilitarised
/// islands, is not in conflict with it, unless it asks what no scenario here can give.
#[test]
fn each_position_accepts_the_settlement_its_mark_stands_for() {
    for p in POSITIONS.iter() {
        let Some(land) = p.land_to_japan else { continue };
        if p.conditions.contains(&Condition::ForeignTroopsLeaveJapan) || p.conditions.contains(&Condition::TalksSuspended) {
            continue;
        }
        let mut s = Scenario { peace_treaty: true, ..Scenario::STATUS_QUO };
        s.terms.demilitarization = true;
        for &id in land {
            s.islands[id.index()] = Status::Japanese;
        }
        let v = judge(p, &s);
        assert_ne!(v.verdict, Verdict::Conflicts, "{}: its mark ({land:?}) conflicts with its own conditions", p.id);
        assert!(land.iter().all(|i| IslandId::ALL.contains(i)));
    }
}
