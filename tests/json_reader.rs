#![cfg(not(target_arch = "wasm32"))]
//! Our JSON reader (src/data/json) against serde_json, which the widget
//! read its data with before: the same texts accepted with the same
//! values, the same refused at the same line and column for the same
//! reason.

use proptest::prelude::*;
use tiexi_infographic::data::json::{parse, Number, ParseError, SyntaxError, Value, MAX_DEPTH};

/// serde_json's reason, as ours.
fn serde_reason(e: &serde_json::Error) -> SyntaxError {
    let text = e.to_string();
    let table = [
        ("EOF while parsing a value", SyntaxError::EndInValue),
        ("EOF while parsing a string", SyntaxError::EndInString),
        ("EOF while parsing a list", SyntaxError::EndInArray),
        ("EOF while parsing an object", SyntaxError::EndInObject),
        ("expected `:`", SyntaxError::ExpectedColon),
        ("expected `,` or `]`", SyntaxError::ExpectedCommaOrArrayEnd),
        ("expected `,` or `}`", SyntaxError::ExpectedCommaOrObjectEnd),
        ("expected ident", SyntaxError::ExpectedLiteral),
        ("expected value", SyntaxError::ExpectedValue),
        ("invalid escape", SyntaxError::InvalidEscape),
        ("invalid number", SyntaxError::InvalidNumber),
        ("number out of range", SyntaxError::NumberOutOfRange),
        ("invalid unicode code point", SyntaxError::InvalidUtf8),
        ("control character", SyntaxError::ControlCharacter),
        ("key must be a string", SyntaxError::KeyMustBeString),
        ("lone leading surrogate", SyntaxError::LoneSurrogate),
        ("unexpected end of hex escape", SyntaxError::LoneSurrogate),
        ("trailing comma", SyntaxError::TrailingComma),
        ("trailing characters", SyntaxError::TrailingCharacters),
        ("recursion limit exceeded", SyntaxError::TooDeep),
    ];
    table
        .iter()
        .find(|(start, _)| text.starts_with(start))
        .map(|(_, r)| *r)
        .unwrap_or_else(|| panic!("{text}"))
}

/// Ours and serde_json's outcome for `bytes`, asserted equal; ours returned.
fn same_as_serde_json(bytes: &[u8]) -> Result<Value, ParseError> {
    let ours = parse(bytes);
    match (&ours, serde_json::from_slice::<serde_json::Value>(bytes)) {
        (Ok(value), Ok(theirs)) => {
            // Floats compared by their bits: -0.0 and 0.0 differ here.
            assert!(same_value(value, &Value::from(&theirs)), "{:?}: {value:?} vs {theirs:?}", show(bytes));
        }
        (Err(e), Err(theirs)) => {
            let expected =
                ParseError { error: serde_reason(&theirs), line: theirs.line(), column: theirs.column() };
            assert_eq!(*e, expected, "{:?}: serde_json says {theirs}", show(bytes));
        }
        (ours, theirs) => panic!("{:?}: ours {ours:?}, serde_json {theirs:?}", show(bytes)),
    }
    ours
}

fn show(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).chars().take(200).collect()
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(Number::Float(x)), Value::Number(Number::Float(y))) => x.to_bits() == y.to_bits(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_value(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter().zip(y.iter()).all(|((ka, a), (kb, b))| ka == kb && same_value(a, b))
        }
        _ => a == b,
    }
}

fn error_of(text: &str) -> ParseError {
    same_as_serde_json(text.as_bytes()).expect_err(text)
}

fn value_of(text: &str) -> Value {
    same_as_serde_json(text.as_bytes()).expect(text)
}

#[test]
fn reads_every_kind_of_value() {
    let v = value_of(" {\"a\": [null, true, false, 0, -1, 2.5, \"x\"], \"b\": {}, \"c\": []}\n");
    let a = v.get("a").and_then(Value::as_array).expect("a");
    assert_eq!(a.len(), 7);
    assert!(a[0].is_null());
    assert_eq!(a[1], Value::Bool(true));
    assert_eq!(a[3], Value::Number(Number::PosInt(0)));
    assert_eq!(a[4], Value::Number(Number::NegInt(-1)));
    assert_eq!(a[5].as_f64(), Some(2.5));
    assert_eq!(a[6].as_str(), Some("x"));
    assert!(v.get("b").and_then(Value::as_object).is_some_and(|o| o.is_empty()));
    for text in ["null", "true", "\"\"", "[]", "{}", "0", " \t\r\n[ ] \t\r\n"] {
        value_of(text);
    }
}

