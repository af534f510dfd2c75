//! Marks on tracks: each dated milestone gets its extent along the axis
//! (a point for a day, a bar for anything longer, by the date's
//! precision), the first track where it overlaps nothing, or a cluster when
//! every track is taken.

use super::axis::TimeAxis;
use super::metrics::{
    CLUSTER_BUCKET, CLUSTER_GAP, CLUSTER_H, CLUSTER_TEXT, CLUSTER_W, MARK_SIZE, MAX_TRACKS, SPAN_INSET,
    SPAN_LEADER_END, SPAN_LEADER_START, SPAN_LEADER_STEP, TRACK_GAP, TRACK_OFFSET,
};
use super::orientation::Orientation;
use crate::data::date::days_in_year;
use crate::data::{Dataset, PartialDate, Precision};
use crate::layout::marks::{Anchor, Mark, Paint, Rect};

/// Fraction of the year at the start of a zero-based day.
pub fn year_fraction(day: u16, year: i32) -> f64 {
    f64::from(day) / f64::from(days_in_year(year))
}

/// Whether a date is drawn as a bar over the days it covers rather than as
/// a point: a single day is a point; a month, a quarter or any range is a
/// span, however few px it covers at this zoom.
pub fn is_span(date: PartialDate) -> bool {
    let (a, b) = date.day_span();
    !(date.precision() == Precision::Day && a == b)
}

/// A milestone on a track.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OnTrack {
    /// Index into `Dataset::milestones`.
    pub milestone: usize,
    /// Its track, 0 nearest the axis.
    pub track: usize,
    /// Where its mark starts along the axis, px.
    pub from: f64,
    /// Where its mark ends along the axis, px.
    pub to: f64,
    /// Whether it is drawn as a span (see `is_span`).
    pub span: bool,
}

/// Milestones that fit on no track, gathered by position.
pub struct Overflow {
    /// The bucket's centre along the axis, px.
    pub centre: f64,
    /// Its milestones, in date order.
    pub members: Vec<usize>,
}

/// A dated milestone's extent along the axis in px, or `None` outside the
/// window: a point gets `MARK_SIZE` centred on its day, a span covers its
/// days (held to the axis).
fn extent(ds: &Dataset, axis: &TimeAxis, year: i32, m: usize) -> Option<(f64, f64, bool)> {
    let date = ds.milestones[m].date;
    let (a, b) = date.day_span();
    let (fa, fb) = (year_fraction(a, year), year_fraction(b + 1, year));
    if fb <= axis.window.0 || fa >= axis.window.1 {
        return None;
    }
    if is_span(date) {
        let (from, to) = (axis.to_pixel(fa).max(axis.start), axis.to_pixel(fb).min(axis.end()));
        Some((from + SPAN_INSET, to - SPAN_INSET, true))
    } else {
        let c = axis.to_pixel((fa + fb) / 2.0);
        Some((c - MARK_SIZE / 2.0, c + MARK_SIZE / 2.0, false))
    }
}

/// Puts each visible dated milestone on the first track where it overlaps
/// nothing; those that fit on none are gathered into buckets by position.
pub fn assign_tracks(ds: &Dataset, axis: &TimeAxis, visible: &[usize]) -> (Vec<OnTrack>, Vec<Overflow>) {
    let year = ds.meta.period.year();
    let mut track_ends: Vec<f64> = Vec::new();
    let mut placed = Vec::new();
    let mut overflow: Vec<Overflow> = Vec::new();
    for &m in visible {
        if ds.milestones[m].date.precision() == Precision::Year {
            continue;
        }
        let Some((from, to, span)) = extent(ds, axis, year, m) else { continue };
        // Items come in date order, so checking each track's last item is
        // enough, and the whole pass is linear in the number of items.
        let free = track_ends.iter().position(|&end| from > end + TRACK_GAP);
        let track = match free {
            Some(t) => Some(t),
            None if track_ends.len() < MAX_TRACKS => {
                track_ends.push(f64::NEG_INFINITY);
                Some(track_ends.len() - 1)
            }
            None => None,
        };
        if let Some(track) = track {
            track_ends[track] = to;
            placed.push(OnTrack { milestone: m, track, from, to, span });
            continue;
        }
        let bucket = (((from + to) / 2.0 - axis.start) / CLUSTER_BUCKET).floor();
        let centre = axis.start + (bucket + 0.5) * CLUSTER_BUCKET;
        // Buckets stay in order of their centres, each milestone joining
        // its own. Items arrive by start date, so the bucket is nearly
        // always the last; only overlapping spans look further back, past
        // at most one bucket per `CLUSTER_BUCKET` px of axis. (No sort
        // and merge afterwards: that was a sort of its own in the Wasm.)
        let mut k = overflow.len();
        while k > 0 && overflow[k - 1].centre > centre + 1e-9 {
            k -= 1;
        }
        match k.checked_sub(1).and_then(|last| overflow.get_mut(last)) {
            Some(o) if (o.centre - centre).abs() < 1e-9 => o.members.push(m),
            _ => overflow.insert(k, Overflow { centre, members: vec![m] }),
        }
    }
    (placed, overflow)
}

