//! The timeline as a PNG: the base layer's marks, drawn again off screen
//! (the overlay's hover is not part of the picture).

use super::layers::base_marks;
use super::state::TimelineState;
use crate::ui::download::save_png;
use leptos::prelude::*;

/// The name of the downloaded file.
const FILE_NAME: &str = "tiexi-timeline.png";

/// Saves the timeline as it is laid out now.
pub fn save_timeline_png(state: TimelineState) {
    let l = state.layout.get_untracked();
    let marks = base_marks(&state.ds(), &l);
    if let Some(parent) = state.base.get_untracked().and_then(|c| c.parent_node()) {
        save_png(&parent, FILE_NAME, l.width, l.height, &marks, &state.inputs.palette());
    }
}
