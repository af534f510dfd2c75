//! The milestone timeline's geometry. Each milestone is placed only as
//! precisely as its date is known: days are points, months and quarters are
//! spans, and year-only items sit in a separate band with no position on the
//! month axis. Labels are placed greedily in rows without overlapping each
//! other or the marks, joined to their mark by a leader line, shortened with
//! an ellipsis when space runs out (the tooltip has the full text).

use super::hit_index::HitIndex;
use super::marks::{Anchor, Mark, Paint, Rect};
use super::text::{fit_text, wrap_text, TextMeasure};
use crate::data::date::{day_of_year, days_in_year};
use crate::data::{Dataset, Lang, Precision};

/// Below this width the timeline runs top to bottom.
pub const VERTICAL_BELOW: f64 = 480.0;
const LABEL_SIZE: f64 = 13.0;
const ROW_H: f64 = 20.0;
const LINE_H: f64 = 16.0;
const MAX_LABEL_ROWS: usize = 5;
const MONTH_SIZE: f64 = 12.0;
const MIN_HIT: f64 = 24.0;

/// Month names on the axis.
fn month_label(month: u8, lang: Lang) -> String {
    const EN: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match lang {
        Lang::En => EN[usize::from(month - 1)].to_owned(),
        _ => format!("{month}月"),
    }
}

/// One milestone's place on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMilestone {
    /// Index into `Dataset::milestones`.
    pub index: usize,
    /// The mark's box (a point's dot or a span's bar).
    pub mark: Rect,
    /// The label's box and its (possibly shortened) text, if one fits; a
    /// narrow layout may wrap it, one line per `\n`.
    pub label: Option<(Rect, String)>,
    /// Where pointer and touch reach it: at least 24×24 CSS px.
    pub hit: Rect,
    /// Where the leader line meets the mark (x in the horizontal layout):
    /// spans on different tracks get different points so leaders never merge.
    pub leader_x: f64,
}

/// The whole timeline, ready to draw and to hit-test.
#[derive(Clone, Debug)]
pub struct TimelineLayout {
    /// Width in CSS px.
    pub width: f64,
    /// Height in CSS px.
    pub height: f64,
    /// Axis, ticks, month names, band frame: what never changes on hover.
    pub static_marks: Vec<Mark>,
    /// Every shown milestone, in timeline order.
    pub items: Vec<PlacedMilestone>,
    /// Hit-testing over `items[*].hit`.
    pub index: HitIndex,
}

impl TimelineLayout {
    /// The milestone under a point, as an index into `Dataset::milestones`.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        // A mark under the pointer beats a neighbour's wider hit box, and the
        // smaller mark wins (a day drawn on top of its month's span).
        let candidates = self.index.candidates(x, y);
        let on_mark =
            candidates.iter().copied().filter(|&i| self.items[i].mark.inflate(2.0).contains(x, y)).min_by(
                |&a, &b| {
                    let area = |i: usize| self.items[i].mark.w * self.items[i].mark.h;
                    area(a).total_cmp(&area(b))
                },
            );
        on_mark.or_else(|| self.index.hit(x, y)).map(|i| self.items[i].index)
    }

    /// The placed item of a milestone.
    pub fn item(&self, milestone: usize) -> Option<&PlacedMilestone> {
        self.items.iter().find(|p| p.index == milestone)
    }
}

/// What the layout needs besides the data.
pub struct TimelineInput<'a> {
    /// The data.
    pub dataset: &'a Dataset,
    /// Which milestones to show (the legend filter), in dataset order.
    pub visible: &'a [usize],
    /// Reader's language.
    pub lang: Lang,
    /// Available width in CSS px.
    pub width: f64,
    /// Measures label text.
    pub measure: &'a dyn TextMeasure,
    /// The heading of the year-only band.
    pub year_band_label: &'a str,
}

/// Lays out the timeline for a width.
pub fn layout_timeline(input: &TimelineInput) -> TimelineLayout {
    if input.width < VERTICAL_BELOW {
        vertical(input)
    } else {
        horizontal(input)
    }
}

/// Fraction of the year at the start of a zero-based day.
fn year_fraction(day: u16, year: i32) -> f64 {
    f64::from(day) / f64::from(days_in_year(year))
}

