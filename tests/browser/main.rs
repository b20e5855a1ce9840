//! Browser tests: headless Chromium, driven through chromedriver, against the built dist/
//! served on 127.0.0.1. Run by `./scripts/test`, which builds dist/ first.
//!
//! A plain harness (no libtest) so the browser and server start once and stop for certain.

mod articles;
mod embeds;
mod http;
mod nginx;
mod server;
mod webdriver;

use four_islands::i18n::{Lang, Locale, Naming, Text};
use four_islands::model::catalog;
use four_islands::model::format::thousands;
use serde_json::Value;
use server::Site;
use std::path::{Path, PathBuf};
use webdriver::{Driver, Session};

type Check = fn(&Context) -> Result<(), String>;

/// Where the path-served copy of the site lives, as a newsroom's graphics desk hosts it.
const SUBPATH: &str = "/2026/four-islands/";

struct Context {
    /// nginx with the repository's recipe, serving dist/ at the root.
    origin: String,
    /// The same nginx recipe serving dist/ under `SUBPATH`: the site's address, ending in `/`.
    subpath: String,
    /// A host like Cloudflare Pages: addresses without `.html`, and dist/_headers applied.
    pages: String,
    /// dist/ under a path, served by a server that refuses the wasm files: its address.
    no_wasm: String,
    /// The same dist/, from a server that refuses the files of texts.
    no_texts: String,
    /// The same dist/, served without the analysis worker's script.
    no_worker: String,
    /// The same dist/, from a server that never answers the first request for the worker.
    stalled_worker: String,
    /// The same dist/, from a server that never answers the first request for a wasm file:
    /// the page as a reader sees it before the explorer starts.
    stalled_wasm: String,
    /// A second origin on 127.0.0.1, standing for a news site that embeds the explorer.
    host: String,
    /// The news site, cross-origin isolated (`Cross-Origin-Embedder-Policy: require-corp`).
    isolated_host: String,
    /// The news site's files, which checks add pages to.
    host_dir: PathBuf,
    dist: PathBuf,
    driver: Driver,
    output: PathBuf,
    _servers: Vec<nginx::Nginx>,
}

impl Context {
    fn session(&self) -> Result<Session, String> {
        self.driver.session(1280, 900)
    }

    fn url(&self, query: &str) -> String {
        format!("{}/{query}", self.origin)
    }

    /// A marker prerender wrote on index.html's `<html>`, e.g. `data-worker`.
    fn marker(&self, name: &str) -> String {
        let html = std::fs::read_to_string(self.dist.join("index.html")).unwrap_or_default();
        let needle = format!(" {name}=\"");
        html.split_once(&needle).and_then(|(_, rest)| rest.split('"').next()).unwrap_or_default().to_owned()
    }
}

/// nginx with the recipe twice: dist/ at the root, and dist/ under `SUBPATH` of a larger site.
fn start_nginx(root: &Path, dist: &Path, output: &Path) -> Result<(nginx::Nginx, nginx::Nginx), String> {
    let recipe = root.join("hosting/nginx.conf");
    let site = output.join("nginx/graphics-desk");
    let folder = site.join(SUBPATH.trim_matches('/'));
    if let Some(parent) = folder.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    let _ = std::fs::remove_file(&folder);
    std::os::unix::fs::symlink(dist, &folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let at_root = nginx::Nginx::start(&recipe, dist, &output.join("nginx/at-root"))?;
    let under_path = nginx::Nginx::start(&recipe, &site, &output.join("nginx/under-path"))?;
    Ok((at_root, under_path))
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
    let (at_root, under_path) = match start_nginx(root, &dist, &output) {
        Ok(pair) => pair,
        Err(e) => {
            eprintln!("browser tests: {e}");
            std::process::exit(1);
        }
    };
    let origin = at_root.origin.clone();
    let subpath = format!("{}{SUBPATH}", under_path.origin);
    let pages = Site::new(dist.clone()).like_pages_host().start();
    let no_wasm = format!("{}/fi/", Site::new(dist.clone()).under("/fi/").refusing(".wasm").start());
    let no_texts = Site::new(dist.clone()).refusing("texts-").start();
    let no_worker = Site::new(dist.clone()).refusing("/analysis-worker-").start();
    let stalled_worker = Site::new(dist.clone()).stalling_first("/analysis-worker-").start();
    let stalled_wasm = Site::new(dist.clone()).stalling_first("_bg.wasm").start();
    let host_dir = host_site(&origin, &output);
    let host = Site::new(host_dir.clone()).start();
    let isolated_host = Site::new(host_dir.clone())
        .with_header("Cross-Origin-Embedder-Policy", "require-corp")
        .with_header("Cross-Origin-Opener-Policy", "same-origin")
        .start();
    let context = Context {
        origin,
        subpath,
        pages,
        no_wasm,
        no_texts,
        no_worker,
        stalled_worker,
        stalled_wasm,
        host,
        isolated_host,
        host_dir,
        dist,
        driver,
        output,
        _servers: vec![at_root, under_path],
    };

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
        ("the_sea_shows_the_figures_the_cli_prints", the_sea_shows_the_figures_the_cli_prints),
        ("the_first_screen_and_the_panels_below_show_one_view", the_first_screen_and_the_panels_below_show_one_view),
        ("a_change_just_before_the_panels_start_is_kept_by_both", a_change_just_before_the_panels_start_is_kept_by_both),
        ("panels_out_of_sight_show_the_last_of_quick_changes", panels_out_of_sight_show_the_last_of_quick_changes),
        ("the_panels_far_below_are_built_when_a_reader_nears_them", the_panels_far_below_are_built_when_a_reader_nears_them),
        ("a_border_of_the_past_opens_from_its_timeline_entry", a_border_of_the_past_opens_from_its_timeline_entry),
        ("copy_link_reports_what_happened", copy_link_reports_what_happened),
        ("screenshots_at_desktop_and_phone_width", screenshots_at_desktop_and_phone_width),
        ("embedded_iframes_take_their_content_height", embedded_iframes_take_their_content_height),
        ("a_message_from_another_origin_is_ignored", a_message_from_another_origin_is_ignored),
        (
            "the_card_fits_an_article_at_both_widths_in_three_languages",
            embeds::the_card_fits_an_article_at_both_widths_in_three_languages,
        ),
        (
            "the_card_shows_the_scenario_at_a_glance_and_leads_to_the_rest",
            embeds::the_card_shows_the_scenario_at_a_glance_and_leads_to_the_rest,
        ),
        (
            "a_plain_iframe_at_the_documented_height_shows_the_whole_card",
            embeds::a_plain_iframe_at_the_documented_height_shows_the_whole_card,
        ),
        (
            "the_loader_mounts_late_placeholders_and_loads_frames_lazily",
            embeds::the_loader_mounts_late_placeholders_and_loads_frames_lazily,
        ),
        (
            "a_pasted_address_opens_its_view_in_a_frame_named_in_its_language",
            embeds::a_pasted_address_opens_its_view_in_a_frame_named_in_its_language,
        ),
        ("a_pym_parent_sizes_the_embed", embeds::a_pym_parent_sizes_the_embed),
        ("an_amp_page_gets_the_embed_size_request", embeds::an_amp_page_gets_the_embed_size_request),
        (
            "heights_of_zero_and_messages_from_other_frames_are_ignored",
            embeds::heights_of_zero_and_messages_from_other_frames_are_ignored,
        ),
        (
            "ten_embeds_on_one_article_start_as_the_reader_reaches_them",
            embeds::ten_embeds_on_one_article_start_as_the_reader_reaches_them,
        ),
        ("host_articles_in_three_languages_at_390_and_1280", embeds::host_articles_in_three_languages_at_390_and_1280),
        ("without_javascript_the_pages_show_their_figures", without_javascript_the_pages_show_their_figures),
        ("a_retired_preset_page_still_opens_and_says_why", a_retired_preset_page_still_opens_and_says_why),
        (
            "the_record_says_how_far_it_runs_and_the_timeline_marks_weak_sources",
            the_record_says_how_far_it_runs_and_the_timeline_marks_weak_sources,
        ),
        (
            "the_embed_page_links_to_the_full_explorer_in_its_theme",
            the_embed_page_links_to_the_full_explorer_in_its_theme,
        ),
        ("the_embed_button_gives_the_snippet_for_this_view", the_embed_button_gives_the_snippet_for_this_view),
        (
            "the_embed_runs_its_own_binary_in_reading_order_on_a_phone",
            the_embed_runs_its_own_binary_in_reading_order_on_a_phone,
        ),
        (
            "the_embed_card_runs_without_yew_and_follows_its_menu",
            the_embed_card_runs_without_yew_and_follows_its_menu,
        ),
        ("preset_pages_carry_link_preview_tags_and_image", preset_pages_carry_link_preview_tags_and_image),
        ("the_page_runs_under_a_strict_security_policy", the_page_runs_under_a_strict_security_policy),
        ("hostile_links_show_the_message_and_run_nothing", hostile_links_show_the_message_and_run_nothing),
        ("a_blocked_wasm_leaves_the_static_page_and_a_notice", a_blocked_wasm_leaves_the_static_page_and_a_notice),
        (
            "a_link_to_another_view_never_shows_the_prerendered_figures",
            a_link_to_another_view_never_shows_the_prerendered_figures,
        ),
        ("blocked_texts_leave_the_static_page_and_a_notice_in_the_readers_language", blocked_texts_leave_the_static_page_and_a_notice_in_the_readers_language),
        ("a_blocked_analysis_worker_gets_a_message", a_blocked_analysis_worker_gets_a_message),
        ("the_accessibility_audit_finds_no_violations", the_accessibility_audit_finds_no_violations),
        (
            "language_and_names_are_chosen_and_carried_in_the_link",
            language_and_names_are_chosen_and_carried_in_the_link,
        ),
        (
            "a_preset_can_be_chosen_and_the_link_copied_by_keyboard_alone",
            a_preset_can_be_chosen_and_the_link_copied_by_keyboard_alone,
        ),
        (
            "the_negotiation_analysis_is_carried_in_the_link_and_loads_a_point",
            the_negotiation_analysis_is_carried_in_the_link_and_loads_a_point,
        ),
        ("the_servers_send_the_hosting_headers", the_servers_send_the_hosting_headers),
        (
            "every_page_starts_under_a_path_and_at_clean_addresses",
            every_page_starts_under_a_path_and_at_clean_addresses,
        ),
        ("embeds_resize_under_a_path_and_at_clean_addresses", embeds_resize_under_a_path_and_at_clean_addresses),
        ("full_pages_refuse_framing_and_the_embed_allows_it", full_pages_refuse_framing_and_the_embed_allows_it),
        ("the_embed_code_pins_the_loader_by_its_integrity", the_embed_code_pins_the_loader_by_its_integrity),
        (
            "without_wasm_the_page_says_which_scenario_the_link_asked_for",
            without_wasm_the_page_says_which_scenario_the_link_asked_for,
        ),
        ("a_failure_after_start_keeps_the_page_and_says_so", a_failure_after_start_keeps_the_page_and_says_so),
        (
            "an_analysis_that_does_not_answer_times_out_and_can_be_retried",
            an_analysis_that_does_not_answer_times_out_and_can_be_retried,
        ),
        ("number_boxes_take_the_nearest_value_in_range", number_boxes_take_the_nearest_value_in_range),
        ("link_problems_are_worded_in_the_readers_language", link_problems_are_worded_in_the_readers_language),
        ("copying_without_a_clipboard_says_so", copying_without_a_clipboard_says_so),
    ];
    // `cargo test --features browser-tests --test browser -- NAME…` runs the checks whose
    // names contain one of the words, as libtest would.
    let wanted: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let checks: Vec<&(&str, Check)> = checks
        .iter()
        .filter(|(name, _)| wanted.is_empty() || wanted.iter().any(|w| name.contains(w.as_str())))
        .collect();
    let mut failed = 0;
    for (name, check) in &checks {
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

/// What `fourislands eval LINK --json` prints: the figures the page must show for a link.
fn cli_eval(link: &str) -> Result<Value, String> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fourislands"))
        .args(["eval", link, "--json"])
        .output()
        .map_err(|e| e.to_string())?;
    serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())
}

