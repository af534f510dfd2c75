//! The sources of a figure or a milestone, as a list: what kind of source,
//! which section or report, its date, and a link where the data has one.
//! Written as escaped HTML text for a `<ul>`: one string instead of a typed
//! view per item, for a list that only changes with the language.

use super::state::Inputs;
use crate::data::format::format_date;
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::data::{Lang, SourceKind, SourceRef};

/// The `<li>` items for `sources` in `lang`, as HTML.
pub fn source_items(inputs: Inputs, sources: &[SourceRef], lang: Lang) -> String {
    let mut html = String::new();
    for s in sources {
        let kind = match s.kind {
            SourceKind::Article => inputs.ui(UiText::Article),
            SourceKind::Report => inputs.ui(UiText::Report),
        };
        // Data text is isolated: a direction override in a note must not
        // turn the date after it around.
        html.push_str("<li><bdi>");
        html.push_str(&html_escaped(&kind));
        html.push_str("</bdi>: <bdi>");
        let note = html_escaped(s.note.get(lang));
        match &s.url {
            // Only http(s) addresses pass validation; the quotes are escaped.
            Some(url) => {
                html.push_str("<a href=\"");
                html.push_str(&html_escaped(url));
                html.push_str("\" target=\"_blank\" rel=\"noopener noreferrer\">");
                html.push_str(&note);
                html.push_str("</a>");
            }
            None => html.push_str(&note),
        }
        html.push_str("</bdi>");
        if let Some(d) = s.date {
            html.push_str(" (");
            html.push_str(&html_escaped(&format_date(d, lang)));
            html.push(')');
        }
        html.push_str("</li>");
    }
    html
}
