//! The code a newsroom pastes to embed the explorer: a placeholder that the loader script
//! turns into a resizing iframe, and a plain iframe for hosts that allow no scripts. Every
//! text in it is escaped.

use super::escape::escape;
use crate::model::link;
use crate::model::locale::Naming;
use crate::model::site::{EMBED_LOADER, EMBED_PAGE};
use crate::model::view::{Controls, Panels, View};

/// The loader script an embed snippet names: its file beside index.html and, when the file is
/// named by its content, the Subresource Integrity hash that pins it (`sha384-…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loader<'a> {
    pub file: &'a str,
    pub integrity: Option<&'a str>,
}

impl Loader<'static> {
    /// The moving alias, which always loads the newest loader.
    pub const LATEST: Loader<'static> = Loader { file: EMBED_LOADER, integrity: None };
}

/// The date, names and panels options of an embed, as (name, value) pairs.
fn embed_options(view: &View, panels: Panels) -> Vec<(&'static str, String)> {
    let mut options = Vec::new();
    if let Some(d) = view.as_of {
        options.push(("asof", d.to_string()));
    }
    if view.naming != Naming::Both {
        options.push(("names", view.naming.code().to_owned()));
    }
    if panels == Panels::All {
        options.push(("panels", "all".to_owned()));
    }
    options
}

/// What a newsroom pastes: a placeholder the loader script turns into a resizing iframe,
/// holding a link to the scenario for readers whose browser or CMS drops the script.
/// `base` is the explorer's address up to and including the last `/`; `title` names the
/// scenario in the reader's language, for the link and the iframe.
pub fn embed_snippet(
    view: &View,
    base: &str,
    controls: Controls,
    panels: Panels,
    loader: &Loader,
    title: &str,
) -> String {
    let options: String = embed_options(view, panels).iter().map(|(k, v)| format!(" data-{k}=\"{v}\"")).collect();
    let integrity = loader
        .integrity
        .map(|sri| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", escape(sri)))
        .unwrap_or_default();
    format!(
        "<div data-four-islands=\"{}\" data-controls=\"{}\" data-lang=\"{}\"{options}><a href=\"{}\">{}</a></div>\n<script async src=\"{}\"{integrity}></script>",
        link::encode(&view.scenario),
        controls.key(),
        view.lang.code(),
        escape(&format!("{base}{}", view.full_query())),
        escape(title),
        escape(&format!("{base}{}", loader.file)),
    )
}

/// For hosts that allow no scripts: a plain iframe of fixed height, enough for the card.
pub fn iframe_snippet(view: &View, base: &str, controls: Controls, panels: Panels, title: &str) -> String {
    let options: String = embed_options(view, panels).iter().map(|(k, v)| format!("&{k}={v}")).collect();
    let src = format!(
        "{base}{EMBED_PAGE}?s={}&controls={}&lang={}{options}",
        link::encode(&view.scenario),
        controls.key(),
        view.lang.code()
    );
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        escape(&src),
        escape(title),
        controls.frame_height(panels),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;

    #[test]
    fn embed_snippets_carry_the_scenario_and_options() {
        let (v, _) = View::from_query("?s=1-JJRR-t");
        let title = "Four Islands: Two islands (1956 Joint Declaration)";
        assert_eq!(
            embed_snippet(&v, "https://example.org/fi/", Controls::None, Panels::Card, &Loader::LATEST, title),
            "<div data-four-islands=\"1-JJRR-t\" data-controls=\"none\" data-lang=\"en\"><a href=\"https://example.org/fi/?s=1-JJRR-t&amp;lang=en\">Four Islands: Two islands (1956 Joint Declaration)</a></div>\n<script async src=\"https://example.org/fi/embed.js\"></script>"
        );
        let pinned = Loader { file: "embed-0123456789abcdef.js", integrity: Some("sha384-abc+/=") };
        assert!(embed_snippet(&v, "https://example.org/fi/", Controls::None, Panels::Card, &pinned, title).ends_with(
            "<script async src=\"https://example.org/fi/embed-0123456789abcdef.js\" integrity=\"sha384-abc+/=\" crossorigin=\"anonymous\"></script>"
        ));
        let iframe = iframe_snippet(&v, "https://example.org/fi/", Controls::All, Panels::Card, title);
        assert!(
            iframe.starts_with(
                "<iframe src=\"https://example.org/fi/embed.html?s=1-JJRR-t&amp;controls=all&amp;lang=en\""
            )
        );
        assert!(iframe.contains(&format!("height=\"{}\"", Controls::All.frame_height(Panels::Card))), "{iframe}");
        // The long panels, asked for by the code.
        let long = embed_snippet(&v, "https://example.org/fi/", Controls::None, Panels::All, &Loader::LATEST, title);
        assert!(
            long.starts_with(
                "<div data-four-islands=\"1-JJRR-t\" data-controls=\"none\" data-lang=\"en\" data-panels=\"all\">"
            ),
            "{long}"
        );
        let long = iframe_snippet(&v, "https://example.org/fi/", Controls::None, Panels::All, title);
        assert!(long.contains("&amp;lang=en&amp;panels=all\""), "{long}");
        assert!(iframe.contains("title=\"Four Islands: Two islands (1956 Joint Declaration)\""));
        // A title is text, never markup, wherever it is written.
        let hostile = "A \"quoted\" <b>title</b> & more";
        for code in [
            iframe_snippet(&v, "https://example.org/fi/", Controls::All, Panels::Card, hostile),
            embed_snippet(&v, "https://example.org/fi/", Controls::All, Panels::Card, &Loader::LATEST, hostile),
        ] {
            assert!(code.contains("A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"), "{code}");
            assert!(!code.contains("<b>"), "{code}");
        }

        // Shared, the view keeps its date and names.
        let (v, _) = View::from_query("?s=1-JJRR-t&names=ru");
        let shared = v.pinned(Date::ymd(2026, 11, 24));
        assert_eq!(
            embed_snippet(&shared, "https://example.org/fi/", Controls::Presets, Panels::Card, &Loader::LATEST, title),
            "<div data-four-islands=\"1-JJRR-t\" data-controls=\"presets\" data-lang=\"en\" data-asof=\"2026-11-24\" data-names=\"ru\"><a href=\"https://example.org/fi/?s=1-JJRR-t&amp;asof=2026-11-24&amp;lang=en&amp;names=ru\">Four Islands: Two islands (1956 Joint Declaration)</a></div>\n<script async src=\"https://example.org/fi/embed.js\"></script>"
        );
        assert!(iframe_snippet(&shared, "https://example.org/fi/", Controls::None, Panels::Card, title).starts_with(
            "<iframe src=\"https://example.org/fi/embed.html?s=1-JJRR-t&amp;controls=none&amp;lang=en&amp;asof=2026-11-24&amp;names=ru\""
        ));
    }
}
