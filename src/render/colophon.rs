//! The full page's footer as a string: where the map comes from, and where the sources are.

use super::cite::cite;
use super::escape::escape;
use crate::i18n::{Locale, Text};
use crate::model::catalog::MAP;

/// The content of the footer (`footer.colophon`).
pub fn colophon_html(loc: Locale) -> String {
    format!(
        "<p>{} {} ({}), {}{}{}</p>",
        escape(loc.t(Text::FooterMap)),
        escape(MAP.attribution),
        escape(MAP.licence),
        cite(loc, MAP.source),
        escape(loc.t(Text::SentenceBreak)),
        escape(loc.t(Text::FooterSources))
    )
}
