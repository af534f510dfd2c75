#![cfg(not(target_arch = "wasm32"))]
//! The wire: what the checker hands the reader must come back exactly as
//! the checker had it, and no bytes at all, however broken, may make the
//! reader's decoder panic.

use proptest::prelude::*;
use serde_json::{json, Value};
use tiexi_infographic::data::locale::UiText;
use tiexi_infographic::data::validate::limits;
use tiexi_infographic::data::wire::{
    decode, encode, header_hash, source_hash, Delivered, Reported, WireError, HEADER_LEN,
};
use tiexi_infographic::data::{parse_dataset, Checked, Dataset, Lang, ProblemKind, Severity};

const BUILT_IN: &str = include_str!("../data/tiexi-2025.json");

/// What the decoder should give back for a checked file.
fn expected(checked: &Checked) -> Delivered {
    Delivered {
        dataset: checked.dataset.clone(),
        problems: checked.problems.iter().map(Reported::from_problem).collect(),
    }
}

/// Checks `json`, sends it over the wire, and says what came back.
fn round_trip(json: &[u8]) -> (Checked, Delivered) {
    let checked = parse_dataset(json);
    let wire = encode(&checked, json);
    let delivered = decode(&wire).unwrap_or_else(|e| panic!("our own encoding refused at {}", e.at));
    assert_eq!(delivered, expected(&checked));
    (checked, delivered)
}

fn built_in_wire() -> Vec<u8> {
    encode(&parse_dataset(BUILT_IN.as_bytes()), BUILT_IN.as_bytes())
}

#[path = "support/sample.rs"]
mod sample;
use sample::{text, valid};

fn bytes_of(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).expect("JSON")
}

#[test]
fn the_reader_words_a_failed_fetch_as_the_checker_would() {
    // The reader writes this one message itself (a fetch fails before any
    // checker runs); it must read as the checker's own would.
    for detail in ["data.json: HTTP 404", "{0} {1}", ""] {
        let problem = tiexi_infographic::data::Problem {
            path: "$".into(),
            kind: ProblemKind::Unreachable { detail: detail.into() },
        };
        assert_eq!(Reported::unreachable(detail), Reported::from_problem(&problem), "{detail:?}");
    }
}

#[test]
fn the_built_in_dataset_comes_back_whole() {
    let (checked, delivered) = round_trip(BUILT_IN.as_bytes());
    let dataset = delivered.dataset.expect("the built-in data is shown");
    assert_eq!(Some(dataset), checked.dataset);
    assert_eq!(delivered.problems, vec![]);
}

