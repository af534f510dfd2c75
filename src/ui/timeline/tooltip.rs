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

/// A tooltip at (`left`, `top`) holding `html` (escaped by the caller):
/// one shape for both tooltips, and text rather than a view per line.
fn tip(left: String, top: String, html: String) -> impl IntoView {
    view! { <div class="tx-tooltip tx-open tx-timeline-tip" role="tooltip" style:left=left style:top=top inner_html=html></div> }
}

/// The hovered milestone's tooltip.
#[component]
pub fn MilestoneTip(state: TimelineState) -> impl IntoView {
    move || {
        let m = state.selection.hovered_milestone.get()?;
        if !state.tooltip_open.get() {
            return None;
        }
        let l = state.layout.get();
        let anchor = l.anchor_of(m)?;
        let ds = state.ds();
        let ms = &ds.milestones[m];
        let lang = state.inputs.lang.get();
        let (left, top) = place(anchor.x, anchor.bottom(), l.width);
        let html = format!(
            r#"<p class="tx-tip-value"><bdi>{}</bdi></p><p class="tx-tip-date">{}</p><p class="tx-tip-desc"><bdi>{}</bdi></p>"#,
            html_escaped(ms.title.get(lang)),
            html_escaped(&format_date(ms.date, lang)),
            html_escaped(ds.categories[ms.category].name.get(lang)),
        );
        Some(tip(left, top, html))
    }
}

/// The hovered cluster's tooltip: how many it holds, and that a click zooms in.
#[component]
pub fn ClusterTip(state: TimelineState) -> impl IntoView {
    move || {
        let c = state.hovered_cluster.get()?;
        if !state.tooltip_open.get() {
            return None;
        }
        let l = state.layout.get();
        let cluster = l.clusters.get(c)?;
        let (left, top) = place(cluster.rect.x, cluster.rect.bottom(), l.width);
        let html = format!(
            r#"<p class="tx-tip-value">+{} · {}</p>"#,
            cluster.members.len(),
            html_escaped(&state.inputs.ui(UiText::ZoomIn))
        );
        Some(tip(left, top, html))
    }
}
