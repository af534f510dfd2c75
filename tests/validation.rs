#![cfg(not(target_arch = "wasm32"))]
//! Every validation rule, as a newsroom developer would trip over it: each
//! broken file must name the field and say what was expected.

use serde_json::{json, Value};
use tiexi_infographic::data::validate::{limits, validate_value};
use tiexi_infographic::data::{parse_dataset, Lang, ProblemKind, Severity};

#[path = "support/sample.rs"]
mod sample;
use sample::{text, valid};

fn problems(v: &Value) -> Vec<(String, ProblemKind)> {
    validate_value(v).problems.into_iter().map(|p| (p.path, p.kind)).collect()
}

fn first_error_at(v: &Value) -> (String, String) {
    let checked = validate_value(v);
    assert!(checked.dataset.is_none(), "expected the data to be refused");
    let p = checked.errors().next().expect("an error").clone();
    (p.path.clone(), p.message(Lang::En))
}

#[test]
fn the_valid_sample_passes_without_problems() {
    let checked = validate_value(&valid());
    assert_eq!(checked.problems, vec![]);
    let ds = checked.dataset.expect("valid");
    assert_eq!(ds.indicators[0].milestones, vec![0]);
    assert_eq!(ds.milestones[0].indicators, vec![0], "links are made mutual");
}

#[test]
fn a_bad_month_names_the_field_and_the_expected_forms() {
    let mut v = valid();
    v["milestones"][0]["date"] = json!("2025-13");
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.milestones[0].date");
    assert!(
        msg.contains("expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD") && msg.contains("\"2025-13\""),
        "{msg}"
    );
}

#[test]
fn unknown_fields_are_refused_with_the_allowed_list() {
    let mut v = valid();
    v["indicators"][0]["colour"] = json!("red");
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.indicators[0].colour");
    assert!(msg.contains("unknown field") && msg.contains("chart"), "{msg}");
}

#[test]
fn duplicate_ids_point_at_the_first_use() {
    let mut v = valid();
    let copy = v["milestones"][0].clone();
    if let Some(a) = v["milestones"].as_array_mut() {
        a.push(copy);
    }
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.milestones[1].id");
    assert!(msg.contains("$.milestones[0].id"), "{msg}");
}

#[test]
fn dangling_links_name_the_missing_id() {
    let mut v = valid();
    v["indicators"][0]["milestones"] = json!(["nope"]);
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.indicators[0].milestones[0]");
    assert!(msg.contains("no milestone has the id \"nope\""), "{msg}");
    let mut v = valid();
    v["milestones"][0]["category"] = json!("ghost");
    assert_eq!(first_error_at(&v).0, "$.milestones[0].category");
}

#[test]
fn a_missing_translation_falls_back_with_a_warning_only() {
    let mut v = valid();
    v["milestones"][0]["title"] = json!({"zh-Hant": "只有繁體"});
    let checked = validate_value(&v);
    let ds = checked.dataset.as_ref().expect("still shown");
    assert_eq!(ds.milestones[0].title.get(Lang::En), "只有繁體");
    let warnings: Vec<_> = checked.warnings().map(|p| p.path.clone()).collect();
    assert_eq!(warnings, ["$.milestones[0].title.zh-Hans", "$.milestones[0].title.en"]);
    assert!(checked.warnings().all(|p| p.severity() == Severity::Warning));
}

#[test]
fn the_default_language_text_is_required_and_unknown_languages_refused() {
    let mut v = valid();
    v["milestones"][0]["title"] = json!({"en": "Only English"});
    assert_eq!(first_error_at(&v).0, "$.milestones[0].title.zh-Hant");
    let mut v = valid();
    v["milestones"][0]["title"]["fr"] = json!("Bonjour");
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.milestones[0].title.fr");
    assert!(msg.contains("zh-Hant, zh-Hans or en"));
}

