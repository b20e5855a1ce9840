//! `fourislands prerender`: writes static content into a built dist/ so that readers without
//! JavaScript, link-preview crawlers and printers still see the scenario. For the main page,
//! the embed page and one page per preset (`p/<id>.html`): the map and key figures between
//! the markers in index.html, Open Graph and Twitter card tags, and a PNG preview image.
//!
//! Every address it writes is relative to its page, so that the site runs at the root of a
//! host or under any path, and each page says on `<html>` what it is (`data-page`,
//! `data-preset`), where the site's root is (`data-root`) and which files the explorer starts
//! (`data-worker`, `data-loader`): the explorer reads them there, never from its address,
//! which hosts rewrite (`/embed` for `/embed.html`).

use crate::scripts::{self, Binary};
use four_islands::i18n::{Lang, Naming, Text, fill, t};
use four_islands::model::catalog::PRESETS;
use four_islands::model::date::Date;
use four_islands::model::evaluation::evaluate;
use four_islands::model::link;
use four_islands::model::view::{EMBED_PAGE, Page as Kind, View};
use four_islands::render::card::{HEIGHT, WIDTH, card_svg};
use four_islands::render::embed_card::{Card, card_html};
use four_islands::render::escape::escape;
use four_islands::render::summary::{Heading, summary_html};
use four_islands::{Scenario, catalog};
use std::path::Path;

const START: &str = "<!-- prerender:start -->";
const END: &str = "<!-- prerender:end -->";
const META_START: &str = "<!-- meta:start -->";
const META_END: &str = "<!-- meta:end -->";
/// The binaries `scripts/lib/post-build.sh` adds, by the names it gives them.
const EMBED_BINARY: &str = "four-islands-embed";
const ANALYSIS_BINARY: &str = "four-islands-analysis";
/// The loader newsrooms paste, as trunk copies it; a copy named by its content is pinned by
/// the embed code with its integrity hash, and this name stays the moving alias.
const LOADER: &str = "embed.js";

/// One page to write: where, what it is, which scenario, and what it says about it.
struct Page<'a> {
    file: String,
    kind: Kind,
    scenario: Scenario,
    title: &'a str,
    description: &'a str,
    image: String,
}

impl Page<'_> {
    /// The way from this page to the site's root.
    fn root(&self) -> &'static str {
        if self.file.contains('/') { "../" } else { "./" }
    }
}

/// What every page names: the starter of its binary, and the files the explorer loads later.
struct Files {
    boot: String,
    embed_boot: Option<(String, Binary)>,
    worker: Option<String>,
    loader: Option<(String, String)>,
}

