//! Browser tests: headless Chromium, driven through chromedriver, against the built dist/
//! served on 127.0.0.1. Run by `./scripts/test`, which builds dist/ first.
//!
//! A plain harness (no libtest) so the browser and server start once and stop for certain.

mod server;
mod webdriver;

use four_islands::model::format::thousands;
use serde_json::Value;
use std::path::{Path, PathBuf};
use webdriver::{Driver, Session};

type Check = fn(&Context) -> Result<(), String>;

struct Context {
    origin: String,
    driver: Driver,
    output: PathBuf,
}

impl Context {
    fn session(&self) -> Result<Session, String> {
        self.driver.session(1280, 900)
    }

    fn url(&self, query: &str) -> String {
        format!("{}/{query}", self.origin)
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dist = std::env::var_os("FOUR_ISLANDS_DIST").map_or_else(|| root.join("dist"), PathBuf::from);
    if !dist.join("index.html").exists() {
        eprintln!("browser tests: {} has no index.html; run ./scripts/test, which builds it", dist.display());
        std::process::exit(1);
    }
    let output = root.join("test-output");
    std::fs::create_dir_all(&output).expect("test-output/ can be created");
    let driver = match Driver::start() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("browser tests: {e}");
            std::process::exit(1);
        }
    };
    let context = Context { origin: server::serve(dist), driver, output };

    let checks: &[(&str, Check)] = &[
        ("page_loads_showing_the_status_quo", page_loads_showing_the_status_quo),
        ("preset_1956_shows_the_figures_the_cli_prints", preset_1956_shows_the_figures_the_cli_prints),
        (
            "a_control_change_rewrites_the_address_which_reopens_the_view",
            a_control_change_rewrites_the_address_which_reopens_the_view,
        ),
        ("the_as_of_date_changes_the_positions_and_the_address", the_as_of_date_changes_the_positions_and_the_address),
        ("a_mangled_link_shows_a_message_and_the_status_quo", a_mangled_link_shows_a_message_and_the_status_quo),
        ("a_future_version_link_says_so", a_future_version_link_says_so),
        ("no_request_leaves_the_page_origin", no_request_leaves_the_page_origin),
        ("a_divided_etorofu_is_drawn_with_its_line", a_divided_etorofu_is_drawn_with_its_line),
        ("copy_link_reports_what_happened", copy_link_reports_what_happened),
        ("screenshots_at_desktop_and_phone_width", screenshots_at_desktop_and_phone_width),
    ];
    let mut failed = 0;
    for (name, check) in checks {
        match check(&context) {
            Ok(()) => println!("test {name} ... ok"),
            Err(e) => {
                failed += 1;
                println!("test {name} ... FAILED\n    {e}");
            }
        }
    }
    println!("\nbrowser: {} passed, {failed} failed", checks.len() - failed);
    drop(context);
    std::process::exit(if failed == 0 { 0 } else { 1 });
}

fn ensure(condition: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if condition { Ok(()) } else { Err(message()) }
}

fn expect_text(s: &Session, css: &str, fragment: &str) -> Result<(), String> {
    let text = s.text(css)?;
    ensure(text.contains(fragment), || format!("{css} reads {text:?}, expected {fragment:?}"))
}

/// Sets a form control's value the way a user's choice does: value, then a change event.
fn change(s: &Session, css: &str, value: &str) -> Result<(), String> {
    let script = format!(
        "const e = document.querySelector({css:?}); if (!e) return false; e.value = {value:?}; e.dispatchEvent(new Event('change', {{ bubbles: true }})); return true;"
    );
    ensure(s.exec(&script)? == Value::Bool(true), || format!("no control {css}"))
}

fn search(s: &Session) -> Result<String, String> {
    Ok(s.exec("return location.search")?.as_str().unwrap_or_default().to_owned())
}

fn page_loads_showing_the_status_quo(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url(""))?;
    expect_text(&s, "#land-japan", "0 km²")?;
    expect_text(&s, "#land-russia", "5,004 km²")?;
    expect_text(&s, "button[aria-pressed='true']", "Status quo")?;
    ensure(s.exec("return document.querySelector('.notice') === null")? == Value::Bool(true), || {
        "unexpected notice".into()
    })?;
    ensure(search(&s)? == "?s=1-RRRR", || "the address names the status quo".into())
}

