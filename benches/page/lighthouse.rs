//! Lighthouse (npm `lighthouse`, pinned in tools/npm) on the pages readers land on, served by
//! nginx with the hosting recipe and its precompressed files, as a reader's browser gets them:
//! the four scores and the largest against the first contentful paint, under Lighthouse's
//! mobile defaults (simulated slow 4G and 4× CPU).

use crate::nginx::Nginx;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// The version the budgets were set with; another one scores differently.
const VERSION: &str = "12.2.3";

/// The pages scored: the full page, the embed and one preset's page, each as the build wrote it.
pub const PAGES: [(&str, &str); 3] = [("full page", "/"), ("embed", "/embed.html"), ("preset page", "/p/1956.html")];

/// Runs per page; the median run (by performance score, then by LCP) is reported, as
/// Lighthouse's own guidance does against its run-to-run variance.
const RUNS: usize = 3;

/// One page's median run.
pub struct Scores {
    pub page: &'static str,
    /// Performance, accessibility, best practices, SEO, 0–100.
    pub categories: [u32; 4],
    pub fcp: f64,
    pub lcp: f64,
    pub tbt: f64,
    pub cls: f64,
    /// The performance scores of every run, to show the spread.
    pub spread: Vec<u32>,
}

impl Scores {
    pub fn lcp_ratio(&self) -> f64 {
        self.lcp / self.fcp
    }
}

/// Scores every page of [`PAGES`] in `dist`; `work` holds nginx's configuration and log.
pub fn score(root: &Path, dist: &Path, work: &Path) -> Result<Vec<Scores>, String> {
    let lighthouse = std::env::var("FOUR_ISLANDS_LIGHTHOUSE").unwrap_or_else(|_| "lighthouse".into());
    let version = output(Command::new(&lighthouse).arg("--version"))?;
    if version.trim() != VERSION {
        return Err(format!(
            "{lighthouse} is {}, the budgets are for Lighthouse {VERSION} (tools/npm)",
            version.trim()
        ));
    }
    let nginx = Nginx::start(&root.join("hosting/nginx.conf"), dist, work)?;
    PAGES
        .iter()
        .map(|&(page, path)| {
            let mut runs = (0..RUNS)
                .map(|_| run(&lighthouse, &format!("{}{path}", nginx.origin), work))
                .collect::<Result<Vec<_>, _>>()?;
            runs.sort_by(|a, b| b.categories[0].cmp(&a.categories[0]).then(a.lcp.total_cmp(&b.lcp)));
            let spread = runs.iter().map(|r| r.categories[0]).collect();
            let median = runs.swap_remove(RUNS / 2);
            Ok(Scores { page, spread, ..median })
        })
        .collect()
}

/// One Lighthouse run, in a fresh headless Chromium (the system's, as the browser tests use).
fn run(lighthouse: &str, url: &str, work: &Path) -> Result<Scores, String> {
    let report = work.join("lighthouse.json");
    // A run now and then fails to gather (Chromium busy on a shared machine): one retry.
    let attempt = || {
        output(
            Command::new(lighthouse)
                .env("CHROME_PATH", chromium())
                .arg(url)
                .args(["--quiet", "--output=json", "--chrome-flags=--headless=new --no-sandbox"])
                .arg(format!("--output-path={}", report.display())),
        )
        .and_then(|_| std::fs::read_to_string(&report).map_err(|e| e.to_string()))
        .and_then(|text| serde_json::from_str::<Value>(&text).map_err(|e| e.to_string()))
        .and_then(|json| read_report(&json))
    };
    attempt().or_else(|_| attempt()).map_err(|e| format!("lighthouse {url}: {e}"))
}

fn read_report(json: &Value) -> Result<Scores, String> {
    let category = |name: &str| json["categories"][name]["score"].as_f64().map(|s| (s * 100.0).round() as u32);
    let numeric = |audit: &str| json["audits"][audit]["numericValue"].as_f64();
    let (Some(p), Some(a), Some(b), Some(s)) =
        (category("performance"), category("accessibility"), category("best-practices"), category("seo"))
    else {
        return Err(format!("no scores: {}", json["runtimeError"]));
    };
    let (Some(fcp), Some(lcp)) = (numeric("first-contentful-paint"), numeric("largest-contentful-paint")) else {
        return Err("no paint metrics".into());
    };
    Ok(Scores {
        page: "",
        categories: [p, a, b, s],
        fcp,
        lcp,
        tbt: numeric("total-blocking-time").unwrap_or(f64::NAN),
        cls: numeric("cumulative-layout-shift").unwrap_or(f64::NAN),
        spread: Vec::new(),
    })
}

fn chromium() -> String {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or("chromium")
        .to_owned()
}

fn output(command: &mut Command) -> Result<String, String> {
    let out = command.output().map_err(|e| format!("{:?}: {e}", command.get_program()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!("{:?} failed: {}", command.get_program(), err.lines().last().unwrap_or("")));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The scores as a table.
pub fn table(scores: &[Scores]) -> String {
    let mut out = format!(
        "| Lighthouse {VERSION}, mobile defaults (median of {RUNS}) | performance | accessibility | best practices | SEO | FCP | LCP | LCP / FCP | total blocking time | layout shift |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    );
    for s in scores {
        let [p, a, b, seo] = s.categories;
        let spread = s.spread.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        out.push_str(&format!(
            "| {} | {p} ({spread}) | {a} | {b} | {seo} | {:.2} s | {:.2} s | {:.2} | {:.0} ms | {:.3} |\n",
            s.page,
            s.fcp / 1000.0,
            s.lcp / 1000.0,
            s.lcp_ratio(),
            s.tbt,
            s.cls
        ));
    }
    out
}

/// The budgets on the scores: each page's name, whether it passed, and its figures.
pub fn budgets(scores: &[Scores]) -> Vec<(String, bool, String)> {
    let mut out = Vec::new();
    for s in scores {
        let [p, a, b, seo] = s.categories;
        out.push((
            format!("{}: Lighthouse performance ≥ 99, accessibility, best practices and SEO 100", s.page),
            p >= 99 && a == 100 && b == 100 && seo == 100,
            format!("{p} / {a} / {b} / {seo}"),
        ));
        out.push((
            format!("{}: largest contentful paint ≤ 1.1 × first contentful paint (Lighthouse)", s.page),
            s.lcp <= 1.1 * s.fcp,
            format!("{:.2} s vs {:.2} s ({:.2}×)", s.lcp / 1000.0, 1.1 * s.fcp / 1000.0, s.lcp_ratio()),
        ));
    }
    out
}
