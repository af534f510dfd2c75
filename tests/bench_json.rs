#![cfg(not(target_arch = "wasm32"))]
//! Our JSON reader timed against serde_json, which the widget read its
//! data with before. Not a test: it is ignored; run it in release mode
//! (`CARGO_PROFILE_RELEASE_PANIC=unwind cargo test --release --test
//! bench_json -- --ignored --nocapture`: the release profile's
//! `panic = "abort"`, right for the Wasm, cannot link a test harness).

use std::hint::black_box;
use std::time::{Duration, Instant};
use tiexi_infographic::data::default_dataset::DEFAULT_DATASET_JSON;
use tiexi_infographic::data::json;

/// The median time of `f` over enough runs to fill about half a second.
fn median(mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_nanos(1));
    let runs = (Duration::from_millis(500).as_nanos() / once.as_nanos()).clamp(5, 2001) as usize;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn compare(name: &str, bytes: &[u8]) {
    let serde = median(|| {
        black_box(serde_json::from_slice::<serde_json::Value>(black_box(bytes)).is_ok());
    });
    let ours = median(|| {
        black_box(json::parse(black_box(bytes)).is_ok());
    });
    println!(
        "| {name} | {} KB | {:.1} µs | {:.1} µs | {:.2} |",
        bytes.len() / 1024,
        serde.as_secs_f64() * 1e6,
        ours.as_secs_f64() * 1e6,
        ours.as_secs_f64() / serde.as_secs_f64()
    );
}

#[test]
#[ignore = "a benchmark: run in release mode"]
fn json_reading_speed() {
    let built_in = DEFAULT_DATASET_JSON.as_bytes();
    // The built-in milestones repeated to 3,000, compact: about 4 MB, the
    // size cap.
    let root: serde_json::Value = serde_json::from_slice(built_in).expect("built-in JSON");
    let one = root["milestones"].as_array().expect("milestones").clone();
    let many: Vec<serde_json::Value> = one.iter().cycle().take(3_000).cloned().collect();
    let mut big = root.clone();
    big["milestones"] = serde_json::Value::from(many);
    let big = serde_json::to_vec(&big).expect("JSON");
    // One object of 100,000 keys, in reverse order.
    let keys: Vec<String> = (0..100_000).rev().map(|i| format!("\"k{i:06}\":{i}")).collect();
    let keys = format!("{{{}}}", keys.join(","));
    // Numbers: 200,000 of them, whole and fractional.
    let numbers: Vec<String> = (0..200_000).map(|i| format!("{}.{}e{}", i, i % 97, i % 30)).collect();
    let numbers = format!("[{}]", numbers.join(","));
    // One string of 4 MB, plain and with an escape every other byte.
    let long_string = format!("\"{}\"", "鐵西 tiexi ".repeat(4_000_000 / 13));
    let escapes = format!("\"{}\"", "a\\n".repeat(4_000_000 / 3));
    println!("| text | size | serde_json | ours | ours / serde_json |");
    println!("|---|---|---|---|---|");
    compare("built-in dataset", built_in);
    compare("3,000 milestones", &big);
    compare("100,000 keys, one object", keys.as_bytes());
    compare("200,000 numbers", numbers.as_bytes());
    compare("one long string", long_string.as_bytes());
    compare("one string, escapes", escapes.as_bytes());
}
