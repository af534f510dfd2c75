//! The detail panel of the selected milestone: what happened, when, its
//! sources and the indicators it moved.

use super::state::TimelineState;
use crate::data::format::{format_date, indicator_value};
use crate::data::locale::UiText;
use crate::ui::source_list::source_items;
use leptos::prelude::*;

/// The selected milestone's panel (nothing while none is selected).
#[component]
pub fn DetailPanel(state: TimelineState) -> impl IntoView {
    let (inputs, selection) = (state.inputs, state.selection);
    move || {
        let m = selection.selected_milestone.get()?;
        let ds = state.ds();
        let ms = ds.milestones.get(m)?.clone();
        let lang = inputs.lang.get();
        let related: Vec<(String, String)> = ms
            .indicators
            .iter()
            .map(|&i| {
                let ind = &ds.indicators[i];
                (indicator_value(ind, lang), ind.label.get(lang).to_owned())
            })
            .collect();
        let sources = source_items(inputs, &ms.source, lang);
        Some(view! {
            <section class="tx-detail" aria-live="polite" data-milestone=ms.id.clone()>
                <h4><bdi>{ms.title.get(lang).to_owned()}</bdi></h4>
                <p class="tx-detail-meta">{format_date(ms.date, lang)} " · " <bdi>{ds.categories[ms.category].name.get(lang).to_owned()}</bdi></p>
                <p><bdi>{ms.description.get(lang).to_owned()}</bdi></p>
                <p class="tx-detail-sub">{inputs.ui(UiText::Source)}</p>
                <ul inner_html=sources></ul>
                {(!related.is_empty()).then(|| view! {
                    <p class="tx-detail-sub">{inputs.ui(UiText::Related)}</p>
                    <ul>{related.into_iter().map(|(value, label)| view! { <li><bdi>{value}</bdi> " " <bdi>{label}</bdi></li> }).collect_view()}</ul>
                })}
                <button type="button" class="tx-button" on:click=move |_| selection.selected_milestone.set(None)>{inputs.ui(UiText::Close)}</button>
            </section>
        })
    }
}
