//! The 2025 timeline: a base canvas with every mark under an overlay
//! canvas for hover and selection, one Tab stop with arrow/Home/End/Enter/
//! Escape keys, a category legend that filters, a live region and a
//! detail panel.
//!
//! `state` holds the signals and the layout; `layers` paints the canvases;
//! `input` turns keys and pointers into changes of state; `tooltip`,
//! `detail`, `legend`, `controls` and `accessible` are the DOM around the
//! chart; `export` saves it as a PNG.

mod accessible;
mod controls;
mod detail;
mod export;
mod input;
mod layers;
mod legend;
mod state;
mod tooltip;

pub use accessible::timeline_name;
pub use state::TimelineState;

use crate::data::locale::UiText;
use crate::data::Dataset;
use crate::ui::erased::{effect, text};
use crate::ui::state::{Inputs, Selection};
use accessible::{chart_name, Announcer};
use controls::ZoomControls;
use detail::DetailPanel;
use legend::Legend;
use leptos::prelude::*;
use std::sync::Arc;
use tooltip::timeline_tip;

/// The timeline section.
#[component]
pub fn TimelineView(
    /// What the host decides (language, theme, ratio).
    inputs: Inputs,
    /// Hover and selection shared with the indicator cards.
    selection: Selection,
    /// The data shown.
    ds: Arc<Dataset>,
    /// Counts the download control's requests for a PNG of the timeline.
    png_requests: RwSignal<usize>,
) -> impl IntoView {
    let state = TimelineState::new(inputs, selection, ds);
    layers::paint_layers(state);
    input::listen(state);
    // A change of the count is a request; the first run only reads it.
    let mut seen = None;
    effect(move || {
        let now = png_requests.get();
        if seen.is_some_and(|seen| seen != now) {
            export::save_timeline_png(state);
        }
        seen = Some(now);
    });
    let window = state.window;
    view! {
        <section class="tx-timeline" aria-labelledby="tx-timeline-h">
            <h3 id="tx-timeline-h">{text(move || inputs.ui(UiText::Timeline))}</h3>
            <Legend state=state />
            <div
                class="tx-timeline-chart"
                tabindex="0"
                data-window=text(move || { let (a, b) = window.get(); format!("{a:.4}-{b:.4}") })
                role="group"
                aria-roledescription=text(move || inputs.ui(UiText::TimelineRole))
                aria-label=text(move || inputs.ui(UiText::Timeline))
            >
                <canvas node_ref=state.base class="tx-timeline-base" role="img" aria-label=chart_name(state)></canvas>
                <canvas
                    node_ref=state.overlay
                    class="tx-timeline-overlay"
                    aria-hidden="true"
                ></canvas>
                {timeline_tip(state)}
            </div>
            <ZoomControls state=state />
            <Announcer state=state />
            <DetailPanel state=state />
        </section>
    }
}