/// `base_url` is the address the site is published at (`https://host/path/`), for the absolute
/// link-preview addresses that crawlers need; without it, they are relative to each page.
pub fn run(dist: &Path, base_url: Option<&str>, today: Date) -> Result<String, String> {
    let base_url = base_url.map(public_address).transpose()?;
    let template = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    if [START, END, META_START, META_END].iter().any(|m| !template.contains(m)) {
        return Err(format!(
            "{} has no prerender markers: is it a Four Islands build?",
            dist.join("index.html").display()
        ));
    }
    let main = main_binary(&template)?;
    let boot = write_named(dist, "boot", &scripts::boot(&main, None))?;
    let template = with_boot_script(&template, &boot)?;
    let worker = match name_by_content(dist, ANALYSIS_BINARY)? {
        Some(binary) => Some(write_named(dist, "analysis-worker", &scripts::worker(&binary))?),
        None => None,
    };
    let embed_boot = match name_by_content(dist, EMBED_BINARY)? {
        // The long panels, when an embed code asks for them, are the full page's binary's.
        Some(binary) => Some((write_named(dist, "embed-boot", &scripts::boot(&binary, Some(&main)))?, binary)),
        None => None,
    };
    let loader = pin_loader(dist)?;
    let files = Files { boot, embed_boot, worker, loader };

    let quo = catalog::preset("status-quo").ok_or("no status-quo preset")?;
    let mut pages = vec![
        Page {
            file: "index.html".into(),
            kind: Kind::Full,
            scenario: quo.scenario,
            title: quo.title,
            description: quo.description,
            image: "status-quo".into(),
        },
        Page {
            file: EMBED_PAGE.into(),
            kind: Kind::Embed,
            scenario: quo.scenario,
            title: quo.title,
            description: quo.description,
            image: "status-quo".into(),
        },
    ];
    for p in &PRESETS {
        pages.push(Page {
            file: format!("p/{}.html", p.id),
            kind: Kind::Preset(p.id),
            scenario: p.scenario,
            title: p.title,
            description: p.description,
            image: p.id.into(),
        });
    }
    std::fs::create_dir_all(dist.join("p")).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dist.join("og")).map_err(|e| e.to_string())?;
    let mut images = std::collections::BTreeSet::new();
    let card = card_options();
    for page in &pages {
        let evaluation = evaluate(&page.scenario, today);
        let code = link::encode(&page.scenario);
        let path = if page.file == "index.html" { String::new() } else { page.file.clone() };
        // Previews name the published address; without one, each address leads from the page.
        let (address, image_address) = match &base_url {
            Some(base) => (format!("{base}{path}?s={code}"), format!("{base}og/{}.png", page.image)),
            None => (format!("{}{path}?s={code}", page.root()), format!("{}og/{}.png", page.root(), page.image)),
        };
        let loading = fill(
            t(Lang::En, Text::StaticLoading),
            &[("scenario", page.title), ("date", &four_islands::i18n::date(Lang::En, today))],
        );
        let body = if page.kind == Kind::Embed {
            // The card the live embed shows, so that nothing moves when it starts.
            let full = format!("{}{}", page.root(), View { scenario: page.scenario, ..View::default() }.pinned(today).full_query());
            let card = card_html(&Card { evaluation: &evaluation, lang: Lang::En, naming: Naming::Both, full_address: &full });
            format!(r#"<div class="embed">{card}<p class="loading small">{}</p></div>"#, escape(&loading))
        } else {
            let summary =
                summary_html(&page.scenario, &evaluation, &Heading { title: page.title, description: page.description });
            format!(
                r#"<header class="masthead"><h1>Four Islands</h1><p class="tagline">Settlement scenarios for the islands off Hokkaido called the Northern Territories (北方領土) in Japan and the Southern Kurils (Южные Курилы) in Russia. Every figure and statement is sourced; the explorer computes and cites, and takes no side.</p></header><main class="layout prerendered">{summary}<p class="loading">{}</p></main>"#,
                escape(&loading)
            )
        };
        let meta = meta_tags(&format!("Four Islands: {}", page.title), page.description, &image_address, &address);
        let html = page_template(&template, page, &files, &code, today);
        let html = replace_between(&replace_between(&html, START, END, &body), META_START, META_END, &meta);
        std::fs::write(dist.join(&page.file), html).map_err(|e| format!("{}: {e}", page.file))?;
        if images.insert(page.image.clone()) {
            // The card shows the address a reader would type: the published one, or the path.
            let shown = base_url.as_ref().map_or_else(|| format!("{path}?s={code}"), |_| address.clone());
            let svg = card_svg(&page.scenario, &evaluation, page.title, &shown);
            write_png(&svg, &dist.join(format!("og/{}.png", page.image)), &card)?;
        }
    }
    let compressed = compress_all(dist)?;
    Ok(format!(
        "pre-rendered {} pages and {} preview images into {}; the embed runs on {}; preview addresses are {}; wrote brotli and gzip copies of {compressed} files\n",
        pages.len(),
        images.len(),
        dist.display(),
        if files.embed_boot.is_some() { "its own binary" } else { "the main binary" },
        base_url.as_deref().map_or_else(|| "relative (no public address given)".to_owned(), |b| format!("under {b}")),
    ))
}

/// The address the site is published at, as an absolute http(s) address ending in `/`.
pub fn public_address(text: &str) -> Result<String, String> {
    let text = text.trim();
    let host = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    let ok = host.is_some_and(|h| {
        let name = h.split('/').next().unwrap_or("");
        !name.is_empty() && !h.contains(['?', '#', ' ', '"', '<', '>'])
    });
    if !ok {
        return Err(format!(
            "the public address `{text}` is not an http(s) address like https://graphics.example.org/2026/four-islands/"
        ));
    }
    Ok(if text.ends_with('/') { text.to_owned() } else { format!("{text}/") })
}