/// An area of sea as the sea panel prints it: to the nearest 100 km².
fn sea_km2(km2: &Value) -> String {
    format!("{}\u{a0}km²", thousands((km2.as_f64().unwrap_or(f64::NAN) / 100.0).round() * 100.0))
}

fn search(s: &Session) -> Result<String, String> {
    Ok(s.exec("return location.search")?.as_str().unwrap_or_default().to_owned())
}

fn page_loads_showing_the_status_quo(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url(""))?;
    expect_text(&s, "#land-japan", "0 km²")?;
    expect_text(&s, "#land-russia", "4,998.4 km²")?;
    expect_text(&s, "button[aria-pressed='true']", "Status quo")?;
    ensure(s.exec("return document.querySelector('.notice') === null")? == Value::Bool(true), || {
        "unexpected notice".into()
    })?;
    // The address is written once the reader (here, the page opening) has paused.
    s.wait_for("return location.search === '?s=1-RRRR&lang=en'", "the address to name the status quo")
}

fn preset_1956_shows_the_figures_the_cli_prints(c: &Context) -> Result<(), String> {
    let v = cli_eval("1956")?;
    let km2 = |key: &str| format!("{} km²", thousands(v["area"][key].as_f64().unwrap_or(f64::NAN)));
    let s = c.session()?;
    s.open(&c.url(""))?;
    s.click("button[data-preset='1956']")?;
    s.wait_for("return location.search === '?s=1-JJRR-t&lang=en'", "the 1956 address")?;
    expect_text(&s, "#land-japan", &km2("japan_km2"))?;
    expect_text(&s, "#land-russia", &km2("russia_km2"))?;
    expect_text(&s, "#residents-changing", &thousands(v["residents_changing"].as_f64().unwrap_or(f64::NAN)))
}

fn a_control_change_rewrites_the_address_which_reopens_the_view(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    change(&s, "#status-kunashiri", "japanese")?;
    s.wait_for("return location.search === '?s=1-JJJR-t&lang=en'", "the address to follow the change")?;
    expect_text(&s, "#land-japan", "1,831.8 km²")?;
    // What is shared pins the date shown, so the link opens the same view later.
    let address = s.exec("return document.querySelector('#share-link').value")?;
    let today = s.exec("return new Date().toISOString().slice(0, 10)")?;
    let pinned = c.url(&format!("?s=1-JJJR-t&asof={}&lang=en", today.as_str().unwrap_or_default()));
    ensure(address.as_str() == Some(&pinned), || format!("share field holds {address}, not {pinned}"))?;

    let again = c.session()?;
    again.open(&c.url("?s=1-JJJR-t"))?;
    expect_text(&again, "#land-japan", "1,831.8 km²")?;
    let value = again.exec("return document.querySelector('#status-kunashiri').value")?;
    ensure(value == "japanese", || format!("Kunashiri control reopened as {value}"))
}

fn the_as_of_date_changes_the_positions_and_the_address(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    change(&s, "#as-of", "2016-06-01")?;
    s.wait_for("return location.search === '?s=1-JJRR-t&asof=2016-06-01&lang=en'", "the date in the address")?;
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
    })?;
    // Dismissed, the notice goes, the figures stay, and the keyboard's focus goes to the
    // scenario the notice spoke of rather than to the top of the page.
    s.click(".notice button")?;
    s.wait_for("return document.querySelector('.notice') === null", "the notice dismissed")?;
    expect_text(&s, "#land-japan", "0 km²")?;
    let focused = s.exec("return document.activeElement.getAttribute('data-preset')")?;
    ensure(focused == "status-quo", || format!("focus after dismissing: {focused}"))
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

fn the_sea_shows_the_figures_the_cli_prints(c: &Context) -> Result<(), String> {
    let v = cli_eval("1-JJJS21-t")?;
    let s = c.session()?;
    s.open(&c.url("?s=1-JJJS21-t"))?;
    expect_text(&s, "#sea-sides tr[data-side=japan]", &sea_km2(&v["sea"]["japan"]["total_km2"]))?;
    expect_text(&s, "#sea-sides tr[data-side=russia]", &sea_km2(&v["sea"]["russia"]["total_km2"]))?;
    // The map draws the divided Etorofu's sea, and the line where the sides' sea meets.
    let drawn = s.exec("return ['.map .sea-zone[data-sea-part=japan]', '.map .sea-border', '.overview .sea-zone'].map(q => document.querySelectorAll(q).length > 0)")?;
    ensure(drawn == serde_json::json!([true, true, true]), || format!("sea drawn: {drawn}"))?;
    // The fishing-rights term links to the fishing agreements in the timeline.
    let target = s.exec("const a = document.querySelector('.term-link'); return a && document.querySelector(a.getAttribute('href')) !== null")?;
    ensure(target == Value::Bool(true), || "the fishing link has no target".into())
}

/// The full page's two binaries show one view: a control at the top changes the panels far
/// below (the second binary's), a control in those panels changes the top, and a language
/// picked at the top reaches both.
fn the_first_screen_and_the_panels_below_show_one_view(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    // The top to the panels: Kunashiri to Japan.
    change(&s, "#status-kunashiri", "japanese")?;
    s.wait_for("return location.search === '?s=1-JJJR-t&lang=en'", "the address to follow the change")?;
    let japan = sea_km2(&cli_eval("1-JJJR-t")?["sea"]["japan"]["total_km2"]);
    s.wait_for(
        &format!("return (document.querySelector('#sea-sides tr[data-side=japan]') || {{}}).textContent?.includes({japan:?})"),
        "the sea panel to follow the islands' control",
    )?;
    // The panels to the top: the timeline's "as of this date".
    s.click(".timeline button[aria-controls='positions']")?;
    s.wait_for("return location.search.includes('&asof=')", "the timeline's date in the address")?;
    let date = search(&s)?.split("&asof=").nth(1).unwrap_or_default().split('&').next().unwrap_or_default().to_owned();
    ensure(search(&s)? == format!("?s=1-JJJR-t&asof={date}&lang=en"), || "the address after the timeline".into())?;
    s.wait_for(&format!("return document.querySelector('#as-of').value === {date:?}"), "the date control to follow the timeline")?;
    // A language picked at the top: both binaries' parts speak it.
    change(&s, "#language", "ja")?;
    s.wait_for(
        "return document.documentElement.lang === 'ja' && document.querySelector('#sea h2').textContent.startsWith('海域')",
        "the sea panel in Japanese",
    )?;
    expect_text(&s, ".terms", "漁業")
}

/// The address is written once the reader pauses; the panels' binary, started in between,
/// must open with the view the first screen shows, not with the address before the change
/// (and must not make the first screen follow it back).
fn a_change_just_before_the_panels_start_is_kept_by_both(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.goto(&c.url("?s=1-JJRR-t"))?;
    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app to be ready")?;
    s.exec(
        "const e = document.querySelector('#status-kunashiri'); e.value = 'japanese'; e.dispatchEvent(new Event('change', { bubbles: true })); document.querySelector('[data-remote=sea] > *').scrollIntoView(); return true",
    )?;
    s.wait_for("return document.querySelector('#sea-sides') !== null", "the sea panel")?;
    s.wait_for("return location.search === '?s=1-JJJR-t&lang=en'", "the address to follow the change")?;
    s.exec("window.scrollTo(0, 0); return true")?;
    expect_text(&s, "#land-japan", "1,831.8 km²")?;
    let kunashiri = s.exec("return document.querySelector('#status-kunashiri').value")?;
    ensure(kunashiri == "japanese", || format!("Kunashiri's control went back to {kunashiri}"))
}

