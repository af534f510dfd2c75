//! The time axis: where a moment of the year sits along the chart, and back.
//! Layout places marks with it, and the UI turns pointer positions, wheel
//! turns, pinches and drags into new windows with it, so a change of
//! margins moves marks and gestures together.

use super::metrics::{MIN_WINDOW, SIDE_INSET, VERTICAL_AXIS, VERTICAL_TOP};
use super::orientation::Orientation;

/// An invertible map between fractions of the year (0 = 1 January, 1 = the
/// end of 31 December) and CSS px along the axis, for the visible window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeAxis {
    /// Which screen coordinate runs along the axis.
    pub orientation: Orientation,
    /// The part of the year shown, as fractions: always inside the year and
    /// at least `MIN_WINDOW` wide.
    pub window: (f64, f64),
    /// Where the window's start is drawn, px along the axis.
    pub start: f64,
    /// How long the axis is, px.
    pub length: f64,
}

impl Default for TimeAxis {
    fn default() -> TimeAxis {
        TimeAxis::new(Orientation::Horizontal, (0.0, 1.0), 0.0, 0.0)
    }
}

impl TimeAxis {
    /// An axis showing `window` (clamped with `clamp_window`) over `length`
    /// px from `start`.
    pub fn new(orientation: Orientation, window: (f64, f64), start: f64, length: f64) -> TimeAxis {
        TimeAxis { orientation, window: TimeAxis::clamp_window(window), start, length }
    }

    /// The timeline's axis for a chart `width` px wide: across the width
    /// less a margin each side, or down a fixed height on narrow screens.
    pub fn for_width(width: f64, window: (f64, f64)) -> TimeAxis {
        match Orientation::for_width(width) {
            Orientation::Horizontal => {
                TimeAxis::new(Orientation::Horizontal, window, SIDE_INSET, width - 2.0 * SIDE_INSET)
            }
            Orientation::Vertical => {
                TimeAxis::new(Orientation::Vertical, window, VERTICAL_TOP, VERTICAL_AXIS)
            }
        }
    }

    /// Keeps a window inside the year and no narrower than `MIN_WINDOW`.
    pub fn clamp_window(w: (f64, f64)) -> (f64, f64) {
        let width = (w.1 - w.0).clamp(MIN_WINDOW, 1.0);
        let start = w.0.clamp(0.0, 1.0 - width);
        (start, start + width)
    }

    /// Where the axis ends, px along it.
    pub fn end(&self) -> f64 {
        self.start + self.length
    }

    /// The px along the axis of a fraction of the year (outside the window,
    /// outside the axis).
    pub fn to_pixel(&self, fraction: f64) -> f64 {
        self.start + self.length * (fraction - self.window.0) / (self.window.1 - self.window.0)
    }

    /// The fraction of the year at a px along the axis: the inverse of
    /// `to_pixel`, not clamped.
    pub fn to_fraction(&self, pixel: f64) -> f64 {
        self.window.0 + (pixel - self.start) / self.length * (self.window.1 - self.window.0)
    }

    /// The px along the axis of a screen point.
    pub fn along(&self, x: f64, y: f64) -> f64 {
        self.orientation.along(x, y)
    }

    /// The fraction of the year under a screen point, held to the window:
    /// a pointer beside the axis means its nearest end.
    pub fn fraction_under(&self, x: f64, y: f64) -> f64 {
        // Before the first layout the axis has no length; a gesture then
        // means the window's middle rather than NaN.
        if self.length <= 0.0 {
            return (self.window.0 + self.window.1) / 2.0;
        }
        let along = (self.along(x, y) - self.start) / self.length;
        self.window.0 + along.clamp(0.0, 1.0) * (self.window.1 - self.window.0)
    }

    /// The same axis showing another window (clamped).
    pub fn with_window(&self, window: (f64, f64)) -> TimeAxis {
        TimeAxis::new(self.orientation, window, self.start, self.length)
    }