#[test]
fn dates_outside_the_period_are_refused() {
    let mut v = valid();
    v["milestones"][0]["date"] = json!("2024-12-31");
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.milestones[0].date");
    assert!(msg.contains("outside the period 2025"), "{msg}");
}

#[test]
fn empty_and_overlong_strings_are_refused() {
    let mut v = valid();
    v["categories"][0]["name"]["en"] = json!("   ");
    assert_eq!(problems(&v)[0], ("$.categories[0].name.en".into(), ProblemKind::Empty));
    let mut v = valid();
    v["milestones"][0]["description"]["en"] = json!("x".repeat(limits::MAX_CHARS + 1));
    assert!(matches!(problems(&v)[0].1, ProblemKind::StringTooLong { .. }));
}

#[test]
fn absurd_sizes_are_refused_and_say_the_cap() {
    let big = vec![b' '; limits::MAX_BYTES + 1];
    let checked = parse_dataset(&big);
    assert!(checked.problems[0].message(Lang::En).contains(&limits::MAX_BYTES.to_string()));
    let mut v = valid();
    let many: Vec<Value> = (0..=limits::MAX_INDICATORS).map(|i| json!({"id": format!("x{i}")})).collect();
    v["indicators"] = json!(many);
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.indicators");
    assert!(msg.contains(&format!("at most {}", limits::MAX_INDICATORS)), "{msg}");
}

#[test]
fn wrong_types_and_missing_fields_are_located() {
    let mut v = valid();
    v["indicators"][0]["value"] = json!("12");
    assert_eq!(
        first_error_at(&v),
        ("$.indicators[0].value".into(), "$.indicators[0].value: expected a number".into())
    );
    let mut v = valid();
    if let Some(m) = v["meta"].as_object_mut() {
        m.remove("period");
    }
    assert_eq!(first_error_at(&v).0, "$.meta.period");
}

#[test]
fn enumerations_list_what_is_allowed() {
    let mut v = valid();
    v["indicators"][0]["chart"] = json!("pie");
    let (_, msg) = first_error_at(&v);
    assert!(msg.contains("streak") && msg.contains("\"pie\""), "{msg}");
    let mut v = valid();
    v["categories"][0]["color"] = json!("#ff0000");
    assert_eq!(first_error_at(&v).0, "$.categories[0].color");
}

#[test]
fn charts_refuse_inputs_that_would_draw_a_lie() {
    let mut v = valid();
    v["indicators"][0]["chart"] = json!("ring");
    v["indicators"][0]["value"] = json!(140);
    assert_eq!(first_error_at(&v).0, "$.indicators[0].value");
    let mut v = valid();
    v["indicators"][0]["chart"] = json!("duration");
    assert_eq!(first_error_at(&v).0, "$.indicators[0].reference");
}

#[test]
fn only_web_addresses_are_accepted_as_links() {
    let mut v = valid();
    v["meta"]["source"]["url"] = json!("javascript:alert(1)");
    let (path, msg) = first_error_at(&v);
    assert_eq!(path, "$.meta.source.url");
    assert!(msg.contains("http"));
}