/// The panels far below, built and out of sight, follow the first screen once the browser is
/// idle: after quick changes in tasks of their own they show the last one, and neither binary
/// takes an earlier one back.
fn panels_out_of_sight_show_the_last_of_quick_changes(c: &Context) -> Result<(), String> {
    let japan = |link: &str| Ok::<_, String>(sea_km2(&cli_eval(link)?["sea"]["japan"]["total_km2"]));
    let (before, after) = (japan("1-JJRR-t")?, japan("1-JJJJ-t")?);
    ensure(before != after, || "the two views give the same sea".into())?;
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    let sea_shows = |figure: &str| {
        format!("return (document.querySelector('#sea-sides tr[data-side=japan]') || {{}}).textContent?.includes({figure:?})")
    };
    s.wait_for(&sea_shows(&before), "the sea panel, built, with the view opened")?;
    s.exec_async(
        "const done = arguments[arguments.length - 1];
        const set = (island) => { const e = document.querySelector('#status-' + island); e.value = 'japanese'; e.dispatchEvent(new Event('change', { bubbles: true })); };
        set('kunashiri');
        setTimeout(() => { set('etorofu'); setTimeout(() => done(true), 0); }, 0);",
    )?;
    s.wait_for(&sea_shows(&after), "the sea panel, out of sight, to show the last change")?;
    s.wait_for("return location.search === '?s=1-JJJJ-t&lang=en'", "the address to show the last change")?;
    s.exec("document.querySelector('#sea').scrollIntoView(); return true")?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    s.wait_for(&sea_shows(&after), "the sea panel, in view, to show the last change")?;
    s.exec("window.scrollTo(0, 0); return true")?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    // A jump to the sea right after a change: the first frame that shows the sea shows it.
    let first_frame = s.exec_async(
        "const done = arguments[arguments.length - 1];
        const e = document.querySelector('#status-etorofu'); e.value = 'russian'; e.dispatchEvent(new Event('change', { bubbles: true }));
        setTimeout(() => { document.querySelector('#sea').scrollIntoView(); requestAnimationFrame(() => done(document.querySelector('#sea-sides tr[data-side=japan]').textContent)); }, 0);",
    )?;
    let jumped = japan("1-JJJR-t")?;
    ensure(first_frame.as_str().is_some_and(|t| t.contains(&jumped)), || format!("the sea's first frame after a jump: {first_frame}"))?;
    change(&s, "#status-etorofu", "japanese")?;
    s.exec("window.scrollTo(0, 0); return true")?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    for island in ["kunashiri", "etorofu"] {
        let status = s.exec(&format!("return document.querySelector('#status-{island}').value"))?;
        ensure(status == "japanese", || format!("{island}'s control went back to {status}"))?;
    }
    ensure(search(&s)? == "?s=1-JJJJ-t&lang=en", || "the address went back".into())
}

/// The files of texts the page fetched, without their content hashes, in order.
const FETCHED_TEXTS: &str = "return performance.getEntriesByType('resource').map(e => e.name.split('/').pop().replace(/-[0-9a-f]{16}/, '')).filter(n => n.includes('texts-')).sort().join(' ')";

fn the_panels_far_below_are_built_when_a_reader_nears_them(c: &Context) -> Result<(), String> {
    let pending = "return [...document.querySelectorAll('[data-pending]')].map(e => e.className).join(' ')";
    for width in [390, 1280] {
        let s = c.driver.session(width, 900)?;
        s.goto(&c.url("?s=1-JJRR-t"))?;
        s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app to be ready")?;
        std::thread::sleep(std::time::Duration::from_millis(300));
        let places = s.exec(pending)?;
        ensure(places == "sea-pending positions-pending below-pending embed-pending analysis-pending", || {
            format!("at {width} px, places left: {places}")
        })?;
        // Their binary too waits for a reader to near them.
        let panels = s.exec(PANELS_BINARY_FETCHED)?;
        ensure(panels == serde_json::json!(false), || format!("at {width} px, the panels' binary came with the first screen"))?;
        if width == 390 {
            // A reader who switches language on the first screen downloads that language's
            // first-screen texts only.
            change(&s, "#language", "ru")?;
            s.wait_for("return document.documentElement.lang === 'ru'", "the page in Russian")?;
            let texts = s.exec(FETCHED_TEXTS)?;
            ensure(texts == "texts-en.txt texts-ru.txt", || format!("after switching on the first screen: {texts}"))?;
        }
        // An in-page link into an unbuilt panel builds it and goes there, as it would on a
        // page built whole: the fishing-rights term's link to the timeline's fishing agreements.
        s.click(".term-link")?;
        s.wait_for(
            "const t = document.getElementById('fishing-agreements'); if (!t) return false; const r = t.getBoundingClientRect(); return r.top >= -2 && r.top < innerHeight",
            "the fishing agreements in view",
        )?;
        citations_have_their_texts(&s, ".timeline")?;
        let panels = s.exec(PANELS_BINARY_FETCHED)?;
        ensure(panels == serde_json::json!(true), || format!("at {width} px, the timeline without the panels' binary"))?;
    }
    // An address naming a place builds every panel at once, and shows the place.
    let s = c.session()?;
    s.goto(&c.url("?s=1-JJRR-t#positions"))?;
    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app to be ready")?;
    s.wait_for("return document.querySelector('[data-pending]') === null", "every panel, for an address with #positions")?;
    s.wait_for(
        "const p = document.getElementById('positions'); const r = p && p.getBoundingClientRect(); return !!r && r.top >= -2 && r.top < innerHeight",
        "the positions in view",
    )?;
    citations_have_their_texts(&s, ".positions")?;
    citations_have_their_texts(&s, ".polls")
}

/// Whether the page fetched the binary of the full page's parts far below the first screen.
const PANELS_BINARY_FETCHED: &str =
    "return performance.getEntriesByType('resource').some(r => r.name.includes('/four-islands-panels-') && r.name.endsWith('.wasm'))";

/// The sources' texts of a panel far below came with the panels' file: every citation names
/// its publisher and title and links to its address.
fn citations_have_their_texts(s: &Session, panel: &str) -> Result<(), String> {
    let broken = s.exec(&format!(
        "const cites = [...document.querySelectorAll('{panel} a.cite')]; return cites.length === 0 ? 'none' : cites.filter(a => !a.textContent.trim() || !a.title || !/^https?:[/][/]/.test(a.getAttribute('href'))).length"
    ))?;
    ensure(broken == serde_json::json!(0), || format!("citations in {panel} without their texts: {broken}"))
}

fn a_border_of_the_past_opens_from_its_timeline_entry(c: &Context) -> Result<(), String> {
    for (lang, width) in [("en", 1280), ("ja", 390), ("ru", 1280)] {
        let s = c.driver.session(width, 900)?;
        s.open(&c.url(&format!("?s=1-JJRR-t&lang={lang}")))?;
        s.click("li[data-document='st-petersburg-1875'] .show-border")?;
        s.wait_for(
            "return document.querySelector('#past-st-petersburg-1875 svg .past-line') !== null",
            "the 1875 map",
        )?;
        let expanded = s.exec("return document.querySelector(\"li[data-document='st-petersburg-1875'] .show-border\").getAttribute('aria-expanded')")?;
        ensure(expanded == "true", || format!("aria-expanded is {expanded}"))?;
        // The past is shown beside the scenario, never as one: the scenario and the address stay.
        ensure(search(&s)? == format!("?s=1-JJRR-t&lang={lang}"), || "the address changed".into())?;
        s.screenshot(width, &c.output.join(format!("past-1875-{lang}-{width}.png")))?;
    }
    Ok(())
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

/// A host article on its own origin that embeds two scenarios through the loader.
fn host_site(explorer: &str, output: &Path) -> PathBuf {
    let dir = output.join("host-site");
    std::fs::create_dir_all(&dir).expect("host site folder");
    let page = format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><title>Host article</title></head><body style="margin:0">
<h1>An article about the islands</h1><p>Before the first embed.</p>
<div data-four-islands="1-JJRR-t" data-controls="all"></div>
<p>Between the embeds.</p>
<div data-four-islands="1-JJJS21-t" data-controls="none" data-theme="dark" data-asof="2016-06-01" data-names="ru"></div>
<p>After.</p>
<script src="{explorer}/embed.js"></script></body></html>"#
    );
    std::fs::write(dir.join("index.html"), page).expect("host page");
    dir
}

/// The iframe's height on the host page and its content's height inside, in CSS pixels.
fn heights(s: &Session, index: usize) -> Result<(f64, f64), String> {
    let outer =
        s.exec(&format!("return document.querySelectorAll('iframe')[{index}].getBoundingClientRect().height"))?;
    s.enter_frame(&format!("div[data-four-islands]:nth-of-type({}) iframe", index + 1))?;
    let ready = s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the embedded app");
    let inner = s.exec("return document.body.offsetHeight");
    s.leave_frame()?;
    ready?;
    Ok((outer.as_f64().unwrap_or(-1.0), inner?.as_f64().unwrap_or(-1.0)))
}

