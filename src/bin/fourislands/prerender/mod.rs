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

mod assets;
mod compress;
mod page;
mod scripts;

use four_islands::catalog;
use four_islands::i18n::{Locale, Text, fill};
use four_islands::model::catalog::PRESETS;
use four_islands::model::date::Date;
use four_islands::model::evaluation::evaluate;
use four_islands::model::link;
use four_islands::model::site::{EMBED_PAGE, INDEX_PAGE, Page as Kind, preset_page};
use four_islands::model::view::View;
use four_islands::render::card::card_svg;
use four_islands::render::embed_card::{Card, card_html};
use four_islands::render::escape::escape;
use four_islands::render::first_screen::{FirstScreen, first_screen};
use four_islands::render::summary::{Heading, summary_html};
use page::{Page, card_options, meta_tags, page_template, replace_between, write_png};
use std::path::Path;

const START: &str = "<!-- prerender:start -->";
const END: &str = "<!-- prerender:end -->";
const META_START: &str = "<!-- meta:start -->";
const META_END: &str = "<!-- meta:end -->";

/// `base_url` is the address the site is published at (`https://host/path/`), for the absolute
/// link-preview addresses that crawlers need; without it, they are relative to each page.
pub fn run(dist: &Path, base_url: Option<&str>, today: Date) -> Result<String, String> {
    let base_url = base_url.map(public_address).transpose()?;
    let template = std::fs::read_to_string(dist.join(INDEX_PAGE))
        .map_err(|e| format!("{}: {e}", dist.join(INDEX_PAGE).display()))?;
    if [START, END, META_START, META_END].iter().any(|m| !template.contains(m)) {
        return Err(format!(
            "{} has no prerender markers: is it a Four Islands build?",
            dist.join(INDEX_PAGE).display()
        ));
    }
    let (template, files) = assets::assets(dist, &template)?;
    let pages = pages()?;
    std::fs::create_dir_all(dist.join("p")).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dist.join("og")).map_err(|e| e.to_string())?;
    let mut images = std::collections::BTreeSet::new();
    let card = card_options();
    for page in &pages {
        let evaluation = evaluate(&page.scenario, today);
        let code = link::encode(&page.scenario);
        let path = if page.file == INDEX_PAGE { String::new() } else { page.file.clone() };
        // Previews name the published address; without one, each address leads from the page.
        let (address, image_address) = match &base_url {
            Some(base) => (format!("{base}{path}?s={code}"), format!("{base}og/{}.png", page.image)),
            None => (format!("{}{path}?s={code}", page.root()), format!("{}og/{}.png", page.root(), page.image)),
        };
        let body = body(page, &evaluation, today);
        let meta = meta_tags(&format!("Four Islands: {}", page.title), &page.description, &image_address, &address);
        let html = page_template(&template, page, &files, &code, today);
        let html = replace_between(&replace_between(&html, START, END, &body), META_START, META_END, &meta);
        std::fs::write(dist.join(&page.file), html).map_err(|e| format!("{}: {e}", page.file))?;
        if images.insert(page.image.clone()) {
            // The card shows the address a reader would type: the published one, or the path.
            let shown = base_url.as_ref().map_or_else(|| format!("{path}?s={code}"), |_| address.clone());
            let svg = card_svg(&page.scenario, &evaluation, &page.title, &shown);
            write_png(&svg, &dist.join(format!("og/{}.png", page.image)), &card)?;
        }
    }
    let compressed = compress::compress_all(dist)?;
    Ok(format!(
        "pre-rendered {} pages and {} preview images into {}; the embed runs on {}; preview addresses are {}; wrote brotli and gzip copies of {compressed} files\n",
        pages.len(),
        images.len(),
        dist.display(),
        match (&files.embed_boot, &files.card) {
            (Some(_), Some(_)) => "its own binaries (the card without yew, and with every control)",
            (Some(_), None) => "its own binary",
            (None, _) => "the main binary",
        },
        base_url.as_deref().map_or_else(|| "relative (no public address given)".to_owned(), |b| format!("under {b}")),
    ))
}

