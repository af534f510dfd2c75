//! The small picture on each indicator card, chosen by what the figure means:
//! a streak is a row of periods, a share is a ring, a count of partners is a
//! set of icons. Each function returns marks inside a `w`×`h` box.
//!
//! The work is bounded whatever the figure: the validator refuses values a
//! card cannot draw honestly (see `data::validate::limits` and
//! docs/data-format.md), and the counts here are clamped to the same caps,
//! so even an unchecked indicator stays within `MAX_MARKS` marks and
//! `MAX_MEASUREMENTS` text measurements.

use super::glyph::Glyph;
use super::marks::{Anchor, Mark, Paint, Rect};
use super::text::{clip_chars, fit_text, TextMeasure, FIT_MEASUREMENTS, MAX_LABEL_CHARS};
use crate::data::format::{part_value, plain_number};
use crate::data::validate::limits;
use crate::data::{ChartKind, ColorToken, Indicator, Lang, Qualifier};
use std::f64::consts::PI;

/// Most marks in one mini-chart: `units` at its caps (20 parts of 40
/// icons, and their labels) is the largest.
pub const MAX_MARKS: usize = 1_000;

/// Most text measurements one mini-chart layout makes: at most 60 labels
/// (`stack`: two per part), each fitted at most twice.
pub const MAX_MEASUREMENTS: usize = 2 * 60 * FIT_MEASUREMENTS;

/// Text size of labels inside mini-charts, in CSS pixels.
pub const LABEL_SIZE: f64 = 12.0;

/// A mini-chart's height for its width: 96 px on the cards of a wide
/// widget, 72 px on the two narrow columns of a phone, so a row of two
/// cards stays short.
pub fn mini_chart_height(w: f64) -> f64 {
    if w < NARROW_CHART {
        72.0
    } else {
        96.0
    }
}

/// Narrower than this (CSS px), a mini-chart is a phone's.
const NARROW_CHART: f64 = 200.0;

/// Places an indicator's mini-chart in `w` × `h` CSS px.
pub fn layout_mini_chart(
    ind: &Indicator,
    color: ColorToken,
    w: f64,
    h: f64,
    lang: Lang,
    measure: &dyn TextMeasure,
) -> Vec<Mark> {
    let data = Paint::Category(color);
    let mut marks = match ind.chart {
        ChartKind::Streak => streak((ind.value as usize).min(limits::MAX_STREAK), data, w, h),
        ChartKind::Units => units(ind, data, w, h, lang, measure),
        ChartKind::Ring => ring(ind.value, data, w, h),
        ChartKind::Duration => duration(ind, data, w, h, lang),
        ChartKind::Area => area(ind, data, w, h, lang),
        ChartKind::Pictogram => pictogram(ind, data, w, h, lang),
        ChartKind::Stack => stack(ind, data, w, h, lang, measure),
        ChartKind::Batch => batch(ind, data, w, h),
    };
    fit_labels(&mut marks, w, measure);
    marks
}

/// Shortens every label to the room it has: the chart's width for a label
/// anchored at an edge or centred in the chart, less for centred group
/// labels (`units`), whose room is their group's width.
fn fit_labels(marks: &mut [Mark], w: f64, measure: &dyn TextMeasure) {
    for mark in marks.iter_mut() {
        if let Mark::Text { x, text, size, anchor, bold, .. } = mark {
            let room = match anchor {
                Anchor::Start => w - *x,
                Anchor::End => *x,
                Anchor::Middle => 2.0 * x.min(w - *x),
            };
            // Measured in the regular weight: bold text needs the margin.
            let room = if *bold { room / BOLD_WIDTH } else { room };
            let fitted = fit_text(measure, text, *size, room.max(0.0));
            // An ellipsis alone says nothing (four groups on a phone card):
            // no label then; the tooltip and the text table name them.
            *text = if fitted == "…" { String::new() } else { fitted };
        }
    }
}

/// Cells in rows: the largest square cell size that fits `n` cells with a
/// gap in the box, and the column count that achieves it.
fn grid(n: usize, w: f64, h: f64, gap: f64) -> (usize, f64) {
    let mut best = (n.max(1), 0.0);
    for cols in 1..=n.max(1) {
        let rows = n.div_ceil(cols);
        let size = ((w - gap * (cols as f64 - 1.0)) / cols as f64)
            .min((h - gap * (rows as f64 - 1.0)) / rows as f64);
        if size > best.1 {
            best = (cols, size);
        }
    }
    best
}

