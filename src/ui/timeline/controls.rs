//! The buttons under the chart: zoom in and out, pan back and forward,
//! show the whole year (its PNG is in the download control). The same actions as the keys and
//! gestures, for readers who use neither.

use super::input::ZOOM_STEP;
use super::state::{TimelineState, WHOLE_YEAR};
use crate::data::locale::UiText;
use leptos::prelude::*;

/// How far a pan button moves, in windows.
const BUTTON_PAN: f64 = 0.5;

/// The zoom group.
#[component]
pub fn ZoomControls(state: TimelineState) -> impl IntoView {
    let (inputs, window) = (state.inputs, state.window);
    view! {
        <div class="tx-zoom" role="group" aria-label=move || inputs.ui(UiText::Zoom)>
            <button type="button" class="tx-button" aria-label=move || inputs.ui(UiText::ZoomIn) on:click=move |_| state.zoom_by(ZOOM_STEP, None)>"+"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui(UiText::ZoomOut) on:click=move |_| state.zoom_by(1.0 / ZOOM_STEP, None)>"−"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui(UiText::PanBack)
                disabled=move || { window.get().0 <= 0.0 }
                on:click=move |_| state.reframe(|a| a.shifted(-BUTTON_PAN))>"‹"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui(UiText::PanForward)
                disabled=move || { window.get().1 >= 1.0 }
                on:click=move |_| state.reframe(|a| a.shifted(BUTTON_PAN))>"›"</button>
            <button type="button" class="tx-button" aria-label=move || inputs.ui(UiText::ZoomReset)
                disabled=move || { window.get() == WHOLE_YEAR }
                on:click=move |_| window.set(WHOLE_YEAR)>{move || inputs.ui(UiText::ZoomReset)}</button>
        </div>
    }
}
