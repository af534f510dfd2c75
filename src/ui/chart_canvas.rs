//! A canvas that sizes itself from its container (ResizeObserver, never the
//! window), keeps its backing store at CSS size × devicePixelRatio, and
//! repaints whenever its size, the ratio or what it shows changes.

use super::canvas_text::pin_text_settings;
use super::paint_queue;
use crate::draw::{paint_marks, Theme};
use crate::layout::Mark;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, ResizeObserver, ResizeObserverEntry};

/// Watches an element's content width; `0.0` while hidden (`display:none`),
/// which is how a widget in a closed tab draws correctly once shown.
pub fn use_content_width(target: &Element) -> RwSignal<f64> {
    // The same signal type as the device pixel ratio's (one less type of
    // signal compiled in); only the observer sets it.
    let width = RwSignal::new(0.0);
    follow_content_width(target, width);
    width
}

/// Keeps `width` at `target`'s content width (see [`use_content_width`]),
/// until the current owner ends. The element is there (written by hand),
/// so there is nothing to wait for.
pub fn follow_content_width(target: &Element, width: RwSignal<f64>) {
    // Until the observer's first report (it always sends one, 0 when
    // hidden), this canvas's paint is not even queued yet. The callback
    // owns the marker, so it also ends when the observer goes away.
    let awaiting = paint_queue::AwaitingSize::new();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        awaiting.arrived();
        if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
            let w = entry.content_rect().width();
            // Ignore sub-pixel jitter so a resize never feeds itself.
            if (w - width.get_untracked()).abs() >= 0.5 {
                width.set(w);
            }
        }
    });
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(target);
        let keep = SendWrapper::new((observer, callback));
        on_cleanup(move || {
            let (observer, _callback) = keep.take();
            observer.disconnect();
        });
    }
}

/// Paints marks on a canvas at a device pixel ratio.
pub fn paint_canvas(
    canvas: &HtmlCanvasElement,
    css_w: f64,
    css_h: f64,
    dpr: f64,
    marks: &[Mark],
    theme: &Theme,
) {
    let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    if let Some(ctx) = context_2d(canvas) {
        ctx.clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
        // The plotters backend draws on this same context object.
        pin_text_settings(&ctx);
    }
    if let Some(mut backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
        if let Err(e) = paint_marks(&mut backend, marks, theme, dpr) {
            web_sys::console::error_1(&format!("tiexi-infographic: drawing failed: {e}").into());
        }
    }
}

/// The canvas's 2D context, if the browser gives one.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into().ok())
}
