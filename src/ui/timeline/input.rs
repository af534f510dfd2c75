//! What the reader does to the chart: keys (one Tab stop; arrows, Home,
//! End, Enter, Escape; + − 0 and Shift+arrows to zoom and pan), pointer
//! hover and taps, drag to pan, pinch and Ctrl+wheel to zoom, a sideways
//! wheel to pan. Positions go through the layout's axis, never margins.

use super::state::{Pointer, TimelineState, WHOLE_YEAR};
use crate::layout::timeline::{Hit, TimeAxis};
use crate::ui::listeners::{bubbling, listen_to, Heard};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlCanvasElement, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

/// How much one + or − zooms (and the zoom buttons).
pub const ZOOM_STEP: f64 = 0.5;
/// How far Shift+arrow pans, in windows.
const KEY_PAN: f64 = 0.25;
/// Wheel delta that pans one window sideways.
const WHEEL_PAN: f64 = 600.0;
/// Wheel delta that zooms by a factor of e (Ctrl+wheel, trackpad pinch).
const WHEEL_ZOOM: f64 = 300.0;
/// Space added around a cluster's days when it is opened.
const CLUSTER_PAD: f64 = 0.1;

/// Heard on the chart, the Tab stop that holds the canvases.
const CHART_EVENTS: [Heard; 2] = [bubbling("keydown"), bubbling("blur")];

/// Heard on the overlay canvas, the one under the pointer.
const OVERLAY_EVENTS: [Heard; 7] = [
    bubbling("pointermove"),
    bubbling("pointerdown"),
    bubbling("pointerup"),
    bubbling("pointercancel"),
    bubbling("pointerleave"),
    bubbling("wheel"),
    bubbling("click"),
];

/// Adds the chart's listeners: one
/// handler for the overlay and the chart around it, which sorts events by
/// type (pointer, wheel and focus events are the timeline's alone).
pub fn listen(state: TimelineState, overlay: HtmlCanvasElement) {
    // The pointers down on the chart, for drag-to-pan and pinch-to-zoom:
    // only these handlers read them, so they are no signal (a signal type
    // of their own would bring its reactive machinery for nothing).
    let pointers = Rc::new(Cell::new(Vec::new()));
    let Some(chart) = overlay.parent_element() else { return };
    listen_to(
        vec![(overlay.into(), &OVERLAY_EVENTS[..]), (chart, &CHART_EVENTS[..])],
        Rc::new(move |ev| on_event(state, &pointers, ev)),
    );
}

/// The pointers down on the chart (a `Cell`: taken out, changed and put
/// back, no borrow to fail).
type Pointers = Cell<Vec<Pointer>>;

/// One event on the chart, sent to its handler by type.
fn on_event(state: TimelineState, pointers: &Pointers, ev: Event) {
    match ev.type_().as_str() {
        "keydown" => on_key(state, ev.unchecked_into()),
        "blur" => state.tooltip_open.set(false),
        "pointermove" => on_pointer_move(state, pointers, ev.unchecked_into()),
        "pointerdown" => on_pointer_down(pointers, ev.unchecked_into()),
        "pointerup" | "pointercancel" => on_pointer_up(pointers, ev.unchecked_into()),
        "pointerleave" => on_pointer_leave(state, pointers, ev.unchecked_into()),
        "wheel" => on_wheel(state, ev.unchecked_into()),
        "click" => on_click(state, ev.unchecked_into()),
        _ => {}
    }
}

/// Keys on the focused chart.
pub fn on_key(state: TimelineState, ev: KeyboardEvent) {
    let items = state.order();
    if items.is_empty() {
        return;
    }
    let selection = state.selection;
    let current =
        selection.hovered_milestone.get_untracked().or(selection.selected_milestone.get_untracked());
    let key = ev.key();
    if zoom_or_pan_key(state, &ev, &key, current) {
        ev.prevent_default();
        return;
    }
    let pos = current.and_then(|c| items.iter().position(|&m| m == c));
    let next = match key.as_str() {
        "ArrowRight" | "ArrowDown" => Some(pos.map_or(0, |p| (p + 1).min(items.len() - 1))),
        "ArrowLeft" | "ArrowUp" => Some(pos.map_or(0, |p| p.saturating_sub(1))),
        "Home" => Some(0),
        "End" => Some(items.len() - 1),
        "Enter" | " " => {
            if let Some(c) = current {
                selection.selected_milestone.set(Some(c));
            }
            ev.prevent_default();
            None
        }
        "Escape" => {
            if state.tooltip_open.get_untracked() {
                state.tooltip_open.set(false);
            } else {
                selection.selected_milestone.set(None);
            }
            None
        }
        _ => return,
    };
    if let Some(n) = next {
        ev.prevent_default();
        state.move_to(items[n]);
    }
}