/// The pages the build writes: the full page and the embed at the status quo, and one page
/// per preset, offered or retired.
fn pages() -> Result<Vec<Page>, String> {
    let en = Locale::ENGLISH;
    let quo = catalog::preset("status-quo").ok_or("no status-quo preset")?;
    let at_status_quo = |file: &str, kind| Page {
        file: file.into(),
        kind,
        scenario: quo.scenario,
        title: en.text(&quo.texts.title),
        description: en.text(&quo.texts.description),
        image: "status-quo".into(),
    };
    let mut pages = vec![at_status_quo(INDEX_PAGE, Kind::Full), at_status_quo(EMBED_PAGE, Kind::Embed)];
    pages.extend(PRESETS.iter().map(|p| Page {
        file: preset_page(p.id),
        kind: Kind::Preset(p.id),
        scenario: p.scenario,
        title: en.text(&p.texts.title),
        description: en.text(&p.texts.description),
        image: p.id.into(),
    }));
    Ok(pages)
}

/// What a page shows before the explorer starts: the heading, the scenario's summary and the
/// line that says the explorer is loading; on the embed page, the card the live embed shows,
/// so that nothing moves when it starts.
fn body(page: &Page, evaluation: &four_islands::Evaluation, today: Date) -> String {
    let loading = fill(
        Locale::ENGLISH.t(Text::StaticLoading),
        &[("scenario", &page.title), ("date", &Locale::ENGLISH.date(today))],
    );
    if page.kind == Kind::Embed {
        let view = View { scenario: page.scenario, ..View::default() };
        let full = format!("{}{}", page.root(), view.pinned(today).full_query());
        let card = card_html(&Card { evaluation, locale: Locale::ENGLISH, full_address: &full });
        return format!(r#"<div class="embed">{card}<p class="loading small">{}</p></div>"#, escape(&loading));
    }
    if page.kind == Kind::Full {
        return live_first_screen(page, evaluation, &loading);
    }
    let summary =
        summary_html(&page.scenario, evaluation, &Heading { title: &page.title, description: &page.description });
    format!(
        r#"<header class="masthead"><h1>Four Islands</h1><p class="tagline">Settlement scenarios for the islands off Hokkaido called the Northern Territories (北方領土) in Japan and the Southern Kurils (Южные Курилы) in Russia. Every figure and statement is sourced; the explorer computes and cites, and takes no side.</p></header><main class="layout prerendered">{summary}<p class="loading">{}</p></main>"#,
        escape(&loading)
    )
}

/// The full page's first screen as the explorer draws it for a reader of English, so that the
/// explorer, started, patches what is on screen instead of replacing it (nothing is laid out
/// again, and the reader keeps what they first saw). Without scripts its controls, which
/// would do nothing, are not shown (`www/style.css`, `view.js`), and each preset's static
/// page, with its summary and sources, is a link away.
fn live_first_screen(page: &Page, evaluation: &four_islands::Evaluation, loading: &str) -> String {
    let view = View { scenario: page.scenario, ..View::default() };
    let share_address = format!("{}{}", page.root(), view.pinned(evaluation.as_of).to_query());
    let screen = first_screen(&FirstScreen { view: &view, evaluation, problems: &[], share_address: &share_address, copied: None });
    let en = Locale::ENGLISH;
    let presets: String = PRESETS
        .iter()
        .filter(|p| p.retired.is_none())
        .map(|p| format!(r#"<li><a href="{}{}">{}</a></li>"#, page.root(), preset_page(p.id), escape(&en.text(&p.texts.title))))
        .collect();
    format!(
        r#"<noscript><div class="notice no-scripts"><p>The interactive explorer needs JavaScript, which this browser does not run: the figures below are those of “{}”. Each preset scenario, with its map, figures, each government's stated positions and their sources, has a page of its own:</p><ul>{presets}</ul></div></noscript><div data-live="" data-prerendered="">{screen}</div><p class="loading small">{}</p>"#,
        escape(&page.title),
        escape(loading)
    )
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

#[cfg(test)]
mod tests {
    use super::public_address;

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
