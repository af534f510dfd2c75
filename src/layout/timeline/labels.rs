//! Milestone labels. Text always runs left to right, so the two
//! orientations place it differently: above a horizontal axis labels climb
//! a staircase of rows; beside a vertical axis they go down a column. Both
//! attempt only the most important labels, so the cost is bounded.

use super::metrics::{LABEL_BOX_H, LABEL_SIZE, LINE_H, MAX_LABELS, MAX_LABEL_ROWS, ROW_H};
use super::tracks::OnTrack;
use crate::data::order::sort_indices;
use crate::data::{Dataset, Lang};
use crate::layout::marks::Rect;
use crate::layout::text::{fit_text, wrap_text, TextMeasure};

/// The room a label box leaves around its text (2 px each side).
pub const LABEL_PAD: f64 = 4.0;
/// How far a label starting at its mark begins before the leader point,
/// and one ending at it ends after.
const LABEL_OVERHANG: f64 = 4.0;
/// How far a label may stick out past the axis's ends.
const LABEL_OUTSIDE: f64 = 12.0;
/// The widths a horizontal label is tried at, widest first: the whole axis,
/// then shorter and shorter cuts of its title.
const TRY_WIDTHS: [f64; 3] = [200.0, 120.0, 72.0];
/// Shortest text worth showing as a label (the tooltip has the rest).
const MIN_LABEL_CHARS: usize = 3;
/// Clearance kept around leaders and labels still to be placed.
const LEADER_CLEAR: f64 = 1.5;
/// A vertical label pushed further than this below its mark's middle would
/// point at the wrong month, so it is left to the tooltip.
const MAX_PUSH: f64 = 40.0;
/// Lines a label may wrap to beside a vertical axis.
const COLUMN_LINES: usize = 2;
/// Gap between a label and the next one down the column.
const COLUMN_GAP: f64 = 4.0;

/// The labels worth attempting, as indices into `placed`: the most
/// important first, at most `MAX_LABELS` of them.
pub fn label_candidates(ds: &Dataset, placed: &[OnTrack]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..placed.len()).collect();
    let importance = |i: usize| ds.milestones[placed[i].milestone].importance;
    sort_indices(&mut order, &|a, b| importance(b).cmp(&importance(a)));
    order.truncate(MAX_LABELS);
    order
}

/// Whether a box is free of every placed box.
fn free(b: &Rect, placed: &[Rect]) -> bool {
    placed.iter().all(|p| !p.overlaps(b))
}

