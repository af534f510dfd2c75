//! The category legend: each category's colour, shape and name, as toggle
//! buttons that filter the timeline.

use super::state::TimelineState;
use crate::data::locale::UiText;
use crate::layout::glyph::Glyph;
use leptos::prelude::*;

/// The legend's group of toggle buttons.
#[component]
pub fn Legend(state: TimelineState) -> impl IntoView {
    let (inputs, hidden) = (state.inputs, state.hidden_categories);
    let buttons = move || {
        let lang = inputs.lang.get();
        let ds = state.ds();
        ds.categories.iter().enumerate().map(|(i, c)| {
            let pressed = move || !hidden.get().contains(&i);
            let toggle = move |_| hidden.update(|h| if let Some(p) = h.iter().position(|&x| x == i) { h.remove(p); } else { h.push(i); });
            view! {
                <button type="button" class="tx-legend-item" data-category=c.color.name() aria-pressed=move || pressed().to_string()
                    on:click=toggle>
                    <span class="tx-swatch" data-shape=Glyph::nth(i).css_index().to_string() aria-hidden="true"></span>
                    <bdi>{c.name.get(lang).to_owned()}</bdi>
                </button>
            }
        }).collect_view()
    };
    view! { <div class="tx-legend" role="group" aria-label=move || inputs.ui(UiText::Category)>{buttons}</div> }
}