fn cells(n: usize, filled: usize, data: Paint, w: f64, h: f64, gap: f64) -> Vec<Mark> {
    let (cols, size) = grid(n, w, h, gap);
    let size = size.clamp(1.0, 40.0);
    let rows = n.div_ceil(cols);
    let total_w = cols as f64 * size + (cols as f64 - 1.0) * gap;
    let total_h = rows as f64 * size + (rows as f64 - 1.0) * gap;
    let (x0, y0) = ((w - total_w) / 2.0, (h - total_h) / 2.0);
    (0..n)
        .map(|i| {
            let (c, r) = (i % cols, i / cols);
            let rect = Rect::new(x0 + c as f64 * (size + gap), y0 + r as f64 * (size + gap), size, size);
            if i < filled {
                Mark::Rect { rect, paint: data }
            } else {
                Mark::Frame { rect, paint: Paint::Track, width: 1.5 }
            }
        })
        .collect()
}

fn streak(n: usize, data: Paint, w: f64, h: f64) -> Vec<Mark> {
    // Quarters read left to right in years of four: a gap every fourth cell.
    let gap = 3.0;
    let years = n.div_ceil(4) as f64;
    let cell = ((w - gap * (n as f64 - 1.0) - 6.0 * (years - 1.0)) / n as f64).min(h * 0.6).min(28.0);
    let total = n as f64 * cell + gap * (n as f64 - 1.0) + 6.0 * (years - 1.0);
    let x0 = (w - total) / 2.0;
    let y = (h - cell) / 2.0;
    let mut marks = Vec::new();
    for i in 0..n {
        let x = x0 + i as f64 * (cell + gap) + (i / 4) as f64 * 6.0;
        marks.push(Mark::Rect { rect: Rect::new(x, y, cell, cell), paint: data });
    }
    // An arrow under the row says "in a row, in time order".
    let ay = y + cell + 8.0;
    if ay + 4.0 <= h {
        marks.push(Mark::Line { from: (x0, ay), to: (x0 + total, ay), paint: Paint::MutedInk, width: 1.0 });
        marks.push(Mark::Polygon {
            points: vec![(x0 + total, ay), (x0 + total - 6.0, ay - 3.5), (x0 + total - 6.0, ay + 3.5)],
            paint: Paint::MutedInk,
        });
    }
    marks
}

fn units(ind: &Indicator, data: Paint, w: f64, h: f64, lang: Lang, measure: &dyn TextMeasure) -> Vec<Mark> {
    let parts = &ind.parts[..ind.parts.len().min(limits::MAX_SMALL_LIST)];
    let groups = parts.len().max(1);
    let mut marks = Vec::new();
    let group_w = w / groups as f64;
    let icons_h = h - LABEL_SIZE - 6.0;
    for (g, part) in parts.iter().enumerate() {
        let n = (part.value as usize).min(limits::MAX_UNITS_PER_PART);
        let (cols, size) = grid(n, group_w - 12.0, icons_h, 4.0);
        let size = size.min(22.0);
        let rows = n.div_ceil(cols);
        let total_w = cols as f64 * size + (cols as f64 - 1.0) * 4.0;
        let total_h = rows as f64 * size + (rows as f64 - 1.0) * 4.0;
        let x0 = g as f64 * group_w + (group_w - total_w) / 2.0;
        let y0 = (icons_h - total_h) / 2.0;
        for i in 0..n {
            let cx = x0 + (i % cols) as f64 * (size + 4.0) + size / 2.0;
            let cy = y0 + (i / cols) as f64 * (size + 4.0) + size / 2.0;
            // Groups differ by shape as well as by label (never by colour alone).
            marks.push(Glyph::nth(g).mark(cx, cy, size / 2.0, data));
        }
        // One-of-each parts (four pillars) are named, not counted.
        let label = if parts.iter().all(|p| p.value == 1.0) {
            part.label.get(lang).to_owned()
        } else {
            format!("{} {}", plain_number(part.value), part.label.get(lang))
        };
        let label = fit_text(measure, &label, LABEL_SIZE, group_w - 4.0);
        marks.push(Mark::Text {
            x: g as f64 * group_w + group_w / 2.0,
            y: h - LABEL_SIZE / 2.0 - 1.0,
            text: label,
            size: LABEL_SIZE,
            anchor: Anchor::Middle,
            paint: Paint::MutedInk,
            bold: false,
        });
    }
    marks
}

