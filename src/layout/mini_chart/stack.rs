//! Parts of a sum on one bar, each captioned with its amount and label.

use super::*;
use crate::data::format::part_value;
use crate::data::validate::limits;
use crate::data::{Indicator, Lang, Qualifier};
use crate::layout::marks::{Anchor, Mark, Paint, Rect};
use crate::layout::text::{clip_chars, wrap_text, TextMeasure, MAX_LABEL_CHARS};

/// The gap between the parts of a stacked bar, in CSS px.
pub(super) const PART_GAP: f64 = 2.0;
/// The least room between two parts' captions on one row, in CSS px.
pub(super) const CAPTION_GAP: f64 = 8.0;

/// Where a stacked bar's part captions (amount over label) go: on the first
/// row under the bar while they do not collide, otherwise on the next row.
/// The first caption starts at the bar's left end, every later one ends at
/// its part's right end. Returns each caption's row and the number of rows.
pub(super) fn caption_rows(rights: &[f64], widths: &[f64], x0: f64) -> (Vec<usize>, usize) {
    let mut row_ends: Vec<f64> = Vec::new(); // the right end of each row's last caption
    let mut rows = Vec::with_capacity(widths.len());
    for (i, (&right, &width)) in rights.iter().zip(widths).enumerate() {
        // A part without a caption takes no room on any row.
        if width <= 0.0 {
            rows.push(0);
            continue;
        }
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

pub(super) fn stack(
    ind: &Indicator,
    data: Paint,
    w: f64,
    h: f64,
    lang: Lang,
    measure: &dyn TextMeasure,
) -> Vec<Mark> {
    let parts = &ind.parts[..ind.parts.len().min(limits::MAX_SMALL_LIST)];
    let total: f64 = parts.iter().map(|p| p.value).sum::<f64>().max(1e-9);
    let (x0, len) = (4.0, w - 8.0);
    // One pass over the parts: each one's caption (the part's own qualifier
    // goes with its amount: a ceiling reads "up to"), its caption's width and
    // its right end on the bar.
    let mut captions: Vec<[(String, bool); 2]> = Vec::with_capacity(parts.len());
    let mut widths = Vec::with_capacity(parts.len());
    let mut rights = Vec::with_capacity(parts.len());
    let mut right = x0;
    for (i, p) in parts.iter().enumerate() {
        let (value, label) = (part_value(ind, p, lang), p.label.get(lang).to_owned());
        right += len * p.value / total;
        rights.push(right);
        // The first caption runs right from the bar's start, every later
        // one left from its part's end.
        let room = if i == 0 { w - x0 } else { right };
        // Measured as cut for drawing, so a long label costs no more.
        let (value_cut, _) = clip_chars(&value, MAX_LABEL_CHARS);
        let (label_cut, _) = clip_chars(&label, MAX_LABEL_CHARS);
        let value_w = measure.width(value_cut, LABEL_SIZE) * BOLD_WIDTH;
        if value_w <= room {
            widths.push(value_w.max(measure.width(label_cut, LABEL_SIZE)));
            captions.push([(value, true), (label, false)]);
            continue;
        }
        // An amount is never cut short ("up to US$4.8…" on a phone's card
        // reads as another number): too wide for one line, it is broken at
        // a space over both of its caption's lines and the label goes;
        // where no space will do (two lines too few, or Chinese, whose
        // amounts have none and must not be split inside a word), the part
        // has no caption. The tooltip and the text table give both in full.
        let mut lines = wrap_text(measure, &value, LABEL_SIZE, room / BOLD_WIDTH, 2).into_iter();
        let (first, second) = (lines.next().unwrap_or_default(), lines.next().unwrap_or_default());
        let at_a_space = value.strip_prefix(first.as_str()).and_then(|rest| rest.strip_prefix(' '));
        if first.is_empty() || second.is_empty() || at_a_space != Some(second.as_str()) {
            widths.push(0.0);
            captions.push([(String::new(), true), (String::new(), true)]);
        } else {
            widths
                .push(measure.width(&first, LABEL_SIZE).max(measure.width(&second, LABEL_SIZE)) * BOLD_WIDTH);
            captions.push([(first, true), (second, true)]);
        }
    }
    let (rows, row_count) = caption_rows(&rights, &widths, x0);
    // A caption row is an amount line and a label line. Rows the chart has
    // no height for (many parts on a narrow card) are left out, rather than
    // drawn past its edge where the canvas cuts them off.
    let row_h = 2.0 * LABEL_SIZE + 6.0;
    let shown_rows = row_count.min(((h - 12.0) / row_h).max(0.0) as usize);
    let captions_h = shown_rows as f64 * row_h;
    let bar_h = (h * 0.32).clamp(12.0, 28.0).min((h - captions_h - 4.0).max(8.0));
    let y = ((h - bar_h - captions_h - 4.0) / 2.0).max(0.0);
    let mut marks = Vec::new();
    let mut x = x0;
    for (i, (part, lines)) in parts.iter().zip(captions).enumerate() {
        let pw = len * part.value / total;
        // Parts side by side keep a hairline gap, so two sure parts do not
        // merge into one bar.
        let gap = if i + 1 < parts.len() { PART_GAP } else { 0.0 };
        let rect = Rect::new(x, y, (pw - gap).max(1.0), bar_h);
        // A sure part is solid; a bound ("up to", "about") is outlined,
        // because a milestone payment is a ceiling, not money in hand.
        if part.qualifier == Qualifier::Exact {
            put(&mut marks, Mark::Rect { rect, paint: data });
        } else {
            put(&mut marks, Mark::Frame { rect: rect.inflate(-1.0), paint: data, width: 2.0 });
        }
        let (tx, anchor) = if i == 0 { (x, Anchor::Start) } else { (x + pw, Anchor::End) };
        let top = y + bar_h + rows[i] as f64 * row_h;
        // The caption's two lines: the amount and the label, or the amount
        // broken over both.
        for (line, (text, bold)) in lines.into_iter().enumerate() {
            if text.is_empty() || rows[i] >= shown_rows {
                continue;
            }
            put(
                &mut marks,
                Mark::Text {
                    x: tx,
                    y: top + 4.0 + LABEL_SIZE / 2.0 + line as f64 * (LABEL_SIZE + 2.0),
                    text,
                    size: LABEL_SIZE,
                    anchor,
                    paint: if bold { Paint::Ink } else { Paint::MutedInk },
                    bold,
                },
            );
        }
        x += pw;
    }
    marks
}
