//! One page to write: what it is, what it shows and says, its `<html>` markers, its link
//! preview tags and its preview image.

use super::assets::{Files, with_embed_binary, without_preloads};
use four_islands::model::date::Date;
use four_islands::model::site::Page as Kind;
use four_islands::Scenario;
use four_islands::render::card::{HEIGHT, WIDTH};
use four_islands::render::escape::escape;
use std::path::Path;

/// One page to write: where, what it is, which scenario, and what it says about it.
pub struct Page {
    pub file: String,
    pub kind: Kind,
    pub scenario: Scenario,
    pub title: String,
    pub description: String,
    pub image: String,
}

impl Page {
    /// The way from this page to the site's root.
    pub fn root(&self) -> &'static str {
        if self.file.contains('/') { "../" } else { "./" }
    }
}

/// The template as one page: its `<html>` markers, its starter, and its addresses made
/// relative to where the page lies.
pub fn page_template(template: &str, page: &Page, files: &Files, code: &str, today: Date) -> String {
    let (kind, preset) = page.kind.marker();
    let mut markers = format!(
        r#"<html lang="en" data-page="{kind}" data-root="{}" data-scenario="{code}" data-asof="{today}""#,
        page.root()
    );
    if !preset.is_empty() {
        markers.push_str(&format!(r#" data-preset="{preset}""#));
    }
    // view.js fetches this page's wasm at once when the address asks for another view.
    let embed_binary = files.embed_boot.as_ref().filter(|_| page.kind == Kind::Embed).map(|(_, b)| b);
    let binaries = match embed_binary {
        Some(embed) => {
            let others = [("panels-wasm", &files.panels), ("card-wasm", &files.card)];
            let mut all = vec![("wasm", embed)];
            all.extend(others.into_iter().filter_map(|(name, b)| Some((name, b.as_ref()?))));
            all
        }
        None => vec![("wasm", &files.main)],
    };
    for (name, binary) in binaries {
        markers.push_str(&format!(r#" data-{name}="{}""#, escape(&binary.wasm)));
        if let Some(integrity) = &binary.integrity {
            markers.push_str(&format!(r#" data-{name}-integrity="{}""#, escape(integrity)));
        }
    }
    if let Some(worker) = &files.worker {
        markers.push_str(&format!(r#" data-worker="{}""#, escape(worker)));
    }
    if let Some((file, integrity)) = &files.loader {
        markers.push_str(&format!(r#" data-loader="{}" data-loader-integrity="{}""#, escape(file), escape(integrity)));
    }
    markers.push('>');
    let mut html = without_preloads(template);
    if let Some(start) = html.find("<html")
        && let Some(len) = html[start..].find('>')
    {
        html.replace_range(start..=start + len, &markers);
    }
    if page.kind == Kind::Embed
        && let Some((embed_boot, _)) = &files.embed_boot
    {
        html = with_embed_binary(&html, &files.boot, embed_boot);
    }
    if page.root() != "./" {
        html = html.replace("href=\"./", &format!("href=\"{}", page.root()));
        html = html.replace("src=\"./", &format!("src=\"{}", page.root()));
    }
    html
}

pub fn replace_between(template: &str, start: &str, end: &str, body: &str) -> String {
    let from = template.find(start).map_or(0, |i| i + start.len());
    let to = template.find(end).unwrap_or(template.len());
    format!("{}{body}{}", &template[..from], &template[to..])
}

pub fn meta_tags(title: &str, description: &str, image: &str, url: &str) -> String {
    let (t, d, i, u) = (escape(title), escape(description), escape(image), escape(url));
    format!(
        r#"<meta property="og:type" content="website"><meta property="og:title" content="{t}"><meta property="og:description" content="{d}"><meta property="og:image" content="{i}"><meta property="og:image:width" content="{WIDTH}"><meta property="og:image:height" content="{HEIGHT}"><meta property="og:url" content="{u}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{t}"><meta name="twitter:description" content="{d}"><meta name="twitter:image" content="{i}">"#
    )
}

/// How the preview cards are drawn, with the system's fonts: loaded once, not for each card.
pub fn card_options() -> resvg::usvg::Options<'static> {
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

pub fn write_png(svg: &str, path: &Path, options: &resvg::usvg::Options) -> Result<(), String> {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| format!("preview image: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("preview image: no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.save_png(path).map_err(|e| format!("{}: {e}", path.display()))
}