/// A ring sector as a polygon, from angle `a0` to `a1` (radians, clockwise
/// from twelve o'clock).
fn sector(cx: f64, cy: f64, r_out: f64, r_in: f64, a0: f64, a1: f64) -> Vec<(f64, f64)> {
    let steps = (((a1 - a0) / (2.0 * PI)) * 96.0).ceil().max(2.0) as usize;
    let at = |r: f64, a: f64| (cx + r * a.sin(), cy - r * a.cos());
    let mut pts: Vec<(f64, f64)> =
        (0..=steps).map(|i| at(r_out, a0 + (a1 - a0) * i as f64 / steps as f64)).collect();
    pts.extend((0..=steps).rev().map(|i| at(r_in, a0 + (a1 - a0) * i as f64 / steps as f64)));
    pts
}

fn ring(percent: f64, data: Paint, w: f64, h: f64) -> Vec<Mark> {
    let r = (w.min(h) / 2.0 - 2.0).max(4.0);
    let (cx, cy) = (w / 2.0, h / 2.0);
    let share = (percent / 100.0).clamp(0.0, 1.0);
    let mut marks = Vec::new();
    if share < 1.0 {
        marks.push(Mark::Polygon {
            points: sector(cx, cy, r, r * 0.62, 2.0 * PI * share, 2.0 * PI),
            paint: Paint::Track,
        });
    }
    if share > 0.0 {
        marks.push(Mark::Polygon { points: sector(cx, cy, r, r * 0.62, 0.0, 2.0 * PI * share), paint: data });
    }
    marks.push(Mark::Text {
        x: cx,
        y: cy,
        text: format!("{}%", plain_number(percent)),
        size: (r * 0.36).clamp(10.0, 18.0),
        anchor: Anchor::Middle,
        paint: Paint::Ink,
        bold: true,
    });
    marks
}

fn reference_value(ind: &Indicator) -> f64 {
    ind.reference.as_ref().map_or(1.0, |r| r.value)
}

fn duration(ind: &Indicator, data: Paint, w: f64, h: f64, lang: Lang) -> Vec<Mark> {
    let whole = reference_value(ind);
    let bar_h = (h * 0.3).clamp(10.0, 24.0);
    let y = (h - bar_h - LABEL_SIZE - 6.0) / 2.0;
    let (x0, len) = (4.0, w - 8.0);
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
            marks.push(Mark::Line {
                from: (x, y + bar_h),
                to: (x, y + bar_h + 4.0),
                paint: Paint::MutedInk,
                width: 1.0,
            });
        }
    }
    if let Some(r) = &ind.reference {
        marks.push(Mark::Text {
            x: x0 + len,
            y: y + bar_h + 6.0 + LABEL_SIZE / 2.0,
            text: r.label.get(lang).to_owned(),
            size: LABEL_SIZE,
            anchor: Anchor::End,
            paint: Paint::MutedInk,
            bold: false,
        });
    }
    marks
}

fn area(ind: &Indicator, data: Paint, w: f64, h: f64, lang: Lang) -> Vec<Mark> {
    let unit = reference_value(ind);
    let side_units = (ind.value / unit).sqrt();
    // Valid data never exceeds the cap; past it there would be no grid to
    // draw, only the square filling the box.
    if ind.value / unit > limits::MAX_AREA_CELLS as f64 || side_units.is_nan() {
        let side = (h - LABEL_SIZE - 6.0).min(w).max(0.0);
        return vec![Mark::Rect { rect: Rect::new((w - side) / 2.0, 0.0, side, side), paint: data }];
    }
    let grid_n = side_units.ceil().max(1.0) as usize + 1;
    let avail_h = h - LABEL_SIZE - 6.0;
    let cell = (avail_h / grid_n as f64).min(w / grid_n as f64).floor().max(2.0);
    let size = cell * grid_n as f64;
    let x0 = (w - size) / 2.0;
    let mut marks = Vec::new();
    let side = side_units * cell;
    marks.push(Mark::Rect { rect: Rect::new(x0, avail_h - side, side, side), paint: data });
    for i in 0..=grid_n {
        let d = i as f64 * cell;
        marks.push(Mark::Line {
            from: (x0 + d, avail_h - size),
            to: (x0 + d, avail_h),
            paint: Paint::Track,
            width: 1.0,
        });
        marks.push(Mark::Line {
            from: (x0, avail_h - d),
            to: (x0 + size, avail_h - d),
            paint: Paint::Track,
            width: 1.0,
        });
    }
    if let Some(r) = &ind.reference {
        marks.push(Mark::Text {
            x: w / 2.0,
            y: h - LABEL_SIZE / 2.0 - 1.0,
            text: r.label.get(lang).to_owned(),
            size: LABEL_SIZE,
            anchor: Anchor::Middle,
            paint: Paint::MutedInk,
            bold: false,
        });
    }
    marks
}

