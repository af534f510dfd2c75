#![cfg(not(target_arch = "wasm32"))]
//! The worst-case layouts, timed. Not a test: it is ignored and run by
//! `scripts/bench` in release mode (`cargo test --release --test
//! bench_layout -- --ignored --nocapture`), and prints a Markdown table for
//! BENCHMARKS.md. It uses only the public layout API, so the same file
//! measured the code before the budgets were introduced.

use serde_json::{json, Value};
use std::cell::Cell;
use std::time::Instant;
use tiexi_infographic::data::validate::validate_value;
use tiexi_infographic::data::{ColorToken, Lang};
use tiexi_infographic::layout::mini_chart::layout_mini_chart;
use tiexi_infographic::layout::timeline::{layout_timeline, milestone_marks, TimelineInput};
use tiexi_infographic::layout::{ApproxMeasure, Paint, TextMeasure};

/// Counts the measurements it is asked for (its own, so this file needs
/// nothing the code under test may lack).
struct Counting(Cell<usize>);

impl TextMeasure for Counting {
    fn width(&self, text: &str, size: f64) -> f64 {
        self.0.set(self.0.get() + 1);
        ApproxMeasure.width(text, size)
    }
}

fn text(s: &str) -> Value {
    json!({"zh-Hant": s, "zh-Hans": s, "en": s})
}

fn long(n: usize) -> String {
    "Shenyang Tiexi 鐵西 ".chars().cycle().take(n).collect()
}

fn base(indicators: Vec<Value>, milestones: Vec<Value>) -> Value {
    json!({
        "meta": {"title": text("t"), "source": {"author": text("a")}, "period": "2025"},
        "categories": [{"id": "c", "name": text("c"), "color": "blue"}],
        "indicators": indicators,
        "milestones": milestones,
    })
}

fn indicator(chart: &str, value: f64, extra: Value) -> Value {
    let mut v = json!({
        "id": "i", "value": value, "label": text("l"), "description": text("d"), "category": "c",
        "chart": chart, "source": [{"kind": "article", "note": text("n")}],
    });
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    v
}

fn milestones(n: usize, title_chars: usize) -> Vec<Value> {
    let title = long(title_chars);
    (0..n)
        .map(|i| {
            let date = match i % 4 {
                0 => format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                1 => format!("2025-{:02}", 1 + (i / 4) % 12),
                2 => "2025".to_owned(),
                _ => format!("2025-Q{}", 1 + i % 4),
            };
            json!({
                "id": format!("m{i}"), "date": date, "title": text(&title), "description": text("d"),
                "category": "c", "importance": 1 + i % 3, "source": [{"kind": "article", "note": text("n")}],
            })
        })
        .collect()
}

/// Milliseconds, measurements, and marks (`None`: refused by the validator).
type Timed = (f64, usize, Option<usize>);

/// Times `f` (best of `rounds`), returning milliseconds, measurements and marks.
fn time(rounds: usize, f: impl Fn(&Counting) -> Option<usize>) -> Timed {
    let mut best = f64::MAX;
    let (mut count, mut marks) = (0, None);
    for _ in 0..rounds {
        let m = Counting(Cell::new(0));
        let started = Instant::now();
        marks = f(&m);
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
        count = m.0.get();
    }
    (best, count, marks)
}

fn mini(ind: &Value, m: &Counting) -> Option<usize> {
    // Laid out as the widget would if the validator let it through; when it
    // refuses, the raw value is what an unbounded layout would have drawn.
    let checked = validate_value(&base(vec![ind.clone()], vec![]));
    match checked.dataset {
        Some(ds) => {
            Some(layout_mini_chart(&ds.indicators[0], ColorToken::Blue, 260.0, 96.0, Lang::En, m).len())
        }
        None => None,
    }
}

fn timeline(n: usize, title_chars: usize, width: f64) -> impl Fn(&Counting) -> Option<usize> {
    let ds = validate_value(&base(vec![], milestones(n, title_chars))).dataset.expect("valid milestones");
    let visible: Vec<usize> = (0..ds.milestones.len()).collect();
    move |m: &Counting| {
        let t = layout_timeline(&TimelineInput {
            dataset: &ds,
            visible: &visible,
            lang: Lang::En,
            width,
            measure: m,
            year_band_label: "Year only",
            window: (0.0, 1.0),
        });
        Some(
            t.static_marks.len()
                + t.items.iter().map(|p| milestone_marks(p, Paint::Ink, 0, false).len()).sum::<usize>(),
        )
    }
}

#[test]
#[ignore = "a benchmark: run by scripts/bench in release mode"]
fn worst_case_layouts() {
    let mut rows: Vec<(String, Timed)> = Vec::new();
    let area = |v: f64| indicator("area", v, json!({"reference": {"label": text("cell"), "value": 1}}));
    for v in [400.0, 1e6, 1e9, 1e12] {
        let ind = area(v);
        rows.push((format!("area card, value {v:e} on a grid of 1"), time(3, |m| mini(&ind, m))));
    }
    let parts: Vec<Value> = (0..20).map(|_| json!({"label": text(&long(2000)), "value": 40})).collect();
    let units = indicator("units", 800.0, json!({"parts": parts}));
    rows.push((
        "units card, 20 parts of 40 with 2,000-character labels".into(),
        time(3, |m| mini(&units, m)),
    ));
    let batch = indicator("batch", 1.0, json!({"reference": {"label": text(&long(2000)), "value": 400}}));
    rows.push(("batch card, 400 cells, 2,000-character label".into(), time(3, |m| mini(&batch, m))));
    for (n, chars, width) in
        [(60, 2000, 1280.0), (60, 2000, 320.0), (20_000, 2000, 1280.0), (20_000, 2000, 320.0)]
    {
        let f = timeline(n, chars, width);
        let label = format!("timeline, {n} milestones, {chars}-character titles, {width} px wide");
        rows.push((label, time(3, f)));
    }
    println!("| worst case | layout (ms, best of 3) | text measurements | marks |");
    println!("|---|---:|---:|---:|");
    for (name, (ms, count, marks)) in rows {
        match marks {
            Some(marks) => println!("| {name} | {ms:.2} | {count} | {marks} |"),
            None => println!("| {name} | refused by the validator | – | – |"),
        }
    }
}