#[test]
fn the_header_holds_the_hash_of_the_source() {
    // FNV-1a 64's published values, so build.rs's copy can be checked
    // against the same ones.
    assert_eq!(source_hash(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(source_hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(source_hash(b"foobar"), 0x8594_4171_f739_67e8);
    let wire = built_in_wire();
    assert_eq!(&wire[..4], b"TXW\x01");
    assert_eq!(header_hash(&wire), Some(source_hash(BUILT_IN.as_bytes())));
    assert_eq!(header_hash(&wire[..HEADER_LEN - 1]), None);
    let mut other_version = wire.clone();
    other_version[3] = 2;
    assert_eq!(header_hash(&other_version), None);
    assert_eq!(decode(&other_version), Err(WireError { at: 0 }));
    // The hash is not checked by the decoder: the build checks it.
    let mut other_hash = wire;
    other_hash[HEADER_LEN - 1] ^= 1;
    assert!(decode(&other_hash).is_ok());
}

#[test]
fn the_wire_is_smaller_than_the_minified_json() {
    let minified = serde_json::to_vec(&serde_json::from_str::<Value>(BUILT_IN).expect("JSON")).expect("JSON");
    let wire = built_in_wire();
    assert!(wire.len() < minified.len(), "{} wire bytes, {} of minified JSON", wire.len(), minified.len());
}

#[test]
fn broken_files_come_back_as_their_problems_in_every_language() {
    let mut bad_date = valid();
    bad_date["milestones"][0]["date"] = json!("2025-13");
    let mut dangling = valid();
    dangling["indicators"][0]["category"] = json!("nowhere");
    let mut no_meta = valid();
    no_meta.as_object_mut().expect("object").remove("meta");
    let files = [
        b"{\"version\": 1,".to_vec(),
        b"".to_vec(),
        bytes_of(&bad_date),
        bytes_of(&dangling),
        bytes_of(&no_meta),
    ];
    for file in files {
        let (checked, delivered) = round_trip(&file);
        assert_eq!(delivered.dataset, None);
        assert!(!delivered.problems.is_empty());
        for (p, r) in checked.problems.iter().zip(&delivered.problems) {
            assert_eq!(r.severity, Severity::Error);
            assert_eq!(r.errors, 1);
            for lang in Lang::ALL {
                assert_eq!(r.message(lang), p.message(lang));
                assert!(r.message(lang).starts_with(&p.path), "{}", r.message(lang));
            }
            assert_ne!(r.message(Lang::ZhHant), r.message(Lang::En));
            assert_eq!(r.to_string(), p.to_string());
        }
    }
}

#[test]
fn the_count_of_unlisted_problems_says_how_many_are_errors() {
    let mut v = valid();
    let junk: serde_json::Map<String, Value> = (0..150).map(|i| (format!("k{i}"), json!(1))).collect();
    v["meta"]["source"].as_object_mut().expect("object").extend(junk);
    let (checked, delivered) = round_trip(&bytes_of(&v));
    assert_eq!(delivered.dataset, None);
    assert_eq!(delivered.problems.len(), limits::MAX_PROBLEMS + 1);
    let last = delivered.problems.last().expect("the count");
    assert!(matches!(
        checked.problems.last().map(|p| &p.kind),
        Some(ProblemKind::MoreProblems { errors: 50, .. })
    ));
    assert_eq!((last.severity, last.errors), (Severity::Error, 50));
    // What the error box sums: every error, listed or counted.
    assert_eq!(delivered.problems.iter().map(|r| r.errors).sum::<usize>(), 150);
}

#[test]
fn warnings_alone_come_with_the_dataset() {
    let mut v = valid();
    v["milestones"][0]["title"] = json!({"zh-Hant": "只有繁體"});
    let (_, delivered) = round_trip(&bytes_of(&v));
    assert_eq!(delivered.dataset.expect("still shown").milestones[0].title.get(Lang::En), "只有繁體");
    assert_eq!(delivered.problems.len(), 2);
    for r in &delivered.problems {
        assert_eq!((r.severity, r.errors), (Severity::Warning, 0));
        assert!(r.to_string().starts_with("warning: $.milestones[0].title."), "{r}");
    }

    // Past the cap, the count of warnings is a warning too.
    let mut v = valid();
    let ms: Vec<Value> = (0..limits::MAX_PROBLEMS + 5)
        .map(|i| {
            json!({"id": format!("m{i}"), "date": "2025-10", "title": {"zh-Hant": "t"}, "description": text("d"),
               "category": "c", "source": [{"kind": "article", "note": text("n")}]})
        })
        .collect();
    v["milestones"] = json!(ms);
    v["indicators"][0]["milestones"] = json!([]);
    let (_, delivered) = round_trip(&bytes_of(&v));
    assert!(delivered.dataset.is_some());
    let last = delivered.problems.last().expect("the count");
    assert_eq!((last.severity, last.errors), (Severity::Warning, 0));
    assert!(last.message(Lang::En).contains("more problems (0 of them errors)"), "{last}");
}

/// Every index the reader will use points at something.
fn assert_indices_hold(d: &Delivered) {
    let Some(ds) = &d.dataset else { return };
    for i in &ds.indicators {
        assert!(i.category < ds.categories.len());
        assert!(i.milestones.iter().all(|&m| m < ds.milestones.len()));
    }
    for m in &ds.milestones {
        assert!(m.category < ds.categories.len());
        assert!(m.indicators.iter().all(|&i| i < ds.indicators.len()));
    }
}

#[test]
fn every_cut_short_encoding_is_refused() {
    let mut broken = valid();
    broken["milestones"][0]["title"] = json!({"zh-Hant": "t"});
    broken["milestones"][0]["date"] = json!("2025-13");
    for json in [BUILT_IN.as_bytes().to_vec(), bytes_of(&broken), b"[".to_vec()] {
        let wire = encode(&parse_dataset(&json), &json);
        for end in 0..wire.len() {
            assert!(decode(&wire[..end]).is_err(), "{end} of {} bytes", wire.len());
        }
        let mut longer = wire.clone();
        longer.push(0);
        assert_eq!(decode(&longer), Err(WireError { at: wire.len() }), "trailing bytes");
    }
}

#[test]
fn huge_counts_in_tiny_inputs_are_refused_where_they_stand() {
    let header = &built_in_wire()[..HEADER_LEN];
    let with = |rest: &[u8]| [header, rest].concat();
    // No dataset, then 2^32 - 1 problems.
    assert_eq!(decode(&with(&[0, 0xff, 0xff, 0xff, 0xff, 0x0f])), Err(WireError { at: HEADER_LEN + 1 }));
    // 101 problems (the most there can be) in 5 bytes.
    assert_eq!(decode(&with(&[0, 101, 0, 1, 0])), Err(WireError { at: HEADER_LEN + 1 }));
    // A varint of more than 32 bits.
    assert_eq!(decode(&with(&[0, 0xff, 0xff, 0xff, 0xff, 0x1f])), Err(WireError { at: HEADER_LEN + 1 }));
    // A message 4 GiB long.
    let message = with(&[0, 1, 0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    assert_eq!(decode(&message), Err(WireError { at: HEADER_LEN + 4 }));
}

#[test]
fn a_problem_says_as_many_errors_as_its_severity_allows() {
    let header = &built_in_wire()[..HEADER_LEN];
    // No dataset, one problem: severity, errors, three empty messages.
    let one = |severity: u8, errors: &[u8]| decode(&[header, &[0, 1, severity], errors, &[0, 0, 0]].concat());
    assert!(one(0, &[1]).is_ok());
    // A warning is well formed, but alone without its dataset it is refused.
    assert_eq!(one(1, &[0]), Err(WireError { at: HEADER_LEN + 1 }), "a warning without its dataset");
    assert!(one(0, &[0x80, 0x01]).is_ok(), "the count of omitted errors");
    assert_eq!(one(0, &[0]), Err(WireError { at: HEADER_LEN + 2 }), "an error of no error");
    assert_eq!(one(1, &[1]), Err(WireError { at: HEADER_LEN + 2 }), "a warning that is an error");
    assert_eq!(one(2, &[0]), Err(WireError { at: HEADER_LEN + 2 }), "no such severity");
}

#[test]
fn a_dataset_delivered_with_errors_is_refused() {
    let wire = built_in_wire();
    let mut bad_flag = wire.clone();
    bad_flag[HEADER_LEN] = 2;
    assert_eq!(decode(&bad_flag), Err(WireError { at: HEADER_LEN }));
    // A dataset with an error would be shown as if it had passed.
    let mut bad = valid();
    bad["milestones"][0]["date"] = json!("2025-13");
    let bad = bytes_of(&bad);
    let problems = &encode(&parse_dataset(&bad), &bad)[HEADER_LEN + 1..];
    let mut lying = wire.clone();
    lying.pop(); // the count of no problems
    lying.extend_from_slice(problems);
    assert_eq!(decode(&lying), Err(WireError { at: wire.len() - 1 }));
    // Nor is neither: no dataset and no error would be an empty error box.
    let empty = encode(&Checked { dataset: None, problems: vec![] }, b"");
    assert_eq!(decode(&empty), Err(WireError { at: HEADER_LEN + 1 }));
}

/// The built-in dataset, changed by `edit`, over the wire.
fn decode_edited(edit: impl FnOnce(&mut Dataset)) -> Result<Delivered, WireError> {
    let mut dataset = parse_dataset(BUILT_IN.as_bytes()).dataset.expect("valid");
    edit(&mut dataset);
    decode(&encode(&Checked { dataset: Some(dataset), problems: vec![] }, b""))
}

#[test]
fn indices_the_reader_would_follow_out_of_its_lists_are_refused() {
    assert!(decode_edited(|_| {}).is_ok());
    assert!(decode_edited(|ds| ds.indicators[0].category = ds.categories.len()).is_err());
    assert!(decode_edited(|ds| ds.milestones[9].category = ds.categories.len()).is_err());
    assert!(decode_edited(|ds| ds.indicators[9].milestones.push(ds.milestones.len())).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].indicators.push(ds.indicators.len())).is_err());
    // The last index that exists is taken.
    assert!(decode_edited(|ds| ds.indicators[9].milestones.push(ds.milestones.len() - 1)).is_ok());

    // A UI string's language and key: found where the wire with one
    // override first differs from the wire without.
    let without = encode(&parse_dataset(BUILT_IN.as_bytes()), b"");
    let mut with = parse_dataset(BUILT_IN.as_bytes());
    if let Some(ds) = &mut with.dataset {
        ds.meta.ui.push((Lang::En, UiText::Close, "x".into()));
    }
    let with = encode(&with, b"");
    let count = (0..).find(|&i| without[i] != with[i]).expect("a difference");
    assert!(decode(&with).is_ok());
    for (at, byte) in [(count + 1, 3), (count + 2, UiText::ALL.len() as u8)] {
        let mut bad = with.clone();
        bad[at] = byte;
        assert_eq!(decode(&bad), Err(WireError { at }));
    }
}

#[test]
fn values_validation_would_have_refused_are_refused() {
    use tiexi_infographic::data::{DatePoint, PartialDate};
    let day = |y, m, d| PartialDate::Point(DatePoint::Day(y, m, d));
    assert!(decode_edited(|ds| ds.milestones[0].importance = 0).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].importance = 4).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].importance = 3).is_ok());
    assert!(decode_edited(|ds| ds.indicators[0].value = f64::NAN).is_err());
    assert!(decode_edited(|ds| ds.indicators[0].value = f64::INFINITY).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].date = day(2025, 2, 29)).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].date = day(2024, 2, 29)).is_ok());
    assert!(decode_edited(|ds| ds.milestones[0].date = day(2025, 13, 1)).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].date = day(2025, 1, 0)).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].date = day(10_000, 1, 1)).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].date = day(-1, 1, 1)).is_err());
    let quarter = |q| PartialDate::Point(DatePoint::Quarter(2025, q));
    assert!(decode_edited(|ds| ds.milestones[0].date = quarter(0)).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].date = quarter(5)).is_err());
    let month = |m| PartialDate::Point(DatePoint::Month(2025, m));
    assert!(decode_edited(|ds| ds.milestones[0].date = month(0)).is_err());
    let range = |a, b| PartialDate::Range(DatePoint::Month(2025, a), DatePoint::Month(2025, b));
    assert!(decode_edited(|ds| ds.milestones[0].date = range(3, 5)).is_ok());
    assert!(decode_edited(|ds| ds.milestones[0].date = range(5, 3)).is_err());
    assert!(decode_edited(|ds| ds.milestones[0].date = range(5, 5)).is_err());
    let mixed = PartialDate::Range(DatePoint::Month(2025, 3), DatePoint::Day(2025, 3, 31));
    assert!(decode_edited(|ds| ds.milestones[0].date = mixed).is_err());
    let two_years = PartialDate::Range(DatePoint::Year(2024), DatePoint::Year(2025));
    assert!(decode_edited(|ds| ds.milestones[0].date = two_years).is_err());
}

