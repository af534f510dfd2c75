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
//!
//! Everything is worked out along and across a `TimeAxis` in either
//! `Orientation`: `tracks` places the marks, `ticks` the month scale,
//! `labels` the titles, `band` the year-only items and `item_marks` turns
//! one placed milestone into marks.
//!
//! Lists are built with plain loops and pushes rather than iterator
//! adapters collected into a `Vec`: each adapter chain is a copy of its own
//! in the Wasm, and the layout is the widget's largest function.

mod axis;
mod band;
mod item_marks;
mod labels;
pub mod metrics;
mod orientation;
mod ticks;
mod tracks;

pub use axis::TimeAxis;
pub use item_marks::milestone_marks;
pub use metrics::{MIN_WINDOW, VERTICAL_BELOW};
pub use orientation::Orientation;
pub use tracks::is_span;

use super::hit_index::HitIndex;
use super::marks::{Mark, Rect};
use super::text::{wrap_measurements, TextMeasure, FIT_MEASUREMENTS};
use crate::data::{Dataset, Lang, Precision};
use metrics::{
    CLUSTER_BUCKET, CLUSTER_GAP, CLUSTER_H, CLUSTER_W, MAX_BAND_ITEMS, MAX_LABELS, MAX_TRACKS, MIN_HIT,
    ROW_H, TRACK_OFFSET, VERTICAL_AXIS_X,
};
use tracks::{OnTrack, TrackGeometry};

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
    let axis = TimeAxis::for_width(width, (0.0, 1.0)).length.max(0.0);
    let per_track = axis / 2.4 + 1.0;
    let items = MAX_BAND_ITEMS as f64 + MAX_TRACKS as f64 * per_track;
    let clusters = axis / CLUSTER_BUCKET + 2.0;
    (7.0 * items + 2.0 * clusters + 64.0).ceil() as usize
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
    /// Whether the date covers more than a day, so the mark is a bar over
    /// its days rather than a point (decided by the date's precision).
    pub span: bool,
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
    /// Where each moment of the year is drawn; pointer maths goes through it.
    pub axis: TimeAxis,
    /// Hit-testing over items' hit boxes, then clusters'.
    pub index: HitIndex,
    /// Where each milestone is (`None`: not shown), by milestone index:
    /// looked up on every hover and key press, so a direct index rather
    /// than a scan of thousands of items (and no hash table's code).
    places: Vec<Option<Place>>,
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
        // The first of the smallest marks containing the point.
        let mut on_mark: Option<(usize, f64)> = None;
        for &i in &candidates {
            let mark = self.items.get(i).map(|p| p.mark).filter(|m| m.inflate(2.0).contains(x, y));
            if let Some(mark) = mark {
                let area = mark.w * mark.h;
                if on_mark.is_none_or(|(_, best)| area < best) {
                    on_mark = Some((i, area));
                }
            }
        }
        on_mark.map(|(i, _)| i).or_else(|| self.index.nearest(&candidates, x, y)).map(|i| {
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
        self.places.get(milestone).copied().flatten()
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

/// The visible milestones known only to the year, for the year band.
fn year_only(ds: &Dataset, visible: &[usize]) -> Vec<usize> {
    let mut undated = Vec::new();
    for &m in visible {
        if ds.milestones[m].date.precision() == Precision::Year {
            undated.push(m);
        }
    }
    undated
}

/// A hit box grown, about its centre, to at least `MIN_HIT` each way.
fn grow_to_min(r: Rect) -> Rect {
    let w = r.w.max(MIN_HIT);
    let h = r.h.max(MIN_HIT);
    Rect::new(r.x - (w - r.w) / 2.0, r.y - (h - r.h) / 2.0, w, h)
}

/// Above a horizontal axis, from the top: a margin, the label rows, a gap,
/// the clusters' row (if any), the tracks, the axis.
const LABELS_TOP: f64 = 8.0;
/// Gap between the lowest label row and the clusters or tracks.
const LABELS_GAP: f64 = 8.0;
/// Room between the tracks' pitches and the horizontal axis line under them.
const AXIS_UNDER_TRACKS: f64 = 4.0;
/// Distance between tracks above a horizontal axis.
const TRACK_PITCH_HORIZONTAL: f64 = 16.0;
/// Distance between tracks right of a vertical axis (a little tighter: the
/// width of a phone is scarce).
const TRACK_PITCH_VERTICAL: f64 = 14.0;
/// Gap between the clusters' row and the tracks under it.
const CLUSTERS_GAP: f64 = 4.0;
/// Gap between the clusters (or tracks) and the label column.
const COLUMN_GAP: f64 = 12.0;
/// The label column keeps this much off the chart's right edge...
const COLUMN_MARGIN: f64 = 8.0;
/// ...but is never narrower than this (labels wrap or shorten instead).
const COLUMN_MIN: f64 = 40.0;
/// Space between the axis (or the last label) and the year band.
const BAND_GAP: f64 = 10.0;
/// The same below a vertical axis, whose month names do not hang under it.
const BAND_GAP_VERTICAL: f64 = 24.0;

/// Labels and tracks across the axis: where the tracks sit, each dated
/// milestone's label, and where the year band starts.
type Across = (TrackGeometry, Vec<Option<(Rect, String)>>, f64);

/// Above a horizontal axis, from the top: the label staircase, the
/// clusters' row, the tracks, the axis line; month names hang under it.
fn above_horizontal(input: &TimelineInput, axis: &TimeAxis, placed: &[OnTrack], clustered: bool) -> Across {
    let tracks = track_count(placed);
    let mut leaders = Vec::with_capacity(placed.len());
    for p in placed {
        leaders.push(tracks::leader_along(p));
    }
    let bounds = (axis.start, axis.end());
    let (labels, rows) =
        labels::staircase(input.dataset, placed, &leaders, input.lang, input.measure, bounds, LABELS_TOP);
    let cluster_row = if clustered { CLUSTER_H + CLUSTERS_GAP } else { 0.0 };
    let tracks_top = LABELS_TOP + rows as f64 * ROW_H + LABELS_GAP + cluster_row;
    let axis_y = tracks_top + tracks as f64 * TRACK_PITCH_HORIZONTAL + AXIS_UNDER_TRACKS;
    let geometry = TrackGeometry {
        orientation: Orientation::Horizontal,
        axis_across: axis_y,
        outward: -1.0,
        pitch: TRACK_PITCH_HORIZONTAL,
    };
    (geometry, labels, axis_y + ticks::NAMES_BELOW + BAND_GAP)
}

/// Right of a vertical axis, from the left: the tracks, the clusters'
/// column, the label column; month names sit left of the axis.
fn beside_vertical(input: &TimelineInput, axis: &TimeAxis, placed: &[OnTrack], clustered: bool) -> Across {
    let geometry = TrackGeometry {
        orientation: Orientation::Vertical,
        axis_across: VERTICAL_AXIS_X,
        outward: 1.0,
        pitch: TRACK_PITCH_VERTICAL,
    };
    let mut marks = Vec::with_capacity(placed.len());
    for p in placed {
        marks.push(geometry.mark(p));
    }
    let clusters_w = if clustered { CLUSTER_GAP + CLUSTER_W + CLUSTER_GAP } else { 0.0 };
    let tracks_w = TRACK_OFFSET + track_count(placed) as f64 * TRACK_PITCH_VERTICAL;
    let label_x = VERTICAL_AXIS_X + tracks_w + clusters_w + COLUMN_GAP;
    let room = (input.width - label_x - COLUMN_MARGIN).max(COLUMN_MIN);
    let (labels, next_free) =
        labels::column(input.dataset, placed, &marks, input.lang, input.measure, (label_x, room), axis.start);
    (geometry, labels, axis.end().max(next_free) + BAND_GAP_VERTICAL)
}

/// Tracks in use (at least one, so an empty chart keeps its shape).
fn track_count(placed: &[OnTrack]) -> usize {
    let mut tracks = 1;
    for p in placed {
        tracks = tracks.max(p.track + 1);
    }
    tracks
}

/// Lays out the timeline for a width.
pub fn layout_timeline(input: &TimelineInput) -> TimelineLayout {
    let ds = input.dataset;
    let axis = TimeAxis::for_width(input.width, input.window);
    let (placed, overflow) = tracks::assign_tracks(ds, &axis, input.visible);
    let (geometry, labels, band_top) = match axis.orientation {
        Orientation::Horizontal => above_horizontal(input, &axis, &placed, !overflow.is_empty()),
        Orientation::Vertical => beside_vertical(input, &axis, &placed, !overflow.is_empty()),
    };
    let year = ds.meta.period.year();
    let mut static_marks = ticks::month_scale(&axis, geometry.axis_across, year, input.lang, input.measure);
    let mut items = placed_items(&geometry, &placed, labels);
    let mut clusters = Vec::new();
    for bucket in overflow {
        let rect = geometry.cluster_rect(track_count(&placed), bucket.centre, input.width);
        static_marks.extend(tracks::cluster_marks(rect, bucket.members.len()));
        clusters.push(Cluster {
            rect,
            span: tracks::cluster_span(ds, &bucket.members),
            members: bucket.members,
        });
    }
    let band = band::year_band(input, &year_only(ds, input.visible), axis.orientation, band_top);
    static_marks.extend(band.marks);
    if let Some(frame) = band.frame {
        static_marks.insert(0, frame);
    }
    items.extend(band.items);
    finish(ds, input.width, band.bottom, axis, static_marks, items, clusters)
}

/// The dated milestones as placed items: marks on their tracks, labels,
/// hit boxes (reaching over a label beside the mark) and leader points.
fn placed_items(
    geometry: &TrackGeometry,
    placed: &[OnTrack],
    labels: Vec<Option<(Rect, String)>>,
) -> Vec<PlacedMilestone> {
    let mut items = Vec::with_capacity(placed.len());
    for (p, label) in placed.iter().zip(labels) {
        let mark = geometry.mark(p);
        let (hit, leader_x) = match geometry.orientation {
            Orientation::Horizontal => (grow_to_min(mark), tracks::leader_along(p)),
            Orientation::Vertical => {
                let reach = label.as_ref().map_or(mark, |(r, _)| {
                    let top = mark.y.min(r.y);
                    Rect::new(mark.x, top, r.right() - mark.x, mark.bottom().max(r.bottom()) - top)
                });
                (grow_to_min(reach), mark.x + mark.w / 2.0)
            }
        };
        items.push(PlacedMilestone { index: p.milestone, mark, label, hit, leader_x, span: p.span });
    }
    items
}

fn finish(
    ds: &Dataset,
    width: f64,
    height: f64,
    axis: TimeAxis,
    static_marks: Vec<Mark>,
    items: Vec<PlacedMilestone>,
    clusters: Vec<Cluster>,
) -> TimelineLayout {
    let mut boxes = Vec::with_capacity(items.len() + clusters.len());
    for p in &items {
        boxes.push(p.hit);
    }
    for c in &clusters {
        boxes.push(grow_to_min(c.rect));
    }
    let index = HitIndex::new(boxes, width, height);
    let mut places = vec![None; ds.milestones.len()];
    for (i, p) in items.iter().enumerate() {
        if let Some(slot) = places.get_mut(p.index) {
            *slot = Some(Place::Item(i));
        }
    }
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            if let Some(slot) = places.get_mut(m) {
                *slot = Some(Place::Cluster(c));
            }
        }
    }
    // Milestones are already sorted by date in the dataset, so their index
    // is the date order; year-only items go last, as in the band (a stable
    // partition, no sort).
    let (mut order, mut year_only) = (Vec::new(), Vec::new());
    for (m, place) in places.iter().enumerate() {
        if place.is_some() {
            let dated = ds.milestones[m].date.precision() != Precision::Year;
            if dated { &mut order } else { &mut year_only }.push(m);
        }
    }
    order.append(&mut year_only);
    TimelineLayout { width, height, static_marks, items, clusters, axis, index, places, order }
}

#[cfg(test)]
mod tests;
