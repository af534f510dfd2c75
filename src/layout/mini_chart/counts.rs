//! Counts drawn as things to count: a row of periods (streak), icons in
//! named groups (units), a batch of permits.

use super::*;
use crate::data::format::plain_number;
use crate::data::validate::limits;
use crate::data::{Indicator, Lang};
use crate::layout::glyph::Glyph;
use crate::layout::marks::{Anchor, Mark, Paint, Rect};
use crate::layout::text::{fit_text, is_wide, TextMeasure};

pub(super) fn streak(n: usize, data: Paint, w: f64, h: f64) -> Vec<Mark> {
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
        put(&mut marks, Mark::Rect { rect: Rect::new(x, y, cell, cell), paint: data });
    }
    // An arrow under the row says "in a row, in time order".
    let ay = y + cell + 8.0;
    if ay + 4.0 <= h {
        put(
            &mut marks,
            Mark::Line { from: (x0, ay), to: (x0 + total, ay), paint: Paint::MutedInk, width: 1.0 },
        );
        put(
            &mut marks,
            Mark::Polygon {
                points: vec![(x0 + total, ay), (x0 + total - 6.0, ay - 3.5), (x0 + total - 6.0, ay + 3.5)],
                paint: Paint::MutedInk,
            },
        );
    }
    marks
}

pub(super) fn units(
    ind: &Indicator,
    data: Paint,
    w: f64,
    h: f64,
    lang: Lang,
    measure: &dyn TextMeasure,
) -> Vec<Mark> {
    let parts = &ind.parts[..ind.parts.len().min(limits::MAX_SMALL_LIST)];
    let groups = parts.len().max(1);
    let mut marks = Vec::new();
    let group_w = w / groups as f64;
    let icons_h = h - LABEL_SIZE - 6.0;
    let (mut labels, mut named) = (Vec::with_capacity(parts.len()), true);
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
            put(&mut marks, Glyph::nth(g).mark(cx, cy, size / 2.0, data));
        }
        // One-of-each parts (four pillars) are named, not counted.
        let count = if parts.iter().all(|p| p.value == 1.0) {
            String::new()
        } else {
            format!("{} ", plain_number(part.value))
        };
        let label = fit_text(measure, &(count.clone() + part.label.get(lang)), LABEL_SIZE, group_w - 4.0);
        named &= names_something(label.strip_prefix(count.as_str()).unwrap_or(""));
        labels.push(label);
    }
    // A name cut to a letter or two says nothing ("a…" beside "pl…" on a
    // phone's card, "6 u…"): then no group is named rather than some, since
    // a row that names a few reads as if the rest had no name. The shapes
    // still tell the groups apart; the tooltip and the text table name them.
    if named {
        for (g, label) in labels.into_iter().enumerate() {
            put(
                &mut marks,
                Mark::Text {
                    x: g as f64 * group_w + group_w / 2.0,
                    y: h - LABEL_SIZE / 2.0 - 1.0,
                    text: label,
                    size: LABEL_SIZE,
                    anchor: Anchor::Middle,
                    paint: Paint::MutedInk,
                    bold: false,
                },
            );
        }
    }
    marks
}

/// Whether what is left of a fitted name still says something: all of
/// it, or at least three letters' width of it before the ellipsis (a
/// Chinese character counts as two, and two of them make a word).
pub(super) fn names_something(name: &str) -> bool {
    match name.strip_suffix('…') {
        Some(kept) => kept.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum::<usize>() >= 3,
        None => !name.is_empty(),
    }
}

pub(super) fn batch(ind: &Indicator, data: Paint, w: f64, h: f64) -> Vec<Mark> {
    let n = (reference_value(ind) as usize).min(limits::MAX_BATCH);
    cells(n, ind.value as usize, data, w, h, 2.0)
}
