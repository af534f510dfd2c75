//! Painting marks with plotters. Drawing is generic over plotters'
//! `DrawingBackend`: the browser paints on a canvas (plotters-canvas), native
//! tests paint to SVG and read the picture back. Drawing decides nothing about
//! placement; it paints what layout decided, scaled to device pixels.

pub mod css_colour;
pub mod paint;
pub mod theme;

pub use paint::{paint_marks, LabelFont};
pub use theme::{Rgb, Theme, ThemeMode, COLOUR_PROPERTIES, FONT_PROPERTY};
