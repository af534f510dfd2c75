//! The year band: milestones known only to the year, in a labelled box of
//! their own under the month axis. They are set in reading order, not by
//! position, because their month is unknown.

use super::metrics::{LABEL_BOX_H, LABEL_SIZE, MARK_SIZE, MAX_BAND_ITEMS, MIN_HIT, MONTH_SIZE};
use super::orientation::Orientation;
use super::{grow_to_min, PlacedMilestone, TimelineInput};
use crate::layout::marks::{Anchor, Mark, Paint, Rect};
use crate::layout::text::fit_text;

/// Distance between two rows of band items.
const ROW_PITCH: f64 = 26.0;
/// Gap between an item's shape and its title.
const TITLE_GAP: f64 = 4.0;
/// How far items sit inside the heading's left edge.
const ITEM_INDENT: f64 = 4.0;
/// How far the frame sits outside the heading's left edge.
const FRAME_OUTSET: f64 = 6.0;
/// Room after a title before the next item on its row.
const ITEM_GAP: f64 = 20.0;

/// Where things sit in the band in one orientation. A wide chart flows the
/// items along rows like words; a phone gives each its own row and a
/// little more air.
struct BandMetrics {
    /// The heading's left edge (the frame is `FRAME_OUTSET` outside it,
    /// items `ITEM_INDENT` inside).
    inset: f64,
    /// The heading's middle below the band's top.
    heading_dy: f64,
    /// The first row's middle below the band's top.
    first_row_dy: f64,
    /// Room taken from the chart's width before fitting an item's title.
    title_inset: f64,
    /// Whether items flow along rows (else one per row).
    flow: bool,
    /// The title's box, from the item's left edge.
    title_dx: f64,
    /// Extra width of the title's box beyond the text.
    title_pad: f64,
    /// How far the hit box reaches left of the item's shape.
    hit_dx: f64,
    /// From the last row's middle to the "+N" line's.
    more_dy: f64,
    /// The frame's top above the band's top.
    frame_lead: f64,
    /// The frame's bottom below the last line's middle.
    frame_tail: f64,
    /// Space under the frame.
    after: f64,
}

fn metrics(orientation: Orientation) -> BandMetrics {
    match orientation {
        Orientation::Horizontal => BandMetrics {
            inset: 16.0,
            heading_dy: 10.0,
            first_row_dy: 28.0,
            title_inset: 72.0,
            flow: true,
            title_dx: 16.0,
            title_pad: 0.0,
            hit_dx: 0.0,
            more_dy: 24.0,
            frame_lead: 4.0,
            frame_tail: 18.0,
            after: 8.0,
        },
        Orientation::Vertical => BandMetrics {
            inset: 12.0,
            heading_dy: 8.0,
            first_row_dy: 30.0,
            title_inset: 48.0,
            flow: false,
            title_dx: 18.0,
            title_pad: 4.0,
            hit_dx: 4.0,
            more_dy: ROW_PITCH,
            frame_lead: 6.0,
            frame_tail: 26.0,
            after: 14.0,
        },
    }
}

/// What the band adds to the layout.
pub struct Band {
    /// Its frame (drawn first, under everything), heading and "+N".
    pub frame: Option<Mark>,
    /// Its heading and "+N" line.
    pub marks: Vec<Mark>,
    /// Its items, in reading order.
    pub items: Vec<PlacedMilestone>,
    /// Where the chart ends below it.
    pub bottom: f64,
}

/// Lays out the year band of `undated` milestones from `top` down. An
/// empty band takes no room.
pub fn year_band(input: &TimelineInput, undated: &[usize], orientation: Orientation, top: f64) -> Band {
    let (ds, width, lang, measure) = (input.dataset, input.width, input.lang, input.measure);
    let mut band = Band { frame: None, marks: Vec::new(), items: Vec::new(), bottom: top };
    if undated.is_empty() {
        return band;
    }
    let m = metrics(orientation);
    band.marks.push(Mark::Text {
        x: m.inset,
        y: top + m.heading_dy,
        text: fit_text(measure, input.year_band_label, MONTH_SIZE, width - 2.0 * m.inset),
        size: MONTH_SIZE,
        anchor: Anchor::Start,
        paint: Paint::MutedInk,
        bold: true,
    });
    let first_x = m.inset + ITEM_INDENT;
    let right = width - m.inset;
    let (mut x, mut y) = (first_x, top + m.first_row_dy);
    for &i in undated.iter().take(MAX_BAND_ITEMS) {
        let text = fit_text(measure, ds.milestones[i].title.get(lang), LABEL_SIZE, width - m.title_inset);
        let text_w = measure.width(&text, LABEL_SIZE);
        let advance = MARK_SIZE + TITLE_GAP + text_w + ITEM_GAP;
        if x > first_x && (!m.flow || x + advance > right) {
            x = first_x;
            y += ROW_PITCH;
        }
        let mark = Rect::new(x, y - MARK_SIZE / 2.0, MARK_SIZE, MARK_SIZE);
        let label = Rect::new(x + m.title_dx, y - LABEL_BOX_H / 2.0, text_w + m.title_pad, LABEL_BOX_H);
        let hit_x = x - m.hit_dx;
        let hit = grow_to_min(Rect::new(hit_x, y - MIN_HIT / 2.0, label.right() - hit_x, MIN_HIT));
        band.items.push(PlacedMilestone {
            index: i,
            mark,
            label: Some((label, text)),
            hit,
            leader_x: x + MARK_SIZE / 2.0,
            span: false,
        });
        x += advance;
    }
    if undated.len() > MAX_BAND_ITEMS {
        y += m.more_dy;
        band.marks.push(Mark::Text {
            x: first_x,
            y,
            text: format!("+{}", undated.len() - MAX_BAND_ITEMS),
            size: LABEL_SIZE,
            anchor: Anchor::Start,
            paint: Paint::MutedInk,
            bold: true,
        });
    }
    let frame_x = m.inset - FRAME_OUTSET;
    let frame = Rect::new(frame_x, top - m.frame_lead, width - 2.0 * frame_x, y + m.frame_tail - top);
    band.frame = Some(Mark::Frame { rect: frame, paint: Paint::Track, width: 1.0 });
    band.bottom = frame.bottom() + m.after;
    band
}
