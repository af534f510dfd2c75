//! People counted in icons (pictogram), each icon standing for a round
//! number of them.

use super::*;
use crate::data::validate::limits;
use crate::data::{Indicator, Lang};
use crate::layout::marks::{Mark, Paint};

pub(super) fn person(cx: f64, top: f64, size: f64, paint: Paint) -> [Mark; 2] {
    let head = size * 0.22;
    [
        Mark::Dot { cx, cy: top + head, r: head, paint },
        Mark::Polygon {
            points: vec![
                (cx - size * 0.32, top + size),
                (cx - size * 0.28, top + head * 2.0 + size * 0.08),
                (cx + size * 0.28, top + head * 2.0 + size * 0.08),
                (cx + size * 0.32, top + size),
            ],
            paint,
        },
    ]
}

pub(super) fn pictogram(
    ind: &Indicator,
    data: Paint,
    w: f64,
    h: f64,
    lang: Lang,
    measure: &dyn TextMeasure,
) -> Vec<Mark> {
    let per = reference_value(ind);
    let n = ((ind.value / per).ceil() as usize).min(limits::MAX_PICTOGRAM_ICONS);
    let lines = reference_lines(ind, w, lang, measure);
    let room = caption_room(&lines);
    let avail_h = h - room;
    let (cols, size) = grid(n, w - 8.0, avail_h, 6.0);
    let size = size.min(40.0);
    let rows = n.div_ceil(cols);
    let total_w = cols as f64 * size + (cols as f64 - 1.0) * 6.0;
    let x0 = (w - total_w) / 2.0;
    let y0 = (avail_h - (rows as f64 * size + (rows as f64 - 1.0) * 6.0)) / 2.0;
    let mut marks = Vec::new();
    for i in 0..n {
        let cx = x0 + (i % cols) as f64 * (size + 6.0) + size / 2.0;
        let top = y0 + (i / cols) as f64 * (size + 6.0);
        let [head, body] = person(cx, top, size, data);
        put(&mut marks, head);
        put(&mut marks, body);
    }
    put_lines(&mut marks, lines, w / 2.0, h - room + 5.0 + LABEL_SIZE / 2.0, Anchor::Middle);
    marks
}
