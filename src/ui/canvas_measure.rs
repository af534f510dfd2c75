//! Text measurement by the canvas's own font engine, so layout measures with
//! the same font the chart draws with (and never touches the host page).

use super::canvas_text::pin_text_settings;
use super::chart_canvas::context_2d;
use crate::layout::{ApproxMeasure, TextMeasure};
use std::cell::RefCell;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Measures text on a 2D context.
pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    family: String,
    current: RefCell<f64>,
}

impl CanvasMeasure {
    /// Measures with `ctx` in the font `family`.
    pub fn new(ctx: CanvasRenderingContext2d, family: &str) -> CanvasMeasure {
        // Measured as drawn: with the same pinned text settings.
        pin_text_settings(&ctx);
        CanvasMeasure { ctx, family: family.to_owned(), current: RefCell::new(0.0) }
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, size: f64) -> f64 {
        if *self.current.borrow() != size {
            self.ctx.set_font(&format!("{size}px {}", self.family));
            *self.current.borrow_mut() = size;
        }
        self.ctx.measure_text(text).map(|m| m.width()).unwrap_or(size * text.chars().count() as f64)
    }
}

/// Runs `f` with the best measure at hand: the canvas's own, or the
/// estimate when there is no canvas (yet) or no 2D context.
pub fn with_measure<R>(
    canvas: Option<&HtmlCanvasElement>,
    family: &str,
    f: impl FnOnce(&dyn TextMeasure) -> R,
) -> R {
    match canvas.and_then(context_2d).map(|ctx| CanvasMeasure::new(ctx, family)) {
        Some(m) => f(&m),
        None => f(&ApproxMeasure),
    }
}
