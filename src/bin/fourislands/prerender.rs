//! `fourislands prerender`: writes static content into a built dist/ so that readers without
//! JavaScript, link-preview crawlers and printers still see the scenario. For the main page,
//! the embed page and one page per preset (`p/<id>.html`): the map and key figures between
//! the markers in index.html, Open Graph and Twitter card tags, and a PNG preview image.

use four_islands::model::catalog::PRESETS;
use four_islands::model::date::Date;
use four_islands::model::evaluation::evaluate;
use four_islands::model::link;
use four_islands::model::view::EMBED_PAGE;
use four_islands::render::card::{HEIGHT, WIDTH, card_svg};
use four_islands::render::escape::escape;
use four_islands::render::summary::{Heading, summary_html};
use four_islands::{Scenario, catalog};
use std::path::Path;

const START: &str = "<!-- prerender:start -->";
const END: &str = "<!-- prerender:end -->";
const META_START: &str = "<!-- meta:start -->";
const META_END: &str = "<!-- meta:end -->";
/// The starter that replaces trunk's inline loader, which the security policy would refuse.
const BOOT: &str = "boot.js";
/// The embed page's starter, for its own wasm when the build made one.
const EMBED_BOOT: &str = "embed-boot.js";
/// The binaries `scripts/lib/post-build.sh` adds, by the names it gives them.
const EMBED_BINARY: &str = "four-islands-embed";
const ANALYSIS_BINARY: &str = "four-islands-analysis";
/// The negotiation analysis's web worker script (the page starts it by this name).
const ANALYSIS_WORKER: &str = "analysis-worker.js";

/// One page to write: where, which scenario, and what it says about it.
struct Page<'a> {
    file: String,
    scenario: Scenario,
    title: &'a str,
    description: &'a str,
    image: String,
}

pub fn run(dist: &Path, base_url: &str, today: Date) -> Result<String, String> {
    let template = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    if [START, END, META_START, META_END].iter().any(|m| !template.contains(m)) {
        return Err(format!(
            "{} has no prerender markers: is it a Four Islands build?",
            dist.join("index.html").display()
        ));
    }
    let template = match inline_loader(&template) {
        Some((range, module, wasm)) => {
            std::fs::write(dist.join(BOOT), boot_script(&module, &wasm)).map_err(|e| format!("{BOOT}: {e}"))?;
            format!(
                "{}<script type=\"module\" src=\"/{BOOT}\"></script>{}",
                &template[..range.start],
                &template[range.end..]
            )
        }
        // Already moved out by an earlier run over the same folder.
        None if template.contains(BOOT) => template,
        None => return Err("index.html has neither trunk's loader nor the boot script".into()),
    };
    if let Some((module, wasm)) = name_by_content(dist, ANALYSIS_BINARY)? {
        std::fs::write(dist.join(ANALYSIS_WORKER), worker_script(&module, &wasm))
            .map_err(|e| format!("{ANALYSIS_WORKER}: {e}"))?;
    }
    let embed_template = match name_by_content(dist, EMBED_BINARY)? {
        Some((module, wasm)) => {
            std::fs::write(dist.join(EMBED_BOOT), boot_script(&module, &wasm))
                .map_err(|e| format!("{EMBED_BOOT}: {e}"))?;
            with_embed_binary(&template, &module, &wasm)
        }
        None => template.clone(),
    };
    let quo = catalog::preset("status-quo").ok_or("no status-quo preset")?;
    let mut pages = vec![
        Page {
            file: "index.html".into(),
            scenario: quo.scenario,
            title: quo.title,
            description: quo.description,
            image: "status-quo".into(),
        },
        Page {
            file: EMBED_PAGE.into(),
            scenario: quo.scenario,
            title: quo.title,
            description: quo.description,
            image: "status-quo".into(),
        },
    ];
    for p in &PRESETS {
        pages.push(Page {
            file: format!("p/{}.html", p.id),
            scenario: p.scenario,
            title: p.title,
            description: p.description,
            image: p.id.into(),
        });
    }
    std::fs::create_dir_all(dist.join("p")).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dist.join("og")).map_err(|e| e.to_string())?;
    let mut images = std::collections::BTreeSet::new();
    for page in &pages {
        let evaluation = evaluate(&page.scenario, today);
        let address = format!(
            "{base_url}{}?s={}",
            if page.file == EMBED_PAGE { "" } else { &page.file },
            link::encode(&page.scenario)
        );
        let address = address.replace("index.html?", "?");
        let summary =
            summary_html(&page.scenario, &evaluation, &Heading { title: page.title, description: page.description });
        let body = format!(
            r#"<header class="masthead"><h1>Four Islands</h1><p class="tagline">Settlement scenarios for the islands off Hokkaido called the Northern Territories (北方領土) in Japan and the Southern Kurils (Южные Курилы) in Russia. Every figure and statement is sourced; the explorer computes and cites, and takes no side.</p></header><main class="layout prerendered">{summary}<p class="loading">Positions as of {today}. The interactive explorer loads here; if it does not, this browser may be blocking scripts or WebAssembly. The figures above stand on their own.</p></main>"#
        );
        let image = format!("og/{}.png", page.image);
        let meta = meta_tags(
            &format!("Four Islands: {}", page.title),
            page.description,
            &format!("{base_url}{image}"),
            &address,
        );
        let template = if page.file == EMBED_PAGE { &embed_template } else { &template };
        let html = replace_between(&replace_between(template, START, END, &body), META_START, META_END, &meta);
        std::fs::write(dist.join(&page.file), html).map_err(|e| format!("{}: {e}", page.file))?;
        if images.insert(image.clone()) {
            let svg = card_svg(&page.scenario, &evaluation, page.title, &address);
            write_png(&svg, &dist.join(&image))?;
        }
    }
    let compressed = compress_all(dist)?;
    Ok(format!(
        "pre-rendered {} pages and {} preview images into {}; the embed runs on {}; wrote brotli and gzip copies of {compressed} files\n",
        pages.len(),
        images.len(),
        dist.display(),
        if embed_template == template { "the main binary" } else { "its own binary" },
    ))
}