    /// Zoomed by `factor` (< 1 zooms in) keeping the fraction `at` where it
    /// is on screen (as far as the year's ends allow).
    pub fn zoomed_at(&self, factor: f64, at: f64) -> TimeAxis {
        let w = self.window;
        let width = ((w.1 - w.0) * factor).clamp(MIN_WINDOW, 1.0);
        let rel = if w.1 > w.0 { ((at - w.0) / (w.1 - w.0)).clamp(0.0, 1.0) } else { 0.5 };
        self.with_window((at - rel * width, at - rel * width + width))
    }

    /// Zoomed by `factor` (< 1 zooms in) around the screen point `(x, y)`:
    /// the moment under it stays under it.
    pub fn zoomed(&self, factor: f64, x: f64, y: f64) -> TimeAxis {
        self.zoomed_at(factor, self.fraction_under(x, y))
    }

    /// Zoomed by `factor` around the middle of the window (buttons, keys
    /// with nothing focused).
    pub fn zoomed_in_middle(&self, factor: f64) -> TimeAxis {
        self.zoomed_at(factor, (self.window.0 + self.window.1) / 2.0)
    }

    /// Dragged by `delta` px along the axis: what was under the pointer
    /// follows it, until an end of the year is reached.
    pub fn panned(&self, delta: f64) -> TimeAxis {
        if self.length <= 0.0 {
            return *self;
        }
        self.shifted(-delta / self.length)
    }

    /// Moved by `windows` of its own width (keys, buttons, a sideways wheel).
    pub fn shifted(&self, windows: f64) -> TimeAxis {
        let shift = (self.window.1 - self.window.0) * windows;
        self.with_window((self.window.0 + shift, self.window.1 + shift))
    }

