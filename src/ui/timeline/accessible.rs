//! What assistive technology hears: the canvas's short accessible name and
//! the polite live region that announces keyboard moves.

use super::state::TimelineState;
use crate::data::locale::UiText;
use crate::ui::erased::{text, Text};
use leptos::prelude::*;

/// The timeline canvas's accessible name: its heading and how many
/// milestones it holds, with where to read them ("{n}" in the summary
/// stands for the count).
pub fn timeline_name(heading: &str, summary: &str, count: usize) -> String {
    format!("{heading}: {}", summary.replace("{n}", &count.to_string()))
}

/// The base canvas's name, following the language. A name, not the
/// content: the list of every milestone (625 KB at 20,000) belongs to the
/// text equivalent, which is read on request.
pub fn chart_name(state: TimelineState) -> Text {
    let inputs = state.inputs;
    let count = state.ds().milestones.len();
    text(move || timeline_name(&inputs.ui(UiText::Timeline), &inputs.ui(UiText::TimelineSummary), count))
}

/// The live region reading out the milestone the keyboard moved to.
#[component]
pub fn Announcer(state: TimelineState) -> impl IntoView {
    view! { <p class="tx-sr-only" aria-live="polite">{text(move || state.announcement.get().as_deref().unwrap_or_default().to_owned())}</p> }
}
