//! A JSON value written back as compact text, for echoing a wrong value in
//! a problem's message. It writes what `serde_json`'s `to_string` writes (a
//! test compares them; where two shortest spellings read back as the same
//! float, the last digit may differ, the same number either way), without linking serde_json's serializer
//! and its float printer into the Wasm: every reader would download about
//! 3.7 KB for one message about a wrong `version`.

use super::json::{Number, Value};
use std::fmt::Write;

/// `value` as compact JSON text, as `serde_json::to_string` writes it.
pub fn echo(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(out, n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_number(out: &mut String, n: &Number) {
    match *n {
        Number::PosInt(u) => {
            let _ = write!(out, "{u}");
        }
        Number::NegInt(i) => {
            let _ = write!(out, "{i}");
        }
        Number::Float(f) => write_float(out, f),
    }
}

/// A finite float as serde_json writes it: the shortest digits that read
/// back as the same number, in plain notation with a `.0` or a leading
/// `0.` while the exponent is from -5 to 15, and as `1.5e+16`, `1e-6`
/// beyond. The digits come from core's `{}` (plain notation, shortest
/// digits), which the widget links anyway; `{:e}` would link core's
/// exponent printer as well.
fn write_float(out: &mut String, f: f64) {
    let plain = format!("{f}");
    let (sign, plain) = match plain.strip_prefix('-') {
        Some(p) => ("-", p),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain, ""));
    let all: String = whole.chars().chain(fraction.chars()).collect();
    // The first significant digit and the power of ten it stands for.
    let first = all.find(|c| c != '0');
    let exp = first.map_or(0, |p| whole.len() as i32 - 1 - p as i32);
    let digits = first.map_or("0", |p| all[p..].trim_end_matches('0')).to_owned();
    out.push_str(sign);
    let len = digits.len() as i32;
    if (-5..=15).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        } else if len - 1 <= exp {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', (exp - (len - 1)) as usize));
            out.push_str(".0");
        } else {
            let point = (exp + 1) as usize;
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if len > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
}

// proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_serde_json(value: &serde_json::Value) {
        assert_eq!(echo(&value.into()), value.to_string(), "{value:?}");
    }

    #[test]
    fn scalars_and_nesting_match_serde_json() {
        for text in [
            "null",
            "true",
            "false",
            "0",
            "1",
            "-1",
            "18446744073709551615",
            "-9223372036854775808",
            "1.0",
            "-0.0",
            "0.5",
            "1.25e9",
            "6e9",
            "1e15",
            "1e16",
            "1.5e16",
            "123456789012345.6",
            "1e-5",
            "1e-6",
            "1.234e-7",
            "5e-324",
            "1.7976931348623157e308",
            "\"\"",
            "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\\u007f é 鐵西 \\ud83d\\ude00\"",
            "[]",
            "{}",
            "[1,[2.5,{\"a\":null}],\"x\"]",
            "{\"b\":1,\"a\":[true,false],\"c\":{\"d\":\"e\"}}",
        ] {
            let value: serde_json::Value = serde_json::from_str(text).expect("test JSON");
            same_as_serde_json(&value);
            // And read by our own reader.
            assert_eq!(
                echo(&crate::data::json::parse(text.as_bytes()).expect("test JSON")),
                value.to_string()
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn any_finite_float_matches_serde_json(bits in any::<u64>()) {
            let f = f64::from_bits(bits);
            prop_assume!(f.is_finite());
            let (ours, theirs) = (echo(&Value::Number(Number::Float(f))), serde_json::Value::from(f).to_string());
            // core's and ryu's shortest digits agree except where two
            // spellings of the same length read back as the same number
            // (they then differ in the last digit): same length, same number.
            if ours != theirs {
                prop_assert_eq!(ours.len(), theirs.len(), "{} vs {}", ours, theirs);
                prop_assert_eq!(ours.parse::<f64>().ok(), Some(f), "{}", ours);
            }
        }

        #[test]
        fn floats_near_the_notation_switch_match_serde_json(m in 1u64..10_000_000, e in -12i32..22) {
            let f = m as f64 * 10f64.powi(e - 6);
            same_as_serde_json(&serde_json::Value::from(f));
            same_as_serde_json(&serde_json::Value::from(-f));
        }

        #[test]
        fn any_string_matches_serde_json(s in any::<String>()) {
            same_as_serde_json(&serde_json::Value::from(s));
        }

        #[test]
        fn any_integer_matches_serde_json(i in any::<i64>(), u in any::<u64>()) {
            same_as_serde_json(&serde_json::Value::from(i));
            same_as_serde_json(&serde_json::Value::from(u));
        }
    }
}
