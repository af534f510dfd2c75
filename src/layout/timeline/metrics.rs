//! The timeline's measurements in CSS px, named so a change is made once
//! and the layout, the hit boxes and the pointer maths agree.

/// Below this width the timeline runs top to bottom: under it, a month on a
/// horizontal axis would be too narrow to tap or to name.
pub const VERTICAL_BELOW: f64 = 480.0;

/// The narrowest window, as a fraction of the year (about five days):
/// narrower, a day's 12 px point would cover its neighbours' days.
pub const MIN_WINDOW: f64 = 0.015;

/// Text size of milestone labels and year-band titles.
pub const LABEL_SIZE: f64 = 13.0;
/// Pitch of label rows: a label box (`ROW_H - 4`) and a 4 px gap.
pub const ROW_H: f64 = 20.0;
/// A label's box: its row less the gap to the next.
pub const LABEL_BOX_H: f64 = ROW_H - 4.0;
/// Line height inside a wrapped label.
pub const LINE_H: f64 = 16.0;
/// Rows of the label staircase above the horizontal axis; more would push
/// the marks far from their labels.
pub const MAX_LABEL_ROWS: usize = 7;
/// Text size of month names and the year band's heading.
pub const MONTH_SIZE: f64 = 12.0;
/// Smallest hit box side: the WCAG 2.2 target size for pointer and touch.
pub const MIN_HIT: f64 = 24.0;
/// Tracks of marks before the rest is clustered: keeps the chart's height
/// bounded however many milestones share a week.
pub const MAX_TRACKS: usize = 6;
/// Labels attempted at most; the rest are read in tooltips and the table.
pub const MAX_LABELS: usize = 60;
/// Year-only items listed in the band before "+N".
pub const MAX_BAND_ITEMS: usize = 40;
/// Width of the buckets overflowing marks are clustered into.
pub const CLUSTER_BUCKET: f64 = 34.0;

/// Inset of the horizontal axis from each side of the chart, so the first
/// and last day's points are not cut by the edge.
pub const SIDE_INSET: f64 = 16.0;
/// Where the vertical axis starts below the top of the chart.
pub const VERTICAL_TOP: f64 = 12.0;
/// Length of a month on the vertical axis: tall enough for a tap target per
/// week and a two-line label per month.
pub const VERTICAL_MONTH: f64 = 56.0;
/// Length of the vertical axis: twelve months.
pub const VERTICAL_AXIS: f64 = VERTICAL_MONTH * 12.0;
/// Where the vertical axis runs, from the left edge: room for "12月" left of it.
pub const VERTICAL_AXIS_X: f64 = 52.0;

/// A day's point and the thickness of every mark on a track.
pub const MARK_SIZE: f64 = 12.0;
/// Spans are drawn this far inside their first and last day, so two
/// neighbouring months read as two bars.
pub const SPAN_INSET: f64 = 1.0;
/// Least gap along a track between two marks sharing it.
pub const TRACK_GAP: f64 = 2.0;
/// Distance from the axis line to the first track's near edge.
pub const TRACK_OFFSET: f64 = 6.0;
/// Length of a month tick, drawn away from the tracks.
pub const TICK_LEN: f64 = 5.0;

/// A cluster's bubble, in screen px (it holds text, so keeps its shape).
pub const CLUSTER_W: f64 = 30.0;
/// A cluster's bubble height.
pub const CLUSTER_H: f64 = 18.0;
/// Text size of a cluster's "+N".
pub const CLUSTER_TEXT: f64 = 10.0;
/// Gap between the outermost track's pitch and the clusters' row or column.
pub const CLUSTER_GAP: f64 = 2.0;

/// Radius of a day's shape; a span knocks a shape one px smaller out of its bar.
pub const GLYPH_R: f64 = 5.0;
/// Where a span's leader meets it, from its start, on the first track; each
/// further track moves it on, so leaders of stacked spans never merge.
pub const SPAN_LEADER_START: f64 = 6.0;
/// How far the leader point moves per track.
pub const SPAN_LEADER_STEP: f64 = 10.0;
/// Least distance from a span's end to its leader point.
pub const SPAN_LEADER_END: f64 = 4.0;
