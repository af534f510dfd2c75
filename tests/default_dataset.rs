#![cfg(not(target_arch = "wasm32"))]
//! The built-in dataset against its sources: every date as precise as the
//! checked reports allow and no more, every number traceable to the article
//! or to `facts.md`, and none of the traps the facts file lists.

use std::path::PathBuf;
use tiexi_infographic::data::default_dataset::default_dataset;
use tiexi_infographic::data::{Dataset, Lang, Precision, SourceKind};

fn dataset() -> Dataset {
    let checked = default_dataset();
    assert_eq!(checked.problems, vec![], "the default dataset has no errors and no warnings");
    checked.dataset.expect("valid")
}

/// The source files live beside the repository (`../shared/source`), where
/// every developer and CI find them.
fn source(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/source").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Each milestone's date and precision as `facts.md` supports them.
const CHECKED_DATES: &[(&str, &str, Precision)] = &[
    ("gdp-streak", "2025", Precision::Year),
    ("devzone-first-tier", "2025", Precision::Year),
    ("3sbio-pfizer", "2025-05-20", Precision::Day),
    ("3sbio-effective", "2025-07-24", Precision::Day),
    ("hongyuan-subscription", "2025-08-11", Precision::Day),
    ("hongyuan-listing", "2025-08", Precision::Month),
    ("life-city-plan", "2025-10", Precision::Month),
    ("hongmei-heritage", "2025-10", Precision::Month),
    ("tieren-promotion", "2025-10-26", Precision::Day),
    ("zero-carbon-list", "2025-12-26", Precision::Day),
];

#[test]
fn every_milestone_has_exactly_its_checked_date_and_precision() {
    let ds = dataset();
    assert_eq!(ds.milestones.len(), CHECKED_DATES.len(), "no milestone without a checked date");
    let facts = source("facts.md");
    let article = source("article.zh-Hant.txt");
    for m in &ds.milestones {
        let (_, date, precision) = CHECKED_DATES
            .iter()
            .find(|(id, ..)| *id == m.id)
            .unwrap_or_else(|| panic!("{} is not in the checked list", m.id));
        assert_eq!(m.date.to_string(), *date, "{}", m.id);
        assert_eq!(m.date.precision(), *precision, "{}", m.id);
        match precision {
            // A day or month must appear in the facts file, or (for the
            // life-health city) be dated by the article itself.
            Precision::Day | Precision::Month => {
                let in_facts = facts.contains(date);
                let (y, mo) = (&date[..4], date[5..7].trim_start_matches('0'));
                let in_article = article.contains(&format!("{y}年{mo}月"));
                assert!(in_facts || in_article, "{}: {date} is in neither source", m.id);
                if in_facts && !in_article {
                    assert!(
                        m.source.iter().any(|s| s.kind == SourceKind::Report),
                        "{} cites the report that dates it",
                        m.id
                    );
                }
            }
            _ => assert!(article.contains("2025年"), "year-only items are the article's 2025"),
        }
    }
}

#[test]
fn no_trap_from_the_facts_file_is_a_2025_milestone() {
    let ds = dataset();
    for m in &ds.milestones {
        for lang in Lang::ALL {
            let text = format!("{} {}", m.title.get(lang), m.description.get(lang)).to_lowercase();
            for trap in [
                "春晚",
                "春节联欢",
                "春節聯歡",
                "gala",
                "工業博物館",
                "工业博物馆",
                "museum",
                "電池",
                "电池",
                "battery",
                "熱處理",
                "热处理",
                "heat-treatment",
            ] {
                assert!(!text.contains(trap), "{} mentions {trap:?}", m.id);
            }
        }
    }
}

/// Numbers the dataset derives rather than quotes, each with its derivation.
const DERIVED: &[(&str, &str)] =
    &[("2.5", "√6.2 km² ≈ 2.49 km, the side of a square of that area"), ("2.49", "√6.2")];

fn numbers_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !current.is_empty()) || (c == ',' && !current.is_empty()) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(current.trim_end_matches(['.', ',']).replace(',', ""));
            current.clear();
        }
    }
    out
}

#[test]
fn every_number_shown_traces_to_the_article_or_the_facts() {
    let ds = dataset();
    let sources = format!("{}\n{}", source("article.zh-Hant.txt"), source("facts.md"));
    let known: Vec<f64> = numbers_in(&sources).iter().filter_map(|n| n.parse().ok()).collect();
    // 60億 and 6 billion, 500萬 and 5 million: the same figure in other big units.
    let traceable = |n: f64| {
        n == 0.0
            || known
                .iter()
                .any(|&k| (-10..=10).any(|e| (k * 10f64.powi(e) - n).abs() < 1e-9 * n.abs().max(1.0)))
    };
    let mut texts: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        texts.push(ds.meta.title.get(lang).to_owned());
        texts.push(ds.meta.subtitle.get(lang).to_owned());
        for i in &ds.indicators {
            texts.extend([i.label.get(lang), i.description.get(lang), i.unit.get(lang)].map(str::to_owned));
            texts.push(tiexi_infographic::data::format::indicator_value(i, lang));
            texts.push(tiexi_infographic::data::format::exact_value(i, lang));
            texts.extend(i.parts.iter().map(|p| format!("{} {}", p.value, p.label.get(lang))));
            texts.extend(i.reference.iter().map(|p| format!("{} {}", p.value, p.label.get(lang))));
            texts.extend(i.source.iter().map(|s| s.note.get(lang).to_owned()));
        }
        for m in &ds.milestones {
            texts.extend([m.title.get(lang), m.description.get(lang)].map(str::to_owned));
            texts.extend(m.source.iter().map(|s| s.note.get(lang).to_owned()));
        }
    }
    for text in &texts {
        for n in numbers_in(text) {
            if DERIVED.iter().any(|(d, _)| *d == n) {
                continue;
            }
            let value: f64 = n.parse().unwrap_or(f64::NAN);
            assert!(traceable(value), "{n} in {text:?} is in neither source");
        }
    }
}

#[test]
fn the_article_figures_named_in_the_brief_are_all_there() {
    let ds = dataset();
    let value = |id: &str| ds.indicators.iter().find(|i| i.id == id).map(|i| i.value);
    assert_eq!(value("gdp-streak"), Some(12.0));
    assert_eq!(value("3sbio-order"), Some(6e9));
    assert_eq!(value("life-city-area"), Some(6.2));
    assert_eq!(value("bmw-renewable"), Some(100.0));
    assert_eq!(value("life-city-partners"), Some(12.0));
    assert_eq!(value("hongmei-visitors"), Some(5e6));
    assert_eq!(value("lab-to-line"), Some(6.0));
    assert!(value("zero-carbon-park").is_some());
    assert!(ds.indicators.len() >= 8);
}
