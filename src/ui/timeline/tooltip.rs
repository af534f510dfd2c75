//! The tooltips over the chart: a hovered milestone's title, date and
//! category, or a hovered cluster's count and how to open it. Placed under
//! the mark, kept inside the chart.

use super::state::TimelineState;
use crate::data::format::format_date;
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use leptos::prelude::*;

/// The tooltip's width in CSS px (the stylesheet's), to keep it inside.
const TIP_W: f64 = 220.0;
/// Gap between the mark and the tooltip under it.
const TIP_GAP: f64 = 6.0;

/// Where a tooltip under a box at `(x, bottom)` goes in a chart `width` wide.
fn place(x: f64, bottom: f64, width: f64) -> (String, String) {
    let left = x.clamp(0.0, (width - TIP_W).max(0.0));
    (format!("{left}px"), format!("{}px", bottom + TIP_GAP))
}

/// The hovered milestone's or cluster's tooltip (one at a time): the
/// milestone's title, date and category, or the cluster's count and that a
/// click zooms in. One reactive view for both: a view per kind compiled
/// Leptos's rendering twice.
#[component]
pub fn TimelineTip(state: TimelineState) -> impl IntoView {
    move || {
        if !state.tooltip_open.get() {
            return None;
        }
        let l = state.layout.get();
        let (x, bottom, html) = if let Some(m) = state.selection.hovered_milestone.get() {
            let anchor = l.anchor_of(m)?;
            let ds = state.ds();
            let ms = &ds.milestones[m];
            let lang = state.inputs.lang.get();
            let html = format!(
                r#"<p class="tx-tip-value"><bdi>{}</bdi></p><p class="tx-tip-date">{}</p><p class="tx-tip-desc"><bdi>{}</bdi></p>"#,
                html_escaped(ms.title.get(lang)),
                html_escaped(&format_date(ms.date, lang)),
                html_escaped(ds.categories[ms.category].name.get(lang)),
            );
            (anchor.x, anchor.bottom(), html)
        } else {
            let cluster = l.clusters.get(state.hovered_cluster.get()?)?;
            let html = format!(
                r#"<p class="tx-tip-value">+{} · {}</p>"#,
                cluster.members.len(),
                html_escaped(&state.inputs.ui(UiText::ZoomIn))
            );
            (cluster.rect.x, cluster.rect.bottom(), html)
        };
        let (left, top) = place(x, bottom, l.width);
        Some(view! {
            <div class="tx-tooltip tx-open tx-timeline-tip" role="tooltip" style:left=left style:top=top inner_html=html></div>
        })
    }
}