fn category_paint(input: &TimelineInput, m: usize) -> Paint {
    let ds = input.dataset;
    Paint::Category(ds.categories[ds.milestones[m].category].color)
}

/// Whether a box is free of every placed box.
fn free(b: &Rect, placed: &[Rect]) -> bool {
    placed.iter().all(|p| !p.overlaps(b))
}

fn grow_to_min(r: Rect) -> Rect {
    let w = r.w.max(MIN_HIT);
    let h = r.h.max(MIN_HIT);
    Rect::new(r.x - (w - r.w) / 2.0, r.y - (h - r.h) / 2.0, w, h)
}

fn horizontal(input: &TimelineInput) -> TimelineLayout {
    let ds = input.dataset;
    let year = ds.meta.period.year();
    let (left, right) = (16.0, input.width - 16.0);
    let span_w = right - left;
    let x_of = |day: u16| left + span_w * year_fraction(day, year);
    let label_top = 8.0;

    // Marks on tracks: a mark goes on the first track where it overlaps
    // nothing, so two October spans sit one above the other.
    let dated: Vec<usize> = input
        .visible
        .iter()
        .copied()
        .filter(|&m| ds.milestones[m].date.precision() != Precision::Year)
        .collect();
    let undated: Vec<usize> = input
        .visible
        .iter()
        .copied()
        .filter(|&m| ds.milestones[m].date.precision() == Precision::Year)
        .collect();
    let mut track_boxes: Vec<Vec<Rect>> = Vec::new();
    let mut placed_marks: Vec<(usize, usize, Rect)> = Vec::new();
    for &m in &dated {
        let (a, b) = ds.milestones[m].date.day_span();
        let is_point = ds.milestones[m].date.precision() == Precision::Day && a == b;
        let (x0, x1) = if is_point {
            let x = x_of(a) + span_w / f64::from(days_in_year(year)) / 2.0;
            (x - 6.0, x + 6.0)
        } else {
            (x_of(a) + 1.0, x_of(b + 1) - 1.0)
        };
        let probe = Rect::new(x0 - 2.0, 0.0, x1 - x0 + 4.0, 1.0);
        let track = (0..)
            .find(|&t| track_boxes.get(t).is_none_or(|boxes: &Vec<Rect>| free(&probe, boxes)))
            .unwrap_or(0);
        if track_boxes.len() <= track {
            track_boxes.resize(track + 1, Vec::new());
        }
        track_boxes[track].push(probe);
        placed_marks.push((m, track, Rect::new(x0, 0.0, x1 - x0, 12.0)));
    }
    let tracks = track_boxes.len().max(1);

    // Labels, right to left, each in the lowest free row (row 0 is nearest
    // the marks) first starting at its mark, then ending at it, then
    // shortened. Right to left makes a staircase: a label starting at its
    // mark only ever covers leaders of marks to its right, so it climbs a
    // row over each of them, and its own leader crosses nothing below. Rows are counted upwards in a scratch space where row r
    // spans y ∈ [-(r+1)·ROW_H, -r·ROW_H); placed labels and their leader
    // lines are obstacles for the labels after them.
    let mut obstacles: Vec<Rect> = Vec::new();
    let mut labels: Vec<Option<(Rect, String, usize)>> = vec![None; placed_marks.len()];
    let mut by_x: Vec<usize> = (0..placed_marks.len()).collect();
    by_x.sort_by(|&a, &b| placed_marks[b].2.x.total_cmp(&placed_marks[a].2.x));
    let mut rows_used = 0;
    let anchor = |i: usize| {
        let (_, track, r) = placed_marks[i];
        if r.w > 14.0 {
            (r.x + 6.0 + track as f64 * 10.0).min(r.right() - 4.0)
        } else {
            r.x + r.w / 2.0
        }
    };
    let anchors: Vec<f64> = (0..placed_marks.len()).map(anchor).collect();
    let centre = |i: usize| anchors[i];
    for (k, &i) in by_x.iter().enumerate() {
        // Leaders still to come (marks to the left) must stay uncovered:
        // they will cross every row below their own label.
        let pending: Vec<f64> = by_x[k + 1..].iter().map(|&j| centre(j)).collect();
        let m = placed_marks[i].0;
        let title = ds.milestones[m].title.get(input.lang);
        let cx = anchors[i];
        'placed: for (max_w, start_at_mark) in [
            (span_w, true),
            (span_w, false),
            (200.0, true),
            (200.0, false),
            (120.0, true),
            (120.0, false),
            (72.0, true),
            (72.0, false),
        ] {
            let text = fit_text(input.measure, title, LABEL_SIZE, max_w.min(span_w));
            if text.chars().count() < 3 {
                continue;
            }
            let w = input.measure.width(&text, LABEL_SIZE) + 4.0;
            let x = if start_at_mark { cx - 4.0 } else { cx - w + 4.0 };
            let x = x.clamp(left - 12.0, right + 12.0 - w);
            for row in 0..MAX_LABEL_ROWS {
                let b = Rect::new(x, -((row + 1) as f64) * ROW_H, w, ROW_H - 4.0);
                let leader = Rect::new(cx - 0.5, b.bottom(), 1.0, row as f64 * ROW_H + 4.0);
                let covers_pending = pending.iter().any(|&c| c > b.x - 2.0 && c < b.right() + 2.0);
                if !covers_pending && free(&b, &obstacles) && free(&leader, &obstacles) {
                    obstacles.push(b);
                    obstacles.push(leader.inflate(1.5));
                    labels[i] = Some((b, text, row));
                    rows_used = rows_used.max(row + 1);
                    break 'placed;
                }
            }
        }
    }
    let tracks_top = label_top + rows_used as f64 * ROW_H + 8.0;
    let axis_y = tracks_top + tracks as f64 * 16.0 + 4.0;
    for (_, track, rect) in &mut placed_marks {
        rect.y = axis_y - 4.0 - (*track as f64 + 1.0) * 16.0 + 2.0;
    }
    let labels: Vec<Option<(Rect, String)>> = labels
        .into_iter()
        .map(|l| {
            l.map(|(b, text, row)| {
                (Rect::new(b.x, label_top + (rows_used - 1 - row) as f64 * ROW_H, b.w, b.h), text)
            })
        })
        .collect();

    let mut static_marks = Vec::new();
    // Axis and month ticks.
    static_marks.push(Mark::Line {
        from: (left, axis_y),
        to: (right, axis_y),
        paint: Paint::Ink,
        width: 1.0,
    });
    let month_y = axis_y + 6.0 + MONTH_SIZE / 2.0;
    let month_w = span_w / 12.0;
    for month in 1..=12u8 {
        let x = x_of(day_of_year(year, month, 1));
        static_marks.push(Mark::Line {
            from: (x, axis_y),
            to: (x, axis_y + 5.0),
            paint: Paint::Ink,
            width: 1.0,
        });
        let name = month_label(month, input.lang);
        // Narrow charts keep every other month name so names never touch.
        let every = if input.measure.width("12月", MONTH_SIZE) + 6.0 > month_w { 2 } else { 1 };
        if (month - 1) % every == 0 {
            static_marks.push(Mark::Text {
                x: x + month_w / 2.0,
                y: month_y,
                text: name,
                size: MONTH_SIZE,
                anchor: Anchor::Middle,
                paint: Paint::MutedInk,
                bold: false,
            });
        }
    }
    static_marks.push(Mark::Line {
        from: (right, axis_y),
        to: (right, axis_y + 5.0),
        paint: Paint::Ink,
        width: 1.0,
    });

    let mut items = Vec::new();
    for (i, (m, _, mark)) in placed_marks.iter().enumerate() {
        let hit = grow_to_min(*mark);
        items.push(PlacedMilestone {
            index: *m,
            mark: *mark,
            label: labels[i].clone(),
            hit,
            leader_x: anchors[i],
        });
    }

    // The year band: its own labelled box under the axis. Items in it are
    // set in a row by order, not by position: their month is unknown.
    let band_top = month_y + MONTH_SIZE + 10.0;
    let mut height = band_top;
    if !undated.is_empty() {
        let heading_y = band_top + 10.0;
        static_marks.push(Mark::Text {
            x: left,
            y: heading_y,
            text: fit_text(input.measure, input.year_band_label, MONTH_SIZE, input.width - 40.0),
            size: MONTH_SIZE,
            anchor: Anchor::Start,
            paint: Paint::MutedInk,
            bold: true,
        });
        let mut x = left + 4.0;
        let mut y = heading_y + 18.0;
        for &m in &undated {
            let title = ds.milestones[m].title.get(input.lang);
            let text = fit_text(input.measure, title, LABEL_SIZE, span_w - 40.0);
            let w = 16.0 + input.measure.width(&text, LABEL_SIZE) + 20.0;
            if x + w > right && x > left + 4.0 {
                x = left + 4.0;
                y += 26.0;
            }
            let mark = Rect::new(x, y - 6.0, 12.0, 12.0);
            let label = Rect::new(x + 16.0, y - ROW_H / 2.0 + 2.0, w - 36.0, ROW_H - 4.0);
            let hit = grow_to_min(Rect::new(x, y - 12.0, w - 20.0, 24.0));
            items.push(PlacedMilestone {
                index: m,
                mark,
                label: Some((label, text)),
                hit,
                leader_x: mark.x + mark.w / 2.0,
            });
            x += w;
        }
        let band = Rect::new(left - 6.0, band_top - 4.0, span_w + 12.0, y + 18.0 - band_top);
        static_marks.insert(0, Mark::Frame { rect: band, paint: Paint::Track, width: 1.0 });
        height = band.bottom() + 8.0;
    }
    let _ = category_paint;
    finish(input.width, height, static_marks, items)
}