/// How the tracks sit across the axis in one orientation.
#[derive(Clone, Copy, Debug)]
pub struct TrackGeometry {
    /// The direction.
    pub orientation: Orientation,
    /// Where the axis line runs, px across.
    pub axis_across: f64,
    /// +1 if tracks grow away from the axis in screen px (right of a
    /// vertical axis), −1 if against (above a horizontal axis).
    pub outward: f64,
    /// Distance between neighbouring tracks' near edges.
    pub pitch: f64,
}

impl TrackGeometry {
    /// The box of `MARK_SIZE` thickness whose near edge is `distance` px out
    /// from the axis line, from `along` for `along_len` px.
    fn band(&self, along: f64, along_len: f64, distance: f64, thickness: f64) -> Rect {
        let near = self.axis_across + self.outward * distance;
        let top = if self.outward > 0.0 { near } else { near - thickness };
        self.orientation.rect(along, along_len, top, thickness)
    }

    /// The mark of a milestone on its track.
    pub fn mark(&self, p: &OnTrack) -> Rect {
        let distance = TRACK_OFFSET + p.track as f64 * self.pitch;
        self.band(p.from, p.to - p.from, distance, MARK_SIZE)
    }

    /// How far the clusters' bubbles start from the axis, past `tracks` tracks.
    pub fn cluster_distance(&self, tracks: usize) -> f64 {
        TRACK_OFFSET + tracks as f64 * self.pitch + CLUSTER_GAP
    }

    /// A cluster's bubble past `tracks` tracks, centred along the axis on
    /// `centre` (kept inside the chart's `width` when the axis is horizontal).
    pub fn cluster_rect(&self, tracks: usize, centre: f64, width: f64) -> Rect {
        let distance = self.cluster_distance(tracks);
        match self.orientation {
            Orientation::Horizontal => {
                let x = (centre - CLUSTER_W / 2.0).clamp(0.0, width - CLUSTER_W);
                self.band(x, CLUSTER_W, distance, CLUSTER_H)
            }
            Orientation::Vertical => self.band(centre - CLUSTER_H / 2.0, CLUSTER_H, distance, CLUSTER_W),
        }
    }
}

/// Where a milestone's leader line meets its mark, along the axis: a
/// span's start, moved on per track so the leaders of stacked spans never
/// merge (but never past its end); the middle of a point, or of a span too
/// short to offset a leader in (no longer than a point and its gap).
pub fn leader_along(p: &OnTrack) -> f64 {
    if p.span && p.to - p.from > MARK_SIZE + TRACK_GAP {
        (p.from + SPAN_LEADER_START + p.track as f64 * SPAN_LEADER_STEP).min(p.to - SPAN_LEADER_END)
    } else {
        (p.from + p.to) / 2.0
    }
}

/// The part of the year a cluster's members cover, as fractions.
pub fn cluster_span(ds: &Dataset, members: &[usize]) -> (f64, f64) {
    let year = ds.meta.period.year();
    let mut span = (1.0f64, 0.0f64);
    for &m in members {
        let (a, b) = ds.milestones[m].date.day_span();
        span.0 = span.0.min(year_fraction(a, year));
        span.1 = span.1.max(year_fraction(b + 1, year));
    }
    span
}

/// A cluster's bubble: a frame with "+N" in it.
pub fn cluster_marks(rect: Rect, count: usize) -> [Mark; 2] {
    [
        Mark::Frame { rect, paint: Paint::Ink, width: 1.5 },
        Mark::Text {
            x: rect.x + rect.w / 2.0,
            y: rect.y + rect.h / 2.0,
            text: format!("+{count}"),
            size: CLUSTER_TEXT,
            anchor: Anchor::Middle,
            paint: Paint::Ink,
            bold: true,
        },
    ]
}
