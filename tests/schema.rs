#![cfg(not(target_arch = "wasm32"))]
//! The JSON Schema editors use must say what the validator says: the same
//! fields and the same allowed values.

use serde_json::Value;
use tiexi_infographic::data::locale::UiText;
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
    assert_eq!(ui, UiText::KEYS);
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

/// Just enough of JSON Schema 2020-12 to run our schema: the keywords it
/// uses, with numbers compared as numbers (so `1.0` equals `1`, and `2.0`
/// is an integer) as the specification says.
mod mini_schema {
    use regex::Regex;
    use serde_json::Value;

    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
            _ => a == b,
        }
    }

    fn resolve<'a>(root: &'a Value, reference: &str) -> &'a Value {
        let name = reference.strip_prefix("#/$defs/").expect("only local $defs references");
        &root["$defs"][name]
    }

    /// Whether `v` is valid against `s` (a part of `root`).
    pub fn valid(root: &Value, s: &Value, v: &Value) -> bool {
        let Some(s) = s.as_object() else { return s.as_bool().unwrap_or(true) };
        let num = v.as_f64();
        let all = |key: &str, f: &dyn Fn(&Value) -> bool| s.get(key).is_none_or(f);
        all("$ref", &|r| valid(root, resolve(root, r.as_str().unwrap_or_default()), v))
            && all("allOf", &|list| list.as_array().is_some_and(|l| l.iter().all(|x| valid(root, x, v))))
            && all("type", &|t| match t.as_str().unwrap_or_default() {
                "object" => v.is_object(),
                "array" => v.is_array(),
                "string" => v.is_string(),
                "number" => v.is_number(),
                "integer" => num.is_some_and(|n| n.fract() == 0.0),
                other => panic!("type {other} not handled"),
            })
            && all("const", &|c| same(c, v))
            && all("enum", &|e| e.as_array().is_some_and(|l| l.iter().any(|x| same(x, v))))
            && all("minimum", &|m| num.is_none_or(|n| n >= m.as_f64().unwrap_or(f64::MIN)))
            && all("maximum", &|m| num.is_none_or(|n| n <= m.as_f64().unwrap_or(f64::MAX)))
            && all("minLength", &|m| {
                v.as_str().is_none_or(|t| t.chars().count() as u64 >= m.as_u64().unwrap_or(0))
            })
            && all("maxLength", &|m| {
                v.as_str().is_none_or(|t| t.chars().count() as u64 <= m.as_u64().unwrap_or(0))
            })
            && all("pattern", &|p| {
                let re = Regex::new(p.as_str().unwrap_or_default()).expect("pattern compiles");
                v.as_str().is_none_or(|t| re.is_match(t))
            })
            && all("minItems", &|m| v.as_array().is_none_or(|a| a.len() as u64 >= m.as_u64().unwrap_or(0)))
            && all("maxItems", &|m| v.as_array().is_none_or(|a| a.len() as u64 <= m.as_u64().unwrap_or(0)))
            && all("items", &|i| v.as_array().is_none_or(|a| a.iter().all(|x| valid(root, i, x))))
            && all("required", &|r| {
                v.as_object().is_none_or(|o| {
                    r.as_array()
                        .is_some_and(|l| l.iter().all(|k| o.contains_key(k.as_str().unwrap_or_default())))
                })
            })
            && all("minProperties", &|m| {
                v.as_object().is_none_or(|o| o.len() as u64 >= m.as_u64().unwrap_or(0))
            })
            && all("propertyNames", &|n| {
                v.as_object().is_none_or(|o| o.keys().all(|k| valid(root, n, &Value::from(k.as_str()))))
            })
            && v.as_object().is_none_or(|o| {
                let props = s.get("properties").and_then(Value::as_object);
                o.iter().all(|(k, x)| match props.and_then(|p| p.get(k)) {
                    Some(ps) => valid(root, ps, x),
                    None => s.get("additionalProperties").is_none_or(|a| valid(root, a, x)),
                })
            })
    }
}

fn text(s: &str) -> Value {
    serde_json::json!({"zh-Hant": s, "zh-Hans": s, "en": s})
}

fn sample() -> Value {
    serde_json::json!({
        "version": 1,
        "meta": {"title": text("Title"), "source": {"author": text("A"), "url": "https://example.org/a"}, "period": "2025"},
        "categories": [{"id": "c", "name": text("C"), "color": "blue"}],
        "indicators": [{
            "id": "i", "value": 12, "label": text("L"), "description": text("D"), "category": "c",
            "chart": "streak", "source": [{"kind": "article", "note": text("N")}]
        }],
        "milestones": [{
            "id": "m", "date": "2025-10-26", "title": text("T"), "description": text("D"),
            "category": "c", "importance": 3, "source": [{"kind": "article", "note": text("N")}]
        }]
    })
}

