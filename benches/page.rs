//! `./scripts/bench`: measures Four Islands against a bare yew counter (bench/floor) built with
//! the same toolchain and profile, in headless Chromium on 127.0.0.1, and prints a table with
//! each figure's ratio to the floor and the budgets' verdicts. `--record` appends the table to
//! BENCHMARKS.md with the date and the machine.

#[path = "../tests/browser/articles.rs"]
mod articles;
#[path = "page/lighthouse.rs"]
mod lighthouse;
#[path = "../tests/browser/nginx.rs"]
mod nginx;
#[path = "../tests/browser/server.rs"]
mod server;
#[path = "page/ten_embeds.rs"]
mod ten_embeds;
#[path = "../tests/browser/webdriver.rs"]
mod webdriver;

use four_islands::model::catalog::PRESETS;
use four_islands::model::evaluation::evaluate;
use four_islands::render::map_svg::map_svg;
use four_islands::{Date, Scenario};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;
use webdriver::{Driver, Session};

/// One app under measurement: where it is served, its files, and how to drive it.
struct App {
    name: &'static str,
    origin: String,
    dist: PathBuf,
    ready_mark: &'static str,
    /// An expression for the app's wasm memories, as an array (a page may run two binaries).
    memory: &'static str,
    /// A script that makes one change and names the element whose text shows its effect.
    change: &'static str,
    watch: &'static str,
}

#[derive(Default)]
struct Bytes {
    raw: BTreeMap<&'static str, usize>,
    brotli: BTreeMap<&'static str, usize>,
}

impl Bytes {
    fn raw_total(&self) -> usize {
        self.raw.values().sum()
    }

    fn brotli_total(&self) -> usize {
        self.brotli.values().sum()
    }
}

fn main() {
    let record = std::env::args().any(|a| a == "--record");
    // `--embeds`: only what ten embeds cost an article.
    let embeds_only = std::env::args().any(|a| a == "--embeds");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (dist, floor_dist) = (root.join("dist"), root.join("bench/floor/dist"));
    for d in [&dist, &floor_dist] {
        if !(d.join("index.html").exists() || embeds_only && *d == floor_dist) {
            eprintln!("bench: {} is not built; run ./scripts/bench", d.display());
            std::process::exit(1);
        }
    }
    let driver = Driver::start().unwrap_or_else(|e| fail(e.to_string()));
    let explorer = App {
        name: "Four Islands",
        origin: server::serve(dist.clone()),
        dist,
        ready_mark: four_islands::model::site::marks::READY,
        // The full page's two binaries, once every panel is built.
        memory: "[globalThis.fourIslandsWasmMemory, globalThis.fourIslandsPanelsMemory]",
        change: "const e = document.querySelector('#status-kunashiri'); e.value = e.value === 'japanese' ? 'russian' : 'japanese'; e.dispatchEvent(new Event('change', { bubbles: true }));",
        watch: "#land-japan",
    };
    let floor = App {
        name: "yew floor",
        origin: server::serve(floor_dist.clone()),
        dist: floor_dist,
        ready_mark: "app-ready",
        memory: "[window.benchWasmMemory]",
        change: "document.querySelector('#increment').click();",
        watch: "#count",
    };
    let ten = ten_embeds::measure(&driver, &explorer.origin).unwrap_or_else(fail);
    let (ten_table, ten_checks) = (ten_embeds::table(&ten), ten_embeds::budgets(&ten));
    if embeds_only {
        return print!("{ten_table}{}", ten_embeds::verdicts(&ten_checks));
    }
    let report = measure(&driver, &explorer, &floor).unwrap_or_else(fail);
    let scores = lighthouse::score(root, &explorer.dist, &root.join("target/bench-nginx")).unwrap_or_else(fail);
    let checks: Vec<(String, bool, String)> =
        report.budgets().into_iter().chain(lighthouse::budgets(&scores)).chain(ten_checks).collect();
    let mut out = format!(
        "{}\n{}\n{}\n{ten_table}\n| budget | result | figures |\n|---|---|---|\n",
        report.sizes(),
        report.timings(),
        lighthouse::table(&scores)
    );
    for (name, pass, figures) in &checks {
        let _ = writeln!(out, "| {name} | {} | {figures} |", if *pass { "pass" } else { "FAIL" });
    }
    print!("{out}");
    let failed = checks.iter().filter(|c| !c.1).count();
    println!("\nbudgets: {} passed, {failed} failed", checks.len() - failed);
    if record {
        record_in_benchmarks(root, &out);
    }
}

