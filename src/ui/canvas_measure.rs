//! Text measurement by the canvas's own font engine, so layout measures with
//! the same font the chart draws with (and never touches the host page).

use crate::layout::TextMeasure;
use std::cell::RefCell;
use web_sys::CanvasRenderingContext2d;

/// Measures text on a 2D context.
pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    family: String,
    current: RefCell<f64>,
}

impl CanvasMeasure {
    /// Measures with `ctx` in the font `family`.
    pub fn new(ctx: CanvasRenderingContext2d, family: &str) -> CanvasMeasure {
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