fn preset_1956_shows_the_figures_the_cli_prints(c: &Context) -> Result<(), String> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fourislands"))
        .args(["eval", "1956", "--json"])
        .output()
        .map_err(|e| e.to_string())?;
    let v: Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let km2 = |key: &str| format!("{} km²", thousands(v["area"][key].as_f64().unwrap_or(f64::NAN)));
    let s = c.session()?;
    s.open(&c.url(""))?;
    s.click("button[data-preset='1956']")?;
    s.wait_for("return location.search === '?s=1-JJRR-t'", "the 1956 address")?;
    expect_text(&s, "#land-japan", &km2("japan_km2"))?;
    expect_text(&s, "#land-russia", &km2("russia_km2"))?;
    expect_text(&s, "#residents-changing", &thousands(v["residents_changing"].as_f64().unwrap_or(f64::NAN)))
}

fn a_control_change_rewrites_the_address_which_reopens_the_view(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    change(&s, "#status-kunashiri", "japanese")?;
    s.wait_for("return location.search === '?s=1-JJJR-t'", "the address to follow the change")?;
    expect_text(&s, "#land-japan", "1,836 km²")?;
    let address = s.exec("return document.querySelector('#share-link').value")?;
    ensure(address.as_str() == Some(&c.url("?s=1-JJJR-t")), || format!("share field holds {address}"))?;

    let again = c.session()?;
    again.open(&c.url("?s=1-JJJR-t"))?;
    expect_text(&again, "#land-japan", "1,836 km²")?;
    let value = again.exec("return document.querySelector('#status-kunashiri').value")?;
    ensure(value == "japanese", || format!("Kunashiri control reopened as {value}"))
}

fn the_as_of_date_changes_the_positions_and_the_address(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    change(&s, "#as-of", "2016-06-01")?;
    s.wait_for("return location.search === '?s=1-JJRR-t&asof=2016-06-01'", "the date in the address")?;
    let verdicts = s.exec(
        "return [...document.querySelectorAll('.verdict-item')].map(e => e.dataset.party + ':' + e.dataset.verdict)",
    )?;
    ensure(verdicts == serde_json::json!(["japan:conflicts", "russia:compatible"]), || format!("verdicts {verdicts}"))?;
    let again = c.session()?;
    again.open(&c.url("?s=1-JJRR-t&asof=2016-06-01"))?;
    let value = again.exec("return document.querySelector('#as-of').value")?;
    ensure(value == "2016-06-01", || format!("date reopened as {value}"))
}

fn a_mangled_link_shows_a_message_and_the_status_quo(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJ%3Cb%3Ebold%3C%2Fb%3EXX"))?;
    expect_text(&s, ".notice", "damaged")?;
    expect_text(&s, "#land-japan", "0 km²")?;
    ensure(s.exec("return document.querySelector('.notice b') === null")? == Value::Bool(true), || {
        "link text became HTML".into()
    })
}

fn a_future_version_link_says_so(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=9-JJRR-t"))?;
    expect_text(&s, ".notice", "newer version")
}

fn no_request_leaves_the_page_origin(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJJS21-t"))?;
    let names = s.exec("return performance.getEntriesByType('resource').map(e => e.name)")?;
    let list = names.as_array().ok_or("no resource list")?;
    ensure(!list.is_empty(), || "no resources recorded".into())?;
    let foreign: Vec<&Value> = list.iter().filter(|n| !n.as_str().unwrap_or("").starts_with(&c.origin)).collect();
    ensure(foreign.is_empty(), || format!("requests to other origins: {foreign:?}"))
}

fn a_divided_etorofu_is_drawn_with_its_line(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJJS21-t"))?;
    let parts = s.exec("return ['line.cut', 'path[data-part=japan]', 'path[data-part=russia]'].map(q => document.querySelectorAll(q).length)")?;
    ensure(parts == serde_json::json!([1, 1, 1]), || format!("cut line and parts: {parts}"))?;
    let habomai = s.exec("return document.querySelectorAll('path[data-island=habomai]').length")?;
    ensure(habomai.as_u64().unwrap_or(0) >= 5, || format!("Habomai drawn as {habomai} shapes"))
}

fn copy_link_reports_what_happened(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    s.click("#copy-link")?;
    s.wait_for("return document.querySelector('.share [role=status]').textContent.length > 0", "a copy status")
}

fn screenshots_at_desktop_and_phone_width(c: &Context) -> Result<(), String> {
    for (width, name) in [(1280, "explorer-1280.png"), (390, "explorer-390.png")] {
        let s = c.driver.session(width, 900)?;
        s.open(&c.url("?s=1-JJJS21-t"))?;
        let overflow = s.exec("return document.documentElement.scrollWidth")?.as_u64().unwrap_or(0);
        ensure(overflow <= u64::from(width), || format!("page is {overflow} px wide in a {width} px window"))?;
        s.screenshot(width, &c.output.join(name))?;
    }
    Ok(())
}
