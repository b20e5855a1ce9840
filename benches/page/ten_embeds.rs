//! Ten embeds on one article (tests/browser/articles.rs), on a second origin of 127.0.0.1:
//! the same site, so Chromium runs the article and its embeds in one renderer process on one
//! main thread, as on a phone where site isolation does not separate them. Measured as a
//! reader meets them: loaded at a phone's width, then scrolled to each embed in turn.

use super::articles;
use super::server::Site;
use super::webdriver::{Driver, Session};
use std::fmt::Write;

/// What ten embeds cost the article.
pub struct TenEmbeds {
    /// Long tasks (over 50 ms) that the embeds run on the article's main thread while it loads
    /// and the reader scrolls through every embed: how many, the longest, and the total
    /// blocking time (the sum of each one's time over 50 ms); at 4× CPU throttling.
    pub long_tasks: usize,
    pub longest: f64,
    pub blocking: f64,
    /// The longest task of the article's own (its first layout and paint, and the loader).
    pub article_longest: f64,
    /// The same without throttling, and the article's own longest.
    pub long_tasks_fast: usize,
    pub longest_fast: f64,
    pub article_longest_fast: f64,
    /// Proportional set size of the session's renderer processes, with the article alone
    /// and with its ten embeds all loaded, in bytes.
    pub memory_alone: usize,
    pub memory_ten: usize,
    /// JS heap and the ten wasm memories, in bytes.
    pub js_heap: usize,
    pub wasm: usize,
    /// The loader's work, in the one task, when the page adds ten placeholders at once (ms, 4×
    /// throttling): each then gets its frame in a task of its own as the reader nears it.
    pub mount: f64,
    /// Frames made before the reader scrolled (only those near the reader get one).
    pub loaded_at_start: usize,
    /// Layout shift on the article while the frames take their heights.
    pub shift: f64,
}