    /// The same zoom, moved so the fraction `at` is in the middle.
    pub fn centred_on(&self, at: f64) -> TimeAxis {
        let half = (self.window.1 - self.window.0) / 2.0;
        self.with_window((at - half, at + half))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axes() -> [TimeAxis; 4] {
        [
            TimeAxis::for_width(1280.0, (0.0, 1.0)),
            TimeAxis::for_width(768.0, (0.25, 0.5)),
            TimeAxis::for_width(320.0, (0.0, 1.0)),
            TimeAxis::for_width(390.0, (0.6, 0.7)),
        ]
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn both_orientations_are_chosen_by_width() {
        assert_eq!(TimeAxis::for_width(479.0, (0.0, 1.0)).orientation, Orientation::Vertical);
        assert_eq!(TimeAxis::for_width(480.0, (0.0, 1.0)).orientation, Orientation::Horizontal);
        let h = TimeAxis::for_width(1280.0, (0.0, 1.0));
        assert_eq!((h.start, h.end()), (16.0, 1264.0));
        let v = TimeAxis::for_width(320.0, (0.0, 1.0));
        assert_eq!((v.start, v.end()), (12.0, 684.0));
    }

    #[test]
    fn pixel_to_fraction_to_pixel_is_the_identity() {
        for axis in axes() {
            for k in 0..=40 {
                let px = axis.start - 20.0 + (axis.length + 40.0) * f64::from(k) / 40.0;
                assert!(close(axis.to_pixel(axis.to_fraction(px)), px), "{axis:?} at {px}");
            }
            assert!(close(axis.to_pixel(axis.window.0), axis.start));
            assert!(close(axis.to_pixel(axis.window.1), axis.end()));
        }
    }

    #[test]
    fn fraction_to_pixel_to_fraction_is_the_identity() {
        for axis in axes() {
            for k in 0..=40 {
                let f = f64::from(k) / 40.0;
                assert!(close(axis.to_fraction(axis.to_pixel(f)), f), "{axis:?} at {f}");
            }
        }
    }

    #[test]
    fn a_screen_point_is_read_along_the_axis_only() {
        let h = TimeAxis::for_width(1280.0, (0.0, 1.0));
        assert!(close(h.fraction_under(h.start + h.length / 4.0, 999.0), 0.25));
        let v = TimeAxis::for_width(320.0, (0.0, 1.0));
        assert!(close(v.fraction_under(999.0, v.start + v.length / 4.0), 0.25));
        // Beside the axis means its nearest end.
        assert_eq!(h.fraction_under(-50.0, 0.0), 0.0);
        assert_eq!(v.fraction_under(0.0, 5000.0), 1.0);
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer_fixed() {
        for axis in axes() {
            for k in 1..10 {
                let along = axis.start + axis.length * f64::from(k) / 10.0;
                let (x, y) = axis.orientation.point(along, 40.0);
                let before = axis.to_fraction(along);
                for factor in [0.5, 0.8, 1.25] {
                    let z = axis.zoomed(factor, x, y);
                    let width = z.window.1 - z.window.0;
                    let wanted = ((axis.window.1 - axis.window.0) * factor).clamp(MIN_WINDOW, 1.0);
                    assert!(close(width, wanted), "{axis:?} ×{factor}");
                    // Unless a year's end got in the way, the moment stays put.
                    let clamped = z.window.0 == 0.0 || z.window.1 == 1.0;
                    assert!(clamped || close(z.to_pixel(before), along), "{axis:?} ×{factor} at {along}");
                }
            }
        }
    }

    #[test]
    fn zooming_in_at_the_edges_and_the_middle() {
        let axis = TimeAxis::for_width(1280.0, (0.0, 1.0));
        assert_eq!(axis.zoomed(0.5, axis.start, 0.0).window, (0.0, 0.5));
        let w = axis.zoomed_in_middle(0.5).window;
        assert!(close(w.0, 0.25) && close(w.1, 0.75));
        assert_eq!(axis.zoomed_in_middle(2.0).window, (0.0, 1.0), "never wider than the year");
    }

    #[test]
    fn the_window_is_never_narrower_than_min_window() {
        for axis in axes() {
            let mut z = axis;
            for _ in 0..40 {
                z = z.zoomed_at(0.3, 0.45);
                assert!(z.window.1 - z.window.0 >= MIN_WINDOW - 1e-12, "{z:?}");
            }
            assert!(close(z.window.1 - z.window.0, MIN_WINDOW));
            assert!(close(axis.with_window((0.5, 0.5)).window.1 - 0.5, MIN_WINDOW));
        }
    }

    #[test]
    fn pan_follows_the_drag_and_stops_at_the_ends_of_the_year() {
        for axis in axes() {
            let z = axis.with_window((0.4, 0.5));
            // Dragging 10% of the axis to the right shows earlier days.
            let p = z.panned(z.length / 10.0);
            assert!(close(p.window.0, 0.39) && close(p.window.1, 0.49), "{p:?}");
            assert_eq!(z.panned(1e6).window.0, 0.0);
            assert!(close(z.panned(-1e6).window.1, 1.0));
            assert!(close(z.panned(-1e6).window.1 - z.panned(-1e6).window.0, 0.1));
        }
        let half = TimeAxis::for_width(1280.0, (0.0, 0.5));
        assert_eq!(half.shifted(2.0).window, (0.5, 1.0));
        assert_eq!(half.with_window((0.5, 1.0)).shifted(-3.0).window, (0.0, 0.5));
    }

    #[test]
    fn an_axis_with_no_length_yet_never_yields_nan() {
        let empty = TimeAxis::default().with_window((0.2, 0.4));
        assert!((empty.fraction_under(10.0, 10.0) - 0.3).abs() < 1e-12);
        assert_eq!(empty.panned(25.0), empty);
        let z = empty.zoomed(0.5, 10.0, 10.0);
        assert!(z.window.0.is_finite() && z.window.1.is_finite());
    }

    #[test]
    fn centring_keeps_the_zoom() {
        let axis = TimeAxis::for_width(1280.0, (0.1, 0.2));
        let c = axis.centred_on(0.6);
        assert!(close(c.window.0, 0.55) && close(c.window.1, 0.65));
        assert!(close(axis.centred_on(0.99).window.1, 1.0));
    }
}