/// Appends the tables to BENCHMARKS.md with the date and the machine.
fn record_in_benchmarks(root: &Path, out: &str) {
    let machine =
        format!("{} cores, {}", std::thread::available_parallelism().map_or(0, |n| n.get()), chromium_version());
    let section = format!("\n## {} — {machine}\n\n{out}", today());
    let mut file =
        std::fs::OpenOptions::new().append(true).create(true).open(root.join("BENCHMARKS.md")).expect("BENCHMARKS.md");
    let _ = file.write_all(section.as_bytes());
    println!("recorded in BENCHMARKS.md");
}

/// Everything one run measures, of Four Islands and of the floor.
struct Report {
    full: Bytes,
    embed: Bytes,
    floor: Bytes,
    /// The status quo's map as drawn: raw and brotli bytes.
    map_bytes: (usize, usize),
    page: Timings,
    embedded: Timings,
    floor_times: Timings,
    /// Control change to screen: median, 95th percentile, and the layout shift over the changes.
    latency: (f64, f64, f64),
    /// The same after scrolling through the page, which builds the panels far below it.
    latency_every_panel: (f64, f64, f64),
    /// The same with the sea's overview map in view (at 1280 px the controls stay beside it).
    latency_sea: (f64, f64, f64),
    floor_latency: (f64, f64, f64),
    load_shift: f64,
    /// JS heap and wasm memory before and after 1,000 changes.
    memory: (usize, usize, usize, usize),
    floor_memory: (usize, usize, usize, usize),
    /// Native: one scenario's evaluation and every preset's, in µs; the full analysis in ms.
    native: (f64, f64),
    native_analysis: f64,
    analysis: Analysis,
}

fn measure(driver: &Driver, explorer: &App, floor: &App) -> Result<Report, String> {
    let map = map_svg(&Scenario::STATUS_QUO, four_islands::i18n::Locale::ENGLISH);
    let embed_page = "/embed.html?s=1-JJRR-t&controls=presets";
    // In this order: the first views, then the timings, then the steady state.
    let (full, embed, floor_bytes) = (
        first_view(driver, explorer, "/")?,
        first_view(driver, explorer, embed_page)?,
        first_view(driver, floor, "/")?,
    );
    let [page, embedded, floor_times]: [Timings; 3] =
        timings(driver, &[(explorer, "/"), (explorer, embed_page), (floor, "/")])?
            .try_into()
            .map_err(|_| "three pages timed".to_owned())?;
    Ok(Report {
        full,
        embed,
        floor: floor_bytes,
        map_bytes: (map.len(), brotli_size(map.as_bytes())),
        page,
        embedded,
        floor_times,
        latency: latency(driver, explorer, 200, Seen::Top)?,
        latency_every_panel: latency(driver, explorer, 200, Seen::TopEveryPanel)?,
        latency_sea: latency(driver, explorer, 200, Seen::Sea)?,
        floor_latency: latency(driver, floor, 200, Seen::Top)?,
        load_shift: load_layout_shift(driver, explorer)?,
        memory: memory(driver, explorer, 1000)?,
        floor_memory: memory(driver, floor, 1000)?,
        native: native_timing(),
        native_analysis: native_analysis_timing(),
        analysis: analysis_in_page(driver, explorer)?,
    })
}

