//! The four shapes that tell categories (on the timeline) and groups (on
//! the mini-charts) apart without relying on colour. One definition, so a
//! category's shape in the legend, on the timeline and on a card agree.

use super::marks::{Mark, Paint, Rect};

/// A shape, chosen by position in a list (category or group index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glyph {
    /// A filled circle.
    Circle,
    /// A square.
    Square,
    /// A square turned on its corner.
    Diamond,
    /// A triangle pointing up.
    Triangle,
}

/// Half the side of a square drawn for radius `r`: a square of the
/// circle's area (√π / 2 ≈ 0.886), so no shape looks heavier than another.
const SQUARE_HALF: f64 = 0.886;
/// Where a triangle's base sits below the centre, as a share of `r`: the
/// triangle's area then roughly matches the other shapes'.
const TRIANGLE_BASE: f64 = 0.8;

impl Glyph {
    /// The shape of the `index`th category or group; shapes repeat every four.
    pub fn nth(index: usize) -> Glyph {
        match index % 4 {
            0 => Glyph::Circle,
            1 => Glyph::Square,
            2 => Glyph::Diamond,
            _ => Glyph::Triangle,
        }
    }

    /// The number the stylesheet's legend swatches use (`data-shape`).
    pub fn css_index(self) -> usize {
        self as usize
    }

    /// The shape as a mark centred on `(cx, cy)`, `r` from centre to its
    /// furthest point.
    pub fn mark(self, cx: f64, cy: f64, r: f64, paint: Paint) -> Mark {
        match self {
            Glyph::Circle => Mark::Dot { cx, cy, r, paint },
            Glyph::Square => {
                let half = r * SQUARE_HALF;
                Mark::Rect { rect: Rect::new(cx - half, cy - half, 2.0 * half, 2.0 * half), paint }
            }
            Glyph::Diamond => {
                Mark::Polygon { points: vec![(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], paint }
            }
            Glyph::Triangle => Mark::Polygon {
                points: vec![
                    (cx, cy - r),
                    (cx + r, cy + r * TRIANGLE_BASE),
                    (cx - r, cy + r * TRIANGLE_BASE),
                ],
                paint,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_repeat_every_four_and_stay_inside_their_radius() {
        assert_eq!(Glyph::nth(5), Glyph::Square);
        for i in 0..4 {
            let g = Glyph::nth(i);
            assert_eq!(g.css_index(), i);
            let b = g.mark(10.0, 10.0, 5.0, Paint::Ink).bounds().expect("a shape has bounds");
            assert!(b.x >= 5.0 && b.right() <= 15.0 && b.y >= 5.0 && b.bottom() <= 15.0, "{g:?}: {b:?}");
        }
    }
}
