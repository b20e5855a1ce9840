//! The settlements elsewhere that someone cited as a model for a proposal, as a string: their
//! terms, and who cited them for these islands. Only the full page shows them.

use super::cite::{page_cite, page_cites};
use super::escape::escape;
use crate::i18n::{Locale, Text};
use crate::model::catalog::Precedent;
use std::fmt::Write;

/// The content of the precedents' panel (`section.panel.precedents`), one article each.
pub fn precedents_html(loc: Locale, precedents: &[&Precedent]) -> String {
    let mut out = format!("<h2>{}</h2>", escape(loc.t(Text::PrecedentsHeading)));
    for q in precedents {
        let _ = write!(
            out,
            r#"<article class="precedent" data-precedent="{}"><h3>{}</h3><p>{}{}</p><p class="small">{}</p><ul class="cited small">"#,
            escape(q.id),
            escape(&loc.text(&q.title)),
            escape(&loc.text(&q.terms)),
            page_cites(loc, q.sources),
            escape(loc.t(Text::PrecedentCited))
        );
        for c in q.cited {
            let _ = write!(
                out,
                "<li><time>{}</time>{}{} {}</li>",
                escape(&loc.date(c.date)),
                escape(loc.t(Text::Colon)),
                escape(&loc.text(&c.by)),
                page_cite(loc, c.source)
            );
        }
        out.push_str("</ul></article>");
    }
    out
}
