//! The milestone timeline's geometry. Each milestone is placed only as
//! precisely as its date is known: days are points, months and quarters are
//! spans, and year-only items sit in a separate band with no position on the
//! month axis. Labels are placed without overlapping each other or the
//! marks, joined to their mark by a leader line, shortened or wrapped when
//! space runs out (the tooltip has the full text).
//!
//! Dense data stays legible: a zoom window shows part of the year, marks sit
//! on a bounded number of tracks, and what does not fit is gathered into
//! clusters ("+12") that zoom in when chosen. Only the most important labels
//! are attempted, so layout cost stays proportional to what can be read.

use super::hit_index::HitIndex;
use super::marks::{Anchor, Mark, Paint, Rect};
use super::text::{fit_text, wrap_measurements, wrap_text, TextMeasure, FIT_MEASUREMENTS};
use crate::data::date::{day_of_year, days_in_year};
use crate::data::{Dataset, Lang, Precision};
use std::collections::HashMap;

/// Below this width the timeline runs top to bottom.
pub const VERTICAL_BELOW: f64 = 480.0;
const LABEL_SIZE: f64 = 13.0;
const ROW_H: f64 = 20.0;
const LINE_H: f64 = 16.0;
const MAX_LABEL_ROWS: usize = 7;
const MONTH_SIZE: f64 = 12.0;
const MIN_HIT: f64 = 24.0;
/// Tracks of marks before the rest is clustered.
const MAX_TRACKS: usize = 6;
/// Labels attempted at most; the rest are read in tooltips and the table.
const MAX_LABELS: usize = 60;
/// Year-only items listed in the band before "+N".
const MAX_BAND_ITEMS: usize = 40;
/// Width of the buckets overflowing marks are clustered into.
const CLUSTER_BUCKET: f64 = 34.0;
/// The narrowest window, as a fraction of the year (about five days).
pub const MIN_WINDOW: f64 = 0.015;
/// Height of the vertical layout's axis.
const VERTICAL_AXIS: f64 = 56.0 * 12.0;

/// Most text measurements one layout makes, however many milestones and
/// however long their titles: each attempted label is fitted at most eight
/// times (then measured once), each year-band item once, plus the band's
/// heading and the month names. Label fitting halves its way to the fit
/// and cuts titles to `MAX_LABEL_CHARS` first, so no count here grows with
/// the length of a title.
pub const MAX_MEASUREMENTS: usize = MAX_LABELS * 8 * (FIT_MEASUREMENTS + 1)
    + MAX_LABELS * (wrap_measurements(2) + 2)
    + MAX_BAND_ITEMS * (FIT_MEASUREMENTS + 1)
    + FIT_MEASUREMENTS
    + 16;

/// Most marks one layout of `width` px makes (drawn with emphasis, the
/// most per milestone). Milestones not on the year band sit on at most
/// `MAX_TRACKS` tracks, each at least two days and 2 px apart, so what is
/// drawn grows with the axis's length in px, never with the number of
/// milestones: the rest are gathered into clusters, one per 34 px.
pub fn max_marks(width: f64) -> usize {
    let axis = if width < VERTICAL_BELOW { VERTICAL_AXIS } else { (width - 32.0).max(0.0) };
    let per_track = axis / 2.4 + 1.0;
    let items = MAX_BAND_ITEMS as f64 + MAX_TRACKS as f64 * per_track;
    let clusters = axis / CLUSTER_BUCKET + 2.0;
    (7.0 * items + 2.0 * clusters + 64.0).ceil() as usize
}

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

/// Milestones that did not fit on the tracks, gathered under one mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// The cluster's bubble.
    pub rect: Rect,
    /// Its milestones, indices into `Dataset::milestones`, in date order.
    pub members: Vec<usize>,
    /// The part of the year its members cover, as fractions (to zoom to).
    pub span: (f64, f64),
}

/// What is under the pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// A milestone, index into `Dataset::milestones`.
    Milestone(usize),
    /// A cluster, index into `TimelineLayout::clusters`.
    Cluster(usize),
}

