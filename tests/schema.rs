#![cfg(not(target_arch = "wasm32"))]
//! The JSON Schema editors use must say what the validator says: the same
//! fields and the same allowed values.

use serde_json::Value;
use tiexi_infographic::data::locale::ui_keys;
use tiexi_infographic::data::{ChartKind, ColorToken, Qualifier};

fn schema() -> Value {
    serde_json::from_str(include_str!("../docs/data-format.schema.json")).expect("schema is JSON")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

#[test]
fn enumerations_match_the_validator() {
    let s = schema();
    let colors = strings(&s["properties"]["categories"]["items"]["properties"]["color"]["enum"]);
    assert_eq!(colors, ColorToken::ALL.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>());
    let charts = strings(&s["properties"]["indicators"]["items"]["properties"]["chart"]["enum"]);
    assert_eq!(charts, ChartKind::ALL.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>());
    let qualifiers = strings(&s["$defs"]["qualifier"]["enum"]);
    assert_eq!(qualifiers, Qualifier::ALL.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>());
    for props in [&s["properties"]["indicators"]["items"]["properties"], &s["$defs"]["part"]["properties"]] {
        assert_eq!(props["qualifier"]["$ref"], "#/$defs/qualifier", "indicators and parts take a qualifier");
    }
    let ui = strings(
        &s["properties"]["meta"]["properties"]["ui"]["additionalProperties"]["propertyNames"]["enum"],
    );
    assert_eq!(ui, ui_keys());
}

#[test]
fn the_schema_accepts_the_default_dataset_fields() {
    let s = schema();
    let data: Value =
        serde_json::from_str(tiexi_infographic::data::default_dataset::DEFAULT_DATASET_JSON).expect("json");
    let allowed =
        |props: &Value| props.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
    for (field, props) in [
        ("indicators", &s["properties"]["indicators"]["items"]["properties"]),
        ("milestones", &s["properties"]["milestones"]["items"]["properties"]),
    ] {
        let keys = allowed(props);
        for item in data[field].as_array().expect("array") {
            for k in item.as_object().expect("object").keys() {
                assert!(keys.contains(k), "schema lacks {field}.{k}");
            }
        }
    }
}

#[test]
fn the_documented_example_is_a_valid_data_file() {
    let doc = include_str!("../docs/data-format.md");
    let example = doc
        .split("## A complete minimal example")
        .nth(1)
        .and_then(|rest| rest.split("```json").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("the doc has its example");
    let checked = tiexi_infographic::data::parse_dataset(example.as_bytes());
    assert_eq!(checked.problems, vec![]);
}
