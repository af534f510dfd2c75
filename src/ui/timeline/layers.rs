//! The two canvases: a base with every mark (redrawn only when the layout,
//! theme or ratio changes) under an overlay with the hovered, selected and
//! linked marks, so a pointer move repaints a few marks, not the chart.

use super::state::TimelineState;
use crate::data::Dataset;
use crate::layout::timeline::{milestone_marks, Place, TimelineLayout};
use crate::layout::{Mark, Paint};
use crate::ui::chart_canvas::paint_canvas;
use crate::ui::erased::effect;
use crate::ui::paint_queue;
use leptos::prelude::*;
use web_sys::HtmlCanvasElement;

/// The marks of the `item`th placed milestone, in its category's colour
/// and shape.
fn marks_of(ds: &Dataset, layout: &TimelineLayout, item: usize, emphasis: bool) -> Vec<Mark> {
    let p = &layout.items[item];
    let cat = ds.milestones[p.index].category;
    milestone_marks(p, Paint::Category(ds.categories[cat].color), cat, emphasis)
}

/// Everything on the base layer (also what the PNG export draws).
pub fn base_marks(ds: &Dataset, layout: &TimelineLayout) -> Vec<Mark> {
    let mut marks = layout.static_marks.clone();
    for i in 0..layout.items.len() {
        marks.extend(marks_of(ds, layout, i, false));
    }
    marks
}

/// Starts the effects that paint both layers, on the canvases `base` and
/// `overlay`.
pub fn paint_layers(state: TimelineState, base: HtmlCanvasElement, overlay: HtmlCanvasElement) {
    paint_base(state, base, overlay.clone());
    paint_overlay(state, overlay);
}

/// Base layer: repainted on layout, theme or ratio changes only.
fn paint_base(state: TimelineState, base: HtmlCanvasElement, overlay: HtmlCanvasElement) {
    let inputs = state.inputs;
    let base_key = paint_queue::new_key();
    let base_painted = RwSignal::new(false);
    effect(move || {
        let (l, dpr, theme) = (state.layout.get(), inputs.dpr.get(), inputs.palette());
        if l.width < 1.0 {
            return;
        }
        let (ds, el, over) = (state.ds(), base.clone(), overlay.clone());
        let paint = move || {
            let marks = base_marks(&ds, &l);
            // Both layers take the layout's height here, once per layout,
            // not on every hover.
            let height = format!("{}px", l.height);
            let _ = web_sys::HtmlElement::style(&el).set_property("height", &height);
            let _ = web_sys::HtmlElement::style(&over).set_property("height", &height);
            paint_canvas(&el, l.width, l.height, dpr, &marks, &theme);
            let _ = base_painted.try_update_untracked(|p| *p = true);
        };
        // Queued while the widget is built; at once afterwards, so the base
        // never lags the overlay drawn over it.
        paint_queue::queue_or_run(base_key, !base_painted.get_untracked(), paint);
    });
}

/// Overlay: only the hovered, selected and linked marks.
fn paint_overlay(state: TimelineState, el: HtmlCanvasElement) {
    let (inputs, selection) = (state.inputs, state.selection);
    effect(move || {
        let (l, dpr, theme) = (state.layout.get(), inputs.dpr.get(), inputs.palette());
        if l.width < 1.0 {
            return;
        }
        let ds = state.ds();
        // Loops rather than iterator adapters here: each adapter chain is
        // code of its own in the Wasm.
        let mut focus: Vec<usize> = Vec::new();
        if let Some(m) = selection.hovered_milestone.get() {
            focus.push(m);
        }
        if let Some(m) = selection.selected_milestone.get() {
            focus.push(m);
        }
        if let Some(ind) = selection.hovered_indicator.get().and_then(|i| ds.indicators.get(i)) {
            focus.extend_from_slice(&ind.milestones);
        }
        // Look up only the focused milestones: the cost of a hover does not
        // grow with the number of milestones.
        let mut items = Vec::new();
        let mut clusters: Vec<usize> = Vec::new();
        if let Some(c) = state.hovered_cluster.get() {
            clusters.push(c);
        }
        for m in focus {
            match l.place_of(m) {
                Some(Place::Item(i)) if !items.contains(&i) => items.push(i),
                Some(Place::Cluster(c)) if !clusters.contains(&c) => clusters.push(c),
                _ => {}
            }
        }
        let mut marks: Vec<Mark> = Vec::new();
        for i in items {
            marks.extend(marks_of(&ds, &l, i, true));
        }
        for c in clusters {
            if let Some(cluster) = l.clusters.get(c) {
                marks.push(Mark::Frame { rect: cluster.rect.inflate(2.0), paint: Paint::Focus, width: 2.0 });
            }
        }
        paint_canvas(&el, l.width, l.height, dpr, &marks, &theme);
    });
}