impl Report {
    /// The first view's bytes by kind, for the full page, the embed and the floor.
    fn sizes(&self) -> String {
        let (full, embed, base) = (&self.full, &self.embed, &self.floor);
        let mut out = String::from(
            "| first view | Four Islands raw | brotli | embed raw | brotli | floor raw | brotli | ratio (brotli) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n",
        );
        for kind in ["html", "js", "wasm", "texts", "css", "other"] {
            let get = |b: &Bytes, br: bool| *if br { &b.brotli } else { &b.raw }.get(kind).unwrap_or(&0);
            let _ = writeln!(
                out,
                "| {kind} | {} | {} | {} | {} | {} | {} | {} |",
                kb(get(full, false)),
                kb(get(full, true)),
                kb(get(embed, false)),
                kb(get(embed, true)),
                kb(get(base, false)),
                kb(get(base, true)),
                ratio(get(full, true) as f64, get(base, true) as f64)
            );
        }
        let _ = writeln!(
            out,
            "| **total** | {} | {} | {} | {} | {} | {} | {} |",
            kb(full.raw_total()),
            kb(full.brotli_total()),
            kb(embed.raw_total()),
            kb(embed.brotli_total()),
            kb(base.raw_total()),
            kb(base.brotli_total()),
            ratio(full.brotli_total() as f64, base.brotli_total() as f64)
        );
        let _ = writeln!(
            out,
            "| map geometry (as drawn, SVG) | {} | {} | | | | | |",
            kb(self.map_bytes.0),
            kb(self.map_bytes.1)
        );
        out
    }

    /// Paint, readiness, latency, layout shift, memory and the analysis's times.
    fn timings(&self) -> String {
        let (page, floor) = (&self.page, &self.floor_times);
        let mut out = String::from("| measure | Four Islands | floor | ratio |\n|---|---:|---:|---:|\n");
        for (label, ours, theirs, unit) in [
            ("first contentful paint, 4× CPU throttling (median of 9)", page.first_paint, floor.first_paint, "ms"),
            ("time to interactive (ready mark), 4× throttling", page.ready, floor.ready, "ms"),
            ("embed: first contentful paint, 4× throttling", self.embedded.first_paint, floor.first_paint, "ms"),
            ("embed: time to interactive, 4× throttling", self.embedded.ready, floor.ready, "ms"),
            ("control change to screen, median (200 changes)", self.latency.0, self.floor_latency.0, "ms"),
            ("control change to screen, 95th percentile", self.latency.1, self.floor_latency.1, "ms"),
            (
                "control change to screen, 95th percentile, every panel built (after scrolling through the page)",
                self.latency_every_panel.1,
                self.floor_latency.1,
                "ms",
            ),
            (
                "control change to screen, 95th percentile, the sea's map in view (every panel built)",
                self.latency_sea.1,
                self.floor_latency.1,
                "ms",
            ),
        ] {
            let _ = writeln!(out, "| {label} | {ours:.1} {unit} | {theirs:.1} {unit} | {} |", ratio(ours, theirs));
        }
        for (label, t) in [("full page", page), ("embed", &self.embedded)] {
            if let Some(started) = t.started {
                let _ = writeln!(
                    out,
                    "| {label}: wasm loaded and running (start mark) / first render done (ready), 4× throttling | {started:.1} ms / {:.1} ms | | |",
                    t.ready
                );
            }
        }
        out.push_str(&self.steady_state());
        out
    }

    /// Layout shift, memory, and the native and in-page computing times.
    fn steady_state(&self) -> String {
        let ((heap_before, heap_after, wasm_before, wasm_after), floor) = (self.memory, self.floor_memory);
        let mut out = String::new();
        let _ = writeln!(out, "| layout shift on load | {:.4} | | |", self.load_shift);
        let _ = writeln!(out, "| layout shift over the control changes (preset clicks) | {:.4} | | |", self.latency.2);
        let _ = writeln!(
            out,
            "| JS heap before / after 1,000 changes (every panel built, after 200 to warm up) | {} / {} | {} / {} | |",
            kb(heap_before),
            kb(heap_after),
            kb(floor.0),
            kb(floor.1)
        );
        let _ = writeln!(
            out,
            "| wasm memory before / after 1,000 changes (every binary of the page, after 200 to warm up) | {} / {} | {} | |",
            kb(wasm_before),
            kb(wasm_after),
            kb(floor.3)
        );
        let _ = writeln!(out, "| native: evaluate one scenario | {:.1} µs | | |", self.native.0);
        let _ = writeln!(out, "| native: evaluate every preset ({}) | {:.1} µs | | |", PRESETS.len(), self.native.1);
        let _ = writeln!(
            out,
            "| native: negotiation analysis of the full space (frontier, solutions, chart grid) | {:.2} ms | | |",
            self.native_analysis
        );
        let a = &self.analysis;
        let _ = writeln!(
            out,
            "| in page: negotiation analysis, request to results from the worker (with its start), median of 5 / 4× throttling | {:.1} ms / {:.1} ms | | |",
            a.total, a.total_throttled
        );
        let _ = writeln!(
            out,
            "| in page: negotiation analysis, the part on the main thread (reading the results), median of 5 / 4× throttling | {:.1} ms / {:.1} ms | | |",
            a.page, a.page_throttled
        );
        out
    }

