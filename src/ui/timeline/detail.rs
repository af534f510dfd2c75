//! The detail panel of the selected milestone: what happened, when, its
//! sources and the indicators it moved.

use super::state::TimelineState;
use crate::data::format::{format_date, indicator_value};
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::ui::delegated::event_element;
use crate::ui::listeners::{bubbling, listen_on, Heard};
use crate::ui::markup::{bind, find, Target};
use crate::ui::source_list::source_items;
use leptos::prelude::*;
use web_sys::Element;

/// Heard on the slot: a click on the panel's close button.
const CLICK: [Heard; 1] = [bubbling("click")];

/// The selected milestone's panel (nothing while none is selected), in
/// the slot under `root`. The slot is the panel's live region, there from
/// the start: a panel that brought its own would be a new region each
/// time, which screen readers do not reliably read, and Enter on the
/// chart (whose announcement is the milestone's title, already spoken)
/// would then say nothing.
///
/// The whole panel, its close button included, is escaped HTML text (data
/// text isolated in `<bdi>`) in that slot, with one click handler: a
/// typed view for the panel and its button cost kilobytes of Wasm.
pub fn wire(state: TimelineState, root: &Element) {
    let (inputs, selection) = (state.inputs, state.selection);
    let html = move || {
        let Some(m) = selection.selected_milestone.get() else { return String::new() };
        let ds = state.ds();
        let Some(ms) = ds.milestones.get(m) else { return String::new() };
        let lang = inputs.lang.get();
        let e = html_escaped;
        let mut html = format!(
            r#"<section class="tx-detail" data-milestone="{}"><div><h4><bdi>{}</bdi></h4><p class="tx-detail-meta">{} · <bdi>{}</bdi></p><p><bdi>{}</bdi></p><p class="tx-detail-sub">{}</p><ul>{}</ul>"#,
            e(&ms.id),
            e(ms.title.get(lang)),
            e(&format_date(ms.date, lang)),
            e(ds.categories[ms.category].name.get(lang)),
            e(ms.description.get(lang)),
            e(&inputs.ui(UiText::Source)),
            source_items(inputs, &ms.source, lang),
        );
        if !ms.indicators.is_empty() {
            html.push_str(&format!(r#"<p class="tx-detail-sub">{}</p><ul>"#, e(&inputs.ui(UiText::Related))));
            for &i in &ms.indicators {
                let ind = &ds.indicators[i];
                html.push_str(&format!(
                    "<li><bdi>{}</bdi> <bdi>{}</bdi></li>",
                    e(&indicator_value(ind, lang)),
                    e(ind.label.get(lang))
                ));
            }
            html.push_str("</ul>");
        }
        html.push_str(&format!(
            r#"</div><button type="button" class="tx-button" data-close="">{}</button></section>"#,
            e(&inputs.ui(UiText::Close))
        ));
        html
    };
    let Some(slot) = find(root, ".tx-detail-slot") else { return };
    bind(&slot, Target::Html, Box::new(move || Some(html())));
    listen_on(slot, &CLICK, move |ev| {
        if event_element(&ev, "button[data-close]").is_some() {
            selection.selected_milestone.set(None);
        }
    });
}