pub fn measure(driver: &Driver, explorer: &str) -> Result<TenEmbeds, String> {
    let dir = std::env::temp_dir().join(format!("four-islands-bench-article-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("ten.html"), articles::page(&articles::ten_embeds(explorer, true)))
        .map_err(|e| e.to_string())?;
    std::fs::write(dir.join("alone.html"), articles::page(&articles::ten_embeds(explorer, false)))
        .map_err(|e| e.to_string())?;
    let host = Site::new(dir.clone()).start();

    let alone = {
        let s = driver.session(390, 900)?;
        s.goto(&format!("{host}/alone.html"))?;
        std::thread::sleep(std::time::Duration::from_millis(1500));
        renderers_pss()
    };
    // The loader's own work: mounting ten placeholders added to the loaded article at once.
    let mount = {
        let s = driver.session(390, 900)?;
        s.cdp("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 4 }))?;
        std::fs::write(
            dir.join("late.html"),
            articles::page(&format!("<div id=\"late\"></div><script src=\"{explorer}/embed.js\"></script>")),
        )
        .map_err(|e| e.to_string())?;
        s.goto(&format!("{host}/late.html"))?;
        s.wait_for("return window.FourIslands !== undefined", "the loader")?;
        let ms = s.exec(&format!(
            "const late = document.getElementById('late'); late.innerHTML = {:?}; const at = performance.now(); window.FourIslands.mount(); return performance.now() - at",
            articles::ten_embeds(explorer, true).split("<script").next().unwrap_or_default()
        ))?;
        ms.as_f64().unwrap_or(f64::NAN)
    };
    let (fast, _) = read_through(driver, &host, 1)?;
    let (slow, memory) = read_through(driver, &host, 4)?;
    let _ = std::fs::remove_dir_all(&dir);
    let embeds = |r: &Reading| r.tasks.iter().filter(|t| t.1).map(|t| t.0).collect::<Vec<f64>>();
    let (slow_embeds, fast_embeds) = (embeds(&slow), embeds(&fast));
    Ok(TenEmbeds {
        long_tasks: slow_embeds.len(),
        longest: slow_embeds.iter().copied().fold(0.0, f64::max),
        blocking: slow_embeds.iter().map(|t| t - 50.0).sum(),
        article_longest: slow.tasks.iter().filter(|t| !t.1).map(|t| t.0).fold(0.0, f64::max),
        long_tasks_fast: fast_embeds.len(),
        longest_fast: fast_embeds.iter().copied().fold(0.0, f64::max),
        article_longest_fast: fast.tasks.iter().filter(|t| !t.1).map(|t| t.0).fold(0.0, f64::max),
        memory_alone: alone,
        memory_ten: memory.pss,
        js_heap: memory.js_heap,
        wasm: memory.wasm,
        loaded_at_start: slow.loaded_at_start,
        mount,
        shift: slow.shift,
    })
}

struct Reading {
    /// Each long task's length, and whether an embed ran it (rather than the article).
    tasks: Vec<(f64, bool)>,
    loaded_at_start: usize,
    shift: f64,
}

struct Memory {
    pss: usize,
    js_heap: usize,
    wasm: usize,
}

/// Opens the article, waits for the embeds in view, then scrolls to each embed in turn until
/// its card has its height; returns the article's long tasks and layout shift, and the memory
/// with every embed loaded.
fn read_through(driver: &Driver, host: &str, throttle: u32) -> Result<(Reading, Memory), String> {
    let s = driver.session(390, 900)?;
    if throttle > 1 {
        s.cdp("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": throttle }))?;
    }
    // Observed from before the article's first script, so nothing is missed.
    s.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "if (window === window.top) { window.longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push([e.startTime, e.duration, e.name]); }).observe({ type: 'longtask', buffered: true }); if (window === window.top) { window.shift = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.shift += e.value; }).observe({ type: 'layout-shift', buffered: true }); } }" }),
    )?;
    s.goto(&format!("{host}/ten.html"))?;
    s.wait_for("return document.querySelectorAll('[data-four-islands-mounted]').length === 10", "ten placeholders")?;
    ready(&s, 1)?;
    std::thread::sleep(std::time::Duration::from_millis(1000));
    let loaded_at_start = s.exec("return document.querySelectorAll('[data-four-islands] iframe').length")?;
    let loaded_at_start = loaded_at_start.as_u64().unwrap_or(0) as usize;
    for i in 1..=10 {
        s.exec(&format!("document.getElementById('embed-{i}').scrollIntoView(); return true"))?;
        ready(&s, i)?;
    }
    std::thread::sleep(std::time::Duration::from_millis(1000));
    // The article's observer sees the tasks of embeds in its process too ("…-descendant").
    let tasks = s.exec("return window.longTasks")?;
    let tasks: Vec<(f64, bool)> = tasks
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| Some((t[1].as_f64()?, t[2].as_str()? != "self")))
        .collect();
    let shift = s.exec("return window.shift")?.as_f64().unwrap_or(f64::NAN);
    s.cdp("HeapProfiler.collectGarbage", serde_json::json!({}))?;
    let js_heap = s.cdp("Runtime.getHeapUsage", serde_json::json!({}))?["usedSize"].as_f64().unwrap_or(0.0) as usize;
    let mut wasm = 0;
    for i in 1..=10 {
        s.enter_frame(&format!("#embed-{i} iframe"))?;
        let bytes = s.exec("const m = globalThis.fourIslandsWasmMemory; return m ? m.buffer.byteLength : 0");
        s.leave_frame()?;
        wasm += bytes?.as_f64().unwrap_or(0.0) as usize;
    }
    let pss = renderers_pss();
    Ok((Reading { tasks, loaded_at_start, shift }, Memory { pss, js_heap, wasm }))
}

