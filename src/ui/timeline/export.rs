//! The timeline as a PNG: the base layer's marks, drawn again off screen
//! (the overlay's hover is not part of the picture).

use super::layers::base_marks;
use super::state::TimelineState;
use crate::data::locale::UiText;
use crate::layout::timeline::TimelineLayout;
use crate::ui::download::save_png;
use leptos::prelude::*;
use web_sys::HtmlCanvasElement;

/// The name of the downloaded file.
const FILE_NAME: &str = "tiexi-timeline.png";

/// Saves the timeline as it is laid out now; one never laid out (its tab
/// not yet shown on a phone) is laid out first at the widget's width.
pub fn save_timeline_png(state: TimelineState, base: &HtmlCanvasElement) {
    let shown = state.layout.get_untracked();
    // The shown layout is borrowed, not copied: a copy of every placed
    // milestone, cluster and hit box would be code of its own.
    let computed;
    let l: &TimelineLayout = if shown.width >= 1.0 {
        &shown
    } else {
        let Some(width) = widget_width(base) else { return };
        let inputs = state.inputs;
        let band = inputs.ui(UiText::YearOnlyNote);
        let hidden = state.hidden_categories.get_untracked();
        computed = state.layout_at(
            Some(base),
            width,
            state.window.get_untracked(),
            hidden,
            inputs.lang.get_untracked(),
            &band,
        );
        &computed
    };
    let marks = base_marks(&state.ds(), l);
    if let Some(parent) = base.parent_node() {
        save_png(&parent, FILE_NAME, l.width, l.height, &marks, &state.inputs.palette());
    }
}

/// The width the timeline has when shown: its header's, which spans the
/// widget whichever part is shown.
fn widget_width(base: &HtmlCanvasElement) -> Option<f64> {
    let root = base.closest(".tx-root").ok()??;
    let header = root.query_selector(".tx-header").ok()??;
    let width = header.get_bounding_client_rect().width();
    (width >= 1.0).then_some(width)
}