#[test]
fn every_problem_is_collected_not_just_the_first() {
    let mut v = valid();
    v["milestones"][0]["date"] = json!("2025-02-30");
    v["indicators"][0]["value"] = json!(-1);
    v["categories"][0]["color"] = json!("pink");
    assert_eq!(validate_value(&v).errors().count(), 3);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let checked = parse_dataset(b"{\n  \"meta\": ,\n}");
    let msg = checked.problems[0].message(Lang::En);
    assert_eq!(msg, "$: not valid JSON at line 2, column 11 (expected a value)");
    // What was wrong is said in the reader's language, not in the parser's English.
    let hant = checked.problems[0].message(Lang::ZhHant);
    assert_eq!(hant, "$: 第 2 行第 11 列不是有效的 JSON（應為一個值）");
    let hans = checked.problems[0].message(Lang::ZhHans);
    assert_eq!(hans, "$: 第 2 行第 11 列不是有效的 JSON（应为一个值）");
    // Columns count bytes, as they always did: 鐵 is three.
    let checked = parse_dataset(r#"{"鐵" 1}"#.as_bytes());
    assert_eq!(
        checked.problems[0].message(Lang::En),
        "$: not valid JSON at line 1, column 8 (expected `:` after the key)"
    );
}

#[test]
fn markup_in_text_stays_text() {
    // The widget renders strings as text nodes; validation must not alter
    // them either, so what a reader sees is exactly what the file says.
    let mut v = valid();
    v["milestones"][0]["title"] = text("<img src=x onerror=alert(1)>");
    let ds = validate_value(&v).dataset.expect("valid");
    assert_eq!(ds.milestones[0].title.get(Lang::En), "<img src=x onerror=alert(1)>");
}

mod arbitrary_input {
    use super::*;
    use proptest::prelude::*;

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "[a-z0-9\\-]{0,12}".prop_map(Value::from),
            prop_oneof![Just("2025"), Just("2025-10"), Just("2025-13"), Just("2025-10-26"), Just("zh-Hant")]
                .prop_map(Value::from),
        ];
        leaf.prop_recursive(5, 64, 8, |inner| {
            let keys = prop_oneof![
                Just("meta".to_owned()),
                Just("categories".to_owned()),
                Just("indicators".to_owned()),
                Just("milestones".to_owned()),
                Just("id".to_owned()),
                Just("date".to_owned()),
                Just("title".to_owned()),
                Just("zh-Hant".to_owned()),
                Just("value".to_owned()),
                Just("chart".to_owned()),
                Just("parts".to_owned()),
                Just("source".to_owned()),
                "[a-z]{1,6}",
            ];
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map(keys, inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
            let _ = parse_dataset(&bytes);
        }

        #[test]
        fn arbitrary_json_never_panics_and_errors_are_located(v in arb_json()) {
            let checked = validate_value(&v);
            for p in &checked.problems {
                prop_assert!(p.path.starts_with('$'));
            }
            prop_assert!(checked.dataset.is_some() || checked.errors().count() > 0);
        }

        #[test]
        fn mutating_a_valid_file_never_panics(path_choice in 0usize..8, replacement in arb_json()) {
            let mut v = valid();
            let slot = match path_choice {
                0 => &mut v["meta"],
                1 => &mut v["categories"][0],
                2 => &mut v["indicators"][0],
                3 => &mut v["indicators"][0]["value"],
                4 => &mut v["milestones"][0],
                5 => &mut v["milestones"][0]["date"],
                6 => &mut v["milestones"][0]["source"],
                _ => &mut v["indicators"][0]["milestones"],
            };
            *slot = replacement;
            let _ = validate_value(&v);
        }
    }
}

#[test]
fn a_wrong_version_is_echoed_as_written() {
    // The echo is our own JSON writer (src/data/json_echo.rs), not
    // serde_json's serializer: it must still quote what the file says.
    for (version, got) in [
        (json!(2), "2"),
        (json!(1.5), "1.5"),
        (json!(-3e20), "-3e+20"),
        (json!("1"), "\"1\""),
        (json!([1]), "[1]"),
        (json!({"major": 1}), "{\"major\":1}"),
        (json!(true), "true"),
    ] {
        let mut v = valid();
        v["version"] = version.clone();
        let found = problems(&v);
        let kinds: Vec<&ProblemKind> =
            found.iter().filter(|(path, _)| path == "$.version").map(|(_, kind)| kind).collect();
        assert!(
            matches!(kinds.as_slice(), [ProblemKind::NotOneOf { got: g, .. }] if g == got),
            "{version}: {kinds:?}"
        );
        assert_eq!(got, version.to_string(), "serde_json writes it the same way");
    }
    let mut v = valid();
    v["version"] = json!(1.0);
    assert_eq!(problems(&v), vec![], "1.0 is the number 1");
}