    /// Each budget: its name, whether it passed, and the figures it compared (issue 20's: the
    /// first view against what readers would load instead, the ready mark against the floor).
    fn budgets(&self) -> Vec<(String, bool, String)> {
        let (full, embed) = (self.full.brotli_total(), self.embed.brotli_total());
        let (ready, embed_ready, floor_ready) = (self.page.ready, self.embedded.ready, self.floor_times.ready);
        // The panels far below are built once a reader nears them: judged on the worst of the
        // first screen alone, every panel built, and the sea's map in view.
        let p95 = self.latency.1.max(self.latency_every_panel.1).max(self.latency_sea.1);
        let floor_p95 = self.floor_latency.1;
        let (load_shift, shift_changes) = (self.load_shift, self.latency.2);
        let (heap_before, heap_after, wasm_before, wasm_after) = self.memory;
        let analysis = &self.analysis;
        // Issue 20: bytes against what readers would load instead (a Flourish chart, the
        // Guardian's 170 kB cap), not against a bare counter.
        vec![
            ("full page first view, brotli ≤ 130 kB".into(), full <= 130_000, format!("{} vs 130.0 kB", kb(full))),
            ("embed first view, brotli ≤ 90 kB".into(), embed <= 90_000, format!("{} vs 90.0 kB", kb(embed))),
            (
                "full page ready mark ≤ 1.8 × floor, 4× throttling".into(),
                ready <= 1.8 * floor_ready,
                format!("{ready:.0} ms vs {:.0} ms ({})", 1.8 * floor_ready, ratio(ready, floor_ready)),
            ),
            (
                "embed ready mark ≤ 1.5 × floor, 4× throttling".into(),
                embed_ready <= 1.5 * floor_ready,
                format!("{embed_ready:.0} ms vs {:.0} ms ({})", 1.5 * floor_ready, ratio(embed_ready, floor_ready)),
            ),
            (
                "control-to-screen p95 ≤ 1.25 × floor p95".into(),
                p95 <= 1.25 * floor_p95,
                format!("{p95:.1} ms vs {:.1} ms", 1.25 * floor_p95),
            ),
            (
                "layout shift 0 on load and on control changes".into(),
                load_shift == 0.0 && shift_changes == 0.0,
                format!("{load_shift:.4} and {shift_changes:.4}"),
            ),
            (
                "negotiation analysis off the main thread: what stays on it fits in a frame (16 ms) at 4× throttling".into(),
                analysis.page_throttled <= 16.0,
                format!(
                    "{:.1} ms on the main thread, {:.1} ms in the worker",
                    analysis.page_throttled, analysis.total_throttled
                ),
            ),
            (
                "no memory growth beyond noise after 1,000 changes".into(),
                wasm_after <= wasm_before + 256 * 1024 && heap_after <= heap_before + 1024 * 1024,
                format!(
                    "wasm +{}, JS heap {:+} kB",
                    kb(wasm_after.saturating_sub(wasm_before)),
                    (heap_after as i64 - heap_before as i64) / 1000
                ),
            ),
        ]
    }
}

fn fail<T>(e: String) -> T {
    eprintln!("bench: {e}");
    std::process::exit(1)
}

fn kb(bytes: usize) -> String {
    format!("{:.1} kB", bytes as f64 / 1000.0)
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 { format!("{:.2}×", a / b) } else { "–".into() }
}

fn brotli_size(data: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let _ = brotli::BrotliCompress(&mut &data[..], &mut out, &params);
    out.len()
}

