//! A link to a source, by id: publisher and date, with its title on hover, opening in a new
//! tab. One markup for every page and panel that cites, strings or yew.

use super::escape::escape;
use crate::i18n::{Locale, Text};
use crate::model::catalog::{self, Source};

/// A source among those both pages show (`catalog::shared_source`), so that the embed carries
/// no more sources than it cites; an unknown id shows as itself.
pub fn cite(loc: Locale, id: &str) -> String {
    link(loc, catalog::shared_source(id), id)
}

/// A source among all (`catalog::source`), for what only the full page shows.
pub fn page_cite(loc: Locale, id: &str) -> String {
    link(loc, catalog::source(id), id)
}

/// Several, each after a space.
pub fn page_cites(loc: Locale, ids: &[&str]) -> String {
    ids.iter().map(|id| format!(" {}", page_cite(loc, id))).collect()
}

fn link(loc: Locale, source: Option<&Source>, id: &str) -> String {
    match source {
        Some(s) => format!(
            r#"<a class="cite" href="{}" title="{}" lang="{}" target="_blank" rel="noopener noreferrer">{}{}{}</a>"#,
            escape(loc.local(&s.url)),
            escape(loc.local(&s.title)),
            escape(s.language),
            escape(loc.local(&s.publisher)),
            escape(loc.t(Text::ListComma)),
            escape(&s.date.map_or_else(|| loc.t(Text::Undated).to_owned(), |d| loc.date(d)))
        ),
        None => format!(r#"<span class="cite">{}</span>"#, escape(id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_names_publisher_and_date_and_an_unknown_one_shows_its_id() {
        let id = catalog::SHARED_SOURCES[0].id;
        let link = cite(Locale::ENGLISH, id);
        assert!(link.starts_with(r#"<a class="cite" href="http"#), "{link}");
        assert!(link.contains(r#"target="_blank" rel="noopener noreferrer""#), "{link}");
        assert_eq!(cite(Locale::ENGLISH, "no-<such>"), r#"<span class="cite">no-&lt;such&gt;</span>"#);
    }

    #[test]
    fn the_page_cites_sources_the_shared_list_lacks() {
        let only_page = catalog::sources().find(|s| catalog::shared_source(s.id).is_none()).unwrap();
        assert!(cite(Locale::ENGLISH, only_page.id).starts_with("<span"));
        assert!(page_cite(Locale::ENGLISH, only_page.id).starts_with("<a"));
    }
}
