//! Parts of a whole: a ring for a percentage, a bar of time against a
//! reference span, an area in grid cells.

use super::*;
use crate::data::format::plain_number;
use crate::data::validate::limits;
use crate::data::{Indicator, Lang};
use crate::layout::marks::{Anchor, Mark, Paint, Rect};
use crate::layout::trig::sin_cos;
use std::f64::consts::PI;

/// A ring sector as a polygon, from angle `a0` to `a1` (radians, clockwise
/// from twelve o'clock).
pub(super) fn sector(cx: f64, cy: f64, r_out: f64, r_in: f64, a0: f64, a1: f64) -> Vec<(f64, f64)> {
    let steps = (((a1 - a0) / (2.0 * PI)) * 96.0).ceil().max(2.0) as usize;
    let at = |r: f64, a: f64| {
        let (sin, cos) = sin_cos(a);
        (cx + r * sin, cy - r * cos)
    };
    let mut pts = Vec::with_capacity(2 * steps + 2);
    for i in 0..=steps {
        pts.push(at(r_out, a0 + (a1 - a0) * i as f64 / steps as f64));
    }
    for i in (0..=steps).rev() {
        pts.push(at(r_in, a0 + (a1 - a0) * i as f64 / steps as f64));
    }
    pts
}

pub(super) fn ring(percent: f64, data: Paint, w: f64, h: f64) -> Vec<Mark> {
    let r = (w.min(h) / 2.0 - 2.0).max(4.0);
    let (cx, cy) = (w / 2.0, h / 2.0);
    let share = (percent / 100.0).clamp(0.0, 1.0);
    let mut marks = Vec::new();
    if share < 1.0 {
        put(
            &mut marks,
            Mark::Polygon {
                points: sector(cx, cy, r, r * 0.62, 2.0 * PI * share, 2.0 * PI),
                paint: Paint::Track,
            },
        );
    }
    if share > 0.0 {
        put(
            &mut marks,
            Mark::Polygon { points: sector(cx, cy, r, r * 0.62, 0.0, 2.0 * PI * share), paint: data },
        );
    }
    put(
        &mut marks,
        Mark::Text {
            x: cx,
            y: cy,
            text: format!("{}%", plain_number(percent)),
            size: (r * 0.36).clamp(10.0, 18.0),
            anchor: Anchor::Middle,
            paint: Paint::Ink,
            bold: true,
        },
    );
    marks
}

pub(super) fn duration(
    ind: &Indicator,
    data: Paint,
    w: f64,
    h: f64,
    lang: Lang,
    measure: &dyn TextMeasure,
) -> Vec<Mark> {
    let whole = reference_value(ind);
    let bar_h = (h * 0.3).clamp(10.0, 24.0);
    let (x0, len) = (4.0, w - 8.0);
    // Right-aligned under the bar's end: the room is left of it.
    let lines = reference_lines(ind, x0 + len, lang, measure);
    let y = (h - bar_h - caption_room(&lines)) / 2.0;
    let filled = len * (ind.value / whole).clamp(0.0, 1.0);
    let mut marks = vec![
        Mark::Frame { rect: Rect::new(x0, y, len, bar_h), paint: Paint::Track, width: 1.5 },
        Mark::Rect { rect: Rect::new(x0, y, filled, bar_h), paint: data },
    ];
    // One tick per reference unit (months of the year), so the bar can be counted.
    let units = whole.round() as usize;
    if units > 1 && units <= 24 {
        for i in 1..units {
            let x = x0 + len * i as f64 / whole;
            put(
                &mut marks,
                Mark::Line {
                    from: (x, y + bar_h),
                    to: (x, y + bar_h + 4.0),
                    paint: Paint::MutedInk,
                    width: 1.0,
                },
            );
        }
    }
    put_lines(&mut marks, lines, x0 + len, y + bar_h + 6.0 + LABEL_SIZE / 2.0, Anchor::End);
    marks
}

pub(super) fn area(
    ind: &Indicator,
    data: Paint,
    w: f64,
    h: f64,
    lang: Lang,
    measure: &dyn TextMeasure,
) -> Vec<Mark> {
    let unit = reference_value(ind);
    let side_units = (ind.value / unit).sqrt();
    // Valid data never exceeds the cap; past it there would be no grid to
    // draw, only the square filling the box.
    if ind.value / unit > limits::MAX_AREA_CELLS as f64 || side_units.is_nan() {
        let side = (h - LABEL_SIZE - 6.0).min(w).max(0.0);
        return vec![Mark::Rect { rect: Rect::new((w - side) / 2.0, 0.0, side, side), paint: data }];
    }
    let grid_n = side_units.ceil().max(1.0) as usize + 1;
    let mut lines = reference_lines(ind, w, lang, measure);
    // Cells of 2 px come before a two-line caption: with no room for both,
    // there is no caption rather than a grid over it.
    if 2.0 * grid_n as f64 > h - caption_room(&lines) {
        lines.clear();
    }
    let room = caption_room(&lines);
    let avail_h = h - room;
    // Never under 1 px: the largest grid allowed (21 cells a side) fits.
    let cell = (avail_h / grid_n as f64).min(w / grid_n as f64).floor().max(1.0);
    let size = cell * grid_n as f64;
    let x0 = (w - size) / 2.0;
    let mut marks = Vec::new();
    let side = side_units * cell;
    put(&mut marks, Mark::Rect { rect: Rect::new(x0, avail_h - side, side, side), paint: data });
    for i in 0..=grid_n {
        let d = i as f64 * cell;
        put(
            &mut marks,
            Mark::Line {
                from: (x0 + d, avail_h - size),
                to: (x0 + d, avail_h),
                paint: Paint::Track,
                width: 1.0,
            },
        );
        put(
            &mut marks,
            Mark::Line {
                from: (x0, avail_h - d),
                to: (x0 + size, avail_h - d),
                paint: Paint::Track,
                width: 1.0,
            },
        );
    }
    put_lines(&mut marks, lines, w / 2.0, h - room + 5.0 + LABEL_SIZE / 2.0, Anchor::Middle);
    marks
}
