//! The `fourislands` command line, run as a user runs it.

use serde_json::Value;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fourislands"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(args: &[&str]) -> String {
    let out = run(args);
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).expect("valid JSON")
}

fn fails_with(args: &[&str], fragment: &str) {
    let out = run(args);
    assert!(!out.status.success(), "{args:?} should fail");
    assert!(out.stdout.is_empty(), "{args:?} printed to stdout on failure");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(fragment), "{args:?}: stderr {err:?} lacks {fragment:?}");
}

#[test]
fn presets_lists_every_preset_with_its_link() {
    let text = stdout(&["presets"]);
    for id in four_islands::source_data::validate::REQUIRED_PRESETS {
        assert!(text.lines().any(|l| l.starts_with(id)), "{id} missing");
    }
    assert!(text.contains("1-JJRR-t"));
    let list = json(&["presets", "--json"]);
    let first = &list[0];
    assert_eq!(first["id"], "status-quo");
    assert_eq!(first["link"], "1-RRRR");
    assert!(first["sources"][0]["url"].as_str().unwrap().starts_with("https://"));
}

#[test]
fn eval_json_has_the_documented_fields() {
    let v = json(&["eval", "1956", "--as-of", "2019-01-01", "--json"]);
    assert_eq!(v["area"]["japan_km2"], 342.49);
    assert_eq!(v["area"]["russia_km2"], 4655.91);
    assert!((v["area"]["japan_share"].as_f64().unwrap() - 0.0685).abs() < 0.0001);
    assert_eq!(v["residents_changing"], 3772);
    assert_eq!(v["residents"]["former_1945"]["changing"], 6319);
    assert_eq!(v["residents"]["former_1945"]["total"], 17291);
    let in_force: Vec<(&str, f64)> = v["stances"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["in_force"] == true)
        .map(|s| (s["party"].as_str().unwrap(), s["japan_share"].as_f64().unwrap()))
        .collect();
    assert_eq!(in_force, [("japan", 1.0), ("russia", 0.0685)]);
    assert_eq!(v["as_of"], "2019-01-01");
    let positions = v["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 2);
    for p in positions {
        for key in ["party", "date", "verdict", "reason", "source"] {
            assert!(p[key].is_string(), "{key} in {p}");
        }
    }
    assert_eq!(positions[0]["party"], "japan");
    // Japan's 2018 position keeps Kunashiri and Etorofu under negotiation: a final two-island
    // settlement does not fit it (audit F-high-1).
    assert_eq!(positions[0]["verdict"], "conflicts");
    assert_eq!(positions[0]["source"], "nhk-2018-11-14");
    assert!(positions[0]["sources"].as_array().unwrap().iter().any(|s| s == "sangiin-2019-02-08"));
    let sources = v["sources"].as_array().unwrap();
    assert!(sources.iter().any(|s| s["id"] == "mlit-hoppo-data"));
    assert!(sources.iter().any(|s| s["id"] == "sangiin-2019-02-08" && s["government"] == "japan"));
}

#[test]
fn eval_accepts_a_link_or_a_whole_address_and_names_the_preset() {
    let by_link = json(&["eval", "1-JJJS21-t", "--json", "--as-of", "2020-01-01"]);
    assert_eq!(by_link["preset"], "equal-area");
    let by_address = json(&["eval", "https://example.org/?lang=en&s=1-JJJS21-t", "--json", "--as-of", "2020-01-01"]);
    assert_eq!(by_link, by_address);
    // Three islands without a peace treaty is no preset (with one, it is `three-islands`).
    let custom = json(&["eval", "1-JJJR-n", "--json"]);
    assert_eq!(custom["preset"], Value::Null);
    assert_eq!(custom["area"]["japan_km2"], 1831.76);
    assert_eq!(json(&["eval", "1-JJJR-t", "--json"])["preset"], "three-islands");
}

#[test]
fn eval_json_says_how_far_the_record_runs_and_judges_today_by_the_latest_statements() {
    let v = json(&["eval", "1956", "--json", "--as-of", "2026-12-01"]);
    // The latest dated statement in data/ is the Kremlin's of 20 February 2026.
    assert_eq!(v["record_ends"], "2026-02-20");
    let positions = v["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 2);
    for p in positions {
        let date = p["date"].as_str().unwrap();
        assert!(date.starts_with("2025") || date.starts_with("2026"), "{p}");
        assert_eq!(p["verdict"], "conflicts", "{p}");
    }
    assert_eq!(positions[0]["id"], "japan-2026-takaichi");
    assert_eq!(positions[1]["id"], "russia-2026-peskov");
    // Later counts keep their scope: a district total, and two definitions of former residents.
    let later = &v["residents"]["later"][0];
    assert_eq!(later["value"], 11480.0);
    assert!(later["scope"].as_str().unwrap().contains("Yuzhno-Kurilsky district as a whole"));
    let alive: Vec<f64> =
        v["residents"]["former_1945"]["alive"].as_array().unwrap().iter().map(|a| a["value"].as_f64().unwrap()).collect();
    assert_eq!(alive, [4987.0, 5258.0]);
}

#[test]
fn a_retired_preset_still_evaluates_and_says_why() {
    let list = json(&["presets", "--json"]);
    let lease = list.as_array().unwrap().iter().find(|p| p["id"] == "lease-back").expect("listed");
    assert!(lease["retired"].as_str().unwrap().starts_with("No longer offered"), "{lease}");
    let offered = list.as_array().unwrap().iter().find(|p| p["id"] == "equal-area").unwrap();
    assert_eq!(offered["retired"], Value::Null);
    assert_eq!(offered["precedents"], serde_json::json!(["china-russia-2004", "barents-2010"]));
    assert_eq!(json(&["eval", "lease-back", "--json"])["link"], "1-L50L50L50L50-t");
    assert!(stdout(&["presets"]).contains("No longer offered as a ready-made scenario"));
}

/// The command line reads an address exactly as the page does: the last `s` counts, escapes
/// are undone, `names=` is not taken for `s=`, and a preset page's path opens its preset.
#[test]
fn eval_reads_an_address_as_the_page_does() {
    let at = |input: &str| json(&["eval", input, "--json", "--as-of", "2020-01-01"]);
    let two = at("1-JJRR-t");
    assert_eq!(at("https://h.example/?names=ja&s=1-JJRR-t"), two);
    assert_eq!(at("https://h.example/?s=1%2DJJRR%2Dt"), two);
    assert_eq!(at("https://h.example/fi/p/1956.html"), two);
    assert_eq!(at("https://h.example/fi/p/1956?lang=ja#top"), two);
    assert_eq!(at("https://h.example/?lang=en&s=1-JJRR-t&s=1-JJJJ"), at("1-JJJJ"));
    // The address's date counts unless --as-of is given.
    let dated = json(&["eval", "https://h.example/fi/?s=1-JJRR-t&asof=2016-06-01", "--json"]);
    assert_eq!(dated, json(&["eval", "1956", "--json", "--as-of", "2016-06-01"]));
    fails_with(&["eval", "https://h.example/?s=1-JJXX"], "damaged");
    fails_with(&["eval", "https://h.example/?s=1-JJRR-t&asof=2016"], "date in the link");
}

#[test]
fn eval_in_text_shows_figures_verdicts_and_sources() {
    let text = stdout(&["eval", "all-four", "--as-of", "2016-06-01"]);
    assert!(text.contains("4,998.4 km²"), "{text}");
    assert!(text.contains("Japan   compatible"), "{text}");
    assert!(text.contains("Russia  conflicts"), "{text}");
    assert!(text.contains("[mid-2016-04-15, seed-mainichi-2016-05]"), "{text}");
    assert!(text.contains("Japanese residents in 1945 of the islands changing jurisdiction: 17,291 of 17,291"), "{text}");
}

#[test]
fn bad_input_gets_a_message_and_a_failure_code() {
    fails_with(&["eval", "1-JJXX"], "neither a preset");
    fails_with(&["eval", "9-JJRR"], "newer version");
    fails_with(&["eval", "1956", "--as-of", "2019-02-30"], "does not exist");
    fails_with(&["eval", "1956", "--as-of"], "needs a value");
    fails_with(&["eval"], "wrong arguments");
    fails_with(&["frobnicate"], "unknown command");
    fails_with(&["presets", "--colour"], "unknown option");
    fails_with(&["check-data", "--dir", "no/such/dir"], "cannot be read");
}

#[test]
fn check_data_summarises_and_flags_disagreeing_sources() {
    let text = stdout(&["check-data"]);
    assert!(text.starts_with("data/ is valid."));
    assert!(text.contains("presets"));
    assert!(text.contains("Shikotan area: 247.65 (mlit-hoppo-data) vs 225 (bgwiki-shikotan)"), "{text}");
    // The balance of the two sides, one row per count.
    assert!(text.contains("balance of the two sides"), "{text}");
    let row = text.lines().find(|l| l.contains("citing the government's own words")).expect("the own-words row");
    let counts: Vec<usize> = row.split_whitespace().rev().take(2).filter_map(|w| w.parse().ok()).collect();
    assert!(counts.len() == 2 && counts.iter().all(|&n| n > 0), "{row}");
}

#[test]
fn help_is_printed_on_request() {
    assert!(stdout(&["--help"]).contains("Usage:"));
    assert!(stdout(&[]).contains("Usage:"));
}

#[test]
fn analyse_prints_the_solutions_and_refuses_bad_assumptions() {
    let a = json(&["analyse", "--json"]);
    // The defaults are the same for both sides and value only the land: it is zero-sum, so no
    // settlement is better for both than no agreement, and no bargaining solution is marked.
    assert_eq!(a["valuations"], "a0.0.0.0.3_a0.0.0.0.3");
    assert_eq!(a["scenarios"], 149_923_840u64);
    assert_eq!(a["nash"], Value::Null);
    assert_eq!(a["kalai_smorodinsky"], Value::Null);
    // Where the marked points go when a treaty is worth +20 % to both: no land moved.
    let sensitivity = a["sensitivity"].as_array().unwrap();
    assert_eq!(sensitivity.len(), 8);
    let treaty = sensitivity.iter().find(|m| m["variation"] == "treaty-both").unwrap();
    assert_eq!(treaty["nash"]["japan_land_share"], 0.0);
    // The release-1 defaults, which older links carry, still give their Nash solution.
    let old = json(&["analyse", "--valuations", "a20.-5.5.5.3_a20.5.5.5.3", "--json"]);
    assert_eq!(old["nash"]["link"], "1-RRRR-trvjs");
    let frontier = a["frontier"].as_array().unwrap();
    assert!(frontier.windows(2).all(|w| w[0]["japan"].as_i64() < w[1]["japan"].as_i64()));
    assert!(a["draws"].as_array().unwrap().len() == 3);
    let text = stdout(&["analyse", "--valuations", "p20.-5.5.5.3_a20.5.5.5.3"]);
    assert!(text.contains("not a forecast") && text.contains("Kalai-Smorodinsky"));
    fails_with(&["analyse", "--valuations", "a20_a20"], "--valuations: each side needs");
}

#[test]
fn eval_json_has_the_sea_each_side_holds() {
    let four = json(&["eval", "all-four", "--json"]);
    let sea = &four["sea"];
    let total = sea["total"]["total_km2"].as_f64().unwrap();
    assert!((150_000.0..300_000.0).contains(&total), "{total}");
    assert_eq!(sea["japan_km2"].as_f64(), Some(total));
    assert_eq!(sea["japan_change_km2"].as_f64(), Some(total));
    assert_eq!(sea["russia"]["total_km2"].as_f64(), Some(0.0));
    assert_eq!(sea["islands"]["etorofu"]["goes_with"], "japan");
    assert!(sea["model"].as_str().unwrap().contains("No boundary has been agreed"));
    // Joint islands' sea is joint, counted half to each side.
    let joint = json(&["eval", "condominium", "--json"]);
    assert_eq!(joint["sea"]["joint"]["total_km2"].as_f64(), Some(total));
    assert_eq!(joint["sea"]["japan_km2"].as_f64(), joint["sea"]["russia_km2"].as_f64());
    // The status quo: all of it with Russia; the two islands carry their part.
    let two = json(&["eval", "1956", "--json"]);
    let habomai_shikotan: f64 =
        ["habomai", "shikotan"].iter().map(|i| two["sea"]["islands"][i]["japan_km2"].as_f64().unwrap()).sum();
    assert_eq!(two["sea"]["japan_km2"].as_f64(), Some(habomai_shikotan));
}
