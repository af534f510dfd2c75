#![cfg(not(target_arch = "wasm32"))]
//! Properties of the spreadsheet path over generated input: any dataset the
//! validator accepts (texts full of quotes, separators, line breaks and
//! formula signs; up to 20 sources and parts an item) reads back from its
//! sheets as the same dataset, and any text at all, pasted as a sheet,
//! gives a bounded list of located problems instead of a panic.

use proptest::prelude::*;
use serde_json::{json, Value};
use tiexi_infographic::data::sheet::cells::MAX_COLUMNS;
use tiexi_infographic::data::sheet::{
    indicators_sheet, milestones_sheet, read_sheets, sheet_from_json, Place, SheetKind,
};
use tiexi_infographic::data::validate::{limits, validate_value};
use tiexi_infographic::data::{parse_dataset, Lang};

/// A text a sheet must carry unchanged: visible at both ends (cells are
/// trimmed), anything in between.
const TEXT: &str = "[=+@'\"a-z鐵-][a-z0-9鐵西 \t\n\",;'=+@、-]{0,12}[a-z鐵\"'=]";

fn texts() -> impl Strategy<Value = Value> {
    (TEXT, TEXT, TEXT).prop_map(|(a, b, c)| json!({"zh-Hant": a, "zh-Hans": b, "en": c}))
}

fn sources() -> impl Strategy<Value = Vec<Value>> {
    let one = (any::<bool>(), texts(), proptest::option::of(1u8..=12), any::<bool>()).prop_map(
        |(report, note, month, url)| {
            let mut s = json!({"kind": if report { "report" } else { "article" }, "note": note});
            if let Some(m) = month {
                s["date"] = json!(format!("2025-{m:02}"));
            }
            if url {
                s["url"] = json!("https://example.org/a?b=1,2");
            }
            s
        },
    );
    prop::collection::vec(one, 1..=limits::MAX_SMALL_LIST)
}

fn indicator(i: usize) -> impl Strategy<Value = Value> {
    (0u8..3, 1usize..=limits::MAX_SMALL_LIST, texts(), texts(), texts(), sources(), 0.0f64..1e6).prop_map(
        move |(kind, n, label, unit, description, source, big)| {
            let qualifier = ["exact", "over", "about", "up-to"][n % 4];
            let format = ["number", "compact", "usd", "percent"][n % 4];
            let mut v = json!({
                "id": format!("i{i}"), "label": label, "description": description, "unit": unit,
                "category": "c", "source": source, "qualifier": qualifier, "format": format,
            });
            match kind {
                0 => {
                    v["chart"] = json!("ring");
                    v["value"] = json!((big % 101.0).floor());
                }
                1 => {
                    let parts: Vec<Value> = (0..n)
                        .map(|k| json!({"label": {"zh-Hant": format!("p{k}")}, "value": big / (k + 1) as f64, "qualifier": "up-to"}))
                        .collect();
                    v["chart"] = json!("stack");
                    v["value"] = json!(big);
                    v["parts"] = json!(parts);
                }
                _ => {
                    v["chart"] = json!("duration");
                    v["value"] = json!(big.min(1e5));
                    v["reference"] = json!({"label": {"zh-Hant": "r", "en": "R"}, "value": (n * 1000) as f64});
                    v["period"] = json!("2025-Q2");
                }
            }
            v
        },
    )
}

fn milestone(i: usize, indicators: usize) -> impl Strategy<Value = Value> {
    (0usize..5, 1u8..=3, texts(), texts(), sources(), prop::collection::vec(0..indicators.max(1), 0..3))
        .prop_map(move |(precision, importance, title, description, source, links)| {
            let date = match precision {
                0 => format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                1 => format!("2025-{:02}", 1 + i % 12),
                2 => "2025".to_owned(),
                3 => format!("2025-Q{}", 1 + i % 4),
                _ => format!("2025-{:02}/2025-12", 1 + i % 11),
            };
            let links: Vec<String> =
                if indicators == 0 { vec![] } else { links.iter().map(|k| format!("i{k}")).collect() };
            json!({
                "id": format!("m{i}"), "date": date, "title": title, "description": description,
                "category": "c", "importance": importance, "source": source, "indicators": links,
            })
        })
}