/// Zoom and pan keys: + and − zoom around the current milestone, 0
/// resets, Shift+arrows pan. Whether the key was one of them.
fn zoom_or_pan_key(state: TimelineState, ev: &KeyboardEvent, key: &str, current: Option<usize>) -> bool {
    let here = || {
        let l = state.layout.get_untracked();
        current.and_then(|c| l.anchor_of(c)).map(|r| l.axis.fraction_under(r.x + r.w / 2.0, r.y + r.h / 2.0))
    };
    match key {
        "+" | "=" => state.zoom_by(ZOOM_STEP, here()),
        "-" | "_" => state.zoom_by(1.0 / ZOOM_STEP, here()),
        "0" => state.window.set(WHOLE_YEAR),
        "ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown" if ev.shift_key() => {
            let forward = key == "ArrowRight" || key == "ArrowDown";
            state.reframe(|a| a.shifted(if forward { KEY_PAN } else { -KEY_PAN }));
        }
        _ => return false,
    }
    true
}

/// A pointer moves: pinch with two, drag with one while zoomed in,
/// otherwise hover.
pub fn on_pointer_move(state: TimelineState, pointers: &Pointers, ev: PointerEvent) {
    let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
    let mut gesture = None;
    let mut ps = pointers.take();
    if let Some(i) = ps.iter().position(|p| p.0 == ev.pointer_id()) {
        let before = ps.clone();
        ps[i].1 = x;
        ps[i].2 = y;
        gesture = Some((before, ps.clone()));
    }
    pointers.set(ps);
    match gesture {
        // Two fingers: zoom by the change of their distance.
        Some((before, after)) if after.len() == 2 => {
            let dist =
                |v: &[Pointer]| ((v[0].1 - v[1].1).powi(2) + (v[0].2 - v[1].2).powi(2)).sqrt().max(1.0);
            let (mx, my) = ((after[0].1 + after[1].1) / 2.0, (after[0].2 + after[1].2) / 2.0);
            state.zoom_by(dist(&before) / dist(&after), Some(state.fraction_under(mx, my)));
        }
        // One pointer dragging while zoomed in: pan.
        Some((before, after)) if after.len() == 1 && state.is_zoomed() => {
            let axis = state.layout.get_untracked().axis;
            let delta = axis.along(after[0].1, after[0].2) - axis.along(before[0].1, before[0].2);
            if delta.abs() > 0.0 {
                state.reframe(|a| a.panned(delta));
            }
        }
        _ => state.hover_at(x, y),
    }
}

/// A pointer goes down: remembered for gestures.
pub fn on_pointer_down(pointers: &Pointers, ev: PointerEvent) {
    let mut ps = pointers.take();
    ps.push((ev.pointer_id(), f64::from(ev.offset_x()), f64::from(ev.offset_y())));
    pointers.set(ps);
}

/// A pointer goes up or is cancelled: forgotten.
pub fn on_pointer_up(pointers: &Pointers, ev: PointerEvent) {
    let mut ps = pointers.take();
    ps.retain(|p| p.0 != ev.pointer_id());
    pointers.set(ps);
}

/// A pointer leaves the chart: forgotten, and the hover ends.
pub fn on_pointer_leave(state: TimelineState, pointers: &Pointers, ev: PointerEvent) {
    on_pointer_up(pointers, ev);
    state.leave();
}

/// Ctrl+wheel (and trackpad pinch, which browsers send as it) zooms; a
/// sideways wheel pans. A plain wheel scrolls the page, as readers expect.
pub fn on_wheel(state: TimelineState, ev: WheelEvent) {
    if ev.ctrl_key() {
        ev.prevent_default();
        let at = state.fraction_under(f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        state.zoom_by(js_sys::Math::exp(ev.delta_y() / WHEEL_ZOOM), Some(at)); // the browser's: libm's is 650 B
    } else if ev.delta_x().abs() > ev.delta_y().abs() && state.is_zoomed() {
        ev.prevent_default();
        state.reframe(|a| a.shifted(ev.delta_x() / WHEEL_PAN));
    }
}

/// A click or tap: selects a milestone, opens a cluster (zooms to the days
/// it covers), or clears the selection.
pub fn on_click(state: TimelineState, ev: MouseEvent) {
    let l = state.layout.get_untracked();
    match l.hit_any(f64::from(ev.offset_x()), f64::from(ev.offset_y())) {
        Some(Hit::Milestone(m)) => {
            state.selection.selected_milestone.set(Some(m));
            state.move_to(m);
        }
        Some(Hit::Cluster(c)) => {
            if let Some(cluster) = l.clusters.get(c) {
                let (a, b) = cluster.span;
                let pad = (b - a) * CLUSTER_PAD;
                state.window.set(TimeAxis::clamp_window((a - pad, b + pad)));
            }
        }
        None => state.selection.selected_milestone.set(None),
    }
}