fn vertical(input: &TimelineInput) -> TimelineLayout {
    let ds = input.dataset;
    let year = ds.meta.period.year();
    let axis_x = 52.0;
    let month_h = 56.0;
    let top = 12.0;
    let total_h = month_h * 12.0;
    let y_of = |day: u16| top + total_h * year_fraction(day, year);

    let mut static_marks =
        vec![Mark::Line { from: (axis_x, top), to: (axis_x, top + total_h), paint: Paint::Ink, width: 1.0 }];
    for month in 1..=12u8 {
        let y = y_of(day_of_year(year, month, 1));
        static_marks.push(Mark::Line {
            from: (axis_x - 5.0, y),
            to: (axis_x, y),
            paint: Paint::Ink,
            width: 1.0,
        });
        static_marks.push(Mark::Text {
            x: axis_x - 8.0,
            y: y + month_h / 2.0,
            text: month_label(month, input.lang),
            size: MONTH_SIZE,
            anchor: Anchor::End,
            paint: Paint::MutedInk,
            bold: false,
        });
    }

    // Marks first, on tracks beside the axis; labels start right of the
    // last track so no label covers a mark.
    let mut track_boxes: Vec<Vec<Rect>> = Vec::new();
    let mut marks: Vec<(usize, Rect)> = Vec::new();
    for &m in input.visible {
        let ms = &ds.milestones[m];
        if ms.date.precision() == Precision::Year {
            continue;
        }
        let (a, b) = ms.date.day_span();
        let point = ms.date.precision() == Precision::Day && a == b;
        let (y0, y1) = if point {
            let y = y_of(a) + total_h / f64::from(days_in_year(year)) / 2.0;
            (y - 6.0, y + 6.0)
        } else {
            (y_of(a) + 1.0, y_of(b + 1) - 1.0)
        };
        let probe = Rect::new(0.0, y0 - 2.0, 1.0, y1 - y0 + 4.0);
        let track =
            (0..).find(|&t| track_boxes.get(t).is_none_or(|bx: &Vec<Rect>| free(&probe, bx))).unwrap_or(0);
        if track_boxes.len() <= track {
            track_boxes.resize(track + 1, Vec::new());
        }
        track_boxes[track].push(probe);
        marks.push((m, Rect::new(axis_x + 6.0 + track as f64 * 14.0, y0, 12.0, y1 - y0)));
    }
    let label_x = axis_x + 6.0 + track_boxes.len().max(1) as f64 * 14.0 + 12.0;
    let label_w = (input.width - label_x - 8.0).max(40.0);
    let mut items = Vec::new();
    let mut next_free_y = top;
    for (m, mark) in marks {
        // Labels go down the right side in order, pushed below the previous
        // one when they would touch; the leader line shows where they belong.
        let lines = wrap_text(input.measure, ds.milestones[m].title.get(input.lang), LABEL_SIZE, label_w - 4.0, 2);
        let widest = lines.iter().map(|l| input.measure.width(l, LABEL_SIZE)).fold(0.0, f64::max);
        let text = lines.join("\n");
        let cy = mark.y + mark.h / 2.0;
        let height = LINE_H * lines.len() as f64;
        let ly = (cy - height / 2.0 - 2.0).max(next_free_y);
        let label = Rect::new(label_x, ly, widest + 4.0, height);
        next_free_y = label.bottom() + 4.0;
        let hit = grow_to_min(Rect::new(
            mark.x,
            mark.y.min(label.y),
            label.right() - mark.x,
            (mark.bottom().max(label.bottom())) - mark.y.min(label.y),
        ));
        items.push(PlacedMilestone {
            index: m,
            mark,
            label: Some((label, text)),
            hit,
            leader_x: mark.x + mark.w / 2.0,
        });
    }
    let mut y = (top + total_h).max(next_free_y) + 24.0;
    let undated: Vec<usize> = input
        .visible
        .iter()
        .copied()
        .filter(|&m| ds.milestones[m].date.precision() == Precision::Year)
        .collect();
    if !undated.is_empty() {
        let band_top = y;
        static_marks.push(Mark::Text {
            x: 12.0,
            y: y + 8.0,
            text: fit_text(input.measure, input.year_band_label, MONTH_SIZE, input.width - 40.0),
            size: MONTH_SIZE,
            anchor: Anchor::Start,
            paint: Paint::MutedInk,
            bold: true,
        });
        y += 30.0;
        for &m in &undated {
            let text = fit_text(
                input.measure,
                ds.milestones[m].title.get(input.lang),
                LABEL_SIZE,
                input.width - 48.0,
            );
            let mark = Rect::new(16.0, y - 6.0, 12.0, 12.0);
            let label = Rect::new(
                34.0,
                y - ROW_H / 2.0 + 2.0,
                input.measure.width(&text, LABEL_SIZE) + 4.0,
                ROW_H - 4.0,
            );
            let hit = grow_to_min(Rect::new(12.0, y - 12.0, label.right() - 12.0, 24.0));
            items.push(PlacedMilestone {
                index: m,
                mark,
                label: Some((label, text)),
                hit,
                leader_x: mark.x + mark.w / 2.0,
            });
            y += 26.0;
        }
        static_marks.insert(
            0,
            Mark::Frame {
                rect: Rect::new(6.0, band_top - 6.0, input.width - 12.0, y - band_top),
                paint: Paint::Track,
                width: 1.0,
            },
        );
        y += 8.0;
    }
    finish(input.width, y, static_marks, items)
}