#[test]
fn keys_come_sorted_and_a_repeated_key_keeps_its_last_value() {
    let v = value_of(r#"{"b": 1, "a": 2, "c": 3, "a": 4}"#);
    let o = v.as_object().expect("object");
    assert_eq!(o.keys().map(String::as_str).collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(o.get("a").and_then(Value::as_f64), Some(4.0));
    // Past the small-object sort too.
    let members: Vec<String> = (0..40).rev().map(|i| format!("\"k{i:02}\": {i}")).collect();
    let text = format!("{{{}, \"k07\": \"last\"}}", members.join(", "));
    let v = value_of(&text);
    let o = v.as_object().expect("object");
    assert_eq!(o.len(), 40);
    assert!(o.keys().zip(o.keys().skip(1)).all(|(a, b)| a < b));
    assert_eq!(o.get("k07").and_then(Value::as_str), Some("last"));
    // Past the reader's compaction of a long object's members too: keys
    // repeated all along it, each keeping its last value.
    for (count, keys) in [(300, 90), (1000, 3), (500, 500)] {
        let members: Vec<String> = (0..count).map(|i| format!("\"k{}\": {i}", (i * 7) % keys)).collect();
        let v = value_of(&format!("{{{}}}", members.join(", ")));
        assert_eq!(v.as_object().map(|o| o.len()), Some(keys));
    }
}

#[test]
fn escapes_and_surrogate_pairs_decode() {
    let v = value_of(r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u9435\ud83d\ude00""#);
    assert_eq!(v.as_str(), Some("\"\\/\u{8}\u{c}\n\r\tAé鐵😀"));
    assert_eq!(value_of("\"鐵西 raw UTF-8\"").as_str(), Some("鐵西 raw UTF-8"));
}

#[test]
fn lone_surrogates_bad_escapes_and_control_characters_are_refused() {
    for (text, error) in [
        (r#""\ud83d""#, SyntaxError::LoneSurrogate),
        (r#""\ude00""#, SyntaxError::LoneSurrogate),
        (r#""\ud83d\u0041""#, SyntaxError::LoneSurrogate),
        (r#""\ud83dx""#, SyntaxError::LoneSurrogate),
        (r#""\ud83d\n""#, SyntaxError::LoneSurrogate),
        (r#""\x""#, SyntaxError::InvalidEscape),
        (r#""\u12g4""#, SyntaxError::InvalidEscape),
        (r#""\u12"#, SyntaxError::EndInString),
        ("\"a\tb\"", SyntaxError::ControlCharacter),
        ("\"a\nb\"", SyntaxError::ControlCharacter),
        ("\"abc", SyntaxError::EndInString),
        ("\"abc\\", SyntaxError::EndInString),
    ] {
        assert_eq!(error_of(text).error, error, "{text}");
    }
    // Bytes that are not UTF-8, inside and outside a string.
    for bytes in [&b"\"a\xff\""[..], b"\"\xe9\\n\"", b"\"\xed\xa0\x80\"", b"\xff", b"[\"ok\", \"\xc3\"]"] {
        assert!(same_as_serde_json(bytes).is_err());
    }
}

#[test]
fn every_byte_at_every_place_in_a_string_reads_as_serde_json_reads_it() {
    // The reader looks for a string's end eight bytes at a time: each
    // byte, at each place in and around an eight-byte word, found where
    // it is, also when the look starts after an escape.
    for b in 0..=u8::MAX {
        for at in 0..20 {
            let mut text = vec![b'a'; 24];
            text[at] = b;
            for escape in ["", "\\n", "\\u00e9", "\\t\\t\\t"] {
                let mut quoted = format!("[\"{escape}").into_bytes();
                quoted.extend_from_slice(&text);
                quoted.extend_from_slice(b"\"]");
                same_as_serde_json(&quoted).ok();
            }
        }
    }
}

#[test]
fn what_is_not_json_is_refused() {
    for (text, error) in [
        ("", SyntaxError::EndInValue),
        ("   ", SyntaxError::EndInValue),
        ("[1,]", SyntaxError::TrailingComma),
        ("{\"a\":1,}", SyntaxError::TrailingComma),
        ("[1 2]", SyntaxError::ExpectedCommaOrArrayEnd),
        ("{\"a\":1 \"b\":2}", SyntaxError::ExpectedCommaOrObjectEnd),
        ("{\"a\" 1}", SyntaxError::ExpectedColon),
        ("{a:1}", SyntaxError::KeyMustBeString),
        ("{\"a\":1, 2:3}", SyntaxError::KeyMustBeString),
        ("NaN", SyntaxError::ExpectedValue),
        ("Infinity", SyntaxError::ExpectedValue),
        ("-Infinity", SyntaxError::InvalidNumber),
        ("nul", SyntaxError::EndInValue),
        ("nulL", SyntaxError::ExpectedLiteral),
        ("tru", SyntaxError::EndInValue),
        ("'a'", SyntaxError::ExpectedValue),
        ("[", SyntaxError::EndInArray),
        ("[1,", SyntaxError::EndInValue),
        ("{", SyntaxError::EndInObject),
        ("{\"a\"", SyntaxError::EndInObject),
        ("{\"a\":", SyntaxError::EndInValue),
        ("{\"a\":1,", SyntaxError::EndInValue),
        ("{} {}", SyntaxError::TrailingCharacters),
        ("1 2", SyntaxError::TrailingCharacters),
        ("// comment\n{}", SyntaxError::ExpectedValue),
        ("\u{feff}{}", SyntaxError::ExpectedValue),
    ] {
        assert_eq!(error_of(text).error, error, "{text:?}");
    }
}

#[test]
fn numbers_at_the_edges_read_as_serde_json_reads_them() {
    for text in [
        "0",
        "-0",
        "-0.0",
        "0.0",
        "1e0",
        "1E+2",
        "1e-2",
        "0e5",
        "-0e-5",
        "18446744073709551615",
        "18446744073709551616",
        "184467440737095516150",
        "18446744073709551616.5",
        "18446744073709551616e3",
        "9223372036854775807",
        "-9223372036854775808",
        "-9223372036854775809",
        "0.1",
        "0.30000000000000004",
        "6.2",
        "1234.5678",
        "1e15",
        "999999999999999.9",
        "1.7976931348623157e308",
        "5e-324",
        "2.2250738585072014e-308",
        "1e-400",
        "-1e-400",
        "123456789012345678901234567890",
        "0.000000000000000000000000000001234567890123456789",
        "1.23456789012345678901234567890e10",
        "0e2147483648",
        "1e-2147483648",
        "1e-99999999999",
        "-1e-99999999999",
        "0.0e99999999999",
    ] {
        value_of(text);
    }
    assert_eq!(value_of("18446744073709551615"), Value::Number(Number::PosInt(u64::MAX)));
    assert_eq!(value_of("-9223372036854775808"), Value::Number(Number::NegInt(i64::MIN)));
    assert!(matches!(value_of("-0"), Value::Number(Number::Float(f)) if f == 0.0 && f.is_sign_negative()));
    for (text, error) in [
        ("1e309", SyntaxError::NumberOutOfRange),
        ("-1e309", SyntaxError::NumberOutOfRange),
        ("1.8e308", SyntaxError::NumberOutOfRange),
        ("1e99999999999", SyntaxError::NumberOutOfRange),
        ("1e2147483647", SyntaxError::NumberOutOfRange),
        ("01", SyntaxError::InvalidNumber),
        ("-01", SyntaxError::InvalidNumber),
        ("1.", SyntaxError::EndInValue),
        ("1.e5", SyntaxError::InvalidNumber),
        (".5", SyntaxError::ExpectedValue),
        ("+1", SyntaxError::ExpectedValue),
        ("-", SyntaxError::EndInValue),
        ("1e", SyntaxError::EndInValue),
        ("1e+", SyntaxError::EndInValue),
        ("1ex", SyntaxError::InvalidNumber),
        ("0x10", SyntaxError::TrailingCharacters),
        ("[1.]", SyntaxError::InvalidNumber),
    ] {
        assert_eq!(error_of(text).error, error, "{text}");
    }
}

#[test]
fn nesting_stops_at_the_depth_limit_without_overflowing_the_stack() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    value_of(&nested(MAX_DEPTH));
    assert_eq!(error_of(&nested(MAX_DEPTH + 1)).error, SyntaxError::TooDeep);
    let objects = format!("{}1{}", "{\"a\":".repeat(MAX_DEPTH + 1), "}".repeat(MAX_DEPTH + 1));
    assert_eq!(error_of(&objects).error, SyntaxError::TooDeep);
    // A million openings, as a hostile file might hold: refused at once.
    let deep = "[".repeat(1_000_000);
    assert_eq!(parse(deep.as_bytes()).map_err(|e| e.error), Err(SyntaxError::TooDeep));
}

#[test]
fn errors_are_located_at_serde_json_lines_and_byte_columns() {
    let e = error_of("{\n  \"a\": 1,\n  \"b\" 2\n}");
    assert_eq!((e.line, e.column, e.error), (3, 7, SyntaxError::ExpectedColon));
    // Columns count bytes: 鐵 is three.
    let e = error_of("[\"鐵\" 1]");
    assert_eq!((e.line, e.column), (1, 8));
    // At the end of the text after a line break: column 0.
    let e = error_of("[1,\n");
    assert_eq!((e.line, e.column, e.error), (2, 0, SyntaxError::EndInValue));
    let e = error_of("");
    assert_eq!((e.line, e.column), (1, 0));
    // Bad UTF-8 is pointed at in its string.
    let e = same_as_serde_json(b"{\"k\": \"ab\xffcd\"}").expect_err("not UTF-8");
    assert_eq!((e.line, e.column, e.error), (1, 10, SyntaxError::InvalidUtf8));
}

/// JSON texts, as serde_json writes them, pretty or not.
fn any_json() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
    ];
    let value = leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::vec(("[a-e]{0,3}", inner), 0..8)
                .prop_map(|members| serde_json::Value::Object(members.into_iter().collect())),
        ]
    });
    (value, any::<bool>()).prop_map(|(v, pretty)| {
        if pretty {
            serde_json::to_string_pretty(&v).unwrap_or_default()
        } else {
            v.to_string()
        }
    })
}

/// Number spellings, many of them beyond what 64 bits or a float hold.
fn any_number_text() -> impl Strategy<Value = String> {
    ("-?", "(0|[1-9][0-9]{0,25})", "(\\.[0-9]{1,25})?", "([eE][+-]?[0-9]{1,4})?")
        .prop_map(|(sign, int, frac, exp)| format!("{sign}{int}{frac}{exp}"))
}

/// Text close to JSON, to land near every error.
fn near_json() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("\"k\"".to_owned()),
        Just("\\u".to_owned()),
        Just("d83d".to_owned()),
        Just("de00".to_owned()),
        Just("\n".to_owned()),
        Just(" ".to_owned()),
        Just("null".to_owned()),
        Just("tru".to_owned()),
        Just("-".to_owned()),
        Just(".".to_owned()),
        Just("e".to_owned()),
        Just("0".to_owned()),
        Just("12".to_owned()),
        Just("\t".to_owned()),
        Just("鐵".to_owned()),
        "[\\x00-\\x7f]".prop_map(|s| s),
    ];
    (prop::collection::vec(pieces, 0..24), prop::collection::vec(any::<u8>(), 0..2)).prop_map(|(p, junk)| {
        let mut bytes = p.concat().into_bytes();
        if let Some(&b) = junk.first() {
            let at = usize::from(b) % (bytes.len() + 1);
            bytes.insert(at, b);
        }
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn any_json_serde_json_writes_reads_the_same(text in any_json()) {
        prop_assert!(same_as_serde_json(text.as_bytes()).is_ok());
    }

    #[test]
    fn any_number_reads_the_same(text in any_number_text()) {
        same_as_serde_json(text.as_bytes()).ok();
        same_as_serde_json(format!("[{text}]").as_bytes()).ok();
    }

    #[test]
    fn random_bytes_are_refused_or_read_alike(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        same_as_serde_json(&bytes).ok();
    }

    #[test]
    fn near_json_is_refused_or_read_alike(bytes in near_json()) {
        same_as_serde_json(&bytes).ok();
    }
}
