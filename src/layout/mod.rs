//! Pure geometry: where every mark, label and hit box goes, in CSS pixels.
//! Layout never touches plotters or the DOM; drawing paints what it decides
//! and hit-testing reads the same marks, so what you see is what you hover.

pub mod glyph;
pub mod hit_index;
pub mod marks;
pub mod mini_chart;
pub mod text;
pub mod timeline;
pub mod trig;

pub use marks::{Anchor, Mark, Paint, Rect};
pub use text::{ApproxMeasure, TextMeasure};