fn person(cx: f64, top: f64, size: f64, paint: Paint) -> [Mark; 2] {
    let head = size * 0.22;
    [
        Mark::Dot { cx, cy: top + head, r: head, paint },
        Mark::Polygon {
            points: vec![
                (cx - size * 0.32, top + size),
                (cx - size * 0.28, top + head * 2.0 + size * 0.08),
                (cx + size * 0.28, top + head * 2.0 + size * 0.08),
                (cx + size * 0.32, top + size),
            ],
            paint,
        },
    ]
}

fn pictogram(ind: &Indicator, data: Paint, w: f64, h: f64, lang: Lang) -> Vec<Mark> {
    let per = reference_value(ind);
    let n = ((ind.value / per).ceil() as usize).min(limits::MAX_PICTOGRAM_ICONS);
    let avail_h = h - LABEL_SIZE - 6.0;
    let (cols, size) = grid(n, w - 8.0, avail_h, 6.0);
    let size = size.min(40.0);
    let rows = n.div_ceil(cols);
    let total_w = cols as f64 * size + (cols as f64 - 1.0) * 6.0;
    let x0 = (w - total_w) / 2.0;
    let y0 = (avail_h - (rows as f64 * size + (rows as f64 - 1.0) * 6.0)) / 2.0;
    let mut marks = Vec::new();
    for i in 0..n {
        let cx = x0 + (i % cols) as f64 * (size + 6.0) + size / 2.0;
        let top = y0 + (i / cols) as f64 * (size + 6.0);
        marks.extend(person(cx, top, size, data));
    }
    if let Some(r) = &ind.reference {
        marks.push(Mark::Text {
            x: w / 2.0,
            y: h - LABEL_SIZE / 2.0 - 1.0,
            text: r.label.get(lang).to_owned(),
            size: LABEL_SIZE,
            anchor: Anchor::Middle,
            paint: Paint::MutedInk,
            bold: false,
        });
    }
    marks
}

/// The gap between the parts of a stacked bar, in CSS px.
const PART_GAP: f64 = 2.0;
/// The least room between two parts' captions on one row, in CSS px.
const CAPTION_GAP: f64 = 8.0;
/// Bold text runs wider than the measure's regular weight; captions are
/// placed as if this much wider, so they never touch.
const BOLD_WIDTH: f64 = 1.1;

/// Where a stacked bar's part captions (amount over label) go: on the first
/// row under the bar while they do not collide, otherwise on the next row.
/// The first caption starts at the bar's left end, every later one ends at
/// its part's right end. Returns each caption's row and the number of rows.
fn caption_rows(rights: &[f64], widths: &[f64], x0: f64) -> (Vec<usize>, usize) {
    let mut row_ends: Vec<f64> = Vec::new(); // the right end of each row's last caption
    let mut rows = Vec::with_capacity(widths.len());
    for (i, (&right, &width)) in rights.iter().zip(widths).enumerate() {
        let (left, end) = if i == 0 { (x0, x0 + width) } else { (right - width, right) };
        let row = row_ends.iter().position(|&taken| left >= taken + CAPTION_GAP).unwrap_or(row_ends.len());
        if row == row_ends.len() {
            row_ends.push(end);
        } else {
            row_ends[row] = end;
        }
        rows.push(row);
    }
    let count = row_ends.len().max(1);
    (rows, count)
}