fn settle(s: &Session, index: usize) -> Result<(f64, f64), String> {
    let mut last = (0.0, 0.0);
    for _ in 0..40 {
        last = heights(s, index)?;
        if (last.0 - last.1).abs() <= 4.0 {
            return Ok(last);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Err(format!("iframe {index} is {} px high for {} px of content", last.0, last.1))
}

fn embedded_iframes_take_their_content_height(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.goto(&format!("{}/", c.host))?;
    s.wait_for("return document.querySelectorAll('iframe').length === 2", "two iframes")?;
    let (first, _) = settle(&s, 0)?;
    settle(&s, 1)?;
    // Dividing Etorofu adds a slider to the controls: the content grows, and so must the frame.
    s.enter_frame("div[data-four-islands]:nth-of-type(1) iframe")?;
    change(&s, "#status-etorofu", "split")?;
    s.wait_for("return document.querySelector('line.cut') !== null", "the dividing line")?;
    s.leave_frame()?;
    let (after, _) = settle(&s, 0)?;
    ensure(after > first, || format!("the frame stayed {first} px after its content grew"))?;
    // The loader passes the pinned date and the names on to the embed.
    let src = s.exec("return document.querySelectorAll('iframe')[1].src")?;
    ensure(src.as_str().is_some_and(|u| u.contains("asof=2016-06-01") && u.contains("names=ru")), || {
        format!("second iframe opens {src}")
    })?;
    s.screenshot(1280, &c.output.join("host-article-1280.png"))
}

fn a_message_from_another_origin_is_ignored(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.goto(&format!("{}/", c.host))?;
    s.wait_for("return document.querySelectorAll('iframe').length === 2", "two iframes")?;
    settle(&s, 0)?;
    let before = heights(&s, 0)?.0;
    s.exec("window.postMessage({ type: 'four-islands:height', height: 4321 }, '*'); return true")?;
    std::thread::sleep(std::time::Duration::from_millis(400));
    let after = heights(&s, 0)?.0;
    ensure(before == after && after != 4321.0, || format!("height went from {before} to {after}"))
}

fn without_javascript_the_pages_show_their_figures(c: &Context) -> Result<(), String> {
    let s = c.driver.session_with(1280, 900, &["--blink-settings=scriptEnabled=false"])?;
    s.goto(&c.url("p/1956.html"))?;
    expect_text(&s, "#land-japan", "342.5 km²")?;
    expect_text(&s, "#land-russia", "4,655.9 km²")?;
    let cut = s.exec("return document.querySelectorAll('path[data-island=habomai]').length")?;
    ensure(cut.as_u64().unwrap_or(0) >= 5, || "the static map is missing".into())?;
    s.screenshot(1280, &c.output.join("no-javascript-1956.png"))?;
    // The full page shows its first screen's figures without the controls that would do
    // nothing, and links each preset's static page.
    let s = c.driver.session_with(390, 900, &["--blink-settings=scriptEnabled=false"])?;
    s.goto(&c.url(""))?;
    expect_text(&s, "#land-japan", "0 km²")?;
    expect_text(&s, ".no-scripts", "needs JavaScript")?;
    let shown = s.exec(
        "const shown = (q) => [...document.querySelectorAll(q)].some((e) => e.getClientRects().length > 0); \
         return [shown('#status-etorofu'), shown('#language'), shown('#copy-link'), shown('.map svg'), \
         document.querySelector('.no-scripts a[href=\"./p/1956.html\"]') !== null]",
    )?;
    ensure(shown == serde_json::json!([false, false, false, true, true]), || format!("without scripts: {shown}"))?;
    s.screenshot(390, &c.output.join("no-javascript-full-390.png"))
}

/// A preset no longer offered keeps its page and its link: the scenario opens, the picker no
/// longer lists it, and the page says why; a preset that follows a cited model shows it.
fn a_retired_preset_page_still_opens_and_says_why(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("p/lease-back.html"))?;
    expect_text(&s, "#land-japan", "4,998.4 km²")?;
    ensure(
        s.exec("return document.querySelector(\"button[data-preset='lease-back']\") === null")? == Value::Bool(true),
        || "the retired preset is still offered".into(),
    )?;
    expect_text(&s, ".preset-about .retired", "No longer offered")?;
    s.open(&c.url("?s=1-JJJS21-t&lang=en"))?;
    expect_text(&s, ".precedents [data-precedent='barents-2010']", "Putin")?;
    expect_text(&s, ".precedents [data-precedent='china-russia-2004']", "Iwashita")
}

/// Every view says how far the record runs, in the reader's language, and the timeline marks
/// the entries whose sources the fact base rates below high.
fn the_record_says_how_far_it_runs_and_the_timeline_marks_weak_sources(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-RRRR&lang=ja"))?;
    expect_text(&s, ".positions .record-ends", "2026年2月20日")?;
    expect_text(&s, ".timeline [data-document='islets-named-2025'] .confidence", "確度：中")?;
    let marked =
        s.exec("return document.querySelectorAll('.timeline [data-document=\"bluebook-2023\"] .confidence').length")?;
    ensure(marked == 0, || "a high-confidence entry is marked".into())?;
    s.open(&c.url("embed.html?s=1-JJRR-t&lang=ru"))?;
    expect_text(&s, ".embed .record-ends", "20.02.2026")
}

fn the_embed_page_links_to_the_full_explorer_in_its_theme(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("embed.html?s=1-JJRR-t&controls=none&theme=dark"))?;
    ensure(s.exec("return document.querySelector('.embed.theme-dark') !== null")? == Value::Bool(true), || {
        "no dark embed".into()
    })?;
    ensure(s.exec("return document.querySelector('.preset') === null")? == Value::Bool(true), || {
        "controls shown with controls=none".into()
    })?;
    // The full explorer at the same view, and the date the card shows.
    let href = s.exec("return document.querySelector('.card-full').href")?;
    let today = s.exec("return new Date().toISOString().slice(0, 10)")?;
    let full = c.url(&format!("?s=1-JJRR-t&asof={}&lang=en", today.as_str().unwrap_or_default()));
    ensure(href.as_str() == Some(&full), || format!("full explorer link {href}, not {full}"))?;
    s.screenshot(390, &c.output.join("embed-dark-390.png"))
}

/// Of the wasm binaries, the page has loaded `binary` alone.
fn only_wasm(s: &Session, binary: &str) -> Result<(), String> {
    let loaded =
        s.exec("return performance.getEntriesByType('resource').map(r => r.name).filter(n => n.endsWith('.wasm'))")?;
    let loaded: Vec<&str> = loaded.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    ensure(loaded.len() == 1 && loaded[0].contains(&format!("/{binary}-")), || format!("embed loaded {loaded:?}"))
}

/// The embed code with every control loads `four-islands-embed`, not the full page's wasm, and on a
/// phone-wide screen its parts keep their order (the full page's narrow-screen reordering
/// once pulled the embed's footer to the top).
fn the_embed_runs_its_own_binary_in_reading_order_on_a_phone(c: &Context) -> Result<(), String> {
    let s = c.driver.session(390, 900)?;
    s.open(&c.url("embed.html?s=1-JJRR-t&controls=all"))?;
    only_wasm(&s, "four-islands-embed")?;
    // Of the texts, only the first screen's, in the reader's language.
    let texts = s.exec("return performance.getEntriesByType('resource').map(r => r.name).filter(n => n.includes('texts-'))")?;
    let texts: Vec<&str> = texts.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    ensure(texts.len() == 1 && texts[0].contains("/texts-en-"), || format!("embed fetched texts {texts:?}"))?;
    let tops = s.exec(
        "return ['.card-title', '.card-presets', '.card-map', '.card-figures', '.islands', '.terms', '.card-positions', '.card-footer'].map(c => document.querySelector('.embed ' + c).getBoundingClientRect().top)",
    )?;
    let tops: Vec<f64> = tops.as_array().into_iter().flatten().filter_map(Value::as_f64).collect();
    ensure(tops.len() == 8 && tops.windows(2).all(|w| w[0] < w[1]), || {
        format!(
            "embed parts out of order (tops of title, presets, map, figures, islands, terms, positions, footer): {tops:?}"
        )
    })
}

/// An embed code without every control runs on `four-islands-card`, the card without yew: a
/// preset picked in its menu redraws the card in place (the menu keeps the focus) and the
/// address follows; a damaged link's notice can be dismissed.
fn the_embed_card_runs_without_yew_and_follows_its_menu(c: &Context) -> Result<(), String> {
    let s = c.driver.session(640, 900)?;
    s.open(&c.url("embed.html?s=1-JJRR-t&controls=presets&lang=en&asof=2016-06-01"))?;
    only_wasm(&s, "four-islands-card")?;
    // The pre-rendered card of another view waited out of the layout, and the live one moved
    // nothing as it came.
    let shifts = s.exec_async(
        "const done = arguments[arguments.length - 1]; new PerformanceObserver((l) => done(l.getEntries().length)).observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done(0), 500);",
    )?;
    ensure(shifts == serde_json::json!(0), || format!("{shifts} layout shifts in the embed"))?;
    let chosen = s.exec("const m = document.querySelector('#card-preset'); return [m.value, m.options.length]")?;
    ensure(chosen[0] == "1956" && chosen[1].as_u64() > Some(5), || format!("menu {chosen}"))?;
    s.exec(
        "const m = document.querySelector('#card-preset'); m.focus(); m.value = 'equal-area'; m.dispatchEvent(new Event('change', { bubbles: true }))",
    )?;
    expect_text(&s, ".card-title", "Equal division of the land")?;
    expect_text(&s, "#land-japan", "2,496.8\u{a0}km²")?;
    expect_text(&s, ".card-positions h3", "Positions as of 2016-06-01")?;
    let after = s.exec(
        "return [document.activeElement.id, document.querySelector('#card-preset').value, document.querySelector('.card-full').href, document.querySelectorAll('.card-verdict').length]",
    )?;
    let full = c.url("?s=1-JJJS21-t&asof=2016-06-01&lang=en");
    ensure(after == serde_json::json!(["card-preset", "equal-area", full, 2]), || format!("after the pick: {after}"))?;
    s.wait_for(
        "return location.search === '?s=1-JJJS21-t&asof=2016-06-01&lang=en&controls=presets&theme=light'",
        "the address of the picked preset",
    )?;
    // A custom scenario shows as such, on a line that picks nothing.
    s.open(&c.url("embed.html?s=1-JRRR-t&controls=presets"))?;
    let custom = s.exec("const o = document.querySelector('#card-preset').selectedOptions[0]; return [o.value, o.disabled]")?;
    ensure(custom == serde_json::json!(["", true]), || format!("custom scenario's line {custom}"))?;
    // A damaged link: the notice says so, and goes when dismissed.
    s.open(&c.url("embed.html?s=1-JJXX&controls=none"))?;
    expect_text(&s, ".embed .notice", "instead")?;
    s.exec("window.glanceBefore = document.querySelector('.card-glance').firstChild")?;
    s.click(".notice button")?;
    s.wait_for("return document.querySelector('.notice') === null", "the notice dismissed")?;
    expect_text(&s, ".card-title", "Status quo")?;
    // Dismissing changes no figure, so the live region of land and residents is not redrawn
    // (and not announced again).
    let kept = s.exec("return document.querySelector('.card-glance').firstChild === window.glanceBefore")?;
    ensure(kept == Value::Bool(true), || "dismissing the notice redrew the card".into())
}

fn the_embed_button_gives_the_snippet_for_this_view(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJJS21-t"))?;
    s.click("#embed-toggle")?;
    let code = s.exec("return document.querySelector('#embed-code').value")?;
    let today = s.exec("return new Date().toISOString().slice(0, 10)")?;
    let today = today.as_str().unwrap_or_default();
    // The loader named by its content, with its integrity hash; a link inside for readers
    // whose CMS or browser drops the script.
    let expected = format!(
        "<div data-four-islands=\"1-JJJS21-t\" data-controls=\"presets\" data-lang=\"en\" data-asof=\"{today}\"><a href=\"{o}/?s=1-JJJS21-t&amp;asof={today}&amp;lang=en\">Four Islands: Equal division of the land</a></div>\n<script async src=\"{o}/{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        c.marker("data-loader"),
        c.marker("data-loader-integrity"),
        o = c.origin,
    );
    ensure(code.as_str() == Some(&expected), || format!("snippet {code}\nexpected {expected}"))
}

