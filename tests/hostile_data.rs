#![cfg(not(target_arch = "wasm32"))]
//! Data files that look valid but are built to hurt: a flood of problems,
//! keys and values that write their own lines into a log, invisible ids and
//! titles, ranges of mixed precision, squares of a billion cells. Each must
//! be refused (or reported) briefly, escaped and located.

use serde_json::{json, Value};
use std::process::Command;
use tiexi_infographic::data::validate::{limits, validate_value};
use tiexi_infographic::data::{parse_dataset, Lang, ProblemKind, Severity};

// Only its `text`: the file below is built around an `area` chart.
#[allow(dead_code)]
#[path = "support/sample.rs"]
mod sample;
use sample::text;

fn valid() -> Value {
    json!({
        "version": 1,
        "meta": {"title": text("Title"), "source": {"author": text("A")}, "period": "2025"},
        "categories": [{"id": "c", "name": text("C"), "color": "blue"}],
        "indicators": [{
            "id": "i", "value": 6.2, "label": text("L"), "description": text("D"), "category": "c",
            "chart": "area", "reference": {"label": text("each cell is 1 km²"), "value": 1},
            "source": [{"kind": "article", "note": text("N")}]
        }],
        "milestones": [{
            "id": "m", "date": "2025-10-26", "title": text("T"), "description": text("D"),
            "category": "c", "source": [{"kind": "article", "note": text("N")}]
        }]
    })
}

fn refused_at(v: &Value) -> (String, String) {
    let checked = validate_value(v);
    assert!(checked.dataset.is_none(), "expected the data to be refused");
    let p = checked.errors().next().expect("an error").clone();
    (p.path.clone(), p.message(Lang::En))
}

#[test]
fn a_flood_of_unknown_keys_reports_a_hundred_and_counts_the_rest() {
    // Before: one problem per key (330,000 for a 3.8 MB file).
    let mut v = valid();
    let junk: serde_json::Map<String, Value> = (0..5_000).map(|i| (format!("k{i}"), json!(1))).collect();
    v["meta"]["source"].as_object_mut().expect("object").extend(junk);
    let checked = validate_value(&v);
    assert!(checked.dataset.is_none());
    assert_eq!(checked.problems.len(), limits::MAX_PROBLEMS + 1);
    let last = checked.problems.last().expect("the count");
    assert_eq!(last.kind, ProblemKind::MoreProblems { count: 4_900, errors: 4_900 });
    assert!(last.message(Lang::En).contains("4900 more problems"), "{}", last.message(Lang::En));
    assert!(last.message(Lang::ZhHant).contains("4900"));
    assert!(last.message(Lang::ZhHans).contains("4900"));
}

#[test]
fn problems_past_the_cap_still_refuse_the_data_when_they_are_errors() {
    // A hundred warnings first, then one error: the error is listed in the
    // last warning's place (that warning counted instead), and it stops
    // the data.
    let mut v = valid();
    let ms: Vec<Value> = (0..limits::MAX_PROBLEMS + 1)
        .map(|i| {
            json!({"id": format!("m{i}"), "date": "2025-10", "title": {"zh-Hant": "t"}, "description": {"zh-Hant": "d"},
               "category": "c", "source": [{"kind": "article", "note": {"zh-Hant": "n"}}]})
        })
        .collect();
    v["milestones"] = json!(ms);
    let warnings_only = validate_value(&v);
    assert!(warnings_only.dataset.is_some());
    let ProblemKind::MoreProblems { count: warnings_omitted, errors: 0 } =
        warnings_only.problems.last().expect("count").kind
    else {
        panic!("expected a count of warnings")
    };
    v["milestones"][limits::MAX_PROBLEMS]["date"] = json!("2025-13");
    let checked = validate_value(&v);
    assert!(checked.dataset.is_none(), "the error refuses the data");
    assert_eq!(checked.problems.len(), limits::MAX_PROBLEMS + 1);
    let errors: Vec<usize> =
        (0..checked.problems.len()).filter(|&i| checked.problems[i].severity() == Severity::Error).collect();
    // Listed last of the hundred, in the file's order.
    assert_eq!(errors, [limits::MAX_PROBLEMS - 1]);
    assert_eq!(checked.problems[errors[0]].path, format!("$.milestones[{}].date", limits::MAX_PROBLEMS));
    // Every problem is still listed or counted: one more than before.
    let last = checked.problems.last().expect("count");
    assert_eq!(last.kind, ProblemKind::MoreProblems { count: warnings_omitted + 1, errors: 0 });
    assert_eq!(last.severity(), Severity::Warning);
}

#[test]
fn errors_past_the_cap_with_no_warning_to_replace_are_counted_as_errors() {
    let mut v = valid();
    let junk: serde_json::Map<String, Value> = (0..150).map(|i| (format!("k{i}"), json!(1))).collect();
    v["meta"]["source"].as_object_mut().expect("object").extend(junk);
    v["milestones"][0]["title"] = json!({"zh-Hant": "t"});
    let checked = validate_value(&v);
    assert_eq!(checked.problems.len(), limits::MAX_PROBLEMS + 1);
    assert!(checked.problems[..limits::MAX_PROBLEMS].iter().all(|p| p.severity() == Severity::Error));
    // The 50 unknown keys past the cap and the warnings after them.
    let ProblemKind::MoreProblems { count, errors } = checked.problems.last().expect("count").kind else {
        panic!("expected a count")
    };
    assert_eq!(errors, 50);
    assert!(count > errors);
}