fn stack(ind: &Indicator, data: Paint, w: f64, h: f64, lang: Lang, measure: &dyn TextMeasure) -> Vec<Mark> {
    let parts = &ind.parts[..ind.parts.len().min(limits::MAX_SMALL_LIST)];
    let total: f64 = parts.iter().map(|p| p.value).sum::<f64>().max(1e-9);
    let (x0, len) = (4.0, w - 8.0);
    // The part's own qualifier goes with its amount: a ceiling reads "up to".
    let captions: Vec<(String, String)> =
        parts.iter().map(|p| (part_value(ind, p, lang), p.label.get(lang).to_owned())).collect();
    let widths: Vec<f64> = captions
        .iter()
        .map(|(value, label)| {
            // Measured as cut for drawing, so a long label costs no more.
            let (value, _) = clip_chars(value, MAX_LABEL_CHARS);
            let (label, _) = clip_chars(label, MAX_LABEL_CHARS);
            (measure.width(value, LABEL_SIZE) * BOLD_WIDTH).max(measure.width(label, LABEL_SIZE))
        })
        .collect();
    let rights: Vec<f64> = parts
        .iter()
        .scan(x0, |x, p| {
            *x += len * p.value / total;
            Some(*x)
        })
        .collect();
    let (rows, row_count) = caption_rows(&rights, &widths, x0);
    // A caption row is an amount line and a label line.
    let row_h = 2.0 * LABEL_SIZE + 6.0;
    let captions_h = row_count as f64 * row_h;
    let bar_h = (h * 0.32).clamp(12.0, 28.0).min((h - captions_h - 4.0).max(8.0));
    let y = ((h - bar_h - captions_h - 4.0) / 2.0).max(0.0);
    let mut marks = Vec::new();
    let mut x = x0;
    for (i, (part, (value, label))) in parts.iter().zip(captions).enumerate() {
        let pw = len * part.value / total;
        // Parts side by side keep a hairline gap, so two sure parts do not
        // merge into one bar.
        let gap = if i + 1 < parts.len() { PART_GAP } else { 0.0 };
        let rect = Rect::new(x, y, (pw - gap).max(1.0), bar_h);
        // A sure part is solid; a bound ("up to", "about") is outlined,
        // because a milestone payment is a ceiling, not money in hand.
        if part.qualifier == Qualifier::Exact {
            marks.push(Mark::Rect { rect, paint: data });
        } else {
            marks.push(Mark::Frame { rect: rect.inflate(-1.0), paint: data, width: 2.0 });
        }
        let (tx, anchor) = if i == 0 { (x, Anchor::Start) } else { (x + pw, Anchor::End) };
        let top = y + bar_h + rows[i] as f64 * row_h;
        marks.push(Mark::Text {
            x: tx,
            y: top + 4.0 + LABEL_SIZE / 2.0,
            text: value,
            size: LABEL_SIZE,
            anchor,
            paint: Paint::Ink,
            bold: true,
        });
        marks.push(Mark::Text {
            x: tx,
            y: top + 6.0 + LABEL_SIZE * 1.5,
            text: label,
            size: LABEL_SIZE,
            anchor,
            paint: Paint::MutedInk,
            bold: false,
        });
        x += pw;
    }
    marks
}

