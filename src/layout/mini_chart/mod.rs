//! The small picture on each indicator card, chosen by what the figure means:
//! a streak is a row of periods, a share is a ring, a count of partners is a
//! set of icons. Each function returns marks inside a `w`×`h` box.
//!
//! The work is bounded whatever the figure: the validator refuses values a
//! card cannot draw honestly (see `data::validate::limits` and
//! docs/data-format.md), and the counts here are clamped to the same caps,
//! so even an unchecked indicator stays within `MAX_MARKS` marks and
//! `MAX_MEASUREMENTS` text measurements.
//!
//! One file per family of pictures: `counts` (a row of periods, icons in
//! groups, a batch), `shares` (a ring, a span of time, an area), `people`
//! (a pictogram), `stack` (parts of a sum on one bar).

mod counts;
mod people;
mod shares;
mod stack;
#[cfg(test)]
mod tests;

use counts::{batch, streak, units};
use people::pictogram;
use shares::{area, duration, ring};
use stack::stack;

use super::marks::{Anchor, Mark, Paint, Rect};
use super::text::{fit_text, wrap_text, TextMeasure, FIT_MEASUREMENTS};
use crate::data::validate::limits;
use crate::data::{ChartKind, ColorToken, Indicator, Lang};

/// Most marks in one mini-chart: `units` at its caps (20 parts of 40
/// icons, and their labels) is the largest.
pub const MAX_MARKS: usize = 1_000;

/// Most text measurements one mini-chart layout makes: at most 60 labels
/// (`stack`: two per part), each fitted at most twice. A stacked amount
/// broken over two lines in place of its label stays within its part's
/// share: its width, one wrap (`wrap_measurements(2)`), the two lines'
/// widths, and one measurement each when they are fitted again (they fit).
/// A reference caption takes one wrap and one measurement per line.
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

/// Bold text runs wider than the measure's regular weight; captions are
/// placed as if this much wider, so they never touch.
pub(super) const BOLD_WIDTH: f64 = 1.1;

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
        ChartKind::Duration => duration(ind, data, w, h, lang, measure),
        ChartKind::Area => area(ind, data, w, h, lang, measure),
        ChartKind::Pictogram => pictogram(ind, data, w, h, lang, measure),
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
pub(super) fn grid(n: usize, w: f64, h: f64, gap: f64) -> (usize, f64) {
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

pub(super) fn cells(n: usize, filled: usize, data: Paint, w: f64, h: f64, gap: f64) -> Vec<Mark> {
    let (cols, size) = grid(n, w, h, gap);
    let size = size.clamp(1.0, 40.0);
    let rows = n.div_ceil(cols);
    let total_w = cols as f64 * size + (cols as f64 - 1.0) * gap;
    let total_h = rows as f64 * size + (rows as f64 - 1.0) * gap;
    let (x0, y0) = ((w - total_w) / 2.0, (h - total_h) / 2.0);
    let mut marks = Vec::new();
    for i in 0..n {
        let (c, r) = (i % cols, i / cols);
        let rect = Rect::new(x0 + c as f64 * (size + gap), y0 + r as f64 * (size + gap), size, size);
        let mark = if i < filled {
            Mark::Rect { rect, paint: data }
        } else {
            Mark::Frame { rect, paint: Paint::Track, width: 1.5 }
        };
        put(&mut marks, mark);
    }
    marks
}

/// Adds one mark to a layout's list. One call instead of an inlined
/// `Vec::push` (with its grow path) at each of the layouts' many pushes:
/// they were most of the mini-chart code in the Wasm.
#[inline(never)]
pub(super) fn put(marks: &mut Vec<Mark>, mark: Mark) {
    marks.push(mark);
}

/// The round number one mark stands for (an icon, a permit, a period):
/// the indicator's reference, 1 when it has none.
pub(super) fn reference_value(ind: &Indicator) -> f64 {
    ind.reference.as_ref().map_or(1.0, |r| r.value)
}

/// What one cell, icon or period stands for ("each cell is 1 km²"), in
/// the lines it needs at `w`: one, two when one is too narrow, none when
/// even two would cut it short (a phone's card read "每個圖示代表100…",
/// a hundred for a million).
#[inline(never)]
pub(super) fn reference_lines(ind: &Indicator, w: f64, lang: Lang, measure: &dyn TextMeasure) -> Vec<String> {
    let Some(r) = &ind.reference else { return Vec::new() };
    let label = r.label.get(lang);
    let lines = wrap_text(measure, label, LABEL_SIZE, w, 2);
    // Whole when its last line is the label's end and no character is
    // missing: a cut one ends in "…", as a label of its own may.
    let count = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let whole = lines.iter().map(|l| count(l)).sum::<usize>() == count(label);
    if whole && lines.last().is_some_and(|l| !l.is_empty() && label.trim_end().ends_with(l.as_str())) {
        lines
    } else {
        Vec::new()
    }
}

/// The height a picture leaves under it for its reference `lines` (one
/// line's when there are none, so the picture keeps its place).
pub(super) fn caption_room(lines: &[String]) -> f64 {
    lines.len().max(1) as f64 * (LABEL_SIZE + 2.0) + 4.0
}

/// Puts caption `lines` at `x`, the first one's middle at `y`.
#[inline(never)]
pub(super) fn put_lines(marks: &mut Vec<Mark>, lines: Vec<String>, x: f64, y: f64, anchor: Anchor) {
    for (i, text) in lines.into_iter().enumerate() {
        put(
            marks,
            Mark::Text {
                x,
                y: y + i as f64 * (LABEL_SIZE + 2.0),
                text,
                size: LABEL_SIZE,
                anchor,
                paint: Paint::MutedInk,
                bold: false,
            },
        );
    }
}
