//! The marks of one placed milestone: its bar or point, its category's
//! shape, its label and the leader line joining them. The base layer draws
//! every item plainly; the overlay redraws a few with emphasis.

use super::metrics::{GLYPH_R, LABEL_SIZE, LINE_H};
use super::PlacedMilestone;
use crate::layout::glyph::Glyph;
use crate::layout::marks::{Anchor, Mark, Paint};

/// A leader to a label beside its mark is drawn only when the label is
/// further than this from the mark; closer, the label plainly belongs to it.
const BESIDE_LEADER_MIN: f64 = 8.0;

/// The marks of one milestone: a point for a day, a bar for a span, the
/// category's shape (`shape`, see `Glyph::nth`) on it, its label and leader
/// line. `emphasis` draws the focus ring used for hover and selection.
pub fn milestone_marks(item: &PlacedMilestone, paint: Paint, shape: usize, emphasis: bool) -> Vec<Mark> {
    let m = item.mark;
    let mut marks = Vec::new();
    if emphasis {
        marks.push(Mark::Frame { rect: item.hit.inflate(1.0), paint: Paint::Focus, width: 2.0 });
    }
    let (cx, cy) = (m.x + m.w / 2.0, m.y + m.h / 2.0);
    // A span's shape is knocked out of its bar; a day's stands alone, a px
    // larger. A span cut to a sliver by the window (narrower than its
    // knocked-out shape) shows the shape whole so it stays recognisable.
    let knocked_out = item.span && m.w.min(m.h) >= 2.0 * GLYPH_R;
    if item.span {
        marks.push(Mark::Rect { rect: m, paint });
    }
    let glyph = Glyph::nth(shape);
    marks.push(if knocked_out {
        glyph.mark(cx, cy, GLYPH_R - 1.0, Paint::Background)
    } else {
        glyph.mark(cx, cy, GLYPH_R + 1.0, paint)
    });
    if let Some((label, text)) = &item.label {
        let beside =
            label.x > m.right() || label.y + label.h / 2.0 > m.y && label.y < m.bottom() && label.x > m.x;
        if !beside || label.bottom() < m.y {
            let lx = item.leader_x;
            marks.push(Mark::Line {
                from: (lx, label.bottom()),
                to: (lx, m.y),
                paint: Paint::MutedInk,
                width: 1.0,
            });
        } else if label.x > m.right() + BESIDE_LEADER_MIN {
            marks.push(Mark::Line {
                from: (m.right(), cy),
                to: (label.x, label.y + label.h / 2.0),
                paint: Paint::MutedInk,
                width: 1.0,
            });
        }
        // The emphasised label is bold, so wider than the one drawn under it
        // on the base layer: clear that first.
        if emphasis {
            marks.push(Mark::Rect { rect: label.inflate(1.0), paint: Paint::Background });
        }
        let lines: Vec<&str> = text.split('\n').collect();
        let first_y = label.y + label.h / 2.0 - LINE_H * (lines.len() as f64 - 1.0) / 2.0;
        let line = |i: usize, text: &str| Mark::Text {
            x: label.x + 2.0,
            y: first_y + LINE_H * i as f64,
            text: text.to_owned(),
            size: LABEL_SIZE,
            anchor: Anchor::Start,
            paint: Paint::Ink,
            bold: emphasis,
        };
        for (i, text) in lines.iter().enumerate().skip(1) {
            marks.push(line(i, text));
        }
        marks.push(line(0, lines.first().copied().unwrap_or_default()));
    }
    marks
}
