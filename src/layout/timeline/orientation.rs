//! Which way the timeline runs. Everything the layout places is worked out
//! as a distance along the axis and a distance across it; the orientation
//! turns those into screen x and y, so ticks, tracks and the year band are
//! written once for both directions.

use super::metrics::VERTICAL_BELOW;
use crate::layout::marks::Rect;

/// The direction the months run in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Orientation {
    /// Left to right: the axis is a horizontal line, months along x.
    #[default]
    Horizontal,
    /// Top to bottom, for phones: the axis is a vertical line, months along y.
    Vertical,
}

impl Orientation {
    /// The orientation used at a width in CSS px.
    pub fn for_width(width: f64) -> Orientation {
        if width < VERTICAL_BELOW {
            Orientation::Vertical
        } else {
            Orientation::Horizontal
        }
    }

    /// The screen point at `along` px along the axis and `across` px across it.
    pub fn point(self, along: f64, across: f64) -> (f64, f64) {
        match self {
            Orientation::Horizontal => (along, across),
            Orientation::Vertical => (across, along),
        }
    }

    /// The coordinate of a screen point that runs along the axis.
    pub fn along(self, x: f64, y: f64) -> f64 {
        match self {
            Orientation::Horizontal => x,
            Orientation::Vertical => y,
        }
    }

    /// A box from where it starts and how long it is along the axis and
    /// across it (lengths are kept as given, not normalised).
    pub fn rect(self, along: f64, along_len: f64, across: f64, across_len: f64) -> Rect {
        match self {
            Orientation::Horizontal => Rect::new(along, across, along_len, across_len),
            Orientation::Vertical => Rect::new(across, along, across_len, along_len),
        }
    }
}