/// A file as the widget reads it: a number is its value whether written
/// `12` or `12.0`, and an empty list of links is no links (a sheet's empty
/// cell).
fn same_json(value: &Value) -> Value {
    match value {
        Value::Number(n) => json!(n.as_f64()),
        Value::Array(items) => Value::Array(items.iter().map(same_json).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, v)| {
                    !(matches!(k.as_str(), "indicators" | "milestones")
                        && v.as_array().is_some_and(|a| a.is_empty()))
                })
                .map(|(k, v)| (k.clone(), same_json(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn base() -> Value {
    json!({
        "version": 1,
        "meta": {"title": {"zh-Hant": "t"}, "source": {"author": {"zh-Hant": "a"}}, "period": "2025"},
        "categories": [{"id": "c", "name": {"zh-Hant": "c"}, "color": "blue"}],
    })
}

fn document() -> impl Strategy<Value = Value> {
    (0usize..6, 0usize..8).prop_flat_map(|(ni, nm)| {
        let inds: Vec<_> = (0..ni).map(indicator).collect();
        let ms: Vec<_> = (0..nm).map(|i| milestone(i, ni)).collect();
        (inds, ms).prop_map(|(inds, ms)| {
            let mut doc = base();
            doc["indicators"] = json!(inds);
            doc["milestones"] = json!(ms);
            doc
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn every_valid_dataset_reads_back_from_its_sheets(doc in document()) {
        let checked = validate_value(&doc);
        let errors: Vec<String> = checked.errors().take(3).map(|p| p.message(Lang::En)).collect();
        let dataset = checked.dataset.unwrap_or_else(|| panic!("the generated dataset is valid: {errors:?}"));
        // What the widget gets from this dataset as a JSON file: its reader
        // (serde_json's arithmetic) may read a float's last digit differently
        // from Rust's parser, and the sheet path ends in the same JSON reading.
        let expected = parse_dataset(&serde_json::to_vec(&doc).unwrap_or_default()).dataset;
        prop_assert!(expected.is_some());
        let (milestones, indicators) = (milestones_sheet(&dataset), indicators_sheet(&dataset));
        for (m, i) in [(milestones.to_tsv(), indicators.to_tsv()), (milestones.to_csv(), indicators.to_csv())] {
            let outcome = read_sheets(&base(), Some(&m), Some(&i));
            let errors: Vec<String> = outcome.errors().take(3).map(|p| p.message(Lang::En)).collect();
            prop_assert!(errors.is_empty(), "{errors:?}");
            prop_assert_eq!(&outcome.dataset, &expected);
        }
    }

    #[test]
    fn every_valid_file_reads_back_as_the_same_json_from_the_sheets_it_opens_as(doc in document()) {
        prop_assert!(validate_value(&doc).dataset.is_some());
        let (m, i) = (sheet_from_json(SheetKind::Milestones, &doc), sheet_from_json(SheetKind::Indicators, &doc));
        for (m, i) in [(m.to_tsv(), i.to_tsv()), (m.to_csv(), i.to_csv())] {
            let outcome = read_sheets(&base(), Some(&m), Some(&i));
            prop_assert!(outcome.errors().next().is_none());
            let back: Value = serde_json::from_str(&outcome.json).unwrap_or_default();
            // The file as the widget reads it (serde_json reads numbers as
            // the widget's reader does): a float's last digit may differ
            // from how it was generated.
            let file: Value = serde_json::from_str(&doc.to_string()).unwrap_or_default();
            prop_assert_eq!(same_json(&back), same_json(&file));
        }
    }

    #[test]
    fn any_pasted_text_gives_located_bounded_problems(
        milestones in "[a-z0-9 \t\n\r\",;'=鐵-]{0,400}",
        indicators in "(id|value|chart|source 1 kind|part 1 value|[a-z \"]{0,6})([\t,](id|value|category|title en|[a-z0-9 \"\n]{0,6})){0,8}\n[a-z0-9 \t\n\r\",;'=-]{0,300}",
    ) {
        let outcome = read_sheets(&base(), Some(&milestones), Some(&indicators));
        prop_assert!(outcome.problems.len() <= 2 * limits::MAX_PROBLEMS + 2);
        for problem in &outcome.problems {
            if let Place::Cell(cell) = &problem.place {
                prop_assert!(cell.row >= 1);
                prop_assert!(cell.index.is_none_or(|i| i < MAX_COLUMNS));
            }
            prop_assert!(!problem.message(Lang::ZhHant).is_empty());
        }
        prop_assert!(outcome.dataset.is_none() || outcome.errors().next().is_none());
    }
}

/// Half the milestone cap: at the cap itself three languages of text do
/// not fit in the widget's 4 MiB, however the JSON is written.
const MANY: usize = limits::MAX_MILESTONES / 2;

#[test]
fn a_sheet_of_ten_thousand_rows_reads_back_whole() {
    let ms: Vec<Value> = (0..MANY)
        .map(|i| {
            json!({
                "id": format!("m{i}"), "date": format!("2025-{:02}", 1 + i % 12), "title": {"zh-Hant": format!("第{i}項")},
                "description": {"zh-Hant": "說明, \"引號\"\n第二行"}, "category": "c",
                "source": [{"kind": "article", "note": {"zh-Hant": "原文"}}],
            })
        })
        .collect();
    let mut doc = base();
    doc["indicators"] = json!([]);
    doc["milestones"] = json!(ms);
    let dataset = validate_value(&doc).dataset.expect("valid");
    let sheet = milestones_sheet(&dataset).to_tsv();
    let outcome = read_sheets(&base(), Some(&sheet), Some("id\n"));
    let errors: Vec<String> = outcome.errors().map(|p| p.message(Lang::En)).collect();
    assert_eq!(errors, Vec::<String>::new());
    // Indented, this JSON would pass the cap; written compact, it fits.
    assert!(!outcome.json.contains("\n  "));
    assert_eq!(outcome.dataset.map(|d| d.milestones), Some(dataset.milestones));
}