fn batch(ind: &Indicator, data: Paint, w: f64, h: f64) -> Vec<Mark> {
    let n = (reference_value(ind) as usize).min(limits::MAX_BATCH);
    cells(n, ind.value as usize, data, w, h, 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset::default_dataset_or_none;
    use crate::layout::text::ApproxMeasure;

    fn marks_for(id: &str, w: f64, h: f64) -> Vec<Mark> {
        let ds = default_dataset_or_none().expect("default dataset");
        let ind = ds.indicators.iter().find(|i| i.id == id).expect("indicator");
        layout_mini_chart(ind, ColorToken::Blue, w, h, Lang::En, &ApproxMeasure)
    }

    fn count(marks: &[Mark], f: impl Fn(&Mark) -> bool) -> usize {
        marks.iter().filter(|m| f(m)).count()
    }

    fn inside(marks: &[Mark], w: f64, h: f64) -> bool {
        marks
            .iter()
            .filter_map(Mark::bounds)
            .all(|b| b.x >= -0.5 && b.y >= -0.5 && b.right() <= w + 0.5 && b.bottom() <= h + 0.5)
    }

    #[test]
    fn streak_draws_one_cell_per_quarter() {
        for w in [120.0, 260.0] {
            let marks = marks_for("gdp-streak", w, 60.0);
            assert_eq!(count(&marks, |m| matches!(m, Mark::Rect { .. })), 12);
            assert!(inside(&marks, w, 60.0));
        }
    }

    #[test]
    fn partners_draw_six_and_six_icons_of_two_shapes() {
        let marks = marks_for("life-city-partners", 260.0, 80.0);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Dot { .. })), 6);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Rect { .. })), 6);
        let texts: Vec<_> = marks
            .iter()
            .filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None })
            .collect();
        assert_eq!(texts, ["6 universities", "6 hospitals"]);
        assert!(inside(&marks, 260.0, 80.0));
    }

    #[test]
    fn batch_marks_one_of_fifty_two() {
        let marks = marks_for("zero-carbon-park", 260.0, 80.0);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Rect { .. })), 1);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Frame { .. })), 51);
        assert!(inside(&marks, 260.0, 80.0));
    }

    #[test]
    fn visitors_draw_five_people_of_a_million_each() {
        let marks = marks_for("hongmei-visitors", 260.0, 80.0);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Dot { .. })), 5);
    }

    #[test]
    fn duration_fills_half_of_a_year() {
        let marks = marks_for("lab-to-line", 208.0, 60.0);
        let filled =
            marks.iter().find_map(|m| if let Mark::Rect { rect, .. } = m { Some(rect.w) } else { None });
        assert_eq!(filled, Some(100.0));
        assert_eq!(count(&marks, |m| matches!(m, Mark::Line { .. })), 11, "month ticks");
    }

    #[test]
    fn area_square_has_the_stated_area_in_grid_cells() {
        let marks = marks_for("life-city-area", 200.0, 100.0);
        let Some(Mark::Rect { rect, .. }) = marks.first() else { panic!("no square") };
        let lines: Vec<f64> = marks
            .iter()
            .filter_map(|m| {
                if let Mark::Line { from, to, .. } = m {
                    (from.1 == to.1).then_some(from.1)
                } else {
                    None
                }
            })
            .collect();
        let cell = (lines[0] - lines[1]).abs();
        let area_in_cells = (rect.w / cell) * (rect.h / cell);
        assert!((area_in_cells - 6.2).abs() < 1e-9, "{area_in_cells}");
    }

    #[test]
    fn labels_fit_their_room_even_when_narrow() {
        let m = ApproxMeasure;
        for w in [150.0, 240.0] {
            let marks = marks_for("four-pillars", w, 96.0);
            let boxes: Vec<(f64, f64)> = marks
                .iter()
                .filter_map(|mk| match mk {
                    Mark::Text { x, text, size, .. } => {
                        Some((x - m.width(text, *size) / 2.0, x + m.width(text, *size) / 2.0))
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(boxes.len(), 4);
            for pair in boxes.windows(2) {
                assert!(pair[0].1 <= pair[1].0, "labels touch at {w}: {boxes:?}");
            }
        }
    }

    #[test]
    fn ring_is_full_at_one_hundred_percent() {
        let marks = marks_for("bmw-renewable", 80.0, 80.0);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Polygon { paint: Paint::Track, .. })), 0);
        assert!(marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text == "100%")));
    }

    #[test]
    fn stack_captions_never_overlap_at_any_card_width() {
        for w in (150..=600).step_by(10) {
            let marks = marks_for("3sbio-order", w as f64, 96.0);
            let boxes: Vec<(f64, f64, f64)> = marks
                .iter()
                .filter_map(|m| match m {
                    Mark::Text { x, y, text, size, anchor, .. } => {
                        let tw = ApproxMeasure.width(text, *size) * BOLD_WIDTH;
                        let left = match anchor {
                            Anchor::Start => *x,
                            Anchor::End => x - tw,
                            Anchor::Middle => x - tw / 2.0,
                        };
                        Some((left, left + tw, *y))
                    }
                    _ => None,
                })
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    let same_line = (a.2 - b.2).abs() < LABEL_SIZE;
                    assert!(
                        !same_line || a.1 <= b.0 || b.1 <= a.0,
                        "width {w}: captions {a:?} and {b:?} overlap"
                    );
                }
                assert!(a.2 + LABEL_SIZE / 2.0 <= 96.0 + 0.5, "width {w}: caption below the chart");
            }
        }
    }

    #[test]
    fn stack_splits_the_deal_by_its_parts() {
        let marks = marks_for("3sbio-order", 300.0, 80.0);
        let widths: Vec<f64> = marks
            .iter()
            .filter_map(|m| match m {
                // The sure part is solid and keeps a gap to the next one.
                Mark::Rect { rect, .. } => Some(rect.w + PART_GAP),
                // The ceiling is outlined, inset by a pixel on each side.
                Mark::Frame { rect, .. } => Some(rect.w + 2.0),
                _ => None,
            })
            .collect();
        assert!((widths[0] / (widths[0] + widths[1]) - 1.25 / 6.05).abs() < 1e-9);
        assert_eq!(count(&marks, |m| matches!(m, Mark::Frame { .. })), 1, "only the ceiling is outlined");
        assert!(marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text == "US$1.25 billion")));
        assert!(marks.iter().any(|m| matches!(m, Mark::Text { text, .. } if text == "up to US$4.8 billion")));
    }
}