/// The whole timeline, ready to draw and to hit-test.
#[derive(Clone, Debug, Default)]
pub struct TimelineLayout {
    /// Width in CSS px.
    pub width: f64,
    /// Height in CSS px.
    pub height: f64,
    /// Axis, ticks, month names, band frame, clusters: what hover never changes.
    pub static_marks: Vec<Mark>,
    /// Every milestone shown on its own, in timeline order.
    pub items: Vec<PlacedMilestone>,
    /// Milestones gathered because they did not fit.
    pub clusters: Vec<Cluster>,
    /// The part of the year shown, as fractions.
    pub window: (f64, f64),
    /// Hit-testing over items' hit boxes, then clusters'.
    pub index: HitIndex,
    /// Where each shown milestone is: looked up on every hover and key
    /// press, so it is a map rather than a scan of thousands of items.
    places: HashMap<usize, Place>,
    /// Every shown milestone in keyboard order, computed once per layout.
    order: Vec<usize>,
}

/// Where a milestone is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// On its own: index into `TimelineLayout::items`.
    Item(usize),
    /// Inside a cluster: index into `TimelineLayout::clusters`.
    Cluster(usize),
}

impl TimelineLayout {
    /// What is under a point: a milestone's own mark wins over a
    /// neighbour's wider hit box, and the smaller mark wins (a day drawn on
    /// its month's span).
    pub fn hit_any(&self, x: f64, y: f64) -> Option<Hit> {
        let n = self.items.len();
        let candidates = self.index.candidates(x, y);
        let on_mark = candidates
            .iter()
            .copied()
            .filter(|&i| i < n && self.items[i].mark.inflate(2.0).contains(x, y))
            .min_by(|&a, &b| {
                let area = |i: usize| self.items[i].mark.w * self.items[i].mark.h;
                area(a).total_cmp(&area(b))
            });
        on_mark.or_else(|| self.index.hit(x, y)).map(|i| {
            if i < n {
                Hit::Milestone(self.items[i].index)
            } else {
                Hit::Cluster(i - n)
            }
        })
    }

    /// The milestone under a point, if one is drawn on its own there.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        match self.hit_any(x, y) {
            Some(Hit::Milestone(m)) => Some(m),
            _ => None,
        }
    }

    /// Where a milestone is drawn, if it is shown.
    pub fn place_of(&self, milestone: usize) -> Option<Place> {
        self.places.get(&milestone).copied()
    }

    /// The placed item of a milestone.
    pub fn item(&self, milestone: usize) -> Option<&PlacedMilestone> {
        match self.place_of(milestone)? {
            Place::Item(i) => self.items.get(i),
            Place::Cluster(_) => None,
        }
    }

    /// Where a milestone is drawn: its own mark, or its cluster's bubble.
    pub fn anchor_of(&self, milestone: usize) -> Option<Rect> {
        match self.place_of(milestone)? {
            Place::Item(i) => self.items.get(i).map(|p| p.mark),
            Place::Cluster(c) => self.clusters.get(c).map(|c| c.rect),
        }
    }

    /// Every milestone reachable by keyboard, in reading order: items and
    /// cluster members by date, then the year band.
    pub fn reading_order(&self) -> &[usize] {
        &self.order
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
    /// The part of the year to show, as fractions from 0 to 1.
    pub window: (f64, f64),
}

/// Keeps a zoom window inside the year and no narrower than `MIN_WINDOW`.
pub fn clamp_window(w: (f64, f64)) -> (f64, f64) {
    let width = (w.1 - w.0).clamp(MIN_WINDOW, 1.0);
    let start = w.0.clamp(0.0, 1.0 - width);
    (start, start + width)
}

/// Zooms a window by `factor` (< 1 zooms in) around the fraction `at`.
pub fn zoom_window(w: (f64, f64), factor: f64, at: f64) -> (f64, f64) {
    let width = ((w.1 - w.0) * factor).clamp(MIN_WINDOW, 1.0);
    let rel = if w.1 > w.0 { ((at - w.0) / (w.1 - w.0)).clamp(0.0, 1.0) } else { 0.5 };
    clamp_window((at - rel * width, at - rel * width + width))
}

