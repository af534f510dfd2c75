#![cfg(not(target_arch = "wasm32"))]
//! Bounded work for every dataset the validator accepts: generated datasets
//! up to the caps (100 indicators, 20,000 milestones, 2,000-character
//! strings, extreme values) are laid out with a counting measure, and the
//! marks and text measurements of each layout must stay within the
//! documented budgets. Counts, not timings, so the test is deterministic.

use proptest::prelude::*;
use serde_json::{json, Value};
use tiexi_infographic::data::validate::{limits, validate_value};
use tiexi_infographic::data::{ColorToken, Dataset, Lang};
use tiexi_infographic::layout::mini_chart::{self, layout_mini_chart};
use tiexi_infographic::layout::text::{CountingMeasure, MAX_LABEL_CHARS};
use tiexi_infographic::layout::timeline::{self, layout_timeline, milestone_marks, TimelineInput};
use tiexi_infographic::layout::{ApproxMeasure, Paint};

fn text(s: &str) -> Value {
    json!({"zh-Hant": s, "zh-Hans": s, "en": s})
}

/// A label of `n` characters mixing scripts (and a zero-width space, which
/// a real font measures as nothing).
fn label(n: usize) -> String {
    "鐵西 Tiexi\u{200B} 2025 ".chars().cycle().take(n.max(1)).collect()
}

fn source() -> Value {
    json!([{"kind": "article", "note": text("n")}])
}

/// One indicator of a kind at the edge of what the validator accepts.
fn indicator(i: usize, kind: u8, big: f64, count: usize, chars: usize) -> Value {
    let l = label(chars);
    let (chart, value, extra) = match kind % 8 {
        0 => ("streak", (count % limits::MAX_STREAK + 1) as f64, json!({})),
        1 => {
            let parts: Vec<Value> = (0..count % limits::MAX_SMALL_LIST + 1)
                .map(|_| json!({"label": text(&l), "value": limits::MAX_UNITS_PER_PART}))
                .collect();
            ("units", 1.0, json!({"parts": parts}))
        }
        2 => ("ring", (big % 101.0).floor(), json!({})),
        3 => ("duration", big, json!({"reference": {"label": text(&l), "value": (count + 1) as f64}})),
        4 => {
            let reference = big.max(1e-3);
            let value = reference * limits::MAX_AREA_CELLS as f64;
            ("area", value.min(1e15), json!({"reference": {"label": text(&l), "value": reference}}))
        }
        5 => {
            let reference = (big / limits::MAX_PICTOGRAM_ICONS as f64).max(1.0);
            let value = reference * (count % limits::MAX_PICTOGRAM_ICONS + 1) as f64;
            ("pictogram", value, json!({"reference": {"label": text(&l), "value": reference}}))
        }
        6 => {
            let parts: Vec<Value> = (0..count % limits::MAX_SMALL_LIST + 1)
                .map(|k| json!({"label": text(&l), "value": big / (k + 1) as f64}))
                .collect();
            ("stack", big, json!({"parts": parts}))
        }
        _ => (
            "batch",
            big,
            json!({"reference": {"label": text(&l), "value": (count % limits::MAX_BATCH + 1) as f64}}),
        ),
    };
    let mut v = json!({
        "id": format!("i{i}"), "value": value, "label": text(&l), "description": text("d"),
        "unit": text(&l), "category": "c", "chart": chart, "source": source(),
    });
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    v
}

fn milestone(i: usize, title: &Value, precision: usize) -> Value {
    let date = match (i + precision) % 5 {
        0 => format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
        1 => format!("2025-{:02}", 1 + i % 12),
        2 => "2025".to_owned(),
        3 => format!("2025-Q{}", 1 + i % 4),
        _ => format!("2025-{:02}-01/2025-{:02}-02", 1 + i % 12, 1 + i % 12),
    };
    json!({
        "id": format!("m{i}"), "date": date, "title": title, "description": {"zh-Hant": "d"},
        "category": "c", "importance": 1 + i % 3, "source": source(),
    })
}

fn dataset(indicators: Vec<Value>, milestones: Vec<Value>) -> Dataset {
    let doc = json!({
        "version": 1,
        "meta": {"title": text("t"), "source": {"author": text("a")}, "period": "2025"},
        "categories": [{"id": "c", "name": text("c"), "color": "blue"}],
        "indicators": indicators,
        "milestones": milestones,
    });
    let checked = validate_value(&doc);
    let errors: Vec<String> = checked.errors().take(3).map(|p| p.message(Lang::En)).collect();
    checked.dataset.unwrap_or_else(|| panic!("the generated dataset is valid: {errors:?}"))
}

