//! The vocabulary layout speaks to drawing: shapes in CSS pixels, coloured by
//! role rather than by value so that themes decide the actual colours.

use crate::data::ColorToken;

/// An axis-aligned rectangle in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Builds a rectangle.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    /// Whether a point lies inside (edges included).
    pub fn contains(&self, px: f64, py: f64) -> bool {
        px >= self.x && px <= self.right() && py >= self.y && py <= self.bottom()
    }
    /// Whether two rectangles share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }
    /// The rectangle grown by `d` on every side.
    pub fn inflate(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }
}

/// What a mark is coloured as; the theme maps roles to colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// A category's colour: the data itself.
    Category(ColorToken),
    /// The reference a figure is compared with (empty cells, the year).
    Track,
    /// Text and axis lines.
    Ink,
    /// Secondary text.
    MutedInk,
    /// The card or chart background (for knock-outs).
    Background,
    /// The highlight of a hovered or selected mark.
    Focus,
}

/// Where a text's anchor point sits relative to the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Left end, vertically centred.
    Start,
    /// Centre.
    Middle,
    /// Right end, vertically centred.
    End,
}

/// One thing to paint.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A filled rectangle.
    Rect { rect: Rect, paint: Paint },
    /// A rectangle outline.
    Frame { rect: Rect, paint: Paint, width: f64 },
    /// A filled circle.
    Dot { cx: f64, cy: f64, r: f64, paint: Paint },
    /// A filled polygon (ring sectors, diamonds, triangles).
    Polygon { points: Vec<(f64, f64)>, paint: Paint },
    /// A straight line.
    Line { from: (f64, f64), to: (f64, f64), paint: Paint, width: f64 },
    /// A line of text.
    Text { x: f64, y: f64, text: String, size: f64, anchor: Anchor, paint: Paint, bold: bool },
}

impl Mark {
    /// The box the mark covers, for overlap checks and hit-testing.
    pub fn bounds(&self) -> Option<Rect> {
        match self {
            Mark::Rect { rect, .. } | Mark::Frame { rect, .. } => Some(*rect),
            Mark::Dot { cx, cy, r, .. } => Some(Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r)),
            Mark::Polygon { points, .. } => {
                let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for &(x, y) in points {
                    x0 = x0.min(x);
                    y0 = y0.min(y);
                    x1 = x1.max(x);
                    y1 = y1.max(y);
                }
                (!points.is_empty()).then(|| Rect::new(x0, y0, x1 - x0, y1 - y0))
            }
            Mark::Line { from, to, .. } => Some(Rect::new(
                from.0.min(to.0),
                from.1.min(to.1),
                (from.0 - to.0).abs(),
                (from.1 - to.1).abs(),
            )),
            Mark::Text { .. } => None,
        }
    }
}
