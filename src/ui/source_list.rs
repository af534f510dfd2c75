//! The sources of a figure or a milestone, as a list: what kind of source,
//! which section or report, its date, and a link where the data has one.

use super::state::Inputs;
use crate::data::format::format_date;
use crate::data::locale::UiText;
use crate::data::{Lang, SourceKind, SourceRef};
use leptos::prelude::*;

/// List items for `sources` in `lang`.
pub fn source_items(inputs: Inputs, sources: &[SourceRef], lang: Lang) -> impl IntoView {
    sources
        .iter()
        .map(|s| {
            let kind = match s.kind {
                SourceKind::Article => inputs.ui(UiText::Article),
                SourceKind::Report => inputs.ui(UiText::Report),
            };
            let date = s.date.map(|d| format!(" ({})", format_date(d, lang))).unwrap_or_default();
            let note = s.note.get(lang).to_owned();
            // Only http(s) addresses pass validation, so the link is safe.
            let note = match &s.url {
                Some(url) => {
                    view! { <a href=url.clone() target="_blank" rel="noopener noreferrer">{note}</a> }
                        .into_any()
                }
                None => note.into_any(),
            };
            // Data text is isolated: a direction override in a note must not
            // turn the date after it around.
            view! { <li><bdi>{kind}</bdi> ": " <bdi>{note}</bdi> {date}</li> }
        })
        .collect_view()
}