/// The template as one page: its `<html>` markers, its starter, and its addresses made
/// relative to where the page lies.
fn page_template(template: &str, page: &Page, files: &Files, code: &str, today: Date) -> String {
    let (kind, preset) = page.kind.marker();
    let mut markers = format!(
        r#"<html lang="en" data-page="{kind}" data-root="{}" data-scenario="{code}" data-asof="{today}""#,
        page.root()
    );
    if !preset.is_empty() {
        markers.push_str(&format!(r#" data-preset="{preset}""#));
    }
    if let Some(worker) = &files.worker {
        markers.push_str(&format!(r#" data-worker="{}""#, escape(worker)));
    }
    if let Some((file, integrity)) = &files.loader {
        markers.push_str(&format!(r#" data-loader="{}" data-loader-integrity="{}""#, escape(file), escape(integrity)));
    }
    markers.push('>');
    let mut html = template.to_owned();
    if let Some(start) = html.find("<html")
        && let Some(len) = html[start..].find('>')
    {
        html.replace_range(start..=start + len, &markers);
    }
    if page.kind == Kind::Embed
        && let Some((embed_boot, binary)) = &files.embed_boot
    {
        html = with_embed_binary(&html, &files.boot, embed_boot, binary);
    }
    if page.root() != "./" {
        html = html.replace("href=\"./", &format!("href=\"{}", page.root()));
        html = html.replace("src=\"./", &format!("src=\"{}", page.root()));
    }
    html
}

fn replace_between(template: &str, start: &str, end: &str, body: &str) -> String {
    let from = template.find(start).map_or(0, |i| i + start.len());
    let to = template.find(end).unwrap_or(template.len());
    format!("{}{body}{}", &template[..from], &template[to..])
}

/// The value of `attribute` in the first tag that contains `needle`.
fn attribute_of(html: &str, needle: &str, attribute: &str) -> Option<String> {
    let at = html.find(needle)?;
    let start = html[..at].rfind('<')?;
    let tag = &html[start..start + html[start..].find('>')?];
    let rest = &tag[tag.find(&format!(" {attribute}=\""))? + attribute.len() + 3..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// The main binary, from the preloads trunk writes (`./four-islands-web-<hash>.js` and its
/// wasm, with the wasm's integrity hash); they stay in the template, so a second run over the
/// same folder finds them as the first did.
fn main_binary(html: &str) -> Result<Binary, String> {
    let unprefixed = |a: String| a.trim_start_matches("./").to_owned();
    let module = attribute_of(html, r#"rel="modulepreload""#, "href").map(unprefixed);
    let wasm = attribute_of(html, r#"type="application/wasm""#, "href").map(unprefixed);
    match (module, wasm) {
        (Some(module), Some(wasm)) => {
            let integrity = attribute_of(html, r#"type="application/wasm""#, "integrity");
            Ok(Binary { module, wasm, integrity })
        }
        _ => Err("index.html has no preloads of the main binary: is it trunk's output?".into()),
    }
}

/// The template with the starter instead of trunk's inline loader, which the security policy
/// would refuse (or instead of the starter an earlier run put there).
fn with_boot_script(template: &str, boot: &str) -> Result<String, String> {
    let tag = format!(r#"<script type="module" src="./{boot}"></script>"#);
    if let Some(start) = template.find("<script type=\"module\">") {
        let end = start + template[start..].find("</script>").ok_or("an unclosed inline script")? + "</script>".len();
        return Ok(format!("{}{tag}{}", &template[..start], &template[end..]));
    }
    let start = template
        .find(r#"<script type="module" src="./boot-"#)
        .ok_or("index.html has neither trunk's loader nor the starter")?;
    let end = start + template[start..].find("</script>").ok_or("an unclosed script")? + "</script>".len();
    Ok(format!("{}{tag}{}", &template[..start], &template[end..]))
}

/// Writes `script` as `{stem}-{hash}.js`, named by its content like the binaries, so that
/// caches can keep it for good; returns the name.
fn write_named(dist: &Path, stem: &str, script: &str) -> Result<String, String> {
    let name = format!("{stem}-{:016x}.js", fnv1a(script.as_bytes()));
    std::fs::write(dist.join(&name), script).map_err(|e| format!("{name}: {e}"))?;
    Ok(name)
}

/// A copy of the loader named by its content, and its Subresource Integrity hash.
fn pin_loader(dist: &Path) -> Result<Option<(String, String)>, String> {
    use base64::Engine;
    use sha2::Digest;
    let Ok(loader) = std::fs::read(dist.join(LOADER)) else { return Ok(None) };
    let name = format!("embed-{:016x}.js", fnv1a(&loader));
    std::fs::write(dist.join(&name), &loader).map_err(|e| format!("{name}: {e}"))?;
    let integrity =
        format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&loader)));
    Ok(Some((name, integrity)))
}

/// Names a binary's glue and wasm by their content (so that caches can keep them forever, as
/// trunk does for the main binary); `None` when the build did not make it (the embed page then
/// runs on the main binary, and the analysis is not offered a worker).
fn name_by_content(dist: &Path, stem: &str) -> Result<Option<Binary>, String> {
    let (glue, wasm) = (dist.join(format!("{stem}.js")), dist.join(format!("{stem}_bg.wasm")));
    let (module, binary) = if glue.exists() && wasm.exists() {
        let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
        let hash = fnv1a(&[read(&glue)?, read(&wasm)?].concat());
        let module = format!("{stem}-{hash:016x}.js");
        let binary = format!("{stem}-{hash:016x}_bg.wasm");
        for (from, to) in [(glue, &module), (wasm, &binary)] {
            std::fs::rename(&from, dist.join(to)).map_err(|e| format!("{}: {e}", from.display()))?;
        }
        (module, binary)
    } else {
        // An earlier run over the same folder has named them already.
        match named_earlier(dist, stem) {
            Some(named) => named,
            None => return Ok(None),
        }
    };
    let integrity = std::fs::read(dist.join(&binary)).ok().map(|bytes| sri(&bytes));
    Ok(Some(Binary { module, wasm: binary, integrity }))
}

/// The Subresource Integrity value of a file (`sha384-` and the digest in base64).
fn sri(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
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

/// The page with the embed's starter and preloads instead of the main binary's.
fn with_embed_binary(html: &str, boot: &str, embed_boot: &str, binary: &Binary) -> String {
    let mut html = html.replace(&format!("./{boot}\""), &format!("./{embed_boot}\""));
    let integrity = binary.integrity.as_deref().map(|i| format!(r#" integrity="{i}""#)).unwrap_or_default();
    let preloads = [
        ("modulepreload", format!(r#"<link rel="modulepreload" href="./{}" crossorigin="anonymous">"#, binary.module)),
        (
            "preload",
            format!(
                r#"<link rel="preload" href="./{}" crossorigin="anonymous"{integrity} as="fetch" type="application/wasm">"#,
                binary.wasm
            ),
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

fn meta_tags(title: &str, description: &str, image: &str, url: &str) -> String {
    let (t, d, i, u) = (escape(title), escape(description), escape(image), escape(url));
    format!(
        r#"<meta property="og:type" content="website"><meta property="og:title" content="{t}"><meta property="og:description" content="{d}"><meta property="og:image" content="{i}"><meta property="og:image:width" content="{WIDTH}"><meta property="og:image:height" content="{HEIGHT}"><meta property="og:url" content="{u}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{t}"><meta name="twitter:description" content="{d}"><meta name="twitter:image" content="{i}">"#
    )
}

/// How the preview cards are drawn, with the system's fonts: loaded once, not for each card.
fn card_options() -> resvg::usvg::Options<'static> {
    let mut options = resvg::usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    // SVG's generic "sans-serif" maps to Arial by default, which Linux rarely has.
    let installed: Vec<String> = fonts.faces().flat_map(|f| f.families.iter().map(|(name, _)| name.clone())).collect();
    if let Some(family) =
        ["DejaVu Sans", "Noto Sans", "Liberation Sans", "IPAPGothic"].iter().find(|f| installed.iter().any(|i| i == *f))
    {
        fonts.set_sans_serif_family(*family);
    }
    options
}

fn write_png(svg: &str, path: &Path, options: &resvg::usvg::Options) -> Result<(), String> {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| format!("preview image: {e}"))?;
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
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        // Links are not followed: a link to a folder above would never end.
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if kind.is_dir() {
            count += compress_all(&path)?;
            continue;
        }
        if !kind.is_file() {
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
    use super::{name_by_content, public_address};

    #[test]
    fn a_second_run_finds_the_binaries_the_first_one_named() {
        let dist = std::env::temp_dir().join(format!("four-islands-prerender-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("four-islands-embed.js"), "glue").unwrap();
        std::fs::write(dist.join("four-islands-embed_bg.wasm"), "wasm").unwrap();
        let first = name_by_content(&dist, "four-islands-embed").unwrap().unwrap();
        assert!(
            first.module.starts_with("four-islands-embed-") && first.wasm.ends_with("_bg.wasm"),
            "{}",
            first.module
        );
        assert!(first.integrity.as_deref().is_some_and(|i| i.starts_with("sha384-")));
        let again = name_by_content(&dist, "four-islands-embed").unwrap().unwrap();
        assert_eq!((again.module, again.wasm, again.integrity), (first.module, first.wasm, first.integrity));
        // Another binary's files are not taken for the one that was not built.
        assert!(name_by_content(&dist, "four-islands-analysis").unwrap().is_none());
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn the_public_address_is_an_absolute_folder() {
        assert_eq!(
            public_address("https://graphics.example.org/2026/four-islands").unwrap(),
            "https://graphics.example.org/2026/four-islands/"
        );
        assert_eq!(public_address(" http://127.0.0.1:8080/ ").unwrap(), "http://127.0.0.1:8080/");
        for bad in [
            "",
            "/fi/",
            "graphics.example.org/fi/",
            "https://",
            "https://h/?x=1",
            "javascript:alert(1)",
            "https://h/\"x",
        ] {
            assert!(public_address(bad).is_err(), "{bad}");
        }
    }
}