fn replace_between(template: &str, start: &str, end: &str, body: &str) -> String {
    let from = template.find(start).map_or(0, |i| i + start.len());
    let to = template.find(end).unwrap_or(template.len());
    format!("{}{body}{}", &template[..from], &template[to..])
}

/// Trunk's inline `<script type="module">` loader: where it is, and the glue module and wasm
/// file it loads.
fn inline_loader(html: &str) -> Option<(std::ops::Range<usize>, String, String)> {
    let start = html.find("<script type=\"module\">")?;
    let end = start + html[start..].find("</script>")? + "</script>".len();
    let script = &html[start..end];
    let quoted = |after: &str| -> Option<String> {
        let rest = &script[script.find(after)? + after.len()..];
        let rest = rest.trim_start().strip_prefix('\'')?;
        Some(rest[..rest.find('\'')?].to_owned())
    };
    Some((start..end, quoted(" from")?, quoted("module_or_path:")?))
}

/// Names a binary's glue and wasm by their content (so that caches can keep them forever, as
/// trunk does for the main binary) and returns their addresses; `None` when the build did not
/// make it (the embed page then runs on the main binary, and the analysis on the page).
fn name_by_content(dist: &Path, stem: &str) -> Result<Option<(String, String)>, String> {
    let (glue, wasm) = (dist.join(format!("{stem}.js")), dist.join(format!("{stem}_bg.wasm")));
    if !glue.exists() || !wasm.exists() {
        // An earlier run over the same folder has named them already.
        return Ok(named_earlier(dist, stem).map(|(module, binary)| (format!("/{module}"), format!("/{binary}"))));
    }
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let hash = fnv1a(&[read(&glue)?, read(&wasm)?].concat());
    let module = format!("{stem}-{hash:016x}.js");
    let binary = format!("{stem}-{hash:016x}_bg.wasm");
    for (from, to) in [(glue, &module), (wasm, &binary)] {
        std::fs::rename(&from, dist.join(to)).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    Ok(Some((format!("/{module}"), format!("/{binary}"))))
}

/// The glue and wasm that `name_by_content` named in an earlier run: `{stem}-{hash}.js` with
/// its `{stem}-{hash}_bg.wasm`, the newest if the folder holds several.
fn named_earlier(dist: &Path, stem: &str) -> Option<(String, String)> {
    let prefix = format!("{stem}-");
    std::fs::read_dir(dist)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let hash = name.strip_prefix(&prefix)?.strip_suffix(".js")?;
            let binary = format!("{prefix}{hash}_bg.wasm");
            let is_hash = hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit());
            let modified = entry.metadata().and_then(|m| m.modified()).ok()?;
            (is_hash && dist.join(&binary).exists()).then_some((modified, name, binary))
        })
        .max()
        .map(|(_, module, binary)| (module, binary))
}