/// The same cases for both: where the schema can say a rule, it must say
/// what the validator says.
#[test]
fn the_schema_and_the_validator_agree_on_the_same_cases() {
    use serde_json::json;
    let s = schema();
    type Edit = fn(&mut Value);
    let cases: Vec<(&str, Edit)> = vec![
        ("the sample", |_| {}),
        ("importance 2.0", |v| v["milestones"][0]["importance"] = json!(2.0)),
        ("importance 2.5", |v| v["milestones"][0]["importance"] = json!(2.5)),
        ("importance 4", |v| v["milestones"][0]["importance"] = json!(4)),
        ("importance \"2\"", |v| v["milestones"][0]["importance"] = json!("2")),
        ("version 1.0", |v| v["version"] = json!(1.0)),
        ("version 2", |v| v["version"] = json!(2)),
        ("version \"1\"", |v| v["version"] = json!("1")),
        ("url https://", |v| v["meta"]["source"]["url"] = json!("https://")),
        ("url http:///path", |v| v["meta"]["source"]["url"] = json!("http:///path")),
        ("url https://?q", |v| v["meta"]["source"]["url"] = json!("https://?q=1")),
        ("url with a space", |v| v["meta"]["source"]["url"] = json!("https://a.org/a b")),
        ("url with a control", |v| v["meta"]["source"]["url"] = json!("https://a.org/\u{7}")),
        ("url in capitals", |v| v["meta"]["source"]["url"] = json!("HTTPS://EXAMPLE.ORG")),
        ("url javascript:", |v| v["meta"]["source"]["url"] = json!("javascript:alert(1)")),
        ("id of a zero-width space", |v| v["milestones"][0]["id"] = json!("\u{200B}")),
        ("id with an override", |v| v["milestones"][0]["id"] = json!("a\u{202E}b")),
        ("id with a BOM", |v| v["milestones"][0]["id"] = json!("\u{FEFF}m")),
        ("id with a line separator", |v| v["milestones"][0]["id"] = json!("a\u{2028}b")),
        ("id with a space", |v| v["milestones"][0]["id"] = json!("my id")),
        ("title of invisibles", |v| v["milestones"][0]["title"] = text("\u{200B}\u{FEFF}\u{2066}")),
        ("title of spaces", |v| v["milestones"][0]["title"] = text(" \u{3000} ")),
        ("title of a filler", |v| v["milestones"][0]["title"] = text("\u{3164}")),
        ("title with an override", |v| v["milestones"][0]["title"] = text("\u{202E}abc")),
        ("title of 2,000 characters", |v| v["milestones"][0]["title"] = text(&"x".repeat(2_000))),
        ("title of 2,001 characters", |v| v["milestones"][0]["title"] = text(&"x".repeat(2_001))),
        ("range day to month", |v| v["milestones"][0]["date"] = json!("2025-03-31/2025-03")),
        ("range year to month", |v| v["milestones"][0]["date"] = json!("2025/2025-03")),
        ("range month to month", |v| v["milestones"][0]["date"] = json!("2025-03/2025-05")),
        ("range quarter to quarter", |v| v["milestones"][0]["date"] = json!("2025-Q1/2025-Q2")),
        ("full-width year", |v| v["milestones"][0]["date"] = json!("２０２５")),
        ("part value 1e16", |v| {
            v["indicators"][0]["chart"] = json!("stack");
            v["indicators"][0]["parts"] = json!([{"label": text("p"), "value": 1e16}]);
        }),
    ];
    let mut disagreements = Vec::new();
    let mut refused = 0;
    for (name, edit) in cases {
        let mut doc = sample();
        edit(&mut doc);
        let by_validator = tiexi_infographic::data::validate::validate_value(&doc).dataset.is_some();
        let by_schema = mini_schema::valid(&s, &s, &doc);
        if by_validator != by_schema {
            disagreements.push(format!("{name}: validator {by_validator}, schema {by_schema}"));
        }
        refused += usize::from(!by_validator);
        if name == "the sample" {
            assert!(by_validator && by_schema, "the sample is valid for both");
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
    assert_eq!(refused, 23, "the cases test refusals too");
}