#[test]
fn lists_of_the_smallest_items_the_format_can_hold_come_back() {
    // Empty texts, no sources, parts or links, the year 0: what a count of
    // items may claim is held to what bytes this small can hold, and such
    // items must still fit it exactly.
    use tiexi_infographic::data::*;
    let none = Localized::default;
    let meta = Meta {
        title: none(),
        subtitle: none(),
        source: Source { title: None, publication: None, author: none(), url: None, published: None },
        default_lang: Lang::En,
        period: PartialDate::Point(DatePoint::Year(0)),
        ui: vec![],
    };
    let category = Category { id: String::new(), name: none(), color: ColorToken::Blue };
    let indicator = Indicator {
        id: String::new(),
        value: 0.0,
        unit: none(),
        format: ValueFormat::Number,
        qualifier: Qualifier::Exact,
        label: none(),
        description: none(),
        category: 0,
        source: vec![],
        chart: ChartKind::Streak,
        parts: vec![],
        reference: None,
        period: None,
        milestones: vec![],
    };
    let milestone = Milestone {
        id: String::new(),
        date: PartialDate::Point(DatePoint::Year(0)),
        title: none(),
        description: none(),
        category: 0,
        source: vec![],
        importance: 1,
        indicators: vec![],
    };
    // Each list last in turn, where nothing after it leaves room to spare.
    let lists = [(limits::MAX_CATEGORIES, 0, 0), (1, limits::MAX_INDICATORS, 0), (1, 0, 1000)];
    for (categories, indicators, milestones) in lists {
        let dataset = Dataset {
            meta: meta.clone(),
            categories: vec![category.clone(); categories],
            indicators: vec![indicator.clone(); indicators],
            milestones: vec![milestone.clone(); milestones],
        };
        let checked = Checked { dataset: Some(dataset), problems: vec![] };
        assert_eq!(decode(&encode(&checked, b"")), Ok(expected(&checked)));
    }
}