/// Moves a window by `delta` of its own width.
pub fn pan_window(w: (f64, f64), delta: f64) -> (f64, f64) {
    let shift = (w.1 - w.0) * delta;
    clamp_window((w.0 + shift, w.1 + shift))
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

/// The visible milestones known only to the year, for the year band.
fn year_only(ds: &Dataset, visible: &[usize]) -> Vec<usize> {
    visible.iter().copied().filter(|&m| ds.milestones[m].date.precision() == Precision::Year).collect()
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

/// A dated milestone's extent along the axis, in px, or `None` outside
/// the window. Points get a fixed 12 px; spans cover their days.
struct AxisMap {
    start: f64,
    length: f64,
    window: (f64, f64),
    year: i32,
}

impl AxisMap {
    fn at(&self, fraction: f64) -> f64 {
        self.start + self.length * (fraction - self.window.0) / (self.window.1 - self.window.0)
    }

    fn extent(&self, ds: &Dataset, m: usize) -> Option<(f64, f64)> {
        let date = ds.milestones[m].date;
        let (a, b) = date.day_span();
        let (fa, fb) = (year_fraction(a, self.year), year_fraction(b + 1, self.year));
        if fb <= self.window.0 || fa >= self.window.1 {
            return None;
        }
        if date.precision() == Precision::Day && a == b {
            let c = self.at((fa + fb) / 2.0);
            Some((c - 6.0, c + 6.0))
        } else {
            let end = self.start + self.length;
            Some((self.at(fa).max(self.start) + 1.0, self.at(fb).min(end) - 1.0))
        }
    }
}

/// A milestone on a track: its index, the track, and its extent along the axis.
type OnTrack = (usize, usize, f64, f64);

/// Puts each milestone on the first track where it overlaps nothing; those
/// that fit on none are gathered into clusters by position.
fn assign_tracks(ds: &Dataset, axis: &AxisMap, visible: &[usize]) -> (Vec<OnTrack>, Vec<(f64, Vec<usize>)>) {
    let mut tracks: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut placed = Vec::new();
    let mut overflow: Vec<(f64, Vec<usize>)> = Vec::new();
    for &m in visible {
        if ds.milestones[m].date.precision() == Precision::Year {
            continue;
        }
        let Some((a, b)) = axis.extent(ds, m) else { continue };
        let fits = |t: &Vec<(f64, f64)>| t.last().is_none_or(|&(_, end)| a > end + 2.0);
        // Items come in date order, so checking each track's last item is
        // enough, and the whole pass is linear in the number of items.
        match (0..tracks.len()).find(|&t| fits(&tracks[t])) {
            Some(t) => {
                tracks[t].push((a, b));
                placed.push((m, t, a, b));
            }
            None if tracks.len() < MAX_TRACKS => {
                tracks.push(vec![(a, b)]);
                placed.push((m, tracks.len() - 1, a, b));
            }
            None => {
                let bucket = (((a + b) / 2.0 - axis.start) / CLUSTER_BUCKET).floor();
                let centre = axis.start + (bucket + 0.5) * CLUSTER_BUCKET;
                match overflow.last_mut() {
                    Some((c, members)) if (*c - centre).abs() < 1e-9 => members.push(m),
                    _ => overflow.push((centre, vec![m])),
                }
            }
        }
    }
    // Items arrive by start date, so a later bucket can repeat an earlier
    // one's centre only when spans overlap; merge those.
    overflow.sort_by(|a, b| a.0.total_cmp(&b.0));
    overflow.dedup_by(|later, earlier| {
        if (later.0 - earlier.0).abs() < 1e-9 {
            earlier.1.append(&mut later.1);
            true
        } else {
            false
        }
    });
    (placed, overflow)
}

fn cluster_span(ds: &Dataset, members: &[usize], year: i32) -> (f64, f64) {
    let mut span = (1.0f64, 0.0f64);
    for &m in members {
        let (a, b) = ds.milestones[m].date.day_span();
        span.0 = span.0.min(year_fraction(a, year));
        span.1 = span.1.max(year_fraction(b + 1, year));
    }
    span
}

fn cluster_marks(rect: Rect, count: usize) -> [Mark; 2] {
    [
        Mark::Frame { rect, paint: Paint::Ink, width: 1.5 },
        Mark::Text {
            x: rect.x + rect.w / 2.0,
            y: rect.y + rect.h / 2.0,
            text: format!("+{count}"),
            size: 10.0,
            anchor: Anchor::Middle,
            paint: Paint::Ink,
            bold: true,
        },
    ]
}

/// The labels worth attempting: the most important first, at most
/// `MAX_LABELS` of them.
fn label_candidates(ds: &Dataset, placed: &[OnTrack]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..placed.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(ds.milestones[placed[i].0].importance), i));
    order.truncate(MAX_LABELS);
    order
}

