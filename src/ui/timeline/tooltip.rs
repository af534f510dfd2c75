//! The tooltips over the chart: a hovered milestone's title, date and
//! category, or a hovered cluster's count and how to open it. Placed under
//! the mark, kept inside the chart.

use super::state::TimelineState;
use crate::data::format::format_date;
use crate::data::locale::UiText;
use crate::data::text_rules::html_escaped;
use crate::ui::erased::effect;
use crate::ui::markup::find;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The tooltip's width in CSS px (the stylesheet's), to keep it inside.
const TIP_W: f64 = 220.0;
/// Gap between the mark and the tooltip under it.
const TIP_GAP: f64 = 6.0;

/// Where a tooltip under a box at `(x, bottom)` goes in a chart `width` wide.
fn place(x: f64, bottom: f64, width: f64) -> (String, String) {
    let left = x.clamp(0.0, (width - TIP_W).max(0.0));
    (format!("{left}px"), format!("{}px", bottom + TIP_GAP))
}

/// The open tooltip's place (left, top) and contents as escaped HTML, or
/// `None` while none shows. Reads the signals it follows.
fn open_tip(state: TimelineState) -> Option<((String, String), String)> {
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
    Some((place(x, bottom, l.width), html))
}

/// The hovered milestone's or cluster's tooltip (one at a time), in the
/// slot under `root`, which lays out as if it were not there: the tooltip is written into it as
/// escaped HTML while it shows, and is no element at all otherwise.
///
/// One effect writes it: a reactive view compiled Leptos's rendering of
/// its element and of its absence. Its place is set through the element's
/// style object, never a `style` attribute in the text, which a strict
/// content security policy would refuse.
pub fn wire(state: TimelineState, root: &Element) {
    let Some(slot) = find(root, ".tx-tip-slot") else { return };
    effect(move || {
        let Some(((left, top), html)) = open_tip(state) else {
            slot.set_inner_html("");
            return;
        };
        slot.set_inner_html(&format!(
            r#"<div class="tx-tooltip tx-open tx-timeline-tip" role="tooltip">{html}</div>"#
        ));
        if let Some(tip) = slot.first_element_child().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let style = tip.style();
            let _ = style.set_property("left", &left);
            let _ = style.set_property("top", &top);
        }
    });
}