fn preset_pages_carry_link_preview_tags_and_image(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("p/equal-area.html"))?;
    expect_text(&s, "#land-japan", "2,496.8 km²")?;
    // Without a public address (a local build), the preview's addresses lead from the page.
    let image = s.exec("return document.querySelector('meta[property=\"og:image\"]').content")?;
    ensure(image.as_str() == Some("../og/equal-area.png"), || format!("og:image {image}"))?;
    let card = s.exec("return document.querySelector('meta[name=\"twitter:card\"]').content")?;
    ensure(card == "summary_large_image", || format!("twitter:card {card}"))?;
    s.goto(&c.url("og/equal-area.png"))?;
    let size =
        s.exec("const i = document.querySelector('img'); return i ? [i.naturalWidth, i.naturalHeight] : null")?;
    ensure(size == serde_json::json!([1200, 630]), || format!("preview image size {size}"))
}

fn the_page_runs_under_a_strict_security_policy(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    let source = s.exec(
        "const x = new XMLHttpRequest(); x.open('GET', location.href, false); x.send(); return x.responseText;",
    )?;
    let source = source.as_str().unwrap_or_default();
    let policy = s.exec(
        "const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m ? m.content : ''",
    )?;
    let policy = policy.as_str().unwrap_or_default();
    for needed in ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"] {
        ensure(policy.contains(needed), || format!("policy {policy:?} lacks {needed:?}"))?;
    }
    ensure(!policy.contains("'unsafe-inline'") && !policy.contains("'unsafe-eval'"), || {
        format!("weak policy {policy:?}")
    })?;
    // The server sends the same policy, with what only a header can say.
    let header = http::get(&c.origin, "/?s=1-JJRR-t", &[])?;
    let sent = header.header("Content-Security-Policy");
    ensure(sent == format!("{policy}; frame-ancestors 'self'"), || format!("header policy {sent:?}, meta {policy:?}"))?;
    let inline = source
        .match_indices("<script")
        .filter(|(i, _)| !source[*i..].split('>').next().unwrap_or("").contains("src="))
        .count();
    ensure(inline == 0, || format!("{inline} inline script(s) in the page"))?;
    // Every change of the page must stay within the policy: listen, then use the controls.
    s.exec("window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective)); return true")?;
    s.click("button[data-preset='equal-area']")?;
    change(&s, "#status-kunashiri", "joint")?;
    change(&s, "#as-of", "2001-04-01")?;
    s.wait_for("return location.search.includes('asof=2001-04-01')", "the changes")?;
    // The downloads draw the card through an image, the one blob: load the policy allows.
    s.click("#download-svg")?;
    s.click("#download-png")?;
    std::thread::sleep(std::time::Duration::from_millis(500));
    let violations = s.exec("return window.violations")?;
    ensure(violations == serde_json::json!([]), || format!("policy violations: {violations}"))?;
    let styled = s.exec("return document.querySelectorAll('#app [style]').length")?;
    ensure(styled == 0, || format!("{styled} elements carry inline styles"))
}

fn hostile_links_show_the_message_and_run_nothing(c: &Context) -> Result<(), String> {
    let long = "1-JJRR-t".repeat(10_000);
    let hostile = [
        "?s=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E".to_owned(),
        "?s=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E".to_owned(),
        "?s=1-JJRR-t%22%3E%3Csvg%20onload%3Dwindow.pwned%3D1%3E".to_owned(),
        "?s=javascript:window.pwned=1".to_owned(),
        "?s=%E0%80%80%FF%FE%C0".to_owned(),
        "?s=%".to_owned(),
        "?s=3-JJRR-t".to_owned(),
        format!("?s={long}"),
        "?s=1-JJRR-t&asof=%3Csvg%20onload%3Dwindow.pwned%3D1%3E".to_owned(),
    ];
    // On a plain server: nginx, like most, answers 414 to an address over 8 kB before any page
    // could say what is wrong with its link.
    let plain = server::serve(c.dist.clone());
    let s = c.session()?;
    for query in &hostile {
        s.open(&format!("{plain}/{query}"))?;
        let shown = s.exec("const n = document.querySelector('.notice'); return n ? n.textContent : ''")?;
        ensure(!shown.as_str().unwrap_or_default().is_empty(), || format!("{:.60}: no message", query))?;
        let ran = s.exec("return window.pwned === undefined && document.querySelectorAll('#app script, #app img, [onerror], [onload]').length === 0")?;
        ensure(ran == Value::Bool(true), || format!("{:.60}: injected markup or script", query))?;
    }
    Ok(())
}

fn a_blocked_analysis_worker_gets_a_message(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&format!("{}/?s=1-JJRR-t&va=a20.-5.5.5.3_a20.5.5.5.3", c.no_worker))?;
    s.wait_for(
        "return document.querySelector('#analysis').getAttribute('aria-busy') === 'false'",
        "the analysis to give up",
    )?;
    expect_text(&s, "#analysis [role=status]", "could not run in this browser")?;
    ensure(s.exec("return document.querySelector('#analysis-retry') !== null")? == Value::Bool(true), || {
        "no way to try again".into()
    })?;
    // The explorer itself keeps working.
    expect_text(&s, "#land-japan", "km²")
}

fn a_blocked_wasm_leaves_the_static_page_and_a_notice(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.goto(&format!("{}p/1956.html", c.no_wasm))?;
    s.wait_for("return document.documentElement.hasAttribute('data-boot-failed')", "the boot failure notice")?;
    expect_text(&s, "#land-japan", "342.5 km²")?;
    expect_text(&s, ".notice", "could not start")?;
    expect_text(&s, ".notice", "those of “Two islands (1956 Joint Declaration)”, as the link asks")
}

/// Before the explorer starts, a page shows its pre-rendered heading and figures; a link to
/// another view than those hides the figures, their space kept, so that the reader never sees
/// figures the link did not ask for; the explorer then shows the linked view in their place.
fn a_link_to_another_view_never_shows_the_prerendered_figures(c: &Context) -> Result<(), String> {
    let seen = "const v = (q) => { const e = document.querySelector(q); return e ? getComputedStyle(e).visibility : 'none'; }; return [v('.masthead'), v('#app .layout')];";
    let s = c.session()?;
    // This server never sends the first wasm it is asked for: the explorer never starts here.
    s.goto(&format!("{}/?s=1-JJRR-t&asof=2016-06-01", c.stalled_wasm))?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    let before = s.exec(seen)?;
    ensure(before == serde_json::json!(["visible", "hidden"]), || format!("before the explorer: {before}"))?;
    // The next load gets its wasm: the explorer shows the linked view.
    let s = c.session()?;
    s.open(&format!("{}/?s=1-JJRR-t&asof=2016-06-01", c.stalled_wasm))?;
    expect_text(&s, "#land-japan", "342.5 km²")?;
    // A link to the view the page was pre-rendered with shows its figures at once.
    let s = c.session()?;
    s.goto(&format!("{}/p/1956.html?s=1-JJRR-t", c.no_wasm))?;
    let same = s.exec(seen)?;
    ensure(same == serde_json::json!(["visible", "visible"]), || format!("the same view: {same}"))?;
    // And if the explorer cannot start, hidden figures show again with the notice of what they are.
    let s = c.session()?;
    s.goto(&format!("{}?s=1-JJRR-t", c.no_wasm))?;
    s.wait_for("return document.documentElement.hasAttribute('data-boot-failed')", "the boot failure notice")?;
    let failed = s.exec(seen)?;
    ensure(failed == serde_json::json!(["visible", "visible"]), || format!("after the failure: {failed}"))
}

/// The texts come in a file per language beside the wasm: without it the explorer cannot
/// start, and the page says so as for a wasm that fails, in the reader's language.
fn blocked_texts_leave_the_static_page_and_a_notice_in_the_readers_language(c: &Context) -> Result<(), String> {
    for (page, notice) in [
        ("p/1956.html?lang=ja", "このブラウザーでは対話型の探索ツールを起動できませんでした。"),
        ("embed.html?s=1-JJRR-t&lang=ru", "В этом браузере интерактивный инструмент не запустился."),
    ] {
        let s = c.session()?;
        s.goto(&format!("{}/{page}", c.no_texts))?;
        s.wait_for("return document.documentElement.hasAttribute('data-boot-failed')", "the boot failure notice")?;
        expect_text(&s, "#land-japan", "km²")?;
        expect_text(&s, ".notice", notice)?;
    }
    Ok(())
}

/// axe-core's rules (WCAG 2.x A and AA), run in the page: none may be violated.
fn the_accessibility_audit_finds_no_violations(c: &Context) -> Result<(), String> {
    let axe_path =
        std::env::var("FOUR_ISLANDS_AXE").map_err(|_| "FOUR_ISLANDS_AXE is not set: run ./scripts/test".to_owned())?;
    let axe = std::fs::read_to_string(&axe_path).map_err(|e| format!("{axe_path}: {e}"))?;
    let pages = [
        ("?s=1-JJJS21-t&lang=en", 1280),
        ("?s=1-CA20L99S1-tp5dfrvjsn&lang=ja", 390),
        ("?s=1-JJRR-t&lang=ru&names=ru", 1280),
        ("embed.html?s=1-JJRR-t&controls=all&lang=en", 390),
        ("embed.html?s=1-JJRR-t&controls=all&lang=ja", 390),
        ("embed.html?s=1-JJRR-t&controls=none&theme=dark&lang=ru", 1280),
        ("embed.html?s=1-JJJS21-t&controls=presets&lang=ru", 390),
        ("embed.html?s=1-JJRR-t&controls=all&panels=all&lang=ja", 1280),
        ("?s=1-JJRR-t&lang=en&va=a20.-5.5.5.3_p40.5.5.5.3", 390),
        ("?s=1-JJRR-t&lang=ja&va=a20.-5.5.5.3_a20.5.5.5.3", 1280),
        ("?s=1-JJRR-t&lang=ru&va=e20.-5.5.5.3_a20.5.5.5.3", 1280),
    ];
    // Also the full page as it first loads, its parts far below the first screen not built.
    let first_screens = [("?s=1-JJRR-t&lang=en#first", 390), ("?s=1-JJJS21-t&lang=ja#first", 1280)];
    for (page, width) in pages.into_iter().chain(first_screens) {
        let s = c.driver.session(width, 900)?;
        if let Some(page) = page.strip_suffix("#first") {
            s.goto(&c.url(page))?;
            // The places of the sea, the positions, the polls to the timeline, the embed code and
            // the analysis.
            s.wait_for("return document.querySelectorAll('[data-pending]').length === 5", "the page as it first loads")?;
        } else {
            s.open(&c.url(page))?;
        }
        if page.contains("va=") {
            s.wait_for(
                "return document.querySelector('#analysis').getAttribute('aria-busy') === 'false'",
                "the analysis",
            )?;
        }
        // Run as the script itself, not through eval: the page's policy forbids eval.
        s.exec(&format!("{axe}\nreturn true;"))?;
        let result = s.exec_async(
            "const done = arguments[arguments.length - 1]; axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.length + ' (' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ') + ')')), e => done(['axe failed: ' + e]));",
        )?;
        ensure(result == serde_json::json!([]), || format!("{page} at {width} px: {result}"))?;
    }
    Ok(())
}