/// Bytes of every file the first view of `page` loads, by kind, raw and compressed.
fn first_view(driver: &Driver, app: &App, page: &str) -> Result<Bytes, String> {
    let s = driver.session(1280, 900)?;
    s.goto(&format!("{}{page}", app.origin))?;
    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app")?;
    // What the page fetched before it was ready: the full page's panels below the first screen
    // fetch their texts just after.
    let urls = s.exec(
        "const ready = performance.getEntriesByName('four-islands-ready')[0] || performance.getEntriesByName('app-ready')[0]; return [location.href.split('?')[0], ...performance.getEntriesByType('resource').filter(e => !ready || e.startTime <= ready.startTime).map(e => e.name)]",
    )?;
    let mut bytes = Bytes::default();
    for url in urls.as_array().ok_or("no resources")? {
        let url = url.as_str().unwrap_or_default();
        let path = url.strip_prefix(&app.origin).unwrap_or(url).split('?').next().unwrap_or("/");
        let path = if path.ends_with('/') { format!("{path}index.html") } else { path.to_owned() };
        let Ok(data) = std::fs::read(app.dist.join(path.trim_start_matches('/'))) else { continue };
        let kind = match path.rsplit('.').next() {
            Some("html") => "html",
            Some("js") => "js",
            Some("wasm") => "wasm",
            Some("css") => "css",
            Some("txt") => "texts",
            _ => "other",
        };
        *bytes.raw.entry(kind).or_default() += data.len();
        *bytes.brotli.entry(kind).or_default() += brotli_size(&data);
    }
    Ok(bytes)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(((v.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or(f64::NAN)
}

/// Medians over five loads of `page` with the CPU slowed fourfold.
struct Timings {
    first_paint: f64,
    /// When the wasm starts running (the app's start mark; the floor has none).
    started: Option<f64>,
    ready: f64,
}

/// Loads of each page for the paint and ready times.
const LOADS: usize = 9;

/// First contentful paint, the app's start mark and its ready mark, with the CPU slowed
/// fourfold, for each (app, page). The pages take turns, load after load, so that a slow
/// spell of the machine falls on all of them alike instead of on one.
fn timings(driver: &Driver, pages: &[(&App, &str)]) -> Result<Vec<Timings>, String> {
    let mut samples = vec![(Vec::new(), Vec::new(), Vec::new()); pages.len()];
    for _ in 0..LOADS {
        for ((app, page), (fcp, start, tti)) in pages.iter().zip(samples.iter_mut()) {
            let s = driver.session(1280, 900)?;
            s.cdp("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 4 }))?;
            s.goto(&format!("{}{page}", app.origin))?;
            s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app")?;
            // A link to another view keeps the pre-rendered figures hidden, so the first
            // contentful paint may come in the frame after the ready mark: wait for it (for
            // two seconds at most), or it reads as none.
            s.exec_async(
                "const done = arguments[arguments.length - 1]; const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0; const t0 = performance.now(); const look = () => (painted() || performance.now() - t0 > 2000 ? done(true) : requestAnimationFrame(look)); look();",
            )?;
            let v = s.exec(&format!(
                "const at = (n) => {{ const e = performance.getEntriesByName(n)[0]; return e ? e.startTime : -1; }}; return [at('first-contentful-paint'), at('{}'), at('{}')];",
                app.ready_mark.replace("-ready", "-start"),
                app.ready_mark
            ))?;
            fcp.push(v[0].as_f64().unwrap_or(f64::NAN));
            start.push(v[1].as_f64().unwrap_or(f64::NAN));
            tti.push(v[2].as_f64().unwrap_or(f64::NAN));
        }
    }
    Ok(samples
        .into_iter()
        .map(|(fcp, start, tti)| {
            let started = median(start);
            Timings { first_paint: median(fcp), started: (started >= 0.0).then_some(started), ready: median(tti) }
        })
        .collect())
}

/// Time from a control change to the next frame that shows its effect; and the layout
/// shift over clicks on the presets (real input, as a reader's), with the page scrolled to
/// what `seen` says.
fn latency(driver: &Driver, app: &App, changes: usize, seen: Seen) -> Result<(f64, f64, f64), String> {
    let s = driver.session(1280, 900)?;
    s.goto(&format!("{}/", app.origin))?;
    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app")?;
    if seen != Seen::Top {
        s.reach_every_panel()?;
        let to = if seen == Seen::Sea { "document.querySelector('#sea').scrollIntoView()" } else { "window.scrollTo(0, 0)" };
        s.exec(&format!("{to}; return true"))?;
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    // With the sea in view, the frame waited for is the one that shows the sea's figures, which
    // the full page's second binary draws (it follows the first one frame later).
    let watch = if seen == Seen::Sea { "#sea-sides tr[data-side=japan]" } else { app.watch };
    let script = format!(
        r#"const done = arguments[arguments.length - 1];
        const watch = document.querySelector({watch:?});
        const times = [];
        const step = (i) => {{
          if (i >= {changes}) return done(times);
          const before = watch.textContent;
          const t0 = performance.now();
          {change}
          const check = () => {{
            if (watch.textContent === before) return requestAnimationFrame(check);
            // The frame that shows the change has been produced once the next one starts.
            requestAnimationFrame(() => {{ times.push(performance.now() - t0); setTimeout(() => step(i + 1), 0); }});
          }};
          requestAnimationFrame(check);
        }};
        step(0);"#,
        change = app.change
    );
    let v = s.exec_async(&script)?;
    let times: Vec<f64> = v.as_array().ok_or("no latencies")?.iter().filter_map(Value::as_f64).collect();
    let mut shift = 0.0;
    if app.name == "Four Islands" {
        s.exec("window.shift = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.shift += e.value; }).observe({ type: 'layout-shift' }); return true")?;
        for id in ["1956", "equal-area", "all-four-phased", "joint-development", "status-quo"] {
            s.click(&format!("button[data-preset='{id}']"))?;
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        shift = s.exec("return window.shift")?.as_f64().unwrap_or(f64::NAN);
    }
    Ok((median(times.clone()), percentile(times, 0.95), shift))
}

/// Where the reader is while changing the controls.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    /// The first screen, as the page loads.
    Top,
    /// The first screen, after scrolling through the page (the panels far below built).
    TopEveryPanel,
    /// The sea's overview map, the largest drawing a change redraws below the first screen,
    /// watching the sea's figures.
    Sea,
}

fn load_layout_shift(driver: &Driver, app: &App) -> Result<f64, String> {
    let s = driver.session(1280, 900)?;
    s.goto(&format!("{}/?s=1-JJJS21-t", app.origin))?;
    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app")?;
    std::thread::sleep(std::time::Duration::from_millis(500));
    let v = s.exec_async(
        "const done = arguments[arguments.length - 1]; let sum = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) sum += e.value; }).observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done(sum), 300);",
    )?;
    Ok(v.as_f64().unwrap_or(f64::NAN))
}

/// JS heap and wasm memory before and after many changes, each after a garbage collection,
/// with every panel built (so that every part of the page follows each change), from a page
/// warmed by a fifth as many changes: each binary's allocator first grows to the size its
/// renders need (on the full page, about 128 and 192 kB), then stays there unless it leaks.
fn memory(driver: &Driver, app: &App, changes: usize) -> Result<(usize, usize, usize, usize), String> {
    let s = driver.session(1280, 900)?;
    s.goto(&format!("{}/", app.origin))?;
    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app")?;
    s.reach_every_panel()?;
    s.exec("window.scrollTo(0, 0); return true")?;
    let make = |n: usize| {
        format!(
            "const done = arguments[arguments.length - 1]; let i = 0; const step = () => {{ if (i++ >= {n}) return done(true); {} setTimeout(step, 0); }}; step();",
            app.change
        )
    };
    s.exec_async(&make(changes / 5))?;
    let measure = |s: &Session| -> Result<(usize, usize), String> {
        s.cdp("HeapProfiler.collectGarbage", serde_json::json!({}))?;
        let heap = s.cdp("Runtime.getHeapUsage", serde_json::json!({}))?["usedSize"].as_f64().unwrap_or(0.0) as usize;
        let wasm =
            s.exec(&format!("return {}.reduce((sum, m) => sum + (m ? m.buffer.byteLength : 0), 0)", app.memory))?
                .as_f64()
                .unwrap_or(0.0) as usize;
        Ok((heap, wasm))
    };
    let (heap_before, wasm_before) = measure(&s)?;
    s.exec_async(&make(changes))?;
    let (heap_after, wasm_after) = measure(&s)?;
    Ok((heap_before, heap_after, wasm_before, wasm_after))
}

/// Microseconds to evaluate one scenario, and every preset, natively.
fn native_timing() -> (f64, f64) {
    let date = Date::ymd(2026, 1, 1);
    let one = PRESETS[6].scenario;
    let rounds = 2_000;
    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(evaluate(std::hint::black_box(&one), date));
    }
    let single = start.elapsed().as_secs_f64() * 1e6 / f64::from(rounds);
    let start = Instant::now();
    for _ in 0..rounds / 10 {
        for p in &PRESETS {
            std::hint::black_box(evaluate(&p.scenario, date));
        }
    }
    (single, start.elapsed().as_secs_f64() * 1e6 / f64::from(rounds / 10))
}

/// Milliseconds for the whole negotiation analysis natively: what the page computes when
/// the panel opens or an assumption changes.
fn native_analysis_timing() -> f64 {
    use four_islands::model::negotiation::{Space, Valuations, analyse, cloud};
    let rounds = 50;
    let start = Instant::now();
    for _ in 0..rounds {
        let space = Space::full();
        let a = analyse(std::hint::black_box(&Valuations::DEFAULT), &space);
        std::hint::black_box(cloud(&Valuations::DEFAULT, &space, &a.range, 100));
    }
    start.elapsed().as_secs_f64() * 1e3 / f64::from(rounds)
}

/// The page's own measure of the analysis (`four-islands-analysis`), opened from a link that
/// goes to it (the analysis is built when a reader nears it, or at once for such a link),
/// unthrottled and with 4× CPU throttling (each the median of 5 loads).
fn analysis_in_page(driver: &Driver, app: &App) -> Result<Analysis, String> {
    let run = |rate: u32| -> Result<(f64, f64), String> {
        let s = driver.session(1280, 900)?;
        if rate > 1 {
            s.cdp("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": rate }))?;
        }
        s.goto(&format!("{}/?s=1-JJRR-t&va=a20.-5.5.5.3_a20.5.5.5.3#analysis", app.origin))?;
        s.wait_for("return performance.getEntriesByName('four-islands-analysis-page').length > 0", "the analysis")?;
        let v = s.exec(
            "return ['four-islands-analysis', 'four-islands-analysis-page'].map(n => performance.getEntriesByName(n)[0].duration)",
        )?;
        match (v[0].as_f64(), v[1].as_f64()) {
            (Some(total), Some(page)) => Ok((total, page)),
            _ => Err(format!("no analysis measures: {v}")),
        }
    };
    let unthrottled = (0..5).map(|_| run(1)).collect::<Result<Vec<_>, _>>()?;
    let (total, page): (Vec<f64>, Vec<f64>) = unthrottled.into_iter().unzip();
    // One throttled load said 4 ms one time and 21 ms another: its median too.
    let throttled = (0..5).map(|_| run(4)).collect::<Result<Vec<_>, _>>()?;
    let (total_throttled, page_throttled): (Vec<f64>, Vec<f64>) = throttled.into_iter().unzip();
    Ok(Analysis {
        total: median(total),
        page: median(page),
        total_throttled: median(total_throttled),
        page_throttled: median(page_throttled),
    })
}

/// The negotiation analysis as the page sees it: from the request to the worker until the
/// results arrive (`total`), and the part on the page's main thread, reading them (`page`).
struct Analysis {
    total: f64,
    page: f64,
    total_throttled: f64,
    page_throttled: f64,
}

fn today() -> String {
    let out = std::process::Command::new("date").arg("+%Y-%m-%d").output().map(|o| o.stdout).unwrap_or_default();
    String::from_utf8_lossy(&out).trim().to_owned()
}

fn chromium_version() -> String {
    let out = std::process::Command::new("chromium").arg("--version").output().map(|o| o.stdout).unwrap_or_default();
    String::from_utf8_lossy(&out).trim().to_owned()
}