/// Waits until embed `i` shows its card and its frame has taken the card's height.
fn ready(s: &Session, i: usize) -> Result<(), String> {
    for _ in 0..300 {
        let outer = s.exec(&format!(
            "const f = document.querySelector('#embed-{i} iframe'); return f ? f.getBoundingClientRect().height : null"
        ))?;
        if outer.is_null() {
            std::thread::sleep(std::time::Duration::from_millis(100));
            continue;
        }
        s.enter_frame(&format!("#embed-{i} iframe"))?;
        let inner =
            s.exec("return document.documentElement.hasAttribute('data-ready') ? document.body.offsetHeight : -1");
        s.leave_frame()?;
        let (outer, inner) = (outer.as_f64().unwrap_or(0.0), inner?.as_f64().unwrap_or(-1.0));
        if inner > 0.0 && (outer - inner).abs() <= 4.0 {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Err(format!("embed {i} never took its card's height"))
}

/// The proportional set size of the renderer processes this benchmark's browser runs (its
/// descendants' `--type=renderer` processes), from /proc; 0 where /proc cannot tell.
fn renderers_pss() -> usize {
    let Ok(entries) = std::fs::read_dir("/proc") else { return 0 };
    let mut parent = std::collections::HashMap::new();
    for entry in entries.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
        // The parent is the second field after the command name, which is in parentheses.
        let ppid = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
        if let Some(ppid) = ppid {
            parent.insert(pid, ppid);
        }
    }
    let me = std::process::id();
    let descends = |mut pid: u32| {
        while let Some(&up) = parent.get(&pid) {
            if up == me {
                return true;
            }
            pid = up;
        }
        false
    };
    let mut total = 0;
    for &pid in parent.keys() {
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        if !descends(pid) || !String::from_utf8_lossy(&cmdline).contains("--type=renderer") {
            continue;
        }
        let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        let pss = rollup
            .lines()
            .find_map(|l| l.strip_prefix("Pss:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok());
        total += pss.unwrap_or(0) * 1024;
    }
    total
}

/// The budget for ten embeds on one article at a phone's width, with the article and its
/// embeds on one main thread (BENCHMARKS.md): no long task at all unthrottled; at 4× CPU
/// throttling no task over 200 ms and at most 600 ms of blocking in all; at most 6 MB of
/// memory an embed.
const TEN_LONGEST_MS: f64 = 200.0;
const TEN_BLOCKING_MS: f64 = 600.0;
const TEN_MEMORY_BYTES: usize = 60_000_000;

/// What ten embeds cost an article, as a table.
pub fn table(t: &TenEmbeds) -> String {
    let mut out = String::new();
    let mb = |b: usize| format!("{:.1} MB", b as f64 / 1e6);
    let _ = writeln!(out, "| ten embeds on one article (390 px, article and embeds on one main thread) | figure |");
    let _ = writeln!(out, "|---|---:|");
    let _ = writeln!(
        out,
        "| frames made before the reader scrolls (those near the reader) | {} of 10 |",
        t.loaded_at_start
    );
    let _ = writeln!(
        out,
        "| the embeds' long tasks on the article's main thread, loading and scrolling through all ten, 4× throttling: count / longest / total blocking | {} / {:.0} ms / {:.0} ms |",
        t.long_tasks, t.longest, t.blocking
    );
    let _ = writeln!(
        out,
        "| the loader's task when the article adds ten placeholders at once, 4× throttling | {:.1} ms |",
        t.mount
    );
    let _ = writeln!(
        out,
        "| the article's own longest task (its first layout and paint, the loader), 4× throttling | {:.0} ms |",
        t.article_longest
    );
    let _ = writeln!(
        out,
        "| the embeds' long tasks, unthrottled: count / longest | {} / {:.0} ms |",
        t.long_tasks_fast, t.longest_fast
    );
    let _ = writeln!(
        out,
        "| renderer memory (PSS), the article alone / with ten embeds loaded / per embed | {} / {} / {} |",
        mb(t.memory_alone),
        mb(t.memory_ten),
        mb(t.memory_ten.saturating_sub(t.memory_alone) / 10)
    );
    let _ = writeln!(out, "| of which JS heap / the ten wasm memories | {} / {} |", mb(t.js_heap), mb(t.wasm));
    let _ = writeln!(out, "| layout shift on the article while the frames take their heights | {:.4} |\n", t.shift);
    out
}

/// The budget's checks: (name, passed, figures).
pub fn budgets(t: &TenEmbeds) -> Vec<(String, bool, String)> {
    let mb = |b: usize| format!("{:.1} MB", b as f64 / 1e6);
    vec![
        (
            "ten embeds: no long task on the article's main thread, unthrottled".into(),
            t.long_tasks_fast == 0 && t.article_longest_fast == 0.0,
            format!(
                "{} of the embeds', longest {:.0} ms; the article's own longest {:.0} ms",
                t.long_tasks_fast, t.longest_fast, t.article_longest_fast
            ),
        ),
        (
            format!("ten embeds: no task over {TEN_LONGEST_MS:.0} ms on the article's main thread (4×)"),
            t.longest.max(t.article_longest) <= TEN_LONGEST_MS,
            format!("the embeds' longest {:.0} ms, the article's own {:.0} ms", t.longest, t.article_longest),
        ),
        (
            format!("ten embeds: total blocking time ≤ {TEN_BLOCKING_MS:.0} ms (4×)"),
            t.blocking <= TEN_BLOCKING_MS,
            format!("{:.0} ms", t.blocking),
        ),
        (
            format!("ten embeds: memory added ≤ {}", mb(TEN_MEMORY_BYTES)),
            t.memory_ten.saturating_sub(t.memory_alone) <= TEN_MEMORY_BYTES,
            mb(t.memory_ten.saturating_sub(t.memory_alone)),
        ),
        (
            "ten embeds: only those near the reader load first".into(),
            t.loaded_at_start < 10,
            format!("{} of 10", t.loaded_at_start),
        ),
    ]
}

/// The checks as table rows.
pub fn verdicts(checks: &[(String, bool, String)]) -> String {
    checks
        .iter()
        .map(|(name, pass, figures)| format!("| {name} | {} | {figures} |\n", if *pass { "pass" } else { "FAIL" }))
        .collect()
}
