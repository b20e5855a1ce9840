//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different part

use four_islands::model::catalog;
use four_islands::{Date, Scenario, decode};

pub fn preset(id: &str) -> Scenario {
    catalog::preset(id).unwrap_or_else(|| panic!("no preset `{id}`")).scenario
}

pub fn link(text: &str) -> Scenario {
    decode(text).unwrap_or_else(|e| panic!("`{text}`: {e:?}"))
}

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|e| panic!("{e}"))
}