/// 64-bit FNV-1a: stable across Rust releases, unlike std's hasher, so a rebuild of the same
/// files gives the same names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The page template with the embed's starter and preloads instead of the main binary's.
fn with_embed_binary(template: &str, module: &str, wasm: &str) -> String {
    let mut html = template.replace(&format!("/{BOOT}\""), &format!("/{EMBED_BOOT}\""));
    let preloads = [
        ("modulepreload", format!(r#"<link rel="modulepreload" href="{module}" crossorigin="anonymous">"#)),
        (
            "preload",
            format!(r#"<link rel="preload" href="{wasm}" crossorigin="anonymous" as="fetch" type="application/wasm">"#),
        ),
    ];
    for (rel, tag) in preloads {
        let opening = format!(r#"<link rel="{rel}" "#);
        if let Some(start) = html.find(&opening)
            && let Some(len) = html[start..].find('>')
        {
            html.replace_range(start..=start + len, &tag);
        }
    }
    html
}

/// The analysis worker: loads its wasm once and answers each request with `explore`'s text,
/// or the reason it could not.
fn worker_script(module: &str, wasm: &str) -> String {
    format!(
        r#"// The negotiation analysis's web worker (src/bin/analysis_worker.rs): explores every
// settlement off the page's main thread.
import init, {{ explore }} from {module:?};
const ready = init({{ module_or_path: {wasm:?} }});
onmessage = (event) => {{
  const {{ id, valuations }} = event.data;
  ready
    .then(() => postMessage({{ id, results: explore(valuations) }}))
    .catch((error) => postMessage({{ id, error: String(error) }}));
}};
"#
    )
}

fn boot_script(module: &str, wasm: &str) -> String {
    format!(
        r#"// Starts the explorer. Kept out of the HTML so that the page's security policy can refuse
// every inline script. If the explorer cannot start (WebAssembly blocked, an old browser, a
// failed download), the pre-rendered figures stay on the page and a short notice says why.
const failed = () => {{
  document.documentElement.setAttribute("data-boot-failed", "");
  const note = document.querySelector(".loading");
  if (note) note.textContent = "The interactive explorer could not start in this browser. The figures and sources shown here are complete.";
}};
// The wasm is compiled while the glue module loads, instead of after it: the two overlap.
const compiled = fetch({wasm:?}).then((response) => {{
  if (!response.ok) throw new Error(`${{response.status}} ${{response.url}}`);
  return response.headers.get("Content-Type") === "application/wasm"
    ? WebAssembly.compileStreaming(response)
    : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
}});
Promise.all([import({module:?}), compiled])
  .then(([glue, module]) => glue.default({{ module_or_path: module }}))
  // The benchmark reads the wasm memory's size from here.
  .then((wasm) => {{ globalThis.fourIslandsWasmMemory = wasm.memory; }})
  .catch(failed);
"#
    )
}

fn meta_tags(title: &str, description: &str, image: &str, url: &str) -> String {
    let (t, d, i, u) = (escape(title), escape(description), escape(image), escape(url));
    format!(
        r#"<meta property="og:type" content="website"><meta property="og:title" content="{t}"><meta property="og:description" content="{d}"><meta property="og:image" content="{i}"><meta property="og:image:width" content="{WIDTH}"><meta property="og:image:height" content="{HEIGHT}"><meta property="og:url" content="{u}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{t}"><meta name="twitter:description" content="{d}"><meta name="twitter:image" content="{i}">"#
    )
}

fn write_png(svg: &str, path: &Path) -> Result<(), String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    // SVG's generic "sans-serif" maps to Arial by default, which Linux rarely has.
    let installed: Vec<String> = fonts.faces().flat_map(|f| f.families.iter().map(|(name, _)| name.clone())).collect();
    if let Some(family) =
        ["DejaVu Sans", "Noto Sans", "Liberation Sans", "IPAPGothic"].iter().find(|f| installed.iter().any(|i| i == *f))
    {
        fonts.set_sans_serif_family(*family);
    }
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("preview image: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("preview image: no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.save_png(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `name.br` and `name.gz` beside every text and wasm file, for static hosts that
/// serve pre-compressed files.
fn compress_all(dir: &Path) -> Result<usize, String> {
    use std::io::Write;
    let mut count = 0;
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            count += compress_all(&path)?;
            continue;
        }
        let compressible =
            matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "js" | "wasm" | "css" | "svg"));
        if !compressible {
            continue;
        }
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut &data[..], &mut br, &params).map_err(|e| e.to_string())?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&data).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        std::fs::write(path.with_file_name(format!("{name}.br")), br).map_err(|e| e.to_string())?;
        std::fs::write(path.with_file_name(format!("{name}.gz")), gz).map_err(|e| e.to_string())?;
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::name_by_content;

    #[test]
    fn a_second_run_finds_the_binaries_the_first_one_named() {
        let dist = std::env::temp_dir().join(format!("four-islands-prerender-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("four-islands-embed.js"), "glue").unwrap();
        std::fs::write(dist.join("four-islands-embed_bg.wasm"), "wasm").unwrap();
        let first = name_by_content(&dist, "four-islands-embed").unwrap().unwrap();
        assert!(first.0.starts_with("/four-islands-embed-") && first.1.ends_with("_bg.wasm"), "{first:?}");
        assert_eq!(name_by_content(&dist, "four-islands-embed").unwrap(), Some(first));
        // Another binary's files are not taken for the one that was not built.
        assert_eq!(name_by_content(&dist, "four-islands-analysis").unwrap(), None);
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