/// Edits of the built-in file: items dropped (with the links to them),
/// milestones added, UI strings overridden, texts and values changed.
fn edited_built_in() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(prop::bool::weighted(0.8), 10),
        prop::collection::vec(prop::bool::weighted(0.8), 10),
        prop::collection::vec((1u8..=12, 1u8..=28, 1u8..=3, 0usize..10), 0..40),
        prop::collection::vec((0usize..3, 0..UiText::ALL.len(), "[a-z一-龥][a-z一-龥 ]{0,9}"), 0..8),
        any::<bool>(),
        any::<bool>(),
        prop::option::weighted(0.2, 0usize..10),
        prop::option::weighted(0.2, (0usize..10, -1e3..1e12f64)),
    )
        .prop_map(
            |(keep_indicators, keep_milestones, extra, ui, no_subtitle, no_title, untranslated, revalued)| {
                let mut v: Value = serde_json::from_str(BUILT_IN).expect("JSON");
                let originals = v["milestones"].as_array().cloned().unwrap_or_default();
                let keep = |list: &mut Value, keep: &[bool]| {
                    let mut i = 0;
                    if let Some(items) = list.as_array_mut() {
                        items.retain(|_| {
                            i += 1;
                            keep.get(i - 1).copied().unwrap_or(true)
                        });
                    }
                };
                keep(&mut v["indicators"], &keep_indicators);
                keep(&mut v["milestones"], &keep_milestones);
                for (k, (month, day, importance, copy_of)) in extra.into_iter().enumerate() {
                    let mut m = originals[copy_of % originals.len()].clone();
                    m["id"] = json!(format!("extra-{k}"));
                    m["date"] = json!(format!("2025-{month:02}-{day:02}"));
                    m["importance"] = json!(importance);
                    if let Some(o) = m.as_object_mut() {
                        o.remove("indicators");
                    }
                    if let Some(ms) = v["milestones"].as_array_mut() {
                        ms.push(m);
                    }
                }
                // Links to dropped items go with them.
                let ids = |list: &Value| -> Vec<Value> {
                    list.as_array().into_iter().flatten().map(|item| item["id"].clone()).collect()
                };
                let (indicator_ids, milestone_ids) = (ids(&v["indicators"]), ids(&v["milestones"]));
                for (list, field, live) in [
                    ("indicators", "milestones", &milestone_ids),
                    ("milestones", "indicators", &indicator_ids),
                ] {
                    for item in v[list].as_array_mut().into_iter().flatten() {
                        if let Some(links) = item[field].as_array_mut() {
                            links.retain(|id| live.contains(id));
                        }
                    }
                }
                for (lang, key, s) in ui {
                    v["meta"]["ui"][Lang::ALL[lang].tag()][UiText::KEYS[key]] = json!(s);
                }
                let meta = v["meta"].as_object_mut().expect("meta");
                if no_subtitle {
                    meta.remove("subtitle");
                }
                if no_title {
                    meta["source"].as_object_mut().expect("source").remove("title");
                }
                if let (Some(i), Some(ms)) = (untranslated, v["milestones"].as_array_mut()) {
                    let at = i % ms.len().max(1);
                    if let Some(title) = ms.get_mut(at).and_then(|m| m["title"].as_object_mut()) {
                        title.remove("en");
                    }
                }
                if let (Some((i, x)), Some(is)) = (revalued, v["indicators"].as_array_mut()) {
                    let at = i % is.len().max(1);
                    if let Some(ind) = is.get_mut(at) {
                        ind["value"] = json!(x);
                    }
                }
                v
            },
        )
}

