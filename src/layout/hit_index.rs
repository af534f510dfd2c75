//! A uniform grid over the chart: each cell lists the items whose hit boxes
//! touch it, so a pointer move looks at a handful of items, not all of them.

use super::marks::Rect;

/// Spatial index of hit boxes.
#[derive(Clone, Debug, Default)]
pub struct HitIndex {
    cell: f64,
    cols: usize,
    rows: usize,
    buckets: Vec<Vec<usize>>,
    boxes: Vec<Rect>,
}

impl HitIndex {
    /// Indexes `boxes` (item `i` has box `boxes[i]`) over a `w`×`h` area.
    pub fn new(boxes: Vec<Rect>, w: f64, h: f64) -> HitIndex {
        let cell = 32.0;
        let cols = (w / cell).ceil().max(1.0) as usize;
        let rows = (h / cell).ceil().max(1.0) as usize;
        let mut buckets = vec![Vec::new(); cols * rows];
        for (i, b) in boxes.iter().enumerate() {
            let c0 = ((b.x / cell).floor().max(0.0) as usize).min(cols - 1);
            let c1 = ((b.right() / cell).floor().max(0.0) as usize).min(cols - 1);
            let r0 = ((b.y / cell).floor().max(0.0) as usize).min(rows - 1);
            let r1 = ((b.bottom() / cell).floor().max(0.0) as usize).min(rows - 1);
            for r in r0..=r1 {
                for c in c0..=c1 {
                    buckets[r * cols + c].push(i);
                }
            }
        }
        HitIndex { cell, cols, rows, buckets, boxes }
    }

    /// Every item whose box contains the point.
    pub fn candidates(&self, x: f64, y: f64) -> Vec<usize> {
        if x < 0.0 || y < 0.0 {
            return Vec::new();
        }
        let (c, r) = ((x / self.cell) as usize, (y / self.cell) as usize);
        if c >= self.cols || r >= self.rows {
            return Vec::new();
        }
        let mut under = Vec::new();
        for &i in &self.buckets[r * self.cols + c] {
            if self.boxes[i].contains(x, y) {
                under.push(i);
            }
        }
        under
    }

    /// The item under a point: of the boxes containing it, the one whose
    /// centre is nearest (small marks inside big label boxes stay reachable).
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        self.nearest(&self.candidates(x, y), x, y)
    }

    /// Of `candidates` (from [`HitIndex::candidates`] at the same point),
    /// the first whose box's centre is nearest the point.
    pub fn nearest(&self, candidates: &[usize], x: f64, y: f64) -> Option<usize> {
        let mut best: Option<(usize, f64)> = None;
        for &i in candidates {
            let b = &self.boxes[i];
            let (cx, cy) = (b.x + b.w / 2.0, b.y + b.h / 2.0);
            let d = (cx - x).powi(2) + (cy - y).powi(2);
            if best.is_none_or(|(_, nearest)| d < nearest) {
                best = Some((i, d));
            }
        }
        best.map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_box_under_the_point_and_nothing_elsewhere() {
        let index = HitIndex::new(
            vec![Rect::new(0.0, 0.0, 30.0, 30.0), Rect::new(100.0, 50.0, 30.0, 30.0)],
            200.0,
            100.0,
        );
        assert_eq!(index.hit(10.0, 10.0), Some(0));
        assert_eq!(index.hit(110.0, 60.0), Some(1));
        assert_eq!(index.hit(60.0, 60.0), None);
        assert_eq!(index.hit(-1.0, 5.0), None);
        assert_eq!(index.hit(500.0, 5.0), None);
    }
}
