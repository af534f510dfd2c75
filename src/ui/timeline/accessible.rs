//! What assistive technology hears: the canvas's short accessible name and
//! the polite live region that announces keyboard moves.

use super::state::TimelineState;
use crate::data::locale::UiText;
use crate::data::text_rules::fill_in;
use crate::ui::markup::{bind, find, Target};
use leptos::prelude::*;
use web_sys::Element;

/// The timeline canvas's accessible name: its heading and how many
/// milestones it holds, with where to read them ("{n}" in the summary
/// stands for the count).
pub fn timeline_name(heading: &str, summary: &str, count: usize) -> String {
    format!("{heading}: {}", fill_in(summary, "{n}", &count.to_string()))
}

/// The base canvas's name, following the language, and the polite live
/// region reading out the milestone the keyboard moved to (its element is
/// there from the start, empty: a live region must exist before it
/// speaks). A name, not the content: the list of every milestone (625 KB
/// at 20,000) belongs to the text equivalent, which is read on request.
pub fn wire(state: TimelineState, root: &Element) {
    let inputs = state.inputs;
    let count = state.ds().milestones.len();
    if let Some(base) = find(root, ".tx-timeline-base") {
        bind(
            &base,
            Target::Attr("aria-label"),
            Box::new(move || {
                Some(timeline_name(&inputs.ui(UiText::Timeline), &inputs.ui(UiText::TimelineSummary), count))
            }),
        );
    }
    if let Some(live) = find(root, "p[aria-live]") {
        bind(&live, Target::Text, Box::new(move || state.announcement.get().as_deref().map(str::to_owned)));
    }
}