/// Tab to a preset, choose it with Enter, tab to "Copy link" and press it: no mouse.
fn a_preset_can_be_chosen_and_the_link_copied_by_keyboard_alone(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url(""))?;
    let mut reached = false;
    for _ in 0..40 {
        s.keys("\u{E004}")?; // Tab
        if s.exec("return document.activeElement.dataset.preset === '1956'")? == Value::Bool(true) {
            reached = true;
            break;
        }
    }
    ensure(reached, || "Tab never reached the 1956 preset".into())?;
    let outline = s.exec("return getComputedStyle(document.activeElement).outlineStyle")?;
    ensure(outline != "none", || "the focused preset shows no focus outline".into())?;
    s.keys("\u{E007}")?; // Enter
    s.wait_for("return location.search === '?s=1-JJRR-t&lang=en'", "the preset chosen by keyboard")?;
    let mut copied = false;
    for _ in 0..60 {
        s.keys("\u{E004}")?;
        if s.exec("return document.activeElement.id === 'copy-link'")? == Value::Bool(true) {
            copied = true;
            break;
        }
    }
    ensure(copied, || "Tab never reached Copy link".into())?;
    s.keys(" ")?;
    s.wait_for("return document.querySelector('.share [role=status]').textContent.length > 0", "a copy status")
}

fn language_and_names_are_chosen_and_carried_in_the_link(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.goto(&c.url("?s=1-JJRR-t&lang=ja"))?;
    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app to be ready")?;
    ensure(s.exec("return document.documentElement.lang")? == "ja", || "html lang is not ja".into())?;
    expect_text(&s, ".outcome h2", "土地と人")?;
    expect_text(&s, "tr[data-island=etorofu] th", "択捉島 / Iturup")?;
    // A reader downloads the texts of their language only, until they pick another, and those
    // of the panels far below the first screen only when they near them.
    let fetched = FETCHED_TEXTS;
    std::thread::sleep(std::time::Duration::from_millis(500));
    let texts = s.exec(fetched)?;
    ensure(texts == "texts-ja.txt", || format!("on the first screen, the page fetched {texts}"))?;
    ensure(s.exec("return document.querySelector('[data-pending]') !== null")? == Value::Bool(true), || {
        "the panels far below were built before a reader neared them".into()
    })?;
    s.open(&c.url("?s=1-JJRR-t&lang=ja"))?;
    let texts = s.exec(fetched)?;
    ensure(texts == "page-texts-ja.txt texts-ja.txt", || format!("near the panels, the page fetched {texts}"))?;
    change(&s, "#language", "ru")?;
    s.wait_for("return location.search === '?s=1-JJRR-t&lang=ru'", "the language in the address")?;
    // The panels are built: their texts in the new language come with the switch.
    let texts = s.exec(fetched)?;
    ensure(texts == "page-texts-ja.txt page-texts-ru.txt texts-ja.txt texts-ru.txt", || format!("then {texts}"))?;
    // The panels below the first screen speak the new language too (the page's second file).
    expect_text(&s, ".timeline h2", "Хронология")?;
    expect_text(&s, "#land-japan", "342,5 км²")?;
    expect_text(&s, "#land-russia", "4\u{202f}655,9 км²")?;
    change(&s, "#naming", "ru")?;
    s.wait_for("return location.search === '?s=1-JJRR-t&lang=ru&names=ru'", "the names in the address")?;
    expect_text(&s, "tr[data-island=etorofu] th", "Итуруп")?;
    s.click("#embed-toggle")?;
    s.wait_for("return document.querySelector('#embed-code') !== null", "the embed code")?;
    let code = s.exec("return document.querySelector('#embed-code').value")?;
    ensure(code.as_str().unwrap_or_default().contains("data-lang=\"ru\""), || format!("embed code {code}"))?;
    s.screenshot(1280, &c.output.join("explorer-ru-1280.png"))?;
    // Without a language in the address, the browser's preference decides (English here).
    let fresh = c.session()?;
    fresh.open(&c.url("?s=1-JJRR-t"))?;
    expect_text(&fresh, ".outcome h2", "Land and people")
}

/// Open the analysis, change an assumption, walk the frontier by keyboard and open a point:
/// every step is in the address, and the address reopens it.
fn the_negotiation_analysis_is_carried_in_the_link_and_loads_a_point(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    s.click("#analysis button")?;
    s.wait_for(
        "return location.search === '?s=1-JJRR-t&lang=en&va=a0.0.0.0.3_a0.0.0.0.3'",
        "the default assumptions in the address",
    )?;
    s.wait_for("return document.querySelector('.analysis .disclaimer') !== null", "the analysis's results")?;
    // Computed by the web worker, off the page's main thread.
    let by_worker = s.exec(
        "return performance.getEntriesByType('resource').some(r => r.name.includes('/analysis-worker-')) && performance.getEntriesByName('four-islands-analysis').length > 0",
    )?;
    ensure(by_worker == Value::Bool(true), || "the analysis did not come from the worker".into())?;
    expect_text(&s, ".analysis .disclaimer", "not a forecast")?;
    expect_text(&s, ".analysis", "149,923,840 settlements")?;
    // As `fourislands analyse` finds for the defaults: the same assumptions for both sides and
    // land alone, which is zero-sum, so no bargaining solution; the sensitivity table shows
    // that a treaty worth +20 % to both puts the Nash solution at no land moved.
    expect_text(&s, ".analysis figcaption", "No settlement leaves both sides better off than no agreement")?;
    expect_text(&s, ".sensitivity tr[data-variation=t] td:nth-of-type(1)", "0 %")?;
    expect_text(&s, ".sensitivity tr[data-variation=a] td:nth-of-type(1)", "none")?;

    change(&s, "#va-treaty-russia", "40")?;
    s.wait_for("return location.search.endsWith('&va=a0.0.0.0.3_a40.0.0.0.3')", "the changed assumption")?;
    s.wait_for("return document.querySelector('#analysis').getAttribute('aria-busy') === 'false'", "the new results")?;
    s.exec("document.querySelector('.chart > svg').focus(); return true")?;
    s.keys("\u{E014}")?; // ArrowRight: the frontier's first point
    s.wait_for(
        "return document.querySelector('#chart-point').textContent.includes('On the frontier')",
        "a described point",
    )?;
    let described = s.exec("return document.querySelector('.chart > svg').getAttribute('aria-valuetext')")?;
    ensure(described.as_str().is_some_and(|t| t.starts_with("On the frontier: Japan")), || {
        format!("valuetext {described}")
    })?;
    s.keys("\u{E007}")?; // Enter opens it
    s.wait_for("return !location.search.startsWith('?s=1-JJRR-t&')", "the frontier point in the explorer")?;
    let opened = search(&s)?;
    ensure(opened.ends_with("&va=a0.0.0.0.3_a40.0.0.0.3"), || format!("address {opened}"))?;

    let again = c.session()?;
    again.open(&c.url(&opened))?;
    again
        .wait_for("return document.querySelector('#analysis').getAttribute('aria-busy') === 'false'", "the analysis")?;
    let treaty = again.exec("return document.querySelector('#va-treaty-russia').value")?;
    ensure(treaty == "40", || format!("Russia's treaty value reopened as {treaty}"))?;

    let bad = c.session()?;
    bad.open(&c.url("?s=1-JJRR-t&va=a20.-5.5.5.3_a20.5.5.5.999"))?;
    expect_text(&bad, ".notice", "assumptions in the link are not valid")?;
    bad.wait_for("return document.querySelector('#analysis').getAttribute('aria-busy') === 'false'", "the analysis")?;
    expect_text(&bad, ".analysis .disclaimer", "not a forecast")
}

/// A host page of the news site's own, with `body` in it.
fn host_page(c: &Context, name: &str, body: &str) -> Result<(), String> {
    std::fs::write(c.host_dir.join(name), articles::page(body)).map_err(|e| e.to_string())
}

