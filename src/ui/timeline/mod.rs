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
use crate::ui::chart_canvas::follow_content_width;
use crate::ui::erased::effect;
use crate::ui::markup::{bind, find, Target};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement};

/// The timeline section as HTML text: its heading, legend, chart, zoom
/// buttons, live region and the slots of the tooltip and the detail panel.
/// What follows the language or the state is written by [`wire`].
pub fn markup(state: TimelineState) -> String {
    format!(
        r#"<section class="tx-timeline" aria-labelledby="tx-timeline-h"><h3 id="tx-timeline-h"></h3>{}<div class="tx-timeline-chart" tabindex="0" role="group"><canvas class="tx-timeline-base" role="img"></canvas><canvas class="tx-timeline-overlay" aria-hidden="true"></canvas><div class="tx-tip-slot"></div></div>{}<p class="tx-sr-only" aria-live="polite"></p><div class="tx-detail-slot" aria-live="polite"></div></section>"#,
        legend::markup(state),
        controls::markup(state),
    )
}

/// Brings the timeline written from [`markup`] under `root` to life: its
/// texts, painting, input, tooltip, detail panel and PNG export (asked for
/// by counting up `png_requests`).
pub fn wire(state: TimelineState, png_requests: RwSignal<usize>, root: &Element) {
    let inputs = state.inputs;
    let canvas = |selector| find(root, selector).and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok());
    let (Some(base), Some(overlay)) = (canvas(".tx-timeline-base"), canvas(".tx-timeline-overlay")) else {
        return;
    };
    follow_content_width(&base, state.width);
    state.keep_layout(base.clone());
    layers::paint_layers(state, base.clone(), overlay.clone());
    input::listen(state, overlay);
    // A change of the count is a request; the first run only reads it.
    let mut seen = None;
    effect(move || {
        let now = png_requests.get();
        if seen.is_some_and(|seen| seen != now) {
            export::save_timeline_png(state, &base);
        }
        seen = Some(now);
    });
    if let Some(h) = find(root, "#tx-timeline-h") {
        bind(&h, Target::Text, Box::new(move || Some(inputs.ui(UiText::Timeline))));
    }
    if let Some(chart) = find(root, ".tx-timeline-chart") {
        let window = state.window;
        bind(
            &chart,
            Target::Attr("data-window"),
            Box::new(move || {
                let (a, b) = window.get();
                Some(format!("{a:.4}-{b:.4}"))
            }),
        );
        bind(
            &chart,
            Target::Attr("aria-roledescription"),
            Box::new(move || Some(inputs.ui(UiText::TimelineRole))),
        );
        bind(&chart, Target::Attr("aria-label"), Box::new(move || Some(inputs.ui(UiText::Timeline))));
    }
    accessible::wire(state, root);
    legend::wire(state, root);
    tooltip::wire(state, root);
    controls::wire(state, root);
    detail::wire(state, root);
}
