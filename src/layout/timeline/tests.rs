//! Behaviour of the whole layout: what a reader would notice.

use super::*;
use crate::data::date::day_of_year;
use crate::data::default_dataset::default_dataset_or_none;
use crate::data::{parse_dataset, Dataset};
use crate::layout::text::ApproxMeasure;
use crate::layout::Paint;

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
    parse_dataset(json.to_string().as_bytes()).dataset.expect("synthetic dataset is valid")
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
fn a_mark_is_a_span_by_the_precision_of_its_date_not_its_width() {
    let date = |s: &str| crate::data::PartialDate::parse(s).expect(s);
    assert!(!is_span(date("2025-10-26")), "a day is a point");
    for s in ["2025-10", "2025-Q3", "2025-05-20/2025-05-21", "2025-05/2025-07"] {
        assert!(is_span(date(s)), "{s} is a span");
    }
    // A two-day range is a few px wide at full zoom, but still a bar.
    let json = serde_json::json!({
        "meta": {"title": {"zh-Hant": "t", "zh-Hans": "t", "en": "t"}, "source": {"author": {"zh-Hant": "a", "zh-Hans": "a", "en": "a"}}, "period": "2025"},
        "categories": [{"id": "c", "name": {"zh-Hant": "c", "zh-Hans": "c", "en": "c"}, "color": "blue"}],
        "indicators": [],
        "milestones": [{
            "id": "r", "date": "2025-05-20/2025-05-21", "category": "c", "importance": 1,
            "title": {"zh-Hant": "r", "zh-Hans": "r", "en": "r"},
            "description": {"zh-Hant": "x", "zh-Hans": "x", "en": "x"},
            "source": [{"kind": "article", "note": {"zh-Hant": "x", "zh-Hans": "x", "en": "x"}}]
        }]
    });
    let ds = parse_dataset(json.to_string().as_bytes()).dataset.expect("valid");
    for width in [320.0, 1280.0] {
        let t = layout(&ds, width, Lang::En);
        let item = &t.items[0];
        assert!(item.span && item.mark.w.max(item.mark.h) < 14.0, "{width}: {item:?}");
        let marks = milestone_marks(item, Paint::Ink, 0, false);
        assert!(
            matches!(marks[0], Mark::Rect { rect, .. } if rect == item.mark),
            "the bar is drawn: {marks:?}"
        );
    }
}

#[test]
fn the_layout_axis_is_the_one_its_marks_were_placed_with() {
    // The UI turns pointer positions into moments through `layout.axis`:
    // a day's point must sit where the axis says that day is, at every
    // width and zoom, in both orientations.
    let ds = default_dataset_or_none().expect("dataset");
    let visible: Vec<usize> = (0..ds.milestones.len()).collect();
    for width in [320.0, 390.0, 479.0, 480.0, 768.0, 1280.0] {
        for window in [(0.0, 1.0), (0.75, 0.84), (0.3, 0.9)] {
            let t = layout_timeline(&TimelineInput {
                dataset: &ds,
                visible: &visible,
                lang: Lang::En,
                width,
                measure: &ApproxMeasure,
                year_band_label: "Year only",
                window,
            });
            assert_eq!(t.axis.orientation, Orientation::for_width(width));
            for p in t
                .items
                .iter()
                .filter(|p| !p.span && ds.milestones[p.index].date.precision() == Precision::Day)
            {
                let (a, _) = ds.milestones[p.index].date.day_span();
                let centre = (p.mark.x + p.mark.w / 2.0, p.mark.y + p.mark.h / 2.0);
                let fraction = (f64::from(a) + 0.5) / 365.0;
                let along = t.axis.along(centre.0, centre.1);
                assert!((t.axis.to_pixel(fraction) - along).abs() < 1e-9, "{width} {window:?}");
                assert!((t.axis.fraction_under(centre.0, centre.1) - fraction).abs() < 1e-9);
            }
        }
    }
}

#[test]
fn clusters_come_in_axis_order_one_per_place_with_members_by_date() {
    // Month spans start before the days inside them but are centred later,
    // so overflowing items do not arrive in the order of their buckets.
    let ds = synthetic(1000);
    for width in [320.0, 768.0, 1280.0] {
        let t = layout(&ds, width, Lang::En);
        let along = |r: &Rect| t.axis.along(r.x + r.w / 2.0, r.y + r.h / 2.0);
        assert!(t.clusters.len() > 1, "{width}: several clusters");
        for pair in t.clusters.windows(2) {
            assert!(
                along(&pair[0].rect) < along(&pair[1].rect),
                "{width}: clusters in axis order, one per place"
            );
        }
        for c in &t.clusters {
            assert!(c.members.windows(2).all(|m| m[0] < m[1]), "{width}: members by date: {:?}", c.members);
        }
    }
}
