//! The buttons under the chart: zoom in and out, pan back and forward,
//! download a PNG, show the whole year. The same actions as the keys and
//! gestures, for readers who use neither.

use super::export::save_timeline_png;
use super::input::ZOOM_STEP;
use super::state::{TimelineState, WHOLE_YEAR};
use leptos::prelude::*;

/// How far a pan button moves, in windows.
const BUTTON_PAN: f64 = 0.5;

/// The zoom group.
#[component]
pub fn ZoomControls(state: TimelineState) -> impl IntoView {
    let (inputs, window) = (state.inputs, state.window);
    view! {
        <div class="tx-zoom" role="group" aria-label=move || inputs.ui("zoom")>
            <button type="button" class="tx-button" aria-label=move || inputs.ui("zoom_in") on:click=move |_| state.zoom_by(ZOOM_STEP, None)>"+"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui("zoom_out") on:click=move |_| state.zoom_by(1.0 / ZOOM_STEP, None)>"−"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui("pan_back")
                disabled=move || { window.get().0 <= 0.0 }
                on:click=move |_| state.reframe(|a| a.shifted(-BUTTON_PAN))>"‹"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui("pan_forward")
                disabled=move || { window.get().1 >= 1.0 }
                on:click=move |_| state.reframe(|a| a.shifted(BUTTON_PAN))>"›"</button>
            <button type="button" class="tx-button" data-download="png" aria-label=move || format!("PNG, {}: {}", inputs.ui("download_png"), inputs.ui("timeline"))
                on:click=move |_| save_timeline_png(state)>"PNG"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui("zoom_reset")
                disabled=move || { window.get() == WHOLE_YEAR }
                on:click=move |_| window.set(WHOLE_YEAR)>{move || inputs.ui("zoom_reset")}</button>
        </div>
    }
}
