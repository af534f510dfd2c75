//! The axis line, a tick at the start of each month and the month names,
//! for either orientation.

use super::axis::TimeAxis;
use super::metrics::{MONTH_SIZE, TICK_LEN};
use super::orientation::Orientation;
use super::tracks::year_fraction;
use crate::data::date::day_of_year;
use crate::data::Lang;
use crate::layout::marks::{Anchor, Mark, Paint};
use crate::layout::text::TextMeasure;

/// Month names on the axis.
fn month_label(month: u8, lang: Lang) -> String {
    const EN: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match lang {
        Lang::En => EN[usize::from(month - 1)].to_owned(),
        _ => format!("{month}月"),
    }
}

/// Least room along the axis beside a month name, so neighbours never touch.
const NAME_PAD: f64 = 4.0;
/// Least room between two month names, when deciding to name every other month.
const NAMES_APART: f64 = 6.0;
/// A px of slack when deciding whether a tick at the axis's very end is shown.
const EDGE_SLACK: f64 = 0.5;

/// How the month scale sits beside the axis line in one orientation.
struct Scale {
    /// Ticks run from the axis line this far across (negative: left or up).
    tick: f64,
    /// Where a month name's anchor sits across from the axis line.
    name_offset: f64,
    /// How a name is anchored there.
    name_anchor: Anchor,
    /// Whether a tick closes the year at its end (the vertical axis runs
    /// into the year band instead).
    end_tick: bool,
}

fn scale(orientation: Orientation) -> Scale {
    match orientation {
        // Names hang under the ticks, centred in their month.
        Orientation::Horizontal => Scale {
            tick: TICK_LEN,
            name_offset: TICK_LEN + 1.0 + MONTH_SIZE / 2.0,
            name_anchor: Anchor::Middle,
            end_tick: true,
        },
        // Names end left of the ticks, centred in their month.
        Orientation::Vertical => Scale {
            tick: -TICK_LEN,
            name_offset: -(TICK_LEN + 3.0),
            name_anchor: Anchor::End,
            end_tick: false,
        },
    }
}

/// How much room a month name takes along the axis: its width when the
/// axis runs across the text, its height when the axis runs down (then no
/// measurement is needed).
fn along_extent(orientation: Orientation, measure: &dyn TextMeasure, text: &str) -> f64 {
    match orientation {
        Orientation::Horizontal => measure.width(text, MONTH_SIZE),
        Orientation::Vertical => MONTH_SIZE,
    }
}

/// The axis line at `across`, month ticks and month names (each named in
/// the visible part of its month, every other month when names would
/// touch), for an axis line at `across` px across.
pub fn month_scale(
    axis: &TimeAxis,
    across: f64,
    year: i32,
    lang: Lang,
    measure: &dyn TextMeasure,
) -> Vec<Mark> {
    let o = axis.orientation;
    let s = scale(o);
    let (first, last) = (axis.start, axis.end());
    let line = |along: f64, a: f64, b: f64, marks: &mut Vec<Mark>| {
        marks.push(Mark::Line {
            from: o.point(along, a),
            to: o.point(along, b),
            paint: Paint::Ink,
            width: 1.0,
        });
    };
    let tick = |along: f64, marks: &mut Vec<Mark>| {
        let (a, b) = (across.min(across + s.tick), across.max(across + s.tick));
        line(along, a, b, marks);
    };
    let mut marks = Vec::new();
    marks.push(Mark::Line {
        from: o.point(first, across),
        to: o.point(last, across),
        paint: Paint::Ink,
        width: 1.0,
    });
    let widest = if lang == Lang::En { "May" } else { "12月" };
    let month_px = axis.length / 12.0 / (axis.window.1 - axis.window.0);
    let every = if along_extent(o, measure, widest) + NAMES_APART > month_px { 2 } else { 1 };
    for month in 1..=12u8 {
        let start = axis.to_pixel(year_fraction(day_of_year(year, month, 1), year));
        let end = if month == 12 {
            axis.to_pixel(1.0)
        } else {
            axis.to_pixel(year_fraction(day_of_year(year, month + 1, 1), year))
        };
        if end < first || start > last {
            continue;
        }
        if start >= first - EDGE_SLACK && start <= last + EDGE_SLACK {
            tick(start, &mut marks);
        }
        // The name sits in the visible part of its month, when it fits.
        let (vis_a, vis_b) = (start.max(first), end.min(last));
        let name = month_label(month, lang);
        if (month - 1) % every == 0 && vis_b - vis_a >= along_extent(o, measure, &name) + NAME_PAD {
            let (x, y) = o.point((vis_a + vis_b) / 2.0, across + s.name_offset);
            marks.push(Mark::Text {
                x,
                y,
                text: name,
                size: MONTH_SIZE,
                anchor: s.name_anchor,
                paint: Paint::MutedInk,
                bold: false,
            });
        }
    }
    if s.end_tick && axis.to_pixel(1.0) <= last + EDGE_SLACK {
        tick(last, &mut marks);
    }
    marks
}

/// How far the month names reach below a horizontal axis line (the year
/// band starts under them).
pub const NAMES_BELOW: f64 = TICK_LEN + 1.0 + MONTH_SIZE / 2.0 + MONTH_SIZE;