#[test]
fn the_edits_mostly_give_datasets_to_round_trip() {
    // Else the property below would mostly send problems, not datasets.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut shown, mut warned) = (0, 0);
    for _ in 0..200 {
        let v = edited_built_in().new_tree(&mut runner).expect("a value").current();
        let checked = parse_dataset(&bytes_of(&v));
        shown += usize::from(checked.dataset.is_some());
        warned += usize::from(checked.dataset.is_some() && !checked.problems.is_empty());
    }
    assert!(shown >= 100 && warned >= 10, "{shown} of 200 shown, {warned} with warnings");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn edited_datasets_come_back_as_checked(v in edited_built_in()) {
        let json = bytes_of(&v);
        let checked = parse_dataset(&json);
        let delivered = decode(&encode(&checked, &json));
        prop_assert_eq!(delivered, Ok(expected(&checked)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn random_bytes_are_refused_or_read_never_panicked_on(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
        with_header in any::<bool>(),
    ) {
        let input = if with_header { [&built_in_wire()[..HEADER_LEN], &bytes].concat() } else { bytes };
        if let Ok(d) = decode(&input) {
            assert_indices_hold(&d);
        }
    }

    #[test]
    fn a_valid_encoding_with_bytes_changed_is_refused_or_read_never_panicked_on(
        changes in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let mut wire = built_in_wire();
        for (at, byte) in changes {
            let at = at.index(wire.len());
            wire[at] = byte;
        }
        if let Ok(d) = decode(&wire) {
            assert_indices_hold(&d);
        }
    }
}
