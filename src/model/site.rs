//! The site's layout, known once: the files the build writes, the pages it marks, and the
//! performance marks the page sets for the benchmark. Every address the build writes is
//! relative to its page, so the site runs at any path, with or without `.html`.

use super::catalog;
use super::scenario::Scenario;

/// The full explorer's page.
pub const INDEX_PAGE: &str = "index.html";
/// The file an embedded explorer is served as.
pub const EMBED_PAGE: &str = "embed.html";
/// The embed loader's moving alias, which always loads the newest loader; the build also
/// writes it under a name made from its content.
pub const EMBED_LOADER: &str = "embed.js";
/// The analysis worker's script, when the build has not named it by its content.
pub const ANALYSIS_WORKER: &str = "analysis-worker.js";
/// The folder of the pre-rendered preset pages.
pub const PRESET_FOLDER: &str = "p";

/// A preset's pre-rendered page, relative to the site's root: `p/<id>.html`.
pub fn preset_page(id: &str) -> String {
    format!("{PRESET_FOLDER}/{id}.html")
}

/// The performance marks and measures the page sets and the benchmark reads.
pub mod marks {
    /// The wasm starts running.
    pub const START: &str = "four-islands-start";
    /// The first view is on screen.
    pub const READY: &str = "four-islands-ready";
    /// A request to the analysis worker, from sending to its answer.
    pub const ANALYSIS: &str = "four-islands-analysis";
    /// Reading the worker's answer on the page.
    pub const ANALYSIS_PAGE: &str = "four-islands-analysis-page";
}

/// Which page the build wrote. The page says so itself (`fourislands prerender` marks each
/// document), because its address cannot: hosts serve `embed.html` as `/embed`, and the site
/// under any path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Full,
    Embed,
    /// A pre-rendered preset page, `p/<id>.html`: the full explorer, opened at that preset.
    Preset(&'static str),
}

impl Page {
    /// The page a document's markers name: `data-page` ("full", "embed" or "preset") and,
    /// for a preset page, `data-preset`. Anything unknown is the full page.
    pub fn from_marker(kind: &str, preset: &str) -> Page {
        match kind {
            "embed" => Page::Embed,
            "preset" => catalog::preset(preset).map_or(Page::Full, |p| Page::Preset(p.id)),
            _ => Page::Full,
        }
    }

    /// The marker `from_marker` reads: (`data-page`, `data-preset`).
    pub fn marker(self) -> (&'static str, &'static str) {
        match self {
            Page::Full => ("full", ""),
            Page::Embed => ("embed", ""),
            Page::Preset(id) => ("preset", id),
        }
    }

    /// For readers without the document (the command line): the page a path names on a host
    /// that serves the site under any prefix, with or without `.html` (`…/embed`,
    /// `…/p/1956.html`).
    pub fn from_path(path: &str) -> Page {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let mut segments = path.rsplit('/');
        let last = segments.next().unwrap_or("");
        let name = last.strip_suffix(".html").unwrap_or(last);
        match (name, segments.next()) {
            ("embed", _) => Page::Embed,
            (id, Some(PRESET_FOLDER)) => catalog::preset(id).map_or(Page::Full, |p| Page::Preset(p.id)),
            _ => Page::Full,
        }
    }

    /// The scenario the page shows when the address names none, or names one that cannot be read.
    pub fn default_scenario(self) -> Scenario {
        match self {
            Page::Preset(id) => catalog::preset(id).map_or(Scenario::STATUS_QUO, |p| p.scenario),
            Page::Full | Page::Embed => Scenario::STATUS_QUO,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_comes_from_the_document_and_paths_read_alike_on_any_host() {
        assert_eq!(Page::from_marker("embed", ""), Page::Embed);
        assert_eq!(Page::from_marker("preset", "1956"), Page::Preset("1956"));
        assert_eq!(Page::from_marker("preset", "nonsense"), Page::Full);
        assert_eq!(Page::from_marker("", ""), Page::Full);
        for page in [Page::Full, Page::Embed, Page::Preset("1956")] {
            let (kind, preset) = page.marker();
            assert_eq!(Page::from_marker(kind, preset), page);
        }
        for (path, page) in [
            ("/", Page::Full),
            ("/index.html", Page::Full),
            ("/embed.html", Page::Embed),
            ("/embed", Page::Embed),
            ("/2026/four-islands/embed", Page::Embed),
            ("/2026/four-islands/", Page::Full),
            ("/p/1956.html", Page::Preset("1956")),
            ("/fi/p/1956.html", Page::Preset("1956")),
            ("/fi/p/1956", Page::Preset("1956")),
            ("https://h.example/a/b/p/1956?s=x", Page::Preset("1956")),
            ("/p/nonsense.html", Page::Full),
            ("/1956.html", Page::Full),
        ] {
            assert_eq!(Page::from_path(path), page, "{path}");
        }
    }

    #[test]
    fn preset_pages_sit_in_their_folder() {
        assert_eq!(preset_page("1956"), "p/1956.html");
        assert_eq!(Page::from_path(&format!("/fi/{}", preset_page("1956"))), Page::Preset("1956"));
    }
}