fn finish(width: f64, height: f64, static_marks: Vec<Mark>, items: Vec<PlacedMilestone>) -> TimelineLayout {
    let index = HitIndex::new(items.iter().map(|p| p.hit).collect(), width, height);
    TimelineLayout { width, height, static_marks, items, index }
}

/// The marks of one milestone: a dot for a day, a bar for a month or
/// quarter, the category's shape inside it, its label and leader line.
/// `emphasis` draws the focus ring used for hover and selection.
pub fn milestone_marks(
    layout_item: &PlacedMilestone,
    paint: Paint,
    shape: usize,
    emphasis: bool,
) -> Vec<Mark> {
    let m = layout_item.mark;
    let mut marks = Vec::new();
    if emphasis {
        marks.push(Mark::Frame { rect: layout_item.hit.inflate(1.0), paint: Paint::Focus, width: 2.0 });
    }
    let (cx, cy) = (m.x + m.w / 2.0, m.y + m.h / 2.0);
    let is_span = m.w > 14.0 || m.h > 14.0;
    if is_span {
        marks.push(Mark::Rect { rect: m, paint });
    }
    // The category's shape, knocked out of a span or alone for a day.
    let r = 5.0;
    let (inner, inner_paint) = if is_span { (r - 1.0, Paint::Background) } else { (r + 1.0, paint) };
    marks.push(match shape % 4 {
        0 => Mark::Dot { cx, cy, r: inner, paint: inner_paint },
        1 => Mark::Rect {
            rect: Rect::new(cx - inner * 0.85, cy - inner * 0.85, inner * 1.7, inner * 1.7),
            paint: inner_paint,
        },
        2 => Mark::Polygon {
            points: vec![(cx, cy - inner), (cx + inner, cy), (cx, cy + inner), (cx - inner, cy)],
            paint: inner_paint,
        },
        _ => Mark::Polygon {
            points: vec![(cx, cy - inner), (cx + inner, cy + inner * 0.8), (cx - inner, cy + inner * 0.8)],
            paint: inner_paint,
        },
    });
    if let Some((label, text)) = &layout_item.label {
        let beside =
            label.x > m.right() || label.y + label.h / 2.0 > m.y && label.y < m.bottom() && label.x > m.x;
        if !beside || label.bottom() < m.y {
            let lx = layout_item.leader_x;
            marks.push(Mark::Line {
                from: (lx, label.bottom()),
                to: (lx, m.y),
                paint: Paint::MutedInk,
                width: 1.0,
            });
        } else if label.x > m.right() + 8.0 {
            marks.push(Mark::Line {
                from: (m.right(), cy),
                to: (label.x, label.y + label.h / 2.0),
                paint: Paint::MutedInk,
                width: 1.0,
            });
        }
        let lines: Vec<&str> = text.split('\n').collect();
        let first_y = label.y + label.h / 2.0 - LINE_H * (lines.len() as f64 - 1.0) / 2.0;
        for (i, line) in lines.iter().enumerate().skip(1) {
            marks.push(Mark::Text {
                x: label.x + 2.0,
                y: first_y + LINE_H * i as f64,
                text: (*line).to_owned(),
                size: LABEL_SIZE,
                anchor: Anchor::Start,
                paint: Paint::Ink,
                bold: emphasis,
            });
        }
        marks.push(Mark::Text {
            x: label.x + 2.0,
            y: first_y,
            text: lines.first().copied().unwrap_or_default().to_owned(),
            size: LABEL_SIZE,
            anchor: Anchor::Start,
            paint: Paint::Ink,
            bold: emphasis,
        });
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset::default_dataset_or_none;
    use crate::data::{validate::validate_value, Dataset};
    use crate::layout::text::ApproxMeasure;

    fn layout(ds: &Dataset, width: f64, lang: Lang) -> TimelineLayout {
        let visible: Vec<usize> = (0..ds.milestones.len()).collect();
        layout_timeline(&TimelineInput {
            dataset: ds,
            visible: &visible,
            lang,
            width,
            measure: &ApproxMeasure,
            year_band_label: "Year only",
        })
    }

    fn assert_no_label_overlaps(t: &TimelineLayout) {
        let labels: Vec<Rect> = t.items.iter().filter_map(|p| p.label.as_ref().map(|l| l.0)).collect();
        let marks: Vec<Rect> = t.items.iter().map(|p| p.mark).collect();
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                assert!(!a.overlaps(b), "labels overlap: {a:?} {b:?}");
            }
            for m in &marks {
                assert!(!a.overlaps(m), "label {a:?} covers mark {m:?}");
            }
        }
    }

    #[test]
    fn default_dataset_labels_never_overlap_at_phone_tablet_and_desktop_widths() {
        let ds = default_dataset_or_none().expect("dataset");
        for width in [320.0, 768.0, 1280.0] {
            for lang in Lang::ALL {
                let t = layout(&ds, width, lang);
                assert_eq!(t.items.len(), ds.milestones.len(), "every milestone is placed at {width}");
                assert_no_label_overlaps(&t);
                assert!(t.items.iter().all(|p| p.hit.w >= 24.0 && p.hit.h >= 24.0));
            }
        }
    }

    #[test]
    fn every_default_milestone_keeps_a_label_on_tablets_and_desktops() {
        let ds = default_dataset_or_none().expect("dataset");
        for width in [320.0, 768.0, 1280.0] {
            for lang in Lang::ALL {
                let t = layout(&ds, width, lang);
                let unlabelled: Vec<&str> = t
                    .items
                    .iter()
                    .filter(|p| p.label.is_none())
                    .map(|p| ds.milestones[p.index].id.as_str())
                    .collect();
                assert!(unlabelled.is_empty(), "{width} {lang}: {unlabelled:?}");
            }
        }
    }

    #[test]
    fn placement_follows_the_precision_of_each_date() {
        let ds = default_dataset_or_none().expect("dataset");
        let t = layout(&ds, 1280.0, Lang::En);
        let find = |id: &str| {
            let m = ds.milestones.iter().position(|m| m.id == id).expect(id);
            t.item(m).expect("placed").clone()
        };
        // A day is a 12 px point centred on its day.
        let tieren = find("tieren-promotion");
        let day_w = (1280.0 - 32.0) / 365.0;
        let x_day = 16.0 + day_w * (f64::from(day_of_year(2025, 10, 26)) + 0.5);
        assert!((tieren.mark.x + 6.0 - x_day).abs() < 1e-6);
        assert_eq!(tieren.mark.w, 12.0);
        // A month spans its month, 31 days of October.
        let plan = find("life-city-plan");
        assert!((plan.mark.w + 2.0 - 31.0 * day_w).abs() < 1e-6);
        // Year-only items sit below the month axis, not on it.
        let axis_bottom = t
            .items
            .iter()
            .filter(|p| ds.milestones[p.index].date.precision() != Precision::Year)
            .map(|p| p.mark.bottom())
            .fold(0.0, f64::max);
        let streak = find("gdp-streak");
        assert!(streak.mark.y > axis_bottom + 20.0, "year band lies under the axis");
    }

    #[test]
    fn hit_testing_returns_the_milestone_under_the_pointer() {
        let ds = default_dataset_or_none().expect("dataset");
        for width in [320.0, 1280.0] {
            let t = layout(&ds, width, Lang::ZhHant);
            for p in &t.items {
                let (x, y) = (p.mark.x + p.mark.w / 2.0, p.mark.y + p.mark.h / 2.0);
                assert_eq!(t.hit(x, y), Some(p.index), "{} at {width}", ds.milestones[p.index].id);
            }
            assert_eq!(t.hit(-5.0, -5.0), None);
        }
    }

    fn synthetic(n: usize) -> Dataset {
        let months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
        let milestones: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                let date = match i % 3 {
                    0 => format!("2025-{}-{:02}", months[i % 12], 1 + i % 28),
                    1 => format!("2025-{}", months[(i / 3) % 12]),
                    _ => format!("2025-{}-15", months[(i * 7) % 12]),
                };
                serde_json::json!({
                    "id": format!("e{i}"), "date": date, "category": "c", "importance": 1 + i % 3,
                    "title": {"zh-Hant": format!("事件{i}"), "zh-Hans": format!("事件{i}"), "en": format!("Event number {i}")},
                    "description": {"zh-Hant": "x", "zh-Hans": "x", "en": "x"},
                    "source": [{"kind": "article", "note": {"zh-Hant": "x", "zh-Hans": "x", "en": "x"}}]
                })
            })
            .collect();
        let json = serde_json::json!({
            "meta": {"title": {"zh-Hant": "t", "zh-Hans": "t", "en": "t"}, "source": {"author": {"zh-Hant": "a", "zh-Hans": "a", "en": "a"}}, "period": "2025"},
            "categories": [{"id": "c", "name": {"zh-Hant": "c", "zh-Hans": "c", "en": "c"}, "color": "blue"}],
            "indicators": [],
            "milestones": milestones
        });
        validate_value(&json).dataset.expect("synthetic dataset is valid")
    }

    #[test]
    fn a_thousand_events_keep_labels_apart_and_stay_hittable() {
        let ds = synthetic(1000);
        for width in [768.0, 1280.0] {
            let t = layout(&ds, width, Lang::En);
            assert_eq!(t.items.len(), 1000);
            assert_no_label_overlaps(&t);
            let sample = &t.items[500];
            let hit = t.hit(sample.mark.x + sample.mark.w / 2.0, sample.mark.y + sample.mark.h / 2.0);
            assert!(hit.is_some());
        }
    }
}