/// Labels above a horizontal axis, as `(box, text)` per placed milestone
/// (boxes at their final y, rows counted down from `top`), and the number
/// of rows used.
///
/// Labels go right to left, each in the lowest free row (row 0 is nearest
/// the marks) first starting at its mark, then ending at it, then
/// shortened. Right to left makes a staircase: a label starting at its mark
/// only ever covers leaders of marks to its right, so it climbs a row over
/// each of them, and its own leader crosses nothing below. Rows are counted
/// upwards in a scratch space where row r spans y ∈ [-(r+1)·ROW_H, -r·ROW_H);
/// placed labels and their leader lines are obstacles for the labels after them.
pub fn staircase(
    ds: &Dataset,
    placed: &[OnTrack],
    leaders: &[f64],
    lang: Lang,
    measure: &dyn TextMeasure,
    (left, right): (f64, f64),
    top: f64,
) -> (Vec<Option<(Rect, String)>>, usize) {
    let span_w = right - left;
    let mut candidates = label_candidates(ds, placed);
    sort_indices(&mut candidates, &|a, b| leaders[b].total_cmp(&leaders[a]));
    let mut obstacles: Vec<Rect> = Vec::new();
    let mut labels: Vec<Option<(Rect, String, usize)>> = vec![None; placed.len()];
    let mut rows_used = 0;
    for (k, &i) in candidates.iter().enumerate() {
        // Leaders still to come (marks to the left) must stay uncovered:
        // they will cross every row below their own label.
        let mut pending = Vec::with_capacity(candidates.len() - k);
        for &j in &candidates[k + 1..] {
            pending.push(leaders[j]);
        }
        let title = ds.milestones[placed[i].milestone].title.get(lang);
        let cx = leaders[i];
        // The whole axis, then each of `TRY_WIDTHS`, each first starting at
        // the mark, then ending at it (a counted loop: iterator adapters
        // cost more code than this).
        'placed: for t in 0..2 * (TRY_WIDTHS.len() + 1) {
            let max_w = if t < 2 { span_w } else { TRY_WIDTHS[t / 2 - 1] };
            let start_at_mark = t % 2 == 0;
            let text = fit_text(measure, title, LABEL_SIZE, max_w.min(span_w));
            if text.chars().count() < MIN_LABEL_CHARS {
                continue;
            }
            let w = measure.width(&text, LABEL_SIZE) + LABEL_PAD;
            let x = if start_at_mark { cx - LABEL_OVERHANG } else { cx - w + LABEL_OVERHANG };
            let x = x.clamp(left - LABEL_OUTSIDE, right + LABEL_OUTSIDE - w);
            for row in 0..MAX_LABEL_ROWS {
                let b = Rect::new(x, -((row + 1) as f64) * ROW_H, w, LABEL_BOX_H);
                let leader = Rect::new(cx - 0.5, b.bottom(), 1.0, row as f64 * ROW_H + 4.0);
                let covers_pending = pending.iter().any(|&c| c > b.x - 2.0 && c < b.right() + 2.0);
                if !covers_pending && free(&b, &obstacles) && free(&leader, &obstacles) {
                    obstacles.push(b);
                    obstacles.push(leader.inflate(LEADER_CLEAR));
                    labels[i] = Some((b, text, row));
                    rows_used = rows_used.max(row + 1);
                    break 'placed;
                }
            }
        }
    }
    let mut at_top = Vec::with_capacity(labels.len());
    for label in labels {
        at_top.push(label.map(|(b, text, row)| {
            (Rect::new(b.x, top + (rows_used - 1 - row) as f64 * ROW_H, b.w, b.h), text)
        }));
    }
    (at_top, rows_used)
}

/// Labels in a column right of a vertical axis's tracks, starting at `x`
/// and at most `room` wide, as `(box, text)` per mark in `marks` (one per
/// placed milestone), and where the column ends.
///
/// Labels go down in date order, each centred on its mark or pushed below
/// the previous one; the leader line shows where they belong.
pub fn column(
    ds: &Dataset,
    placed: &[OnTrack],
    marks: &[Rect],
    lang: Lang,
    measure: &dyn TextMeasure,
    (x, room): (f64, f64),
    top: f64,
) -> (Vec<Option<(Rect, String)>>, f64) {
    let candidates = label_candidates(ds, placed);
    let mut next_free_y = top;
    let mut labels = Vec::with_capacity(placed.len());
    for (i, (p, mark)) in placed.iter().zip(marks).enumerate() {
        if !candidates.contains(&i) {
            labels.push(None);
            continue;
        }
        let title = ds.milestones[p.milestone].title.get(lang);
        let lines = wrap_text(measure, title, LABEL_SIZE, room - LABEL_PAD, COLUMN_LINES);
        let mut widest: f64 = 0.0;
        for line in &lines {
            widest = widest.max(measure.width(line, LABEL_SIZE));
        }
        let height = LINE_H * lines.len() as f64;
        let middle = mark.y + mark.h / 2.0;
        let y = (middle - height / 2.0 - 2.0).max(next_free_y);
        if y <= middle + MAX_PUSH {
            let rect = Rect::new(x, y, widest + LABEL_PAD, height);
            next_free_y = rect.bottom() + COLUMN_GAP;
            labels.push(Some((rect, lines_of(&lines))));
        } else {
            labels.push(None);
        }
    }
    (labels, next_free_y)
}

/// The lines as one text, one per line (as `join("\n")` would, without
/// linking the generic join for it).
fn lines_of(lines: &[String]) -> String {
    let mut text = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(line);
    }
    text
}