/// The headers the hosting recipe promises, as nginx sends them at the root and under a path,
/// and the same from `_headers` as a host like Cloudflare Pages applies it; the precompressed
/// files with the original's type.
fn the_servers_send_the_hosting_headers(c: &Context) -> Result<(), String> {
    let worker = format!("/{}", c.marker("data-worker"));
    let loader = format!("/{}", c.marker("data-loader"));
    // The main binary's wasm: the pages name it only in their starter, which fetches it.
    let wasm = std::fs::read_dir(&c.dist)
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with("four-islands-web-") && name.ends_with("_bg.wasm"))
        .ok_or("no wasm of the main binary in dist/")?;
    let wasm = format!("/{wasm}");
    let page_policy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
    let immutable = "public, max-age=31536000, immutable";
    let full = [
        ("Content-Security-Policy", format!("{page_policy}; frame-ancestors 'self'")),
        ("Cross-Origin-Opener-Policy", "same-origin".into()),
        ("Cross-Origin-Resource-Policy", String::new()),
        ("Cache-Control", "no-cache".into()),
    ];
    let embed = [
        ("Content-Security-Policy", format!("{page_policy}; frame-ancestors *")),
        ("Cross-Origin-Resource-Policy", "cross-origin".into()),
        ("Cross-Origin-Embedder-Policy", "require-corp".into()),
        ("Cross-Origin-Opener-Policy", String::new()),
        ("Cache-Control", "no-cache".into()),
    ];
    let expected: Vec<(&str, Vec<(&str, String)>)> = vec![
        ("/", full.to_vec()),
        ("/p/1956.html", full.to_vec()),
        ("/p/1956", full.to_vec()),
        ("/embed.html", embed.to_vec()),
        ("/embed", embed.to_vec()),
        (
            &worker,
            vec![
                (
                    "Content-Security-Policy",
                    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'".into(),
                ),
                ("Cache-Control", immutable.into()),
            ],
        ),
        (
            "/embed.js",
            vec![
                ("Access-Control-Allow-Origin", "*".into()),
                ("Cross-Origin-Resource-Policy", "cross-origin".into()),
                ("Cache-Control", "no-cache".into()),
            ],
        ),
        (
            &loader,
            vec![
                ("Access-Control-Allow-Origin", "*".into()),
                ("Cross-Origin-Resource-Policy", "cross-origin".into()),
                ("Cache-Control", immutable.into()),
            ],
        ),
        (&wasm, vec![("Content-Type", "application/wasm".into()), ("Cache-Control", immutable.into())]),
        ("/og/1956.png", vec![("Content-Type", "image/png".into()), ("Cache-Control", "no-cache".into())]),
    ];
    let under_path = c.subpath.trim_end_matches(SUBPATH).to_owned();
    for (origin, prefix) in [(c.origin.as_str(), ""), (under_path.as_str(), SUBPATH.trim_end_matches('/'))] {
        for (path, headers) in &expected {
            let address = format!("{prefix}{path}");
            let r = http::get(origin, &address, &[])?;
            ensure(r.status == 200, || format!("{address}: status {}", r.status))?;
            for (name, value) in headers.iter().chain(&[
                ("X-Content-Type-Options", "nosniff".to_owned()),
                ("Referrer-Policy", "strict-origin-when-cross-origin".to_owned()),
            ]) {
                ensure(r.header(name) == value, || {
                    format!("nginx {address}: {name} is {:?}, not {value:?}", r.header(name))
                })?;
            }
            if path.ends_with(".html") || !path.contains('.') {
                ensure(r.header("Permissions-Policy").contains("camera=()"), || {
                    format!("{address}: no Permissions-Policy")
                })?;
            }
        }
        // Precompressed copies, chosen by Accept-Encoding, with the type of the original.
        for (encoding, suffix) in [("br", ".br"), ("gzip", ".gz"), ("", "")] {
            let address = format!("{prefix}{wasm}");
            let r = http::get(origin, &address, &[("Accept-Encoding", encoding)])?;
            let file = std::fs::read(c.dist.join(format!("{}{suffix}", wasm.trim_start_matches('/'))))
                .map_err(|e| e.to_string())?;
            ensure(r.body == file, || {
                format!(
                    "{address} with {encoding:?}: {} bytes, not the {} of its {suffix:?} file",
                    r.body.len(),
                    file.len()
                )
            })?;
            ensure(r.header("Content-Encoding") == encoding, || {
                format!("{address}: Content-Encoding {:?}", r.header("Content-Encoding"))
            })?;
            ensure(r.header("Content-Type") == "application/wasm", || {
                format!("{address}: {:?}", r.header("Content-Type"))
            })?;
            ensure(r.header("Vary") == "Accept-Encoding", || format!("{address}: Vary {:?}", r.header("Vary")))?;
        }
        let r = http::get(origin, &format!("{prefix}/embed.html"), &[("Accept-Encoding", "br")])?;
        ensure(r.header("Content-Type") == "text/html; charset=utf-8" && r.header("Content-Encoding") == "br", || {
            format!("embed.html: {:?} {:?}", r.header("Content-Type"), r.header("Content-Encoding"))
        })?;
    }
    // What the loader is pinned to is what is served.
    let r = http::get(&c.origin, &loader, &[])?;
    use base64::Engine;
    use sha2::Digest;
    let integrity =
        format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&r.body)));
    ensure(integrity == c.marker("data-loader-integrity"), || format!("{loader} hashes to {integrity}"))?;
    // _headers, as a host that applies it sends it: the same as nginx, address by address.
    let compared = [
        "Content-Security-Policy",
        "Cross-Origin-Opener-Policy",
        "Cross-Origin-Resource-Policy",
        "Cross-Origin-Embedder-Policy",
        "Access-Control-Allow-Origin",
        "Cache-Control",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
    ];
    // (That host redirects the .html addresses to the others, which are compared.)
    for (path, _) in expected.iter().filter(|(p, _)| !p.ends_with(".html")) {
        let (by_nginx, by_file) = (http::get(&c.origin, path, &[])?, http::get(&c.pages, path, &[])?);
        ensure(by_file.status == 200, || format!("pages host {path}: status {}", by_file.status))?;
        for name in compared {
            ensure(by_nginx.header(name) == by_file.header(name), || {
                format!(
                    "{path}: {name} is {:?} from nginx, {:?} from _headers",
                    by_nginx.header(name),
                    by_file.header(name)
                )
            })?;
        }
    }
    Ok(())
}

/// Opens a page and checks that it started with everything it loads found, under `base`.
fn opened_under(c: &Context, base: &str, address: &str) -> Result<Session, String> {
    let s = c.session()?;
    s.open(&format!("{base}{address}"))?;
    let failed = s.exec(
        "return performance.getEntriesByType('resource').filter(r => r.responseStatus !== 200 && r.responseStatus !== 304).map(r => r.name + ' ' + r.responseStatus)",
    )?;
    ensure(failed == serde_json::json!([]), || format!("{base}{address}: failed loads {failed}"))?;
    let outside = s.exec(&format!(
        "return performance.getEntriesByType('resource').map(r => r.name).filter(n => !n.startsWith({base:?}))"
    ))?;
    ensure(outside == serde_json::json!([]), || format!("{base}{address}: loads outside the site {outside}"))?;
    let styled =
        s.exec("return getComputedStyle(document.body).margin === '0px' && document.styleSheets.length > 0")?;
    ensure(styled == Value::Bool(true), || format!("{base}{address}: unstyled"))?;
    Ok(s)
}

/// The site at a graphics desk's path on nginx, with and without .html, and on a host that
/// serves clean addresses only (redirecting .html): every page starts and shows what its
/// link asks for.
fn every_page_starts_under_a_path_and_at_clean_addresses(c: &Context) -> Result<(), String> {
    let pages = format!("{}/", c.pages);
    for (base, html) in
        [(c.subpath.as_str(), ".html"), (c.subpath.as_str(), ""), (pages.as_str(), ".html"), (pages.as_str(), "")]
    {
        let s = opened_under(c, base, "?s=1-JJRR-t")?;
        expect_text(&s, "#land-japan", "342.5 km²")?;
        let shared = s.exec("return document.querySelector('#share-link').value")?;
        ensure(shared.as_str().is_some_and(|a| a.starts_with(&format!("{base}?s=1-JJRR-t"))), || {
            format!("{base}: share link {shared}")
        })?;

        let s = opened_under(c, base, &format!("p/1956{html}"))?;
        expect_text(&s, "button[aria-pressed='true']", "1956")?;
        expect_text(&s, "#land-japan", "342.5 km²")?;
        let s = opened_under(c, base, &format!("p/1956{html}?s=1-JJXX"))?;
        expect_text(&s, ".notice", "Showing “Two islands (1956 Joint Declaration)” instead.")?;
        expect_text(&s, "#land-japan", "342.5 km²")?;

        let s = opened_under(c, base, &format!("embed{html}?s=1-JJJS21-t&controls=none&theme=dark"))?;
        ensure(s.exec("return document.querySelector('.embed.theme-dark') !== null && document.querySelector('.preset') === null")? == Value::Bool(true), || {
            format!("{base}embed{html}: not the dark embed without controls")
        })?;
        let full = s.exec("return document.querySelector('.card-full').href")?;
        let today = s.exec("return new Date().toISOString().slice(0, 10)")?;
        let today = today.as_str().unwrap_or_default();
        ensure(full.as_str() == Some(&format!("{base}?s=1-JJJS21-t&asof={today}&lang=en")), || {
            format!("{base}embed{html}: full explorer link {full}")
        })?;

        let s = opened_under(c, base, "?s=1-JJRR-t&va=a20.-5.5.5.3_a20.5.5.5.3")?;
        s.wait_for("return document.querySelector('.analysis .disclaimer') !== null", "the analysis from its worker")?;
        if html.is_empty() && base == c.subpath {
            s.screenshot(1280, &c.output.join("under-a-path-1280.png"))?;
        }
    }
    Ok(())
}

/// Articles embedding the site from a path, and from a host that redirects embed.html to
/// /embed: the frames start in their theme and take their content's height.
fn embeds_resize_under_a_path_and_at_clean_addresses(c: &Context) -> Result<(), String> {
    for (name, base) in [("from-path.html", c.subpath.clone()), ("from-clean.html", format!("{}/", c.pages))] {
        host_page(
            c,
            name,
            &format!(
                r#"<div data-four-islands="1-JJRR-t" data-controls="all"></div>
<div data-four-islands="1-JJJS21-t" data-controls="none" data-theme="dark"></div>
<script src="{base}embed.js"></script>"#
            ),
        )?;
        let s = c.session()?;
        s.goto(&format!("{}/{name}", c.host))?;
        s.wait_for("return document.querySelectorAll('iframe').length === 2", "two iframes")?;
        let (first, _) = settle(&s, 0)?;
        settle(&s, 1)?;
        ensure(first > 700.0, || format!("{base}: the first frame is {first} px"))?;
        s.enter_frame("div[data-four-islands]:nth-of-type(2) iframe")?;
        let dark = s.exec(
            "return document.querySelector('.embed.theme-dark') !== null && document.querySelector('.preset') === null",
        );
        s.leave_frame()?;
        ensure(dark? == Value::Bool(true), || format!("{base}: the second frame lost its options"))?;
    }
    Ok(())
}

fn full_pages_refuse_framing_and_the_embed_allows_it(c: &Context) -> Result<(), String> {
    host_page(
        c,
        "framing.html",
        &format!(
            r#"<div><iframe src="{o}/?s=1-JJRR-t"></iframe></div><div><iframe src="{o}/embed.html?s=1-JJRR-t"></iframe></div>"#,
            o = c.origin
        ),
    )?;
    let s = c.session()?;
    s.goto(&format!("{}/framing.html", c.host))?;
    s.enter_frame("div:nth-of-type(2) iframe")?;
    let embed = s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the framed embed");
    s.leave_frame()?;
    embed?;
    s.enter_frame("div:nth-of-type(1) iframe")?;
    let framed = s.exec("return [location.href, document.querySelector('#app') !== null]");
    s.leave_frame()?;
    let framed = framed?;
    ensure(framed[1] == Value::Bool(false) && !framed[0].as_str().unwrap_or("").starts_with(&c.origin), || {
        format!("the full page let another site frame it: {framed}")
    })
}