/// Measurements and marks of one timeline layout.
fn timeline_counts(ds: &Dataset, width: f64, window: (f64, f64), lang: Lang) -> (usize, usize, usize) {
    let visible: Vec<usize> = (0..ds.milestones.len()).collect();
    let m = CountingMeasure::new(ApproxMeasure);
    let t = layout_timeline(&TimelineInput {
        dataset: ds,
        visible: &visible,
        lang,
        width,
        measure: &m,
        year_band_label: "Year only",
        window,
    });
    let marks = t.static_marks.len()
        + t.items.iter().map(|p| milestone_marks(p, Paint::Ink, 0, true).len()).sum::<usize>();
    (m.count(), m.chars(), marks)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn every_mini_chart_stays_within_its_budget(
        specs in prop::collection::vec((0u8..8, 0.0f64..1e15, 0usize..1_000, 1usize..=2_000), 1..=limits::MAX_INDICATORS),
        width in prop_oneof![Just(0.0), 60.0f64..600.0, Just(4_000.0)],
        lang in prop_oneof![Just(Lang::ZhHant), Just(Lang::ZhHans), Just(Lang::En)],
    ) {
        let inds: Vec<Value> = specs.iter().enumerate().map(|(i, &(k, big, n, chars))| indicator(i, k, big, n, chars)).collect();
        let ds = dataset(inds, vec![]);
        for ind in &ds.indicators {
            let m = CountingMeasure::new(ApproxMeasure);
            let marks = layout_mini_chart(ind, ColorToken::Blue, width, 96.0, lang, &m);
            prop_assert!(marks.len() <= mini_chart::MAX_MARKS, "{:?}: {} marks", ind.chart, marks.len());
            prop_assert!(m.count() <= mini_chart::MAX_MEASUREMENTS, "{:?}: {} measurements", ind.chart, m.count());
            prop_assert!(m.chars() <= m.count() * (MAX_LABEL_CHARS + 8), "{:?}: {} characters measured", ind.chart, m.chars());
        }
    }

    #[test]
    fn every_timeline_layout_stays_within_its_budget(
        n in prop_oneof![1usize..200, Just(limits::MAX_MILESTONES)],
        chars in prop_oneof![1usize..40, Just(limits::MAX_CHARS)],
        precision in 0usize..5,
        width in prop_oneof![Just(240.0), 320.0f64..1_600.0],
        zoom in prop_oneof![Just((0.0, 1.0)), (0.0f64..0.98).prop_map(|a| (a, a + 0.015))],
    ) {
        let title = text(&label(chars));
        let ds = dataset(vec![], (0..n).map(|i| milestone(i, &title, precision)).collect());
        let (count, measured_chars, marks) = timeline_counts(&ds, width, zoom, Lang::En);
        prop_assert!(count <= timeline::MAX_MEASUREMENTS, "{count} measurements");
        prop_assert!(measured_chars <= count * (MAX_LABEL_CHARS + 8), "{measured_chars} characters measured");
        prop_assert!(marks <= timeline::max_marks(width), "{marks} marks at {width} px");
    }
}

#[test]
fn timeline_measurements_stop_growing_with_the_label_length() {
    // Before: 60 labels of 2,000 characters cost about 365,000 measurements
    // at 1280 px (one per character cut) and 20,000 such milestones 406,000.
    // Now each fit halves its way (log2 of at most 300 characters), so the
    // count is bounded by a constant and titles past the cut cost no more.
    let counts: Vec<(usize, usize)> = [10, 100, 300, 2_000]
        .iter()
        .map(|&chars| {
            let title = text(&label(chars));
            let ds = dataset(vec![], (0..limits::MAX_MILESTONES).map(|i| milestone(i, &title, 0)).collect());
            let (h, _, _) = timeline_counts(&ds, 1280.0, (0.0, 1.0), Lang::En);
            let (v, _, _) = timeline_counts(&ds, 320.0, (0.0, 1.0), Lang::En);
            (h, v)
        })
        .collect();
    for &(h, v) in &counts {
        assert!(h <= timeline::MAX_MEASUREMENTS && v <= timeline::MAX_MEASUREMENTS, "{counts:?}");
    }
    let (at_cut, longest) = (counts[2], counts[3]);
    assert!(longest.0 <= at_cut.0 && longest.1 <= at_cut.1, "{counts:?}");
}
