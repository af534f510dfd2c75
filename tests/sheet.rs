#![cfg(not(target_arch = "wasm32"))]
//! The spreadsheet path end to end: the built-in dataset written as the two
//! sheets and read back is the same dataset, whether the sheets travel as
//! CSV files (the templates in `docs/`) or as cells pasted from a
//! spreadsheet.
//!
//! After a change to the built-in dataset or to the columns, rewrite the
//! templates with `TIEXI_WRITE_TEMPLATES=1 cargo test --test sheet`.

use serde_json::Value;
use tiexi_infographic::data::sheet::{
    indicators_sheet, milestones_sheet, read_sheets, sheet_from_json, SheetKind,
};
use tiexi_infographic::data::{parse_dataset, Dataset, Lang};

const BUILT_IN: &[u8] = include_bytes!("../data/tiexi-2025.json");
const MILESTONES_TEMPLATE: &str = "docs/template-milestones.csv";
const INDICATORS_TEMPLATE: &str = "docs/template-indicators.csv";

fn built_in() -> (Value, Dataset) {
    let value: Value = serde_json::from_slice(BUILT_IN).expect("the built-in file is JSON");
    let dataset = parse_dataset(BUILT_IN).dataset.expect("the built-in dataset is valid");
    (value, dataset)
}

/// The built-in file without its milestones and indicators: what the
/// sheets complete.
fn base(value: &Value) -> Value {
    let mut base = value.clone();
    if let Some(root) = base.as_object_mut() {
        root.remove("milestones");
        root.remove("indicators");
    }
    base
}

fn read_back(milestones: &str, indicators: &str) -> Dataset {
    let (value, _) = built_in();
    let outcome = read_sheets(&base(&value), Some(milestones), Some(indicators));
    let messages: Vec<String> = outcome.problems.iter().map(|p| p.message(Lang::En)).collect();
    assert_eq!(messages, Vec::<String>::new());
    outcome.dataset.expect("no errors, so a dataset")
}

#[test]
fn the_built_in_dataset_round_trips_through_pasted_cells() {
    let (_, dataset) = built_in();
    let back = read_back(&milestones_sheet(&dataset).to_tsv(), &indicators_sheet(&dataset).to_tsv());
    assert_eq!(back, dataset);
}

#[test]
fn the_built_in_dataset_round_trips_through_csv_files() {
    let (_, dataset) = built_in();
    let back = read_back(&milestones_sheet(&dataset).to_csv(), &indicators_sheet(&dataset).to_csv());
    assert_eq!(back, dataset);
}

#[test]
fn the_built_in_file_opened_as_sheets_reads_back_as_the_same_json() {
    // What the editor exports from an untouched start: the file itself,
    // compared as JSON (its order, its gaps, its numbers), through pasted
    // cells and through CSV files.
    let (value, _) = built_in();
    let milestones = sheet_from_json(SheetKind::Milestones, &value);
    let indicators = sheet_from_json(SheetKind::Indicators, &value);
    for (m, i) in [(milestones.to_tsv(), indicators.to_tsv()), (milestones.to_csv(), indicators.to_csv())] {
        let outcome = read_sheets(&base(&value), Some(&m), Some(&i));
        assert_eq!(outcome.problems, vec![]);
        let back: Value = serde_json::from_str(&outcome.json).expect("the sheets give JSON");
        assert_eq!(back, value);
    }
}

#[test]
fn the_templates_in_docs_are_the_built_in_dataset() {
    let (_, dataset) = built_in();
    let root = env!("CARGO_MANIFEST_DIR");
    let written = [
        (MILESTONES_TEMPLATE, milestones_sheet(&dataset).to_csv()),
        (INDICATORS_TEMPLATE, indicators_sheet(&dataset).to_csv()),
    ];
    if std::env::var_os("TIEXI_WRITE_TEMPLATES").is_some() {
        for (path, csv) in &written {
            std::fs::write(format!("{root}/{path}"), csv).expect("write a template");
        }
    }
    let read = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).expect("read a template");
    for (path, csv) in &written {
        assert!(
            read(path) == *csv,
            "{path} is out of date: TIEXI_WRITE_TEMPLATES=1 cargo test --test sheet rewrites it"
        );
    }
    assert_eq!(read_back(&read(MILESTONES_TEMPLATE), &read(INDICATORS_TEMPLATE)), dataset);
}

#[test]
fn a_sheet_with_formula_like_and_quoted_texts_round_trips() {
    let (_, mut dataset) = built_in();
    let tricky =
        ["=SUM(A1)", "'=kept apostrophe", "''+two", "-minus first", "\"quoted\" start", "a\tb, c\nd"];
    for (m, text) in dataset.milestones.iter_mut().zip(tricky) {
        m.title.set(Lang::En, text.to_owned());
        m.description.set(Lang::ZhHans, text.to_owned());
    }
    let milestones = milestones_sheet(&dataset);
    assert!(milestones.to_csv().contains(",'=SUM(A1),"));
    let indicators = indicators_sheet(&dataset);
    assert_eq!(read_back(&milestones.to_tsv(), &indicators.to_tsv()), dataset);
    assert_eq!(read_back(&milestones.to_csv(), &indicators.to_csv()), dataset);
}