/// The code the explorer gives names the loader by its content with its integrity hash: it
/// runs on a cross-origin isolated article, a tampered hash stops it and leaves the link, and
/// a copy the article serves itself works with data-four-islands-base.
fn the_embed_code_pins_the_loader_by_its_integrity(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    s.click("#embed-toggle")?;
    let code = s.exec("return document.querySelector('#embed-code').value")?;
    let code = code.as_str().unwrap_or_default().to_owned();
    let integrity = c.marker("data-loader-integrity");
    ensure(code.contains(&format!("integrity=\"{integrity}\" crossorigin=\"anonymous\"")), || format!("code {code}"))?;
    host_page(c, "pinned.html", &code)?;
    let tampered = code.replace(&integrity, &format!("{}AAAA", &integrity[..integrity.len() - 4]));
    host_page(c, "tampered.html", &tampered)?;
    std::fs::copy(c.dist.join("embed.js"), c.host_dir.join("own-loader.js")).map_err(|e| e.to_string())?;
    let own = code
        .lines()
        .next()
        .map(|div| format!("{div}\n<script src=\"own-loader.js\" data-four-islands-base=\"{}/\"></script>", c.origin))
        .unwrap_or_default();
    host_page(c, "self-hosted.html", &own)?;

    for page in ["pinned.html", "self-hosted.html"] {
        let s = c.session()?;
        s.goto(&format!("{}/{page}", c.isolated_host))?;
        s.wait_for("return document.querySelectorAll('iframe').length === 1", "the embed's frame")?;
        let (height, _) = settle(&s, 0)?;
        // The card, at its own height (settled), not the fallback link.
        ensure(height > 400.0, || format!("{page}: the frame is {height} px"))?;
        let isolated = s.exec("return crossOriginIsolated")?;
        ensure(isolated == Value::Bool(true), || format!("{page}: the article is not cross-origin isolated"))?;
    }
    let s = c.session()?;
    s.goto(&format!("{}/tampered.html", c.host))?;
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let shown = s.exec("return [document.querySelectorAll('iframe').length, document.querySelector('[data-four-islands] a').textContent]")?;
    ensure(shown == serde_json::json!([0, "Four Islands: Two islands (1956 Joint Declaration)"]), || {
        format!("a loader that fails its integrity check ran or left nothing: {shown}")
    })
}

/// Whatever the link asked for, a page that cannot start says what its figures are for and
/// what the link asked, in the reader's language, with the asked preset's static page.
fn without_wasm_the_page_says_which_scenario_the_link_asked_for(c: &Context) -> Result<(), String> {
    let title = |lang, id: &str| {
        catalog::preset(id).map(|p| Locale::new(lang, Naming::Both).text(&p.texts.title)).unwrap_or_default()
    };
    let s = c.session()?;
    s.goto(&format!("{}?s=1-JJRR-t&asof=2016-06-01&lang=ja", c.no_wasm))?;
    s.wait_for("return document.documentElement.hasAttribute('data-boot-failed')", "the boot failure notice")?;
    let notice = s.text(".notice")?;
    for part in [
        Locale::new(Lang::Ja, Naming::Both).t(Text::BootFailed).to_owned(),
        format!("「{}」", title(Lang::Ja, "1956")),
        format!("別のシナリオ「{}」", title(Lang::Ja, "status-quo")),
        "2016年6月1日時点の立場".to_owned(),
    ] {
        ensure(notice.contains(&part), || format!("notice {notice:?} lacks {part:?}"))?;
    }
    expect_text(&s, "#land-japan", "0 km²")?;
    let link = s.exec("return document.querySelector('.notice a').href")?;
    ensure(link.as_str() == Some(&format!("{}p/1956.html", c.no_wasm)), || format!("static page link {link}"))?;
    s.screenshot(1280, &c.output.join("no-wasm-ja-1280.png"))?;

    let s = c.driver.session(390, 900)?;
    s.goto(&format!("{}embed.html?s=1-JJJS21-t&lang=ru", c.no_wasm))?;
    s.wait_for("return document.documentElement.hasAttribute('data-boot-failed')", "the embed's failure notice")?;
    let notice = s.text(".notice")?;
    let asked = format!("«{}»", title(Lang::Ru, "equal-area"));
    ensure(
        notice.contains(&asked) && notice.contains(Locale::new(Lang::Ru, Naming::Both).t(Text::BootFailed)),
        || format!("notice {notice:?}"),
    )?;
    s.screenshot(390, &c.output.join("no-wasm-embed-ru-390.png"))?;

    // A custom scenario is named by its link.
    let s = c.session()?;
    s.goto(&format!("{}?s=1-JJJR-tv", c.no_wasm))?;
    s.wait_for("return document.documentElement.hasAttribute('data-boot-failed')", "the boot failure notice")?;
    expect_text(&s, ".notice", "This link asks for “the scenario 1-JJJR-tv”")?;
    expect_text(&s, ".notice", "for another scenario, “Status quo”")
}

/// A failure after the explorer started (a wasm trap surfaces as an uncaught error) keeps what
/// is shown and says so.
fn a_failure_after_start_keeps_the_page_and_says_so(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRA20-t"))?;
    // The first screen is patched from its markup on each change, so a page altered under it
    // is drawn right again: take away the box that the slider of a divided island goes
    // before, then divide the island.
    let etorofu = ".island-row[data-island=etorofu]";
    s.exec(&format!("document.querySelector('{etorofu} input[type=number]').remove(); return true"))?;
    change(&s, "#status-etorofu", "split")?;
    s.wait_for(
        &format!("return document.querySelectorAll('{etorofu} input[type=range], {etorofu} input[type=number]').length === 2"),
        "the divided island's slider and box",
    )?;
    // A failure after start: the other language's texts do not arrive.
    s.cdp("Network.enable", serde_json::json!({}))?;
    s.cdp("Network.setBlockedURLs", serde_json::json!({ "urls": ["*texts-ja-*"] }))?;
    change(&s, "#language", "ja")?;
    s.wait_for("return document.documentElement.hasAttribute('data-stopped')", "the stopped notice")?;
    expect_text(&s, ".notice", "stopped after an error")?;
    // The page stays, as far as it was drawn (the notice says it may no longer follow).
    expect_text(&s, "#land-japan", "km²")?;
    expect_text(&s, ".masthead", "Four Islands")
}

fn an_analysis_that_does_not_answer_times_out_and_can_be_retried(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&format!("{}/?s=1-JJRR-t&va=a20.-5.5.5.3_a20.5.5.5.3", c.stalled_worker))?;
    s.wait_for_within(
        "return (document.querySelector('#analysis [role=status]') || {}).textContent === 'The analysis did not answer within 20 seconds.'",
        "the analysis to time out",
        std::time::Duration::from_secs(40),
    )?;
    s.click("#analysis-retry")?;
    s.wait_for("return document.querySelector('.analysis .disclaimer') !== null", "the analysis on the second try")?;
    expect_text(&s, ".frontier-table tbody tr:first-child th", "Nash")
}

fn number_boxes_take_the_nearest_value_in_range(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-A20RRR-t"))?;
    let habomai = ".island-row[data-island=habomai] input[type=number]";
    for (typed, link, shown) in
        [("300", "1-A99RRR-t", "99"), ("-5", "1-A1RRR-t", "1"), ("2.5", "1-A3RRR-t", "3"), ("", "1-A3RRR-t", "3")]
    {
        change(&s, habomai, typed)?;
        s.wait_for(&format!("return location.search.startsWith('?s={link}&')"), &format!("{typed:?} read as {link}"))?;
        let value = s.exec(&format!("return document.querySelector({habomai:?}).value"))?;
        ensure(value == shown, || format!("{typed:?}: the box shows {value}, not {shown}"))?;
    }
    s.open(&c.url("?s=1-JJRR-t&va=a20.-5.5.5.3_a20.5.5.5.3"))?;
    s.wait_for("return document.querySelector('#va-treaty-russia') !== null", "the assumptions")?;
    change(&s, "#va-treaty-russia", "150")?;
    s.wait_for("return location.search.endsWith('&va=a20.-5.5.5.3_a100.5.5.5.3')", "150 read as 100")?;
    let value = s.exec("return document.querySelector('#va-treaty-russia').value")?;
    ensure(value == "100", || format!("the treaty box shows {value}"))
}

fn link_problems_are_worded_in_the_readers_language(c: &Context) -> Result<(), String> {
    let quo = |lang| {
        catalog::preset("status-quo").map(|p| Locale::new(lang, Naming::Both).text(&p.texts.title)).unwrap_or_default()
    };
    for (lang, damaged, instead) in [
        ("ja", "リンクが壊れています", format!("代わりに「{}」を表示しています。", quo(Lang::Ja))),
        ("ru", "Ссылка повреждена", format!("Вместо этого показан сценарий «{}».", quo(Lang::Ru))),
    ] {
        let s = c.session()?;
        s.open(&c.url(&format!("?s=1-JJXX&lang={lang}")))?;
        expect_text(&s, ".notice", damaged)?;
        expect_text(&s, ".notice", &instead)?;
        let marked = s.exec("return document.querySelector('.notice [lang=en]') === null")?;
        ensure(marked == Value::Bool(true), || format!("{lang}: the notice is still marked as English"))?;
    }
    Ok(())
}

/// Outside secure contexts the clipboard is absent: the page says to copy by hand.
fn copying_without_a_clipboard_says_so(c: &Context) -> Result<(), String> {
    let s = c.session()?;
    s.open(&c.url("?s=1-JJRR-t"))?;
    s.exec("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }); return true")?;
    s.click("#copy-link")?;
    s.wait_for("return document.querySelector('.share [role=status]').textContent.includes('by hand')", "the refusal")?;
    // The page keeps working after it.
    s.click("button[data-preset='equal-area']")?;
    s.wait_for("return location.search.startsWith('?s=1-JJJS21-t&')", "a later change")
}