#[test]
fn a_long_value_is_echoed_cut_to_eighty_characters() {
    // Before: the whole 2,000-character value was echoed in the message.
    let mut v = valid();
    v["indicators"][0]["chart"] = json!("p".repeat(2_000));
    let (_, msg) = refused_at(&v);
    assert!(msg.len() < 300, "{} bytes: {msg}", msg.len());
    assert!(msg.contains(&format!("\"{}…\"", "p".repeat(80))), "{msg}");
}

#[test]
fn keys_with_newlines_quotes_and_escapes_are_escaped_in_paths() {
    // Before: `$.meta.a\nerror: forged` was printed with a real newline.
    for (key, shown) in [
        ("a\nerror: $.x: forged", r#"$.meta["a\nerror: $.x: forged"]"#),
        ("\u{1b}[31mred", r#"$.meta["\u{001B}[31mred"]"#),
        ("say \"hi\"", r#"$.meta["say \"hi\""]"#),
        ("\u{202E}txt.exe", r#"$.meta["\u{202E}txt.exe"]"#),
    ] {
        let mut v = valid();
        v["meta"][key] = json!(1);
        let (path, msg) = refused_at(&v);
        assert_eq!(path, shown);
        assert!(!msg.contains('\n') && !msg.contains('\u{1b}') && !msg.contains('\u{202E}'), "{msg:?}");
    }
    let mut v = valid();
    v["milestones"][0]["title"]["x\ny"] = json!("t");
    assert_eq!(refused_at(&v).0, r#"$.milestones[0].title["x\ny"]"#);
    let mut v = valid();
    v["meta"]["ui"] = json!({"k\rl": {}});
    assert_eq!(refused_at(&v).0, r#"$.meta.ui["k\rl"]"#);
}

#[test]
fn ids_with_control_or_format_characters_are_refused() {
    // Before: an id of a lone U+200B, or with a U+202E inside, passed.
    for id in ["\u{200B}", "\u{FEFF}", "\u{202E}", "a\u{200B}b", "m\u{2066}x\u{2069}", "a\nb", "a\u{AD}b"] {
        let mut v = valid();
        v["milestones"][0]["id"] = json!(id);
        let (path, msg) = refused_at(&v);
        assert_eq!(path, "$.milestones[0].id", "{id:?}");
        assert!(msg.contains("U+") || msg.contains("nothing visible"), "{id:?}: {msg}");
    }
    let mut v = valid();
    v["categories"][0]["id"] = json!("c\u{200D}");
    v["indicators"][0]["category"] = json!("c\u{200D}");
    v["milestones"][0]["category"] = json!("c\u{200D}");
    let (path, msg) = refused_at(&v);
    assert_eq!(path, "$.categories[0].id");
    assert!(msg.contains("U+200D at character 2"), "{msg}");
}

#[test]
fn titles_and_labels_with_nothing_visible_are_refused() {
    for title in ["\u{200B}", "\u{FEFF}\u{202E}", "\u{2066}\u{2069}", " \u{200F} ", "\u{3164}"] {
        let mut v = valid();
        v["milestones"][0]["title"] = text(title);
        let checked = validate_value(&v);
        assert!(checked.dataset.is_none(), "{title:?}");
        let p = checked.errors().next().expect("error");
        assert!(p.path.starts_with("$.milestones[0].title."), "{}", p.path);
        assert_eq!(p.kind, ProblemKind::Invisible);
        for lang in Lang::ALL {
            assert!(!p.message(lang).is_empty());
        }
    }
    let mut v = valid();
    v["indicators"][0]["label"]["en"] = json!("\u{200B}\u{200C}");
    assert_eq!(refused_at(&v).0, "$.indicators[0].label.en");
    // A visible title that contains an override is text, shown isolated.
    let mut v = valid();
    v["milestones"][0]["title"] = text("\u{202E}abc");
    assert!(validate_value(&v).dataset.is_some());
}

#[test]
fn ranges_whose_ends_differ_in_precision_are_refused_with_their_path() {
    for date in ["2025-03-31/2025-03", "2025/2025-03", "2025-Q1/2025-05-01"] {
        let mut v = valid();
        v["milestones"][0]["date"] = json!(date);
        let (path, msg) = refused_at(&v);
        assert_eq!(path, "$.milestones[0].date");
        assert!(msg.contains("same precision"), "{msg}");
        let p = validate_value(&v).problems.remove(0);
        assert!(p.message(Lang::ZhHant).contains("同一精度") && p.message(Lang::ZhHans).contains("同一精度"));
    }
    let mut v = valid();
    v["milestones"][0]["date"] = json!("2025-03/2025-05");
    assert!(validate_value(&v).dataset.is_some());
}

#[test]
fn an_area_too_large_for_its_grid_is_refused_at_the_reference() {
    // Before: accepted, and one layout made about 63 million marks.
    for value in [1e15, 1e12, 401.0] {
        let mut v = valid();
        v["indicators"][0]["value"] = json!(value);
        let (path, msg) = refused_at(&v);
        assert_eq!(path, "$.indicators[0].reference.value");
        assert!(msg.contains("at most 400"), "{msg}");
    }
    let mut v = valid();
    v["indicators"][0]["value"] = json!(400);
    assert!(validate_value(&v).dataset.is_some());
    v["indicators"][0]["value"] = json!(1e15);
    v["indicators"][0]["reference"]["value"] = json!(1e13);
    assert!(validate_value(&v).dataset.is_some(), "a coarser reference unit draws it");
}

#[test]
fn a_byte_order_mark_is_accepted_as_the_browser_accepts_it() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(serde_json::to_vec(&valid()).expect("json"));
    let checked = parse_dataset(&bytes);
    assert_eq!(checked.problems, vec![]);
    assert!(checked.dataset.is_some());
}

fn run_cli(name: &str, contents: &[u8]) -> (bool, String) {
    let dir = std::env::temp_dir().join(format!("tiexi-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("data.json");
    std::fs::write(&file, contents).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_tiexi-validate")).arg(&file).output().expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_cli_takes_a_file_with_a_bom() {
    // Before: "not valid JSON at line 1, column 1".
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json::to_vec(&valid()).expect("json"));
    let (ok, out) = run_cli("bom", &bytes);
    assert!(ok, "{out}");
    assert!(out.contains(": ok: 1 categories, 1 indicators, 1 milestones"), "{out}");
}

#[test]
fn the_cli_counts_every_problem_but_lists_a_hundred() {
    let mut v = valid();
    let junk: serde_json::Map<String, Value> = (0..300).map(|i| (format!("k{i}"), json!(1))).collect();
    v.as_object_mut().expect("object").extend(junk);
    let (ok, out) = run_cli("many", &serde_json::to_vec(&v).expect("json"));
    assert!(!ok);
    assert_eq!(out.lines().count(), limits::MAX_PROBLEMS + 2, "{out}");
    assert!(out.contains("200 more problems (200 of them errors)"), "{out}");
    assert!(out.trim_end().ends_with("300 errors, 0 warnings"), "{out}");
}

#[test]
fn the_cli_prints_hostile_keys_escaped_on_one_line_each() {
    let mut v = valid();
    v["meta"]["x\nok: forged\u{1b}[2J"] = json!(1);
    let (ok, out) = run_cli("keys", &serde_json::to_vec(&v).expect("json"));
    assert!(!ok);
    assert_eq!(out.lines().count(), 2, "one problem line and the summary: {out}");
    assert!(out.contains(r#"$.meta["x\nok: forged\u{001B}[2J"]"#), "{out}");
    assert!(!out.contains('\u{1b}'));
}

#[test]
fn every_copy_of_an_id_in_twenty_thousand_milestones_points_at_its_first_use() {
    // Ids are looked up in a sorted list, not a hash table: duplicates in
    // any number still cost O(n log n) and name the first item with the id.
    let mut v = valid();
    let copies = (0..limits::MAX_MILESTONES)
        .map(|k| {
            let mut m = v["milestones"][0].clone();
            m["id"] = json!(format!("m{}", k % 1000));
            m
        })
        .collect();
    v["milestones"] = Value::Array(copies);
    // Found, a refused duplicate's id (also read: found), and none at all.
    v["indicators"][0]["milestones"] = json!(["m999", "m5", "m1000"]);
    let checked = validate_value(&v);
    assert!(checked.dataset.is_none());
    let listed: Vec<_> = checked.problems.iter().map(|p| (p.path.clone(), p.kind.clone())).collect();
    let mut expected: Vec<_> = (1000..1000 + limits::MAX_PROBLEMS)
        .map(|k| {
            let first = format!("$.milestones[{}].id", k % 1000);
            (
                format!("$.milestones[{k}].id"),
                ProblemKind::DuplicateId { id: format!("m{}", k % 1000), first },
            )
        })
        .collect();
    let omitted = limits::MAX_MILESTONES - 1000 - limits::MAX_PROBLEMS + 1;
    expected.push(("$".into(), ProblemKind::MoreProblems { count: omitted, errors: omitted }));
    assert_eq!(listed, expected);
}

#[test]
fn links_to_a_refused_item_are_not_reported_again_but_unknown_ids_are() {
    let mut v = valid();
    let mut gone = v["milestones"][0].clone();
    gone["id"] = json!("gone");
    gone["date"] = json!("2025-13");
    v["milestones"].as_array_mut().expect("array").push(gone);
    v["indicators"][0]["milestones"] = json!(["gone", "m", "nope"]);
    let paths: Vec<_> = validate_value(&v).problems.into_iter().map(|p| p.path).collect();
    assert_eq!(paths, ["$.milestones[1].date", "$.indicators[0].milestones[2]"]);
}