fn horizontal(input: &TimelineInput) -> TimelineLayout {
    let ds = input.dataset;
    let year = ds.meta.period.year();
    let window = clamp_window(input.window);
    let (left, right) = (16.0, input.width - 16.0);
    let span_w = right - left;
    let axis = AxisMap { start: left, length: span_w, window, year };
    let label_top = 8.0;

    let (placed, overflow) = assign_tracks(ds, &axis, input.visible);
    let tracks = placed.iter().map(|p| p.1 + 1).max().unwrap_or(1);
    let anchors: Vec<f64> = placed
        .iter()
        .map(
            |&(_, track, a, b)| {
                if b - a > 14.0 {
                    (a + 6.0 + track as f64 * 10.0).min(b - 4.0)
                } else {
                    (a + b) / 2.0
                }
            },
        )
        .collect();

    // Labels, right to left, each in the lowest free row (row 0 is nearest
    // the marks) first starting at its mark, then ending at it, then
    // shortened. Right to left makes a staircase: a label starting at its
    // mark only ever covers leaders of marks to its right, so it climbs a
    // row over each of them, and its own leader crosses nothing below.
    // Rows are counted upwards in a scratch space where row r spans
    // y ∈ [-(r+1)·ROW_H, -r·ROW_H); placed labels and their leader lines
    // are obstacles for the labels after them.
    let mut candidates = label_candidates(ds, &placed);
    candidates.sort_by(|&a, &b| anchors[b].total_cmp(&anchors[a]));
    let mut obstacles: Vec<Rect> = Vec::new();
    let mut labels: Vec<Option<(Rect, String, usize)>> = vec![None; placed.len()];
    let mut rows_used = 0;
    for (k, &i) in candidates.iter().enumerate() {
        // Leaders still to come (marks to the left) must stay uncovered:
        // they will cross every row below their own label.
        let pending: Vec<f64> = candidates[k + 1..].iter().map(|&j| anchors[j]).collect();
        let title = ds.milestones[placed[i].0].title.get(input.lang);
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
    let cluster_row = if overflow.is_empty() { 0.0 } else { 22.0 };
    let tracks_top = label_top + rows_used as f64 * ROW_H + 8.0 + cluster_row;
    let axis_y = tracks_top + tracks as f64 * 16.0 + 4.0;
    let track_y = |t: usize| axis_y - 4.0 - (t as f64 + 1.0) * 16.0 + 2.0;

    let mut static_marks = Vec::new();
    static_marks.push(Mark::Line {
        from: (left, axis_y),
        to: (right, axis_y),
        paint: Paint::Ink,
        width: 1.0,
    });
    let month_y = axis_y + 6.0 + MONTH_SIZE / 2.0;
    let widest_name =
        input.measure.width(if input.lang == Lang::En { "May" } else { "12月" }, MONTH_SIZE) + 6.0;
    let month_px = span_w / 12.0 / (window.1 - window.0);
    let every = if widest_name > month_px { 2 } else { 1 };
    for month in 1..=12u8 {
        let start = axis.at(year_fraction(day_of_year(year, month, 1), year));
        let end = if month == 12 {
            axis.at(1.0)
        } else {
            axis.at(year_fraction(day_of_year(year, month + 1, 1), year))
        };
        if end < left || start > right {
            continue;
        }
        if start >= left - 0.5 && start <= right + 0.5 {
            static_marks.push(Mark::Line {
                from: (start, axis_y),
                to: (start, axis_y + 5.0),
                paint: Paint::Ink,
                width: 1.0,
            });
        }
        // The name sits in the visible part of its month, when it fits.
        let (vis_a, vis_b) = (start.max(left), end.min(right));
        let name = month_label(month, input.lang);
        if (month - 1) % every == 0 && vis_b - vis_a >= input.measure.width(&name, MONTH_SIZE) + 4.0 {
            static_marks.push(Mark::Text {
                x: (vis_a + vis_b) / 2.0,
                y: month_y,
                text: name,
                size: MONTH_SIZE,
                anchor: Anchor::Middle,
                paint: Paint::MutedInk,
                bold: false,
            });
        }
    }
    if axis.at(1.0) <= right + 0.5 {
        static_marks.push(Mark::Line {
            from: (right, axis_y),
            to: (right, axis_y + 5.0),
            paint: Paint::Ink,
            width: 1.0,
        });
    }

    let mut items = Vec::new();
    for (i, &(m, track, a, b)) in placed.iter().enumerate() {
        let mark = Rect::new(a, track_y(track), b - a, 12.0);
        let label = labels[i].as_ref().map(|(bx, text, row)| {
            (Rect::new(bx.x, label_top + (rows_used - 1 - row) as f64 * ROW_H, bx.w, bx.h), text.clone())
        });
        items.push(PlacedMilestone { index: m, mark, label, hit: grow_to_min(mark), leader_x: anchors[i] });
    }
    let mut clusters = Vec::new();
    for (centre, members) in overflow {
        let rect =
            Rect::new((centre - 15.0).clamp(0.0, input.width - 30.0), tracks_top - cluster_row, 30.0, 18.0);
        static_marks.extend(cluster_marks(rect, members.len()));
        clusters.push(Cluster { rect, span: cluster_span(ds, &members, year), members });
    }

    // The year band: its own labelled box under the axis. Items in it are
    // set in a row by order, not by position: their month is unknown.
    let undated = year_only(ds, input.visible);
    let band_top = month_y + MONTH_SIZE + 10.0;
    let mut height = band_top;
    if !undated.is_empty() {
        let heading_y = band_top + 10.0;
        static_marks.push(Mark::Text {
            x: left,
            y: heading_y,
            text: fit_text(input.measure, input.year_band_label, MONTH_SIZE, span_w),
            size: MONTH_SIZE,
            anchor: Anchor::Start,
            paint: Paint::MutedInk,
            bold: true,
        });
        let mut x = left + 4.0;
        let mut y = heading_y + 18.0;
        for &m in undated.iter().take(MAX_BAND_ITEMS) {
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
                leader_x: x + 6.0,
            });
            x += w;
        }
        if undated.len() > MAX_BAND_ITEMS {
            y += 24.0;
            static_marks.push(Mark::Text {
                x: left + 4.0,
                y,
                text: format!("+{}", undated.len() - MAX_BAND_ITEMS),
                size: LABEL_SIZE,
                anchor: Anchor::Start,
                paint: Paint::MutedInk,
                bold: true,
            });
        }
        let band = Rect::new(left - 6.0, band_top - 4.0, span_w + 12.0, y + 18.0 - band_top);
        static_marks.insert(0, Mark::Frame { rect: band, paint: Paint::Track, width: 1.0 });
        height = band.bottom() + 8.0;
    }
    finish(ds, input.width, height, window, static_marks, items, clusters)
}

