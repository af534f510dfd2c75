//! The detail panel of the selected milestone: what happened, when, its
//! sources and the indicators it moved.

use super::state::TimelineState;
use crate::data::format::{format_date, indicator_value};
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::ui::erased::handler;
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
        // Written as escaped HTML text, data text isolated in <bdi>: one
        // string instead of a typed view per line (kilobytes of Wasm).
        let e = html_escaped;
        let mut html = format!(
            r#"<h4><bdi>{}</bdi></h4><p class="tx-detail-meta">{} · <bdi>{}</bdi></p><p><bdi>{}</bdi></p><p class="tx-detail-sub">{}</p><ul>{}</ul>"#,
            e(ms.title.get(lang)),
            e(&format_date(ms.date, lang)),
            e(ds.categories[ms.category].name.get(lang)),
            e(ms.description.get(lang)),
            e(&inputs.ui(UiText::Source)),
            source_items(inputs, &ms.source, lang),
        );
        if !ms.indicators.is_empty() {
            html.push_str(&format!(r#"<p class="tx-detail-sub">{}</p><ul>"#, e(&inputs.ui(UiText::Related))));
            for &i in &ms.indicators {
                let ind = &ds.indicators[i];
                html.push_str(&format!(
                    "<li><bdi>{}</bdi> <bdi>{}</bdi></li>",
                    e(&indicator_value(ind, lang)),
                    e(ind.label.get(lang))
                ));
            }
            html.push_str("</ul>");
        }
        Some(view! {
            <section class="tx-detail" aria-live="polite" data-milestone=ms.id.clone()>
                <div inner_html=html></div>
                <button type="button" class="tx-button" on:click=handler(move |_| selection.selected_milestone.set(None))>{inputs.ui(UiText::Close)}</button>
            </section>
        })
    }
}