fn vertical(input: &TimelineInput) -> TimelineLayout {
    let ds = input.dataset;
    let year = ds.meta.period.year();
    let window = clamp_window(input.window);
    let axis_x = 52.0;
    let top = 12.0;
    let total_h = VERTICAL_AXIS;
    let axis = AxisMap { start: top, length: total_h, window, year };

    let mut static_marks =
        vec![Mark::Line { from: (axis_x, top), to: (axis_x, top + total_h), paint: Paint::Ink, width: 1.0 }];
    for month in 1..=12u8 {
        let start = axis.at(year_fraction(day_of_year(year, month, 1), year));
        let end = if month == 12 {
            axis.at(1.0)
        } else {
            axis.at(year_fraction(day_of_year(year, month + 1, 1), year))
        };
        if end < top || start > top + total_h {
            continue;
        }
        if start >= top - 0.5 {
            static_marks.push(Mark::Line {
                from: (axis_x - 5.0, start),
                to: (axis_x, start),
                paint: Paint::Ink,
                width: 1.0,
            });
        }
        let (vis_a, vis_b) = (start.max(top), end.min(top + total_h));
        if vis_b - vis_a >= MONTH_SIZE + 4.0 {
            static_marks.push(Mark::Text {
                x: axis_x - 8.0,
                y: (vis_a + vis_b) / 2.0,
                text: month_label(month, input.lang),
                size: MONTH_SIZE,
                anchor: Anchor::End,
                paint: Paint::MutedInk,
                bold: false,
            });
        }
    }

    // Marks first, on tracks beside the axis; labels start right of the
    // last track so no label covers a mark.
    let (placed, overflow) = assign_tracks(ds, &axis, input.visible);
    let tracks = placed.iter().map(|p| p.1 + 1).max().unwrap_or(1);
    let cluster_col = if overflow.is_empty() { 0.0 } else { 34.0 };
    let label_x = axis_x + 6.0 + tracks as f64 * 14.0 + cluster_col + 12.0;
    let label_w = (input.width - label_x - 8.0).max(40.0);
    let candidates = label_candidates(ds, &placed);
    let mut items = Vec::new();
    let mut next_free_y = top;
    for (i, &(m, track, a, b)) in placed.iter().enumerate() {
        let mark = Rect::new(axis_x + 6.0 + track as f64 * 14.0, a, 12.0, b - a);
        let mut label = None;
        // Labels go down the right side in order, pushed below the previous
        // one when they would touch; the leader line shows where they belong.
        if candidates.contains(&i) {
            let lines = wrap_text(
                input.measure,
                ds.milestones[m].title.get(input.lang),
                LABEL_SIZE,
                label_w - 4.0,
                2,
            );
            let widest = lines.iter().map(|l| input.measure.width(l, LABEL_SIZE)).fold(0.0, f64::max);
            let height = LINE_H * lines.len() as f64;
            let ly = (mark.y + mark.h / 2.0 - height / 2.0 - 2.0).max(next_free_y);
            // A label pushed far below its mark would point at the wrong
            // month; leave it to the tooltip instead.
            if ly <= mark.y + mark.h / 2.0 + 40.0 {
                let rect = Rect::new(label_x, ly, widest + 4.0, height);
                next_free_y = rect.bottom() + 4.0;
                label = Some((rect, lines.join("\n")));
            }
        }
        let reach = label.as_ref().map_or(mark, |(r, _)| {
            Rect::new(
                mark.x,
                mark.y.min(r.y),
                r.right() - mark.x,
                mark.bottom().max(r.bottom()) - mark.y.min(r.y),
            )
        });
        items.push(PlacedMilestone {
            index: m,
            mark,
            label,
            hit: grow_to_min(reach),
            leader_x: mark.x + mark.w / 2.0,
        });
    }
    let mut clusters = Vec::new();
    for (centre, members) in overflow {
        let rect = Rect::new(axis_x + 6.0 + tracks as f64 * 14.0 + 2.0, centre - 9.0, 30.0, 18.0);
        static_marks.extend(cluster_marks(rect, members.len()));
        clusters.push(Cluster { rect, span: cluster_span(ds, &members, year), members });
    }

    let mut y = (top + total_h).max(next_free_y) + 24.0;
    let undated = year_only(ds, input.visible);
    if !undated.is_empty() {
        let band_top = y;
        static_marks.push(Mark::Text {
            x: 12.0,
            y: y + 8.0,
            text: fit_text(input.measure, input.year_band_label, MONTH_SIZE, input.width - 24.0),
            size: MONTH_SIZE,
            anchor: Anchor::Start,
            paint: Paint::MutedInk,
            bold: true,
        });
        y += 30.0;
        for &m in undated.iter().take(MAX_BAND_ITEMS) {
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
            items.push(PlacedMilestone { index: m, mark, label: Some((label, text)), hit, leader_x: 22.0 });
            y += 26.0;
        }
        if undated.len() > MAX_BAND_ITEMS {
            static_marks.push(Mark::Text {
                x: 16.0,
                y,
                text: format!("+{}", undated.len() - MAX_BAND_ITEMS),
                size: LABEL_SIZE,
                anchor: Anchor::Start,
                paint: Paint::MutedInk,
                bold: true,
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
    finish(ds, input.width, y, window, static_marks, items, clusters)
}

fn finish(
    ds: &Dataset,
    width: f64,
    height: f64,
    window: (f64, f64),
    static_marks: Vec<Mark>,
    items: Vec<PlacedMilestone>,
    clusters: Vec<Cluster>,
) -> TimelineLayout {
    let boxes = items.iter().map(|p| p.hit).chain(clusters.iter().map(|c| grow_to_min(c.rect))).collect();
    let index = HitIndex::new(boxes, width, height);
    let mut places = HashMap::new();
    for (i, p) in items.iter().enumerate() {
        places.insert(p.index, Place::Item(i));
    }
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            places.insert(m, Place::Cluster(c));
        }
    }
    // Milestones are already sorted by date in the dataset, so their index
    // is the date order; year-only items go last, as in the band.
    let mut order: Vec<usize> = places.keys().copied().collect();
    order.sort_by_key(|&m| (ds.milestones[m].date.precision() == Precision::Year, m));
    TimelineLayout { width, height, static_marks, items, clusters, window, index, places, order }
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
        // The emphasised label is bold, so wider than the one drawn under it
        // on the base layer: clear that first.
        if emphasis {
            marks.push(Mark::Rect { rect: label.inflate(1.0), paint: Paint::Background });
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
            window: (0.0, 1.0),
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
        for width in [320.0, 768.0, 1280.0] {
            let t = layout(&ds, width, Lang::En);
            let clustered: usize = t.clusters.iter().map(|c| c.members.len()).sum();
            assert_eq!(t.items.len() + clustered, 1000, "every event is drawn alone or in a cluster");
            assert_eq!(t.reading_order().len(), 1000, "every event is reachable by keyboard");
            assert_no_label_overlaps(&t);
            assert!(t.height < 1200.0, "height stays bounded at {width}: {}", t.height);
            let sample = &t.items[t.items.len() / 2];
            let centre = (sample.mark.x + sample.mark.w / 2.0, sample.mark.y + sample.mark.h / 2.0);
            assert!(t.hit(centre.0, centre.1).is_some());
            let c = &t.clusters[0];
            let at = t.hit_any(c.rect.x + c.rect.w / 2.0, c.rect.y + c.rect.h / 2.0);
            assert_eq!(at, Some(Hit::Cluster(0)));
        }
    }

    #[test]
    fn ten_thousand_events_lay_out_in_bounded_time_and_size() {
        let ds = synthetic(10_000);
        let started = std::time::Instant::now();
        let t = layout(&ds, 1280.0, Lang::En);
        // Not a benchmark: a guard against a quadratic layout, with a wide margin.
        assert!(started.elapsed().as_secs_f64() < 5.0);
        assert!(t.items.len() + t.clusters.len() < 2000, "most events are clustered at full zoom");
        assert!(t.items.iter().filter(|p| p.label.is_some()).count() <= MAX_LABELS);
    }

    #[test]
    fn zooming_shows_only_the_window_and_spreads_it_over_the_width() {
        let ds = default_dataset_or_none().expect("dataset");
        let visible: Vec<usize> = (0..ds.milestones.len()).collect();
        let oct_start = f64::from(day_of_year(2025, 10, 1)) / 365.0;
        let nov_start = f64::from(day_of_year(2025, 11, 1)) / 365.0;
        let t = layout_timeline(&TimelineInput {
            dataset: &ds,
            visible: &visible,
            lang: Lang::En,
            width: 1280.0,
            measure: &ApproxMeasure,
            year_band_label: "Year only",
            window: (oct_start, nov_start),
        });
        let dated: Vec<&str> = t
            .items
            .iter()
            .filter(|p| ds.milestones[p.index].date.precision() != Precision::Year)
            .map(|p| ds.milestones[p.index].id.as_str())
            .collect();
        assert_eq!(dated, ["life-city-plan", "hongmei-heritage", "tieren-promotion"]);
        let plan = t.items.iter().find(|p| ds.milestones[p.index].id == "life-city-plan").expect("plan");
        assert!(plan.mark.w > 1200.0, "October fills the width: {}", plan.mark.w);
        assert_eq!(
            t.items.iter().filter(|p| ds.milestones[p.index].date.precision() == Precision::Year).count(),
            2
        );
    }

    #[test]
    fn zoom_and_pan_keep_the_window_inside_the_year() {
        assert_eq!(zoom_window((0.0, 1.0), 0.5, 0.0), (0.0, 0.5));
        let w = zoom_window((0.0, 1.0), 0.5, 0.5);
        assert!((w.0 - 0.25).abs() < 1e-12 && (w.1 - 0.75).abs() < 1e-12);
        assert_eq!(pan_window((0.0, 0.5), 2.0), (0.5, 1.0));
        assert_eq!(pan_window((0.5, 1.0), -3.0), (0.0, 0.5));
        let tiny = zoom_window((0.4, 0.5), 0.0001, 0.45);
        assert!((tiny.1 - tiny.0 - MIN_WINDOW).abs() < 1e-12);
    }
}
